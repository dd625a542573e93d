"""Safe YAML loading that keeps the position of every value and key.

We let ruamel.yaml scan, parse and *compose* (build the node tree, with marks) but never let it
*construct* Python objects. Its constructors would build objects from tags (``!!python/...``,
``!!set``, ``!!binary``), turn dates into ``datetime`` objects, apply merge keys, expand aliases
without bound and throw the marks away. Converting the nodes ourselves means only plain JSON-like
values come out, every position survives for error messages, tags and merge keys are refused, and
alias expansion and nesting are counted as we go, so hostile input fails fast. Every problem is
one :class:`~hf_rules.core.errors.InputError` with a 1-based line and column (0 for the whole file).

Two ways in, one result. Most documents are read faster from the C parser's events
(:mod:`hf_rules.yaml.fast_loader`); anything unusual, and every document with a problem, comes here
(:func:`pure_load`), so every error message is the same whichever way a file would have gone.
``tests/unit/test_loader_paths.py`` proves the two ways give the same data and positions.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from ruamel.yaml import YAML
from ruamel.yaml.composer import Composer
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.events import AliasEvent, MappingStartEvent, SequenceStartEvent
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.reader import ReaderError
from ruamel.yaml.scanner import _THE_END, Scanner

from hf_rules.core.errors import InputError, Location
from hf_rules.core.files import read_regular
from hf_rules.core.i18n import Message
from hf_rules.yaml.scalars import (
    _CORE,
    _KINDS,
    _MAX_DIRECTIVES,
    _SURROGATE,
    Limits,
    Path_,
    _depth,
    _nodes,
    _Problem,
    _value,
)

_HINTS = {  # substring of ruamel's message -> what the user should do
    "'\\t'": "yaml-hint-tab",
    "mapping values are not allowed": "yaml-hint-mapping-values",
    "undefined alias": "yaml-hint-alias",
    "end of stream": "yaml-hint-end",
    "<block end>": "yaml-hint-block-end",
    "but got '['": "yaml-hint-flow-bracket",
    "but got '{'": "yaml-hint-flow-bracket",
}
_RUAMEL_EXACT = {  # ruamel.yaml's words for what is wrong, and where it was reading
    "mapping values are not allowed here": "ruamel-mapping-values",
    "could not find expected ':'": "ruamel-no-colon",
    "found duplicate YAML directive": "ruamel-duplicate-directive",
    "found unexpected end of stream": "ruamel-end-of-stream",
    "found unexpected document separator": "ruamel-document-separator",
    "found incompatible YAML document (version 1.* is required)": "ruamel-incompatible",
    "while parsing a block mapping": "ruamel-while-block-mapping",
    "while parsing a flow mapping": "ruamel-while-flow-mapping",
    "while parsing a block collection": "ruamel-while-block-collection",
    "while parsing a flow sequence": "ruamel-while-flow-sequence",
    "while parsing a node": "ruamel-while-node",
    "while scanning a quoted scalar": "ruamel-while-quoted",
    "while scanning a double-quoted scalar": "ruamel-while-double-quoted",
    "while scanning a plain scalar": "ruamel-while-plain",
    "while scanning a simple key": "ruamel-while-simple-key",
    "while scanning a block scalar": "ruamel-while-block-scalar",
    "while scanning a directive": "ruamel-while-directive",
    "while scanning for the next token": "ruamel-while-next-token",
    "while scanning an anchor": "ruamel-while-anchor",
    "while scanning an alias": "ruamel-while-alias",
    "while composing a mapping": "ruamel-while-composing-mapping",
}
_RUAMEL_WHAT = {  # what ruamel expected, where it is words rather than symbols
    "the node content": "ruamel-what-node-content",
    "a comment or a line break": "ruamel-what-comment-or-break",
    "a digit": "ruamel-what-digit",
    "alphabetic or numeric character": "ruamel-what-alphanumeric",
    "key": "ruamel-what-key",
    "'-' indicator": "ruamel-what-dash",
}
_RUAMEL_PATTERNS = [  # (pattern, entry): the named groups fill the entry
    (re.compile(r"expected (?P<what>.+), but found (?P<found>.+)"), "ruamel-expected-found"),
    (re.compile(r"expected (?P<what>.+), but got (?P<found>.+)"), "ruamel-expected-got"),
    (re.compile(r"did not find expected (?P<what>.+)"), "ruamel-did-not-find"),
    (re.compile(r"found character (?P<char>.+) that cannot start any token"), "ruamel-cannot-start"),
    (re.compile(r"found undefined alias (?P<alias>.+)"), "ruamel-undefined-alias"),
    (re.compile(r"found unknown escape character (?P<char>.+)"), "ruamel-unknown-escape"),
    (re.compile(r"version minor part can only be 2 or 1, got (?P<got>.+)"), "ruamel-minor-version"),
]
_EITHER = re.compile(r"('[^']*') or ('[^']*')")


def _ruamel_said(text: str) -> Message | str:
    """ruamel.yaml's English problem or context as a catalogue message, where its words are
    known; other text as it is."""
    if text in _RUAMEL_EXACT:
        return Message(_RUAMEL_EXACT[text])
    for pattern, key in _RUAMEL_PATTERNS:
        if match := pattern.fullmatch(text):
            args: dict[str, object] = dict(match.groupdict())
            if "what" in args:
                what = str(args["what"])
                either = _EITHER.fullmatch(what)
                args["what"] = (
                    Message(_RUAMEL_WHAT[what])
                    if what in _RUAMEL_WHAT
                    else Message("ruamel-or", first=either.group(1), second=either.group(2))
                    if either
                    else what
                )
            return Message(key, **args)
    return text


__all__ = ["Document", "Limits", "Path_", "load_yaml_bytes", "load_yaml_file", "pure_load"]


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
            raise InputError(
                _at(self.loader.composer.display_path, self.reader.get_mark()),
                Message("yaml-too-many-directives", limit=_MAX_DIRECTIVES),
            )
        super().fetch_directive()

    def scan_to_next_token(self) -> Any:
        """ruamel's, but a tab is also white space before an end-of-line comment or the line's
        end (legal YAML: ``key: value<TAB># note``); as indentation it is still refused."""
        peek, forward = self.reader.peek, self.reader.forward
        if self.reader.index == 0 and peek() == "\ufeff":
            forward()
        while True:
            while peek() == " " or (peek() == "\t" and (self.flow_level > 0 or self._blank_to_end())):
                forward()
            if peek() == "#":
                while peek() not in _THE_END:
                    forward()
            if self.scan_line_break():
                if not self.flow_level:
                    self.allow_simple_key = True
            else:
                return None

    def _blank_to_end(self) -> bool:
        """Whether this tab follows content on its line (never indentation) and only spaces and
        tabs stand between it and a comment or the line's end."""
        buffer, at = self.reader.buffer, self.reader.pointer - 1
        while at >= 0 and buffer[at] in " \t":
            at -= 1
        if at < 0 or buffer[at] in _THE_END:
            return False  # at the start of a line: indentation, where YAML refuses a tab
        index = 0
        while self.reader.peek(index) in " \t":
            index += 1
        return self.reader.peek(index) in _THE_END or self.reader.peek(index) == "#"


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
            raise InputError(_at(self.display_path, event.start_mark), Message("yaml-several-documents"))
        if event.version is not None and tuple(event.version) != (1, 2):
            version = ".".join(map(str, event.version))
            raise InputError(
                _at(self.display_path, event.start_mark),
                Message("yaml-version", version=version),
            )
        return super().compose_document()

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.parser.peek_event()
        if isinstance(event, AliasEvent):
            node = super().compose_node(parent, index)  # refuses an undefined alias
            self.nodes += self.sizes.get(event.anchor, 1)  # 1: an alias inside its own anchor
            if self.nodes > self.limits.max_nodes:
                raise InputError(_at(self.display_path, event.start_mark), _nodes(self.limits.max_nodes, True))
            return _AliasRef(node, event.start_mark)
        before, anchor = self.nodes, event.anchor
        self.nodes += 1
        if self.nodes > self.limits.max_nodes:
            raise InputError(_at(self.display_path, event.start_mark), _nodes(self.limits.max_nodes, False))
        if anchor is not None:
            self.sizes.pop(anchor, None)  # redefined: its old size no longer applies
        if not isinstance(event, (MappingStartEvent, SequenceStartEvent)):
            node = super().compose_node(parent, index)
        elif self.nesting >= self.limits.max_depth:
            raise InputError(_at(self.display_path, event.start_mark), _depth(self.limits.max_depth))
        else:
            self.nesting += 1
            try:
                node = super().compose_node(parent, index)
            finally:
                self.nesting -= 1
        if anchor is not None:
            self.sizes[anchor] = self.nodes - before
        return node


def _tag_message(node: Node) -> Message:
    tag = node.ctag
    shown = f"{tag.handle}{tag.suffix}" if tag.handle else f"!<{tag.suffix}>"
    return Message("yaml-tag", tag=shown)


def _kind(node: Node) -> Message:
    if isinstance(node, MappingNode):
        return Message("yaml-kind-mapping")
    if isinstance(node, SequenceNode):
        return Message("yaml-kind-list")
    return _KINDS.get((node.tag or "").removeprefix(_CORE), Message("yaml-kind-tagged"))


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

    def error(self, mark: Any, message: str | Message) -> InputError:
        return InputError(_at(self.display_path, mark), message)

    def convert(self, item: Node | _AliasRef, path: Path_, depth: int) -> Any:
        node, mark = _unwrap(item)
        self.nodes += 1
        if self.nodes > self.limits.max_nodes:
            alias = bool(self.alias_mark or isinstance(item, _AliasRef))
            raise self.error(self.alias_mark or mark, _nodes(self.limits.max_nodes, alias))
        self.positions[path] = (mark.line + 1, mark.column + 1)
        if isinstance(node, ScalarNode):
            return self.scalar(node, mark)
        if node.tag != _CORE + ("map" if isinstance(node, MappingNode) else "seq"):
            raise self.error(mark, _tag_message(node))
        if depth >= self.limits.max_depth:
            raise self.error(mark, _depth(self.limits.max_depth))
        if id(node) in self.active:
            raise self.error(mark, Message("yaml-cycle"))
        outermost = isinstance(item, _AliasRef) and self.alias_mark is None
        if outermost:
            self.alias_mark = mark
        self.active.add(id(node))
        try:
            if isinstance(node, SequenceNode):
                return [self.convert(child, (*path, i), depth + 1) for i, child in enumerate(node.value)]
            assert isinstance(node, MappingNode)
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
                raise self.error(mark, Message("yaml-merge-key"))
            key = self.scalar(key_node, mark) if isinstance(key_node, ScalarNode) else None
            if not isinstance(key, str):
                raise self.error(mark, Message("yaml-key-not-string", kind=_kind(key_node)))
            if key in first_lines:
                raise self.error(mark, Message("err-duplicate-key", key=key, line=first_lines[key]))
            first_lines[key] = mark.line + 1
            self.nodes += 1
            self.key_positions[(*path, key)] = (mark.line + 1, mark.column + 1)
            result[key] = self.convert(value_item, (*path, key), depth + 1)
        return result

    def scalar(self, node: ScalarNode, mark: Any) -> Any:
        tag = node.tag or ""
        text, kind = node.value, tag[len(_CORE) :] if tag.startswith(_CORE) else ""
        if node.style == '"' and (found := _SURROGATE.search(text)):
            raise self.error(mark, _surrogate_message(text, found.start()))
        if kind not in _KINDS and kind not in ("value", "merge"):
            raise self.error(mark, _tag_message(node))
        try:
            return _value(kind, text)
        except _Problem as problem:
            raise self.error(mark, problem.said) from None


def _surrogate_message(text: str, index: int) -> Message:
    first = ord(text[index])
    second = ord(text[index + 1]) if index + 1 < len(text) else 0
    if 0xD800 <= first <= 0xDBFF and 0xDC00 <= second <= 0xDFFF:
        joined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        return Message("yaml-surrogate-pair", first=f"{first:04X}", second=f"{second:04X}", joined=f"{joined:08X}")
    return Message("yaml-lone-surrogate", first=f"{first:04X}")


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def _yaml_error(exc: MarkedYAMLError, display_path: str) -> InputError:
    mark, context_mark = exc.problem_mark or exc.context_mark, exc.context_mark
    problem = _one_line(exc.problem or exc.context or exc)
    context: Message | str = ""
    if (
        exc.problem
        and exc.context
        and context_mark
        and mark
        and ((context_mark.line, context_mark.column) != (mark.line, mark.column))
    ):
        context = Message(
            "yaml-context",
            context=_ruamel_said(str(exc.context)),
            line=context_mark.line + 1,
            column=context_mark.column + 1,
        )
    english = f"{problem}{context}"
    hints = [hint for needle, hint in _HINTS.items() if needle in english]
    args = {"problem": _ruamel_said(problem), "context": context}
    if hints or "expected" not in english:
        message = Message("yaml-invalid", hint=Message(hints[0] if hints else "yaml-hint-valid"), **args)
    else:
        message = Message("yaml-invalid-no-hint", **args)
    return InputError(_at(display_path, mark) if mark else Location(display_path), message)


def _position(data: bytes | str, index: int) -> tuple[int, int]:
    """1-based line and column (counted in characters) of ``index`` in ``data``."""
    if isinstance(data, bytes):
        head_bytes = data[data.rfind(b"\n", 0, index) + 1 : index]
        return data.count(b"\n", 0, index) + 1, len(head_bytes.decode("utf-8")) + 1
    head = data[data.rfind("\n", 0, index) + 1 : index]
    return data.count("\n", 0, index) + 1, len(head) + 1


def _size_error(display_path: str, size: int, limit: int) -> InputError:
    return InputError(Location(display_path), Message("err-file-too-large", size=size, limit=limit))


def _decode(raw: bytes, display_path: str, limits: Limits) -> str:
    whole = Location(display_path)
    if len(raw) > limits.max_bytes:
        raise _size_error(display_path, len(raw), limits.max_bytes)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(whole, Message("yaml-utf16"))
    if b"\0" in raw:
        raise InputError(whole, Message("yaml-binary", offset=raw.index(0)))
    if raw.startswith(codecs.BOM_UTF8):
        raise InputError(Location(display_path, 1, 1), Message("yaml-bom"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _position(raw, exc.start)
        raise InputError(
            Location(display_path, line, column),
            Message("yaml-not-utf8", byte=f"{raw[exc.start]:02x}", line=line, column=column),
        ) from None
    if not text.strip(" \t\r\n"):
        raise InputError(whole, Message("err-file-empty"))
    return text


def load_yaml_bytes(raw: bytes, display_path: str, limits: Limits = Limits()) -> Document:
    """Load the one YAML mapping document in ``raw``; any problem raises :class:`InputError`."""
    from hf_rules.yaml.fast_loader import Fallback, NodeLimit, fast_load

    text = _decode(raw, display_path, limits)
    try:
        return Document(display_path, *fast_load(text, limits))
    except NodeLimit as over:
        raise InputError(Location(display_path, over.line, over.column), over.said) from None
    except Fallback:
        return pure_load(text, display_path, limits)


def pure_load(text: str, display_path: str, limits: Limits) -> Document:
    """Compose in pure Python and convert: every document, and every error message, goes here."""
    converter = _Converter(display_path, limits)
    try:
        yaml = YAML(typ="safe", pure=True)
        yaml.Scanner, yaml.Composer = _Scanner, _Composer
        yaml.composer.limits, yaml.composer.display_path = limits, display_path
        roots = list(yaml.compose_all(text))  # _Composer refuses a second document
        if not roots:
            raise InputError(Location(display_path), Message("yaml-only-comments"))
        if not isinstance(roots[0], MappingNode):
            raise converter.error(roots[0].start_mark, Message("yaml-top-not-mapping", kind=_kind(roots[0])))
        data = converter.convert(roots[0], (), 0)
    except InputError:
        raise
    except MarkedYAMLError as exc:
        raise _yaml_error(exc, display_path) from None
    except ReaderError as exc:  # ruamel refuses most control characters
        line, column = _position(text, exc.position)
        raise InputError(
            Location(display_path, line, column),
            Message("yaml-control-char", code=f"{exc.character:04X}"),
        ) from None
    except RecursionError:
        raise InputError(Location(display_path), Message("yaml-recursion", limit=limits.max_depth)) from None
    except Exception as exc:  # defensive: e.g. ruamel raises AssertionError for '%YAML 1.3'
        raise InputError(
            Location(display_path), Message("yaml-invalid-other", problem=_ruamel_said(_one_line(exc)))
        ) from None
    return Document(display_path, data, converter.positions, converter.key_positions)


def load_yaml_file(
    path: str | os.PathLike[str], display_path: str | None = None, limits: Limits = Limits()
) -> Document:
    """Read the file at ``path`` and load it; unreadable files raise :class:`InputError` too."""
    shown = os.fspath(path) if display_path is None else display_path
    # Only a regular file, its size checked before a byte is read; never blocks (a FIFO).
    raw = read_regular(path, max_bytes=limits.max_bytes, display=shown)
    document = load_yaml_bytes(raw, shown, limits)
    document.sha256 = hashlib.sha256(raw).hexdigest()  # what was checked, not a second read
    document.size = len(raw)
    return document
