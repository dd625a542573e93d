"""Every quote in the bundled rule packs is a sentence of the source text it cites.

The source texts live in ../shared/seeds/ beside the checkout; where that folder is absent
(a clone on its own), the test is skipped and says why.
"""

from __future__ import annotations

import pytest

from hf_rules.rules.pack import load_packs
from tests.support import SEEDS

SOURCE_FILES = {  # source id in the packs -> seed file
    "motefora-oslo": "000_fd2a384d43e50e1f.txt",
    "helsenorge-fastlege": "002_2d909628d040e871.txt",
}


def _normal(text: str) -> str:
    return " ".join(text.split())


def _quotes() -> list[tuple[str, str, str]]:
    packs = load_packs(["oslo"])
    quotes = [(f"rule {r.rule.id}", r.rule.source.document, r.rule.source.quote) for r in packs.rules]
    quotes += [(f"obligation {o.id}", o.source.document, o.source.quote) for o in packs.obligations.values()]
    return quotes


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"source texts not found at {SEEDS} (../shared/seeds)")
@pytest.mark.parametrize(
    ("where", "document", "quote"), _quotes(), ids=lambda v: v if isinstance(v, str) and " " in v[:12] else None
)
def test_quote_is_in_the_source(where: str, document: str, quote: str) -> None:
    assert document in SOURCE_FILES, f"{where} cites unknown source {document}"
    text = (SEEDS / SOURCE_FILES[document]).read_text(encoding="utf-8")
    assert _normal(quote) in _normal(text), f"{where}: «{quote}» is not in {SOURCE_FILES[document]}"


def test_every_bundled_source_is_mapped() -> None:
    packs = load_packs(["oslo"])
    assert set(packs.sources) == set(SOURCE_FILES)
