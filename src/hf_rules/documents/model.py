"""The documents users write: ``Organisation``, ``MeetingPlan`` and ``Waivers``.

These pydantic models are the single source of the document format. The JSON Schemas in
``schemas/`` are generated from them (``hf-rules schema``), and a test proves the committed
schemas are exactly what the models generate, so the two cannot drift apart.

Every model forbids unknown keys: a typo such as ``observer:`` must never silently mean
"no observers".
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

API_VERSION = "hf-rules/v1"

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$(?!\n)"
"""Ids of documents, parties and fora: lower-case letters, digits and hyphens. ``(?!\n)``
stops Python's ``$`` from matching before a final newline (JavaScript's ``$`` never does)."""

Side = Literal["kommune", "sykehus", "uavhengig"]
PartyType = Literal["kommune", "etat", "bydel", "helseforetak", "sykehus", "ombud", "region"]
Level = Literal["politisk", "direktor", "leder"]
Constituency = Literal["fastlege", "bruker", "ansatt"]
PriorityGroup = Literal[
    "barn-og-unge",
    "alvorlige-psykiske-lidelser-og-rus",
    "flere-kroniske-lidelser",
    "skropelige-eldre",
]
CURRENT_FORUM_TYPES = (
    "partnerskapsmote",
    "strategisk-samarbeidsutvalg",
    "lokalt-samarbeidsutvalg",
    "samarbeidsforum",
    "arbeidsgruppe",
)
RETIRED_FORUM_TYPES = ("kontaktmote", "stormote", "samarbeidsutvalget", "direktormote")
ForumType = Literal[
    "partnerskapsmote",
    "strategisk-samarbeidsutvalg",
    "lokalt-samarbeidsutvalg",
    "samarbeidsforum",
    "arbeidsgruppe",
    "kontaktmote",
    "stormote",
    "samarbeidsutvalget",
    "direktormote",
]

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
    type: PartyType = Field(description="What kind of organisation the party is.")
    side: Side = Field(description="Which side of the partnership the party belongs to.")
    part_of: str | None = Field(default=None, pattern=ID_PATTERN, description="Id of the party this one is part of.")
    sector: str | None = Field(
        default=None,
        pattern=ID_PATTERN,
        description="Id of the sector hospital whose sector this party (a bydel) belongs to.",
    )
    has_sector: bool = Field(default=False, description="True for a hospital that has a sector of its own.")
    region: str | None = Field(
        default=None, min_length=1, description="Region the party belongs to, where one applies."
    )


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
    level: Level | None = Field(default=None, description="The level the seat holder acts at.")
    person: str | None = Field(default=None, min_length=1, description="Name of the seat holder.")
    deputy: str | None = Field(default=None, min_length=1, description="Name of the deputy.")
    speaking_rights: bool | None = Field(default=None, description="For observers: whether the observer may speak.")

    @model_validator(mode="after")
    def _party_or_constituency(self) -> Seat:
        if (self.party is None) == (self.represents is None):
            raise ValueError("a seat has either 'party' or 'represents', not both or neither")
        return self


class Forum(Strict):
    """A meeting forum of the health community and its composition."""

    name: str = Field(min_length=1, description="Full name of the forum.")
    type: ForumType = Field(description="The kind of forum; retired pre-2021 kinds are reported.")
    sector: str | None = Field(
        default=None, pattern=ID_PATTERN, description="Id of the sector hospital, for sector fora."
    )
    topic: str | None = Field(default=None, min_length=1, description="Topic of a samarbeidsforum.")
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
    priority_groups: list[PriorityGroup] = Field(
        default_factory=list, description="Priority groups the forum works for."
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
    parties: dict[IdKey, Party] = Field(description="The parties, by id.")
    fora: dict[IdKey, Forum] = Field(description="The fora, by id.")


class PlanMetadata(Strict):
    id: str = _id("Id of the meeting plan.")
    organisation: str = _id("Id of the organisation the plan belongs to.")
    name: str | None = Field(default=None, min_length=1, description="Name of the plan.")


class ChairPeriod(Strict):
    """A period in which one party chairs the forum."""

    from_: dt.date = Field(alias="from", description="First day of the period.")
    to: dt.date = Field(description="Last day of the period.")
    party: str = _id("Id of the chairing party.")
    deputy: str | None = Field(default=None, pattern=ID_PATTERN, description="Id of the deputy chair's party.")


class Meeting(Strict):
    date: dt.date = Field(description="Date of the meeting.")
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
