"""Between them, the fora cover every listed value of a field (e.g. the four priority groups, the
five topics of the professional committees, or the eleven sub-agreements that each have a
fagråd).

A value is covered when at least one forum of the organisation lists it (``priority_groups``,
``follows_up``: the ids of the sub-agreements a forum follows up, compared as written) or has it
as its ``topic`` (case, spacing, hyphens and underscores aside: «Barn og unge» is
``barn-og-unge``); which forum, and how many, is not looked
at. ``type`` narrows the fora that count ("five FSUs: barn og unge, …": the FSUs' topics). A
value may be a list of alternatives, any of which covers it (the same topic in nynorsk and
bokmål, or an old spelling).

With ``field: area`` the values are region (or party) ids a forum's ``area`` names; left out,
they are every region of the organisation («dei fire regionale samarbeidsutvala dekkjer kvar sin
region»: each region is some forum's area), and an organisation with no regions gives one
finding, as for ``per: region``. An area that lists every party of a region covers the region as
naming it does (the seven municipalities of Nedre Telemark); one that lists some of them covers
those parties, not the region. A forum that declares no ``area`` is no region's area.

With ``field: follows_up`` the ``values`` may be left out: they are then the organisation's
``sub_agreements`` (the sub-agreements its agreement has, declared in the document), so a
twelfth delavtale the agreement adds needs a fagråd too; an organisation that declares none is
reported once, at its ``fora``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.core.i18n import phrase
from hf_rules.rules.checks.base import STRINGS, Example, Subject, Violation
from hf_rules.rules.checks.fora import fora_in_force, topic_key
from hf_rules.rules.checks.seats import area_regions, declares_regions, no_regions, region_names
from hf_rules.rules.checks.words import words

NAME = "fora_cover_values"
SUBJECTS = frozenset({"organisation"})
PARAMS: dict[str, str] = {
    "value": "A value of `values` that no forum has in `field`.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "field": {
            "enum": ["priority_groups", "topic", "follows_up", "area"],
            "description": "The forum field read: priority_groups, topic, or follows_up (the sub-agreements "
            "a forum follows up: «fagråd knyttet til delavtalene»).",
        },
        "values": {
            "type": "array",
            "minItems": 1,
            "items": {"oneOf": [{"type": "string", "minLength": 1}, {**STRINGS, "minItems": 1}]},
            "description": "The values to cover; an entry may be a list of alternatives for one value "
            "(«Skrøpelege eldre» in nynorsk, «Skrøpelige eldre» in bokmål), any of which covers it.",
        },
        "type": words("forum_types", "Only fora of these types count (left out: every forum)."),
    },
    "required": ["field"],
    "if": {"properties": {"field": {"enum": ["priority_groups", "topic"]}}},
    "then": {"required": ["values"]},
    "additionalProperties": False,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    field = options["field"]
    org = subject.org
    fora = [f for _, f in fora_in_force(org, options.get("type"), subject.as_of)]
    if field == "topic":
        covered = {topic_key(f.topic) for f in fora if f.topic}
    elif field == "area":
        covered = {v for f in fora if f.area for v in (*f.area, *area_regions(org, f.area))}
    else:
        covered = {v for f in fora for v in getattr(f, field)}
    if "values" in options:
        values: list[Any] = options["values"]
    elif field == "area":
        if not declares_regions(org):
            yield no_regions(subject, {"field": field})
            return
        values = sorted(region_names(org))
    elif not org.model.sub_agreements:
        yield Violation(
            ("fora",),
            "no-sub-agreements",
            {"value": "-"},
            {"field": field, "sub_agreements": []},
            at_key=True,
            said=phrase("cover-no-sub-agreements", organisation=subject.name),
            said_hint=phrase("cover-no-sub-agreements-hint"),
        )
        return
    else:
        values = list(org.model.sub_agreements)
    for entry in values:
        alternatives = entry if isinstance(entry, list) else [entry]
        if not any((topic_key(v) if field == "topic" else v) in covered for v in alternatives):
            value = alternatives[0]
            yield Violation(
                ("fora",),
                f"missing:{value}",
                {"value": value},
                {"field": field, "covered": sorted(covered)},
                at_key=True,
            )


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
fora:
  barn:
    name: Samarbeidsforum barn og unge
    type: samarbeidsforum
    priority_groups: [barn-og-unge]
"""
_FAGRAD = """\
parties:
  hf: {name: Helse Nord-Trøndelag, type: helseforetak, side: sykehus}
fora:
  fagrad-a: {name: Fagråd A, type: samarbeidsforum, follows_up: %s}
  fagrad-b: {name: Fagråd B, type: samarbeidsforum, follows_up: %s}
"""
_REGIONAL = """\
regions:
  ost: {name: Østre Agder}
  vest: {name: Vestre Agder}
parties:
  sshf: {name: Sørlandet sykehus HF, type: helseforetak, side: sykehus}
  arendal: {name: Arendal kommune, type: kommune, side: kommune, region: ost}
  farsund: {name: Farsund kommune, type: kommune, side: kommune, region: vest}
fora:
  rs-ost: {name: Samhandlingsråd Østre Agder, type: lokalt-samarbeidsutvalg, area: [ost]}
  rs-vest: {name: Samhandlingsråd Vestre Agder, type: lokalt-samarbeidsutvalg, area: %s}
"""
_SUB_AGREEMENTS = """\
sub_agreements:
  delavtale-1: {name: Innleggelse i sykehus}
  delavtale-2: {name: Samarbeid om kunnskapsoverføring}
"""
EXAMPLES = (
    Example("A forum works for children", {"field": "priority_groups", "values": ["barn-og-unge"]}, _ORG),
    Example(
        "No forum works for the frail elderly",
        {"field": "priority_groups", "values": ["barn-og-unge", "skropelige-eldre"]},
        _ORG,
        expect=("missing:skropelige-eldre",),
    ),
    Example(
        "The samarbeidsfora's topics cover children and young people",
        {"field": "topic", "values": ["Barn og unge"], "type": ["samarbeidsforum"]},
        _ORG.replace("    priority_groups: [barn-og-unge]\n", "    topic: barn og unge\n"),
    ),
    Example(
        "A topic written in bokmål covers the value given with its nynorsk alternative",
        {"field": "topic", "values": [["Barn og unge", "Born og unge"]], "type": ["samarbeidsforum"]},
        _ORG.replace("    priority_groups: [barn-og-unge]\n", "    topic: born og unge\n"),
    ),
    Example(
        "The topic «Barn og unge» covers the value `barn-og-unge` (hyphens and case aside)",
        {"field": "topic", "values": ["barn-og-unge"], "type": ["samarbeidsforum"]},
        _ORG.replace("    priority_groups: [barn-og-unge]\n", "    topic: Barn og unge\n"),
    ),
    Example(
        "No samarbeidsforum has the topic helseberedskap",
        {"field": "topic", "values": ["Barn og unge", "Helseberedskap"], "type": ["samarbeidsforum"]},
        _ORG.replace("    priority_groups: [barn-og-unge]\n", "    topic: barn og unge\n"),
        expect=("missing:Helseberedskap",),
    ),
    Example(
        "Each delavtale has a fagråd that follows it up",
        {"field": "follows_up", "values": ["delavtale-1", "delavtale-2", "delavtale-3"], "type": ["samarbeidsforum"]},
        _FAGRAD % ("[delavtale-1, delavtale-2]", "[delavtale-3]"),
    ),
    Example(
        "No fagråd follows up delavtale 3",
        {"field": "follows_up", "values": ["delavtale-1", "delavtale-2", "delavtale-3"], "type": ["samarbeidsforum"]},
        _FAGRAD % ("[delavtale-1]", "[delavtale-2]"),
        expect=("missing:delavtale-3",),
    ),
    Example(
        "The organisation's own list of sub-agreements: each has a fagråd",
        {"field": "follows_up", "type": ["samarbeidsforum"]},
        _FAGRAD % ("[delavtale-1]", "[delavtale-2]") + _SUB_AGREEMENTS,
    ),
    Example(
        "The organisation's list has a third sub-agreement that no fagråd follows up",
        {"field": "follows_up", "type": ["samarbeidsforum"]},
        _FAGRAD % ("[delavtale-1]", "[delavtale-2]")
        + _SUB_AGREEMENTS
        + "  delavtale-3: {name: Utskrivningsklare pasienter}\n",
        expect=("missing:delavtale-3",),
    ),
    Example(
        "The regional committees' areas cover every region",
        {"field": "area", "type": ["lokalt-samarbeidsutvalg"]},
        _REGIONAL % "[vest]",
    ),
    Example(
        "Two committees serve Øst and none serves Vest",
        {"field": "area", "type": ["lokalt-samarbeidsutvalg"]},
        _REGIONAL % "[ost]",
        expect=("missing:vest",),
    ),
    Example(
        "No values, and the organisation lists no sub-agreements: nothing to cover is reported",
        {"field": "follows_up", "type": ["samarbeidsforum"]},
        _FAGRAD % ("[delavtale-1]", "[delavtale-2]"),
        expect=("no-sub-agreements",),
    ),
)
