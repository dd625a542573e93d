"""Enough meetings, and not too many, in every year the plan covers.

The plan covers the span of its chair periods (or, for a plan without them, its ``covers``). With ``year: calendar`` (the default) each
calendar year of that span is counted; a year the plan covers only in part needs the same share
of ``min_per_year`` meetings, rounded up. The share is counted in months (each month by the share
of its days covered), so July–December is exactly half a year: a forum that meets four times a
year needs two meetings then, not three.

With ``year: plan`` the span is cut into years of twelve months from its first day (the first
chair period's, or ``covers.from``: chair periods, or a ``covers``, from July to June give years
from July to June), and each such year
needs ``min_per_year`` meetings. A last year the plan covers only in part needs the same share,
rounded down, so that a forum that meets once a year is not asked for a meeting in half a year
("avholdes årlig": the forum meets once in each year, wherever in the year the meeting falls).

With ``year: calendar``, a year is counted over every plan of the forum among the files checked
that covers part of it (half-year plans; a plan that ends in June and its successor): their
meetings together (a date two plans list counts once), against the share of the year they cover
together, reported once, at the plan that begins first.

A plan that names no chair periods (only its meetings, as a «møteplan» table does) covers the
days of its ``covers`` (``{from, to}``), read as chair periods' span is, ``year: plan`` included;
without ``covers``, the calendar years of its meetings, from 1 January of the first meeting's year
to 31 December of the last's, whole, each counted as a calendar year whatever ``year`` says. A
year after its last meeting is then not covered, so a missing last year needs ``covers`` (or
chair periods) to be seen. A plan with
neither meetings nor chair periods is reported at the plan, with a message of its own, when the
rule asks for a minimum.

``max_per_year`` caps the meetings of any year, whole or in part; a year with too many is reported
at its first meeting past the cap (the third of a year that allows two), where this plan lists it,
else at the plan's ``meetings``. With ``kind``, only meetings of
those kinds count (a forum with an administrative and a political meeting); with ``not_kind``,
only meetings not of those kinds («4 møter årlig» beside a yearly strategy day:
``not_kind: [strategisamling]``); otherwise every meeting of the plan. ``use_declared`` raises the minimum to the forum's own ``meetings_per_year``
(a range's ``min``: «5–6 gonger i året» raises it to 5; a secretariat's plan reads the secretariat's)
when that is more (not with ``kind`` or ``not_kind``: the forum's declaration counts all its meetings; not with
``order``: a rule on the order of meetings asks for no number of them; not with
``max_per_year``: «5–6 ganger i året» is the agreement's range, and a forum that declares six
and plans five is within it). The declaration itself is
``declared_frequency``'s to report (with ``max``, at the forum's ``meetings_per_year``). Without
``min_per_year`` (a rule with only ``max_per_year`` or ``order``) there is no minimum but that.

``order`` says what kind each meeting of a year is, in date order ("the first meeting is a
full-day meeting, the second a shorter one": ``order: [heldagsmote, halvarsmote]``): the year's
first meeting is of the first kind, its second of the second, and so on; a meeting of another
kind, or with no ``kind``, is reported. Every meeting of the year is read (``kind`` does not
narrow it); meetings past the end of the list are not (``max_per_year`` caps them). In a
calendar year the plan begins in after 1 January, its meetings are the year's last ones, so
they are matched against the end of the list. ``year`` applies to ``order`` too: where the
agreement's year is not the calendar year (a plan year from July to June), ``year: plan`` starts
the order again at the start of each year of the plan, and a last part-year of the plan has that
year's first meetings (July–December: the first kinds of the list).
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from collections.abc import Collection, Iterator
from typing import Any

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import phrase
from hf_rules.documents.model import Meeting, MeetingPlan, meetings_bounds
from hf_rules.rules.checks.base import Example, LocalText, Subject, Violation, bound_problems
from hf_rules.rules.checks.plan_helpers import forum_plans, no_span, plan_span, years_after
from hf_rules.rules.checks.words import words
from hf_rules.yaml.loader import Document, Path_

NAME = "meeting_frequency"
SUBJECTS = frozenset({"meeting_plan"})
SECRETARIAT_PLANS = "counted as a forum's plan is; `use_declared` reads the secretariat's own `meetings_per_year`."
PARAMS: dict[str, str] = {
    "year": "The year: the calendar year, or with `year: plan` a year of the plan, `FROM–TO` when it does not begin on 1 January.",
    "found": "How many meetings the plan has that year (for `order`: the kind of the meeting out of place, `-` when it gives none).",
    "required": "The least number of meetings that year (pro rata for a partial year); for `order`: the kind expected at that place.",
    "max": "The most meetings a year allowed; `-` when the rule gives none.",
    "meetings": "`found` with the word for meetings, singular or plural: `1 møte`, `3 møter` (`1 meeting`, "
    "`3 meetings`); for `order`: empty.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "min_per_year": {"type": "integer", "minimum": 1, "description": "Meetings a year at least."},
        "year": {
            "enum": ["calendar", "plan"],
            "default": "calendar",
            "description": "Count calendar years, a part-year by its share rounded up, or years of "
            "twelve months from the plan's start, a last part-year by its share rounded down.",
        },
        "max_per_year": {"type": "integer", "minimum": 1, "description": "Meetings a year at most."},
        "kind": words("meeting_kinds", "Count only meetings of these kinds (meeting `kind`)."),
        "not_kind": words(
            "meeting_kinds",
            "Count only meetings not of these kinds (the ordinary meetings, not the strategy day).",
        ),
        "order": {
            **words("meeting_kinds", ""),
            "description": "The kinds of a year's meetings in date order: the first meeting of the first kind, "
            "the second of the second...",
        },
        "use_declared": {
            "type": "boolean",
            "default": True,
            "description": "Require the forum's own meetings_per_year when it declares more (not with kind or order).",
        },
    },
    "anyOf": [{"required": ["min_per_year"]}, {"required": ["max_per_year"]}, {"required": ["order"]}],
    "additionalProperties": False,
}


def _share_of_year(first: dt.date, last: dt.date) -> float:
    """How much of a calendar year ``first``..``last`` (within one year) covers, in twelfths."""
    months = 0.0
    for month in range(first.month, last.month + 1):
        start = first if month == first.month else dt.date(first.year, month, 1)
        end = last if month == last.month else _month_end(first.year, month)
        months += ((end - start).days + 1) / _month_end(first.year, month).day
    return months / 12


def _month_end(year: int, month: int) -> dt.date:
    """The last day of ``month``; no arithmetic past it, so December 9999 is fine."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def validate(rule: Any, doc: Document, base: Path_) -> list[InputError]:
    """``min_per_year`` above ``max_per_year``: a located pack error."""
    return bound_problems(rule.id, doc, base, rule.check.options, "min_per_year", "max_per_year", None)


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    plan = subject.meeting_plan
    per_year = options.get("min_per_year") or 0  # none: only a maximum, or an order
    declared_bounds = meetings_bounds(subject.plan.meetings_per_year if subject.plan is not None else None)
    declared = declared_bounds[0] if declared_bounds is not None else None  # «5–6 gonger»: at least 5
    kinds = options.get("kind")
    maximum = options.get("max_per_year")
    raised = (
        options["use_declared"]
        and declared is not None
        and kinds is None
        and "not_kind" not in options
        and "order" not in options
        and maximum is None  # a range is the agreement's own bound: the forum's choice within it is not
        and declared > per_year
    )
    if raised:
        per_year = declared
    span = plan_span(subject.meeting_plan)
    if span is None:
        if per_year:
            yield no_span(subject)
        return  # only a maximum (or an order): an empty plan keeps it
    start, end = span
    # without chair periods or `covers`, the span is the meetings' calendar years: count those
    year_kind = options["year"] if plan.chairs or plan.covers is not None else "calendar"
    siblings = _siblings(subject) if year_kind == "calendar" else []
    for year, first, last, required in _years(start, end, per_year, year_kind):
        if "order" in options:
            yield from _order(subject, options["order"], year, first, last, year_kind)
        counted = [(plan, first, last)]
        if siblings:
            together = _together(subject, siblings, first, last)
            if together is None:
                continue  # an earlier plan of the forum counts this year, with this plan's meetings
            counted, first, last = together
            required = math.ceil(per_year * _share_of_year(first, last) - 1e-9)
        dates = _dates(counted, kinds, options.get("not_kind") or ())
        found: dict[str, LocalText] = {"found": str(len(dates)), "meetings": phrase("count-meetings", n=len(dates))}
        if maximum is not None and len(dates) > maximum:
            # at the first meeting past the maximum, where this plan lists it (round 31 Vestre Viken)
            extra = dates[maximum]
            left_out = options.get("not_kind") or ()
            at = next(
                (i for i, m in enumerate(plan.meetings) if m.date.isoformat() == extra and _counts(m, kinds, left_out)),
                None,
            )
            yield Violation(
                subject.at("meetings") if at is None else subject.at("meetings", at),
                f"too-many:{year}",
                {"year": str(year), **found, "required": str(required), "max": str(maximum)},
                {"year": year, "meetings": dates, "max_per_year": maximum},
            )
        if len(dates) < required:
            evidence: dict[str, Any] = {
                "year": year,
                "meetings": dates,
                "required": required,
                "min_per_year": per_year,
                "covered": f"{first.isoformat()}–{last.isoformat()}",
            }
            if raised:
                evidence["declared"] = declared
            if len(counted) > 1:
                evidence["plans"] = sorted(_plan_id(one) for one, _, _ in counted)
            yield Violation(
                subject.at("meetings") if plan.meetings else subject.base,
                f"year:{year}",
                {"year": str(year), **found, "required": str(required), "max": str(maximum or "-")},
                evidence,
                at_key=not plan.meetings,
            )


def _siblings(subject: Subject) -> list[tuple[MeetingPlan, dt.date, dt.date]]:
    """The forum's other plans among the files checked, each with the days it covers."""
    found = []
    for other in forum_plans(subject):
        span = plan_span(other)
        if span is not None:
            found.append((other, *span))
    return found


def _dates(
    counted: list[tuple[MeetingPlan, dt.date, dt.date]], kinds: list[str] | None, left_out: Collection[str] = ()
) -> list[str]:
    """The dates of the meetings that count, from each plan the days it covers; a meeting another
    plan of the forum lists too (same date and kind) counts once, two meetings of one plan on one
    day count twice."""
    seen: set[tuple[dt.date, str | None]] = set()
    dates: list[str] = []
    for one, since, until in counted:
        own = [m for m in one.meetings if since <= m.date <= until and _counts(m, kinds, left_out)]
        fresh = [m for m in own if (m.date, m.kind) not in seen]
        seen.update((m.date, m.kind) for m in own)
        dates.extend(m.date.isoformat() for m in fresh)
    return sorted(dates)


def _counts(meeting: Meeting, kinds: list[str] | None, left_out: Collection[str]) -> bool:
    """Whether ``meeting`` is of the kinds counted: one of ``kinds`` (any, where None), and none of
    ``left_out`` (``not_kind``)."""
    return (kinds is None or meeting.kind in kinds) and meeting.kind not in left_out


def _plan_id(plan: MeetingPlan) -> str:
    return plan.metadata.id


def _together(
    subject: Subject, siblings: list[tuple[MeetingPlan, dt.date, dt.date]], first: dt.date, last: dt.date
) -> tuple[list[tuple[MeetingPlan, dt.date, dt.date]], dt.date, dt.date] | None:
    """A calendar year counted over every plan of the forum that covers part of it (half-year
    plans, a plan that ends in June and its successor): the plans with the days of the year each
    covers, and the first and last day any of them covers; None when an earlier plan (by its
    first day, then id) covers the year too and so counts it, so the year is reported once."""
    plan = subject.meeting_plan
    begin, finish = dt.date(first.year, 1, 1), dt.date(first.year, 12, 31)
    counted = [(plan, first, last)]
    own_start = plan_span(plan)
    assert own_start is not None
    for other, since, until in siblings:
        if since > finish or until < begin:
            continue
        if (since, _plan_id(other)) < (own_start[0], _plan_id(plan)):
            return None
        counted.append((other, max(since, begin), min(until, finish)))
    return counted, min(c[1] for c in counted), max(c[2] for c in counted)


def _order(
    subject: Subject, order: list[str], year: str, first: dt.date, last: dt.date, year_kind: str = "calendar"
) -> Iterator[Violation]:
    """A meeting of the year ``first``..``last`` whose kind is not the one ``order`` gives its place:
    from the first place, but in a calendar year the plan begins in after 1 January, from the end
    of the list (a year of the plan, ``year_kind: plan``, always begins where the plan does)."""
    meetings = sorted(
        (m.date, index, m) for index, m in enumerate(subject.meeting_plan.meetings) if first <= m.date <= last
    )
    late_start = year_kind == "calendar" and (first.month, first.day) != (1, 1) and (last.month, last.day) == (12, 31)
    offset = max(len(order) - len(meetings), 0) if late_start else 0
    for place, (day, index, meeting) in enumerate(meetings, start=offset):
        if place < len(order) and meeting.kind != order[place]:
            params = {"year": year, "found": meeting.kind or "-", "required": order[place], "max": "-", "meetings": ""}
            evidence = {"year": year, "date": day.isoformat(), "kind": meeting.kind, "order": order, "place": place + 1}
            yield Violation(subject.at("meetings", index), f"order:{day.isoformat()}", params, evidence)


def _years(start: dt.date, end: dt.date, per_year: int, kind: str) -> Iterator[tuple[str, dt.date, dt.date, int]]:
    """``(name, first day, last day, meetings required)`` for each year of ``start``..``end``."""
    if kind == "calendar":
        for year in range(start.year, end.year + 1):
            first = max(start, dt.date(year, 1, 1))
            last = min(end, dt.date(year, 12, 31))
            yield str(year), first, last, math.ceil(per_year * _share_of_year(first, last) - 1e-9)
        return
    first = start
    while first <= end:
        following = years_after(first, 1)  # None past the calendar: the year is then cut at 9999-12-31
        last = min(end, following - dt.timedelta(days=1) if following is not None else dt.date.max)
        days, full = (last - first).days + 1, (following - first).days if following is not None else 365
        # a last part-year needs its share of the year's meetings, rounded down
        required = per_year if days >= full else math.floor(per_year * days / full + 1e-9)
        name = str(first.year) if (first.month, first.day) == (1, 1) else f"{first.isoformat()}–{last.isoformat()}"
        yield name, first, last, required
        if following is None or following > end:
            return
        first = following


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
  oslo: {name: Oslo kommune, type: kommune, side: kommune}
fora:
  pm: {name: Partnerskapsmøtet, type: partnerskapsmote}
"""
_PLAN = """\
forum: pm
chairs:
  - {from: 2025-01-01, to: 2025-12-31, party: oslo}
meetings:
  - {date: 2025-03-01, kind: politisk}
  - {date: 2025-10-01, kind: administrativt}
"""
_TWO_KINDS = """\
forum: pm
chairs:
  - {from: 2025-01-01, to: 2025-12-31, party: oslo}
meetings:
  - {date: 2025-03-01, kind: %s}
  - {date: 2025-10-01, kind: %s}
"""
_DATES_ONLY = """\
forum: pm
meetings:
  - {date: 2024-02-29}
  - {date: 2024-05-30}%s
"""
_COVERS = """\
forum: pm
covers: {from: 2025-07-01, to: %s}
meetings:
  - {date: 2025-10-14}%s
"""
EXAMPLES = (
    Example("Two meetings in 2025, at least two a year", {"min_per_year": 2}, _ORG, plan=_PLAN),
    Example(
        "A plan of dates only (no chair periods): it covers 2024, with two meetings",
        {"min_per_year": 2, "max_per_year": 2, "year": "plan"},
        _ORG,
        plan=_DATES_ONLY % "",
    ),
    Example(
        "A plan of dates only, with a third meeting in 2024",
        {"min_per_year": 2, "max_per_year": 2, "year": "plan"},
        _ORG,
        plan=_DATES_ONLY % "\n  - {date: 2024-10-03}",
        expect=("too-many:2024",),
    ),
    Example(
        "A plan of dates only for July 2025 to June 2026 (`covers`), one meeting in the year from July",
        {"min_per_year": 1, "max_per_year": 1, "year": "plan"},
        _ORG,
        plan=_COVERS % ("2026-06-30", ""),
    ),
    Example(
        "A plan of dates only for two years from July 2025, with the second year's meeting missing",
        {"min_per_year": 1, "max_per_year": 1, "year": "plan"},
        _ORG,
        plan=_COVERS % ("2027-06-30", ""),
        expect=("year:2026-07-01–2027-06-30",),
    ),
    Example(
        "One political meeting in 2025, two a year agreed",
        {"min_per_year": 2, "kind": ["politisk"]},
        _ORG,
        plan=_PLAN,
        expect=("year:2025",),
    ),
    Example(
        "One ordinary meeting in 2025 beside the political one (`not_kind`), at least one a year",
        {"min_per_year": 1, "not_kind": ["politisk"]},
        _ORG,
        plan=_PLAN,
    ),
    Example(
        "One ordinary meeting in 2025 beside the political one (`not_kind`), two a year agreed",
        {"min_per_year": 2, "not_kind": ["politisk"]},
        _ORG,
        plan=_PLAN,
        expect=("year:2025",),
    ),
    Example(
        "At least one and at most one meeting a year",
        {"min_per_year": 1, "max_per_year": 1},
        _ORG,
        plan=_PLAN,
        expect=("too-many:2025",),
    ),
    Example(
        "The first meeting of the year is the political one, the second the administrative one",
        {"min_per_year": 2, "order": ["politisk", "administrativt"]},
        _ORG,
        plan=_TWO_KINDS % ("politisk", "administrativt"),
    ),
    Example(
        "The two meetings come in the other order",
        {"min_per_year": 2, "order": ["politisk", "administrativt"]},
        _ORG,
        plan=_TWO_KINDS % ("administrativt", "politisk"),
        expect=("order:2025-03-01", "order:2025-10-01"),
    ),
    Example(
        "Only the order is agreed: a year of the plan without meetings is not asked for the forum's declared two",
        {"order": ["politisk", "administrativt"]},
        _ORG.replace("type: partnerskapsmote}", "type: partnerskapsmote, meetings_per_year: 2}"),
        plan=_TWO_KINDS.replace("to: 2025-12-31", "to: 2026-12-31") % ("politisk", "administrativt"),
    ),
)
