"""Moving one item of a YAML list to another list of the same mapping, by moving its lines:
the ``fix`` remedy for a party seated as a member where the agreement makes it an observer
(``members`` -> ``observers``).

As for additions (:mod:`hf_rules.edit.splice`), ruamel.yaml (round-trip) only finds *where*: the
item's lines, the list it goes to (or the key to follow when that list is missing). The item's
own lines are then cut and pasted, re-indented to the target list's column if it differs, so its
text, its trailing comment and the comments inside it travel with it; every other byte stays.
Each result is checked: parsed again it must equal the data before with the item moved, and
line by line the lines removed must be the lines added (but for their indentation, and a new
``observers:`` key line). A move that fails the check is left out and reported.
"""

from __future__ import annotations

import dataclasses
import difflib
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import Message
from hf_rules.edit.splice import FORUM_KEYS, CannotSplice, _end_of_block, _indent
from hf_rules.report.model import Finding
from hf_rules.yaml.loader import load_yaml_bytes


@dataclass
class Move:
    """One mechanical fix: move item ``index`` of the list at ``container.source`` to the end of
    the list at ``container.target`` (created after the keys that precede it when missing)."""

    rule: str
    finding: Finding
    file: str
    container: tuple[str, ...]
    source: str
    index: int
    target: str
    key_order: list[str] = field(default_factory=lambda: FORUM_KEYS)
    also: list[Finding] = field(default_factory=list)
    """Findings (of this rule or others) that the same move remedies."""


@dataclass
class Moved:
    move: Move
    line: int
    """1-based line of the moved item in the new text."""
    text: str
    """The item's first line, without its ``- ``."""


def _dash_column(lines: list[str], seq: CommentedSeq, index: int, name: str) -> int:
    line, column = seq.lc.item(index)
    before = lines[line][:column].rstrip()
    if not before.endswith("-"):
        raise CannotSplice(Message("splice-no-dash", key=name))
    return len(before) - 1


def _shifted(lines: list[str], by: int) -> list[str]:
    if by >= 0:
        return [(" " * by + line) if line.strip() else line for line in lines]
    if any(line.strip() and _indent(line) < -by for line in lines):
        raise CannotSplice(Message("move-cannot-reindent"))
    return [line[-by:] if line.strip() else line for line in lines]


def move_text(text: str, move: Move) -> tuple[str, Moved]:
    """``text`` with the item moved (raises :class:`CannotSplice`); not yet checked."""
    newline = "\r\n" if "\r\n" in text else "\n"
    yaml = YAML(typ="rt")
    try:
        data = yaml.load(text)
    except Exception as error:
        raise CannotSplice(Message("splice-round-trip", error=type(error).__name__)) from None
    lines = text.splitlines()
    mapping: Any = data
    for part in move.container:
        mapping = mapping[part] if isinstance(mapping, CommentedMap) and part in mapping else None
    if not isinstance(mapping, CommentedMap) or mapping.fa.flow_style():
        raise CannotSplice(Message("splice-not-block-mapping", where=".".join(move.container)))
    source = mapping.get(move.source)
    if not isinstance(source, CommentedSeq) or source.fa.flow_style() or move.index >= len(source):
        raise CannotSplice(Message("move-no-such-item", key=move.source))
    if len(source) == 1:
        raise CannotSplice(Message("move-left-empty", key=move.source))
    dash = _dash_column(lines, source, move.index, move.source)
    start = source.lc.item(move.index)[0]
    end = _end_of_block(lines, start, dash)
    item = lines[start : end + 1]
    source_key_col = mapping.lc.key(move.source)[1]
    target = mapping.get(move.target)
    head: list[str] = []
    if isinstance(target, CommentedSeq) and len(target) and not target.fa.flow_style():
        last = len(target) - 1
        target_dash = _dash_column(lines, target, last, move.target)
        after = _end_of_block(lines, target.lc.item(last)[0], target_dash)
    elif move.target in mapping and target is None:
        after, key_col = mapping.lc.key(move.target)
        rest = lines[after][key_col:].split(":", 1)[-1].strip()
        if rest and not rest.startswith("#"):
            raise CannotSplice(Message("splice-explicit-empty", key=move.target))
        target_dash = key_col + (dash - source_key_col)
    elif move.target not in mapping:
        order = move.key_order
        position = order.index(move.target) if move.target in order else len(order)
        preceding = [k for k in mapping if k in order[:position]]
        anchor = preceding[-1] if preceding else list(mapping)[-1]
        anchor_line, key_col = mapping.lc.key(anchor)
        after = _end_of_block(lines, anchor_line, key_col, key=True)
        target_dash = key_col + (dash - source_key_col)
        head = [f"{' ' * key_col}{move.target}:"]
    else:
        raise CannotSplice(Message("move-not-block-list", key=move.target))
    pasted = head + _shifted(item, target_dash - dash)
    out: list[str] = []
    line_of_item = 0
    for index, line in enumerate(lines):
        if not start <= index <= end:
            out.append(line)
        if index == after:
            line_of_item = len(out) + len(head) + 1
            out.extend(pasted)
    result = newline.join(out) + (newline if text.endswith(("\n", "\r")) else "")
    return result, Moved(move, line_of_item, item[0].strip()[2:].strip())


def _plain(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _plain(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_plain(v) for v in data]
    return data


def _expected(text: str, move: Move) -> Any:
    data = _plain(load_yaml_bytes(text.encode("utf-8"), "<original>").data)
    mapping = data
    for part in move.container:
        mapping = mapping[part]
    item = mapping[move.source].pop(move.index)
    if mapping.get(move.target) is None:
        mapping[move.target] = []
    mapping[move.target].append(item)
    return data


def only_moved(before: str, after: str, target: str) -> bool:
    """The lines removed are the lines added, but for indentation and a new ``target:`` key line."""
    old, new = before.splitlines(), after.splitlines()
    removed: list[str] = []
    added: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag != "equal":
            removed += [line.strip() for line in old[i1:i2]]
            added += [line.strip() for line in new[j1:j2]]
    if f"{target}:" in added and f"{target}:" not in removed:
        added.remove(f"{target}:")
    return sorted(removed) == sorted(added)


def follow(line: int, before: str, after: str) -> int:
    """Where 1-based ``line`` of ``before`` (a line the edit kept) is in ``after``."""
    matcher = difflib.SequenceMatcher(None, before.splitlines(), after.splitlines(), autojunk=False)
    for tag, i1, i2, j1, _ in matcher.get_opcodes():
        if tag == "equal" and i1 <= line - 1 < i2:
            return j1 + (line - 1 - i1) + 1
    return line


def apply_moves(text: str, moves: list[Move]) -> tuple[str, list[Moved], list[tuple[Move, Message]]]:
    """The new text, what was moved (lines of the new text), and the moves that could not be
    made with the reason. One at a time, each checked, in document order (so the items keep
    their order in the target list); indexes are of the original text."""
    done: list[Moved] = []
    failed: list[tuple[Move, Message]] = []
    current = text
    for move in sorted(moves, key=lambda m: (m.container, m.source, m.index)):
        gone = sum(1 for d in done if (d.move.container, d.move.source) == (move.container, move.source))
        now = dataclasses.replace(move, index=move.index - gone)  # items moved before it were above it
        try:
            new, moved = move_text(current, now)
            moved.move = move
            try:
                got = _plain(load_yaml_bytes(new.encode("utf-8"), "<fixed>").data)
            except InputError as error:
                raise CannotSplice(Message("splice-would-not-load", problem=error.said)) from None
            if got != _expected(current, now) or not only_moved(current, new, move.target):
                raise CannotSplice(Message("splice-would-change"))
        except CannotSplice as reason:
            failed.append((move, reason.said))
            continue
        for earlier in done:  # lines moved now shift what was moved before
            earlier.line = follow(earlier.line, current, new)
        done.append(moved)
        current = new
    return current, done, failed
