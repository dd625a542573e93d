"""A plan's chair periods follow one another without overlap or gap.

The periods are taken in date order; each must start the day after the previous one ends. A gap
before the first period or after the last is not looked at (the plan's span is its own).

A plan that names no chair periods (``chairs`` left out or empty) is reported once, at the plan,
with a message of its own: who chairs cannot be checked there, so the rule does not pass silently.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from typing import Any

from hf_rules.core.i18n import phrase
from hf_rules.rules.checks.base import Example, Subject, Violation
from hf_rules.rules.checks.plan_helpers import no_chairs, ordered_periods, period_text

NAME = "chair_periods"
SUBJECTS = frozenset({"meeting_plan"})
PARAMS: dict[str, str] = {
    "period": "The chair period, `FROM–TO` (e.g. 2025-01-01–2026-12-31).",
    "previous": "The period before it, `FROM–TO`.",
    "problem": "What is wrong: the period overlaps the previous one, or leaves a gap after it.",
}
OPTIONS: dict[str, Any] = {"type": "object", "additionalProperties": False}
_PROBLEMS = {"overlap": "period-overlap", "gap": "period-gap"}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    periods = ordered_periods(subject.meeting_plan.chairs)
    if not periods:
        yield no_chairs(subject)
        return
    for (_, previous), (index, period) in itertools.pairwise(periods):
        if previous.to == dt.date.max:  # nothing can start the day after 9999-12-31
            problem = "overlap"
        else:
            expected_start = previous.to + dt.timedelta(days=1)
            if period.from_ == expected_start:
                continue
            problem = "overlap" if period.from_ < expected_start else "gap"
        yield Violation(
            subject.at("chairs", index),
            f"{problem}:{period.from_.isoformat()}",
            {"period": period_text(period), "previous": period_text(previous), "problem": phrase(_PROBLEMS[problem])},
            {"period": period_text(period), "previous": period_text(previous)},
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
        "Two periods that follow one another",
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
        "A gap of a month between the periods",
        {},
        _ORG,
        expect=("gap:2027-02-01",),
        plan="""\
forum: ssu
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: oslo}
  - {from: 2027-02-01, to: 2028-12-31, party: ous}
""",
    ),
)
