"""What a workspace holds: each file read (with its status and problems), each organisation and
meeting plan with the file it came from, and the workspace as a whole. Plain data, filled by
:mod:`hf_rules.documents.discovery` and :mod:`hf_rules.documents.workspace`."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import Message
from hf_rules.documents.model import (
    BASE_FUNCTION_TITLES,
    BASE_LEVEL_TITLES,
    BASE_RELATIONS,
    Forum,
    MeetingPlan,
    MeetingsRange,
    Organisation,
    Party,
    RelationKind,
    Secretariat,
    Waivers,
)
from hf_rules.yaml.loader import Document


@dataclass
class SourceFile:
    """One file of the workspace and what became of it."""

    path: str
    explicit: bool
    doc: Document | None = None
    kind: str | None = None
    id: str | None = None
    model: Organisation | MeetingPlan | Waivers | None = None
    problems: list[InputError] = field(default_factory=list)
    ignored: str | Message | None = None
    """Why a file found in a folder is not an hf-rules document (it is listed, not checked)."""
    not_checked: str | Message | None = None
    """Why a valid document could not be checked (it depends on a document with errors)."""


@dataclass
class OrgEntry:
    """An organisation and quick look-ups over it."""

    file: SourceFile
    model: Organisation
    plans: list[PlanEntry] = field(default_factory=list)
    """The meeting plans of the workspace that belong to this organisation."""
    forum_kinds: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Forum type -> the forum types it is a kind of (a pack's ``kind_of``, followed up), set
    when the rule packs are applied to the workspace."""
    function_titles: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: dict(BASE_FUNCTION_TITLES))
    """Function word -> the known titles of the post (the shared ones, and the packs'
    ``vocabulary.functions``' ``titles`` once the rule packs are applied to the workspace): the seat
    selector ``function`` reads them."""
    level_titles: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: dict(BASE_LEVEL_TITLES))
    """Level word -> the titles of its posts (the shared ones, and the packs' ``vocabulary.levels``'
    ``titles`` once the rule packs are applied to the workspace): the check ``seat_level`` reads them."""
    relation_kinds: Mapping[str, RelationKind] = field(default_factory=lambda: dict(BASE_RELATIONS))
    """Relation word -> what it points to and its label: the shared words and the packs' own
    (``vocabulary.relations``), set when the rule packs are applied to the workspace."""

    def body_name(self, target: str) -> str:
        """The name of what a relation points to: a forum, the joint secretariat, a party, or an agreement."""
        model = self.model
        if target in model.fora:
            return model.fora[target].name
        if target == "secretariat" and model.secretariat is not None:
            return model.secretariat.name or target
        if target not in model.parties:
            agreement = model.agreements.get(target) or model.sub_agreements.get(target)
            if agreement is not None:
                return agreement.name
        return self.party_name(target)

    @property
    def doc(self) -> Document:
        assert self.file.doc is not None
        return self.file.doc

    @property
    def id(self) -> str:
        return self.model.metadata.id

    def party(self, party_id: str | None) -> Party | None:
        return self.model.parties.get(party_id) if party_id else None

    def party_name(self, party_id: str | None) -> str:
        party = self.party(party_id)
        return party.name if party else str(party_id)

    def side_of(self, party_id: str | None) -> str | None:
        party = self.party(party_id)
        return party.side if party else None

    def forum_is(self, forum: Forum, types: Collection[str]) -> bool:
        """Whether ``forum`` is of one of ``types``: by its own type, or by a type its type is a
        kind of (``vocabulary.forum_types``' ``kind_of``). Every rule that selects or counts fora
        by type asks this."""
        return forum.type in types or not self.forum_kinds.get(forum.type, frozenset()).isdisjoint(types)

    def fora_of_type(self, types: Iterable[str]) -> list[tuple[str, Forum]]:
        wanted = set(types)
        return [(fid, f) for fid, f in self.model.fora.items() if self.forum_is(f, wanted)]

    def sector_parties(self) -> list[str]:
        return [pid for pid, p in self.model.parties.items() if p.has_sector]


def secretariat_named(org: Organisation, sid: str | None) -> Secretariat | None:
    """The secretariat a plan's ``secretariat`` names: a forum's own (by the forum's id), else
    the health community's joint one (``secretariat``); None when there is none such."""
    if sid is None:
        return None
    if sid in org.fora:
        return org.fora[sid].secretariat
    return org.secretariat if sid == "secretariat" else None


@dataclass
class PlanEntry:
    file: SourceFile
    model: MeetingPlan
    org: OrgEntry

    @property
    def doc(self) -> Document:
        assert self.file.doc is not None
        return self.file.doc

    @property
    def forum(self) -> Forum | None:
        """The forum the plan is for; None for a secretariat's plan."""
        fid = self.model.forum
        return self.org.model.fora[fid] if fid is not None else None

    @property
    def secretariat(self) -> Secretariat | None:
        """The secretariat the plan is for (``secretariat``: the joint one; a forum's id: that
        forum's own); None for a forum's plan."""
        return secretariat_named(self.org.model, self.model.secretariat)

    @property
    def body_name(self) -> str:
        """The name of the forum or secretariat the plan is for."""
        if self.forum is not None:
            return self.forum.name
        secretariat = self.secretariat
        if secretariat is not None and secretariat.name:
            return secretariat.name
        sid = self.model.secretariat or ""
        return self.org.model.fora[sid].name if sid in self.org.model.fora else sid

    @property
    def meetings_per_year(self) -> int | MeetingsRange | None:
        """What the plan's forum or secretariat declares of how often it meets."""
        holder = self.forum if self.forum is not None else self.secretariat
        return holder.meetings_per_year if holder is not None else None


@dataclass
class Workspace:
    files: list[SourceFile]
    organisations: dict[str, OrgEntry]
    plans: list[PlanEntry]
    waivers: list[tuple[SourceFile, Waivers]]
    processes: int = 1
    """How many processes read the files (more than one only for a large workspace)."""

    @property
    def problems(self) -> list[InputError]:
        return [p for f in self.files for p in f.problems]
