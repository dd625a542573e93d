"""Topics are compared case, spacing, hyphens and underscores aside, by every check that compares
them (forum criteria, side_balance per: topic, fora_cover_values): «Kvalitet og
pasientsikkerhet» is ``kvalitet-og-pasientsikkerhet`` (a blind author's wrong verdict)."""

from __future__ import annotations

import pytest

from hf_rules.rules.checks.fora import topic_key
from tests.unit.checks.support import findings

ORG = """\
parties:
  hf: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
fora:
  fsu-kvalitet:
    name: FSU kvalitet
    type: samarbeidsforum
    topic: Kvalitet og  pasientsikkerhet
    members:
      - {party: hf, role: Fagdirektør}
      - {party: lyngvik, role: Kommuneoverlege}
"""
LABEL = {"nb": "utvalg for kvalitet", "en": "committees on quality"}


@pytest.mark.parametrize(
    "written", ["kvalitet-og-pasientsikkerhet", "Kvalitet_og_pasientsikkerhet", "KVALITET OG PASIENTSIKKERHET"]
)
def test_forum_count_finds_the_topic_however_it_is_written(written: str) -> None:
    options = {"type": ["samarbeidsforum"], "topic": [written], "exactly": 1, "label": LABEL}
    assert findings("forum_count", options, ORG, kind="organisation") == []


def test_forum_count_still_misses_another_topic() -> None:
    options = {"type": ["samarbeidsforum"], "topic": ["kvalitet-og-pasientsikkerhet-barn"], "min": 1, "label": LABEL}
    assert findings("forum_count", options, ORG, kind="organisation") == [("too-few", 4)]


def test_fora_cover_values_reads_the_topic_however_it_is_written() -> None:
    options = {"field": "topic", "values": ["kvalitet_og_pasientsikkerhet", "legemidler"]}
    assert findings("fora_cover_values", options, ORG, kind="organisation") == [("missing:legemidler", 4)]


def test_the_helper() -> None:
    assert topic_key(" Kvalitet  og_pasient-sikkerhet ") == "kvalitet og pasient sikkerhet"
    assert topic_key("kvalitet-og-pasientsikkerhet") == topic_key("Kvalitet og pasientsikkerhet")
