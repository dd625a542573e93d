"""``--format text``: ``file:line:col: severity RULE-ID message`` lines, then a summary.

Under each finding, indented, the quoted source and how to comply, so the secretariat sees
why and what to do without another command; ``--brief`` leaves those lines out and lists only the files that are not compliant (pre-commit);
``--quiet`` prints the problems, the findings and the verdict only.
"""

from __future__ import annotations

from hf_rules.core.i18n import dated, word
from hf_rules.core.markup import printable
from hf_rules.report.model import Finding, OrganisationInfo, Report

_STATUS_WIDTH = 17


def finding_line(finding: Finding) -> str:
    return printable(
        f"{finding.file}:{finding.line}:{finding.column}: {finding.severity} {finding.rule} {finding.message}"
    )


def render(report: Report, brief: bool = False, quiet: bool = False, compliant_files: bool = True) -> str:
    """The report as text. ``brief``: one line per finding, without source and fix. ``quiet``:
    the problem and finding lines and the verdict only. Without ``compliant_files`` the summary
    lists only the files that are not compliant (``--brief``)."""
    lang = report.lang
    brief = brief or quiet
    lines: list[str] = []
    for problem in report.input_problems:
        line, column = max(problem.line, 1), max(problem.column, 1)
        lines.append(f"{problem.file}:{line}:{column}: error: {problem.message}")
    for notice in report.waiver_notices:
        lines.append(
            f"{notice.file}:{notice.line}:{notice.column}: {notice.severity} waiver-{notice.kind} {notice.message}"
        )
    for finding in report.findings:
        if finding.status == "waived" and finding.waiver is not None:
            waiver = finding.waiver
            lines.append(f"{finding.file}:{finding.line}:{finding.column}: waived {finding.rule} {finding.message}")
            if not brief:
                lines.append(
                    f"    {word('waiver', lang)}: {waiver.reason} ({word('approved-by', lang)} "
                    f"{waiver.approved_by}, {word('until', lang)} {waiver.expires}; {waiver.file}:{waiver.line})"
                )
            continue
        lines.append(finding_line(finding))
        if not brief:
            source = finding.source
            lines.append(
                f"    {word('source', lang)}: «{source.quote}» ({source.document}, {dated(source.date, lang)}) "
                f"[{', '.join(finding.obligations)}]"
            )
            lines.append(f"    {word('fix', lang)}: {finding.hint}")
    if quiet:
        lines.append(f"{word('verdict', lang)}: {word('verdict-' + report.verdict, lang)}")
        return "\n".join(lines) + "\n"
    if lines:
        lines.append("")
    lines.extend(summary_lines(report, compliant_files))
    # Every line holds input text (names, reasons, file names): no control character of it
    # reaches the terminal, and none starts a line of its own.
    return "\n".join(printable(line) for line in lines) + "\n"


def _file_status(status: str, counts: dict[str, int], lang: str) -> str:
    if status == "findings":
        parts = [f"{counts[s]} {word(s, lang, counts[s])}" for s in ("error", "warning", "info") if counts.get(s)]
        return ", ".join(parts)
    return word(f"status-{status}", lang)


def summary_lines(report: Report, compliant_files: bool = True) -> list[str]:
    lang = report.lang
    packs = ", ".join(f"{p.id} {p.version}" for p in report.rule_packs)
    # With --as-of, the first line's date is every organisation's; otherwise it is today's, and
    # each organisation's line says the date it was evaluated as of and why.
    lines = [
        f"hf-rules {report.version} · {word('packs', lang)}: {packs or '-'} · "
        f"{word('as-of' if report.as_of_reason == 'as-of' else 'today', lang)} {report.as_of}"
    ]
    dated: dict[tuple[str, str | None], OrganisationInfo] = {
        (o.file, o.id): o for o in report.structure.organisations if o.as_of_reason != "as-of" and report.rule_packs
    }  # validate runs no rules: no dates
    for result in report.files:
        if not compliant_files and result.status == "compliant":
            continue
        status = _file_status(result.status, result.findings, lang)
        what = " ".join(x for x in (result.kind, result.id) if x)
        detail = f" ({result.reason})" if result.reason and result.status in ("ignored", "not-checked") else ""
        org = dated.get((result.path, result.id)) if result.kind == "Organisation" else None
        if org is not None:
            detail += f" · {word('as-of', lang)} {org.as_of} ({word('as-of-reason-' + org.as_of_reason, lang)})"
        lines.append(f"  {status:<{_STATUS_WIDTH}} {result.path}{'  ' + what if what else ''}{detail}")
    s = report.summary
    lines.append(
        f"{s.files} {word('file', lang, s.files)} · {s.rules_evaluated} {word('rule', lang, s.rules_evaluated)} · "
        f"{s.error} {word('error', lang, s.error)}, {s.warning} {word('warning', lang, s.warning)}, "
        f"{s.info} {word('info', lang, s.info)}"
        + (f", {s.waived} {word('waived', lang, s.waived)}" if s.waived else "")
        + (f", {s.baselined} {word('baselined', lang, s.baselined)}" if s.baselined else "")
        + (f", {s.input_problems} {word('input-problem', lang, s.input_problems)}" if s.input_problems else "")
    )
    lines.append(f"{word('verdict', lang)}: {word('verdict-' + report.verdict, lang)}")
    return lines
