"""How far apart a plan's meetings are: «SSU møtes kvar 6. veke» (no more than six weeks without a
meeting), «minst hvert kvartal».

The plan's days (the span of its chair periods, its ``covers``, or the calendar years of its
meetings, as ``meeting_frequency`` reads a plan) may have no run of more than ``max_days`` days
without a meeting (of ``kind``, where given): from the plan's first day to its first meeting,
between two meetings that follow each other, and from its last meeting to the plan's last day.
«Kvar 6. veke» is ``max_days: 42``; give a few days more where the text means "about". Each gap
too long is reported: at the meeting that ends it, or at the plan's ``meetings`` for the gap up
to its last day. A plan with neither meetings nor chair periods is reported at the plan, as
``meeting_frequency`` reports it; a plan without a meeting of ``kind`` has one gap, the whole
span.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import Example, Subject, Violation
from hf_rules.rules.checks.plan_helpers import no_span, ordered_meetings, plan_span
from hf_rules.rules.checks.words import words
from hf_rules.yaml.loader import Path_

NAME = "meeting_interval"
SUBJECTS = frozenset({"meeting_plan"})
SECRETARIAT_PLANS = "read as a forum's plan is."
PARAMS: dict[str, str] = {
    "first": "The gap's first day without a meeting (YYYY-MM-DD).",
    "last": "The gap's last day without a meeting.",
    "days": "How many days the gap lasts.",
    "max": "The rule's `max_days`.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "max_days": {
            "type": "integer",
            "minimum": 1,
            "maximum": 3660,
            "description": "The most days in a row without a meeting («kvar 6. veke»: 42).",
        },
        "kind": words("meeting_kinds", "Only meetings of these kinds count (meeting `kind`)."),
    },
    "required": ["max_days"],
    "additionalProperties": False,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    plan = subject.meeting_plan
    span = plan_span(plan)
    if span is None:
        yield no_span(subject)
        return
    start, end = span
    kinds = options.get("kind")
    limit = options["max_days"]
    day = dt.timedelta(days=1)
    meetings = [
        (index, m)
        for index, m in ordered_meetings(plan.meetings)
        if (kinds is None or m.kind in kinds) and start <= m.date <= end
    ]
    since = start  # the first day without a meeting
    for index, meeting in meetings:
        gap = (meeting.date - since).days
        if gap > limit:
            yield _gap(subject.at("meetings", index), since, meeting.date - day, gap, limit)
        since = max(since, meeting.date + day)
    if end != dt.date.max and (end - since).days + 1 > limit:
        where = subject.at("meetings") if plan.meetings else subject.base
        yield _gap(where, since, end, (end - since).days + 1, limit, at_key=not plan.meetings)


def _gap(where: Path_, first: dt.date, last: dt.date, days: int, limit: int, at_key: bool = False) -> Violation:
    """A run of ``days`` days without a meeting, ``first`` to ``last``, longer than ``limit``."""
    return Violation(
        where,
        f"gap:{first.isoformat()}",
        {"first": first.isoformat(), "last": last.isoformat(), "days": str(days), "max": str(limit)},
        {"max_days": limit, "from": first.isoformat(), "to": last.isoformat()},
        at_key=at_key,
    )


_ORG = """\
parties:
  fonna: {name: Helse Fonna HF, type: helseforetak, side: sykehus}
  stord: {name: Stord kommune, type: kommune, side: kommune}
fora:
  ssu: {name: Strategisk samarbeidsutval, type: strategisk-samarbeidsutvalg}
"""
_PLAN = """\
forum: ssu
covers: {from: 2026-01-01, to: 2026-03-31}
meetings:
  - {date: 2026-01-20}
  - {date: %s}
"""
EXAMPLES = (
    Example("Meetings every six weeks in the first quarter", {"max_days": 42}, _ORG, plan=_PLAN % "2026-03-01"),
    Example(
        "Two months without a meeting between January and late March",
        {"max_days": 42},
        _ORG,
        plan=_PLAN % "2026-03-25",
        expect=("gap:2026-01-21",),
    ),
)
