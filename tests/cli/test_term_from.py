"""A chair period whose term began before it (`term_from`): a yearly plan for the second year of
a two-year term passes the term rules on its own, and a `term_from` after the period's first day
is a located input error."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli

PACK = """\
apiVersion: hf-rules/v1
kind: RulePack
metadata: {id: turns, version: 1.0.0, name: {nb: Turer, en: Turns}}
sources:
  side: {title: Nettside, date: 2025-01-01, publisher: Partene}
obligations:
  - id: T1
    text: {nb: To år av gangen., en: Two years at a time.}
    source: {document: side, quote: to år av gangen}
rules:
  - id: SSU-TERMS
    title: {nb: Toårige perioder, en: Two-year terms}
    message: {nb: "Lederperioden {period}: {problem}", en: "Chair period {period}: {problem}"}
    hint: {nb: Følg valgperiodene., en: Follow the terms.}
    severity: error
    source: {document: side, quote: to år av gangen}
    obligations: [T1]
    applies_to: {kind: meeting_plan, type: [strategisk-samarbeidsutvalg]}
    check:
      function: chair
      options: {terms: {years: 2, start: 2022-01-01, sides: [kommune, sykehus]}}
"""
ORG = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: agder, name: Helsefellesskapet Agder}
parties:
  sshf: {name: Sørlandet sykehus HF, type: helseforetak, side: sykehus}
  arendal: {name: Arendal kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Helsefellesskapet (SSU)
    type: strategisk-samarbeidsutvalg
    members:
      - {party: sshf, role: Administrerende direktør}
      - {party: arendal, role: Kommunedirektør}
"""
PLAN = """\
apiVersion: hf-rules/v1
kind: MeetingPlan
metadata: {id: ssu-2025, organisation: agder}
forum: ssu
chairs:
  - {from: 2025-01-01, to: 2025-12-31, party: sshf, term_from: 2024-01-01}
"""


@pytest.fixture
def agder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, text in {"pack.yaml": PACK, "organisation.yaml": ORG, "ssu-2025.yaml": PLAN}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(*args: str) -> tuple[int, list[str]]:
    result = run_cli("check", "--no-config", "--rules", "pack.yaml", "--as-of", "2025-06-01", "--quiet", *args)
    return result.code, [line for line in result.out.splitlines() if line.strip()]


def test_the_second_year_of_a_term_passes_on_its_own(agder: Path) -> None:
    code, out = check("organisation.yaml", "ssu-2025.yaml")
    assert code == 0, out


def test_without_term_from_the_plan_begins_mid_term(agder: Path) -> None:
    (agder / "ssu-2025.yaml").write_text(PLAN.replace(", term_from: 2024-01-01", ""), encoding="utf-8")
    code, out = check("--lang", "en", "organisation.yaml", "ssu-2025.yaml")
    assert code == 1
    assert out[0] == (
        "ssu-2025.yaml:6:5: error SSU-TERMS Chair period 2025-01-01–2025-12-31: does not follow the 2-year terms "
        "that begin on 2022-01-01"
    )


def test_a_term_from_after_the_period_begins_is_a_located_input_error(agder: Path) -> None:
    (agder / "ssu-2025.yaml").write_text(PLAN.replace("term_from: 2024-01-01", "term_from: 2025-03-01"), "utf-8")
    code, out = check("--lang", "en", "organisation.yaml", "ssu-2025.yaml")
    assert code == 2
    assert out[0] == (
        "ssu-2025.yaml:6:64: error: term_from (2025-03-01) is after the period's first day (2025-01-01); "
        "expected the day the term began, that day or before"
    )
    code, out = check("--lang", "nb", "organisation.yaml", "ssu-2025.yaml")
    assert out[0].startswith("ssu-2025.yaml:6:64: error: term_from (2025-03-01) er etter periodens første dag")
