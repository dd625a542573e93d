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


# --- order: the kinds of a year's meetings, in date order ---------------------------------------

ORDER_ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
fora:
  pm: {name: PM, type: partnerskapsmote}
"""


def ordered(chairs: str, meetings: str, **options: Any) -> list[tuple[str, int]]:
    plan = f"forum: pm\nchairs:\n{chairs}meetings:\n{meetings}"
    return findings("meeting_frequency", {"min_per_year": 1, **options}, ORDER_ORG, plan=plan)


TWO_YEARS = "  - {from: 2025-01-01, to: 2026-12-31, party: hf}\n"
ORDER = ["politisk", "administrativt"]


def test_each_year_starts_the_order_again() -> None:
    meetings = (
        "  - {date: 2025-03-01, kind: politisk}\n"
        "  - {date: 2025-10-01, kind: administrativt}\n"
        "  - {date: 2026-04-01, kind: politisk}\n"
        "  - {date: 2026-09-01, kind: administrativt}\n"
    )
    assert ordered(TWO_YEARS, meetings, order=ORDER) == []
    swapped = meetings.replace("2026-04-01, kind: politisk", "2026-04-01, kind: administrativt")
    assert ordered(TWO_YEARS, swapped, order=ORDER) == [("order:2026-04-01", 7)]


def test_meetings_are_read_in_date_order_and_a_missing_kind_is_reported() -> None:
    meetings = "  - {date: 2025-10-01, kind: administrativt}\n  - {date: 2025-03-01}\n"
    assert ordered(TWO_YEARS.replace("2026", "2025"), meetings, order=ORDER) == [("order:2025-03-01", 6)]


def test_meetings_past_the_list_are_left_to_max_per_year() -> None:
    meetings = (
        "  - {date: 2025-03-01, kind: politisk}\n"
        "  - {date: 2025-06-01, kind: administrativt}\n"
        "  - {date: 2025-10-01, kind: politisk}\n"
    )
    one_year = TWO_YEARS.replace("2026", "2025")
    assert ordered(one_year, meetings, order=ORDER) == []
    assert ordered(one_year, meetings, order=ORDER, max_per_year=2) == [("too-many:2025", 4)]


def test_a_plan_that_begins_late_in_a_year_has_that_year_s_last_meetings() -> None:
    from_july = "  - {from: 2025-07-01, to: 2026-12-31, party: hf}\n"
    meetings = (
        "  - {date: 2025-10-01, kind: administrativt}\n"
        "  - {date: 2026-03-01, kind: politisk}\n"
        "  - {date: 2026-10-01, kind: administrativt}\n"
    )
    assert ordered(from_july, meetings, order=ORDER) == []
    wrong = meetings.replace("2025-10-01, kind: administrativt", "2025-10-01, kind: politisk")
    assert ordered(from_july, wrong, order=ORDER) == [("order:2025-10-01", 5)]
    # a plan that ends early in its last year has that year's first meetings
    to_june = "  - {from: 2025-01-01, to: 2026-06-30, party: hf}\n"
    first_half = "  - {date: 2025-03-01, kind: politisk}\n  - {date: 2025-10-01, kind: administrativt}\n"
    assert ordered(to_june, first_half + "  - {date: 2026-03-01, kind: politisk}\n", order=ORDER) == []


def test_order_alone_sets_no_minimum() -> None:
    plan = "forum: pm\nchairs:\n" + TWO_YEARS + "meetings:\n  - {date: 2025-03-01, kind: politisk}\n"
    # 2026 has no meeting: only a minimum would say so
    assert findings("meeting_frequency", {"order": ORDER, "use_declared": False}, ORDER_ORG, plan=plan) == []
    assert findings("meeting_frequency", {"order": ORDER, "min_per_year": 1}, ORDER_ORG, plan=plan) == [
        ("year:2026", 4)
    ]
