"""The parties of a type: which they are, how many, and that each sits in a forum of a type.

The parties looked at are those whose ``type`` is one of ``party_type``; with ``region``, only
those of that region (a region id, or its ``name`` or an ``also_known_as`` as the text gives it:
the party's ``region``, a region that lists it, or that of the party it is part of), so
«Værnesregionen består av Tydal, Selbu, Stjørdal og Meråker» is ``region: [Værnesregionen]``
with ``ids`` — a municipality of the region not on the list, and one on it that is not in the
region, are each reported. An entry of ``ids`` or ``includes`` names a party by its id, or by its
``name`` or one of its ``also_known_as`` (case aside). Each option given is checked on its own:

- ``ids``: they are exactly these parties (a party of the list that is missing, or of that type
  and not on the list, is reported) — "the municipalities are Lyngvik, Havbø and Straumsnes";
  where the document writes a listed party under another id, the finding says which party is
  likely meant (``{problem}``: «is missing (did you mean 'sorlandet-sykehus'?)», and at that
  party «is not on the list (is it the list's 'sshf'?)»): a party not on the list whose name, an
  ``also_known_as`` or the initials of its name are the id (Sørlandet sykehus HF for ``sshf``),
  else the closest id (``arendal-kommune`` for ``arendal``), else the closest name, a party of
  ``party_type`` before one of another type (``tromso-kommune``, not the site ``unn-tromso``, for
  ``tromso``);
- ``includes``: these parties are among them, and others may be too — "the hospitals in
  Haugesund, Stord and Odda" of a trust that has a fourth;
- ``min``, ``max``, ``exactly``: how many there are — "the 24 municipalities"; with ``per:
  region``, how many there are in each region instead — "each regional council looks after the
  interests of at most 8 and at least 4 municipalities". Every region of the organisation is
  counted (its ``regions``, and a region a party names), an empty one too (0), and a region
  with too few or too many is reported at the region (``regions.<id>``; where the organisation
  lists no ``regions:``, at the first party of that region). A party of the type in no region is
  reported (it cannot be counted for one), and an organisation that declares no regions at all
  gives one finding at its ``parties:``, as for ``regions``. ``per: region`` sits here, not on
  ``seat_count``, because it counts the parties of the organisation, not seats of a forum;
- ``in_forum``: each of them sits in at least one forum of ``in_forum.type`` (narrowed with
  ``in_forum.topic`` and ``in_forum.priority_groups``, see *Forum criteria*), by a seat of its
  own or of one of its parts (a bydel of Oslo kommune), or a seat it shares (``shared_with``);
  member seats count, and observer seats
  too with ``in_forum.group`` — "every municipality takes part in an LSU". Only seats are read,
  not a forum's ``sector``;
- ``municipalities_of``: they are the municipalities of these counties (``counties``, by name or
  number, in the bundled register of Norway's municipalities: SSB, the structure of 1 January
  2024), with ``add`` and without ``remove`` (municipality numbers) for an area that crosses a
  county line — "the 25 municipalities of Agder", "all the municipalities of Telemark". A county
  of an earlier structure (2017, 2018, 2019, 2020–2023: «Sogn og Fjordane», «Nord-Trøndelag»,
  «Viken», its old number, or «Møre og Romsdal (2017)» where the name is today's too) stands for
  the present municipalities that succeeded its municipalities — "the municipalities of Sogn og
  Fjordane" — one that took in only part of it too (Volda, for Hornindal): its finding says which
  part, and ``remove`` leaves it out. With ``structure`` (2017, 2018, 2019, 2020) the parties are
  compared with that structure itself, for a document of its time ("all the 26 municipalities" of
  Møre og Romsdal in 2020–2023): its counties, its numbers in ``add`` and ``remove``, a party
  matched by its names. A party is
  the register's municipality by its ``municipality_number``, else by its name (any official form,
  «kommune» aside) where only one municipality has it, or only one of the set; a name two
  municipalities have («Herøy») where neither or both are in the set and no other name of the party,
  such as «Herøy kommune (Møre og Romsdal)», tells which, is reported at the party, asking for the
  number, and so is a name the register lacks. A
  municipality of the set that no party is, is reported at ``parties:`` by its register name; a
  party that is a municipality outside the set (Bamble, of Telemark, among Agder's), at the party;
- ``regions``: they are grouped in regions — each belongs to one of the organisation's
  ``regions`` (its own ``region:``, a region that lists it, or the region of a party it is part
  of), and the regions they belong to are exactly ``regions.ids``, or at least ``regions.min``,
  at most ``regions.max`` or ``regions.exactly`` many — "the municipalities are grouped in four
  regional councils". An entry of ``ids`` names a region by its id, or by its ``name`` or one
  of its ``also_known_as`` as the text gives it, compared as topics are (case, spacing, hyphens
  aside: «Region Setesdal» is the region ``setesdal: {name: Region Setesdal}``), so a rule can
  list the regions in the agreement's own words and a region whose name is not among them is
  reported. A region of ``ids`` that none of them belongs to is reported, and so is
  one they belong to that is not on the list. When the organisation declares no regions at all
  (no ``regions:``, no party with a ``region:``), ``regions`` gives one finding instead, at the
  organisation's ``parties:``, that says to add them.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import Message, phrase
from hf_rules.documents.entries import OrgEntry
from hf_rules.documents.model import MUNICIPALITY_NUMBER_PATTERN, names_of
from hf_rules.rules.checks.base import (
    COUNT_BOUNDS,
    COUNT_EXACTLY,
    STRINGS,
    TEXT_SCHEMA,
    Example,
    Subject,
    Violation,
    bound_problems,
    bounds,
    count_requirement,
    option_values,
)
from hf_rules.rules.checks.fora import FORUM_CRITERIA, fora_where, topic_key
from hf_rules.rules.checks.seats import (
    GROUP_OPTION,
    declares_regions,
    lineage,
    named_party,
    no_regions,
    normalised,
    region_is_named,
    region_names,
    region_of,
    seat_parties,
    seats_of,
    short_name,
)
from hf_rules.rules.checks.words import words
from hf_rules.yaml.loader import Document, Path_

if TYPE_CHECKING:
    from hf_rules.documents.municipalities import EarlierStructure, Register

_NUMBERS: dict[str, Any] = {
    "type": "array",
    "items": {"type": "string", "pattern": MUNICIPALITY_NUMBER_PATTERN},
    "minItems": 1,
}

NAME = "party_set"
SUBJECTS = frozenset({"organisation"})
PARAMS: dict[str, str] = {
    "label": "The rule's `label` (what the parties are).",
    "problem": "What is wrong: `is missing` (a party of `ids`), `is not on the list` (a party of the type not in `ids`), each with the party likely meant where the document writes a listed party under another id (`is missing (did you mean 'sorlandet-sykehus'?)`), `too few` / `too many` (the count), `sits in no such forum` (`in_forum`), `belongs to no region`, `the region is missing` / `is not on the list` (`regions.ids`), `too few regions` / `too many regions`, `too few in the region` / `too many in the region` (`per: region`); with `municipalities_of`: `is missing` (a municipality of the area no party is; for one that took in only part of an earlier structure's county, which part, and that `remove` leaves it out), `is a municipality outside the area`, `has a name more than one municipality has` (give `municipality_number`), `is no municipality in the register`, `is a municipality today, but not of the 2020 structure` (with `structure`: a municipality made since, such as Haram), `is the same municipality as another party`.",
    "party": "Id of the party the finding is about; empty for a count of parties or of regions.",
    "party_name": "Its name (its id when it is not in the document); empty for a count.",
    "found": "How many parties of the type there are (for regions: how many regions they belong to; with `per: region`: how many in that region).",
    "requirement": "For a party of `ids`: its id; for `municipalities_of`: the area (`Agder`, with `+` and `-` the numbers added and removed); for a count: the bound in words (`exactly 24`); for `in_forum`: `at least 1`; for a party in no region: `belongs to a region`; for `regions.ids`: the region id, or the list.",
    "forum_type": "With `in_forum`: its forum types, comma-separated; otherwise empty.",
    "region": "With `regions` or `per: region`: the region id the finding is about (`-` for a count or a party in none); otherwise empty.",
    "municipality": "With `municipalities_of`: the register's municipality the finding is about (`4228 Sirdal (Agder)`; for a name two have, each of them; `-` for a name it lacks); otherwise empty.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "party_type": words("party_types", "The parties looked at: those of these types."),
        "region": {
            **STRINGS,
            "description": "Only the parties of these regions: region ids, or names as the text gives them (a "
            "region's `name` or `also_known_as`, case and spacing aside).",
        },
        "ids": {
            **STRINGS,
            "description": "They are exactly these parties (ids, or a party's `name` or an `also_known_as`).",
        },
        "includes": {
            **STRINGS,
            "default": [],
            "description": "These parties (ids or names) are among them; others may be too (the three named hospitals "
            "of a trust that has more).",
        },
        **COUNT_BOUNDS,
        **COUNT_EXACTLY,
        "per": {
            "enum": ["region"],
            "description": "Count `min`, `max` and `exactly` in each region of the organisation (an empty one "
            "too) instead of over all of them.",
        },
        "in_forum": {
            "type": "object",
            "description": "Each of them sits in at least one forum of these types.",
            "properties": {
                "type": words("forum_types", "Forum types."),
                **FORUM_CRITERIA,
                "group": {**GROUP_OPTION, "default": "members"},
            },
            "required": ["type"],
            "additionalProperties": False,
        },
        "municipalities_of": {
            "type": "object",
            "description": "They are the municipalities of these counties in the bundled register of Norway's "
            "municipalities (SSB, the structure of 1 January 2024; a county of the 2017–2023 structures stands for "
            "the present municipalities that succeeded its municipalities), with `add` and without `remove`: one "
            "finding per municipality of the area that no party is, and one per party that is a municipality "
            "outside it.",
            "properties": {
                "counties": {
                    **STRINGS,
                    "description": "The counties, by name (`Agder`, `Møre og Romsdal`, or one of an earlier structure: "
                    '`Sogn og Fjordane`, `Nord-Trøndelag`, `Viken`) or number (`"42"`, `"14"`).',
                },
                "add": {
                    **_NUMBERS,
                    "description": "Municipalities of another county that the area takes in (municipality numbers).",
                },
                "remove": {
                    **_NUMBERS,
                    "description": "Municipalities of the counties that the area leaves out (municipality numbers).",
                },
                "structure": {
                    "type": "integer",
                    "enum": [2017, 2018, 2019, 2020, 2024],
                    "description": "Compare the parties with an earlier structure itself, for a document of its "
                    "time: 2017 (19 counties), 2018 or 2019 (18), 2020 (11; in force 2020–2023), or 2024 (the "
                    "register's 15, as without it). `counties` are then that structure's, `add` and `remove` take "
                    "its municipality numbers, and a party is its municipality by name (a `municipality_number` is "
                    "a 2024 number). Without it, a county of an earlier structure (`Sogn og Fjordane`, or "
                    "`Møre og Romsdal (2017)` where the name is today's too) stands for the present municipalities "
                    "that succeeded its municipalities.",
                },
            },
            "required": ["counties"],
            "additionalProperties": False,
        },
        "regions": {
            "type": "object",
            "description": "They are grouped in regions: each belongs to one, and the regions they belong to "
            "are these (`ids`) or this many (`min`, `max`, `exactly`).",
            "properties": {
                "ids": {
                    **STRINGS,
                    "description": "The regions are exactly these: region ids, or names as the text gives them "
                    "(a region's `name` or `also_known_as`, case and spacing aside).",
                },
                **COUNT_BOUNDS,
                **COUNT_EXACTLY,
            },
            "additionalProperties": False,
        },
        "label": {**TEXT_SCHEMA, "description": "What the parties are, for messages ({label})."},
    },
    "required": ["party_type", "label"],
    "additionalProperties": False,
    "dependentSchemas": {
        "per": {"anyOf": [{"required": ["min"]}, {"required": ["max"]}, {"required": ["exactly"]}]},
    },
    "anyOf": [
        {"required": ["ids"]},
        {"required": ["includes"]},
        {"required": ["min"]},
        {"required": ["max"]},
        {"required": ["exactly"]},
        {"required": ["in_forum"]},
        {"required": ["regions"]},
        {"required": ["municipalities_of"]},
    ],
}


def validate(rule: Any, doc: Document, base: Path_) -> list[InputError]:
    """``exactly`` with ``min`` or ``max``, ``min`` above ``max`` (also in ``regions``), and a
    count that the ``ids`` list contradicts (``exactly: 24`` with 23 ids; not with ``per: region``,
    where the count is each region's): located pack errors."""
    options: dict[str, Any] = rule.check.options
    problems = bound_problems(rule.id, doc, base, options)
    for value, path, _, _ in option_values(options, "regions", base):
        if isinstance(value, dict):
            problems.extend(bound_problems(rule.id, doc, path, value))
    for ids, _, first, last in option_values(options, "ids", base):
        if not isinstance(ids, list) or options.get("per") == "region":  # counts per region, not the list
            continue
        for option, fails in (("exactly", int.__ne__), ("min", int.__gt__), ("max", int.__lt__)):
            for count, path, other_first, other_last in option_values(options, option, base):
                meet = first <= other_last and other_first <= last
                if meet and isinstance(count, int) and fails(count, len(ids)):
                    message = Message("err-ids-count", rule=rule.id, option=option, value=count, n=len(ids))
                    problems.append(InputError(doc.location(path), message))
    for value, path, _, _ in option_values(options, "municipalities_of", base):
        if isinstance(value, dict):
            problems.extend(_area_problems(rule.id, doc, path, value))
    return problems


def _area_problems(rule_id: str, doc: Document, path: Path_, area: dict[str, Any]) -> list[InputError]:
    """``municipalities_of``: a county the register lacks, a number of ``add`` or ``remove`` the
    register lacks, one ``add`` already of the counties, one ``remove`` not of them."""
    from hf_rules.documents.municipalities import STRUCTURE, register

    known = register()
    problems: list[InputError] = []
    area_numbers: set[str] = set()
    structure = str(area["structure"]) if isinstance(area.get("structure"), int) else None
    view = _structure_view(structure)
    for i, text in enumerate(area.get("counties", [])):
        county = known.area_county(text, structure)
        if county is None:
            names = ", ".join(known.county_names(structure))
            if structure is None:
                message = Message("err-area-county", rule=rule_id, county=text, choices=names, date=STRUCTURE)
            else:
                message = Message(
                    "err-area-county-structure", rule=rule_id, county=text, choices=names, structure=structure
                )
            problems.append(InputError(doc.location((*path, "counties", i)), message))
        else:
            area_numbers.update(county.earlier if view is not known else county.municipalities)
    for key in ("add", "remove"):
        for i, number in enumerate(area.get(key, [])):
            municipality = view.municipalities.get(number)
            where = doc.location((*path, key, i))
            if municipality is None:
                date = STRUCTURE if view is known else structure
                message = Message("err-area-number", rule=rule_id, number=number, date=date)
                problems.append(InputError(where, message))
            elif (number in area_numbers) == (key == "add"):
                problem = "err-area-add-in" if key == "add" else "err-area-remove-out"
                problems.append(InputError(where, Message(problem, rule=rule_id, municipality=view.label(number))))
    return problems


def _structure_view(structure: str | None) -> Register | EarlierStructure:
    """The municipalities ``municipalities_of`` compares the parties with: the register's, or with
    an earlier ``structure``, that structure's own."""
    from hf_rules.documents.municipalities import EARLIER, earlier_structure, register

    return earlier_structure(structure) if structure in EARLIER else register()


def _party_id(org: OrgEntry, text: str) -> str:
    """The id of the party ``text`` names, by id or by name; the text itself where none has it. A
    name that is only a party's id in other letters («Tjeldsund» for the id ``tjeldsund``) names
    it only where that party has the name too: a party ``tjeldsund`` named «Skånland kommune» is
    not «Tjeldsund» (round 29 UNN: a renamed party passed a list of names). An abbreviation in
    capitals is the id's («UNN» for ``unn``; round 30 UNN)."""
    if text in org.model.parties:
        return text
    found = named_party(org, text)
    if found is None:
        return text
    if normalised(found) == normalised(text) and not text.isupper():  # «UNN» for `unn` is an abbreviation: the id
        party = org.model.parties[found]
        if not any(short_name(n) == short_name(text) for n in names_of(party.name, party.also_known_as)):
            return text
    return found


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    org = subject.org
    found = [pid for pid, p in org.model.parties.items() if p.type in options["party_type"]]
    if "region" in options:
        found = [pid for pid in found if region_is_named(org, region_of(org, pid), options["region"])]
    label = options["label"]
    base: dict[str, Any] = {
        "label": label,
        "found": str(len(found)),
        "forum_type": "",
        "party": "",
        "party_name": "",
        "region": "",
        "municipality": "",
    }
    if "municipalities_of" in options:
        yield from _municipalities(subject, options["municipalities_of"], found, base)
    ids = list(dict.fromkeys(_party_id(org, text) for text in options.get("ids") or []))
    includes = list(dict.fromkeys(_party_id(org, text) for text in options["includes"]))
    listed = [*ids, *includes]
    unlisted = [pid for pid in org.model.parties if pid not in listed]
    meant = _meant(
        org,
        [pid for pid in listed if pid not in found],
        [pid for pid in unlisted if pid in found],  # a party of the type first (round 31 UNN)
        [pid for pid in unlisted if pid not in found],
    )
    if "ids" in options:
        wanted = ids
        for pid in wanted:
            if pid not in found:
                yield _missing(org, base, pid, meant.get(pid), {"found": found, "ids": wanted})
        mentioned = {other: pid for pid, other in meant.items()}
        for pid in found:
            if pid not in wanted:
                params = {**base, "party": pid, "party_name": org.party_name(pid), "requirement": pid}
                params["problem"] = _with_suggestion("party-set-extra", mentioned.get(pid))
                evidence = {"found": found, "ids": wanted, "did_you_mean": mentioned.get(pid)}
                yield Violation(("parties", pid), f"extra:{pid}", params, evidence, at_key=True)
    for pid in includes:
        if pid not in found:
            yield _missing(org, base, pid, meant.get(pid), {"found": found, "includes": options["includes"]})
    minimum, maximum = bounds(options)
    requirement = count_requirement(minimum, maximum)
    if options.get("per") == "region":
        if declares_regions(org):
            yield from _per_region(subject, options, found, base)
        elif "regions" not in options:
            yield no_regions(subject, {"parties": found})
        minimum = maximum = None  # counted per region, not over all
    if minimum is not None and len(found) < minimum:
        params = {**base, "requirement": requirement, "problem": phrase("party-set-too-few")}
        yield Violation(("parties",), "too-few", params, {"found": found}, at_key=True)
    if maximum is not None and len(found) > maximum:
        where = ("parties", found[maximum])
        params = {**base, "requirement": requirement, "problem": phrase("party-set-too-many")}
        yield Violation(where, "too-many", params, {"found": found}, at_key=True)
    in_forum = options.get("in_forum")
    if in_forum is not None:
        fora = fora_where(org, in_forum["type"], in_forum, subject.as_of)
        for pid in found:
            sits = [
                fid
                for fid, forum in fora
                if any(
                    pid in lineage(org, held)
                    for _, _, s in seats_of(forum, in_forum["group"])
                    for held in seat_parties(s)  # a shared seat is each of its parties'
                )
            ]
            if not sits:
                params = {
                    **base,
                    "party": pid,
                    "party_name": org.party_name(pid),
                    "forum_type": ", ".join(in_forum["type"]),
                    "requirement": count_requirement(1, None),
                    "problem": phrase("party-set-no-forum"),
                }
                yield Violation(
                    ("parties", pid), f"no-forum:{pid}", params, {"fora": [f for f, _ in fora]}, at_key=True
                )
    if "regions" in options:
        if declares_regions(subject.org):
            yield from _regions(subject, options["regions"], found, base)
        else:
            yield no_regions(subject, {"parties": found})


def _missing(org: OrgEntry, base: dict[str, Any], pid: str, meant: str | None, evidence: dict[str, Any]) -> Violation:
    """A party of ``ids`` or ``includes`` that is not among them, with the party perhaps meant."""
    params = {**base, "party": pid, "party_name": org.party_name(pid), "requirement": pid}
    params["problem"] = _with_suggestion("party-set-missing", meant)
    return Violation(("parties",), f"missing:{pid}", params, {**evidence, "did_you_mean": meant}, at_key=True)


def _with_suggestion(key: str, other: str | None) -> Message:
    return phrase(key) if other is None else phrase(f"{key}-meant", other=other)


def _meant(org: OrgEntry, missing: list[str], *pools: list[str]) -> dict[str, str]:
    """For each listed id no party of the type has, the party of the document (not listed) it
    likely means, as seat selectors suggest: one whose name, an ``also_known_as`` or the initials
    of its name are the id («sshf»: Sørlandet sykehus HF), else the closest id, else the closest
    name written as an id — looked for in each of ``pools`` in turn (the parties of the type
    first: «tromso» is the municipality «tromso-kommune», not the hospital site «unn-tromso»).
    Each party is suggested for one id at most."""
    meant: dict[str, str] = {}
    for wanted in missing:
        found = next(
            (
                close
                for stage in range(3)
                for others in pools
                if (close := _meant_in(org, wanted, [p for p in others if p not in meant.values()], stage))
            ),
            None,
        )
        if found is not None:
            meant[wanted] = found
    return meant


def _meant_in(org: OrgEntry, wanted: str, free: list[str], stage: int) -> str | None:
    """The party of ``free`` the id ``wanted`` likely means (:func:`_meant`), or None: by a name,
    an ``also_known_as`` or the initials of one (``stage`` 0), the closest id (1), the closest
    name written as an id (2)."""
    key = _as_words(wanted)
    names = {pid: names_of(org.model.parties[pid].name, org.model.parties[pid].also_known_as) for pid in free}
    if stage == 0:
        return next((pid for pid in free if any(key in (_as_words(n), _initials(n)) for n in names[pid])), None)
    if stage == 1:
        return next(iter(difflib.get_close_matches(wanted, free, n=1)), None)
    slugs = {_as_words(n): pid for pid in free for n in names[pid]}
    return next((slugs[c] for c in difflib.get_close_matches(key, list(slugs), n=1, cutoff=0.75)), None)


def _as_words(text: str) -> str:
    """An id or a name case aside, with hyphens, underscores and runs of spaces as one space."""
    return " ".join(re.split(r"[\s_-]+", text.casefold())).strip()


def _initials(name: str) -> str:
    """The initials of a name, a short word in capitals kept whole: «Sørlandet sykehus HF» is sshf."""
    return "".join(w.casefold() if w.isupper() and len(w) <= 4 else w[0].casefold() for w in re.findall(r"\w+", name))


def _municipalities(
    subject: Subject, area: dict[str, Any], found: list[str], base: dict[str, Any]
) -> Iterator[Violation]:
    """``municipalities_of``: each party of the type is a municipality of the register (by number,
    else by a name only one has, or only one of the area has), the area's municipalities that none is are missing, and a party
    that is a municipality outside the area is reported at the party."""
    from hf_rules.documents.model import names_of
    from hf_rules.documents.municipalities import register

    org = subject.org
    structure = str(area["structure"]) if "structure" in area else None
    counties = [c for text in area["counties"] if (c := register().area_county(text, structure)) is not None]
    known = _structure_view(structure)
    itself = known is not register()  # an earlier structure itself: its numbers and names
    in_counties = {n for c in counties for n in (c.earlier if itself else c.municipalities)}
    wanted = [n for n in known.municipalities if n in in_counties and n not in area.get("remove", [])]
    wanted += [n for n in area.get("add", []) if n in known.municipalities and n not in wanted]
    names = [c.label for c in counties]
    requirement = ", ".join(
        names
        + [f"+{known.label(n)}" for n in area.get("add", [])]
        + [f"-{known.label(n)}" for n in area.get("remove", [])]
    )
    evidence = {"counties": [c.ref for c in counties], "municipalities": wanted}
    params = {**base, "requirement": requirement}
    held: dict[str, str] = {}
    for pid in found:
        party = org.model.parties[pid]
        at: Path_ = ("parties", pid)
        own = {**params, "party": pid, "party_name": party.name}
        if party.municipality_number is not None and not itself:  # a number is a 2024 number
            numbers: tuple[str, ...] = (party.municipality_number,)
        else:
            numbers = known.matching(names_of(party.name, party.also_known_as))
        if not numbers:
            today = register().matching(names_of(party.name, party.also_known_as)) if itself else ()
            if len(today) == 1:
                # a municipality today that the earlier structure did not have (Haram, part of
                # Ålesund from 2020 to 2023): not a wrong name (round 31 Møre og Romsdal)
                later = {
                    **own,
                    "municipality": register().label(today[0]),
                    "problem": phrase("party-set-not-then", structure=structure or ""),
                }
                yield Violation(at, f"outside:{today[0]}", later, evidence, at_key=True)
                continue
            unknown = {**own, "municipality": "-", "problem": phrase("party-set-not-a-municipality")}
            yield Violation(at, f"not-a-municipality:{pid}", unknown, evidence, at_key=True)
            continue
        if len(numbers) > 1 and len(inside := [n for n in numbers if n in wanted]) == 1:
            numbers = tuple(inside)
        if len(numbers) > 1:
            labels = ", ".join(known.label(n) for n in numbers)
            ambiguous = {**own, "municipality": labels, "problem": phrase("party-set-ambiguous")}
            yield Violation(at, f"ambiguous:{pid}", ambiguous, {**evidence, "matches": list(numbers)}, at_key=True)
            continue
        number = numbers[0]
        own["municipality"] = known.label(number)
        if number in held:
            same = {**own, "problem": phrase("party-set-same-municipality")}
            yield Violation(at, f"same-municipality:{pid}", same, {**evidence, "other": held[number]}, at_key=True)
            continue
        held[number] = pid
        if number not in wanted:
            outside = {**own, "problem": phrase("party-set-outside")}
            yield Violation(at, f"outside:{number}", outside, evidence, at_key=True)
    for number in wanted:
        if number not in held:
            part = None if itself else next(((c.label, p) for c in counties if (p := c.part(number)) is not None), None)
            problem = (
                phrase("party-set-missing")
                if part is None
                else phrase("party-set-missing-part", county=part[0], part=part[1])
            )
            missing = {
                **params,
                "party_name": known.municipalities[number].short_name,
                "municipality": known.label(number),
                "problem": problem,
            }
            yield Violation(("parties",), f"missing-municipality:{number}", missing, evidence, at_key=True)


def _no_region(subject: Subject, pid: str, base: dict[str, Any]) -> Violation:
    """A party of the type that belongs to no region, at the party."""
    org = subject.org
    params = {**base, "party": pid, "party_name": org.party_name(pid), "region": "-"}
    params["requirement"] = phrase("party-in-a-region")
    params["problem"] = phrase("party-set-no-region")
    return Violation(("parties", pid), f"no-region:{pid}", params, {"regions": sorted(org.model.regions)}, at_key=True)


def _per_region(
    subject: Subject, options: dict[str, Any], found: list[str], base: dict[str, Any]
) -> Iterator[Violation]:
    """``per: region``: the parties of the type in each region, every region of the organisation
    counted (an empty one as 0), each count out of bounds at its region."""
    org = subject.org
    counted: dict[str, list[str]] = {rid: [] for rid in region_names(org)}  # those only a party names too
    for pid in found:
        region = region_of(org, pid)
        if region is None:
            if "regions" not in options:  # `regions` reports it already
                yield _no_region(subject, pid, base)
        else:
            counted.setdefault(region, []).append(pid)
    minimum, maximum = bounds(options)
    requirement = count_requirement(minimum, maximum)
    for rid, parties in counted.items():
        if rid in org.model.regions:
            at: Path_ = ("regions", rid)
        else:  # named by its parties only: at the first of them
            at = ("parties", next(pid for pid, p in org.model.parties.items() if p.region == rid))
        params = {**base, "region": rid, "found": str(len(parties)), "requirement": requirement}
        evidence = {"region": rid, "parties": parties}
        if minimum is not None and len(parties) < minimum:
            too_few = {**params, "problem": phrase("party-set-region-too-few")}
            yield Violation(at, f"region-too-few:{rid}", too_few, evidence, at_key=True)
        if maximum is not None and len(parties) > maximum:
            too_many = {**params, "problem": phrase("party-set-region-too-many")}
            yield Violation(at, f"region-too-many:{rid}", too_many, evidence, at_key=True)


def _regions(subject: Subject, wanted: dict[str, Any], found: list[str], base: dict[str, Any]) -> Iterator[Violation]:
    org = subject.org
    grouped: dict[str, str] = {}
    for pid in found:
        region = region_of(org, pid)
        if region is None:
            yield _no_region(subject, pid, base)
        else:
            grouped[pid] = region
    regions = sorted(set(grouped.values()))
    evidence = {"regions": regions, "parties_by_region": grouped}
    region_params = {**base, "found": str(len(regions))}
    if "ids" in wanted:
        named = _region_ids(org, wanted["ids"])
        for entry, rid in named:
            if rid not in regions:
                params = {
                    **region_params,
                    "region": rid,
                    "requirement": entry,
                    "problem": phrase("party-set-region-missing"),
                }
                at = ("regions", rid) if rid in org.model.regions else ("regions",)
                yield Violation(at, f"region-missing:{rid}", params, evidence, at_key=True)
        listed = {rid for _, rid in named}
        for rid in regions:
            if rid not in listed:
                params = {**region_params, "region": rid, "requirement": ", ".join(wanted["ids"])}
                params["problem"] = phrase("party-set-region-extra")
                at = ("regions", rid) if rid in org.model.regions else ("parties",)
                yield Violation(at, f"region-extra:{rid}", params, evidence, at_key=True)
    minimum, maximum = bounds(wanted)
    requirement = count_requirement(minimum, maximum)
    params = {**region_params, "region": "-", "requirement": requirement}
    if minimum is not None and len(regions) < minimum:
        too_few = {**params, "problem": phrase("party-set-regions-too-few")}
        yield Violation(("regions",), "regions-too-few", too_few, evidence, at_key=True)
    if maximum is not None and len(regions) > maximum:
        too_many = {**params, "problem": phrase("party-set-regions-too-many")}
        yield Violation(("regions",), "regions-too-many", too_many, evidence, at_key=True)


def _region_ids(org: OrgEntry, entries: list[str]) -> list[tuple[str, str]]:
    """Each entry of ``regions.ids`` with the region it names: a region id as it stands, else the
    region whose ``name`` or ``also_known_as`` is the entry (as topics compare); an entry that
    names none stays itself (and is reported missing)."""
    by_name: dict[str, str] = {}
    for rid, region in org.model.regions.items():
        for name in (region.name, *region.also_known_as):
            by_name.setdefault(topic_key(name), rid)
    return [(entry, entry if entry in org.model.regions else by_name.get(topic_key(entry), entry)) for entry in entries]


_ORG = """\
parties:
  vestfjord: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
  havbo: {name: Havbø kommune, type: kommune, side: kommune}
fora:
  lsu:
    name: Lokalt samarbeidsutvalg
    type: lokalt-samarbeidsutvalg
    members:
      - {party: vestfjord, role: Klinikksjef}
      - {party: lyngvik, role: Kommunalsjef}
    observers:
      - {party: havbo, role: Kommunalsjef}
"""
_KOMMUNER = {"nb": "kommunene", "en": "the municipalities"}
_REGIONS = """\
regions:
  nord: {name: Nord, parties: [lyngvik]}
  sor: {name: Sør, parties: %s}
"""
_STOR_OSLO = """\
parties:
  stor-oslo: {name: Stor-Oslo HF, type: helseforetak, side: sykehus}
  oslo: {name: Oslo kommune, type: kommune, side: kommune}
  %s
fora: {}
"""
_OSLO_AREA = {"nb": "kommunene i Oslo", "en": "the municipalities of Oslo"}
EXAMPLES = (
    Example(
        "The municipalities by name, «Lyngvik» and «Havbø»: a party whose id is «lyngvik» but whose name is "
        "«Skånland kommune» is not Lyngvik",
        {"party_type": ["kommune"], "ids": ["Lyngvik", "Havbø"], "label": _KOMMUNER},
        _ORG.replace("{name: Lyngvik kommune,", "{name: Skånland kommune,"),
        kind="organisation",
        expect=("missing:Lyngvik", "extra:lyngvik"),
    ),
    Example(
        "An abbreviation in capitals is the party's id: «LYNGVIK» and «Havbø»",
        {"party_type": ["kommune"], "ids": ["LYNGVIK", "Havbø"], "label": _KOMMUNER},
        _ORG.replace("{name: Lyngvik kommune,", "{name: Skånland kommune,"),
        kind="organisation",
    ),
    Example(
        "«Region Sør består av Havbø»: the parties of the region Sør (by its name) are exactly Havbø (by its name)",
        {"party_type": ["kommune"], "region": ["Sør"], "ids": ["Havbø kommune"], "label": _KOMMUNER},
        (_REGIONS % "[havbo]") + _ORG,
    ),
    Example(
        "«Region Nord består av Havbø»: Lyngvik is the region's, Havbø is not",
        {"party_type": ["kommune"], "region": ["nord"], "ids": ["havbo"], "label": _KOMMUNER},
        (_REGIONS % "[havbo]") + _ORG,
        kind="organisation",
        expect=("missing:havbo", "extra:lyngvik"),
    ),
    Example(
        "The municipalities are those of the county of Oslo and Bærum of Akershus (`add`), Bærum by its number",
        {
            "party_type": ["kommune"],
            "municipalities_of": {"counties": ["Oslo"], "add": ["3201"]},
            "label": _OSLO_AREA,
        },
        _STOR_OSLO % "baerum: {name: Bærum kommune, type: kommune, side: kommune, municipality_number: '3201'}",
    ),
    Example(
        "The municipalities of the county of Oslo: Bærum, of Akershus, is outside the area",
        {"party_type": ["kommune"], "municipalities_of": {"counties": ["Oslo"]}, "label": _OSLO_AREA},
        _STOR_OSLO % "baerum: {name: Bærum kommune, type: kommune, side: kommune}",
        expect=("outside:3201",),
    ),
    Example(
        "The municipalities of the county of Oslo and Bærum: Bærum is missing",
        {
            "party_type": ["kommune"],
            "municipalities_of": {"counties": ["Oslo"], "add": ["3201"]},
            "label": _OSLO_AREA,
        },
        _STOR_OSLO % "",
        expect=("missing-municipality:3201",),
    ),
    Example(
        'Oslo as the 2019 structure had it (`"03 (2019)"`), and Bærum (`add`, a present number): today\'s successors',
        {
            "party_type": ["kommune"],
            "municipalities_of": {"counties": ["03 (2019)"], "add": ["3201"]},
            "label": _OSLO_AREA,
        },
        _STOR_OSLO % "baerum: {name: Bærum kommune, type: kommune, side: kommune}",
    ),
    Example(
        "Oslo and Bærum of the 2019 structure itself (`structure: 2019`: its numbers and names): Bærum, 0219 "
        "then, is missing",
        {
            "party_type": ["kommune"],
            "municipalities_of": {"counties": ["Oslo"], "structure": 2019, "add": ["0219"]},
            "label": _OSLO_AREA,
        },
        _STOR_OSLO % "",
        expect=("missing-municipality:0219",),
    ),
    Example(
        "«Herøy kommune» is a name two municipalities have: the party needs its number",
        {"party_type": ["kommune"], "municipalities_of": {"counties": ["Oslo"]}, "label": _OSLO_AREA},
        _STOR_OSLO % "heroy: {name: Herøy kommune, type: kommune, side: kommune}",
        expect=("ambiguous:heroy",),
    ),
    Example(
        "Lyngvik is among the municipalities (others may be too)",
        {"party_type": ["kommune"], "includes": ["lyngvik"], "label": _KOMMUNER},
        _ORG,
    ),
    Example(
        "Straumsnes is not among the municipalities",
        {"party_type": ["kommune"], "includes": ["lyngvik", "straumsnes"], "label": _KOMMUNER},
        _ORG,
        expect=("missing:straumsnes",),
    ),
    Example(
        "The municipalities are Lyngvik and Havbø",
        {"party_type": ["kommune"], "ids": ["lyngvik", "havbo"], "exactly": 2, "label": _KOMMUNER},
        _ORG,
    ),
    Example(
        "The agreement names Straumsnes too",
        {"party_type": ["kommune"], "ids": ["lyngvik", "havbo", "straumsnes"], "label": _KOMMUNER},
        _ORG,
        expect=("missing:straumsnes",),
    ),
    Example(
        "Every municipality sits in an LSU: Havbø only observes",
        {"party_type": ["kommune"], "in_forum": {"type": ["lokalt-samarbeidsutvalg"]}, "label": _KOMMUNER},
        _ORG,
        expect=("no-forum:havbo",),
    ),
    Example(
        "Every municipality sits in an LSU, as member or observer",
        {
            "party_type": ["kommune"],
            "in_forum": {"type": ["lokalt-samarbeidsutvalg"], "group": "all"},
            "label": _KOMMUNER,
        },
        _ORG,
    ),
    Example(
        "The municipalities are grouped in two regions: Havbø belongs to none",
        {"party_type": ["kommune"], "regions": {"exactly": 2}, "label": _KOMMUNER},
        _ORG + _REGIONS % "[]",
        expect=("no-region:havbo", "regions-too-few"),
    ),
    Example(
        "The municipalities are grouped in two regions: the organisation declares none, one finding says so",
        {"party_type": ["kommune"], "regions": {"exactly": 2}, "label": _KOMMUNER},
        _ORG,
        expect=("no-regions",),
    ),
    Example(
        "The municipalities are grouped in the regions Nord and Sør",
        {"party_type": ["kommune"], "regions": {"ids": ["nord", "sor"]}, "label": _KOMMUNER},
        _ORG + _REGIONS % "[havbo]",
    ),
    Example(
        "«Kommunane er delte i regionane Nord og Region Sør»: the regions by the names the text gives "
        "(Sør's `also_known_as` is «Region Sør»)",
        {"party_type": ["kommune"], "regions": {"ids": ["Nord", "Region Sør"]}, "label": _KOMMUNER},
        _ORG + (_REGIONS % "[havbo]").replace("{name: Sør,", "{name: Sør, also_known_as: [Region Sør],"),
    ),
    Example(
        "The same names, but the second region is named «Vest»: «Region Sør» names no region",
        {"party_type": ["kommune"], "regions": {"ids": ["Nord", "Region Sør"]}, "label": _KOMMUNER},
        _ORG + (_REGIONS % "[havbo]").replace("{name: Sør,", "{name: Vest,"),
        expect=("region-missing:Region Sør", "region-extra:sor"),
    ),
    Example(
        "Each region looks after one or two municipalities",
        {"party_type": ["kommune"], "per": "region", "min": 1, "max": 2, "label": _KOMMUNER},
        _ORG + _REGIONS % "[havbo]",
    ),
    Example(
        "Each region looks after at least one municipality: Sør has none",
        {"party_type": ["kommune"], "per": "region", "min": 1, "label": _KOMMUNER},
        _ORG.replace(
            "havbo: {name: Havbø kommune, type: kommune, side: kommune}",
            "havbo: {name: Havbø kommune, type: kommune, side: kommune, region: nord}",
        )
        + _REGIONS % "[]",
        expect=("region-too-few:sor",),
    ),
)
