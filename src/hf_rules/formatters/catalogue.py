"""The rule catalogue, the coverage of the agreement and ``explain``: generated from the packs,
never written twice. Text for the terminal, JSON for tools, Markdown for ``docs/``."""

from __future__ import annotations

import json
from typing import Any

from hf_rules.core.i18n import dated, word
from hf_rules.core.markup import printable
from hf_rules.rules.coverage import changed_text, coverage_rows, said
from hf_rules.rules.pack import LoadedRule, PackSet, general


def _shown(lines: list[str]) -> str:
    """The lines as printed: a pack's texts are input too, so a control character in them (an
    ANSI sequence, a carriage return) is shown as an escape, never sent to the terminal; a line
    break stays one (the entries of several lines are built with them)."""
    return "\n".join(printable(part, keep="\t") for line in lines for part in line.split("\n")) + "\n"


def _applies_to(loaded: LoadedRule) -> str:
    selector = loaded.rule.applies_to
    parts: list[str] = [selector.kind]
    if selector.type:
        parts.append("type=" + "|".join(selector.type))
    if selector.id:
        parts.append("id=" + "|".join(selector.id))
    if selector.has_sector is not None:
        parts.append(f"has_sector={str(selector.has_sector).lower()}")
    if selector.topic:
        parts.append("topic=" + "|".join(selector.topic))
    if selector.priority_groups:
        parts.append("priority_groups=" + "|".join(selector.priority_groups))
    if selector.time_limited is not None:
        parts.append(f"time_limited={str(selector.time_limited).lower()}")
    return " ".join(parts)


def reading_word(reading: str | None, lang: str) -> str:
    """How a rule reads its quote, in words: ``krever``/``requires`` … (``ikke oppgitt`` when unstated)."""
    return word(f"reading-{reading or 'unstated'}", lang)


def rules_text(packs: PackSet, lang: str) -> str:
    width = max((len(r.rule.id) for r in packs.rules), default=10)
    lines = [
        f"{r.rule.id:<{width}}  {word(r.rule.severity, lang):<9}  {reading_word(r.rule.reading, lang):<12}  "
        f"{','.join(r.rule.obligations):<10}  {said(r.rule.title, lang)}"
        for r in packs.rules
    ]
    for rule_id, (pack, reason) in packs.replaced_rules.items():
        lines.append(f"{rule_id:<{width}}  {word('replaced', lang)} ({pack}): {said(reason, lang)}")
    for rule_id, (pack, reason) in packs.disabled.items():
        lines.append(f"{rule_id:<{width}}  {word('disabled', lang)} ({pack}): {said(reason, lang)}")
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
            "reading": r.rule.reading,
            "obligations": r.rule.obligations,
            "title": said(r.rule.title, lang),
            "applies_to": r.rule.applies_to.model_dump(exclude_none=True),
            "check": r.rule.check.function,
            "file": r.file,
            "line": r.line,
        }
        for r in packs.rules
    ]
    return (
        json.dumps(
            {"rules": data, "disabled": sorted(packs.disabled), "replaced": sorted(packs.replaced_rules)},
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )


def _rule_detail(row: dict[str, Any], rule_id: str, lang: str) -> str:
    info = row["readings"][rule_id]
    return f"{rule_id} ({word(info['severity'], lang)}, {reading_word(info['reading'], lang)})"


def coverage_text(packs: PackSet, lang: str) -> str:
    lines = []
    for row in coverage_rows(packs, lang):
        if row["status"] == "encoded":
            detail = ", ".join(_rule_detail(row, r, lang) for r in row["rules"])
        elif row["status"] == "not-checkable":
            detail = f"{word('not-checkable', lang)}: {row['reason']}"
        elif row["status"] == "retired":
            detail = changed_text(row, lang)
        else:
            detail = word("not-covered", lang)
        lines.append(f"{row['obligation']:<4} {row['text']}\n     -> {detail}")
        if row["changed_by"] and row["status"] != "retired":
            lines.append(f"     ({changed_text(row, lang)})")
    return _shown(lines)


def coverage_markdown(packs: PackSet, lang: str) -> str:
    lines = [f"| # | {word('obligation', lang)} | {word('rules-severity-reading', lang)} |", "|---|---|---|"]
    for row in coverage_rows(packs, lang):
        if row["status"] == "retired":
            detail = changed_text(row, lang)
        elif row["rules"]:
            detail = ", ".join(
                f"`{r}` ({word(row['readings'][r]['severity'], lang)}, {reading_word(row['readings'][r]['reading'], lang)})"
                for r in row["rules"]
            )
        else:
            detail = f"{word('not-checkable', lang)}: {row['reason']}" if row["reason"] else word("not-covered", lang)
        if row["changed_by"] and row["status"] != "retired":
            detail += f" ({changed_text(row, lang)})"
        lines.append(f"| {row['obligation']} | {row['text']} | {detail} |")
    return _shown(lines)


def explain_data(loaded: LoadedRule, packs: PackSet, lang: str) -> dict[str, object]:
    """``explain --format json``: the rule as one object."""
    rule = loaded.rule
    source = packs.sources[rule.source.document]
    return {
        "id": rule.id,
        "severity": rule.severity,
        "title": said(rule.title, lang),
        "obligations": [{"id": o, "text": said(packs.obligations[o].text, lang)} for o in rule.obligations],
        "source": {"document": source.title, "date": source.date or "", "quote": rule.source.quote},
        "interpretation": said(rule.interpretation, lang) or None,
        "applies_to": rule.applies_to.model_dump(exclude_none=True),
        "check": {"function": rule.check.function, "options": rule.check.options or {}},
        "fix": general(said(rule.hint, lang)),
        "valid_from": str(rule.valid_from) if rule.valid_from else None,
        "valid_to": str(rule.valid_to) if rule.valid_to else None,
        "pack": loaded.pack,
        "file": loaded.file,
        "line": loaded.line,
    }


def explain_text(loaded: LoadedRule, packs: PackSet, lang: str) -> str:
    rule = loaded.rule
    source = packs.sources[rule.source.document]
    lines = [
        f"{rule.id} ({word(rule.severity, lang)}) — {said(rule.title, lang)}",
        f"{word('reading', lang)}: {reading_word(rule.reading, lang)}",
        f"{word('obligations', lang)}: "
        + "; ".join(f"{o} {said(packs.obligations[o].text, lang)}" for o in rule.obligations),
        f"{word('source', lang)}: {source.title} ({dated(source.date, lang)}):",
        f"    «{rule.source.quote}»",
    ]
    if rule.interpretation:
        lines.append(f"{word('interpretation', lang)}: {said(rule.interpretation, lang)}")
    lines.append(f"{word('applies-to', lang)}: {_applies_to(loaded)}")
    options = json.dumps(rule.check.options, ensure_ascii=False) if rule.check.options else ""
    lines.append(f"{word('checks', lang)}: {rule.check.function} {options}".rstrip())
    lines.append(f"{word('fix', lang)}: {general(said(rule.hint, lang))}")
    if rule.valid_from or rule.valid_to:
        lines.append(f"{word('valid', lang)}: {rule.valid_from or '…'} – {rule.valid_to or '…'}")
    if rule.id in packs.replaced_rules:
        pack, reason = packs.replaced_rules[rule.id]
        lines.append(f"{word('replaced', lang)} ({pack}): {said(reason, lang)}")
    lines.append(f"{word('pack', lang)}: {loaded.pack} ({loaded.file}:{loaded.line})")
    return _shown(lines)
