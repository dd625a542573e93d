"""The audit report as Markdown (``hf-rules audit -o report.md``), for a pull request, a wiki or
GitHub: the structure as a Mermaid ``flowchart`` and the chair periods as a Mermaid ``gantt``,
both of which GitHub renders, each followed by the same facts as tables.

Every text from the documents goes through an escape for where it lands: Markdown text
(:func:`md`), a code span (:func:`code`), or a Mermaid label (:func:`mermaid_label`), so a forum
named ``<script>`` or ``| ** ]`` stays text. This module only reads the report; it never evaluates.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hf_rules.core.i18n import word
from hf_rules.core.markup import code, md, md_ticks, mermaid_label, printable
from hf_rules.formatters import diff as diff_format
from hf_rules.formatters.audit.html import (
    SIDE_COLOURS,
    TYPE_RANK,
    observer_name,
    rotation_text,
    secretariat_text,
    side_label,
    type_label,
)
from hf_rules.report.diff import Diff
from hf_rules.report.model import Finding, ForumInfo, OrganisationInfo, Report, Structure
from hf_rules.report.queries import findings_of, reproduce_command, rule_outcomes

Say = Callable[..., str]
"""``word`` bound to the report's language."""

"""Characters that start Markdown inline syntax anywhere in a line (``(`` only matters after
``]`` and ``!`` only before ``[``, both escaped; ``#``, ``+``, ``-`` only at the start of a line,
where text from documents never lands)."""
_STATUS_MARK = {
    "met": "✅",
    "violated": "❌",
    "waived": "⚠️",
    "not-evaluated": "⚠️",
    "not-checkable": "➖",
    "not-covered": "❔",
    "retired": "➖",
}
_VERDICT_MARK = {"compliant": "✅", "non-compliant": "❌", "invalid-input": "⚠️"}


def _gantt_text(text: object) -> str:
    """Gantt task and section names cannot hold ``:`` ``;`` ``#`` (nor entity codes): replaced."""
    value = " ".join(str(text).split())
    return re.sub(r'[:;#<>&"`\\{}\[\]]', "-", value) or "-"


def render(
    report: Report, output: str | None = None, compare: Diff | None = None, compare_structure: Structure | None = None
) -> str:
    """The report as Markdown; with ``compare`` (``audit --compare``) the section "Endringer fra
    gjeldende struktur", and the diagram marks the fora added and removed (those from
    ``compare_structure``, the approved structure's)."""
    # Markdown is read in terminals too: no control character of the input reaches one.
    return printable(_render(report, output, compare, compare_structure), keep="\n\t")


def _render(
    report: Report, output: str | None = None, compare: Diff | None = None, compare_structure: Structure | None = None
) -> str:
    lang = report.lang

    def w(key: str, count: int = 1) -> str:
        return word(key, lang, count)

    out: list[str] = []
    names = [o.name for o in report.structure.organisations]
    out.append(f"# {w('audit-title')}: {md(', '.join(names))}" if names else f"# {w('audit-title')}")
    out.append("")
    packs = ", ".join(f"{md(p.id)} {md(p.version)}" for p in report.rule_packs) or "–"
    date_label = w("as-of").capitalize() if report.as_of_reason == "as-of" else w("audit-run-date")
    out.append(
        f"{date_label} **{report.as_of}** · {w('packs').capitalize()}: {packs} · "
        f"{w('audit-generated')} {report.provenance.generated_at}"
    )
    out.append("")
    out += [
        f"- {md(o.name)}: {w('as-of')} **{o.as_of}** ({w('as-of-reason-' + o.as_of_reason)})"
        for o in report.structure.organisations
    ] + ([""] if report.structure.organisations else [])
    out.append(f"> {_VERDICT_MARK[report.verdict]} **{w('verdict')}: {w('verdict-' + report.verdict)}**  ")
    out.append(f"> {w('audit-lead-' + report.verdict)}")
    out.append("")
    counts: dict[str, int] = {}
    for ob in report.obligations:
        counts[ob.status] = counts.get(ob.status, 0) + 1
    s = report.summary
    stats = [
        f"{counts[k]} {w('audit-status-' + k)}"
        for k in ("met", "violated", "waived", "not-evaluated", "not-checkable", "not-covered")
        if counts.get(k)
    ]
    stats += [f"{s.error} {w('error', s.error)}", f"{s.warning} {w('warning', s.warning)}"]
    if s.waived:
        stats.append(f"{s.waived} {w('waived')}")
    if s.input_problems:
        stats.append(f"{s.input_problems} {w('input-problem', s.input_problems)}")
    stats += [f"{s.files} {w('file', s.files)}", f"{s.rules_evaluated} {w('rule', s.rules_evaluated)}"]
    out.append(f"{w('obligations').capitalize()}: " + " · ".join(stats))
    out.append("")

    if compare is not None:
        out += diff_format.section(compare, level=2)
    out += _findings(report, w)
    out += _obligations(report, w)
    out += _structure(report, w, compare, compare_structure)
    out += _chairs(report, w)
    out += _provenance(report, w, output)
    return "\n".join(out).rstrip("\n") + "\n"


def _finding_lines(f: Finding, say: Say) -> list[str]:
    label = say("waived") if f.status == "waived" else say(f.severity)
    lines = [
        f"- **{label}** {code(f.rule)} {md_ticks(f.message)} — {code(f'{f.file}:{f.line}:{f.column}')}",
        f"  - {say('source')}: «{md(f.source.quote)}» ({md(f.source.document)}, {md(f.source.date or say('undated'))}) "
        f"[{', '.join(f.obligations)}]",
    ]
    if f.interpretation:
        lines.append(f"  - {say('interpretation')}: {md_ticks(f.interpretation)}")
    lines.append(f"  - {say('fix')}: {md_ticks(f.hint)}")
    if f.waiver:
        lines.append(
            f"  - {say('waiver')}: {md(f.waiver.reason)} ({say('approved-by')} {md(f.waiver.approved_by)}, "
            f"{say('until')} {f.waiver.expires}; {code(f'{f.waiver.file}:{f.waiver.line}')})"
        )
    return lines


def _findings(report: Report, say: Say) -> list[str]:
    out = [f"## {say('audit-findings')}", ""]
    if report.input_problems:
        out += [f"### {say('audit-input-problems')}", ""]
        out += [
            f"- {code(f'{p.file}:{max(p.line, 1)}:{max(p.column, 1)}')} {md(p.message)}" for p in report.input_problems
        ]
        out.append("")
    open_findings = [f for f in report.findings if f.status == "open"]
    for finding in open_findings:
        out += _finding_lines(finding, say)
    if not open_findings:
        out.append(say("audit-no-findings"))
    out.append("")
    if report.waiver_notices:
        out += [f"### {say('audit-waiver-notices')}", ""]
        out += [
            f"- **{say(n.severity)}** {code(f'{n.file}:{n.line}:{n.column}')} {md(n.message)}"
            for n in report.waiver_notices
        ]
        out.append("")
    waived = [f for f in report.findings if f.status == "waived"]
    if waived:
        out += [f"### {say('audit-waived-findings')}", ""]
        for finding in waived:
            out += _finding_lines(finding, say)
        out.append("")
    return out


def _obligations(report: Report, say: Say) -> list[str]:
    out = [
        f"## {say('audit-obligations')}",
        "",
        say("audit-obligations-lead"),
        "",
        f"| # | {say('obligation').capitalize()} | {say('audit-status')} | {say('audit-rules')} |",
        "|---|---|---|---|",
    ]
    for ob in report.obligations:
        status = f"{_STATUS_MARK[ob.status]} {say('audit-status-' + ob.status)}"
        out.append(f"| {ob.id} | {md(ob.text)} | {status} | {', '.join(code(r) for r in ob.rules) or '–'} |")
    out.append("")
    outcomes = rule_outcomes(report)
    rules = {r.id: r for r in report.rules}
    for ob in report.obligations:
        status = f"{_STATUS_MARK[ob.status]} {say('audit-status-' + ob.status)}"
        out.append(f"### {ob.id} — {md(ob.text)}")
        out.append("")
        out.append(f"**{say('audit-status')}:** {status}")
        out.append("")
        date = f", {md(ob.source.date)}" if ob.source.date else ""
        out.append(f"> «{md(ob.source.quote)}» — {md(ob.source.document)}{date}")
        out.append("")
        if ob.reason:
            out += [f"{say('not-checkable').capitalize()}: {md(ob.reason)}", ""]
        if ob.changed_by:
            out += [md(ob.changed_by), ""]
        if ob.rules:
            out.append(
                f"| {say('rule').capitalize()} | {say('severity').capitalize()} | {say('audit-result')} | "
                f"{say('source').capitalize()} |"
            )
            out.append("|---|---|---|---|")
            for rule_id in ob.rules:
                info = rules.get(rule_id)
                if info is None:
                    continue
                if rule_id in ob.unevaluated_rules:
                    result = say("audit-nothing-to-check")
                else:
                    o = outcomes.get(rule_id, {})
                    result = f"{o.get('passed', 0)} {say('audit-passed')}"
                    if o.get("failed"):
                        result += f", **{o['failed']} {say('audit-failed')}**"
                    if o.get("waived"):
                        result += f", {o['waived']} {say('waived')}"
                reading = say(f"reading-{info.reading or 'unstated'}")
                title = md(info.title) + (f" ({md(info.changed_by)})" if info.changed_by else "")
                out.append(
                    f"| {code(rule_id)} {title} | {say(info.severity)} ({reading}) | {result} | "
                    f"«{md(info.source.quote)}» ({md(info.source.document)}, {md(info.source.date or say('undated'))}) |"
                )
            out.append("")
        found = findings_of(report, ob.id)
        if found:
            for f in found:
                label = say("waived") if f.status == "waived" else say(f.severity)
                out.append(
                    f"- **{label}** {code(f'{f.file}:{f.line}:{f.column}')} {code(f.rule)} {md_ticks(f.message)}"
                )
            out.append("")
    return out


def mermaid_flowchart(
    org: OrganisationInfo,
    lang: str,
    added: frozenset[str] = frozenset(),
    removed: list[ForumInfo] = (),  # type: ignore[assignment]
) -> list[str]:
    """A Mermaid ``flowchart TD`` of one organisation: fora by type, relations, seats, findings;
    fora in ``added`` marked as new, and the ``removed`` fora (of the approved structure) drawn
    dashed, without their relations."""
    ghosts = [
        f.model_copy(
            update={"gives_assignments_to": [], "gives_input_to": [], "supports": [], "relations": [], "findings": 0}
        )
        for f in removed
    ]
    fora = [*org.fora, *ghosts]
    ids = {forum.id: f"f{i}" for i, forum in enumerate(fora)}
    lines = ["```mermaid", "flowchart TD"]
    ordered = sorted(fora, key=lambda f: TYPE_RANK.get(f.type, 5))
    gone = {f.id for f in ghosts}
    for forum in ordered:
        parts = [f"<b>{mermaid_label(forum.name)}</b>", mermaid_label(type_label(forum.type, lang))]
        if forum.id in added or forum.id in gone:
            parts.append(
                f"<i>{mermaid_label(word('diff-added-forum' if forum.id in added else 'diff-removed-forum', lang))}</i>"
            )
        seats = [f"{word(f'audit-abbr-{s}', lang)} {n}" for s, n in forum.members_by_side.items() if n]
        seats += [f"{word(f'audit-abbr-{c}', lang)} {n}" for c, n in forum.members_by_constituency.items() if n]
        if seats:
            parts.append(mermaid_label(" · ".join(seats)))
        if forum.observers:
            parts.append(
                mermaid_label(
                    f"{word('audit-observer-short', lang)} "
                    + ", ".join(observer_name(o, lang) for o in forum.observers)
                )
            )
        if forum.findings:
            parts.append(f"⚠ {forum.findings} {mermaid_label(word('audit-finding-count', lang, forum.findings))}")
        lines.append(f'  {ids[forum.id]}["{"<br/>".join(parts)}"]')
    assigns, inputs = mermaid_label(word("audit-assigns", lang)), mermaid_label(word("audit-gives-input", lang))
    for forum in org.fora:
        for target in forum.gives_assignments_to:
            if target in ids:
                lines.append(f'  {ids[forum.id]} -->|"{assigns}"| {ids[target]}')
    for forum in org.fora:
        for target in forum.gives_input_to:
            if target in ids:
                lines.append(f'  {ids[forum.id]} -.->|"{inputs}"| {ids[target]}')
    # Input flows upwards. An invisible link the other way for each input keeps the forum that
    # receives it above the one that gives it (the layout breaks cycles against the input edge).
    for forum in ordered:
        for giver in org.fora:
            if forum.id in giver.gives_input_to:
                lines.append(f"  {ids[forum.id]} ~~~ {ids[giver.id]}")
    lines.append("  classDef finding fill:#fdecea,stroke:#b42318,stroke-width:3px,color:#7a1a12;")
    lines.append("  classDef forum fill:#ffffff,stroke:#9aa5b1,color:#1f2937;")
    plain = [ids[f.id] for f in org.fora if not f.findings and f.id not in added]
    marked = [ids[f.id] for f in org.fora if f.findings]
    if plain:
        lines.append(f"  class {','.join(plain)} forum;")
    if marked:
        lines.append(f"  class {','.join(marked)} finding;")
    new = [ids[f.id] for f in org.fora if f.id in added and not f.findings]
    if new:
        lines.append("  classDef added fill:#ecfdf3,stroke:#067647,stroke-width:3px,color:#054f31;")
        lines.append(f"  class {','.join(new)} added;")
    if ghosts:
        lines.append("  classDef removed fill:#f3f4f6,stroke:#6b7280,stroke-dasharray:6 4,color:#6b7280;")
        lines.append(f"  class {','.join(ids[f.id] for f in ghosts)} removed;")
    lines.append("```")
    return lines


def _structure(
    report: Report, say: Say, compare: Diff | None = None, compare_structure: Structure | None = None
) -> list[str]:
    lang = report.lang
    out = [f"## {say('audit-structure')}", "", say("audit-structure-lead"), ""]
    if compare is not None:
        out += [say("diff-legend"), ""]
    for org in report.structure.organisations:
        if len(report.structure.organisations) > 1:
            out += [f"### {md(org.name)}", ""]
        out += mermaid_flowchart(org, lang, *diff_format.compared_fora(org, compare, compare_structure))
        out.append("")
        legend = [f"{word(f'audit-abbr-{s}', lang)} = {word(f'audit-side-{s}', lang)}" for s in SIDE_COLOURS]
        legend += [
            f"{word(f'audit-abbr-{c}', lang)} = {word(f'audit-constituency-{c}', lang)}"
            for c in ("fastlege", "bruker", "ansatt")
        ]
        out.append(
            f"{say('audit-legend')}: → {say('audit-assigns')}, ⇢ {say('audit-gives-input')}; " + ", ".join(legend)
        )
        out.append("")
        names = {f.id: f.name for f in org.fora}
        out.append(
            f"| {say('audit-forum')} | {say('audit-type')} | {say('audit-members')} | "
            f"{say('audit-observers')} | {say('audit-relations')} |"
        )
        out.append("|---|---|---|---|---|")
        for forum in org.fora:
            members = [f"{n} {word(f'audit-side-{s}', lang)}" for s, n in forum.members_by_side.items() if n]
            members += [
                f"{n} {word(f'audit-constituency-{c}', lang)}" for c, n in forum.members_by_constituency.items() if n
            ]
            if forum.members_without_vote:
                members.append(f"{say('audit-of-which')} {forum.members_without_vote} {say('audit-without-vote')}")
            members += [f"{say('audit-combined-post')}: {md(post)}" for post in forum.combined_posts]
            relations = []
            if forum.gives_assignments_to:
                relations.append(
                    f"{say('audit-assigns')}: " + ", ".join(md(names.get(t, t)) for t in forum.gives_assignments_to)
                )
            if forum.gives_input_to:
                relations.append(
                    f"{say('audit-gives-input')}: " + ", ".join(md(names.get(t, t)) for t in forum.gives_input_to)
                )
            for key, targets in (
                ("audit-sub-committee-of", forum.sub_committee_of),
                ("audit-supports", forum.supports),
            ):
                if targets:
                    relations.append(f"{say(key)}: " + ", ".join(md(names.get(t, t)) for t in targets))
            if forum.follows_up:
                relations.append(f"{say('audit-follows-up')}: " + ", ".join(md(t) for t in forum.follows_up))
            if forum.escalation:
                relations.append(
                    f"{say('audit-escalation')}: " + " → ".join(md(names.get(t, t)) for t in forum.escalation)
                )
            for declared in forum.relations:
                label = declared.label.get(lang, declared.label["nb"])
                relations.append(f"{md(label)}: " + ", ".join(md(t) for t in declared.target_names))
            if forum.secretariat is not None:
                relations.append(f"{say('audit-secretariat')}: " + md(secretariat_text(forum.secretariat, names, lang)))
            flag = f" ❌ {forum.findings} {word('audit-finding-count', lang, forum.findings)}" if forum.findings else ""
            kind = md(type_label(forum.type, lang)) + (
                f", {say('audit-sector')} {md(forum.sector_name)}" if forum.sector_name else ""
            )
            out.append(
                f"| **{md(forum.name)}**{flag} {code(f'{forum.file}:{forum.line}')} | {kind} | "
                f"{', '.join(members) or '–'} | {', '.join(md(observer_name(o, lang)) for o in forum.observers) or '–'} | "
                f"{'; '.join(relations) or '–'} |"
            )
        out.append("")
        if org.secretariat is not None:
            out += [f"**{say('audit-secretariat')}**: " + md(secretariat_text(org.secretariat, names, lang)), ""]
    return out


def _chairs(report: Report, say: Say) -> list[str]:
    lang = report.lang
    out = [f"## {say('audit-chairs')}", ""]
    plans = report.structure.meeting_plans
    if not plans:
        return out + [say("audit-no-plans"), ""]
    out += ["```mermaid", "gantt", "  dateFormat YYYY-MM-DD", "  axisFormat %Y-%m"]
    for i, plan in enumerate(plans):
        if not plan.chairs:
            continue  # a plan of meeting dates only: no bar to draw
        out.append(f"  section {_gantt_text(plan.name)}")
        for j, chair in enumerate(plan.chairs):
            tags = "crit, " if chair.findings else ""
            side = side_label(chair.side, lang)
            out.append(
                f"    {_gantt_text(chair.party_name)} ({_gantt_text(side)}) :{tags}p{i}c{j}, {chair.start}, {chair.end}"
            )
    out += ["```", ""]
    for plan in plans:
        rotation = rotation_text(plan, lang)
        flag = f" ❌ {plan.findings} {word('audit-finding-count', lang, plan.findings)}" if plan.findings else ""
        out.append(f"### {md(plan.name)} — {md(plan.forum_name)}{flag}")
        out.append("")
        out.append(
            f"{code(plan.file)} · {say('audit-rotation')}: {md(rotation) or '–'} · "
            f"{len(plan.meetings)} {say('audit-meeting', len(plan.meetings))}"
        )
        out.append("")
        if any(plan.meeting_times):  # the times of day, where the plan gives them
            shown = [f"{d} {t}".rstrip() for d, t in zip(plan.meetings, plan.meeting_times, strict=True)]
            out += [f"{say('audit-meeting', 2).capitalize()}: {' · '.join(shown)}", ""]
        if not plan.chairs:
            out += [say("audit-no-chairs"), ""]
            continue
        out.append(f"| {say('audit-period')} | {say('audit-chair')} | {say('audit-side')} | {say('audit-line')} |")
        out.append("|---|---|---|---|")
        for chair in plan.chairs:
            mark = f" ❌ {chair.findings}" if chair.findings else ""
            out.append(
                f"| {chair.start} – {chair.end} | {md(chair.party_name)} | {side_label(chair.side, lang)} | "
                f"{chair.line}{mark} |"
            )
        out.append("")
    return out


def _provenance(report: Report, say: Say, output: str | None) -> list[str]:
    p = report.provenance
    out = [
        f"## {say('audit-provenance')}",
        "",
        say("audit-provenance-lead"),
        "",
        f"{say('audit-reproduce')}:",
        "",
        "```sh",
        reproduce_command(report, "audit", output or "report.md"),
        "```",
        "",
        f"{say('audit-reproduce-check')}:",
        "",
        "```sh",
        reproduce_command(report, "check"),
        "```",
        "",
        f"- {say('audit-tool')}: {md(p.tool)} {md(p.version)} (Python {md(p.python)})",
        f"- {say('as-of').capitalize() if report.as_of_reason == 'as-of' else say('audit-run-date')}: {p.as_of}",
        *[
            f"- {md(o.name)}: {say('as-of')} {o.as_of} ({say('as-of-reason-' + o.as_of_reason)})"
            for o in report.structure.organisations
        ],
        f"- {say('audit-as-of-note')}",
        f"- {say('audit-generated')}: {p.generated_at}",
        f"- {say('audit-redacted')}: {say('audit-yes') if p.redacted else say('audit-no')}",
        "",
        f"| {say('packs').capitalize()} | {say('audit-version')} | {say('file').capitalize()} | SHA-256 |",
        "|---|---|---|---|",
    ]
    for pack in p.rule_packs:
        bundled = f" ({say('audit-bundled')})" if pack.bundled else ""
        out.append(f"| {md(pack.id)} | {md(pack.version)} | {code(pack.file)}{bundled} | {code(pack.sha256 or '–')} |")
    out += ["", f"| {say('audit-inputs')} | SHA-256 | bytes |", "|---|---|---|"]
    for item in p.inputs:
        out.append(
            f"| {code(item.path)} | {code(item.sha256 or '–')} | {item.bytes if item.bytes is not None else '–'} |"
        )
    out.append("")
    return out
