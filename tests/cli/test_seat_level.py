"""The check ``seat_level`` and ``vocabulary.levels``' titles: a seat whose role is a known title of
another level than the one it declares is reported, naming both (rounds 20 and 21: a
«Kommunedirektør» written ``level: politisk`` passed every "political level" rule, and a
«Styreleder» counted as the trust's management)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from hf_rules.documents.model import BASE_LEVEL_TITLES
from tests.conftest import Run
from tests.support import ROOT

PACK = """\
apiVersion: hf-rules/v1
kind: RulePack
metadata: {id: fjord, version: 1.0.0, name: {nb: Fjord, en: Fjord}}
vocabulary:
  levels:
%s
sources:
  avtale: {title: Avtale, date: '2024'}
obligations:
  - id: V1
    text: {nb: Nivå, en: Level}
    source: {document: avtale, quote: primært frå politisk leiing}
rules:
  - id: FJ-LEVEL
    title: {nb: Nivå, en: Level}
    message:
      nb: '{seat}: {level}, men «{role}» er {title_level} ({title})'
      en: '{seat}: {level}, but «{role}» is {title_level} ({title})'
    hint: {nb: Rett nivået., en: Fix the level.}
    severity: warning
    reading: recommends
    source: {document: avtale, quote: primært frå politisk leiing}
    obligations: [V1]
    applies_to: {kind: forum}
    check:
      function: seat_level
"""
LEVELS = """\
    - niva-1
    - {id: politisk, titles: [Leiar for helseutvalet]}
"""
ORGANISATION = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: fjord, name: Fjord helsefellesskap, effective_from: 2024-01-01}
parties:
  hf: {name: Helse Fjord HF, type: helseforetak, side: sykehus}
  vik: {name: Vik kommune, type: kommune, side: kommune}
  os: {name: Os kommune, type: kommune, side: kommune}
fora:
  pm:
    name: Partnarskapsmøtet
    type: partnerskapsmote
    members:
      - {party: vik, role: Kommunedirektør, level: politisk}
      - {party: vik, role: Ordførar, level: politisk}
      - {party: os, role: Konstituert ordfører, level: direktor}
      - {party: os, role: Kommunalsjef helse og omsorg, level: leder}
      - {party: os, role: Leiar for helseutvalet, level: direktor}
      - {party: os, role: Leiar for helseutvalet, level: politisk}
      - {party: hf, role: Styreleiar, level: direktor}
      - {party: hf, role: Administrerande direktør, level: direktor}
      - {party: hf, role: Klinikksjef, level: politisk, other_roles: [Kommunestyrerepresentant]}
      - {party: hf, role: Fagdirektør, level: niva-1}
      - {party: hf, role: Fagdirektør}
    observers:
      - {represents: bruker, role: Varaordførar i Vik, level: leder}
"""


def run(tmp_path: Path, hf: Callable[..., Run], levels: str = LEVELS, lang: str = "en") -> Run:
    (tmp_path / "pack.yaml").write_text(PACK % levels.rstrip("\n"), encoding="utf-8")
    (tmp_path / "organisation.yaml").write_text(ORGANISATION, encoding="utf-8")
    return hf("check", "--rules", "pack.yaml", "--no-config", "--format", "json", "--lang", lang, ".")


def test_a_title_of_another_level_is_reported_naming_both(tmp_path: Path, hf: Callable[..., Run]) -> None:
    """The director at the political level, the acting mayor at director level, the pack's own
    political title at director level, the board chair as management, and a deputy mayor on a
    user seat at manager level; not the mayor, the kommunalsjef at manager level (an
    administrative title of both director and manager level), the pack's title at its level, a
    seat with a title of its level among its other_roles, a level no titles are known for
    (niva-1), nor a seat without a level."""
    done = run(tmp_path, hf)
    assert done.code == 0, done.both
    found = sorted((f["rule"], f["subject"], f["line"], f["message"]) for f in json.loads(done.out)["findings"])
    assert found == [
        (
            "FJ-LEVEL",
            "pm",
            13,
            "vik (Kommunedirektør, politisk): politisk, but «Kommunedirektør» is direktor, leder (Kommunedirektør)",
        ),
        (
            "FJ-LEVEL",
            "pm",
            15,
            "os (Konstituert ordfører, direktor): direktor, but «Konstituert ordfører» is politisk (Ordfører)",
        ),
        (
            "FJ-LEVEL",
            "pm",
            17,
            "os (Leiar for helseutvalet, direktor): direktor, but «Leiar for helseutvalet» is politisk (Leiar for helseutvalet)",
        ),
        ("FJ-LEVEL", "pm", 19, "hf (Styreleiar, direktor): direktor, but «Styreleiar» is styre (Styreleder)"),
        (
            "FJ-LEVEL",
            "pm",
            25,
            "represents:bruker (Varaordførar i Vik, leder): leder, but «Varaordførar i Vik» is politisk (Varaordfører)",
        ),
    ]


def test_without_the_pack_s_title_its_post_is_not_judged(tmp_path: Path, hf: Callable[..., Run]) -> None:
    done = run(tmp_path, hf, "    - niva-1\n")
    lines = [f["line"] for f in json.loads(done.out)["findings"]]
    assert (done.code, lines) == (0, [13, 15, 19, 25])


BAD_LEVELS = {
    "no titles": (
        "    - {id: politisk, titles: []}\n",
        30,
        "vocabulary.levels[0].titles must have at least 1 entry",
        "vocabulary.levels[0].titles må ha minst 1 oppføring",
    ),
    "misspelt key": (
        "    - {id: politisk, title: [Fylkesordfører]}\n",
        7,
        "vocabulary.levels[0] is missing the required key 'titles'",
        "vocabulary.levels[0] mangler den påkrevde nøkkelen 'titles'",
    ),
    "not a word": (
        "    - {id: Politisk nivå, titles: [Fylkesordfører]}\n",
        12,
        "vocabulary.levels[0].id is 'Politisk nivå'; expected lower-case letters, digits and hyphens",
        "vocabulary.levels[0].id er 'Politisk nivå'; forventet små bokstaver, sifre og bindestreker",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_LEVELS))
def test_a_bad_level_entry_is_a_located_pack_error(case: str, tmp_path: Path, hf: Callable[..., Run]) -> None:
    levels, column, en, nb = BAD_LEVELS[case]
    for lang, message in (("en", en), ("nb", nb)):
        done = run(tmp_path, hf, levels, lang=lang)
        assert done.code == 2, done.both
        problem = json.loads(done.out)["input_problems"][0]
        assert problem == {"file": "pack.yaml", "line": 6, "column": column, "message": message}


def test_the_shared_titles_are_listed_where_authors_look() -> None:
    """docs/rule-packs.md lists every shared title of every level (the vocabulary is the code's)."""
    page = (ROOT / "docs" / "rule-packs.md").read_text(encoding="utf-8")
    missing = [t for titles in BASE_LEVEL_TITLES.values() for t in titles if f"«{t}»" not in page]
    assert missing == []
