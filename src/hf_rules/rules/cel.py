"""The binding to CEL, the Common Expression Language, for ``expression`` rules.

A rule pack stays data: an expression is text in the pack that CEL, a small language with no
loops, no I/O and no access to anything but the values it is given, evaluates to a value. The
CEL runtime is Google's own C++ implementation (``cel-expr-python``, the ``cel`` extra); why
that one is in docs/expressions.md ("Why this library"). It is imported the first time a pack
uses an expression, never otherwise (``tests/cli/test_expressions.py`` proves it).

What this module does:

- :func:`compile_expression`: static limits first (length, nesting of comprehensions, ``+``
  operators), then CEL's parser and type checker. A problem is a :class:`CelError` with the
  line and column inside the expression when CEL gives them. Compiled programs are kept per
  process, keyed by the text and the names it may use.
- :func:`evaluate`: one program on plain JSON-like data (dicts, lists, str, int, float, bool,
  None), with CEL's iteration budget; an error value, an exceeded budget or an exhausted
  allocator is a :class:`CelError`, never an exception of the library.
- :func:`value_size`: a bound on what a variable may hold before it is passed on.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from hf_rules.core.i18n import Message

MAX_LENGTH = 1000
"""Characters in one expression."""
MAX_COMPREHENSION_DEPTH = 3
"""Comprehension macros (all, exists, exists_one, map, filter) nested in one another."""
MAX_PLUS = 24
"""``+`` operators in one expression: with the nesting bound, what a string or list can grow to."""
MAX_NODES = 200_000
"""Values (scalars, lists, maps) in a variable's value or a result."""
MAX_CHARACTERS = 2_000_000
"""Characters of text in a variable's value or a result."""
ITERATION_BUDGET = 10_000
"""Comprehension iterations in one evaluation: CEL C++'s own budget (``comprehension_max_iterations``)."""

MACROS = ("all", "exists", "exists_one", "map", "filter")
_MACRO = re.compile(r"\.\s*(" + "|".join(MACROS) + r")\s*\(")
_VARIABLE_REFERENCE = re.compile(r"(?<![\w.])variables\s*\.\s*([A-Za-z_]\w*)")
_POSITION = re.compile(r"<input>:(-?\d+):(-?\d+): (.*)")


class CelError(Exception):
    """An expression that cannot be compiled or evaluated: ``message`` (a catalogue message, or
    CEL's own English words), and the 1-based ``line`` and ``column`` inside the expression when
    known (0 when not)."""

    def __init__(self, message: str | Message, line: int = 0, column: int = 0, kind: str = "compile") -> None:
        super().__init__(str(message))
        self.said = message
        self.message = str(message)
        self.line = line
        self.column = column
        self.kind = kind


class MissingLibrary(Exception):
    """The CEL runtime is not installed (``pip install 'hf-rules[cel]'``)."""


@dataclass(frozen=True)
class Program:
    """A compiled expression and what it gives: ``"bool"``, ``"string"`` or ``"dyn"`` (known only
    when it runs) or another CEL type name."""

    text: str
    result: str
    compiled: Any


MAX_PROGRAMS = 4096
_PROGRAMS: dict[tuple[str, frozenset[str]], Program] = {}
"""Compiled programs of this process, by text and the names bound: each expression is compiled
once a run (when the pack loads), then only looked up."""
_ENVIRONMENTS: dict[frozenset[str], Any] = {}


def _library() -> Any:
    try:
        from cel_expr_python import cel  # type: ignore[import-untyped]
    except ImportError as error:
        raise MissingLibrary(str(error)) from None
    return cel


def _code(text: str) -> str:
    """``text`` with the contents of string and bytes literals and of ``//`` comments blanked out
    (same length), so that counting operators and brackets never counts what is inside quotes,
    and a quote in a comment cannot hide code from the count."""
    out = list(text)
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            out[i:end] = " " * (end - i)
            i = end
            continue
        if ch in "'\"":
            quote = text[i : i + 3] if text[i : i + 3] in ("'''", '"""') else ch
            raw = i > 0 and text[i - 1] in "rR"
            j = i + len(quote)
            while j < n and not text.startswith(quote, j):
                if text[j] == "\\" and not raw:
                    out[j] = " "
                    j += 1
                if j < n:
                    out[j] = " "
                j += 1
            i = j + len(quote)
            continue
        i += 1
    return "".join(out)


def position(text: str, index: int) -> tuple[int, int]:
    before = text[:index]
    return before.count("\n") + 1, index - (before.rfind("\n") + 1) + 1


def check_limits(text: str) -> None:
    """Raise :class:`CelError` when ``text`` is over a static limit of this module."""
    if len(text) > MAX_LENGTH:
        raise CelError(Message("cel-too-long", length=len(text), limit=MAX_LENGTH))
    code = _code(text)
    macro_parens = {m.end() - 1 for m in _MACRO.finditer(code)}
    open_macros: list[int] = []  # bracket depth of each open comprehension's '('
    depth = 0
    for index, ch in enumerate(code):
        if ch in "([{":
            depth += 1
            if index in macro_parens:
                open_macros.append(depth)
                if len(open_macros) > MAX_COMPREHENSION_DEPTH:
                    line, column = position(text, index)
                    raise CelError(
                        Message(
                            "cel-nested",
                            macros=", ".join(MACROS),
                            depth=len(open_macros),
                            limit=MAX_COMPREHENSION_DEPTH,
                        ),
                        line,
                        column,
                    )
        elif ch in ")]}":
            if open_macros and open_macros[-1] == depth:
                open_macros.pop()
            depth -= 1
    pluses = code.count("+")
    if pluses > MAX_PLUS:
        raise CelError(Message("cel-pluses", count=pluses, limit=MAX_PLUS))


def variable_references(text: str) -> list[tuple[str, int, int]]:
    """``(name, line, column)`` of every ``variables.NAME`` in ``text`` (outside string literals)."""
    code = _code(text)
    return [(m.group(1), *position(text, m.start(1))) for m in _VARIABLE_REFERENCE.finditer(code)]


def _environment(names: frozenset[str]) -> Any:
    env = _ENVIRONMENTS.get(names)
    if env is None:
        cel = _library()
        env = cel.NewEnv(variables=dict.fromkeys(sorted(names), cel.Type.DYN))
        _ENVIRONMENTS[names] = env
    return env


def _located(message: str, kind: str = "compile", names: frozenset[str] = frozenset()) -> CelError:
    """A CEL status text (``INVALID_ARGUMENT: ERROR: <input>:1:3: found no … | …``) as one line."""
    text = message.strip()
    found = _POSITION.search(text)
    if found:
        line, column = int(found.group(1)), int(found.group(2))
        words = re.sub(r" \[[A-Z_]+\]$", "", found.group(3))
        return CelError(said(words, names), max(line, 0), max(column, 0), kind)
    first = text.splitlines()[0] if text else "unknown error"
    first = re.sub(r"^[A-Z_]+: ", "", first)
    first = re.sub(r" \[[A-Z_]+\]$", "", first)
    return CelError(said(first, names), 0, 0, kind)


CEL_SAYS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), key)
    for pattern, key in (
        (r"Syntax error: mismatched input (?P<found>.+?) expecting (?P<expected>.+)", "cel-mismatched"),
        (r"Syntax error: extraneous input (?P<found>.+?) expecting (?P<expected>.+)", "cel-extraneous"),
        (r"Syntax error: missing (?P<missing>.+?) at (?P<found>.+)", "cel-missing"),
        (r"Syntax error: no viable alternative at input (?P<found>.+)", "cel-no-viable"),
        (r"Syntax error: token recognition error at: (?P<found>.+)", "cel-token"),
        (r"undeclared reference to '(?P<name>[^']*)'", "cel-undeclared"),
        (r"found no matching overload for '(?P<function>[^']*)' applied to '\((?P<types>.*)\)'", "cel-no-overload"),
        # a method on a receiver: "(null_type).size()" is size() on a null
        (r"No matching overloads found ?: ?\((?P<types>[^)]*)\)\.(?P<function>\w+)\(.*\)", "cel-no-overload"),
        (r"No matching overloads found ?: ?(?P<function>[^(]+)\((?P<types>.*)\)", "cel-no-overload"),
        (r"Key not found in map ?: ?(?P<key>.*)", "cel-no-key"),
        (r"Index error: index=(?P<index>-?\d+) size=(?P<size>\d+)", "cel-index"),
        (r"divide by zero", "cel-divide-by-zero"),
        (r"cannot convert (?P<source>\w+) to (?P<target>\w+)", "cel-cannot-convert"),
        (r"has\(\) argument must be a field selection", "cel-has-argument"),
        (r"(?P<macro>\w+)\(\) variable name must be a simple identifier", "cel-macro-variable"),
        (r"Applying SELECT to non-message type", "cel-select-not-map"),
        (r"Exceeded max recursion depth of (?P<limit>\d+) when parsing\.", "cel-too-deep"),
        (r"Expression recursion limit exceeded\. limit: (?P<limit>\d+)", "cel-too-deep"),
    )
)
"""CEL's own words (its parser, type checker and runtime print English) and the catalogue entry
that says each in the reader's language, with its details (``{found}``, ``{name}``...) kept.
``tests/unit/test_cel.py`` holds each pattern to what the installed library really prints."""


def _token(text: str) -> str | Message:
    """A token CEL quotes: ``'<EOF>'`` is the end of the expression."""
    return Message("cel-end") if text.strip("'") == "<EOF>" else text


def said(message: str, names: frozenset[str] = frozenset()) -> str | Message:
    """CEL's ``message`` as a catalogue message; one the catalogue does not know is CEL's English,
    framed by a sentence of the reader's language (``cel-said``)."""
    message = message.strip().replace(" (in container '')", "")
    for pattern, key in CEL_SAYS:
        found = pattern.fullmatch(message)
        if found is None:
            continue
        args: dict[str, object] = dict(found.groupdict())
        for name in ("found", "missing"):
            if name in args:
                args[name] = _token(str(args[name]))
        if "expected" in args:
            expected = str(args["expected"])
            args["expected"] = (
                _token(expected) if expected.startswith("<") else expected.removeprefix("{").removesuffix("}")
            )
        if key == "cel-undeclared":
            args["names"] = ", ".join(sorted(names - {"variables"})) or Message("expr-none")
        return Message(key, **args)
    return Message("cel-said", said=message)


def compile_expression(text: str, names: frozenset[str]) -> Program:
    """Compile ``text`` for an environment with the variables ``names`` (values of any type).

    Raises :class:`CelError` (a limit, a syntax or type error, an undeclared name) or
    :class:`MissingLibrary`."""
    key = (text, names)
    program = _PROGRAMS.get(key)
    if program is not None:
        return program
    check_limits(text)
    env = _environment(names)
    try:
        compiled = env.compile(text)
    except Exception as error:  # the library reports every compile problem as RuntimeError
        raise _located(str(error), names=names) from None
    result = compiled.return_type().name().lower()
    program = Program(text, result, compiled)
    if len(_PROGRAMS) >= MAX_PROGRAMS:  # a long-lived process (an editor) that loads many packs
        _PROGRAMS.clear()
    _PROGRAMS[key] = program
    return program


def value_size(value: Any) -> tuple[int, int]:
    """``(values, characters)`` in ``value``, counted up to just past the limits."""
    nodes = characters = 0
    stack = [value]
    while stack:
        item = stack.pop()
        nodes += 1
        if isinstance(item, str):
            characters += len(item)
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        if nodes > MAX_NODES or characters > MAX_CHARACTERS:
            break
    return nodes, characters


def check_passable(value: Any, what: str | Message) -> None:
    """Raise :class:`CelError` when ``value`` holds what cannot be handed to another expression:
    CEL accepts timestamps, durations and bytes only as values of their own, not inside data."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, (dt.datetime, dt.timedelta, bytes, bytearray)):
            kind = {dt.datetime: "cel-timestamp", dt.timedelta: "cel-duration"}.get(type(item), "cel-bytes")
            raise CelError(Message("cel-not-passable", what=what, kind=Message(kind)), kind="runtime")
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def check_size(value: Any, what: str | Message) -> None:
    nodes, characters = value_size(value)
    if nodes > MAX_NODES or characters > MAX_CHARACTERS:
        raise CelError(Message("cel-too-large", what=what, nodes=MAX_NODES, characters=MAX_CHARACTERS), kind="runtime")


def evaluate(program: Program, data: dict[str, Any]) -> Any:
    """The value of ``program`` on ``data`` as plain Python data; :class:`CelError` when CEL gives
    an error value (a missing key, no matching overload, division by zero…) or stops."""
    cel = _library()
    try:
        value = program.compiled.eval(data=data)
    except MemoryError:
        raise CelError(Message("cel-out-of-memory"), kind="runtime") from None
    except Exception as error:  # budget exceeded, bad_alloc, a value CEL cannot take
        text = str(error)
        if "budget" in text.lower():
            raise CelError(
                Message("cel-budget", budget=ITERATION_BUDGET),
                kind="runtime",
            ) from None
        if "bad_alloc" in text:
            raise CelError(Message("cel-out-of-memory"), kind="runtime") from None
        raise _located(text, "runtime") from None
    if value.type() == cel.Type.ERROR:
        raise _located(str(value.value()), "runtime")
    try:
        return value.plain_value()
    except Exception as error:  # a value with no plain form
        raise CelError(Message("cel-unusable-value", error=str(error)), kind="runtime") from None


def cel_type_name(value: Any) -> str:
    """The CEL name of a plain value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "double"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "map"
    return type(value).__name__
