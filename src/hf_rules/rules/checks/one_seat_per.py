"""One seat for each party of a type (each municipality), or for each region, of the forum's area.

The units are the parties of ``party_type`` in the area the forum serves (its ``area``: regions
or parties; the whole health community when it declares none), or, with ``group_by: region``,
the regions of those parties. Each unit needs exactly one seat held by a party of that type
(by default; ``min`` and ``max`` change it: a ``min`` above 1 needs a ``max`` too, or
``at_most_one: false``, else the pack is refused at ``min``). Member seats count (``group`` adds observer seats;
an invited observer, ``invited: true``, never counts); a seat of a party's part (a bydel of a kommune) does not count for it. A seat of such a party
outside the forum's area is not counted here (``seat_count`` with ``in_area: false`` reports
it). A seat shared by several parties (``shared_with``: one kommuneoverlege for Hitra and Frøya)
counts for each of them (once for a region they share). With ``group_by: region``, a party that names no region is reported; when the organisation
declares no regions at all (no ``regions:``, no party with a ``region:``), the rule gives one
finding instead, at the organisation's ``parties:``, that says to add them.

With ``same_sector``, only the parties of the forum's sector count as units (each bydel of an
LSU's sector). ``at_most_one: false`` leaves a unit's further seats unreported (the same as
no ``max``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import Message, phrase
from hf_rules.rules.checks.base import Example, Subject, Violation, bound_problems, option_values
from hf_rules.rules.checks.seats import (
    GROUP_OPTION,
    declares_regions,
    in_area,
    no_regions,
    region_of,
    seat_parties,
    seats_of,
)
from hf_rules.rules.checks.words import words
from hf_rules.yaml.loader import Document, Path_

NAME = "one_seat_per"
SUBJECTS = frozenset({"forum"})
PARAMS: dict[str, str] = {
    "unit": "The party (by name) or region (by name) counted; for a party in no region, a sentence that says so.",
    "found": "How many seats it has; `-` for a party in no region.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "party_type": words("party_types", "The parties that each need a seat."),
        "group_by": {
            "enum": ["party", "region"],
            "default": "party",
            "description": "One seat per party, or per region.",
        },
        "min": {"type": "integer", "minimum": 0, "default": 1, "description": "Seats per unit at least."},
        "max": {"type": "integer", "minimum": 1, "default": 1, "description": "Seats per unit at most."},
        "group": {**GROUP_OPTION, "default": "members"},
        "same_sector": {
            "type": "boolean",
            "default": False,
            "description": "Count only the parties of the forum's sector.",
        },
        "at_most_one": {
            "type": "boolean",
            "default": True,
            "description": "Report a unit's seats beyond max; false: report none.",
        },
    },
    "required": ["party_type"],
    "additionalProperties": False,
}


def validate(rule: Any, doc: Document, base: Path_) -> list[InputError]:
    """``min`` above ``max`` (the default 1 when only ``min`` is given and ``at_most_one`` holds):
    no count can meet both, a located pack error."""
    options: dict[str, Any] = rule.check.options
    if options.get("at_most_one") is False:  # no maximum is checked
        return []
    problems = bound_problems(rule.id, doc, base, options, exact=None)
    if "max" not in options:
        for minimum, path, _, _ in option_values(options, "min", base):
            if isinstance(minimum, int) and minimum > 1:
                message = Message("err-bounds-default-max", rule=rule.id, low="min", high="max", min=minimum, max=1)
                problems.append(InputError(doc.location(path), message))
    return problems


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    org = subject.org
    parties = org.model.parties
    by_region = options["group_by"] == "region"
    if by_region and not declares_regions(org):
        yield no_regions(subject)
        return

    def unit_of(party_id: str) -> str | None:
        return region_of(org, party_id) if by_region else party_id

    sector = forum.sector if options["same_sector"] else None
    counted = [
        pid
        for pid, p in parties.items()
        if p.type in options["party_type"]
        and in_area(org, forum, pid)
        and (not options["same_sector"] or (sector is not None and p.sector == sector))
    ]
    for party_id in counted:
        if unit_of(party_id) is None:  # group_by region, and the party names none
            yield Violation(
                subject.at("members"),
                f"no-region:{party_id}",
                {"unit": phrase("region-unknown", party=parties[party_id].name), "found": "-"},
                {"party": party_id, "region": None},
            )
    units = sorted({u for pid in counted if (u := unit_of(pid))})
    seats: dict[str, list[tuple[str, int]]] = {u: [] for u in units}
    for group, index, seat in seats_of(forum, options["group"]):
        if seat.invited:
            continue
        # A shared seat (shared_with) counts for each of its parties, once for a region they share.
        for unit in dict.fromkeys(unit_of(pid) for pid in seat_parties(seat) if pid in counted):
            if unit in seats:
                seats[unit].append((group, index))
    for unit, places in seats.items():
        if by_region:
            region = org.model.regions.get(unit)
            name = region.name if region else unit
        else:
            name = org.party_name(unit)
        params = {"unit": name, "found": str(len(places))}
        if len(places) < options["min"]:
            yield Violation(subject.at("members"), f"missing:{unit}", params, {"unit": unit, "seats": len(places)})
        for extra in places[options["max"] :] if options["at_most_one"] else []:
            yield Violation(subject.at(*extra), f"extra:{unit}", params, {"unit": unit, "seats": len(places)})


_ORG = """\
regions:
  ytre: {name: Ytre Vestfjord, parties: [lyngvik, havbo]}
  indre: {name: Indre Vestfjord, parties: [kvitberg]}
parties:
  vestfjord: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
  havbo: {name: Havbø kommune, type: kommune, side: kommune}
  kvitberg: {name: Kvitberg kommune, type: kommune, side: kommune}
fora:
  ou-ytre:
    name: Områdeutvalg Ytre Vestfjord
    type: samarbeidsforum
    area: [ytre]
    members:
      - {party: vestfjord, role: Klinikksjef}
      - {party: lyngvik, role: Kommunalsjef}
%s"""
EXAMPLES = (
    Example(
        "Each municipality of the committee's own region has a seat; Kvitberg lies outside it",
        {"party_type": ["kommune"]},
        _ORG % "      - {party: havbo, role: Kommunalsjef}\n",
    ),
    Example(
        "Lyngvik and Havbø share one seat (shared_with): it counts for each",
        {"party_type": ["kommune"]},
        _ORG.replace(
            "{party: lyngvik, role: Kommunalsjef}", "{party: lyngvik, shared_with: [havbo], role: Kommuneoverlege}"
        )
        % "",
    ),
    Example(
        "Havbø, in the area, has no seat",
        {"party_type": ["kommune"]},
        _ORG % "",
        expect=("missing:havbo",),
    ),
    Example(
        "One seat per region of the area: Ytre Vestfjord has two",
        {"party_type": ["kommune"], "group_by": "region"},
        _ORG % "      - {party: havbo, role: Kommunalsjef}\n",
        expect=("extra:ytre",),
    ),
    Example(
        "One seat per region: the organisation declares no regions, one finding says so",
        {"party_type": ["kommune"], "group_by": "region"},
        _ORG.split("parties:\n", 1)[1].join(["parties:\n", ""]).replace("    area: [ytre]\n", "") % "",
        expect=("no-regions",),
    ),
)
