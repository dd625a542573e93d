"""Each chair period lasts the agreed term (e.g. chairing alternates every two years).

A period of N years starting on a day ends the day before that day N years on (1 January 2025
for two years: 31 December 2026). With ``allow_shorter_last`` the plan's last period may end
earlier (a plan that stops mid-term); every other period must be exactly a term. A single
period longer than the term is reported too: beside ``chair_alternation`` (which has nothing to
compare in a plan of one period) this is what says that one party chairing 2022–2027 as one
period does not take turns every two years.

With ``by: side`` the term is the side's: periods of one side that follow each other without a
gap are one term, whichever party chairs in them (the municipalities' two years, Kristiansand in
the first and Arendal in the second).

A term may run across plans: a period of the same party in another plan of the forum that goes
on from the day before (or to the day after) is part of the same term, so yearly plans of a
two-year term pass, and one party chairing 2022–2023 in one plan and 2024–2025 in the next is
one four-year term, reported in both.

A period whose term began before it, in a plan not among the files (a yearly plan for the
second year of a two-year term), gives the term's first day as ``term_from``: the term is
measured from there. A period whose term runs on past it, into a plan not among the files (a
yearly plan for the first year of a two-year term), gives the term's last day as ``term_to``: the
term is measured to there.

A plan that names no chair periods (``chairs`` left out or empty) is reported once, at the plan,
with a message of its own: who chairs cannot be checked there, so the rule does not pass silently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from hf_rules.documents.model import ChairPeriod
from hf_rules.rules.checks.base import Example, Subject, Violation
from hf_rules.rules.checks.plan_helpers import forum_plans, no_chairs, ordered_periods, period_text

NAME = "chair_term"
SUBJECTS = frozenset({"meeting_plan"})
PARAMS: dict[str, str] = {
    "period": "The chair period, `FROM–TO` (e.g. 2025-01-01–2026-12-31).",
    "years": "The term length the rule requires, in years.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "years": {"type": "integer", "minimum": 1},
        "by": {
            "enum": ["party", "side"],
            "default": "party",
            "description": "Whose term: the chairing party's (`party`), or its side's (`side`: the "
            "municipalities' two years, whichever municipality chairs in them; periods of one side that follow "
            "each other without a gap are one term).",
        },
        "allow_shorter_last": {
            "type": "boolean",
            "default": False,
            "description": "The plan's last period may be cut short.",
        },
    },
    "required": ["years"],
    "additionalProperties": False,
}


def _term_end(start: dt.date, years: int) -> dt.date | None:
    """The day before ``start``'s anniversary ``years`` on; None when that is after 9999-12-31."""
    year = start.year + years
    if (start.month, start.day) == (1, 1):  # ends on 31 December, also of year 9999
        return dt.date(year - 1, 12, 31) if year - 1 <= dt.MAXYEAR else None
    if year > dt.MAXYEAR:
        return None
    try:
        return start.replace(year=year) - dt.timedelta(days=1)
    except ValueError:  # 29 February
        return start.replace(year=year, day=28)


def _term(subject: Subject, period: ChairPeriod, by: str) -> tuple[dt.date, dt.date]:
    """The whole term a period is part of: itself, and the periods of the same party (``by:
    party``: in the forum's other plans) or side (``by: side``: in any plan of the forum) that go
    on from the day before or to the day after it (yearly plans of one two-year term)."""
    org = subject.org
    side = org.side_of(period.party)
    others = [
        other_period
        for other in forum_plans(subject, own=by == "side")
        for other_period in other.chairs
        if other_period is not period
        and (other_period.party == period.party if by == "party" else org.side_of(other_period.party) == side)
    ]
    start, end = period.from_, period.to
    day = dt.timedelta(days=1)
    grown = True
    while grown:
        grown = False
        for other in others:
            if other.to + day == start:
                start, grown = other.from_, True
            elif other.from_ == end + day:
                end, grown = other.to, True
    if period.term_from is not None and period.term_from < start:
        start = period.term_from  # the term began before the plan: «term_from» says when
    if period.term_to is not None and period.term_to > end:
        end = period.term_to  # the term runs on past the plan: «term_to» says to when
    return start, end


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    periods = ordered_periods(subject.meeting_plan.chairs)
    if not periods:
        yield no_chairs(subject)
        return
    years = options["years"]
    for position, (index, period) in enumerate(periods):
        start, finish = _term(subject, period, options["by"])
        end = _term_end(start, years)
        last = position == len(periods) - 1 and finish == period.to  # not carried on by a later plan
        if finish == end or (last and options["allow_shorter_last"] and (end is None or finish < end)):
            continue
        term = f"{start.isoformat()}–{finish.isoformat()}"
        evidence = {"period": period_text(period), "expected_end": end.isoformat() if end else "after 9999-12-31"}
        if term != period_text(period):
            evidence["term_across_plans"] = term
        yield Violation(
            subject.at("chairs", index),
            f"term:{period.from_.isoformat()}",
            {"period": period_text(period), "years": str(years)},
            evidence,
        )


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
  oslo: {name: Oslo kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    meetings_per_year: 4
    chair_rotation: [kommune, sykehus]
    members:
      - {party: ous, role: Direktør}
      - {party: oslo, role: Byrådsleder}
"""
EXAMPLES = (
    Example(
        "Two-year terms",
        {"years": 2},
        _ORG,
        plan="""\
forum: ssu
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: oslo}
  - {from: 2027-01-01, to: 2028-12-31, party: ous}
""",
    ),
    Example(
        "A yearly plan for the second year of a two-year term: term_from gives the term's first day",
        {"years": 2},
        _ORG,
        plan="""\
forum: ssu
chairs:
  - {from: 2026-01-01, to: 2026-12-31, party: oslo, term_from: 2025-01-01}
""",
    ),
    Example(
        "A yearly plan for the first year of a two-year term: term_to gives the term's last day",
        {"years": 2},
        _ORG,
        plan="""\
forum: ssu
chairs:
  - {from: 2026-01-01, to: 2026-12-31, party: oslo, term_to: 2027-12-31}
""",
    ),
    Example(
        "The same yearly plan without term_to: a one-year term",
        {"years": 2},
        _ORG,
        expect=("term:2026-01-01",),
        plan="""\
forum: ssu
chairs:
  - {from: 2026-01-01, to: 2026-12-31, party: oslo}
""",
    ),
    Example(
        "A one-year period where the term is two years",
        {"years": 2},
        _ORG,
        expect=("term:2025-01-01",),
        plan="""\
forum: ssu
chairs:
  - {from: 2025-01-01, to: 2025-12-31, party: oslo}
  - {from: 2026-01-01, to: 2027-12-31, party: ous}
""",
    ),
    Example(
        "One party chairs for six years as one period where the term is two years",
        {"years": 2},
        _ORG,
        expect=("term:2022-01-01",),
        plan="""\
forum: ssu
chairs:
  - {from: 2022-01-01, to: 2027-12-31, party: oslo}
""",
    ),
    Example(
        "Yearly plans: the 2026 plan carries on the term the 2025 plan began",
        {"years": 2},
        _ORG,
        plan="forum: ssu\nchairs:\n  - {from: 2026-01-01, to: 2026-12-31, party: oslo}\n",
        other_plans=(("ssu-2025", "forum: ssu\nchairs:\n  - {from: 2025-01-01, to: 2025-12-31, party: oslo}\n"),),
    ),
    Example(
        "Two plans of two years each, the municipality chairing in both: one term of four years",
        {"years": 2},
        _ORG,
        expect=("term:2024-01-01",),
        plan="forum: ssu\nchairs:\n  - {from: 2024-01-01, to: 2025-12-31, party: oslo}\n",
        other_plans=(("ssu-2022", "forum: ssu\nchairs:\n  - {from: 2022-01-01, to: 2023-12-31, party: oslo}\n"),),
    ),
    Example(
        "The municipalities' two-year term, Oslo in the first year and Bærum in the second (by: side)",
        {"years": 2, "by": "side"},
        _ORG.replace(
            "  oslo: {name: Oslo kommune, type: kommune, side: kommune}\n",
            "  oslo: {name: Oslo kommune, type: kommune, side: kommune}\n"
            "  baerum: {name: Bærum kommune, type: kommune, side: kommune}\n",
        ),
        plan="forum: ssu\nchairs:\n  - {from: 2025-01-01, to: 2025-12-31, party: oslo}\n"
        "  - {from: 2026-01-01, to: 2026-12-31, party: baerum}\n",
    ),
)
