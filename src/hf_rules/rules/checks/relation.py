"""Relations between fora: who gives assignments or input to whom.

Only the forum's own declaration (``gives_assignments_to``, ``gives_input_to``) is read. When
the organisation has no forum of the target types, nothing is reported (``forum_count`` does)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import STRINGS, Example, Subject, Violation

NAME = "relation"
SUBJECTS = frozenset({"forum"})
PARAMS = frozenset({"relation", "target", "target_name", "target_types"})
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "relation": {"enum": ["gives_assignments_to", "gives_input_to"]},
        "to_types": {**STRINGS, "description": "Forum types of the targets."},
        "mode": {
            "enum": ["all", "any"],
            "default": "any",
            "description": "all: to every forum of those types; any: to at least one.",
        },
    },
    "required": ["relation", "to_types"],
    "additionalProperties": False,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    relation = options["relation"]
    declared: list[str] = getattr(forum, relation)
    candidates = [fid for fid, _ in subject.org.fora_of_type(options["to_types"]) if fid != subject.id]
    if not candidates:
        return  # the fora themselves are missing: a forum_count rule reports that
    where = subject.at(relation) if declared else subject.base
    evidence = {"relation": relation, "declared": declared, "candidates": candidates}
    types = ", ".join(options["to_types"])
    if options["mode"] == "all":
        for target in candidates:
            if target not in declared:
                name = subject.org.model.fora[target].name
                yield Violation(
                    where,
                    f"missing:{target}",
                    {"relation": relation, "target": target, "target_name": name, "target_types": types},
                    evidence,
                    at_key=not declared,
                )
    elif not any(t in declared for t in candidates):
        yield Violation(
            where,
            "none",
            {
                "relation": relation,
                "target": " / ".join(candidates),
                "target_name": " / ".join(subject.org.model.fora[c].name for c in candidates),
                "target_types": types,
            },
            evidence,
            at_key=not declared,
        )


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
fora:
  pm:
    name: Partnerskapsmøtet
    type: partnerskapsmote
%s  ssu: {name: Strategisk samarbeidsutvalg, type: strategisk-samarbeidsutvalg}
"""
_OPTIONS = {"relation": "gives_assignments_to", "to_types": ["strategisk-samarbeidsutvalg"]}
EXAMPLES = (
    Example("The partnerskapsmøte gives the SSU its assignments", _OPTIONS, _ORG % "    gives_assignments_to: [ssu]\n"),
    Example("No assignments declared", _OPTIONS, _ORG % "", expect=("none",)),
)
