"""``rules``, ``coverage``, ``explain`` and ``schema``: what the packs and models say about
themselves, as ``(output, exit code)``. The command line only parses options and prints."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

from hf_rules.app.run import EXIT_INPUT, Settings, load_packs_for_listing, problem_lines
from hf_rules.core.errors import InputError, InputErrors, UsageError
from hf_rules.core.i18n import default_lang, say
from hf_rules.formatters import catalogue
from hf_rules.rules.coverage import coverage_rows
from hf_rules.rules.pack import PackSet


def _packs(settings: Settings) -> PackSet | str:
    """The packs in force, or the located problems (in the run's language) when they cannot load."""
    try:
        return load_packs_for_listing(settings)
    except (InputError, InputErrors) as error:
        return problem_lines(error, settings.lang or default_lang())


def run_rules(settings: Settings, output_format: str) -> tuple[str, int]:
    packs = _packs(settings)
    if isinstance(packs, str):
        return packs, EXIT_INPUT
    lang = settings.lang or default_lang()
    render = catalogue.rules_json if output_format == "json" else catalogue.rules_text
    return render(packs, lang), 0


def run_coverage(settings: Settings, output_format: str) -> tuple[str, int]:
    """Exit 1 when an obligation is neither encoded nor explained as not checkable."""
    packs = _packs(settings)
    if isinstance(packs, str):
        return packs, EXIT_INPUT
    lang = settings.lang or default_lang()
    rows = coverage_rows(packs, lang)
    if output_format == "json":
        output = json.dumps({"coverage": rows}, indent=2, ensure_ascii=False) + "\n"
    elif output_format == "markdown":
        output = catalogue.coverage_markdown(packs, lang)
    else:
        output = catalogue.coverage_text(packs, lang)
    return output, 1 if any(r["status"] == "not-covered" for r in rows) else 0


def run_explain(settings: Settings, rule_id: str, output_format: str = "text") -> tuple[str, int]:
    packs = _packs(settings)
    if isinstance(packs, str):
        return packs, EXIT_INPUT
    lang = settings.lang or default_lang()
    rule_id = rule_id.upper()
    loaded = packs.rule(rule_id)
    if loaded is None:
        if rule_id in packs.disabled:
            pack, reason = packs.disabled[rule_id]
            raise UsageError(say("explain-disabled", lang, rule=rule_id, pack=pack, reason=getattr(reason, lang)))
        known = [r.rule.id for r in packs.rules] + list(packs.disabled)
        close = difflib.get_close_matches(rule_id, known, n=1, cutoff=0.6)
        raise UsageError(
            say(
                "explain-no-rule",
                lang,
                rule=rule_id,
                suggestion=say("did-you-mean", lang, name=close[0]) if close else "",
            )
        )
    if output_format == "json":
        return json.dumps(catalogue.explain_data(loaded, packs, lang), indent=2, ensure_ascii=False) + "\n", 0
    return catalogue.explain_text(loaded, packs, lang), 0


def run_schema(name: str | None, output: str | None, lang: str) -> tuple[str, int]:
    """One schema printed, the names listed (no NAME), or all written to the folder ``output``."""
    from hf_rules.app.schemas import dump, generated_schemas

    schemas = generated_schemas()
    if output:
        from hf_rules.core.files import make_folder, write_text_atomic

        folder = Path(output)
        make_folder(folder)  # the one write path: atomic, regular files only (hf_rules.core.files)
        for file_name, content in schemas.items():
            write_text_atomic(folder / file_name, dump(content), what="schema")
        return say("schema-wrote", lang, count=len(schemas), folder=folder) + "\n", 0
    names = {f.removesuffix(".schema.json"): f for f in schemas}
    if name is None:
        return "\n".join(names) + "\n", 0
    if name not in names:
        close = difflib.get_close_matches(name, list(names), n=1)
        raise UsageError(
            say(
                "schema-unknown",
                lang,
                name=name,
                suggestion=say("did-you-mean", lang, name=close[0]) if close else "",
                choices=", ".join(names),
            )
        )
    return dump(schemas[names[name]]), 0
