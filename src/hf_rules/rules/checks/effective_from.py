"""The organisation's ``effective_from`` is not before a date (01.01.2021), and is given when
``required``.

Only ``metadata.effective_from`` of the organisation is read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import Example, Subject, Violation

NAME = "effective_from"
SUBJECTS = frozenset({"organisation"})
PARAMS: dict[str, str] = {
    "found": "The organisation's `metadata.effective_from`; `-` when it gives none.",
    "not_before": "The first day the rule allows (the option).",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "not_before": {"type": "string", "format": "date"},
        "required": {"type": "boolean", "default": False, "description": "effective_from must be given."},
    },
    "required": ["not_before"],
    "additionalProperties": False,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    effective = subject.org.model.metadata.effective_from
    params = {"found": str(effective) if effective else "-", "not_before": options["not_before"]}
    evidence = {"effective_from": params["found"], "not_before": options["not_before"]}
    if effective is None:
        if options["required"]:
            yield Violation(("metadata",), "missing", params, evidence, at_key=True)
    elif effective < dt.date.fromisoformat(options["not_before"]):
        yield Violation(("metadata", "effective_from"), "too-early", params, evidence)


_ORG = """\
metadata: {id: example, name: Example, effective_from: %s}
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
fora: {}
"""
EXAMPLES = (
    Example("In force from 1 January 2021", {"not_before": "2021-01-01"}, _ORG % "2021-01-01"),
    Example("In force from 2020", {"not_before": "2021-01-01"}, _ORG % "2020-06-01", expect=("too-early",)),
)
