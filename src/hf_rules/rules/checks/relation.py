"""Relations between fora: who gives assignments or input to whom."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import STRINGS, Subject, Violation

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
