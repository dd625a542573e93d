"""``--format github``: GitHub Actions workflow commands, which GitHub shows as annotations on
the lines of a pull request.

One command per input problem, waiver notice and open finding, in that order::

    ::error file=oslo/organisation.yaml,line=145,col=5,title=OSLO-SSU-OBSERVERS::message%0Akilde: …

``error``/``warning`` for those severities, ``notice`` for ``info``. The message is followed by
the quoted source and how to comply, on lines of their own. Waived findings are not annotated:
the waiver is an approved decision, and an annotation on every run would be noise; they are
counted in the summary line that ends the output. Paths are relative to the working folder (the
repository root in a workflow) when they lie inside it.
"""

from __future__ import annotations

from pathlib import Path

from hf_rules.core.i18n import dated, word
from hf_rules.core.markup import printable
from hf_rules.formatters.sarif import WAIVER_RULES, repo_relative
from hf_rules.report.model import Finding, Report

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape the message of a workflow command (GitHub's ``escapeData``: ``%``, CR, LF); any
    other control character (ESC of an ANSI or OSC sequence) is shown as an escape."""
    text = printable(text, keep="\r\n")
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value of a workflow command (GitHub's ``escapeProperty``)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(
    kind: str,
    message: str,
    *,
    file: str | None = None,
    line: int = 0,
    col: int = 0,
    title: str | None = None,
    cwd: Path | None = None,
) -> str:
    properties: list[tuple[str, str]] = []
    if file is not None:
        properties.append(("file", repo_relative(file, cwd) or file))
        if line >= 1:
            properties.append(("line", str(line)))
            if col >= 1:
                properties.append(("col", str(col)))
    if title is not None:
        properties.append(("title", title))
    props = ",".join(f"{name}={escape_property(value)}" for name, value in properties)
    return f"::{kind}{' ' + props if props else ''}::{escape_data(message)}"


def finding_message(finding: Finding, lang: str) -> str:
    source = finding.source
    return (
        f"{finding.message}\n"
        f"{word('source', lang)}: «{source.quote}» ({source.document}, {dated(source.date, lang)}) "
        f"[{', '.join(finding.obligations)}]\n"
        f"{word('fix', lang)}: {finding.hint}"
    )


def summary_line(report: Report) -> str:
    lang, s = report.lang, report.summary
    parts = [
        f"{s.error} {word('error', lang, s.error)}",
        f"{s.warning} {word('warning', lang, s.warning)}",
        f"{s.info} {word('info', lang, s.info)}",
    ]
    if s.waived:
        parts.append(f"{s.waived} {word('waived', lang, s.waived)}")
    if s.waiver_notices:
        parts.append(f"{s.waiver_notices} {word('waiver', lang, s.waiver_notices)}")
    if s.input_problems:
        parts.append(f"{s.input_problems} {word('input-problem', lang, s.input_problems)}")
    return (
        f"{report.tool} {report.version}: {s.files} {word('file', lang, s.files)} · "
        f"{s.rules_evaluated} {word('rule', lang, s.rules_evaluated)} · {', '.join(parts)} · "
        f"{word('verdict', lang)}: {word('verdict-' + report.verdict, lang)}"
    )


def render(report: Report, cwd: Path | None = None) -> str:
    lang = report.lang
    lines = [
        command(
            "error", p.message, file=p.file, line=p.line, col=p.column, title=word("github-input-title", lang), cwd=cwd
        )
        for p in report.input_problems
    ]
    lines += [
        command(
            COMMANDS[n.severity],
            n.message,
            file=n.file,
            line=n.line,
            col=n.column,
            title=WAIVER_RULES[n.kind][0],
            cwd=cwd,
        )
        for n in report.waiver_notices
    ]
    lines += [
        command(
            COMMANDS[f.severity],
            finding_message(f, lang),
            file=f.file,
            line=f.line,
            col=f.column,
            title=f.rule,
            cwd=cwd,
        )
        for f in report.findings
        if f.status == "open"
    ]
    lines.append(printable(summary_line(report)))
    return "\n".join(lines) + "\n"
