"""The organisation includes the agreed kinds of participants (hospitals, bydeler, etater, users, GPs).

A party type is present when some party has it; a constituency (fastlege, bruker, ansatt) when
some forum has a member or observer seat that ``represents`` it. Where they sit is left to
``required_seats`` and ``seat_count``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import TEXT_SCHEMA, Example, Subject, Violation
from hf_rules.rules.checks.words import words

NAME = "participants_present"
SUBJECTS = frozenset({"organisation"})
PARAMS: dict[str, str] = {
    "label": "The `label` of the group of parties or constituency that is missing.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "party_types": {
            "type": "array",
            "default": [],
            "items": {
                "type": "object",
                "properties": {
                    "label": TEXT_SCHEMA,
                    "any_of": words("party_types", "Party types, any one of which is enough."),
                },
                "required": ["label", "any_of"],
                "additionalProperties": False,
            },
        },
        "constituencies": {
            "type": "array",
            "default": [],
            "items": {
                "type": "object",
                "properties": {"label": TEXT_SCHEMA, "represents": {"enum": ["fastlege", "bruker", "ansatt"]}},
                "required": ["label", "represents"],
                "additionalProperties": False,
            },
        },
    },
    "additionalProperties": False,
    "minProperties": 1,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    model = subject.org.model
    types = {p.type for p in model.parties.values()}
    represented = {s.represents for f in model.fora.values() for s in [*f.members, *f.observers] if s.represents}
    for group in options["party_types"]:
        if not types.intersection(group["any_of"]):
            yield Violation(
                ("parties",),
                f"party-type:{'|'.join(group['any_of'])}",
                {"label": group["label"]},
                {"party_types_present": sorted(types), "any_of": group["any_of"]},
                at_key=True,
            )
    for group in options["constituencies"]:
        if group["represents"] not in represented:
            yield Violation(
                ("fora",),
                f"constituency:{group['represents']}",
                {"label": group["label"]},
                {"constituencies_present": sorted(represented)},
                at_key=True,
            )


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: ous, role: Direktør}
      - {represents: bruker, role: Brukerrepresentant}
"""
_USERS = {"label": {"nb": "brukere", "en": "users"}, "represents": "bruker"}
_GPS = {"label": {"nb": "fastleger", "en": "GPs"}, "represents": "fastlege"}
EXAMPLES = (
    Example("Users take part", {"constituencies": [_USERS]}, _ORG),
    Example("No GP seat anywhere", {"constituencies": [_USERS, _GPS]}, _ORG, expect=("constituency:fastlege",)),
)
