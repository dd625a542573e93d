"""Output formats of ``hf-rules check``: the text lines that are a contract, the JSON report and
its schema, stable fingerprints, and the language of messages."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from hf_rules import __version__
from tests.conftest import AS_OF, OSLO, SCHEMAS, edit, seed_sunnaas_defect

MESSAGE_NB = "Sunnaas sykehus HF er ikke observatør i Strategisk samarbeidsutvalg"
MESSAGE_EN = "Sunnaas sykehus HF is not an observer in Strategisk samarbeidsutvalg"
QUOTE = "«Sunnaas sykehus HF og Pasient- og brukerombudet er observatør»"
SOURCE = "(Møtefora i Helsefellesskap Oslo, 2024-06-04) [O14]"
HINT_NB = "Før opp `{party: sunnaas, role: Observatør}` under `observers`, og ikke under `members`."
PLANS = (
    ("meeting-plan-lsu-ous-2025.yaml", "lsu-ous-2025"),
    ("meeting-plan-partnerskapsmote.yaml", "partnerskapsmote-2024-2027"),
    ("meeting-plan-ssu-2025-2026.yaml", "ssu-2025-2026"),
)
FINDING_KEYS = {
    "rule",
    "severity",
    "obligations",
    "message",
    "hint",
    "subject",
    "file",
    "line",
    "column",
    "path",
    "evidence",
    "source",
    "fingerprint",
}


def status_line(status: str, path: str, what: str) -> str:
    return f"  {status:<17} {path}  {what}"


@pytest.fixture
def defect(oslo: Path) -> tuple[int, int]:
    return seed_sunnaas_defect(oslo / "organisation.yaml")


def check_json(hf, *args: str) -> dict:
    run = hf("check", "--no-config", "--as-of", AS_OF, "--format", "json", *args)
    return json.loads(run.out) | {"_exit": run.code}


# --- text ---------------------------------------------------------------------------------------


def test_compliant_text_summary(oslo, hf):
    run = hf("check", "--no-config", "--as-of", AS_OF, "oslo")
    assert run.code == 0
    lines = run.out.splitlines()
    assert lines[0] == f"hf-rules {__version__} · regelpakker: national 2.5.0, oslo 2.0.1 · vurdert per {AS_OF}"
    expected = [status_line("ok", f"oslo/{name}", f"MeetingPlan {pid}") for name, pid in PLANS]
    expected.append(status_line("ok", "oslo/organisation.yaml", "Organisation helsefellesskap-oslo"))
    assert lines[1:5] == expected
    assert re.fullmatch(r"4 filer · \d+ regler · 0 feil, 0 advarsler, 0 info", lines[5])
    assert lines[6:] == ["Resultat: I SAMSVAR"]


def test_finding_text_lines(defect, hf):
    line, column = defect
    run = hf("check", "--no-config", "--as-of", AS_OF, "oslo")
    assert run.code == 1
    lines = run.out.splitlines()
    assert lines[:4] == [
        f"oslo/organisation.yaml:{line}:{column}: error OSLO-SSU-OBSERVERS {MESSAGE_NB}",
        f"    kilde: {QUOTE} {SOURCE}",
        f"    tiltak: {HINT_NB}",
        "",
    ]
    for name, pid in PLANS:
        assert status_line("ok", f"oslo/{name}", f"MeetingPlan {pid}") in lines
    assert status_line("1 feil", "oslo/organisation.yaml", "Organisation helsefellesskap-oslo") in lines
    assert re.fullmatch(r"4 filer · \d+ regler · 1 feil, 0 advarsler, 0 info", lines[-2])
    assert lines[-1] == "Resultat: IKKE I SAMSVAR"


def test_finding_points_at_the_line_in_the_file(defect, oslo, hf):
    """The reported line really is the SSU's ``observers`` key, and the column where the key starts."""
    line, column = defect
    text = (oslo / "organisation.yaml").read_text(encoding="utf-8").splitlines()
    assert text[line - 1][column - 1 :] == "observers:"
    assert text[line].strip() == "- {party: pasient-og-brukerombudet, role: Observatør}"


def test_brief_omits_source_and_fix(defect, hf):
    line, column = defect
    run = hf("check", "--no-config", "--as-of", AS_OF, "--brief", "oslo")
    assert run.code == 1
    lines = run.out.splitlines()
    assert lines[0] == f"oslo/organisation.yaml:{line}:{column}: error OSLO-SSU-OBSERVERS {MESSAGE_NB}"
    assert lines[1] == ""
    assert not any("kilde:" in x or "tiltak:" in x for x in lines)
    assert lines[-1] == "Resultat: IKKE I SAMSVAR"


def test_english_text(defect, hf):
    line, column = defect
    run = hf("check", "--no-config", "--as-of", AS_OF, "--lang", "en", "oslo")
    assert run.code == 1
    lines = run.out.splitlines()
    assert lines[0] == f"oslo/organisation.yaml:{line}:{column}: error OSLO-SSU-OBSERVERS {MESSAGE_EN}"
    # The quote is the Norwegian source text in either language; the labels are English.
    assert lines[1] == f"    source: {QUOTE} {SOURCE}"
    assert lines[2].startswith("    fix: ")
    assert lines[2] != f"    fix: {HINT_NB}"
    assert status_line("1 error", "oslo/organisation.yaml", "Organisation helsefellesskap-oslo") in lines
    assert re.fullmatch(r"4 files · \d+ rules · 1 error, 0 warnings, 0 info", lines[-2])
    assert lines[-1] == "Verdict: NOT COMPLIANT"
    assert lines[-7] == f"hf-rules {__version__} · rule packs: national 2.5.0, oslo 2.0.1 · as of {AS_OF}"


def test_lang_changes_message_hint_and_title(defect, hf):
    nb = check_json(hf, "oslo")["findings"]
    en = check_json(hf, "--lang", "en", "oslo")["findings"]
    assert len(nb) == len(en) == 1
    assert nb[0]["message"] == MESSAGE_NB
    assert en[0]["message"] == MESSAGE_EN
    assert nb[0]["hint"] == HINT_NB
    assert en[0]["hint"] != nb[0]["hint"] and "observers" in en[0]["hint"]
    assert " ikke " not in en[0]["message"] and " not " not in nb[0]["message"]
    assert en[0]["title"] != nb[0]["title"]
    # What is not language: the same finding.
    assert nb[0]["fingerprint"] == en[0]["fingerprint"]
    assert (nb[0]["line"], nb[0]["column"]) == (en[0]["line"], en[0]["column"])
    assert nb[0]["source"] == en[0]["source"]


# --- JSON ---------------------------------------------------------------------------------------


def test_json_report_validates_and_lists_every_file(defect, oslo, tmp_path, hf):
    line, column = defect
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "notes.yaml").write_text("title: not an hf-rules document\n", encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text("apiVersion: hf-rules/v1\nkind: [\n", encoding="utf-8")

    report = check_json(hf, "oslo", "extra", "broken.yaml")
    assert report.pop("_exit") == 2

    files = {f["path"]: f for f in report["files"]}
    assert set(files) == {f"oslo/{name}" for name, _ in PLANS} | {
        "oslo/organisation.yaml",
        "extra/notes.yaml",
        "broken.yaml",
    }
    assert files["broken.yaml"]["status"] == "invalid"
    assert files["extra/notes.yaml"]["status"] == "ignored"
    assert "apiVersion" in files["extra/notes.yaml"]["reason"]
    assert files["oslo/organisation.yaml"]["status"] == "findings"
    assert files["oslo/organisation.yaml"]["findings"] == {"error": 1}
    assert report["summary"]["files"] == 6
    assert report["verdict"] == "invalid-input"
    assert report["exit_code"] == 2
    assert [p["file"] for p in report["input_problems"]] == ["broken.yaml"]

    (finding,) = report["findings"]
    assert set(finding) >= FINDING_KEYS
    assert set(finding["source"]) == {"document", "date", "quote"}
    assert finding["rule"] == "OSLO-SSU-OBSERVERS"
    assert finding["severity"] == "error"
    assert finding["obligations"] == ["O14"]
    assert finding["message"] == MESSAGE_NB
    assert finding["hint"] == HINT_NB
    assert finding["subject"] == "strategisk-samarbeidsutvalg"
    assert (finding["file"], finding["line"], finding["column"]) == ("oslo/organisation.yaml", line, column)
    assert finding["path"] == "fora.strategisk-samarbeidsutvalg.observers"
    assert finding["evidence"]["observer_parties"] == ["pasient-og-brukerombudet"]
    assert finding["source"] == {
        "document": "Møtefora i Helsefellesskap Oslo",
        "date": "2024-06-04",
        "quote": QUOTE.strip("«»"),
    }
    assert re.fullmatch(r"[0-9a-f]{16,}", finding["fingerprint"])


def schema_errors(report: dict) -> list[str]:
    schema = json.loads((SCHEMAS / "report.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return [
        f"{'.'.join(map(str, e.absolute_path))}: {e.message}" for e in Draft202012Validator(schema).iter_errors(report)
    ]


def test_json_report_matches_published_schema(defect, tmp_path, hf):
    (tmp_path / "broken.yaml").write_text("apiVersion: hf-rules/v1\nkind: [\n", encoding="utf-8")
    report = check_json(hf, "oslo", "broken.yaml")
    assert report.pop("_exit") == 2
    assert report["findings"] and report["input_problems"]
    assert schema_errors(report) == []
    # Nulls are part of the contract: an unreadable file has no kind or id, an unwaived finding no waiver.
    broken = next(f for f in report["files"] if f["path"] == "broken.yaml")
    assert broken["kind"] is None and broken["id"] is None
    assert report["findings"][0]["waiver"] is None


def test_json_compliant(oslo, hf):
    report = check_json(hf, "oslo")
    assert report.pop("_exit") == 0 and report["exit_code"] == 0
    assert schema_errors(report) == []
    assert report["verdict"] == "compliant"
    assert report["as_of"] == AS_OF
    assert report["lang"] == "nb" and report["fail_on"] == "error"
    assert report["findings"] == [] and report["input_problems"] == []
    assert [p["id"] for p in report["rule_packs"]] == ["national", "oslo"]
    assert all(f["status"] == "compliant" for f in report["files"])


def test_fingerprints_survive_moved_lines(defect, oslo, hf):
    before = check_json(hf, "oslo")["findings"]
    org = oslo / "organisation.yaml"
    org.write_text("# a comment added at the top\n" + org.read_text(encoding="utf-8"), encoding="utf-8")
    after = check_json(hf, "oslo")["findings"]
    assert [f["line"] for f in after] == [f["line"] + 1 for f in before]
    assert [f["fingerprint"] for f in after] == [f["fingerprint"] for f in before]


def test_fingerprints_differ_between_findings(oslo, hf):
    """Two observers missing from the same forum are two findings with two fingerprints."""
    org = oslo / "organisation.yaml"
    edit(
        org,
        "    observers:\n      - {party: sunnaas, role: Observatør}\n"
        "      - {party: pasient-og-brukerombudet, role: Observatør}\n",
        "",
    )
    findings = check_json(hf, "oslo")["findings"]
    observers = [f for f in findings if f["rule"] == "OSLO-SSU-OBSERVERS"]
    assert len(observers) == 2
    assert len({f["fingerprint"] for f in observers}) == 2


def test_invalid_input_text_lines_are_located(oslo, hf, monkeypatch):
    """Exit 2 in text: each problem is one ``file:line:col: error: message`` line."""
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the English messages
    edit(
        oslo / "organisation.yaml", "    observers:\n      - {party: sunnaas", "    observer:\n      - {party: sunnaas"
    )
    run = hf("check", "--no-config", "--as-of", AS_OF, "oslo")
    assert run.code == 2
    lines = run.out.splitlines()
    problem_lines = [x for x in lines if ": error: " in x]
    assert len(problem_lines) == 1
    assert lines[0] == problem_lines[0]
    assert re.match(
        r"oslo/organisation\.yaml:\d+:5: error: unknown key 'observer' in "
        r"fora\.strategisk-samarbeidsutvalg \(did you mean 'observers'\?\); expected one of: ",
        lines[0],
    )
    assert lines[-1] == "Verdict: INVALID INPUT"


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit"])
def test_unloadable_rule_pack_still_gives_a_parseable_report(fmt, tmp_path):
    """A pack that cannot be loaded is an input problem of the report, in every format: a CI step
    that parses SARIF or JUnit must not be handed plain text."""
    import xml.etree.ElementTree as ElementTree

    from hf_rules.app.run import Settings, run_check

    output, code = run_check(Settings(paths=[str(OSLO)], rules=["nosuch"], output_format=fmt, use_config=False))
    assert code == 2
    if fmt == "junit":
        root = ElementTree.fromstring(output)
        errors = [e.get("message") for e in root.iter("error")]
        assert any("ingen regelpakke 'nosuch'" in (m or "") for m in errors)
    else:
        data = json.loads(output)
        if fmt == "json":
            assert data["verdict"] == "invalid-input"
            assert [f["path"] for f in data["files"]] == [str(OSLO)]
            assert data["files"][0]["status"] == "not-checked"
            assert "ingen regelpakke 'nosuch'" in data["input_problems"][0]["message"]
        else:
            notes = data["runs"][0]["invocations"][0]["toolExecutionNotifications"]
            assert data["runs"][0]["invocations"][0]["executionSuccessful"] is False
            assert any("ingen regelpakke 'nosuch'" in n["message"]["text"] for n in notes)
