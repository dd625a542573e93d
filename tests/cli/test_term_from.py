"""A chair period whose term began before it (`term_from`): a yearly plan for the second year of
a two-year term passes the term rules on its own, and a `term_from` after the period's first day
is a located input error."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import edit, run_cli

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


FIRST_YEAR = """\
apiVersion: hf-rules/v1
kind: MeetingPlan
metadata: {id: ssu-2026, organisation: agder}
forum: ssu
chairs:
  - {from: 2026-01-01, to: 2026-12-31, party: arendal, term_to: 2027-12-31}
"""
TERM_PACK = PACK.replace(
    "      options: {terms: {years: 2, start: 2022-01-01, sides: [kommune, sykehus]}}\n",
    "      options: {terms: {years: 2, start: 2022-01-01, sides: [kommune, sykehus]}}\n"
    "  - id: SSU-TERM-LENGTH\n"
    "    title: {nb: Toårig, en: Two years}\n"
    '    message: {nb: "Lederperioden {period} varer ikke {years} år", en: "Chair period {period} does not last '
    '{years} years"}\n'
    "    hint: {nb: Følg valgperiodene., en: Follow the terms.}\n"
    "    severity: error\n"
    "    source: {document: side, quote: to år av gangen}\n"
    "    obligations: [T1]\n"
    "    applies_to: {kind: meeting_plan, type: [strategisk-samarbeidsutvalg]}\n"
    "    check: {function: chair_term, options: {years: 2}}\n",
)


def test_the_first_year_of_a_term_passes_on_its_own_with_term_to(agder: Path) -> None:
    (agder / "pack.yaml").write_text(TERM_PACK, encoding="utf-8")
    (agder / "ssu-2026.yaml").write_text(FIRST_YEAR, encoding="utf-8")
    code, out = check("--as-of", "2026-06-01", "organisation.yaml", "ssu-2026.yaml")
    assert code == 0, out


def test_without_term_to_the_first_year_is_a_term_too_short(agder: Path) -> None:
    (agder / "pack.yaml").write_text(TERM_PACK, encoding="utf-8")
    (agder / "ssu-2026.yaml").write_text(FIRST_YEAR.replace(", term_to: 2027-12-31", ""), encoding="utf-8")
    code, out = check("--lang", "en", "--as-of", "2026-06-01", "organisation.yaml", "ssu-2026.yaml")
    assert code == 1
    assert sorted(out[:2]) == [
        "ssu-2026.yaml:6:5: error SSU-TERM-LENGTH Chair period 2026-01-01–2026-12-31 does not last 2 years",
        "ssu-2026.yaml:6:5: error SSU-TERMS Chair period 2026-01-01–2026-12-31: does not follow the 2-year terms "
        "that begin on 2022-01-01",
    ]
    assert out[2] == "Verdict: NOT COMPLIANT"


def test_a_term_to_before_the_period_ends_is_a_located_input_error(agder: Path) -> None:
    (agder / "ssu-2026.yaml").write_text(FIRST_YEAR.replace("term_to: 2027-12-31", "term_to: 2026-06-30"), "utf-8")
    code, out = check("--lang", "en", "--as-of", "2026-06-01", "organisation.yaml", "ssu-2026.yaml")
    assert code == 2
    assert out[0] == (
        "ssu-2026.yaml:6:65: error: term_to (2026-06-30) is before the period's last day (2026-12-31); "
        "expected the day the term ends, that day or later"
    )


ALTERNATION_PACK = PACK.replace(
    "      options: {terms: {years: 2, start: 2022-01-01, sides: [kommune, sykehus]}}\n",
    "      options: {term_years: 2}\n",
).replace("function: chair\n", "function: chair_alternation\n")


def test_alternation_reads_the_turn_from_term_from_across_plans(agder: Path) -> None:
    """The municipalities' 2024–2025 turn (a plan for 2025 with `term_from`), then Kristiansand's
    plan for 2026–2027: the same side chairs two terms in a row."""
    (agder / "pack.yaml").write_text(ALTERNATION_PACK, encoding="utf-8")
    edit(
        agder / "organisation.yaml",
        "    name: Helsefellesskapet (SSU)\n",
        "    name: Helsefellesskapet (SSU)\n    chair_rotation: [kommune, sykehus]\n",
    )
    edit(
        agder / "organisation.yaml",
        "  arendal: {name: Arendal kommune, type: kommune, side: kommune}\n",
        "  arendal: {name: Arendal kommune, type: kommune, side: kommune}\n"
        "  kristiansand: {name: Kristiansand kommune, type: kommune, side: kommune}\n",
    )
    edit(
        agder / "organisation.yaml",
        "      - {party: arendal, role: Kommunedirektør}\n",
        "      - {party: arendal, role: Kommunedirektør}\n      - {party: kristiansand, role: Kommunedirektør}\n",
    )
    (agder / "ssu-2025.yaml").write_text(PLAN.replace("party: sshf", "party: arendal"), encoding="utf-8")
    (agder / "ssu-2026.yaml").write_text(
        FIRST_YEAR.replace(
            "to: 2026-12-31, party: arendal, term_to: 2027-12-31", "to: 2027-12-31, party: kristiansand"
        ),
        encoding="utf-8",
    )
    code, out = check("--lang", "en", "organisation.yaml", "ssu-2025.yaml", "ssu-2026.yaml")
    assert code == 1
    assert out[0] == (
        "ssu-2026.yaml:6:47: error SSU-TERMS Chair period 2026-01-01–2027-12-31: chairs again for 'kommune', "
        "as in the previous period"
    )
    assert len([line for line in out if " error " in line]) == 1
