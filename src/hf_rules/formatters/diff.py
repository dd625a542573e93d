"""``hf-rules diff``: the comparison as text, JSON (``schemas/diff.schema.json``) or Markdown;
and the section "Endringer fra gjeldende struktur" of the audit report (``audit --compare``).
Only reads the :class:`~hf_rules.report.diff.Diff` model."""

from __future__ import annotations

import json as _json
from collections.abc import Callable

from pydantic_core import PydanticSerializationError

from hf_rules.core.i18n import word
from hf_rules.core.markup import code, md
from hf_rules.report.diff import Change, Diff, FindingRef, Value
from hf_rules.report.model import ForumInfo, OrganisationInfo, Structure

_RELATION_WORD = {
    "gives_input_to": "audit-gives-input",
    "gives_assignments_to": "audit-assigns",
    "supports": "audit-supports",
    "sub_committee_of": "audit-sub-committee-of",
}
_LIST_WORD = {"members": "audit-members", "observers": "audit-observers"}


def _value(value: Value, lang: str) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return word("audit-yes" if value else "audit-no", lang)
    if isinstance(value, list):
        return "[" + ", ".join(value) + "]" if value else "[]"
    if isinstance(value, str) and value in _LIST_WORD:
        return word(_LIST_WORD[value], lang).lower()
    return str(value)


def _seat(seat: str | None, lang: str) -> str:
    if seat is None:
        return "–"
    if seat.startswith("represents:"):
        kind = seat.removeprefix("represents:")
        try:
            return word(f"audit-constituency-{kind}", lang)
        except KeyError:
            return kind
    return seat


def describe(change: Change, lang: str, quote: Callable[[str], str] = str) -> str:
    """One change as a sentence in ``lang``; ``quote`` wraps each value (Markdown escapes them)."""
    after = change.after
    count = after if isinstance(after, int) and not isinstance(after, bool) else 1  # "1 møte", "4 møter"
    if isinstance(after, str) and after.rpartition("–")[2].isdigit():
        count = int(after.rpartition("–")[2])  # a range, "5–6 møter"
    template = word(f"diff-{change.kind}", lang, count)
    relation = _RELATION_WORD.get(change.field or "")
    values = {
        "forum": quote(change.forum or "–"),
        "party": quote(change.party or "–"),
        "plan": quote(change.plan or "–"),
        "seat": quote(_seat(change.seat, lang)),
        "field": quote(change.field or "–"),
        "before": quote(_value(change.before, lang)),
        "after": quote(_value(change.after, lang)),
        "relation": word(relation, lang)
        if relation
        else change.label.get(lang, change.label["nb"])
        if change.label
        else quote(change.field or "–"),
    }
    return template.format(**values)


def _finding_line(finding: FindingRef) -> str:
    return f"{finding.file}:{finding.line}:{finding.column}: {finding.severity} {finding.rule} {finding.message}"


def _verdict(diff: Diff) -> str:
    lang = diff.lang
    return f"{word('verdict-' + diff.old.verdict, lang)} → {word('verdict-' + diff.new.verdict, lang)}"


def text(diff: Diff) -> str:
    lang = diff.lang
    lines = [
        f"{word('diff-title', lang)}: {', '.join(diff.old.paths)} → {', '.join(diff.new.paths)}",
        f"hf-rules {diff.version} · {word('packs', lang)}: {', '.join(diff.rule_packs) or '-'} · "
        f"{word('as-of', lang)} {diff.as_of}",
        "",
    ]
    for side in (diff.old, diff.new):
        lines += side.input_problems
    if diff.old.input_problems or diff.new.input_problems:
        lines.append("")
    lines.append(f"{word('diff-structure', lang)}:")
    lines += [f"  {c.file}:{c.line}: {describe(c, lang)}" for c in diff.changes] or [
        f"  {word('diff-no-changes', lang)}"
    ]
    lines += ["", f"{word('diff-compliance', lang)}:"]
    for key, found in (("diff-introduced", diff.introduced), ("diff-resolved", diff.resolved)):
        lines += [f"  {word(key, lang)}: {_finding_line(f)}" for f in found]
    counts = [
        f"{len(diff.introduced)} {word('diff-introduced', lang, len(diff.introduced))}",
        f"{len(diff.resolved)} {word('diff-resolved', lang, len(diff.resolved))}",
        f"{len(diff.unchanged)} {word('diff-unchanged', lang, len(diff.unchanged))}",
    ]
    lines.append(f"  {', '.join(counts)}")
    lines += ["", f"{word('verdict', lang)}: {_verdict(diff)}"]
    return "\n".join(lines) + "\n"


def json(diff: Diff) -> str:
    try:
        return diff.model_dump_json(indent=2) + "\n"
    except PydanticSerializationError:  # a file name that is not UTF-8, as in json_format
        dumped = _json.dumps(diff.model_dump(mode="json"), indent=2, ensure_ascii=False)
        return dumped.encode("utf-8", "backslashreplace").decode("utf-8") + "\n"


def section(diff: Diff, level: int = 2) -> list[str]:
    """The Markdown section "Endringer fra gjeldende struktur" (also the audit report's)."""
    lang = diff.lang
    head = "#" * level
    out = [
        f"{head} {word('diff-title', lang)}",
        "",
        word("diff-lead", lang).format(date=diff.as_of),
        "",
        f"{word('diff-old', lang).capitalize()}: {', '.join(code(p) for p in diff.old.paths)} · "
        f"{word('diff-new', lang)}: {', '.join(code(p) for p in diff.new.paths)}",
        "",
        f"**{word('diff-verdict-change', lang)}:** {_verdict(diff)}",
        "",
    ]
    problems = [*diff.old.input_problems, *diff.new.input_problems]
    if problems:
        out += [f"{head}# {word('audit-input-problems', lang)}", ""]
        out += [f"- {code(p)}" for p in problems] + [""]
    out += [f"{head}# {word('diff-structure', lang)}", ""]
    if diff.changes:
        out += [f"| {word('diff-change', lang)} | {word('diff-where', lang)} |", "|---|---|"]
        out += [f"| {describe(c, lang, md)} | {code(f'{c.file}:{c.line}')} |" for c in diff.changes]
    else:
        out.append(word("diff-no-changes", lang))
    out += ["", f"{head}# {word('diff-compliance', lang)}", ""]
    for key, found in (
        ("diff-introduced", diff.introduced),
        ("diff-resolved", diff.resolved),
        ("diff-unchanged", diff.unchanged),
    ):
        out.append(f"- **{len(found)} {word(key, lang, len(found))}**")
        out += [
            f"  - {word(f.severity, lang)} {code(f.rule)} {md(f.message)} — {code(f'{f.file}:{f.line}:{f.column}')}"
            for f in found
        ]
    out.append("")
    return out


def markdown(diff: Diff) -> str:
    return "\n".join(section(diff, level=1)).rstrip("\n") + "\n"


def compared_fora(
    org: OrganisationInfo, compare: Diff | None, compare_structure: Structure | None
) -> tuple[frozenset[str], list[ForumInfo]]:
    """The ids of ``org``'s fora that the comparison adds, and the fora of the approved structure it removes."""
    if compare is None:
        return frozenset(), []
    mine = [c for c in compare.changes if c.organisation == org.id]
    added = frozenset(c.forum for c in mine if c.kind == "forum-added" and c.forum)
    removed_ids = {c.forum for c in mine if c.kind == "forum-removed"}
    old = next((o for o in (compare_structure.organisations if compare_structure else []) if o.id == org.id), None)
    return added, [f for f in (old.fora if old else []) if f.id in removed_ids]
