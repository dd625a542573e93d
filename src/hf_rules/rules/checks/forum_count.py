"""How many fora of a type an organisation has (e.g. one partnerskapsmøte).

Every forum of the listed types counts, sub-committees and time-limited fora too, except a forum
whose ``until`` has passed on the day the organisation is evaluated as of (``--as-of`` or its
``effective_from``): it no longer exists. «Utvalgene skal være tidsavgrensede» with every FSU
ended on 2024-12-31 and checked as of 2025-06-01 has no FSU. With ``topic``
or ``priority_groups`` (see *Forum criteria*), only the fora of those types that meet them count:
"FSU REST exists" is ``type: [faglig-samarbeidsutvalg]``, ``topic: [rekruttering-og-stabilisering]``,
``min: 1`` (topics compared case, spacing, hyphens and underscores aside, so ``topic:
[Rekruttering og stabilisering]`` finds it too); "one FSU for children and young people" is ``priority_groups: [barn-og-unge]``,
``exactly: 1``. ``type`` may then be left out (a forum of any type counts).

With ``per: region`` the bounds hold in every region of the organisation, each counted alone: the
fora that serve it, those whose ``area`` names the region or lists every party of it (the seven
municipalities of Nedre Telemark are Nedre Telemark), and those that declare no ``area`` (they
serve the whole community, so every region). A forum whose ``area`` lists only some of a region's
parties serves part of it, not the region: it is counted for no region (an SSU "for Nedre
Telemark" with ``area: [skien]`` leaves Nedre Telemark without its SSU). «To SSU-ar, eitt for kvar region»
is ``type: [strategisk-samarbeidsutvalg]``, ``per: region``, ``exactly: 1``: a region no SSU
serves, and one two SSUs serve (two regional SSUs, or a regional one beside one for the whole
community), is reported at the region (its ``regions:`` entry, or its first party where only the
parties name it). An organisation that declares no regions gives one finding at its
``parties:``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from hf_rules.core.errors import InputError
from hf_rules.documents.model import Forum
from hf_rules.rules.checks.base import (
    COUNT_BOUNDS,
    COUNT_EXACTLY,
    TEXT_SCHEMA,
    Example,
    Subject,
    Violation,
    bound_problems,
    bounds,
    count_requirement,
)
from hf_rules.rules.checks.fora import FORUM_CRITERIA, fora_where
from hf_rules.rules.checks.seats import area_regions, declares_regions, no_regions, region_names
from hf_rules.rules.checks.words import words
from hf_rules.yaml.loader import Document, Path_

NAME = "forum_count"
SUBJECTS = frozenset({"organisation"})
PARAMS: dict[str, str] = {
    "label": "The rule's `label`.",
    "found": "How many fora of the types (meeting the forum criteria) the organisation has.",
    "requirement": "The bound in words: `at least 1`, `exactly 1`, ….",
    "region": "With `per: region`: the region id the count is about; otherwise empty.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "type": words("forum_types", "Forum types (left out: any type; then give another forum criterion)."),
        **FORUM_CRITERIA,
        **COUNT_BOUNDS,
        **COUNT_EXACTLY,
        "per": {
            "enum": ["region"],
            "description": "Count the fora serving each region of the organisation, each against the bounds "
            "(«eitt for kvar region»): those whose `area` names the region or a party in it, and those with "
            "no `area`.",
        },
        "label": TEXT_SCHEMA,
    },
    "required": ["label"],
    "additionalProperties": False,
    "anyOf": [{"required": ["min"]}, {"required": ["max"]}, {"required": ["exactly"]}],
    "allOf": [
        {
            "anyOf": [{"required": ["type"]}, *({"required": [name]} for name in FORUM_CRITERIA)],
        }
    ],
}


def validate(rule: Any, doc: Document, base: Path_) -> list[InputError]:
    """``exactly`` with ``min`` or ``max``, or ``min`` above ``max``: located pack errors."""
    return bound_problems(rule.id, doc, base, rule.check.options)


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    fora = fora_where(subject.org, options.get("type"), options, subject.as_of)
    minimum, maximum = bounds(options)
    params = {
        "label": options["label"],
        "found": str(len(fora)),
        "requirement": count_requirement(minimum, maximum),
        "region": "",
    }
    criteria: dict[str, Any] = {k: options[k] for k in ("type", *FORUM_CRITERIA) if k in options}
    if options.get("per") == "region":
        yield from _per_region(subject, options, fora, params)
        return
    evidence = {**criteria, "fora": [fid for fid, _ in fora]}
    if minimum is not None and len(fora) < minimum:
        yield Violation(("fora",), "too-few", params, evidence, at_key=True)
    if maximum is not None and len(fora) > maximum:
        yield Violation(("fora", fora[maximum][0]), "too-many", params, evidence, at_key=True)


def _per_region(
    subject: Subject, options: dict[str, Any], fora: list[tuple[str, Forum]], params: dict[str, Any]
) -> Iterator[Violation]:
    """``per: region``: the fora serving each region of the organisation, every region counted
    (one no forum serves as 0), each count out of bounds at its region."""
    org = subject.org
    if not declares_regions(org):
        yield no_regions(subject, {"fora": [fid for fid, _ in fora]})
        return
    minimum, maximum = bounds(options)
    for rid in region_names(org):
        serving = [fid for fid, forum in fora if rid in area_regions(org, forum.area)]
        if rid in org.model.regions:
            at: Path_ = ("regions", rid)
        else:  # named by its parties only: at the first of them
            at = ("parties", next(pid for pid, p in org.model.parties.items() if p.region == rid))
        counted = {**params, "found": str(len(serving)), "region": rid}
        evidence = {"region": rid, "fora": serving}
        if minimum is not None and len(serving) < minimum:
            yield Violation(at, f"region-too-few:{rid}", counted, evidence, at_key=True)
        if maximum is not None and len(serving) > maximum:
            yield Violation(at, f"region-too-many:{rid}", counted, evidence, at_key=True)


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
fora:
  pm: {name: Partnerskapsmøtet, type: partnerskapsmote}
  fsu-eldre: {name: Samarbeidsforum eldre, type: samarbeidsforum, priority_groups: [skropelige-eldre]}
"""
_LABEL = {"nb": "partnerskapsmøte", "en": "partnership meeting"}
_REGIONAL = {"nb": "SSU uten eget område", "en": "SSU without an area of its own"}
_PER_REGION = {"nb": "SSU for regionen", "en": "SSU for the region"}
_OLD = {"nb": "toppleiarforum (erstattet av partnerskapsmøtet)", "en": "top managers' forum (replaced)"}
_REGIONS = """\
regions:
  nedre: {name: Nedre Telemark, parties: [skien]}
  ovre: {name: Øvre Telemark, parties: [notodden]}
parties:
  sthf: {name: Sykehuset Telemark HF, type: helseforetak, side: sykehus}
  skien: {name: Skien kommune, type: kommune, side: kommune}
  notodden: {name: Notodden kommune, type: kommune, side: kommune}
fora:
  ssu-nedre: {name: SSU Nedre Telemark, type: strategisk-samarbeidsutvalg, area: [%s]}
  ssu-ovre: {name: SSU Øvre Telemark, type: strategisk-samarbeidsutvalg, area: [ovre]}
"""
_FSU = {"nb": "faglige samarbeidsutvalg", "en": "professional cooperation committees"}
_ENDED = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
fora:
  fsu: {name: FSU legemidler, type: faglig-samarbeidsutvalg, until: %s}
"""
EXAMPLES = (
    Example("One partnerskapsmøte", {"type": ["partnerskapsmote"], "exactly": 1, "label": _LABEL}, _ORG),
    Example(
        "A time-limited FSU still in force on the day checked (its last day is later)",
        {"type": ["faglig-samarbeidsutvalg"], "min": 1, "label": _FSU},
        _ENDED % "2025-12-31",
        as_of=dt.date(2025, 6, 1),
    ),
    Example(
        "The only FSU ended before the day checked: it no longer exists",
        {"type": ["faglig-samarbeidsutvalg"], "min": 1, "label": _FSU},
        _ENDED % "2024-12-31",
        as_of=dt.date(2025, 6, 1),
        expect=("too-few",),
    ),
    Example(
        "No strategic committee",
        {"type": ["strategisk-samarbeidsutvalg"], "min": 1, "label": _LABEL},
        _ORG,
        expect=("too-few",),
    ),
    Example(
        "One samarbeidsforum for the elderly (by priority group)",
        {"priority_groups": ["skropelige-eldre"], "exactly": 1, "label": _LABEL},
        _ORG,
    ),
    Example(
        "No samarbeidsforum for children and young people (the one there is works for the elderly)",
        {
            "type": ["samarbeidsforum"],
            "priority_groups": ["barn-og-unge"],
            "exactly": 1,
            "label": {"nb": "samarbeidsforum for barn og unge", "en": "forum for children and young people"},
        },
        _ORG,
        expect=("too-few",),
    ),
    Example(
        "One forum on quality and patient safety: «Kvalitet og pasientsikkerhet» is `kvalitet-og-pasientsikkerhet`",
        {"topic": ["kvalitet-og-pasientsikkerhet"], "exactly": 1, "label": _LABEL},
        _ORG + "  fsu-kvalitet: {name: FSU kvalitet, type: samarbeidsforum, topic: Kvalitet og pasientsikkerhet}\n",
    ),
    Example(
        "Each regional SSU serves its region (declares an area)",
        {"type": ["strategisk-samarbeidsutvalg"], "has_area": False, "max": 0, "label": _REGIONAL},
        _REGIONS % "nedre",
    ),
    Example(
        "The SSU for Øvre Telemark serves the whole community: it declares no area",
        {"type": ["strategisk-samarbeidsutvalg"], "has_area": False, "max": 0, "label": _REGIONAL},
        _REGIONS.replace(", area: [ovre]", "") % "nedre",
        expect=("too-many",),
    ),
    Example(
        "The old top managers' forum is gone: no forum is named «Toppleiarforum»",
        {"name": ["Toppleiarforum"], "max": 0, "label": _OLD},
        _ORG,
    ),
    Example(
        "«Toppleiarforumet» is still there, as a working group beside the partnerskapsmøte that replaced it",
        {"name": ["Toppleiarforum"], "max": 0, "label": _OLD},
        _ORG + "  tlf: {name: Toppleiarforumet i Fonna, type: arbeidsgruppe}\n",
        expect=("too-many",),
    ),
    Example(
        "Two SSUs, one for each region («eitt for kvar region»)",
        {"type": ["strategisk-samarbeidsutvalg"], "per": "region", "exactly": 1, "label": _PER_REGION},
        _REGIONS % "nedre",
    ),
    Example(
        "Both SSUs serve Øvre Telemark, and none Nedre Telemark",
        {"type": ["strategisk-samarbeidsutvalg"], "per": "region", "exactly": 1, "label": _PER_REGION},
        _REGIONS % "ovre",
        expect=("region-too-few:nedre", "region-too-many:ovre"),
    ),
    Example(
        "The SSU for Nedre Telemark lists both its municipalities: it serves the region",
        {"type": ["strategisk-samarbeidsutvalg"], "per": "region", "exactly": 1, "label": _PER_REGION},
        _REGIONS.replace("parties: [skien]", "parties: [skien, porsgrunn]").replace(
            "fora:", "  porsgrunn: {name: Porsgrunn kommune, type: kommune, side: kommune}\nfora:"
        )
        % "skien, porsgrunn",
    ),
    Example(
        "The SSU «for Nedre Telemark» serves Skien alone: Nedre Telemark has no SSU",
        {"type": ["strategisk-samarbeidsutvalg"], "per": "region", "exactly": 1, "label": _PER_REGION},
        _REGIONS.replace("parties: [skien]", "parties: [skien, porsgrunn]").replace(
            "fora:", "  porsgrunn: {name: Porsgrunn kommune, type: kommune, side: kommune}\nfora:"
        )
        % "skien",
        expect=("region-too-few:nedre",),
    ),
    Example(
        "One SSU for Nedre Telemark",
        {"type": ["strategisk-samarbeidsutvalg"], "area": ["nedre"], "exactly": 1, "label": _REGIONAL},
        _REGIONS % "ovre",
        expect=("too-few",),
    ),
    Example(
        "The region by its name, where the document's id is its own: `area: [Nedre Telemark]`",
        {"type": ["strategisk-samarbeidsutvalg"], "area": ["Nedre Telemark"], "exactly": 1, "label": _REGIONAL},
        _REGIONS % "nedre",
    ),
)
