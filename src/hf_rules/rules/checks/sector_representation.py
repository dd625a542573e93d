"""Every hospital sector represented in a forum by its own bydeler (``sektorvis``).

For each sector hospital of the organisation (``has_sector: true``), the forum's member seats
of parties of ``party_type`` whose ``sector`` is that hospital are counted (at ``level`` when
given); each sector needs ``min``. Observer seats do not count."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import Example, Subject, Violation
from hf_rules.rules.checks.seats import seat_parties
from hf_rules.rules.checks.words import words

NAME = "sector_representation"
SUBJECTS = frozenset({"forum"})
PARAMS: dict[str, str] = {
    "sector": "Id of the sector hospital.",
    "sector_name": "Its name.",
    "found": "How many seats the sector's parties hold.",
    "min": "The least number required.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "party_type": {**words("party_types", "Party types that represent a sector."), "default": ["bydel"]},
        "level": words("levels", "Levels the seats must be at."),
        "min": {"type": "integer", "minimum": 1, "default": 1, "description": "Seats per sector."},
    },
    "additionalProperties": False,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    org = subject.org
    types = options["party_type"]
    levels = options.get("level")
    minimum = options["min"]
    for sector in org.sector_parties():
        seats = [
            s.party
            for s in forum.members
            if any(
                (p := org.party(held)) is not None and p.type in types and p.sector == sector
                for held in seat_parties(s)  # a shared seat is each of its parties'
            )
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


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus, has_sector: true}
  lds: {name: Lovisenberg Diakonale Sykehus, type: sykehus, side: sykehus, has_sector: true}
  frogner: {name: Bydel Frogner, type: bydel, side: kommune, sector: ous}
  sagene: {name: Bydel Sagene, type: bydel, side: kommune, sector: lds}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: ous, role: Direktør}
      - {party: frogner, role: Bydelsdirektør}
%s"""
EXAMPLES = (
    Example("Both sectors have a bydel", {}, _ORG % "      - {party: sagene, role: Bydelsdirektør}\n"),
    Example("Lovisenberg's sector has no bydel", {}, _ORG % "", expect=("sector:lds",)),
)
