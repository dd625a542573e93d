"""A party (e.g. each sector hospital, each municipality) has its own forum of a type (its
lokalt samarbeidsutvalg), or sits in one.

``by`` says what makes a forum the party's:

- ``sector`` (default): the forum's ``sector`` is the party (a sector hospital's LSU);
- ``seat``: the party, or one of its parts (a bydel of Oslo kommune), holds a seat in the forum:
  a member seat, or an observer seat too with ``group``; a seat shared by several parties
  (``shared_with``) is a seat of each of them;
- ``either``: one or the other.

With ``topic``, only fora with that ``topic`` (or one of a list) count (the OUS sector's
samarbeidsforum for ``somatikk``), and with ``priority_groups`` only fora that work for one of them
(see *Forum criteria*).

The count is of fora, not of seats: a party with two seats in one forum has one forum.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.core.errors import InputError
from hf_rules.documents.model import Forum
from hf_rules.rules.checks.base import (
    COUNT_BOUNDS,
    COUNT_EXACTLY,
    Example,
    LocalText,
    Subject,
    Violation,
    bound_problems,
    bounds,
    count_requirement,
)
from hf_rules.rules.checks.fora import FORUM_CRITERIA, fora_in_force, forum_meets
from hf_rules.rules.checks.seats import GROUP_OPTION, lineage, seat_parties, seats_of
from hf_rules.rules.checks.words import words
from hf_rules.yaml.loader import Document, Path_

NAME = "forum_for_party"
SUBJECTS = frozenset({"party"})
PARAMS: dict[str, str] = {
    "forum_type": "The forum types of the option, comma-separated.",
    "found": "How many such fora are the party's.",
    "requirement": "The bound in words: `at least 1`, `exactly 1`, ….",
    "topic": "The topics asked for, comma-separated; `-` without `topic`.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "type": words("forum_types", "Forum types."),
        "topic": {
            "anyOf": [{"type": "string", "minLength": 1}, FORUM_CRITERIA["topic"]],
            "description": "Only fora with this `topic` (or one of these) count, case, spacing, hyphens and underscores aside.",
        },
        "priority_groups": FORUM_CRITERIA["priority_groups"],
        **COUNT_BOUNDS,
        **COUNT_EXACTLY,
        "by": {
            "enum": ["sector", "seat", "either"],
            "default": "sector",
            "description": "What makes a forum the party's: its sector, a seat of the party, or either.",
        },
        "group": {**GROUP_OPTION, "default": "members", "description": "With by seat: which seats count."},
    },
    "required": ["type"],
    "additionalProperties": False,
}


def _belongs(subject: Subject, forum: Forum, options: dict[str, Any]) -> bool:
    by_sector = forum.sector == subject.id
    if options["by"] == "sector":
        return by_sector
    by_seat = any(
        subject.id in lineage(subject.org, pid)
        for _, _, s in seats_of(forum, options["group"])
        for pid in seat_parties(s)  # a shared seat is each of its parties'
    )
    return by_seat if options["by"] == "seat" else by_seat or by_sector


def validate(rule: Any, doc: Document, base: Path_) -> list[InputError]:
    """``exactly`` with ``min`` or ``max``, or ``min`` above ``max``: located pack errors."""
    return bound_problems(rule.id, doc, base, rule.check.options)


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    topic = options.get("topic")
    topics = [topic] if isinstance(topic, str) else topic
    fora = [
        fid
        for fid, f in fora_in_force(subject.org, options["type"], subject.as_of)
        if _belongs(subject, f, options) and forum_meets(f, topics, options.get("priority_groups"))
    ]
    minimum, maximum = bounds(options, default_min=1)
    params: dict[str, LocalText] = {
        "forum_type": ", ".join(options["type"]),
        "found": str(len(fora)),
        "requirement": count_requirement(minimum, maximum),
        "topic": ", ".join(topics) if topics else "-",
    }
    evidence_key = "fora_with_this_sector" if options["by"] == "sector" else "fora_of_this_party"
    evidence = {"type": options["type"], evidence_key: fora, **({"topic": topic} if topic else {})}
    if minimum is not None and len(fora) < minimum:
        yield Violation(subject.base, "too-few", params, evidence, at_key=True)
    if maximum is not None and len(fora) > maximum:
        yield Violation(("fora", fora[maximum]), "too-many", params, evidence, at_key=True)


_ORG = """\
parties:
  vestfjord: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
  havbo: {name: Havbø kommune, type: kommune, side: kommune}
fora:
  fsu-eldre:
    name: Faglig samarbeidsutvalg eldre
    type: samarbeidsforum
    members:
      - {party: vestfjord, role: Klinikksjef}
      - {party: lyngvik, role: Kommunalsjef}
"""
EXAMPLES = (
    Example(
        "Lyngvik sits in a samarbeidsforum (by seat)",
        {"type": ["samarbeidsforum"], "by": "seat"},
        _ORG,
        subject="lyngvik",
    ),
    Example(
        "Havbø sits in no samarbeidsforum (by seat)",
        {"type": ["samarbeidsforum"], "by": "seat"},
        _ORG,
        subject="havbo",
        expect=("too-few",),
    ),
    Example(
        "By sector (the default) Lyngvik has none: no forum names it as its sector",
        {"type": ["samarbeidsforum"]},
        _ORG,
        subject="lyngvik",
        expect=("too-few",),
    ),
)
