"""meeting_frequency: at least and at most so many meetings a calendar year, of a kind."""

from __future__ import annotations

from typing import Any

import pytest

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
    # at the third meeting, the first past the maximum (round 31 Vestre Viken: it was at `meetings:`)
    assert meetings(min_per_year=1, max_per_year=2) == [("too-many:2025", 7)]


def test_kind_counts_only_meetings_of_that_kind() -> None:
    assert meetings(min_per_year=2, kind=["politisk"], use_declared=False) == []
    assert meetings(min_per_year=2, kind=["administrativt"], use_declared=False) == [("year:2025", 4)]
    # at the second political meeting (2025-10-01), not the administrative one between
    assert meetings(min_per_year=1, max_per_year=1, kind=["politisk"], use_declared=False) == [("too-many:2025", 7)]


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
    assert ordered(one_year, meetings, order=ORDER, max_per_year=2) == [("too-many:2025", 7)]


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


# --- use_declared never asks for more than max_per_year ------------------------------------------

TWO_DECLARED = ORG.replace("meetings_per_year: 3", "meetings_per_year: 2")
ONE_MEETING = """\
forum: pm
chairs:
  - {from: 2024-01-01, to: 2024-12-31, party: hf}
meetings:
%s"""


def test_a_declared_frequency_above_max_per_year_asks_only_for_the_maximum() -> None:
    """The forum declares 2 a year and the rule allows at most 1: one meeting complies (it was once
    'has 1 meetings in 2024; requires at least 2, at most 1', a finding no plan could remove);
    none asks for 1, not 2."""
    options = {"min_per_year": 1, "max_per_year": 1}
    one = ONE_MEETING % "  - {date: 2024-05-01}\n"
    assert findings("meeting_frequency", options, TWO_DECLARED, plan=one) == []
    two = ONE_MEETING % "  - {date: 2024-05-01}\n  - {date: 2024-09-01}\n"
    assert findings("meeting_frequency", options, TWO_DECLARED, plan=two) == [("too-many:2024", 6)]
    none = ONE_MEETING % "  []\n"
    none = none.replace("meetings:\n  []", "meetings: []")
    [violation] = _violations(options, TWO_DECLARED, none)
    assert violation.key == "year:2024"
    assert dict(violation.params, meetings=None) == {
        "year": "2024",
        "found": "0",
        "meetings": None,
        "required": "1",
        "max": "1",
    }
    # with a maximum the rule's range is the agreement's bound: the declaration does not raise it
    assert "declared" not in violation.evidence and violation.evidence["required"] == 1


def _violations(options: dict[str, Any], org: str, plan: str) -> list[Any]:
    from hf_rules.rules.checks import registry
    from hf_rules.rules.checks.base import Example
    from hf_rules.rules.checks.examples import run_example

    module = registry()["meeting_frequency"]
    return run_example(module, Example("test", {"use_declared": True, "year": "calendar", **options}, org, plan=plan))


@pytest.mark.parametrize(
    ("dates", "nb", "en"),
    [(0, "0 møter", "0 meetings"), (1, "1 møte", "1 meeting"), (3, "3 møter", "3 meetings")],
)
def test_meetings_is_the_count_with_its_noun(dates: int, nb: str, en: str) -> None:
    plan = ONE_MEETING % "".join(f"  - {{date: 2024-0{i + 1}-01}}\n" for i in range(dates))
    if dates == 0:
        plan = plan.replace("meetings:\n", "meetings: []\n")
    [violation] = _violations({"min_per_year": 5, "use_declared": False}, ORG, plan)
    meetings = violation.params["meetings"]
    assert (meetings.text("nb"), meetings.text("en")) == (nb, en)


def test_a_calendar_year_is_counted_over_the_forums_half_year_plans() -> None:
    """«4 møter årlig»: three meetings in the spring plan and one in the autumn plan are four in
    2026, reported at neither; two and one are three, reported once, at the spring plan."""
    spring = "forum: pm\nchairs:\n  - {from: 2026-01-01, to: 2026-06-30, party: hf}\nmeetings:\n%s"
    autumn = "forum: pm\nchairs:\n  - {from: 2026-07-01, to: 2026-12-31, party: hf}\nmeetings:\n%s"
    three = "  - {date: 2026-02-01}\n  - {date: 2026-04-01}\n  - {date: 2026-06-01}\n"
    one = "  - {date: 2026-10-01}\n"
    options = {"min_per_year": 4}
    assert (
        findings("meeting_frequency", options, ORG, plan=spring % three, other_plans=(("autumn", autumn % one),)) == []
    )
    assert (
        findings("meeting_frequency", options, ORG, plan=autumn % one, other_plans=(("spring", spring % three),)) == []
    )
    two = "  - {date: 2026-02-01}\n  - {date: 2026-04-01}\n"
    assert findings("meeting_frequency", options, ORG, plan=spring % two, other_plans=(("autumn", autumn % one),)) == [
        ("year:2026", 4)
    ]
    assert findings("meeting_frequency", options, ORG, plan=autumn % one, other_plans=(("spring", spring % two),)) == []
    # alone, the spring plan needs its half-year's share: two
    assert findings("meeting_frequency", options, ORG, plan=spring % two) == []


def test_a_plan_of_dates_with_covers_needs_its_last_year_too() -> None:
    """«Arrangeres en gang i året»: a plan of dates only for 2026–2027 that has no 2027 meeting.
    Without `covers` it covers 2026 alone and passes; with it, 2027 is found."""
    dates = "forum: pm\nmeetings:\n  - {date: 2026-03-01}\n"
    options = {"min_per_year": 1, "use_declared": False}
    assert findings("meeting_frequency", options, ORG, plan=dates) == []
    covered = dates + "covers: {from: 2026-01-01, to: 2027-12-31}\n"
    assert findings("meeting_frequency", options, ORG, plan=covered) == [("year:2027", 2)]


def test_order_by_years_of_the_plan_from_july() -> None:
    # the plan year runs from July to June: each begins the order again, and the last, part-year
    # (July–December 2026) has that year's first meetings
    from_july = "  - {from: 2025-07-01, to: 2026-12-31, party: hf}\n"
    meetings = (
        "  - {date: 2025-09-01, kind: politisk}\n"
        "  - {date: 2026-03-01, kind: administrativt}\n"
        "  - {date: 2026-09-01, kind: politisk}\n"
    )
    assert ordered(from_july, meetings, order=ORDER, year="plan") == []
    # by calendar years, 2025's one meeting (from July) is the year's last: administrativt
    assert ordered(from_july, meetings, order=ORDER) == [
        ("order:2025-09-01", 5),
        ("order:2026-03-01", 6),
        ("order:2026-09-01", 7),
    ]
    swapped = meetings.replace("2026-09-01, kind: politisk", "2026-09-01, kind: administrativt")
    assert ordered(from_july, swapped, order=ORDER, year="plan") == [("order:2026-09-01", 7)]


def test_a_declared_range_raises_the_minimum_to_its_least() -> None:
    """«Møtest 5–6 gonger i året»: the forum's `{min: 5, max: 6}` asks the plan for five."""
    ranged = ORG.replace("meetings_per_year: 3", "meetings_per_year: {min: 3, max: 6}")
    assert findings("meeting_frequency", {"min_per_year": 1}, ranged, plan=PLAN) == []
    ranged = ORG.replace("meetings_per_year: 3", "meetings_per_year: {min: 4, max: 6}")
    assert findings("meeting_frequency", {"min_per_year": 1}, ranged, plan=PLAN) == [("year:2025", 4)]


def test_a_secretariats_plan_reads_the_secretariats_declaration() -> None:
    joint = ORG + "secretariat: {run_by: [hf], meetings_per_year: 4}\n"
    plan = PLAN.replace("forum: pm", "secretariat: secretariat").replace(
        "chairs:\n  - {from: 2025-01-01, to: 2025-12-31, party: hf}\n", ""
    )
    assert findings("meeting_frequency", {"min_per_year": 1}, joint, plan=plan) == [("year:2025", 2)]
    assert (
        findings(
            "meeting_frequency",
            {"min_per_year": 1},
            joint.replace("meetings_per_year: 4}", "meetings_per_year: 3}"),
            plan=plan,
        )
        == []
    )
