"""Seats of a kind (e.g. the GP representative) have a named deputy (vararepresentant)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from hf_rules.documents.model import Seat
from hf_rules.rules.checks.base import SEAT_FILTER, Subject, Violation, seat_matches, seat_text
from hf_rules.rules.checks.remedy import PLACEHOLDER, Remedy

NAME = "deputy_required"
SUBJECTS = frozenset({"forum"})
PARAMS = frozenset({"seat", "role"})
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {"where": {**SEAT_FILTER, "description": "Which seats need a deputy."}},
    "required": ["where"],
    "additionalProperties": False,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    for index, seat in enumerate(forum.members):
        if seat_matches(subject, seat, options["where"]) and not seat.deputy:
            yield Violation(
                subject.at("members", index),
                f"no-deputy:{seat.party or seat.represents}:{seat.role or ''}",
                {"seat": seat_text(subject.org, seat), "role": seat.role or str(seat.represents)},
                {"seat": seat_text(subject.org, seat), "person": seat.person, "deputy": None},
            )


def complete_remedy(subject: Subject, options: dict[str, Any], remedy: Remedy) -> Remedy:
    """A member seat that another rule's remedy adds, and that this rule covers, gets a
    placeholder deputy too (so the new GP seat does not fail this rule)."""
    item = remedy.item
    if remedy.key != "members" or not isinstance(item, dict) or "deputy" in item:
        return remedy
    if not seat_matches(subject, Seat(**item), options["where"]):
        return remedy
    return replace(remedy, item={**item, "deputy": PLACEHOLDER}, placeholders=(*remedy.placeholders, "deputy"))
