"""``hf-rules fix``: apply the mechanical remedies of findings to the documents, in place.

The remedies are the checks' own (``remedy`` beside ``check`` in a check module, see
:mod:`hf_rules.rules.checks.remedy`), decided from the structured facts of each violation and
the rule's options, never from message or evidence text: today ``observers`` (a missing
observer seat), ``required_seats`` (a placeholder GP, user or employee seat, given a placeholder
deputy by ``deputy_required`` where that rule covers it) and ``relation`` (a missing forum id).

This module only runs the check as ``check`` does, asks the check module of every open finding
for its remedy, lets the other rules applied to the subject complete it, and hands the additions
to :mod:`hf_rules.edit.splice`, which writes them by adding lines only and verifies the result.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass, field
from typing import Any

from hf_rules.app.run import EXIT_INPUT, Resolved, Settings, problem_lines, resolve_settings
from hf_rules.core.errors import InputError, InputErrors, UsageError
from hf_rules.core.files import ConcurrentChange, read_regular
from hf_rules.core.i18n import Message, default_lang, say, word
from hf_rules.core.markup import printable
from hf_rules.documents.discovery import discover
from hf_rules.documents.entries import Workspace
from hf_rules.documents.workspace import build_workspace
from hf_rules.edit.move import Move, apply_moves, follow
from hf_rules.edit.splice import Addition, edit_text, unified_diff, write_atomic
from hf_rules.engine.evaluate import ReportRequest, applications, build_report, evaluation_dates, fingerprint
from hf_rules.formatters import text as text_format
from hf_rules.report.model import SEVERITY_RANK, AsOfReason, Finding, Report, WaiverNotice
from hf_rules.rules.checks.base import Subject, Violation
from hf_rules.rules.checks.remedy import PLACEHOLDER, Remedy
from hf_rules.rules.pack import LoadedRule, PackSet, load_packs

__all__ = ["PLACEHOLDER", "find_additions", "run_fix"]


def _word(key: str, lang: str) -> str:
    """fix's words, from the message catalogue (``fix-*`` entries)."""
    return word(f"fix-{key}", lang)


# --- Asking the checks for remedies ---------------------------------------------------------------

Application = tuple[LoadedRule, Subject, dict[str, Any]]
"""A rule applied to a subject, with the rule's options on the subject's date."""


def _subject_key(subject: Subject) -> tuple[str, str, str]:
    return subject.org.id, subject.kind, subject.id


def _completed(remedy: Remedy, subject: Subject, applied_here: list[Application]) -> Remedy:
    """``remedy`` as every rule applied to ``subject`` that can complete it wants it."""
    for loaded, _, options in applied_here:
        complete = getattr(loaded.check, "complete_remedy", None)
        if complete is not None:
            remedy = complete(subject, options, remedy)
    return remedy


def find_additions(
    report: Report,
    workspace: Workspace,
    packs: PackSet,
    dates: dict[str, tuple[dt.date, AsOfReason]],
    writable: set[str],
) -> list[Addition]:
    """The additions that remedy the open findings of ``report`` in the files of ``writable``
    (real paths); ``dates``: as :func:`~hf_rules.engine.evaluate.evaluation_dates` gives them.
    Two rules asking for the same addition to the same list get it once."""
    open_findings = {f.fingerprint: f for f in report.findings if f.status == "open"}
    applied = list(applications(workspace, packs, dates))
    by_subject: dict[tuple[str, str, str], list[Application]] = {}
    for application in applied:
        by_subject.setdefault(_subject_key(application[1]), []).append(application)
    found: dict[tuple[Any, ...], Addition] = {}
    for loaded, subject, options in applied:
        propose = getattr(loaded.check, "remedy", None)
        if propose is None or os.path.realpath(subject.doc.path) not in writable:
            continue
        for violation in loaded.check.check(subject, options):
            finding = open_findings.get(fingerprint(loaded.rule.id, subject, violation.key))
            remedy = propose(subject, options, violation) if finding else None
            if remedy is None or finding is None:
                continue
            remedy = _completed(remedy, subject, by_subject[_subject_key(subject)])
            identity = (subject.doc.path, subject.base, remedy.key, repr(remedy.item))
            if identity in found:  # two rules asking for the same addition: add it once
                found[identity].count = max(found[identity].count, remedy.count)
                found[identity].also.append(finding)
                continue
            found[identity] = Addition(
                loaded.rule.id,
                finding,
                subject.doc.path,
                tuple(subject.base),
                remedy.key,
                remedy.item,
                remedy.count,
                list(remedy.placeholders),
            )
    return list(found.values())


def _member_to_observer(subject: Subject, violation: Violation) -> tuple[str, int, str] | None:
    """``observers``: a party seated as a member that must only observe, and observes nowhere in
    the forum -> its seat moved from ``members`` to ``observers`` (source, index, target). When it
    already observes, dropping the member seat is a decision, not a move."""
    party = violation.params.get("party")
    if not violation.key.startswith("member:") or not isinstance(party, str) or subject.forum is None:
        return None
    if any(seat.party == party for seat in subject.forum.observers):
        return None
    path = violation.path
    if len(path) < 2 or path[-2] != "members" or not isinstance(path[-1], int):
        return None
    return "members", path[-1], "observers"


def find_moves(
    report: Report,
    workspace: Workspace,
    packs: PackSet,
    dates: dict[str, tuple[dt.date, AsOfReason]],
    writable: set[str],
) -> list[Move]:
    """The moves of the open findings of ``report`` in the files of ``writable``: one per seat;
    the finding that the party does not observe is remedied by the same move (``also``)."""
    open_findings = {f.fingerprint: f for f in report.findings if f.status == "open"}
    found: dict[tuple[Any, ...], Move] = {}
    for loaded, subject, options in applications(workspace, packs, dates):
        if loaded.check.NAME != "observers" or subject.kind != "forum":
            continue
        if os.path.realpath(subject.doc.path) not in writable:
            continue
        violations = list(loaded.check.check(subject, options))
        for violation in violations:
            finding = open_findings.get(fingerprint(loaded.rule.id, subject, violation.key))
            where = _member_to_observer(subject, violation)
            if finding is None or where is None:
                continue
            missing_key = violation.key.replace("member:", "missing:", 1)
            missing = [open_findings.get(fingerprint(loaded.rule.id, subject, v.key)) for v in violations]
            also = [m for v, m in zip(violations, missing, strict=True) if m is not None and v.key == missing_key]
            identity = (subject.doc.path, subject.base, *where)
            if identity in found:
                found[identity].also += [finding, *also]
                continue
            container = tuple(str(part) for part in subject.base)
            found[identity] = Move(loaded.rule.id, finding, subject.doc.path, container, *where, also=also)
    return list(found.values())


def _not_moved(additions: list[Addition], moves: list[Move]) -> list[Addition]:
    """The additions, without those whose finding a move remedies (the observer a moved seat becomes)."""
    covered = {f.fingerprint for m in moves for f in m.also}
    return [a for a in additions if a.finding.fingerprint not in covered]


def _remaining_exit(findings: list[Finding], report: Report, fail_on: str) -> int:
    threshold = SEVERITY_RANK.get(fail_on, 99)
    items: list[Finding | WaiverNotice] = [*findings, *report.waiver_notices]
    return 1 if any(SEVERITY_RANK[f.severity] >= threshold for f in items) else 0


# --- Writing the additions --------------------------------------------------------------------------


@dataclass
class Edits:
    """What the additions did to the files: one line per addition made or not made, the unified
    diffs (a dry run), the fingerprints of the findings remedied, and how many files changed."""

    notes: list[str] = field(default_factory=list)
    diffs: list[str] = field(default_factory=list)
    fixed: set[str] = field(default_factory=set)
    changed_files: int = 0


def _edit_file(
    path: str,
    additions: list[Addition],
    moves: list[Move],
    dry_run: bool,
    lang: str,
    edits: Edits,
    read_as: dict[str, str],
    max_bytes: int,
) -> None:
    """Make ``moves`` and then ``additions`` in the file at ``path`` (or, with ``dry_run``, a diff of them)."""
    try:
        raw = read_regular(path, max_bytes=max_bytes)  # a regular file, its size checked first
        before = raw.decode("utf-8")
    except (InputError, UnicodeError) as error:
        reason = error.text(lang) if isinstance(error, InputError) else error
        unapplied: list[Move | Addition] = [*moves, *additions]
        for item in unapplied:
            edits.notes.append(f"{path}:{item.finding.line}: {item.rule}: {_word('not-applied', lang)}: {reason}")
        return
    digest = hashlib.sha256(raw).hexdigest()
    if digest != read_as.get(path, digest):  # another process wrote it since the check read it
        raise ConcurrentChange(Message("fix-file-changed", file=path))
    # Old Mac line ends (CR alone): edited as LF, written back as CR (CRLF the splicer keeps).
    cr_only = "\r" in before and "\n" not in before
    moved_text, moved, not_moved = apply_moves(before.replace("\r", "\n") if cr_only else before, moves)
    after, applied, failed = edit_text(moved_text, additions)
    after = after.replace("\n", "\r") if cr_only else after
    refused: list[tuple[Move | Addition, Message]] = [*not_moved, *failed]
    for item, why in refused:
        edits.notes.append(f"{path}:{item.finding.line}: {item.rule}: {_word('not-applied', lang)}: {why.text(lang)}")
    if after == before:
        return
    edits.changed_files += 1
    if dry_run:
        edits.diffs.append(unified_diff(path, before, after))
    else:
        write_atomic(path, after, expected=digest)  # refused if changed since read, under a lock
    verb = _word("would-fix" if dry_run else "fixed", lang)
    for done_move in moved:
        move = done_move.move
        edits.fixed.update(f.fingerprint for f in [move.finding, *move.also])
        at_line = follow(done_move.line, moved_text, after)  # lines added below it move it down
        where = ".".join(move.container)
        edits.notes.append(
            f"{path}:{at_line}: {verb} {move.rule}: {word('fix-moved', lang)} "
            f"{where}.{move.source} -> {where}.{move.target}: {done_move.text}"
        )
    for done in sorted(applied, key=lambda a: a.line):
        edits.fixed.update(f.fingerprint for f in [done.addition.finding, *done.addition.also])
        where = ".".join(str(part) for part in (*done.addition.container, done.addition.key))
        line = f"{path}:{done.line}: {verb} {done.addition.rule}: {_word('added', lang)} {where}: {done.text}"
        if done.addition.placeholders:
            line += f" ({_word('fill-in', lang)}: {', '.join(done.addition.placeholders)})"
        edits.notes.append(line)


def _edit_files(
    additions: list[Addition],
    moves: list[Move],
    dry_run: bool,
    lang: str,
    read_as: dict[str, str],
    max_bytes: int,
) -> Edits:
    by_file: dict[str, tuple[list[Addition], list[Move]]] = {}
    for addition in additions:
        by_file.setdefault(addition.file, ([], []))[0].append(addition)
    for move in moves:
        by_file.setdefault(move.file, ([], []))[1].append(move)
    edits = Edits()
    for path, (group, moves_here) in by_file.items():
        _edit_file(path, group, moves_here, dry_run, lang, edits, read_as, max_bytes)
    return edits


# --- The command ---------------------------------------------------------------------------------


def _dry_run_outcome(report: Report, edits: Edits, resolved: Resolved) -> tuple[str, str, int]:
    """The diff on standard output; on standard error what would be fixed and what would remain."""
    lang = resolved.lang
    left = [f for f in report.findings if f.status == "open" and f.fingerprint not in edits.fixed]
    code = _remaining_exit(left, report, resolved.fail_on)
    lines = edits.notes + [f"{text_format.finding_line(f)} ({_word('remains', lang)})" for f in left]
    lines.append(
        say("fix-dry-summary", lang, fixed=len(edits.fixed), files=edits.changed_files, left=len(left))
        if edits.fixed
        else _word("nothing", lang)
    )
    return "".join(edits.diffs), "\n".join(printable(line) for line in lines) + "\n", code


def _outcome(report: Report, edits: Edits, lang: str) -> tuple[str, str, int]:
    """What was fixed, then the check of the files as they are now (``report``)."""
    left = [f for f in report.findings if f.status == "open"]
    summary = (
        say("fix-summary", lang, fixed=len(edits.fixed), files=edits.changed_files, left=len(left))
        if edits.fixed
        else _word("nothing", lang)
    )
    shown = [printable(line) for line in [*edits.notes, summary]]  # file names and texts of the input
    output = "\n".join(shown) + "\n\n" + text_format.render(report, brief=True)
    return output, "", report.exit_code


FIX_ATTEMPTS = 3
"""How often ``fix`` starts again when a file changed under it (another ``fix`` run, an editor)."""


def run_fix(settings: Settings, dry_run: bool = False) -> tuple[str, str, int]:
    """``hf-rules fix``: (standard output, standard error, exit code).

    A file another process changes while this run works on it is never overwritten: the run
    starts again from the changed files (at most :data:`FIX_ATTEMPTS` times), so two runs at
    once add each line once."""
    for attempt in range(FIX_ATTEMPTS):
        try:
            return _run_fix(settings, dry_run)
        except ConcurrentChange:
            if attempt == FIX_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _run_fix(settings: Settings, dry_run: bool = False) -> tuple[str, str, int]:
    """``hf-rules fix``, once: (standard output, standard error, exit code).

    Writes (unless ``dry_run``) only files named in ``settings.paths`` or found in a folder
    named there. Standard output: the summary and the check that follows; with ``dry_run`` the
    unified diff (the summary then goes to standard error, so the diff can be applied as a patch).
    Exit codes: 0 no finding at or above ``--fail-on`` remains, 1 some remain, 2 unusable input.
    """
    if not settings.paths:
        raise UsageError(say("fix-no-paths", settings.lang or default_lang()))
    try:
        resolved = resolve_settings(settings)
        packs = load_packs(resolved.packs, resolved.limits, resolved.pack_base)
    except (InputError, InputErrors) as error:
        return "", problem_lines(error, settings.lang or default_lang()), EXIT_INPUT
    # Evaluated exactly as `check` does (same dates, limits and packs).
    workspace = build_workspace(resolved.given, resolved.extra, resolved.limits)
    request = ReportRequest(
        as_of=resolved.as_of, lang=resolved.lang, fail_on=resolved.fail_on, as_of_given=settings.as_of is not None
    )
    report = build_report(workspace, packs, request)
    if report.exit_code == EXIT_INPUT:
        return text_format.render(report, brief=True), "", EXIT_INPUT
    read_as = {f.path: f.doc.sha256 for f in workspace.files if f.doc is not None and f.doc.sha256}
    writable = {os.path.realpath(p) for p, _, problem in discover(settings.paths) if problem is None}
    dates = evaluation_dates(workspace, request.as_of, request.as_of_given)
    moves = find_moves(report, workspace, packs, dates, writable)
    additions = _not_moved(find_additions(report, workspace, packs, dates, writable), moves)
    edits = _edit_files(additions, moves, dry_run, resolved.lang, read_as, resolved.limits.max_bytes)
    if dry_run:
        return _dry_run_outcome(report, edits, resolved)
    if edits.fixed:  # checked again as the files are now
        report = build_report(build_workspace(resolved.given, resolved.extra, resolved.limits), packs, request)
    return _outcome(report, edits, resolved.lang)
