"""Safe YAML loading that keeps the position of every value and key.

We let ruamel.yaml scan, parse and *compose* (build the node tree, with marks) but never let it
*construct* Python objects. Its constructors would build objects from tags (``!!python/...``,
``!!set``, ``!!binary``), turn dates into ``datetime`` objects, apply merge keys, expand aliases
without bound and throw the marks away. Converting the nodes ourselves means only plain JSON-like
values come out, every position survives for error messages, tags and merge keys are refused, and
alias expansion and nesting are counted as we go, so hostile input fails fast. Every problem is
one :class:`~hf_rules.errors.InputError` with a 1-based line and column (0 for the whole file).

Two ways in, one result. Where ``ruamel.yaml.clib`` is installed, the common document (no
anchors, aliases or tags, no problem of any kind) is read from the C parser's events straight
into data and positions (:func:`_fast_load`), several times faster than composing in Python.
Anything else, and every document with a problem, goes the pure-Python way, so every error
message is the same whichever way a file would have gone; tests prove the two ways give the
same data and positions. The one message the fast way gives itself is the node limit, counted
and placed exactly as the composer would (tests prove that too): composing 200 000 nodes in
Python before refusing them would take seconds.
"""

from __future__ import annotations

import codecs
import hashlib
import datetime as dt
import os
import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from ruamel.yaml import YAML
from ruamel.yaml.composer import Composer
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import AliasEvent, MappingStartEvent, SequenceStartEvent
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.reader import ReaderError
from ruamel.yaml.scanner import Scanner

from hf_rules.errors import InputError, Location

Path_ = tuple[str | int, ...]

_CORE = "tag:yaml.org,2002:"
_KINDS = {"str": "a string", "int": "an integer", "float": "a number", "bool": "a boolean",
          "null": "null", "timestamp": "a date"}
_EXPECTED = {"int": "digits such as 42", "float": "a number such as 1.5",
             "bool": "true or false", "null": "~, null or nothing"}
_INT = re.compile(r"[-+]?(?:0b[01]+|0o[0-7]+|0x[0-9a-fA-F]+|[0-9]+)")
_FLOAT = re.compile(r"[-+]?(?:\.inf|\.nan|(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:e[-+]?[0-9]+)?)")
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DATETIME = re.compile(
    r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[Tt]|[ \t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})"
    r"(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+]([0-9]{1,2})(?::([0-9]{2}))?))?")
_MAX_DIGITS = 100
_SURROGATE = re.compile("[\ud800-\udfff]")
"""A UTF-16 surrogate: only a double-quoted escape (``"\\ud800"``) makes one, and UTF-8 cannot
hold it, so no output could show the value."""
_MAX_DIRECTIVES = 100
"""Directives (``%YAML``, ``%TAG``, reserved ``%NAME`` lines) a file may hold; hf-rules documents
need none. Without a bound, 5 MB of them takes seconds (libyaml compares each ``%TAG`` with every
earlier one)."""
_DEPTH = "mappings and lists nest more than {0} levels deep; expected at most {0}"
_NODES = "document expands to more than {0} nodes{1}; refusing to load"
_HINTS = {  # substring of ruamel's message -> what the user should do
    "'\\t'": "use spaces, not tabs, for indentation",
    "mapping values are not allowed": "check the indentation, and quote values containing ': '",
    "undefined alias": "define the anchor (&name) before using the alias (*name)",
    "end of stream": "close the quote or bracket that is still open",
    "<block end>": "check the indentation of this line",
}


@dataclass(frozen=True)
class Limits:
    """Resource limits that keep hostile or broken input from exhausting time or memory."""

    max_bytes: int = 5 * 1024 * 1024  # file size
    max_depth: int = 64  # nesting depth of mappings/sequences
    max_nodes: int = 200_000  # nodes after alias expansion (billion-laughs guard)


@dataclass
class Document:
    """A loaded YAML document: plain data plus the 1-based position of every value and key."""

    path: str
    data: Any
    positions: dict[Path_, tuple[int, int]]
    key_positions: dict[Path_, tuple[int, int]]
    sha256: str | None = None
    """SHA-256 of the bytes read (set by :func:`load_yaml_file`), for the report's provenance."""
    size: int | None = None
    """Number of bytes read (set by :func:`load_yaml_file`)."""

    def location(self, path: Path_, *, key: bool = False) -> Location:
        """Position of ``path`` (its key if ``key``), else of its nearest ancestor; never raises."""
        path = tuple(path)
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            try:
                found = (key and self.key_positions.get(prefix)) or self.positions.get(prefix)
            except TypeError:  # an unhashable path element is not in the document
                continue
            if found:
                return Location(self.path, found[0], found[1])
        return Location(self.path)


class _AliasRef(NamedTuple):
    """An alias in the node tree: the node it names plus where the alias itself is written."""

    target: Node
    mark: Any


def _unwrap(item: Node | _AliasRef) -> tuple[Node, Any]:
    return (item.target, item.mark) if isinstance(item, _AliasRef) else (item, item.start_mark)


def _at(display_path: str, mark: Any) -> Location:
    """The 1-based location of a ruamel mark (0-based line and column)."""
    return Location(display_path, mark.line + 1, mark.column + 1)


class _Scanner(Scanner):
    """ruamel's scanner, limited to :data:`_MAX_DIRECTIVES` directives (its loader's composer is a
    :class:`_Composer`, which knows the file's name)."""

    directives = 0

    def fetch_directive(self) -> None:
        self.directives += 1
        if self.directives > _MAX_DIRECTIVES:
            raise InputError(_at(self.loader.composer.display_path, self.reader.get_mark()),
                             f"file holds more than {_MAX_DIRECTIVES} directives ('%' lines); "
                             f"expected at most {_MAX_DIRECTIVES} (a document needs none)")
        super().fetch_directive()


class _Composer(Composer):
    """ruamel's composer, limited to one YAML 1.2 document and to the nesting and node limits.

    Checking here, before ruamel recurses or builds more, keeps deep or huge input cheap to refuse.
    An alias counts as the nodes of what it names (as the converter will count it when expanding
    it), so 5 MB of aliases is refused at the first alias over the limit, not after composing all.
    """

    def __init__(self, loader: Any = None) -> None:
        super().__init__(loader)
        self.warn_double_anchors = False  # legal YAML; ruamel would only print a warning
        self.display_path = ""
        self.limits = Limits()
        self.nesting = 0
        self.nodes = 0
        self.sizes: dict[Any, int] = {}  # anchor -> nodes of its complete node, aliases expanded
        self.documents = 0

    def compose_document(self) -> Any:
        event = self.parser.peek_event()
        self.documents += 1
        if self.documents > 1:
            raise InputError(_at(self.display_path, event.start_mark),
                             "file holds several YAML documents; expected exactly one")
        if event.version is not None and tuple(event.version) != (1, 2):
            version = ".".join(map(str, event.version))
            raise InputError(_at(self.display_path, event.start_mark), f"'%YAML {version}' is not "
                             "supported; remove the directive (documents are read as YAML 1.2)")
        return super().compose_document()

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.parser.peek_event()
        if isinstance(event, AliasEvent):
            node = super().compose_node(parent, index)  # refuses an undefined alias
            self.nodes += self.sizes.get(event.anchor, 1)  # 1: an alias inside its own anchor
            if self.nodes > self.limits.max_nodes:
                raise InputError(_at(self.display_path, event.start_mark),
                                 _NODES.format(self.limits.max_nodes, " (alias expansion)"))
            return _AliasRef(node, event.start_mark)
        before, anchor = self.nodes, event.anchor
        self.nodes += 1
        if self.nodes > self.limits.max_nodes:
            raise InputError(_at(self.display_path, event.start_mark),
                             _NODES.format(self.limits.max_nodes, ""))
        if anchor is not None:
            self.sizes.pop(anchor, None)  # redefined: its old size no longer applies
        if not isinstance(event, (MappingStartEvent, SequenceStartEvent)):
            node = super().compose_node(parent, index)
        elif self.nesting >= self.limits.max_depth:
            raise InputError(_at(self.display_path, event.start_mark),
                             _DEPTH.format(self.limits.max_depth))
        else:
            self.nesting += 1
            try:
                node = super().compose_node(parent, index)
            finally:
                self.nesting -= 1
        if anchor is not None:
            self.sizes[anchor] = self.nodes - before
        return node


def _tag_message(node: Node) -> str:
    tag = node.ctag
    shown = f"{tag.handle}{tag.suffix}" if tag.handle else f"!<{tag.suffix}>"
    return f"YAML tag '{shown}' is not allowed; hf-rules documents use plain YAML values"


def _kind(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    return _KINDS.get(node.tag.removeprefix(_CORE), "a tagged value")


def _timestamp_problem(text: str) -> str | None:
    """Why ``text`` is not a real calendar date or date-time; None when it is one."""
    try:
        if match := _DATE.fullmatch(text):
            dt.date(*map(int, match.groups()))
            return None
        if not (match := _DATETIME.fullmatch(text)):
            return "not a date"
        dt.datetime(*map(int, match.groups()[:6]))
        tz_hours, tz_minutes = (int(part or 0) for part in match.groups()[6:])
        return None if tz_hours < 24 and tz_minutes < 60 else "time zone offset out of range"
    except ValueError as exc:
        return str(exc)


class _Converter:
    """Turns composed nodes into plain data, recording positions and enforcing the limits."""

    def __init__(self, display_path: str, limits: Limits) -> None:
        self.display_path = display_path
        self.limits = limits
        self.nodes = 0  # visits so far, aliases expanded
        self.active: set[int] = set()  # ids of the collections being converted (cycle check)
        self.alias_mark: Any = None  # outermost alias being expanded, blamed for a size error
        self.positions: dict[Path_, tuple[int, int]] = {}
        self.key_positions: dict[Path_, tuple[int, int]] = {}

    def error(self, mark: Any, message: str) -> InputError:
        return InputError(_at(self.display_path, mark), message)

    def convert(self, item: Node | _AliasRef, path: Path_, depth: int) -> Any:
        node, mark = _unwrap(item)
        self.nodes += 1
        if self.nodes > self.limits.max_nodes:
            why = " (alias expansion)" if self.alias_mark or isinstance(item, _AliasRef) else ""
            raise self.error(self.alias_mark or mark, _NODES.format(self.limits.max_nodes, why))
        self.positions[path] = (mark.line + 1, mark.column + 1)
        if isinstance(node, ScalarNode):
            return self.scalar(node, mark)
        if node.tag != _CORE + ("map" if isinstance(node, MappingNode) else "seq"):
            raise self.error(mark, _tag_message(node))
        if depth >= self.limits.max_depth:
            raise self.error(mark, _DEPTH.format(self.limits.max_depth))
        if id(node) in self.active:
            raise self.error(mark, "alias refers to a mapping or list that contains it; "
                                   "expected a structure without cycles")
        outermost = isinstance(item, _AliasRef) and self.alias_mark is None
        if outermost:
            self.alias_mark = mark
        self.active.add(id(node))
        try:
            if isinstance(node, SequenceNode):
                return [self.convert(child, (*path, i), depth + 1)
                        for i, child in enumerate(node.value)]
            return self.mapping(node, path, depth)
        finally:
            self.active.discard(id(node))
            if outermost:
                self.alias_mark = None

    def mapping(self, node: MappingNode, path: Path_, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_lines: dict[str, int] = {}
        for key_item, value_item in node.value:
            key_node, mark = _unwrap(key_item)
            if key_node.tag == _CORE + "merge":
                raise self.error(mark, "merge keys ('<<') are not supported; "
                                       "write the keys out in full")
            key = self.scalar(key_node, mark) if isinstance(key_node, ScalarNode) else None
            if not isinstance(key, str):
                raise self.error(mark, f"mapping key must be a string, got {_kind(key_node)}; "
                                       "quote the key if it is a name")
            if key in first_lines:
                raise self.error(mark, f"duplicate key '{key}' (first defined at line "
                                       f"{first_lines[key]}); each key may appear once")
            first_lines[key] = mark.line + 1
            self.nodes += 1
            self.key_positions[(*path, key)] = (mark.line + 1, mark.column + 1)
            result[key] = self.convert(value_item, (*path, key), depth + 1)
        return result

    def scalar(self, node: ScalarNode, mark: Any) -> Any:
        text, kind = node.value, node.tag[len(_CORE):] if node.tag.startswith(_CORE) else ""
        if node.style == '"' and (found := _SURROGATE.search(text)):
            raise self.error(mark, _surrogate_message(text, found.start()))
        if kind not in _KINDS and kind not in ("value", "merge"):
            raise self.error(mark, _tag_message(node))
        try:
            return _value(kind, text)
        except _Problem as problem:
            raise self.error(mark, str(problem)) from None


def _surrogate_message(text: str, index: int) -> str:
    first = ord(text[index])
    second = ord(text[index + 1]) if index + 1 < len(text) else 0
    if 0xD800 <= first <= 0xDBFF and 0xDC00 <= second <= 0xDFFF:
        joined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        return (f"string contains the surrogate pair U+{first:04X} U+{second:04X}, which YAML "
                f"does not join and UTF-8 cannot hold; expected the character itself or "
                f"\\U{joined:08X}")
    return (f"string contains a lone surrogate (U+{first:04X}), which UTF-8 cannot hold; "
            "expected text without \\uD800-\\uDFFF escapes")


class _Problem(Exception):
    """A scalar that is not what its tag says; the caller adds the location."""


def _value(kind: str, text: str) -> Any:
    """The plain value of a scalar resolved (or tagged) as ``kind``: a core-schema tag suffix."""
    if kind in ("str", "value", "merge"):  # a plain "=" or "<<" value is just text
        return text
    if kind == "null" and text in ("", "~", "null", "Null", "NULL"):
        return None
    if kind == "bool" and text in ("true", "True", "TRUE", "false", "False", "FALSE"):
        return text.lower() == "true"
    if kind == "timestamp":
        if (problem := _timestamp_problem(text)) is None:
            return text  # kept as written, e.g. "2025-01-01"
        form = "YYYY-MM-DD" if _DATE.fullmatch(text) else "YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS"
        raise _Problem(f"invalid date '{text}': {problem}; expected {form}")
    digits = text.replace("_", "")
    if kind == "int" and _INT.fullmatch(digits):
        if len(digits) > _MAX_DIGITS:  # no count or date needs it; JSON and str() refuse more
            raise _Problem(f"number '{text[:20]}...' has {len(digits)} digits; "
                           f"expected a shorter number (at most {_MAX_DIGITS} digits)")
        sign, body = (-1, digits[1:]) if digits[0] == "-" else (1, digits.lstrip("+"))
        try:
            return sign * int(body, 0 if body[:2] in ("0b", "0o", "0x") else 10)
        except ValueError:  # more digits than Python converts
            raise _Problem(f"number '{text[:20]}...' has {len(digits)} digits; "
                           "expected a shorter number") from None
    if kind == "float" and _FLOAT.fullmatch(lowered := digits.lower()):
        return float(lowered.replace(".inf", "inf").replace(".nan", "nan"))
    raise _Problem(f"'{text}' is not {_KINDS[kind]}; expected {_EXPECTED[kind]} "
                   "(quote the value if it is text)")


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def _yaml_error(exc: MarkedYAMLError, display_path: str) -> InputError:
    mark, context_mark = exc.problem_mark or exc.context_mark, exc.context_mark
    message = f"invalid YAML: {_one_line(exc.problem or exc.context or exc)}"
    if exc.problem and exc.context and context_mark and mark and (
            (context_mark.line, context_mark.column) != (mark.line, mark.column)):
        message += (f" ({exc.context} started at line {context_mark.line + 1}, "
                    f"column {context_mark.column + 1})")
    hints = [hint for needle, hint in _HINTS.items() if needle in message]
    if hints or "expected" not in message:
        message += f"; {hints[0] if hints else 'expected valid YAML syntax here'}"
    return InputError(_at(display_path, mark) if mark else Location(display_path), message)


def _position(data: bytes | str, index: int) -> tuple[int, int]:
    """1-based line and column (counted in characters) of ``index`` in ``data``."""
    newline = b"\n" if isinstance(data, bytes) else "\n"
    head = data[data.rfind(newline, 0, index) + 1:index]
    width = len(head.decode("utf-8") if isinstance(head, bytes) else head)
    return data.count(newline, 0, index) + 1, width + 1


def _size_error(display_path: str, size: int, limit: int) -> InputError:
    return InputError(Location(display_path),
                      f"file is {size} bytes, over the limit of {limit} bytes")


def _decode(raw: bytes, display_path: str, limits: Limits) -> str:
    whole = Location(display_path)
    if len(raw) > limits.max_bytes:
        raise _size_error(display_path, len(raw), limits.max_bytes)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(whole, "file is UTF-16 encoded; save it as UTF-8")
    if b"\0" in raw:
        raise InputError(whole, f"file looks binary (NUL byte at offset {raw.index(0)}); "
                                "expected a UTF-8 YAML text file")
    if raw.startswith(codecs.BOM_UTF8):
        raise InputError(Location(display_path, 1, 1), "file starts with a UTF-8 byte-order "
                                                        "mark; save it as UTF-8 without BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _position(raw, exc.start)
        raise InputError(Location(display_path, line, column), "file is not valid UTF-8 (byte "
                         f"0x{raw[exc.start]:02x} at line {line}, column {column}); "
                         "save it as UTF-8") from None
    if not text.strip(" \t\r\n"):
        raise InputError(whole, "file is empty; expected a YAML mapping document")
    return text


try:  # the C parser of ruamel.yaml.clib; without it every file goes the pure-Python way
    from ruamel.yaml.cyaml import CParser as _CParser
except ImportError:  # pragma: no cover - clib is a dependency, but a platform may lack a wheel
    _CParser = None

from ruamel.yaml.events import (DocumentEndEvent, DocumentStartEvent, MappingEndEvent,
                                ScalarEvent, SequenceEndEvent, StreamEndEvent)
from ruamel.yaml.reader import Reader
from ruamel.yaml.resolver import implicit_resolvers

_SLOW_TEXT = re.compile("[\t\r\x85\u2028\u2029\ufeff]|" + Reader.NON_PRINTABLE.pattern)
"""Text the C parser reads differently: tabs (ruamel refuses more of them), line breaks other
than LF, a byte-order mark inside the text (libyaml skips one at the start of a line), and
characters ruamel refuses."""
_BLOCK_HEADER = re.compile(r"[|>][-+1-9]{0,2}(?: +#[^\n]*)?(?:\n|$)")
"""A block scalar's header as both parsers read it (libyaml also takes ``>#`` without a space)."""

_RESOLVERS: dict[str, list[tuple[str, Any]]] = {}
for _versions, _tag, _regexp, _first in implicit_resolvers:
    if (1, 2) in _versions:
        for _char in _first or [None]:
            _RESOLVERS.setdefault(_char, []).append((_tag[len(_CORE):], _regexp))
_KIND_CACHE: dict[str, str] = {}


def _plain_kind(text: str) -> str:
    """The core-schema kind of a plain scalar, as ruamel's YAML 1.2 resolver gives it."""
    kind = _KIND_CACHE.get(text)
    if kind is None:
        kind = "str"
        for suffix, regexp in _RESOLVERS.get(text[:1] if text else "", []) + _RESOLVERS.get(None, []):
            if regexp.match(text):
                kind = suffix
                break
        if len(_KIND_CACHE) > 50_000:
            _KIND_CACHE.clear()
        _KIND_CACHE[text] = kind
    return kind


_POSITIONS: list[list[tuple[int, int]]] = []
"""Shared (line, column) tuples: most documents repeat the same positions, and a national
workspace holds a million of them."""


def _at_mark(line: int, column: int) -> tuple[int, int]:
    """The 1-based position of a 0-based mark, one shared tuple per position below 4000:80."""
    if line < 4000 and column < 80:
        while len(_POSITIONS) <= line:
            _POSITIONS.append([None] * 80)  # type: ignore[list-item]
        shared = _POSITIONS[line][column]
        if shared is None:
            shared = _POSITIONS[line][column] = (line + 1, column + 1)
        return shared
    return (line + 1, column + 1)


class _Fallback(Exception):
    """The fast way cannot (or should not) read this document; the pure-Python way decides."""


class _NodeLimit(_Fallback):
    """The node limit, reached by the fast way at the node where the composer would refuse it.

    The one message the fast way gives itself: the pure-Python way would compose every node up
    to the limit first, several seconds for 5 MB of small nodes. Caught as a :class:`_Fallback`
    by a caller that only wants data.
    """

    def __init__(self, mark: Any, alias: bool, limit: int) -> None:
        super().__init__()
        self.line, self.column = mark.line + 1, mark.column + 1
        self.message = _NODES.format(limit, " (alias expansion)" if alias else "")


def _over_limit(get: Any, mark: Any, alias: bool, limit: int) -> _NodeLimit:
    """The limit error at ``mark``, once the parser has read one event further (ruamel's parser
    may look that far ahead before composing the node; a parser error there is for it to give)."""
    get()
    return _NodeLimit(mark, alias, limit)


def _fast_load(text: str, limits: Limits) -> tuple[Any, dict[Path_, tuple[int, int]],
                                                     dict[Path_, tuple[int, int]]]:
    """Data and positions from the C parser's events, or :class:`_Fallback`.

    Only documents that need no message are read here: one document whose top is a mapping,
    string keys, no tags, nothing over the limits and nothing wrong. Anchors and aliases are
    expanded as the pure-Python way expands them (an alias's own position, the positions of
    what it repeats, every repeated node counted). Any other event, or a parser error, falls
    back, so every message stays the pure-Python way's, except the node limit: nodes are counted
    as the composer counts them (an alias as the nodes of what it names) and the node over the
    limit raises :class:`_NodeLimit` with the composer's message and position.
    """
    if "\r" in text:  # CRLF line ends (Windows) read as LF: the same lines, columns and values
        text = text.replace("\r\n", "\n")
    if _CParser is None or _SLOW_TEXT.search(text) or text.count("\n%") >= _MAX_DIRECTIVES:
        raise _Fallback  # a lone CR is among _SLOW_TEXT
    get = _CParser(text).get_event
    positions: dict[Path_, tuple[int, int]] = {}
    key_positions: dict[Path_, tuple[int, int]] = {}
    anchors: dict[str, tuple[Any, Path_, int]] = {}  # name -> value, path, nodes in it
    try:
        get()  # stream start
        event = get()
        if type(event) is not DocumentStartEvent or event.tags or (
                event.version is not None and tuple(event.version) != (1, 2)):
            raise _Fallback
        event = get()
        if type(event) is not MappingStartEvent or event.tag is not None:
            raise _Fallback
        mark = event.start_mark
        if event.anchor is not None and not _whole_name(text, mark.index, "&", event.anchor):
            raise _Fallback
        positions[()] = _at_mark(mark.line, mark.column)
        if limits.max_nodes < 1:
            raise _over_limit(get, mark, False, limits.max_nodes)
        root: dict[str, Any] = {}
        key_path: Path_ = ()
        # the open collections above the current one: container, path, anchor, nodes before it
        stack: list[tuple[Any, Path_, str | None, int]] = []
        container: Any = root
        path: Path_ = ()
        anchor: str | None = event.anchor  # the current collection's anchor
        opened = 0  # nodes counted before the current collection
        key: str | None = None  # in a mapping: the key whose value comes next
        nodes, max_nodes, max_depth = 1, limits.max_nodes, limits.max_depth
        while True:
            event = get()
            kind_of = type(event)
            is_map = type(container) is dict
            if is_map and key is None:
                if kind_of is ScalarEvent and event.anchor is None and event.tag is None:
                    key = event.value
                    style = event.style
                    if (style == "" and _plain_kind(key) not in ("str", "value")) or (
                            key in container) or (style == '"' and _SURROGATE.search(key)):
                        raise _Fallback  # not a string, a merge key, a duplicate, a surrogate
                    mark = event.start_mark
                    key_path = (*path, key)  # one tuple for the key's and the value's position
                    key_positions[key_path] = _at_mark(mark.line, mark.column)
                    nodes += 1
                    if nodes > max_nodes:
                        raise _over_limit(get, mark, False, max_nodes)
                    continue
                if kind_of is not MappingEndEvent:
                    raise _Fallback  # a complex key, an alias or anchor on a key, a tag
            elif kind_of is ScalarEvent or kind_of is AliasEvent:
                here = key_path if is_map else (*path, len(container))
                mark = event.start_mark
                positions[here] = _at_mark(mark.line, mark.column)
                if kind_of is AliasEvent:
                    if event.anchor not in anchors or not _whole_name(text, mark.index, "*",
                                                                         event.anchor):
                        raise _Fallback  # undefined, or an alias inside its own anchor
                    value, origin, size = anchors[event.anchor]
                    nodes += size
                    if nodes > max_nodes:
                        raise _over_limit(get, mark, True, max_nodes)
                    value = _repeat(value, origin, here, positions, key_positions, max_depth)
                else:
                    if event.tag is not None:
                        raise _Fallback
                    value, style = event.value, event.style
                    if style == "":
                        if not value:  # an empty value: libyaml marks it elsewhere than ruamel
                            raise _Fallback
                        value = _value(_plain_kind(value), value)
                    elif style in ("|", ">") and not (
                            value.strip() and _BLOCK_HEADER.match(text, mark.index)):
                        raise _Fallback
                    elif style == '"' and _SURROGATE.search(value):
                        raise _Fallback  # libyaml refuses these escapes; in case one does not
                    nodes += 1
                    if nodes > max_nodes:
                        raise _over_limit(get, mark, False, max_nodes)
                    if event.anchor is not None:
                        if not _whole_name(text, mark.index, "&", event.anchor):
                            raise _Fallback
                        anchors[event.anchor] = (value, here, 1)
                if is_map:
                    container[key] = value
                    key = None
                else:
                    container.append(value)
                continue
            elif kind_of is MappingStartEvent or kind_of is SequenceStartEvent:
                if event.tag is not None or len(stack) + 1 >= max_depth:
                    raise _Fallback
                child: Any = {} if kind_of is MappingStartEvent else []
                if is_map:
                    child_path = key_path
                    container[key] = child
                else:
                    child_path = (*path, len(container))
                    container.append(child)
                mark = event.start_mark
                positions[child_path] = _at_mark(mark.line, mark.column)
                stack.append((container, path, anchor, opened))
                if event.anchor is not None:
                    if not _whole_name(text, mark.index, "&", event.anchor):
                        raise _Fallback
                    anchors.pop(event.anchor, None)  # redefined: not usable until complete
                container, path, key, anchor, opened = child, child_path, None, event.anchor, nodes
                nodes += 1
                if nodes > max_nodes:
                    raise _over_limit(get, mark, False, max_nodes)
                continue
            elif kind_of is not SequenceEndEvent:
                raise _Fallback  # an event we do not read here
            # the end of the current mapping or sequence
            if anchor is not None:
                anchors[anchor] = (container, path, nodes - opened)
            if not stack:
                break
            container, path, anchor, opened = stack.pop()
            key = None
        if type(get()) is not DocumentEndEvent or type(get()) is not StreamEndEvent:
            raise _Fallback  # several documents
    except (YAMLError, _Problem):  # a parser error, or a scalar that is not what it looks like
        raise _Fallback from None
    return root, positions, key_positions


def _whole_name(text: str, index: int, sign: str, name: str) -> bool:
    """Whether ``sign + name`` is written at ``index`` and ends there as YAML 1.2 ends it.

    libyaml ends an anchor name at the first character other than a letter, digit, ``-`` or
    ``_``; YAML 1.2 (and ruamel) only at a space or a flow indicator.
    """
    end = index + 1 + len(name)
    return text.startswith(sign + name, index) and (end == len(text) or text[end] in " \n,[]{}")


def _repeat(value: Any, origin: Path_, here: Path_, positions: dict[Path_, tuple[int, int]],
            key_positions: dict[Path_, tuple[int, int]], max_depth: int) -> Any:
    """A fresh copy of an anchored value for an alias at ``here``, with the positions inside it.

    A mapping or list as deep as the limit falls back (the limit counts nesting reached through
    aliases too: a path's length is its depth).
    """
    if type(value) in (dict, list) and len(here) >= max_depth:
        raise _Fallback
    if type(value) is dict:
        copy: dict[str, Any] = {}
        for key, item in value.items():
            key_positions[(*here, key)] = key_positions[(*origin, key)]
            positions[(*here, key)] = positions[(*origin, key)]
            copy[key] = _repeat(item, (*origin, key), (*here, key), positions, key_positions,
                            max_depth)
        return copy
    if type(value) is list:
        result = []
        for index, item in enumerate(value):
            positions[(*here, index)] = positions[(*origin, index)]
            result.append(_repeat(item, (*origin, index), (*here, index), positions,
                                  key_positions, max_depth))
        return result
    return value


def load_yaml_bytes(raw: bytes, display_path: str, limits: Limits = Limits()) -> Document:
    """Load the one YAML mapping document in ``raw``; any problem raises :class:`InputError`."""
    text = _decode(raw, display_path, limits)
    try:
        return Document(display_path, *_fast_load(text, limits))
    except _NodeLimit as over:
        raise InputError(Location(display_path, over.line, over.column), over.message) from None
    except _Fallback:
        return _pure_load(text, display_path, limits)


def _pure_load(text: str, display_path: str, limits: Limits) -> Document:
    """Compose in pure Python and convert: every document, and every error message, goes here."""
    converter = _Converter(display_path, limits)
    try:
        yaml = YAML(typ="safe", pure=True)
        yaml.Scanner, yaml.Composer = _Scanner, _Composer
        yaml.composer.limits, yaml.composer.display_path = limits, display_path
        roots = list(yaml.compose_all(text))  # _Composer refuses a second document
        if not roots:
            raise InputError(Location(display_path), "file holds only comments or directives; "
                                                     "expected a YAML mapping document")
        if not isinstance(roots[0], MappingNode):
            raise converter.error(roots[0].start_mark, "expected a mapping at the top of the "
                                                       f"document, got {_kind(roots[0])}")
        data = converter.convert(roots[0], (), 0)
    except InputError:
        raise
    except MarkedYAMLError as exc:
        raise _yaml_error(exc, display_path) from None
    except ReaderError as exc:  # ruamel refuses most control characters
        line, column = _position(text, exc.position)
        raise InputError(Location(display_path, line, column), "file contains the control "
                         f"character U+{exc.character:04X}; remove it (YAML does not allow "
                         "it)") from None
    except RecursionError:
        raise InputError(Location(display_path), "document nests too deeply to read; expected "
                                                 f"at most {limits.max_depth} levels") from None
    except Exception as exc:  # defensive: e.g. ruamel raises AssertionError for '%YAML 1.3'
        raise InputError(Location(display_path), f"invalid YAML: {_one_line(exc)}; "
                                                 "expected a plain YAML 1.2 document") from None
    return Document(display_path, data, converter.positions, converter.key_positions)


def load_yaml_file(path: str | os.PathLike[str], display_path: str | None = None,
                   limits: Limits = Limits()) -> Document:
    """Read the file at ``path`` and load it; unreadable files raise :class:`InputError` too."""
    shown = os.fspath(path) if display_path is None else display_path
    try:
        with open(path, "rb") as handle:
            raw = handle.read(limits.max_bytes + 1)  # never read more than the limit allows
            if len(raw) > limits.max_bytes:
                size = max(os.fstat(handle.fileno()).st_size, len(raw))
                raise _size_error(shown, size, limits.max_bytes)
    except (OSError, ValueError) as exc:  # ValueError: a NUL character in the path
        reason = getattr(exc, "strerror", None) or _one_line(exc)
        raise InputError(Location(shown), f"cannot read file: {reason}; "
                                          "expected a readable YAML file") from None
    document = load_yaml_bytes(raw, shown, limits)
    document.sha256 = hashlib.sha256(raw).hexdigest()  # what was checked, not a second read
    document.size = len(raw)
    return document
