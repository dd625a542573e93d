"""Seat selectors: every criterion, negation, and the one rule for matching roles."""

from __future__ import annotations

from typing import Any

import pytest

from hf_rules.rules.checks.seats import role_matches
from tests.unit.checks.support import findings


@pytest.mark.parametrize(
    ("role", "wanted", "matches"),
    [
        ("Kommunaldirektør", "Kommunaldirektør", True),
        ("Kommunaldirektør for helse og velferd", "Kommunaldirektør", True),  # issue 15
        ("kommunaldirektør  for helse", "KOMMUNALDIREKTØR for helse", True),  # case and spaces aside
        ("Kommunaldirektør, helse", "Kommunaldirektør", True),
        ("Kommunaldirektørens rådgiver", "Kommunaldirektør", False),  # not at a word boundary
        ("Assisterende kommunaldirektør", "Kommunaldirektør", False),  # the beginning, not anywhere
        ("Administrerande direktør sin rådgjevar", "Administrerande direktør", False),  # someone else's
        ("Kommunedirektør si stedfortreder", "Kommunedirektør", False),
        ("Kommunedirektør sitt sekretariat", "Kommunedirektør", False),
        ("Kommunedirektør sine rådgivere", "Kommunedirektør", False),
        ("Kommunedirektør (sin egen vara)", "Kommunedirektør", True),  # a boundary, then not a possessive
        ("Kommunedirektør sinnataggen", "Kommunedirektør", True),  # 'sin' only as a whole word
        ("Direktør", "Kommunaldirektør", False),
        (None, "Direktør", False),
    ],
)
def test_role_matching(role: str | None, wanted: str, matches: bool) -> None:
    assert role_matches(role, wanted) is matches


ORG = """\
regions:
  nord: {name: Nord, also_known_as: [Region Nord], parties: [oslo]}
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
  oslo: {name: Oslo kommune, type: kommune, side: kommune}
  frogner: {name: Bydel Frogner, type: bydel, side: kommune, part_of: oslo}
  asker: {name: Asker, type: kommune, side: kommune}
fora:
  ssu:
    name: SSU
    type: strategisk-samarbeidsutvalg
    area: [nord]
    members:
      - {party: hf, role: Direktør, deputy: X}
      - {party: frogner, role: Bydelsdirektør}
      - {party: asker, role: Kommunalsjef}
      - {represents: bruker, side: kommune, role: Brukerrepresentant}
    observers:
      - {party: asker, role: Rådgiver, speaking_rights: true, proposal_rights: true}
"""
LABEL = {"nb": "plasser", "en": "seats"}


def picked(where: dict[str, Any]) -> int:
    """How many seats (members and observers) the selector picks: exactly that many passes."""
    counts = [
        n
        for n in range(6)
        if not findings("seat_count", {"where": where, "group": "all", "exactly": n, "label": LABEL}, ORG)
    ]
    assert len(counts) == 1
    return counts[0]


@pytest.mark.parametrize(
    ("where", "count"),
    [
        ({}, 5),
        ({"party": "asker"}, 2),
        ({"party_type": ["kommune"]}, 2),
        ({"side": ["kommune"]}, 4),  # the user seat's own side counts
        ({"represents": ["bruker"]}, 1),
        ({"role": ["Direktør"]}, 1),
        ({"region": ["nord"]}, 1),  # Frogner is in Nord through Oslo kommune
        ({"region": ["Nord"]}, 1),  # the region by its name, as the text gives it
        ({"region": ["Region  nord"]}, 1),  # or by an also_known_as, case and spacing aside
        ({"region": ["Sør"]}, 0),  # a name no region has picks nothing
        ({"part_of": ["oslo"]}, 1),
        ({"in_area": True}, 1),
        ({"in_area": False}, 3),
        ({"speaking_rights": True}, 5),  # a member always may speak (round 28 Finnmark)
        ({"speaking_rights": False}, 0),
        ({"proposal_rights": True}, 1),
        ({"proposal_rights": False}, 4),
        ({"has_deputy": True}, 1),
        ({"side": ["kommune"], "not": {"party": "asker"}}, 2),
        ({"not": {"party_type": ["kommune"], "role": ["Rådgiver"]}}, 4),
    ],
)
def test_each_criterion_picks_its_seats(where: dict[str, Any], count: int) -> None:
    assert picked(where) == count


TAGGED = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
  liten: {name: Liten, type: kommune, side: kommune, tags: [liten-kommune]}
  stor: {name: Stor, type: kommune, side: kommune}
fora:
  su:
    name: SU
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Direktør, tags: [helsefaglig]}
      - {party: liten, role: Kommuneoverlege, tags: [helsefaglig, kommuneoverlege], appointed_by: KS}
      - {party: stor, role: Rådmann, appointed_by: ks}
"""


@pytest.mark.parametrize(
    ("where", "count"),
    [
        ({"tags": ["helsefaglig"]}, 2),
        ({"tags": ["kommuneoverlege", "jurist"]}, 1),
        ({"party_tags": ["liten-kommune"]}, 1),
        ({"appointed_by": ["KS"]}, 2),  # case aside
        ({"appointed_by": ["Brukerutvalget"]}, 0),
        ({"party_type": ["kommune"], "not": {"tags": ["helsefaglig"]}}, 1),
    ],
)
def test_tags_and_appointing_bodies(where: dict[str, Any], count: int) -> None:
    """ "At least two with a health qualification", "two from small municipalities", "appointed by KS"."""
    label = {"nb": "plasser", "en": "seats"}
    assert findings("seat_count", {"where": where, "exactly": count, "label": label}, TAGGED) == []
    assert findings("seat_count", {"where": where, "exactly": count + 1, "label": label}, TAGGED) != []


def test_a_board_is_the_board_however_it_is_written() -> None:
    """Round 29 Førde FO6: «Deltakarar frå Helse Førde er føretaksstyret …». `body: [Føretaksstyret]`
    picks the trust's board written «Styret i Helse Førde HF», «Styret» or «Helseforetaksstyret»,
    and not another trust's board."""
    org = """\
parties:
  hf: {name: Helse Førde HF, type: helseforetak, side: sykehus}
fora:
  pm:
    name: Partnarskapsmøtet
    type: partnerskapsmote
    members:
      - {party: hf, body: '%s'}
"""
    wanted = {"where": {"body": ["Føretaksstyret"]}, "exactly": 1, "label": LABEL}
    for text, picked in (
        ("Føretaksstyret", True),
        ("Styret i Helse Førde HF", True),
        ("Styret", True),
        ("Helseforetaksstyret", True),
        ("Styret i Helse Vest RHF", False),
        ("Brukarutvalet", False),
    ):
        assert findings("seat_count", wanted, org % text, subject="pm") == ([] if picked else [("too-few:seats", 7)]), (
            text
        )


def test_a_constituency_seat_is_of_its_sites_side() -> None:
    """Round 30 Møre og Romsdal MR3: «ein brukarrepresentant frå kommunane», written `represents:
    bruker, site: molde` as documents.md shows, is of the municipal side; a `side` it gives wins."""
    org = """\
parties:
  hmr: {name: Helse Møre og Romsdal HF, type: helseforetak, side: sykehus}
  molde: {name: Molde kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutval
    type: strategisk-samarbeidsutvalg
    members:
      - {represents: bruker, role: Brukarrepresentant, %s}
"""
    wanted = {"where": {"represents": ["bruker"], "side": ["kommune"]}, "exactly": 1, "label": LABEL}
    for seat, picked in (("site: molde", True), ("site: hmr", False), ("site: hmr, side: kommune", True)):
        assert findings("seat_count", wanted, org % seat, subject="ssu") == (
            [] if picked else [("too-few:seats", 8)]
        ), seat
