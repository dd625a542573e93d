"""Seats are held by someone appointed: no seat holder or deputy is still a placeholder.

``hf-rules fix`` adds a missing GP, user or employee seat with the placeholder ``Ikke oppnevnt``
("not appointed") so the structure is complete on paper; this check keeps reminding until a
name is written in. Member and observer seats are read, both ``person`` and ``deputy`` (the
deputy's name, ``deputy: {person: ...}`` where the deputy is written as a mapping). A seat that gives
no ``person`` (a seat that stands for a whole ``body``, an invited guest) is not reported: this check
reads placeholders, it never asks for a name. A value
is a placeholder when it is one of ``placeholders`` or begins with one up to a word boundary,
case aside ("Under avklaring (HMR)" for ``Under avklaring``).

With ``secretariat: true`` the seats of the forum's secretariat are read too; applied to the
organisation, the rule reads the seats of the health community's secretariat (a secretariat is
not a forum, so forum rules leave its seats alone unless they ask for them). A secretariat's seats
are both its daily ``members`` and those with overall responsibility, ``responsible`` (a finding's
key names the group: ``secretariat`` or ``responsible``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.documents.model import Seat
from hf_rules.rules.checks.base import Example, Subject, Violation, secretariat_of
from hf_rules.rules.checks.seats import deputy_person, role_matches, seat_text
from hf_rules.yaml.loader import Path_

NAME = "seats_filled"
SUBJECTS = frozenset({"forum", "organisation"})
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
            "(the whole value or its beginning up to a word boundary, case aside).",
        },
        "secretariat": {
            "type": "boolean",
            "default": False,
            "description": "Also the seats of the forum's secretariat (on an organisation: the health "
            "community's secretariat, which it reads in any case).",
        },
    },
    "required": ["placeholders"],
    "additionalProperties": False,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    placeholders: list[str] = options["placeholders"]
    seats: list[tuple[Path_, str, Seat]] = []
    if subject.kind == "forum":
        forum = subject.forum
        assert forum is not None
        for group in ("members", "observers"):
            seats += [(subject.at(group, i), group, s) for i, s in enumerate(getattr(forum, group))]
    if subject.kind == "organisation" or options["secretariat"]:
        secretariat, at = secretariat_of(subject)
        if secretariat is not None:
            seats += [((*at, "members", i), "secretariat", s) for i, s in enumerate(secretariat.members)]
            seats += [((*at, "responsible", i), "responsible", s) for i, s in enumerate(secretariat.responsible)]
    for path, group, seat in seats:
        for field_name in ("person", "deputy"):
            value = seat.person if field_name == "person" else deputy_person(seat)
            if value is not None and any(role_matches(value, p) for p in placeholders):
                yield Violation(
                    (*path, field_name),
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
    Example(
        "The GP seat's holder is still being settled («Under avklaring (HMR)»)",
        {"placeholders": ["Under avklaring"]},
        _ORG % "Under avklaring (HMR)",
        expect=("placeholder:members:fastlege:Fastlegerepresentant:person",),
    ),
    Example(
        "A seat of the community's secretariat is still a placeholder",
        {"placeholders": ["Under avklaring"]},
        _ORG % "Kari Lege"
        + "secretariat:\n  run_by: [ous]\n  members:\n    - {party: ous, role: Rådgiver, person: Under avklaring}\n",
        kind="organisation",
        expect=("placeholder:secretariat:ous:Rådgiver:person",),
    ),
    Example(
        "A seat with overall responsibility for the community's secretariat is still a placeholder",
        {"placeholders": ["Ikke oppnevnt"]},
        _ORG % "Kari Lege"
        + "secretariat:\n  run_by: [ous]\n  responsible:\n    - {party: ous, role: Samhandlingssjef, person: Ikke oppnevnt}\n",
        kind="organisation",
        expect=("placeholder:responsible:ous:Samhandlingssjef:person",),
    ),
)
