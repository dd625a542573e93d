"""meeting_frequency: at least and at most so many meetings a calendar year, of a kind."""

from __future__ import annotations

from typing import Any

from tests.unit.checks.support import findings

ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
fora:
  pm: {name: PM, type: partnerskapsmote, meetings_per_year: 3}
"""
PLAN = """\
forum: pm
chairs:
  - {from: 2025-01-01, to: 2025-12-31, party: hf}
meetings:
  - {date: 2025-03-01, kind: politisk}
  - {date: 2025-06-01, kind: administrativt}
  - {date: 2025-10-01, kind: politisk}
"""


def meetings(**options: Any) -> list[tuple[str, int]]:
    return findings("meeting_frequency", options, ORG, plan=PLAN)


def test_min_per_year_and_the_declared_frequency() -> None:
    assert meetings(min_per_year=3) == []
    assert meetings(min_per_year=4) == [("year:2025", 4)]
    assert meetings(min_per_year=1) == []  # the forum's own 3 a year are met
    assert meetings(min_per_year=1, kind=["politisk"]) == []  # not with kind: its 3 count every meeting


def test_use_declared_false_reads_only_the_pack() -> None:
    plan_short = findings("meeting_frequency", {"min_per_year": 1, "use_declared": False}, ORG, plan=PLAN)
    assert plan_short == []


def test_max_per_year_both_directions() -> None:
    assert meetings(min_per_year=1, max_per_year=3) == []
    assert meetings(min_per_year=1, max_per_year=2) == [("too-many:2025", 4)]


def test_kind_counts_only_meetings_of_that_kind() -> None:
    assert meetings(min_per_year=2, kind=["politisk"], use_declared=False) == []
    assert meetings(min_per_year=2, kind=["administrativt"], use_declared=False) == [("year:2025", 4)]
    assert meetings(min_per_year=1, max_per_year=1, kind=["politisk"], use_declared=False) == [("too-many:2025", 4)]
