"""Every planned meeting falls within a chair period (someone chairs it)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.checks.base import Subject, Violation

NAME = "meetings_in_chair_periods"
SUBJECTS = frozenset({"meeting_plan"})
PARAMS = frozenset({"date"})
OPTIONS: dict[str, Any] = {"type": "object", "additionalProperties": False}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    plan = subject.meeting_plan
    for index, meeting in enumerate(plan.meetings):
        if not any(p.from_ <= meeting.date <= p.to for p in plan.chairs):
            yield Violation(subject.at("meetings", index), f"outside:{meeting.date.isoformat()}",
                            {"date": meeting.date.isoformat()},
                            {"date": meeting.date.isoformat(),
                             "chair_periods": [f"{p.from_}–{p.to}" for p in plan.chairs]})
