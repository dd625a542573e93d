"""This forum meets close to every meeting of another forum: a meeting here on the same day as,
or within some days before or after, each meeting of the other forum's meeting plan ("KOSS always
meets for a preparatory meeting two hours before each meeting of the SSU").

``forum`` names the other forum by ``type`` or ``id`` (narrowed by ``topic`` and the other forum
criteria), as ``chair``'s ``opposite_to`` does; the plans of every such forum among the files
checked together are read (not this plan's own forum). For each of their meetings, this plan
needs a meeting on a day from ``days_before`` days before it to ``days_after`` days after it;
both are 0 by default: the same day. Meetings have a date and no time of day, so the same day is
the finest grain: "two hours before" is written as the same day, and whether the meeting here is
before or after the other on that day cannot be checked. One meeting here may serve several of
the other forum's meetings. With ``kind``, only meetings here of those kinds count (the
formøter, not the forum's other meetings); with ``other_kind``, only the other forum's meetings
of those kinds need one.

Only the days this plan covers are read: the span of its chair periods, or, for a plan without
chair periods, the calendar years of its meetings (as ``meeting_frequency`` reads a plan). A
meeting of the other forum outside that span needs nothing here (the other forum's plan may run
longer).

A meeting of the other forum without one here is reported at this plan's ``meetings`` (at the
plan when it has none), naming the date. When no meeting plan of the other forum is among the
files checked, that is reported once, at the plan, with a message of its own: the rule has
nothing to compare with and does not pass silently. A plan with neither meetings nor chair
periods covers no known days and is reported at the plan, as ``meeting_frequency`` reports it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from hf_rules.core.i18n import phrase
from hf_rules.documents.entries import PlanEntry
from hf_rules.rules.checks.base import STRINGS, Example, Subject, Violation
from hf_rules.rules.checks.fora import FORUM_CRITERIA, meets
from hf_rules.rules.checks.plan_helpers import no_span, plan_span
from hf_rules.rules.checks.words import words

NAME = "meeting_alignment"
SUBJECTS = frozenset({"meeting_plan"})
PARAMS: dict[str, str] = {
    "date": "The date of the other forum's meeting that has no meeting here (YYYY-MM-DD).",
    "other_forum": "The name of the other forum.",
    "window": "The days a meeting here is needed on, `FROM–TO`, or one date when that is the same day.",
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
        "kind": words("meeting_kinds", "Only meetings here of these kinds (meeting `kind`) count."),
        "other_kind": words("meeting_kinds", "Only the other forum's meetings of these kinds need one here."),
    },
    "required": ["forum"],
    "additionalProperties": False,
}


def _others(subject: Subject, wanted: dict[str, Any]) -> list[PlanEntry]:
    org = subject.org
    here = subject.meeting_plan.forum
    return [
        plan
        for plan in org.plans
        if plan.model.forum != here
        and ("type" not in wanted or org.forum_is(plan.forum, wanted["type"]))
        and ("id" not in wanted or plan.model.forum in wanted["id"])
        and meets(plan.forum, wanted)
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


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    plan = subject.meeting_plan
    wanted = options["forum"]
    others = _others(subject, wanted)
    if not others:
        yield Violation(
            subject.at("forum"),
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
    kinds, other_kinds = options.get("kind"), options.get("other_kind")
    before, after = options["days_before"], options["days_after"]
    days = sorted({m.date for m in plan.meetings if kinds is None or m.kind in kinds})
    where = subject.at("meetings") if plan.meetings else subject.at("forum")
    seen: set[tuple[str, dt.date]] = set()
    for other in sorted(others, key=lambda p: p.model.metadata.id):
        for meeting in sorted(other.model.meetings, key=lambda m: m.date):
            if not first <= meeting.date <= last or (other_kinds is not None and meeting.kind not in other_kinds):
                continue
            if (other.model.forum, meeting.date) in seen:
                continue  # two plans of the other forum list the same meeting
            seen.add((other.model.forum, meeting.date))
            earliest, latest = _shift(meeting.date, -before), _shift(meeting.date, after)
            if any(earliest <= day <= latest for day in days):
                continue
            window = earliest.isoformat() if earliest == latest else f"{earliest.isoformat()}–{latest.isoformat()}"
            yield Violation(
                where,
                f"unmatched:{other.model.metadata.id}:{meeting.date.isoformat()}",
                {"date": meeting.date.isoformat(), "other_forum": other.forum.name, "window": window},
                {
                    "other_plan": other.model.metadata.id,
                    "other_meeting": meeting.date.isoformat(),
                    "window": window,
                    "nearest": _nearest(days, meeting.date),
                },
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
  - {date: 2027-02-09}
"""
_SAME_DAY = {"forum": {"type": ["strategisk-samarbeidsutvalg"]}}
EXAMPLES = (
    Example(
        "A preparatory meeting the same day as each SSU meeting (the SSU's 2027 meeting is outside this plan)",
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
