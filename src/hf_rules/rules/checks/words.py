"""Which strings of a check's options are words of a vocabulary, said in the option schemas.

An option schema marks a string (or each item of a list of strings) that must be a word of a
vocabulary with ``"x-vocabulary": KIND``: a pack's vocabulary (``forum_types``, ``party_types``,
``levels``, ``meeting_kinds``, ``positions``, ``functions``, ``duties``, ``relations``, ``agreement_kinds``: the shared words and those the packs add) or a fixed one
(``sides``, ``constituencies``). The keys of a mapping are marked by ``propertyNames``. A word
whose vocabulary depends on another option is marked ``{"by": OPTION, "values": {VALUE: KIND}}``
(``seat_count``'s ``each.values`` are party types with ``per: party_type``, sides with
``per: side``, and the documents' own ids otherwise). The pack loader checks every marked word
(:func:`marked_words`), so a new check function gets the check by marking its schema.
JSON Schema validators ignore the keyword; docs/checks.md shows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, get_args

from hf_rules.documents.model import Constituency, DecisionRule, Side
from hf_rules.rules.dated import is_dated
from hf_rules.yaml.loader import Path_

KEYWORD = "x-vocabulary"
FIXED: dict[str, tuple[str, ...]] = {
    "sides": get_args(Side),
    "constituencies": get_args(Constituency),
    "decision_rules": get_args(DecisionRule),
}
"""The vocabularies no pack extends."""
KINDS = (
    "forum_types",
    "party_types",
    "levels",
    "meeting_kinds",
    "positions",
    "functions",
    "duties",
    "relations",
    "agreement_kinds",
    *FIXED,
)
NAMES = {
    "forum_types": "forum type",
    "party_types": "party type",
    "levels": "level",
    "meeting_kinds": "meeting kind",
    "sides": "side",
    "constituencies": "constituency",
    "decision_rules": "decision rule",
    "positions": "position",
    "functions": "function",
    "duties": "duty",
    "relations": "relation word",
    "agreement_kinds": "agreement kind",
}
"""What one word of each vocabulary is (docs/checks.md)."""


def words(kind: str, description: str) -> dict[str, Any]:
    """The schema of a list of words of the vocabulary ``kind``."""
    assert kind in KINDS, kind
    return {
        "type": "array",
        "items": {"type": "string", "minLength": 1, KEYWORD: kind},
        "minItems": 1,
        "description": description,
    }


def marked_words(schema: dict[str, Any], options: dict[str, Any]) -> Iterator[tuple[Path_, str, str, bool]]:
    """``(path, word, vocabulary kind, is a key)`` of every marked word of ``options`` (paths
    relative to the options; dated values looked into), each once."""
    seen: set[tuple[Path_, str]] = set()
    for found in _walk(schema, options, (), options):
        if (found[0], found[1]) not in seen:
            seen.add((found[0], found[1]))
            yield found


def _kind(mark: Any, top: dict[str, Any], schema_top: dict[str, Any]) -> str | None:
    if isinstance(mark, str):
        return mark
    if isinstance(mark, dict):
        option = mark["by"]
        value = top.get(option, schema_top.get("properties", {}).get(option, {}).get("default"))
        kind = mark["values"].get(value) if isinstance(value, str) else None
        return kind if isinstance(kind, str) else None
    return None


def _walk(
    schema: dict[str, Any], value: Any, path: Path_, top: dict[str, Any], root: dict[str, Any] | None = None
) -> Iterator[tuple[Path_, str, str, bool]]:
    root = schema if root is None else root
    if path and len(path) == 1 and is_dated(value):
        for j, entry in enumerate(value["dated"]):
            if isinstance(entry, dict) and "value" in entry:
                yield from _walk(schema, entry["value"], (*path, "dated", j, "value"), top, root)
        return
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in schema.get(key, ()):
            yield from _walk(sub, value, path, top, root)
    if isinstance(value, str):
        refused = schema.get("not", {}).get("enum", ()) if isinstance(schema.get("not"), dict) else ()
        if ("pattern" in schema and not re.search(schema["pattern"], value)) or value in refused:
            return  # a branch of anyOf the value is not (a forum's list, not a relation word)
        kind = _kind(schema.get(KEYWORD), top, root)
        if kind is not None:
            yield path, value, kind, False
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(value):
            yield from _walk(schema["items"], item, (*path, index), top, root)
    elif isinstance(value, dict):
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        names = schema.get("propertyNames")
        key_kind = _kind(names.get(KEYWORD), top, root) if isinstance(names, dict) else None
        for key, item in value.items():
            if key_kind is not None:
                yield (*path, key), key, key_kind, True
            sub = properties.get(key, extra if isinstance(extra, dict) else None)
            if sub is not None:
                yield from _walk(sub, item, (*path, key), top, root)
