"""Commands for drafting and reviewing a proposal: ``hf-rules diff`` (what a proposal changes)
and ``hf-rules lsp`` (the language server: findings in the editor as the proposal is written).

Registered onto the group by importing this module (``hf_rules.cli.__init__``); it reuses the
shared options of :mod:`hf_rules.cli.commands`. Like every command, it only parses options and
calls :mod:`hf_rules.app`.
"""

from __future__ import annotations

from typing import Any

import click

from hf_rules.cli.commands import (
    _Choice,
    _emit,
    _settings,
    as_of_option,
    cli,
    cli_lang,
    config_option,
    fail_on_option,
    lang_option,
    max_file_size_option,
    no_config_option,
    option,
    rules_option,
    today_option,
)
from hf_rules.core.errors import UsageError
from hf_rules.core.i18n import say


@cli.command(help="help-diff")
@click.argument("paths", nargs=-1, type=click.Path())
@option("--git", "git", metavar="REV", default=None, help="help-opt-diff-git")
@rules_option
@option(
    "--format",
    "output_format",
    type=_Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help="help-opt-diff-format",
)
@fail_on_option
@option("--fail-on-new", is_flag=True, help="help-opt-fail-on-new")
@lang_option
@as_of_option
@today_option
@max_file_size_option
@config_option
@no_config_option
def diff(**options: Any) -> None:
    from hf_rules.app.proposals import run_diff

    paths = list(options.pop("paths"))
    git = options.pop("git")
    if git is not None:
        if not paths:
            raise UsageError(say("usage-diff-git-paths", options["lang"] or cli_lang()))
        old, new = paths, paths
    else:
        if len(paths) != 2:
            raise UsageError(say("usage-diff-two-paths", options["lang"] or cli_lang(), found=len(paths)))
        old, new = [paths[0]], [paths[1]]
    settings = _settings(paths=new, **options)
    _emit(
        *run_diff(
            settings,
            old,
            new,
            git=git,
            fail_on_new=options["fail_on_new"],
            output_format=options["output_format"],
        )
    )


@cli.command(help="help-lsp")
@option("--stdio", is_flag=True, help="help-opt-lsp-stdio")
def lsp(stdio: bool) -> None:
    try:
        from hf_rules.lsp.server import run
    except ModuleNotFoundError as missing:
        if missing.name and missing.name.split(".")[0] in ("pygls", "lsprotocol"):
            raise UsageError(say("usage-lsp-needs-pygls", cli_lang())) from None
        raise
    run()
