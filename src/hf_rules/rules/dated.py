"""Dated option values: when an agreement changes a number, the rule gets a new dated value.

Any option of a check call may be written as a list of values with the dates each is in force::

    options:
      min_per_year:
        dated:
          - {value: 4, valid_to: 2025-12-31}
          - {value: 6, valid_from: 2026-01-01}

On a date where no value is in force, the rule is not in force either (like ``valid_from`` and
``valid_to`` on the rule itself). Each value is validated against the option's own schema when
the pack loads; the periods may not overlap.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import Message
from hf_rules.documents.validate import schema_errors
from hf_rules.yaml.loader import Document, Path_

ENTRY_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "value": {},
        "valid_from": {"type": "string", "format": "date"},
        "valid_to": {"type": "string", "format": "date"},
    },
    "required": ["value"],
    "additionalProperties": False,
}
DATED_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"dated": {"type": "array", "minItems": 1, "items": ENTRY_SCHEMA}},
    "required": ["dated"],
    "additionalProperties": False,
}


def is_dated(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {"dated"}


def _bounds(entry: dict[str, Any]) -> tuple[dt.date, dt.date]:
    start = dt.date.fromisoformat(entry["valid_from"]) if "valid_from" in entry else dt.date.min
    end = dt.date.fromisoformat(entry["valid_to"]) if "valid_to" in entry else dt.date.max
    return start, end


def validate_options(options: dict[str, Any], schema: dict[str, Any], doc: Document, base: Path_) -> list[InputError]:
    """Problems with ``options`` (at ``base`` in ``doc``) against a check function's ``schema``,
    dated values included: each value is checked against its option's schema."""
    problems: list[InputError] = []
    plain = dict(options)
    properties = schema.get("properties", {})
    dated: set[str] = set()  # checked value by value here; left out of the whole-options check
    for key, value in options.items():
        if not is_dated(value) or key not in properties:
            continue
        shape = schema_errors(value, DATED_SCHEMA, doc, base + (key,))
        plain.pop(key)
        dated.add(key)
        if shape:
            problems.extend(shape)
            continue
        entries = value["dated"]
        for j, entry in enumerate(entries):
            problems.extend(schema_errors(entry["value"], properties[key], doc, base + (key, "dated", j, "value")))
        spans = sorted((_bounds(e), j) for j, e in enumerate(entries))
        for j, ((start, end), index) in enumerate(spans):
            if end < start:
                problems.append(
                    InputError(doc.location(base + (key, "dated", index)), Message("pack-valid-to-before-from"))
                )
            if j and start <= spans[j - 1][0][1]:
                problems.append(
                    InputError(
                        doc.location(base + (key, "dated", index)),
                        Message("dated-overlap", key=key),
                    )
                )
    if dated:
        schema = {**schema, "required": [k for k in schema.get("required", []) if k not in dated]}

        # "one of these keys" is met by a dated key too (checked value by value above), at the
        # top of the schema or as a part of its allOf (forum_count: a bound, and a forum criterion)
        def met(choice: dict[str, Any]) -> bool:
            return any(set(alt.get("required", ())) <= dated for alt in choice.get("anyOf", ()))

        if met(schema):
            schema.pop("anyOf")
        if "allOf" in schema:
            schema["allOf"] = [part for part in schema["allOf"] if not (set(part) == {"anyOf"} and met(part))]
            if not schema["allOf"]:
                schema.pop("allOf")
    problems.extend(schema_errors(plain, schema, doc, base))
    return problems


def options_on(options: dict[str, Any], as_of: dt.date) -> dict[str, Any] | None:
    """The options in force on ``as_of``: each dated option resolved to its value then, or None
    when some dated option has no value on that date."""
    resolved: dict[str, Any] = {}
    for key, value in options.items():
        if not is_dated(value):
            resolved[key] = value
            continue
        current = [e["value"] for e in value["dated"] if _bounds(e)[0] <= as_of <= _bounds(e)[1]]
        if not current:
            return None
        resolved[key] = current[0]
    return resolved
