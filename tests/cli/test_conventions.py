"""Command-line conventions: --quiet and --brief, -o/--output, standard input, colour, --debug
after the command, explain --format json, hf-rules test -k and --format, "did you mean", and
audit's format from the output file's suffix."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.conftest import AS_OF, SUNNAAS_OBSERVER, edit
from tests.support import ROOT

DEFECT = "oslo/organisation.yaml:145:5: error OSLO-SSU-OBSERVERS "


@pytest.fixture
def defect(oslo: Path) -> Path:
    edit(oslo / "organisation.yaml", SUNNAAS_OBSERVER, "")
    return oslo


def test_quiet_prints_the_findings_and_the_verdict_only(defect: Path, hf) -> None:
    run = hf("check", "--no-config", "--as-of", AS_OF, "--quiet", "oslo")
    assert run.code == 1
    lines = run.out.splitlines()
    assert len(lines) == 2 and lines[0].startswith(DEFECT) and lines[1] == "Resultat: IKKE I SAMSVAR"


def test_brief_lists_only_the_files_that_are_not_compliant(defect: Path, hf) -> None:
    run = hf("check", "--no-config", "--as-of", AS_OF, "--brief", "oslo")
    assert run.code == 1
    assert run.out.splitlines()[0].startswith(DEFECT)
    assert not [line for line in run.out.splitlines() if line.startswith("    ")]  # no source and fix
    assert "  1 feil            oslo/organisation.yaml  Organisation helsefellesskap-oslo" in run.out
    assert "meeting-plan" not in run.out  # compliant plans are not listed
    full = hf("check", "--no-config", "--as-of", AS_OF, "oslo")
    assert "  ok                oslo/meeting-plan-ssu-2025-2026.yaml  MeetingPlan ssu-2025-2026" in full.out


@pytest.mark.parametrize(
    "args",
    [
        ("check", "--no-config", "--as-of", AS_OF, "oslo"),
        ("check", "--no-config", "--as-of", AS_OF, "--format", "sarif", "oslo"),
        ("validate", "--no-config", "oslo"),
        ("rules", "--no-config"),
        ("coverage", "--no-config"),
        ("explain", "--no-config", "OSLO-SSU-OBSERVERS"),
        ("test", "-k", "sunnaas"),
    ],
)
def test_output_option_writes_what_would_be_printed(oslo: Path, hf, args: tuple[str, ...]) -> None:
    printed = hf(*args)
    written = hf(*args, "-o", "report.out")
    assert written.code == printed.code and written.out == ""
    assert (oslo.parent / "report.out").read_text(encoding="utf-8") == printed.out


def test_a_document_from_standard_input_is_located_by_its_stdin_filename(
    defect: Path, hf, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (defect / "organisation.yaml").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text)))
    run = hf("check", "--no-config", "--as-of", AS_OF, "--stdin-filename", "org.yaml", "-")
    assert run.code == 1
    assert run.out.startswith("org.yaml:145:5: error OSLO-SSU-OBSERVERS "), run.out
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"apiVersion: hf-rules/v1\nkind: Nope\n")))
    run = hf("validate", "--no-config", "--lang", "en", "-")
    assert run.code == 2 and run.out.startswith("-:2:7: error: kind is 'Nope'; expected one of"), run.out


def test_colour_always_never_and_no_color(defect: Path, hf, monkeypatch: pytest.MonkeyPatch) -> None:
    coloured = hf("check", "--no-config", "--as-of", AS_OF, "--color", "always", "oslo").out
    assert "\x1b[31m\x1b[1merror\x1b[0m OSLO-SSU-OBSERVERS" in coloured
    assert coloured.splitlines()[-1] == "\x1b[31m\x1b[1mResultat: IKKE I SAMSVAR\x1b[0m"
    assert "\x1b[" not in hf("check", "--no-config", "--as-of", AS_OF, "--color", "never", "oslo").out
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in hf("check", "--no-config", "--as-of", AS_OF, "oslo").out  # auto, and not a terminal
    assert (
        "\x1b[" not in hf("check", "--no-config", "--as-of", AS_OF, "--format", "json", "--color", "always", "oslo").out
    )


def test_debug_is_accepted_after_the_command(oslo: Path, hf) -> None:
    assert hf("check", "--no-config", "--as-of", AS_OF, "oslo", "--debug").code == 0
    assert hf("--debug", "rules", "--no-config").code == 0


def test_explain_as_json(hf) -> None:
    run = hf("explain", "--no-config", "--format", "json", "oslo-ssu-observers")
    assert run.code == 0
    rule = json.loads(run.out)
    assert rule["id"] == "OSLO-SSU-OBSERVERS" and rule["severity"] == "error" and rule["pack"] == "oslo"
    assert rule["source"]["quote"] == "Sunnaas sykehus HF og Pasient- og brukerombudet er observatør"
    assert rule["check"]["function"]


def test_did_you_mean_for_rule_ids_and_choices(hf) -> None:
    run = hf("explain", "--no-config", "OSLO-SSU-OBSERVER")
    assert run.code == 2
    assert (
        run.err
        == "hf-rules: error: ingen regel OSLO-SSU-OBSERVER (mente du 'OSLO-SSU-OBSERVERS'?); 'hf-rules rules' viser dem\n"
    )
    run = hf("check", "--fail-on", "warnings", "x")
    assert run.code == 2 and "(mente du 'warning'?)" in run.err, run.err


def test_pack_tests_by_pattern_and_as_json_and_junit(hf) -> None:
    run = hf("test", "-k", "SUNNAAS")
    assert run.code == 0
    names = [line.split(" ", 1)[1] for line in run.out.splitlines() if line.startswith("BESTÅTT ")]
    assert names and all("sunnaas" in n.casefold() for n in names)
    assert run.out.splitlines()[-1] == f"{len(names)} bestått, 0 feilet"
    report = json.loads(hf("test", "-k", "sunnaas", "--format", "json").out)
    assert [c["name"] for c in report["cases"]] == names and report["failed"] == 0
    junit_text = hf("test", "-k", "sunnaas", "--format", "junit").out
    junit = ElementTree.fromstring(junit_text)
    assert [c.get("name") for c in junit.iter("testcase")] == names
    xsd = ROOT.parent / "shared" / "specs" / "junit-10.xsd"
    if xsd.is_file():  # the schema CI dashboards read (as --format junit of check)
        xmlschema = pytest.importorskip("xmlschema")
        xmlschema.XMLSchema(str(xsd)).validate(junit_text)
    none = hf("test", "-k", "no-such-case")
    assert none.code == 2 and none.out == "fant ingen testtilfeller\n0 bestått, 0 feilet\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("-o", "report.md", "--format", "html"), "--format html passer ikke med 'report.md' (som er markdown)"),
        (
            ("-o", "report.html", "--format", "markdown"),
            "--format markdown passer ikke med 'report.html' (som er html)",
        ),
        (("-o", "report.txt"), "kan ikke se rapportformatet av 'report.txt'"),
    ],
)
def test_audit_format_follows_the_suffix_and_a_mismatch_is_refused(
    oslo: Path, hf, args: tuple[str, ...], message: str
) -> None:
    run = hf("audit", "--no-config", "--as-of", AS_OF, "oslo", *args)
    assert run.code == 2 and message in run.err, run.err
    assert not list(oslo.parent.glob("report.*"))
    assert hf("audit", "--no-config", "--as-of", AS_OF, "oslo", "-o", "report.txt", "--format", "html").code == 0
    assert (oslo.parent / "report.txt").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
