"""Which days and hours a plan's meetings are held: «Felles samarbeidssekreteriat møter fast
onsdagar i oddetalsveker frå 0830 - 1100 (digitalt).»

Each meeting looked at (with ``kind``, only meetings of those kinds) must fall on one of
``weekdays`` (monday … sunday, or the bokmål and nynorsk names: mandag/måndag, tirsdag/tysdag,
onsdag, torsdag, fredag, lørdag/laurdag, søndag/sundag), in a week of the parity ``weeks`` says
(``odd`` or ``even``: the ISO 8601 week number, the one Norwegian calendars print, so the week of
1 January may be week 52 or 53 of the year before), start at ``starts_at`` (HH:MM, exactly) and
end by ``ends_by`` (HH:MM, at the latest), and be held in one of the ``format`` s
(``fysisk``, ``digitalt``, ``hybrid``: the meeting's ``format``). «frå 0830 - 1100 (digitalt)»
is ``starts_at: "08:30"``, ``ends_by: "11:00"``, ``format: [digitalt]``. Give any of the five;
each meeting that breaks one is a finding at its line, one for each thing it breaks.

A meeting that gives no ``start`` (for ``starts_at``) or no ``end`` (for ``ends_by``) cannot be
checked: it is reported at the meeting with a message of its own (once, where it gives neither),
never passed; so is one that gives no ``format`` (for ``format``). Weekdays and
weeks are read from the date, which every meeting has. A secretariat's plan is read as a forum's
(``applies_to: {kind: meeting_plan, secretariat: true}``). How often the meetings come is
``meeting_frequency``'s and ``meeting_interval``'s.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import Message, phrase
from hf_rules.documents.model import TIME_PATTERN, minutes_of
from hf_rules.rules.checks.base import Example, LocalText, Subject, Violation
from hf_rules.rules.checks.plan_helpers import ordered_meetings
from hf_rules.rules.checks.words import words
from hf_rules.yaml.loader import Document, Path_

NAME = "meeting_time"
SUBJECTS = frozenset({"meeting_plan"})
SECRETARIAT_PLANS = "read as a forum's plan is («møter fast onsdagar i oddetalsveker»)."
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""The weekdays by ISO number less one (``date.isoweekday() - 1``)."""
NAMES: dict[str, str] = {
    **{day: day for day in WEEKDAYS},
    "mandag": "monday",
    "måndag": "monday",
    "tirsdag": "tuesday",
    "tysdag": "tuesday",
    "onsdag": "wednesday",
    "torsdag": "thursday",
    "fredag": "friday",
    "lørdag": "saturday",
    "laurdag": "saturday",
    "søndag": "sunday",
    "sundag": "sunday",
}
"""Every name a rule may give a weekday by (English, bokmål, nynorsk) -> the English one."""
PARAMS: dict[str, str] = {
    "date": "The meeting's date.",
    "problem": "What is wrong, as a clause: `is a Thursday; required: Wednesday`, `is in week 2, an even "
    "week; required: odd weeks`, `starts at 09:00; required: 08:30`, `ends at 11:30; required: by 11:00`, "
    "`is held fysisk; required: digitalt`, or that it gives no start (no end, neither, no format), so it "
    "cannot be checked.",
}
_TIME = {"type": "string", "pattern": TIME_PATTERN}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "weekdays": {
            "type": "array",
            "minItems": 1,
            "items": {"enum": list(NAMES)},
            "description": "The days of the week a meeting may be held on: monday … sunday, or mandag/måndag, "
            "tirsdag/tysdag, onsdag, torsdag, fredag, lørdag/laurdag, søndag/sundag.",
        },
        "weeks": {
            "enum": ["odd", "even"],
            "description": "Meetings in odd or even weeks only, by the ISO 8601 week number (oddetalsveker: odd).",
        },
        "starts_at": {**_TIME, "description": "Each meeting starts at this time of day, HH:MM (08:30)."},
        "ends_by": {**_TIME, "description": "Each meeting ends at this time of day or before, HH:MM (11:00)."},
        "format": {
            "type": "array",
            "minItems": 1,
            "items": {"enum": ["fysisk", "digitalt", "hybrid"]},
            "description": "Each meeting is held in one of these formats (the meeting's `format`): fysisk, digitalt, "
            "hybrid («(digitalt)»: `[digitalt]`).",
        },
        "kind": words("meeting_kinds", "Look only at meetings of these kinds (meeting `kind`)."),
    },
    "anyOf": [
        {"required": ["weekdays"]},
        {"required": ["weeks"]},
        {"required": ["starts_at"]},
        {"required": ["ends_by"]},
        {"required": ["format"]},
    ],
    "additionalProperties": False,
}


def validate(rule: Any, doc: Document, base: Path_) -> list[InputError]:
    """``ends_by`` at or before ``starts_at``: no meeting can meet both, a located pack error."""
    options = rule.check.options
    start, end = options.get("starts_at"), options.get("ends_by")
    if not (isinstance(start, str) and isinstance(end, str)):
        return []
    try:
        apart = minutes_of(end) - minutes_of(start)
    except ValueError:  # not a time: the schema says so
        return []
    if apart > 0:
        return []
    where = doc.location((*base, "ends_by"))
    return [InputError(where, Message("err-time-order", rule=rule.id, start=start, end=end))]


def _day(name: str) -> LocalText:
    return phrase(f"weekday-{name}")


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    kinds = options.get("kind")
    days = [NAMES[name] for name in options.get("weekdays") or []]
    parity = options.get("weeks")
    starts_at, ends_by = options.get("starts_at"), options.get("ends_by")
    formats = options.get("format")
    for index, meeting in ordered_meetings(subject.meeting_plan.meetings):
        if kinds is not None and meeting.kind not in kinds:
            continue
        date = meeting.date.isoformat()
        where = subject.at("meetings", index)
        found: list[tuple[str, LocalText, dict[str, Any]]] = []
        weekday = WEEKDAYS[meeting.date.isoweekday() - 1]
        if days and weekday not in days:
            required = _days(list(dict.fromkeys(days)))
            found.append(
                ("weekday", phrase("time-weekday", day=_day(weekday), required=required), {"weekday": weekday})
            )
        week = meeting.date.isocalendar().week
        if parity is not None and (week % 2 == 1) != (parity == "odd"):
            problem = phrase(
                "time-week",
                week=week,
                parity=phrase(f"time-week-{'odd' if week % 2 else 'even'}"),
                required=phrase(f"time-weeks-{parity}"),
            )
            found.append(("week", problem, {"iso_week": week, "weeks": parity}))
        untimed = [
            missing
            for missing, asked, given in (("start", starts_at, meeting.start), ("end", ends_by, meeting.end))
            if asked is not None and given is None
        ]
        if untimed:
            yield _untimed(subject, where, date, "both" if len(untimed) == 2 else untimed[0])
        if starts_at is not None and meeting.start is not None and meeting.start != starts_at:
            problem = phrase("time-start", found=meeting.start, required=starts_at)
            found.append(("start", problem, {"start": meeting.start, "starts_at": starts_at}))
        if ends_by is not None and meeting.end is not None and minutes_of(meeting.end) > minutes_of(ends_by):
            problem = phrase("time-end", found=meeting.end, required=ends_by)
            found.append(("end", problem, {"end": meeting.end, "ends_by": ends_by}))
        if formats is not None and meeting.format is None:
            yield Violation(
                where,
                f"no-format:{date}",
                {"date": date, "problem": phrase("time-no-format")},
                {"format": None, "formats": formats},
                said=phrase("time-unknown-format", date=date, plan=subject.id),
                said_hint=phrase("time-unknown-format-hint"),
            )
        elif formats is not None and meeting.format not in formats:
            problem = phrase("time-format", found=meeting.format, required=" / ".join(formats))
            found.append(("format", problem, {"format": meeting.format, "formats": formats}))
        for what, said, evidence in found:
            yield Violation(where, f"{what}:{date}", {"date": date, "problem": said}, evidence)


def _days(days: list[str]) -> LocalText:
    """The weekdays asked for, in words: «onsdag», «tirsdag eller torsdag»."""
    if len(days) == 1:
        return _day(days[0])
    first: LocalText = _day(days[0])
    for day in days[1:-1]:
        first = phrase("time-comma", first=first, last=_day(day))
    return phrase("time-or", first=first, last=_day(days[-1]))


def _untimed(subject: Subject, where: Any, date: str, missing: str) -> Violation:
    """A meeting that gives no start, no end or neither (``missing``: start, end, both): its time cannot be
    checked, and it is said so, once."""
    return Violation(
        where,
        f"untimed-{missing}:{date}",
        {"date": date, "problem": phrase(f"time-no-{missing}")},
        dict.fromkeys(("start", "end") if missing == "both" else (missing,)),
        said=phrase(f"time-unknown-{missing}", date=date, plan=subject.id),
        said_hint=phrase("time-unknown-hint"),
    )


_ORG = """\
parties:
  hmr: {name: Helse Møre og Romsdal HF, type: helseforetak, side: sykehus}
  molde: {name: Molde kommune, type: kommune, side: kommune}
fora:
  pm: {name: Partnarskapsmøte, type: partnerskapsmote}
secretariat:
  name: Felles samarbeidssekretariat
  run_by: [hmr, molde]
"""
_PLAN = """\
secretariat: secretariat
meetings:
  - {date: 2026-01-14, start: '08:30', end: '11:00'}
  - {date: 2026-01-28, start: '08:30', end: '10:30'}
"""
_WEDNESDAYS_ODD = {"weekdays": ["onsdag"], "weeks": "odd", "starts_at": "08:30", "ends_by": "11:00"}
EXAMPLES = (
    Example(
        "The joint secretariat meets on Wednesdays of odd weeks (3 and 5), 08:30 to 11:00",
        _WEDNESDAYS_ODD,
        _ORG,
        plan=_PLAN,
    ),
    Example(
        "A meeting on Thursday 2026-01-22, in week 4 (even), until 11:30",
        _WEDNESDAYS_ODD,
        _ORG,
        plan=_PLAN + "  - {date: 2026-01-22, start: '08:30', end: '11:30'}\n",
        expect=("weekday:2026-01-22", "week:2026-01-22", "end:2026-01-22"),
    ),
    Example(
        "«(digitalt)»: a meeting held in person, and one that gives no format",
        {"format": ["digitalt"]},
        _ORG,
        plan=_PLAN.replace("end: '11:00'}", "end: '11:00', format: digitalt}").replace(
            "end: '10:30'}", "end: '10:30', format: fysisk}"
        )
        + "  - {date: 2026-02-11}\n",
        expect=("format:2026-01-28", "no-format:2026-02-11"),
    ),
    Example(
        "A meeting with a date only: its hours cannot be checked",
        {"starts_at": "08:30"},
        _ORG,
        plan=_PLAN + "  - {date: 2026-02-11}\n",
        expect=("untimed-start:2026-02-11",),
    ),
)
