"""The generated reference pages in docs/ are what the packs and code generate now."""

from __future__ import annotations

import pytest

from hf_rules.formatters.docgen import generate
from tests.support import ROOT


@pytest.mark.parametrize(("path", "content"), sorted(generate().items()))
def test_generated_page_is_current(path: str, content: str) -> None:
    committed = (ROOT / path).read_text(encoding="utf-8")
    assert committed == content, f"{path} is out of date: run `python -m hf_rules.formatters.docgen`"


def test_every_rule_and_check_function_is_documented() -> None:
    pages = generate()
    from hf_rules.rules.checks import registry
    from hf_rules.rules.pack import load_packs

    for loaded in load_packs(["oslo"]).rules:
        assert f"### {loaded.rule.id}\n" in pages["docs/rules.md"]
    for name in registry():
        assert f"## `{name}`\n" in pages["docs/checks.md"]


def test_checks_md_lists_each_functions_placeholders_in_one_table() -> None:
    """An author reads what a function fills before writing its message (round 19 Agder read
    every section for it): one row per function, its subjects and exactly its PARAMS."""
    from hf_rules.rules.checks import registry

    page = generate()["docs/checks.md"]
    table = page[page.index("## Each function's placeholders\n") : page.index("## Seat selectors\n")]
    rows = [line for line in table.splitlines() if line.startswith("| [`")]
    assert len(rows) == len(registry())
    assert (
        "| [`sub_agreements`](#sub_agreements) | `organisation` | "
        "`{agreement}`, `{agreement_name}`, `{found}`, `{problem}`, `{requirement}` |"
    ) in rows
    for name, module in registry().items():
        [row] = [r for r in rows if r.startswith(f"| [`{name}`]")]
        assert row.rsplit(" | ", 1)[1].rstrip(" |") == (
            ", ".join(f"`{{{p}}}`" for p in sorted(module.PARAMS)) or "none"
        )
