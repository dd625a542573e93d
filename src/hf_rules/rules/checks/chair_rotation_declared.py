"""A forum declares who takes turns to chair (``chair_rotation``), and it is the agreed set.

The declared entries are compared as a set with ``between`` (order aside; an entry given twice is
a mismatch). ``$sector`` stands for the forum's sector hospital. Who actually chairs is checked on
the meeting plans (``chair_alternation``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import STRINGS, Example, Subject, Violation
from hf_rules.rules.checks.seats import resolve_party

NAME = "chair_rotation_declared"
SUBJECTS = frozenset({"forum"})
PARAMS = frozenset({"expected", "found"})
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "between": {
            **STRINGS,
            "description": "Sides (kommune, sykehus) or party ids ('$sector': the forum's sector hospital).",
        },
    },
    "required": ["between"],
    "additionalProperties": False,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    expected = [p for e in options["between"] if (p := resolve_party(subject, e)) is not None]
    found = forum.chair_rotation or []
    params = {"expected": ", ".join(expected), "found": ", ".join(found) or "-"}
    evidence = {"expected": expected, "chair_rotation": found}
    if forum.chair_rotation is None:
        yield Violation(subject.base, "missing", params, evidence, at_key=True)
    elif sorted(set(found)) != sorted(set(expected)) or len(found) != len(set(found)):
        yield Violation(subject.at("chair_rotation"), "mismatch", params, evidence)


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
  oslo: {name: Oslo kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    meetings_per_year: 4
    chair_rotation: [kommune, sykehus]
    members:
      - {party: ous, role: Direktør}
      - {party: oslo, role: Byrådsleder}
"""
EXAMPLES = (
    Example("The forum alternates between the sides", {"between": ["kommune", "sykehus"]}, _ORG),
    Example(
        "The agreement has the hospital and Oslo kommune take turns, by name",
        {"between": ["ous", "oslo"]},
        _ORG,
        expect=("mismatch",),
    ),
)
