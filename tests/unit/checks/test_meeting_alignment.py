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
SSU = "forum: ssu\nmeetings:\n  - {date: 2026-02-10}\n  - {date: 2026-05-12, kind: politisk}\n"
SSU_2027 = SSU + "  - {date: 2027-02-09}\n"
SSU_OPTIONS: dict[str, Any] = {"forum": {"type": ["strategisk-samarbeidsutvalg"]}}


def align(koss: str, *others: tuple[str, str], **options: Any) -> list[tuple[str, int]]:
    return findings(
        "meeting_alignment", {**SSU_OPTIONS, **options}, ORG, plan="forum: koss\n" + koss, other_plans=others
    )


BOTH = "meetings:\n  - {date: 2026-02-10}\n  - {date: 2026-05-12}\n"


def test_the_same_day_by_default() -> None:
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


def test_the_span_of_chair_periods_bounds_what_this_plan_compares() -> None:
    chairs = "chairs:\n  - {from: 2026-03-01, to: 2027-12-31, party: lyngvik}\nmeetings:\n  - {date: 2026-05-12}\n"
    # 2026-02-10 is before the chair periods and no other KOSS plan covers it: not a silent pass
    assert align(chairs, ("ssu-plan", SSU_2027)) == [
        ("uncovered:ssu-plan:2026-02-10", 4),
        ("unmatched:ssu-plan:2027-02-09", 4),
    ]


KOSS_2027 = "forum: koss\nmeetings:\n  - {date: 2027-02-09}\n"


def test_a_meeting_of_the_other_forum_outside_every_plan_here_is_reported_once() -> None:
    # Agder: the SSU plan runs on into 2027 and the KOSS plan ends with 2026
    assert align(BOTH, ("ssu-plan", SSU_2027)) == [("uncovered:ssu-plan:2027-02-09", 2)]
    # the KOSS plan for 2027, checked with it, covers the day: that plan compares it, not this one
    assert align(BOTH, ("ssu-plan", SSU_2027), ("koss-2027", KOSS_2027)) == []
    wrong_day = "forum: koss\nmeetings:\n  - {date: 2027-02-10}\n"
    assert align(BOTH, ("ssu-plan", SSU_2027), ("koss-2027", wrong_day)) == []
    # the 2027 plan itself reports its own unmatched meeting, and leaves 2026 to the 2026 plan
    koss_2026 = "forum: koss\n" + BOTH
    assert align("meetings:\n  - {date: 2027-02-10}\n", ("ssu-plan", SSU_2027), ("koss-2026", koss_2026)) == [
        ("unmatched:ssu-plan:2027-02-09", 2)
    ]
    # a plan for 2025 only: the SSU's 2026 and 2027 meetings are nearer to this 2026 plan, which reports
    # 2027 (outside every plan) and compares 2026; the 2025 plan reports none of them
    koss_2025 = "forum: koss\nmeetings:\n  - {date: 2025-03-01}\n"
    assert align(BOTH, ("ssu-plan", SSU_2027), ("koss-2025", koss_2025)) == [("uncovered:ssu-plan:2027-02-09", 2)]
    assert align("meetings:\n  - {date: 2025-03-01}\n", ("ssu-plan", SSU_2027), ("koss-2026", koss_2026)) == []
    # a plan of 2028 with the 2026 plan beside it: 2027-02-09 is nearer the end of 2026, reported there only
    assert align("meetings:\n  - {date: 2028-03-01}\n", ("ssu-plan", SSU_2027), ("koss-2026", koss_2026)) == []
    # without the 2026 plan, the 2028 plan is the nearest to every SSU meeting and reports them all
    assert align("meetings:\n  - {date: 2028-03-01}\n", ("ssu-plan", SSU_2027)) == [
        ("uncovered:ssu-plan:2026-02-10", 2),
        ("uncovered:ssu-plan:2026-05-12", 2),
        ("uncovered:ssu-plan:2027-02-09", 2),
    ]
    # other_kind narrows these too: only the political meetings need one here
    assert align(BOTH, ("ssu-plan", SSU_2027), other_kind=["politisk"]) == []


def test_the_uncovered_finding_says_why() -> None:
    module = registry()["meeting_alignment"]
    example = Example("t", SSU_OPTIONS, ORG, plan="forum: koss\n" + BOTH, other_plans=(("ssu-plan", SSU_2027),))
    [violation] = run_example(module, example)
    assert dict(violation.params) == {"date": "2027-02-09", "other_forum": "SSU", "window": "2027-02-09", "time": ""}
    assert violation.evidence == {
        "other_plan": "ssu-plan",
        "other_meeting": "2027-02-09",
        "window": "2027-02-09",
        "plan_span": "2026-01-01–2026-12-31",
    }
    assert str(violation.said) == (
        "The meeting of SSU on 2027-02-09 has no meeting here: the day is outside every meeting plan of KOSS "
        "('plan' runs 2026-01-01–2026-12-31, and no other plan of the forum among the files checked covers it)"
    )


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
    assert dict(violation.params) == {
        "date": "2026-02-10",
        "other_forum": "SSU",
        "window": "2026-02-03–2026-02-10",
        "time": "",
    }
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


# --- times of day: before, hours_before, tolerance_minutes ------------------------------------

SSU_TIMED = (
    "forum: ssu\nmeetings:\n"
    "  - {date: 2026-02-10, start: '10:00', end: '15:00'}\n"
    "  - {date: 2026-05-12, start: '10:00'}\n"
)


def timed(first: str, second: str, ssu: str = SSU_TIMED, **options: Any) -> list[tuple[str, int]]:
    """KOSS meetings on the SSU's two days (line 3 and line 4 of the plan), written as ``{date, ...}``."""
    koss = f"meetings:\n  - {{date: 2026-02-10{first}}}\n  - {{date: 2026-05-12{second}}}\n"
    return align(koss, ("ssu-plan", ssu), **options)


def test_before_a_meeting_here_starts_before_and_ends_by_the_others_start() -> None:
    assert timed(", start: '08:00', end: '10:00'", ", start: '09:59'", before=True) == []
    assert timed(", start: '08:00', end: '10:01'", ", start: '09:59'", before=True) == [
        ("unmatched:ssu-plan:2026-02-10", 2)
    ]
    assert timed(", start: '08:00'", ", start: '10:00'", before=True) == [("unmatched:ssu-plan:2026-05-12", 2)]
    assert timed(", start: '16:00'", ", start: '11:00'", before=True) == [
        ("unmatched:ssu-plan:2026-02-10", 2),
        ("unmatched:ssu-plan:2026-05-12", 2),
    ]
    # without before, the time of day is not read
    assert timed(", start: '16:00'", ", start: '11:00'") == []


def test_before_with_days_before_an_earlier_day_is_before_whatever_the_time() -> None:
    koss = "meetings:\n  - {date: 2026-02-09}\n  - {date: 2026-05-11, start: '23:00'}\n"
    assert align(koss, ("ssu-plan", SSU_TIMED), before=True, days_before=1) == []
    assert align(koss, ("ssu-plan", SSU_TIMED), before=True) == [
        ("unmatched:ssu-plan:2026-02-10", 2),
        ("unmatched:ssu-plan:2026-05-12", 2),
    ]


def test_hours_before_is_exact_to_the_minute_unless_a_tolerance_is_given() -> None:
    assert timed(", start: '08:00', end: '09:30'", ", start: '08:00'", hours_before=2) == []
    assert timed(", start: '07:59'", ", start: '08:01'", hours_before=2) == [
        ("unmatched:ssu-plan:2026-02-10", 2),
        ("unmatched:ssu-plan:2026-05-12", 2),
    ]
    assert timed(", start: '07:59'", ", start: '08:01'", hours_before=2, tolerance_minutes=1) == []
    assert timed(", start: '08:30'", ", start: '09:00'", hours_before=1.5) == [("unmatched:ssu-plan:2026-05-12", 2)]
    # at the right time, but running on into the SSU meeting
    assert timed(", start: '08:00', end: '10:30'", ", start: '08:00'", hours_before=2) == [
        ("unmatched:ssu-plan:2026-02-10", 2)
    ]
    # two hours before, on the day before, is not the same day
    koss = "meetings:\n  - {date: 2026-02-09, start: '08:00'}\n  - {date: 2026-05-12, start: '08:00'}\n"
    assert align(koss, ("ssu-plan", SSU_TIMED), hours_before=2) == [("unmatched:ssu-plan:2026-02-10", 2)]


def test_a_meeting_without_a_time_is_reported_at_its_line_never_passed() -> None:
    assert timed("", ", start: '08:00'", hours_before=2) == [("untimed:ssu-plan:2026-02-10", 3)]
    assert timed(", start: '08:00'", "", before=True) == [("untimed:ssu-plan:2026-05-12", 4)]
    untimed_ssu = "forum: ssu\nmeetings:\n  - {date: 2026-02-10}\n  - {date: 2026-05-12, start: '10:00'}\n"
    assert timed(", start: '08:00'", ", start: '08:00'", untimed_ssu, hours_before=2) == [
        ("untimed:ssu-plan:2026-02-10", 3)
    ]
    # another meeting here that day that does fit: it passes; one that does not: still cannot tell
    koss = "meetings:\n  - {date: 2026-02-10}\n  - {date: 2026-02-10, start: '08:00'}\n  - {date: 2026-05-12, start: '08:00'}\n"
    assert align(koss, ("ssu-plan", SSU_TIMED), hours_before=2) == []
    koss = koss.replace("start: '08:00'}\n  - {date: 2026-05", "start: '09:00'}\n  - {date: 2026-05")
    assert align(koss, ("ssu-plan", SSU_TIMED), hours_before=2) == [("untimed:ssu-plan:2026-02-10", 3)]
    # no meeting here that day at all: a missing meeting, not a missing time
    assert align("meetings:\n  - {date: 2026-05-12, start: '08:00'}\n", ("ssu-plan", SSU_TIMED), hours_before=2) == [
        ("unmatched:ssu-plan:2026-02-10", 2)
    ]


def test_the_time_a_meeting_here_needs_and_the_cannot_tell_message() -> None:
    module = registry()["meeting_alignment"]

    def run(koss: str, ssu: str = SSU_TIMED, **options: Any) -> list[Any]:
        example = Example(
            "t", {**SSU_OPTIONS, **options}, ORG, plan="forum: koss\n" + koss, other_plans=(("ssu-plan", ssu),)
        )
        return run_example(module, example)

    late = "meetings:\n  - {date: 2026-02-10, start: '08:00'}\n  - {date: 2026-05-12, start: '09:00'}\n"
    [violation] = run(late, hours_before=2)
    assert (violation.params["time"].text("nb"), violation.params["time"].text("en")) == ("kl. 08:00", "at 08:00")
    assert violation.evidence["other_start"] == "10:00" and violation.evidence["starts_here"] == ["09:00"]
    [violation] = run(late, hours_before=2, tolerance_minutes=30)
    assert violation.params["time"].text("en") == "between 07:30 and 08:30"
    assert violation.params["time"].text("nb") == "mellom kl. 07:30 og 08:30"
    [violation] = run(late.replace("09:00", "10:00"), before=True)
    assert (violation.params["time"].text("nb"), violation.params["time"].text("en")) == (
        "før kl. 10:00",
        "before 10:00",
    )

    [untimed] = run(late.replace(", start: '09:00'", ""), hours_before=2)
    assert untimed.key == "untimed:ssu-plan:2026-05-12"
    assert untimed.evidence == {"other_plan": "ssu-plan", "other_meeting": "2026-05-12", "without_start": "here"}
    assert untimed.said is not None and untimed.said.text("en") == (
        "The meeting on 2026-05-12 in meeting plan 'plan' cannot be compared with the meeting of SSU on 2026-05-12: "
        "the meeting here has no time of day (start), so whether it is 2 hours before that meeting cannot be checked"
    )
    assert untimed.said.text("nb") == (
        "Møtet 2026-05-12 i møteplanen «plan» kan ikke sammenlignes med møtet i SSU 2026-05-12: møtet her har ikke "
        "klokkeslett (start), så om det er 2 timer før møtet der kan ikke kontrolleres"
    )
    untimed_ssu = "forum: ssu\nmeetings:\n  - {date: 2026-02-10}\n"
    [untimed] = run("meetings:\n  - {date: 2026-02-10}\n", untimed_ssu, before=True)
    assert untimed.said is not None and untimed.said.text("en").endswith(
        "neither has a time of day (start), so whether it is before that meeting cannot be checked"
    )
    [untimed] = run("meetings:\n  - {date: 2026-02-10, start: '08:00'}\n", untimed_ssu, before=True)
    assert untimed.evidence["without_start"] == "there"
