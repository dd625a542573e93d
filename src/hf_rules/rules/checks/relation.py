"""Relations between fora: who gives assignments or input to whom."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from hf_rules.rules.checks.base import STRINGS, Subject, Violation
from hf_rules.rules.checks.remedy import Append

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
            "description": "all: to every forum of those types; any: to at least one (default).",
        },
    },
    "required": ["relation", "to_types"],
    "additionalProperties": False,
}


@dataclass(frozen=True)
class Undeclared:
    """The facts of a missing relation: any one of ``targets`` under ``relation`` would do."""

    relation: str
    targets: tuple[str, ...]


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
    if options.get("mode", "any") == "all":
        for target in candidates:
            if target not in declared:
                name = subject.org.model.fora[target].name
                yield Violation(
                    where,
                    f"missing:{target}",
                    {"relation": relation, "target": target, "target_name": name, "target_types": types},
                    evidence,
                    at_key=not declared,
                    facts=Undeclared(relation, (target,)),
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
            facts=Undeclared(relation, tuple(candidates)),
        )


def remedy(subject: Subject, options: dict[str, Any], violation: Violation) -> Append | None:
    """A forum missing from ``gives_input_to``/``gives_assignments_to``: its id added, when exactly
    one forum fits (with several, which one is a decision)."""
    facts = violation.facts
    if not isinstance(facts, Undeclared) or len(facts.targets) != 1:
        return None
    if facts.relation not in ("gives_input_to", "gives_assignments_to"):
        return None
    return Append(facts.relation, facts.targets[0])
