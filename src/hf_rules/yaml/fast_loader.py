"""The fast way in: documents read from the C parser's events, positions kept.

Where ``ruamel.yaml.clib`` is installed, :func:`fast_load` reads the common document (no tags,
nothing wrong, nothing over a limit) straight from the C parser's events into data and the
position of every key and value, several times faster than composing in Python. Everything
else raises :class:`Fallback`, and :mod:`hf_rules.yaml.loader` reads the document the pure-Python
way, which gives every error message but one: the node limit, which the fast way reaches at
the same node with the same message (:class:`NodeLimit`), as the pure way would need seconds
to compose that far. ``tests/unit/test_loader_paths.py`` proves the two ways agree.
"""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml.error import YAMLError
from ruamel.yaml.events import AliasEvent, MappingStartEvent, SequenceStartEvent

from hf_rules.yaml.scalars import _CORE, _MAX_DIRECTIVES, _SURROGATE, Limits, Path_, _nodes, _Problem, _value

try:  # the C parser of ruamel.yaml.clib; without it every file goes the pure-Python way
    from ruamel.yaml.cyaml import CParser as _CParser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - clib is a dependency, but a platform may lack a wheel
    _CParser = None

from ruamel.yaml.events import (
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    ScalarEvent,
    SequenceEndEvent,
    StreamEndEvent,
)
from ruamel.yaml.resolver import implicit_resolvers

_SLOW_TEXT = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
"""Text the C parser reads differently: tabs (ruamel refuses more of them), line breaks other
than LF, a byte-order mark inside the text (libyaml skips one at the start of a line), and
characters ruamel refuses (those outside ``ruamel.yaml.reader.Reader.NON_PRINTABLE``'s
complement). Written as the characters themselves, not built from ruamel's pattern: that
pattern is a negated class over most of Unicode, and compiling it (ruamel's and a copy here)
took about 10 ms of every run; ``tests/unit/test_fast_loader.py`` holds the two equal."""
_BLOCK_HEADER = re.compile(r"[|>][-+1-9]{0,2}(?: +#[^\n]*)?(?:\n|$)")
"""A block scalar's header as both parsers read it (libyaml also takes ``>#`` without a space)."""

_RESOLVERS: dict[str | None, list[tuple[str, Any]]] = {}
for _versions, _tag, _regexp, _first in implicit_resolvers:
    if (1, 2) in _versions:
        _chars: list[str | None] = list(_first) if _first else [None]  # None: any first character
        for _char in _chars:
            _RESOLVERS.setdefault(_char, []).append((_tag[len(_CORE) :], _regexp))
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


class Fallback(Exception):
    """The fast way cannot (or should not) read this document; the pure-Python way decides."""


class NodeLimit(Fallback):
    """The node limit, reached by the fast way at the node where the composer would refuse it.

    The one message the fast way gives itself: the pure-Python way would compose every node up
    to the limit first, several seconds for 5 MB of small nodes. Caught as a :class:`Fallback`
    by a caller that only wants data.
    """

    def __init__(self, mark: Any, alias: bool, limit: int) -> None:
        super().__init__()
        self.line, self.column = mark.line + 1, mark.column + 1
        self.said = _nodes(limit, alias)
        self.message = str(self.said)


def _over_limit(get: Any, mark: Any, alias: bool, limit: int) -> NodeLimit:
    """The limit error at ``mark``, once the parser has read one event further (ruamel's parser
    may look that far ahead before composing the node; a parser error there is for it to give)."""
    get()
    return NodeLimit(mark, alias, limit)


Positions = dict[Path_, tuple[int, int]]


def fast_load(text: str, limits: Limits) -> tuple[Any, Positions, Positions]:
    """Data and positions from the C parser's events, or :class:`Fallback`.

    Only documents that need no message are read here: one document whose top is a mapping,
    string keys, no tags, nothing over the limits and nothing wrong. Anchors and aliases are
    expanded as the pure-Python way expands them (an alias's own position, the positions of
    what it repeats, every repeated node counted). Any other event, or a parser error, falls
    back, so every message stays the pure-Python way's, except the node limit: nodes are counted
    as the composer counts them (an alias as the nodes of what it names) and the node over the
    limit raises :class:`NodeLimit` with the composer's message and position.
    """
    if "\r" in text:  # CRLF line ends (Windows) read as LF: the same lines, columns and values
        text = text.replace("\r\n", "\n")
    if _CParser is None or _SLOW_TEXT.search(text) or text.count("\n%") >= _MAX_DIRECTIVES:
        raise Fallback  # a lone CR is among _SLOW_TEXT
    try:
        return _EventReader(text, limits).read()
    except (YAMLError, _Problem):  # a parser error, or a scalar that is not what it looks like
        raise Fallback from None


class _EventReader:
    """One document read from the C parser's events: the collection being filled, the open ones
    above it, the anchors defined so far, the nodes counted, and the positions found."""

    def __init__(self, text: str, limits: Limits) -> None:
        self.text = text
        self.get = _CParser(text).get_event
        self.positions: Positions = {}
        self.key_positions: Positions = {}
        self.anchors: dict[str, tuple[Any, Path_, int]] = {}  # name -> value, path, nodes in it
        self.nodes, self.max_nodes, self.max_depth = 0, limits.max_nodes, limits.max_depth
        # the open collections above the current one: container, path, anchor, nodes before it
        self.stack: list[tuple[Any, Path_, str | None, int]] = []
        self.container: Any = None
        self.path: Path_ = ()
        self.anchor: str | None = None  # the current collection's anchor
        self.opened = 0  # nodes counted before the current collection
        self.key: str | None = None  # in a mapping: the key whose value comes next
        self.key_path: Path_ = ()  # one tuple for the key's and the value's position

    def read(self) -> tuple[Any, Positions, Positions]:
        root = self._document()
        get = self.get
        while True:  # one event at a time, into the current collection
            event = get()
            kind_of = type(event)
            container = self.container
            if type(container) is dict:
                if self.key is None:  # a key, or the end of the mapping
                    if kind_of is not MappingEndEvent:
                        self._key(event)
                    elif self._close():
                        break
                    continue
                here = self.key_path
            else:
                here = (*self.path, len(container))
            if kind_of is ScalarEvent:
                value = self._scalar(event, here)
            elif kind_of is AliasEvent:
                value = self._alias(event, here)
            elif kind_of is MappingStartEvent or kind_of is SequenceStartEvent:
                self._open(event, here, {} if kind_of is MappingStartEvent else [])
                continue
            elif kind_of is SequenceEndEvent:
                if self._close():
                    break
                continue
            else:
                raise Fallback  # an event we do not read here
            if type(container) is dict:
                container[self.key] = value
                self.key = None
            else:
                container.append(value)
        if type(get()) is not DocumentEndEvent or type(get()) is not StreamEndEvent:
            raise Fallback  # several documents
        return root, self.positions, self.key_positions

    def _document(self) -> dict[str, Any]:
        """The start of the one document, YAML 1.2 without tag directives, and its top mapping."""
        get = self.get
        get()  # stream start
        event = get()
        if (
            type(event) is not DocumentStartEvent
            or event.tags
            or (event.version is not None and tuple(event.version) != (1, 2))
        ):
            raise Fallback
        event = get()
        if type(event) is not MappingStartEvent or event.tag is not None:
            raise Fallback
        mark = event.start_mark
        if event.anchor is not None and not _whole_name(self.text, mark.index, "&", event.anchor):
            raise Fallback
        self.positions[()] = _at_mark(mark.line, mark.column)
        self._count(mark)
        root: dict[str, Any] = {}
        self.container = root
        self.anchor = event.anchor
        return root

    def _count(self, mark: Any, size: int = 1, alias: bool = False) -> None:
        """Count ``size`` nodes more; :class:`NodeLimit` at ``mark`` past the limit."""
        self.nodes += size
        if self.nodes > self.max_nodes:
            raise _over_limit(self.get, mark, alias, self.max_nodes)

    def _key(self, event: Any) -> None:
        """A key of the current mapping: a plain string, new in it, without anchor or tag."""
        if type(event) is not ScalarEvent or event.anchor is not None or event.tag is not None:
            raise Fallback  # a complex key, an alias or anchor on a key, a tag
        key, style = event.value, event.style
        if (
            (style == "" and _plain_kind(key) not in ("str", "value"))
            or (key in self.container)
            or (style == '"' and _SURROGATE.search(key))
        ):
            raise Fallback  # not a string, a merge key, a duplicate, a surrogate
        mark = event.start_mark
        self.key = key
        self.key_path = (*self.path, key)
        self.key_positions[self.key_path] = _at_mark(mark.line, mark.column)
        self.nodes += 1  # as _count does, inline: once per key and scalar
        if self.nodes > self.max_nodes:
            raise _over_limit(self.get, mark, False, self.max_nodes)

    def _scalar(self, event: Any, here: Path_) -> Any:
        """A scalar's value (an anchor on it remembered), as ruamel's core schema reads it."""
        mark = event.start_mark
        self.positions[here] = _at_mark(mark.line, mark.column)
        if event.tag is not None:
            raise Fallback
        value, style = event.value, event.style
        if style == "":
            if not value:  # an empty value: libyaml marks it elsewhere than ruamel
                raise Fallback
            value = _value(_plain_kind(value), value)
        elif style in ("|", ">") and not (value.strip() and _BLOCK_HEADER.match(self.text, mark.index)):
            raise Fallback
        elif style == '"' and _SURROGATE.search(value):
            raise Fallback  # libyaml refuses these escapes; in case one does not
        self.nodes += 1
        if self.nodes > self.max_nodes:
            raise _over_limit(self.get, mark, False, self.max_nodes)
        if event.anchor is not None:
            if not _whole_name(self.text, mark.index, "&", event.anchor):
                raise Fallback
            self.anchors[event.anchor] = (value, here, 1)
        return value

    def _alias(self, event: Any, here: Path_) -> Any:
        """A fresh copy of what an alias names, its nodes counted again."""
        mark = event.start_mark
        self.positions[here] = _at_mark(mark.line, mark.column)
        if event.anchor not in self.anchors or not _whole_name(self.text, mark.index, "*", event.anchor):
            raise Fallback  # undefined, or an alias inside its own anchor
        value, origin, size = self.anchors[event.anchor]
        self._count(mark, size, alias=True)
        return _repeat(value, origin, here, self.positions, self.key_positions, self.max_depth)

    def _open(self, event: Any, child_path: Path_, child: dict[str, Any] | list[Any]) -> None:
        """A mapping or sequence begins at ``child_path`` in the current collection: it becomes
        the current one."""
        if event.tag is not None or len(self.stack) + 1 >= self.max_depth:
            raise Fallback
        if type(self.container) is dict:
            self.container[self.key] = child
        else:
            self.container.append(child)
        mark = event.start_mark
        self.positions[child_path] = _at_mark(mark.line, mark.column)
        self.stack.append((self.container, self.path, self.anchor, self.opened))
        if event.anchor is not None:
            if not _whole_name(self.text, mark.index, "&", event.anchor):
                raise Fallback
            self.anchors.pop(event.anchor, None)  # redefined: not usable until complete
        self.container, self.path, self.key, self.anchor, self.opened = (
            child,
            child_path,
            None,
            event.anchor,
            self.nodes,
        )
        self._count(mark)

    def _close(self) -> bool:
        """The current collection ends (its anchor now usable); True when it was the top one."""
        if self.anchor is not None:
            self.anchors[self.anchor] = (self.container, self.path, self.nodes - self.opened)
        if not self.stack:
            return True
        self.container, self.path, self.anchor, self.opened = self.stack.pop()
        self.key = None
        return False


def _whole_name(text: str, index: int, sign: str, name: str) -> bool:
    """Whether ``sign + name`` is written at ``index`` and ends there as YAML 1.2 ends it.

    libyaml ends an anchor name at the first character other than a letter, digit, ``-`` or
    ``_``; YAML 1.2 (and ruamel) only at a space or a flow indicator.
    """
    end = index + 1 + len(name)
    return text.startswith(sign + name, index) and (end == len(text) or text[end] in " \n,[]{}")


def _repeat(
    value: Any,
    origin: Path_,
    here: Path_,
    positions: dict[Path_, tuple[int, int]],
    key_positions: dict[Path_, tuple[int, int]],
    max_depth: int,
) -> Any:
    """A fresh copy of an anchored value for an alias at ``here``, with the positions inside it.

    A mapping or list as deep as the limit falls back (the limit counts nesting reached through
    aliases too: a path's length is its depth).
    """
    if type(value) in (dict, list) and len(here) >= max_depth:
        raise Fallback
    if type(value) is dict:
        copy: dict[str, Any] = {}
        for key, item in value.items():
            key_positions[(*here, key)] = key_positions[(*origin, key)]
            positions[(*here, key)] = positions[(*origin, key)]
            copy[key] = _repeat(item, (*origin, key), (*here, key), positions, key_positions, max_depth)
        return copy
    if type(value) is list:
        result = []
        for index, item in enumerate(value):
            positions[(*here, index)] = positions[(*origin, index)]
            result.append(_repeat(item, (*origin, index), (*here, index), positions, key_positions, max_depth))
        return result
    return value
