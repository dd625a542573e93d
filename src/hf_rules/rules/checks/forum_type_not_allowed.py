"""Forum types that may not be used (the fora replaced on 01.01.2021), or the only ones that may.

``types`` lists the types no forum may have; ``only`` instead lists the types every forum must
have one of ("a three-part structure of the partnerskapsmøte, the strategic committee and the
professional committees": ``only: [partnerskapsmote, strategisk-samarbeidsutvalg,
faglig-samarbeidsutvalg]``), a type declared ``kind_of`` one of them included. Give one of the
two: both together are refused when the pack loads. With ``since``, only an organisation in
force on or after that date (or that gives no ``effective_from``) is held to it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import Message
from hf_rules.rules.checks.base import Example, Subject, Violation
from hf_rules.rules.checks.words import words
from hf_rules.yaml.loader import Document, Path_

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
        "only": words("forum_types", "Instead of `types`: the forum types that are allowed; any other is not."),
        "since": {
            "type": "string",
            "format": "date",
            "description": "Only for organisations effective on or after this date (or with no date).",
        },
    },
    "anyOf": [{"required": ["types"]}, {"required": ["only"]}],
    "additionalProperties": False,
}


def validate(rule: Any, doc: Document, base: Path_) -> list[InputError]:
    """``types`` and ``only`` together: a located pack error."""
    options: dict[str, Any] = rule.check.options
    if "types" in options and "only" in options:
        where = doc.location((*base, "only"), key=True)
        return [InputError(where, Message("err-options-together", rule=rule.id, a="types", b="only"))]
    return []


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    since = options.get("since")  # optional, no default
    effective = subject.org.model.metadata.effective_from
    if since is not None and effective is not None and effective < dt.date.fromisoformat(since):
        return
    if "only" in options:
        refused = not subject.org.forum_is(forum, options["only"])
    else:
        refused = subject.org.forum_is(forum, options["types"])
    if refused:
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
    Example(
        "Only the three levels: a strategic committee is one of them",
        {"only": ["partnerskapsmote", "strategisk-samarbeidsutvalg", "samarbeidsforum"]},
        _ORG % "strategisk-samarbeidsutvalg",
    ),
    Example(
        "Only the three levels: an arbeidsgruppe is none of them",
        {"only": ["partnerskapsmote", "strategisk-samarbeidsutvalg", "samarbeidsforum"]},
        _ORG % "arbeidsgruppe",
        expect=("type:arbeidsgruppe",),
    ),
)
