"""Every hospital sector represented in a forum by its own bydeler (``sektorvis``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import STRINGS, Subject, Violation

NAME = "sector_representation"
SUBJECTS = frozenset({"forum"})
PARAMS = frozenset({"sector", "sector_name", "found", "min"})
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "party_type": {**STRINGS, "description": "Party types that represent a sector (default: bydel)."},
        "level": {**STRINGS, "description": "Levels the seats must be at."},
        "min": {"type": "integer", "minimum": 1, "description": "Seats per sector (default 1)."},
    },
    "additionalProperties": False,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    org = subject.org
    types = options.get("party_type", ["bydel"])
    levels = options.get("level")
    minimum = options.get("min", 1)
    for sector in org.sector_parties():
        seats = [
            s.party
            for s in forum.members
            if (p := org.party(s.party)) is not None
            and p.type in types
            and p.sector == sector
            and (levels is None or s.level in levels)
        ]
        if len(seats) < minimum:
            yield Violation(
                subject.at("members"),
                f"sector:{sector}",
                {
                    "sector": sector,
                    "sector_name": org.party_name(sector),
                    "found": str(len(seats)),
                    "min": str(minimum),
                },
                {"sector": sector, "seats_from_sector": seats, "party_type": types, "level": levels},
            )
