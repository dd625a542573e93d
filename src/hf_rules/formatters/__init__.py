"""Output formats. A formatter is a pure function ``(report) -> str``; it never evaluates.

A new format is one new module here and one entry in ``FORMATTERS``.
"""

from __future__ import annotations

from collections.abc import Callable

from hf_rules.formatters import github, json_format, junit, sarif, text
from hf_rules.report import Report

FORMATTERS: dict[str, Callable[[Report], str]] = {
    "text": text.render,
    "json": json_format.render,
    "sarif": sarif.render,
    "junit": junit.render,
    "github": github.render,
}
