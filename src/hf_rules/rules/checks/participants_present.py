"""The organisation includes the agreed kinds of participants (hospitals, bydeler, etater, users, GPs)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import STRINGS, TEXT_SCHEMA, Subject, Violation

NAME = "participants_present"
SUBJECTS = frozenset({"organisation"})
PARAMS = frozenset({"label"})
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "party_types": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"label": TEXT_SCHEMA, "any_of": STRINGS},
                "required": ["label", "any_of"],
                "additionalProperties": False,
            },
        },
        "constituencies": {
            "type": "array",
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
    for group in options.get("party_types", []):
        if not types.intersection(group["any_of"]):
            yield Violation(
                ("parties",),
                f"party-type:{'|'.join(group['any_of'])}",
                {"label": group["label"]},
                {"party_types_present": sorted(types), "any_of": group["any_of"]},
                at_key=True,
            )
    for group in options.get("constituencies", []):
        if group["represents"] not in represented:
            yield Violation(
                ("fora",),
                f"constituency:{group['represents']}",
                {"label": group["label"]},
                {"constituencies_present": sorted(represented)},
                at_key=True,
            )
