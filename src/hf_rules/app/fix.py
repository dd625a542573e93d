"""``hf-rules fix``: apply the mechanical remedies of findings to the documents, in place.

A remedy is declared here per check function (``REMEDIES``, keyed by the function's ``NAME``)
and decided from the check's structured output (the violation's key, params and evidence and
the rule's options), never from message text:

- ``observers``: a party that must observe and is missing -> ``{party: ID, role: Observatør}``
  added to the forum's ``observers``;
- ``required_seats``: too few seats of one constituency (``represents: fastlege|bruker|ansatt``)
  -> a placeholder seat ``{represents: KIND, role: ..., person: Ikke oppnevnt}`` added to
  ``members`` (with ``deputy: Ikke oppnevnt`` where a ``deputy_required`` rule covers the seat);
- ``relation``: a forum missing from ``gives_input_to``/``gives_assignments_to`` -> its id
  added (when the rule names exactly one forum that fits).

How a file is edited, adding lines only, is :mod:`hf_rules.edit.splice`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hf_rules.core.errors import InputError, InputErrors, UsageError
from hf_rules.core.files import ConcurrentChange, read_regular
from hf_rules.core.markup import printable
from hf_rules.documents.discovery import discover
from hf_rules.documents.model import Seat
from hf_rules.documents.workspace import build_workspace
from hf_rules.edit.splice import Remedy, edit_text, unified_diff, write_atomic
from hf_rules.engine.evaluate import build_report, evaluation_dates, fingerprint, subjects
from hf_rules.formatters import text as text_format
from hf_rules.report.model import SEVERITY_RANK, Finding, Report
from hf_rules.rules.checks.base import Subject, Violation, seat_matches
from hf_rules.rules.pack import PackSet, load_packs

PLACEHOLDER = "Ikke oppnevnt"
"""The person (and deputy) of a seat that ``fix`` adds: to be replaced by a name."""
OBSERVER_ROLE = "Observatør"
SEAT_ROLES = {"fastlege": "Fastlegerepresentant", "bruker": "Brukerrepresentant", "ansatt": "Ansatterepresentant"}
"""Where a missing key goes: after the nearest key that precedes it in this order."""

_WORDS = {
    "fixed": ("rettet", "fixed"),
    "would-fix": ("vil rette", "would fix"),
    "added": ("la til", "added"),
    "fill-in": ("fyll inn", "fill in"),
    "remains": ("gjenstår", "remains"),
    "not-applied": ("ikke rettet", "not fixed"),
    "summary": (
        "{fixed} rettet i {files} fil(er); {left} funn gjenstår uten mekanisk retting",
        "{fixed} fixed in {files} file(s); {left} findings remain without a mechanical fix",
    ),
    "dry-summary": (
        "{fixed} vil bli rettet i {files} fil(er); {left} funn vil gjenstå uten mekanisk retting",
        "{fixed} would be fixed in {files} file(s); {left} findings would remain without a mechanical fix",
    ),
    "nothing": ("ingenting å rette", "nothing to fix"),
}


def _word(key: str, lang: str) -> str:
    nb, en = _WORDS[key]
    return en if lang == "en" else nb


# --- Remedies, per check function ---------------------------------------------------------------

Remedier = Callable[[Subject, dict[str, Any], Violation, "Context"], "tuple[str, Any, int, list[str]] | None"]
"""``(key, item, count, placeholder keys)`` to append under the subject, or None."""


@dataclass
class Context:
    packs: PackSet
    as_of: dt.date
    """The date the subject's organisation is evaluated as of (as the check does)."""


def _observer(subject: Subject, options: dict[str, Any], violation: Violation, ctx: Context):  # type: ignore[no-untyped-def]
    if not violation.key.startswith("missing:"):
        return None  # a member seat to move, or speaking rights: a decision, not an addition
    party = violation.params.get("party")
    if not isinstance(party, str):
        return None
    roles = Counter(s.role for f in subject.org.model.fora.values() for s in f.observers if s.role)
    item: dict[str, Any] = {"party": party, "role": roles.most_common(1)[0][0] if roles else OBSERVER_ROLE}
    if options.get("speaking_rights") == "required":
        item["speaking_rights"] = True
    return "observers", item, 1, []


def _seat(subject: Subject, options: dict[str, Any], violation: Violation, ctx: Context):  # type: ignore[no-untyped-def]
    if not violation.key.startswith("too-few:"):
        return None
    label = violation.key.removeprefix("too-few:")
    requirement = next((r for r in options["require"] if r["label"]["en"] == label), None)
    criteria = violation.evidence.get("criteria", {})
    if requirement is None or set(criteria) - {"represents", "role", "level"}:
        return None  # only constituency seats: a party seat needs a decision on who
    if any(len(v) != 1 for v in criteria.values()) or "represents" not in criteria:
        return None
    kind = criteria["represents"][0]
    minimum = requirement.get("min", 1)
    count = minimum - len(violation.evidence.get("matching_seats", []))
    if count < 1:
        return None
    if "role" in criteria:
        role = criteria["role"][0]
    else:
        roles = Counter(
            s.role for f in subject.org.model.fora.values() for s in f.members if s.represents == kind and s.role
        )
        role = roles.most_common(1)[0][0] if roles else SEAT_ROLES.get(kind, kind)
    item: dict[str, Any] = {"represents": kind, "role": role}
    if "level" in criteria:
        item["level"] = criteria["level"][0]
    item["person"] = PLACEHOLDER
    placeholders = ["person"]
    if _needs_deputy(subject, Seat(**item), ctx):
        item["deputy"] = PLACEHOLDER
        placeholders.append("deputy")
    return "members", item, count, placeholders


def _needs_deputy(subject: Subject, seat: Seat, ctx: Context) -> bool:
    """Whether a ``deputy_required`` rule in force covers ``seat`` in this forum."""
    for loaded in ctx.packs.rules:
        options = loaded.options_on(ctx.as_of)
        if loaded.check.NAME != "deputy_required" or options is None:
            continue
        selector = loaded.rule.applies_to
        if selector.kind != "forum" or (selector.type is not None and subject.forum.type not in selector.type):  # type: ignore[union-attr]
            continue
        if selector.id is not None and subject.id not in selector.id:
            continue
        if selector.has_sector is not None and (subject.forum.sector is not None) != selector.has_sector:  # type: ignore[union-attr]
            continue
        if seat_matches(subject, seat, options["where"]):
            return True
    return False


def _relation(subject: Subject, options: dict[str, Any], violation: Violation, ctx: Context):  # type: ignore[no-untyped-def]
    relation = violation.evidence.get("relation")
    if violation.key.startswith("missing:"):
        target = violation.key.removeprefix("missing:")
    elif violation.key == "none" and len(violation.evidence.get("candidates", [])) == 1:
        target = violation.evidence["candidates"][0]
    else:
        return None  # several fora would do: which one is a decision
    if relation not in ("gives_input_to", "gives_assignments_to"):
        return None
    return relation, target, 1, []


REMEDIES: dict[str, Remedier] = {"observers": _observer, "required_seats": _seat, "relation": _relation}
"""Check functions with a mechanical remedy, by the function's ``NAME``."""


def find_remedies(
    report: Report, workspace: Any, packs: PackSet, dates: dict[str, dt.date], writable: set[str]
) -> list[Remedy]:
    """The remedies of the open findings of ``report`` in the files of ``writable`` (real paths);
    ``dates``: organisation id -> the date it is evaluated as of."""
    open_findings = {f.fingerprint: f for f in report.findings if f.status == "open"}
    found: dict[tuple[Any, ...], Remedy] = {}
    for loaded in packs.rules:
        remedier = REMEDIES.get(loaded.check.NAME)
        if remedier is None:
            continue
        for subject in subjects(workspace, loaded.rule.applies_to):
            if subject.kind != "forum" or os.path.realpath(subject.doc.path) not in writable:
                continue
            ctx = Context(packs, dates[subject.org.id])
            options = loaded.options_on(ctx.as_of)
            if options is None:
                continue
            for violation in loaded.check.check(subject, options):
                finding = open_findings.get(fingerprint(loaded.rule.id, subject, violation.key))
                remedy = finding and remedier(subject, options, violation, ctx)
                if not remedy:
                    continue
                key, item, count, placeholders = remedy
                identity = (subject.doc.path, subject.base, key, repr(item))
                if identity in found:  # two rules asking for the same addition: add it once
                    found[identity].count = max(found[identity].count, count)
                    found[identity].also.append(finding)
                    continue
                found[identity] = Remedy(
                    loaded.rule.id,
                    finding,
                    subject.doc.path,
                    tuple(subject.base),
                    key,  # type: ignore[arg-type]
                    item,
                    count,
                    placeholders,
                )
    return list(found.values())


def _remaining_exit(findings: list[Finding], report: Report, fail_on: str) -> int:
    threshold = SEVERITY_RANK.get(fail_on, 99)
    items = [*findings, *report.waiver_notices]
    return 1 if any(SEVERITY_RANK[f.severity] >= threshold for f in items) else 0


FIX_ATTEMPTS = 3
"""How often ``fix`` starts again when a file changed under it (another ``fix`` run, an editor)."""


def run_fix(settings: Any, dry_run: bool = False) -> tuple[str, str, int]:
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


def _run_fix(settings: Any, dry_run: bool = False) -> tuple[str, str, int]:
    """``hf-rules fix``, once: (standard output, standard error, exit code).

    Writes (unless ``dry_run``) only files named in ``settings.paths`` or found in a folder
    named there. Standard output: the summary and the check that follows; with ``dry_run`` the
    unified diff (the summary then goes to standard error, so the diff can be applied as a patch).
    Exit codes: 0 no finding at or above ``--fail-on`` remains, 1 some remain, 2 unusable input.
    """
    from hf_rules.app.run import EXIT_INPUT, problem_lines, resolve_settings

    if not settings.paths:
        raise UsageError("name the files or folders to fix (fix never edits a file it is not given)")
    try:
        resolved = resolve_settings(settings)
        packs = load_packs(resolved.packs, resolved.limits, resolved.pack_base)
    except (InputError, InputErrors) as error:
        return "", problem_lines(error), EXIT_INPUT
    # Evaluated exactly as `check` does (same dates, limits and packs).
    workspace = build_workspace(resolved.given, resolved.extra, resolved.limits)
    as_of_given = settings.as_of is not None
    options = {"as_of": resolved.as_of, "as_of_given": as_of_given, "lang": resolved.lang, "fail_on": resolved.fail_on}
    report = build_report(workspace, packs, **options)  # type: ignore[arg-type]
    if report.exit_code == EXIT_INPUT:
        return text_format.render(report, brief=True), "", EXIT_INPUT
    read_as = {f.path: f.doc.sha256 for f in workspace.files if f.doc is not None and f.doc.sha256}
    writable = {os.path.realpath(p) for p, _, problem in discover(settings.paths) if problem is None}
    dates = {org: day for org, (day, _) in evaluation_dates(workspace, resolved.as_of, as_of_given).items()}
    remedies = find_remedies(report, workspace, packs, dates, writable)
    lang = resolved.lang
    by_file: dict[str, list[Remedy]] = {}
    for remedy in remedies:
        by_file.setdefault(remedy.file, []).append(remedy)
    diffs: list[str] = []
    notes: list[str] = []
    fixed: set[str] = set()
    changed_files = 0
    for path, group in by_file.items():
        try:
            raw = read_regular(path, max_bytes=resolved.limits.max_bytes)
            before = raw.decode("utf-8")
        except (InputError, UnicodeError) as reason:
            why = reason.message if isinstance(reason, InputError) else reason
            for remedy in group:
                notes.append(f"{path}:{remedy.finding.line}: {remedy.rule}: {_word('not-applied', lang)}: {why}")
            continue
        digest = hashlib.sha256(raw).hexdigest()
        if digest != read_as.get(path, digest):  # another process wrote it since the check read it
            raise ConcurrentChange(f"{path}: the file changed since it was read (another process wrote it)")
        # Old Mac line ends (CR alone): edited as LF, written back as CR (CRLF the splicer keeps).
        cr_only = "\r" in before and "\n" not in before
        after, applied, failed = edit_text(before.replace("\r", "\n") if cr_only else before, group)
        after = after.replace("\n", "\r") if cr_only else after
        for remedy, why in failed:
            notes.append(f"{path}:{remedy.finding.line}: {remedy.rule}: {_word('not-applied', lang)}: {why}")
        if after == before:
            continue
        changed_files += 1
        if dry_run:
            diffs.append(unified_diff(path, before, after))
        else:
            write_atomic(path, after, expected=digest)  # refused if changed since read, under a lock
        verb = _word("would-fix" if dry_run else "fixed", lang)
        for done in sorted(applied, key=lambda a: a.line):
            fixed.update(f.fingerprint for f in [done.remedy.finding, *done.remedy.also])
            where = ".".join([*done.remedy.container, done.remedy.key])
            line = f"{path}:{done.line}: {verb} {done.remedy.rule}: {_word('added', lang)} {where}: {done.text}"
            if done.remedy.placeholders:
                line += f" ({_word('fill-in', lang)}: {', '.join(done.remedy.placeholders)})"
            notes.append(line)
    if dry_run:
        left = [f for f in report.findings if f.status == "open" and f.fingerprint not in fixed]
        code = _remaining_exit(left, report, resolved.fail_on)
        lines = notes + [f"{text_format.finding_line(f)} ({_word('remains', lang)})" for f in left]
        lines.append(
            _word("dry-summary", lang).format(fixed=len(fixed), files=changed_files, left=len(left))
            if fixed
            else _word("nothing", lang)
        )
        return "".join(diffs), "\n".join(printable(line) for line in lines) + "\n", code
    after_report = report
    if fixed:
        workspace = build_workspace(resolved.given, resolved.extra, resolved.limits)
        after_report = build_report(workspace, packs, **options)  # type: ignore[arg-type]
    left = [f for f in after_report.findings if f.status == "open"]
    summary = (
        _word("summary", lang).format(fixed=len(fixed), files=changed_files, left=len(left))
        if fixed
        else _word("nothing", lang)
    )
    shown = [printable(line) for line in [*notes, summary]]  # file names and texts of the input
    output = "\n".join(shown) + "\n\n" + text_format.render(after_report, brief=True)
    return output, "", after_report.exit_code
