"""Seats per side (kommune, sykehus) and parity between the sides.

A party seat counts for its party's side. A GP, user or employee seat counts only when it gives
its own ``side`` (a user representative from the municipalities); otherwise it is left out.
Member seats with a vote count; observer seats, and member seats without a vote (``voting:
false``, møte- og talerett only), count too with ``include_observers`` — the balance is of those
who decide, so a member without a vote weighs as an observer does. An invited observer
(``invited: true``, a guest) never counts. ``max_difference`` compares the kommune and sykehus
counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from hf_rules.core.errors import InputError
from hf_rules.rules.checks.base import COUNT_BOUNDS, Example, Subject, Violation, count_requirement, each_bound_problems
from hf_rules.rules.checks.seats import seat_side, seats_of, votes
from hf_rules.yaml.loader import Document, Path_

NAME = "side_balance"
SUBJECTS = frozenset({"forum"})
PARAMS: dict[str, str] = {
    "side": "The side the finding is about; `kommune/sykehus` for parity.",
    "found": "Its number of seats (for parity: the difference).",
    "requirement": "The bound in words: `at least 1`, `at most 0`, ….",
    "counts": "The seats of every side: `kommune 6, sykehus 4, uavhengig 0`.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "sides": {
            "type": "object",
            "default": {},
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
        "include_observers": {"type": "boolean", "default": False},
    },
    "additionalProperties": False,
    "minProperties": 1,
}


def validate(rule: Any, doc: Document, base: Path_) -> list[InputError]:
    """For a side, ``min`` above ``max``: a located pack error."""
    return each_bound_problems(rule.id, doc, base, rule.check.options, "sides")


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    assert subject.forum is not None
    seats = [
        (g, i, s)
        for g, i, s in seats_of(subject.forum, "all")
        if (options["include_observers"] and not s.invited) or votes(s, g)
    ]
    counts = Counter(side for _, _, s in seats if (side := seat_side(subject.org, s)) is not None)
    counts_text = ", ".join(f"{side} {counts.get(side, 0)}" for side in ("kommune", "sykehus", "uavhengig"))
    evidence = {"seats_per_side": dict(counts)}
    for side, bounds in options["sides"].items():
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


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
  oslo: {name: Oslo kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: ous, role: Direktør}
      - {party: oslo, role: Byrådsleder}
      - {represents: bruker, side: %s, role: Brukerrepresentant}
"""
EXAMPLES = (
    Example("A user representative from the hospital side keeps parity", {"max_difference": 1}, _ORG % "sykehus"),
    Example(
        "Two seats to one when the user representative comes from the municipalities",
        {"max_difference": 0},
        _ORG % "kommune",
        expect=("parity",),
    ),
)
