"""Seats per side (kommune, sykehus) and parity between the sides."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import COUNT_BOUNDS, Subject, Violation, count_requirement, seats_of

NAME = "side_balance"
SUBJECTS = frozenset({"forum"})
PARAMS = frozenset({"side", "found", "requirement", "counts"})
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "sides": {
            "type": "object",
            "propertyNames": {"enum": ["kommune", "sykehus", "uavhengig"]},
            "additionalProperties": {
                "type": "object",
                "properties": COUNT_BOUNDS,
                "additionalProperties": False,
                "minProperties": 1,
            },
        },
        "max_difference": {
            "type": "integer",
            "minimum": 0,
            "description": "Largest allowed difference between kommune and sykehus seats (0: parity).",
        },
        "include_observers": {"type": "boolean"},
    },
    "additionalProperties": False,
    "minProperties": 1,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    assert subject.forum is not None
    seats = seats_of(subject.forum, options.get("include_observers", False))
    counts = Counter(side for _, _, s in seats if (side := subject.org.side_of(s.party)) is not None)
    counts_text = ", ".join(f"{side} {counts.get(side, 0)}" for side in ("kommune", "sykehus", "uavhengig"))
    evidence = {"seats_per_side": dict(counts)}
    for side, bounds in options.get("sides", {}).items():
        found = counts.get(side, 0)
        minimum, maximum = bounds.get("min"), bounds.get("max")
        if (minimum is not None and found < minimum) or (maximum is not None and found > maximum):
            yield Violation(
                subject.at("members"),
                f"side:{side}",
                {
                    "side": side,
                    "found": str(found),
                    "requirement": count_requirement(minimum, maximum),
                    "counts": counts_text,
                },
                evidence,
            )
    if "max_difference" in options:
        difference = abs(counts.get("kommune", 0) - counts.get("sykehus", 0))
        if difference > options["max_difference"]:
            yield Violation(
                subject.at("members"),
                "parity",
                {
                    "side": "kommune/sykehus",
                    "found": str(difference),
                    "requirement": count_requirement(None, options["max_difference"]),
                    "counts": counts_text,
                },
                evidence,
            )
