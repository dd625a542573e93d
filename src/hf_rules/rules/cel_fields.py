"""The fields an expression reads, checked against the shape of the data it runs on.

CEL's own type checker sees every variable as ``dyn`` (the data is plain JSON), so it cannot
tell ``m.location`` from ``m.locaton``: a misspelt field would be found only when the
expression runs on a document that has the element, and never when none has (a rule over
meeting plans in a workspace without plans). cel-expr-python can check field names itself only
against protobuf message types, which would need protobuf descriptors of the documents and would
change what ``== null`` and mixed ``int``/``double`` comparisons mean. So the check is made here,
on the library's own syntax tree: :func:`syntax_tree` reads the checked expression that
``Expression.serialize()`` gives (a ``cel.expr.CheckedExpr`` in protobuf's wire format, decoded
by the few lines of :func:`_fields` rather than adding protobuf and CEL's generated protos as
dependencies for one read-only walk), and :func:`unknown_fields` follows every field selection
(``a.b``, ``has(a.b)``, ``a['b']``) through comprehension variables, indexes, ``?:`` and list
``+`` against a :class:`Shape`, which :func:`model_shape` derives from the pydantic models of the
documents at run time, so a field added to a model is known at once.

What is checked: a field of a *record* (a document object: a forum, a seat, a meeting...) must
be one of its fields. A map keyed by ids (``organisation.parties``) takes any key; what is not
known statically (the result of ``map()`` with a computed value, a function's result) is not
checked further.
"""

from __future__ import annotations

import difflib
import types
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel


class Shape:
    """What a value is known to be: :data:`ANY` (unknown: not checked further), :data:`SCALAR`,
    :data:`NOTHING` (the element of an empty list), or a :class:`Record`, :class:`ListOf` or
    :class:`MapOf`. Compared by identity."""

    def __init__(self, name: str = "") -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name or type(self).__name__


ANY = Shape("any")
SCALAR = Shape("scalar")
NOTHING = Shape("nothing")


class Record(Shape):
    """A JSON object with known keys: ``name`` for messages (the model's name, as in
    docs/documents.md), ``fields`` by key."""

    def __init__(self, name: str, fields: dict[str, Shape] | None = None, or_scalar: bool = False) -> None:
        super().__init__(name)
        self.fields: dict[str, Shape] = dict(fields or {})
        self.or_scalar = or_scalar
        """The field's type is this record or a scalar (``meetings_per_year``: 4 or ``{min, max}``):
        the data may be either; a field of the record is checked where it is selected."""


class ListOf(Shape):
    def __init__(self, item: Shape) -> None:
        super().__init__(f"list<{item!r}>")
        self.item = item


class MapOf(Shape):
    """A JSON object keyed by ids: any key, each value of one shape."""

    def __init__(self, value: Shape) -> None:
        super().__init__(f"map<{value!r}>")
        self.value = value


def join(a: Shape, b: Shape) -> Shape:
    """What a value that is ``a`` or ``b`` is known to be."""
    if a is b or b is NOTHING:
        return a
    if a is NOTHING:
        return b
    if isinstance(a, ListOf) and isinstance(b, ListOf):
        return ListOf(join(a.item, b.item))
    if isinstance(a, MapOf) and isinstance(b, MapOf):
        return MapOf(join(a.value, b.value))
    return ANY


def _either(a: Shape, b: Shape) -> Shape:
    """The shape of a field typed as a union of ``a`` and ``b``: a record keeps its fields (a
    field of the other, scalar, alternative fails when it runs anyway); two records take the
    fields of both."""
    if isinstance(a, Record) and isinstance(b, Record):
        merged = Record(f"{a.name} | {b.name}", a.fields)
        for key, shape in b.fields.items():
            merged.fields[key] = join(merged.fields[key], shape) if key in merged.fields else shape
        return merged
    if isinstance(a, Record) and b is SCALAR:
        return Record(a.name, a.fields, or_scalar=True)
    if isinstance(b, Record) and a is SCALAR:
        return Record(b.name, b.fields, or_scalar=True)
    return join(a, b)


def model_shape(model: type[BaseModel], records: dict[type[BaseModel], Record] | None = None) -> Record:
    """The shape of ``model.model_dump(mode="json", by_alias=True)``: every field under its alias.
    ``records`` holds shapes already made (or given in place of a model's own, for data that adds
    keys to it), so nested models are made once."""
    records = {} if records is None else records
    found = records.get(model)
    if found is not None:
        return found
    record = Record(model.__name__)
    records[model] = record
    for name, info in model.model_fields.items():
        record.fields[info.alias or name] = _annotation_shape(info.annotation, records)
    return record


def _annotation_shape(annotation: Any, records: dict[type[BaseModel], Record]) -> Shape:
    origin = get_origin(annotation)
    if origin is Annotated:
        return _annotation_shape(get_args(annotation)[0], records)
    if origin in (Union, types.UnionType):
        shapes = [_annotation_shape(a, records) for a in get_args(annotation) if a is not type(None)]
        shape = shapes[0]
        for other in shapes[1:]:
            shape = _either(shape, other)
        return shape
    if origin is list:
        return ListOf(_annotation_shape(get_args(annotation)[0], records))
    if origin is dict:
        return MapOf(_annotation_shape(get_args(annotation)[1], records))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return model_shape(annotation, records)
    return SCALAR


# --- the syntax tree ---------------------------------------------------------------------------


@dataclass
class Node:
    """One node of CEL's syntax tree (``cel.expr.Expr``), after macro expansion: ``kind`` is
    ``const``, ``ident``, ``select``, ``call``, ``list``, ``struct`` or ``comprehension``."""

    id: int = 0
    kind: str = ""
    name: str = ""
    """An ident's name, a select's field, a call's function, a comprehension's iteration variable."""
    text: str | None = None
    """A string constant's value."""
    test_only: bool = False
    """A select made by ``has()``."""
    operand: Node | None = None
    """A select's operand, a call's target (``x.f()``)."""
    args: list[Node] = field(default_factory=list)
    """A call's arguments, a list's elements, a map's keys and values."""
    parts: dict[str, Node] = field(default_factory=dict)
    """A comprehension's ``range``, ``init``, ``condition``, ``step`` and ``result``."""
    accumulator: str = ""


def _varint(data: bytes, i: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, i


def _fields(data: bytes) -> Iterator[tuple[int, int | bytes]]:
    """``(field number, value)`` of a protobuf message: an int for a varint, bytes for a
    length-delimited field; fixed-width fields are skipped (no field read here has one)."""
    i = 0
    while i < len(data):
        key, i = _varint(data, i)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, i = _varint(data, i)
            yield number, value
        elif wire == 2:
            length, i = _varint(data, i)
            yield number, data[i : i + length]
            i += length
        elif wire in (1, 5):
            i += 8 if wire == 1 else 4
        else:
            raise ValueError(f"unexpected wire type {wire}")


def _bytes(value: int | bytes) -> bytes:
    return value if isinstance(value, bytes) else b""


_COMPREHENSION = {2: "range", 4: "init", 5: "condition", 6: "step", 7: "result"}


def _node(data: bytes) -> Node:
    node = Node()
    for number, value in _fields(data):
        if number == 2 and isinstance(value, int):
            node.id = value
        elif number == 3:
            node.kind = "const"
            for n, v in _fields(_bytes(value)):
                if n == 6:
                    node.text = _bytes(v).decode()
        elif number == 4:
            node.kind = "ident"
            node.name = next((_bytes(v).decode() for n, v in _fields(_bytes(value)) if n == 1), "")
        elif number == 5:
            node.kind = "select"
            for n, v in _fields(_bytes(value)):
                if n == 1:
                    node.operand = _node(_bytes(v))
                elif n == 2:
                    node.name = _bytes(v).decode()
                elif n == 3:
                    node.test_only = bool(v)
        elif number == 6:
            node.kind = "call"
            for n, v in _fields(_bytes(value)):
                if n == 1:
                    node.operand = _node(_bytes(v))
                elif n == 2:
                    node.name = _bytes(v).decode()
                elif n == 3:
                    node.args.append(_node(_bytes(v)))
        elif number == 7:
            node.kind = "list"
            node.args = [_node(_bytes(v)) for n, v in _fields(_bytes(value)) if n == 1]
        elif number == 8:
            node.kind = "struct"
            for n, entry in _fields(_bytes(value)):
                if n == 2:
                    node.args.extend(_node(_bytes(v)) for k, v in _fields(_bytes(entry)) if k in (3, 4))
        elif number == 9:
            node.kind = "comprehension"
            for n, v in _fields(_bytes(value)):
                if n == 1:
                    node.name = _bytes(v).decode()
                elif n == 3:
                    node.accumulator = _bytes(v).decode()
                elif n in _COMPREHENSION:
                    node.parts[_COMPREHENSION[n]] = _node(_bytes(v))
    return node


def syntax_tree(serialized: bytes) -> tuple[Node, dict[int, int]]:
    """The tree of a checked expression (what ``Expression.serialize()`` gives: a
    ``google.protobuf.Any`` holding a ``cel.expr.CheckedExpr``) and each node's position (a
    0-based offset in code points into the expression's text)."""
    checked = next((_bytes(v) for n, v in _fields(serialized) if n == 2), b"")
    root, positions = Node(), {}
    for number, value in _fields(checked):
        if number == 4:
            root = _node(_bytes(value))
        elif number == 5:
            for n, entry in _fields(_bytes(value)):
                if n == 4:
                    pair = dict(_fields(_bytes(entry)))
                    key, offset = pair.get(1, 0), pair.get(2, 0)
                    if isinstance(key, int) and isinstance(offset, int):
                        positions[key] = offset
    return root, positions


# --- the check ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnknownField:
    """``field`` read from a ``record`` that has no such field, at ``offset`` (0-based, in
    code points) in the expression; ``suggestion`` the nearest field name, or empty."""

    offset: int
    field: str
    record: str
    expected: tuple[str, ...]
    suggestion: str


def unknown_fields(serialized: bytes, text: str, bound: Mapping[str, Shape]) -> tuple[Shape, list[UnknownField]]:
    """The shape of the expression's value and every field it reads that its record does not
    have, in the order they appear in ``text``. ``bound``: the shape of each variable."""
    root, positions = syntax_tree(serialized)
    walk = _Walk(text, positions)
    shape = walk.shape(root, dict(bound))
    return shape, sorted(walk.problems.values(), key=lambda p: p.offset)


class _Walk:
    def __init__(self, text: str, positions: dict[int, int]) -> None:
        self.text = text
        self.positions = positions
        self.problems: dict[int, UnknownField] = {}

    def shape(self, node: Node, scope: dict[str, Shape]) -> Shape:
        kind = node.kind
        if kind == "const":
            return SCALAR
        if kind == "ident":
            return scope.get(node.name, ANY)
        if kind == "select":
            assert node.operand is not None
            of = self.shape(node.operand, scope)
            found = self.field(node, of, node.name)
            return SCALAR if node.test_only else found
        if kind == "list":
            item: Shape = NOTHING
            for element in node.args:
                item = join(item, self.shape(element, scope))
            return ListOf(item)
        if kind == "comprehension":
            return self.comprehension(node, scope)
        args = [self.shape(a, scope) for a in node.args]
        target = self.shape(node.operand, scope) if node.operand is not None else None
        if kind == "call" and target is None:
            if node.name == "_[_]" and len(args) == 2:
                return self.index(node.args[1], args[0], args[1])
            if node.name == "_?_:_" and len(args) == 3:
                return join(args[1], args[2])
            if node.name == "_+_" and len(args) == 2 and all(isinstance(a, ListOf) for a in args):
                return join(args[0], args[1])
        return ANY

    def index(self, key: Node, of: Shape, key_shape: Shape) -> Shape:
        if isinstance(of, ListOf):
            return of.item
        if isinstance(of, MapOf):
            return of.value
        if isinstance(of, Record) and key.kind == "const" and key.text is not None:
            return self.field(key, of, key.text)
        return ANY

    def field(self, node: Node, of: Shape, name: str) -> Shape:
        if isinstance(of, MapOf):
            return of.value
        if not isinstance(of, Record):
            return ANY
        if name in of.fields:
            return of.fields[name]
        expected = tuple(of.fields)
        close = difflib.get_close_matches(name, expected, n=1)
        self.problems[node.id] = UnknownField(
            self.offset_of(node, name), name, of.name, expected, close[0] if close else ""
        )
        return ANY

    def offset_of(self, node: Node, name: str) -> int:
        """Where ``name`` is written: after the ``.`` a select's position points at (``has()``
        points at its parenthesis), or a string index's own position."""
        start = self.positions.get(node.id, 0)
        if node.kind == "const":
            return start
        index = start
        while True:
            dot = self.text.find(".", index)
            if dot < 0:
                return start
            after = dot + 1
            while after < len(self.text) and self.text[after].isspace():
                after += 1
            end = after + len(name)
            if self.text.startswith(name, after) and not (end < len(self.text) and _word(self.text[end])):
                return after
            index = dot + 1

    def comprehension(self, node: Node, scope: dict[str, Shape]) -> Shape:
        parts = node.parts
        over = self.shape(parts["range"], scope) if "range" in parts else ANY
        if isinstance(over, ListOf):
            element = over.item
        elif isinstance(over, (MapOf, Record)):
            element = SCALAR  # a comprehension over a map iterates its keys
        else:
            element = ANY
        accumulated = self.shape(parts["init"], scope) if "init" in parts else ANY
        inner = {**scope, node.name: element}
        for _ in range(2):  # the accumulator's shape: its start, joined with what a step makes of it
            inner[node.accumulator] = accumulated
            if "condition" in parts:
                self.shape(parts["condition"], inner)
            if "step" in parts:
                accumulated = join(accumulated, self.shape(parts["step"], inner))
        if "result" not in parts:
            return ANY
        return self.shape(parts["result"], {**scope, node.accumulator: accumulated})


def _word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"
