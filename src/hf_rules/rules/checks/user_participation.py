"""A forum documents how user participation is secured: a user seat or ``user_participation``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import Subject, Violation

NAME = "user_participation"
SUBJECTS = frozenset({"forum"})
PARAMS: frozenset[str] = frozenset()
OPTIONS: dict[str, Any] = {"type": "object", "additionalProperties": False}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    has_seat = any(s.represents == "bruker" for s in [*forum.members, *forum.observers])
    if not has_seat and not forum.user_participation:
        yield Violation(subject.base, "undocumented", {}, {"user_seat": False, "user_participation": None}, at_key=True)
