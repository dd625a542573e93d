"""The workspace: the documents checked together, validated and with references resolved.

A workspace is the files the user gave plus those the config names. Every file given ends up
in ``Workspace.files`` with a status, so nothing is silently skipped. References across files
(a plan's organisation and forum, a seat's party, a relation's target forum, a bydel's sector)
are resolved here; a dangling one is an input error at its line.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO

from hf_rules.errors import InputError, Location
from hf_rules.loader import Document, Limits, load_yaml_file
from hf_rules.model import API_VERSION, DOCUMENT_MODELS, Forum, MeetingPlan, Organisation, Party, Waivers
from hf_rules.references import check_organisation, check_plan
from hf_rules.resources import bundled_schema
from hf_rules.validate import InputErrors, checked_model

SCHEMA_FILES = {
    "Organisation": "organisation.schema.json",
    "MeetingPlan": "meeting-plan.schema.json",
    "Waivers": "waivers.schema.json",
}
YAML_SUFFIXES = (".yaml", ".yml")


@dataclass
class SourceFile:
    """One file of the workspace and what became of it."""

    path: str
    explicit: bool
    doc: Document | None = None
    kind: str | None = None
    id: str | None = None
    model: Organisation | MeetingPlan | Waivers | None = None
    problems: list[InputError] = field(default_factory=list)
    ignored: str | None = None
    """Why a file found in a folder is not an hf-rules document (it is listed, not checked)."""
    not_checked: str | None = None
    """Why a valid document could not be checked (it depends on a document with errors)."""


@dataclass
class OrgEntry:
    """An organisation and quick look-ups over it."""

    file: SourceFile
    model: Organisation

    @property
    def doc(self) -> Document:
        assert self.file.doc is not None
        return self.file.doc

    @property
    def id(self) -> str:
        return self.model.metadata.id

    def party(self, party_id: str | None) -> Party | None:
        return self.model.parties.get(party_id) if party_id else None

    def party_name(self, party_id: str | None) -> str:
        party = self.party(party_id)
        return party.name if party else str(party_id)

    def side_of(self, party_id: str | None) -> str | None:
        party = self.party(party_id)
        return party.side if party else None

    def fora_of_type(self, types: Iterable[str]) -> list[tuple[str, Forum]]:
        wanted = set(types)
        return [(fid, f) for fid, f in self.model.fora.items() if f.type in wanted]

    def sector_parties(self) -> list[str]:
        return [pid for pid, p in self.model.parties.items() if p.has_sector]


@dataclass
class PlanEntry:
    file: SourceFile
    model: MeetingPlan
    org: OrgEntry

    @property
    def doc(self) -> Document:
        assert self.file.doc is not None
        return self.file.doc

    @property
    def forum(self) -> Forum:
        return self.org.model.fora[self.model.forum]


@dataclass
class Workspace:
    files: list[SourceFile]
    organisations: dict[str, OrgEntry]
    plans: list[PlanEntry]
    waivers: list[tuple[SourceFile, Waivers]]
    processes: int = 1
    """How many processes read the files (more than one only for a large workspace)."""

    @property
    def problems(self) -> list[InputError]:
        return [p for f in self.files for p in f.problems]


def discover(paths: Iterable[str], explicit: bool = True) -> Iterator[tuple[str, bool, InputError | None]]:
    """Files under ``paths``: files as given, folders searched for ``*.yaml``/``*.yml``.

    Yields ``(path, explicit, problem)``. Hidden files and folders inside a searched folder are
    passed over (they hold tool configuration, not documents); folder loops through symbolic
    links are followed once. A path that does not exist is a problem, not an exception.
    """
    for given in paths:
        if "\0" in given:  # only from a config file; os.path.realpath would raise ValueError on it
            shown = given.replace("\0", "\\0")
            yield shown, explicit, InputError(Location(shown), "no such file or folder (the name holds a NUL character)")
        elif os.path.isdir(given):
            yield from _walk(given)
        elif os.path.exists(given) or os.path.islink(given):
            yield given, explicit, None
        else:
            yield given, explicit, InputError(Location(given), "no such file or folder")


def _walk(top: str) -> Iterator[tuple[str, bool, InputError | None]]:
    seen: set[str] = set()
    for root, dirs, files in os.walk(top, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.endswith(YAML_SUFFIXES) and not name.startswith("."):
                yield os.path.normpath(os.path.join(root, name)), False, None


def read_file(path: str, explicit: bool, limits: Limits) -> SourceFile:
    """Load and validate one file into a :class:`SourceFile` (problems recorded, never raised)."""
    source = SourceFile(path=path, explicit=explicit)
    try:
        doc = load_yaml_file(path, display_path=path, limits=limits)
    except InputError as error:
        source.problems.append(error)
        return source
    source.doc = doc
    data = doc.data
    api_version = data.get("apiVersion")
    if api_version != API_VERSION and not explicit and not str(api_version or "").startswith("hf-rules/"):
        source.ignored = "not an hf-rules document (no 'apiVersion: hf-rules/v1')"
        return source
    kind = data.get("kind")
    source.kind = kind if isinstance(kind, str) else None
    metadata = data.get("metadata")
    if isinstance(metadata, dict) and isinstance(metadata.get("id"), str):
        source.id = metadata["id"]
    if api_version != API_VERSION:
        source.problems.append(
            InputError(
                doc.location(("apiVersion",)) if "apiVersion" in data else doc.location(()),
                f"apiVersion is {api_version!r}; expected '{API_VERSION}'"
                if "apiVersion" in data
                else f"missing 'apiVersion: {API_VERSION}' at the top of the document",
            )
        )
        return source
    if not isinstance(kind, str) or kind not in DOCUMENT_MODELS:  # a list/dict kind is unhashable
        if kind == "RulePack" and not explicit:
            source.ignored = "a rule pack, not a document to check (give it with --rules)"
            return source
        source.problems.append(
            InputError(
                doc.location(("kind",)) if "kind" in data else doc.location(()),
                f"kind is {kind!r}; expected one of: {', '.join(DOCUMENT_MODELS)}"
                if "kind" in data
                else f"missing 'kind' (one of: {', '.join(DOCUMENT_MODELS)})",
            )
        )
        return source
    try:
        source.model = checked_model(DOCUMENT_MODELS[kind], bundled_schema(SCHEMA_FILES[kind]), doc)  # type: ignore[assignment]
    except InputErrors as errors:
        source.problems.extend(errors.errors)
    return source


PROGRESS_MIN_FILES = 20
"""Fewer files than this are read too quickly for a progress bar to help."""
PARALLEL_MIN_FILES = 1000
"""Fewer files than this are read in one process: starting another would cost more than it saves."""

Entry = tuple[str, bool, "InputError | None"]


def default_jobs() -> int:
    """The processes a large workspace is read with: the CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on Linux
        return max(1, os.cpu_count() or 1)


def _read_entry(entry: Entry, limits: Limits) -> SourceFile:
    path, explicit, problem = entry
    if problem is not None:
        return SourceFile(path=path, explicit=True, problems=[problem])
    return read_file(path, explicit, limits)


def _read_entries(entries: list[Entry], limits: Limits) -> list[SourceFile]:
    """A worker's share: read and validated there, sent back whole (data, positions, models)."""
    return [_read_entry(entry, limits) for entry in entries]


def _read_parallel(found: list[Entry], limits: Limits, jobs: int) -> list[SourceFile]:
    """Read ``found`` in ``jobs`` processes: this one reads the first share while the others
    read theirs; the result is in the order of ``found``, exactly as one process gives it."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    size = -(-len(found) // jobs)
    shares = [found[i:i + size] for i in range(0, len(found), size)]
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ProcessPoolExecutor(max_workers=len(shares) - 1, mp_context=context) as pool:
        others = [pool.submit(_read_entries, share, limits) for share in shares[1:]]
        result = _read_entries(shares[0], limits)
        for future in others:
            result.extend(future.result())
    return result


def build_workspace(
    given: Iterable[str], extra: Iterable[str] = (), limits: Limits = Limits(),
    progress: IO[str] | None = None, jobs: int | None = None,
) -> Workspace:
    """Read every file of ``given`` (the user's paths) and ``extra`` (the config's documents).

    A file named both ways is read once; the user's naming wins (it is then "explicit"). With
    ``progress`` (standard error, say) a bar shows on it while many files are read, only when it
    is a terminal: nothing at all is written to a pipe or a file. ``jobs`` processes (default:
    the CPUs available) read a workspace of at least :data:`PARALLEL_MIN_FILES` files; the
    result is the same with one (tests/test_parallel.py).
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

    jobs = min(default_jobs() if jobs is None else jobs, len(found))
    if jobs > 1 and len(found) >= PARALLEL_MIN_FILES:
        workspace = resolve(_read_parallel(found, limits, jobs))
        workspace.processes = jobs
        return workspace
    if progress is None or len(found) < PROGRESS_MIN_FILES or not _is_terminal(progress):
        return resolve([_read_entry(entry, limits) for entry in found])
    import click

    with click.progressbar(found, label="hf-rules", file=progress, show_pos=True,
                           item_show_func=lambda e: os.path.basename(e[0]) if e else None) as entries:
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
                _duplicate_id(source, organisations[org_id].file, "organisation", org_id)
                continue
            check_organisation(source, source.model)
            if not source.problems:
                organisations[org_id] = OrgEntry(source, source.model)
    for source in files:
        if isinstance(source.model, MeetingPlan):
            plan = source.model
            if plan.metadata.id in plan_ids:
                _duplicate_id(source, plan_ids[plan.metadata.id], "meeting plan", plan.metadata.id)
                continue
            plan_ids[plan.metadata.id] = source
            org = organisations.get(plan.metadata.organisation)
            if org is None:
                _missing_organisation(source, plan.metadata.organisation, files)
                continue
            check_plan(source, plan, org)
            if not source.problems:
                plans.append(PlanEntry(source, plan, org))
        elif isinstance(source.model, Waivers):
            waivers.append((source, source.model))
    return Workspace(files, organisations, plans, waivers)


def _duplicate_id(source: SourceFile, first: SourceFile, what: str, doc_id: str) -> None:
    assert source.doc is not None
    source.problems.append(
        InputError(
            source.doc.location(("metadata", "id")),
            f"{what} id '{doc_id}' is already used by {first.path}; ids must be unique in a workspace",
        )
    )


def _missing_organisation(source: SourceFile, org_id: str, files: list[SourceFile]) -> None:
    assert source.doc is not None
    broken = [f.path for f in files if f.id == org_id and f.kind == "Organisation" and f.problems]
    if broken:
        source.not_checked = f"organisation '{org_id}' ({broken[0]}) has errors"
        return
    unreadable = [f.path for f in files if f.doc is None and f.problems]
    if unreadable:  # the organisation may be in a file that could not be read at all
        source.not_checked = (f"organisation '{org_id}' was not found; {', '.join(unreadable)} "
                              "could not be read and may hold it")
        return
    source.problems.append(InputError(
        source.doc.location(("metadata", "organisation")),
        f"organisation '{org_id}' is not among the documents checked; give its file too, "
        "or name it under 'documents' in .hf-rules.yaml"))
