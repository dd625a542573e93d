"""``--format junit``: JUnit XML for CI test dashboards (valid against the Surefire/Jenkins
``junit-10.xsd``).

One ``<testsuite>`` per rule in force (name = rule id), one ``<testcase>`` per evaluation (the rule
applied to one subject; name ``<subject_kind> <subject>``, classname = rule id), passes included.
A failed evaluation has one ``<failure type="<severity>">`` per open finding, with
``file:line:col`` in its message and the quoted source and fix in its text; a waived one has
``<skipped message="waived: …"/>``. Waiver notices are failures in the suite ``hf-rules.waivers``
and input problems errors in the suite ``hf-rules.input``, so a dashboard shows unusable input.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter

from hf_rules.core.i18n import dated, word
from hf_rules.report.model import Evaluation, Finding, Report

INPUT_SUITE = "hf-rules.input"
WAIVER_SUITE = "hf-rules.waivers"
# Characters XML 1.0 cannot hold, not even escaped.
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _element(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    child = ET.SubElement(parent, tag, {key: _clean(value) for key, value in attributes.items()})
    if text is not None:
        child.text = _clean(text)
    return child


def _key(rule: str, organisation: str, kind: str, subject: str) -> tuple[str, str, str, str]:
    return rule, organisation, kind, subject


def _failure_text(finding: Finding, lang: str) -> str:
    source = finding.source
    lines = [
        f"{finding.file}:{finding.line}:{finding.column}: {finding.severity} {finding.rule} {finding.message}",
        f"{word('source', lang)}: «{source.quote}» ({source.document}, {dated(source.date, lang)}) "
        f"[{', '.join(finding.obligations)}]",
        f"{word('fix', lang)}: {finding.hint}",
    ]
    if finding.interpretation:
        lines.append(f"{word('interpretation', lang)}: {finding.interpretation}")
    lines.append(f"fingerprint: {finding.fingerprint}")
    return "\n".join(lines)


def _waived_message(finding: Finding, lang: str) -> str:
    waiver = finding.waiver
    if waiver is None:
        return f"waived: {finding.message}"
    return (
        f"waived: {waiver.reason} ({word('approved-by', lang)} {waiver.approved_by}, "
        f"{word('until', lang)} {waiver.expires}; {waiver.file}:{waiver.line})"
    )


def _case_names(evaluations: list[Evaluation]) -> list[str]:
    """``<kind> <subject>``; the organisation is added only where two would have the same name."""
    plain = [f"{e.subject_kind} {e.subject}" for e in evaluations]
    seen = Counter(plain)
    return [
        name if seen[name] == 1 else f"{name} ({e.organisation})" for name, e in zip(plain, evaluations, strict=False)
    ]


def _suite(parent: ET.Element, name: str) -> ET.Element:
    return _element(parent, "testsuite", name=name, tests="0", failures="0", errors="0", skipped="0")


def _count(suite: ET.Element) -> tuple[int, int, int, int]:
    cases = suite.findall("testcase")
    failures = sum(1 for c in cases if c.find("failure") is not None)
    errors = sum(1 for c in cases if c.find("error") is not None)
    skipped = sum(1 for c in cases if c.find("skipped") is not None and c.find("failure") is None)
    for attribute, value in (("tests", len(cases)), ("failures", failures), ("errors", errors), ("skipped", skipped)):
        suite.set(attribute, str(value))
    return len(cases), failures, errors, skipped


def junit_tree(report: Report) -> ET.Element:
    lang = report.lang
    root = ET.Element("testsuites", {"name": report.tool})
    findings: dict[tuple[str, str, str, str], list[Finding]] = {}
    for finding in report.findings:
        findings.setdefault(_key(finding.rule, finding.organisation, finding.subject_kind, finding.subject), []).append(
            finding
        )

    by_rule: dict[str, list[Evaluation]] = {rule.id: [] for rule in report.rules}
    for evaluation in report.evaluations:
        by_rule.setdefault(evaluation.rule, []).append(evaluation)

    suites: list[ET.Element] = []
    for rule_id, evaluations in by_rule.items():
        suite = _suite(root, rule_id)
        suites.append(suite)
        for evaluation, name in zip(evaluations, _case_names(evaluations), strict=False):
            case = _element(suite, "testcase", name=name, classname=rule_id)
            mine = findings.get(
                _key(evaluation.rule, evaluation.organisation, evaluation.subject_kind, evaluation.subject), []
            )
            open_findings = [f for f in mine if f.status == "open"]
            waived = [f for f in mine if f.status == "waived"]
            if evaluation.outcome == "waived" or (waived and not open_findings):
                for finding in waived:
                    _element(case, "skipped", message=_waived_message(finding, lang))
            for finding in open_findings:
                _element(
                    case,
                    "failure",
                    _failure_text(finding, lang),
                    message=f"{finding.file}:{finding.line}:{finding.column}: {finding.message}",
                    type=finding.severity,
                )
            if open_findings and waived:
                _element(case, "system-out", "\n".join(_waived_message(f, lang) for f in waived))
            if evaluation.outcome == "failed" and not open_findings:
                # The report says failed but holds no open finding for it: still show the failure.
                _element(
                    case,
                    "failure",
                    f"{evaluation.file}:{evaluation.line}",
                    message=f"{evaluation.file}:{evaluation.line}: {rule_id}",
                    type="error",
                )

    if report.waiver_notices:
        suite = _suite(root, WAIVER_SUITE)
        suites.append(suite)
        for notice in report.waiver_notices:
            case = _element(
                suite, "testcase", name=f"waiver-{notice.kind} {notice.rule} {notice.subject}", classname=WAIVER_SUITE
            )
            where = f"{notice.file}:{notice.line}:{notice.column}"
            _element(
                case,
                "failure",
                f"{where}: {notice.severity} waiver-{notice.kind} {notice.message}",
                message=f"{where}: {notice.message}",
                type=notice.severity,
            )

    if report.input_problems:
        suite = _suite(root, INPUT_SUITE)
        suites.append(suite)
        for problem in report.input_problems:
            where = f"{problem.file}:{max(problem.line, 1)}:{max(problem.column, 1)}"
            case = _element(suite, "testcase", name=where, classname=INPUT_SUITE)
            _element(
                case, "error", f"{where}: error: {problem.message}", message=f"{where}: {problem.message}", type="input"
            )

    totals = [_count(suite) for suite in suites]
    root.set("tests", str(sum(t[0] for t in totals)))
    root.set("failures", str(sum(t[1] for t in totals)))
    root.set("errors", str(sum(t[2] for t in totals)))
    return root


def render(report: Report) -> str:
    root = junit_tree(report)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
