"""forum_for_party: a party has a forum of a type, by the forum's sector or by a seat in it."""

from __future__ import annotations

from tests.unit.checks.support import findings

ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus, has_sector: true}
  oslo: {name: Oslo kommune, type: kommune, side: kommune}
  frogner: {name: Bydel Frogner, type: bydel, side: kommune, part_of: oslo, sector: hf}
  asker: {name: Asker, type: kommune, side: kommune}
fora:
  lsu:
    name: LSU
    type: lokalt-samarbeidsutvalg
    sector: hf
    members:
      - {party: hf, role: Direktør}
      - {party: frogner, role: Bydelsdirektør}
    observers:
      - {party: asker, role: Kommunalsjef}
"""
LSU = {"type": ["lokalt-samarbeidsutvalg"]}


def test_by_sector_is_the_default() -> None:
    assert findings("forum_for_party", LSU, ORG, subject="hf") == []
    assert findings("forum_for_party", LSU, ORG, subject="oslo") == [("too-few", 3)]


def test_by_seat_looks_at_the_seats() -> None:
    """The wrong verdict of issue 11: a municipality that sits in an LSU was said to have none."""
    assert findings("forum_for_party", {**LSU, "by": "seat"}, ORG, subject="oslo") == []  # through Bydel Frogner


def test_by_seat_counts_member_seats_unless_observers_are_asked_for() -> None:
    assert findings("forum_for_party", {**LSU, "by": "seat"}, ORG, subject="asker") == [("too-few", 5)]
    assert findings("forum_for_party", {**LSU, "by": "seat", "group": "all"}, ORG, subject="asker") == []


def test_either_accepts_sector_or_seat() -> None:
    assert findings("forum_for_party", {**LSU, "by": "either"}, ORG, subject="hf") == []
    assert findings("forum_for_party", {**LSU, "by": "either"}, ORG, subject="oslo") == []
    assert findings("forum_for_party", {**LSU, "by": "either"}, ORG, subject="asker") == [("too-few", 5)]


def test_exactly_reports_a_second_forum() -> None:
    two = ORG + "  lsu-2:\n    name: LSU 2\n    type: lokalt-samarbeidsutvalg\n    sector: hf\n"
    assert findings("forum_for_party", {**LSU, "exactly": 1}, two, subject="hf") == [("too-many", 16)]


def test_exactly_one_forum_passes() -> None:
    assert findings("forum_for_party", {**LSU, "exactly": 1}, ORG, subject="hf") == []
