"""How long a plan's meetings last: «En gang per år gjennomføres en dagssamling» (a day-long
gathering), «møta varer i to timer».

A meeting's length is from its ``start`` to its ``end`` (times of day, HH:MM). With ``kind``,
only meetings of those kinds are looked at (the strategy day, not the forum's ordinary
meetings). Each meeting must last at least ``min_hours`` and at most ``max_hours`` (either or
both); one that does not is reported at the meeting. A meeting that gives no ``start`` or no
``end`` cannot be measured: it is reported at the meeting with a message of its own, never
passed silently. A plan that gives no hours at all (dates only: no meeting looked at gives a
``start`` or an ``end``) is reported once, at its ``meetings``, as a plan whose meetings' length
cannot be checked, not once per meeting. How many such meetings a year there must be is ``meeting_frequency``'s (with the
same ``kind``).

With ``longer_than`` (meeting kinds), each meeting looked at must last longer than every meeting
of those kinds in the same calendar year: «det første møtet er eit heldagsmøte, det andre
kortare» is ``kind: [heldagsmote]``, ``longer_than: [halvarsmote]``. A meeting of those kinds
that gives no ``start`` or ``end`` cannot be compared: it is reported at the meeting looked at.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import phrase
from hf_rules.documents.model import minutes_of
from hf_rules.rules.checks.base import Example, LocalText, Subject, Violation, bound_problems
from hf_rules.rules.checks.plan_helpers import ordered_meetings
from hf_rules.rules.checks.words import words
from hf_rules.yaml.loader import Document, Path_

NAME = "meeting_duration"
SUBJECTS = frozenset({"meeting_plan"})
SECRETARIAT_PLANS = "read as a forum's plan is."
PARAMS: dict[str, str] = {
    "date": "The meeting's date.",
    "problem": "What is wrong: the meeting is shorter or longer than the rule allows (its length and the "
    "bound), no longer than a meeting of a `longer_than` kind that year, or gives no start or no end, so its "
    "length cannot be told.",
}
_HOURS = {"type": "number", "exclusiveMinimum": 0, "maximum": 24}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "min_hours": {**_HOURS, "description": "Each meeting lasts at least this many hours (2.5: two and a half)."},
        "max_hours": {**_HOURS, "description": "Each meeting lasts at most this many hours."},
        "kind": words("meeting_kinds", "Look only at meetings of these kinds (meeting `kind`)."),
        "longer_than": words(
            "meeting_kinds",
            "Each meeting looked at lasts longer than every meeting of these kinds in the same calendar year.",
        ),
    },
    "anyOf": [{"required": ["min_hours"]}, {"required": ["max_hours"]}, {"required": ["longer_than"]}],
    "additionalProperties": False,
}


def validate(rule: Any, doc: Document, base: Path_) -> list[InputError]:
    """``min_hours`` above ``max_hours``: a located pack error."""
    return bound_problems(rule.id, doc, base, rule.check.options, "min_hours", "max_hours", None)


def _hours(hours: float) -> LocalText:
    """``hours`` for a message, with the word: «1 time», «2,5 timer» («1 hour», «2.5 hours»)."""
    whole = int(hours) if float(hours).is_integer() else hours
    return phrase("count-hours", n=whole)


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    kinds = options.get("kind")
    low, high = options.get("min_hours"), options.get("max_hours")
    looked_at = [m for m in subject.meeting_plan.meetings if kinds is None or m.kind in kinds]
    if looked_at and all(m.start is None and m.end is None for m in looked_at):
        yield Violation(
            subject.at("meetings"),
            "untimed-plan",
            {},
            {"meetings": len(looked_at)},
            at_key=True,
            said=phrase("duration-plan-untimed", plan=subject.id, count=len(looked_at)),
            said_hint=phrase("duration-plan-untimed-hint"),
        )
        return
    for index, meeting in ordered_meetings(subject.meeting_plan.meetings):
        if kinds is not None and meeting.kind not in kinds:
            continue
        date = meeting.date.isoformat()
        where = subject.at("meetings", index)
        if meeting.start is None or meeting.end is None:
            said = phrase("duration-unknown", date=date, plan=subject.id)
            yield Violation(
                where,
                f"unknown:{date}",
                {},
                {"start": meeting.start, "end": meeting.end},
                said=said,
                said_hint=phrase("duration-unknown-hint"),
            )
            continue
        length = minutes_of(meeting.end) - minutes_of(meeting.start)
        problem: LocalText | None = None
        if low is not None and length < low * 60:
            problem = phrase("duration-too-short", hours=_hours(length / 60), bound=_hours(low))
        elif high is not None and length > high * 60:
            problem = phrase("duration-too-long", hours=_hours(length / 60), bound=_hours(high))
        if problem is None and options.get("longer_than"):
            problem = _not_longer(subject, meeting, length, options["longer_than"])
        if problem is not None:
            yield Violation(
                where,
                f"length:{date}",
                {"date": date, "problem": problem},
                {"start": meeting.start, "end": meeting.end, "minutes": length},
            )


def _not_longer(subject: Subject, meeting: Any, length: int, kinds: list[str]) -> LocalText | None:
    """What is wrong with ``meeting`` (lasting ``length`` minutes) against the meetings of ``kinds``
    in its calendar year: one that lasts as long or longer, or one that cannot be measured."""
    for other in sorted(subject.meeting_plan.meetings, key=lambda m: m.date):
        if other is meeting or other.kind not in kinds or other.date.year != meeting.date.year:
            continue
        if other.start is None or other.end is None:
            return phrase("duration-other-unknown", other=other.date.isoformat())
        other_length = minutes_of(other.end) - minutes_of(other.start)
        if other_length >= length:
            return phrase(
                "duration-not-longer",
                hours=_hours(length / 60),
                other=other.date.isoformat(),
                other_hours=_hours(other_length / 60),
            )
    return None


_ORG = """\
parties:
  sshf: {name: Sørlandet sykehus HF, type: helseforetak, side: sykehus}
  arendal: {name: Arendal kommune, type: kommune, side: kommune}
fora:
  koss: {name: KOSS, type: samarbeidsforum}
"""
_PLAN = """\
forum: koss
meetings:
  - {date: 2026-02-10, start: '08:00', end: '10:00'}
  - {date: 2026-09-15, kind: politisk, start: '09:00', end: %s}
"""
_DAY = {"min_hours": 5, "kind": ["politisk"]}
_KINDS = """\
forum: koss
meetings:
  - {date: 2026-02-10, kind: politisk, start: '09:00', end: '15:00'}
  - {date: 2026-09-15, kind: administrativt, start: '09:00', end: %s}
"""
_LONGER = {"kind": ["politisk"], "longer_than": ["administrativt"]}
EXAMPLES = (
    Example("The day-long gathering lasts from 09:00 to 15:30", _DAY, _ORG, plan=_PLAN % "'15:30'"),
    Example(
        "The «day-long» gathering lasts one hour",
        _DAY,
        _ORG,
        plan=_PLAN % "'10:00'",
        expect=("length:2026-09-15",),
    ),
    Example(
        "The full-day meeting (09:00–15:00) lasts longer than the half-year meeting (09:00–12:00)",
        _LONGER,
        _ORG,
        plan=_KINDS % "'12:00'",
    ),
    Example(
        "The «full-day» meeting lasts three hours, as long as the half-year meeting",
        _LONGER,
        _ORG,
        plan=_KINDS.replace("'15:00'", "'12:00'") % "'12:00'",
        expect=("length:2026-02-10",),
    ),
    Example(
        "A plan of dates only, no hours: said once for the plan, not at every meeting",
        {"max_hours": 3},
        _ORG,
        plan="forum: koss\nmeetings:\n  - {date: 2026-02-10}\n  - {date: 2026-09-15}\n",
        expect=("untimed-plan",),
    ),
    Example(
        "The gathering gives no end: its length cannot be told",
        _DAY,
        _ORG,
        plan=_PLAN.replace(", end: %s", ""),
        expect=("unknown:2026-09-15",),
    ),
)
