"""required_seats: seats a forum must have, counted with min, max or exactly."""

from __future__ import annotations

from typing import Any

from tests.unit.checks.support import findings

ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
  oslo: {name: Oslo, type: kommune, side: kommune}
fora:
  ssu:
    name: SSU
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Direktør}
      - {party: oslo, role: Kommunaldirektør for helse og velferd}
      - {party: oslo, role: Kommunaldirektør for oppvekst}
"""
LABEL = {"nb": "direktører", "en": "directors"}


def required(**requirement: Any) -> list[tuple[str, int]]:
    return findings("required_seats", {"require": [{"label": LABEL, **requirement}]}, ORG)


def test_a_role_matches_at_its_beginning() -> None:
    """Issue 15: 'Kommunaldirektør for helse og velferd' is a Kommunaldirektør."""
    assert required(party="oslo", role=["Kommunaldirektør"]) == []
    assert required(party="oslo", role=["Byrådsleder"]) == [("too-few:directors", 10)]


def test_exactly_both_directions() -> None:
    assert required(role=["Kommunaldirektør"], exactly=2) == []
    assert required(role=["Kommunaldirektør"], exactly=1) == [("too-many:directors", 11)]
    assert required(role=["Kommunaldirektør"], exactly=3) == [("too-few:directors", 8)]


def test_min_defaults_to_one_unless_max_is_given() -> None:
    assert required(role=["Ordfører"], max=1) == []
    assert required(role=["Ordfører"]) == [("too-few:directors", 8)]


def test_any_of_a_body_seat_or_its_members_one_by_one() -> None:
    """«Fra helseforetaket deltar styret»: written as one body seat or as the board's members, a
    requirement with `any_of` accepts either, and neither a plain director."""
    org = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
fora:
  pm:
    name: Partnerskapsmøtet
    type: partnerskapsmote
    members:
      - %s
"""
    board = {
        "any_of": [
            {"body": ["Styret"]},
            {"role": ["Styreleder", "Styremedlem"], "not": {"role": ["Styremedlem (vara)"]}},
        ],
        "label": {"nb": "styret", "en": "the board"},
    }
    options = {"require": [board]}
    assert findings("required_seats", options, org % "{party: hf, body: Styret}", subject="pm") == []
    assert findings("required_seats", options, org % "{party: hf, role: Styreleder}", subject="pm") == []
    assert findings("required_seats", options, org % "{party: hf, role: Direktør}", subject="pm") == [
        ("too-few:the board", 7)
    ]
    assert findings("required_seats", options, org % "{party: hf, role: Styremedlem (vara)}", subject="pm") == [
        ("too-few:the board", 7)
    ]
