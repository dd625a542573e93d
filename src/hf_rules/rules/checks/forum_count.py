"""How many fora of a type an organisation has (e.g. one partnerskapsmøte)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import COUNT_BOUNDS, STRINGS, TEXT_SCHEMA, Subject, Violation, count_requirement

NAME = "forum_count"
SUBJECTS = frozenset({"organisation"})
PARAMS = frozenset({"label", "found", "requirement"})
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {"type": STRINGS, **COUNT_BOUNDS, "label": TEXT_SCHEMA},
    "required": ["type", "label"],
    "additionalProperties": False,
    "anyOf": [{"required": ["min"]}, {"required": ["max"]}],
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    fora = subject.org.fora_of_type(options["type"])
    minimum, maximum = options.get("min"), options.get("max")
    params = {"label": options["label"], "found": str(len(fora)), "requirement": count_requirement(minimum, maximum)}
    evidence = {"type": options["type"], "fora": [fid for fid, _ in fora]}
    if minimum is not None and len(fora) < minimum:
        yield Violation(("fora",), "too-few", params, evidence, at_key=True)
    if maximum is not None and len(fora) > maximum:
        yield Violation(("fora", fora[maximum][0]), "too-many", params, evidence, at_key=True)
