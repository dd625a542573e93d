"""Parties that must be present as observers, and may not hold member seats.

The parties are named in ``parties``, each by its id or by one of its names (its ``name``, an
abbreviation in parentheses in it, an ``also_known_as``; case and spacing aside: ``KS`` is the
party ``ks-vest: {name: KS Vestland (KS)}`` and also one with ``also_known_as: [KS]``), so a pack
can name a body in the agreement's words whatever id a document gives it — and, where no party
has that name, the one party whose name has those words as a run, each perhaps inflected («Pasient-
og brukerombudet» for «Pasient- og brukerombudet i Vestfold og Telemark», «Universitetet» for «UiT
Norges arktiske universitet», the old «Fylkesmannen» for «Statsforvalteren i Troms og Finnmark»
(and for nynorsk «Statsforvaltaren i Vestland»);
with two such parties, neither); and by type in
``party_types``: every party of one of these types must observe ("KS deltar som observatør":
``party_types: [ks]``), and a type no party of the organisation has is reported at the forum's
``observers``, as a party that is missing is. A name or id that no party has is reported as
missing, under the words the rule gives. Give ``parties``, ``party_types`` or both.

An observer seat is the party's when ``party`` is that party exactly (not one of its parts). An
invited seat (``invited: true``) is not: a guest invited to the meetings is not the observer the
agreement names, and a party that is only invited is reported as such.
``speaking_rights`` and ``proposal_rights`` say whether the observer seat must (``required``) or
must not (``forbidden``) say ``true`` for them; left out, they are not looked at."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from hf_rules.core.i18n import phrase
from hf_rules.rules.checks.base import STRINGS, Example, Subject, Violation
from hf_rules.rules.checks.fora import name_holds
from hf_rules.rules.checks.remedy import Append, most_common_role
from hf_rules.rules.checks.seats import named_party, resolve_party, seat_parties
from hf_rules.rules.checks.words import words

NAME = "observers"
SUBJECTS = frozenset({"forum"})
PARAMS: dict[str, str] = {
    "party": "Id of the party whose observer seat is wrong or missing.",
    "party_name": "Its name.",
    "problem": "What is wrong: no observer seat, a member seat instead, speaking or proposal rights missing or not allowed.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "parties": {
            **STRINGS,
            "description": "Parties by id or by one of their names (`name`, an abbreviation in parentheses in it, "
            "`also_known_as`; case aside); '$sector' for the forum's sector hospital.",
        },
        "party_types": words(
            "party_types", "Every party of one of these types must observe (a type no party has is reported)."
        ),
        "not_members": {
            "type": "boolean",
            "default": True,
            "description": "An observer must not also hold a member seat.",
        },
        "speaking_rights": {
            "enum": ["required", "forbidden"],
            "description": "Whether the observer seat must (or must not) say speaking_rights: true.",
        },
        "proposal_rights": {
            "enum": ["required", "forbidden"],
            "description": "Whether the observer seat must (or must not) say proposal_rights: true.",
        },
    },
    "anyOf": [{"required": ["parties"]}, {"required": ["party_types"]}],
    "additionalProperties": False,
}

_PROBLEMS = {
    "missing": phrase("observer-missing"),
    "invited": phrase("observer-only-invited"),
    "member": phrase("observer-is-member"),
    "speaking-required": phrase("observer-speaking-required"),
    "speaking-forbidden": phrase("observer-speaking-forbidden"),
    "proposal-required": phrase("observer-proposal-required"),
    "proposal-forbidden": phrase("observer-proposal-forbidden"),
}
OBSERVER_ROLE = "Observatør"
"""The role of an observer seat that ``fix`` adds, where the document has no other to follow."""


@dataclass(frozen=True)
class NotObserving:
    """The facts of a party that must observe and has no observer seat."""

    party: str


def _wanted(subject: Subject, options: dict[str, Any]) -> Iterator[str]:
    """The parties that must observe, each once, in the rule's order: those ``parties`` names
    (by id or name; a text that names none stands as it is, to be reported missing), then those
    of ``party_types``; a type no party has stands as itself."""
    org = subject.org
    seen: set[str] = set()
    for text in options.get("parties") or ():
        party_id = resolve_party(subject, text)
        if party_id is None:
            continue
        if party_id not in org.model.parties:
            party_id = named_party(org, party_id) or _named_within(subject, party_id) or party_id
        if party_id not in seen:
            seen.add(party_id)
            yield party_id
    for type_word in options.get("party_types") or ():
        of_type = [pid for pid, p in org.model.parties.items() if p.type == type_word]
        for party_id in of_type or [type_word]:
            if party_id not in seen:
                seen.add(party_id)
                yield party_id


_RENAMED = {"fylkesmannen": "statsforvalteren", "fylkesmann": "statsforvalter"}
"""Bodies renamed by law, whose old name an agreement may still use: «Fylkesmannen» is
«Statsforvalteren» since 2021."""


def _named_within(subject: Subject, text: str) -> str | None:
    """The one party whose name or one of whose ``also_known_as`` has the words of ``text`` as a run,
    each perhaps inflected (:func:`name_holds`, as a forum's ``name`` criterion reads): the agreement's
    «Pasient- og brukerombudet» for the party «Pasient- og brukerombudet i Vestfold og Telemark»,
    «Universitetet» for «UiT Norges arktiske universitet», «Fylkesmannen» (the old name) for
    «Statsforvalteren i Troms og Finnmark»; None where no party, or more than one, has them."""
    words = text.split()
    texts = [_NYNORSK.sub(_bokmal, text)]
    if words and words[0].casefold() in _RENAMED:  # the old name as written too (an also_known_as may hold it)
        texts.append(_NYNORSK.sub(_bokmal, " ".join([_RENAMED[words[0].casefold()], *words[1:]])))
    found = [
        pid
        for pid, party in subject.org.model.parties.items()
        if any(
            name_holds(_NYNORSK.sub(_bokmal, name), wanted)
            for name in (party.name, *party.also_known_as)
            for wanted in texts
        )
    ]
    return found[0] if len(found) == 1 else None


_NYNORSK = re.compile(r"(?i)statsforvaltar")
"""The nynorsk form of the renamed body («Statsforvaltaren i Vestland»), read as the bokmål one
(round 33 Førde: `Fylkesmannen` and `Statsforvalteren` did not find it)."""


def _bokmal(found: re.Match[str]) -> str:
    word = found.group()
    return word[:-2] + ("er" if word[-2:].islower() else "ER")


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    for party_id in _wanted(subject, options):
        params = {"party": party_id, "party_name": subject.org.party_name(party_id)}
        # A shared seat (shared_with) is held for each of its parties.
        observer_seats = [
            (i, s) for i, s in enumerate(forum.observers) if party_id in seat_parties(s) and not s.invited
        ]
        invited = [i for i, s in enumerate(forum.observers) if party_id in seat_parties(s) and s.invited]
        member_seats = [i for i, s in enumerate(forum.members) if party_id in seat_parties(s)]
        evidence = {
            "observer_parties": [s.party for s in forum.observers if s.party],
            "member_parties": [s.party for s in forum.members if s.party],
        }
        if options["not_members"]:
            for index in member_seats:
                yield Violation(
                    subject.at("members", index),
                    f"member:{party_id}",
                    {**params, "problem": _PROBLEMS["member"]},
                    evidence,
                )
        if not observer_seats:
            yield Violation(
                subject.at("observers", invited[0]) if invited else subject.at("observers"),
                f"missing:{party_id}",
                {**params, "problem": _PROBLEMS["invited" if invited else "missing"]},
                evidence,
                facts=NotObserving(party_id) if party_id in subject.org.model.parties else None,
            )
            continue
        rights = options.get("speaking_rights")
        proposals = options.get("proposal_rights")
        for index, seat in observer_seats:
            if proposals == "required" and seat.proposal_rights is not True:
                yield Violation(
                    subject.at("observers", index),
                    f"proposal-required:{party_id}",
                    {**params, "problem": _PROBLEMS["proposal-required"]},
                    evidence,
                )
            if proposals == "forbidden" and seat.proposal_rights is True:
                yield Violation(
                    subject.at("observers", index, "proposal_rights"),
                    f"proposal-forbidden:{party_id}",
                    {**params, "problem": _PROBLEMS["proposal-forbidden"]},
                    evidence,
                )
            if rights == "required" and seat.speaking_rights is not True:
                yield Violation(
                    subject.at("observers", index),
                    f"speaking-required:{party_id}",
                    {**params, "problem": _PROBLEMS["speaking-required"]},
                    evidence,
                )
            if rights == "forbidden" and seat.speaking_rights is True:
                yield Violation(
                    subject.at("observers", index, "speaking_rights"),
                    f"speaking-forbidden:{party_id}",
                    {**params, "problem": _PROBLEMS["speaking-forbidden"]},
                    evidence,
                )


def remedy(subject: Subject, options: dict[str, Any], violation: Violation) -> Append | None:
    """A missing observer seat: ``{party: ID, role: ROLE}`` added to the forum's ``observers``, in
    the role the document's other observer seats use (and with speaking rights when required).
    A member seat to move, or speaking rights to change, is a decision: no remedy."""
    if not isinstance(violation.facts, NotObserving):
        return None
    observers = (seat for forum in subject.org.model.fora.values() for seat in forum.observers)
    item: dict[str, Any] = {"party": violation.facts.party, "role": most_common_role(observers, OBSERVER_ROLE)}
    if options.get("speaking_rights") == "required":
        item["speaking_rights"] = True
    return Append("observers", item)


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
  ombud: {name: Pasient- og brukerombudet, type: ombud, side: uavhengig}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: ous, role: Direktør}
    observers:
      - {party: ombud, role: Ombud, speaking_rights: true}
"""
EXAMPLES = (
    Example("The ombud observes, with speaking rights", {"parties": ["ombud"], "speaking_rights": "required"}, _ORG),
    Example(
        "The ombud has no proposal rights (tale- og forslagsrett)",
        {"parties": ["ombud"], "speaking_rights": "required", "proposal_rights": "required"},
        _ORG,
        expect=("proposal-required:ombud",),
    ),
    Example(
        "«Pasient- og brukerombudet deltar som observatør»: the ombud named by its name, not its id",
        {"parties": ["Pasient- og brukerombudet"]},
        _ORG,
    ),
    Example(
        "«Statlige etater deltar som observatører», by party type: the organisation has no party of the type etat",
        {"party_types": ["etat"]},
        _ORG,
        expect=("missing:etat",),
    ),
    Example(
        "The ombud is only invited to the meetings, not an observer",
        {"parties": ["ombud"]},
        _ORG.replace("role: Ombud, speaking_rights: true}", "role: Ombud, invited: true}"),
        expect=("missing:ombud",),
    ),
)
