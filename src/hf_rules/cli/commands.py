"""The command line. It parses options and calls ``app``; it holds no logic of its own.

Exit codes: 0 compliant, 1 findings at or above ``--fail-on``, 2 unusable input or usage,
3 an internal error (a bug: please report it; ``--debug`` shows the traceback).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import gc
import os
import signal
import sys
import threading
import traceback
from pathlib import Path
from typing import Any

import click

from hf_rules import __version__
from hf_rules.core.errors import InputError, InputErrors, UsageError

EXIT_INTERNAL = 3
FORMATS = ("text", "json")
REPORT_FORMATS = ("auto", "text", "json", "sarif", "junit", "github")


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    if value == "today" and param.name == "as_of":
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date; expected YYYY-MM-DD") from None


def _parse_size(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    if value is None:
        return None
    from hf_rules.core.sizes import parse_size

    try:
        return parse_size(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


def _settings(**options: Any) -> Any:
    from hf_rules.app.run import Settings

    return Settings(
        paths=list(options.get("paths", ())),
        rules=list(options.get("rules", ())),
        fail_on=options.get("fail_on"),
        lang=options.get("lang"),
        as_of=options.get("as_of"),
        today=options.get("today"),
        output_format=options.get("output_format") or "text",
        brief=options.get("brief", False),
        config_path=Path(options["config"]) if options.get("config") else None,
        use_config=not options.get("no_config", False),
        baseline=options.get("baseline"),
        write_baseline=options.get("write_baseline"),
        max_file_size=options.get("max_file_size"),
        redact=options.get("redact"),
        jobs=options.get("jobs"),
    )


def _emit(output: str, code: int) -> None:
    click.echo(output, nl=False)
    sys.exit(code)


rules_option = click.option(
    "--rules",
    "-r",
    "rules",
    multiple=True,
    metavar="PACK",
    help="Rule pack: a bundled pack id (oslo, national) or a path to a pack file. Repeatable. "
    "Default: the config's packs, else 'oslo'.",
)
lang_option = click.option(
    "--lang", type=click.Choice(["nb", "en"]), default=None, help="Language of messages (default nb, or the config's)."
)
fail_on_option = click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    default=None,
    help="Lowest severity that makes the run exit 1 (default error, or the config's).",
)
as_of_option = click.option(
    "--as-of",
    callback=_parse_date,
    metavar="YYYY-MM-DD|today",
    help="Evaluate every organisation against the rules in force on this date ('today': today's). Default: "
    "each organisation as of its effective_from, else today. Waivers expire relative to this date.",
)
today_option = click.option(
    "--today",
    callback=_parse_date,
    metavar="YYYY-MM-DD",
    help="Take this date as today (for waiver expiry and organisations without effective_from); unlike "
    "--as-of it leaves effective_from in force. Audit reports use it to reproduce a run.",
)
config_option = click.option(
    "--config",
    type=click.Path(dir_okay=False),
    default=None,
    help="Config file to use instead of the nearest .hf-rules.yaml.",
)
no_config_option = click.option("--no-config", is_flag=True, help="Do not look for a config file.")
max_file_size_option = click.option(
    "--max-file-size",
    callback=_parse_size,
    metavar="SIZE",
    help="Refuse YAML files larger than SIZE: bytes, or with a unit (k, M, G, KiB, MiB, GiB; 1024-based), "
    "e.g. 10M. Default 5MiB, or the config's limits.max_file_size; at most 1GiB.",
)
report_format_option = click.option(
    "--format",
    "output_format",
    type=click.Choice(REPORT_FORMATS),
    default="auto",
    show_default=True,
    help="Output format; auto is github under GitHub Actions (GITHUB_ACTIONS=true), else text.",
)
jobs_option = click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Processes that read a large workspace (1000 files or more). Default: the CPUs available. "
    "The result is the same with any number.",
)
redact_option = click.option(
    "--redact/--no-redact",
    "redact",
    default=None,
    help="Replace the names of persons (seat holders and deputies) by their seat's role in every output; "
    "waiver approvals not clearly made by a body are left out. Default: the config's redact, else no.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="hf-rules")
@click.option("--debug", is_flag=True, help="Show the traceback of an internal error.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Check the governance of a Norwegian helsefellesskap against its agreement.

    Organisation documents and meeting plans (YAML) are checked against rule packs that quote
    the agreement. Exit codes: 0 compliant, 1 findings at or above --fail-on, 2 unusable input
    or usage, 3 internal error.
    """
    ctx.obj = {"debug": debug}


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@rules_option
@report_format_option
@fail_on_option
@lang_option
@as_of_option
@today_option
@click.option("--brief", is_flag=True, help="Text: one line per finding, without source and fix.")
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False),
    default=None,
    metavar="FILE",
    help="Leave out the findings recorded in FILE (by fingerprint, not line): report only new ones.",
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False),
    default=None,
    metavar="FILE",
    help="Record the open findings in FILE; this run then reports none of them.",
)
@redact_option
@max_file_size_option
@jobs_option
@config_option
@no_config_option
def check(**options: Any) -> None:
    """Check documents (files, or folders searched for *.yaml/*.yml) against the rule packs.

    Without PATHS, the documents listed in .hf-rules.yaml are checked.
    """
    from hf_rules.app.run import run_check

    _emit(*run_check(_settings(**options)))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@rules_option
@fail_on_option
@lang_option
@as_of_option
@today_option
@click.option("--dry-run", is_flag=True, help="Print the changes as a unified diff; write nothing.")
@max_file_size_option
@config_option
@no_config_option
def fix(**options: Any) -> None:
    """Add what findings with a mechanical remedy lack, in place: a missing observer, a missing
    relation between fora, a missing GP/user/employee seat (a placeholder to fill in). Only
    lines are added; comments and every other byte stay. Only the files and folders in PATHS
    are edited. Exit codes as for check, after the fix.
    """
    from hf_rules.app.fix import run_fix

    out, err, code = run_fix(_settings(**options), dry_run=options["dry_run"])
    if err:
        click.echo(err, nl=False, err=True)
    _emit(out, code)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@rules_option
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False),
    default=None,
    metavar="FILE",
    help="Write the report here (*.html or *.md); without it, Markdown goes to standard output.",
)
@click.option(
    "--format",
    "audit_format",
    type=click.Choice(["html", "markdown"]),
    default=None,
    help="Report format (default: from the suffix of --output).",
)
@fail_on_option
@lang_option
@as_of_option
@today_option
@redact_option
@max_file_size_option
@jobs_option
@config_option
@no_config_option
def audit(**options: Any) -> None:
    """Write an audit report for a committee: verdict, every obligation of the agreement with its
    rules, quoted source and findings, a diagram of the structure, the chair rotation and the
    provenance needed to reproduce it. One self-contained HTML file (no scripts, prints well) or
    Markdown with Mermaid diagrams. Exit codes as for check.
    """
    from hf_rules.app.run import run_audit

    _emit(*run_audit(_settings(**options), options.get("output"), options.get("audit_format")))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@report_format_option
@lang_option
@redact_option
@max_file_size_option
@jobs_option
@config_option
@no_config_option
def validate(**options: Any) -> None:
    """Validate documents against the schemas and resolve their references; no rules are run."""
    from hf_rules.app.run import run_validate

    _emit(*run_validate(_settings(**options)))


@cli.command(name="rules")
@rules_option
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True)
@lang_option
@config_option
@no_config_option
def rules_command(**options: Any) -> None:
    """List the rules of the packs in force (see also: coverage, explain)."""
    from hf_rules.app.run import load_packs_for_listing
    from hf_rules.formatters import catalogue

    settings = _settings(**options)
    packs = load_packs_for_listing(settings)
    lang = settings.lang or "nb"
    render = catalogue.rules_json if options["output_format"] == "json" else catalogue.rules_text
    _emit(render(packs, lang), 0)


@cli.command()
@rules_option
@click.option(
    "--format", "output_format", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True
)
@lang_option
@config_option
@no_config_option
def coverage(**options: Any) -> None:
    """Map each obligation of the agreement to the rules that encode it (or why none can)."""
    import json

    from hf_rules.app.run import load_packs_for_listing
    from hf_rules.formatters import catalogue

    settings = _settings(**options)
    packs = load_packs_for_listing(settings)
    lang = settings.lang or "nb"
    fmt = options["output_format"]
    if fmt == "json":
        output = json.dumps({"coverage": catalogue.coverage_rows(packs, lang)}, indent=2, ensure_ascii=False) + "\n"
    elif fmt == "markdown":
        output = catalogue.coverage_markdown(packs, lang)
    else:
        output = catalogue.coverage_text(packs, lang)
    uncovered = [r for r in catalogue.coverage_rows(packs, lang) if r["status"] == "not-covered"]
    _emit(output, 1 if uncovered else 0)


@cli.command()
@click.argument("rule_id")
@rules_option
@lang_option
@config_option
@no_config_option
def explain(**options: Any) -> None:
    """Explain a rule: title, quoted source, interpretation, what is checked and how to comply."""
    from hf_rules.app.run import load_packs_for_listing
    from hf_rules.formatters import catalogue

    settings = _settings(**options)
    packs = load_packs_for_listing(settings)
    lang = settings.lang or "nb"
    rule_id = options["rule_id"].upper()
    loaded = packs.rule(rule_id)
    if loaded is None:
        if rule_id in packs.disabled:
            pack, reason = packs.disabled[rule_id]
            raise UsageError(f"rule {rule_id} is disabled by pack '{pack}': {getattr(reason, lang)}")
        raise UsageError(f"no rule {rule_id}; 'hf-rules rules' lists them")
    _emit(catalogue.explain_text(loaded, packs, lang), 0)


@cli.command(name="test")
@click.argument("paths", nargs=-1, type=click.Path())
def test_command(paths: tuple[str, ...]) -> None:
    """Run rule-pack tests: YAML cases (kind: PackTest) that give documents and the findings
    expected. Without PATHS, the cases bundled with the packs. Prints PASS/FAIL per case and
    'N passed, M failed'; exit 0 all pass, 1 any fails, 2 a bad test file."""
    from hf_rules.app.packtests import run_tests

    _emit(*run_tests(list(paths)))


@cli.command()
@click.argument("folder", default=".", type=click.Path(file_okay=False))
@click.option(
    "--rules",
    "pack",
    default="oslo",
    show_default=True,
    metavar="PACK",
    help="The rule pack the new repository is checked against.",
)
@click.option("--force", is_flag=True, help="Overwrite files that already exist.")
def init(folder: str, pack: str, force: bool) -> None:
    """Scaffold a config repository in FOLDER: .hf-rules.yaml, a starting organisation and
    meeting plan, .pre-commit-config.yaml and a CI workflow, which pass 'hf-rules check' as
    created."""
    from hf_rules.app.init import run_init

    _emit(*run_init(folder, pack, force))


@cli.command()
@click.argument("name", required=False)
@click.option(
    "--output",
    "-o",
    type=click.Path(file_okay=False),
    default=None,
    help="Write every schema into this folder instead of printing one.",
)
def schema(name: str | None, output: str | None) -> None:
    """Print a JSON Schema (organisation, meeting-plan, waivers, rulepack, config, report, packtest),
    or write them all with --output."""
    from hf_rules.app.schemas import dump, generated_schemas

    schemas = generated_schemas()
    if output:
        from hf_rules.core.files import make_folder, write_text_atomic

        folder = Path(output)
        make_folder(folder)
        for file_name, content in schemas.items():
            write_text_atomic(folder / file_name, dump(content), what="schema")
        _emit(f"wrote {len(schemas)} schemas to {folder}\n", 0)
    names = {f.removesuffix(".schema.json"): f for f in schemas}
    if name is None or name not in names:
        if name is not None:
            raise UsageError(f"no schema '{name}'; expected one of: {', '.join(names)}")
        _emit("\n".join(names) + "\n", 0)
    _emit(dump(schemas[names[name]]), 0)


class Terminated(BaseException):
    """SIGTERM, raised where the program is so that cleanup (temporary files) runs."""


def _terminate(signum: int, frame: Any) -> None:
    raise Terminated


class Interrupted(BaseException):
    """SIGINT (Ctrl-C), raised where the program is so that cleanup runs."""


def _interrupt(signum: int, frame: Any) -> None:
    raise Interrupted


def _say(line: str) -> None:
    """One line on standard error, if standard error can still take it; a control character of
    the input in it (a newline in a file name, an ANSI sequence) is shown as an escape."""
    from hf_rules.core.markup import printable

    with contextlib.suppress(OSError, ValueError):
        click.echo(printable(line, keep="\t"), err=True)


def _output_error(error: OSError) -> str:
    if isinstance(error, BrokenPipeError) or error.errno == errno.EPIPE:
        return "hf-rules: error: cannot write the output: the reader closed the pipe (broken pipe)"
    return f"hf-rules: error: cannot write the output: {error.strerror or error}"


def _silence_stdout() -> None:
    """After a failed write to standard output, send what is left to /dev/null, so that the
    interpreter's own flush at exit fails no more."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _run(debug: bool) -> int:
    """The command, its exceptions mapped to exit codes (one line each on standard error)."""
    try:
        cli.main(standalone_mode=False, prog_name="hf-rules")
        return 0
    except click.exceptions.Exit as done:
        return done.exit_code
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    except (Interrupted, KeyboardInterrupt, click.exceptions.Abort):
        _say("hf-rules: interrupted")
        return 130
    except Terminated:
        _say("hf-rules: terminated")
        return 143
    except click.ClickException as error:
        # One line, like every other error; the usage is one --help away.
        hint = ""
        if isinstance(error, click.UsageError) and error.ctx is not None:
            hint = f" (see '{error.ctx.command_path} --help')"
        _say(f"hf-rules: error: {' '.join(error.format_message().split())}{hint}")
        return 2
    except (InputError, InputErrors) as error:
        errors = error.errors if isinstance(error, InputErrors) else [error]
        for each in errors:
            _say(each.line())
        return 2
    except UsageError as error:
        _say(f"hf-rules: error: {error}")
        return 2
    except OSError as error:  # what the machine did: a full disk, a closed pipe, permissions
        if debug:
            traceback.print_exc()
        if error.errno in (errno.EPIPE, errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG) or isinstance(
            error, BrokenPipeError
        ):
            _silence_stdout()
            _say(_output_error(error))
        else:
            where = f" {os.fsdecode(error.filename)!r}" if error.filename else ""
            _say(f"hf-rules: error: {error.strerror or error}{where}")
        return 2
    except MemoryError:
        _say("hf-rules: error: out of memory; give fewer or smaller files, or lower --max-file-size")
        return 2
    except BaseException as error:
        if debug:
            traceback.print_exc()
        _say(
            f"hf-rules: internal error: {type(error).__name__}: {error}. This is a bug; please "
            "report it with the command and input (run again with --debug for the traceback)."
        )
        return EXIT_INTERNAL


def main() -> None:
    """Entry point: every failure becomes a message and an exit code, never a bare traceback.

    Exit 2 for what the user or the machine did (input, usage, a full disk, a closed pipe,
    permissions); 130 on SIGINT and 143 on SIGTERM (both raised as exceptions, so temporary
    files are removed and worker processes ended); 3 only for a bug.
    """
    debug = "--debug" in sys.argv[1:]
    # A check builds millions of small objects (data, positions, models) and keeps them to the
    # end, few of them in reference cycles. Python's default collector would walk all of them
    # again and again as they are built: about 45 % of a national check's time. Collect rarely.
    gc.set_threshold(100_000, 50, 100)
    # A file name that is not UTF-8 reaches the output as a lone surrogate (os.fsdecode); print it
    # as a \udcff escape rather than fail writing the report.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    # SIGINT and SIGTERM become exceptions of our own (click would print a blank line for a
    # KeyboardInterrupt first); the handlers before are restored on the way out.
    previous = {}
    if threading.current_thread() is threading.main_thread():
        for number, handler in ((signal.SIGINT, _interrupt), (signal.SIGTERM, _terminate)):
            with contextlib.suppress(ValueError, OSError):
                previous[number] = signal.signal(number, handler)
    try:
        code = _run(debug)
    finally:
        for number, handler in previous.items():
            with contextlib.suppress(ValueError, OSError, TypeError):
                signal.signal(number, handler)
    if type(sys.stdout).__name__.endswith("PacifyFlushWrapper"):  # click met a closed pipe, swallowed it and exits 1
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
        _silence_stdout()
        _say(_output_error(BrokenPipeError(errno.EPIPE, "Broken pipe")))
        sys.exit(2)
    try:  # what is still buffered: a full disk or closed pipe shows here for short outputs
        sys.stdout.flush()
    except (OSError, ValueError) as error:
        _silence_stdout()
        if isinstance(error, OSError):
            _say(_output_error(error))
            code = 2 if code in (0, 1) else code
    sys.exit(code)
