"""``chair_alternation`` with ``within_seat_term``: «Kommunene og Vestre Viken veksler på
lederansvaret» gives no term length; the bound is the chair's seat's own term of office (round
22, Vestre Viken VV11: one side chairing 2021–2030 in one period passed every chair rule)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli
from tests.packs.test_phrasebook import write_pack
from tests.support import line_of
from tests.unit.checks.support import findings

ORG = """\
parties:
  vv: {name: Vestre Viken HF, type: helseforetak, side: sykehus}
  drammen: {name: Drammen kommune, type: kommune, side: kommune}
fora:
  pm:
    name: Partnerskapsmøtet
    type: partnerskapsmote
    chair_rotation: [kommune, sykehus]
    members:
      - {party: vv, role: Administrerende direktør, term: {from: 2021-01-01, to: 2024-12-31}}
      - {party: drammen, role: Ordfører, term: {from: 2019-11-01, to: 2023-10-31}}
      - {party: drammen, role: Kommunedirektør, position: leder, term: {from: 2021-01-01, to: 2026-12-31}}
"""
ONE_PERIOD = """\
forum: pm
chairs:
  - {from: 2021-01-01, to: 2030-12-31, party: vv}
"""
TURNS = """\
forum: pm
chairs:
  - {from: 2021-01-01, to: 2022-12-31, party: vv}
  - {from: 2023-01-01, to: 2024-12-31, party: drammen}
"""
OPTIONS = {"within_seat_term": True}


def test_one_side_chairing_past_its_seat_s_term_is_reported() -> None:
    assert findings("chair_alternation", OPTIONS, ORG, plan=ONE_PERIOD, subject="pm") == [
        ("past-seat-term:2021-01-01", 3)
    ]
    assert findings("chair_alternation", {}, ORG, plan=ONE_PERIOD, subject="pm") == []


def test_turns_within_the_seats_terms_pass() -> None:
    assert findings("chair_alternation", OPTIONS, ORG, plan=TURNS, subject="pm") == []


def test_the_seat_the_period_names_is_the_one_measured() -> None:
    """Drammen's mayor's term ends 2023-10-31; its leader seat's (the director's) 2026."""
    by_role = TURNS.replace("party: drammen}", "party: drammen, role: Ordfører}")
    assert findings("chair_alternation", OPTIONS, ORG, plan=by_role, subject="pm") == [("past-seat-term:2023-01-01", 4)]


def test_a_chair_whose_seat_gives_no_term_cannot_be_measured_and_is_reported() -> None:
    org = ORG.replace(", term: {from: 2021-01-01, to: 2024-12-31}}", "}")
    assert findings("chair_alternation", OPTIONS, org, plan=TURNS, subject="pm") == [("no-seat-term:2021-01-01", 3)]


def test_a_within_seat_term_that_is_not_a_boolean_is_a_located_input_error(tmp_path: Path) -> None:
    body = "applies_to: {kind: meeting_plan}\ncheck: {function: chair_alternation, options: {within_seat_term: ja}}\n"
    pack = write_pack(tmp_path, "alt", body)
    org = tmp_path / "organisation.yaml"
    org.write_text("apiVersion: hf-rules/v1\nkind: Organisation\nmetadata: {id: vv, name: VV}\n" + ORG, "utf-8")
    expected = {
        "en": "rule PB-ALT-1: rules[0].check.options.within_seat_term must be true or false, got a text ('ja')",
        "nb": "regel PB-ALT-1: rules[0].check.options.within_seat_term må være true eller false, fikk en tekst ('ja')",
    }
    for lang, text in expected.items():
        result = run_cli("check", "--no-config", "--lang", lang, "--rules", str(pack), str(org))
        assert result.code == 2
        assert result.out.splitlines()[0] == f"{pack}:{line_of(pack, 'within_seat_term: ja')}:70: error: {text}"
