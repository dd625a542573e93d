"""The rule catalogue, the coverage of the agreement and ``explain``: generated from the packs,
never written twice. Text for the terminal, JSON for tools, Markdown for ``docs/``."""

from __future__ import annotations

import json

from hf_rules.core.i18n import word
from hf_rules.core.markup import printable
from hf_rules.rules.coverage import coverage_rows
from hf_rules.rules.model import Text
from hf_rules.rules.pack import LoadedRule, PackSet, general


def _shown(lines: list[str]) -> str:
    """The lines as printed: a pack's texts are input too, so a control character in them (an
    ANSI sequence, a carriage return) is shown as an escape, never sent to the terminal; a line
    break stays one (the entries of several lines are built with them)."""
    return "\n".join(printable(part, keep="\t") for line in lines for part in line.split("\n")) + "\n"


def _t(text: Text | None, lang: str) -> str:
    return "" if text is None else getattr(text, lang)


def _applies_to(loaded: LoadedRule) -> str:
    selector = loaded.rule.applies_to
    parts = [selector.kind]
    if selector.type:
        parts.append("type=" + "|".join(selector.type))
    if selector.id:
        parts.append("id=" + "|".join(selector.id))
    if selector.has_sector is not None:
        parts.append(f"has_sector={str(selector.has_sector).lower()}")
    return " ".join(parts)


def rules_text(packs: PackSet, lang: str) -> str:
    width = max((len(r.rule.id) for r in packs.rules), default=10)
    lines = [
        f"{r.rule.id:<{width}}  {r.rule.severity:<7}  {','.join(r.rule.obligations):<10}  {_t(r.rule.title, lang)}"
        for r in packs.rules
    ]
    for rule_id, (pack, reason) in packs.disabled.items():
        lines.append(f"{rule_id:<{width}}  {word('disabled', lang)} ({pack}): {_t(reason, lang)}")
    lines.append("")
    lines.append(
        f"{len(packs.rules)} {word('rule', lang, len(packs.rules))} · "
        + ", ".join(f"{p.metadata.id} {p.metadata.version}" for p, _ in packs.packs)
    )
    return _shown(lines)


def rules_json(packs: PackSet, lang: str) -> str:
    data = [
        {
            "id": r.rule.id,
            "pack": r.pack,
            "severity": r.rule.severity,
            "obligations": r.rule.obligations,
            "title": _t(r.rule.title, lang),
            "applies_to": r.rule.applies_to.model_dump(exclude_none=True),
            "check": r.rule.check.function,
            "file": r.file,
            "line": r.line,
        }
        for r in packs.rules
    ]
    return json.dumps({"rules": data, "disabled": sorted(packs.disabled)}, indent=2, ensure_ascii=False) + "\n"


def coverage_text(packs: PackSet, lang: str) -> str:
    lines = []
    for row in coverage_rows(packs, lang):
        if row["status"] == "encoded":
            detail = ", ".join(row["rules"])
        elif row["status"] == "not-checkable":
            detail = f"{word('not-checkable', lang)}: {row['reason']}"
        else:
            detail = word("not-covered", lang)
        lines.append(f"{row['obligation']:<4} {row['text']}\n     -> {detail}")
    return _shown(lines)


def coverage_markdown(packs: PackSet, lang: str) -> str:
    lines = ["| # | obligation | rules |", "|---|---|---|"]
    for row in coverage_rows(packs, lang):
        detail = (
            ", ".join(f"`{r}`" for r in row["rules"])
            if row["rules"]
            else (f"{word('not-checkable', lang)}: {row['reason']}" if row["reason"] else word("not-covered", lang))
        )
        lines.append(f"| {row['obligation']} | {row['text']} | {detail} |")
    return _shown(lines)


def explain_text(loaded: LoadedRule, packs: PackSet, lang: str) -> str:
    rule = loaded.rule
    source = packs.sources[rule.source.document]
    lines = [
        f"{rule.id} ({rule.severity}) — {_t(rule.title, lang)}",
        f"{word('obligations', lang)}: "
        + "; ".join(f"{o} {_t(packs.obligations[o].text, lang)}" for o in rule.obligations),
        f"{word('source', lang)}: {source.title} ({source.date}):",
        f"    «{rule.source.quote}»",
    ]
    if rule.interpretation:
        lines.append(f"{word('interpretation', lang)}: {_t(rule.interpretation, lang)}")
    lines.append(f"{word('applies-to', lang)}: {_applies_to(loaded)}")
    options = json.dumps(rule.check.options, ensure_ascii=False) if rule.check.options else ""
    lines.append(f"{word('checks', lang)}: {rule.check.function} {options}".rstrip())
    lines.append(f"{word('fix', lang)}: {general(_t(rule.hint, lang))}")
    if rule.valid_from or rule.valid_to:
        lines.append(f"{word('valid', lang)}: {rule.valid_from or '…'} – {rule.valid_to or '…'}")
    lines.append(f"pack: {loaded.pack} ({loaded.file}:{loaded.line})")
    return _shown(lines)
