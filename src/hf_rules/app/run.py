"""What each command does, without a terminal: functions that take settings and return
``(output, exit code)``. ``cli.py`` only parses options and prints."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from hf_rules.app.config import LoadedConfig, find_config, load_config
from hf_rules.core.errors import InputError, InputErrors, Location, UsageError
from hf_rules.core.files import write_text_atomic
from hf_rules.core.resources import bundled_dir
from hf_rules.documents.entries import SourceFile, Workspace
from hf_rules.documents.workspace import build_workspace
from hf_rules.engine.baseline import read_baseline, write_baseline
from hf_rules.engine.evaluate import build_report
from hf_rules.formatters import FORMATTERS
from hf_rules.formatters import text as text_format
from hf_rules.report.model import Report
from hf_rules.report.redact import Redactor
from hf_rules.rules.pack import PackSet, bundled_pack_ids, is_pack_id, load_packs, pack_location
from hf_rules.yaml.loader import Limits

DEFAULT_PACKS = ("oslo",)
EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


@dataclass
class Settings:
    """Options of a run after command line and config are combined (command line wins)."""

    paths: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    fail_on: str | None = None
    lang: str | None = None
    as_of: dt.date | None = None
    """``--as-of``: every organisation is evaluated as of it, and it is the run's date (waiver expiry)."""
    today: dt.date | None = None
    """``--today``: the run's date instead of the clock's; organisations with ``effective_from`` are
    still evaluated as of it (audit reports pin a run with this)."""
    output_format: str = "text"
    brief: bool = False
    config_path: Path | None = None
    use_config: bool = True
    limits: Limits = field(default_factory=Limits)
    baseline: str | None = None
    """A baseline file: its findings are left out (only new ones reported)."""
    write_baseline: str | None = None
    """Record the open findings to this file (the run then reports none of them)."""
    max_file_size: int | None = None
    """``--max-file-size`` in bytes: wins over the config's ``limits.max_file_size`` and ``limits.max_bytes``."""
    redact: bool | None = None
    """``--redact`` (True) / ``--no-redact`` (False); None: the config's ``redact``, else False."""
    jobs: int | None = None
    """``--jobs``: processes that read a large workspace; None: the CPUs available."""


@dataclass
class Resolved:
    """Settings with the config applied: what the run will really use."""

    given: list[str]
    extra: list[str]
    packs: list[str]
    pack_base: Path | None
    fail_on: str
    lang: str
    as_of: dt.date
    """The run's date: --as-of, else --today, else the clock's."""
    config: LoadedConfig | None
    limits: Limits = field(default_factory=Limits)
    """The loader's limits for documents and rule packs: command line, else config, else Settings.limits."""
    redact: bool = False


def resolve_format(requested: str, environ: Mapping[str, str] | None = None) -> str:
    """``auto``: ``github`` when running under GitHub Actions (``GITHUB_ACTIONS=true``), else ``text``."""
    if requested != "auto":
        return requested
    env = os.environ if environ is None else environ
    return "github" if env.get("GITHUB_ACTIONS") == "true" else "text"


def problem_lines(error: InputError | InputErrors) -> str:
    errors = error.errors if isinstance(error, InputErrors) else [error]
    return "\n".join(e.line() for e in errors) + "\n"


def _given_limits(settings: Settings) -> Limits:
    """The limits before the config is read (the config file itself is read with these)."""
    if settings.max_file_size is None:
        return settings.limits
    return dataclasses.replace(settings.limits, max_bytes=settings.max_file_size)


def _limits(settings: Settings, config: LoadedConfig | None) -> Limits:
    """The limits in force: --max-file-size, else the config's ``limits``, else ``settings.limits``."""
    if settings.max_file_size is None and config is not None and config.max_file_size is not None:
        return dataclasses.replace(settings.limits, max_bytes=config.max_file_size)
    return _given_limits(settings)


def _config(settings: Settings) -> LoadedConfig | None:
    """The config in force: --config, else the nearest one found walking up, unless --no-config."""
    if settings.config_path is not None:
        if not os.path.lexists(settings.config_path):
            raise UsageError(f"config file {settings.config_path} does not exist")
        return load_config(settings.config_path, _given_limits(settings))
    if settings.use_config:
        found = find_config(Path.cwd())
        if found is not None:
            return load_config(found, _given_limits(settings))
    return None


def _pack_refs(settings: Settings, config: LoadedConfig | None) -> tuple[list[str], Path | None]:
    """The rule packs: the command line's, else the config's (relative to it), else the default."""
    if settings.rules:
        return list(settings.rules), None
    if config and config.config.rules:
        return [_config_pack(config, i, ref) for i, ref in enumerate(config.config.rules)], config.base
    return list(DEFAULT_PACKS), None


def _config_pack(config: LoadedConfig, index: int, ref: str) -> str:
    """A pack the config names, checked to exist: a missing one is an error at its line of the
    config. An id stays an id (a folder of that name beside the config never shadows it)."""
    resolved = ref if is_pack_id(ref) else config.resolve(ref)
    missing = pack_location(ref, [bundled_dir("rules")]) is None if is_pack_id(ref) else not os.path.lexists(resolved)
    if missing:
        where = config.doc.location(("rules", index)) if config.doc is not None else Location(str(config.path))
        known = ", ".join(bundled_pack_ids())
        raise InputError(where, f"no rule pack '{ref}'; bundled packs: {known}, or give a path to a pack file")
    return resolved


def _run_date(settings: Settings) -> dt.date:
    """The run's date: --as-of, else --today, else the clock's (both together are a usage error)."""
    if settings.as_of is not None and settings.today is not None:
        raise UsageError("give --as-of or --today, not both: --as-of DATE already sets the run's date")
    return settings.as_of or settings.today or dt.date.today()


def resolve_settings(settings: Settings) -> Resolved:
    """Combine the command line with the config file (raises InputError/InputErrors/UsageError)."""
    config = _config(settings)
    extra = [config.display(d) for d in config.config.documents] if config else []
    if not settings.paths and not extra:
        raise UsageError("no documents given: name files or folders, or list them under 'documents' in .hf-rules.yaml")
    packs, base = _pack_refs(settings, config)
    return Resolved(
        given=list(settings.paths) if settings.paths else extra,
        extra=extra if settings.paths else [],
        packs=packs,
        pack_base=base,
        fail_on=settings.fail_on or (config.config.fail_on if config and config.config.fail_on else "error"),
        lang=settings.lang or (config.config.lang if config and config.config.lang else "nb"),
        as_of=_run_date(settings),
        config=config,
        limits=_limits(settings, config),
        redact=settings.redact if settings.redact is not None else bool(config and config.config.redact),
    )


def _render(report: Report, output_format: str, brief: bool) -> str:
    output_format = resolve_format(output_format)
    if output_format == "text":
        return text_format.render(report, brief=brief)
    return FORMATTERS[output_format](report)


def _redactor(resolved: Resolved, workspace: Workspace) -> Redactor | None:
    """With --redact (or ``redact: true`` in the config): what replaces the names of persons."""
    return Redactor(workspace, resolved.lang) if resolved.redact else None


def _finish(report: Report, resolved: Resolved, redactor: Redactor | None) -> Report:
    """The report with the run's settings the engine does not know: the file size limit in its
    provenance (to reproduce the run), and names of persons redacted (``--redact``)."""
    if resolved.limits.max_bytes != report.provenance.max_file_size:
        provenance = report.provenance.model_copy(update={"max_file_size": resolved.limits.max_bytes})
        report = report.model_copy(update={"provenance": provenance})
    return redactor.report(report) if redactor else report


def _unusable(settings: Settings, error: InputError | InputErrors) -> Report:
    """The report of a run whose config or rule packs could not be loaded: no document was
    checked, and the problems are input problems, so every format (JSON, SARIF, JUnit…) still
    gives a document its readers can parse."""
    errors = error.errors if isinstance(error, InputErrors) else [error]
    reason = "not checked: the config or rule packs could not be loaded"
    given = [SourceFile(path=path, explicit=True, not_checked=reason) for path in settings.paths]
    return build_report(
        Workspace(given, {}, [], []),
        PackSet(),
        as_of=_run_date(settings),
        as_of_given=settings.as_of is not None,
        lang=settings.lang or "nb",
        fail_on=settings.fail_on or "error",
        extra_problems=errors,
    )


def run_inputs(settings: Settings, resolved: Resolved, workspace: Workspace, packs: PackSet) -> list[str]:
    """Every file this run read: documents, rule packs, the config and the baseline (an output
    must never replace one of them)."""
    inputs = [f.path for f in workspace.files] + [path for _, path in packs.packs]
    if resolved.config is not None:
        inputs.append(str(resolved.config.path))
    if settings.baseline:
        inputs.append(settings.baseline)
    return inputs


def run_check(settings: Settings) -> tuple[str, int]:
    """``hf-rules check``: the report in the chosen format, and the exit code."""
    try:
        resolved = resolve_settings(settings)
        packs = load_packs(resolved.packs, resolved.limits, resolved.pack_base)
        baseline = read_baseline(settings.baseline) if settings.baseline else None
    except (InputError, InputErrors) as error:
        return _render(_unusable(settings, error), settings.output_format, brief=True), EXIT_INPUT
    workspace = build_workspace(
        resolved.given, resolved.extra, resolved.limits, progress=sys.stderr, jobs=settings.jobs
    )
    options = {
        "as_of": resolved.as_of,
        "as_of_given": settings.as_of is not None,
        "lang": resolved.lang,
        "fail_on": resolved.fail_on,
        "meeting_plans": resolve_format(settings.output_format) == "json",
    }
    redactor = _redactor(resolved, workspace)
    report = _finish(build_report(workspace, packs, baseline=baseline, **options), resolved, redactor)  # type: ignore[arg-type]
    if settings.write_baseline and report.exit_code != EXIT_INPUT:
        write_baseline(
            settings.write_baseline, report.findings, inputs=run_inputs(settings, resolved, workspace, packs)
        )
        # What was just recorded is the baseline of this very run: it now reports none of it.
        recorded = (baseline or set()) | {f.fingerprint for f in report.findings if f.status == "open"}
        report = _finish(build_report(workspace, packs, baseline=recorded, **options), resolved, redactor)  # type: ignore[arg-type]
    output = _render(report, settings.output_format, settings.brief)
    return output, report.exit_code


def run_validate(settings: Settings) -> tuple[str, int]:
    """``hf-rules validate``: schema and references only, no rules."""
    try:
        resolved = resolve_settings(settings)
    except (InputError, InputErrors) as error:
        return _render(_unusable(settings, error), settings.output_format, brief=True), EXIT_INPUT
    workspace = build_workspace(resolved.given, resolved.extra, resolved.limits, jobs=settings.jobs)
    report = build_report(
        workspace,
        PackSet(),
        as_of=resolved.as_of,
        as_of_given=settings.as_of is not None,
        lang=resolved.lang,
        fail_on="never",
    )
    redactor = _redactor(resolved, workspace)
    output = _render(_finish(report, resolved, redactor), settings.output_format, brief=True)
    return output, report.exit_code


AUDIT_SUFFIXES = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown"}


def audit_format(output: str | None, requested: str | None) -> str:
    """``--format`` if given, else from the output file's suffix; Markdown on standard output."""
    if requested:
        return requested
    if output is None or output == "-":
        return "markdown"
    suffix = Path(output).suffix.lower()
    if suffix not in AUDIT_SUFFIXES:
        raise UsageError(
            f"cannot tell the report format from '{output}'; name it *.html or *.md, or give --format html|markdown"
        )
    return AUDIT_SUFFIXES[suffix]


def run_audit(settings: Settings, output: str | None = None, output_format: str | None = None) -> tuple[str, int]:
    """``hf-rules audit``: the evidence pack (HTML or Markdown), written to ``output`` (or returned
    for standard output when ``output`` is None or ``-``); exit code as ``check``."""
    from hf_rules.formatters.audit import html, markdown

    fmt = audit_format(output, output_format)
    try:
        resolved = resolve_settings(settings)
        packs = load_packs(resolved.packs, resolved.limits, resolved.pack_base)
    except (InputError, InputErrors) as error:
        return problem_lines(error), EXIT_INPUT
    workspace = build_workspace(
        resolved.given, resolved.extra, resolved.limits, progress=sys.stderr, jobs=settings.jobs
    )
    to_file = output is not None and output != "-"
    if to_file:
        target = os.path.realpath(output)  # type: ignore[arg-type]
        if any(os.path.realpath(f.path) == target for f in workspace.files):
            raise UsageError(f"the report '{output}' would overwrite an input document; choose another name")
    report = build_report(
        workspace,
        packs,
        as_of=resolved.as_of,
        as_of_given=settings.as_of is not None,
        lang=resolved.lang,
        fail_on=resolved.fail_on,
    )
    redactor = _redactor(resolved, workspace)
    report = _finish(report, resolved, redactor)
    document = (html.render if fmt == "html" else markdown.render)(report, output if to_file else None)
    if not to_file:
        return document, report.exit_code
    assert output is not None
    write_text_atomic(output, document, inputs=run_inputs(settings, resolved, workspace, packs), what="report")
    from hf_rules.core.i18n import word

    return (
        f"{output}: {word('verdict', resolved.lang)}: {word('verdict-' + report.verdict, resolved.lang)}\n",
        report.exit_code,
    )


def load_packs_for_listing(settings: Settings) -> PackSet:
    """The packs ``rules``, ``coverage`` and ``explain`` describe (config and default apply)."""
    config = _config(settings)
    if settings.lang is None and config is not None and config.config.lang:
        settings.lang = config.config.lang  # the caller renders in settings.lang (config's if not given)
    refs, base = _pack_refs(settings, config)
    return load_packs(refs, _limits(settings, config), base)
