"""Each chair period names a deputy chair from the other side."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import Subject, Violation
from hf_rules.rules.checks.plan_helpers import ordered_periods, period_text

NAME = "deputy_chair"
SUBJECTS = frozenset({"meeting_plan"})
PARAMS = frozenset({"period", "party_name", "deputy_name", "problem"})
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "required": {"type": "boolean", "description": "Every period names a deputy (default true)."},
        "opposite_side": {"type": "boolean", "description": "Chair and deputy are of different sides (default true)."},
    },
    "additionalProperties": False,
}
_PROBLEMS = {
    "missing": {"nb": "mangler nestleder", "en": "has no deputy chair"},
    "same-side": {"nb": "leder og nestleder er fra samme side", "en": "chair and deputy chair are from the same side"},
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    org = subject.org
    for index, period in ordered_periods(subject.meeting_plan.chairs):
        params = {
            "period": period_text(period),
            "party_name": org.party_name(period.party),
            "deputy_name": org.party_name(period.deputy) if period.deputy else "-",
        }
        evidence = {
            "chair": period.party,
            "deputy": period.deputy,
            "chair_side": org.side_of(period.party),
            "deputy_side": org.side_of(period.deputy),
        }
        if period.deputy is None:
            if options.get("required", True):
                yield Violation(
                    subject.at("chairs", index),
                    f"missing:{period.from_.isoformat()}",
                    {**params, "problem": _PROBLEMS["missing"]},
                    evidence,
                )
        elif options.get("opposite_side", True) and org.side_of(period.deputy) == org.side_of(period.party):
            yield Violation(
                subject.at("chairs", index, "deputy"),
                f"same-side:{period.from_.isoformat()}",
                {**params, "problem": _PROBLEMS["same-side"]},
                evidence,
            )
