"""Editing a YAML document by adding lines only: the text side of ``hf-rules fix``.

ruamel.yaml (round-trip) finds *where* (the line and column of the list, its last item, the key
to follow) and renders the new item in the style of its siblings (flow ``{...}`` or block
mapping, the sequence indent); the new lines are then spliced into the original text. A plain
round-trip ``dump`` is not used to write: it attaches the blank line and comments after a list
to that list's last item, so a new key lands *after* the blank line that separates two fora (a
pure insertion by line, in the wrong place), and it re-indents and re-wraps lines by global
settings. Splicing keeps every original byte by construction; each result is then checked, one
list at a time: parsed again it must equal the data before plus the additions, and line by line
it may differ only by inserted lines (or, for a flow list ``[a, b]``, by that one line gaining
items). An addition that fails the check is left out and reported.
"""

from __future__ import annotations

import difflib
import io
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from hf_rules.core.errors import InputError
from hf_rules.core.files import write_text_atomic
from hf_rules.core.i18n import Message
from hf_rules.documents.model import Forum
from hf_rules.report.model import Finding
from hf_rules.yaml.loader import load_yaml_bytes

FORUM_KEYS = list(Forum.model_fields)
"""The order of a forum's keys, for a key that is added."""


@dataclass
class Addition:
    """One addition to a file: append ``item`` (``count`` times) to the list at ``container.key``,
    the remedy a rule's check proposed for ``finding``."""

    rule: str
    finding: Finding
    file: str
    container: tuple[str | int, ...]
    key: str
    item: Any
    count: int = 1
    placeholders: list[str] = field(default_factory=list)
    """Keys of ``item`` that hold a placeholder to be filled in (``hf_rules.rules.checks.remedy.PLACEHOLDER``)."""
    key_order: list[str] = field(default_factory=lambda: FORUM_KEYS)
    also: list[Finding] = field(default_factory=list)
    """Findings of other rules that the same addition remedies."""


@dataclass
class Applied:
    addition: Addition
    line: int
    """1-based line of the first added line (or of the flow list's line) in the new text."""
    text: str
    """What was added, as flow text."""


def described(addition: Addition) -> str:
    """What an addition adds, as one line of flow text."""
    return _flow(addition.item) + (f" (x{addition.count})" if addition.count > 1 else "")


# --- Editing the text ----------------------------------------------------------------------------


class CannotSplice(Exception):
    """The edit cannot be made by adding lines (an unusual layout): the file is left as it is.
    ``said`` is why, a catalogue message said in the run's language."""

    def __init__(self, said: Message) -> None:
        super().__init__(str(said))
        self.said = said


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 1_000_000  # never wrap a rendered item
    return yaml


def _flow(value: Any) -> str:
    """``value`` as YAML flow text on one line: ``{party: sunnaas, role: Observatør}``, ``ous``."""
    yaml = _yaml()
    if isinstance(value, dict):
        node: Any = CommentedMap(value)
        node.fa.set_flow_style()
        wrapped = CommentedSeq([node])
    else:
        wrapped = CommentedSeq([value])
    wrapped.fa.set_flow_style()
    out = io.StringIO()
    yaml.dump(wrapped, out)
    return out.getvalue().strip()[1:-1].strip()


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _end_of_block(lines: list[str], start: int, column: int, key: bool = False) -> int:
    """The last line of the node that starts on line ``start`` (0-based) at ``column``: the lines
    after it that are indented deeper (comments too), and for a ``key`` the ``- `` items of its
    sequence at the same column; trailing blank lines and shallower comments are not part of it."""
    last = start
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if not line.strip():
            continue
        indent = _indent(line)
        if indent > column or (key and indent == column and line.lstrip().startswith("- ")):
            last = index
        elif line.lstrip().startswith("#"):
            continue
        else:
            break
    return last


def _sequence_offset(data: Any) -> int:
    """How far the ``- `` of a block sequence sits right of its key, as the document does it."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, CommentedMap) and not node.fa.flow_style():
            for key, value in node.items():
                if isinstance(value, CommentedSeq) and not value.fa.flow_style() and len(value):
                    key_col = node.lc.key(key)[1]
                    item_col = value.lc.item(0)[1]
                    return max(int(item_col) - 2 - int(key_col), 0)
                stack.append(value)
        elif isinstance(node, CommentedSeq):
            stack.extend(node)
    return 2


def _uses_flow(data: Any, key: str) -> bool:
    """Whether the document writes lists under ``key`` (elsewhere) in flow style ``[a, b]``."""
    styles = [
        value.fa.flow_style()
        for forum in (data.get("fora") or {}).values()
        if isinstance(forum, CommentedMap) and isinstance(value := forum.get(key), CommentedSeq)
    ]
    return bool(styles) and Counter(styles).most_common(1)[0][0]


def _item_lines(item: Any, dash_col: int, block_mapping: bool) -> list[str]:
    pad = " " * dash_col
    if isinstance(item, dict) and block_mapping:
        pairs = [_flow({k: v}) for k, v in item.items()]
        return [f"{pad}- {pairs[0]}"] + [f"{pad}  {pair}" for pair in pairs[1:]]
    return [f"{pad}- {_flow(item)}"]


def _close_bracket(line: str, start: int) -> int:
    """The column of the ``]`` that closes the ``[`` at ``start`` on the same line, or -1."""
    depth, quote = 0, ""
    index = start
    while index < len(line):
        char = line[index]
        if quote:
            if char == quote:
                if quote == "'" and line[index + 1 : index + 2] == "'":
                    index += 1
                else:
                    quote = ""
            elif char == "\\" and quote == '"':
                index += 1
        elif char in "'\"":
            quote = char
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
            if depth == 0:
                return index
        elif char == "#" and line[index - 1 : index] in (" ", "\t"):
            return -1
        index += 1
    return -1


@dataclass
class _Splices:
    """What :func:`splice` does to the lines of a text: lines inserted after a line (0-based),
    a flow list's line replaced by itself with items added, and the additions made on it."""

    lines: list[str]
    inserts: dict[int, list[tuple[Addition, list[str]]]] = field(default_factory=dict)
    replaced: dict[int, str] = field(default_factory=dict)
    on_line: dict[int, list[Addition]] = field(default_factory=dict)

    def insert(self, after: int, addition: Addition, new: list[str]) -> None:
        self.inserts.setdefault(after, []).append((addition, new))


def splice(text: str, additions: list[Addition]) -> tuple[str, list[Applied]]:
    """``text`` with the additions' items added by inserting lines (raises :class:`CannotSplice`)."""
    try:
        data = _yaml().load(text)
    except Exception as error:
        raise CannotSplice(Message("splice-round-trip", error=type(error).__name__)) from None
    splices = _Splices(text.splitlines())
    offset = _sequence_offset(data)
    groups: dict[tuple[tuple[str | int, ...], str], list[Addition]] = {}
    for addition in additions:
        groups.setdefault((addition.container, addition.key), []).append(addition)
    for (container, key), group in groups.items():
        mapping = _block_mapping(data, container)
        value = mapping.get(key)
        if isinstance(value, CommentedSeq) and (value.fa.flow_style() or not len(value)):  # `[]` is flow
            _extend_flow_list(splices, key, value, group)
        elif isinstance(value, CommentedSeq):
            _append_to_block_list(splices, key, value, group)
        elif value is None:  # the key is missing, or has no value
            _add_list(splices, data, mapping, key, group, offset)
        else:
            raise CannotSplice(Message("splice-not-a-list", key=key))
    return _joined(splices, newline="\r\n" if "\r\n" in text else "\n", final=text.endswith(("\n", "\r")))


def _block_mapping(data: Any, container: tuple[str | int, ...]) -> CommentedMap:
    """The mapping at ``container`` in the round-trip ``data``; it must be written in block style."""
    mapping = data
    for part in container:
        mapping = mapping[part] if isinstance(mapping, CommentedMap) and part in mapping else None
    if not isinstance(mapping, CommentedMap) or mapping.fa.flow_style():
        raise CannotSplice(Message("splice-not-block-mapping", where=".".join(map(str, container))))
    return mapping


def _items(group: list[Addition]) -> list[Any]:
    return [addition.item for addition in group for _ in range(addition.count)]


def _extend_flow_list(splices: _Splices, key: str, value: CommentedSeq, group: list[Addition]) -> None:
    """``key: [a, b]``: the new items before the ``]``, on the same line."""
    line_no, col = value.lc.line, value.lc.col
    line = splices.replaced.get(line_no, splices.lines[line_no])
    close = _close_bracket(line, col)
    if close < 0:
        raise CannotSplice(Message("splice-list-not-closed", key=key))
    head = line[:close].rstrip()
    joined = ", ".join(_flow(i) for i in _items(group))
    splices.replaced[line_no] = f"{head}{joined if head.endswith('[') else ', ' + joined}{line[len(head) :]}"
    splices.on_line.setdefault(line_no, []).extend(group)


def _append_to_block_list(splices: _Splices, key: str, value: CommentedSeq, group: list[Addition]) -> None:
    """A block list: each new item after the last item of the same kind (a seat with
    ``represents`` after the others of its kind), else after the last item, in its style."""
    lines = splices.lines
    for addition in group:
        last = _insert_index(value, addition.item) - 1
        item_line, item_col = value.lc.item(last)
        before = lines[item_line][:item_col].rstrip()
        if not before.endswith("-"):
            raise CannotSplice(Message("splice-no-dash", key=key))
        dash_col = len(before) - 1
        block_mapping = isinstance(value[last], CommentedMap) and not value[last].fa.flow_style()
        end = _end_of_block(lines, item_line, dash_col)
        new = [ln for _ in range(addition.count) for ln in _item_lines(addition.item, dash_col, block_mapping)]
        splices.insert(end, addition, new)


def _add_list(
    splices: _Splices, data: Any, mapping: CommentedMap, key: str, group: list[Addition], offset: int
) -> None:
    """A missing key (after the key that precedes it in ``key_order``), or a key without a value:
    the list under it, in block style (or flow style, as the document writes ``key`` elsewhere)."""
    lines = splices.lines
    if key in mapping:
        anchor_line, key_col = mapping.lc.key(key)
        rest = lines[anchor_line][key_col:].split(":", 1)[-1].strip()
        if rest and not rest.startswith("#"):
            raise CannotSplice(Message("splice-explicit-empty", key=key))
        after, head = anchor_line, []
    else:
        order = group[0].key_order
        position = order.index(key) if key in order else len(order)
        preceding = [k for k in mapping if k in order[:position]]
        anchor = preceding[-1] if preceding else list(mapping)[-1]
        anchor_line, key_col = mapping.lc.key(anchor)
        after = _end_of_block(lines, anchor_line, key_col, key=True)
        head = [f"{' ' * key_col}{key}:"]
    items = _items(group)
    if key not in mapping and all(isinstance(i, str) for i in items) and _uses_flow(data, key):
        splices.insert(after, group[0], [f"{' ' * key_col}{key}: [{', '.join(_flow(i) for i in items)}]"])
        for addition in group[1:]:
            splices.insert(after, addition, [])
        return
    for index, addition in enumerate(group):
        new = [ln for _ in range(addition.count) for ln in _item_lines(addition.item, key_col + offset, False)]
        splices.insert(after, addition, (head if index == 0 else []) + new)


def _joined(splices: _Splices, newline: str, final: bool) -> tuple[str, list[Applied]]:
    """The text with the splices made (``final``: it ends with a line end), and where each
    addition landed."""
    out: list[str] = []
    applied: list[Applied] = []
    for index, line in enumerate(splices.lines):
        out.append(splices.replaced.get(index, line))
        here = len(out)
        for addition in splices.on_line.get(index, []):
            applied.append(Applied(addition, here, described(addition)))
        for addition, new in splices.inserts.get(index, []):
            applied.append(Applied(addition, len(out) + 1 if new else len(out), described(addition)))
            out.extend(new)
    result = newline.join(out)
    return (result + newline if final else result), applied


def _plain(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _plain(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_plain(v) for v in data]
    return data


def expected_data(text: str, additions: list[Addition]) -> Any:
    """The original data plus the additions' items, to compare the spliced text with."""
    data = _plain(load_yaml_bytes(text.encode("utf-8"), "<original>").data)
    for addition in additions:
        mapping = data
        for part in addition.container:
            mapping = mapping[part]
        if mapping.get(addition.key) is None:
            mapping[addition.key] = []
        items = mapping[addition.key]
        at = _insert_index(items, addition.item)
        items[at:at] = [addition.item] * addition.count
    return data


def _insert_index(items: list[Any], item: Any) -> int:
    """Where a new item goes: after the last item of the same kind (a seat with ``represents``
    after the other seats with ``represents``), else at the end."""
    first = next(iter(item), None) if isinstance(item, dict) else None
    alike = [i for i, v in enumerate(items) if isinstance(v, dict) and first in v]
    return alike[-1] + 1 if alike else len(items)


def _opcodes(old: list[str], new: list[str]) -> list[tuple[str, int, int, int, int]]:
    """``difflib.SequenceMatcher(None, old, new).get_opcodes()``, but with the common first and
    last lines set aside first: a splice changes one place, so the matcher (quadratic on
    repeated lines, such as 20 000 identical comments) only sees the few lines around it."""
    start, limit = 0, min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[len(old) - 1 - end] == new[len(new) - 1 - end]:
        end += 1
    middle = difflib.SequenceMatcher(None, old[start : len(old) - end], new[start : len(new) - end], autojunk=False)
    codes = [("equal", 0, start, 0, start)] if start else []
    codes += [(tag, i1 + start, i2 + start, j1 + start, j2 + start) for tag, i1, i2, j1, j2 in middle.get_opcodes()]
    if end:
        codes.append(("equal", len(old) - end, len(old), len(new) - end, len(new)))
    return codes


def only_additions(before: str, after: str) -> bool:
    """Every line of ``before`` is in ``after``, in order, unchanged, except a flow list's line
    that gained items (one line replaced by one line that begins and ends the same way)."""
    old, new = before.splitlines(), after.splitlines()
    for tag, i1, i2, j1, j2 in _opcodes(old, new):
        if tag in ("equal", "insert"):
            continue
        if tag == "delete":
            return False
        j = j1  # a replaced block: each old line, in order, must be a new line or have gained items
        for was in old[i1:i2]:
            while j < j2 and not _extended(was, new[j]):
                j += 1
            if j == j2:
                return False
            j += 1
    return True


def _extended(was: str, now: str) -> bool:
    """``now`` is the flow-list line ``was`` with items added before its ``]``."""
    close = was.rstrip().rfind("]")
    return close > 0 and len(now) > len(was) and now.startswith(was[:close].rstrip()) and now.endswith(was[close:])


def _edit_once(text: str, additions: list[Addition]) -> tuple[str, list[Applied]]:
    """``splice``, checked: raises :class:`CannotSplice` unless the result, parsed again, is the
    original data plus the additions and differs from ``text`` by added lines only."""
    new, applied = splice(text, additions)
    try:
        got = _plain(load_yaml_bytes(new.encode("utf-8"), "<fixed>").data)
    except InputError as error:
        raise CannotSplice(Message("splice-would-not-load", problem=error.said)) from None
    if got != expected_data(text, additions) or not only_additions(text, new):
        raise CannotSplice(Message("splice-would-change"))
    return new, applied


def edit_text(text: str, additions: list[Addition]) -> tuple[str, list[Applied], list[tuple[Addition, Message]]]:
    """The new text, what was added (lines of the new text), and the additions that could not be
    applied with the reason. One list at a time, so one odd list does not hold up the others."""
    groups: dict[tuple[tuple[str | int, ...], str], list[Addition]] = {}
    for addition in additions:
        groups.setdefault((addition.container, addition.key), []).append(addition)
    applied: list[Applied] = []
    failed: list[tuple[Addition, Message]] = []
    current = text
    for group in groups.values():
        try:
            new, done = _edit_once(current, group)
        except CannotSplice as reason:
            failed += [(addition, reason.said) for addition in group]
            continue
        # Lines added now move down what was added before, where they come above it.
        opcodes = _opcodes(current.splitlines(), new.splitlines())
        shifts = [(i1, (j2 - j1) - (i2 - i1)) for tag, i1, i2, j1, j2 in opcodes if tag != "equal"]
        for earlier in applied:
            earlier.line += sum(n for at, n in shifts if at <= earlier.line - 1)
        applied += done
        current = new
    return current, applied, failed


def write_atomic(path: str, text: str, expected: str | None = None) -> None:
    """Replace ``path`` with ``text`` through the one write path,
    :func:`hf_rules.core.files.write_text_atomic` (atomic; mode and owner kept; with ``expected``,
    the SHA-256 of what was read, a file changed since is left alone)."""
    write_text_atomic(path, text, expected=expected, what="")


def unified_diff(path: str, before: str, after: str) -> str:
    """A unified diff in git's form (``--- a/PATH``, ``+++ b/PATH``): an absolute path inside the
    working folder is shown relative to it, so ``patch -p1`` applies it from there; another
    absolute path without its leading ``/``, as git shows it."""
    if os.path.isabs(path):
        relative = os.path.relpath(path)
        path = relative if not relative.startswith("..") else path.lstrip("/")
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    # Only the changed middle, with its context, goes through difflib (quadratic on repeated
    # lines); the hunk headers are then moved down by the lines set aside.
    start, limit = 0, min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[len(old) - 1 - end] == new[len(new) - 1 - end]:
        end += 1
    skip = max(0, start - CONTEXT)
    tail = max(0, end - CONTEXT)
    diff = difflib.unified_diff(
        old[skip : len(old) - tail], new[skip : len(new) - tail], fromfile=f"a/{path}", tofile=f"b/{path}", n=CONTEXT
    )
    lines = []
    for line in diff:
        header = _HUNK.fullmatch(line.rstrip("\n"))
        if header is not None and skip:
            a, b, c, d = header.groups()
            line = f"@@ -{int(a) + skip}{b or ''} +{int(c) + skip}{d or ''} @@\n"
        lines.append(line if line.endswith("\n") else line + "\n")
    return "".join(lines)


CONTEXT = 3
_HUNK = re.compile(r"@@ -(\d+)(,\d+)? \+(\d+)(,\d+)? @@")


# --- The command -------------------------------------------------------------------------------
