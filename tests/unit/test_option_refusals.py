"""Every value a check function's options schema refuses is a located pack error.

For each function and each of its options, a value of each wrong kind (a text, a number, a list,
a mapping, true, false) that the schema refuses must give at least one message located at that
option's line: a refusal the schema makes and the messages leave out lets the rule run on a value
it cannot read (round 33 Finnmark: `forum_leaders` with `deputy: nei` was an internal error,
exit 3, because the message for "a selector or false" was dropped).
"""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator

from hf_rules.rules.checks import registry
from hf_rules.rules.dated import validate_options
from hf_rules.yaml.loader import Limits, pure_load

WRONG: tuple[Any, ...] = ("nei", 7, [1], {"x": 1}, True, False)
FUNCTIONS = registry()
CASES = [
    (name, option, value)
    for name, check in sorted(FUNCTIONS.items())
    for option in sorted(check.OPTIONS.get("properties", {}))
    for value in WRONG
]


def _yaml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "[1]"
    if isinstance(value, dict):
        return "{x: 1}"
    return str(value)


@pytest.mark.parametrize(("name", "option", "value"), CASES, ids=[f"{n}-{o}-{v!r}" for n, o, v in CASES])
def test_a_refused_option_value_is_reported_at_its_line(name: str, option: str, value: Any) -> None:
    schema = FUNCTIONS[name].OPTIONS
    if Draft202012Validator(schema.get("properties", {})[option]).is_valid(value):
        return  # a value of this kind is one the option takes
    doc = pure_load(f"first: 1\n{option}: {_yaml(value)}\n", "options.yaml", Limits())
    options = {option: doc.data[option]}
    problems = validate_options(options, schema, doc, ())
    assert problems, f"{name}.{option}: {value!r} is refused by the schema and said by no message"
    assert any(p.location.line == 2 for p in problems), [p.line() for p in problems]
