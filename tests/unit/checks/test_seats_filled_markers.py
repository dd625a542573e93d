"""``seats_filled`` reads ``person``, ``deputy`` and ``role`` for vacancy markers: the curated
bokmål and nynorsk list always, the rule's ``placeholders`` besides (round 22, Møre og Romsdal
MR28: «Søre Sunnmøre — Under avklaring» written in ``role`` passed)."""

from __future__ import annotations

from typing import Any

import pytest

from hf_rules.rules.checks.seats_filled import VACANCY_MARKERS, is_vacancy
from tests.unit.checks.support import findings

ORG = """\
parties:
  hmr: {name: Helse Møre og Romsdal HF, type: helseforetak, side: sykehus}
  sore: {name: Søre Sunnmøre IPR, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutval
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hmr, role: Direktør, person: Kari Nordmann, deputy: Ola Nordmann}
      - {party: sore, role: %s}
"""


def filled(role: str, **options: Any) -> list[tuple[str, int]]:
    return findings("seats_filled", options, ORG % role, subject="ssu")


@pytest.mark.parametrize(
    "role",
    [
        "Under avklaring",
        "Vakant",
        "Ledig",
        "Ikkje oppnemnd",
        "Ikke oppnevnt",
        "Ubesatt",
        "Ikkje sett",
        "Kommer",
        "TBD",
        "N.N.",
        "'?'",
        "Kommunedirektør (vakant)",
        "Ordførar (ikkje vald)",
    ],
)
def test_a_role_that_is_a_vacancy_marker_is_not_filled(role: str) -> None:
    key = role.strip("'")
    assert filled(role) == [(f"placeholder:members:sore:{key}:role", 10)]


@pytest.mark.parametrize("role", ["Kommunedirektør", "Ordfører", "Kjemiker", "Leder", "Kommuneoverlege"])
def test_a_post_is_not_a_vacancy_marker(role: str) -> None:
    assert filled(role) == []


def test_person_and_deputy_are_read_with_the_curated_markers_without_placeholders() -> None:
    org = ORG.replace("person: Kari Nordmann, deputy: Ola Nordmann", "person: N.N., deputy: ikkje oppnemnd")
    assert findings("seats_filled", {}, org % "Ordfører", subject="ssu") == [
        ("placeholder:members:hmr:Direktør:person", 9),
        ("placeholder:members:hmr:Direktør:deputy", 9),
    ]


def test_fields_names_the_fields_read() -> None:
    assert filled("Under avklaring", fields=["person", "deputy"]) == []
    assert filled("Under avklaring", fields=["role"]) == [("placeholder:members:sore:Under avklaring:role", 10)]


def test_a_rule_s_own_placeholders_are_read_beside_the_curated_markers() -> None:
    assert filled("Avventer valg") == []
    assert filled("Avventer valg", placeholders=["Avventer"]) == [("placeholder:members:sore:Avventer valg:role", 10)]
    assert filled("Vakant", placeholders=["Avventer"]) == [("placeholder:members:sore:Vakant:role", 10)]


def test_the_curated_markers_are_each_a_marker() -> None:
    assert all(is_vacancy(marker, list(VACANCY_MARKERS)) for marker in VACANCY_MARKERS)
    assert not is_vacancy("Hans-Petter Ås", list(VACANCY_MARKERS))
