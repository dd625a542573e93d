"""What a check function receives and returns.

A check function is a module in ``hf_rules.rules.checks`` with:

- ``NAME``: the name rule packs call it by;
- ``SUBJECTS``: the subject kinds it can be applied to;
- ``OPTIONS``: a JSON Schema of its options, checked when a rule pack loads;
- ``PARAMS``: the ``{placeholders}`` it fills for rule messages (beyond ``subject`` and
  ``subject_name``, which every check has);
- ``check(subject, options) -> Iterator[Violation]``;
- optionally ``validate(rule, doc, options_path) -> list[InputError]``: what a JSON Schema cannot
  say about the options (an ``expression`` compiles), checked when the pack loads;
- optionally ``remedy`` and ``complete_remedy``, what ``hf-rules fix`` may add
  (:mod:`hf_rules.rules.checks.remedy`).

A check that cannot be applied to a subject at all (an expression that fails on its data) raises
:class:`CheckError`; the engine reports it as a pack error at the option (exit 2).

Checks never format and never know the language: they give facts (``params``, ``evidence``);
the engine turns them into findings.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from hf_rules.documents.entries import OrgEntry, PlanEntry
from hf_rules.documents.model import Forum, MeetingPlan, Party, Seat
from hf_rules.yaml.loader import Document, Path_

SubjectKind = Literal["organisation", "party", "forum", "meeting_plan"]

LocalText = str | dict[str, str]
"""A parameter value: plain text, or ``{"nb": ..., "en": ...}`` that the engine localises."""


@dataclass(frozen=True)
class Subject:
    """What a rule is applied to: an organisation, or one party, forum or meeting plan in it."""

    kind: SubjectKind
    id: str
    name: str
    org: OrgEntry
    doc: Document
    base: Path_
    party: Party | None = None
    forum: Forum | None = None
    plan: PlanEntry | None = None

    def at(self, *rel: str | int) -> Path_:
        """The path of ``rel`` inside this subject, in its document."""
        return self.base + tuple(rel)

    @property
    def meeting_plan(self) -> MeetingPlan:
        assert self.plan is not None
        return self.plan.model

    @property
    def plan_forum(self) -> Forum:
        assert self.plan is not None
        return self.plan.forum


@dataclass
class Violation:
    """One way the subject fails the check.

    ``path`` is where in the subject's document to point (the most specific node: the seat, the
    chair period, the missing key's parent); ``key`` identifies the violation within the
    subject independently of line numbers, for fingerprints and baselines. ``facts``: what the
    check's own ``remedy`` needs to know (a small dataclass of the check's module, or None), so
    a remedy never parses ``key``, ``params`` or ``evidence``; not part of any report.
    """

    path: Path_
    key: str
    params: Mapping[str, LocalText] = field(default_factory=dict)
    evidence: dict[str, Any] = field(default_factory=dict)
    at_key: bool = False
    facts: object = None


class CheckError(Exception):
    """A rule that cannot be applied to a subject: a fault of the rule, reported at ``option``
    (a key of the check's options) in the pack, with the subject named."""

    def __init__(self, option: str, message: str) -> None:
        super().__init__(message)
        self.option = option
        self.message = message


class CheckModule(Protocol):
    NAME: str
    SUBJECTS: frozenset[str]
    OPTIONS: dict[str, Any]
    PARAMS: frozenset[str]

    def check(self, subject: Subject, options: dict[str, Any]) -> Iterator[Violation]: ...


def seat_text(org: OrgEntry, seat: Seat) -> str:
    """A short description of a seat for evidence: ``ous (Direktør, direktor)``."""
    who = seat.party if seat.party is not None else f"represents:{seat.represents}"
    extras = ", ".join(x for x in (seat.role, seat.level) if x)
    return f"{who} ({extras})" if extras else who


TEXT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"nb": {"type": "string", "minLength": 1}, "en": {"type": "string", "minLength": 1}},
    "required": ["nb", "en"],
    "additionalProperties": False,
}
STRINGS: dict[str, Any] = {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}
SEAT_FILTER: dict[str, Any] = {
    "type": "object",
    "description": "Which seats: every given criterion must hold.",
    "properties": {
        "party": {"type": "string", "description": "A party id, or '$sector' for the forum's sector hospital."},
        "party_type": STRINGS,
        "side": STRINGS,
        "represents": STRINGS,
        "level": STRINGS,
        "role": {
            **STRINGS,
            "description": "Role names. A seat's role matches a name when, case, repeated spaces and "
            "surrounding spaces aside, it is the name or begins with the name followed "
            "by a space, comma or parenthesis: 'Kommunaldirektør' matches "
            "'kommunaldirektør for helse og velferd', not 'Kommunaldirektørens rådgiver'.",
        },
        "same_sector": {"type": "boolean", "description": "The seat's party belongs to the forum's sector."},
        "speaking_rights": {"type": "boolean", "description": "The seat has (true) or lacks (false) speaking rights."},
    },
    "additionalProperties": False,
}


def seat_matches(subject: Subject, seat: Seat, criteria: dict[str, Any]) -> bool:
    """Whether ``seat`` meets every criterion of a seat filter (see ``SEAT_FILTER``)."""
    org = subject.org
    party = org.party(seat.party)
    wanted_party = criteria.get("party")
    if wanted_party is not None:
        if wanted_party == "$sector":
            wanted_party = subject.forum.sector if subject.forum else None
        if seat.party != wanted_party:
            return False
    if "party_type" in criteria and (party is None or party.type not in criteria["party_type"]):
        return False
    if "side" in criteria and (party is None or party.side not in criteria["side"]):
        return False
    if "represents" in criteria and seat.represents not in criteria["represents"]:
        return False
    if "level" in criteria and seat.level not in criteria["level"]:
        return False
    if "role" in criteria and not any(role_matches(seat.role, r) for r in criteria["role"]):
        return False
    if "speaking_rights" in criteria and bool(seat.speaking_rights) != criteria["speaking_rights"]:
        return False
    if criteria.get("same_sector"):
        sector = subject.forum.sector if subject.forum else None
        if party is None or sector is None:
            return False
        if seat.party != sector and party.sector != sector:
            return False
    return True


def _plain(text: str) -> str:
    return " ".join(text.casefold().split())


def role_matches(role: str | None, name: str) -> bool:
    """Whether a seat's role is the role ``name``: the same words (case and spacing aside), or
    the name followed by more words after a space, comma or parenthesis ("Kommunaldirektør for
    helse og velferd" is a Kommunaldirektør; "Kommunaldirektørens rådgiver" is not)."""
    if role is None:
        return False
    held, wanted = _plain(role), _plain(name)
    return held == wanted or (held.startswith(wanted) and held[len(wanted)] in " ,(")


def seats_of(forum: Forum, include_observers: bool) -> list[tuple[str, int, Seat]]:
    """``(group, index, seat)`` for the members, and the observers when asked."""
    seats = [("members", i, s) for i, s in enumerate(forum.members)]
    if include_observers:
        seats += [("observers", i, s) for i, s in enumerate(forum.observers)]
    return seats


def resolve_party(subject: Subject, party_id: str) -> str | None:
    """``$sector`` stands for the forum's sector hospital."""
    if party_id == "$sector":
        return subject.forum.sector if subject.forum else None
    return party_id


def count_requirement(minimum: int | None, maximum: int | None) -> dict[str, str]:
    """``at least 2`` / ``at most 3`` / ``exactly 1`` / ``between 1 and 3``, in both languages."""
    if minimum is not None and maximum is not None:
        if minimum == maximum:
            return {"nb": f"nøyaktig {minimum}", "en": f"exactly {minimum}"}
        return {"nb": f"mellom {minimum} og {maximum}", "en": f"between {minimum} and {maximum}"}
    if maximum is not None:
        return {"nb": f"høyst {maximum}", "en": f"at most {maximum}"}
    return {"nb": f"minst {minimum or 0}", "en": f"at least {minimum or 0}"}


COUNT_BOUNDS: dict[str, Any] = {
    "min": {"type": "integer", "minimum": 0},
    "max": {"type": "integer", "minimum": 0},
}
