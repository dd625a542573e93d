"""Chairing goes round (``går på omgang``): consecutive periods alternate between the forum's
``chair_rotation`` entries, and every chair fills one of them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.checks.base import Subject, Violation
from hf_rules.checks.plan_helpers import ordered_periods, period_text, rotation_slot

NAME = "chair_alternation"
SUBJECTS = frozenset({"meeting_plan"})
PARAMS = frozenset({"period", "party_name", "slot", "rotation", "problem"})
OPTIONS: dict[str, Any] = {"type": "object", "additionalProperties": False}
_PROBLEMS = {
    "outside": {"nb": "hører ikke til noen i rotasjonen", "en": "is not one of those in the rotation"},
    "repeat": {"nb": "leder igjen for samme part som i forrige periode", "en": "chairs again for the same side as in the previous period"},
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    rotation = subject.plan_forum.chair_rotation
    if not rotation:
        return  # the forum declares no rotation: chair_rotation_declared reports that
    org = subject.org
    previous_slot: str | None = None
    for index, period in ordered_periods(subject.meeting_plan.chairs):
        slot = rotation_slot(org, period.party, rotation)
        params = {"period": period_text(period), "party_name": org.party_name(period.party),
                  "slot": slot or "-", "rotation": ", ".join(rotation)}
        evidence = {"party": period.party, "side": org.side_of(period.party), "slot": slot, "rotation": rotation}
        if slot is None:
            yield Violation(subject.at("chairs", index, "party"), f"outside:{period.from_.isoformat()}",
                            {**params, "problem": _PROBLEMS["outside"]}, evidence)
        elif slot == previous_slot:
            yield Violation(subject.at("chairs", index, "party"), f"repeat:{period.from_.isoformat()}",
                            {**params, "problem": _PROBLEMS["repeat"]}, evidence)
        previous_slot = slot
