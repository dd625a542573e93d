"""Escaping text for Markdown and Mermaid: shared by the audit's Markdown formatter and by
redaction, which must find a name however a formatter escaped it."""

from __future__ import annotations

import re

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""C0 and C1 control characters (ESC starts ANSI and OSC sequences: clear screen, window title,
clipboard), DEL, line and paragraph separators and the bidirectional controls."""
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _visible(match: re.Match[str]) -> str:
    char = match.group(0)
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object, keep: str = "") -> str:
    """``text`` with every control character shown as an escape (``\\n``, ``\\x1b``, ``\\u202e``)
    except those in ``keep``: a terminal, a CI log or a Markdown viewer then shows what the input
    holds, and no input text can start a line, move the cursor or set the clipboard."""
    value = str(text)
    if not keep:
        return _CONTROL.sub(_visible, value)
    return _CONTROL.sub(lambda m: m.group(0) if m.group(0) in keep else _visible(m), value)


def md(text: object) -> str:
    """Text safe inside Markdown (paragraphs, list items and table cells): HTML is escaped as
    entities, Markdown punctuation with a backslash, line breaks become spaces."""
    value = printable(re.sub(r"\s+", " ", str(text)))
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", value)


def md_ticks(text: object) -> str:
    """Like :func:`md`, but `backtick` spans (rule messages and hints use them) stay code."""
    parts = re.split(r"`([^`]+)`", " ".join(str(text).split()))
    return "".join(code(part) if i % 2 else md(part) for i, part in enumerate(parts))


def code(text: object) -> str:
    """An inline code span that holds ``text`` whatever backticks it contains."""
    value = printable(" ".join(str(text).split()))
    longest = max((len(run) for run in re.findall(r"`+", value)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if value.startswith("`") or value.endswith("`") or not value.strip() else ""
    return f"{fence}{pad}{value}{pad}{fence}"


def mermaid_label(text: object) -> str:
    """Text for a quoted Mermaid label: characters Mermaid or HTML would read become entity codes."""
    out = []
    for char in " ".join(str(text).split()):
        if char in '"#&<>`\\' or ord(char) < 32:
            out.append(f"#{ord(char)};")
        else:
            out.append(char)
    return "".join(out)
