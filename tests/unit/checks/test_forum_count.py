"""forum_count: how many fora of a type, with min, max or exactly."""

from __future__ import annotations

from tests.unit.checks.support import findings

ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
fora:
  lsu-a: {name: LSU A, type: lokalt-samarbeidsutvalg}
  lsu-b: {name: LSU B, type: lokalt-samarbeidsutvalg}
"""
LSU = {"type": ["lokalt-samarbeidsutvalg"], "label": {"nb": "LSU", "en": "LSU"}}


def test_exactly_both_directions() -> None:
    assert findings("forum_count", {**LSU, "exactly": 2}, ORG) == []
    assert findings("forum_count", {**LSU, "exactly": 1}, ORG) == [("too-many", 5)]
    assert findings("forum_count", {**LSU, "exactly": 3}, ORG) == [("too-few", 3)]
