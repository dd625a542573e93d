"""Escaping text for Markdown and Mermaid: shared by the audit's Markdown formatter and by
redaction, which must find a name however a formatter escaped it."""

from __future__ import annotations

import re

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def md(text: object) -> str:
    """Text safe inside Markdown (paragraphs, list items and table cells): HTML is escaped as
    entities, Markdown punctuation with a backslash, line breaks become spaces."""
    value = re.sub(r"\s+", " ", str(text))
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", value)


def md_ticks(text: object) -> str:
    """Like :func:`md`, but `backtick` spans (rule messages and hints use them) stay code."""
    parts = re.split(r"`([^`]+)`", " ".join(str(text).split()))
    return "".join(code(part) if i % 2 else md(part) for i, part in enumerate(parts))


def code(text: object) -> str:
    """An inline code span that holds ``text`` whatever backticks it contains."""
    value = " ".join(str(text).split())
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
