"""References within and across documents: every id a document names must exist, and the
relations between fora and the part_of chains between parties must not go round in circles.

Each problem is an input error at the reference's line, recorded on the file it is in.
"""

from __future__ import annotations

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import Message
from hf_rules.documents.entries import OrgEntry, SourceFile
from hf_rules.documents.model import VOCABULARY_FIELDS, MeetingPlan, Organisation
from hf_rules.documents.validate import describe_path
from hf_rules.yaml.loader import Document, Path_

SIDES = ("kommune", "sykehus", "uavhengig")


def _ref_error(doc: Document, path: Path_, message: str) -> InputError:
    return InputError(doc.location(path), message)


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
                    f"{what} '{party_id}' is not a party of this organisation; "
                    f"expected one of: {', '.join(sorted(parties))}",
                )
            )

    def sector_ref(path: Path_, sector: str) -> None:
        if sector not in parties or not parties[sector].has_sector:
            problems.append(
                _ref_error(
                    doc,
                    path,
                    f"sector '{sector}' is not a sector hospital of this organisation "
                    f"(a party with has_sector: true); expected one of: {', '.join(sector_parties) or '(none)'}",
                )
            )

    for pid, party in parties.items():
        if party.part_of is not None:
            party_ref(("parties", pid, "part_of"), party.part_of, "part_of")
            if party.part_of == pid:
                problems.append(_ref_error(doc, ("parties", pid, "part_of"), f"party '{pid}' cannot be part of itself"))
        if party.sector is not None:
            sector_ref(("parties", pid, "sector"), party.sector)
        if party.region is not None and org.regions and party.region not in org.regions:
            problems.append(
                _ref_error(
                    doc,
                    ("parties", pid, "region"),
                    f"region '{party.region}' is not one of the organisation's regions; "
                    f"expected one of: {', '.join(sorted(org.regions))}",
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
                        f"party '{member}' is in region '{rid}' here and in region '{own}' by its own 'region'",
                    )
                )
    _check_part_of_cycles(doc, org, problems)

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
                        f"area entry '{entry}' is neither a region nor a party of this organisation; expected one "
                        f"of: {', '.join(sorted(org.regions) + sorted(parties))}",
                    )
                )
        if forum.sub_committee_of is not None and (
            forum.sub_committee_of not in org.fora or forum.sub_committee_of == fid
        ):
            problems.append(
                _ref_error(
                    doc,
                    base + ("sub_committee_of",),
                    f"sub_committee_of '{forum.sub_committee_of}' is not another forum of this organisation; "
                    f"expected one of: {', '.join(sorted(f for f in org.fora if f != fid))}",
                )
            )
        for relation in ("gives_assignments_to", "gives_input_to"):
            for i, target in enumerate(getattr(forum, relation)):
                if target not in org.fora:
                    problems.append(
                        _ref_error(
                            doc,
                            base + (relation, i),
                            f"forum '{target}' in {relation} is not a forum of this "
                            f"organisation; expected one of: {', '.join(sorted(org.fora))}",
                        )
                    )
                elif target == fid:
                    problems.append(_ref_error(doc, base + (relation, i), f"forum '{fid}' cannot relate to itself"))
        for i, entry in enumerate(forum.chair_rotation or []):
            if entry not in SIDES and entry not in parties:
                problems.append(
                    _ref_error(
                        doc,
                        base + ("chair_rotation", i),
                        f"chair_rotation entry '{entry}' is neither a side "
                        f"({', '.join(SIDES[:2])}) nor a party of this organisation",
                    )
                )
        for group in ("members", "observers"):
            for i, seat in enumerate(getattr(forum, group)):
                if seat.party is not None:
                    party_ref(base + (group, i, "party"), seat.party, "party")
                if group == "observers" and seat.voting is True:
                    problems.append(
                        InputError(doc.location(base + (group, i, "voting")), Message("err-observer-votes"))
                    )
    for relation in ("gives_assignments_to", "gives_input_to"):
        _check_relation_cycles(doc, org, relation, problems)


def _check_part_of_cycles(doc: Document, org: Organisation, problems: list[InputError]) -> None:
    for start in org.parties:
        seen = [start]
        current = org.parties[start].part_of
        while current is not None and current in org.parties:
            if current == start:
                problems.append(
                    _ref_error(
                        doc, ("parties", start, "part_of"), f"part_of forms a cycle: {' -> '.join(seen + [start])}"
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
                                f"{relation} forms a cycle: {' -> '.join(trail + [start])}; "
                                "a forum cannot reach itself through this relation",
                            )
                        )
                elif target not in trail and len(trail) <= len(org.fora):
                    stack.append((target, trail + [target]))


def check_plan(source: SourceFile, plan: MeetingPlan, org: OrgEntry) -> None:
    doc = source.doc
    assert doc is not None
    problems = source.problems
    parties = org.model.parties
    if plan.forum not in org.model.fora:
        problems.append(
            _ref_error(
                doc,
                ("forum",),
                f"forum '{plan.forum}' is not a forum of organisation "
                f"'{org.id}'; expected one of: {', '.join(sorted(org.model.fora))}",
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
                        f"{path[-1]} '{party_id}' is not a party of organisation '{org.id}' ({org.file.path})",
                    )
                )
        if period.to < period.from_:
            problems.append(
                _ref_error(
                    doc, ("chairs", i, "to"), f"chair period ends ({period.to}) before it starts ({period.from_})"
                )
            )
    for i, meeting in enumerate(plan.meetings):
        if not any(p.from_ <= meeting.date <= p.to for p in plan.chairs):
            problems.append(
                _ref_error(
                    doc,
                    ("meetings", i, "date"),
                    f"meeting on {meeting.date} falls outside every chair period; "
                    "expected a date within one of the plan's chair periods",
                )
            )


def vocabulary_problems(
    doc: Document, document: Organisation | MeetingPlan, vocabulary: dict[str, list[str]]
) -> list[InputError]:
    """Words of a document outside the vocabulary of the rule packs in use (``BASE_VOCABULARY``
    and what the packs add): a party or forum ``type``, a seat ``level``, a meeting ``kind``."""
    found: list[tuple[Path_, str, str]] = []
    if isinstance(document, Organisation):
        for pid, party in document.parties.items():
            found.append((("parties", pid, "type"), party.type, "party_types"))
        for fid, forum in document.fora.items():
            found.append((("fora", fid, "type"), forum.type, "forum_types"))
            for group in ("members", "observers"):
                for i, seat in enumerate(getattr(forum, group)):
                    if seat.level is not None:
                        found.append((("fora", fid, group, i, "level"), seat.level, "levels"))
    else:
        for i, meeting in enumerate(document.meetings):
            if meeting.kind is not None:
                found.append((("meetings", i, "kind"), meeting.kind, "meeting_kinds"))
    problems = []
    for path, value, words in found:
        if value not in vocabulary[words]:
            where = describe_path(path)
            problems.append(
                _ref_error(
                    doc,
                    path,
                    f"{where} is '{value}'; expected one of: {', '.join(vocabulary[words])} "
                    f"(the {VOCABULARY_FIELDS[words]}s of the rule packs; a pack adds its own under "
                    f"vocabulary.{words})",
                )
            )
    return problems
