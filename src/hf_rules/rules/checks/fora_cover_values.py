"""Between them, the fora cover every listed value of a field (e.g. the four priority groups).

A value is covered when at least one forum of the organisation lists it; which forum, and how
many, is not looked at."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import STRINGS, Example, Subject, Violation

NAME = "fora_cover_values"
SUBJECTS = frozenset({"organisation"})
PARAMS: dict[str, str] = {
    "value": "A value of `values` that no forum has in `field`.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {"field": {"enum": ["priority_groups"]}, "values": STRINGS},
    "required": ["field", "values"],
    "additionalProperties": False,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    field = options["field"]
    covered = {v for f in subject.org.model.fora.values() for v in getattr(f, field)}
    for value in options["values"]:
        if value not in covered:
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
EXAMPLES = (
    Example("A forum works for children", {"field": "priority_groups", "values": ["barn-og-unge"]}, _ORG),
    Example(
        "No forum works for the frail elderly",
        {"field": "priority_groups", "values": ["barn-og-unge", "skropelige-eldre"]},
        _ORG,
        expect=("missing:skropelige-eldre",),
    ),
)
