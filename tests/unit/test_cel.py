"""hf_rules.rules.cel: the CEL semantics packs rely on (a small conformance-style table written
for this project, in the manner of google/cel-spec's tests), the static limits, and the data
every expression sees."""

from __future__ import annotations

from typing import Any

import pytest

from hf_rules.rules import cel
from hf_rules.rules.cel import CelError, check_limits, compile_expression, evaluate, variable_references

NONE: frozenset[str] = frozenset()
FORUM = {
    "id": "ssu",
    "name": "Strategisk samarbeidsutvalg",
    "sector": None,
    "meetings_per_year": 4,
    "members": [
        {"party": "ous", "represents": None, "role": "Direktør", "deputy": None},
        {"party": None, "represents": "fastlege", "role": "Fastlegerepresentant", "deputy": "Jonas Bakke"},
    ],
    "observers": [],
}

# (expression, expected value): what the CEL specification says (cel-spec tests/simple/testdata
# basic, comparisons, lists, macros, string, logic, timestamps), on data shaped like ours.
VALUES: list[tuple[str, Any]] = [
    ("1 + 2 * 3", 7),
    ("7 / 2", 3),
    ("7 % 3", 1),
    ("1.5 + 1.0", 2.5),
    ("dyn(1) == 1.0", True),  # heterogeneous numeric equality (statically typed: a compile error)
    ("'abc' + 'def'", "abcdef"),
    ("'abc'.startsWith('ab') && 'abc'.endsWith('bc') && 'abc'.contains('b')", True),
    ("'Fastlege'.matches('^[Ff]ast')", True),
    ("size('æøå')", 3),  # code points, not bytes
    ("'2025-01-01' < '2025-06-01'", True),  # ISO dates compare as text
    ("timestamp('2025-06-01T00:00:00Z') - timestamp('2025-01-01T00:00:00Z') == duration('3624h')", True),
    ("[1, 2, 3].exists(x, x > 2)", True),
    ("[1, 2, 3].all(x, x > 0)", True),
    ("[1, 2, 3].exists_one(x, x > 1)", False),
    ("[1, 2, 3].filter(x, x % 2 == 1)", [1, 3]),
    ("[1, 2, 3].map(x, x * 2)", [2, 4, 6]),
    ("2 in [1, 2]", True),
    ("'a' in {'a': 1}", True),
    ("size([1, 2]) == [1, 2].size()", True),
    ("null == null", True),
    ("false || true && !false", True),
    ("true ? 'yes' : 'no'", "yes"),
    ("int('12') + 1", 13),
    ("string(4) + ' møter'", "4 møter"),
    ("type(1) == int", True),
    ("forum.members.filter(s, s.represents == 'fastlege').size() == 1", True),
    ("forum.members.exists(s, s.represents == 'fastlege' && s.deputy != null)", True),
    ("forum.sector == null", True),
    ("has(forum.sector)", True),  # every field is there (null when not given)
    ("forum.members.map(s, s.role)", ["Direktør", "Fastlegerepresentant"]),
    ("forum.observers.all(s, false)", True),  # vacuously true
    ("forum.meetings_per_year >= 4", True),
]

# (expression, part of the error): errors CEL gives as values, never as exceptions.
ERRORS: list[tuple[str, str]] = [
    ("1 / 0 == 0", "divide by zero"),
    ("forum.observers[0].role == 'x'", "index=0 size=0"),
    ("forum.nosuch == 1", 'no key "nosuch" in the map'),
    ("forum.name + forum.meetings_per_year == 'x'", "No matching overloads found : _+_(string, int64)"),
    ("int('tolv') == 12", "cannot convert string to int"),
    ("false || 1 / 0 == 0", "divide by zero"),
]


@pytest.mark.parametrize(("text", "expected"), VALUES, ids=[t for t, _ in VALUES])
def test_values(text: str, expected: Any) -> None:
    value = evaluate(compile_expression(text, frozenset({"forum"})), {"forum": FORUM})
    assert value == expected and type(value) is type(expected)


@pytest.mark.parametrize(("text", "part"), ERRORS, ids=[t for t, _ in ERRORS])
def test_errors_are_cel_errors(text: str, part: str) -> None:
    with pytest.raises(CelError) as info:
        evaluate(compile_expression(text, frozenset({"forum"})), {"forum": FORUM})
    assert part in info.value.message and info.value.kind == "runtime"


def test_short_circuit_absorbs_an_error() -> None:
    """CEL's logical operators are commutative: `true || error` is true, either way round."""
    for text in ("true || 1 / 0 == 0", "1 / 0 == 0 || true"):
        assert evaluate(compile_expression(text, NONE), {}) is True


@pytest.mark.parametrize(
    ("text", "line", "column", "part"),
    [
        ("1 +", 1, 4, "Syntax error"),
        ("forum.members.size() > 0 &&\n  forum.name.startsWith('S'", 2, 28, "Syntax error: missing ')'"),
        ("x == 1", 1, 1, "undeclared reference to 'x'"),
        ("1 == 1.0", 1, 3, "found no matching overload for '_==_' applied to '(int, double)'"),
        ("1 + 'a'", 1, 3, "found no matching overload for '_+_' applied to '(int, string)'"),
    ],
)
def test_compile_errors_are_located_in_the_expression(text: str, line: int, column: int, part: str) -> None:
    with pytest.raises(CelError) as info:
        compile_expression(text, frozenset({"forum"}))
    assert (info.value.line, info.value.column) == (line, column)
    assert part in info.value.message and "\n" not in info.value.message


def test_compiled_programs_are_kept() -> None:
    first = compile_expression("forum.members.size() > 1", frozenset({"forum"}))
    assert compile_expression("forum.members.size() > 1", frozenset({"forum"})) is first
    assert compile_expression("forum.members.size() > 1", frozenset({"forum", "x"})) is not first
    assert first.result == "bool"


def test_result_types_known_when_compiled() -> None:
    names = frozenset({"forum"})
    assert [compile_expression(t, names).result for t in ("forum.name", "'a' + 'b'", "1 + 1", "true")] == [
        "dyn",
        "string",
        "int",
        "bool",
    ]


# -- static limits --------------------------------------------------------------------------------


def test_text_inside_quotes_is_not_code() -> None:
    check_limits("'" + "+" * 100 + "' == forum.name")  # '+' inside a literal is not an operator
    check_limits("'.map(' + '.all(x, ' == forum.name")
    check_limits("r'\\' + \"'\" == '''a+b+c'''")
    assert variable_references("'variables.x' + variables.y") == [("y", 1, 27)]
    assert variable_references("variables.a +\n variables.b") == [("a", 1, 11), ("b", 2, 12)]


def test_a_comment_cannot_hide_code_from_the_limits() -> None:
    hidden = "true // it's\n && [1].all(a, [1].all(b, [1].all(c, [1].all(d, true)))) // '"
    with pytest.raises(CelError, match="nested 4 deep"):
        check_limits(hidden)
    assert evaluate(compile_expression("1 == 1 // a comment with ' and (\n && true", NONE), {}) is True


def test_comprehension_nesting_is_counted_by_brackets() -> None:
    three = "[1].all(a, [1].all(b, [1].all(c, true)))"
    check_limits(three)
    check_limits(f"{three} && {three} && {three}")  # side by side, not nested
    with pytest.raises(CelError, match="nested 4 deep"):
        check_limits("[1].map(a, [1].filter(b, [1].exists(c, [1].exists_one(d, true))))")


def test_length_and_plus_limits() -> None:
    check_limits("true" + " " * (cel.MAX_LENGTH - 4))
    with pytest.raises(CelError, match=f"at most {cel.MAX_LENGTH} are allowed"):
        check_limits("true" + " " * (cel.MAX_LENGTH - 3))
    check_limits("+".join(["1"] * (cel.MAX_PLUS + 1)))
    with pytest.raises(CelError, match=f"at most {cel.MAX_PLUS} are allowed"):
        check_limits("+".join(["1"] * (cel.MAX_PLUS + 2)))


def test_value_size_stops_counting_past_the_limit() -> None:
    assert cel.value_size({"a": ["xy", 1, None]}) == (6, 3)
    big = ["x" * 1000] * (cel.MAX_CHARACTERS // 1000 + 1)
    with pytest.raises(CelError, match="too large"):
        cel.check_size(big, "the value")
    cel.check_size(big[:-1], "the value")


def test_the_iteration_budget_of_the_library_is_ten_thousand() -> None:
    """CEL C++'s budget cannot be configured; an upgrade that changes it must be noticed (and the
    limits in docs/expressions.md updated)."""
    names = frozenset({"xs"})
    program = compile_expression("xs.all(x, xs.all(y, true))", names)
    assert evaluate(program, {"xs": list(range(99))}) is True  # 99 + 99 * 99 = 9,900 iterations
    with pytest.raises(CelError, match="more than 10000 comprehension iterations"):
        evaluate(program, {"xs": list(range(100))})  # 100 + 100 * 100 = 10,100
    assert cel.ITERATION_BUDGET == 10_000


def test_the_parser_depth_of_the_library() -> None:
    check_limits("+".join(["1"] * 24))
    with pytest.raises(CelError, match="recursion"):
        compile_expression("(" * 40 + "1" + ")" * 40, NONE)
