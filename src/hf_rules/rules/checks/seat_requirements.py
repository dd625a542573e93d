"""Conditions every seat of a kind must meet (e.g. bydel seats at director level, from the sector)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import SEAT_FILTER, TEXT_SCHEMA, Subject, Violation, seat_matches, seat_text

NAME = "seat_requirements"
SUBJECTS = frozenset({"forum"})
PARAMS = frozenset({"label", "seat", "party_name", "role"})
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "where": {**SEAT_FILTER, "description": "Which seats the condition applies to (all when left out)."},
        "must": {**SEAT_FILTER, "description": "What each of those seats must meet."},
        "group": {"enum": ["members", "observers", "all"], "description": "Default: members."},
        "label": TEXT_SCHEMA,
    },
    "required": ["must", "label"],
    "additionalProperties": False,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    group = options.get("group", "members")
    groups = ("members", "observers") if group == "all" else (group,)
    where = options.get("where", {})
    for name in groups:
        for index, seat in enumerate(getattr(forum, name)):
            if not seat_matches(subject, seat, where) or seat_matches(subject, seat, options["must"]):
                continue
            who = seat.party or f"represents:{seat.represents}"
            yield Violation(
                subject.at(name, index),
                f"seat:{who}:{seat.role or ''}",
                {
                    "label": options["label"],
                    "seat": seat_text(subject.org, seat),
                    "party_name": subject.org.party_name(seat.party) if seat.party else str(seat.represents),
                    "role": seat.role or "",
                },
                {"seat": seat_text(subject.org, seat), "must": options["must"]},
            )
