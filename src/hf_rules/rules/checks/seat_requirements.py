"""Conditions every seat of a kind must meet (e.g. bydel seats at director level, from the sector).

Every seat that the ``where`` selector picks (all seats when left out) must meet the ``must``
selector (see *Seat selectors*). ``group`` says whether member seats, observer seats or both are
looked at (default: members)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.core.i18n import phrase
from hf_rules.documents.model import Seat
from hf_rules.rules.checks.base import TEXT_SCHEMA, Example, LocalText, Subject, Violation
from hf_rules.rules.checks.seats import GROUP_OPTION, SEAT_FILTER, seat_matches, seat_text

NAME = "seat_requirements"
SUBJECTS = frozenset({"forum"})
PARAMS: dict[str, str] = {
    "label": "The rule's `label`.",
    "seat": "The seat that does not meet `must`: `party (role, level)`.",
    "party_name": "Name of the seat's party (its constituency for a GP, user or employee seat).",
    "role": "The seat's role; empty when it gives none.",
    "problem": "The first condition of `must` the seat fails, as a clause: `gives no `level``, `has `level: leder``, "
    "or `does not meet `any_of`` for a condition that reads more than one field.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "where": {
            **SEAT_FILTER,
            "default": {},
            "description": "Which seats the condition applies to (all when left out).",
        },
        "must": {**SEAT_FILTER, "description": "What each of those seats must meet."},
        "group": {**GROUP_OPTION, "default": "members"},
        "label": TEXT_SCHEMA,
    },
    "required": ["must", "label"],
    "additionalProperties": False,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    group = options["group"]
    groups = ("members", "observers") if group == "all" else (group,)
    where = options["where"]
    for name in groups:
        for index, seat in enumerate(getattr(forum, name)):
            if not seat_matches(subject, seat, where, name) or seat_matches(
                subject, seat, options["must"], name, requirement=True
            ):
                continue
            who = seat.party or f"represents:{seat.represents}"
            failed = next(
                (
                    k
                    for k, v in options["must"].items()
                    if not seat_matches(subject, seat, {k: v}, name, requirement=True)
                ),
                None,
            )
            yield Violation(
                subject.at(name, index),
                f"seat:{who}:{seat.role or ''}",
                {
                    "label": options["label"],
                    "seat": seat_text(subject.org, seat),
                    "party_name": subject.org.party_name(seat.party) if seat.party else str(seat.represents),
                    "role": seat.role or "",
                    "problem": _problem(seat, failed),
                },
                {"seat": seat_text(subject.org, seat), "must": options["must"]},
            )


_FIELDS = {
    "level": "level",
    "role": "role",
    "role_is": "role",
    "position": "positions",
    "represents": "represents",
    "appointed_by": "appointed_by",
    "appointed_by_is": "appointed_by",
    "nominated_by": "nominated_by",
    "nominated_by_is": "nominated_by",
    "decision_authority": "decision_authority",
    "speaking_rights": "speaking_rights",
    "proposal_rights": "proposal_rights",
    "site": "site",
    "side": "side",
}
"""The conditions of ``must`` that read one field of the seat, by that field's name in the model."""


def _problem(seat: Seat, failed: str | None) -> LocalText:
    """What the seat lacks or has for the condition ``failed`` (the first of ``must`` it fails)."""
    if failed is None:  # met one by one, not together (``not`` and the like): the whole of ``must``
        return phrase("seatreq-fails", field="must")
    field = _FIELDS.get(failed)
    if field is None:
        return phrase("seatreq-fails", field=failed)
    value = getattr(seat, field)
    if value is None or value == []:
        return phrase("seatreq-gives-no", field=failed if field != "positions" else "position")
    shown = (
        ", ".join(map(str, value))
        if isinstance(value, list)
        else str(value).lower()
        if isinstance(value, bool)
        else str(value)
    )
    return phrase("seatreq-has", field=failed if field != "positions" else "position", value=shown)


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
  frogner: {name: Bydel Frogner, type: bydel, side: kommune}
fora:
  lsu:
    name: Lokalt samarbeidsutvalg
    type: lokalt-samarbeidsutvalg
    members:
      - {party: ous, role: Direktør, level: direktor}
      - {party: frogner, role: Bydelsdirektør, level: %s}
"""
_BOARD = """\
parties:
  drammen: {name: Drammen kommune, type: kommune, side: kommune}
  asker: {name: Asker kommune, type: kommune, side: kommune}
fora:
  styre:
    name: Samarbeidsstyret
    type: samarbeidsforum  # in a pack: a type of its own (the municipalities' board is no joint forum)
    members:
      - {party: drammen, role: Kommunaldirektør, appointed_by: drammen}
      - {party: asker, role: Kommunaldirektør, appointed_by: %s}
"""
_AGDER = """\
parties:
  arendal: {name: Arendal kommune, type: kommune, side: kommune, region: ostre-agder}
  kristiansand: {name: Kristiansand kommune, type: kommune, side: kommune, region: vestre-agder}
regions:
  ostre-agder: {name: Østre Agder}
  vestre-agder: {name: Vestre Agder}
fora:
  koss:
    name: Kommunalt samarbeidsforum
    type: samarbeidsforum
    members:
      - {party: arendal, role: Rådmann, nominated_by: Regionrådet i Østre Agder}
      - {party: kristiansand, role: Rådmann, nominated_by: %s}
"""
_OWN_REGION = {
    "where": {"party_type": ["kommune"]},
    "must": {"nominated_by_own_region": True},
    "label": {"nb": "foreslått av eget regionråd", "en": "nominated by its own regional council"},
}
_APPOINTED = {
    "must": {"appointed_by_party_type": ["kommune"]},
    "label": {"nb": "pekt ut av en kommune", "en": "appointed by a municipality"},
}
_SU = """\
parties:
  finnmarkssykehuset: {name: Finnmarkssykehuset HF, type: helseforetak, side: sykehus}
  alta: {name: Alta kommune, type: kommune, side: kommune}
fora:
  su:
    name: Samhandlingsutvalget
    type: strategisk-samarbeidsutvalg
    members:
      - {party: finnmarkssykehuset, role: Administrerende direktør, decision_authority: true}
      - {party: alta, role: Kommunalsjef helse%s}
"""
_JOINTLY = """\
bodies:
  kommunedirektorene: {name: Kommunedirektørene i Finnmark, party_types: [kommune]}
parties:
  finnmarkssykehuset: {name: Finnmarkssykehuset HF, type: helseforetak, side: sykehus}
  hammerfest: {name: Hammerfest kommune, type: kommune, side: kommune}
  vadso: {name: Vadsø kommune, type: kommune, side: kommune}
fora:
  su:
    name: Samhandlingsutvalget
    type: strategisk-samarbeidsutvalg
    members:
      - {party: finnmarkssykehuset, role: Administrerende direktør}
      - {party: hammerfest, role: Kommunedirektør, appointed_by: Kommunestyret i Hammerfest}
      - {party: vadso, role: Kommunedirektør, appointed_by: %s}
"""
_BY_SIDE = {
    "where": {"party_type": ["kommune"]},
    "must": {"appointed_by_side": ["kommune"]},
    "label": {"nb": "oppnevnt av kommunene", "en": "appointed by the municipalities"},
}
_AUTHORITY = {
    "where": {"not": {"represents": ["fastlege", "bruker", "ansatt"]}},
    "must": {"decision_authority": True},
    "label": {"nb": "representanter med beslutningsmyndighet", "en": "representatives with decision authority"},
}
_OPTIONS = {
    "where": {"party_type": ["bydel"]},
    "must": {"level": ["direktor"]},
    "label": {"nb": "bydeler på direktørnivå", "en": "bydeler at director level"},
}
EXAMPLES = (
    Example("The bydel sits at director level", _OPTIONS, _ORG % "direktor"),
    Example("The bydel sits at leader level", _OPTIONS, _ORG % "leder", expect=("seat:frogner:Bydelsdirektør",)),
    Example(
        "The municipalities appoint the representatives: each names a municipality in appointed_by",
        _APPOINTED,
        _BOARD % "drammen",
        subject="styre",
    ),
    Example(
        "One representative appointed by KS",
        _APPOINTED,
        _BOARD % "KS",
        subject="styre",
        expect=("seat:asker:Kommunaldirektør",),
    ),
    Example(
        "The municipalities appoint, each its own or jointly: a kommunestyre, and a body the document declares "
        "for the municipalities (`bodies:`)",
        _BY_SIDE,
        _JOINTLY % "Kommunedirektørene i Finnmark",
        subject="su",
    ),
    Example(
        "Vadsø's member appointed by the trust's board",
        _BY_SIDE,
        _JOINTLY % "Styret i Finnmarkssykehuset",
        subject="su",
        expect=("seat:vadso:Kommunedirektør",),
    ),
    Example(
        "Each municipality's member is nominated by its own regional council (the region's name ends the text)",
        _OWN_REGION,
        _AGDER % "Regionrådet i Vestre Agder",
        subject="koss",
    ),
    Example(
        "Kristiansand's member nominated by the council of the other region",
        _OWN_REGION,
        _AGDER % "Regionrådet i Østre Agder",
        subject="koss",
        expect=("seat:kristiansand:Rådmann",),
    ),
    Example(
        "Every representative of the parties has decision authority, direct or delegated (as the document says)",
        _AUTHORITY,
        _SU % ", decision_authority: true",
        subject="su",
    ),
    Example(
        "Alta's member does not say it has decision authority",
        _AUTHORITY,
        _SU % "",
        subject="su",
        expect=("seat:alta:Kommunalsjef helse",),
    ),
)
