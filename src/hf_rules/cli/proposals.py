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
    _emit,
    _settings,
    as_of_option,
    cli,
    config_option,
    fail_on_option,
    lang_option,
    max_file_size_option,
    no_config_option,
    rules_option,
    today_option,
)
from hf_rules.core.errors import UsageError


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--git",
    "git",
    metavar="REV",
    default=None,
    help="OLD is PATHS as they are at git revision REV (read with git show, nothing checked out); "
    "NEW is PATHS as they are now.",
)
@rules_option
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
)
@fail_on_option
@click.option(
    "--fail-on-new",
    is_flag=True,
    help="Exit 1 only for findings the proposal introduces (at or above --fail-on), not for those it keeps.",
)
@lang_option
@as_of_option
@today_option
@max_file_size_option
@config_option
@no_config_option
def diff(**options: Any) -> None:
    """What a proposal changes: hf-rules diff OLD NEW (files or folders), or hf-rules diff --git
    REV PATH... (OLD is PATH at REV).

    Lists structural changes by meaning (fora added, removed or renamed; seats added, removed or
    moved between members and observers; holders and deputies; chair rotation, chair periods and
    meeting frequency; relations between fora), then the findings the proposal resolves,
    introduces and keeps, with the verdict before and after. Both sides are checked with the
    same rule packs as of the same date (--as-of, else the proposal's effective_from, else
    today). Exit codes as check on NEW (--fail-on-new: only introduced findings fail).
    """
    from hf_rules.app.proposals import run_diff

    paths = list(options.pop("paths"))
    git = options.pop("git")
    if git is not None:
        if not paths:
            raise UsageError(
                "diff --git REV needs the files or folders to compare, e.g. hf-rules diff --git main fixtures/oslo"
            )
        old, new = paths, paths
    else:
        if len(paths) != 2:
            raise UsageError(
                f"diff takes two paths, OLD and NEW (got {len(paths)}); or --git REV and the paths to compare"
            )
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


@cli.command()
@click.option("--stdio", is_flag=True, help="Talk over standard input and output (the default and only transport).")
def lsp(stdio: bool) -> None:
    """Run the language server (for editors): diagnostics as you type, hover, completion,
    go-to-definition and quick fixes for organisation documents, meeting plans, waivers, the
    config and rule packs. Needs the extra: pip install 'hf-rules[lsp]'. See docs/editors.md.
    """
    try:
        from hf_rules.lsp.server import run
    except ModuleNotFoundError as missing:
        if missing.name and missing.name.split(".")[0] in ("pygls", "lsprotocol"):
            raise UsageError("the language server needs pygls; install it with: pip install 'hf-rules[lsp]'") from None
        raise
    run()
