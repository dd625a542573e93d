"""Finding and reading the files of a workspace: files as given, folders searched for YAML
files, each file loaded and validated into its document model, in one process or, for a large
workspace, in several."""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterable, Iterator
from typing import Any

from hf_rules.core.errors import InputError, Location
from hf_rules.core.files import os_reason
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
        reason = os_reason(error)
        yield shown, True, InputError(Location(shown), Message("read-cannot-list", reason=reason))


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
            source.ignored = Message("reason-pack-test")
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
"""Fewer files than this are read in one process: starting another would cost more than it saves.
Tests lower it with ``HF_RULES_PARALLEL_MIN_FILES`` (see :func:`parallel_min_files`)."""
MAX_JOBS = 64
"""``--jobs`` above this is clamped: more processes than that only cost memory and open files."""


def parallel_min_files(default: int) -> int:
    """``HF_RULES_PARALLEL_MIN_FILES`` when it is a whole number of at least 2 (for tests of the
    parallel reading on small workspaces), else ``default``."""
    value = os.environ.get("HF_RULES_PARALLEL_MIN_FILES", "")
    return int(value) if value.isdigit() and 2 <= int(value) <= 10**9 else default


def clamp_jobs(jobs: int) -> int:
    """At most :data:`MAX_JOBS`, and few enough that each worker's pipes fit in the limit of
    open files (``ulimit -n``): a run with ``--jobs 300`` under 512 files starts fewer."""
    jobs = min(jobs, MAX_JOBS)
    try:
        import resource

        soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    except (ImportError, OSError, ValueError):
        return jobs
    if soft != resource.RLIM_INFINITY:
        jobs = min(jobs, max(1, (soft - 64) // 8))  # 64 for this process; about 8 per worker
    return max(1, jobs)


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


def _quiet_worker() -> None:
    """A worker leaves SIGINT to the main process, which ends it (no traceback per worker)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _pool(workers: int) -> Any:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_quiet_worker)


def _end(pool: Any) -> None:
    """Stop ``pool`` now: its workers are killed, nothing is waited for."""
    for process in list(getattr(pool, "_processes", {}).values()):
        with contextlib.suppress(Exception):
            process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)


def _read_parallel(found: list[Entry], limits: Limits, jobs: int) -> list[SourceFile]:
    """Read ``found`` in ``jobs`` processes: this one reads the first share while the others
    read theirs; the result is in the order of ``found``, exactly as one process gives it.

    A share whose worker died (killed, out of memory) is read again one file per worker, so
    the file that kills a worker becomes a located error of its own. An interrupt (SIGINT,
    SIGTERM) ends every worker before it goes on. Workers that cannot be started (too many
    open files) leave the reading to this process."""
    size = -(-len(found) // jobs)
    shares = [found[i : i + size] for i in range(0, len(found), size)]
    try:
        pool = _pool(len(shares) - 1)
        others = [pool.submit(_read_entries, share, limits) for share in shares[1:]]
    except OSError:  # e.g. EMFILE: no worker can start
        return _read_entries(found, limits)
    try:
        result = _read_entries(shares[0], limits)
        for share, future in zip(shares[1:], others, strict=True):
            try:
                result.extend(future.result())
            except Exception:  # BrokenProcessPool, or a result that could not cross back
                result.extend(_read_alone(share, limits))
    except BaseException:
        _end(pool)
        raise
    pool.shutdown(wait=True)
    return result


def _read_alone(share: list[Entry], limits: Limits) -> list[SourceFile]:
    """Each file of ``share`` in a worker of its own; one whose worker dies is a located error."""
    result = []
    for entry in share:
        pool = _pool(1)
        try:
            result.extend(pool.submit(_read_entries, [entry], limits).result())
        except Exception as error:
            path = entry[0]
            reason = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
            problem = InputError(Location(path), Message("read-process-ended", reason=reason))
            result.append(SourceFile(path=path, explicit=True, problems=[problem]))
        except BaseException:
            _end(pool)
            raise
        pool.shutdown(wait=True)
    return result
