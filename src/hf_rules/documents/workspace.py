"""The workspace: the documents checked together, validated and with references resolved.

A workspace is the files the user gave plus those the config names. Every file given ends up
in ``Workspace.files`` with a status, so nothing is silently skipped. References across files
(a plan's organisation and forum, a seat's party, a relation's target forum, a bydel's sector)
are resolved here; a dangling one is an input error at its line.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import IO, TextIO, cast

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import Message
from hf_rules.documents.discovery import (
    PARALLEL_MIN_FILES,
    PROGRESS_MIN_FILES,
    Entry,
    _read_entry,
    _read_parallel,
    clamp_jobs,
    default_jobs,
    discover,
    parallel_min_files,
)
from hf_rules.documents.entries import OrgEntry, PlanEntry, SourceFile, Workspace
from hf_rules.documents.model import MeetingPlan, Organisation, Waivers
from hf_rules.documents.references import check_organisation, check_plan
from hf_rules.yaml.loader import Limits


def build_workspace(
    given: Iterable[str],
    extra: Iterable[str] = (),
    limits: Limits = Limits(),
    progress: IO[str] | None = None,
    jobs: int | None = None,
) -> Workspace:
    """Read every file of ``given`` (the user's paths) and ``extra`` (the config's documents).

    A file named both ways is read once; the user's naming wins (it is then "explicit"). With
    ``progress`` (standard error, say) a bar shows on it while many files are read, only when it
    is a terminal: nothing at all is written to a pipe or a file. ``jobs`` processes (default:
    the CPUs available) read a workspace of at least :data:`PARALLEL_MIN_FILES` files; the
    result is the same with one (tests/robustness/test_parallel.py).
    """
    found: list[Entry] = []
    seen: set[tuple[int, int] | str] = set()
    for group, explicit in ((given, True), (extra, False)):
        for path, is_explicit, problem in discover(group):
            try:  # the same file reached twice (two names, a link): an inode is cheaper than realpath
                info = os.stat(path)
                identity: tuple[int, int] | str = (info.st_dev, info.st_ino)
            except (OSError, ValueError):
                identity = os.path.realpath(path)
            if identity not in seen:
                seen.add(identity)
                found.append((path, is_explicit and explicit, problem))

    jobs = min(clamp_jobs(default_jobs() if jobs is None else jobs), len(found))
    if jobs > 1 and len(found) >= parallel_min_files(PARALLEL_MIN_FILES):
        workspace = resolve(_read_parallel(found, limits, jobs))
        workspace.processes = jobs
        return workspace
    if progress is None or len(found) < PROGRESS_MIN_FILES or not _is_terminal(progress):
        return resolve([_read_entry(entry, limits) for entry in found])
    import click

    with click.progressbar(
        found,
        label="hf-rules",
        file=cast(TextIO, progress),
        show_pos=True,
        item_show_func=lambda e: os.path.basename(e[0]) if e else None,
    ) as entries:
        return resolve([_read_entry(entry, limits) for entry in entries])


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def resolve(files: list[SourceFile]) -> Workspace:
    """Index the valid documents and resolve references across them."""
    organisations: dict[str, OrgEntry] = {}
    plans: list[PlanEntry] = []
    waivers: list[tuple[SourceFile, Waivers]] = []
    plan_ids: dict[str, SourceFile] = {}

    for source in files:
        if isinstance(source.model, Organisation):
            org_id = source.model.metadata.id
            if org_id in organisations:
                _duplicate_id(source, organisations[org_id].file, Message("doc-what-organisation"), org_id)
                continue
            check_organisation(source, source.model)
            if not source.problems:
                organisations[org_id] = OrgEntry(source, source.model)
    for source in files:
        if isinstance(source.model, MeetingPlan):
            plan = source.model
            if plan.metadata.id in plan_ids:
                _duplicate_id(source, plan_ids[plan.metadata.id], Message("doc-what-meeting-plan"), plan.metadata.id)
                continue
            plan_ids[plan.metadata.id] = source
            org = organisations.get(plan.metadata.organisation)
            if org is None:
                _missing_organisation(source, plan.metadata.organisation, files)
                continue
            check_plan(source, plan, org)
            if not source.problems:
                plans.append(PlanEntry(source, plan, org))
                org.plans.append(plans[-1])
        elif isinstance(source.model, Waivers):
            waivers.append((source, source.model))
    return Workspace(files, organisations, plans, waivers)


def _duplicate_id(source: SourceFile, first: SourceFile, what: Message, doc_id: str) -> None:
    assert source.doc is not None
    source.problems.append(
        InputError(
            source.doc.location(("metadata", "id")),
            Message("doc-id-used", what=what, id=doc_id, file=first.path),
        )
    )


def _missing_organisation(source: SourceFile, org_id: str, files: list[SourceFile]) -> None:
    assert source.doc is not None
    broken = [f.path for f in files if f.id == org_id and f.kind == "Organisation" and f.problems]
    if broken:
        source.not_checked = Message("reason-org-has-errors", org=org_id, file=broken[0])
        return
    unreadable = [f.path for f in files if f.doc is None and f.problems]
    if unreadable:  # the organisation may be in a file that could not be read at all
        source.not_checked = Message("doc-org-unreadable", org=org_id, files=", ".join(unreadable))
        return
    source.problems.append(
        InputError(
            source.doc.location(("metadata", "organisation")),
            Message("doc-org-missing", org=org_id),
        )
    )
