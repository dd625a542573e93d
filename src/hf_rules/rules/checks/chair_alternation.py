"""Chairing goes round (``går på omgang``): consecutive periods alternate between the forum's
``chair_rotation`` entries, every chair fills one of them, and the chair is represented in the
forum.

A chair fills a rotation entry that is its party, a party it is part of (Helseetaten chairs for
Oslo kommune), or its side. "Represented" means a member seat of the party itself, of a party it
is part of, or of one of its parts (Oslo kommune chairs an LSU where its bydeler sit); observer
seats do not count. A forum without ``chair_rotation`` is left to ``chair_rotation_declared``.
The periods are taken in date order; the deputy chair is not looked at (see ``deputy_chair``).

With ``term_years`` (the length of a turn; a period that gives ``term_from`` began its turn on
that day, and one that gives ``term_to`` goes on to that day, so a plan of the same entry that
begins after a gap but by then is the same turn), periods of one rotation entry that follow each other
without a gap are one turn, whoever holds them (the municipalities' turn passes from Kristiansand
to Arendal mid-term), and a repeat is a turn that runs past the term, or the same entry again
after a gap: the municipalities chairing 2022–2025 is a repeat from 2024, whether written as
two periods or as one (reported at the period that runs past the term). Without it:

Consecutive periods are compared, across the plans of the forum: a plan's first period is
compared with the period of another plan of the same forum that ends last before it begins (two
plans in a row, each with a municipality in the chair, repeat); the same party going on from
the day before (yearly plans of one two-year term) is one term, and the period before it is
compared. A single chair period has
nothing to alternate with inside its plan and passes, however long the period: one party chairing 2022–2027 as one period
passes. "X and Y take turns" therefore needs a rule on the length of a period beside this one:
``chair_term`` (each period lasts the agreed term), or ``chair``'s ``terms``; ``chair_term``
reports the one long period.

Where the text gives no term length («Kommunene og Vestre Viken veksler på lederansvaret»), the
bound comes from the documents: with ``within_seat_term: true`` a chair period may not run past
the term of office (``term.to``) of the chair's own seat in the forum — the member seat of the
chairing party (the one the period's ``role`` or ``person`` names, where it names one; else the
party's seat with ``position: leder``, else its seats), so one side chairing 2021–2030 in one
period, where the seats are held 2021–2024, is reported at the period. A period that begins after
that term has ended is a later turn, whose seats the document does not hold yet: it may last as long
as the seat's term at most (with seats held 2023–2026, a turn 2027–2030 passes, 2027–2034 is
reported). A period whose chair has no seat with a ``term`` is reported as one whose length cannot
be measured, never passed.

A plan that names no chair periods (``chairs`` left out or empty) is reported once, at the plan,
with a message of its own: who chairs cannot be checked there, so the rule does not pass silently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from hf_rules.core.i18n import Phrase, phrase
from hf_rules.documents.entries import OrgEntry
from hf_rules.documents.model import ChairPeriod, Seat
from hf_rules.rules.checks.base import Example, Subject, Violation
from hf_rules.rules.checks.plan_helpers import (
    forum_plans,
    no_chairs,
    ordered_periods,
    period_text,
    rotation_slot,
    years_after,
)
from hf_rules.rules.checks.seats import seat_has_role, seat_parties

NAME = "chair_alternation"
SUBJECTS = frozenset({"meeting_plan"})
PARAMS: dict[str, str] = {
    "period": "The chair period, `FROM–TO` (e.g. 2025-01-01–2026-12-31).",
    "party_name": "Name of the chairing party of the period.",
    "slot": "The entry of `chair_rotation` the chair fills (its side, or its party); `-` when it fills none.",
    "rotation": "The forum's `chair_rotation`, comma-separated.",
    "problem": "What is wrong: the chair is outside the rotation, its party holds no member seat, the same slot chairs twice in a row (named), or the period runs past the chair's seat's term (or that term is not given).",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "chair_represented": {
            "type": "boolean",
            "default": True,
            "description": "The chair's party (or one it is part of, or one of its parts) holds a member seat.",
        },
        "term_years": {
            "type": "integer",
            "minimum": 1,
            "description": "The length of a turn, in years: periods of one rotation entry that follow each other "
            "without a gap are one turn (Kristiansand 2026, then Arendal 2027, for the municipalities' two-year "
            "turn), and a repeat is a turn that runs past this length. Left out: each period is a turn.",
        },
        "within_seat_term": {
            "type": "boolean",
            "default": False,
            "description": "A chair period may not run past the term of office (`term.to`) of the chair's own "
            "member seat in the forum: the bound where the text gives no term length. A chair without a seat "
            "that gives a `term` is reported as not measurable.",
        },
    },
    "additionalProperties": False,
}


def _lineage(org: OrgEntry, party_id: str) -> set[str]:
    """The party and every party it is part of."""
    found: set[str] = set()
    current: str | None = party_id
    while current is not None and current not in found:
        found.add(current)
        party = org.party(current)
        current = party.part_of if party else None
    return found


def _represented(org: OrgEntry, party_id: str, member_parties: set[str]) -> bool:
    """Whether the party the chair belongs to (at the top of ``part_of``) holds a member seat, itself
    or through one of its parts: the Byrådsavdeling chairs for Oslo kommune where its bydeler sit."""
    chair_lineage = _lineage(org, party_id)
    return any(_top(org, chair_lineage) == _top(org, _lineage(org, member)) for member in member_parties)


def _top(org: OrgEntry, lineage: set[str]) -> str:
    """The party of a lineage that is part of no other (or, in a cycle, the first by id)."""
    tops = sorted(p for p in lineage if (party := org.party(p)) is None or party.part_of is None)
    return tops[0] if tops else sorted(lineage)[0]


def _problem(kind: str, slot: str | None) -> Phrase:
    if kind == "outside":
        return phrase("chair-outside-rotation")
    if kind == "absent":
        return phrase("chair-no-member-seat")
    return phrase("chair-repeats", slot=slot)


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.plan_forum
    rotation = forum.chair_rotation
    if not rotation:
        return  # the forum declares no rotation: chair_rotation_declared reports that
    if not subject.meeting_plan.chairs:
        yield no_chairs(subject)
        return
    org = subject.org
    members = {pid for s in forum.members for pid in seat_parties(s)}
    before = _preceding(subject)
    previous_slot = rotation_slot(org, before.party, rotation) if before is not None else None
    repeats = _turns_past_term(subject, rotation, options["term_years"]) if "term_years" in options else None
    for index, period in ordered_periods(subject.meeting_plan.chairs):
        slot = rotation_slot(org, period.party, rotation)
        params = {
            "period": period_text(period),
            "party_name": org.party_name(period.party),
            "slot": slot or "-",
            "rotation": ", ".join(rotation),
        }
        evidence: dict[str, Any] = {
            "party": period.party,
            "side": org.side_of(period.party),
            "slot": slot,
            "rotation": rotation,
        }
        if before is not None and index == ordered_periods(subject.meeting_plan.chairs)[0][0]:
            evidence["previous_plan_period"] = {"period": period_text(before), "party": before.party}
        where = subject.at("chairs", index, "party")
        if slot is None:
            yield Violation(
                where, f"outside:{period.from_.isoformat()}", {**params, "problem": _problem("outside", slot)}, evidence
            )
        elif (period.from_ in repeats) if repeats is not None else slot == previous_slot:
            yield Violation(
                where, f"repeat:{period.from_.isoformat()}", {**params, "problem": _problem("repeat", slot)}, evidence
            )
        if options["within_seat_term"]:
            past = _past_seat_term(subject, period)
            if past is not None:
                key, problem = past
                yield Violation(where, f"{key}:{period.from_.isoformat()}", {**params, "problem": problem}, evidence)
        if options["chair_represented"] and not _represented(org, period.party, members):
            yield Violation(
                where,
                f"absent:{period.from_.isoformat()}",
                {**params, "problem": _problem("absent", slot)},
                {**evidence, "member_parties": sorted(members)},
            )
        previous_slot = slot


def _chair_seats(subject: Subject, period: ChairPeriod) -> list[Seat]:
    """The chair's own member seats in the forum: those of the chairing party, narrowed to the one
    the period's ``role`` or ``person`` names where it names one, else to those with ``position:
    leder`` where there are any."""
    seats = [s for s in subject.plan_forum.members if period.party in seat_parties(s)]
    named = [
        s
        for s in seats
        if (period.role is not None and seat_has_role(s, period.role))
        or (period.person is not None and s.person == period.person)
    ]
    if named:
        return named
    leading = [s for s in seats if "leder" in s.positions]
    return leading or seats


def _past_seat_term(subject: Subject, period: ChairPeriod) -> tuple[str, Phrase] | None:
    """With ``within_seat_term``: the key and problem of a period that runs past its chair's seat's
    term of office, or whose chair has no seat with a term; None when it ends within it."""
    terms = [s.term for s in _chair_seats(subject, period) if s.term is not None]
    if not terms:
        return "no-seat-term", phrase("chair-seat-no-term")
    term_to = max(t.to for t in terms)
    if period.from_ > term_to:
        # a later turn, whose seats this document does not hold yet: as long as a term at most
        longest = max(terms, key=lambda t: t.to - t.from_)
        if period.to > period.from_ + (longest.to - longest.from_):
            term = f"{longest.from_.isoformat()}–{longest.to.isoformat()}"
            return "past-seat-term-length", phrase("chair-past-seat-term-length", to=period.to.isoformat(), term=term)
        return None
    if period.to > term_to:
        return "past-seat-term", phrase("chair-past-seat-term", to=period.to.isoformat(), term_to=term_to.isoformat())
    return None


def _turns_past_term(subject: Subject, rotation: list[str], years: int) -> set[dt.date]:
    """With ``term_years``: the first days of this plan's periods that run a rotation entry's turn
    past the term. The forum's periods of every plan are taken in date order; periods of one
    entry that follow each other without a gap are one turn, and a period of the same entry
    after a gap, or one that begins ``years`` or more after its turn began, is a repeat."""
    org = subject.org
    plan = subject.meeting_plan
    periods = sorted(
        {
            (p.from_, p.to, p.party, p.term_from, p.term_to)
            for other in forum_plans(subject, own=True)
            for p in other.chairs
        },
        key=lambda p: (p[0], p[1], p[2]),
    )
    own = {p.from_ for p in plan.chairs}
    found: set[dt.date] = set()
    turn_slot: str | None = None
    turn_start = turn_end = dt.date.min
    declared: dt.date | None = None  # the last day of the turn's term, where a period gives it (`term_to`)
    for start, end, party, term_from, term_to in periods:
        slot = rotation_slot(org, party, rotation)
        if slot is not None and slot == turn_slot:
            contiguous = start == turn_end + dt.timedelta(days=1) or (
                declared is not None and turn_end < start and (declared == dt.date.max or start <= _after(declared))
            )
            following = years_after(turn_start, years)
            if not contiguous or (following is not None and start >= following):
                if start in own:
                    found.add(start)
                turn_start = start
            turn_end = max(turn_end, end)
            declared = max(declared, term_to) if declared is not None and term_to is not None else declared or term_to
        else:
            # a period whose term began before it (`term_from`: a yearly plan's second year) began its turn then;
            # one whose term runs on past it (`term_to`: a yearly plan's first year) ends its turn then
            turn_slot, turn_start, turn_end, declared = slot, min(start, term_from or start), end, term_to
        # one period that by itself runs past its turn's term (one municipality 2022–2025) is two turns in a row
        last_day = years_after(turn_start, years)
        if slot is not None and last_day is not None and end >= last_day and start in own:
            found.add(start)
    return found


def _after(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=1)


def _preceding(subject: Subject) -> ChairPeriod | None:
    """The chair period of another plan of the same forum that ends last before this plan's first
    period begins: the plans of one forum are one sequence, so Arendal chairing 2022–2023 in one
    plan and Kristiansand 2024–2025 in the next is a repeat of the municipalities' turn. A period
    of the same party that ends the day before is the same chair going on (yearly plans of a
    two-year term): it is passed over, and the period before it is the one compared
    (``chair_term`` measures the whole term)."""
    plan = subject.meeting_plan
    start = min(plan.chairs, key=lambda p: (p.from_, p.to))
    earlier = sorted(
        (period for other in forum_plans(subject) for period in other.chairs if period.to < start.from_),
        key=lambda p: (p.to, p.from_),
    )
    current = start
    while earlier:
        before = earlier.pop()
        if before.party == current.party and before.to + dt.timedelta(days=1) == current.from_:
            current = before  # the same chair going on across the plans' boundary: one term, not a repeat
            continue
        return before
    return None


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
  oslo: {name: Oslo kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    chair_rotation: [kommune, sykehus]
    members:
      - {party: ous, role: Direktør}
      - {party: oslo, role: Byrådsleder}
"""
_BAERUM_PARTY = (
    "  oslo: {name: Oslo kommune, type: kommune, side: kommune}\n"
    "  baerum: {name: Bærum kommune, type: kommune, side: kommune}\n"
)
_BAERUM_SEAT = "      - {party: baerum, role: Ordfører}\n"
_WITH_BAERUM = _ORG.replace("  oslo: {name: Oslo kommune, type: kommune, side: kommune}\n", _BAERUM_PARTY).replace(
    "      - {party: oslo, role: Byrådsleder}\n", "      - {party: oslo, role: Byrådsleder}\n" + _BAERUM_SEAT
)
_TERMS = _ORG.replace(
    "{party: oslo, role: Byrådsleder}", "{party: oslo, role: Byrådsleder, term: {from: 2021-01-01, to: 2024-12-31}}"
).replace("{party: ous, role: Direktør}", "{party: ous, role: Direktør, term: {from: 2021-01-01, to: 2024-12-31}}")
EXAMPLES = (
    Example(
        "The chair alternates between the sides",
        {},
        _ORG,
        plan="""\
forum: ssu
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: oslo}
  - {from: 2027-01-01, to: 2028-12-31, party: ous}
""",
    ),
    Example(
        "One period: nothing to alternate, so it passes (`chair_term` reports a period longer than the term)",
        {},
        _ORG,
        plan="""\
forum: ssu
chairs:
  - {from: 2022-01-01, to: 2027-12-31, party: oslo}
""",
    ),
    Example(
        "«Veksler på lederansvaret», no term length in the text: one side chairs 2021–2030 past its seat's term "
        "(2021–2024)",
        {"within_seat_term": True},
        _ORG.replace(
            "{party: oslo, role: Byrådsleder}",
            "{party: oslo, role: Byrådsleder, term: {from: 2021-01-01, to: 2024-12-31}}",
        ),
        expect=("past-seat-term:2021-01-01",),
        plan="""\
forum: ssu
chairs:
  - {from: 2021-01-01, to: 2030-12-31, party: oslo}
""",
    ),
    Example(
        "The hospital's turn after today's seats' terms (2021–2024) is no longer than a term: it passes",
        {"within_seat_term": True},
        _TERMS,
        plan="""\
forum: ssu
chairs:
  - {from: 2021-01-01, to: 2024-12-31, party: oslo}
  - {from: 2025-01-01, to: 2028-12-31, party: ous}
""",
    ),
    Example(
        "The hospital's turn after today's seats' terms (2021–2024) is twice as long as a term",
        {"within_seat_term": True},
        _TERMS,
        expect=("past-seat-term-length:2025-01-01",),
        plan="""\
forum: ssu
chairs:
  - {from: 2021-01-01, to: 2024-12-31, party: oslo}
  - {from: 2025-01-01, to: 2032-12-31, party: ous}
""",
    ),
    Example(
        "The municipality chairs twice in a row",
        {},
        _ORG,
        expect=("repeat:2027-01-01",),
        plan="""\
forum: ssu
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: oslo}
  - {from: 2027-01-01, to: 2028-12-31, party: oslo}
""",
    ),
    Example(
        "The plan for 2027–2028 follows the plan for 2025–2026, in which the municipality chaired: the hospital's turn",
        {},
        _ORG,
        plan="""\
forum: ssu
chairs:
  - {from: 2027-01-01, to: 2028-12-31, party: ous}
""",
        other_plans=(("ssu-2025-2026", "forum: ssu\nchairs:\n  - {from: 2025-01-01, to: 2026-12-31, party: oslo}\n"),),
    ),
    Example(
        "Two-year turns: the municipalities' turn passes from Oslo to Bærum in its second year",
        {"term_years": 2},
        _WITH_BAERUM,
        plan="""\
forum: ssu
chairs:
  - {from: 2025-01-01, to: 2025-12-31, party: oslo}
  - {from: 2026-01-01, to: 2026-12-31, party: baerum}
  - {from: 2027-01-01, to: 2028-12-31, party: ous}
""",
    ),
    Example(
        "Two-year turns: Oslo chairs 2025–2028 as one period, two turns in a row",
        {"term_years": 2},
        _WITH_BAERUM,
        expect=("repeat:2025-01-01",),
        plan="""\
forum: ssu
chairs:
  - {from: 2025-01-01, to: 2028-12-31, party: oslo}
""",
    ),
    Example(
        "Two-year turns: the plan for 2025, the second year of Oslo's turn (term_from 2024), then Bærum",
        {"term_years": 2},
        _WITH_BAERUM,
        expect=("repeat:2026-01-01",),
        plan="""\
forum: ssu
chairs:
  - {from: 2025-01-01, to: 2025-12-31, party: oslo, term_from: 2024-01-01}
  - {from: 2026-01-01, to: 2026-12-31, party: baerum}
""",
    ),
    Example(
        "Two-year turns: Bærum from July 2026, after the plan for 2025, the first year of Oslo's turn (term_to 2026)",
        {"term_years": 2},
        _WITH_BAERUM,
        plan="""\
forum: ssu
chairs:
  - {from: 2026-07-01, to: 2026-12-31, party: baerum}
""",
        other_plans=(
            (
                "ssu-2025",
                "forum: ssu\nchairs:\n  - {from: 2025-01-01, to: 2025-12-31, party: oslo, term_to: 2026-12-31}\n",
            ),
        ),
    ),
    Example(
        "Two-year turns: the plan for 2025, the first year of Oslo's turn (term_to 2026), then Bærum in 2027",
        {"term_years": 2},
        _WITH_BAERUM,
        expect=("repeat:2027-01-01",),
        plan="""\
forum: ssu
chairs:
  - {from: 2025-01-01, to: 2025-12-31, party: oslo, term_to: 2026-12-31}
  - {from: 2027-01-01, to: 2027-12-31, party: baerum}
""",
    ),
    Example(
        "Two-year turns: the municipalities hold a third year",
        {"term_years": 2},
        _WITH_BAERUM,
        expect=("repeat:2027-01-01",),
        plan="""\
forum: ssu
chairs:
  - {from: 2025-01-01, to: 2025-12-31, party: oslo}
  - {from: 2026-01-01, to: 2026-12-31, party: baerum}
  - {from: 2027-01-01, to: 2027-12-31, party: oslo}
""",
    ),
    Example(
        "Yearly plans: the municipality's two-year term goes on from the 2025 plan into the 2026 plan",
        {},
        _ORG,
        plan="""\
forum: ssu
chairs:
  - {from: 2026-01-01, to: 2026-12-31, party: oslo}
""",
        other_plans=(
            ("ssu-2024", "forum: ssu\nchairs:\n  - {from: 2023-01-01, to: 2024-12-31, party: ous}\n"),
            ("ssu-2025", "forum: ssu\nchairs:\n  - {from: 2025-01-01, to: 2025-12-31, party: oslo}\n"),
        ),
    ),
    Example(
        "Two plans in a row, a municipality chairing in both (Oslo, then Bærum)",
        {},
        _WITH_BAERUM,
        expect=("repeat:2027-01-01",),
        plan="""\
forum: ssu
chairs:
  - {from: 2027-01-01, to: 2028-12-31, party: baerum}
""",
        other_plans=(("ssu-2025-2026", "forum: ssu\nchairs:\n  - {from: 2025-01-01, to: 2026-12-31, party: oslo}\n"),),
    ),
)
