"""``hf-rules diff``: what a proposal (NEW) changes in the approved structure (OLD), for the
committee; and the comparison the audit report shows with ``audit --compare OLD``.

Both sides are read as ``check`` reads them (the same limits), and checked with the same rule
packs as of the same date: ``--as-of`` when given; else the proposal's ``effective_from`` (when
its organisations agree on one), so the current structure is judged by the rules it would meet
on the day the proposal takes effect; else the run's date. Waivers on both sides expire relative
to that date, as with ``check --as-of``.

OLD may be a git revision (``--git REV``): the files of the given paths as they are at REV,
read with ``git ls-tree`` and ``git show`` (nothing is checked out; the working tree is NEW).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from dataclasses import dataclass
from typing import Any

from hf_rules import __version__
from hf_rules.core.errors import InputError, Location, UsageError
from hf_rules.core.i18n import Message
from hf_rules.documents.discovery import YAML_SUFFIXES, read_bytes
from hf_rules.documents.entries import SourceFile, Workspace
from hf_rules.documents.workspace import build_workspace, resolve
from hf_rules.engine.compare import compliance_delta, structural_changes
from hf_rules.engine.evaluate import ReportRequest, build_report
from hf_rules.report.diff import Diff, Side
from hf_rules.report.model import SEVERITY_RANK, Report
from hf_rules.rules.pack import PackSet
from hf_rules.yaml.scalars import Limits

GIT_TIMEOUT = 60


# --- Reading a git revision ----------------------------------------------------------------------


def _git(args: list[str], cwd: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(
            ["git", *args],
            cwd=cwd,
            capture_output=True,
            timeout=GIT_TIMEOUT,
            check=False,
            env={**os.environ, "GIT_TERMINAL_PROMPT": "0", "GIT_OPTIONAL_LOCKS": "0"},
        )
    except FileNotFoundError:
        raise UsageError(Message("git-missing")) from None
    except subprocess.TimeoutExpired:
        raise UsageError(Message("git-timeout", command=f"git {' '.join(args[:2])}", seconds=GIT_TIMEOUT)) from None


def _existing_folder(path: str) -> str:
    """The nearest folder at or above ``path`` that exists now (git runs there)."""
    folder = path if os.path.isdir(path) else os.path.dirname(path) or "."
    while not os.path.isdir(folder):
        parent = os.path.dirname(folder)
        folder = parent if parent and parent != folder else "."
    return folder


def _check_revision(rev: str, folder: str) -> None:
    if not rev or rev.startswith("-"):
        raise UsageError(Message("git-not-a-revision", rev=rev))
    if _git(["rev-parse", "--git-dir"], folder).returncode != 0:
        raise UsageError(Message("git-not-a-repository", folder=folder))
    if _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"], folder).returncode != 0:
        raise UsageError(Message("git-unknown-revision", rev=rev, folder=folder))


def git_sources(rev: str, paths: list[str], limits: Limits) -> list[SourceFile]:
    """The files of ``paths`` as they are at ``rev``: a file as given, a folder searched for
    ``*.yaml``/``*.yml`` (hidden ones passed over, as ``check`` does), each shown as ``REV:PATH``.
    A path that the revision does not hold is an input problem, not a silent skip."""
    sources: list[SourceFile] = []
    checked: set[str] = set()
    for given in paths:
        folder = _existing_folder(given)
        if folder not in checked:
            _check_revision(rev, folder)
            checked.add(folder)
        relative = os.path.relpath(given, folder)
        listing = _git(["ls-tree", "-r", "-l", "-z", "--end-of-options", rev, "--", relative], folder)
        if listing.returncode != 0:
            said = listing.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
            raise UsageError(
                Message("git-failed", rev=rev, path=given, problem=said[0] if said else Message("git-ls-tree-failed"))
            )
        entries = [e for e in listing.stdout.split(b"\0") if e]
        if not entries:
            sources.append(
                SourceFile(
                    path=f"{rev}:{given}",
                    explicit=True,
                    problems=[InputError(Location(f"{rev}:{given}"), Message("git-no-such-path", rev=rev))],
                )
            )
            continue
        for entry in entries:
            head, _, name_bytes = entry.partition(b"\t")
            mode, kind, _sha, size = head.decode().split()
            name = os.fsdecode(name_bytes)
            explicit = os.path.normpath(name) == os.path.normpath(relative)
            parts = os.path.relpath(name, relative).split(os.sep) if not explicit else []
            if not explicit and (
                not name.endswith(YAML_SUFFIXES) or any(p.startswith(".") for p in parts if p not in (".", ".."))
            ):
                continue
            shown = f"{rev}:{os.path.normpath(os.path.join(folder, name))}"
            if kind != "blob" or mode == "120000":
                problem = Message("git-link")
                sources.append(SourceFile(path=shown, explicit=True, problems=[InputError(Location(shown), problem)]))
                continue
            if int(size) > limits.max_bytes:
                problem = Message("err-file-too-large", size=size, limit=limits.max_bytes)
                sources.append(SourceFile(path=shown, explicit=True, problems=[InputError(Location(shown), problem)]))
                continue
            shown_file = _git(["show", f"{rev}:./{name}"], folder)
            if shown_file.returncode != 0:
                raise UsageError(
                    Message(
                        "git-cannot-read",
                        rev=rev,
                        path=name,
                        problem=shown_file.stderr.decode("utf-8", "replace").strip(),
                    )
                )
            sources.append(read_bytes(shown, shown_file.stdout, explicit, limits))
    return sources


# --- Comparing ---------------------------------------------------------------------------------


@dataclass
class Compared:
    diff: Diff
    old_report: Report
    new_report: Report


def _side(label: str, paths: list[str], report: Report) -> Side:
    return Side(
        label=label,
        paths=paths,
        verdict=report.verdict,
        exit_code=report.exit_code,
        open_findings=sum(1 for f in report.findings if f.status == "open"),
        input_problems=[
            f"{p.file}:{max(p.line, 1)}:{max(p.column, 1)}: error: {p.message}" for p in report.input_problems
        ],
    )


def comparison_date(new: Workspace, as_of: dt.date | None, run_date: dt.date) -> dt.date:
    """``--as-of``; else the proposal's ``effective_from`` if its organisations agree on one; else the run's date."""
    if as_of is not None:
        return as_of
    dates = {o.model.metadata.effective_from for o in new.organisations.values()}
    if len(dates) == 1 and None not in dates:
        return dates.pop()  # type: ignore[return-value]
    return run_date


def compare(
    old: Workspace,
    new: Workspace,
    packs: PackSet,
    *,
    old_paths: list[str],
    new_paths: list[str],
    as_of: dt.date | None,
    run_date: dt.date,
    lang: str,
    fail_on: str,
    fail_on_new: bool = False,
) -> Compared:
    """Check both sides with ``packs`` as of one date and compare them."""
    day = comparison_date(new, as_of, run_date)
    request = ReportRequest(as_of=day, as_of_given=True, lang=lang, fail_on=fail_on)
    old_report = build_report(old, packs, request)
    new_report = build_report(new, packs, request)
    resolved, introduced, unchanged = compliance_delta(old_report, new_report)
    if old_report.exit_code == 2 or new_report.exit_code == 2:
        code = 2
    elif fail_on_new:
        threshold = SEVERITY_RANK.get(fail_on, 99)
        code = 1 if any(SEVERITY_RANK[f.severity] >= threshold for f in introduced) else 0
    else:
        code = new_report.exit_code
    diff = Diff(
        version=__version__,
        as_of=day.isoformat(),
        lang=lang,
        fail_on=fail_on,
        fail_on_new=fail_on_new,
        rule_packs=[f"{p.metadata.id}@{p.metadata.version}" for p, _ in packs.packs],
        old=_side("OLD", old_paths, old_report),
        new=_side("NEW", new_paths, new_report),
        changes=structural_changes(old, new),
        resolved=resolved,
        introduced=introduced,
        unchanged=unchanged,
        exit_code=code,
    )
    return Compared(diff, old_report, new_report)


def read_old(old: list[str], git: str | None, limits: Limits) -> Workspace:
    """OLD: the files of ``old`` at revision ``git``, or as they are on disk."""
    if git is not None:
        return resolve(git_sources(git, old, limits))
    return build_workspace(old, (), limits)


def _without_names(diff: Diff, lang: str) -> Diff:
    """``--redact``: the names of persons in changed holders and deputies left out (OLD's names are
    not the workspace's, so the redactor of the report does not know them)."""
    from hf_rules.core.i18n import word

    left_out = word("redact-approved-by", lang)
    changes = [
        c.model_copy(update={"before": left_out if c.before else None, "after": left_out if c.after else None})
        if c.kind in ("holder-changed", "deputy-changed")
        else c
        for c in diff.changes
    ]
    return diff.model_copy(update={"changes": changes})


def compare_for_audit(
    old: str, new: Workspace, packs: PackSet, as_of: dt.date | None, resolved: Any, redactor: object | None
) -> dict[str, Any]:
    """``audit --compare OLD``: what the audit formatters take to draw the comparison (the diff,
    and OLD's structure for the fora that are removed)."""
    old_workspace = build_workspace([old], (), resolved.limits)
    compared = compare(
        old_workspace,
        new,
        packs,
        old_paths=[old],
        new_paths=list(resolved.given),
        as_of=as_of,
        run_date=resolved.as_of,
        lang=resolved.lang,
        fail_on=resolved.fail_on,
    )
    problems = compared.diff.old.input_problems
    if problems:
        more = Message("compare-more", count=len(problems) - 1) if len(problems) > 1 else ""
        raise UsageError(Message("compare-unreadable", old=old, problem=str(problems[0]), more=more))
    diff = _without_names(compared.diff, resolved.lang) if redactor is not None else compared.diff
    return {"compare": diff, "compare_structure": compared.old_report.structure}
