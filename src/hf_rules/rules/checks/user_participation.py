"""A forum documents how user participation is secured: a user seat or ``user_participation``.

A user seat is a member or observer seat that ``represents: bruker``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import Example, Subject, Violation

NAME = "user_participation"
SUBJECTS = frozenset({"forum"})
PARAMS: dict[str, str] = {}
OPTIONS: dict[str, Any] = {"type": "object", "additionalProperties": False}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    has_seat = any(s.represents == "bruker" for s in [*forum.members, *forum.observers])
    if not has_seat and not forum.user_participation:
        yield Violation(subject.base, "undocumented", {}, {"user_seat": False, "user_participation": None}, at_key=True)


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: ous, role: Direktør}
%s"""
EXAMPLES = (
    Example(
        "A user representative sits in the forum", {}, _ORG % "      - {represents: bruker, role: Brukerrepresentant}\n"
    ),
    Example("No user seat and nothing said", {}, _ORG % "", expect=("undocumented",)),
)
