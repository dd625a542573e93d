"""The organisation's ``effective_from`` is given and not before a date (01.01.2021)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import Subject, Violation

NAME = "effective_from"
SUBJECTS = frozenset({"organisation"})
PARAMS = frozenset({"found", "not_before"})
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "not_before": {"type": "string", "format": "date"},
        "required": {"type": "boolean", "description": "effective_from must be given (default false)."},
    },
    "required": ["not_before"],
    "additionalProperties": False,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    effective = subject.org.model.metadata.effective_from
    params = {"found": str(effective) if effective else "-", "not_before": options["not_before"]}
    evidence = {"effective_from": params["found"], "not_before": options["not_before"]}
    if effective is None:
        if options.get("required", False):
            yield Violation(("metadata",), "missing", params, evidence, at_key=True)
    elif effective < dt.date.fromisoformat(options["not_before"]):
        yield Violation(("metadata", "effective_from"), "too-early", params, evidence)
