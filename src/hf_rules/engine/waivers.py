"""Applying approved exceptions (``kind: Waivers`` documents) to findings.

A waiver names a rule and a subject. While it is in force (the run's ``--as-of`` date is on or
before ``expires``) it waives every finding of that rule about that subject: the finding stays
in the report, marked waived with the reason and approver, and no longer fails the check. An
expired waiver waives nothing and is reported; one expiring within ``EXPIRING_DAYS`` is a
warning; one that matches no finding is reported as unused, so stale exceptions get cleaned up.
A waiver naming a rule that is not in the packs is an input error (a typo must not waive nothing
silently).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import Message
from hf_rules.documents.entries import Workspace
from hf_rules.documents.model import Waiver
from hf_rules.report.model import Finding, WaiverNotice, WaiverRef

EXPIRING_DAYS = 30

_TEXTS = {
    "expired": {
        "nb": "Unntaket fra {rule} for {subject} utløp {expires} og gjelder ikke lenger",
        "en": "The waiver of {rule} for {subject} expired on {expires} and no longer applies",
    },
    "expiring": {
        "nb": "Unntaket fra {rule} for {subject} utløper {expires} (om {days} dager)",
        "en": "The waiver of {rule} for {subject} expires on {expires} (in {days} days)",
    },
    "unused": {
        "nb": "Unntaket fra {rule} for {subject} gjelder ingen funn; fjern det",
        "en": "The waiver of {rule} for {subject} matches no finding; remove it",
    },
}


@dataclass(frozen=True)
class _Entry:
    waiver: Waiver
    organisation: str | None
    file: str
    line: int
    column: int


def _entries(workspace: Workspace) -> list[_Entry]:
    entries = []
    for source, document in workspace.waivers:
        assert source.doc is not None
        for index, waiver in enumerate(document.waivers):
            loc = source.doc.location(("waivers", index))
            entries.append(
                _Entry(waiver, document.metadata.organisation, source.path, max(loc.line, 1), max(loc.column, 1))
            )
    return entries


def unknown_rules(workspace: Workspace, rule_ids: set[str]) -> list[InputError]:
    """Waivers that name a rule the packs in force do not have."""
    problems = []
    for source, document in workspace.waivers:
        assert source.doc is not None
        for index, waiver in enumerate(document.waivers):
            if waiver.rule not in rule_ids:
                problems.append(
                    InputError(
                        source.doc.location(("waivers", index, "rule")),
                        Message("waiver-unknown-rule", rule=waiver.rule),
                    )
                )
    return problems


def apply_waivers(
    findings: list[Finding], workspace: Workspace, as_of: dt.date, lang: str
) -> tuple[list[Finding], list[WaiverNotice]]:
    """Mark waived findings and report expired, expiring and unused waivers."""
    entries = _entries(workspace)
    used: set[int] = set()
    result = []
    for finding in findings:
        match = next(
            (
                i
                for i, e in enumerate(entries)
                if e.waiver.rule == finding.rule
                and e.waiver.subject == finding.subject
                and e.organisation in (None, finding.organisation)
                and as_of <= e.waiver.expires
            ),
            None,
        )
        if match is None:
            expired = any(e.waiver.rule == finding.rule and e.waiver.subject == finding.subject for e in entries)
            if expired:
                used.update(
                    i
                    for i, e in enumerate(entries)
                    if e.waiver.rule == finding.rule and e.waiver.subject == finding.subject
                )
            result.append(finding)
            continue
        used.add(match)
        entry = entries[match]
        result.append(
            finding.model_copy(
                update={
                    "status": "waived",
                    "waiver": WaiverRef(
                        reason=entry.waiver.reason,
                        approved_by=entry.waiver.approved_by,
                        expires=entry.waiver.expires.isoformat(),
                        file=entry.file,
                        line=entry.line,
                    ),
                }
            )
        )
    notices = []
    for index, entry in enumerate(entries):
        waiver = entry.waiver
        days = (waiver.expires - as_of).days
        if waiver.expires < as_of:
            kind, severity = "expired", "warning"
        elif index not in used:
            kind, severity = "unused", "warning"
        elif days <= EXPIRING_DAYS:
            kind, severity = "expiring", "warning"
        else:
            continue
        message = _TEXTS[kind][lang].format(
            rule=waiver.rule, subject=waiver.subject, expires=waiver.expires.isoformat(), days=days
        )
        notices.append(
            WaiverNotice(
                kind=kind,
                severity=severity,
                rule=waiver.rule,
                subject=waiver.subject,
                expires=waiver.expires.isoformat(),
                file=entry.file,
                line=entry.line,
                column=entry.column,
                message=message,
            )
        )
    return result, notices
