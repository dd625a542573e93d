"""Finding and reading the files of a workspace: files as given, folders searched for YAML
files, each file loaded and validated into its document model, in one process or, for a large
workspace, in several."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from hf_rules.core.errors import InputError, Location
from hf_rules.core.resources import bundled_schema
from hf_rules.documents.entries import SourceFile
from hf_rules.documents.model import API_VERSION, DOCUMENT_MODELS
from hf_rules.documents.validate import InputErrors, checked_model
from hf_rules.yaml.loader import Limits, load_yaml_file

SCHEMA_FILES = {
    "Organisation": "organisation.schema.json",
    "MeetingPlan": "meeting-plan.schema.json",
    "Waivers": "waivers.schema.json",
}
YAML_SUFFIXES = (".yaml", ".yml")


def discover(paths: Iterable[str], explicit: bool = True) -> Iterator[tuple[str, bool, InputError | None]]:
    """Files under ``paths``: files as given, folders searched for ``*.yaml``/``*.yml``.

    Yields ``(path, explicit, problem)``. Hidden files and folders inside a searched folder are
    passed over (they hold tool configuration, not documents); folder loops through symbolic
    links are followed once. A path that does not exist is a problem, not an exception.
    """
    for given in paths:
        if "\0" in given:  # only from a config file; os.path.realpath would raise ValueError on it
            shown = given.replace("\0", "\\0")
            yield (
                shown,
                explicit,
                InputError(Location(shown), "no such file or folder (the name holds a NUL character)"),
            )
        elif os.path.isdir(given):
            yield from _walk(given)
        elif os.path.exists(given) or os.path.islink(given):
            yield given, explicit, None
        else:
            yield given, explicit, InputError(Location(given), "no such file or folder")


def _walk(top: str) -> Iterator[tuple[str, bool, InputError | None]]:
    seen: set[str] = set()
    unlisted: list[OSError] = []  # a folder that cannot be listed is a problem, never left out silently
    for root, dirs, files in os.walk(top, followlinks=True, onerror=unlisted.append):
        yield from _unlisted(unlisted)
        real = os.path.realpath(root)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.endswith(YAML_SUFFIXES) and not name.startswith("."):
                yield os.path.normpath(os.path.join(root, name)), False, None
    yield from _unlisted(unlisted)


def _unlisted(errors: list[OSError]) -> Iterator[tuple[str, bool, InputError | None]]:
    while errors:
        error = errors.pop(0)
        shown = os.path.normpath(os.fsdecode(error.filename)) if error.filename is not None else "."
        reason = error.strerror or " ".join(str(error).split())
        yield shown, True, InputError(Location(shown), f"cannot list the folder: {reason}; expected a readable folder")


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
    shares = [found[i : i + size] for i in range(0, len(found), size)]
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ProcessPoolExecutor(max_workers=len(shares) - 1, mp_context=context) as pool:
        others = [pool.submit(_read_entries, share, limits) for share in shares[1:]]
        result = _read_entries(shares[0], limits)
        for future in others:
            result.extend(future.result())
    return result
