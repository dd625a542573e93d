"""How many fora of a type an organisation has (e.g. one partnerskapsmøte).

Every forum of the listed types counts, sub-committees and time-limited fora too."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.core.errors import InputError
from hf_rules.rules.checks.base import (
    COUNT_BOUNDS,
    COUNT_EXACTLY,
    TEXT_SCHEMA,
    Example,
    Subject,
    Violation,
    bound_problems,
    bounds,
    count_requirement,
)
from hf_rules.rules.checks.words import words
from hf_rules.yaml.loader import Document, Path_

NAME = "forum_count"
SUBJECTS = frozenset({"organisation"})
PARAMS = frozenset({"label", "found", "requirement"})
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {"type": words("forum_types", "Forum types."), **COUNT_BOUNDS, **COUNT_EXACTLY, "label": TEXT_SCHEMA},
    "required": ["type", "label"],
    "additionalProperties": False,
    "anyOf": [{"required": ["min"]}, {"required": ["max"]}, {"required": ["exactly"]}],
}


def validate(rule: Any, doc: Document, base: Path_) -> list[InputError]:
    """``exactly`` with ``min`` or ``max``, or ``min`` above ``max``: located pack errors."""
    return bound_problems(rule.id, doc, base, rule.check.options)


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    fora = subject.org.fora_of_type(options["type"])
    minimum, maximum = bounds(options)
    params = {"label": options["label"], "found": str(len(fora)), "requirement": count_requirement(minimum, maximum)}
    evidence = {"type": options["type"], "fora": [fid for fid, _ in fora]}
    if minimum is not None and len(fora) < minimum:
        yield Violation(("fora",), "too-few", params, evidence, at_key=True)
    if maximum is not None and len(fora) > maximum:
        yield Violation(("fora", fora[maximum][0]), "too-many", params, evidence, at_key=True)


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
fora:
  pm: {name: Partnerskapsmøtet, type: partnerskapsmote}
"""
_LABEL = {"nb": "partnerskapsmøte", "en": "partnership meeting"}
EXAMPLES = (
    Example("One partnerskapsmøte", {"type": ["partnerskapsmote"], "exactly": 1, "label": _LABEL}, _ORG),
    Example(
        "No strategic committee",
        {"type": ["strategisk-samarbeidsutvalg"], "min": 1, "label": _LABEL},
        _ORG,
        expect=("too-few",),
    ),
)
