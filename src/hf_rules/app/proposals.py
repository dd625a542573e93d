"""``hf-rules diff``: the command's use case (settings, packs, both sides read, compared,
rendered). The comparison itself is :mod:`hf_rules.app.diff`."""

from __future__ import annotations

from hf_rules.app.diff import compare, read_old
from hf_rules.app.run import EXIT_INPUT, Settings, _run_date, problem_lines, resolve_settings
from hf_rules.core.errors import InputError, InputErrors
from hf_rules.core.i18n import default_lang
from hf_rules.documents.workspace import build_workspace
from hf_rules.rules.pack import load_packs

DIFF_FORMATS = ("text", "json", "markdown")


def run_diff(
    settings: Settings,
    old: list[str],
    new: list[str],
    *,
    git: str | None = None,
    fail_on_new: bool = False,
    output_format: str = "text",
) -> tuple[str, int]:
    """``hf-rules diff``: the comparison in ``output_format`` (text, json, markdown) and the exit code."""
    from hf_rules.formatters import diff as diff_format

    try:
        resolved = resolve_settings(settings)
        packs = load_packs(resolved.packs, resolved.limits, resolved.pack_base)
    except (InputError, InputErrors) as error:
        return problem_lines(error, settings.lang or default_lang()), EXIT_INPUT
    old_workspace = read_old(old, git, resolved.limits)
    new_workspace = build_workspace(new, (), resolved.limits)
    compared = compare(
        old_workspace,
        new_workspace,
        packs,
        old_paths=[f"{git}:{p}" for p in old] if git else old,
        new_paths=new,
        as_of=settings.as_of,
        run_date=_run_date(settings),
        lang=resolved.lang,
        fail_on=resolved.fail_on,
        fail_on_new=fail_on_new,
    )
    render = {"text": diff_format.text, "json": diff_format.json, "markdown": diff_format.markdown}[output_format]
    return render(compared.diff), compared.diff.exit_code
