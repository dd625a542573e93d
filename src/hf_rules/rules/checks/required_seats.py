"""Seats a forum must have: by party, party type, side, constituency, level, role, region, sector.

Each ``require`` entry is a seat selector (see *Seat selectors*) with a count: at least ``min``
(default 1 when neither ``min``, ``max`` nor ``exactly`` is given), at most ``max``, or
``exactly``. Member seats count; an observer seat counts too with ``include_observers: true``.
``include_observers`` adds the observers to the members, it does not leave the members out: a
requirement «observer with speaking rights» with ``include_observers: true`` is met by a member
seat too (KS as a full member). Where the text says *observer*, add a second requirement with the
same selector, without ``include_observers``, and ``max: 0`` (no member seat of that kind), or
count the observers alone with ``seat_count`` and ``group: observers``; for named parties,
``observers`` reports a member seat itself.
A seat counts for the party named in it only (a seat of Helseetaten is not a seat of Oslo
kommune; select it with ``part_of``). For counts per party, region or side, see ``seat_count``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from hf_rules.core.errors import InputError
from hf_rules.rules.checks.base import (
    COUNT_BOUNDS,
    COUNT_EXACTLY,
    TEXT_SCHEMA,
    Example,
    Subject,
    Violation,
    bounds,
    count_requirement,
    each_bound_problems,
)
from hf_rules.rules.checks.remedy import PLACEHOLDER, Append, most_common_role
from hf_rules.rules.checks.seats import SEAT_FILTER, resolve_party, seat_matches, seat_parties, seat_text, seats_of
from hf_rules.yaml.loader import Document, Path_

NAME = "required_seats"
SUBJECTS = frozenset({"forum"})
PARAMS: dict[str, str] = {
    "label": "The `label` of the requirement that is not met.",
    "requirement": "The bound in words: `at least 1`, `exactly 1`, ….",
    "found": "How many seats meet the requirement.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "require": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "properties": {
                    **SEAT_FILTER["properties"],
                    **COUNT_BOUNDS,
                    **COUNT_EXACTLY,
                    "include_observers": {
                        "type": "boolean",
                        "default": False,
                        "description": "Whether an observer seat satisfies the requirement too: observers "
                        "are counted beside the members, not instead of them (for «as an observer», add the same "
                        "selector with `max: 0` without this, or use seat_count with `group: observers`).",
                    },
                    "label": TEXT_SCHEMA,
                },
                "required": ["label"],
                "additionalProperties": False,
            },
        }
    },
    "required": ["require"],
    "additionalProperties": False,
}
_NOT_CRITERIA = {"min", "max", "exactly", "include_observers", "label"}
SEAT_ROLES = {"fastlege": "Fastlegerepresentant", "bruker": "Brukerrepresentant", "ansatt": "Ansatterepresentant"}
"""The role of a constituency seat that ``fix`` adds, where the document has no other to follow."""


@dataclass(frozen=True)
class TooFew:
    """The facts of a requirement with too few seats: its criteria, and how many seats are missing."""

    criteria: dict[str, Any]
    missing: int


def validate(rule: Any, doc: Document, base: Path_) -> list[InputError]:
    """In a ``require`` entry, ``exactly`` with ``min`` or ``max``, or ``min`` above ``max``: located pack errors."""
    return each_bound_problems(rule.id, doc, base, rule.check.options, "require")


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    assert subject.forum is not None
    for requirement in options["require"]:
        criteria = {k: v for k, v in requirement.items() if k not in _NOT_CRITERIA}
        minimum, maximum = bounds(requirement, default_min=1)
        seats = seats_of(subject.forum, requirement["include_observers"])
        matching = [(g, i, s) for g, i, s in seats if seat_matches(subject, s, criteria, g)]
        evidence = {
            "criteria": criteria,
            "include_observers": requirement["include_observers"],
            "matching_seats": [seat_text(subject.org, s) for _, _, s in matching],
        }
        params = {
            "label": requirement["label"],
            "requirement": count_requirement(minimum, maximum),
            "found": str(len(matching)),
        }
        label_key = requirement["label"]["en"]
        if minimum is not None and len(matching) < minimum:
            # The party is there but its seat falls short (a level, a role): point at that seat.
            named = criteria.get("party") or []
            ids = {resolve_party(subject, p) for p in ([named] if isinstance(named, str) else named)} - {None}
            near = next(((g, i) for g, i, s in seats if ids & set(seat_parties(s))), None)
            where = subject.at(*near) if near else subject.at("members")
            facts = TooFew(criteria, minimum - len(matching))
            yield Violation(where, f"too-few:{label_key}", params, evidence, facts=facts)
        if maximum is not None and len(matching) > maximum:
            group, index, _ = matching[maximum]
            yield Violation(subject.at(group, index), f"too-many:{label_key}", params, evidence)


def remedy(subject: Subject, options: dict[str, Any], violation: Violation) -> Append | None:
    """Too few seats of one constituency (``represents: fastlege|bruker|ansatt``, with at most one
    ``role`` and ``level``): a placeholder seat per missing seat added to ``members``, in the
    role the document uses for that constituency. A party seat needs a decision on who: none."""
    facts = violation.facts
    if not isinstance(facts, TooFew) or facts.missing < 1:
        return None
    criteria = facts.criteria
    if set(criteria) - {"represents", "role", "level"} or "represents" not in criteria:
        return None
    if any(len(values) != 1 for values in criteria.values()):
        return None
    kind = criteria["represents"][0]
    if "role" in criteria:
        role = criteria["role"][0]
    else:
        alike = (seat for forum in subject.org.model.fora.values() for seat in forum.members if seat.represents == kind)
        role = most_common_role(alike, SEAT_ROLES.get(kind, kind))
    item: dict[str, Any] = {"represents": kind, "role": role}
    if "level" in criteria:
        item["level"] = criteria["level"][0]
    item["person"] = PLACEHOLDER
    return Append("members", item, facts.missing, ("person",))


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
  oslo: {name: Oslo kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: ous, role: Administrerende direktør, level: direktor}
      - {party: oslo, role: Kommunaldirektør for helse og velferd, level: direktor}
    observers:
      - {represents: fastlege, role: Praksiskonsulent}
"""
_DIRECTOR = {
    "party": "oslo",
    "role": ["Kommunaldirektør"],
    "label": {"nb": "kommunaldirektør", "en": "municipal director"},
}
_GP = {"represents": ["fastlege"], "label": {"nb": "fastlege", "en": "GP"}}
_COMBINED = """\
parties:
  hf: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutval
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: %s}
      - {party: lyngvik, role: Leiar av FOUSAM%s}
"""
_COORDINATOR = {
    "role": ["Samhandlingskoordinator"],
    "label": {"nb": "samhandlingskoordinator", "en": "cooperation coordinator"},
}
_FAGDIREKTOR = {"party": "hf", "role_is": ["Fagdirektør"], "label": {"nb": "fagdirektør", "en": "medical director"}}
_PHYSICIAN = {"side": ["sykehus"], "function": ["lege"], "label": {"nb": "lege", "en": "physician"}}
_KS = """\
parties:
  ks: {name: KS Agder, type: ks, side: kommune}
  arendal: {name: Arendal kommune, type: kommune, side: kommune}
fora:
  koss:
    name: Kommunenes strategiske samarbeidsorgan
    type: samarbeidsforum
    members:
      - {party: arendal, role: Leder av Kommunedirektørutvalget}
      - {party: ks, role: Kommunedirektør%s}
"""
_KDU_LEADER = {
    "party_type": ["ks"],
    "all_of": [{"role": ["Kommunedirektør"]}, {"role": ["Leder av Kommunedirektørutvalget", "Leder av KDU"]}],
    "label": {"nb": "KS' kommunedirektør som leder KDU", "en": "KS's municipal director leading the KDU"},
}
EXAMPLES = (
    Example("The municipal director (for health and welfare) sits in the committee", {"require": [_DIRECTOR]}, _ORG),
    Example(
        "The GP observer counts where observers are included", {"require": [{**_GP, "include_observers": True}]}, _ORG
    ),
    Example(
        "A GP member seat is required; the observer seat does not count",
        {"require": [_GP]},
        _ORG,
        expect=("too-few:GP",),
    ),
    Example(
        "A combined post: the leader of FOUSAM is also the coordinator (other_roles)",
        {"require": [_COORDINATOR]},
        _COMBINED % ("Fagdirektør", ", other_roles: [Samhandlingskoordinator]"),
        subject="ssu",
    ),
    Example(
        "The leader of FOUSAM is not the coordinator where the seat gives no other_roles",
        {"require": [_COORDINATOR]},
        _COMBINED % ("Fagdirektør", ""),
        subject="ssu",
        expect=("too-few:cooperation coordinator",),
    ),
    Example(
        "The trust's Fagdirektør, the whole role (role_is)",
        {"require": [_FAGDIREKTOR]},
        _COMBINED % ("fagdirektør", ""),
        subject="ssu",
    ),
    Example(
        "A Fagdirektør for kvalitet is not the Fagdirektør (role_is; role would pass)",
        {"require": [_FAGDIREKTOR]},
        _COMBINED % ("Fagdirektør for kvalitet", ""),
        subject="ssu",
        expect=("too-few:medical director",),
    ),
    Example(
        "«Inkl. lege»: the trust's Klinikkdirektør is a physician (functions: [lege], a word of vocabulary.functions)",
        {"require": [_PHYSICIAN]},
        _COMBINED % ("Klinikkdirektør, functions: [lege]", ""),
        subject="ssu",
    ),
    Example(
        "«Inkl. lege»: a Klinikkdirektør whose seat does not say the function (nor a title of it) is no physician",
        {"require": [_PHYSICIAN]},
        _COMBINED % ("Klinikkdirektør", ""),
        subject="ssu",
        expect=("too-few:physician",),
    ),
    Example(
        "KS is represented by its kommunedirektør who leads the KDU: one seat, both posts (`all_of`)",
        {"require": [_KDU_LEADER]},
        _KS % ", other_roles: [Leder av Kommunedirektørutvalget]",
        subject="koss",
    ),
    Example(
        "KS's kommunedirektør sits, but the seat does not say that they lead the KDU",
        {"require": [_KDU_LEADER]},
        _KS % "",
        subject="koss",
        expect=("too-few:KS's municipal director leading the KDU",),
    ),
)
