"""``--format github``: GitHub Actions workflow commands (annotations), escaped as GitHub's
toolkit does, and picked automatically under GitHub Actions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hf_rules import __version__
from hf_rules.formatters import github
from hf_rules.report.model import Report
from tests.conftest import AS_OF, seed_sunnaas_defect, write_waiver

MESSAGE = "Sunnaas sykehus HF er ikke observatør i Strategisk samarbeidsutvalg"
DETAIL = (
    "%0Akilde: «Sunnaas sykehus HF og Pasient- og brukerombudet er observatør» "
    "(Møtefora i Helsefellesskap Oslo, 2024-06-04) [O14]"
    "%0Atiltak: Før opp `{party: sunnaas, role: Observatør}` under `observers`, og ikke under `members`."
)


@pytest.fixture
def defect(oslo: Path) -> tuple[int, int]:
    return seed_sunnaas_defect(oslo / "organisation.yaml")


def summary(files: int, rest: str, verdict: str) -> str:
    return f"hf-rules {__version__}: {files} filer · 58 regler · {rest} · Resultat: {verdict}"


def test_finding_annotation_exact(defect, hf):
    line, column = defect
    run = hf("check", "--no-config", "--as-of", AS_OF, "--format", "github", "oslo")
    assert run.code == 1
    assert run.out.splitlines() == [
        f"::error file=oslo/organisation.yaml,line={line},col={column},title=OSLO-SSU-OBSERVERS::{MESSAGE}{DETAIL}",
        summary(4, "1 feil, 0 advarsler, 0 info", "IKKE I SAMSVAR"),
    ]


def test_absolute_path_is_made_relative(defect, oslo, hf):
    line, column = defect
    run = hf("check", "--no-config", "--as-of", AS_OF, "--format", "github", str(oslo.resolve()))
    assert run.out.startswith(f"::error file=oslo/organisation.yaml,line={line},col={column},title=")


def test_waived_finding_is_not_annotated_and_notices_are_warnings(defect, oslo, hf):
    write_waiver(oslo)
    run = hf("check", "--no-config", "--as-of", AS_OF, "--format", "github", "oslo")
    assert run.code == 0
    assert run.out.splitlines() == [summary(5, "0 feil, 0 advarsler, 0 info, 1 med unntak", "I SAMSVAR")]

    run = hf("check", "--no-config", "--as-of", "2026-12-15", "--format", "github", "oslo")
    lines = run.out.splitlines()
    assert lines[0] == (
        "::warning file=oslo/waivers.yaml,line=7,col=5,title=HF-WAIVER-EXPIRING::Unntaket fra "
        "OSLO-SSU-OBSERVERS for strategisk-samarbeidsutvalg utløper 2026-12-31 (om 16 dager)"
    )
    assert len(lines) == 2


def test_input_problem_is_an_error_annotation(oslo, tmp_path, hf):
    (tmp_path / "broken.yaml").write_text("apiVersion: hf-rules/v1\nkind: [\n", encoding="utf-8")
    (tmp_path / "empty.yaml").write_text("", encoding="utf-8")
    run = hf("check", "--no-config", "--as-of", AS_OF, "--format", "github", "oslo", "broken.yaml", "empty.yaml")
    assert run.code == 2
    report = json.loads(
        hf("check", "--no-config", "--as-of", AS_OF, "--format", "json", "oslo", "broken.yaml", "empty.yaml").out
    )
    broken, empty = report["input_problems"]
    lines = run.out.splitlines()
    assert lines[:2] == [
        f"::error file=broken.yaml,line={broken['line']},col={broken['column']},title=hf-rules inndata::"
        + github.escape_data(broken["message"]),
        "::error file=empty.yaml,title=hf-rules inndata::" + github.escape_data(empty["message"]),
    ]
    assert lines[-1].endswith("Resultat: UGYLDIG INNDATA")


def test_escaping():
    assert github.escape_data("100% ok\r\nnext, line: a") == "100%25 ok%0D%0Anext, line: a"
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    assert github.command("notice", "50% done,\nnext", file="dir/a,b:c.yaml", line=3, col=1, title="X:Y,Z") == (
        "::notice file=dir/a%2Cb%3Ac.yaml,line=3,col=1,title=X%3AY%2CZ::50%25 done,%0Anext"
    )


def test_finding_message_with_percent_newline_and_comma_is_escaped(defect, hf):
    line, column = defect
    data = json.loads(hf("check", "--no-config", "--as-of", AS_OF, "--format", "json", "oslo").out)
    report = Report.model_validate(data)
    finding = report.findings[0].model_copy(
        update={"message": "100% av plassene,\nmen ikke Sunnaas", "severity": "info", "hint": "gjør det"}
    )
    out = github.render(report.model_copy(update={"findings": [finding]}))
    assert out.splitlines()[0] == (
        f"::notice file=oslo/organisation.yaml,line={line},col={column},title=OSLO-SSU-OBSERVERS::"
        "100%25 av plassene,%0Amen ikke Sunnaas"
        "%0Akilde: «Sunnaas sykehus HF og Pasient- og brukerombudet er observatør» "
        "(Møtefora i Helsefellesskap Oslo, 2024-06-04) [O14]%0Atiltak: gjør det"
    )


def test_auto_selects_github_under_actions(defect, hf, monkeypatch):
    line, column = defect
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    run = hf("check", "--no-config", "--as-of", AS_OF, "oslo")
    assert run.code == 1
    assert run.out.splitlines()[0] == (
        f"::error file=oslo/organisation.yaml,line={line},col={column},title=OSLO-SSU-OBSERVERS::{MESSAGE}{DETAIL}"
    )
    validate = hf("validate", "--no-config", "oslo")
    assert validate.code == 0
    assert validate.out.startswith("hf-rules ") and "Resultat: I SAMSVAR" in validate.out
    assert len(validate.out.splitlines()) == 1

    forced = hf("check", "--no-config", "--as-of", AS_OF, "--format", "text", "oslo")
    assert forced.out.splitlines()[0] == f"oslo/organisation.yaml:{line}:{column}: error OSLO-SSU-OBSERVERS {MESSAGE}"
    explicit = hf("check", "--no-config", "--as-of", AS_OF, "--format", "auto", "oslo")
    assert explicit.out == run.out


@pytest.mark.parametrize("value", [None, "false", "1"])
def test_auto_is_text_outside_actions(defect, hf, monkeypatch, value):
    line, column = defect
    if value is None:
        monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    else:
        monkeypatch.setenv("GITHUB_ACTIONS", value)
    run = hf("check", "--no-config", "--as-of", AS_OF, "oslo")
    assert run.out.splitlines()[0] == f"oslo/organisation.yaml:{line}:{column}: error OSLO-SSU-OBSERVERS {MESSAGE}"
