"""Forum types that may not be used (the fora replaced on 01.01.2021).

With ``since``, only an organisation in force on or after that date (or that gives no
``effective_from``) is held to it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import Example, Subject, Violation
from hf_rules.rules.checks.words import words

NAME = "forum_type_not_allowed"
SUBJECTS = frozenset({"forum"})
PARAMS: dict[str, str] = {
    "forum_type": "The forum's type, which is not allowed.",
    "since": "The date the type is not allowed from (the option); `-` without one.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "types": words("forum_types", "Forum types that are not allowed."),
        "since": {
            "type": "string",
            "format": "date",
            "description": "Only for organisations effective on or after this date (or with no date).",
        },
    },
    "required": ["types"],
    "additionalProperties": False,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    since = options.get("since")  # optional, no default
    effective = subject.org.model.metadata.effective_from
    if since is not None and effective is not None and effective < dt.date.fromisoformat(since):
        return
    if subject.org.forum_is(forum, options["types"]):
        yield Violation(
            subject.at("type"),
            f"type:{forum.type}",
            {"forum_type": forum.type, "since": since or "-"},
            {"type": forum.type, "effective_from": str(effective) if effective else None},
        )


_ORG = """\
metadata: {id: example, name: Example, effective_from: 2021-01-01}
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
fora:
  forum: {name: Forum, type: %s}
"""
EXAMPLES = (
    Example(
        "A strategic committee",
        {"types": ["direktormote"], "since": "2021-01-01"},
        _ORG % "strategisk-samarbeidsutvalg",
    ),
    Example(
        "A direktørmøte after 2021",
        {"types": ["direktormote"], "since": "2021-01-01"},
        _ORG % "direktormote",
        expect=("type:direktormote",),
    ),
)
