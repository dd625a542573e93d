"""Seats are held by someone appointed: no seat's holder, deputy or post is still a vacancy marker.

``hf-rules fix`` adds a missing GP, user or employee seat with the placeholder ``Ikke oppnevnt``
("not appointed") so the structure is complete on paper; this check keeps reminding until a
name is written in. Member and observer seats are read, three fields of each (``fields``, all
three unless the rule names fewer): ``person``, ``deputy`` (the deputy's name, ``deputy: {person:
...}`` where the deputy is written as a mapping) and ``role`` (a roster line «Søre Sunnmøre —
Under avklaring» written ``{party: sore-sunnmore-ipr, role: Under avklaring}``). A seat that gives
no ``person`` (a seat that stands for a whole ``body``, an invited guest) is not reported: this check
reads vacancy markers, it never asks for a name.

A value is a vacancy marker when it is one of the markers, begins with one up to a word boundary,
or gives one in parentheses («Kommunedirektør (vakant)»), case aside: the curated markers below,
in bokmål and nynorsk, always, and the rule's own ``placeholders`` besides («Under avklaring
(HMR)» is ``Under avklaring``). The curated markers: «Ikke oppnevnt», «Ikke utnevnt», «Ikke
valgt», «Ikkje oppnemnd», «Ikkje oppnemnt», «Ikkje vald», «Ikkje valt», «Under avklaring», «Ikke
avklart», «Ikkje avklart», «Uavklart», «Avklares», «Vakant», «Ledig», «Ubesatt», «Ikke besatt»,
«Ikkje besett», «Ikkje sett», «Ikkje sett inn», «Kommer», «Kjem», «Følger», «Fylgjer», «TBD»,
«TBA», «N.N.», «NN», «?», «-», «–». A marker is matched as a whole word: «Kommunedirektør» is not
«Kommer».

With ``secretariat: true`` the seats of the forum's secretariat are read too; applied to the
organisation, the rule reads the seats of the health community's secretariat (a secretariat is
not a forum, so forum rules leave its seats alone unless they ask for them). A secretariat's seats
are both its daily ``members`` and those with overall responsibility, ``responsible`` (a finding's
key names the group: ``secretariat`` or ``responsible``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from hf_rules.documents.model import Seat
from hf_rules.rules.checks.base import Example, Subject, Violation, secretariat_of
from hf_rules.rules.checks.seats import deputy_person, role_matches, seat_text
from hf_rules.yaml.loader import Path_

VACANCY_MARKERS: tuple[str, ...] = (
    "Ikke oppnevnt",
    "Ikke utnevnt",
    "Ikke valgt",
    "Ikkje oppnemnd",
    "Ikkje oppnemnt",
    "Ikkje vald",
    "Ikkje valt",
    "Under avklaring",
    "Ikke avklart",
    "Ikkje avklart",
    "Uavklart",
    "Avklares",
    "Vakant",
    "Ledig",
    "Ubesatt",
    "Ikke besatt",
    "Ikkje besett",
    "Ikkje sett",
    "Kommer",
    "Kjem",
    "Følger",
    "Fylgjer",
    "TBD",
    "TBA",
    "N.N.",
    "NN",
    "?",
    "-",
    "–",
)
"""What rosters write where nobody is appointed yet, in bokmål and nynorsk (see the module's text)."""

_IN_PARENTHESES = re.compile(r"\(([^()]*)\)")
FIELDS = ("person", "deputy", "role")

NAME = "seats_filled"
SUBJECTS = frozenset({"forum", "organisation"})
PARAMS: dict[str, str] = {
    "seat": "The seat: `party (role, level)`.",
    "role": "The seat's role (its constituency when it gives no role).",
    "field": "The field that holds a vacancy marker (`person`, `deputy`, `role`).",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "placeholders": {
            "type": "array",
            "minItems": 1,
            "default": [],
            "items": {"type": "string", "minLength": 1},
            "description": "Further values that mean nobody is appointed yet, beside the curated vacancy markers "
            "(«Under avklaring», «Vakant», «Ikkje oppnemnd», «TBD», «N.N.», «?» …, always read): the whole value, "
            "its beginning up to a word boundary, or words in parentheses, case aside.",
        },
        "fields": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": True,
            "items": {"enum": list(FIELDS)},
            "default": list(FIELDS),
            "description": "The seat fields read: `person`, `deputy` (the deputy's name) and `role`; all three "
            "unless the rule names fewer.",
        },
        "secretariat": {
            "type": "boolean",
            "default": False,
            "description": "Also the seats of the forum's secretariat (on an organisation: the health "
            "community's secretariat, which it reads in any case).",
        },
    },
    "additionalProperties": False,
}


def is_vacancy(value: str, markers: list[str]) -> bool:
    """Whether ``value`` is a vacancy marker: one of ``markers``, beginning with one up to a word
    boundary, or giving one in parentheses («Kommunedirektør (vakant)»), case aside."""
    texts = [value, *(inner.strip() for inner in _IN_PARENTHESES.findall(value))]
    return any(role_matches(text, marker) for text in texts if text for marker in markers)


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    placeholders: list[str] = list(dict.fromkeys([*VACANCY_MARKERS, *options["placeholders"]]))
    fields: list[str] = options["fields"]
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
        for field_name in fields:
            value = {"person": seat.person, "deputy": deputy_person(seat), "role": seat.role}[field_name]
            if value is not None and is_vacancy(value, placeholders):
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
        "The roster gives no name, only «Under avklaring» in place of the post (a curated marker)",
        {},
        _ORG.replace("Fastlegerepresentant, person: %s", "Under avklaring") % (),
        expect=("placeholder:members:fastlege:Under avklaring:role",),
    ),
    Example(
        "The post is written with «(vakant)» after it (a curated marker, nynorsk or bokmål)",
        {"fields": ["role"]},
        _ORG.replace("Fastlegerepresentant, person: %s", "Fastlegerepresentant (vakant)") % (),
        expect=("placeholder:members:fastlege:Fastlegerepresentant (vakant):role",),
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
