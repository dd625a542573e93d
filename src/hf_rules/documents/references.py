"""References within and across documents: every id a document names must exist, and the
relations between fora and the part_of chains between parties must not go round in circles.

Each problem is an input error at the reference's line, recorded on the file it is in.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from typing import Any

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import Message
from hf_rules.documents.entries import OrgEntry, SourceFile, secretariat_named
from hf_rules.documents.model import (
    BASE_RELATIONS,
    FORUM_RELATIONS,
    SUB_AGREEMENT_KIND,
    MandatePoint,
    MeetingPlan,
    Organisation,
    RelationKind,
    Seat,
    Secretariat,
    mandate_duties,
    names_of,
    normalised_name,
)
from hf_rules.documents.validate import describe_path
from hf_rules.yaml.loader import Document, Path_

SIDES = ("kommune", "sykehus", "uavhengig")


SECRETARIAT = "secretariat"
"""What a seat's ``on_behalf_of`` says for a seat held by a post in a secretariat (this forum's,
or the health community's): «Leder av FOUSAM» in the SSU. A forum whose id is ``secretariat``
is that forum instead."""


def _ref_error(doc: Document, path: Path_, message: Message) -> InputError:
    return InputError(doc.location(path), message)


TARGET_SORTS = ("forum", "secretariat", "party", "agreement")


def relation_target_sort(org: Organisation, target: str, allowed: tuple[str, ...] = TARGET_SORTS) -> str | None:
    """What a ``relations`` id names, among the sorts ``allowed``: a forum (by id), the health
    community's joint secretariat (``secretariat``, where there is one and no forum has that id),
    a party (by id) or an agreement or sub-agreement (by id); None when it names none of them."""
    for sort in TARGET_SORTS:
        if sort not in allowed:
            continue
        if sort == "forum" and target in org.fora:
            return sort
        if sort == "secretariat" and target == SECRETARIAT and org.secretariat is not None and target not in org.fora:
            return sort
        if sort == "party" and target in org.parties:
            return sort
        if sort == "agreement" and (target in org.agreements or target in org.sub_agreements):
            return sort
    return None


def declared_relations(org: Organisation) -> list[tuple[Path_, str | None, dict[str, list[str]]]]:
    """``(path of the subject, forum id or None, its relations)`` for every forum, forum
    secretariat and the joint secretariat of ``org`` that declares ``relations``."""
    found: list[tuple[Path_, str | None, dict[str, list[str]]]] = []
    for fid, forum in org.fora.items():
        if forum.relations:
            found.append((("fora", fid), fid, forum.relations))
        if forum.secretariat is not None and forum.secretariat.relations:
            found.append((("fora", fid, "secretariat"), None, forum.secretariat.relations))
    if org.secretariat is not None and org.secretariat.relations:
        found.append((("secretariat",), SECRETARIAT, org.secretariat.relations))
    return found


def check_organisation(source: SourceFile, org: Organisation) -> None:
    doc = source.doc
    assert doc is not None
    problems = source.problems
    parties = org.parties
    sector_parties = sorted(pid for pid, p in parties.items() if p.has_sector)

    def party_ref(path: Path_, party_id: str, what: str) -> None:
        if party_id not in parties:
            problems.append(
                _ref_error(
                    doc,
                    path,
                    Message("ref-not-a-party", what=what, party=party_id, choices=", ".join(sorted(parties))),
                )
            )

    def secretariat_refs(path: Path_, secretariat: Secretariat) -> None:
        """A secretariat's parties (who runs it, its seats' parties, daily and responsible) and the
        fora it serves and reports to."""
        for i, party_id in enumerate(secretariat.run_by):
            party_ref(path + ("run_by", i), party_id, "run_by")
        for group in ("members", "responsible"):
            for i, seat in enumerate(getattr(secretariat, group)):
                seat_refs(path + (group, i), seat, group)
        for field in ("serves", "reports_to"):
            for i, target in enumerate(getattr(secretariat, field)):
                if target not in org.fora:
                    message = Message(
                        "ref-serves" if field == "serves" else "ref-reports-to",
                        forum=target,
                        choices=", ".join(sorted(org.fora)),
                    )
                    problems.append(_ref_error(doc, path + (field, i), message))

    def seat_refs(path: Path_, seat: Seat, group: str) -> None:
        """A seat's parties (its own, its deputy's), and ``invited`` on an observer only."""
        if seat.party is not None:
            party_ref(path + ("party",), seat.party, "party")
        deputy = seat.deputy
        if deputy is not None and deputy.party is not None:
            party_ref(path + ("deputy", "party"), deputy.party, "deputy.party")
        shared_refs(path, seat)
        if seat.site is not None:
            party_ref(path + ("site",), seat.site, "site")
            own = parties.get(seat.party) if seat.party is not None else None
            site = parties.get(seat.site)
            if own is not None and site is not None and site.side != own.side:
                message = Message("ref-site-side", site=seat.site, other=site.side, own=seat.party, side=own.side)
                problems.append(_ref_error(doc, path + ("site",), message))
        if group != "observers" and seat.invited:
            problems.append(InputError(doc.location(path + ("invited",)), Message("err-member-invited")))
        if {"leder", "nestleder"} <= set(seat.positions):
            problems.append(InputError(doc.location(path + ("position",)), Message("err-leader-and-deputy")))

    def shared_refs(path: Path_, seat: Seat) -> None:
        """A shared seat's further parties: parties of the organisation, not the seat's own, each
        once, and of the side of the seat's party (a seat is shared within one side)."""
        seen: set[str] = set()
        for i, party_id in enumerate(seat.shared_with):
            at = path + ("shared_with", i)
            if party_id not in parties:
                party_ref(at, party_id, "shared_with")
            elif party_id == seat.party:
                problems.append(_ref_error(doc, at, Message("ref-shared-with-own", party=party_id)))
            elif party_id in seen:
                problems.append(_ref_error(doc, at, Message("ref-shared-with-twice", party=party_id)))
            elif seat.party in parties and parties[party_id].side != parties[seat.party].side:
                message = Message(
                    "ref-shared-with-side",
                    party=party_id,
                    other=parties[party_id].side,
                    own=seat.party,
                    side=parties[seat.party].side,
                )
                problems.append(_ref_error(doc, at, message))
            seen.add(party_id)

    def sector_ref(path: Path_, sector: str) -> None:
        if sector not in parties or not parties[sector].has_sector:
            problems.append(
                _ref_error(
                    doc,
                    path,
                    Message(
                        "ref-not-a-sector", sector=sector, choices=", ".join(sector_parties) or Message("ref-none")
                    ),
                )
            )

    for pid, party in parties.items():
        if party.part_of is not None:
            party_ref(("parties", pid, "part_of"), party.part_of, "part_of")
            if party.part_of == pid:
                problems.append(_ref_error(doc, ("parties", pid, "part_of"), Message("ref-part-of-itself", party=pid)))
        if party.sector is not None:
            sector_ref(("parties", pid, "sector"), party.sector)
        if party.region is not None and org.regions and party.region not in org.regions:
            problems.append(
                _ref_error(
                    doc,
                    ("parties", pid, "region"),
                    Message("ref-not-a-region", region=party.region, choices=", ".join(sorted(org.regions))),
                )
            )
    for rid, region in org.regions.items():
        for i, member in enumerate(region.parties):
            party_ref(("regions", rid, "parties", i), member, "party")
            own = parties[member].region if member in parties else None
            if own is not None and own != rid:
                problems.append(
                    _ref_error(
                        doc,
                        ("regions", rid, "parties", i),
                        Message("ref-region-conflict", party=member, region=rid, own=own),
                    )
                )
    _check_part_of_cycles(doc, org, problems)
    for what, bodies in (
        ("parties", org.parties),
        ("regions", org.regions),
        ("fora", org.fora),
        ("bodies", org.bodies),
    ):
        _check_names_taken(doc, what, bodies, problems)
    _check_body_names(doc, org, problems)

    for fid, forum in org.fora.items():
        base: Path_ = ("fora", fid)
        if forum.sector is not None:
            sector_ref(base + ("sector",), forum.sector)
        for i, entry in enumerate(forum.area or []):
            if entry not in org.regions and entry not in parties:
                problems.append(
                    _ref_error(
                        doc,
                        base + ("area", i),
                        Message("ref-area", entry=entry, choices=", ".join(sorted(org.regions) + sorted(parties))),
                    )
                )
        for i, parent in enumerate(forum.sub_committee_of):
            if parent not in org.fora or parent == fid:
                problems.append(
                    _ref_error(
                        doc,
                        base + ("sub_committee_of", i),
                        Message(
                            "ref-sub-committee",
                            forum=parent,
                            choices=", ".join(sorted(f for f in org.fora if f != fid)),
                        ),
                    )
                )
        for relation in FORUM_RELATIONS:
            for i, target in enumerate(getattr(forum, relation)):
                if target not in org.fora:
                    problems.append(
                        _ref_error(
                            doc,
                            base + (relation, i),
                            Message(
                                "ref-relation-target",
                                forum=target,
                                relation=relation,
                                choices=", ".join(sorted(org.fora)),
                            ),
                        )
                    )
                elif target == fid:
                    problems.append(_ref_error(doc, base + (relation, i), Message("ref-relates-to-itself", forum=fid)))
        for i, step in enumerate(forum.escalation):
            if step not in org.fora:
                message = Message("ref-escalation-forum", forum=step, choices=", ".join(sorted(org.fora)))
                problems.append(_ref_error(doc, base + ("escalation", i), message))
            elif step == fid and i > 0:
                problems.append(_ref_error(doc, base + ("escalation", i), Message("ref-escalation-self", forum=fid)))
            elif step in forum.escalation[:i]:
                problems.append(_ref_error(doc, base + ("escalation", i), Message("ref-escalation-twice", forum=step)))
        if org.sub_agreements:
            for i, agreement in enumerate(forum.follows_up):
                if agreement not in org.sub_agreements:
                    problems.append(
                        _ref_error(
                            doc,
                            base + ("follows_up", i),
                            Message(
                                "ref-sub-agreement",
                                agreement=agreement,
                                choices=", ".join(org.sub_agreements),
                            ),
                        )
                    )
        for i, entry in enumerate(forum.chair_rotation or []):
            if entry not in SIDES and entry not in parties:
                problems.append(
                    _ref_error(
                        doc,
                        base + ("chair_rotation", i),
                        Message("ref-chair-rotation", entry=entry, sides=", ".join(SIDES[:2])),
                    )
                )
        for group in ("members", "observers"):
            for i, seat in enumerate(getattr(forum, group)):
                seat_refs(base + (group, i), seat, group)
                a_secretariat = seat.on_behalf_of == SECRETARIAT and SECRETARIAT not in org.fora
                if a_secretariat and org.secretariat is None and forum.secretariat is None:
                    problems.append(
                        _ref_error(doc, base + (group, i, "on_behalf_of"), Message("ref-on-behalf-of-secretariat"))
                    )
                elif (
                    seat.on_behalf_of is not None
                    and not a_secretariat
                    and (seat.on_behalf_of not in org.fora or seat.on_behalf_of == fid)
                ):
                    others = sorted(f for f in org.fora if f != fid)
                    if org.secretariat is not None or forum.secretariat is not None:
                        others.append(SECRETARIAT)
                    problems.append(
                        _ref_error(
                            doc,
                            base + (group, i, "on_behalf_of"),
                            Message("ref-on-behalf-of", forum=seat.on_behalf_of, choices=", ".join(others)),
                        )
                    )
                if group == "members" and seat.speaking_rights is False:
                    problems.append(
                        InputError(
                            doc.location(base + (group, i, "speaking_rights")),
                            Message("err-member-without-speaking-rights"),
                        )
                    )
                if group == "observers" and seat.voting is True:
                    problems.append(
                        InputError(doc.location(base + (group, i, "voting")), Message("err-observer-votes"))
                    )
        if forum.secretariat is not None:
            secretariat_refs(base + ("secretariat",), forum.secretariat)
    if org.secretariat is not None:
        secretariat_refs(("secretariat",), org.secretariat)
    for base_path, own, relations in declared_relations(org):
        for word_id, targets in relations.items():
            for i, target in enumerate(targets):
                path = (*base_path, "relations", word_id, i)
                if own is not None and target == own and relation_target_sort(org, target) != "party":
                    problems.append(_ref_error(doc, path, Message("ref-relates-to-itself", forum=target)))
                elif relation_target_sort(org, target) is None:
                    choices = sorted(org.fora) + ([SECRETARIAT] if org.secretariat is not None else [])
                    message = Message(
                        "ref-declared-relation-target",
                        target=target,
                        relation=word_id,
                        choices=", ".join(choices + sorted(org.parties) + [*org.agreements, *org.sub_agreements]),
                    )
                    problems.append(_ref_error(doc, path, message))
    for relation in ("gives_assignments_to", "gives_input_to"):
        _check_relation_cycles(doc, org, relation, problems)
    _check_agreements(doc, org, problems)
    _check_municipality_numbers(doc, org, problems)


def _check_municipality_numbers(doc: Document, org: Organisation, problems: list[InputError]) -> None:
    """Each party's ``municipality_number``: in the register, the number of a municipality one of
    the party's names names (any official form, «kommune» aside), and no two parties with one
    number. The register is read only when a party gives a number."""
    numbered = [(pid, p) for pid, p in org.parties.items() if p.municipality_number is not None]
    if not numbered:
        return
    from hf_rules.documents.municipalities import STRUCTURE, name_forms, name_key, register

    known = register()
    owner: dict[str, str] = {}
    for pid, party in numbered:
        number = party.municipality_number
        assert number is not None
        path: Path_ = ("parties", pid, "municipality_number")
        municipality = known.municipalities.get(number)
        if municipality is None:
            problems.append(_ref_error(doc, path, Message("ref-municipality-unknown", number=number, date=STRUCTURE)))
            continue
        if number in owner:
            message = Message("ref-municipality-twice", number=number, party=pid, other=owner[number])
            problems.append(_ref_error(doc, path, message))
            continue
        owner[number] = pid
        own = {name_key(form) for form in municipality.forms}
        if not own & {name_key(name) for name in name_forms(names_of(party.name, party.also_known_as))}:
            message = Message(
                "ref-municipality-name",
                number=number,
                name=party.name,
                register=municipality.name,
                other=", ".join(
                    sorted(
                        f"{m} {known.municipalities[m].name}"
                        for m in known.matching(names_of(party.name, party.also_known_as))
                    )
                )
                or "-",
            )
            problems.append(_ref_error(doc, path, message))


def _check_agreements(doc: Document, org: Organisation, problems: list[InputError]) -> None:
    """The agreements' and sub-agreements' references: who adopted them (a party, a forum or a
    declared body of the organisation), their parties (each once), an agreement that replaces itself, a
    sub-agreement written under ``agreements`` and an id used in both lists."""
    all_ids = [*org.agreements, *org.sub_agreements]
    names = {normalised_name(a.name) for a in (*org.agreements.values(), *org.sub_agreements.values())}
    for group in ("agreements", "sub_agreements"):
        for aid, agreement in getattr(org, group).items():
            base: Path_ = (group, aid)
            if group == "agreements" and aid in org.sub_agreements:
                problems.append(
                    InputError(doc.location(base, key=True), Message("ref-agreement-id-taken", agreement=aid))
                )
            if group == "agreements" and getattr(agreement, "kind", None) == SUB_AGREEMENT_KIND:
                problems.append(_ref_error(doc, (*base, "kind"), Message("ref-agreement-delavtale")))
            for i, adoption in enumerate(agreement.adopted_by):
                if adoption.party is not None and adoption.party not in org.parties:
                    message = Message(
                        "ref-not-a-party",
                        what="adopted_by.party",
                        party=adoption.party,
                        choices=", ".join(sorted(org.parties)),
                    )
                    problems.append(_ref_error(doc, (*base, "adopted_by", i, "party"), message))
                if adoption.forum is not None and adoption.forum not in org.fora and adoption.forum not in org.bodies:
                    choices = ", ".join(sorted([*org.fora, *org.bodies]))
                    message = Message("ref-adoption-forum", forum=adoption.forum, choices=choices)
                    problems.append(_ref_error(doc, (*base, "adopted_by", i, "forum"), message))
            seen: set[str] = set()
            for i, party_id in enumerate(agreement.parties):
                if party_id not in org.parties:
                    message = Message(
                        "ref-not-a-party", what="parties", party=party_id, choices=", ".join(sorted(org.parties))
                    )
                    problems.append(_ref_error(doc, (*base, "parties", i), message))
                elif party_id in seen:
                    problems.append(
                        _ref_error(doc, (*base, "parties", i), Message("ref-agreement-party-twice", party=party_id))
                    )
                seen.add(party_id)
            basis = agreement.basis
            if basis is not None and basis.agreement == aid:
                message = Message("ref-agreement-basis-itself", agreement=aid)
                problems.append(_ref_error(doc, (*base, "basis", "agreement"), message))
            elif basis is not None and basis.agreement not in all_ids:
                close = difflib.get_close_matches(basis.agreement, all_ids, n=1)
                message = Message(
                    "ref-agreement-basis",
                    agreement=basis.agreement,
                    suggestion=Message("did-you-mean", name=close[0]) if close else "",
                    choices=", ".join(a for a in all_ids if a != aid) or "-",
                )
                problems.append(_ref_error(doc, (*base, "basis", "agreement"), message))
            own = {aid, normalised_name(agreement.name)}
            ids = [a for a in all_ids if a != aid]
            for i, entry in enumerate(agreement.replaces):
                if entry in own or normalised_name(entry) in own:
                    message = Message("ref-agreement-replaces-itself", agreement=aid, entry=entry)
                    problems.append(_ref_error(doc, (*base, "replaces", i), message))
                elif entry not in ids and normalised_name(entry) not in names and _ID_LIKE.fullmatch(entry):
                    # written as an id (no spaces, small letters) and near one: a misspelt id, not a name
                    close = difflib.get_close_matches(entry, ids, n=1, cutoff=0.85)
                    if close:
                        message = Message("ref-agreement-replaces-near", entry=entry, agreement=close[0])
                        problems.append(_ref_error(doc, (*base, "replaces", i), message))


_ID_LIKE = re.compile(r"[a-z0-9æøå]+(?:-[a-z0-9æøå]+)+")
"""An entry of ``replaces`` written as an id is: small letters and digits joined by hyphens."""


def _check_names_taken(doc: Document, what: str, bodies: dict[str, Any], problems: list[InputError]) -> None:
    """An ``also_known_as`` name that is another party's (region's, forum's) id or name: which of
    the two a text names could not be told, so it is an error at the name."""
    owners: dict[str, str] = {}
    for bid, body in bodies.items():
        for name in (bid, *names_of(body.name)):
            owners.setdefault(normalised_name(name), bid)
    for bid, body in bodies.items():
        for i, name in enumerate(body.also_known_as):
            other = owners.setdefault(normalised_name(name), bid)
            if other != bid:
                message = Message("ref-name-taken", name=name, what=Message(f"ref-name-of-{what}"), other=other)
                problems.append(_ref_error(doc, (what, bid, "also_known_as", i), message))


def _check_body_names(doc: Document, org: Organisation, problems: list[InputError]) -> None:
    """A declared body (``bodies:``) whose id or name is a party's, region's or forum's id or name:
    a text naming it could not be told from the other, so it is an error at the body's name."""
    owners: dict[str, tuple[str, str]] = {}
    for what, others in (("parties", org.parties), ("regions", org.regions), ("fora", org.fora)):
        for oid, known in others.items():
            for name in (oid, *names_of(known.name, known.also_known_as)):
                owners.setdefault(normalised_name(name), (what, oid))
    for bid, declared in org.bodies.items():
        named: list[tuple[Path_, str]] = [(("bodies", bid), bid), (("bodies", bid, "name"), declared.name)]
        named += [(("bodies", bid, "also_known_as", i), n) for i, n in enumerate(declared.also_known_as)]
        for path, name in named:
            owner = owners.get(normalised_name(name))
            if owner is not None:
                message = Message(
                    "ref-body-name-taken", body=bid, name=name, what=Message(f"ref-name-of-{owner[0]}"), other=owner[1]
                )
                problems.append(_ref_error(doc, path, message))
                break


def _check_part_of_cycles(doc: Document, org: Organisation, problems: list[InputError]) -> None:
    for start in org.parties:
        seen = [start]
        current = org.parties[start].part_of
        while current is not None and current in org.parties:
            if current == start:
                problems.append(
                    _ref_error(
                        doc,
                        ("parties", start, "part_of"),
                        Message("ref-part-of-cycle", chain=" -> ".join(seen + [start])),
                    )
                )
                break
            if current in seen:
                break
            seen.append(current)
            current = org.parties[current].part_of


def _check_relation_cycles(doc: Document, org: Organisation, relation: str, problems: list[InputError]) -> None:
    """A forum cannot, through a chain of the same relation, give input (or assignments) to itself."""
    reported: set[frozenset[str]] = set()
    for start in org.fora:
        stack: list[tuple[str, list[str]]] = [(start, [start])]
        while stack:
            node, trail = stack.pop()
            for target in getattr(org.fora[node], relation):
                if target not in org.fora or target == node:
                    continue
                if target == start:
                    cycle = frozenset(trail)
                    if cycle not in reported and len(trail) > 1:
                        reported.add(cycle)
                        index = getattr(org.fora[node], relation).index(target)
                        problems.append(
                            _ref_error(
                                doc,
                                ("fora", node, relation, index),
                                Message("ref-relation-cycle", relation=relation, chain=" -> ".join(trail + [start])),
                            )
                        )
                elif target not in trail and len(trail) <= len(org.fora):
                    stack.append((target, trail + [target]))


def check_plan(source: SourceFile, plan: MeetingPlan, org: OrgEntry) -> None:
    doc = source.doc
    assert doc is not None
    problems = source.problems
    parties = org.model.parties
    if plan.secretariat is not None:
        if secretariat_named(org.model, plan.secretariat) is None:
            have = [fid for fid, forum in org.model.fora.items() if forum.secretariat is not None]
            choices = ([SECRETARIAT] if org.model.secretariat is not None else []) + sorted(have)
            message = Message(
                "ref-plan-secretariat", secretariat=plan.secretariat, org=org.id, choices=", ".join(choices) or "-"
            )
            problems.append(_ref_error(doc, ("secretariat",), message))
    elif plan.forum not in org.model.fora:
        problems.append(
            _ref_error(
                doc,
                ("forum",),
                Message("ref-plan-forum", forum=plan.forum, org=org.id, choices=", ".join(sorted(org.model.fora))),
            )
        )
    for i, period in enumerate(plan.chairs):
        refs: list[tuple[Path_, str | None]] = [(("chairs", i, "party"), period.party)]
        refs.append((("chairs", i, "deputy"), period.deputy))
        if period.co_chair is not None:
            refs.append((("chairs", i, "co_chair", "party"), period.co_chair.party))
        for path, party_id in refs:
            if party_id is not None and party_id not in parties:
                problems.append(
                    _ref_error(
                        doc,
                        path,
                        Message("ref-plan-party", what=path[-1], party=party_id, org=org.id, file=org.file.path),
                    )
                )
        if period.to < period.from_:
            problems.append(
                _ref_error(
                    doc, ("chairs", i, "to"), Message("ref-chair-period-reversed", to=period.to, start=period.from_)
                )
            )
        if period.term_from is not None and period.term_from > period.from_:
            problems.append(
                _ref_error(
                    doc,
                    ("chairs", i, "term_from"),
                    Message("ref-chair-term-from-after", term_from=period.term_from, start=period.from_),
                )
            )
        if period.term_to is not None and period.term_to < period.to:
            problems.append(
                _ref_error(
                    doc,
                    ("chairs", i, "term_to"),
                    Message("ref-chair-term-to-before", term_to=period.term_to, end=period.to),
                )
            )
    if plan.covers is not None and plan.chairs:
        problems.append(_ref_error(doc, ("covers",), Message("ref-plan-covers-with-chairs")))
    for i, meeting in enumerate(plan.meetings):
        if meeting.host is not None and meeting.host not in parties:
            problems.append(
                _ref_error(
                    doc,
                    ("meetings", i, "host"),
                    Message("ref-plan-party", what="host", party=meeting.host, org=org.id, file=org.file.path),
                )
            )
        # Without chair periods (and without `covers`) the plan gives only its meetings: nothing to lie inside.
        outside_covers = plan.covers is not None and not plan.covers.from_ <= meeting.date <= plan.covers.to
        if (plan.chairs and not any(p.from_ <= meeting.date <= p.to for p in plan.chairs)) or outside_covers:
            key = "ref-meeting-outside-covers" if outside_covers else "ref-meeting-outside"
            problems.append(_ref_error(doc, ("meetings", i, "date"), Message(key, date=meeting.date)))


def _seat_words(path: Path_, seat: Seat) -> list[tuple[Path_, str, str]]:
    """The words of a seat that a vocabulary holds: its ``level``, ``position`` and ``functions``."""
    found: list[tuple[Path_, str, str]] = []
    if seat.level is not None:
        found.append(((*path, "level"), seat.level, "levels"))
    if isinstance(seat.position, str):
        found.append(((*path, "position"), seat.position, "positions"))
    elif seat.position is not None:
        found += [((*path, "position", i), word, "positions") for i, word in enumerate(seat.position)]
    found += [((*path, "functions", i), word, "functions") for i, word in enumerate(seat.functions)]
    return found


def _duty_words(path: Path_, mandate: list[MandatePoint]) -> list[tuple[Path_, str, str]]:
    """The duties a mandate's points declare (``{text, duties}``), each a word of ``duties``."""
    return [
        ((*path, i, "duties", k), duty, "duties")
        for i, point in enumerate(mandate)
        for k, duty in enumerate(mandate_duties(point))
    ]


def _relation_problems(
    doc: Document, org: Organisation, vocabulary: dict[str, list[str]], relations: Mapping[str, RelationKind]
) -> list[InputError]:
    """Each ``relations`` key that is not a relation word of the packs (with "did you mean"), and
    each id that names a body of a sort the word does not point to (a forum for ``vertskommune``)."""
    problems: list[InputError] = []
    words = vocabulary.get("relations", list(relations))
    for base_path, _, declared in declared_relations(org):
        for word_id, targets in declared.items():
            kind = relations.get(word_id)
            if word_id not in words or kind is None:
                close = difflib.get_close_matches(word_id, words, n=1)
                message = Message(
                    "ref-relation-word",
                    where=describe_path((*base_path, "relations")),
                    value=word_id,
                    suggestion=Message("did-you-mean", name=close[0]) if close else "",
                    choices=", ".join(words),
                )
                problems.append(InputError(doc.location((*base_path, "relations", word_id), key=True), message))
                continue
            for i, target in enumerate(targets):
                sort = relation_target_sort(org, target)
                if sort is None or relation_target_sort(org, target, kind.to) is not None:
                    continue  # an unknown id is a reference error already
                message = Message(
                    "ref-relation-sort",
                    relation=word_id,
                    target=target,
                    sort=Message(f"relation-sort-{sort}"),
                    allowed=", ".join(kind.to),
                )
                problems.append(_ref_error(doc, (*base_path, "relations", word_id, i), message))
    return problems


def vocabulary_problems(
    doc: Document,
    document: Organisation | MeetingPlan,
    vocabulary: dict[str, list[str]],
    relations: Mapping[str, RelationKind] = BASE_RELATIONS,
) -> list[InputError]:
    """Words of a document outside the vocabulary of the rule packs in use (``BASE_VOCABULARY``
    and what the packs add): a party or forum ``type``, a seat ``level``, a meeting ``kind``, a
    relation word (and what each relation points to)."""
    found: list[tuple[Path_, str, str]] = []
    relation_problems: list[InputError] = []
    if isinstance(document, Organisation):
        relation_problems = _relation_problems(doc, document, vocabulary, relations)
        for pid, party in document.parties.items():
            found.append((("parties", pid, "type"), party.type, "party_types"))
        for bid, body in document.bodies.items():
            found += [(("bodies", bid, "party_types", i), t, "party_types") for i, t in enumerate(body.party_types)]
        for aid, agreement in document.agreements.items():
            found.append((("agreements", aid, "kind"), agreement.kind, "agreement_kinds"))
        for fid, forum in document.fora.items():
            found.append((("fora", fid, "type"), forum.type, "forum_types"))
            found += _duty_words(("fora", fid, "mandate"), forum.mandate)
            if forum.secretariat is not None:
                found += _duty_words(("fora", fid, "secretariat", "mandate"), forum.secretariat.mandate)
            seats: list[tuple[Path_, Seat]] = [
                (("fora", fid, group, i), seat)
                for group in ("members", "observers")
                for i, seat in enumerate(getattr(forum, group))
            ]
            if forum.secretariat is not None:
                seats += [
                    (("fora", fid, "secretariat", group, i), s)
                    for group in ("members", "responsible")
                    for i, s in enumerate(getattr(forum.secretariat, group))
                ]
            for path, seat in seats:
                found += _seat_words(path, seat)
        if document.secretariat is not None:
            found += _duty_words(("secretariat", "mandate"), document.secretariat.mandate)
            for group in ("members", "responsible"):
                for i, seat in enumerate(getattr(document.secretariat, group)):
                    found += _seat_words(("secretariat", group, i), seat)
    else:
        for i, meeting in enumerate(document.meetings):
            if meeting.kind is not None:
                found.append((("meetings", i, "kind"), meeting.kind, "meeting_kinds"))
    problems = []
    for path, value, words in found:
        allowed = vocabulary.get(words, [])
        if value not in allowed:
            where = describe_path(path)
            close = difflib.get_close_matches(value, allowed, n=1, cutoff=0.75)  # not «kommune» for «fylkeskommune»
            problems.append(
                _ref_error(
                    doc,
                    path,
                    Message(
                        "ref-vocabulary",
                        where=where,
                        value=value,
                        suggestion=Message("did-you-mean", name=close[0]) if close else "",
                        choices=", ".join(allowed) if allowed else Message("ref-vocabulary-none"),
                        words=Message(f"vocabulary-the-{words}"),
                        field=words,
                    ),
                )
            )
    return problems + relation_problems
