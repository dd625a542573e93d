"""``observers`` names parties by id, by name and by party type (round 22, Telemark doc gap 4:
KS under another id than the pack's was a false error, and the pack depended on the document's
words)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.checks.support import findings

ORG = """\
parties:
  sthf: {name: Sykehuset Telemark HF, type: helseforetak, side: sykehus}
  skien: {name: Skien kommune, type: kommune, side: kommune}
  ks-vest: {name: KS Vest (KS), type: etat, side: uavhengig, also_known_as: [Kommunesektorens organisasjon]}
  sf: {name: Statsforvalteren i Vestfjord, type: etat, side: uavhengig}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: sthf, role: Direktør}
      - {party: skien, role: Kommunedirektør}
    observers:
      - {party: ks-vest, role: Rådgiver, speaking_rights: true}
"""


@pytest.mark.parametrize("name", ["ks-vest", "KS", "ks", "KS Vest", "KS Vest (KS)", "Kommunesektorens  organisasjon"])
def test_a_party_is_named_by_its_id_or_any_of_its_names(name: str) -> None:
    assert findings("observers", {"parties": [name]}, ORG, subject="ssu") == []


def test_a_name_no_party_has_is_missing_under_the_rule_s_words() -> None:
    assert findings("observers", {"parties": ["Fylkeskommunen"]}, ORG, subject="ssu") == [
        ("missing:Fylkeskommunen", 13)
    ]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"party_types": ["etat"]}, [("missing:sf", 13)]),
        ({"party_types": ["ombud"]}, [("missing:ombud", 13)]),
        ({"party_types": ["etat"], "parties": ["KS"], "speaking_rights": "required"}, [("missing:sf", 13)]),
        ({"party_types": ["kommune"]}, [("member:skien", 12), ("missing:skien", 13)]),
    ],
)
def test_every_party_of_a_type_must_observe(options: dict[str, Any], expected: list[tuple[str, int]]) -> None:
    assert findings("observers", options, ORG, subject="ssu") == expected


def test_a_party_named_twice_is_reported_once() -> None:
    options = {"parties": ["sf", "Statsforvalteren i Vestfjord"], "party_types": ["etat"]}
    assert findings("observers", options, ORG, subject="ssu") == [("missing:sf", 13)]
