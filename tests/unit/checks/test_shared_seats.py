"""A seat shared by several parties (``shared_with``: one kommuneoverlege for Hitra and Frøya):
every check that groups or picks seats by party, party type, region or area counts it for each
of its parties (once for a unit they share); counts by side count it once."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.checks.support import findings

ORG = """\
regions:
  oy: {name: Øyregionen, parties: [hitra, froya]}
  ork: {name: Orkdalsregionen, parties: [orkland]}
parties:
  stolav: {name: St. Olavs hospital HF, type: helseforetak, side: sykehus}
  hitra: {name: Hitra kommune, type: kommune, side: kommune}
  froya: {name: Frøya kommune, type: kommune, side: kommune}
  orkland: {name: Orkland kommune, type: kommune, side: kommune}
fora:
  fagrad:
    name: Fagråd
    type: samarbeidsforum
    area: [oy]
    members:
      - {party: froya, shared_with: [hitra], role: Kommuneoverlege}
      - {party: stolav, role: Klinikksjef}
    observers:
      - {party: orkland, shared_with: [froya], role: Kommuneoverlege}
"""
UNSHARED = ORG.replace(", shared_with: [hitra]", "").replace(", shared_with: [froya]", "")
PHYSICIANS = {"nb": "kommuneoverleger", "en": "chief physicians"}


def count(**options: Any) -> dict[str, Any]:
    return {"label": PHYSICIANS, **options}


def test_one_seat_per_counts_the_shared_seat_for_each_party() -> None:
    """«Kommuneoverlegene»: the municipality without a seat of its own was a false error."""
    assert findings("one_seat_per", {"party_type": ["kommune"]}, ORG, subject="fagrad") == []
    assert findings("one_seat_per", {"party_type": ["kommune"]}, UNSHARED, subject="fagrad") == [("missing:hitra", 14)]


def test_one_seat_per_region_counts_a_seat_two_parties_of_the_region_share_once() -> None:
    options = {"party_type": ["kommune"], "group_by": "region"}
    assert findings("one_seat_per", options, ORG, subject="fagrad") == []


def test_a_real_defect_is_still_reported() -> None:
    """Frøya's seat is gone: Hitra, which shared it, and Frøya both lack one."""
    gone = ORG.replace("      - {party: froya, shared_with: [hitra], role: Kommuneoverlege}\n", "")
    assert findings("one_seat_per", {"party_type": ["kommune"]}, gone, subject="fagrad") == [
        ("missing:froya", 14),
        ("missing:hitra", 14),
    ]


@pytest.mark.parametrize(
    ("options", "shared", "unshared"),
    [
        (
            {"per": "party", "each": {"party_type": ["kommune"]}, "exactly": 1},
            [],
            [("too-few:chief physicians:hitra", 14)],
        ),
        ({"per": "region", "each": {"party_type": ["kommune"]}, "exactly": 1}, [], []),
        ({"per": "party_type", "each": {"values": ["kommune"]}, "exactly": 1}, [], []),
        ({"per": "side", "each": {"values": ["kommune"]}, "exactly": 1}, [], []),
        ({"count": "parties", "min": 2}, [], [("too-few:chief physicians", 14)]),
    ],
)
def test_seat_count_groups_a_shared_seat_by_each_party(
    options: dict[str, Any], shared: list[tuple[str, int]], unshared: list[tuple[str, int]]
) -> None:
    """Per party (and the parties counted) the shared seat is Frøya's and Hitra's; per region,
    party type and side it is one seat (``exactly: 1`` would fail if it counted twice)."""
    options = count(where={"role": ["Kommuneoverlege"]}, **options)
    assert findings("seat_count", options, ORG, subject="fagrad") == shared
    assert findings("seat_count", options, UNSHARED, subject="fagrad") == unshared


@pytest.mark.parametrize(
    ("where", "shared", "unshared"),
    [
        ({"party": "hitra"}, [], [("too-few:chief physicians", 14)]),
        ({"part_of": ["hitra"]}, [], [("too-few:chief physicians", 14)]),
        ({"party_type": ["kommune"], "region": ["oy"]}, [], []),
    ],
)
def test_selectors_by_party_pick_the_shared_seat(
    where: dict[str, Any], shared: list[tuple[str, int]], unshared: list[tuple[str, int]]
) -> None:
    options = {"require": [{**where, "label": PHYSICIANS}]}
    assert findings("required_seats", options, ORG, subject="fagrad") == shared
    assert findings("required_seats", options, UNSHARED, subject="fagrad") == unshared


def test_in_area_holds_when_one_of_the_parties_is_inside() -> None:
    """Orkland's observer seat is shared with Frøya, inside the forum's area, and Orkland, outside it."""
    inside = count(where={"in_area": True}, group="observers", exactly=1)
    assert findings("seat_count", inside, ORG, subject="fagrad") == []
    assert findings("seat_count", inside, UNSHARED, subject="fagrad") == [("too-few:chief physicians", 17)]
    outside = count(where={"party_type": ["kommune"], "in_area": False}, group="observers", max=0)
    assert findings("seat_count", outside, ORG, subject="fagrad") == [("too-many:chief physicians", 18)]


def test_every_party_sits_in_a_forum_through_a_shared_seat() -> None:
    by_seat = {"type": ["samarbeidsforum"], "by": "seat"}
    assert findings("forum_for_party", by_seat, ORG, subject="hitra") == []
    assert findings("forum_for_party", by_seat, UNSHARED, subject="hitra") == [("too-few", 6)]
    in_forum = {"party_type": ["kommune"], "in_forum": {"type": ["samarbeidsforum"]}, "label": PHYSICIANS}
    assert findings("party_set", in_forum, ORG, kind="organisation") == [("no-forum:orkland", 8)]
    assert findings("party_set", in_forum, UNSHARED, kind="organisation") == [
        ("no-forum:hitra", 6),
        ("no-forum:orkland", 8),
    ]


def test_an_observer_seat_shared_with_a_party_is_that_party_s_observer() -> None:
    """Orkland's observer seat is held for Frøya too."""
    options = {"parties": ["froya"], "not_members": False}
    assert findings("observers", options, ORG, subject="fagrad") == []
    assert findings("observers", options, UNSHARED, subject="fagrad") == [("missing:froya", 17)]


def test_side_balance_counts_a_shared_seat_once() -> None:
    """One seat from the municipalities (shared by two) and one from the trust: balanced."""
    assert findings("side_balance", {"max_difference": 0}, ORG, subject="fagrad") == []


def test_parties_counted_per_region_are_those_of_the_region() -> None:
    """Orkland's observer seat, shared with Frøya, counts Frøya for Øyregionen and Orkland for
    Orkdalsregionen: one party in each, not both in each."""
    options = count(group="observers", per="region", each={"party_type": ["kommune"]}, count="parties", exactly=1)
    assert findings("seat_count", options, ORG, subject="fagrad") == []
    assert findings("seat_count", options, UNSHARED, subject="fagrad") == [("too-few:chief physicians:oy", 17)]
