"""Shared reading of a meeting plan's chair periods: the periods in date order, and what a
chair party stands for in the forum's rotation."""

from __future__ import annotations

from hf_rules.documents.entries import OrgEntry
from hf_rules.documents.model import ChairPeriod
from hf_rules.documents.references import SIDES


def ordered_periods(chairs: list[ChairPeriod]) -> list[tuple[int, ChairPeriod]]:
    """``(index in the document, period)`` sorted by start date."""
    return sorted(enumerate(chairs), key=lambda pair: (pair[1].from_, pair[0]))


def period_text(period: ChairPeriod) -> str:
    return f"{period.from_.isoformat()}–{period.to.isoformat()}"


def rotation_slot(org: OrgEntry, party_id: str, rotation: list[str]) -> str | None:
    """Which entry of ``chair_rotation`` a chair party fills: its side, itself, or a party it is
    part of (Helseetaten chairs for Oslo kommune)."""
    side = org.side_of(party_id)
    current: str | None = party_id
    seen: set[str] = set()
    while current is not None and current not in seen:
        if current in rotation:
            return current
        seen.add(current)
        party = org.party(current)
        current = party.part_of if party else None
    if side in rotation and side in SIDES:
        return side
    return None
