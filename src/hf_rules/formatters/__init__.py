"""Output formats. A formatter is a pure function ``(report) -> str``; it never evaluates.

A new format is one new module here and one entry in ``FORMATTERS``. The audit report's HTML
and Markdown, with their diagram layout and templates, are in :mod:`hf_rules.formatters.audit`;
the catalogue (``rules``, ``coverage``, ``explain``) and the generated docs are rendered from
the packs by :mod:`hf_rules.formatters.catalogue` and :mod:`hf_rules.formatters.docgen`.
May import: ``report``, ``rules``, ``documents``, ``yaml``, ``core``; not ``engine`` nor ``edit``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

from hf_rules.report.model import Report

_MODULES = {"text": "text", "json": "json_format", "sarif": "sarif", "junit": "junit", "github": "github"}


class _Formatters(Mapping[str, Callable[[Report], str]]):
    """Format name -> render function, each module imported when its format is first asked for
    (a pre-commit run prints text and need not import the SARIF and JUnit writers)."""

    def __getitem__(self, name: str) -> Callable[[Report], str]:
        return importlib.import_module(f"hf_rules.formatters.{_MODULES[name]}").render  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[str]:
        return iter(_MODULES)

    def __len__(self) -> int:
        return len(_MODULES)


FORMATTERS: Mapping[str, Callable[[Report], str]] = _Formatters()
