"""Seats have terms of office of the agreed length (``term: {from, to}`` on a seat).

The seats are those the ``where`` selector picks (see *Seat selectors*; all when left out) among
the member seats, the observer seats or both (``group``, default both). Each must give a
``term`` (unless ``required`` is false, when only the terms given are checked). With ``years``, a
term runs from its first day to the day before that day ``years`` years on; with ``start``, terms
also begin on ``start`` or a whole number of ``years`` before or after it. A term marked
``remainder: true`` is the rest of a predecessor's term (a by-election, *suppleringsvalg*): it may be
shorter than ``years`` but not longer, and with ``start`` it ends the day before a term start
rather than beginning on one. With ``current``, the
term must also be running on the date the organisation is evaluated as of: a term that has ended
(or not begun) then is reported — "appointed for two years" read as "appointed now". That date
is the organisation's ``effective_from`` unless ``--as-of`` is given (see rule-packs.md, "Which
date"), so a structure that took effect in 2024 is judged as of 2024: to see the terms that have
run out today, run ``hf-rules check --as-of today`` (in CI, for instance)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from hf_rules.core.i18n import phrase
from hf_rules.rules.checks.base import Example, Subject, Violation
from hf_rules.rules.checks.seats import GROUP_OPTION, SEAT_FILTER, seat_matches, seat_text, seats_of

NAME = "seat_term"
SUBJECTS = frozenset({"forum"})
PARAMS: dict[str, str] = {
    "seat": "The seat: `party (role, level)`.",
    "role": "The seat's role (its constituency when it gives no role).",
    "problem": "What is wrong: no term given, the term is not the length required, does not start on a term start, or (`current`) is not running on the evaluation date.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "where": {**SEAT_FILTER, "default": {}, "description": "Which seats have terms (all when left out)."},
        "group": {**GROUP_OPTION, "default": "all"},
        "required": {"type": "boolean", "default": True, "description": "Every such seat gives a term."},
        "years": {"type": "integer", "minimum": 1, "description": "The length of a term, in years."},
        "start": {"type": "string", "format": "date", "description": "A day on which a term begins."},
        "current": {
            "type": "boolean",
            "default": False,
            "description": "The term runs on the date the organisation is evaluated as of (an ended term is reported).",
        },
    },
    "additionalProperties": False,
}


def _years_on(day: dt.date, years: int) -> dt.date | None:
    year = day.year + years
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    years, start = options.get("years"), options.get("start")
    for group, index, seat in seats_of(forum, options["group"]):
        if not seat_matches(subject, seat, options["where"], group):
            continue
        who = f"{group}:{seat.party or seat.represents}:{seat.role or ''}"
        params = {"seat": seat_text(subject.org, seat), "role": seat.role or str(seat.represents)}
        term = seat.term
        if term is None:
            if options["required"]:
                yield Violation(
                    subject.at(group, index), f"no-term:{who}", {**params, "problem": phrase("term-missing")}
                )
            continue
        evidence = {"term": f"{term.from_.isoformat()}–{term.to.isoformat()}"}
        if years is not None:
            end = _years_on(term.from_, years)
            last = None if end is None else end - dt.timedelta(days=1)
            if last is None or (term.to > last if term.remainder else term.to != last):
                problem = phrase("term-remainder-long" if term.remainder else "term-length", years=years)
                yield Violation(
                    subject.at(group, index, "term"), f"length:{who}", {**params, "problem": problem}, evidence
                )
        if options["current"] and subject.as_of is not None and not term.from_ <= subject.as_of <= term.to:
            problem = phrase("term-not-current", on=subject.as_of.isoformat())
            yield Violation(
                subject.at(group, index, "term"), f"current:{who}", {**params, "problem": problem}, evidence
            )
        if start is not None and years is not None:
            first = dt.date.fromisoformat(start)
            # a whole term begins on a term start; the rest of one ends the day before one
            day = term.to + dt.timedelta(days=1) if term.remainder and term.to < dt.date.max else term.from_
            offset = day.year - first.year
            if offset % years != 0 or (day.month, day.day) != (first.month, first.day):
                problem = phrase("term-remainder-not-aligned" if term.remainder else "term-not-aligned", start=start)
                yield Violation(
                    subject.at(group, index, "term"), f"aligned:{who}", {**params, "problem": problem}, evidence
                )


_ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Direktør}
      - {represents: bruker, role: Brukerrepresentant, term: {from: 2024-01-01, to: %s}}
"""
_ORG_REMAINDER = _ORG.replace("from: 2024-01-01, to: %s", "from: 2024-09-01, to: %s, remainder: true")
_OPTIONS = {"where": {"represents": ["bruker"]}, "years": 2, "start": "2024-01-01"}
EXAMPLES = (
    Example("The user representative serves two years", _OPTIONS, _ORG % "2025-12-31"),
    Example(
        "The user representative's term is four years where the agreement says two",
        _OPTIONS,
        _ORG % "2027-12-31",
        expect=("length:members:bruker:Brukerrepresentant",),
    ),
    Example(
        "A representative elected in September 2024 for the rest of a predecessor's term (`remainder: true`)",
        _OPTIONS,
        _ORG_REMAINDER % "2025-12-31",
    ),
    Example(
        "The rest of a term that runs on past the end of the term it completes",
        _OPTIONS,
        _ORG_REMAINDER % "2026-08-31",
        expect=("aligned:members:bruker:Brukerrepresentant",),
    ),
    Example(
        "The rest of a term that is longer than a whole term",
        _OPTIONS,
        _ORG_REMAINDER % "2027-12-31",
        expect=("length:members:bruker:Brukerrepresentant",),
    ),
    Example(
        "Evaluated in 2025, the two-year term of 2024–2025 is running",
        {**_OPTIONS, "current": True},
        _ORG % "2025-12-31",
        as_of=dt.date(2025, 6, 1),
    ),
    Example(
        "Evaluated in 2026, the term ended at the end of 2025: the representative is to be appointed again",
        {**_OPTIONS, "current": True},
        _ORG % "2025-12-31",
        as_of=dt.date(2026, 6, 1),
        expect=("current:members:bruker:Brukerrepresentant",),
    ),
)
