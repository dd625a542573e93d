"""seat_term: seats have terms of office of the agreed length, aligned to the agreed start."""

from __future__ import annotations

from typing import Any

from tests.unit.checks.support import findings

ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
fora:
  ssu:
    name: SSU
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Direktør}
    observers:
      - {represents: bruker, role: Bruker%s}
"""
USERS = {"where": {"represents": ["bruker"]}}


def terms(extra: str, **options: Any) -> list[tuple[str, int]]:
    return findings("seat_term", {**USERS, **options}, ORG % extra)


def test_required_term_also_on_observer_seats() -> None:
    assert terms(", term: {from: 2024-01-01, to: 2025-12-31}") == []
    assert terms("") == [("no-term:observers:bruker:Bruker", 10)]
    assert terms("", required=False) == []
    assert terms("", group="members") == []


def test_years() -> None:
    assert terms(", term: {from: 2024-03-01, to: 2026-02-28}", years=2) == []
    assert terms(", term: {from: 2024-03-01, to: 2026-03-01}", years=2) == [("length:observers:bruker:Bruker", 10)]


def test_start_aligns_the_terms() -> None:
    assert terms(", term: {from: 2026-01-01, to: 2027-12-31}", years=2, start="2024-01-01") == []
    assert terms(", term: {from: 2025-01-01, to: 2026-12-31}", years=2, start="2024-01-01") == [
        ("aligned:observers:bruker:Bruker", 10)
    ]
