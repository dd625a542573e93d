"""How many seats of a kind a forum has: in all, or for each party, party type, region or side.

The seats counted are those the ``where`` selector picks (see *Seat selectors*; all seats when
left out) among the member seats, the observer seats or both (``group``, default members;
``all`` is both). An invited guest (an observer seat with ``invited: true``) is not counted,
with ``group: all`` or ``observers`` either, unless ``where`` names ``invited``: ``where:
{invited: true}`` counts the guests only, ``where: {any_of: [{invited: true}, {invited:
false}]}`` the standing seats and the guests together. The
count must be at least ``min``, at most ``max``, or ``exactly`` (at least 1 when none is given).

``per`` says what is counted separately:

- ``forum`` (default): all the selected seats together;
- ``party``: the seats of each party ("at most one per municipality"; a seat of a party's part,
  a bydel, counts for the bydel, not for its kommune; a seat shared by several parties,
  ``shared_with``, counts for each of them, and for a party type or region once, however many of
  its parties share it);
- ``party_type``, ``region``, ``side``: the seats of each party type, region (of the seat's party)
  or side (the seat's own side, else its party's);
- ``on_behalf_of``: the seats held for each forum (a seat's ``on_behalf_of``): «leiar og nestleiar
  frå kvart LSU» is ``per: on_behalf_of``, ``each: {forum_type: [lokalt-samarbeidsutvalg]}``
  (every LSU still in force: one whose ``until`` has passed is asked for no seat), ``exactly: 2``; one from each side of each LSU is that rule with ``where: {side:
  [kommune]}`` and ``exactly: 1``, and again for ``sykehus``. A seat held for no forum is in no
  unit;
- ``appointed_by``: the seats each party appointed — the party the seat's ``appointed_by`` names
  (by id or name, as the selector ``appointed_by_party_type`` reads it): "each of the four
  councils appoints representatives" is ``per: appointed_by``, ``each: {party_type:
  [interkommunalt-politisk-rad]}``, ``min: 1``. A seat whose ``appointed_by`` names no party is
  in no unit.

Which units are counted: with ``each``, every one of a list the agreement names, even one with no
seat at all, and only those (a seat of a unit ``each`` does not name is not counted: a member of
neither side, «uavhengig», for ``each: {values: [kommune, sykehus]}``) — ``each: {party_type: [kommune]}`` is every municipality (``per: party``; with
``per: appointed_by``, every one as the appointing party) or the
region of every municipality (``per: region``) of the forum's area (its ``area``; the whole
health community when it declares none) — and every region the organisation declares that no
party is in (of the area, where the forum has one), counted as none, so a region whose
municipalities were all left out is reported —, and a type it names that no party of the document has
at all is a unit of its own, counted as none («statsforvalter (no party of that type)»: ``each: {party_type: [statsforvalter, ks]}`` with ``min: 1`` reports a county governor
missing from ``parties``, where it would pass unseen) — with ``in_sector: true`` beside ``party_type``, only
those whose ``sector`` is the forum's (a forum tied to a hospital by ``sector``, «øvste leiing i
tilhøyrande kommunar»: ``each: {party_type: [kommune], in_sector: true}``; a forum without a
``sector`` is then reported, at the forum) — and ``each: {values: [...]}`` names the party types,
regions or sides, or with ``per: party`` the parties by id («one each from Arendal and
Kristiansand»: ``per: party``, ``each: {values: [arendal, kristiansand]}``, ``exactly: 1``). With ``per: region``, a party ``each`` names that belongs to no region is
reported at the forum's members, since it cannot be counted for any; when the organisation
declares no regions at all (no ``regions:``, no party with a ``region:``), the rule gives one
finding instead, at the organisation's ``parties:``, that says to add them. Without ``each``, only the units that hold a selected seat are counted (so
only a maximum can fail). ``each`` needs a ``per`` other than ``forum``: given without one, the
pack is refused at ``each`` (it would change nothing).

``count`` says what is counted: ``seats`` (default), or ``parties``, the distinct parties that
hold the selected seats — "members from at least three municipalities". Two seats of one party count
once; a seat of a party's part counts for the part (a clinic, a bydel), not for the whole; a GP,
user or employee seat has no party and is not counted (so ``count: parties`` with a ``where``
that names ``represents`` is refused when the pack loads: it would always count 0). With
``grouped_under`` (party ids, or a party's names), a party below one of them counts as its part directly under it:
"UNN's members come from different clinics" is ``where: {part_of: [unn], party_type:
[klinikk]}``, ``count: parties``, ``grouped_under: [unn]``, ``min: 2``, so that a seat of a
clinic's section (``part_of: unn-bukl``) and one of the clinic itself count as one clinic. Pick
the clinics by a party type of their own (a pack adds ``klinikk`` under
``vocabulary.party_types``; the examples below give the clinics ``helseforetak`` and the
hospitals ``sykehus``): ``where: {part_of: [unn]}`` alone also picks the trust itself and its
hospital sites (UNN Harstad, a party ``part_of: unn`` too), so a clinic and a site would pass as
two clinics. The sites are the next count's.
``sites`` counts the distinct places the seat holders work: the seats' ``site`` (a party of the
organisation: «UNN Harstad» for a clinic that spans several hospitals) — "the members come from
different sites" is ``count: sites``, ``min: 2``. A seat that gives no ``site`` works where its
party is when that party is a hospital (``type: sykehus``: ``{party: unn-harstad}`` is at UNN
Harstad); any other seat without a ``site`` is not counted (a clinic spans several sites).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import Message, phrase
from hf_rules.documents.entries import OrgEntry
from hf_rules.documents.model import Seat
from hf_rules.rules.checks.base import (
    COUNT_BOUNDS,
    COUNT_EXACTLY,
    STRINGS,
    TEXT_SCHEMA,
    Example,
    LocalText,
    Subject,
    Violation,
    bound_problems,
    bounds,
    count_requirement,
    option_values,
)
from hf_rules.rules.checks.fora import fora_in_force
from hf_rules.rules.checks.seats import (
    GROUP_OPTION,
    SEAT_FILTER,
    appointing_party,
    declares_regions,
    in_area,
    lineage,
    no_regions,
    party_id,
    region_of,
    seat_matches,
    seat_parties,
    seat_side,
    seat_text,
    seats_of,
)
from hf_rules.rules.checks.words import KEYWORD, words
from hf_rules.yaml.loader import Document, Path_

NAME = "seat_count"
SUBJECTS = frozenset({"forum"})
PARAMS: dict[str, str] = {
    "label": "The rule's `label` (what is counted).",
    "unit": "What is counted separately (`per`): the party or region by name, the party type or side; `forum` with `per: forum`; with `per: region`, a party that belongs to no region as `NAME (region?)`.",
    "found": "How many seats (with `count: parties`, distinct parties) it has.",
    "requirement": "The bound in words: `at least 1`, `exactly 16`, ….",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "where": {**SEAT_FILTER, "default": {}, "description": "Which seats are counted (all when left out)."},
        "group": {**GROUP_OPTION, "default": "members"},
        "per": {
            "enum": ["forum", "party", "party_type", "region", "side", "appointed_by", "on_behalf_of"],
            "default": "forum",
            "description": "Count all the seats together, or separately for each party, party type, region, side, "
            "party that appointed them (the party `appointed_by` names), or forum they sit for (`on_behalf_of`).",
        },
        "each": {
            "type": "object",
            "description": "The units that must each have the count: `party_type` (the parties of those types in "
            "the forum's area, or their regions), or `values` (party types, regions or sides by name).",
            "properties": {
                "party_type": words("party_types", "Every party of these types in the forum's area."),
                "forum_type": words("forum_types", "With `per: on_behalf_of`: every forum of these types."),
                "in_sector": {
                    "type": "boolean",
                    "default": False,
                    "description": "With `party_type`: only the parties whose `sector` is the forum's `sector` "
                    "(«tilhøyrande kommunar» of a forum tied to a hospital); a forum without a sector is reported.",
                },
                "values": {
                    **STRINGS,
                    "items": {
                        **STRINGS["items"],
                        KEYWORD: {"by": "per", "values": {"party_type": "party_types", "side": "sides"}},
                    },
                    "description": "These party types, regions or sides (by `per`); with `per: party`, these "
                    "party ids, or names of parties («one each from Arendal and Kristiansand»).",
                },
            },
            "additionalProperties": False,
            "oneOf": [{"required": ["party_type"]}, {"required": ["values"]}, {"required": ["forum_type"]}],
            "dependentRequired": {"in_sector": ["party_type"]},
        },
        "count": {
            "enum": ["seats", "parties", "sites"],
            "default": "seats",
            "description": "Count the selected seats, the distinct parties that hold them, or the distinct sites "
            "where their holders work (the seats' `site`; a seat without one is not counted).",
        },
        "grouped_under": {
            **STRINGS,
            "description": "With `count: parties`: a party below one of these parties (ids, or a party's names) "
            "counts as its part directly under it (a section of a clinic as the clinic).",
        },
        **COUNT_BOUNDS,
        **COUNT_EXACTLY,
        "label": {**TEXT_SCHEMA, "description": "What is counted, for messages ({label})."},
    },
    "required": ["label"],
    "additionalProperties": False,
}


def _units(subject: Subject, seat: Seat, per: str) -> list[str]:
    """The units a seat counts for: one (the forum, its side, the party that appointed it), or
    with ``per`` party, party type or region, that of each party it is held for (a shared seat,
    ``shared_with``, counts for each; once for a unit two of them share)."""
    org = subject.org
    if per == "forum":
        return ["forum"]
    if per == "side":
        side = seat_side(org, seat)
        return [side] if side is not None else []
    if per == "appointed_by":
        appointer = appointing_party(org, seat)
        return [appointer] if appointer is not None else []
    if per == "on_behalf_of":
        return [seat.on_behalf_of] if seat.on_behalf_of is not None else []
    parties = seat_parties(seat)
    if per == "party":
        return parties
    if per == "party_type":
        found = [party.type for pid in parties if (party := org.party(pid)) is not None]
    else:
        found = [region for pid in parties if (region := region_of(org, pid)) is not None]
    return list(dict.fromkeys(found))


def _party_unit(subject: Subject, party_id: str, per: str) -> str | None:
    """The party type or region of one party (``per``: party_type or region)."""
    if per == "region":
        return region_of(subject.org, party_id)
    party = subject.org.party(party_id)
    return party.type if party is not None else None


def _expected_units(subject: Subject, options: dict[str, Any]) -> list[str]:
    each = options.get("each")
    per = options["per"]
    if per == "forum":
        return ["forum"]
    if each is None:
        return []
    if "values" in each:  # with per: party, a party's name stands for its id
        return [party_id(subject.org, v) if per == "party" else v for v in each["values"]]
    org = subject.org
    if "forum_type" in each:
        return [fid for fid, _ in fora_in_force(org, each["forum_type"], subject.as_of) if fid != subject.id]
    parties = [
        pid
        for pid, p in org.model.parties.items()
        if p.type in each["party_type"] and in_area(org, subject.forum, pid) and _in_sector(subject, each, pid)
    ]
    if per == "party_type":
        return list(each["party_type"])
    # a type the rule names with no party at all in the document is a unit of its own, counted
    # as none: «each: {party_type: [statsforvalter, ks]}» with no county governor among the
    # parties is reported, not passed (round 21 Førde)
    absent = [f"{_ABSENT}{t}" for t in each["party_type"] if not any(p.type == t for p in org.model.parties.values())]
    if per in ("party", "appointed_by"):
        return parties + absent
    if per == "region":
        return (
            sorted({r for pid in parties if (r := region_of(org, pid)) is not None} | _empty_regions(subject)) + absent
        )
    return sorted({s for pid in parties if (s := org.side_of(pid)) is not None}) + absent


def _empty_regions(subject: Subject) -> set[str]:
    """The regions the organisation declares that no party is in (and, for a forum with an
    ``area``, that the area names): each is a unit counted as none, so a region whose
    municipalities were all left out of the document is reported, not passed over (round 26
    Akershus AK1, Førde FO16)."""
    org = subject.org
    used = {r for pid in org.model.parties if (r := region_of(org, pid)) is not None}
    area = subject.forum.area if subject.forum is not None else None
    return {rid for rid in org.model.regions if rid not in used and (not area or rid in area)}


_ABSENT = "party_type:"
"""The unit of a party type ``each`` names that no party of the document has (a unit no party
id, region or side can be: ids hold no colon)."""


def _in_sector(subject: Subject, each: dict[str, Any], party_id: str) -> bool:
    """With ``each.in_sector``: whether the party (or a party it is part of) has the forum's
    ``sector`` as its own; always, without it."""
    if not each.get("in_sector"):
        return True
    sector = subject.forum.sector if subject.forum is not None else None
    org = subject.org
    return sector is not None and any(
        (party := org.party(pid)) is not None and party.sector == sector for pid in lineage(org, party_id)
    )


def _without_region(subject: Subject, options: dict[str, Any], requirement: LocalText) -> Iterator[Violation]:
    """With ``per: region`` and ``each: {party_type: ...}``: each party of those types in the
    forum's area that belongs to no region, at the forum's members. It cannot be counted for a
    region, and leaving it out would let a municipality the agreement counts go unseen. (A seat
    of a party ``each`` does not name, such as the hospital's, is simply in no region.)"""
    org = subject.org
    forum = subject.forum
    assert forum is not None
    each = options.get("each")
    if each is None or "party_type" not in each:
        return
    for pid, party in org.model.parties.items():
        if party.type in each["party_type"] and in_area(org, forum, pid) and region_of(org, pid) is None:
            params: dict[str, LocalText] = {
                "label": options["label"],
                "unit": phrase("region-unknown", party=party.name),
                "found": "-",
                "requirement": requirement,
            }
            key = f"no-region:{options['label']['en']}:{pid}"
            yield Violation(subject.at("members"), key, params, {"party": pid, "region": None})


def _unit_name(subject: Subject, per: str, unit: str) -> LocalText:
    if unit.startswith(_ABSENT) and per != "party_type":
        return phrase("seat-count-no-party-of-type", type=unit.removeprefix(_ABSENT))
    if per in ("party", "appointed_by"):
        return subject.org.party_name(unit)
    if per == "on_behalf_of" and unit in subject.org.model.fora:
        return subject.org.model.fora[unit].name
    if per == "region" and unit in subject.org.model.regions:
        return subject.org.model.regions[unit].name
    return unit


def _first_of_each_party(seats: list[tuple[str, int, Seat]]) -> dict[str, tuple[str, int, Seat]]:
    """Each distinct party the selected seats are held for, with its first seat, in document
    order (party seats only; a shared seat for each of its parties)."""
    first: dict[str, tuple[str, int, Seat]] = {}
    for group, index, seat in seats:
        for pid in seat_parties(seat):
            first.setdefault(pid, (group, index, seat))
    return first


def _grouped(
    subject: Subject, held: dict[str, tuple[str, int, Seat]], under: list[str]
) -> dict[str, tuple[str, int, Seat]]:
    """The parties of ``held`` each counted as its part directly under one of ``under`` (itself
    where it is one of them, is directly under one, or is under none), first seat first."""
    grouped: dict[str, tuple[str, int, Seat]] = {}
    for pid, at in held.items():
        chain = lineage(subject.org, pid)
        unit = next((chain[i - 1] for i in range(1, len(chain)) if chain[i] in under), pid)
        grouped.setdefault(unit, at)
    return grouped


def _sites(org: OrgEntry, found: list[tuple[str, int, Seat]]) -> dict[str, tuple[str, int, Seat]]:
    """Each distinct site of the seats, first seat first: a seat's ``site``, else its party where
    that is a hospital (``type: sykehus``, UNN Harstad's own seat); another seat that gives none is
    not counted (its party may be a clinic that spans several sites)."""
    sites: dict[str, tuple[str, int, Seat]] = {}
    for group, index, seat in found:
        party = org.party(seat.party)
        site = seat.site if seat.site is not None else seat.party if party and party.type == "sykehus" else None
        if site is not None:
            sites.setdefault(site, (group, index, seat))
    return sites


def validate(rule: Any, doc: Document, base: Path_) -> list[InputError]:
    """``exactly`` with ``min`` or ``max``, ``min`` above ``max``, ``count: parties`` with
    ``per: party`` (one party per unit, always), ``count: parties`` of seats selected by
    ``represents`` (a GP, user or employee seat has no party: the count is always 0), and
    ``each`` without ``per`` (it would be ignored: all seats are counted together): located
    pack errors."""
    options: dict[str, Any] = rule.check.options
    problems = bound_problems(rule.id, doc, base, options)
    if options.get("count") == "parties" and options.get("per") == "party":
        where = doc.location(base + ("count",))
        problems.append(InputError(where, Message("err-count-parties-per-party", rule=rule.id)))
    if "grouped_under" in options and options.get("count") != "parties":
        where = doc.location(base + ("grouped_under",), key=True)
        problems.append(InputError(where, Message("err-grouped-under-needs-parties", rule=rule.id)))
    if options.get("count") == "parties" and "represents" in (options.get("where") or {}):
        where = doc.location(base + ("count",))
        problems.append(InputError(where, Message("err-count-parties-represents", rule=rule.id)))
    pers = [value for value, _, _, _ in option_values(options, "per", base)] or ["forum"]
    if "each" in options and "forum" in pers:
        where = doc.location(base + ("each",), key=True)
        problems.append(InputError(where, Message("err-each-needs-per", rule=rule.id)))
    each = options.get("each") or {}
    if isinstance(each, dict) and each and ("forum_type" in each) != ("on_behalf_of" in pers) and "values" not in each:
        # forum types are the units of per: on_behalf_of only, and its units are fora
        where = doc.location(base + ("each",), key=True)
        problems.append(InputError(where, Message("err-each-forum-type", rule=rule.id)))
    return problems


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    per = options["per"]
    if per == "region" and not declares_regions(subject.org):
        yield no_regions(subject, {"label": options["label"]["en"]})
        return
    if (options.get("each") or {}).get("in_sector") and forum.sector is None:
        yield Violation(
            subject.base,
            "no-sector",
            {},
            {"each": options["each"], "sector": None},
            at_key=True,
            said=phrase("seat-count-no-sector", forum=forum.name),
            said_hint=phrase("seat-count-no-sector-hint"),
        )
        return
    under = [party_id(subject.org, pid) for pid in options.get("grouped_under") or ()]
    unknown = [pid for pid in under if subject.org.party(pid) is None]
    if unknown:
        yield Violation(
            subject.base,
            "unknown-group",
            {},
            {"grouped_under": options["grouped_under"], "unknown": unknown},
            said=phrase("seat-count-unknown-group", parties=", ".join(unknown)),
            said_hint=phrase("seat-count-unknown-group-hint"),
        )
        return
    selected = [
        (g, i, s) for g, i, s in seats_of(forum, options["group"]) if seat_matches(subject, s, options["where"], g)
    ]
    expected = _expected_units(subject, options)
    by_unit: dict[str, list[tuple[str, int, Seat]]] = {u: [] for u in expected}
    only_expected = per != "forum" and options.get("each") is not None
    for group, index, seat in selected:
        for unit in _units(subject, seat, per):
            if not only_expected or unit in by_unit:
                by_unit.setdefault(unit, []).append((group, index, seat))
    minimum, maximum = bounds(options, default_min=1)
    if per == "region":
        yield from _without_region(subject, options, count_requirement(minimum, maximum))
    for unit, found in by_unit.items():
        held = _first_of_each_party(found)
        if per in ("party_type", "region"):  # a shared seat's parties of this unit only
            held = {pid: at for pid, at in held.items() if _party_unit(subject, pid, per) == unit}
        if options["count"] == "parties" and options.get("grouped_under"):
            held = _grouped(subject, held, under)
        elif options["count"] == "sites":
            held = _sites(subject.org, found)
        seats = list(held.values()) if options["count"] in ("parties", "sites") else found
        params: dict[str, LocalText] = {
            "label": options["label"],
            "unit": _unit_name(subject, per, unit),
            "found": str(len(seats)),
            "requirement": count_requirement(minimum, maximum),
        }
        evidence: dict[str, object] = {
            "per": per,
            "unit": unit,
            "seats": [seat_text(subject.org, s) for _, _, s in found],
        }
        if options["count"] in ("parties", "sites"):
            evidence[options["count"]] = list(held)
        key = options["label"]["en"] if per == "forum" else f"{options['label']['en']}:{unit}"
        if minimum is not None and len(seats) < minimum:
            # a count of observers only is short at `observers:` (round 31/33 Finnmark, Førde)
            group_key = "observers" if options["group"] == "observers" else "members"
            yield Violation(subject.at(group_key), f"too-few:{key}", params, evidence)
        if maximum is not None and len(seats) > maximum:
            group, index, _ = seats[maximum]
            yield Violation(subject.at(group, index), f"too-many:{key}", params, evidence)


_OBSERVING = """\
parties:
  vestfjord: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
  ombudet: {name: Pasient- og brukerombudet, type: ombud, side: uavhengig}
%sfora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: vestfjord, role: Administrerende direktør}
      - {party: lyngvik, role: Kommunedirektør}
    observers:
      - {party: ombudet, role: Ombud, speaking_rights: true}
%s"""
_COUNCIL = "  radet: {name: Vestfjord regionråd, type: region, side: kommune}\n"
_COUNCIL_SEAT = "      - {party: radet, role: Daglig leder, speaking_rights: true}\n"
_DELEGATES = {
    "group": "observers",
    "where": {"speaking_rights": True},
    "per": "party",
    "each": {"party_type": ["ombud", "region"]},
    "exactly": 1,
    "label": {"nb": "utsendinger med talerett", "en": "delegates with speaking rights"},
}
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
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: vestfjord, role: Administrerende direktør}
      - {party: lyngvik, role: Ordfører}
      - {party: lyngvik, role: Kommunedirektør}
      - {party: kvitberg, role: Kommunedirektør}
      - {represents: bruker, side: kommune, role: Brukerrepresentant}
      - {represents: bruker, side: %s, role: Brukerrepresentant}
"""
_USERS = {"nb": "brukerrepresentanter", "en": "user representatives"}
_DIRECTORS = {"nb": "kommunedirektører", "en": "municipal directors"}
_MUNICIPAL = {"nb": "kommunale plasser", "en": "municipal seats"}
_MUNICIPALITIES = {"nb": "kommuner", "en": "municipalities"}
_VOTERS = {"nb": "medlemmer med stemmerett", "en": "members with a vote"}
_APPOINTED = {"nb": "representanter utpekt av rådet", "en": "representatives appointed by the council"}
_COUNCILS = """\
parties:
  vestfjord: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
  kvitberg: {name: Kvitberg kommune, type: kommune, side: kommune}
  ytre-rad: {name: Ytre Vestfjord regionråd, type: region, side: kommune}
  indre-rad: {name: Indre Vestfjord regionråd, type: region, side: kommune}
fora:
  pm:
    name: Partnerskapsmøte
    type: partnerskapsmote
    members:
      - {party: vestfjord, role: Administrerende direktør}
      - {party: lyngvik, role: Ordfører, appointed_by: Ytre Vestfjord regionråd}
      - {party: kvitberg, role: Ordfører, appointed_by: %s}
"""
_SPEAKERS = {"nb": "medlemmer med møte- og talerett", "en": "members who may attend and speak"}
_VOTING = """\
parties:
  vestfjord: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: vestfjord, role: Administrerende direktør}
      - {party: lyngvik, role: Kommunedirektør}
      - {represents: bruker, role: Brukerrepresentant}
      - {party: vestfjord, role: Samhandlingssjef, voting: false}
    observers:
      - {party: lyngvik, role: Rådgiver, speaking_rights: true}
"""
_LSUS = """\
parties:
  hf: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
  kvitberg: {name: Kvitberg kommune, type: kommune, side: kommune}
fora:
  lsu-ytre: {name: LSU Ytre, type: lokalt-samarbeidsutvalg}
  lsu-indre: {name: LSU Indre, type: lokalt-samarbeidsutvalg}
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: lyngvik, role: Leder LSU Ytre, on_behalf_of: lsu-ytre}
      - {party: hf, role: Nestleder LSU Ytre, on_behalf_of: lsu-ytre}
      - {party: kvitberg, role: Leder, on_behalf_of: %s}
"""
_PER_LSU = {
    "where": {"side": ["kommune"]},
    "per": "on_behalf_of",
    "each": {"forum_type": ["lokalt-samarbeidsutvalg"]},
    "exactly": 1,
    "label": {"nb": "kommunale medlemmer per LSU", "en": "municipal members per LSU"},
}
_CLINICS = """\
parties:
  unn: {name: Universitetssykehuset Nord-Norge HF, type: helseforetak, side: sykehus}
  unn-bukl: {name: Barne- og ungdomsklinikken, type: helseforetak, side: sykehus, part_of: unn}
  unn-bukl-hab: {name: Seksjon for habilitering, type: helseforetak, side: sykehus, part_of: unn-bukl}
  unn-psyk: {name: Psykisk helse- og rusklinikken, type: helseforetak, side: sykehus, part_of: unn}
  unn-tromso: {name: UNN Tromsø, type: sykehus, side: sykehus, part_of: unn}
  unn-harstad: {name: UNN Harstad, type: sykehus, side: sykehus, part_of: unn}
  tromso: {name: Tromsø kommune, type: kommune, side: kommune}
fora:
  fsu-bu:
    name: FSU barn og unge
    type: samarbeidsforum
    members:
      - {party: tromso, role: Kommunalsjef}
      - {party: unn-bukl, role: Klinikksjef, site: unn-tromso}
      - {party: %s, role: Seksjonsleder, site: %s}
"""
_CLINIC_COUNT = {
    "where": {"part_of": ["unn"], "party_type": ["helseforetak"]},
    "count": "parties",
    "grouped_under": ["unn"],
    "min": 2,
    "label": {"nb": "klinikker", "en": "clinics"},
}
_SITE_COUNT = {
    "where": {"part_of": ["unn"]},
    "count": "sites",
    "min": 2,
    "label": {"nb": "lokalisasjoner", "en": "sites"},
}
_SECTOR = """\
parties:
  haugesund-sjukehus: {name: Haugesund sjukehus, type: sykehus, side: sykehus, has_sector: true}
  stord-sjukehus: {name: Stord sjukehus, type: sykehus, side: sykehus, has_sector: true}
  karmoy: {name: Karmøy kommune, type: kommune, side: kommune, sector: haugesund-sjukehus}
  tysvaer: {name: Tysvær kommune, type: kommune, side: kommune, sector: haugesund-sjukehus}
  stord: {name: Stord kommune, type: kommune, side: kommune, sector: stord-sjukehus}
fora:
  om-haugesund:
    name: Områdemøte Haugesund
    type: samarbeidsforum
    sector: %s
    members:
      - {party: haugesund-sjukehus, role: Klinikkdirektør}
      - {party: karmoy, role: Kommunalsjef helse}
      - {party: tysvaer, role: Kommunalsjef helse}
"""
_OWN_MUNICIPALITIES = {
    "where": {"party_type": ["kommune"]},
    "per": "party",
    "each": {"party_type": ["kommune"], "in_sector": True},
    "exactly": 1,
    "label": {"nb": "ledere fra kommunen", "en": "leaders from the municipality"},
}
_APPOINTED_BY_PM = """\
parties:
  hf: {name: Helgelandssykehuset HF, type: helseforetak, side: sykehus}
  vefsn: {name: Vefsn kommune, type: kommune, side: kommune}
fora:
  pm: {name: Partnerskapsmøtet, type: partnerskapsmote}
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Administrerende direktør, appointed_by: pm}
      - {party: vefsn, role: Kommunalsjef, appointed_by: %s}
"""
_NOT_BY_PM = {
    "where": {"not": {"appointed_by": ["Partnerskapsmøtet"]}},
    "max": 0,
    "label": {
        "nb": "medlemmer partnerskapsmøtet ikke har oppnevnt",
        "en": "members the partnerskapsmøte did not appoint",
    },
}
_KOSS = """\
parties:
  arendal: {name: Arendal kommune, type: kommune, side: kommune}
  kristiansand: {name: Kristiansand kommune, type: kommune, side: kommune}
  grimstad: {name: Grimstad kommune, type: kommune, side: kommune}
fora:
  koss:
    name: Kommunenes strategiske samarbeidsorgan
    type: samarbeidsforum
    members:
      - {party: arendal, role: Kommunedirektør}
      - {party: %s, role: Kommunedirektør}
      - {party: grimstad, role: Kommunalsjef}
"""
_TWO_LARGEST = {
    "where": {"party": ["arendal", "kristiansand"]},
    "per": "party",
    "each": {"values": ["arendal", "kristiansand"]},
    "exactly": 1,
    "label": {
        "nb": "representanter for de to største kommunene",
        "en": "representatives of the two largest municipalities",
    },
}
EXAMPLES = (
    Example(
        "The partnerskapsmøte (`appointed_by: pm`, its id) appoints every member",
        _NOT_BY_PM,
        _APPOINTED_BY_PM % "Partnerskapsmøtet",
        subject="ssu",
    ),
    Example(
        "One member is appointed by Vefsn kommune itself",
        _NOT_BY_PM,
        _APPOINTED_BY_PM % "vefsn",
        subject="ssu",
        expect=("too-many:members the partnerskapsmøte did not appoint",),
    ),
    Example(
        "Each municipality of the hospital's sector has its one seat in the area meeting",
        _OWN_MUNICIPALITIES,
        _SECTOR % "haugesund-sjukehus",
        subject="om-haugesund",
    ),
    Example(
        "The area meeting is tied to Stord sjukehus, whose municipality Stord has no seat",
        _OWN_MUNICIPALITIES,
        _SECTOR % "stord-sjukehus",
        subject="om-haugesund",
        expect=("too-few:leaders from the municipality:stord",),
    ),
    Example(
        "The area meeting gives no sector: whose municipalities they are cannot be told",
        _OWN_MUNICIPALITIES,
        _SECTOR.replace("    sector: %s\n", ""),
        subject="om-haugesund",
        expect=("no-sector",),
    ),
    Example(
        "A user representative from the municipalities and one from the hospital",
        {
            "where": {"represents": ["bruker"]},
            "per": "side",
            "each": {"values": ["kommune", "sykehus"]},
            "exactly": 1,
            "label": _USERS,
        },
        _ORG % "sykehus",
    ),
    Example(
        "Both user representatives come from the municipalities",
        {
            "where": {"represents": ["bruker"]},
            "per": "side",
            "each": {"values": ["kommune", "sykehus"]},
            "exactly": 1,
            "label": _USERS,
        },
        _ORG % "kommune",
        expect=("too-many:user representatives:kommune", "too-few:user representatives:sykehus"),
    ),
    Example(
        "At least one municipal director per region: Ytre and Indre both have one",
        {
            "where": {"role": ["Kommunedirektør"]},
            "per": "region",
            "each": {"party_type": ["kommune"]},
            "label": _DIRECTORS,
        },
        _ORG % "sykehus",
    ),
    Example(
        "At least one municipal director per region: Solvik belongs to no region, so it cannot be counted",
        {
            "where": {"role": ["Kommunedirektør"]},
            "per": "region",
            "each": {"party_type": ["kommune"]},
            "label": _DIRECTORS,
        },
        _ORG.replace("parties:\n", "parties:\n  solvik: {name: Solvik kommune, type: kommune, side: kommune}\n", 1)
        % "sykehus",
        expect=("no-region:municipal directors:solvik",),
    ),
    Example(
        "At least one municipal director per region: the organisation declares no regions, one finding says so",
        {
            "where": {"role": ["Kommunedirektør"]},
            "per": "region",
            "each": {"party_type": ["kommune"]},
            "label": _DIRECTORS,
        },
        _ORG.split("parties:\n", 1)[1].join(["parties:\n", ""]) % "sykehus",
        expect=("no-regions",),
    ),
    Example(
        "At most one seat per municipality: Lyngvik has two",
        {"where": {"party_type": ["kommune"]}, "per": "party", "max": 1, "label": _MUNICIPAL},
        _ORG % "sykehus",
        expect=("too-many:municipal seats:lyngvik",),
    ),
    Example(
        "Members from at least two municipalities: Lyngvik's two seats count once, with Kvitberg's two",
        {"where": {"party_type": ["kommune"]}, "count": "parties", "min": 2, "label": _MUNICIPALITIES},
        _ORG % "sykehus",
    ),
    Example(
        "Members from at least three municipalities: only two hold seats",
        {"where": {"party_type": ["kommune"]}, "count": "parties", "min": 3, "label": _MUNICIPALITIES},
        _ORG % "sykehus",
        expect=("too-few:municipalities",),
    ),
    Example(
        "UNN's members from different clinics: the children's clinic and the psychiatric clinic",
        _CLINIC_COUNT,
        _CLINICS % ("unn-psyk", "unn-harstad"),
        subject="fsu-bu",
    ),
    Example(
        "UNN's members from different clinics: a section of the children's clinic is the same clinic",
        _CLINIC_COUNT,
        _CLINICS % ("unn-bukl-hab", "unn-harstad"),
        subject="fsu-bu",
        expect=("too-few:clinics",),
    ),
    Example(
        "UNN's members from different clinics: a seat of the hospital site UNN Harstad is no clinic",
        _CLINIC_COUNT,
        _CLINICS % ("unn-harstad", "unn-harstad"),
        subject="fsu-bu",
        expect=("too-few:clinics",),
    ),
    Example(
        "UNN's members from different sites: Tromsø and Harstad, both of the children's clinic",
        _SITE_COUNT,
        _CLINICS % ("unn-bukl-hab", "unn-harstad"),
        subject="fsu-bu",
    ),
    Example(
        "UNN's members from different sites: the seat of UNN Harstad itself works at Harstad (no `site` needed)",
        _SITE_COUNT,
        (_CLINICS % ("unn-harstad", "unn-harstad")).replace(", site: unn-harstad}", "}"),
        subject="fsu-bu",
    ),
    Example(
        "UNN's members from different sites: both work in Tromsø",
        _SITE_COUNT,
        _CLINICS % ("unn-psyk", "unn-tromso"),
        subject="fsu-bu",
        expect=("too-few:sites",),
    ),
    Example(
        "One municipal member for each LSU: both LSUs have theirs",
        _PER_LSU,
        _LSUS % "lsu-indre",
        subject="ssu",
    ),
    Example(
        "One municipal member for each LSU: LSU Indre has none, LSU Ytre two",
        _PER_LSU,
        _LSUS % "lsu-ytre",
        subject="ssu",
        expect=("too-many:municipal members per LSU:lsu-ytre", "too-few:municipal members per LSU:lsu-indre"),
    ),
    Example(
        "Seats other than the mayor's: at most two municipal seats",
        {"where": {"party_type": ["kommune"], "not": {"role": ["Ordfører"]}}, "max": 2, "label": _MUNICIPAL},
        _ORG % "sykehus",
    ),
    Example(
        "Each regional council appoints at least one representative (by name or id)",
        {"per": "appointed_by", "each": {"party_type": ["region"]}, "min": 1, "label": _APPOINTED},
        _COUNCILS % "indre-rad",
    ),
    Example(
        "Each regional council appoints at least one representative: Indre Vestfjord appoints none",
        {"per": "appointed_by", "each": {"party_type": ["region"]}, "min": 1, "label": _APPOINTED},
        _COUNCILS % "ytre-rad",
        expect=("too-few:representatives appointed by the council:indre-rad",),
    ),
    Example(
        "Three members with a vote and one with møte- og talerett only",
        {"where": {"voting": True}, "exactly": 3, "label": _VOTERS},
        _VOTING,
    ),
    Example(
        "Two members with møte- og talerett are wanted; one has it",
        {"where": {"voting": False}, "exactly": 2, "label": _SPEAKERS},
        _VOTING,
        expect=("too-few:members who may attend and speak",),
    ),
    Example(
        "One each from Arendal and Kristiansand (`per: party`, the parties by id)",
        _TWO_LARGEST,
        _KOSS % "kristiansand",
    ),
    Example(
        "Kristiansand has no seat, and Arendal two",
        _TWO_LARGEST,
        _KOSS % "arendal",
        expect=(
            "too-many:representatives of the two largest municipalities:arendal",
            "too-few:representatives of the two largest municipalities:kristiansand",
        ),
    ),
    Example(
        "«The ombud and the regional council have one delegate each with speaking rights»",
        _DELEGATES,
        _OBSERVING % (_COUNCIL, _COUNCIL_SEAT),
    ),
    Example(
        "The regional council is missing from the parties: a type `each` names with no party counts as none",
        _DELEGATES,
        _OBSERVING % ("", ""),
        expect=("too-few:delegates with speaking rights:party_type:region",),
    ),
)
