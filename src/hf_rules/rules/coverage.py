"""The coverage of the agreement: each obligation of the packs in force with the rules that
encode it, or why none can. Data for ``hf-rules coverage``, the audit and the docs."""

from __future__ import annotations

import re
from typing import Any

from hf_rules.rules.model import Text
from hf_rules.rules.pack import PackSet


def _t(text: Text | None, lang: str) -> str:
    return "" if text is None else str(getattr(text, lang))


def _natural(text: str) -> list[Any]:
    """O2 before O10."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]


def coverage_rows(packs: PackSet, lang: str) -> list[dict[str, Any]]:
    """One row per obligation: its text, and the rules that encode it or why none can."""
    table = packs.coverage()
    rows = []
    for oid, obligation in sorted(packs.obligations.items(), key=lambda item: _natural(item[0])):
        rules = table.get(oid, [])
        not_checkable = packs.not_checkable.get(oid)
        status = "encoded" if rules else "not-checkable" if not_checkable else "not-covered"
        rows.append(
            {
                "obligation": oid,
                "text": _t(obligation.text, lang),
                "status": status,
                "rules": rules,
                "reason": _t(not_checkable.reason, lang) if not_checkable else None,
            }
        )
    return rows
