"""Seats of a kind (e.g. the GP representative) have a named deputy (vararepresentant)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import SEAT_FILTER, Subject, Violation, seat_matches, seat_text

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
