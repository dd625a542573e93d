"""A forum is represented in another: "each FSU is represented in the SSU by its leader, as an
observer with speaking rights, and its deputy leader as the observer's deputy"; "the leader and
deputy leader of every LSU sit in the SSU"; "at least one from each side of the SSU also sits in
the professional council".

The rule applies to the represented forum (select it with ``applies_to``, e.g. every forum of a
type). ``by`` picks its representatives: the seats of this forum that the selector picks (see
*Seat selectors*), e.g. ``{role: [Leder]}``, among its members and observers (``by_group``:
only ``members`` or ``observers``: «medlemmene i SSU»); there must be at least one (unless
``by_may_be_empty``, below). In every forum ``in``
names (by ``type`` or ``id``), each representative holds a seat among the members, the observers
or either (``group``, default either) — or, with ``at_least``, at least that many of them do —
and each such seat meets ``must`` (e.g. ``{speaking_rights: true}``). With ``deputy_by``, the
person of a seat that selector picks in this forum is that seat's ``deputy``.

A secretariat is represented the same way: with ``of: secretariat`` the representatives are
picked from the secretariat's seats (``members`` and ``responsible``) — on a forum rule the
forum's own secretariat, on an organisation rule (``applies_to: {kind: organisation}``) the
health community's — "the leader of FOUSAM sits in the SSU": ``of: secretariat``, ``by:
{position: [leder]}``, ``in: {type: [strategisk-samarbeidsutvalg]}``. A seat there held for
the secretariat (``on_behalf_of: secretariat``) is the representative's when the party (or
constituency) is the same, the person where both name one, and the role: the holder's own (as
roles agree) or one that names the secretariat, by its ``name``, an abbreviation in it in
parentheses («Leiar av FOUSAM» for «FoU-enhet for samhandling (FOUSAM)») or one of its
``also_known_as``; another post of the
same party (its kommunedirektør) does not stand in.
No secretariat, or none of its seats that ``by`` picks, is reported at the ``secretariat`` key.

Who represents the forum can also be whoever chairs it: with ``by_chair`` instead of ``by``,
the representatives are the holders of the chair period in force in this forum's meeting plan
on the date the organisation is evaluated as of (``chair``: the chair, and the co-chair when the
period names one; ``deputy``: the deputy chair) — "each FSU is represented by its leader", where
the leadership changes by period. A period names its chair by party, and by ``role`` and
``person`` where it says so; the holder's seat in this forum is the one seat of that party whose
role begins with the period's ``role`` (and whose ``person`` is the period's), when exactly one
fits, else the period's own party, role and person stand for it. With ``deputy_by_chair``,
the deputy chair of that period (its seat's ``person``, or the period's ``deputy_person``) is the
representative seat's ``deputy``. A forum with no chair period in force on that date in a
meeting plan checked with it fails (its chair cannot be known), and so does ``deputy`` when the
period names no deputy chair.

Where the agreement binds only the representatives a forum has («each fagråd's representatives
from the eight municipalities also sit in the health leaders' network», and a fagråd may have
none), ``by_may_be_empty: true`` says so: a forum where ``by`` picks no seat has nothing to be
represented by and passes (no ``no-representative``), and the seats it does pick are checked as
always (with a list of selectors, each that picks none is passed over). ``at_least: 0`` is not
the way to say it (it is refused: ``at_least`` counts among the seats picked). A missing forum of
``in`` is still ``no-target``. ``by_may_be_empty`` goes with ``by``, not ``by_chair``.

``by`` may also be a list of selectors that must each pick a seat: "the leader and the deputy
leader of every LSU sit in the SSU" is ``by: [{position: [leder]}, {position: [nestleder]}]``,
and an LSU without a deputy leader is reported (one selector picks whoever it matches, so it
cannot tell). Pick leaders by the seat's ``position`` rather than by ``role``: a role is matched
by its beginning, so ``role: [Leiar]`` also picks a "Leiar legevakta" who is a plain member.

The same holder, and which seat of the other forum is the representative's:

- a seat there that gives ``on_behalf_of`` (the body it sits for) is only that body's — the
  representative's own seat held for that same body too (``on_behalf_of: secretariat`` on both:
  the secretariat's leader in the SSU and in the fellesmøte) is the same holder when the persons,
  or the party and the roles (as below), agree —; a seat held for this forum is its
  representative's when the party (or the constituency) is the same, and the role where both
  seats give one, matched as below (case and spacing aside, one begins with the other and goes on,
  if at all, with where the post is: «Leder av SU (Samhandlingsutvalget)» held for the SU is its
  «Leder»'s seat, and so is «Konstituert leder»), or a role that names the forum (its ``name``,
  an abbreviation in it, an ``also_known_as``) and begins with the representative's ``position``
  («Leder av SU» for the SU's Samhandlingsdirektør who gives ``position: leder``; «Nestleder av
  SU» is not the leader's) — so a document can say which SSU seat is the LSU leader's without
  naming anyone, and another post of the same party («Kommuneoverlege») does not stand in;
- when both seats name a ``person``, the person (a name in square brackets, ``[navn]``, is an
  anonymised placeholder, not a name);
- otherwise the party (for a GP, user or employee seat, the constituency, and the side where
  both give one), and the role where both seats give one (one begins with the other, as
  ``role`` is matched: "Kommunedirektør" and "Kommunedirektør i Stord" agree, a kommuneoverlege
  and a helse- og omsorgssjef of the same municipality do not; a role that names this forum and
  begins with the representative's ``position``, «Leder av SU (Samhandlingsutvalget)» for the
  SU's Samhandlingsdirektør with ``position: leder``, is theirs too) — unless ``same_person`` is set
  ("the same people sit in both", gjennomgående representasjon), or the other forum gives
  ``on_behalf_of`` naming a forum on any of its seats (it says which fora its seats sit for; a
  seat held for the ``secretariat`` does not count here): then a seat that names no person and
  is not held on behalf of this forum is nobody's.

The other way round — this forum's leader is *one of* the leaders of the fora of a type («Leiar
av SSU er ein av leiarane i dei lokale samarbeidsutvala») — is ``in_one_of: true`` on this forum:
each representative holds a seat, one that meets ``must``, in one of the fora ``in`` picks, not in
every one (``by: {position: [leder]}``, ``in: {type: [lokalt-samarbeidsutvalg]}``, ``must:
{position: [leder]}``, on the SSU). The holder is matched as below (party and role, or the
person). A representative with no seat in any of them is reported at their own seat (``absent-
from-all``); one whose seats there all fail ``must`` (a member of an LSU, not its leader), at the
first such seat (``must:<forum>``); with ``at_least``, only the count of those who hold one.

When no forum is what ``in`` picks, the forum cannot be represented where the agreement says,
and that is the finding (``no-target``, at the forum): a missing Fagråd is not a pass, and an
``in.id`` the organisation does not have is named, with "did you mean".

Each seat there holds one representative: a leader and a deputy leader of the same party need
two seats.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterator
from typing import Any

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import Message, phrase
from hf_rules.documents.model import ChairPeriod, Seat, names_of
from hf_rules.rules.checks.base import STRINGS, Example, LocalText, Subject, Violation, secretariat_of
from hf_rules.rules.checks.fora import FORUM_CRITERIA, in_force, meets
from hf_rules.rules.checks.seats import (
    GROUP_OPTION,
    SEAT_FILTER,
    deputy_person,
    held_post,
    normalised,
    role_matches,
    seat_has_role,
    seat_matches,
    seat_roles,
    seat_text,
    seats_of,
)
from hf_rules.rules.checks.words import words
from hf_rules.yaml.loader import Document, Path_

NAME = "cross_forum"
SUBJECTS = frozenset({"forum", "organisation"})
PARAMS: dict[str, str] = {
    "target": "Ids of the other fora it is represented in, comma-separated.",
    "target_name": "Names of those fora, comma-separated.",
    "seat": "The representative's seat of this forum (`party (role, level)`); `-` when there is none.",
    "problem": "What is wrong: no forum that `in` picks (the other forum is missing, or `in.id` names none), no representative seat, no chair period (or deputy chair) in force on the date, the representative is absent from the other forum (with `in_one_of`: from every one of them), the seat there does not meet `must`, has the wrong deputy, or too few are present.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "by": {
            "oneOf": [
                SEAT_FILTER,
                {"type": "array", "items": SEAT_FILTER, "minItems": 1},
            ],
            "description": "The seats of this forum whose holders represent it: one selector, or a list of "
            "selectors that must each pick a seat (`[{position: [leder]}, {position: [nestleder]}]`: the leader "
            "and the deputy leader, both).",
        },
        "of": {
            "enum": ["forum", "secretariat"],
            "default": "forum",
            "description": "Whose seats `by` picks from: the forum's own, or its secretariat's (`secretariat`: "
            "on a forum rule the forum's own secretariat, on an organisation rule the health community's; "
            "«Leder av FOUSAM» sits in the SSU).",
        },
        "by_chair": {
            "type": "array",
            "items": {"enum": ["chair", "deputy"]},
            "minItems": 1,
            "uniqueItems": True,
            "description": "Instead of `by`: who of the chair period in force in this forum's meeting plan "
            "represents it: `chair` (and a co-chair), `deputy` (the deputy chair).",
        },
        "deputy_by_chair": {
            "type": "boolean",
            "default": False,
            "description": "The deputy chair of the period in force is the deputy of the seat there (with `by_chair`).",
        },
        "in": {
            "type": "object",
            "description": "The fora it is represented in: by forum `type` or `id`, narrowed by `topic` "
            "or `priority_groups`.",
            "properties": {"type": words("forum_types", "Forum types."), "id": STRINGS, **FORUM_CRITERIA},
            "additionalProperties": False,
            "minProperties": 1,
        },
        "group": {**GROUP_OPTION, "default": "all"},
        "by_group": {
            **GROUP_OPTION,
            "default": "all",
            "description": "Which of this forum's seats `by` picks from: its members, its observers, or both "
            "(«medlemmene i SSU»: `members`).",
        },
        "must": {**SEAT_FILTER, "default": {}, "description": "What the seat in the other forum must meet."},
        "deputy_by": {**SEAT_FILTER, "description": "The seat of this forum whose holder is that seat's deputy."},
        "same_person": {
            "type": "boolean",
            "default": False,
            "description": "The same holder is the same `person`, named on both seats; a seat that names no "
            "person is then nobody's (left out: the party stands in where a seat names no person).",
        },
        "in_one_of": {
            "type": "boolean",
            "default": False,
            "description": "Each representative holds a seat (that meets `must`) in one of the fora `in` picks, "
            "not in every one: «Leiar av SSU er ein av leiarane i dei lokale samarbeidsutvala» is `by: "
            "{position: [leder]}`, `in: {type: [lokalt-samarbeidsutvalg]}`, `must: {position: [leder]}` on "
            "the SSU.",
        },
        "by_may_be_empty": {
            "type": "boolean",
            "default": False,
            "description": "A forum where `by` picks no seat passes: only the representatives it has are "
            "checked («each fagråd's representatives from the municipalities», where a fagråd may have none); "
            "left out, a forum without one is reported (`no-representative`).",
        },
        "at_least": {
            "type": "integer",
            "minimum": 1,
            "description": "At least this many of the seats `by` picks hold a seat there (left out: every one). "
            "Not 0: for a forum that may have none of those seats, `by_may_be_empty`.",
        },
    },
    "required": ["in"],
    "additionalProperties": False,
    "anyOf": [{"required": ["by"]}, {"required": ["by_chair"]}],
}


def validate(rule: Any, doc: Document, base: Path_) -> list[InputError]:
    """``by`` with ``by_chair``, ``deputy_by`` with ``deputy_by_chair``, and ``deputy_by_chair``
    without ``by_chair``: located pack errors."""
    options: dict[str, Any] = rule.check.options
    problems: list[InputError] = []
    for first, second in (("by", "by_chair"), ("deputy_by", "deputy_by_chair"), ("by_chair", "by_may_be_empty")):
        if first in options and second in options and options[second] is not False:
            where = doc.location(base + (second,), key=True)
            problems.append(InputError(where, Message("err-options-together", rule=rule.id, a=first, b=second)))
    if options.get("of") == "secretariat" and "by_chair" in options:
        where = doc.location(base + ("by_chair",), key=True)
        problems.append(InputError(where, Message("err-options-together", rule=rule.id, a="of", b="by_chair")))
    kind = getattr(getattr(rule, "applies_to", None), "kind", None)
    if kind == "organisation" and options.get("of") != "secretariat":
        where = doc.location(base, key=True)
        problems.append(
            InputError(
                where,
                Message("err-option-needs", rule=rule.id, a="applies_to: {kind: organisation}", b="of: secretariat"),
            )
        )
    if options.get("deputy_by_chair") is True and "by_chair" not in options:
        where = doc.location(base + ("deputy_by_chair",), key=True)
        problems.append(InputError(where, Message("err-option-needs", rule=rule.id, a="deputy_by_chair", b="by_chair")))
    return problems


def _no_target(subject: Subject, wanted: dict[str, Any]) -> Violation:
    """The forum cannot be represented where the rule says: no forum ``in`` picks (a missing
    forum, or an id the organisation does not have, with "did you mean")."""
    fora = [fid for fid in subject.org.model.fora if fid != subject.id]
    unknown = [i for i in wanted.get("id", []) if i not in subject.org.model.fora]
    if unknown:
        close = difflib.get_close_matches(unknown[0], fora, n=1)
        suggestion: LocalText = phrase("did-you-mean", name=close[0]) if close else ""
        problem = phrase("cross-no-target-ids", ids=", ".join(unknown), suggestion=suggestion)
    else:
        shown = "; ".join(f"{k}: {v}" for k, v in wanted.items())
        problem = phrase("cross-no-target", wanted=shown)
    params: dict[str, LocalText] = {"target": "-", "target_name": "-", "seat": "-", "problem": problem}
    return Violation(subject.base, "no-target", params, {"in": wanted, "unknown_ids": unknown}, at_key=True)


def _named(person: str | None) -> bool:
    """Whether ``person`` names someone: not absent, and not an anonymised placeholder written in
    square brackets (``[navn]``), which every seat of an example may share."""
    return person is not None and not (person.strip().startswith("[") and person.strip().endswith("]"))


def _body_names(subject: Subject, body: str) -> tuple[str, ...]:
    """The names a role may give the body represented: the secretariat's or the forum's ``name``,
    an abbreviation in it, its ``also_known_as``."""
    if body != "secretariat":
        forum = subject.forum
        return names_of(forum.name, forum.also_known_as) if forum is not None and subject.id == body else ()
    secretariat, _ = secretariat_of(subject)
    return secretariat_names(secretariat.name, secretariat.also_known_as) if secretariat is not None else ()


def _same_holder(
    forum_id: str,
    here: Seat,
    there: Seat,
    same_person: bool,
    names: tuple[str, ...] = (),
    target: tuple[str, tuple[str, ...]] | None = None,
) -> bool:
    """Whether ``there`` (a seat of the other forum) is held by the holder of ``here`` (a seat of
    forum ``forum_id``): a seat held on behalf of another forum is nobody's here, unless ``here``
    is held on behalf of that body too (then the persons, or the party and the roles, decide); named persons
    decide; a seat held on behalf of this forum is its representative's when the party (or
    constituency) is the same, and the role where both give one; otherwise the party (and the role
    where both give one, :func:`_roles_agree`) stands in, unless ``same_person`` (set too where the
    other forum declares whom its seats are held for). A seat held for a secretariat (``names``:
    the secretariat's name and its abbreviations) is the representative's when the roles agree,
    or when its role names the secretariat («Leiar av FOUSAM»). The other way round (``target``:
    the other forum's id and names), a representative held here on behalf of that forum is the
    holder of its seat there of the same party whose position the representative's role begins
    with and names that forum («Leiar LSU Molde», ``on_behalf_of: lsu-molde``, here; the LSU's
    Kommunalsjef with ``position: leder`` there: round 27 Møre og Romsdal MR16)."""
    if (
        target is not None
        and here.on_behalf_of == target[0]
        and there.on_behalf_of is None
        and not (_named(here.person) and _named(there.person))
        and (here.party, here.represents) == (there.party, there.represents)
        and any(
            _names(role, target[1]) and any(role_matches(role, position) for position in there.positions)
            for role in seat_roles(here)
        )
    ):
        return True
    if there.on_behalf_of is not None and there.on_behalf_of != forum_id:
        # held for a third body; the representative's own seat when it is held for that body too
        # («Leiar av FOUSAM» for the secretariat in the SSU and in the fellesmøte: round 23 Fonna)
        if there.on_behalf_of != here.on_behalf_of:
            return False
        if _named(here.person) and _named(there.person):
            return here.person == there.person
        return (here.party, here.represents) == (there.party, there.represents) and _roles_agree(here, there)
    if _named(here.person) and _named(there.person):
        return here.person == there.person
    if there.on_behalf_of == forum_id:
        if forum_id == "secretariat":
            # the seat may name the post it is held for («Leiar av FOUSAM»), or be the holder's own
            same_role = _roles_agree(here, there) or any(_names(role, names) for role in seat_roles(there))
        else:
            # matched as an unmarked seat's role is (one begins with the other: «Leder av SU» is
            # the SU's «Leder»), an acting holder's words aside («Konstituert leder»)
            same_role = (
                here.role is None
                or there.role is None
                or bool({held_post(r) for r in seat_roles(here)} & {held_post(r) for r in seat_roles(there)})
                or _roles_agree(here, there)
                or _roles_agree(_as_held(here), _as_held(there))
                or _names_post(here, there, names)
            )
        return (here.party, here.represents) == (there.party, there.represents) and same_role
    if same_person:
        return False
    if here.represents is not None:  # a GP, user or employee seat: the constituency, and its side where both give one
        sides_agree = here.side is None or there.side is None or here.side == there.side
        return here.represents == there.represents and sides_agree and _roles_agree(here, there)
    # a seat of the same party whose role names this forum and the representative's position is
    # theirs, held for the forum or not («Leder av SU (Samhandlingsutvalget)» in the
    # partnerskapsmøte for the SU's Samhandlingsdirektør, position: leder: round 31 Finnmark)
    return (
        here.party is not None
        and here.party == there.party
        and (_roles_agree(here, there) or _names_post(here, there, names))
    )


def _names_post(here: Seat, there: Seat, names: tuple[str, ...]) -> bool:
    """Whether a role of ``there`` names the forum (one of ``names``) and begins with a position
    of ``here`` («Leder av SU» for the SU's leader; «Nestleder av SU» is not the leader's)."""
    return any(
        _names(role, names) and any(role_matches(role, position) for position in here.positions)
        for role in seat_roles(there)
    )


def _as_held(seat: Seat) -> Seat:
    """``seat`` with its roles read as the posts they are held as (:func:`held_post`: without the
    words of an acting holder or a stand-in), for :func:`_roles_agree`."""
    return seat.model_copy(
        update={
            "role": held_post(seat.role) if seat.role is not None else None,
            "other_roles": [held_post(r) for r in seat.other_roles] if seat.other_roles else seat.other_roles,
        }
    )


_WORDS = re.compile(r"[\w-]+")


def _closest(representative: Seat, found: list[Any], seat_at: int) -> list[Any]:
    """Of the seats that may be ``representative``'s (each ``found`` entry holds its seat at
    ``seat_at``), those that hold its very post (:func:`held_post`, as ``role_is`` compares) where
    any does: without names, «Avdelingssjef» is the other forum's «Avdelingssjef», not its
    «Avdelingssjef, Klinikk SNR» beside it (round 20 Møre og Romsdal). A seat held for a forum
    keeps its place (it says whose it is)."""
    if representative.role is None or len(found) < 2:
        return found
    posts = {held_post(r) for r in seat_roles(representative)}

    def very_post(seat: Seat) -> bool:
        return seat.on_behalf_of is None and bool(posts & {held_post(r) for r in seat_roles(seat)})

    if not any(very_post(f[seat_at]) for f in found):
        return found
    return [f for f in found if f[seat_at].on_behalf_of is not None or very_post(f[seat_at])]


def _names(role: str, names: tuple[str, ...]) -> bool:
    """Whether ``role`` names one of ``names`` as a run of whole words, case aside."""

    def spaced(text: str) -> str:
        return " " + " ".join(_WORDS.findall(text.casefold())) + " "

    return any(spaced(name) in spaced(role) for name in names if name.strip())


def secretariat_names(name: str | None, also_known_as: list[str] | tuple[str, ...] = ()) -> tuple[str, ...]:
    """A secretariat's name, the abbreviations in it («FoU-enhet for samhandling (FOUSAM)»: the
    whole name and FOUSAM) and its ``also_known_as``, by which a seat held for it may name it."""
    return names_of(name, also_known_as)


def _roles_agree(here: Seat, there: Seat) -> bool:
    """Whether two seats' roles can be one post: either gives none, or one begins with the other
    (as ``role`` is matched: "Kommunedirektør" and "Kommunedirektør i Stord") and goes on, if at
    all, with where the post is (:func:`_one_post`), each seat's ``other_roles`` (a combined post)
    read beside its ``role``. A party's kommuneoverlege does not stand in for its helse- og
    omsorgssjef, nor its «Kommunalsjef oppvekst» for its «Kommunalsjef»."""
    if here.role is None or there.role is None:
        return True
    return any(_one_post(a, b) or _one_post(b, a) for a in seat_roles(here) for b in seat_roles(there))


_PLACE_WORDS = frozenset({"i", "for", "ved", "på", "hos", "til", "fra", "frå", "av"})
"""What may follow a post's title in a longer role of the same post, besides a name: «Kommunedirektør
i Stord», «Direktør for Helse Fonna» (not «Kommunalsjef oppvekst», another kommunalsjef)."""


def _one_post(longer: str, shorter: str) -> bool:
    """Whether ``longer`` is the post ``shorter`` names, written out: it begins with it (as a role
    is matched) and goes on, if at all, with where the post is («i Stord», «for Helse Fonna», a
    name such as «LSU Ålesund»), not with a word in lower case, another field of work
    («Kommunalsjef» and «Kommunalsjef oppvekst» are two posts, «Klinikksjef for psykisk helse» and
    «Klinikksjef» too)."""
    if not role_matches(longer, shorter):
        return False
    written = " ".join(longer.split())
    have, want = written.casefold(), normalised(shorter)
    at = have.find(want)
    rest = _WORDS.findall(written[at + len(want) :]) if at >= 0 else []
    if rest and have[at + len(want) : at + len(want) + 1].isalnum():
        rest = rest[1:]  # a definite or plural ending of the last word («Kommunalsjefen i …»)
    # a name after the title (a place, a body: «Leiar LSU Ålesund», «… i Stord») is where the post
    # is; a word in lower case is another field of work, after «for» too («Klinikksjef for psykisk
    # helse» is not the «Klinikksjef»: round 24 Møre og Romsdal)
    if rest and rest[0].casefold() in _PLACE_WORDS:
        rest = rest[1:]
        return bool(rest) and not rest[0][:1].islower()
    return not rest or not rest[0][:1].islower()


def _own_seats(subject: Subject, options: dict[str, Any]) -> tuple[list[tuple[str, int, Seat]], Path_, str]:
    """The seats the representatives are picked from, the path of their list (where a missing
    representative is reported) and the id a seat held on their behalf gives: the forum's (in
    ``by_group``), or with ``of: secretariat`` its secretariat's (members and responsible)."""
    if options["of"] == "secretariat":
        secretariat, at = secretariat_of(subject)
        if secretariat is None:
            return [], at, "secretariat"
        seats = [(g, i, s) for g in ("members", "responsible") for i, s in enumerate(getattr(secretariat, g))]
        return seats, at, "secretariat"
    assert subject.forum is not None
    return seats_of(subject.forum, options["by_group"]), subject.at("members"), subject.id


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    org = subject.org
    wanted = options["in"]
    targets = [
        (fid, f)
        for fid, f in org.model.fora.items()
        if fid != subject.id
        and in_force(f, subject.as_of)
        and ("type" not in wanted or org.forum_is(f, wanted["type"]))
        and ("id" not in wanted or fid in wanted["id"])
        and meets(f, wanted, org)
    ]
    if not targets:
        yield _no_target(subject, wanted)
        return
    if "by_chair" in options:
        yield from _by_chair(subject, options, targets)
        return
    by = options["by"]
    selectors: list[dict[str, Any]] = by if isinstance(by, list) else [by]
    own: list[tuple[str, int, Seat]] = []
    pool, pool_at, body = _own_seats(subject, options)
    for k, selector in enumerate(selectors):
        picked = [(g, i, s) for g, i, s in pool if seat_matches(subject, s, selector, g)]
        if not picked and not options["by_may_be_empty"]:
            params: dict[str, LocalText] = {
                "target": ", ".join(fid for fid, _ in targets),
                "target_name": ", ".join(f.name for _, f in targets),
                "seat": "-",
                "problem": phrase("cross-no-representative"),
            }
            key = "no-representative" if not isinstance(by, list) else f"no-representative:{k}"
            yield Violation(pool_at, key, params, {"by": selector}, at_key=not pool)
        own.extend(seat for seat in picked if seat not in own)
    if not own:
        return
    deputies = (
        [s for g, _, s in pool if seat_matches(subject, s, options["deputy_by"], g)] if "deputy_by" in options else None
    )
    if options["in_one_of"]:
        where = pool_at if options["of"] == "secretariat" else subject.base
        placed = [(s, where + (g, i)) for g, i, s in own]
        yield from _in_one_of(subject, options, targets, placed, deputies, body)
        return
    for fid, _ in targets:
        yield from _in_target(subject, options, fid, [s for _, _, s in own], deputies, body)


def _holder_seat(subject: Subject, party: str, role: str | None, person: str | None) -> Seat:
    """The seat in this forum of a chair holder named by party, role and person, when exactly one
    seat fits (with the period's person when the seat names none); else a seat made of those
    three, so that a holder several seats could be is matched by the party."""
    assert subject.forum is not None
    fitting = [
        seat
        for _, _, seat in seats_of(subject.forum, "all")
        if seat.party == party
        and (role is None or seat_has_role(seat, role))
        and (person is None or seat.person is None or seat.person == person)
    ]
    if len(fitting) == 1:
        seat = fitting[0]
        return seat if person is None or seat.person is not None else seat.model_copy(update={"person": person})
    return Seat(party=party, role=role, person=person)


def _periods_in_force(subject: Subject) -> tuple[dt.date, list[ChairPeriod]]:
    day = subject.as_of or dt.date.today()
    periods = [
        period
        for plan in subject.org.plans
        if plan.model.forum == subject.id
        for period in plan.model.chairs
        if period.from_ <= day <= period.to
    ]
    return day, periods


def _by_chair(subject: Subject, options: dict[str, Any], targets: list[tuple[str, Any]]) -> Iterator[Violation]:
    day, periods = _periods_in_force(subject)
    base_params: dict[str, LocalText] = {
        "target": ", ".join(fid for fid, _ in targets),
        "target_name": ", ".join(f.name for _, f in targets),
        "seat": "-",
    }
    if not periods:
        problem = phrase("cross-no-chair-period", date=day.isoformat())
        yield Violation(
            subject.base,
            "no-chair-period",
            {**base_params, "problem": problem},
            {"as_of": day.isoformat()},
            at_key=True,
        )
        return
    representatives: list[Seat] = []
    deputies: list[Seat] = []
    for period in periods:
        if "chair" in options["by_chair"]:
            representatives.append(_holder_seat(subject, period.party, period.role, period.person))
            if period.co_chair is not None:
                co = period.co_chair
                representatives.append(_holder_seat(subject, co.party, co.role, co.person))
        if period.deputy is not None:
            deputies.append(_holder_seat(subject, period.deputy, period.deputy_role, period.deputy_person))
        if "deputy" in options["by_chair"]:
            if period.deputy is None:
                problem = phrase("cross-no-deputy-chair", date=day.isoformat())
                evidence = {"as_of": day.isoformat(), "period": f"{period.from_.isoformat()}–{period.to.isoformat()}"}
                yield Violation(
                    subject.base, "no-deputy-chair", {**base_params, "problem": problem}, evidence, at_key=True
                )
            else:
                representatives.append(deputies[-1])
    chosen = deputies if options["deputy_by_chair"] else None
    if options["in_one_of"]:
        yield from _in_one_of(subject, options, targets, [(s, subject.base) for s in representatives], chosen)
        return
    for fid, _ in targets:
        yield from _in_target(subject, options, fid, representatives, chosen)


def _in_one_of(
    subject: Subject,
    options: dict[str, Any],
    targets: list[tuple[str, Any]],
    representatives: list[tuple[Seat, Path_]],
    deputies: list[Seat] | None,
    body: str | None = None,
) -> Iterator[Violation]:
    """``in_one_of``: each representative (with the path where it is written) holds a seat in one
    of the ``targets`` — one that meets ``must`` (and has the right deputy, with ``deputy_by``)
    where any seat of theirs there does. Absent from them all is reported at the representative;
    present only in seats that fail ``must`` (or have the wrong deputy), at the first such seat."""
    body = subject.id if body is None else body
    org = subject.org
    names = _body_names(subject, body)
    every = {
        "target": ", ".join(fid for fid, _ in targets),
        "target_name": ", ".join(f.name for _, f in targets),
    }
    used: set[tuple[str, str, int]] = set()  # one seat there holds one representative
    present = 0
    missing: list[Violation] = []
    for representative, where in representatives:
        who = f"{representative.party or representative.represents}:{representative.role or ''}"
        params: dict[str, LocalText] = {**every, "seat": seat_text(org, representative)}
        evidence: dict[str, Any] = {"representative": seat_text(org, representative), "person": representative.person}
        expected = [d.person for d in deputies if d.person is not None] if deputies is not None else []
        found: list[tuple[bool, str, str, int, Seat]] = []  # (right, forum, group, index, seat)
        for fid, target in targets:
            declared = any(s.on_behalf_of in org.model.fora for _, _, s in seats_of(target, "all"))
            same_person = options["same_person"] or declared
            there = Subject("forum", fid, target.name, org, subject.doc, ("fora", fid), forum=target)
            for g, i, s in seats_of(target, options["group"]):
                if (fid, g, i) in used or not _same_holder(
                    body, representative, s, same_person, names, (fid, names_of(target.name, target.also_known_as))
                ):
                    continue
                right = seat_matches(there, s, options["must"], g, requirement=True) and (
                    deputies is None or deputy_person(s) in expected
                )
                found.append((right, fid, g, i, s))
        found = _closest(representative, found, 4)
        if not found:
            problem = phrase("cross-absent-any", target=every["target_name"])
            missing.append(Violation(where, f"absent-from-all:{who}", {**params, "problem": problem}, evidence))
            continue
        right, fid, g, i, _ = sorted(found, key=lambda f: not f[0])[0]
        used.add((fid, g, i))
        if right:
            present += 1
            continue
        target_name = org.model.fora[fid].name
        problem = phrase("cross-must-any", target=target_name)
        evidence = {**evidence, "found_in": [f"{f}:{grp}:{idx}" for _, f, grp, idx, _ in found]}
        params = {**params, "target": fid, "target_name": target_name, "problem": problem}
        missing.append(Violation(("fora", fid, g, i), f"must:{fid}:{who}", params, evidence))
    at_least = options.get("at_least")
    if at_least is None:
        yield from missing
    elif present < at_least:
        problem = phrase("cross-too-few", target=every["target_name"], n=at_least)
        params = {**every, "seat": "-", "problem": problem}
        yield Violation(subject.base, "too-few:in-one-of", params, {"represented": present, "at_least": at_least})


def _in_target(
    subject: Subject,
    options: dict[str, Any],
    fid: str,
    representatives: list[Seat],
    deputies: list[Seat] | None,
    body: str | None = None,
) -> Iterator[Violation]:
    """Each representative's seat in forum ``fid``; ``body`` is the id a seat held on the
    representatives' behalf gives (this forum's, or ``secretariat``)."""
    body = subject.id if body is None else body
    org = subject.org
    names = _body_names(subject, body)
    target = org.model.fora[fid]
    target_subject = Subject("forum", fid, target.name, org, subject.doc, ("fora", fid), forum=target)
    missing: list[Violation] = []
    present = 0
    used: set[tuple[str, int]] = set()  # one seat there holds one representative
    # Where the other forum says whom its seats sit for, only those seats (or named persons) count.
    declared = any(s.on_behalf_of in org.model.fora for _, _, s in seats_of(target, "all"))  # not a secretariat
    same_person = options["same_person"] or declared
    for representative in representatives:
        who = f"{fid}:{representative.party or representative.represents}:{representative.role or ''}"
        found = sorted(
            _closest(
                representative,
                [
                    (g, i, s)
                    for g, i, s in seats_of(target, options["group"])
                    if (g, i) not in used
                    and _same_holder(
                        body, representative, s, same_person, names, (fid, names_of(target.name, target.also_known_as))
                    )
                ],
                2,
            ),
            key=lambda found: found[2].on_behalf_of != body,  # a seat held for this forum first
        )
        params: dict[str, LocalText] = {
            "target": fid,
            "target_name": target.name,
            "seat": seat_text(org, representative),
        }
        evidence: dict[str, Any] = {"representative": seat_text(org, representative), "person": representative.person}
        if not found:
            where = ("fora", fid, options["group"] if options["group"] != "all" else "observers")
            problem = phrase("cross-absent", target=target.name)
            missing.append(Violation(where, f"absent:{who}", {**params, "problem": problem}, evidence))
            continue
        present += 1
        group, index, seat = found[0]
        used.add((group, index))
        if not seat_matches(target_subject, seat, options["must"], group, requirement=True):
            problem = phrase("cross-must", target=target.name)
            yield Violation(("fora", fid, group, index), f"must:{who}", {**params, "problem": problem}, evidence)
        if deputies is not None:
            expected = [d.person for d in deputies if d.person is not None]
            named = deputy_person(seat)
            if named is None or named not in expected:
                problem = phrase("cross-deputy", target=target.name)
                evidence = {**evidence, "deputy": named, "expected_deputy": expected}
                yield Violation(("fora", fid, group, index), f"deputy:{who}", {**params, "problem": problem}, evidence)
    at_least = options.get("at_least")
    if at_least is None:
        yield from missing
    elif present < at_least:
        problem = phrase("cross-too-few", target=target.name, n=at_least)
        params = {"target": fid, "target_name": target.name, "seat": "-", "problem": problem}
        where = ("fora", fid, options["group"] if options["group"] != "all" else "members")
        yield Violation(where, f"too-few:{fid}", params, {"represented": present, "at_least": at_least})


_ORG = """\
parties:
  hf: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Administrerende direktør}
    observers:
      - {party: lyngvik, role: Leder av FSU eldre, person: Kari Holm, speaking_rights: true, deputy: %s}
  fsu-eldre:
    name: Faglig samarbeidsutvalg eldre
    type: samarbeidsforum
    members:
      - {party: lyngvik, role: Leder, person: Kari Holm}
      - {party: hf, role: Nestleder, person: Ola Dahl}
"""
_SECRETARIAT_ORG = """\
parties:
  hf: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
  nordvik: {name: Nordvik kommune, type: kommune, side: kommune}
secretariat:
  name: FoU-enheten
  members:
    - {party: lyngvik, role: Interkommunal samhandlingskoordinator, position: leder}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Administrerende direktør}
      - {party: %s, role: Leder av FoU-enheten, on_behalf_of: secretariat}
"""
_MEMBERS_MEET = """\
parties:
  haugesund: {name: Haugesund kommune, type: kommune, side: kommune}
  fonna: {name: Helse Fonna HF, type: helseforetak, side: sykehus}
fora:
  ssu:
    name: Strategisk samarbeidsutval
    type: strategisk-samarbeidsutvalg
    members:
      - {party: haugesund, role: Kommunalsjef}
      - {party: fonna, role: Administrerande direktør}
  fellesmote:
    name: Fellesmøtet
    type: samarbeidsforum
    members:
      - {party: haugesund, role: %s}
      - {party: fonna, role: Administrerande direktør}
"""
_MEMBERS_OPTIONS = {"by": {}, "by_group": "members", "in": {"id": ["fellesmote"]}}
_SECRETARIAT_OPTIONS = {
    "of": "secretariat",
    "by": {"position": ["leder"]},
    "in": {"type": ["strategisk-samarbeidsutvalg"]},
}
_OPTIONS = {
    "by": {"role": ["Leder"]},
    "in": {"type": ["strategisk-samarbeidsutvalg"]},
    "group": "observers",
    "must": {"speaking_rights": True},
    "deputy_by": {"role": ["Nestleder"]},
}
# The FSU's chair periods: Lyngvik's leader chairs 2025 with the hospital's deputy leader as
# deputy chair, then the two swap.
_PLAN = """\
forum: fsu-eldre
chairs:
  - {from: 2025-01-01, to: 2025-12-31, party: lyngvik, role: Leder, deputy: hf, deputy_role: Nestleder}
  - {from: 2026-01-01, to: 2026-12-31, party: hf, role: Nestleder, deputy: lyngvik, deputy_role: Leder}
"""
_CHAIR_OPTIONS = {
    "by_chair": ["chair"],
    "in": {"type": ["strategisk-samarbeidsutvalg"]},
    "group": "observers",
    "must": {"speaking_rights": True},
    "deputy_by_chair": True,
}
_OVERLAP = """\
parties:
  hf: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: lyngvik, role: Kommunedirektør, person: Kari Holm}
      - {party: hf, role: Direktør, person: Ola Dahl}
  fagrad:
    name: Fagrådet
    type: samarbeidsforum
    members:
      - %s
"""
_SAME_PEOPLE = {"by": {"party": "lyngvik"}, "in": {"id": ["fagrad"]}, "group": "members", "same_person": True}
_LSU = """\
parties:
  hf: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Administrerende direktør}
%s
  lsu-ytre:
    name: Lokalt samarbeidsutval Ytre
    type: lokalt-samarbeidsutvalg
    members:
      - {party: lyngvik, role: Kommunalsjef, position: leder}
      - {party: hf, role: Avdelingssjef, position: nestleder}
      - {party: lyngvik, role: Leiar legevakta}
"""
_LSU_SEATS = (
    "      - {party: lyngvik, role: Kommunalsjef, on_behalf_of: lsu-ytre}\n"
    "      - {party: hf, role: Avdelingssjef, on_behalf_of: lsu-ytre}"
)
_LEADERS = {
    "by": [{"position": ["leder"]}, {"position": ["nestleder"]}],
    "in": {"type": ["strategisk-samarbeidsutvalg"]},
    "group": "members",
}
# Møre og Romsdal: «Leiar av SSU er ein av leiarane i dei lokale samarbeidsutvala».
_ONE_OF = """\
parties:
  hmr: {name: Helse Møre og Romsdal HF, type: helseforetak, side: sykehus}
  molde: {name: Molde kommune, type: kommune, side: kommune}
  aukra: {name: Aukra kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutval
    type: strategisk-samarbeidsutvalg
    members:
      - {party: molde, role: Kommunedirektør, position: leder}
      - {party: hmr, role: Administrerande direktør, position: nestleder}
  lsu-molde:
    name: Lokalt samarbeidsutval Molde
    type: lokalt-samarbeidsutvalg
    members:
      - {party: molde, role: Kommunedirektør, position: %s}
      - {party: hmr, role: Klinikksjef}
  lsu-aukra:
    name: Lokalt samarbeidsutval Aukra
    type: lokalt-samarbeidsutvalg
    members:
      - {party: aukra, role: Kommunedirektør, position: leder}
      - {party: hmr, role: Klinikksjef}
"""
_ONE_OF_OPTIONS = {
    "by": {"position": ["leder"]},
    "in": {"type": ["lokalt-samarbeidsutvalg"]},
    "in_one_of": True,
    "must": {"position": ["leder"]},
}
# St. Olav: «each fagråd's representatives from the eight municipalities also sit in the health
# leaders' network»; a fagråd may have none of them.
_NETWORK = """\
parties:
  stolav: {name: St. Olavs hospital HF, type: helseforetak, side: sykehus}
  malvik: {name: Malvik kommune, type: kommune, side: kommune}
fora:
  helseledernettverk:
    name: Helseledernettverket
    type: samarbeidsforum
    members:
      - {party: malvik, role: Kommunalsjef helse}
  fagrad-rus:
    name: Fagråd rus og psykisk helse
    type: samarbeidsforum
    members:
      - {party: stolav, role: Klinikksjef}
%s"""
_NETWORK_OPTIONS = {
    "by": {"party_type": ["kommune"]},
    "in": {"id": ["helseledernettverk"]},
    "by_may_be_empty": True,
}
EXAMPLES = (
    Example(
        "The fagråd has no municipal representative: nothing to be represented by, and by_may_be_empty lets it pass",
        _NETWORK_OPTIONS,
        _NETWORK % "",
        subject="fagrad-rus",
    ),
    Example(
        "The fagråd's municipal representative (Malvik's kommuneoverlege) is not in the health leaders' network",
        _NETWORK_OPTIONS,
        _NETWORK % "      - {party: malvik, role: Kommuneoverlege}\n",
        subject="fagrad-rus",
        expect=("absent:helseledernettverk:malvik:Kommuneoverlege",),
    ),
    Example(
        "The SSU's leader (Molde's kommunedirektør) leads one of the LSUs, Molde's",
        _ONE_OF_OPTIONS,
        _ONE_OF % "leder",
        subject="ssu",
    ),
    Example(
        "Molde's kommunedirektør sits in Molde's LSU as its deputy leader, not as its leader",
        _ONE_OF_OPTIONS,
        _ONE_OF % "nestleder",
        subject="ssu",
        expect=("must:lsu-molde:molde:Kommunedirektør",),
    ),
    Example(
        "The SSU's members meet in the fellesmøte: Haugesund's kommunalsjef, written out «i Haugesund»",
        _MEMBERS_OPTIONS,
        _MEMBERS_MEET % "Kommunalsjef i Haugesund",
        subject="ssu",
    ),
    Example(
        "Only Haugesund's «Kommunalsjef oppvekst» sits there: another post, not the SSU's kommunalsjef",
        _MEMBERS_OPTIONS,
        _MEMBERS_MEET % "Kommunalsjef oppvekst",
        subject="ssu",
        expect=("absent:fellesmote:haugesund:Kommunalsjef",),
    ),
    Example(
        "The secretariat's leader (Lyngvik's) holds the SSU seat held for the secretariat",
        _SECRETARIAT_OPTIONS,
        _SECRETARIAT_ORG % "lyngvik",
        kind="organisation",
    ),
    Example(
        "The SSU seat held for the secretariat is Nordvik's, but the secretariat's leader is Lyngvik's",
        _SECRETARIAT_OPTIONS,
        _SECRETARIAT_ORG % "nordvik",
        kind="organisation",
        expect=("absent:ssu:lyngvik:Interkommunal samhandlingskoordinator",),
    ),
    Example(
        "The municipal member of the SSU also sits in the Fagråd, the same person (gjennomgående representasjon)",
        _SAME_PEOPLE,
        _OVERLAP % "{party: lyngvik, role: Kommunedirektør, person: Kari Holm}",
        subject="ssu",
    ),
    Example(
        "Lyngvik's seat in the Fagråd names nobody: with same_person it is not the SSU member's",
        _SAME_PEOPLE,
        _OVERLAP % "{party: lyngvik, role: Helsesjef}",
        subject="ssu",
        expect=("absent:fagrad:lyngvik:Kommunedirektør",),
    ),
    Example(
        "The FSU's leader observes in the SSU with speaking rights; the deputy leader is her deputy",
        _OPTIONS,
        _ORG % "Ola Dahl",
        subject="fsu-eldre",
    ),
    Example(
        "Someone else is the observer's deputy",
        _OPTIONS,
        _ORG % "Per Hansen",
        subject="fsu-eldre",
        expect=("deputy:ssu:lyngvik:Leder",),
    ),
    Example(
        "Whoever chairs the FSU in the period in force observes in the SSU, the deputy chair as deputy",
        _CHAIR_OPTIONS,
        _ORG % "Ola Dahl",
        subject="fsu-eldre",
        plan=_PLAN,
        as_of=dt.date(2025, 6, 1),
    ),
    Example(
        "From 2026 the hospital chairs the FSU, but its chair does not sit in the SSU",
        _CHAIR_OPTIONS,
        _ORG % "Ola Dahl",
        subject="fsu-eldre",
        plan=_PLAN,
        as_of=dt.date(2026, 6, 1),
        expect=("absent:ssu:hf:Nestleder",),
    ),
    Example(
        "The LSU's leader and deputy leader sit in the SSU, in the seats held on behalf of the LSU",
        _LEADERS,
        _LSU % _LSU_SEATS,
        subject="lsu-ytre",
    ),
    Example(
        "The LSU's deputy leader has no seat in the SSU; the director's seat does not stand in for it",
        _LEADERS,
        _LSU % _LSU_SEATS.splitlines()[0],
        subject="lsu-ytre",
        expect=("absent:ssu:hf:Avdelingssjef",),
    ),
    Example(
        "The LSU has no deputy leader",
        _LEADERS,
        (_LSU % _LSU_SEATS).replace(", position: nestleder", ""),
        subject="lsu-ytre",
        expect=("no-representative:1",),
    ),
    Example(
        "The Fagråd the SSU's members are also to sit in does not exist",
        _SAME_PEOPLE,
        _OVERLAP.replace("  fagrad:\n    name: Fagrådet\n    type: samarbeidsforum\n    members:\n      - %s\n", ""),
        subject="ssu",
        expect=("no-target",),
    ),
    Example(
        "The rule names the Fagråd by a misspelt id",
        {**_SAME_PEOPLE, "in": {"id": ["fagraad"]}},
        _OVERLAP % "{party: lyngvik, role: Kommunedirektør, person: Kari Holm}",
        subject="ssu",
        expect=("no-target",),
    ),
    Example(
        "The hospital's seat held for the LSU is another post (Samhandlingssjef), not the deputy leader's",
        _LEADERS,
        _LSU % _LSU_SEATS.replace("{party: hf, role: Avdelingssjef", "{party: hf, role: Samhandlingssjef"),
        subject="lsu-ytre",
        expect=("absent:ssu:hf:Avdelingssjef",),
    ),
)
