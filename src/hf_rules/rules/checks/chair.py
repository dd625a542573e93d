"""Who chairs, in every chair period of a plan: the side, the role, co-chairs, the terms, and the
swap of chair and deputy at mid-term.

Each option given is checked on its own, for every period of the plan (in date order):

- ``side``: the chair is always from one of these sides (the side of the period's ``party``);
- ``party_type``: the chair's party is always of one of these types («Kommunene og Vestre Viken
  veksler på lederansvaret»: ``party_type: [kommune, helseforetak]``, so that KS, which is on the
  municipal side, does not take the municipalities' turn; round 25 Vestre Viken);
- ``party``: the chair is one of these parties (the period's ``party``, by id: a part of a party,
  such as a department, is not the party itself); ``$sector`` stands for the forum's sector
  hospital, in a forum without a ``sector`` no party, so there every period is reported
  ("KOSS ledes av Rådmannen i Arendal": ``party: [arendal]`` beside ``role``). An id the
  organisation does not have is reported as an ``info`` finding at the organisation, with a
  suggestion, besides the periods it fails;
- ``role``: the chair holds one of these roles: the period's ``role``, which must be given, is
  matched as a seat's role is (see *Seat selectors*), and so are the ``other_roles`` of the one
  seat of the forum that the period's ``party`` and ``role`` name (a combined post: a period
  naming the "Leiar av FOUSAM" meets ``role: [Samhandlingskoordinator]`` when that seat gives
  ``other_roles: [Samhandlingskoordinator]``);
- ``role_is``: as ``role``, but the whole role, case and spacing aside (as the seat selector
  ``role_is``): ``role_is: [Ordfører]`` is not met by a period naming the "Ordfører i Lyngvik";
- ``co_chairs``: ``required`` — every period names a ``co_chair``; ``forbidden`` — none does;
- ``terms``: the periods follow terms of office of ``years`` years that begin on ``start`` (and
  every ``years`` years after): each period begins on a term's first day (or gives that day as
  its ``term_from``: a yearly plan for a term's second year) and ends on a term's last day (or
  gives that day as its ``term_to``: a yearly plan for a term's first year); with ``swap_at_mid_term`` a period may also begin or end at a term's midpoint; with
  ``by: side`` the term is the side's, and the chair may pass from one party of the side to
  another within it (Kristiansand, then Arendal, in the municipalities' two years). A
  period that the same party's period in another plan of the forum runs up to, or goes on from,
  may begin or end there (yearly plans of one two-year term);
- ``terms`` ``sides``: which side chairs each term, in turn from the term that begins on
  ``start`` («kommunane leiar frå 2022, deretter helseføretaket»: ``terms: {years: 2, start:
  2022-01-01, sides: [kommune, sykehus]}``): a period whose chair is from another side than its
  term's is reported (the term is the one the period begins in);
- ``swap_at_mid_term`` (with ``terms``): within a term, the second half's chair is the first
  half's deputy and the other way round;
- ``opposite_to``: whenever a period overlaps a chair period of the meeting plan of another forum
  of those types (or ids), the two chairs are from different sides ("the hospital chairs the
  area committees while the municipalities chair the SSU"); a ``co_chair`` on either side
  chairs too, so a co-chair from the other forum's chair's side is reported, at the co-chair. Only the meeting plans checked
  together are compared, and a period is never passed without a comparison: when no meeting plan
  of such a forum is among the files checked, that is reported once, at the plan's ``chairs``;
  when there is one but its chair periods leave days of a period uncovered (the other plan
  starts later or ends earlier), that period is reported, naming the days. Each finding has a
  message of its own (who chaired the other forum then cannot be compared) and the rule's
  severity, as for a plan without chair periods. With several such fora, a day is covered when
  a chair period of any of them covers it. The other forum's period covers its whole term where
  it names one (``term_from``, ``term_to``: a yearly plan of a two-year term), the plan for the
  term's other year being the same chair's;
- ``same_as``: whenever a period overlaps a chair period of the meeting plan of another forum of
  those types (or ids), the same party chairs both, and where both periods name the chair's
  ``person``, the same person ("the partnerskapsmøte is chaired by the SSU's chair":
  ``same_as: {type: [strategisk-samarbeidsutvalg]}`` on the partnerskapsmøte's plans). A period
  never passes without a comparison, as with ``opposite_to``: a missing plan, or days its chair
  periods leave uncovered, are reported the same way;
- ``same_side_as``: whenever a period overlaps a chair period of the meeting plan of another forum
  of those types (or ids), the two chairs are from the same side — one leadership of the whole
  health community that the sides take turns at («Kommunene og Vestre Viken veksler på
  lederansvaret i Helsefellesskapet»: ``same_side_as: {type: [strategisk-samarbeidsutvalg]}`` on
  the partnerskapsmøte's plans, beside ``chair_alternation`` on each); compared as
  ``opposite_to`` is, and never passed without a comparison.

``side``, ``role`` and ``party`` read the period's own chair (``party``, ``role``); a
``co_chair`` is the second of two co-chairs and is not read by them (``co_chairs`` says whether
there is one: where the agreement names one chair, ``co_chairs: forbidden`` beside them keeps a
second chair from passing unseen; ``chair_alternation`` and ``chair_term`` read the chair only,
too).

Alternation between the sides is ``chair_alternation``; the deputy's side is ``deputy_chair``.

A plan that names no chair periods (``chairs`` left out or empty) is reported once, at the plan,
with a message of its own: who chairs cannot be checked there, so the rule does not pass silently.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator
from typing import Any

from hf_rules.core.i18n import phrase
from hf_rules.documents.model import ChairPeriod
from hf_rules.rules.checks.base import STRINGS, Example, LocalText, Subject, Violation
from hf_rules.rules.checks.fora import FORUM_CRITERIA, meets
from hf_rules.rules.checks.plan_helpers import forum_plans, no_chairs, ordered_periods, period_text
from hf_rules.rules.checks.seats import held_post, holder_roles, role_key, role_matches
from hf_rules.rules.checks.words import words

NAME = "chair"
SUBJECTS = frozenset({"meeting_plan"})
PARAMS: dict[str, str] = {
    "period": "The chair period, `FROM–TO` (e.g. 2025-01-01–2026-12-31).",
    "party_name": "Name of the chairing party of the period (of the co-chair, for a finding about the co-chair).",
    "problem": "What is wrong: the chair is from a side not allowed, is not one of the parties, lacks the role, a co-chair is missing or forbidden, the period is not aligned to the terms, chair and deputy do not swap at mid-term, the chair is not from the side whose turn the term is (`terms.sides`), the chair is on the same side as the chair of the other forum (named), or (`same_as`) is not the party or person who chairs the other forum at the same time (named), or (`same_side_as`) is not from the side of the other forum's chair at the same time (named).",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "side": words("sides", "Sides the chair is always from (kommune, sykehus)."),
        "party_type": words(
            "party_types",
            "Types of party the chair's party is always one of («Kommunene og Vestre Viken veksler på lederansvaret»: "
            "[kommune, helseforetak]; KS, on the municipal side, is neither).",
        ),
        "role": {**STRINGS, "description": "Roles the chair holds (the period's `role`)."},
        "role_is": {
            **STRINGS,
            "description": "Roles the chair holds as a whole (the period's `role`, case and spacing aside; not a "
            "longer role that begins with one).",
        },
        "party": {
            **STRINGS,
            "description": "Parties the chair is one of (the period's `party`, by id; '$sector': the forum's "
            "sector hospital).",
        },
        "co_chairs": {"enum": ["required", "forbidden"], "description": "Whether periods have two co-chairs."},
        "terms": {
            "type": "object",
            "description": "Terms of office the periods follow.",
            "properties": {
                "years": {"type": "integer", "minimum": 1, "description": "Length of a term."},
                "start": {"type": "string", "format": "date", "description": "First day of a term."},
                "by": {
                    "enum": ["party", "side"],
                    "default": "party",
                    "description": "Whose term: the chairing party's, or its side's (`side`: the chair may pass "
                    "from one municipality to another within the municipalities' term).",
                },
                "sides": {
                    **words(
                        "sides",
                        "The side that chairs each term, in turn: the term that begins on `start` "
                        "is the first side's, the next the second's, and so on round (and back before `start`).",
                    ),
                    "minItems": 1,
                },
            },
            "required": ["years", "start"],
            "additionalProperties": False,
        },
        "opposite_to": {
            "type": "object",
            "description": "Fora (by `type` or `id`, narrowed by `topic` or `priority_groups`) whose chair "
            "at the same time is from the other side.",
            "properties": {"type": words("forum_types", "Forum types."), "id": STRINGS, **FORUM_CRITERIA},
            "additionalProperties": False,
            "minProperties": 1,
        },
        "same_as": {
            "type": "object",
            "description": "Fora (by `type` or `id`, narrowed by `topic` or `priority_groups`) whose chair "
            "at the same time is the same party (and the same person, where both periods name one).",
            "properties": {"type": words("forum_types", "Forum types."), "id": STRINGS, **FORUM_CRITERIA},
            "additionalProperties": False,
            "minProperties": 1,
        },
        "same_side_as": {
            "type": "object",
            "description": "Fora (by `type` or `id`, narrowed by forum criteria) whose chair at the same time is "
            "from the same side: one leadership of the health community, «Kommunene og Vestre Viken veksler på "
            "lederansvaret i Helsefellesskapet».",
            "properties": {"type": words("forum_types", "Forum types."), "id": STRINGS, **FORUM_CRITERIA},
            "additionalProperties": False,
            "minProperties": 1,
        },
        "swap_at_mid_term": {
            "type": "boolean",
            "default": False,
            "description": "Chair and deputy swap at the middle of each term (needs `terms`).",
        },
    },
    "additionalProperties": False,
    "minProperties": 1,
}


def _add_months(day: dt.date, months: int) -> dt.date | None:
    month = day.month - 1 + months
    year = day.year + month // 12
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    try:
        return day.replace(year=year, month=month % 12 + 1)
    except ValueError:  # 29-31 of a shorter month
        return None


def _next_day(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=1)


def _boundaries(start: dt.date, step_months: int, first: dt.date, last: dt.date) -> set[dt.date]:
    """Every term boundary (``start`` + k steps, k of either sign) from before ``first`` to after ``last``."""
    found: set[dt.date] = set()
    months = 0
    while (day := _add_months(start, months)) is not None and day > first:
        months -= step_months
    while (day := _add_months(start, months)) is not None and day <= last + dt.timedelta(days=1):
        found.add(day)
        months += step_months
    return found


def _coupled(
    subject: Subject,
    wanted: dict[str, Any],
    periods: list[tuple[int, ChairPeriod]],
    violation: Callable[[int, ChairPeriod, str, LocalText, str | None], Violation],
    option: str = "opposite_to",
) -> Iterator[Violation]:
    """Each period against the chair periods of the other fora's plans that overlap it, as
    ``option`` asks: from the other side (``opposite_to``), the same party and person
    (``same_as``), or the same side (``same_side_as``)."""
    org = subject.org
    here = subject.meeting_plan.body
    others = [
        plan
        for plan in org.plans
        if plan.forum is not None  # a secretariat's plan names no forum's chair
        and plan.model.body != here
        and ("type" not in wanted or org.forum_is(plan.forum, wanted["type"]))
        and ("id" not in wanted or plan.model.forum in wanted["id"])
        and meets(plan.forum, wanted, org)
    ]
    if not others:
        yield _uncompared(subject, wanted, None, option)
        return
    # a period that names its term (`term_from`, `term_to`: a yearly plan of a two-year term) holds the chair for
    # the whole term, beyond the plan
    spans = sorted(_term_span(c) for plan in others for c in plan.model.chairs)
    for index, period in periods:
        gaps = _uncovered(period.from_, period.to, spans)
        if gaps:
            yield _uncompared(subject, wanted, (index, period, gaps), option)
        for plan in others:
            for other in plan.model.chairs:
                other_from, other_to = _term_span(other)
                overlaps = other_from <= period.to and period.from_ <= other_to
                if not overlaps:
                    continue
                if option == "same_as":
                    other_person = other.person is not None and period.person is not None
                    differs = other.party != period.party or (other_person and other.person != period.person)
                    problem = phrase(
                        "chair-not-same-as",
                        forum=plan.body_name,
                        chair=org.party_name(other.party) + (f" ({other.person})" if other.person else ""),
                    )
                    kind, field = "same-as", "party" if other.party != period.party else "person"
                elif option == "same_side_as":
                    differs = org.side_of(other.party) != org.side_of(period.party)
                    problem = phrase(
                        "chair-not-same-side-as",
                        forum=plan.body_name,
                        chair=org.party_name(other.party),
                        side=org.side_of(other.party) or "-",
                    )
                    kind, field = "same-side-as", "party"
                else:  # a co-chair chairs too: neither chair here may share a side with a chair there
                    theirs = {org.side_of(p) for p in _chairing(other)}
                    shared = [p for p in _chairing(period) if org.side_of(p) in theirs]
                    differs = bool(shared)
                    problem = phrase("chair-same-side-as", forum=plan.body_name)
                    kind, field = "coupled", "party" if not shared or shared[0] == period.party else "co_chair"
                if differs:
                    found = violation(index, period, f"{kind}:{plan.model.metadata.id}", problem, field)
                    found.evidence["other_chair"] = {"plan": plan.model.metadata.id, "party": other.party}
                    yield found
                    break


def _term_span(period: ChairPeriod) -> tuple[dt.date, dt.date]:
    """The days ``period``'s chair holds the chair: from its ``term_from`` (else ``from``) to its
    ``term_to`` (else ``to``)."""
    return (period.term_from or period.from_, period.term_to or period.to)


def _chairing(period: ChairPeriod) -> list[str]:
    """The parties that chair in ``period``: its chair and, where it has one, its co-chair."""
    return [period.party] + ([period.co_chair.party] if period.co_chair is not None else [])


def _uncovered(first: dt.date, last: dt.date, spans: list[tuple[dt.date, dt.date]]) -> list[str]:
    """The days of ``first``..``last`` that no span of ``spans`` (sorted by start) covers, as
    ``FROM–TO`` texts."""
    gaps: list[str] = []
    day = first  # the first day not yet known to be covered
    for start, end in spans:
        if end < day:
            continue
        if start > last:
            break
        if start > day:
            gaps.append(f"{day.isoformat()}–{(start - dt.timedelta(days=1)).isoformat()}")
        if end >= last:
            return gaps
        day = end + dt.timedelta(days=1)
    gaps.append(f"{day.isoformat()}–{last.isoformat()}")
    return gaps


def _criteria_text(wanted: dict[str, Any]) -> str:
    """``opposite_to`` as the reader wrote it: ``type: strategisk-samarbeidsutvalg``."""
    return "; ".join(f"{k}: {', '.join(map(str, v)) if isinstance(v, list) else v}" for k, v in wanted.items())


def _uncompared(
    subject: Subject,
    wanted: dict[str, Any],
    period: tuple[int, ChairPeriod, list[str]] | None,
    option: str = "opposite_to",
) -> Violation:
    """``opposite_to`` had nothing to compare with: no plan of such a forum among the files checked
    (``period`` None; reported once, at ``chairs``), or days of a period no chair period of theirs
    covers. Never a silent pass, as a plan without chair periods is not (``no_chairs``)."""
    criteria = _criteria_text(wanted)
    if period is None:
        return Violation(
            subject.at("chairs"),
            "uncompared",
            {},
            {option: wanted, "plans": 0},
            at_key=True,
            said=phrase(
                {"same_as": "chair-same-as-no-plan", "same_side_as": "chair-same-side-no-plan"}.get(
                    option, "chair-opposite-no-plan"
                ),
                plan=subject.id,
                criteria=criteria,
            ),
            said_hint=phrase("chair-opposite-no-plan-hint"),
        )
    index, chair_period, gaps = period
    return Violation(
        subject.at("chairs", index),
        f"uncompared:{chair_period.from_.isoformat()}",
        {},
        {option: wanted, "uncovered": gaps},
        said=phrase(
            "chair-opposite-uncovered", period=period_text(chair_period), criteria=criteria, days=", ".join(gaps)
        ),
        said_hint=phrase("chair-opposite-uncovered-hint"),
    )


def _term_of(start: dt.date, years: int, day: dt.date) -> int:
    months = (day.year - start.year) * 12 + day.month - start.month - (1 if day.day < start.day else 0)
    return months // (years * 12)


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    org = subject.org
    periods = ordered_periods(subject.meeting_plan.chairs)
    if not periods:
        yield no_chairs(subject)
        return

    def violation(
        index: int, period: ChairPeriod, kind: str, problem: LocalText, field: str | None = None
    ) -> Violation:
        # a finding about the co-chair (at its key) names the co-chair's party
        named = period.co_chair.party if field == "co_chair" and period.co_chair is not None else period.party
        params: dict[str, LocalText] = {
            "period": period_text(period),
            "party_name": org.party_name(named),
            "problem": problem,
        }
        evidence = {"party": period.party, "deputy": period.deputy, "role": period.role}
        where = subject.at("chairs", index, field) if field else subject.at("chairs", index)
        return Violation(where, f"{kind}:{period.from_.isoformat()}", params, evidence)

    forum = subject.plan_forum
    sector = forum.sector  # what `$sector` stands for: the forum's sector hospital
    allowed = [p for e in options.get("party") or () if (p := sector if e == "$sector" else e) is not None]
    for index, period in periods:
        if "side" in options and org.side_of(period.party) not in options["side"]:
            yield violation(
                index, period, "side", phrase("chair-wrong-side", sides=", ".join(options["side"])), "party"
            )
        party = org.party(period.party)
        if "party_type" in options and (party is None or party.type not in options["party_type"]):
            types = ", ".join(options["party_type"])
            yield violation(index, period, "party-type", phrase("chair-wrong-party-type", types=types), "party")
        if "party" in options and period.party not in allowed:
            named = ", ".join(map(org.party_name, allowed)) or "$sector"
            yield violation(index, period, "party", phrase("chair-wrong-party", parties=named), "party")
        if "role" in options and not any(
            role_matches(held, r) for held in holder_roles(forum, period.party, period.role) for r in options["role"]
        ):
            field = "role" if period.role else None
            yield violation(index, period, "role", phrase("chair-wrong-role", roles=", ".join(options["role"])), field)
        if "role_is" in options and not {held_post(held) for held in holder_roles(forum, period.party, period.role)} & {
            role_key(r) for r in options["role_is"]
        }:
            field = "role" if period.role else None
            roles = ", ".join(options["role_is"])
            yield violation(index, period, "role-is", phrase("chair-wrong-role", roles=roles), field)
        if options.get("co_chairs") == "required" and period.co_chair is None:
            yield violation(index, period, "co-chair", phrase("chair-co-chair-missing"))
        if options.get("co_chairs") == "forbidden" and period.co_chair is not None:
            yield violation(index, period, "co-chair", phrase("chair-co-chair-forbidden"), "co_chair")
    if "opposite_to" in options:
        yield from _coupled(subject, options["opposite_to"], periods, violation)
    if "same_as" in options:
        yield from _coupled(subject, options["same_as"], periods, violation, "same_as")
    if "same_side_as" in options:
        yield from _coupled(subject, options["same_side_as"], periods, violation, "same_side_as")
    terms = options.get("terms")
    if terms is None or not periods:
        return
    start, years = dt.date.fromisoformat(terms["start"]), terms["years"]
    step = years * 6 if options["swap_at_mid_term"] and years * 12 % 2 == 0 else years * 12
    first_day = min(p.term_from or p.from_ for _, p in periods)
    last_day = max(p.term_to or p.to for _, p in periods)
    edges = _boundaries(start, step, first_day, last_day)
    went_on, goes_on = _carried_over(subject)
    by_side = terms.get("by") == "side"
    org = subject.org
    for position, (index, period) in enumerate(periods):
        ends_on_edge = period.to != dt.date.max and period.to + dt.timedelta(days=1) in edges
        begins = period.from_ in edges or (period.party, period.from_) in went_on or period.term_from in edges
        ends = (
            ends_on_edge
            or (period.party, period.to) in goes_on
            or (period.term_to is not None and period.term_to != dt.date.max and _next_day(period.term_to) in edges)
        )
        if by_side:  # a hand-over within the side's term is no boundary of a term
            before = periods[position - 1][1] if position else None
            after = periods[position + 1][1] if position + 1 < len(periods) else None
            side = org.side_of(period.party)
            begins = begins or (
                before is not None
                and org.side_of(before.party) == side
                and before.to + dt.timedelta(days=1) == period.from_
            )
            ends = ends or (
                after is not None
                and org.side_of(after.party) == side
                and period.to + dt.timedelta(days=1) == after.from_
            )
        if not begins or not ends:
            yield violation(index, period, "aligned", phrase("chair-not-aligned", years=years, start=terms["start"]))
    turns = terms.get("sides")
    if turns:
        for index, period in periods:
            side = turns[_term_of(start, years, period.term_from or period.from_) % len(turns)]
            if org.side_of(period.party) != side:
                yield violation(index, period, "term-side", phrase("chair-term-side", side=side, years=years), "party")
    if options["swap_at_mid_term"]:
        for (_, first), (index, second) in itertools.pairwise(periods):
            same_term = _term_of(start, years, first.from_) == _term_of(start, years, second.from_)
            if same_term and (second.party != first.deputy or second.deputy != first.party):
                yield violation(index, second, "swap", phrase("chair-no-swap"))


def _carried_over(subject: Subject) -> tuple[set[tuple[str, dt.date]], set[tuple[str, dt.date]]]:
    """Where the forum's other plans carry a chair on across this plan's edges: ``(party, first
    day)`` of this plan's periods that the same party's period in another plan runs up to, and
    ``(party, last day)`` of those that another plan's period of the same party goes on from
    (yearly plans of one term: the 2025 plan's period begins mid-term, as the 2024 plan's ends)."""
    others = [period for other in forum_plans(subject) for period in other.chairs]
    day = dt.timedelta(days=1)
    went_on = {(p.party, p.to + day) for p in others if p.to != dt.date.max}
    goes_on = {(p.party, p.from_ - day) for p in others if p.from_ != dt.date.min}
    return went_on, goes_on


_ORG = """\
parties:
  hf: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
fora:
  pm:
    name: Partnerskapsmøtet
    type: partnerskapsmote
    members:
      - {party: hf, role: Administrerende direktør}
      - {party: lyngvik, role: Ordfører}
"""
_AREA = """\
parties:
  hf: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
fora:
  ssu: {name: Strategisk samarbeidsutvalg, type: strategisk-samarbeidsutvalg}
  rs-nord: {name: Regionalt samarbeidsutvalg Nord, type: samarbeidsforum}
"""
_SSU_PLAN = """\
forum: ssu
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: lyngvik}
"""
_OPPOSITE = {"opposite_to": {"type": ["strategisk-samarbeidsutvalg"]}}
_SAME = {"same_as": {"type": ["strategisk-samarbeidsutvalg"]}}
_SAME_SIDE = {"same_side_as": {"type": ["strategisk-samarbeidsutvalg"]}}
_PM_AND_SSU = """\
parties:
  hf: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
fora:
  pm: {name: Partnerskapsmøtet, type: partnerskapsmote}
  ssu: {name: Strategisk samarbeidsutvalg, type: strategisk-samarbeidsutvalg}
"""
_SSU_PERSON_PLAN = """\
forum: ssu
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: lyngvik, person: Kari Nordmann}
"""
_TERMS = {"terms": {"years": 4, "start": "2024-01-01"}, "swap_at_mid_term": True}
EXAMPLES = (
    Example(
        "A mayor always chairs",
        {"side": ["kommune"], "role": ["Ordfører"]},
        _ORG,
        plan="""\
forum: pm
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: lyngvik, role: Ordfører i Lyngvik}
""",
    ),
    Example(
        "The mayor chairs: the period names the mayor, the whole role (role_is)",
        {"role_is": ["Ordfører"]},
        _ORG,
        plan="""\
forum: pm
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: lyngvik, role: ordfører}
""",
    ),
    Example(
        "A period naming the Ordfører i Lyngvik does not meet role_is: [Ordfører] (role: [Ordfører] would)",
        {"role_is": ["Ordfører"]},
        _ORG,
        expect=("role-is:2025-01-01",),
        plan="""\
forum: pm
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: lyngvik, role: Ordfører i Lyngvik}
""",
    ),
    Example(
        "The hospital chairs where the municipalities always do",
        {"side": ["kommune"]},
        _ORG,
        expect=("side:2025-01-01",),
        plan="""\
forum: pm
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: hf}
""",
    ),
    Example(
        "Lyngvik's municipal director always chairs",
        {"party": ["lyngvik"], "role": ["Kommunedirektør"]},
        _ORG,
        plan="""\
forum: pm
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: lyngvik, role: Kommunedirektør}
""",
    ),
    Example(
        "The hospital chairs where Lyngvik always does",
        {"party": ["lyngvik"]},
        _ORG,
        expect=("party:2025-01-01",),
        plan="""\
forum: pm
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: hf}
""",
    ),
    Example(
        "The hospital chairs the regional committee while a municipality chairs the SSU",
        _OPPOSITE,
        _AREA,
        plan="""\
forum: rs-nord
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: hf}
""",
        other_plans=(("ssu-plan", _SSU_PLAN),),
    ),
    Example(
        "The municipalities chair both at once",
        _OPPOSITE,
        _AREA,
        expect=("coupled:ssu-plan:2025-01-01",),
        plan="""\
forum: rs-nord
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: lyngvik}
""",
        other_plans=(("ssu-plan", _SSU_PLAN),),
    ),
    Example(
        "The hospital co-chairs the committee with Lyngvik while Lyngvik chairs the SSU",
        _OPPOSITE,
        _AREA,
        expect=("coupled:ssu-plan:2025-01-01",),
        plan="""\
forum: rs-nord
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: hf, co_chair: {party: lyngvik}}
""",
        other_plans=(("ssu-plan", _SSU_PLAN),),
    ),
    Example(
        "The SSU's plan ends in 2026, the committee's period in 2027: 2027 cannot be compared",
        _OPPOSITE,
        _AREA,
        expect=("uncompared:2025-01-01",),
        plan="""\
forum: rs-nord
chairs:
  - {from: 2025-01-01, to: 2027-12-31, party: hf}
""",
        other_plans=(("ssu-plan", _SSU_PLAN),),
    ),
    Example(
        "The SSU's yearly plan for 2026 names its chair's term to the end of 2027 (term_to): 2027 is compared",
        _OPPOSITE,
        _AREA,
        plan="""\
forum: rs-nord
chairs:
  - {from: 2026-01-01, to: 2027-12-31, party: hf}
""",
        other_plans=(
            (
                "ssu-2026",
                "forum: ssu\nchairs:\n  - {from: 2026-01-01, to: 2026-12-31, party: lyngvik, term_to: 2027-12-31}\n",
            ),
        ),
    ),
    Example(
        "The SSU's plan is not among the files checked: nothing to compare with, so the plan is reported",
        _OPPOSITE,
        _AREA,
        expect=("uncompared",),
        plan="""\
forum: rs-nord
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: hf}
""",
    ),
    Example(
        "The SSU's chair chairs the partnerskapsmøte too",
        _SAME,
        _PM_AND_SSU,
        plan="""\
forum: pm
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: lyngvik, person: Kari Nordmann}
""",
        other_plans=(("ssu-plan", _SSU_PERSON_PLAN),),
    ),
    Example(
        "The hospital chairs the partnerskapsmøte while Lyngvik chairs the SSU",
        _SAME,
        _PM_AND_SSU,
        expect=("same-as:ssu-plan:2025-01-01",),
        plan="""\
forum: pm
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: hf}
""",
        other_plans=(("ssu-plan", _SSU_PERSON_PLAN),),
    ),
    Example(
        "One leadership: the municipal side chairs both the partnerskapsmøte and the SSU (`same_side_as`)",
        _SAME_SIDE,
        _PM_AND_SSU.replace("fora:", "  vik: {name: Vik kommune, type: kommune, side: kommune}\nfora:"),
        plan="""\
forum: pm
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: vik}
""",
        other_plans=(("ssu-plan", _SSU_PERSON_PLAN),),
    ),
    Example(
        "Split leadership: the hospital chairs the partnerskapsmøte while Lyngvik chairs the SSU",
        _SAME_SIDE,
        _PM_AND_SSU,
        expect=("same-side-as:ssu-plan:2025-01-01",),
        plan="""\
forum: pm
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: hf}
""",
        other_plans=(("ssu-plan", _SSU_PERSON_PLAN),),
    ),
    Example(
        "Lyngvik chairs both, but another person chairs the partnerskapsmøte",
        _SAME,
        _PM_AND_SSU,
        expect=("same-as:ssu-plan:2025-01-01",),
        plan="""\
forum: pm
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: lyngvik, person: Ola Nordmann}
""",
        other_plans=(("ssu-plan", _SSU_PERSON_PLAN),),
    ),
    Example(
        "Two-year terms from 2022, the municipalities' first: Lyngvik chairs 2026–2027",
        {"terms": {"years": 2, "start": "2022-01-01", "sides": ["kommune", "sykehus"]}},
        _ORG,
        plan="""\
forum: pm
chairs:
  - {from: 2024-01-01, to: 2025-12-31, party: hf}
  - {from: 2026-01-01, to: 2027-12-31, party: lyngvik}
""",
    ),
    Example(
        "A yearly plan for the second year of the hospital's 2024–2025 term gives the term's first day",
        {"terms": {"years": 2, "start": "2022-01-01", "sides": ["kommune", "sykehus"]}},
        _ORG,
        plan="""\
forum: pm
chairs:
  - {from: 2025-01-01, to: 2025-12-31, party: hf, term_from: 2024-01-01}
""",
    ),
    Example(
        "A yearly plan for the first year of the municipalities' 2026–2027 term gives the term's last day",
        {"terms": {"years": 2, "start": "2022-01-01", "sides": ["kommune", "sykehus"]}},
        _ORG,
        plan="""\
forum: pm
chairs:
  - {from: 2026-01-01, to: 2026-12-31, party: lyngvik, term_to: 2027-12-31}
""",
    ),
    Example(
        "A yearly plan whose term_to is not a term's last day",
        {"terms": {"years": 2, "start": "2022-01-01", "sides": ["kommune", "sykehus"]}},
        _ORG,
        expect=("aligned:2026-01-01",),
        plan="""\
forum: pm
chairs:
  - {from: 2026-01-01, to: 2026-12-31, party: lyngvik, term_to: 2028-12-31}
""",
    ),
    Example(
        "The same yearly plan without term_from: it begins mid-term",
        {"terms": {"years": 2, "start": "2022-01-01", "sides": ["kommune", "sykehus"]}},
        _ORG,
        expect=("aligned:2025-01-01",),
        plan="""\
forum: pm
chairs:
  - {from: 2025-01-01, to: 2025-12-31, party: hf}
""",
    ),
    Example(
        "Two-year terms from 2022, the municipalities' first: the hospital chairs 2026–2027",
        {"terms": {"years": 2, "start": "2022-01-01", "sides": ["kommune", "sykehus"]}},
        _ORG,
        expect=("term-side:2026-01-01",),
        plan="""\
forum: pm
chairs:
  - {from: 2026-01-01, to: 2027-12-31, party: hf}
""",
    ),
    Example(
        "Four-year terms from 2024; chair and deputy swap at mid-term",
        _TERMS,
        _ORG,
        plan="""\
forum: pm
chairs:
  - {from: 2024-01-01, to: 2025-12-31, party: lyngvik, deputy: hf}
  - {from: 2026-01-01, to: 2027-12-31, party: hf, deputy: lyngvik}
""",
    ),
    Example(
        "The chair does not hand over at mid-term",
        _TERMS,
        _ORG,
        expect=("swap:2026-01-01",),
        plan="""\
forum: pm
chairs:
  - {from: 2024-01-01, to: 2025-12-31, party: lyngvik, deputy: hf}
  - {from: 2026-01-01, to: 2027-12-31, party: lyngvik, deputy: hf}
""",
    ),
    Example(
        "A plan of meeting dates only: who chairs cannot be checked, so the plan is reported",
        {"side": ["kommune"]},
        _ORG,
        expect=("no-chairs",),
        plan="""\
forum: pm
meetings:
  - {date: 2025-05-14}
""",
    ),
    Example(
        "A period that starts off the terms",
        {"terms": {"years": 2, "start": "2024-01-01"}},
        _ORG,
        expect=("aligned:2025-01-01",),
        plan="""\
forum: pm
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: lyngvik}
""",
    ),
    Example(
        "Yearly plans of two-year terms from 2024: the 2025 plan carries on the term the 2024 plan began",
        {"terms": {"years": 2, "start": "2024-01-01"}},
        _ORG,
        plan="forum: pm\nchairs:\n  - {from: 2025-01-01, to: 2025-12-31, party: lyngvik}\n",
        other_plans=(("pm-2024", "forum: pm\nchairs:\n  - {from: 2024-01-01, to: 2024-12-31, party: lyngvik}\n"),),
    ),
    Example(
        "Two-year terms of a side: the municipalities' term passes from Lyngvik to Havbo in its second year",
        {"terms": {"years": 2, "start": "2024-01-01", "by": "side"}},
        _ORG.replace(
            "  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}\n",
            "  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}\n"
            "  havbo: {name: Havbo kommune, type: kommune, side: kommune}\n",
        ),
        plan="forum: pm\nchairs:\n  - {from: 2024-01-01, to: 2024-12-31, party: lyngvik}\n"
        "  - {from: 2025-01-01, to: 2025-12-31, party: havbo}\n  - {from: 2026-01-01, to: 2027-12-31, party: hf}\n",
    ),
)
