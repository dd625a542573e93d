"""side_balance: a GP, user or employee seat counts for the side it gives."""

from __future__ import annotations

from tests.unit.checks.support import findings

ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
  oslo: {name: Oslo, type: kommune, side: kommune}
fora:
  ssu:
    name: SSU
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Direktør}
      - {party: oslo, role: Byrådsleder}
      - {represents: bruker, role: Brukerrepresentant%s}
"""


def test_a_constituency_seat_without_a_side_is_left_out() -> None:
    assert findings("side_balance", {"max_difference": 0}, ORG % "") == []


def test_a_constituency_seat_with_a_side_counts_for_it() -> None:
    assert findings("side_balance", {"max_difference": 0}, ORG % ", side: kommune") == [("parity", 8)]
    assert findings("side_balance", {"sides": {"sykehus": {"min": 2}}}, ORG % ", side: sykehus") == []
    assert findings("side_balance", {"sides": {"sykehus": {"min": 2}}}, ORG % "") == [("side:sykehus", 8)]
