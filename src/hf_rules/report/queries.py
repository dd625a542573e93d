"""Read-only questions over a finished report, for the audit's formatters: the findings of an
obligation, per-rule outcomes, and the command line that reproduces the verdict. Nothing here
evaluates."""

from __future__ import annotations

import shlex

from hf_rules.report.model import Finding, Report
from hf_rules.yaml.loader import Limits


def findings_of(report: Report, obligation: str) -> list[Finding]:
    """Findings (open first, then waived) of the rules that encode ``obligation``."""
    found = [f for f in report.findings if obligation in f.obligations]
    return sorted(found, key=lambda f: (f.status != "open", f.file, f.line, f.column, f.rule))


def rule_outcomes(report: Report) -> dict[str, dict[str, int]]:
    """Rule id -> how many subjects passed, failed or were waived."""
    table: dict[str, dict[str, int]] = {r.id: {"passed": 0, "failed": 0, "waived": 0} for r in report.rules}
    for evaluation in report.evaluations:
        table.setdefault(evaluation.rule, {"passed": 0, "failed": 0, "waived": 0})[evaluation.outcome] += 1
    return table


def reproduce_command(report: Report, command: str = "audit", output: str | None = None) -> str:
    """The command line that reproduces the verdict: every document file read (not the ones
    passed over in a folder), the packs (bundled by id, others by path), the date, language and
    fail level, and no config file.

    The date: ``--as-of`` when the run had it (every organisation evaluated as of it); otherwise
    ``--today`` with the run's date, which pins today (waiver expiry, organisations without
    ``effective_from``) and leaves each ``effective_from`` to choose its organisation's date."""
    args = ["hf-rules", command]
    for pack in report.provenance.rule_packs:
        args += ["--rules", pack.id if pack.bundled else pack.file]
    args += ["--as-of" if report.as_of_reason == "as-of" else "--today", report.as_of]
    args += ["--lang", report.lang, "--fail-on", report.fail_on, "--no-config"]
    if report.provenance.redacted:
        args.append("--redact")
    if report.provenance.max_file_size != Limits().max_bytes:
        args += ["--max-file-size", str(report.provenance.max_file_size)]
    if command == "audit":
        args += ["-o", output or "report.html"]
    paths = [f.path for f in report.files if f.status != "ignored"]
    if any(p.startswith("-") for p in paths):
        args.append("--")
    args += paths
    return " ".join(_shell_word(a) for a in args)


def _shell_word(arg: str) -> str:
    """``arg`` quoted for a POSIX shell; one holding a control character (a newline in a file
    name) in bash's ``$'...'`` form, so the command stays on one line and shows no raw control."""
    if not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in arg):
        return shlex.quote(arg)
    out = []
    for char in arg:
        code = ord(char)
        if char in "\\'":
            out.append("\\" + char)
        elif code < 32 or 0x7F <= code <= 0x9F:
            out.append(f"\\x{code:02x}")
        else:
            out.append(char)
    return "$'" + "".join(out) + "'"
