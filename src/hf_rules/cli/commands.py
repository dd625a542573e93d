"""The command line. It parses options and calls ``app``; it holds no logic of its own.

Exit codes: 0 compliant, 1 findings at or above ``--fail-on``, 2 unusable input or usage,
3 an internal error (a bug: please report it; ``--debug`` shows the traceback).

Every word it prints comes from the message catalogue (:mod:`hf_rules.core.i18n`): the help
texts are catalogue keys, said when the help is shown, in the language of ``--lang`` on the
command line, else the locale's; click's own words (``Usage:``, its error messages) are said
through the same catalogue (click marks them for gettext; :func:`_gettext` answers for it).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import errno
import gc
import os
import re
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from hf_rules import REPOSITORY, __version__
from hf_rules.core import i18n
from hf_rules.core.errors import InputError, InputErrors, UsageError, said_of
from hf_rules.core.files import os_reason

EXIT_INTERNAL = 3
FORMATS = ("text", "json")
REPORT_FORMATS = ("auto", "text", "json", "sarif", "junit", "github")

# --- the language of help and of click's messages ------------------------------------------------

_GIVEN_LANG: list[str | None] = [None]
"""``--lang`` as found on the command line of this invocation (before click parses it)."""


def cli_lang() -> str:
    """The language of the help and usage messages: ``--lang`` on the command line, else the locale's."""
    given = _GIVEN_LANG[0]
    return given if given in i18n.LANGUAGES else i18n.default_lang()


def _scan_lang(args: list[str]) -> str | None:
    """The last ``--lang`` of the command line: before the command (``hf-rules --lang en
    check``) or after it, where the one after the command wins, as when click parses them."""
    found = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            found = args[i + 1]
        elif arg.startswith("--lang="):
            found = arg.partition("=")[2]
    return found


def _gettext(message: str) -> str:
    key = "click:" + message
    return i18n.word(key, cli_lang()) if i18n.has(key) else message


def _ngettext(singular: str, plural: str, count: int) -> str:
    return _gettext(singular if count == 1 else plural)


for _name, _module in list(sys.modules.items()):
    if _name == "click" or _name.startswith("click."):
        if callable(getattr(_module, "_", None)) and _module._.__name__ == "gettext":
            _module._ = _gettext  # type: ignore[attr-defined]
        if callable(getattr(_module, "ngettext", None)) and _module.ngettext.__module__ == "gettext":
            _module.ngettext = _ngettext  # type: ignore[attr-defined]


def _said(text: str | None) -> str | None:
    """A help text: a catalogue key said in :func:`cli_lang`, other text as written."""
    return i18n.word(text, cli_lang()) if text and i18n.has(text) else text


class _Option(click.Option):
    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        original = self.help
        self.help = _said(original)
        try:
            return super().get_help_record(ctx)
        finally:
            self.help = original


class _Choice(click.Choice):  # type: ignore[type-arg]
    """click's choice, with "did you mean" for a near miss."""

    def get_invalid_choice_message(self, value: Any, ctx: click.Context | None) -> str:
        message = super().get_invalid_choice_message(value, ctx)
        close = difflib.get_close_matches(str(value), [str(c) for c in self.choices], n=1)
        return message + (i18n.say("did-you-mean", cli_lang(), name=close[0]) if close else "")


def _said_usage_error(error: click.UsageError) -> click.UsageError:
    """The error with the hint to ``--help`` said in the run's language (it replaces the English
    one :func:`main` would add)."""
    if error.ctx is None:
        return error
    hint = i18n.say("usage-see-help", cli_lang(), command=error.ctx.command_path)
    return click.UsageError(error.format_message() + hint)


def _help_option(option: click.Option | None) -> click.Option | None:
    """click's ``--help``, its help text said when shown (click makes it once, in one language)."""
    if option is not None and not isinstance(option, _Option):
        option.__class__ = _Option
        option.help = "click:Show this message and exit."
    return option


class _Command(click.Command):
    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _help_option(super().get_help_option(ctx))

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as error:
            raise _said_usage_error(error) from None

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        original = self.help
        self.help = _said(original)
        try:
            super().format_help_text(ctx, formatter)
        finally:
            self.help = original

    def get_short_help_str(self, limit: int = 45) -> str:
        original = self.help
        self.help = _said(original)
        try:
            return super().get_short_help_str(limit)
        finally:
            self.help = original


class _Group(click.Group):
    command_class = _Command

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _help_option(super().get_help_option(ctx))

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        if parent is None:
            _GIVEN_LANG[0] = _scan_lang(args)
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as error:
            raise _said_usage_error(error) from None

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        try:
            return super().resolve_command(ctx, args)
        except click.UsageError as error:
            raise _said_usage_error(error) from None

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args and self.no_args_is_help and not ctx.resilient_parsing:
            # As click does: the usage, the options and the commands, then exit 2.
            click.echo(ctx.get_help(), err=True)
            sys.exit(2)
        return super().parse_args(ctx, args)

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        original = self.help
        self.help = _said(original)
        try:
            super().format_help_text(ctx, formatter)
        finally:
            self.help = original


_F = TypeVar("_F", bound=Callable[..., Any])


def option(*decls: str, **attrs: Any) -> Callable[[_F], _F]:
    """``click.option`` with help texts from the catalogue."""
    return click.option(*decls, cls=_Option, **attrs)


# --- option values --------------------------------------------------------------------------------


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    if value == "today" and param.name == "as_of":
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(i18n.say("usage-not-a-date", cli_lang(), value=value)) from None


def _parse_size(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    if value is None:
        return None
    from hf_rules.core.sizes import parse_size

    try:
        return parse_size(value)
    except ValueError as error:
        raise click.BadParameter(str(i18n.text(said_of(error), cli_lang()))) from None


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
        quiet=options.get("quiet", False),
        config_path=Path(options["config"]) if options.get("config") else None,
        use_config=not options.get("no_config", False),
        baseline=options.get("baseline"),
        write_baseline=options.get("write_baseline"),
        max_file_size=options.get("max_file_size"),
        redact=options.get("redact"),
        jobs=options.get("jobs"),
        stdin_filename=options.get("stdin_filename"),
        allow_empty=options.get("allow_empty", False),
    )


_COLOURS = {"error": "red", "warning": "yellow", "info": "blue", "waived": "cyan"}
_LOCATED = re.compile(r"^(\S.*?:\d+:\d+: )(error|warning|info|waived)\b", re.M)


def _colour(text: str, code: int) -> str:
    """Severity tokens of the located lines and the verdict line (the last), in colour."""
    text = _LOCATED.sub(lambda m: m.group(1) + click.style(m.group(2), fg=_COLOURS[m.group(2)], bold=True), text)
    lines = text.split("\n")
    for i in range(len(lines) - 1, -1, -1):
        if lines[i]:
            lines[i] = click.style(lines[i], fg="green" if code == 0 else "red", bold=True)
            break
    return "\n".join(lines)


def _use_colour(choice: str, output: str | None, output_format: str) -> bool:
    from hf_rules.app.run import resolve_format

    if output or resolve_format(output_format) != "text" or choice == "never":
        return False
    if choice == "always":
        return True
    return not os.environ.get("NO_COLOR") and sys.stdout.isatty()


def _emit(
    output: str,
    code: int,
    to: str | None = None,
    lang: str | None = None,
    colour: bool = False,
    inputs: tuple[str, ...] = (),
) -> NoReturn:
    """Print ``output`` (or write it to the file ``to``, never one of the files or folders'
    documents in ``inputs``) and exit with ``code``."""
    if to and to != "-":
        from hf_rules.app.run import write_report

        write_report(to, output, inputs)
    else:
        click.echo(_colour(output, code) if colour else output, nl=False, color=colour or None)
    sys.exit(code)


def _emit_report(result: tuple[str, int], options: dict[str, Any]) -> NoReturn:
    """``check``'s and ``validate``'s report: in colour on a terminal (``--color``), or written
    to ``--output`` (never over one of the documents of the command's paths)."""
    colour = _use_colour(options["color"], options["output"], options["output_format"])
    _emit(*result, to=options["output"], lang=options["lang"], colour=colour, inputs=tuple(options["paths"]))


# --- options ---------------------------------------------------------------------------------------


def _lang_of_command(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A command's ``--lang``; when it is not given, the one given before the command
    (``hf-rules --lang en check``), if any. Either is then what ``--lang`` always was: above the
    config's ``lang`` and the locale."""
    if value is not None:
        return value
    given = ctx.obj.get("lang") if isinstance(ctx.obj, dict) else None
    return given if isinstance(given, str) else None


debug_option = option("--debug", is_flag=True, expose_value=False, help="help-opt-debug")
rules_option = option("--rules", "-r", "rules", multiple=True, metavar="PACK", help="help-opt-rules")
lang_option = option(
    "--lang", type=_Choice(i18n.LANGUAGES), default=None, callback=_lang_of_command, help="help-opt-lang"
)
fail_on_option = option(
    "--fail-on", type=_Choice(["error", "warning", "info", "never"]), default=None, help="help-opt-fail-on"
)
as_of_option = option("--as-of", callback=_parse_date, metavar="YYYY-MM-DD|today", help="help-opt-as-of")
today_option = option("--today", callback=_parse_date, metavar="YYYY-MM-DD", help="help-opt-today")
config_option = option("--config", type=click.Path(dir_okay=False), default=None, help="help-opt-config")
no_config_option = option("--no-config", is_flag=True, help="help-opt-no-config")
max_file_size_option = option("--max-file-size", callback=_parse_size, metavar="SIZE", help="help-opt-max-file-size")
report_format_option = option(
    "--format",
    "output_format",
    type=_Choice(REPORT_FORMATS),
    default="auto",
    show_default=True,
    help="help-opt-format",
)


class _Count(click.IntRange):
    """A whole number of at least ``min``, its name ("integer range" in click's message about a
    value that is not one) said in the run's language."""

    @property
    def name(self) -> str:  # type: ignore[override]
        return i18n.word("click-type-count", cli_lang())


jobs_option = option("--jobs", "-j", type=_Count(min=1), default=None, metavar="N", help="help-opt-jobs")
allow_empty_option = option("--allow-empty", is_flag=True, help="help-opt-allow-empty")
redact_option = option("--redact/--no-redact", "redact", default=None, help="help-opt-redact")
output_option = option(
    "--output", "-o", type=click.Path(dir_okay=False), default=None, metavar="FILE", help="help-opt-output"
)
color_option = option(
    "--color", type=_Choice(["auto", "always", "never"]), default="auto", show_default=True, help="help-opt-color"
)
stdin_filename_option = option("--stdin-filename", default=None, metavar="NAME", help="help-opt-stdin-filename")
quiet_option = option("--quiet", "-q", is_flag=True, help="help-opt-quiet")


def _print_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(i18n.say("version", cli_lang(), version=__version__))
        ctx.exit()


@click.group(
    cls=_Group,
    help="help-cli",
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="click:Show the version and exit.",
)
@option("--lang", type=_Choice(i18n.LANGUAGES), default=None, help="help-opt-lang-global")
@option("--debug", is_flag=True, help="help-opt-debug")
@click.pass_context
def cli(ctx: click.Context, lang: str | None, debug: bool) -> None:
    ctx.obj = {"debug": debug, "lang": lang}


@cli.command(help="help-check")
@click.argument("paths", nargs=-1, type=click.Path())
@rules_option
@report_format_option
@output_option
@fail_on_option
@lang_option
@as_of_option
@today_option
@option("--brief", is_flag=True, help="help-opt-brief")
@quiet_option
@option("--baseline", type=click.Path(dir_okay=False), default=None, metavar="FILE", help="help-opt-baseline")
@option(
    "--write-baseline", type=click.Path(dir_okay=False), default=None, metavar="FILE", help="help-opt-write-baseline"
)
@redact_option
@max_file_size_option
@jobs_option
@allow_empty_option
@stdin_filename_option
@color_option
@config_option
@no_config_option
@debug_option
def check(**options: Any) -> None:
    from hf_rules.app.run import run_check

    _emit_report(run_check(_settings(**options)), options)


@cli.command(help="help-fix")
@click.argument("paths", nargs=-1, type=click.Path())
@rules_option
@fail_on_option
@lang_option
@as_of_option
@today_option
@option("--dry-run", is_flag=True, help="help-opt-dry-run")
@max_file_size_option
@config_option
@no_config_option
@debug_option
def fix(**options: Any) -> None:
    from hf_rules.app.fix import run_fix

    out, err, code = run_fix(_settings(**options), dry_run=options["dry_run"])
    if err:
        click.echo(err, nl=False, err=True)
    _emit(out, code)


@cli.command(help="help-audit")
@click.argument("paths", nargs=-1, type=click.Path())
@rules_option
@option("--output", "-o", type=click.Path(dir_okay=False), default=None, metavar="FILE", help="help-opt-audit-output")
@option("--format", "audit_format", type=_Choice(["html", "markdown"]), default=None, help="help-opt-audit-format")
@option("--compare", type=click.Path(), default=None, metavar="OLD", help="help-opt-audit-compare")
@fail_on_option
@lang_option
@as_of_option
@today_option
@redact_option
@max_file_size_option
@jobs_option
@allow_empty_option
@stdin_filename_option
@config_option
@no_config_option
@debug_option
def audit(**options: Any) -> None:
    from hf_rules.app.run import run_audit

    _emit(*run_audit(_settings(**options), options.get("output"), options.get("audit_format"), options.get("compare")))


@cli.command(help="help-validate")
@click.argument("paths", nargs=-1, type=click.Path())
@option("--rules", "-r", "rules", multiple=True, metavar="PACK", help="help-opt-validate-rules")
@report_format_option
@output_option
@lang_option
@quiet_option
@redact_option
@max_file_size_option
@jobs_option
@allow_empty_option
@stdin_filename_option
@color_option
@config_option
@no_config_option
@debug_option
def validate(**options: Any) -> None:
    from hf_rules.app.run import run_validate

    _emit_report(run_validate(_settings(**options)), options)


@cli.command(name="rules", help="help-rules")
@rules_option
@option(
    "--format", "output_format", type=_Choice(FORMATS), default="text", show_default=True, help="help-opt-list-format"
)
@output_option
@lang_option
@config_option
@no_config_option
@debug_option
def rules_command(**options: Any) -> None:
    from hf_rules.app.listing import run_rules

    _emit(*run_rules(_settings(**options), options["output_format"]), to=options["output"], lang=options["lang"])


@cli.command(help="help-coverage")
@rules_option
@option(
    "--format",
    "output_format",
    type=_Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help="help-opt-list-format",
)
@output_option
@lang_option
@config_option
@no_config_option
@debug_option
def coverage(**options: Any) -> None:
    from hf_rules.app.listing import run_coverage

    _emit(*run_coverage(_settings(**options), options["output_format"]), to=options["output"], lang=options["lang"])


@cli.command(help="help-explain")
@click.argument("rule_id")
@rules_option
@option(
    "--format", "output_format", type=_Choice(FORMATS), default="text", show_default=True, help="help-opt-list-format"
)
@output_option
@lang_option
@config_option
@no_config_option
@debug_option
def explain(**options: Any) -> None:
    from hf_rules.app.listing import run_explain

    output = run_explain(_settings(**options), options["rule_id"], options["output_format"])
    _emit(*output, to=options["output"], lang=options["lang"])


@cli.command(name="test", help="help-test")
@click.argument("paths", nargs=-1, type=click.Path())
@option("-k", "pattern", multiple=True, metavar="PATTERN", help="help-opt-k")
@option(
    "--format",
    "output_format",
    type=_Choice(["text", "json", "junit"]),
    default="text",
    show_default=True,
    help="help-opt-list-format",
)
@option("--require-all-rules", is_flag=True, help="help-opt-require-all-rules")
@option("--accept", is_flag=True, help="help-opt-accept")
@output_option
@lang_option
@debug_option
def test_command(
    paths: tuple[str, ...],
    pattern: tuple[str, ...],
    output_format: str,
    require_all_rules: bool,
    accept: bool,
    output: str | None,
    lang: str | None,
) -> None:
    from hf_rules.app.packtests import run_tests

    _emit(
        *run_tests(
            list(paths),
            lang=lang,
            pattern=pattern,
            output_format=output_format,
            require_all_rules=require_all_rules,
            accept=accept,
        ),
        to=output,
        lang=lang,
        inputs=tuple(paths),
    )


@cli.command(help="help-init")
@click.argument("folder", default=".", type=click.Path(file_okay=False))
@option("--rules", "pack", default="oslo", show_default=True, metavar="PACK", help="help-opt-init-rules")
@option("--force", is_flag=True, help="help-opt-force")
@option("--repo", default=REPOSITORY, show_default=True, metavar="URL", help="help-opt-repo")
@lang_option
@debug_option
def init(folder: str, pack: str, force: bool, repo: str, lang: str | None) -> None:
    from hf_rules.app.init import run_init

    _emit(*run_init(folder, pack, force, lang=lang or cli_lang(), repo=repo))


@cli.command(help="help-schema")
@click.argument("name", required=False)
@option("--output", "-o", type=click.Path(file_okay=False), default=None, help="help-opt-schema-output")
@lang_option
@debug_option
def schema(name: str | None, output: str | None, lang: str | None) -> None:
    from hf_rules.app.listing import run_schema

    _emit(*run_schema(name, output, lang or cli_lang()))


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
    lang = cli_lang()
    if isinstance(error, BrokenPipeError) or error.errno == errno.EPIPE:
        return f"hf-rules: error: {i18n.say('cli-broken-pipe', lang)}"
    reason = i18n.text(os_reason(error), lang) if error.strerror else error
    return f"hf-rules: error: {i18n.say('cli-cannot-write-output', lang, reason=reason)}"


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
        _say(i18n.say("cli-interrupted", cli_lang()))
        return 130
    except Terminated:
        _say(i18n.say("cli-terminated", cli_lang()))
        return 143
    except click.ClickException as error:
        # One line, like every other error; the usage is one --help away.
        hint = ""
        if isinstance(error, click.UsageError) and error.ctx is not None:
            hint = i18n.say("usage-see-help", cli_lang(), command=error.ctx.command_path)
        _say(f"hf-rules: error: {' '.join(error.format_message().split())}{hint}")
        return 2
    except (InputError, InputErrors) as error:
        errors = error.errors if isinstance(error, InputErrors) else [error]
        for each in errors:
            _say(each.line(cli_lang()))
        return 2
    except UsageError as error:
        _say(f"hf-rules: error: {error.text(cli_lang())}")
        return 2
    except OSError as error:  # what the machine did: a full disk, a closed pipe, permissions
        if debug:
            import traceback  # --debug only: not on every run's import path

            traceback.print_exc()
        if error.errno in (errno.EPIPE, errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG) or isinstance(
            error, BrokenPipeError
        ):
            _silence_stdout()
            _say(_output_error(error))
        else:
            where = f" {os.fsdecode(error.filename)!r}" if error.filename else ""
            reason = i18n.text(os_reason(error), cli_lang()) if error.strerror else error
            _say(f"hf-rules: error: {reason}{where}")
        return 2
    except MemoryError:
        _say(f"hf-rules: error: {i18n.say('cli-out-of-memory', cli_lang())}")
        return 2
    except BaseException as error:
        if debug:
            import traceback  # --debug only: not on every run's import path

            traceback.print_exc()
        said = i18n.say("cli-internal-error", cli_lang(), error=f"{type(error).__name__}: {error}")
        _say(f"hf-rules: internal error: {said}")
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
    previous: dict[int, Any] = {}
    if threading.current_thread() is threading.main_thread():
        for number, handler in ((signal.SIGINT, _interrupt), (signal.SIGTERM, _terminate)):
            with contextlib.suppress(ValueError, OSError):
                previous[number] = signal.signal(number, handler)
    try:
        code = _run(debug)
    finally:
        for restored, old_handler in previous.items():
            with contextlib.suppress(ValueError, OSError, TypeError):
                signal.signal(restored, old_handler)
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
