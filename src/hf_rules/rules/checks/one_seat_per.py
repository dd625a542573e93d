"""One seat for each party of a type (each municipality), or for each region.

The parties counted are every party of the type in the organisation, or, with ``same_sector``,
those of the forum's sector (each bydel of an LSU's sector). A unit with no member seat is
reported, and so, unless ``at_most_one`` is false, is a unit's second seat."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import STRINGS, Subject, Violation

NAME = "one_seat_per"
SUBJECTS = frozenset({"forum"})
PARAMS = frozenset({"unit", "found"})
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "party_type": {**STRINGS, "description": "The parties that each need a seat."},
        "group_by": {"enum": ["party", "region"], "description": "One seat per party (default) or per region."},
        "same_sector": {"type": "boolean", "description": "Count only the parties of the forum's sector."},
        "at_most_one": {"type": "boolean", "description": "Report a unit's second seat (default true)."},
    },
    "required": ["party_type"],
    "additionalProperties": False,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    parties = subject.org.model.parties
    by_region = options.get("group_by", "party") == "region"

    def unit_of(party_id: str) -> str | None:
        party = parties[party_id]
        return party.region if by_region else party_id

    sector = forum.sector if options.get("same_sector") else None
    counted = [
        pid
        for pid, p in parties.items()
        if p.type in options["party_type"]
        and (not options.get("same_sector") or (sector is not None and p.sector == sector))
    ]
    for party_id in counted:
        if unit_of(party_id) is None:  # group_by region, and the party names none
            yield Violation(
                subject.at("members"),
                f"no-region:{party_id}",
                {"unit": f"{parties[party_id].name} (region?)", "found": "-"},
                {"party": party_id, "region": None},
            )
    units = sorted({u for pid in counted if (u := unit_of(pid))})
    seats: dict[str, list[int]] = {u: [] for u in units}
    for index, seat in enumerate(forum.members):
        if seat.party in parties and parties[seat.party].type in options["party_type"]:
            unit = unit_of(seat.party)
            if unit in seats:
                seats[unit].append(index)
    for unit, indices in seats.items():
        name = unit if by_region else subject.org.party_name(unit)
        params = {"unit": name, "found": str(len(indices))}
        if not indices:
            yield Violation(subject.at("members"), f"missing:{unit}", params, {"unit": unit, "seats": 0})
        for extra in indices[1:] if options.get("at_most_one", True) else []:
            yield Violation(
                subject.at("members", extra), f"extra:{unit}", params, {"unit": unit, "seats": len(indices)}
            )
