"""What a proposal changes: two workspaces compared by meaning, and two reports by fingerprint.

Structure (:func:`structural_changes`): organisations, parties, fora and meeting plans are
matched by id. A forum whose id stays and whose name changes is *renamed*; a forum whose id
changes is removed and added (an id is what rules, plans and relations refer to, so a new id is
a new forum to them as well; guessing a rename from similar seats would be a guess). Seats of a
forum are matched by who holds them (the party, or the constituency of a ``represents`` seat):
first in the same list with the same role, then in the same list, then across lists (a seat that
moves between ``members`` and ``observers``); what is left is added or removed. A matched seat
whose person, deputy, role, other roles, level or speaking rights differ is reported as changed. A
forum's relations (its lists of fora, and each relation word of ``relations``) are compared by
target: each one added or removed. A forum's
secretariat and the health community's are compared field by field (name, who runs it, the fora
it serves and reports to, its ``relations``, its tasks, its seats by holder and role, daily and responsible). A
meeting plan's chair periods and its meetings are compared as lists of lines (a meeting: date,
time, kind, host, topic, place and format).

Compliance (:func:`compliance_delta`): open findings are matched by fingerprint (rule, subject
and what is wrong, never the line), as baselines are.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

from hf_rules.documents.entries import OrgEntry, PlanEntry, Workspace
from hf_rules.documents.model import (
    Adoption,
    ChairPeriod,
    Forum,
    MandatePoint,
    Meeting,
    RelationKind,
    Seat,
    Secretariat,
    SubAgreement,
    Term,
    mandate_duties,
    mandate_text,
)
from hf_rules.report.diff import Change, FindingRef, Value
from hf_rules.report.model import Finding, Report
from hf_rules.yaml.loader import Document

PARTY_FIELDS = ("name", "type", "side", "part_of", "sector", "has_sector", "region")
FORUM_FIELDS = (
    "type",
    "sector",
    "topic",
    "decision_rule",
    "user_participation",
    "mandate",
    "priority_groups",
    "follows_up",
    "escalation",
)
SEAT_FIELDS = {"person": "holder-changed", "deputy": "deputy-changed"}
OTHER_SEAT_FIELDS = (
    "role",
    "other_roles",
    "functions",
    "shared_with",
    "site",
    "level",
    "body",
    "voting",
    "speaking_rights",
    "invited",
)
RELATIONS = ("sub_committee_of", "gives_assignments_to", "gives_input_to", "supports")
LISTS = ("members", "observers")


def seat_identity(seat: Seat) -> str:
    """Who holds a seat: the party's id, or ``represents:KIND`` for a constituency seat."""
    return seat.party if seat.party is not None else f"represents:{seat.represents}"


def _seat_value(seat: Seat, name: str) -> Any:
    """A seat's ``person``, or its deputy as one text whichever way it is written: the name, and
    its role, and the party (else the side) it comes from in brackets (``Kari Vara (oslo)``,
    ``(kommune)``)."""
    if name != "deputy":
        return getattr(seat, name)
    deputy = seat.deputy
    if deputy is None:
        return None
    where = deputy.party or deputy.side
    who = ", ".join(p for p in (deputy.person, deputy.role) if p)
    return f"{who} ({where})".strip() if where else who


def _value(value: Any) -> Value:
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    if value is None or isinstance(value, (str, int, bool)):
        return value
    return str(value)


class _Emitter:
    """Collects changes of one organisation, each located in the document that shows it."""

    def __init__(self, org_id: str) -> None:
        self.org_id = org_id
        self.changes: list[Change] = []

    def add(
        self,
        kind: str,
        doc: Document,
        path: tuple[str | int, ...],
        *,
        forum: str | None = None,
        forum_name: str | None = None,
        party: str | None = None,
        plan: str | None = None,
        seat: str | None = None,
        field: str | None = None,
        label: dict[str, str] | None = None,
        before: Any = None,
        after: Any = None,
    ) -> None:
        location = doc.location(path, key=True)
        self.changes.append(
            Change(
                kind=kind,
                organisation=self.org_id,
                forum=forum,
                forum_name=forum_name,
                party=party,
                plan=plan,
                seat=seat,
                field=field,
                label=label,
                before=_value(before),
                after=_value(after),
                file=location.file,
                line=max(location.line, 1),
            )
        )


def structural_changes(old: Workspace, new: Workspace) -> list[Change]:
    """The changes from ``old`` to ``new``: per organisation (NEW's order, then those only in
    OLD), parties, then fora, then meeting plans."""
    changes: list[Change] = []
    org_ids = list(new.organisations) + [o for o in old.organisations if o not in new.organisations]
    for org_id in org_ids:
        emit = _Emitter(org_id)
        before, after = old.organisations.get(org_id), new.organisations.get(org_id)
        _parties(emit, before, after)
        if after is not None and before is not None:
            _organisation(emit, before, after)
        _fora(emit, before, after)
        if after is not None and before is not None:
            _secretariat(emit, before.model.secretariat, after.model.secretariat, after.doc, ())
        _plans(
            emit,
            [p for p in old.plans if p.org.id == org_id],
            [p for p in new.plans if p.org.id == org_id],
        )
        changes += emit.changes
    return changes


AGREEMENT_FIELDS = ("adopted", "effective_from", "adopted_by", "replaces", "parties", "basis")
"""The fields of an agreement (or sub-agreement) compared beside its id, kind and name."""


def _adoption(adoption: Adoption) -> str:
    """One adoption as one text: who (a party, with its body in brackets, or ``forum ID``) and when."""
    who = f"{adoption.party} ({adoption.body})" if adoption.body else adoption.party or f"forum {adoption.forum}"
    if adoption.former is not None:
        who = f"{who} [{adoption.former}]"
    return f"{who} {adoption.date}" if adoption.date is not None else who


def _agreement_value(agreement: SubAgreement, name: str) -> Any:
    if name == "adopted_by":
        return [_adoption(a) for a in agreement.adopted_by]
    if name == "basis":
        basis = agreement.basis
        if basis is None:
            return None
        return basis.agreement if basis.point is None else f"{basis.agreement} pkt. {basis.point}"
    value = getattr(agreement, name)
    return value if value not in ([], None) else None


def _organisation(emit: _Emitter, old: OrgEntry, new: OrgEntry) -> None:
    """The organisation's own fields: when it took effect, when it was founded, and its
    agreements and sub-agreements (``agreements``, ``sub_agreements``): which there are, by id,
    kind and name, and for one in both each of its dates, adoptions, what it replaces, its
    parties and its basis (``agreements.ID.adopted_by``)."""
    was, now = old.model, new.model
    values: dict[str, tuple[Any, Any]] = {
        "effective_from": (was.metadata.effective_from, now.metadata.effective_from),
        "established": (was.metadata.established, now.metadata.established),
        "agreements": (
            [f"{aid} ({a.kind}) «{a.name}»" for aid, a in was.agreements.items()],
            [f"{aid} ({a.kind}) «{a.name}»" for aid, a in now.agreements.items()],
        ),
        "sub_agreements": (
            [f"{aid} «{a.name}»" for aid, a in was.sub_agreements.items()],
            [f"{aid} «{a.name}»" for aid, a in now.sub_agreements.items()],
        ),
    }
    for name, (before, after) in values.items():
        if before != after:
            where = ("metadata", name) if name not in ("agreements", "sub_agreements") else (name,)
            emit.add("organisation-changed", new.doc, where, field=name, before=before, after=after)
    for group in ("agreements", "sub_agreements"):
        earlier: dict[str, SubAgreement] = getattr(was, group)
        for aid, agreement in getattr(now, group).items():
            if aid not in earlier:
                continue
            for name in AGREEMENT_FIELDS:
                before, after = _agreement_value(earlier[aid], name), _agreement_value(agreement, name)
                if before != after:
                    at: tuple[str, ...] = (group, aid, name) if after is not None else (group, aid)
                    field = f"{group}.{aid}.{name}"
                    emit.add("organisation-changed", new.doc, at, field=field, before=before, after=after)


def _parties(emit: _Emitter, old: OrgEntry | None, new: OrgEntry | None) -> None:
    old_parties = old.model.parties if old else {}
    new_parties = new.model.parties if new else {}
    for pid, party in new_parties.items():
        assert new is not None
        path: tuple[str | int, ...] = ("parties", pid)
        if pid not in old_parties:
            emit.add("party-added", new.doc, path, party=pid, after=party.name)
            continue
        was = old_parties[pid]
        for name in PARTY_FIELDS:
            if getattr(was, name) != getattr(party, name):
                emit.add(
                    "party-changed",
                    new.doc,
                    path,
                    party=pid,
                    field=name,
                    before=getattr(was, name),
                    after=getattr(party, name),
                )
    for pid, party in old_parties.items():
        if pid not in new_parties:
            assert old is not None
            emit.add("party-removed", old.doc, ("parties", pid), party=pid, before=party.name)


def _fora(emit: _Emitter, old: OrgEntry | None, new: OrgEntry | None) -> None:
    old_fora = old.model.fora if old else {}
    new_fora = new.model.fora if new else {}
    for fid, forum in new_fora.items():
        assert new is not None
        path: tuple[str | int, ...] = ("fora", fid)
        if fid not in old_fora:
            emit.add("forum-added", new.doc, path, forum=fid, forum_name=forum.name, after=forum.name)
            continue
        _forum(emit, fid, old_fora[fid], forum, new.doc, new.relation_kinds)
    for fid, forum in old_fora.items():
        if fid not in new_fora:
            assert old is not None
            emit.add("forum-removed", old.doc, ("fora", fid), forum=fid, forum_name=forum.name, before=forum.name)


def _point(point: MandatePoint) -> str:
    """A mandate's point as the diff shows it: its text, with the duties it declares in brackets."""
    duties = mandate_duties(point)
    return mandate_text(point) + (f" [{', '.join(duties)}]" if duties else "")


def _forum(emit: _Emitter, fid: str, was: Forum, now: Forum, doc: Document, kinds: Mapping[str, RelationKind]) -> None:
    path: tuple[str | int, ...] = ("fora", fid)
    named: dict[str, Any] = {"forum": fid, "forum_name": now.name}
    if was.name != now.name:
        emit.add("forum-renamed", doc, (*path, "name"), **named, field="name", before=was.name, after=now.name)
    for name in FORUM_FIELDS:
        before, after = getattr(was, name), getattr(now, name)
        if name == "mandate":  # a point with duties, as its text and «[duties]»
            before, after = [_point(p) for p in before], [_point(p) for p in after]
        if before != after:
            where = (*path, name) if after not in (None, []) else path
            emit.add("forum-changed", doc, where, **named, field=name, before=before, after=after)
    if was.meetings_per_year != now.meetings_per_year:
        where = (*path, "meetings_per_year") if now.meetings_per_year is not None else path
        emit.add(
            "meeting-frequency-changed",
            doc,
            where,
            **named,
            field="meetings_per_year",
            before=was.meetings_per_year,
            after=now.meetings_per_year,
        )
    if was.chair_rotation != now.chair_rotation:
        where = (*path, "chair_rotation") if now.chair_rotation is not None else path
        emit.add(
            "chair-rotation-changed",
            doc,
            where,
            **named,
            field="chair_rotation",
            before=was.chair_rotation,
            after=now.chair_rotation,
        )
    for relation in RELATIONS:
        before, after = getattr(was, relation), getattr(now, relation)
        for index, target in enumerate(after):
            if target not in before:
                emit.add("relation-added", doc, (*path, relation, index), **named, field=relation, after=target)
        for target in before:
            if target not in after:
                where = (*path, relation) if after else path
                emit.add("relation-removed", doc, where, **named, field=relation, before=target)
    for word_id in list(now.relations) + [w for w in was.relations if w not in now.relations]:
        before, after = was.relations.get(word_id, []), now.relations.get(word_id, [])
        kind = kinds.get(word_id)
        label = dict(kind.label) if kind is not None else None
        for index, target in enumerate(after):
            if target not in before:
                where = (*path, "relations", word_id, index)
                emit.add("relation-added", doc, where, **named, field=word_id, label=label, after=target)
        for target in before:
            if target not in after:
                where = (*path, "relations", word_id) if after else (*path, "relations") if now.relations else path
                emit.add("relation-removed", doc, where, **named, field=word_id, label=label, before=target)
    _seats(emit, fid, was, now, doc)
    _secretariat(emit, was.secretariat, now.secretariat, doc, path, fid, now.name)


SECRETARIAT_FIELDS = ("name", "run_by", "serves", "reports_to", "relations", "mandate", "members", "responsible")


def _secretariat_values(secretariat: Secretariat | None) -> dict[str, Any]:
    """What is compared of a secretariat; its seats (daily ``members`` and ``responsible``) by
    holder and role, other roles after a plus (``unn: Samhandlingssjef``, ``unn: Leiar + Koordinator``)."""
    if secretariat is None:
        return {"name": None, **{name: [] for name in SECRETARIAT_FIELDS if name != "name"}}

    def seats(group: list[Seat]) -> list[str]:
        return [
            f"{seat_identity(s)}: {' + '.join([s.role, *s.other_roles])}" if s.role else seat_identity(s) for s in group
        ]

    return {
        "name": secretariat.name,
        "run_by": list(secretariat.run_by),
        "serves": list(secretariat.serves),
        "reports_to": list(secretariat.reports_to),
        "relations": [
            f"{word_id}: {target}" for word_id, targets in secretariat.relations.items() for target in targets
        ],
        "mandate": [_point(p) for p in secretariat.mandate],
        "members": seats(secretariat.members),
        "responsible": seats(secretariat.responsible),
    }


def _secretariat(
    emit: _Emitter,
    was: Secretariat | None,
    now: Secretariat | None,
    doc: Document,
    base: tuple[str | int, ...],
    fid: str | None = None,
    forum_name: str | None = None,
) -> None:
    """A forum's secretariat (``fid``) or the health community's (no ``fid``): each field that
    differs, a secretariat added or removed as its fields going from or to nothing."""
    if was == now:
        return
    before, after = _secretariat_values(was), _secretariat_values(now)
    kind = "secretariat-changed" if fid is not None else "community-secretariat-changed"
    for name in SECRETARIAT_FIELDS:
        if before[name] != after[name]:
            where = (*base, "secretariat", name) if now is not None and after[name] not in (None, []) else base
            if now is None or not after[name]:
                where = (*base, "secretariat") if now is not None else base
            emit.add(
                kind, doc, where, forum=fid, forum_name=forum_name, field=name, before=before[name], after=after[name]
            )


def _seats(emit: _Emitter, fid: str, was: Forum, now: Forum, doc: Document) -> None:
    """Seats matched by holder: same list and role, then same list, then across lists (moved)."""
    old = [(name, i, s) for name in LISTS for i, s in enumerate(getattr(was, name))]
    new = [(name, i, s) for name in LISTS for i, s in enumerate(getattr(now, name))]
    pairs: list[tuple[tuple[str, int, Seat], tuple[str, int, Seat]]] = []
    for same_list, same_role in ((True, True), (True, False), (False, False)):
        for item in list(new):
            name, _, seat = item
            match = next(
                (
                    o
                    for o in old
                    if seat_identity(o[2]) == seat_identity(seat)
                    and (o[0] == name or not same_list)
                    and (o[2].role == seat.role or not same_role)
                ),
                None,
            )
            if match is not None:
                old.remove(match)
                new.remove(item)
                pairs.append((match, item))
    named: dict[str, Any] = {"forum": fid, "forum_name": now.name}
    pairs.sort(key=lambda pair: (LISTS.index(pair[1][0]), pair[1][1]))
    for (old_list, _, old_seat), (new_list, index, seat) in pairs:
        where: tuple[str | int, ...] = ("fora", fid, new_list, index)
        identity = seat_identity(seat)
        if old_list != new_list:
            emit.add(
                "seat-moved", doc, where, **named, party=seat.party, seat=identity, before=old_list, after=new_list
            )
        for name, kind in SEAT_FIELDS.items():
            if _seat_value(old_seat, name) != _seat_value(seat, name):
                emit.add(
                    kind,
                    doc,
                    where,
                    **named,
                    party=seat.party,
                    seat=identity,
                    field=name,
                    before=_seat_value(old_seat, name),
                    after=_seat_value(seat, name),
                )
        for name in OTHER_SEAT_FIELDS:
            if getattr(old_seat, name) != getattr(seat, name):
                emit.add(
                    "seat-changed",
                    doc,
                    where,
                    **named,
                    party=seat.party,
                    seat=identity,
                    field=name,
                    before=getattr(old_seat, name),
                    after=getattr(seat, name),
                )
    for name, index, seat in new:
        where = ("fora", fid, name, index)
        emit.add("seat-added", doc, where, **named, party=seat.party, seat=seat_identity(seat), field=name, after=name)
    for name, _, seat in old:
        where = ("fora", fid, name) if getattr(now, name) else ("fora", fid)
        emit.add(
            "seat-removed", doc, where, **named, party=seat.party, seat=seat_identity(seat), field=name, before=name
        )


def chair_text(period: ChairPeriod) -> str:
    """A chair period as one line: ``2025-01-01–2025-12-31 oslo-kommune (ous)``, with what else it
    names where it does: the chair's role and person, a co-chair, the deputy's role and person,
    and ``term_from`` and ``term_to`` (``2025-01-01–2025-12-31 sshf Adm. dir. [Kari] + arendal
    term_from=2024-01-01``)."""
    who = " ".join(part for part in (period.party, period.role, f"[{period.person}]" if period.person else "") if part)
    if period.co_chair is not None:
        co = period.co_chair
        who += " + " + " ".join(part for part in (co.party, co.role, f"[{co.person}]" if co.person else "") if part)
    deputy = " ".join(
        part
        for part in (period.deputy, period.deputy_role, f"[{period.deputy_person}]" if period.deputy_person else "")
        if part
    )
    text = f"{period.from_.isoformat()}–{period.to.isoformat()} {who}" + (f" ({deputy})" if deputy else "")
    text += f" term_from={period.term_from.isoformat()}" if period.term_from else ""
    return text + (f" term_to={period.term_to.isoformat()}" if period.term_to else "")


def time_text(meeting: Meeting) -> str:
    """A meeting's time of day: ``09:00–11:00``, ``09:00`` (a start only), or empty (none given)."""
    if meeting.start is None:
        return ""
    return f"{meeting.start}–{meeting.end}" if meeting.end else meeting.start


def meeting_text(meeting: Meeting) -> str:
    """A meeting as one line: ``2025-03-10 09:00–11:00 politisk @oslo-kommune «Tema» (Sted) [digitalt]``:
    its date, and the time of day, kind, host (party or side), topic, place and format the plan gives."""
    parts = [meeting.date.isoformat()]
    time = time_text(meeting)
    if time:
        parts.append(time)
    if meeting.kind:
        parts.append(meeting.kind)
    host = meeting.host or meeting.host_side
    if host:
        parts.append(f"@{host}")
    if meeting.topic:
        parts.append(f"«{meeting.topic}»")
    if meeting.location:
        parts.append(f"({meeting.location})")
    if meeting.format:
        parts.append(f"[{meeting.format}]")
    return " ".join(parts)


def _span_text(span: Term | None) -> str:
    """A plan's ``covers`` as ``2025-07-01–2026-06-30``, or ``-``."""
    return f"{span.from_.isoformat()}–{span.to.isoformat()}" if span is not None else "-"


def _plans(emit: _Emitter, old: list[PlanEntry], new: list[PlanEntry]) -> None:
    old_by_id = {p.model.metadata.id: p for p in old}
    new_ids = {p.model.metadata.id for p in new}
    for plan in new:
        pid = plan.model.metadata.id
        forum = plan.model.body[1]  # a secretariat's plan: the secretariat as the plan names it
        named: dict[str, Any] = {"forum": forum, "forum_name": plan.body_name, "plan": pid}
        at_plan = (plan.model.body[0],)
        if pid not in old_by_id:
            emit.add("plan-added", plan.doc, (), **named, after=plan.model.metadata.name or pid)
            continue
        was = [chair_text(c) for c in old_by_id[pid].model.chairs]
        now = [chair_text(c) for c in plan.model.chairs]
        if was != now:
            where = ("chairs",) if plan.model.chairs else at_plan  # chair periods all taken out: at the plan
            emit.add("chair-periods-changed", plan.doc, where, **named, field="chairs", before=was, after=now)
        before_covers, after_covers = old_by_id[pid].model.covers, plan.model.covers
        if before_covers != after_covers:
            emit.add(
                "plan-covers-changed",
                plan.doc,
                ("covers",) if after_covers is not None else at_plan,
                **named,
                field="covers",
                before=_span_text(before_covers),
                after=_span_text(after_covers),
            )
        was = [meeting_text(m) for m in old_by_id[pid].model.meetings]
        now = [meeting_text(m) for m in plan.model.meetings]
        if was != now:
            where = ("meetings",) if plan.model.meetings else at_plan
            emit.add("meetings-changed", plan.doc, where, **named, field="meetings", before=was, after=now)
    for plan in old:
        pid = plan.model.metadata.id
        if pid not in new_ids:
            emit.add(
                "plan-removed",
                plan.doc,
                (),
                forum=plan.model.body[1],
                forum_name=plan.body_name,
                plan=pid,
                before=plan.model.metadata.name or pid,
            )


def _ref(finding: Finding) -> FindingRef:
    return FindingRef(
        fingerprint=finding.fingerprint,
        rule=finding.rule,
        severity=finding.severity,
        subject=finding.subject,
        organisation=finding.organisation,
        message=finding.message,
        file=finding.file,
        line=finding.line,
        column=finding.column,
    )


def _open(report: Report) -> Iterator[Finding]:
    return (f for f in report.findings if f.status == "open")


def compliance_delta(old: Report, new: Report) -> tuple[list[FindingRef], list[FindingRef], list[FindingRef]]:
    """(resolved, introduced, unchanged): open findings matched by fingerprint. A fingerprint
    that occurs more often on one side than on the other counts the difference."""
    old_counts = Counter(f.fingerprint for f in _open(old))
    new_counts = Counter(f.fingerprint for f in _open(new))
    introduced: list[FindingRef] = []
    unchanged: list[FindingRef] = []
    seen: Counter[str] = Counter()
    for finding in _open(new):
        seen[finding.fingerprint] += 1
        (unchanged if seen[finding.fingerprint] <= old_counts[finding.fingerprint] else introduced).append(
            _ref(finding)
        )
    resolved: list[FindingRef] = []
    seen.clear()
    for finding in _open(old):
        seen[finding.fingerprint] += 1
        if seen[finding.fingerprint] > new_counts[finding.fingerprint]:
            resolved.append(_ref(finding))
    return resolved, introduced, unchanged
