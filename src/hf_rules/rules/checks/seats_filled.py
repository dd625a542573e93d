"""Seats are held by someone appointed: no seat holder or deputy is still a placeholder.

``hf-rules fix`` adds a missing GP, user or employee seat with the placeholder ``Ikke oppnevnt``
("not appointed") so the structure is complete on paper; this check keeps reminding until a
name is written in. Member and observer seats are read, both ``person`` and ``deputy``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import Example, Subject, Violation
from hf_rules.rules.checks.seats import seat_text

NAME = "seats_filled"
SUBJECTS = frozenset({"forum"})
PARAMS: dict[str, str] = {
    "seat": "The seat: `party (role, level)`.",
    "role": "The seat's role (its constituency when it gives no role).",
    "field": "The field that holds a placeholder (`person`, `deputy`).",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "placeholders": {
            "type": "array",
            "minItems": 1,
            "items": {"type": "string", "minLength": 1},
            "description": "Values of `person` or `deputy` that mean nobody is appointed yet "
            "(compared without regard to case or surrounding spaces).",
        },
    },
    "required": ["placeholders"],
    "additionalProperties": False,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    placeholders = {p.strip().casefold() for p in options["placeholders"]}
    for group in ("members", "observers"):
        for index, seat in enumerate(getattr(forum, group)):
            for field_name in ("person", "deputy"):
                value = getattr(seat, field_name)
                if value is not None and value.strip().casefold() in placeholders:
                    yield Violation(
                        subject.at(group, index, field_name),
                        f"placeholder:{group}:{seat.party or seat.represents}:{seat.role or ''}:{field_name}",
                        {
                            "seat": seat_text(subject.org, seat),
                            "role": seat.role or str(seat.represents),
                            "field": field_name,
                        },
                        {"seat": seat_text(subject.org, seat), field_name: value},
                    )


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: ous, role: Direktør}
      - {represents: fastlege, role: Fastlegerepresentant, person: %s}
"""
EXAMPLES = (
    Example("The GP seat is held by someone named", {"placeholders": ["Ikke oppnevnt"]}, _ORG % "Kari Lege"),
    Example(
        "The GP seat is still a placeholder",
        {"placeholders": ["Ikke oppnevnt"]},
        _ORG % "Ikke oppnevnt",
        expect=("placeholder:members:fastlege:Fastlegerepresentant:person",),
    ),
)
