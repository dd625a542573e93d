"""``--format junit``: JUnit XML valid against ``../shared/specs/junit-10.xsd``, one testcase per
evaluation (rule × subject) with passes included, failures where the findings are, waived
evaluations skipped, input problems as errors of their own suite."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from hf_rules.formatters import junit
from hf_rules.report.model import Report
from tests.conftest import AS_OF, ROOT, seed_sunnaas_defect, write_waiver

SPECS = ROOT.parent / "shared" / "specs"
JUNIT_XSD = SPECS / "junit-10.xsd"
RULE = "OSLO-SSU-OBSERVERS"
MESSAGE = "Sunnaas sykehus HF er ikke observatør i Strategisk samarbeidsutvalg"
QUOTE = "«Sunnaas sykehus HF og Pasient- og brukerombudet er observatør»"


@pytest.fixture(scope="module")
def xsd():
    if not JUNIT_XSD.is_file():
        pytest.skip(f"the JUnit XSD is not at {JUNIT_XSD} (../shared/specs is absent)")
    xmlschema = pytest.importorskip("xmlschema", reason="xmlschema (a test dependency) is not installed")
    return xmlschema.XMLSchema(str(JUNIT_XSD))


@pytest.fixture
def defect(oslo: Path) -> tuple[int, int]:
    return seed_sunnaas_defect(oslo / "organisation.yaml")


def run_both(hf, *args: str) -> tuple[str, dict, int]:
    """The JUnit output, the JSON report of the same run, and the exit code."""
    common = ("check", "--no-config", "--as-of", AS_OF)
    xml_run = hf(*common, "--format", "junit", *args)
    json_run = hf(*common, "--format", "json", *args)
    assert xml_run.code == json_run.code
    return xml_run.out, json.loads(json_run.out), xml_run.code


def cases(root: ET.Element) -> list[ET.Element]:
    return root.findall("testsuite/testcase")


def assert_counts_consistent(root: ET.Element) -> None:
    totals = Counter()
    for suite in root.findall("testsuite"):
        suite_cases = suite.findall("testcase")
        expected = {
            "tests": len(suite_cases),
            "failures": sum(1 for c in suite_cases if c.find("failure") is not None),
            "errors": sum(1 for c in suite_cases if c.find("error") is not None),
            "skipped": sum(1 for c in suite_cases if c.find("skipped") is not None),
        }
        assert {k: int(suite.get(k)) for k in expected} == expected, suite.get("name")
        totals.update({k: expected[k] for k in ("tests", "failures", "errors")})
    assert {k: int(root.get(k)) for k in ("tests", "failures", "errors")} == dict(
        {"tests": 0, "failures": 0, "errors": 0} | totals
    )


def test_violating_workspace_validates_against_xsd(xsd, defect, hf):
    out, _, code = run_both(hf, "oslo")
    assert code == 1
    assert out.startswith("<?xml version='1.0' encoding='utf-8'?>\n<testsuites")
    xsd.validate(out)


def test_one_testcase_per_evaluation_with_the_failure_where_expected(defect, hf):
    line, column = defect
    out, report, _ = run_both(hf, "oslo")
    root = ET.fromstring(out)
    assert root.tag == "testsuites"
    assert [s.get("name") for s in root.findall("testsuite")] == [r["id"] for r in report["rules"]]
    got = Counter((c.get("classname"), c.get("name")) for c in cases(root))
    expected = Counter((e["rule"], f"{e['subject_kind']} {e['subject']}") for e in report["evaluations"])
    assert got == expected
    assert len(cases(root)) == len(report["evaluations"])
    assert_counts_consistent(root)
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == (str(len(report["evaluations"])), "1", "0")

    failed = [c for c in cases(root) if c.find("failure") is not None]
    assert [(c.get("classname"), c.get("name")) for c in failed] == [(RULE, "forum strategisk-samarbeidsutvalg")]
    (failure,) = failed[0].findall("failure")
    assert failure.get("type") == "error"
    assert failure.get("message") == f"oslo/organisation.yaml:{line}:{column}: {MESSAGE}"
    assert failure.text.splitlines()[:2] == [
        f"oslo/organisation.yaml:{line}:{column}: error {RULE} {MESSAGE}",
        f"kilde: {QUOTE} (Møtefora i Helsefellesskap Oslo, 2024-06-04) [O14]",
    ]
    suite = root.find(f"testsuite[@name='{RULE}']")
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("1", "1", "0")
    passed = [c for c in cases(root) if len(c) == 0]
    assert len(passed) == len(report["evaluations"]) - 1


def test_waived_evaluation_is_skipped(xsd, defect, oslo, hf):
    write_waiver(oslo)
    out, report, code = run_both(hf, "oslo")
    assert code == 0
    xsd.validate(out)
    root = ET.fromstring(out)
    assert len(cases(root)) == len(report["evaluations"])
    assert root.get("failures") == "0"
    assert_counts_consistent(root)
    (case,) = root.findall(f"testsuite[@name='{RULE}']/testcase")
    assert case.find("failure") is None
    (skipped,) = case.findall("skipped")
    assert skipped.get("message") == (
        "waived: Sunnaas deltar fra høsten 2026 etter avtale (godkjent av Partnerskapsmøtet 2026-03-17, "
        "sak 12/26, til og med 2026-12-31; oslo/waivers.yaml:7)"
    )
    assert root.find(f"testsuite[@name='{RULE}']").get("skipped") == "1"


def test_input_problems_are_errors_of_their_own_suite(xsd, oslo, tmp_path, hf):
    (tmp_path / "broken.yaml").write_text("apiVersion: hf-rules/v1\nkind: [\n", encoding="utf-8")
    (tmp_path / "empty.yaml").write_text("", encoding="utf-8")
    out, report, code = run_both(hf, "oslo", "broken.yaml", "empty.yaml")
    assert code == 2
    xsd.validate(out)
    root = ET.fromstring(out)
    assert_counts_consistent(root)
    suite = root.find("testsuite[@name='hf-rules.input']")
    assert suite is not None
    problems = report["input_problems"]
    assert len(problems) == 2
    assert (suite.get("tests"), suite.get("errors"), suite.get("failures")) == ("2", "2", "0")
    errors = [c.find("error") for c in suite.findall("testcase")]
    for problem, error in zip(problems, errors, strict=False):
        where = f"{problem['file']}:{max(problem['line'], 1)}:{max(problem['column'], 1)}"
        assert error.get("message") == f"{where}: {problem['message']}"
        assert error.get("type") == "input"
    assert int(root.get("errors")) == 2


def test_waiver_notice_is_a_failure_of_the_waivers_suite(xsd, defect, oslo, hf):
    write_waiver(oslo, subject="lsu-ous")
    out, _, code = run_both(hf, "oslo")
    assert code == 1
    xsd.validate(out)
    root = ET.fromstring(out)
    (case,) = root.findall("testsuite[@name='hf-rules.waivers']/testcase")
    assert case.get("name") == "waiver-unused OSLO-SSU-OBSERVERS lsu-ous"
    failure = case.find("failure")
    assert failure.get("type") == "warning"
    assert failure.get("message").startswith("oslo/waivers.yaml:7:5: ")


def test_markup_and_control_characters_are_escaped(xsd, defect, hf):
    """The XML is built with ElementTree: text from documents cannot break it."""
    _, data, _ = run_both(hf, "oslo")
    report = Report.model_validate(data)
    nasty = 'a <b> & "c" \x01 ]]> d'
    finding = report.findings[0].model_copy(update={"message": nasty})
    out = junit.render(report.model_copy(update={"findings": [finding]}))
    xsd.validate(out)
    failure = ET.fromstring(out).find(f"testsuite[@name='{RULE}']/testcase/failure")
    assert failure.get("message").endswith('a <b> & "c" \ufffd ]]> d')
