"""Seats of a kind (e.g. the GP representative) have a named deputy (vararepresentant).

The seats are those the ``where`` selector picks (see *Seat selectors*) among the member seats,
the observer seats, or both (``group``, default both: a GP who sits as an observer needs a deputy
as much as one who is a member). ``where`` is required: ``where: {}`` picks every seat ("every
member has a deputy": ``where: {}``, ``group: members``). A seat has a deputy when it gives
``deputy`` (a placeholder name such as «Ikke oppnevnt» or «Ikkje oppnemnd» counts here;
``seats_filled`` reports placeholders, so a pack that requires deputies appointed pairs the two).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from hf_rules.documents.model import Seat
from hf_rules.rules.checks.base import Example, Subject, Violation
from hf_rules.rules.checks.remedy import PLACEHOLDER, Remedy
from hf_rules.rules.checks.seats import GROUP_OPTION, SEAT_FILTER, seat_matches, seat_text, seats_of

NAME = "deputy_required"
SUBJECTS = frozenset({"forum"})
PARAMS: dict[str, str] = {
    "seat": "The seat without a deputy: `party (role, level)`, or `represents:KIND (role)`.",
    "role": "The seat's role (its constituency when it gives no role).",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "where": {**SEAT_FILTER, "description": "Which seats need a deputy; `{}` for every seat."},
        "group": {**GROUP_OPTION, "default": "all"},
    },
    "required": ["where"],
    "additionalProperties": False,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    for group, index, seat in seats_of(forum, options["group"]):
        if seat_matches(subject, seat, options["where"], group) and not seat.deputy:
            # the key of a member seat is as before, so baselines and waivers keep holding
            prefix = "no-deputy" if group == "members" else "no-deputy-observer"
            yield Violation(
                subject.at(group, index),
                f"{prefix}:{seat.party or seat.represents}:{seat.role or ''}",
                {"seat": seat_text(subject.org, seat), "role": seat.role or str(seat.represents)},
                {"seat": seat_text(subject.org, seat), "person": seat.person, "deputy": None},
            )


def complete_remedy(subject: Subject, options: dict[str, Any], remedy: Remedy) -> Remedy:
    """A member seat that another rule's remedy adds, and that this rule covers, gets a
    placeholder deputy too (so the new GP seat does not fail this rule)."""
    item = remedy.item
    if remedy.key != "members" or not isinstance(item, dict) or "deputy" in item:
        return remedy
    if options["group"] == "observers" or not seat_matches(subject, Seat(**item), options["where"]):
        return remedy
    return replace(remedy, item={**item, "deputy": PLACEHOLDER}, placeholders=(*remedy.placeholders, "deputy"))


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
  oslo: {name: Oslo kommune, type: kommune, side: kommune}
fora:
  lsu:
    name: Lokalt samarbeidsutvalg
    type: lokalt-samarbeidsutvalg
    members:
      - {party: ous, role: Direktør}
      - {party: oslo, role: Bydelsdirektør}
    observers:
      - {represents: fastlege, role: Praksiskonsulent, person: Kari Lege%s}
"""
_SSU = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
  oslo: {name: Oslo kommune, type: kommune, side: kommune}
fora:
  lsu:
    name: Lokalt samarbeidsutvalg
    type: lokalt-samarbeidsutvalg
    members:
      - {party: ous, role: Direktør, position: leder}
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: oslo, role: Kommunedirektør}
      - {party: ous, role: Direktør, on_behalf_of: lsu%s}
"""
_LSU_SEATS = {"where": {"on_behalf_of": ["lokalt-samarbeidsutvalg"]}}
EXAMPLES = (
    Example("The LSU's seat in the SSU has a deputy", _LSU_SEATS, _SSU % ", deputy: Ola Vara", subject="ssu"),
    Example(
        "The LSU's seat in the SSU has no deputy (the director's own seat is not asked)",
        _LSU_SEATS,
        _SSU % "",
        subject="ssu",
        expect=("no-deputy:ous:Direktør",),
    ),
    Example("The GP observer has a deputy", {"where": {"represents": ["fastlege"]}}, _ORG % ", deputy: Per Lege"),
    Example(
        "The GP sits as an observer, without a deputy",
        {"where": {"represents": ["fastlege"]}},
        _ORG % "",
        expect=("no-deputy-observer:fastlege:Praksiskonsulent",),
    ),
    Example(
        "Every member seat has a deputy (where: {}, group: members); the observers are not asked",
        {"where": {}, "group": "members"},
        _ORG.replace("Direktør}", "Direktør, deputy: Ola Vara}").replace(
            "Bydelsdirektør}", "Bydelsdirektør, deputy: Kari Vara}"
        )
        % "",
    ),
    Example(
        "Every member seat has a deputy (where: {}, group: members): the municipality's seat has none",
        {"where": {}, "group": "members"},
        _ORG.replace("Direktør}", "Direktør, deputy: Ola Vara}") % "",
        expect=("no-deputy:oslo:Bydelsdirektør",),
    ),
    Example(
        "Only member seats are asked for a deputy (group: members)",
        {"where": {"represents": ["fastlege"]}, "group": "members"},
        _ORG % "",
    ),
)
