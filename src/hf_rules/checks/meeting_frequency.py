"""Enough meetings in every calendar year the plan covers.

The years covered are those of the chair periods. A year the plan covers only in part needs
the same share of meetings, rounded up (a plan for July–December of a forum that meets four
times a year needs two).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from typing import Any

from hf_rules.checks.base import Subject, Violation
from hf_rules.checks.plan_helpers import days_in_year

NAME = "meeting_frequency"
SUBJECTS = frozenset({"meeting_plan"})
PARAMS = frozenset({"year", "found", "required"})
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "min_per_year": {"type": "integer", "minimum": 1, "description": "Meetings a year at least."},
        "use_declared": {
            "type": "boolean",
            "description": "Require the forum's own meetings_per_year when it declares more (default true).",
        },
    },
    "required": ["min_per_year"],
    "additionalProperties": False,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    plan = subject.meeting_plan
    per_year = options["min_per_year"]
    declared = subject.plan_forum.meetings_per_year
    if options.get("use_declared", True) and declared is not None:
        per_year = max(per_year, declared)
    start = min(p.from_ for p in plan.chairs)
    end = max(p.to for p in plan.chairs)
    for year in range(start.year, end.year + 1):
        first = max(start, dt.date(year, 1, 1))
        last = min(end, dt.date(year, 12, 31))
        share = ((last - first).days + 1) / days_in_year(year)
        required = math.ceil(per_year * share - 1e-9)
        dates = [m.date.isoformat() for m in plan.meetings if first <= m.date <= last]
        if len(dates) < required:
            yield Violation(subject.at("meetings") if plan.meetings else subject.base, f"year:{year}",
                            {"year": str(year), "found": str(len(dates)), "required": str(required)},
                            {"year": year, "meetings": dates, "required": required, "min_per_year": per_year,
                             "covered": f"{first.isoformat()}–{last.isoformat()}"},
                            at_key=not plan.meetings)
