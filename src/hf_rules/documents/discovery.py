"""Finding and reading the files of a workspace: files as given, folders searched for YAML
files, each file loaded and validated into its document model, in one process or, for a large
workspace, in several."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator

from hf_rules.core.errors import InputError, Location
from hf_rules.core.i18n import Message
from hf_rules.core.resources import bundled_schema
from hf_rules.documents.entries import SourceFile
from hf_rules.documents.model import API_VERSION, DOCUMENT_MODELS
from hf_rules.documents.validate import InputErrors, checked_model
from hf_rules.yaml.loader import Document, Limits, load_yaml_bytes, load_yaml_file

SCHEMA_FILES = {
    "Organisation": "organisation.schema.json",
    "MeetingPlan": "meeting-plan.schema.json",
    "Waivers": "waivers.schema.json",
}
YAML_SUFFIXES = (".yaml", ".yml")

_STDIN: dict[str, bytes] = {}
"""A document read from standard input (``-``), by the name it is shown under (``--stdin-filename``)."""


def provide_stdin(name: str, data: bytes) -> None:
    """Make ``data`` (standard input, read once by the caller) the file ``name`` of this run."""
    _STDIN.clear()
    _STDIN[name] = data


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
                InputError(Location(shown), Message("err-no-such-path-nul")),
            )
        elif given in _STDIN:
            yield given, explicit, None
        elif os.path.isdir(given):
            yield from _walk(given)
        elif os.path.exists(given) or os.path.islink(given):
            yield given, explicit, None
        else:
            yield given, explicit, InputError(Location(given), Message("err-no-such-path"))


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
        if path in _STDIN:
            doc = load_yaml_bytes(_STDIN[path], path, limits)
            doc.sha256 = hashlib.sha256(_STDIN[path]).hexdigest()
        else:
            doc = load_yaml_file(path, display_path=path, limits=limits)
    except InputError as error:
        source.problems.append(error)
        return source
    return _validated(source, doc)


def read_bytes(path: str, raw: bytes, explicit: bool, limits: Limits) -> SourceFile:
    """As :func:`read_file`, for a file's bytes read elsewhere (a git revision, an editor's
    buffer); ``path`` is the name it is shown by."""
    source = SourceFile(path=path, explicit=explicit)
    try:  # the size limit is the loader's
        doc = load_yaml_bytes(raw, path, limits)
    except InputError as error:
        source.problems.append(error)
        return source
    doc.sha256 = hashlib.sha256(raw).hexdigest()
    doc.size = len(raw)
    return _validated(source, doc)


def _validated(source: SourceFile, doc: Document) -> SourceFile:
    """``source`` with its loaded document, its kind and id, and its model (or its problems)."""
    explicit = source.explicit
    source.doc = doc
    data = doc.data
    api_version = data.get("apiVersion")
    # A file that does not claim to be an hf-rules document (a workflow, a compose file, a linter's
    # config) is passed over with a note, whether a folder held it or it was named (pre-commit
    # names every changed YAML file); one that claims it and is broken is an error.
    if api_version != API_VERSION and not str(api_version or "").startswith("hf-rules/"):
        source.ignored = Message("reason-not-a-document")
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
                Message("err-api-version", value=repr(api_version), expected=API_VERSION)
                if "apiVersion" in data
                else Message("err-api-version-missing", expected=API_VERSION),
            )
        )
        return source
    if not isinstance(kind, str) or kind not in DOCUMENT_MODELS:  # a list/dict kind is unhashable
        if kind == "RulePack" and not explicit:
            source.ignored = Message("reason-rule-pack")
            return source
        if kind == "PackTest" and not explicit:  # a pack's tests/ folder beside its example workspace
            source.ignored = "a rule-pack test, not a document to check (run it with hf-rules test)"
            return source
        source.problems.append(
            InputError(
                doc.location(("kind",)) if "kind" in data else doc.location(()),
                Message("err-kind", value=repr(kind), choices=", ".join(DOCUMENT_MODELS))
                if "kind" in data
                else Message("err-kind-missing", choices=", ".join(DOCUMENT_MODELS)),
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
