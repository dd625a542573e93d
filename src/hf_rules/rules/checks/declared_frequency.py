"""A forum declares how often it meets (``meetings_per_year``), at least the agreed minimum.

Only the forum's own declaration is read; the meetings planned are checked on the meeting plans
(``meeting_frequency``, which also takes a maximum)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import Example, Subject, Violation

NAME = "declared_frequency"
SUBJECTS = frozenset({"forum"})
PARAMS = frozenset({"found", "min"})
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {"min": {"type": "integer", "minimum": 1, "description": "Meetings a year at least."}},
    "required": ["min"],
    "additionalProperties": False,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    declared = forum.meetings_per_year
    params = {"found": "-" if declared is None else str(declared), "min": str(options["min"])}
    evidence = {"meetings_per_year": declared, "min": options["min"]}
    if declared is None:
        yield Violation(subject.base, "missing", params, evidence, at_key=True)
    elif declared < options["min"]:
        yield Violation(subject.at("meetings_per_year"), "too-low", params, evidence)


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    meetings_per_year: 4
"""
EXAMPLES = (
    Example("Four meetings a year declared, at least four agreed", {"min": 4}, _ORG),
    Example("Four meetings a year declared, at least six agreed", {"min": 6}, _ORG, expect=("too-low",)),
)
