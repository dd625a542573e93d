"""Seats of a kind (e.g. the GP representative) have a named deputy (vararepresentant).

The seats are those the ``where`` selector picks (see *Seat selectors*) among the member seats,
the observer seats, or both (``group``, default both: a GP who sits as an observer needs a deputy
as much as one who is a member). ``where`` is required: ``where: {}`` picks every seat ("every
member has a deputy": ``where: {}``, ``group: members``). A seat has a deputy when it gives
``deputy``, as a name or as a mapping (a placeholder name such as «Ikke oppnevnt» or «Ikkje
oppnemnd» counts here; ``seats_filled`` reports placeholders, so a pack that requires deputies
appointed pairs the two).

Two kinds of seat are not asked unless ``where`` names them: an invited observer
(``invited: true``, a guest; as every selector, ``where`` passes it over unless it says
``invited``), and a seat that stands for a whole body (``body``: «Føretaksstyret», the whole board
attends, so nobody stands in for it) unless ``where`` says ``body`` or ``has_body``.

``deputy_side`` asks where each deputy comes from: ``same`` (the deputy is from the seat's side:
"Vararepresentant kommune / Vararepresentant HMR") or ``other``. The deputy's side is its own
``side``, else its ``party``'s; the seat's is its own ``side``, else its party's. A deputy given by
name only, or a seat whose side is not known, is reported too: the document does not show where
the deputy comes from (write ``deputy: {person: ..., side: kommune}`` or ``{party: ...}``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from hf_rules.core.i18n import phrase
from hf_rules.documents.model import Seat
from hf_rules.rules.checks.base import Example, Subject, Violation
from hf_rules.rules.checks.remedy import PLACEHOLDER, Remedy
from hf_rules.rules.checks.seats import (
    GROUP_OPTION,
    SEAT_FILTER,
    deputy_person,
    deputy_side,
    negations,
    seat_matches,
    seat_side,
    seat_text,
    seats_of,
)

NAME = "deputy_required"
SUBJECTS = frozenset({"forum"})
PARAMS: dict[str, str] = {
    "seat": "The seat without a deputy (or with one from the wrong side): `party (role, level)`, or "
    "`represents:KIND (role)`.",
    "role": "The seat's role (its constituency when it gives no role).",
    "problem": "What is wrong: no deputy; a deputy from the wrong side; a deputy whose side is not given.",
    "side": "The seat's side (empty when not known).",
    "deputy_side": "The deputy's side (empty when there is no deputy or its side is not known).",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "where": {**SEAT_FILTER, "description": "Which seats need a deputy; `{}` for every seat."},
        "group": {**GROUP_OPTION, "default": "all"},
        "deputy_side": {
            "enum": ["same", "other"],
            "description": "The deputy comes from the seat's side (same) or the other side (other). Left out: "
            "any side.",
        },
    },
    "required": ["where"],
    "additionalProperties": False,
}
_BODY_CRITERIA = ("body", "has_body")


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    where = options["where"]
    asks_bodies = any(name in where or any(name in one for one in negations(where)) for name in _BODY_CRITERIA)
    wanted_side = options.get("deputy_side")
    for group, index, seat in seats_of(forum, options["group"]):
        if not seat_matches(subject, seat, where, group) or (seat.body is not None and not asks_bodies):
            continue
        who = f"{seat.party or seat.represents}:{seat.role or ''}"
        params = {"seat": seat_text(subject.org, seat), "role": seat.role or str(seat.represents)}
        if not seat.deputy:
            # the key of a member seat is as before, so baselines and waivers keep holding
            prefix = "no-deputy" if group == "members" else "no-deputy-observer"
            yield Violation(
                subject.at(group, index),
                f"{prefix}:{who}",
                {**params, "problem": phrase("deputy-missing"), "side": "", "deputy_side": ""},
                {"seat": seat_text(subject.org, seat), "person": seat.person, "deputy": None},
            )
            continue
        if wanted_side is None:
            continue
        own, theirs = seat_side(subject.org, seat), deputy_side(subject.org, seat)
        if own is None or theirs is None:
            problem, key = phrase("deputy-side-unknown"), f"deputy-side-unknown:{group}:{who}"
        elif (own == theirs) != (wanted_side == "same"):
            problem = phrase(f"deputy-side-{wanted_side}", side=own, deputy_side=theirs)
            key = f"deputy-side-{wanted_side}:{group}:{who}:{theirs}"
        else:
            continue
        yield Violation(
            subject.at(group, index, "deputy"),
            key,
            {**params, "problem": problem, "side": own or "", "deputy_side": theirs or ""},
            {
                "seat": seat_text(subject.org, seat),
                "side": own,
                "deputy": deputy_person(seat),
                "deputy_side": theirs,
                "wanted": wanted_side,
            },
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
_SIDES = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
  oslo: {name: Oslo kommune, type: kommune, side: kommune}
fora:
  lsu:
    name: Lokalt samarbeidsutvalg
    type: lokalt-samarbeidsutvalg
    members:
      - {party: ous, role: Direktør, deputy: %s}
      - {party: oslo, role: Bydelsdirektør, deputy: %s}
"""
_BODY = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
  oslo: {name: Oslo kommune, type: kommune, side: kommune}
  uio: {name: Universitetet i Oslo, type: etat, side: uavhengig}
fora:
  lsu:
    name: Lokalt samarbeidsutvalg
    type: lokalt-samarbeidsutvalg
    members:
      - {party: ous, body: Føretaksstyret%s}
      - {party: oslo, role: Bydelsdirektør, deputy: Kari Vara}
    observers:
      - {party: uio, role: Dekan, invited: true}
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
    Example(
        "Each member's deputy comes from the seat's own side (deputy_side: same)",
        {"where": {}, "group": "members", "deputy_side": "same"},
        _SIDES % ("{party: ous, role: Seksjonsleder}", "{side: kommune, person: Kari Vara}"),
    ),
    Example(
        "The hospital's deputy is from the municipalities, and the municipality's deputy is a name only",
        {"where": {}, "group": "members", "deputy_side": "same"},
        _SIDES % ("{side: kommune}", "Kari Vara"),
        expect=("deputy-side-same:members:ous:Direktør:kommune", "deputy-side-unknown:members:oslo:Bydelsdirektør"),
    ),
    Example(
        "The whole board is a seat (body): nobody stands in for it, and invited guests are not asked",
        {"where": {}},
        _BODY % "",
    ),
    Example(
        "A rule that names body seats asks them too",
        {"where": {"has_body": True}},
        _BODY % "",
        expect=("no-deputy:ous:",),
    ),
)
