"""Shared reading of a meeting plan: its chair periods and meetings in date order, the days it
covers, the findings of a rule on a plan that names no chair periods or covers no days, and
what a chair party stands for in the forum's rotation."""

from __future__ import annotations

import datetime as dt

from hf_rules.core.i18n import phrase
from hf_rules.documents.entries import OrgEntry
from hf_rules.documents.model import ChairPeriod, Meeting, MeetingPlan
from hf_rules.documents.references import SIDES
from hf_rules.rules.checks.base import Subject, Violation


def forum_plans(subject: Subject, *, own: bool = False) -> list[MeetingPlan]:
    """The other meeting plans of this plan's forum (or secretariat) among the files checked (with
    ``own``, this plan too): the plans of one forum are read as one sequence."""
    plan = subject.meeting_plan
    return [
        other.model for other in subject.org.plans if other.model.body == plan.body and (own or other.model is not plan)
    ]


def years_after(day: dt.date, years: int) -> dt.date | None:
    """The same day ``years`` later (28 February for 29 February); None past 9999-12-31."""
    if day.year + years > dt.MAXYEAR:
        return None
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def ordered_periods(chairs: list[ChairPeriod]) -> list[tuple[int, ChairPeriod]]:
    """``(index in the document, period)`` sorted by start date."""
    return sorted(enumerate(chairs), key=lambda pair: (pair[1].from_, pair[0]))


def ordered_meetings(meetings: list[Meeting]) -> list[tuple[int, Meeting]]:
    """``(index in the document, meeting)`` sorted by date; meetings on one day in document order."""
    return sorted(enumerate(meetings), key=lambda pair: (pair[1].date, pair[0]))


def no_chairs(subject: Subject) -> Violation:
    """The finding of a rule on who chairs, on a plan that names no chair periods: such a rule
    never passes silently. At ``chairs:`` when the plan has it (empty), else at the plan."""
    where = subject.at("chairs") if "chairs" in (subject.doc.data or {}) else subject.plan_key
    return Violation(
        where,
        "no-chairs",
        {},
        {"chairs": 0},
        at_key=True,
        said=phrase("plan-no-chairs", plan=subject.id),
        said_hint=phrase("plan-no-chairs-hint"),
    )


def plan_span(plan: MeetingPlan) -> tuple[dt.date, dt.date] | None:
    """The days a plan covers: its chair periods' span, else its ``covers``, else the calendar
    years of its meetings; None for a plan of none of them (see :func:`no_span`)."""
    if plan.chairs:
        return min(p.from_ for p in plan.chairs), max(p.to for p in plan.chairs)
    if plan.covers is not None:
        return plan.covers.from_, plan.covers.to
    if plan.meetings:
        first, last = min(m.date for m in plan.meetings), max(m.date for m in plan.meetings)
        return dt.date(first.year, 1, 1), dt.date(last.year, 12, 31)
    return None


def no_span(subject: Subject) -> Violation:
    """The finding of a rule on the meetings of a plan that names neither chair periods nor
    meetings: it covers no days, so nothing can be counted or compared."""
    return Violation(
        subject.plan_key,
        "no-span",
        {},
        {"chairs": 0, "meetings": 0},
        at_key=True,
        said=phrase("plan-no-span", plan=subject.id),
        said_hint=phrase("plan-no-span-hint"),
    )


def period_text(period: ChairPeriod) -> str:
    return f"{period.from_.isoformat()}–{period.to.isoformat()}"


def rotation_slot(org: OrgEntry, party_id: str, rotation: list[str]) -> str | None:
    """Which entry of ``chair_rotation`` a chair party fills: its side, itself, or a party it is
    part of (Helseetaten chairs for Oslo kommune)."""
    side = org.side_of(party_id)
    current: str | None = party_id
    seen: set[str] = set()
    while current is not None and current not in seen:
        if current in rotation:
            return current
        seen.add(current)
        party = org.party(current)
        current = party.part_of if party else None
    if side in rotation and side in SIDES:
        return side
    return None
