"""Rewriting one case's ``expect`` in a pack-test file, for ``hf-rules test --accept``.

The same approach as :mod:`hf_rules.edit.splice` for ``fix``: the loader's positions say where
the case's ``expect``, its ``findings`` items, ``count`` and ``exit`` values are; the change is
made to those lines only (an item's lines deleted, a number replaced, new items inserted after
the last one in the style of their siblings), so every comment, quote and other case stays byte
for byte. A round-trip ``dump`` is not used (it re-indents and moves comments, see ``splice``).
Each result is checked: parsed again, the file must hold the same data with only this case's
``expect`` changed, to what was meant; otherwise :class:`CannotSplice`, and the file is left as it
was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import Message
from hf_rules.edit.splice import CannotSplice, _end_of_block, _flow
from hf_rules.yaml.loader import Document, Limits, load_yaml_bytes

FINDING_KEYS = ("rule", "subject", "file", "line", "count")
"""The order of an expected finding's keys, as the docs write them."""

_NUMBER = re.compile(r"[0-9]+")
_WORD = re.compile(r"[A-Za-z]+")


@dataclass
class ExpectChange:
    """What accepting a case changes in its ``expect``: the entries of ``expect.findings`` kept
    (by index; a ``count`` changed where ``recount`` says), the entries added after them, and the
    exit code written (``None``: ``exit`` is left as it is, or, for a new ``expect``, left out)."""

    keep: list[int] = field(default_factory=list)
    recount: dict[int, int] = field(default_factory=dict)
    add: list[dict[str, Any]] = field(default_factory=list)
    exit: int | None = None


@dataclass
class _Lines:
    """Line edits on the original lines (0-based): a line replaced by lines (none: deleted),
    lines inserted after a line."""

    lines: list[str]
    newline: str
    replaced: dict[int, list[str]] = field(default_factory=dict)
    after: dict[int, list[str]] = field(default_factory=dict)

    def joined(self) -> str:
        out: list[str] = []
        for index, line in enumerate(self.lines):
            out += self.replaced.get(index, [line])
            out += [added + self.newline for added in self.after.get(index, [])]
        return "".join(out)


def entry(rule: str, subject: str, file: str | None, line: int | None, count: int = 1) -> dict[str, Any]:
    """An expected finding as data, its keys in the documented order (``count`` only above 1)."""
    data: dict[str, Any] = {"rule": rule, "subject": subject}
    if file is not None:
        data["file"] = file
    if line is not None:
        data["line"] = line
    if count > 1:
        data["count"] = count
    return data


def new_expect(doc: Document, case: int, change: ExpectChange) -> dict[str, Any]:
    """The data ``expect`` of case ``case`` has once ``change`` is made."""
    old = doc.data["cases"][case].get("expect")
    old = old if isinstance(old, dict) else {}
    listed = old.get("findings")
    findings: list[Any] = listed if isinstance(listed, list) else []
    entries: list[dict[str, Any]] = []
    for index in change.keep:
        kept = dict(findings[index])
        if index in change.recount:
            kept["count"] = change.recount[index]
        entries.append(kept)
    entries += change.add
    data: dict[str, Any] = {"findings": entries} if entries else {"compliant": True}
    exit_code = change.exit if change.exit is not None else old.get("exit")
    if exit_code is not None:
        data["exit"] = exit_code
    return data


def splice_expect(
    text: str, doc: Document, case: int, change: ExpectChange, before: Any = None, limits: Limits = Limits()
) -> tuple[str, Any]:
    """``text`` with case ``case``'s ``expect`` changed, and the data it then holds (raises
    :class:`CannotSplice`, the text then left as it is). ``doc`` is the file as loaded; ``text``
    may already have cases below ``case`` changed, ``before`` being its data (default ``doc``'s):
    cases are changed from the last up, so the positions of those above stay right."""
    lines = _Lines(text.splitlines(keepends=True), "\r\n" if "\r\n" in text else "\n")
    if lines.lines and not lines.lines[-1].endswith(("\n", "\r")):
        lines.lines[-1] += lines.newline
    wanted = new_expect(doc, case, change)
    base: tuple[str | int, ...] = ("cases", case)
    if base not in doc.positions or _char(lines, doc.positions[base]) in "{[":
        raise CannotSplice(Message("accept-case-not-block", case=case + 1))
    expect = (*base, "expect")
    if expect not in doc.positions:
        _add_expect(lines, doc, base, wanted)
    elif _char(lines, doc.positions[expect]) in "{[" or doc.positions[expect][0] == doc.key_positions[expect][0]:
        _rewrite_block(lines, doc, expect, "expect", _expect_lines(doc, lines, wanted))
    else:
        _change_expect(lines, doc, expect, change, wanted)
    result = lines.joined()
    if not text.endswith(("\n", "\r")):
        result = result[: -len(lines.newline)]
    return result, _verify(result, doc, case, wanted, doc.data if before is None else before, limits)


# --- the edits -----------------------------------------------------------------------------------


def _char(lines: _Lines, position: tuple[int, int]) -> str:
    line, column = position
    return lines.lines[line - 1][column - 1 : column] if 0 < line <= len(lines.lines) else ""


@dataclass
class _Style:
    """How the file writes an ``expect``: the indent of a key below its parent key, how far the
    ``-`` of a findings item sits right of ``findings:``, the spaces after the ``-``, and whether
    items are flow mappings ``{...}``."""

    indent: int = 2
    offset: int = 2
    gap: int = 1
    flow: bool = True


def _dash(lines: _Lines, position: tuple[int, int]) -> int | None:
    """The column (0-based) of the ``-`` of the block sequence item whose value is at ``position``."""
    line, column = position
    before = lines.lines[line - 1][: column - 1].rstrip()
    return len(before) - 1 if before.endswith("-") and not before[:-1].strip() else None


def _style(doc: Document, lines: _Lines) -> _Style:
    """The style of the first case with block findings; else the indent of ``metadata`` and the
    dash of ``cases`` (else two spaces and ``- {...}``)."""
    for path, position in doc.positions.items():
        if len(path) != 6 or path[0] != "cases" or path[2:4] != ("expect", "findings") or path[5] != 0:
            continue
        findings_key, expect_key = doc.key_positions.get(path[:4]), doc.key_positions.get(path[:3])
        dash = _dash(lines, position)
        if findings_key is None or expect_key is None or dash is None or position[0] == findings_key[0]:
            continue
        indent = findings_key[1] - expect_key[1] if findings_key[0] != expect_key[0] else 2
        return _Style(
            indent if indent > 0 else 2,
            max(dash - (findings_key[1] - 1), 0),
            max(position[1] - 2 - dash, 1),
            _char(lines, position) == "{",
        )
    style = _Style()
    parent, child = doc.key_positions.get(("metadata",)), doc.key_positions.get(("metadata", "id"))
    if parent and child and child[0] != parent[0] and child[1] > parent[1]:
        style.indent = child[1] - parent[1]
    first, key = doc.positions.get(("cases", 0)), doc.key_positions.get(("cases",))
    dash = _dash(lines, first) if first else None
    if first and key and dash is not None:
        style.offset, style.gap = max(dash - (key[1] - 1), 0), max(first[1] - 2 - dash, 1)
    return style


def _item_text(item: dict[str, Any], dash: int, gap: int, flow: bool) -> list[str]:
    """An expected finding as the lines of a block sequence item, its ``-`` at column ``dash``."""
    ordered = {key: item[key] for key in FINDING_KEYS if key in item} | item
    head = " " * dash + "-" + " " * gap
    if flow:
        return [head + _flow(ordered)]
    pairs = [_flow({key: value}) for key, value in ordered.items()]
    return [head + pairs[0]] + [" " * len(head) + pair for pair in pairs[1:]]


def _findings_lines(entries: list[dict[str, Any]], key_col: int, doc: Document, lines: _Lines) -> list[str]:
    style = _style(doc, lines)
    dash = key_col + style.offset
    return [" " * key_col + "findings:"] + [ln for e in entries for ln in _item_text(e, dash, style.gap, style.flow)]


def _expect_lines(doc: Document, lines: _Lines, wanted: dict[str, Any]) -> list[str]:
    """The lines of ``wanted`` below an ``expect:`` key at column 0 (indented by the file's step)."""
    indent = _style(doc, lines).indent
    body = (
        _findings_lines(wanted["findings"], indent, doc, lines)
        if "findings" in wanted
        else [" " * indent + "compliant: true"]
    )
    if "exit" in wanted:
        body.append(f"{' ' * indent}exit: {wanted['exit']}")
    return body


def _add_expect(lines: _Lines, doc: Document, base: tuple[str | int, ...], wanted: dict[str, Any]) -> None:
    """A case without ``expect``: the block after the case's last line, at its keys' column."""
    line, column = doc.positions[base]
    dash = lines.lines[line - 1][: column - 1].rstrip()
    if not dash.endswith("-"):
        raise CannotSplice(Message("splice-no-dash", key="cases"))
    last = _end_of_block(lines.lines, line - 1, len(dash) - 1)
    pad = " " * (column - 1)
    new = [f"{pad}expect:"] + [pad + ln for ln in _expect_lines(doc, lines, wanted)]
    lines.after.setdefault(last, []).extend(new)


def _rewrite_block(lines: _Lines, doc: Document, path: tuple[str | int, ...], key: str, body: list[str]) -> None:
    """Replace the key at ``path`` and all below it with ``key:`` and ``body`` (indented from the key)."""
    line, column = doc.key_positions[path]
    if lines.lines[line - 1][: column - 1].strip():
        raise CannotSplice(Message("splice-not-block-mapping", where=".".join(map(str, path[:-1]))))
    last = _end_of_block(lines.lines, line - 1, column - 1, key=True)
    pad = " " * (column - 1)
    lines.replaced[line - 1] = [f"{pad}{key}:{lines.newline}"] + [pad + ln + lines.newline for ln in body]
    for index in range(line, last + 1):
        lines.replaced[index] = []


def _replace_token(lines: _Lines, position: tuple[int, int], pattern: re.Pattern[str], new: str, where: str) -> None:
    line, column = position
    text = lines.replaced.get(line - 1, [lines.lines[line - 1]])
    if len(text) != 1:
        raise CannotSplice(Message("accept-cannot-change", where=where))
    found = pattern.match(text[0], column - 1)
    if found is None:
        raise CannotSplice(Message("accept-cannot-change", where=where))
    lines.replaced[line - 1] = [text[0][: found.start()] + new + text[0][found.end() :]]


def _change_expect(
    lines: _Lines, doc: Document, expect: tuple[str | int, ...], change: ExpectChange, wanted: dict[str, Any]
) -> None:
    """A block ``expect``: its ``findings`` items, ``compliant`` and ``exit`` changed in place."""
    old = doc.data["cases"][expect[1]]["expect"]
    where = ".".join(map(str, expect))
    if change.exit is not None and "exit" in old and change.exit != old["exit"]:
        _replace_token(lines, doc.positions[(*expect, "exit")], _NUMBER, str(change.exit), f"{where}.exit")
    findings = (*expect, "findings")
    compliant = (*expect, "compliant")
    if "compliant" in old:
        if "findings" not in wanted:
            return
        key_line, key_col = doc.key_positions[compliant]
        if doc.positions[compliant][0] != key_line:
            raise CannotSplice(Message("accept-cannot-change", where=f"{where}.compliant"))
        text = lines.lines[key_line - 1]
        value = _WORD.match(text, doc.positions[compliant][1] - 1)
        if value is None or text[: key_col - 1].strip():
            raise CannotSplice(Message("accept-cannot-change", where=f"{where}.compliant"))
        head = _findings_lines(wanted["findings"], key_col - 1, doc, lines)
        lines.replaced[key_line - 1] = [head[0] + text[value.end() :]]
        lines.after.setdefault(key_line - 1, []).extend(head[1:])
        return
    items = old.get("findings")
    if not isinstance(items, list):
        raise CannotSplice(Message("splice-not-a-list", key="findings"))
    if "findings" not in wanted:  # every entry gone: compliant
        key_col = doc.key_positions[findings][1]
        _rewrite_block(lines, doc, findings, "findings", [])
        lines.replaced[doc.key_positions[findings][0] - 1] = [f"{' ' * (key_col - 1)}compliant: true{lines.newline}"]
        return
    if not items or _char(lines, doc.positions[findings]) == "[":  # a flow list: written again as a block
        key_col = doc.key_positions[findings][1]
        body = _findings_lines(wanted["findings"], key_col - 1, doc, lines)[1:]
        _rewrite_block(lines, doc, findings, "findings", [ln[key_col - 1 :] for ln in body])
        return
    last_end, dash, gap, flow = -1, 0, 1, True
    for index in range(len(items)):
        item = (*findings, index)
        line, column = doc.positions[item]
        found = _dash(lines, (line, column))
        if found is None:
            raise CannotSplice(Message("splice-no-dash", key="findings"))
        dash, gap, flow = found, max(column - 2 - found, 1), _char(lines, (line, column)) == "{"
        end = _end_of_block(lines.lines, line - 1, dash)
        last_end = max(last_end, end)
        if index not in change.keep:
            for each in range(line - 1, end + 1):
                lines.replaced[each] = []
        elif index in change.recount:
            count = (*item, "count")
            if count not in doc.positions:
                raise CannotSplice(Message("accept-cannot-change", where=f"{where}.findings.{index}.count"))
            _replace_token(lines, doc.positions[count], _NUMBER, str(change.recount[index]), f"{where}.count")
    lines.after.setdefault(last_end, []).extend(ln for e in change.add for ln in _item_text(e, dash, gap, flow))


# --- the check -----------------------------------------------------------------------------------


def _verify(result: str, doc: Document, case: int, wanted: dict[str, Any], before: Any, limits: Limits) -> Any:
    """Parsed again, ``result`` must be ``before`` with case ``case``'s ``expect`` ``wanted``;
    its data."""
    try:
        again = load_yaml_bytes(result.encode("utf-8"), doc.path, limits)
    except InputError as error:
        raise CannotSplice(Message("splice-would-not-load", problem=error.said)) from None
    meant = {**before, "cases": list(before["cases"])}
    meant["cases"][case] = {**before["cases"][case], "expect": wanted}
    if again.data != meant:
        raise CannotSplice(Message("splice-would-change"))
    return again.data
