"""What each command does, without a terminal: functions that take settings and return
``(output, exit code)``. ``hf_rules.cli`` only parses options and prints."""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hf_rules.app.config import LoadedConfig, find_config, load_config
from hf_rules.core.errors import InputError, InputErrors, Location, UsageError
from hf_rules.core.files import write_text_atomic
from hf_rules.core.i18n import Message, default_lang, say
from hf_rules.core.resources import bundled_dir
from hf_rules.documents.discovery import discover
from hf_rules.documents.entries import SourceFile, Workspace
from hf_rules.documents.workspace import build_workspace
from hf_rules.engine.baseline import read_baseline, write_baseline
from hf_rules.engine.evaluate import ReportRequest, build_report
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
    """``--brief``: one line per finding, and only the files that are not compliant in the summary."""
    quiet: bool = False
    """``--quiet``: the problems, the findings (one line each) and the verdict only."""
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
    stdin_filename: str | None = None
    """``--stdin-filename``: the name a document read from standard input (``-``) is shown under."""
    allow_empty: bool = False
    """``--allow-empty``: a run that finds no hf-rules document is not an error (for hooks)."""


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


def _lang(settings: Settings) -> str:
    """The language of a message before the config is read: --lang, else the locale's."""
    return settings.lang or default_lang()


def resolve_format(requested: str, environ: Mapping[str, str] | None = None) -> str:
    """``auto``: ``github`` when running under GitHub Actions (``GITHUB_ACTIONS=true``), else ``text``."""
    if requested != "auto":
        return requested
    env = os.environ if environ is None else environ
    return "github" if env.get("GITHUB_ACTIONS") == "true" else "text"


def problem_lines(error: InputError | InputErrors, lang: str) -> str:
    errors = error.errors if isinstance(error, InputErrors) else [error]
    return "\n".join(e.line(lang) for e in errors) + "\n"


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
            raise UsageError(say("usage-config-missing", _lang(settings), file=settings.config_path))
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
        close = difflib.get_close_matches(ref, bundled_pack_ids(), n=1) if is_pack_id(ref) else []
        raise InputError(
            where,
            Message(
                "err-no-pack",
                ref=ref,
                suggestion=Message("did-you-mean", name=close[0]) if close else "",
                packs=", ".join(bundled_pack_ids()),
            ),
        )
    return resolved


def _run_date(settings: Settings) -> dt.date:
    """The run's date: --as-of, else --today, else the clock's (both together are a usage error)."""
    if settings.as_of is not None and settings.today is not None:
        raise UsageError(say("usage-as-of-and-today", _lang(settings)))
    return settings.as_of or settings.today or dt.date.today()


def _read_stdin(settings: Settings) -> None:
    """``-`` among the paths: standard input, read once, is the document shown as
    ``--stdin-filename`` (else ``-``)."""
    if "-" not in settings.paths:
        return
    if settings.paths.count("-") > 1:
        raise UsageError(say("usage-stdin-twice", _lang(settings)))
    name = settings.stdin_filename or "-"
    from hf_rules.documents.discovery import provide_stdin

    provide_stdin(name, sys.stdin.buffer.read())
    settings.paths = [name if p == "-" else p for p in settings.paths]


def write_report(output: str, text: str, inputs: Sequence[str] = ()) -> None:
    """Write a report to ``output`` through the one write path (:mod:`hf_rules.core.files`):
    whole or not at all, a regular file only, never one of the documents of ``inputs`` (files,
    or folders searched as a check searches them), new files as the umask gives them."""
    read = [path for path, _, problem in discover(inputs) if problem is None] if inputs else []
    write_text_atomic(output, text, inputs=read, what="report")


def resolve_settings(settings: Settings) -> Resolved:
    """Combine the command line with the config file (raises InputError/InputErrors/UsageError)."""
    _read_stdin(settings)
    config = _config(settings)
    extra = [config.display(d) for d in config.config.documents] if config else []
    if not settings.paths and not extra:
        raise UsageError(say("usage-no-documents", _lang(settings)))
    packs, base = _pack_refs(settings, config)
    return Resolved(
        given=list(settings.paths) if settings.paths else extra,
        extra=extra if settings.paths else [],
        packs=packs,
        pack_base=base,
        fail_on=settings.fail_on or (config.config.fail_on if config and config.config.fail_on else "error"),
        lang=settings.lang or (config.config.lang if config and config.config.lang else default_lang()),
        as_of=_run_date(settings),
        config=config,
        limits=_limits(settings, config),
        redact=settings.redact if settings.redact is not None else bool(config and config.config.redact),
    )


def _render(report: Report, settings: Settings, details: bool = True) -> str:
    output_format = resolve_format(settings.output_format)
    if output_format == "text":
        return text_format.render(
            report, brief=settings.brief or not details, quiet=settings.quiet, compliant_files=not settings.brief
        )
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
    reason = Message("reason-packs-unusable")
    given = [SourceFile(path=path, explicit=True, not_checked=reason) for path in settings.paths]
    request = ReportRequest(
        as_of=_run_date(settings),
        as_of_given=settings.as_of is not None,
        lang=settings.lang or default_lang(),
        fail_on=settings.fail_on or "error",
        extra_problems=errors,
    )
    return build_report(Workspace(given, {}, [], []), PackSet(), request)


def _nothing_to_check(settings: Settings, resolved: Resolved, workspace: Workspace) -> list[InputError]:
    """No hf-rules document among what was given is not a pass: one problem per path given,
    unless ``--allow-empty`` (a hook given only other YAML files) or the files have problems
    of their own."""
    if settings.allow_empty or workspace.problems or any(not f.ignored for f in workspace.files):
        return []
    return [InputError(Location(path), Message("err-nothing-to-check")) for path in resolved.given]


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
        return _render(_unusable(settings, error), settings, details=False), EXIT_INPUT
    workspace = build_workspace(
        resolved.given, resolved.extra, resolved.limits, progress=sys.stderr, jobs=settings.jobs
    )
    request = ReportRequest(
        as_of=resolved.as_of,
        as_of_given=settings.as_of is not None,
        lang=resolved.lang,
        fail_on=resolved.fail_on,
        meeting_plans=resolve_format(settings.output_format) == "json",
        baseline=baseline,
        extra_problems=_nothing_to_check(settings, resolved, workspace),
    )
    redactor = _redactor(resolved, workspace)
    report = _finish(build_report(workspace, packs, request), resolved, redactor)
    if settings.write_baseline and report.exit_code != EXIT_INPUT:
        write_baseline(
            settings.write_baseline, report.findings, inputs=run_inputs(settings, resolved, workspace, packs)
        )
        # What was just recorded is the baseline of this very run: it now reports none of it.
        recorded = (baseline or set()) | {f.fingerprint for f in report.findings if f.status == "open"}
        report = _finish(
            build_report(workspace, packs, dataclasses.replace(request, baseline=recorded)), resolved, redactor
        )
    output = _render(report, settings)
    return output, report.exit_code


def run_validate(settings: Settings) -> tuple[str, int]:
    """``hf-rules validate``: schema and references only, no rules."""
    try:
        resolved = resolve_settings(settings)
    except (InputError, InputErrors) as error:
        return _render(_unusable(settings, error), settings, details=False), EXIT_INPUT
    workspace = build_workspace(resolved.given, resolved.extra, resolved.limits, jobs=settings.jobs)
    words = PackSet()  # no rules are run; the packs' vocabulary is still the documents' words
    try:
        loaded = load_packs(resolved.packs, resolved.limits, resolved.pack_base)
        words.vocabulary, words.relations = loaded.vocabulary, loaded.relations
    except (InputError, InputErrors) as error:
        if settings.rules:  # a pack given with --rules is the user's to hear about
            return _render(_unusable(settings, error), settings, details=False), EXIT_INPUT
        # the config's packs (or the default) broken: check reports it; here only their words are missing
    request = ReportRequest(
        as_of=resolved.as_of,
        as_of_given=settings.as_of is not None,
        lang=resolved.lang,
        fail_on="never",
        extra_problems=_nothing_to_check(settings, resolved, workspace),
    )
    report = build_report(workspace, words, request)
    redactor = _redactor(resolved, workspace)
    output = _render(_finish(report, resolved, redactor), settings, details=False)
    return output, report.exit_code


AUDIT_SUFFIXES = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown"}


def audit_format(output: str | None, requested: str | None, lang: str = "en") -> str:
    """From the output file's suffix (``--format`` must agree with it), or ``--format``;
    Markdown on standard output."""
    if output is None or output == "-":
        return requested or "markdown"
    suffix = AUDIT_SUFFIXES.get(Path(output).suffix.lower())
    if suffix is None:
        if requested:
            return requested
        raise UsageError(say("usage-audit-format", lang, output=output))
    if requested and requested != suffix:
        raise UsageError(say("usage-audit-mismatch", lang, requested=requested, output=output, suffix_format=suffix))
    return suffix


def run_audit(
    settings: Settings, output: str | None = None, output_format: str | None = None, compare: str | None = None
) -> tuple[str, int]:
    """``hf-rules audit``: the evidence pack (HTML or Markdown), written to ``output`` (or returned
    for standard output when ``output`` is None or ``-``); exit code as ``check``. With
    ``compare`` (``--compare OLD``) it has the section "Endringer fra gjeldende struktur"."""
    from hf_rules.formatters.audit import html, markdown

    fmt = audit_format(output, output_format, _lang(settings))
    try:
        resolved = resolve_settings(settings)
        packs = load_packs(resolved.packs, resolved.limits, resolved.pack_base)
    except (InputError, InputErrors) as error:
        return problem_lines(error, settings.lang or default_lang()), EXIT_INPUT
    workspace = build_workspace(
        resolved.given, resolved.extra, resolved.limits, progress=sys.stderr, jobs=settings.jobs
    )
    nothing = _nothing_to_check(settings, resolved, workspace)
    if nothing:  # no report: there is nothing to report on
        return problem_lines(InputErrors(nothing), resolved.lang), EXIT_INPUT
    to_file = output is not None and output != "-"
    if output is not None and to_file:
        target = os.path.realpath(output)
        if any(os.path.realpath(f.path) == target for f in workspace.files):
            raise UsageError(say("usage-overwrite-input", resolved.lang, output=output))
    request = ReportRequest(
        as_of=resolved.as_of, as_of_given=settings.as_of is not None, lang=resolved.lang, fail_on=resolved.fail_on
    )
    report = build_report(workspace, packs, request)
    redactor = _redactor(resolved, workspace)
    report = _finish(report, resolved, redactor)
    extra: dict[str, Any] = {}
    if compare is not None:  # the comparison with the approved structure (hf_rules.app.diff)
        from hf_rules.app.diff import compare_for_audit

        extra = compare_for_audit(compare, workspace, packs, settings.as_of, resolved, redactor)
    document = (html.render if fmt == "html" else markdown.render)(report, output if to_file else None, **extra)
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
