"""hf_rules.rules.cel: the CEL semantics packs rely on (a small conformance-style table written
for this project, in the manner of google/cel-spec's tests), the static limits, and the data
every expression sees."""

from __future__ import annotations

from typing import Any

import pytest

from hf_rules.core.i18n import Message
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
    ("1 / 0 == 0", "division by zero"),
    ("forum.observers[0].role == 'x'", "index 0 is outside a list of size 0"),
    ("forum.nosuch == 1", 'no key "nosuch" in the map'),
    (
        "forum.name + forum.meetings_per_year == 'x'",
        "no overload of '_+_' takes arguments of the types (string, int64)",
    ),
    ("int('tolv') == 12", "cannot convert string to int"),
    ("false || 1 / 0 == 0", "division by zero"),
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
        ("1 +", 1, 4, "syntax error: unexpected end of the expression"),
        (
            "forum.members.size() > 0 &&\n  forum.name.startsWith('S'",
            2,
            28,
            "syntax error: missing ')' (at end of the expression)",
        ),
        ("x == 1", 1, 1, "unknown name 'x': neither a variable the rule binds (forum) nor a CEL function"),
        ("1 == 1.0", 1, 3, "no overload of '_==_' takes arguments of the types (int, double)"),
        ("1 + 'a'", 1, 3, "no overload of '_+_' takes arguments of the types (int, string)"),
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
    with pytest.raises(CelError, match="limit is 32 levels"):
        compile_expression("(" * 40 + "1" + ")" * 40, NONE)


# -- CEL's own words, said from the catalogue ------------------------------------------------------

SAID: list[tuple[str, str, dict[str, Any]]] = [
    # (expression, catalogue key, its arguments): each pattern of CEL_SAYS, on what the library prints
    (
        "forum.members.size() >=",
        "cel-mismatched",
        {
            "found": Message("cel-end"),
            "expected": "'[', '{', '(', '.', '-', '!', 'true', 'false', 'null', "
            "NUM_FLOAT, NUM_INT, NUM_UINT, STRING, BYTES, IDENTIFIER",
        },
    ),
    ("a b", "cel-extraneous", {"found": "'b'", "expected": Message("cel-end")}),
    ("forum.members.exists(s, s.a", "cel-missing", {"missing": "')'", "found": Message("cel-end")}),
    ("forum.", "cel-no-viable", {"found": "'.'"}),
    ('"abc', "cel-token", {"found": "'\"abc'"}),
    ("members.size() > 0", "cel-undeclared", {"name": "members", "names": "forum"}),
    ("1 + 'a' == 1", "cel-no-overload", {"function": "_+_", "types": "int, string"}),
    ("forum.name + forum.meetings_per_year == 'x'", "cel-no-overload", {"function": "_+_", "types": "string, int64"}),
    ("forum.sector.size() > 0", "cel-no-overload", {"function": "size", "types": "null_type"}),
    ("forum.nosuch == 1", "cel-no-key", {"key": '"nosuch"'}),
    ("forum.observers[0].role == 'x'", "cel-index", {"index": "0", "size": "0"}),
    ("1 / 0 == 0", "cel-divide-by-zero", {}),
    ("int('tolv') == 12", "cel-cannot-convert", {"source": "string", "target": "int"}),
    ("has(forum)", "cel-has-argument", {}),
    ("forum.members.all(1, true)", "cel-macro-variable", {"macro": "all"}),
    ("dyn(1).foo == 1", "cel-select-not-map", {}),
    ("forum" + ".a" * 40 + " == 1", "cel-too-deep", {"limit": "32"}),
    ("[" * 40 + "]" * 40 + " == []", "cel-too-deep", {"limit": "32"}),
]


def _said(text: str) -> CelError:
    with pytest.raises(CelError) as info:
        evaluate(compile_expression(text, frozenset({"forum"})), {"forum": FORUM})
    return info.value


@pytest.mark.parametrize(("text", "key", "args"), SAID, ids=[f"{k}:{t[:30]}" for t, k, _ in SAID])
def test_cel_says_what_the_catalogue_says(text: str, key: str, args: dict[str, Any]) -> None:
    """The catalogue's patterns match what the installed library really prints: an upgrade that
    changes CEL's words fails here, not in front of a user (who would get CEL's English)."""
    assert _said(text).said == Message(key, **args)


def _raw(text: str) -> str:
    """What the library itself prints for ``text``: its compile error, or its error value."""
    library = cel._library()
    env = library.NewEnv(variables={"forum": library.Type.DYN})
    try:
        program = env.compile(text)
    except RuntimeError as error:
        return str(error)
    return str(program.eval(data={"forum": FORUM}).value())


def test_every_pattern_is_held_to_the_library() -> None:
    """Each pattern of the catalogue matches something the library prints for one of SAID."""
    printed = [_raw(text) for text, _, _ in SAID]
    for pattern, key in cel.CEL_SAYS:
        assert any(pattern.search(text.replace(" (in container '')", "")) for text in printed), (key, pattern.pattern)


def test_words_the_catalogue_does_not_know_are_framed_in_the_readers_language() -> None:
    from hf_rules.rules.cel import said

    message = said("some new words of a later CEL")
    assert message == Message("cel-said", said="some new words of a later CEL")
    assert message.text("nb") == "CEL melder (på engelsk): some new words of a later CEL"
    assert message.text("en") == "CEL says: some new words of a later CEL"


def test_a_syntax_error_in_bokmal() -> None:
    error = _said("forum.members.size( >= 1")
    assert (error.line, error.column) == (1, 21)
    assert isinstance(error.said, Message) and error.said.text("nb").startswith(
        "syntaksfeil: '>=' er til overs; forventet: '[', '{', '(', ')'"
    )
