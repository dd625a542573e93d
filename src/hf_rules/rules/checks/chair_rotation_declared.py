"""A forum declares who takes turns to chair (``chair_rotation``), and it is the agreed set.

The declared entries are compared as a set with ``between`` (order aside; an entry given twice is
a mismatch). ``$sector`` stands for the forum's sector hospital. Who actually chairs is checked on
the meeting plans (``chair_alternation``).

A side stands for a party when the party (with its parts) is the whole of that side: in Oslo
every party on the municipal side is Oslo kommune or part of it, so ``[kommune, ous]`` declares
the rotation "mellom Oslo kommune og OUS" as ``[oslo-kommune, ous]`` does, and
``[oslo-kommune, sykehus]`` the one "mellom kommunen og sykehusene". A side with other parties
(the hospital side, with Ahus beside OUS) does not stand for one of them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import STRINGS, Example, Subject, Violation
from hf_rules.rules.checks.seats import resolve_party

NAME = "chair_rotation_declared"
SUBJECTS = frozenset({"forum"})
PARAMS: dict[str, str] = {
    "expected": "The rotation the rule expects (sides or parties), comma-separated.",
    "found": "The forum's `chair_rotation`, comma-separated; `-` when it declares none.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "between": {
            **STRINGS,
            "description": "Sides (kommune, sykehus) or party ids ('$sector': the forum's sector hospital).",
        },
    },
    "required": ["between"],
    "additionalProperties": False,
}


def _canonical(subject: Subject, entry: str) -> str:
    """A side that is wholly one party (with its parts) stands for that party; else ``entry``."""
    parties = subject.org.model.parties
    if entry in parties:
        return entry
    roots = {_root(subject, pid) for pid, p in parties.items() if p.side == entry}
    return roots.pop() if len(roots) == 1 else entry


def _root(subject: Subject, party_id: str) -> str:
    """The party that ``party_id`` is (through ``part_of``) part of, at the top."""
    seen: set[str] = set()
    current = party_id
    while current not in seen:
        seen.add(current)
        party = subject.org.party(current)
        if party is None or party.part_of is None:
            return current
        current = party.part_of
    return current


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    expected = [p for e in options["between"] if (p := resolve_party(subject, e)) is not None]
    found = forum.chair_rotation or []
    params = {"expected": ", ".join(expected), "found": ", ".join(found) or "-"}
    evidence = {"expected": expected, "chair_rotation": found}
    if forum.chair_rotation is None:
        yield Violation(subject.base, "missing", params, evidence, at_key=True)
        return
    read = [_canonical(subject, entry) for entry in found]
    wanted = {_canonical(subject, entry) for entry in expected}
    if set(read) != wanted or len(read) != len(set(read)):
        yield Violation(subject.at("chair_rotation"), "mismatch", params, evidence)


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
  ahus: {name: Akershus universitetssykehus, type: helseforetak, side: sykehus}
  oslo: {name: Oslo kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    meetings_per_year: 4
    chair_rotation: [kommune, sykehus]
    members:
      - {party: ous, role: Direktør}
      - {party: oslo, role: Byrådsleder}
"""
EXAMPLES = (
    Example("The forum alternates between the sides", {"between": ["kommune", "sykehus"]}, _ORG),
    Example(
        "The agreement has OUS and Oslo kommune take turns, by name; the hospital side also has Ahus",
        {"between": ["ous", "oslo"]},
        _ORG,
        expect=("mismatch",),
    ),
)
