"""``--format sarif``: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

One run. ``tool.driver.rules`` holds every rule in force (with its quoted source, how to comply
and its obligations) and the synthetic waiver rules; every finding is a result, a waived one
with an accepted external suppression; every waiver notice is a result of a synthetic rule
(``HF-WAIVER-EXPIRED``, ``HF-WAIVER-EXPIRING``, ``HF-WAIVER-UNUSED``). Input problems are tool
execution notifications, and make ``executionSuccessful`` false.

Locations are relative to the working folder (``uriBaseId: %SRCROOT%``), so a run from the root
of the repository gives the paths GitHub expects. ``partialFingerprints`` come from the
finding's fingerprint (rule, subject and key), so an alert survives edits that move lines.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from hf_rules.core.i18n import dated, word
from hf_rules.report.model import Finding, InputProblem, Report, RuleInfo, WaiverNotice

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "hfRulesFingerprint/v1"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
INPUT_NOTIFICATION = "HF-INPUT"

# kind of waiver notice: (rule id, name, (nb title, en title), (nb help, en help))
WAIVER_RULES: dict[str, tuple[str, str, tuple[str, str], tuple[str, str]]] = {
    "expired": (
        "HF-WAIVER-EXPIRED",
        "WaiverExpired",
        ("Unntaket er utløpt", "The waiver has expired"),
        (
            "Rett avviket, eller få et nytt unntak godkjent og oppdater `expires`; fjern ellers unntaket.",
            "Fix the finding, or have a new waiver approved and update `expires`; otherwise remove the waiver.",
        ),
    ),
    "expiring": (
        "HF-WAIVER-EXPIRING",
        "WaiverExpiring",
        ("Unntaket utløper snart", "The waiver expires soon"),
        (
            "Rett avviket før unntaket utløper, eller få unntaket fornyet.",
            "Fix the finding before the waiver expires, or have the waiver renewed.",
        ),
    ),
    "unused": (
        "HF-WAIVER-UNUSED",
        "WaiverUnused",
        ("Unntaket gjelder ingen avvik", "The waiver matches no finding"),
        (
            "Fjern unntaket, eller rett regel-id og subjekt slik at det treffer avviket det gjelder.",
            "Remove the waiver, or correct its rule and subject so it matches the finding it is meant for.",
        ),
    ),
}
_INPUT_TEXT = ("Inndata kan ikke brukes", "Unusable input")
_SEMVER = re.compile(r"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$")


def _lang_index(lang: str) -> int:
    return 1 if lang == "en" else 0


def _label(key: str, lang: str) -> str:
    text = word(key, lang)
    return text[:1].upper() + text[1:]


# --- paths ----------------------------------------------------------------------------------------


def repo_relative(file: str, cwd: Path | None = None) -> str | None:
    """``file`` relative to the working folder with forward slashes, or None when it lies outside.

    A relative path is taken as relative to the working folder (as the report writes it)."""
    base = Path.cwd() if cwd is None else cwd
    path = Path(file)
    absolute = path if path.is_absolute() else base / path
    normal = Path(os.path.normpath(absolute))
    for candidate, root in ((normal, base), (normal.resolve(), base.resolve())):
        try:
            relative = candidate.relative_to(root)
        except ValueError:
            continue
        return relative.as_posix() if relative.parts else "."
    return None


def artifact_location(file: str, cwd: Path | None = None) -> dict[str, Any]:
    """A SARIF artifactLocation: relative to %SRCROOT% when inside the working folder, else an
    absolute file URI."""
    relative = repo_relative(file, cwd)
    if relative is not None:
        # os.fsencode: a file name that is not UTF-8 (a lone surrogate here) is its own bytes, %XX
        return {"uri": quote(os.fsencode(relative), safe="/"), "uriBaseId": SRCROOT}
    base = Path.cwd() if cwd is None else cwd
    path = os.path.normpath(Path(file) if Path(file).is_absolute() else base / file)
    return {"uri": "file://" + quote(os.fsencode(path), safe="/")}


def _location(file: str, line: int, column: int, cwd: Path | None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": artifact_location(file, cwd)}
    if line >= 1:
        region: dict[str, Any] = {"startLine": line}
        if column >= 1:
            region["startColumn"] = column
        physical["region"] = region
    return {"physicalLocation": physical}


# --- rules ----------------------------------------------------------------------------------------


def rule_name(rule_id: str) -> str:
    """OSLO-SSU-OBSERVERS -> OsloSsuObservers (SARIF's readable, space-free rule name)."""
    return "".join(part[:1].upper() + part[1:].lower() for part in re.split(r"[^0-9A-Za-z]+", rule_id) if part)


def _help(rule: RuleInfo, lang: str) -> tuple[str, str]:
    source = rule.source
    obligations = ", ".join(rule.obligations)
    text = [
        rule.title,
        "",
        f"{_label('fix', lang)}: {rule.hint}",
        "",
        f"{_label('source', lang)}: «{source.quote}» ({source.document}, {dated(source.date, lang)})",
        f"{_label('obligations', lang)}: {obligations}",
    ]
    markdown = [
        f"**{rule.title}**",
        "",
        f"**{_label('fix', lang)}:** {rule.hint}",
        "",
        f"**{_label('source', lang)}:** {source.document} ({dated(source.date, lang)}):",
        "",
        f"> {source.quote}",
        "",
        f"**{_label('obligations', lang)}:** {obligations}",
    ]
    if rule.interpretation:
        text.append(f"{_label('interpretation', lang)}: {rule.interpretation}")
        markdown += ["", f"**{_label('interpretation', lang)}:** {rule.interpretation}"]
    return "\n".join(text), "\n".join(markdown)


def _rule_descriptor(rule: RuleInfo, lang: str) -> dict[str, Any]:
    help_text, help_markdown = _help(rule, lang)
    full = f"{rule.title}. «{rule.source.quote}» ({rule.source.document}, {dated(rule.source.date, lang)})"
    if rule.interpretation:
        full += f" {rule.interpretation}"
    return {
        "id": rule.id,
        "name": rule_name(rule.id),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": full},
        "help": {"text": help_text, "markdown": help_markdown},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {
            "tags": ["governance", f"pack:{rule.pack}", *rule.obligations],
            "pack": rule.pack,
            "severity": rule.severity,
            "obligations": list(rule.obligations),
            "appliesTo": rule.applies_to,
            "source": rule.source.model_dump(),
        },
    }


def _waiver_descriptor(kind: str, lang: str) -> dict[str, Any]:
    rule_id, name, titles, helps = WAIVER_RULES[kind]
    i = _lang_index(lang)
    return {
        "id": rule_id,
        "name": name,
        "shortDescription": {"text": titles[i]},
        "fullDescription": {"text": f"{titles[i]}. {helps[i]}"},
        "help": {"text": helps[i], "markdown": helps[i]},
        "defaultConfiguration": {"level": "warning"},
        "properties": {"tags": ["governance", "waiver"]},
    }


def _finding_rule(finding: Finding) -> RuleInfo:
    """A descriptor for a finding whose rule the report does not list (should not happen)."""
    return RuleInfo(
        id=finding.rule,
        pack=finding.pack,
        severity=finding.severity,
        obligations=list(finding.obligations),
        title=finding.title,
        hint=finding.hint,
        interpretation=finding.interpretation,
        source=finding.source,
        applies_to=finding.subject_kind,
    )


# --- results --------------------------------------------------------------------------------------


def _justification(finding: Finding, lang: str) -> str:
    waiver = finding.waiver
    if waiver is None:
        return ""
    return f"{waiver.reason} ({word('approved-by', lang)} {waiver.approved_by}, {word('until', lang)} {waiver.expires})"


def _finding_result(finding: Finding, index: int, lang: str, cwd: Path | None) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [_location(finding.file, finding.line, finding.column, cwd)],
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        "properties": {
            "subject": finding.subject,
            "subjectKind": finding.subject_kind,
            "organisation": finding.organisation,
            "path": finding.path,
            "evidence": finding.evidence,
        },
    }
    if finding.status == "waived" and finding.waiver is not None:
        waiver = finding.waiver
        result["suppressions"] = [
            {
                "kind": "external",
                "status": "accepted",
                "justification": _justification(finding, lang),
                "location": _location(waiver.file, waiver.line, 0, cwd),
                "properties": {"reason": waiver.reason, "approvedBy": waiver.approved_by, "expires": waiver.expires},
            }
        ]
    return result


def notice_fingerprint(notice: WaiverNotice) -> str:
    text = "\x1f".join(("waiver", notice.kind, notice.rule, notice.subject))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _notice_result(notice: WaiverNotice, index: int, cwd: Path | None) -> dict[str, Any]:
    return {
        "ruleId": WAIVER_RULES[notice.kind][0],
        "ruleIndex": index,
        "level": LEVELS[notice.severity],
        "message": {"text": notice.message},
        "locations": [_location(notice.file, notice.line, notice.column, cwd)],
        "partialFingerprints": {FINGERPRINT_KEY: notice_fingerprint(notice)},
        "properties": {"waivedRule": notice.rule, "subject": notice.subject, "expires": notice.expires},
    }


def _notification(problem: InputProblem, cwd: Path | None) -> dict[str, Any]:
    return {
        "level": "error",
        "message": {"text": problem.message},
        "locations": [_location(problem.file, problem.line, problem.column, cwd)],
        "descriptor": {"id": INPUT_NOTIFICATION},
    }


def sarif_log(report: Report, cwd: Path | None = None) -> dict[str, Any]:
    """The SARIF log as a dictionary."""
    lang = report.lang
    descriptors: list[dict[str, Any]] = []
    index: dict[str, int] = {}

    def add(descriptor: dict[str, Any]) -> None:
        if descriptor["id"] not in index:
            index[descriptor["id"]] = len(descriptors)
            descriptors.append(descriptor)

    for rule in report.rules:
        add(_rule_descriptor(rule, lang))
    for finding in report.findings:
        add(_rule_descriptor(_finding_rule(finding), lang))
    for kind in WAIVER_RULES:
        add(_waiver_descriptor(kind, lang))

    results = [_finding_result(f, index[f.rule], lang, cwd) for f in report.findings]
    results += [_notice_result(n, index[WAIVER_RULES[n.kind][0]], cwd) for n in report.waiver_notices]

    driver: dict[str, Any] = {"name": report.tool, "version": report.version}
    if _SEMVER.match(report.version):
        driver["semanticVersion"] = report.version
    driver["rules"] = descriptors
    driver["notifications"] = [
        {
            "id": INPUT_NOTIFICATION,
            "name": "InputProblem",
            "shortDescription": {"text": _INPUT_TEXT[_lang_index(lang)]},
            "defaultConfiguration": {"level": "error"},
        }
    ]
    base = Path.cwd() if cwd is None else cwd
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "invocations": [
            {
                "executionSuccessful": not report.input_problems,
                "exitCode": report.exit_code,
                "toolExecutionNotifications": [_notification(p, cwd) for p in report.input_problems],
            }
        ],
        "originalUriBaseIds": {SRCROOT: {"uri": base.as_uri().rstrip("/") + "/"}},
        "language": lang,
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {
            "asOf": report.as_of,
            "asOfReason": report.as_of_reason,
            "organisations": [
                {"id": o.id, "asOf": o.as_of, "asOfReason": o.as_of_reason} for o in report.structure.organisations
            ],
            "failOn": report.fail_on,
            "verdict": report.verdict,
            "rulePacks": [{"id": p.id, "version": p.version} for p in report.rule_packs],
            "summary": report.summary.model_dump(),
        },
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def render(report: Report, cwd: Path | None = None) -> str:
    return json.dumps(sarif_log(report, cwd), indent=2, ensure_ascii=False) + "\n"
