"""meeting_alignment: a meeting here by every meeting of another forum (KOSS before the SSU)."""

from __future__ import annotations

from typing import Any

from hf_rules.core.i18n import Message
from hf_rules.rules.checks import registry
from hf_rules.rules.checks.base import Example
from hf_rules.rules.checks.examples import run_example
from tests.unit.checks.support import findings

ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik, type: kommune, side: kommune}
fora:
  ssu: {name: SSU, type: strategisk-samarbeidsutvalg}
  koss: {name: KOSS, type: samarbeidsforum}
  rs: {name: RS, type: samarbeidsforum}
"""
SSU = "forum: ssu\nmeetings:\n  - {date: 2026-02-10}\n  - {date: 2026-05-12, kind: politisk}\n  - {date: 2027-02-09}\n"
SSU_OPTIONS: dict[str, Any] = {"forum": {"type": ["strategisk-samarbeidsutvalg"]}}


def align(koss: str, *others: tuple[str, str], **options: Any) -> list[tuple[str, int]]:
    return findings(
        "meeting_alignment", {**SSU_OPTIONS, **options}, ORG, plan="forum: koss\n" + koss, other_plans=others
    )


BOTH = "meetings:\n  - {date: 2026-02-10}\n  - {date: 2026-05-12}\n"


def test_the_same_day_by_default_and_only_the_days_the_plan_covers() -> None:
    # 2027-02-09 is outside the calendar year of this plan's meetings: not required
    assert align(BOTH, ("ssu-plan", SSU)) == []
    week_early = "meetings:\n  - {date: 2026-02-03}\n  - {date: 2026-05-12}\n"
    assert align(week_early, ("ssu-plan", SSU)) == [("unmatched:ssu-plan:2026-02-10", 2)]
    day_after = "meetings:\n  - {date: 2026-02-11}\n  - {date: 2026-05-13}\n"
    assert align(day_after, ("ssu-plan", SSU)) == [
        ("unmatched:ssu-plan:2026-02-10", 2),
        ("unmatched:ssu-plan:2026-05-12", 2),
    ]


def test_days_before_and_after_bound_the_window() -> None:
    week_early = "meetings:\n  - {date: 2026-02-03}\n  - {date: 2026-05-12}\n"
    assert align(week_early, ("ssu-plan", SSU), days_before=7) == []
    assert align(week_early, ("ssu-plan", SSU), days_before=6) == [("unmatched:ssu-plan:2026-02-10", 2)]
    day_after = "meetings:\n  - {date: 2026-02-11}\n  - {date: 2026-05-12}\n"
    assert align(day_after, ("ssu-plan", SSU), days_before=7) == [("unmatched:ssu-plan:2026-02-10", 2)]
    assert align(day_after, ("ssu-plan", SSU), days_after=1) == []
    assert align(week_early + "  - {date: 2026-02-11}\n", ("ssu-plan", SSU), days_before=7, days_after=1) == []


def test_kind_and_other_kind() -> None:
    kinds = "meetings:\n  - {date: 2026-02-10, kind: politisk}\n  - {date: 2026-05-12, kind: administrativt}\n"
    assert align(kinds, ("ssu-plan", SSU), kind=["administrativt"]) == [("unmatched:ssu-plan:2026-02-10", 2)]
    assert align(kinds, ("ssu-plan", SSU), kind=["politisk"]) == [("unmatched:ssu-plan:2026-05-12", 2)]
    only_may = "meetings:\n  - {date: 2026-05-12}\n"
    assert align(only_may, ("ssu-plan", SSU), other_kind=["politisk"]) == []
    assert align(only_may, ("ssu-plan", SSU)) == [("unmatched:ssu-plan:2026-02-10", 2)]


def test_the_span_of_chair_periods_bounds_what_is_required() -> None:
    chairs = "chairs:\n  - {from: 2026-03-01, to: 2027-12-31, party: lyngvik}\nmeetings:\n  - {date: 2026-05-12}\n"
    assert align(chairs, ("ssu-plan", SSU)) == [("unmatched:ssu-plan:2027-02-09", 4)]


def test_a_plan_without_meetings_is_reported_at_forum() -> None:
    chairs = "chairs:\n  - {from: 2026-01-01, to: 2026-12-31, party: lyngvik}\n"
    assert align(chairs, ("ssu-plan", SSU)) == [
        ("unmatched:ssu-plan:2026-02-10", 1),
        ("unmatched:ssu-plan:2026-05-12", 1),
    ]
    assert align("meetings: []\n", ("ssu-plan", SSU)) == [("no-span", 1)]


def test_no_plan_of_the_other_forum_is_never_a_silent_pass() -> None:
    assert align(BOTH) == [("no-other-plan", 1)]
    # a plan of another forum that the criteria leave out is not it, nor is a plan of this forum
    rs = "forum: rs\nmeetings:\n  - {date: 2026-02-10}\n"
    assert align(BOTH, ("rs-plan", rs)) == [("no-other-plan", 1)]
    assert findings("meeting_alignment", {"forum": {"id": ["koss"]}}, ORG, plan="forum: koss\n" + BOTH) == [
        ("no-other-plan", 1)
    ]


def test_two_plans_of_the_other_forum_are_read_together_and_a_meeting_in_both_once() -> None:
    second = "forum: ssu\nmeetings:\n  - {date: 2026-02-10}\n  - {date: 2026-09-15}\n"
    assert align(BOTH, ("ssu-a", SSU), ("ssu-b", second)) == [("unmatched:ssu-b:2026-09-15", 2)]


def test_the_finding_names_the_date_the_forum_and_the_window() -> None:
    module = registry()["meeting_alignment"]
    example = Example(
        "t",
        {**SSU_OPTIONS, "days_before": 7},
        ORG,
        plan="forum: koss\nmeetings:\n  - {date: 2026-05-12}\n",
        other_plans=(("ssu-plan", SSU),),
    )
    [violation] = run_example(module, example)
    assert dict(violation.params) == {"date": "2026-02-10", "other_forum": "SSU", "window": "2026-02-03–2026-02-10"}
    assert violation.evidence == {
        "other_plan": "ssu-plan",
        "other_meeting": "2026-02-10",
        "window": "2026-02-03–2026-02-10",
        "nearest": "2026-05-12",
    }
    [none] = run_example(module, Example("t", SSU_OPTIONS, ORG, plan="forum: koss\n" + BOTH))
    assert none.said == Message("alignment-no-plan", plan="plan", criteria="type: strategisk-samarbeidsutvalg")
    assert str(none.said) == (
        "Meeting plan 'plan' cannot be compared: no meeting plan of a forum with type: strategisk-samarbeidsutvalg "
        "is among the files checked, so it cannot be checked that there is a meeting here by each of its meetings"
    )


def test_the_nearest_meeting_here_is_in_the_evidence() -> None:
    module = registry()["meeting_alignment"]

    def nearest(koss: str) -> list[object]:
        example = Example("t", SSU_OPTIONS, ORG, plan="forum: koss\n" + koss, other_plans=(("ssu-plan", SSU),))
        return [v.evidence["nearest"] for v in run_example(module, example)]

    # SSU 2026-02-10 is three days from both: the earlier is named; for SSU 2026-05-12 it is 2026-02-13
    assert nearest("meetings:\n  - {date: 2026-02-07}\n  - {date: 2026-02-13}\n") == ["2026-02-07", "2026-02-13"]
    assert nearest("chairs:\n  - {from: 2026-01-01, to: 2026-12-31, party: lyngvik}\n") == [None, None]
