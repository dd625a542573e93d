"""Every quote of every bundled pack is text of the source it cites: verbatim, and unique.

A quote is compared with its source after whitespace normalisation only: a non-breaking space
or any other Unicode space counts as a space, and runs of whitespace (line breaks included) as
one. Nothing else is forgiven: case, punctuation, list bullets and the source's own typing
errors must be as in the source. A quote must also occur exactly once in its source, so that a
reader can find the sentence it rests on; a short quote that the source repeats (a list item
in two lists) is given with enough of its context to be unique.

The packs are read as files, not loaded, so that rules and obligations an extending pack
replaces or retires are checked as well. Sources:

- the bundled packs (``rules/*.yaml``) quote the two texts in ``../shared/seeds/`` beside the
  checkout; where that folder is absent (a clone on its own) those quotes are skipped, and the
  skip says why (CI has the folder);
- a bundled community pack (``fixtures/communities/*/pack.yaml``) quotes the text its source's
  ``text`` names, a file beside the pack (which ``hf-rules test`` checks the same way, see
  ``hf_rules.app.quotes``; this test also covers the packs that have no pack tests).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from hf_rules.app.quotes import normal, sections
from tests.support import ROOT, SEEDS

SEED_FILES = {  # source id in the bundled packs -> seed file
    "motefora-oslo": "000_fd2a384d43e50e1f.txt",
    "helsenorge-fastlege": "002_2d909628d040e871.txt",
}
BUNDLED = sorted((ROOT / "rules").glob("*.yaml"))
COMMUNITIES = sorted((ROOT / "fixtures" / "communities").glob("*/pack.yaml"))


def _pack(path: Path) -> dict:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def _quotes(path: Path) -> list[tuple[str, str, str]]:
    pack = _pack(path)
    found = [
        (f"obligation {o['id']}", o["source"]["document"], o["source"]["quote"]) for o in pack.get("obligations", [])
    ]
    found += [(f"rule {r['id']}", r["source"]["document"], r["source"]["quote"]) for r in pack.get("rules", [])]
    return found


def _source_text(path: Path, document: str) -> tuple[str, str] | None:
    """The name and normalised text a pack's source id stands for (a section ``FILE#NAME`` of a
    shared file, as app/quotes.py reads it); None for a bundled pack's seed that is absent."""
    source = _source_file(path, document)
    if source is None:
        return None
    file_name, _, section = source.name.partition("#")
    whole = (source.parent / file_name).read_text(encoding="utf-8")
    return source.name, normal(sections(whole)[section] if section else whole)


def _source_file(path: Path, document: str) -> Path | None:
    """The text a pack's source id stands for; None for a bundled pack's seed that is absent."""
    if path.parent == ROOT / "rules":
        assert document in SEED_FILES, f"{path.name} cites source '{document}', which no seed file is mapped to"
        return SEEDS / SEED_FILES[document] if SEEDS.is_dir() else None
    text = _pack(path)["sources"][document].get("text")
    assert text, f"{path}: source '{document}' names no `text` file to check its quotes against"
    return path.parent / text


CASES = [(path, where, document, quote) for path in BUNDLED + COMMUNITIES for where, document, quote in _quotes(path)]


@pytest.mark.parametrize(
    ("path", "where", "document", "quote"), CASES, ids=[f"{p.parent.name}/{p.name}:{w}" for p, w, _, _ in CASES]
)
def test_quote_is_verbatim_and_unique_in_its_source(path: Path, where: str, document: str, quote: str) -> None:
    source = _source_text(path, document)
    if source is None:
        pytest.skip(f"source texts not found at {SEEDS} (../shared/seeds beside the checkout); CI has them")
    name, text = source
    count = text.count(normal(quote))
    assert count >= 1, f"{path.name} {where}: «{quote}» is not verbatim in {name}"
    assert count == 1, (
        f"{path.name} {where}: «{quote}» occurs {count} times in {name}; "
        "quote enough of its context to say which one is meant"
    )


def test_every_bundled_source_is_mapped() -> None:
    declared = {doc for path in BUNDLED for doc in (_pack(path).get("sources") or {})}
    assert declared == set(SEED_FILES)


def test_normalisation_forgives_spaces_only() -> None:
    assert normal("fom\u00a001.01.2021  skal\n etableres") == "fom 01.01.2021 skal etableres"
    assert normal("a\u2009b\u202fc") == "a b c"
    assert normal("Fastlegerepresentasjon") != normal("fastlegerepresentasjon")
