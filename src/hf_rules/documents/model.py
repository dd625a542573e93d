"""The documents users write: ``Organisation``, ``MeetingPlan`` and ``Waivers``.

These pydantic models are the single source of the document format. The JSON Schemas in
``schemas/`` are generated from them (``hf-rules schema``), and a test proves the committed
schemas are exactly what the models generate, so the two cannot drift apart.

Every model forbids unknown keys: a typo such as ``observer:`` must never silently mean
"no observers".
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

API_VERSION = "hf-rules/v1"

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$(?!\n)"
"""Ids of documents, parties and fora: lower-case letters, digits and hyphens. ``(?!\n)``
stops Python's ``$`` from matching before a final newline (JavaScript's ``$`` never does)."""

Side = Literal["kommune", "sykehus", "uavhengig"]
Constituency = Literal["fastlege", "bruker", "ansatt"]
PriorityGroup = Literal[
    "barn-og-unge",
    "alvorlige-psykiske-lidelser-og-rus",
    "flere-kroniske-lidelser",
    "skropelige-eldre",
]
PRIORITY_GROUPS: tuple[str, ...] = get_args(PriorityGroup)
"""The four priority groups the reform names. A forum may list another group it works for as
well (an agreement that prioritises the four does not forbid a fifth), so the field takes any id."""
CURRENT_FORUM_TYPES = (
    "partnerskapsmote",
    "strategisk-samarbeidsutvalg",
    "lokalt-samarbeidsutvalg",
    "samarbeidsforum",
    "arbeidsgruppe",
)
RETIRED_FORUM_TYPES = ("kontaktmote", "stormote", "samarbeidsutvalget", "direktormote")
BASE_VOCABULARY: dict[str, tuple[str, ...]] = {
    "forum_types": CURRENT_FORUM_TYPES + RETIRED_FORUM_TYPES,
    "party_types": ("kommune", "etat", "bydel", "helseforetak", "sykehus", "ombud", "region"),
    "levels": ("politisk", "direktor", "leder"),
    "meeting_kinds": ("administrativt", "politisk"),
}
"""The words every health community shares. A rule pack adds its own (``vocabulary:``); a
document's forum ``type``, party ``type``, seat ``level`` and meeting ``kind`` must be one of the
words of the packs in use (checked when the packs are applied, see ``references.check_vocabulary``)."""

VOCABULARY_FIELDS: dict[str, str] = {
    "forum_types": "forum type",
    "party_types": "party type",
    "levels": "level",
    "meeting_kinds": "meeting kind",
}

Word = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
"""A word of a vocabulary that a rule pack declares: lower-case letters, digits and hyphens."""

IdKey = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
"""A mapping key that is an id (parties and fora are keyed by id)."""


def _id(description: str) -> Any:
    return Field(pattern=ID_PATTERN, description=description)


class Strict(BaseModel):
    """Base for every document model: unknown keys are errors; an optional key is left out,
    never written as ``null`` (the generated schemas say the same, see ``hf_rules.app.schemas``, and
    ``validate.build_model`` refuses nulls before the model sees them)."""

    # strict: no coercion ("4" is not a number, "yes" not a boolean). Dates arrive as ISO
    # strings and are validated in JSON mode (see validate.build_model). The python regex engine
    # is the one jsonschema uses, so patterns mean the same on both sides.
    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True, strict=True, regex_engine="python-re")


class Party(Strict):
    """An organisation taking part: the municipality, an etat, a bydel, a hospital, the ombud."""

    name: str = Field(min_length=1, description="Full name of the party.")
    type: Word = Field(
        json_schema_extra={"examples": list(BASE_VOCABULARY["party_types"])},
        description="What kind of organisation the party is: a party type of the rule packs' vocabulary "
        "(kommune, etat, bydel, helseforetak, sykehus, ombud, region, and those a pack adds).",
    )
    side: Side = Field(description="Which side of the partnership the party belongs to.")
    part_of: str | None = Field(default=None, pattern=ID_PATTERN, description="Id of the party this one is part of.")
    sector: str | None = Field(
        default=None,
        pattern=ID_PATTERN,
        description="Id of the sector hospital whose sector this party (a bydel) belongs to.",
    )
    has_sector: bool = Field(default=False, description="True for a hospital that has a sector of its own.")
    tags: list[Word] = Field(
        default_factory=list,
        description="Words an agreement uses to pick parties out (e.g. liten-kommune, vertskommune); seat "
        "selectors read them as party_tags.",
    )
    region: str | None = Field(
        default=None,
        min_length=1,
        description="Region the party belongs to, where one applies; one of the organisation's `regions` "
        "when it declares them.",
    )


class Region(Strict):
    """A group of parties (municipalities) that an agreement treats together."""

    name: str = Field(min_length=1, description="Name of the region.")
    parties: list[Annotated[str, StringConstraints(pattern=ID_PATTERN)]] = Field(
        default_factory=list,
        description="Ids of the parties in the region (or give `region:` on each party).",
    )


class Term(Strict):
    """A term of office."""

    from_: dt.date = Field(alias="from", description="First day of the term.")
    to: dt.date = Field(description="Last day of the term.")


class Seat(Strict):
    """A seat in a forum: either a party seat (``party``) or a constituency seat (``represents``)."""

    model_config = ConfigDict(
        json_schema_extra={
            "oneOf": [{"required": ["party"]}, {"required": ["represents"]}],
        }
    )

    party: str | None = Field(default=None, pattern=ID_PATTERN, description="Id of the party that holds the seat.")
    represents: Constituency | None = Field(
        default=None, description="The constituency the seat represents (GPs, users, employees)."
    )
    role: str | None = Field(default=None, min_length=1, description="The role of the seat holder.")
    side: Side | None = Field(
        default=None,
        description="For a GP, user or employee seat: the side it comes from (a user representative from "
        "the municipalities, kommune, or from the hospital, sykehus). A party seat takes its party's side.",
    )
    level: Word | None = Field(
        default=None,
        json_schema_extra={"examples": list(BASE_VOCABULARY["levels"])},
        description="The level the seat holder acts at: a level of the rule packs' vocabulary "
        "(politisk, direktor, leder, and those a pack adds, such as management levels 1, 2, 3).",
    )
    person: str | None = Field(default=None, min_length=1, description="Name of the seat holder.")
    deputy: str | None = Field(default=None, min_length=1, description="Name of the deputy.")
    speaking_rights: bool | None = Field(
        default=None, description="For observers: whether the observer may speak (talerett)."
    )
    proposal_rights: bool | None = Field(
        default=None, description="For observers: whether the observer may make proposals (forslagsrett)."
    )
    term: Term | None = Field(default=None, description="The seat holder's term of office.")
    appointed_by: str | None = Field(
        default=None,
        min_length=1,
        description="Who appointed the seat holder (a party, a forum or a body such as KS or the user committee).",
    )
    tags: list[Word] = Field(
        default_factory=list,
        description="Words an agreement uses to pick seats out (e.g. helsefaglig, kommuneoverlege); seat "
        "selectors read them as tags.",
    )

    @model_validator(mode="after")
    def _party_or_constituency(self) -> Seat:
        if (self.party is None) == (self.represents is None):
            raise ValueError("a seat has either 'party' or 'represents', not both or neither")
        if self.side is not None and self.party is not None:
            raise ValueError("'side' is for a GP, user or employee seat; a party seat has its party's side")
        if self.term is not None and self.term.to < self.term.from_:
            raise ValueError("the term ends before it starts")
        return self


class Forum(Strict):
    """A meeting forum of the health community and its composition."""

    name: str = Field(min_length=1, description="Full name of the forum.")
    type: Word = Field(
        json_schema_extra={"examples": list(BASE_VOCABULARY["forum_types"])},
        description="The kind of forum: a forum type of the rule packs' vocabulary (partnerskapsmote, "
        "strategisk-samarbeidsutvalg, lokalt-samarbeidsutvalg, samarbeidsforum, arbeidsgruppe, the retired "
        "kontaktmote, stormote, samarbeidsutvalget, direktormote, and those a pack adds).",
    )
    sector: str | None = Field(
        default=None, pattern=ID_PATTERN, description="Id of the sector hospital, for sector fora."
    )
    topic: str | None = Field(default=None, min_length=1, description="Topic of a samarbeidsforum.")
    area: list[Annotated[str, StringConstraints(pattern=ID_PATTERN)]] | None = Field(
        default=None,
        min_length=1,
        description="The area the forum serves: ids of regions or parties (municipalities). Left out: the "
        "whole health community.",
    )
    sub_committee_of: str | None = Field(
        default=None, pattern=ID_PATTERN, description="Id of the forum this one is a sub-committee of."
    )
    until: dt.date | None = Field(default=None, description="Last day of a time-limited forum.")
    meetings_per_year: int | None = Field(
        default=None, ge=0, le=366, description="How many times a year the forum meets."
    )
    chair_rotation: list[str] | None = Field(
        default=None,
        min_length=1,
        description="Sides (kommune, sykehus) or party ids that take turns to chair.",
    )
    gives_assignments_to: list[str] = Field(
        default_factory=list, description="Ids of fora this forum gives directions and assignments to."
    )
    gives_input_to: list[str] = Field(default_factory=list, description="Ids of fora this forum gives input to.")
    mandate: list[str] = Field(default_factory=list, description="The forum's mandate, item by item.")
    members: list[Seat] = Field(default_factory=list, description="Member seats.")
    observers: list[Seat] = Field(default_factory=list, description="Observer seats (not members).")
    user_participation: str | None = Field(default=None, min_length=1, description="How user participation is secured.")
    priority_groups: list[Annotated[str, StringConstraints(pattern=ID_PATTERN)]] = Field(
        default_factory=list,
        description="Priority groups the forum works for: the four the reform names ("
        + ", ".join(PRIORITY_GROUPS)
        + "), and any other group the health community prioritises as well, as an id.",
    )


class OrganisationMetadata(Strict):
    id: str = _id("Id of the organisation (the health community).")
    name: str = Field(min_length=1, description="Name of the health community.")
    status: Literal["proposed", "approved"] | None = Field(
        default=None, description="Whether the structure is proposed or approved."
    )
    effective_from: dt.date | None = Field(default=None, description="Date the structure takes effect.")
    description: str | None = Field(default=None, description="Free text.")


class Organisation(Strict):
    """The structure of one health community: its parties and fora."""

    api_version: Literal["hf-rules/v1"] = Field(alias="apiVersion")
    kind: Literal["Organisation"]
    metadata: OrganisationMetadata
    regions: dict[IdKey, Region] = Field(
        default_factory=dict, description="Regions that group the parties, by id (where the agreement has them)."
    )
    parties: dict[IdKey, Party] = Field(description="The parties, by id.")
    fora: dict[IdKey, Forum] = Field(description="The fora, by id.")


class PlanMetadata(Strict):
    id: str = _id("Id of the meeting plan.")
    organisation: str = _id("Id of the organisation the plan belongs to.")
    name: str | None = Field(default=None, min_length=1, description="Name of the plan.")


class ChairHolder(Strict):
    """Who holds a chair: a party, and where the agreement says so the role or the person."""

    party: str = _id("Id of the party.")
    role: str | None = Field(default=None, min_length=1, description="The role of the chair holder (a seat's role).")
    person: str | None = Field(default=None, min_length=1, description="Name of the chair holder.")


class ChairPeriod(Strict):
    """A period in which one party chairs the forum (or two co-chairs share it)."""

    from_: dt.date = Field(alias="from", description="First day of the period.")
    to: dt.date = Field(description="Last day of the period.")
    party: str = _id("Id of the chairing party.")
    role: str | None = Field(default=None, min_length=1, description="The chair's role (a seat's role in the forum).")
    person: str | None = Field(default=None, min_length=1, description="Name of the chair.")
    deputy: str | None = Field(default=None, pattern=ID_PATTERN, description="Id of the deputy chair's party.")
    deputy_role: str | None = Field(default=None, min_length=1, description="The deputy chair's role.")
    deputy_person: str | None = Field(default=None, min_length=1, description="Name of the deputy chair.")
    co_chair: ChairHolder | None = Field(
        default=None, description="A second chair who shares the period (two co-chairs)."
    )


class Meeting(Strict):
    date: dt.date = Field(description="Date of the meeting.")
    kind: Word | None = Field(
        default=None,
        json_schema_extra={"examples": list(BASE_VOCABULARY["meeting_kinds"])},
        description="The kind of meeting, where a forum meets in more than one way: a meeting kind of the "
        "rule packs' vocabulary (administrativt, politisk, and those a pack adds).",
    )
    topic: str | None = Field(default=None, min_length=1, description="Main topic of the meeting.")
    location: str | None = Field(default=None, min_length=1, description="Where it is held.")


class MeetingPlan(Strict):
    """Chair periods and dated meetings of one forum."""

    api_version: Literal["hf-rules/v1"] = Field(alias="apiVersion")
    kind: Literal["MeetingPlan"]
    metadata: PlanMetadata
    forum: str = _id("Id of the forum the plan is for.")
    chairs: list[ChairPeriod] = Field(min_length=1, description="Chair periods, in order.")
    meetings: list[Meeting] = Field(default_factory=list, description="Planned meetings.")


class WaiversMetadata(Strict):
    id: str = _id("Id of the waiver list.")
    organisation: str | None = Field(
        default=None, pattern=ID_PATTERN, description="Id of the organisation the waivers are for."
    )


class Waiver(Strict):
    """An approved exception to one rule for one subject."""

    rule: str = Field(min_length=1, description="Id of the rule waived.")
    subject: str = Field(min_length=1, description="The subject the waiver is for (forum, party, plan).")
    reason: str = Field(min_length=1, description="Why the exception was approved.")
    approved_by: str = Field(min_length=1, description="Who approved it (body and date).")
    expires: dt.date = Field(description="Last day the waiver applies.")


class Waivers(Strict):
    api_version: Literal["hf-rules/v1"] = Field(alias="apiVersion")
    kind: Literal["Waivers"]
    metadata: WaiversMetadata
    waivers: list[Waiver]


DOCUMENT_MODELS: dict[str, type[Strict]] = {
    "Organisation": Organisation,
    "MeetingPlan": MeetingPlan,
    "Waivers": Waivers,
}
"""Document kinds users write, by ``kind``."""
