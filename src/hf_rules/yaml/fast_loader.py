"""The fast way in: documents read from the C parser's events, positions kept.

Where ``ruamel.yaml.clib`` is installed, :func:`fast_load` reads the common document (no tags,
nothing wrong, nothing over a limit) straight from the C parser's events into data and the
position of every key and value, several times faster than composing in Python. Everything
else raises :class:`Fallback`, and :mod:`hf_rules.yaml.loader` reads the document the pure-Python
way, which gives every error message but one: the node limit, which the fast way reaches at
the same node with the same message (:class:`NodeLimit`), as the pure way would need seconds
to compose that far. ``tests/test_loader_paths.py`` proves the two ways agree.
"""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml.error import YAMLError
from ruamel.yaml.events import AliasEvent, MappingStartEvent, SequenceStartEvent

from hf_rules.yaml.scalars import _CORE, _MAX_DIRECTIVES, _NODES, _SURROGATE, Limits, Path_, _Problem, _value

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
from ruamel.yaml.reader import Reader
from ruamel.yaml.resolver import implicit_resolvers

_SLOW_TEXT = re.compile("[\t\r\x85\u2028\u2029\ufeff]|" + Reader.NON_PRINTABLE.pattern)
"""Text the C parser reads differently: tabs (ruamel refuses more of them), line breaks other
than LF, a byte-order mark inside the text (libyaml skips one at the start of a line), and
characters ruamel refuses."""
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
        self.message = _NODES.format(limit, " (alias expansion)" if alias else "")


def _over_limit(get: Any, mark: Any, alias: bool, limit: int) -> NodeLimit:
    """The limit error at ``mark``, once the parser has read one event further (ruamel's parser
    may look that far ahead before composing the node; a parser error there is for it to give)."""
    get()
    return NodeLimit(mark, alias, limit)


def fast_load(text: str, limits: Limits) -> tuple[Any, dict[Path_, tuple[int, int]], dict[Path_, tuple[int, int]]]:
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
    get = _CParser(text).get_event
    positions: dict[Path_, tuple[int, int]] = {}
    key_positions: dict[Path_, tuple[int, int]] = {}
    anchors: dict[str, tuple[Any, Path_, int]] = {}  # name -> value, path, nodes in it
    try:
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
        if event.anchor is not None and not _whole_name(text, mark.index, "&", event.anchor):
            raise Fallback
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
                    if (
                        (style == "" and _plain_kind(key) not in ("str", "value"))
                        or (key in container)
                        or (style == '"' and _SURROGATE.search(key))
                    ):
                        raise Fallback  # not a string, a merge key, a duplicate, a surrogate
                    mark = event.start_mark
                    key_path = (*path, key)  # one tuple for the key's and the value's position
                    key_positions[key_path] = _at_mark(mark.line, mark.column)
                    nodes += 1
                    if nodes > max_nodes:
                        raise _over_limit(get, mark, False, max_nodes)
                    continue
                if kind_of is not MappingEndEvent:
                    raise Fallback  # a complex key, an alias or anchor on a key, a tag
            elif kind_of is ScalarEvent or kind_of is AliasEvent:
                here = key_path if is_map else (*path, len(container))
                mark = event.start_mark
                positions[here] = _at_mark(mark.line, mark.column)
                if kind_of is AliasEvent:
                    if event.anchor not in anchors or not _whole_name(text, mark.index, "*", event.anchor):
                        raise Fallback  # undefined, or an alias inside its own anchor
                    value, origin, size = anchors[event.anchor]
                    nodes += size
                    if nodes > max_nodes:
                        raise _over_limit(get, mark, True, max_nodes)
                    value = _repeat(value, origin, here, positions, key_positions, max_depth)
                else:
                    if event.tag is not None:
                        raise Fallback
                    value, style = event.value, event.style
                    if style == "":
                        if not value:  # an empty value: libyaml marks it elsewhere than ruamel
                            raise Fallback
                        value = _value(_plain_kind(value), value)
                    elif style in ("|", ">") and not (value.strip() and _BLOCK_HEADER.match(text, mark.index)):
                        raise Fallback
                    elif style == '"' and _SURROGATE.search(value):
                        raise Fallback  # libyaml refuses these escapes; in case one does not
                    nodes += 1
                    if nodes > max_nodes:
                        raise _over_limit(get, mark, False, max_nodes)
                    if event.anchor is not None:
                        if not _whole_name(text, mark.index, "&", event.anchor):
                            raise Fallback
                        anchors[event.anchor] = (value, here, 1)
                if is_map:
                    container[key] = value
                    key = None
                else:
                    container.append(value)
                continue
            elif kind_of is MappingStartEvent or kind_of is SequenceStartEvent:
                if event.tag is not None or len(stack) + 1 >= max_depth:
                    raise Fallback
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
                        raise Fallback
                    anchors.pop(event.anchor, None)  # redefined: not usable until complete
                container, path, key, anchor, opened = child, child_path, None, event.anchor, nodes
                nodes += 1
                if nodes > max_nodes:
                    raise _over_limit(get, mark, False, max_nodes)
                continue
            elif kind_of is not SequenceEndEvent:
                raise Fallback  # an event we do not read here
            # the end of the current mapping or sequence
            if anchor is not None:
                anchors[anchor] = (container, path, nodes - opened)
            if not stack:
                break
            container, path, anchor, opened = stack.pop()
            key = None
        if type(get()) is not DocumentEndEvent or type(get()) is not StreamEndEvent:
            raise Fallback  # several documents
    except (YAMLError, _Problem):  # a parser error, or a scalar that is not what it looks like
        raise Fallback from None
    return root, positions, key_positions


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
