"""Chairing goes round (``går på omgang``): consecutive periods alternate between the forum's
``chair_rotation`` entries, every chair fills one of them, and the chair is represented in the
forum: the party it belongs to (at the top of ``part_of``) holds a member seat, itself or through
one of its parts (Oslo kommune, or its Byrådsavdeling, chairs an LSU where its bydeler and etater
sit; Sunnaas, an observer, does not chair)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.documents.entries import OrgEntry
from hf_rules.rules.checks.base import Subject, Violation
from hf_rules.rules.checks.plan_helpers import ordered_periods, period_text, rotation_slot

NAME = "chair_alternation"
SUBJECTS = frozenset({"meeting_plan"})
PARAMS = frozenset({"period", "party_name", "slot", "rotation", "problem"})
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "chair_represented": {
            "type": "boolean",
            "description": "The party the chair belongs to (at the top of part_of) holds a member seat, "
            "itself or through one of its parts (default true).",
        },
    },
    "additionalProperties": False,
}


def _lineage(org: OrgEntry, party_id: str) -> set[str]:
    """The party and every party it is part of."""
    found: set[str] = set()
    current: str | None = party_id
    while current is not None and current not in found:
        found.add(current)
        party = org.party(current)
        current = party.part_of if party else None
    return found


def _represented(org: OrgEntry, party_id: str, member_parties: set[str]) -> bool:
    """Whether the party the chair belongs to (at the top of ``part_of``) holds a member seat, itself
    or through one of its parts: the Byrådsavdeling chairs for Oslo kommune where its bydeler sit."""
    chair_lineage = _lineage(org, party_id)
    return any(_top(org, chair_lineage) == _top(org, _lineage(org, member)) for member in member_parties)


def _top(org: OrgEntry, lineage: set[str]) -> str:
    """The party of a lineage that is part of no other (or, in a cycle, the first by id)."""
    tops = sorted(p for p in lineage if (party := org.party(p)) is None or party.part_of is None)
    return tops[0] if tops else sorted(lineage)[0]


def _problem(kind: str, slot: str | None) -> dict[str, str]:
    if kind == "outside":
        return {"nb": "hører ikke til noen i rotasjonen", "en": "is not one of those in the rotation"}
    if kind == "absent":
        return {"nb": "har ingen medlemsplass i forumet", "en": "holds no member seat in the forum"}
    return {
        "nb": f"leder igjen for «{slot}», som i forrige periode",
        "en": f"chairs again for '{slot}', as in the previous period",
    }


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.plan_forum
    rotation = forum.chair_rotation
    if not rotation:
        return  # the forum declares no rotation: chair_rotation_declared reports that
    org = subject.org
    members = {s.party for s in forum.members if s.party}
    previous_slot: str | None = None
    for index, period in ordered_periods(subject.meeting_plan.chairs):
        slot = rotation_slot(org, period.party, rotation)
        params = {
            "period": period_text(period),
            "party_name": org.party_name(period.party),
            "slot": slot or "-",
            "rotation": ", ".join(rotation),
        }
        evidence = {"party": period.party, "side": org.side_of(period.party), "slot": slot, "rotation": rotation}
        where = subject.at("chairs", index, "party")
        if slot is None:
            yield Violation(
                where, f"outside:{period.from_.isoformat()}", {**params, "problem": _problem("outside", slot)}, evidence
            )
        elif slot == previous_slot:
            yield Violation(
                where, f"repeat:{period.from_.isoformat()}", {**params, "problem": _problem("repeat", slot)}, evidence
            )
        if options.get("chair_represented", True) and not _represented(org, period.party, members):
            yield Violation(
                where,
                f"absent:{period.from_.isoformat()}",
                {**params, "problem": _problem("absent", slot)},
                {**evidence, "member_parties": sorted(members)},
            )
        previous_slot = slot
