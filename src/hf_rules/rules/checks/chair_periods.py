"""A plan's chair periods follow one another without overlap or gap."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import Subject, Violation
from hf_rules.rules.checks.plan_helpers import ordered_periods, period_text

NAME = "chair_periods"
SUBJECTS = frozenset({"meeting_plan"})
PARAMS = frozenset({"period", "previous", "problem"})
OPTIONS: dict[str, Any] = {"type": "object", "additionalProperties": False}
_PROBLEMS = {
    "overlap": {"nb": "overlapper forrige periode", "en": "overlaps the previous period"},
    "gap": {
        "nb": "begynner ikke dagen etter at forrige periode slutter (opphold)",
        "en": "does not start the day after the previous period ends (gap)",
    },
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    periods = ordered_periods(subject.meeting_plan.chairs)
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
            {"period": period_text(period), "previous": period_text(previous), "problem": _PROBLEMS[problem]},
            {"period": period_text(period), "previous": period_text(previous)},
        )
