"""The coverage of the agreement: each obligation of the packs in force with the rules that
encode it, or why none can. Data for ``hf-rules coverage``, the audit and the docs."""

from __future__ import annotations

import re
from typing import Any

from hf_rules.core.i18n import say, word
from hf_rules.rules.model import NotCheckable, Obligation, Text
from hf_rules.rules.pack import PackSet


def said(text: Text | None, lang: str) -> str:
    """A pack's bilingual text in ``lang`` (empty when there is none)."""
    return "" if text is None else str(getattr(text, lang))


def _natural(text: str) -> list[Any]:
    """O2 before O10."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]


def _reason(entry: NotCheckable, lang: str) -> str:
    """Why no rule checks it: the pack's reason, after "not yet: it awaits a building block" for
    an obligation that waits for one (``awaits: true``)."""
    reason = said(entry.reason, lang)
    return say("awaits-building-block", lang, reason=reason) if entry.awaits else reason


def coverage_rows(packs: PackSet, lang: str) -> list[dict[str, Any]]:
    """One row per obligation: its text, and the rules that encode it (with each rule's severity
    and reading) or why none can; inherited obligations an extending pack replaced or retired say
    so (``changed_by``), a retired one with status ``retired``."""
    table = packs.coverage()
    by_id = {r.rule.id: r.rule for r in packs.rules}
    rows = []
    catalogue: list[tuple[str, Obligation, tuple[str, Text] | None]] = [
        (oid, ob, None) for oid, ob in packs.obligations.items()
    ]
    catalogue += [(oid, ob, (pack, reason)) for oid, (pack, reason, ob) in packs.retired_obligations.items()]
    for oid, obligation, retired in sorted(catalogue, key=lambda item: _natural(item[0])):
        rules = [] if retired else table.get(oid, [])
        not_checkable = None if retired else packs.not_checkable.get(oid)
        status = "retired" if retired else "encoded" if rules else "not-checkable" if not_checkable else "not-covered"
        changed = retired or packs.replaced_obligations.get(oid)
        rows.append(
            {
                "obligation": oid,
                "text": said(obligation.text, lang),
                "status": status,
                "rules": rules,
                "readings": {r: {"severity": by_id[r].severity, "reading": by_id[r].reading} for r in rules},
                "reason": _reason(not_checkable, lang) if not_checkable else None,
                "awaits": bool(not_checkable and not_checkable.awaits),
                "changed_by": None
                if changed is None
                else {
                    "change": "retired" if retired else "replaced",
                    "pack": changed[0],
                    "reason": said(changed[1], lang),
                },
            }
        )
    return rows


def changed_text(row: dict[str, Any], lang: str) -> str:
    """``erstattet av oslo: …`` / ``retired by vestfjord: …`` for a replaced or retired obligation."""
    change = row["changed_by"]
    return changed_by(change["change"], change["pack"], change["reason"], lang)


def changed_by(change: str, pack: str, reason: str, lang: str) -> str:
    """``erstattet av oslo: …`` / ``retired by vestfjord: …``: what an extending pack did to an
    inherited rule or obligation (``change``: ``replaced`` or ``retired``), and why."""
    return say("changed-by", lang, change=word(change, lang), pack=pack, reason=reason)
