"""``--format sarif``: valid SARIF 2.1.0 (the official schema, from ``../shared/specs``), with what
GitHub code scanning needs: every rule described, results located relative to the repository,
fingerprints that do not depend on line numbers, waivers as suppressions, input problems as
tool execution notifications."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from hf_rules import __version__
from tests.conftest import AS_OF, ROOT, seed_sunnaas_defect, write_waiver

SPECS = ROOT.parent / "shared" / "specs"
SARIF_SPEC = SPECS / "sarif-schema-2.1.0.json"
RULE = "OSLO-SSU-OBSERVERS"
MESSAGE = "Sunnaas sykehus HF er ikke observatør i Strategisk samarbeidsutvalg"
QUOTE = "Sunnaas sykehus HF og Pasient- og brukerombudet er observatør"
DOCUMENT = "Møtefora i Helsefellesskap Oslo"
WAIVER_RULES = ("HF-WAIVER-EXPIRED", "HF-WAIVER-EXPIRING", "HF-WAIVER-UNUSED")
JUSTIFICATION = (
    "Sunnaas deltar fra høsten 2026 etter avtale (godkjent av Partnerskapsmøtet 2026-03-17, "
    "sak 12/26, til og med 2026-12-31)"
)


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.protocols.Validator:
    if not SARIF_SPEC.is_file():
        pytest.skip(f"the official SARIF schema is not at {SARIF_SPEC} (../shared/specs is absent)")
    schema = json.loads(SARIF_SPEC.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)  # the file declares draft-04
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def assert_valid(validator: jsonschema.protocols.Validator, log: dict) -> None:
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]
    assert errors == []


@pytest.fixture
def defect(oslo: Path) -> tuple[int, int]:
    """The Oslo copy without Sunnaas as SSU observer: one OSLO-SSU-OBSERVERS error at (line, column)."""
    return seed_sunnaas_defect(oslo / "organisation.yaml")


def sarif(hf, *args: str, code: int | None = None) -> dict:
    run = hf("check", "--no-config", "--as-of", AS_OF, "--format", "sarif", *args)
    if code is not None:
        assert run.code == code, run.both
    return json.loads(run.out)


def report_json(hf, *args: str) -> dict:
    return json.loads(hf("check", "--no-config", "--as-of", AS_OF, "--format", "json", *args).out)


def rule_by_id(log: dict) -> dict[str, dict]:
    return {rule["id"]: rule for rule in log["runs"][0]["tool"]["driver"]["rules"]}


@pytest.mark.parametrize("waived", [False, True], ids=["open", "waived"])
def test_violating_workspace_validates_against_official_schema(sarif_validator, defect, oslo, hf, waived):
    if waived:
        write_waiver(oslo)
    log = sarif(hf, "oslo", code=0 if waived else 1)
    assert_valid(sarif_validator, log)
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    (result,) = run["results"]
    assert result["ruleId"] == RULE
    assert ("suppressions" in result) is waived


def test_input_problems_and_notices_validate(sarif_validator, defect, oslo, tmp_path, hf):
    write_waiver(oslo, subject="lsu-ous")  # unused: a waiver notice
    (tmp_path / "broken.yaml").write_text("apiVersion: hf-rules/v1\nkind: [\n", encoding="utf-8")
    (tmp_path / "empty.yaml").write_text("", encoding="utf-8")  # a problem without a line
    log = sarif(hf, "oslo", "broken.yaml", "empty.yaml", code=2)
    assert_valid(sarif_validator, log)


def test_compliant_workspace_validates(sarif_validator, oslo, hf):
    log = sarif(hf, "oslo", code=0)
    assert_valid(sarif_validator, log)
    run = log["runs"][0]
    assert run["results"] == []
    assert run["invocations"] == [{"executionSuccessful": True, "exitCode": 0, "toolExecutionNotifications": []}]


def test_driver_describes_every_rule_in_force(defect, hf):
    log = sarif(hf, "oslo", code=1)
    report = report_json(hf, "oslo")
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "hf-rules"
    assert driver["version"] == __version__
    rules = rule_by_id(log)
    assert [r["id"] for r in driver["rules"]] == [r["id"] for r in report["rules"]] + list(WAIVER_RULES)
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for info in report["rules"]:
        rule = rules[info["id"]]
        assert rule["name"] and " " not in rule["name"]
        assert rule["shortDescription"] == {"text": info["title"]}
        assert info["title"] in rule["fullDescription"]["text"]
        assert rule["defaultConfiguration"] == {"level": levels[info["severity"]]}
        for help_form in (rule["help"]["text"], rule["help"]["markdown"]):
            assert info["hint"] in help_form
            assert info["source"]["quote"] in help_form
            assert info["source"]["document"] in help_form and info["source"]["date"] in help_form
            assert all(o in help_form for o in info["obligations"])
        assert set(info["obligations"]) <= set(rule["properties"]["tags"])

    observers = rules[RULE]
    assert observers["name"] == "OsloSsuObservers"
    assert f"> {QUOTE}" in observers["help"]["markdown"]
    assert f"Kilde: «{QUOTE}» ({DOCUMENT}, 2024-06-04)" in observers["help"]["text"]
    assert "Forpliktelser: O14" in observers["help"]["text"]
    for synthetic in WAIVER_RULES:
        assert rules[synthetic]["defaultConfiguration"] == {"level": "warning"}
        assert rules[synthetic]["shortDescription"]["text"] and rules[synthetic]["help"]["markdown"]


def test_result_has_what_github_requires(defect, hf):
    line, column = defect
    log = sarif(hf, "oslo", code=1)
    report = report_json(hf, "oslo")
    run = log["runs"][0]
    (result,) = run["results"]
    assert result["ruleId"] == RULE
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == RULE
    assert result["level"] == "error"
    assert result["message"] == {"text": MESSAGE}
    assert result["locations"] == [
        {
            "physicalLocation": {
                "artifactLocation": {"uri": "oslo/organisation.yaml", "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": line, "startColumn": column},
            }
        }
    ]
    assert result["partialFingerprints"] == {"hfRulesFingerprint/v1": report["findings"][0]["fingerprint"]}
    assert "suppressions" not in result
    assert run["invocations"][0]["executionSuccessful"] is True


def test_absolute_path_inside_the_working_folder_is_made_relative(defect, oslo, hf):
    log = sarif(hf, str(oslo.resolve()), code=1)
    (result,) = log["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "oslo/organisation.yaml",
        "uriBaseId": "%SRCROOT%",
    }


def test_path_outside_the_working_folder_is_an_absolute_uri(defect, oslo, tmp_path, hf, monkeypatch):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    log = sarif(hf, str(oslo), code=1)
    (result,) = log["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": (oslo / "organisation.yaml").as_uri()}


def test_fingerprints_do_not_move_with_lines(defect, oslo, hf):
    before = sarif(hf, "oslo", code=1)["runs"][0]["results"]
    organisation = oslo / "organisation.yaml"
    organisation.write_text("# an unrelated comment\n" + organisation.read_text(encoding="utf-8"), encoding="utf-8")
    after = sarif(hf, "oslo", code=1)["runs"][0]["results"]
    assert len(before) == len(after) == 1
    assert after[0]["partialFingerprints"] == before[0]["partialFingerprints"]
    region_before = before[0]["locations"][0]["physicalLocation"]["region"]
    region_after = after[0]["locations"][0]["physicalLocation"]["region"]
    assert region_after == {"startLine": region_before["startLine"] + 1, "startColumn": region_before["startColumn"]}


def test_waived_finding_is_a_suppressed_result(defect, oslo, hf):
    write_waiver(oslo)
    log = sarif(hf, "oslo", code=0)
    (result,) = log["runs"][0]["results"]
    assert result["ruleId"] == RULE and result["level"] == "error"
    (suppression,) = result["suppressions"]
    assert suppression["kind"] == "external"
    assert suppression["status"] == "accepted"
    assert suppression["justification"] == JUSTIFICATION
    assert suppression["location"]["physicalLocation"] == {
        "artifactLocation": {"uri": "oslo/waivers.yaml", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 7},
    }


def test_waiver_notice_is_a_result_of_a_synthetic_rule(defect, oslo, hf):
    write_waiver(oslo, subject="lsu-ous")
    log = sarif(hf, "oslo", code=1)
    run = log["runs"][0]
    finding, notice = run["results"]
    assert finding["ruleId"] == RULE and "suppressions" not in finding
    assert notice["ruleId"] == "HF-WAIVER-UNUSED"
    assert run["tool"]["driver"]["rules"][notice["ruleIndex"]]["id"] == "HF-WAIVER-UNUSED"
    assert notice["level"] == "warning"
    assert notice["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "oslo/waivers.yaml", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 7, "startColumn": 5},
    }
    assert "OSLO-SSU-OBSERVERS" in notice["message"]["text"]
    assert notice["partialFingerprints"]["hfRulesFingerprint/v1"]


def test_input_problems_are_notifications(oslo, tmp_path, hf):
    (tmp_path / "broken.yaml").write_text("apiVersion: hf-rules/v1\nkind: [\n", encoding="utf-8")
    log = sarif(hf, "oslo", "broken.yaml", code=2)
    report = report_json(hf, "oslo", "broken.yaml")
    (problem,) = report["input_problems"]
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    assert invocation["exitCode"] == 2
    (notification,) = invocation["toolExecutionNotifications"]
    assert notification["level"] == "error"
    assert notification["message"] == {"text": problem["message"]}
    assert notification["locations"] == [
        {
            "physicalLocation": {
                "artifactLocation": {"uri": "broken.yaml", "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": problem["line"], "startColumn": problem["column"]},
            }
        }
    ]
    assert log["runs"][0]["results"] == []


def test_english_rule_texts(defect, hf):
    log = sarif(hf, "--lang", "en", "oslo", code=1)
    assert log["runs"][0]["language"] == "en"
    rule = rule_by_id(log)[RULE]
    assert "Source: «" in rule["help"]["text"] and "Obligations: O14" in rule["help"]["text"]
    assert (
        log["runs"][0]["results"][0]["message"]["text"]
        == "Sunnaas sykehus HF is not an observer in Strategisk samarbeidsutvalg"
    )
