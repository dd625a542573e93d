"""party_set: the parties of a type are a given list, so many, and each sits in a forum of a type."""

from __future__ import annotations

from typing import Any

from tests.unit.checks.support import findings

ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus, has_sector: true}
  oslo: {name: Oslo kommune, type: kommune, side: kommune}
  frogner: {name: Bydel Frogner, type: bydel, side: kommune, part_of: oslo}
  asker: {name: Asker, type: kommune, side: kommune}
fora:
  lsu:
    name: LSU
    type: lokalt-samarbeidsutvalg
    sector: hf
    members:
      - {party: hf, role: Direktør}
      - {party: frogner, role: Bydelsdirektør}
    observers:
      - {party: asker, role: Kommunalsjef}
"""
LABEL = {"nb": "kommunene", "en": "the municipalities"}


def parties(**options: Any) -> list[tuple[str, int]]:
    return findings("party_set", {"party_type": ["kommune"], "label": LABEL, **options}, ORG)


def test_ids_are_exactly_the_parties_of_the_type() -> None:
    assert parties(ids=["oslo", "asker"]) == []
    assert parties(ids=["oslo", "baerum"]) == [("missing:baerum", 1), ("extra:asker", 5)]


def test_count_of_the_parties() -> None:
    assert parties(exactly=2) == []
    assert parties(min=3) == [("too-few", 1)]
    assert parties(max=1) == [("too-many", 5)]


def test_each_sits_in_a_forum_by_seat_through_its_parts() -> None:
    """Oslo kommune sits in the LSU through Bydel Frogner; the LSU's sector is not read."""
    lsu = {"type": ["lokalt-samarbeidsutvalg"]}
    assert parties(in_forum=lsu) == [("no-forum:asker", 5)]
    assert parties(in_forum={**lsu, "group": "all"}) == []
    assert findings("party_set", {"party_type": ["helseforetak"], "label": LABEL, "in_forum": lsu}, ORG) == []
