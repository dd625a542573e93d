"""docs/writing-a-pack.md: a mandate ``wording`` is matched exactly as written (whole words, case and
punctuation aside), not in another inflected form; alternatives or ``any_of`` stems take those."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.checks.support import findings

ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
fora:
  ssu:
    name: SSU
    type: strategisk-samarbeidsutvalg
    mandate:
      - %s
"""
LABEL = {"nb": "beslutte", "en": "decide"}


def _missing(item: dict[str, Any], entry: str) -> list[tuple[str, int]]:
    return findings("mandate", {"items": [{**item, "label": LABEL}]}, ORG % entry, subject="ssu")


@pytest.mark.parametrize("entry", ["Beslutter saker om samhandling", "Treffe beslutning i saker om samhandling"])
def test_a_wording_is_not_met_by_another_form(entry: str) -> None:
    assert _missing({"wording": ["beslutte"]}, entry) == [("missing:decide", 7)]


@pytest.mark.parametrize("entry", ["Beslutte saker om samhandling", "Beslutter saker om samhandling"])
def test_alternatives_and_stems_take_the_forms(entry: str) -> None:
    assert _missing({"wording": ["beslutte", "beslutter"]}, entry) == []
    assert _missing({"any_of": ["beslutt"]}, entry) == []
