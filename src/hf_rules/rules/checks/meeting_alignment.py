"""This forum meets close to every meeting of another forum: a meeting here on the same day as,
or within some days before or after, each meeting of the other forum's meeting plan ("KOSS always
meets for a preparatory meeting two hours before each meeting of the SSU").

``forum`` names the other forum by ``type`` or ``id`` (narrowed by ``topic`` and the other forum
criteria), as ``chair``'s ``opposite_to`` does; the plans of every such forum among the files
checked together are read (not this plan's own forum). For each of their meetings, this plan
needs a meeting on a day from ``days_before`` days before it to ``days_after`` days after it;
both are 0 by default: the same day. One meeting here may serve several of the other forum's
meetings. With ``kind``, only meetings here of those kinds count (the formøter, not the forum's
other meetings); with ``other_kind``, only the other forum's meetings of those kinds need one.

Meetings may give a time of day (``start``, ``end``). With ``before: true`` the meeting here
must come first: one on an earlier day (within ``days_before``) is before it whatever the time;
one on the same day must start before the other starts and, where it gives an ``end``, end no
later than the other starts; one on a later day does not count. With ``hours_before`` («formøte
2 timer før møtet»: ``hours_before: 2``) the meeting here must be on the same day, start exactly
that many hours before the other starts (to the minute), and end, where it gives an ``end``, no
later than the other starts. ``tolerance_minutes`` lets the start be that many minutes off
either way: ``hours_before: 2`` for an SSU meeting at 10:00 is a meeting here at 08:00, not
08:15; with ``tolerance_minutes: 30``, 07:30 to 08:30 will do. ``hours_before`` implies
``before``; it is not given with ``days_before`` or ``days_after``, nor ``before`` with
``days_after`` (a pack error at the option). When a meeting here on that day, or the other
forum's meeting, gives no ``start``, the rule cannot tell whether it comes first: that is
reported at the meeting here, with a message of its own saying which has no time, never passed
silently and never called a missing meeting (a meeting here that day that does fit passes).

The days this plan covers are the span of its chair periods, else its ``covers``, else the
calendar years of its meetings (as ``meeting_frequency`` reads a plan). A meeting of the other
forum on a day another plan of this forum covers (the next period's plan, checked with it) is
that plan's to match, not this one's. A meeting of the other forum on a day that no plan of this
forum among the files checked covers (the SSU plan runs into 2028, the KOSS plan ends in 2027)
has no meeting here either, and is not passed silently: it is reported once, at the plan of this
forum whose span is nearest to it (the earlier plan's id first when two are as near), with a
message of its own saying the day is outside every plan of this forum (``uncovered:…``), at the
plan's ``meetings``. To leave such meetings out, narrow the other forum's plans by ``other_kind``
or check only the plans that cover the same years.

A meeting of the other forum without one here is reported at this plan's ``meetings`` (at the
plan when it has none), naming the date (and in ``{time}`` the time of day a meeting here
needs). When no meeting plan of the other forum is among the files checked, that is reported
once, at the plan, with a message of its own: the rule has nothing to compare with and does not
pass silently. A plan with neither meetings nor chair periods covers no known days and is
reported at the plan, as ``meeting_frequency`` reports it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import Message, phrase
from hf_rules.documents.entries import PlanEntry
from hf_rules.documents.model import Meeting, MeetingPlan, minutes_of
from hf_rules.rules.checks.base import STRINGS, Example, LocalText, Subject, Violation
from hf_rules.rules.checks.fora import FORUM_CRITERIA, meets
from hf_rules.rules.checks.plan_helpers import no_span, ordered_meetings, plan_span
from hf_rules.rules.checks.words import words
from hf_rules.yaml.loader import Document, Path_

NAME = "meeting_alignment"
SUBJECTS = frozenset({"meeting_plan"})
SECRETARIAT_PLANS = (
    "its meetings are compared with the chosen fora's plans as a forum's are (the other plans are always fora's)."
)
PARAMS: dict[str, str] = {
    "date": "The date of the other forum's meeting that has no meeting here (YYYY-MM-DD).",
    "other_forum": "The name of the other forum.",
    "window": "The days a meeting here is needed on, `FROM–TO`, or one date when that is the same day.",
    "time": "With `before` or `hours_before`: the time of day a meeting here must start at, in words "
    "(`før kl. 10:00`, `kl. 08:00`, `mellom kl. 07:30 og 08:30`; `before 10:00`, `at 08:00`, "
    "`between 07:30 and 08:30`); empty without them.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "forum": {
            "type": "object",
            "description": "The other forum (by `type` or `id`, narrowed by `topic` and the other forum criteria) "
            "whose meetings this plan's meetings follow.",
            "properties": {"type": words("forum_types", "Forum types."), "id": STRINGS, **FORUM_CRITERIA},
            "additionalProperties": False,
            "minProperties": 1,
        },
        "days_before": {
            "type": "integer",
            "minimum": 0,
            "default": 0,
            "description": "A meeting here may be up to this many days before the other forum's meeting "
            "(0: not before it, the same day at the earliest).",
        },
        "days_after": {
            "type": "integer",
            "minimum": 0,
            "default": 0,
            "description": "A meeting here may be up to this many days after the other forum's meeting "
            "(0: not after it, the same day at the latest).",
        },
        "before": {
            "type": "boolean",
            "default": False,
            "description": "The meeting here comes first: on an earlier day, or on the same day starting before the "
            "other starts (and ending, where it gives an `end`, no later than that); meetings without a `start` "
            "are reported as not comparable.",
        },
        "hours_before": {
            "type": "number",
            "minimum": 0.25,
            "description": "The meeting here is on the same day and starts this many hours before the other starts "
            "(to the minute, or within `tolerance_minutes`), ending no later than the other starts; "
            "implies `before`.",
        },
        "tolerance_minutes": {
            "type": "integer",
            "minimum": 0,
            "default": 0,
            "description": "With `hours_before`: the start here may differ by up to this many minutes either way.",
        },
        "kind": words("meeting_kinds", "Only meetings here of these kinds (meeting `kind`) count."),
        "other_kind": words("meeting_kinds", "Only the other forum's meetings of these kinds need one here."),
    },
    "required": ["forum"],
    "additionalProperties": False,
}


def _others(subject: Subject, wanted: dict[str, Any]) -> list[PlanEntry]:
    org = subject.org
    here = subject.meeting_plan.body
    return [
        plan
        for plan in org.plans
        if plan.forum is not None  # the other is a forum: a secretariat's plan is none of the others
        and plan.model.body != here
        and ("type" not in wanted or org.forum_is(plan.forum, wanted["type"]))
        and ("id" not in wanted or plan.model.forum in wanted["id"])
        and meets(plan.forum, wanted, org)
    ]


def _criteria_text(wanted: dict[str, Any]) -> str:
    return "; ".join(f"{k}: {', '.join(map(str, v)) if isinstance(v, list) else v}" for k, v in wanted.items())


def _shift(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, held within the calendar (no overflow at year 1 or 9999)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.min if days < 0 else dt.date.max


def _nearest(days: list[dt.date], day: dt.date) -> str | None:
    """The meeting here (of the kinds that count) closest to ``day``, the earlier of two as close."""
    if not days:
        return None
    return min(days, key=lambda d: (abs((d - day).days), d)).isoformat()


def validate(rule: Any, doc: Document, base: Path_) -> list[InputError]:
    """``hours_before`` with ``days_before`` or ``days_after``, ``before`` with ``days_after``, and
    ``tolerance_minutes`` without ``hours_before``: located pack errors."""
    options: dict[str, Any] = rule.check.options
    problems: list[InputError] = []
    timed = "hours_before" if "hours_before" in options else "before" if options.get("before") else None
    for days in ("days_before", "days_after"):
        if timed is not None and options.get(days) and (days == "days_after" or timed == "hours_before"):
            where = doc.location(base + (days,), key=True)
            problems.append(InputError(where, Message("err-options-together", rule=rule.id, a=timed, b=days)))
    if options.get("tolerance_minutes") and "hours_before" not in options:
        where = doc.location(base + ("tolerance_minutes",), key=True)
        problems.append(
            InputError(where, Message("err-option-needs", rule=rule.id, a="tolerance_minutes", b="hours_before"))
        )
    return problems


def _clock(minutes: int) -> str:
    """``HH:MM`` of minutes after midnight, held within the day."""
    minutes = min(max(minutes, 0), 23 * 60 + 59)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _hours(hours: float) -> str:
    return str(int(hours)) if float(hours).is_integer() else str(hours)


class _Timing:
    """What ``before`` and ``hours_before`` ask of a meeting here against one of the other forum's."""

    def __init__(self, options: dict[str, Any]) -> None:
        self.hours: float | None = options.get("hours_before")
        self.before = bool(options["before"]) or self.hours is not None
        self.lead = round(self.hours * 60) if self.hours is not None else 0
        self.tolerance: int = options["tolerance_minutes"]

    def fits(self, here: Meeting, there: Meeting) -> bool | None:
        """Whether ``here`` comes as it must before ``there``; None when a start is missing."""
        if not self.before:
            return True
        if here.date != there.date:
            return here.date < there.date and self.hours is None
        if here.start is None or there.start is None:
            return None
        start, other = minutes_of(here.start), minutes_of(there.start)
        if here.end is not None and minutes_of(here.end) > other:
            return False
        if self.hours is None:
            return start < other
        return abs(other - start - self.lead) <= self.tolerance

    def needed(self, there: Meeting) -> LocalText:
        """The time of day a meeting here must start at, in words; empty without a time option."""
        if not self.before:
            return ""
        if there.start is None:
            if self.hours is None:
                return phrase("alignment-time-earlier")
            return phrase("alignment-time-hours", hours=_hours(self.hours))
        other = minutes_of(there.start)
        if self.hours is None:
            return phrase("alignment-time-before", time=there.start)
        if not self.tolerance:
            return phrase("alignment-time-at", time=_clock(other - self.lead))
        first, last = other - self.lead - self.tolerance, other - self.lead + self.tolerance
        return phrase("alignment-time-between", first=_clock(first), last=_clock(last))

    def requirement(self) -> LocalText:
        if self.hours is None:
            return phrase("alignment-time-earlier")
        return phrase("alignment-time-hours", hours=_hours(self.hours))


def _forum_spans(subject: Subject) -> list[tuple[str, MeetingPlan, tuple[dt.date, dt.date]]]:
    """``(id, plan, span)`` of every plan of this plan's forum among the files checked that covers
    some days, this one included, by id."""
    spans = []
    for entry in sorted(subject.org.plans, key=lambda p: p.model.metadata.id):
        span = plan_span(entry.model)
        if entry.model.body == subject.meeting_plan.body and span is not None:
            spans.append((entry.model.metadata.id, entry.model, span))
    return spans


def _owner(spans: list[tuple[str, MeetingPlan, tuple[dt.date, dt.date]]], day: dt.date) -> MeetingPlan | None:
    """The plan that answers for a meeting of the other forum on ``day``: None when some plan of
    this forum covers the day (that plan compares it), else the plan whose span is nearest to it,
    the first by id of two as near."""
    if any(first <= day <= last for _, _, (first, last) in spans):
        return None

    def distance(item: tuple[str, MeetingPlan, tuple[dt.date, dt.date]]) -> tuple[int, str]:
        first, last = item[2]
        return ((first - day).days if day < first else (day - last).days, item[0])

    return min(spans, key=distance)[1] if spans else None


def _uncovered(
    subject: Subject,
    other: PlanEntry,
    meeting: Meeting,
    span: tuple[dt.date, dt.date],
    earliest: dt.date,
    latest: dt.date,
    timing: _Timing,
) -> Violation:
    """The finding for a meeting of the other forum on a day no plan of this forum covers."""
    window = earliest.isoformat() if earliest == latest else f"{earliest.isoformat()}–{latest.isoformat()}"
    covered = f"{span[0].isoformat()}–{span[1].isoformat()}"
    plan = subject.meeting_plan
    return Violation(
        subject.at("meetings") if plan.meetings else subject.plan_key,
        f"uncovered:{other.model.metadata.id}:{meeting.date.isoformat()}",
        {
            "date": meeting.date.isoformat(),
            "other_forum": other.body_name,
            "window": window,
            "time": timing.needed(meeting),
        },
        {
            "other_plan": other.model.metadata.id,
            "other_meeting": meeting.date.isoformat(),
            "window": window,
            "plan_span": covered,
        },
        at_key=not plan.meetings,
        said=phrase(
            "alignment-uncovered",
            other_forum=other.body_name,
            date=meeting.date.isoformat(),
            forum=subject.plan_body_name,
            plan=subject.id,
            span=covered,
        ),
        said_hint=phrase("alignment-uncovered-hint", other_forum=other.body_name),
    )


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    plan = subject.meeting_plan
    wanted = options["forum"]
    others = _others(subject, wanted)
    if not others:
        yield Violation(
            subject.plan_key,
            "no-other-plan",
            {},
            {"forum": wanted, "plans": 0},
            at_key=True,
            said=phrase("alignment-no-plan", plan=subject.id, criteria=_criteria_text(wanted)),
            said_hint=phrase("alignment-no-plan-hint"),
        )
        return
    span = plan_span(subject.meeting_plan)
    if span is None:
        yield no_span(subject)
        return
    first, last = span
    spans = _forum_spans(subject)
    kinds, other_kinds = options.get("kind"), options.get("other_kind")
    before, after = options["days_before"], options["days_after"]
    timing = _Timing(options)
    counted = [(i, m) for i, m in ordered_meetings(plan.meetings) if kinds is None or m.kind in kinds]
    days = sorted({m.date for _, m in counted})
    where = subject.at("meetings") if plan.meetings else subject.plan_key
    seen: set[tuple[str, dt.date]] = set()
    for other in sorted(others, key=lambda p: p.model.metadata.id):
        for meeting in sorted(other.model.meetings, key=lambda m: m.date):
            if other_kinds is not None and meeting.kind not in other_kinds:
                continue
            if (other.model.body[1], meeting.date) in seen:
                continue  # two plans of the other forum list the same meeting
            earliest, latest = _shift(meeting.date, -before), _shift(meeting.date, after)
            if not first <= meeting.date <= last:
                if _owner(spans, meeting.date) is plan:
                    seen.add((other.model.body[1], meeting.date))
                    yield _uncovered(subject, other, meeting, span, earliest, latest, timing)
                continue
            seen.add((other.model.body[1], meeting.date))
            near = [(i, m) for i, m in counted if earliest <= m.date <= latest]
            verdicts = [(i, m, timing.fits(m, meeting)) for i, m in near]
            if any(fits for _, _, fits in verdicts):
                continue
            window = earliest.isoformat() if earliest == latest else f"{earliest.isoformat()}–{latest.isoformat()}"
            params: dict[str, LocalText] = {
                "date": meeting.date.isoformat(),
                "other_forum": other.body_name,
                "window": window,
                "time": timing.needed(meeting),
            }
            unknown = [(i, m) for i, m, fits in verdicts if fits is None]
            if unknown:
                index, here = unknown[0]
                missing = (
                    "both"
                    if here.start is None and meeting.start is None
                    else "here"
                    if here.start is None
                    else "there"
                )
                yield Violation(
                    subject.at("meetings", index),
                    f"untimed:{other.model.metadata.id}:{meeting.date.isoformat()}",
                    params,
                    {
                        "other_plan": other.model.metadata.id,
                        "other_meeting": meeting.date.isoformat(),
                        "without_start": missing,
                    },
                    said=phrase(
                        "alignment-no-time",
                        plan=subject.id,
                        here=here.date.isoformat(),
                        other_forum=other.body_name,
                        date=meeting.date.isoformat(),
                        which=phrase(f"alignment-no-time-{missing}"),
                        requirement=timing.requirement(),
                    ),
                    said_hint=phrase("alignment-no-time-hint"),
                )
                continue
            evidence: dict[str, Any] = {
                "other_plan": other.model.metadata.id,
                "other_meeting": meeting.date.isoformat(),
                "window": window,
                "nearest": _nearest(days, meeting.date),
            }
            if timing.before:
                evidence["other_start"] = meeting.start
                evidence["starts_here"] = [m.start for _, m in near if m.date == meeting.date]
            yield Violation(
                where,
                f"unmatched:{other.model.metadata.id}:{meeting.date.isoformat()}",
                params,
                evidence,
                at_key=not plan.meetings,
            )


_ORG = """\
parties:
  hf: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Administrerende direktør}
      - {party: lyngvik, role: Kommunedirektør}
  koss:
    name: Kommunenes strategiske samarbeidsorgan
    type: samarbeidsforum
    members:
      - {party: lyngvik, role: Kommunedirektør}
"""
_SSU_PLAN = """\
forum: ssu
meetings:
  - {date: 2026-02-10}
  - {date: 2026-05-12}
"""
_SSU_LONGER = """\
forum: ssu
meetings:
  - {date: 2026-02-10}
  - {date: 2026-05-12}
  - {date: 2027-02-09}
"""
_SSU_TIMED = """\
forum: ssu
meetings:
  - {date: 2026-02-10, start: 10:00, end: 15:00}
  - {date: 2026-05-12, start: 10:00, end: 15:00}
"""
_SAME_DAY = {"forum": {"type": ["strategisk-samarbeidsutvalg"]}}
EXAMPLES = (
    Example(
        "A preparatory meeting the same day as each SSU meeting",
        _SAME_DAY,
        _ORG,
        plan="""\
forum: koss
meetings:
  - {date: 2026-02-10}
  - {date: 2026-05-12}
""",
        other_plans=(("ssu-2026", _SSU_PLAN),),
    ),
    Example(
        "The SSU plan runs into 2027; KOSS's plan for 2027, checked with this one, has its preparatory meeting",
        _SAME_DAY,
        _ORG,
        plan="""\
forum: koss
meetings:
  - {date: 2026-02-10}
  - {date: 2026-05-12}
""",
        other_plans=(
            ("ssu-2026-2027", _SSU_LONGER),
            (
                "koss-2027",
                """\
forum: koss
meetings:
  - {date: 2027-02-09}
""",
            ),
        ),
    ),
    Example(
        "The SSU plan runs into 2027 and no KOSS plan covers 2027: the SSU's 2027 meeting has no preparatory meeting",
        _SAME_DAY,
        _ORG,
        expect=("uncovered:ssu-2026-2027:2027-02-09",),
        plan="""\
forum: koss
meetings:
  - {date: 2026-02-10}
  - {date: 2026-05-12}
""",
        other_plans=(("ssu-2026-2027", _SSU_LONGER),),
    ),
    Example(
        "The preparatory meeting is a week before the SSU meeting, not the same day",
        _SAME_DAY,
        _ORG,
        expect=("unmatched:ssu-2026:2026-02-10",),
        plan="""\
forum: koss
meetings:
  - {date: 2026-02-03}
  - {date: 2026-05-12}
""",
        other_plans=(("ssu-2026", _SSU_PLAN),),
    ),
    Example(
        "Within the week before each SSU meeting",
        {"forum": {"id": ["ssu"]}, "days_before": 7},
        _ORG,
        plan="""\
forum: koss
meetings:
  - {date: 2026-02-03}
  - {date: 2026-05-12}
""",
        other_plans=(("ssu-2026", _SSU_PLAN),),
    ),
    Example(
        "A meeting the day after the SSU meeting, where it may only be before",
        {"forum": {"id": ["ssu"]}, "days_before": 7},
        _ORG,
        expect=("unmatched:ssu-2026:2026-05-12",),
        plan="""\
forum: koss
meetings:
  - {date: 2026-02-03}
  - {date: 2026-05-13}
""",
        other_plans=(("ssu-2026", _SSU_PLAN),),
    ),
    Example(
        "A follow-up meeting within two days after each SSU meeting",
        {"forum": {"id": ["ssu"]}, "days_after": 2},
        _ORG,
        plan="""\
forum: koss
meetings:
  - {date: 2026-02-12}
  - {date: 2026-05-13}
""",
        other_plans=(("ssu-2026", _SSU_PLAN),),
    ),
    Example(
        "Three days after is too late",
        {"forum": {"id": ["ssu"]}, "days_after": 2},
        _ORG,
        expect=("unmatched:ssu-2026:2026-02-10",),
        plan="""\
forum: koss
meetings:
  - {date: 2026-02-13}
  - {date: 2026-05-13}
""",
        other_plans=(("ssu-2026", _SSU_PLAN),),
    ),
    Example(
        "Only the administrative meetings here count: one the same day as each SSU meeting",
        {"forum": {"id": ["ssu"]}, "kind": ["administrativt"]},
        _ORG,
        plan="""\
forum: koss
meetings:
  - {date: 2026-02-10, kind: administrativt}
  - {date: 2026-05-12, kind: administrativt}
""",
        other_plans=(("ssu-2026", _SSU_PLAN),),
    ),
    Example(
        "A political meeting here on the SSU's day does not count",
        {"forum": {"id": ["ssu"]}, "kind": ["administrativt"]},
        _ORG,
        expect=("unmatched:ssu-2026:2026-05-12",),
        plan="""\
forum: koss
meetings:
  - {date: 2026-02-10, kind: administrativt}
  - {date: 2026-05-12, kind: politisk}
""",
        other_plans=(("ssu-2026", _SSU_PLAN),),
    ),
    Example(
        "Only the SSU's political meetings need a preparatory meeting",
        {"forum": {"id": ["ssu"]}, "other_kind": ["politisk"]},
        _ORG,
        plan="""\
forum: koss
meetings:
  - {date: 2026-05-12}
""",
        other_plans=(
            (
                "ssu-2026",
                """\
forum: ssu
meetings:
  - {date: 2026-02-10, kind: administrativt}
  - {date: 2026-05-12, kind: politisk}
""",
            ),
        ),
    ),
    Example(
        "A political SSU meeting without one",
        {"forum": {"id": ["ssu"]}, "other_kind": ["politisk"]},
        _ORG,
        expect=("unmatched:ssu-2026:2026-05-12",),
        plan="""\
forum: koss
meetings:
  - {date: 2026-02-10}
""",
        other_plans=(
            (
                "ssu-2026",
                """\
forum: ssu
meetings:
  - {date: 2026-02-10, kind: administrativt}
  - {date: 2026-05-12, kind: politisk}
""",
            ),
        ),
    ),
    Example(
        "A formøte before each SSU meeting, over before the SSU starts",
        {"forum": {"id": ["ssu"]}, "before": True},
        _ORG,
        plan="""\
forum: koss
meetings:
  - {date: 2026-02-10, start: 08:00, end: 09:30}
  - {date: 2026-05-12, start: 08:30}
""",
        other_plans=(("ssu-2026", _SSU_TIMED),),
    ),
    Example(
        "The May formøte runs on into the SSU meeting (ends 10:30, the SSU starts at 10:00)",
        {"forum": {"id": ["ssu"]}, "before": True},
        _ORG,
        expect=("unmatched:ssu-2026:2026-05-12",),
        plan="""\
forum: koss
meetings:
  - {date: 2026-02-10, start: 08:00, end: 09:30}
  - {date: 2026-05-12, start: 09:00, end: 10:30}
""",
        other_plans=(("ssu-2026", _SSU_TIMED),),
    ),
    Example(
        "«Det møtes alltid til formøte – 2 timer før møte i Helsefellesskapet»: 08:00 for the SSU's 10:00",
        {"forum": {"id": ["ssu"]}, "hours_before": 2},
        _ORG,
        plan="""\
forum: koss
meetings:
  - {date: 2026-02-10, start: 08:00, end: 09:30}
  - {date: 2026-05-12, start: 08:00}
""",
        other_plans=(("ssu-2026", _SSU_TIMED),),
    ),
    Example(
        "One hour before is not two",
        {"forum": {"id": ["ssu"]}, "hours_before": 2},
        _ORG,
        expect=("unmatched:ssu-2026:2026-05-12",),
        plan="""\
forum: koss
meetings:
  - {date: 2026-02-10, start: 08:00}
  - {date: 2026-05-12, start: 09:00}
""",
        other_plans=(("ssu-2026", _SSU_TIMED),),
    ),
    Example(
        "About two hours before: within half an hour of 08:00",
        {"forum": {"id": ["ssu"]}, "hours_before": 2, "tolerance_minutes": 30},
        _ORG,
        plan="""\
forum: koss
meetings:
  - {date: 2026-02-10, start: 07:45}
  - {date: 2026-05-12, start: 08:30}
""",
        other_plans=(("ssu-2026", _SSU_TIMED),),
    ),
    Example(
        "08:45 is more than half an hour from 08:00",
        {"forum": {"id": ["ssu"]}, "hours_before": 2, "tolerance_minutes": 30},
        _ORG,
        expect=("unmatched:ssu-2026:2026-02-10",),
        plan="""\
forum: koss
meetings:
  - {date: 2026-02-10, start: 08:45}
  - {date: 2026-05-12, start: 08:30}
""",
        other_plans=(("ssu-2026", _SSU_TIMED),),
    ),
    Example(
        "A formøte the same day without a time: whether it is two hours before cannot be told, so it is reported",
        {"forum": {"id": ["ssu"]}, "hours_before": 2},
        _ORG,
        expect=("untimed:ssu-2026:2026-05-12",),
        plan="""\
forum: koss
meetings:
  - {date: 2026-02-10, start: 08:00}
  - {date: 2026-05-12}
""",
        other_plans=(("ssu-2026", _SSU_TIMED),),
    ),
    Example(
        "The SSU's plan is not among the files checked: nothing to compare with, so the plan is reported",
        _SAME_DAY,
        _ORG,
        expect=("no-other-plan",),
        plan="""\
forum: koss
meetings:
  - {date: 2026-02-10}
""",
    ),
)
