"""The YAML examples of the pages a pack author reads are YAML, and each text in them (a mapping
with `nb` or `en`) has only those keys: a comma inside a flow-mapping text (`{nb: A, B, en: C}`)
would make 'B' a key, the mistake docs/rule-packs.md warns about (blind-author report, D10)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from ruamel.yaml import YAML

from tests.support import ROOT

PAGES = ["README.md", "docs/rule-packs.md", "docs/writing-a-pack.md", "docs/expressions.md", "docs/pack-tests.md"]
BLOCK = re.compile(r"```yaml\n(.*?)```", re.S)


def _texts(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, dict):
        if "nb" in data or "en" in data:
            yield data
        for value in data.values():
            yield from _texts(value)
    elif isinstance(data, list):
        for value in data:
            yield from _texts(value)


def _blocks(page: str) -> list[tuple[int, str]]:
    text = (ROOT / page).read_text(encoding="utf-8")
    return [(text[: m.start()].count("\n") + 2, m.group(1)) for m in BLOCK.finditer(text)]


@pytest.mark.parametrize("page", PAGES)
def test_every_yaml_example_parses_and_its_texts_have_only_nb_and_en(page: str) -> None:
    blocks = _blocks(page)
    assert blocks, f"{page} has no YAML example"
    for line, block in blocks:
        data = YAML(typ="safe").load(block)
        for text in _texts(data):
            assert set(text) <= {"nb", "en"}, f"{page}:{line}: a text with keys {sorted(text)}"


def test_the_check_catches_a_comma_in_a_flow_mapping_text() -> None:
    data = YAML(typ="safe").load("title: {nb: Kommunene møter, fortrinnsvis politisk, en: They attend}\n")
    [text] = _texts(data)
    assert set(text) == {"nb", "fortrinnsvis politisk", "en"}


def test_the_inserted_block_of_pack_tests_md_is_indented_as_the_page_says() -> None:
    """docs/pack-tests.md: YAML takes the block's first line's indentation off, hf-rules puts
    `indent` spaces before each line that is not blank, and nothing follows the `at` line."""
    from hf_rules.app.packtests import Edit, apply_edits
    from hf_rules.yaml.loader import load_yaml_bytes

    page = (ROOT / "docs" / "pack-tests.md").read_text(encoding="utf-8")
    (block,) = [b for _, b in _blocks("docs/pack-tests.md") if "insert: |" in b and "indent: 6" in b]
    doc = load_yaml_bytes(block.encode("utf-8"), "edits.yaml")
    edit = Edit.model_validate(doc.data["edits"][0])
    org = "fora:\n  ssu:\n    members:\n      - {party: hf, role: Direktør}\n"
    assert apply_edits(org, [edit], doc, ("edits",)) == (
        "fora:\n  ssu:\n    members:\n"
        "      - {party: lyngvik, role: Rådgiver}\n"
        "      - party: havbo\n"
        "        role: Kommunedirektør\n"
        "      - {party: hf, role: Direktør}\n"
    )
    assert "(six, six and eight spaces)" in page
    # a blank line goes in blank, and the block's last line break adds no line
    blank = load_yaml_bytes(b'edits:\n  - at: "a:"\n    indent: 4\n    insert: |\n      b: 1\n\n      c: 2\n', "e.yaml")
    edit = Edit.model_validate(blank.data["edits"][0])
    assert apply_edits("a:\nz: 0\n", [edit], blank, ("edits",)) == "a:\n    b: 1\n\n    c: 2\nz: 0\n"
