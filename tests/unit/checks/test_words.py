"""Vocabulary words in check options are marked in the option schemas, and found by one walker."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from hf_rules.rules.checks import registry
from hf_rules.rules.checks.words import KEYWORD, KINDS, marked_words

WORD_OPTIONS = {"party_type", "level", "side", "represents", "type", "types", "to_types", "of_types", "kind"}
"""Option names that, as lists of strings, always hold words of a vocabulary."""


def _properties(schema: dict[str, Any], path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    for name, sub in schema.get("properties", {}).items():
        yield f"{path}.{name}", sub
        yield from _properties(sub, f"{path}.{name}")
        if isinstance(sub.get("items"), dict):
            yield from _properties(sub["items"], f"{path}.{name}[]")


@pytest.mark.parametrize("name", sorted(registry()))
def test_every_word_option_is_marked_with_a_known_vocabulary(name: str) -> None:
    schema = registry()[name].OPTIONS
    for path, sub in _properties(schema):
        items = sub.get("items")
        is_strings = sub.get("type") == "array" and isinstance(items, dict) and items.get("type") == "string"
        if path.rsplit(".", 1)[-1] in WORD_OPTIONS and is_strings:
            assert KEYWORD in items, f"{name}{path} names vocabulary words but is not marked"
        mark = items.get(KEYWORD) if isinstance(items, dict) else None
        if isinstance(mark, str):
            assert mark in KINDS, f"{name}{path}: {mark}"
        elif isinstance(mark, dict):
            assert set(mark["values"].values()) <= set(KINDS)
            assert mark["by"] in schema["properties"], f"{name}{path}: by {mark['by']}"


def test_marked_words_of_selectors_lists_each_values_by_per_and_dated_values() -> None:
    schema = registry()["seat_count"].OPTIONS
    options = {
        "where": {"party_type": ["kommune"], "not": {"level": ["leder"], "side": ["sykehus"]}},
        "per": "side",
        "each": {"values": ["kommune"]},
        "label": {"nb": "x", "en": "x"},
    }
    assert list(marked_words(schema, options)) == [
        (("where", "party_type", 0), "kommune", "party_types", False),
        (("where", "not", "level", 0), "leder", "levels", False),
        (("where", "not", "side", 0), "sykehus", "sides", False),
        (("each", "values", 0), "kommune", "sides", False),
    ]
    assert [w for _, w, _, _ in marked_words(schema, {**options, "per": "region", "where": {}})] == []
    forum_count = registry()["forum_count"].OPTIONS
    dated = {"type": {"dated": [{"value": ["a"], "valid_to": "2024-12-31"}, {"value": ["b"]}]}}
    assert list(marked_words(forum_count, dated)) == [
        (("type", "dated", 0, "value", 0), "a", "forum_types", False),
        (("type", "dated", 1, "value", 0), "b", "forum_types", False),
    ]
