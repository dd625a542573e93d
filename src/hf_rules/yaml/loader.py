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
    _DEPTH,
    _KINDS,
    _MAX_DIRECTIVES,
    _NODES,
    _SURROGATE,
    Limits,
    Path_,
    _Problem,
    _value,
)

_HINTS = {  # substring of ruamel's message -> what the user should do
    "'\\t'": "use spaces, not tabs, for indentation",
    "mapping values are not allowed": "check the indentation, and quote values containing ': '",
    "undefined alias": "define the anchor (&name) before using the alias (*name)",
    "end of stream": "close the quote or bracket that is still open",
    "<block end>": "check the indentation of this line",
}


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
                f"file holds more than {_MAX_DIRECTIVES} directives ('%' lines); "
                f"expected at most {_MAX_DIRECTIVES} (a document needs none)",
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
            raise InputError(
                _at(self.display_path, event.start_mark), "file holds several YAML documents; expected exactly one"
            )
        if event.version is not None and tuple(event.version) != (1, 2):
            version = ".".join(map(str, event.version))
            raise InputError(
                _at(self.display_path, event.start_mark),
                f"'%YAML {version}' is not supported; remove the directive (documents are read as YAML 1.2)",
            )
        return super().compose_document()

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.parser.peek_event()
        if isinstance(event, AliasEvent):
            node = super().compose_node(parent, index)  # refuses an undefined alias
            self.nodes += self.sizes.get(event.anchor, 1)  # 1: an alias inside its own anchor
            if self.nodes > self.limits.max_nodes:
                raise InputError(
                    _at(self.display_path, event.start_mark), _NODES.format(self.limits.max_nodes, " (alias expansion)")
                )
            return _AliasRef(node, event.start_mark)
        before, anchor = self.nodes, event.anchor
        self.nodes += 1
        if self.nodes > self.limits.max_nodes:
            raise InputError(_at(self.display_path, event.start_mark), _NODES.format(self.limits.max_nodes, ""))
        if anchor is not None:
            self.sizes.pop(anchor, None)  # redefined: its old size no longer applies
        if not isinstance(event, (MappingStartEvent, SequenceStartEvent)):
            node = super().compose_node(parent, index)
        elif self.nesting >= self.limits.max_depth:
            raise InputError(_at(self.display_path, event.start_mark), _DEPTH.format(self.limits.max_depth))
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
    return _KINDS.get((node.tag or "").removeprefix(_CORE), "a tagged value")


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
            raise self.error(
                mark, "alias refers to a mapping or list that contains it; expected a structure without cycles"
            )
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
                raise self.error(mark, "merge keys ('<<') are not supported; write the keys out in full")
            key = self.scalar(key_node, mark) if isinstance(key_node, ScalarNode) else None
            if not isinstance(key, str):
                raise self.error(
                    mark, f"mapping key must be a string, got {_kind(key_node)}; quote the key if it is a name"
                )
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
            raise self.error(mark, str(problem)) from None


def _surrogate_message(text: str, index: int) -> str:
    first = ord(text[index])
    second = ord(text[index + 1]) if index + 1 < len(text) else 0
    if 0xD800 <= first <= 0xDBFF and 0xDC00 <= second <= 0xDFFF:
        joined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        return (
            f"string contains the surrogate pair U+{first:04X} U+{second:04X}, which YAML "
            f"does not join and UTF-8 cannot hold; expected the character itself or "
            f"\\U{joined:08X}"
        )
    return (
        f"string contains a lone surrogate (U+{first:04X}), which UTF-8 cannot hold; "
        "expected text without \\uD800-\\uDFFF escapes"
    )


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def _yaml_error(exc: MarkedYAMLError, display_path: str) -> InputError:
    mark, context_mark = exc.problem_mark or exc.context_mark, exc.context_mark
    message = f"invalid YAML: {_one_line(exc.problem or exc.context or exc)}"
    if (
        exc.problem
        and exc.context
        and context_mark
        and mark
        and ((context_mark.line, context_mark.column) != (mark.line, mark.column))
    ):
        message += f" ({exc.context} started at line {context_mark.line + 1}, column {context_mark.column + 1})"
    hints = [hint for needle, hint in _HINTS.items() if needle in message]
    if hints or "expected" not in message:
        message += f"; {hints[0] if hints else 'expected valid YAML syntax here'}"
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
        raise InputError(whole, "file is UTF-16 encoded; save it as UTF-8")
    if b"\0" in raw:
        raise InputError(
            whole, f"file looks binary (NUL byte at offset {raw.index(0)}); expected a UTF-8 YAML text file"
        )
    if raw.startswith(codecs.BOM_UTF8):
        raise InputError(
            Location(display_path, 1, 1), "file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _position(raw, exc.start)
        raise InputError(
            Location(display_path, line, column),
            f"file is not valid UTF-8 (byte 0x{raw[exc.start]:02x} at line {line}, column {column}); save it as UTF-8",
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
        raise InputError(Location(display_path, over.line, over.column), over.message) from None
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
            raise InputError(
                Location(display_path), "file holds only comments or directives; expected a YAML mapping document"
            )
        if not isinstance(roots[0], MappingNode):
            raise converter.error(
                roots[0].start_mark, f"expected a mapping at the top of the document, got {_kind(roots[0])}"
            )
        data = converter.convert(roots[0], (), 0)
    except InputError:
        raise
    except MarkedYAMLError as exc:
        raise _yaml_error(exc, display_path) from None
    except ReaderError as exc:  # ruamel refuses most control characters
        line, column = _position(text, exc.position)
        raise InputError(
            Location(display_path, line, column),
            f"file contains the control character U+{exc.character:04X}; remove it (YAML does not allow it)",
        ) from None
    except RecursionError:
        raise InputError(
            Location(display_path), f"document nests too deeply to read; expected at most {limits.max_depth} levels"
        ) from None
    except Exception as exc:  # defensive: e.g. ruamel raises AssertionError for '%YAML 1.3'
        raise InputError(
            Location(display_path), f"invalid YAML: {_one_line(exc)}; expected a plain YAML 1.2 document"
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
