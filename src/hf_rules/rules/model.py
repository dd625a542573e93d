"""The format of rule packs (``rules/*.yaml``) and of the config file (``.hf-rules.yaml``).

A rule pack is data: each rule names a built-in check function and gives it options; the
options are validated against that function's own schema when the pack loads (see
``hf_rules.rules.pack``). Nothing in a rule pack is ever executed.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints, WithJsonSchema

from hf_rules.documents.model import ID_PATTERN, PriorityGroup, RelationTarget, Side, Strict, Word

RULE_ID_PATTERN = r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$"
OBLIGATION_ID_PATTERN = r"^[A-Z][A-Za-z0-9.-]*$"
PACK_ID_PATTERN = ID_PATTERN

Severity = Literal["error", "warning", "info"]
Reading = Literal["requires", "describes", "recommends", "good-practice"]
READING_CEILING: dict[str, str] = {
    "requires": "error",
    "describes": "warning",
    "recommends": "warning",
    "good-practice": "info",
}
"""The highest severity a rule of each reading may have (the severity policy, docs/rule-packs.md)."""
SubjectKind = Literal["organisation", "party", "forum", "meeting_plan"]


class Text(Strict):
    """A text in Norwegian bokmål and English."""

    nb: str = Field(min_length=1, description="Norsk bokmål.")
    en: str = Field(min_length=1, description="English.")


class SourceDocument(Strict):
    """A governance text that rules quote."""

    title: str = Field(min_length=1)
    date: str | None = Field(
        default=None,
        pattern=r"^\d{4}(-\d{2}-\d{2})?(/\d{4})?$",
        description="Date of the text as it gives it: YYYY-MM-DD, or a year or span of years (2020/2021). "
        "Required unless `undated: true`.",
    )
    undated: bool = Field(
        default=False,
        description="The text gives no date (an undated web page): `true` instead of a `date`, and the "
        "source is shown as undated. Giving both, or neither, is an error.",
    )
    publisher: str | None = Field(default=None, min_length=1)
    reference: str | None = Field(default=None, min_length=1, description="Where to find it (title, page, address).")
    text: str | None = Field(
        default=None,
        min_length=1,
        description="A plain-text copy of the source, a path relative to the pack file: `hf-rules test` checks "
        "that every quote citing this source is in it, verbatim and once. `FILE#NAME` names the section of a "
        "file several sources share, from its line `=== NAME ===` to the next such line.",
    )


class SourceQuote(Strict):
    """The sentence of a source text that a rule or obligation encodes, quoted in Norwegian."""

    document: str = Field(pattern=ID_PATTERN, description="Id of the source document in `sources`.")
    quote: str = Field(min_length=1, description="The Norwegian sentence, quoted exactly.")


class Obligation(Strict):
    """An obligation of the agreement, in the catalogue the rules cite."""

    id: str = Field(pattern=OBLIGATION_ID_PATTERN)
    text: Text
    source: SourceQuote
    left_to_people: Text | None = Field(
        default=None,
        description="What of the obligation no rule checks, and people (the secretariat, an auditor) must judge.",
    )


class NotCheckable(Strict):
    """An obligation that no rule can check by machine, and why; or, with ``awaits``, one that
    no rule can check *yet*: it waits for a building block of the pack language (a check
    function, an option, a document field) that does not exist."""

    obligation: str = Field(pattern=OBLIGATION_ID_PATTERN)
    reason: Text
    awaits: bool = Field(
        default=False,
        description="The obligation could be checked by machine, but the pack language has no building "
        "block for it yet; the reason says which. Coverage and the audit say 'not checkable yet' instead of "
        "'not checkable', so it is not mistaken for a judgement left to people.",
    )


class DisabledRule(Strict):
    """A rule of an extended pack that this pack switches off, and why."""

    rule: str = Field(pattern=RULE_ID_PATTERN)
    reason: Text


class Inherited(Strict):
    """An obligation or a rule of an extended pack that this pack replaces or retires, and why.

    Give exactly one of ``obligation`` and ``rule``.
    """

    obligation: str | None = Field(default=None, pattern=OBLIGATION_ID_PATTERN)
    rule: str | None = Field(default=None, pattern=RULE_ID_PATTERN)
    reason: Text


class Selector(Strict):
    """What a rule applies to. Every given criterion must hold."""

    kind: SubjectKind = Field(description="The kind of subject.")
    type: list[str] | None = Field(
        default=None,
        min_length=1,
        description="Forum types (forum), party types (party) or forum types of the plan's forum (meeting_plan).",
    )
    id: list[str] | None = Field(default=None, min_length=1, description="Subject ids.")
    has_sector: bool | None = Field(
        default=None, description="Parties: whether the party is a sector hospital; fora: whether it has a sector."
    )
    party_type: list[Word] | None = Field(
        default=None,
        min_length=1,
        description="Parties whose type is one of these party types (as `type` on a party rule; both must hold "
        "where both are given).",
    )
    side: list[Side] | None = Field(
        default=None, min_length=1, description="Parties of one of these sides (kommune, sykehus, uavhengig)."
    )
    region: list[Annotated[str, Field(min_length=1)]] | None = Field(
        default=None,
        min_length=1,
        description="Parties whose region (their `region`, a region that lists them, or that of the party they are "
        "part of) is one of these (ids).",
    )
    part_of: list[Word] | None = Field(
        default=None,
        min_length=1,
        description="Parties that are one of these parties or part of one, through any number of steps (ids).",
    )
    tags: list[Word] | None = Field(
        default=None, min_length=1, description="Parties with at least one of these `tags`."
    )
    topic: list[str] | None = Field(
        default=None,
        min_length=1,
        description="Fora (and meeting plans of fora) whose `topic` is one of these, case and spacing aside.",
    )
    priority_groups: list[PriorityGroup] | None = Field(
        default=None,
        min_length=1,
        description="Fora (and meeting plans of fora) that work for at least one of these priority groups.",
    )
    time_limited: bool | None = Field(
        default=None,
        description="Fora (and meeting plans of fora) that give a last day, `until` (true), or are standing (false).",
    )
    area: list[str] | None = Field(
        default=None,
        min_length=1,
        description="Fora (and meeting plans of fora) whose `area` names one of these regions or parties (by id or one of their names).",
    )
    has_area: bool | None = Field(
        default=None,
        description="Fora (and meeting plans of fora) that declare an `area` (true), or serve the whole community (false).",
    )
    name: list[str] | None = Field(
        default=None,
        min_length=1,
        description="Fora (and meeting plans of fora) whose `name` begins with one of these, as whole words, "
        "case aside (a word of five letters or more may be inflected, the last may begin a longer word).",
    )
    one_side: bool | None = Field(
        default=None,
        description="Fora (and meeting plans of fora) that are bodies of one side (true: members, and those on the "
        "municipal or the hospital side all on one of them: the municipalities' own board), or every other forum "
        "(false: a joint one, or one without members).",
    )
    if_any: bool | None = Field(
        default=None,
        description="Forum and party rules: true when the rule holds for such subjects if the organisation has "
        "any, and the text does not require that it has (working groups an FSU may set up): where the "
        "criteria select nothing, the rule is silent instead of giving the info 'the rule applies to … but "
        "the organisation has none'. Whether such a forum must exist is a `forum_count` rule's to say.",
    )
    secretariat: bool | None = Field(
        default=None,
        description="Meeting plans only: the plans of secretariats (`secretariat:` in the plan; true) or of fora "
        "(false); left out, both, but a forum criterion (type, topic, area, name …) is met by no secretariat's "
        "plan. With true, no forum criterion may be given, and the check function must be one that reads a "
        "secretariat's plan (docs/checks.md says which).",
    )


FORUM_CRITERIA = (
    "type",
    "has_sector",
    "topic",
    "priority_groups",
    "time_limited",
    "area",
    "has_area",
    "name",
    "one_side",
)
"""The criteria of ``applies_to`` that read a forum (a meeting plan's: its forum's); a
secretariat's plan meets none of them."""


class CheckCall(Strict):
    """Which built-in check function a rule calls, with its options."""

    function: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    options: dict[str, Any] = Field(default_factory=dict)


class Rule(Strict):
    """One rule: what the agreement says, where, and how it is checked."""

    id: str = Field(pattern=RULE_ID_PATTERN, description="Stable id; never reused.")
    title: Text
    message: Text = Field(description="Message of a finding; {placeholders} are filled from the check's parameters.")
    hint: Text = Field(description="How to comply.")
    severity: Severity
    reading: Reading | None = Field(
        default=None,
        description="How the quote is read: requires (error), describes or recommends (at most warning), "
        "good-practice (info). The severity may not be above the reading's (docs/rule-packs.md).",
    )
    source: SourceQuote
    obligations: list[str] = Field(min_length=1)
    interpretation: Text | None = Field(
        default=None, description="Where the rule reads more into the text than it says."
    )
    applies_to: Selector
    check: CheckCall
    valid_from: dt.date | None = Field(default=None, description="First day the rule is in force.")
    valid_to: dt.date | None = Field(default=None, description="Last day the rule is in force.")


class PackMetadata(Strict):
    id: str = Field(pattern=PACK_ID_PATTERN)
    version: str = Field(pattern=r"^\d+\.\d+\.\d+$")
    name: Text
    description: Text | None = None
    extends: list[str] = Field(
        default_factory=list, description="Ids of packs this one builds on (found in the pack folders)."
    )


class ForumType(Strict):
    """A forum type of the pack that is a kind of another forum type: every rule that selects or
    counts fora of that type (``applies_to.type``, options naming forum types) takes in a forum
    of this one too."""

    id: Word = Field(description="The new forum type (e.g. faglig-samarbeidsutvalg).")
    kind_of: Word = Field(
        description="The forum type it is a kind of: a shared one (samarbeidsforum) or one of a pack it extends."
    )


class Function(Strict):
    """A function or profession a seat holder may have that the title does not say («kommunalsjef
    for helse», «lege»): a word the seat selector ``function`` asks for, with its name, and the
    titles parties give the post (a seat whose ``role`` or ``other_roles`` matches one of them,
    as the selector ``role`` matches, holds the function without listing it)."""

    id: Word = Field(description="The function's word (e.g. helse-og-omsorgssjef, lege).")
    label: Text = Field(description="What the function is called, in bokmål and English.")
    titles: list[Annotated[str, StringConstraints(min_length=1)]] = Field(
        default_factory=list,
        description="Known titles of the post («Kommunalsjef helse og omsorg», «Helse- og omsorgssjef»): a seat "
        "whose role or other_roles matches one (as the seat selector `role` matches) holds the function.",
    )


class Level(Strict):
    """A level of seats with the titles of its posts: a seat whose ``role`` or one of its
    ``other_roles`` matches one of them (as the seat selector ``role`` matches) holds a post of
    that level, and the check ``seat_level`` warns where the seat declares another level."""

    id: Word = Field(description="The level's word (e.g. politisk, niva-1).")
    titles: list[Annotated[str, StringConstraints(min_length=1)]] = Field(
        min_length=1,
        description="Titles of posts at this level («Fylkesordfører», «Leiar for helseutvalet»): added to the "
        "titles the shared vocabulary and extended packs give the level.",
    )


class Duty(Strict):
    """A duty a mandate may give a body that no reading of its words can decide («gi overordnede
    føringer»): a word a mandate's point declares (``{text, duties: [foringer]}``), and a
    ``mandate`` rule's item asks for (``duty: foringer``)."""

    id: Word = Field(description="The duty's word (e.g. foringer), as mandates declare it under `duties`.")
    label: Text = Field(description="What the duty is, in bokmål and English.")


class RelationWord(Strict):
    """A relation between bodies that the pack's agreement states and no document field names
    («Fagrådet rapporterer til …», «X er rådgivende organ for Y»): fora and secretariats name it
    under ``relations``, and the ``relation`` check can require it."""

    id: Word = Field(
        description="The relation word (e.g. radgivende-organ-for), as documents write it under `relations`."
    )
    label: Text = Field(
        description="How the relation is said between the two bodies: «rådgivende organ for» / «advisory body to»."
    )
    to: list[RelationTarget] = Field(
        min_length=1,
        description="What it may point to: forum (a forum's id), secretariat (the health community's joint "
        "secretariat, written `secretariat`), party (a party's id), agreement (the id of an agreement or a "
        "sub-agreement of the document).",
    )


class Vocabulary(Strict):
    """Words this pack's agreement uses beyond the shared ones (see docs/rule-packs.md): documents
    checked with the pack may use them, and a value outside the vocabulary is an input error."""

    forum_types: list[Word | ForumType] = Field(
        default_factory=list,
        description="Forum types (e.g. omradeutvalg), or `{id, kind_of}` for one that is a kind of an existing "
        "type (`{id: faglig-samarbeidsutvalg, kind_of: samarbeidsforum}`), so the rules for that type apply to it.",
    )
    party_types: list[Word] = Field(default_factory=list, description="Party types (e.g. regionrad).")
    levels: list[Word | Level] = Field(
        default_factory=list,
        description="Levels of seats (e.g. management levels 1, 2, 3), or `{id, titles}` to give a level (its own "
        "or a shared one: politisk, direktor, leder, styre) titles of its posts (`{id: politisk, titles: "
        "[Leiar for helseutvalet]}`), which the check seat_level reads.",
    )
    meeting_kinds: list[Word] = Field(default_factory=list, description="Kinds of meetings (e.g. dialogmote).")
    positions: list[Word] = Field(
        default_factory=list,
        description="Positions a seat may hold in a forum besides leder, nestleder and vararepresentant "
        "(e.g. talsperson).",
    )
    functions: list[Function] = Field(
        default_factory=list,
        description="Functions and professions a seat holder may have that the title does not say "
        "(`{id: lege, label: {nb: lege, en: physician}, titles: [Kommuneoverlege]}`): documents list them in a "
        "seat's `functions`, and the seat selector `function` finds a seat by them or by their `titles`.",
    )
    duties: list[Duty] = Field(
        default_factory=list,
        description="Duties a mandate's point may declare (`{id: foringer, label: {nb: gi overordnede føringer, "
        "en: give overall directions}}`): documents list them in a mandate entry's `duties` "
        "(`{text: …, duties: [foringer]}`), and a `mandate` item with `duty` is met by an entry that declares it.",
    )
    relations: list[RelationWord] = Field(
        default_factory=list,
        description="Relations between bodies that fora and secretariats may name under `relations`, beside the "
        "shared etablert-av, utovende-organ-for, vertskommune, godkjennes-av and tvister-behandles-av: "
        "`{id, label: {nb, en}, to: [forum, secretariat, party]}`.",
    )
    agreement_kinds: list[Word] = Field(
        default_factory=list,
        description="Kinds of agreement (an organisation's `agreements`' `kind`) besides the shared samarbeidsavtale, "
        "vedtekter, delavtale and bilateral-avtale (e.g. tjenesteavtale, intensjonsavtale).",
    )


class RulePack(Strict):
    api_version: Literal["hf-rules/v1"] = Field(alias="apiVersion")
    kind: Literal["RulePack"]
    metadata: PackMetadata
    vocabulary: Vocabulary = Field(default_factory=Vocabulary)
    sources: dict[str, SourceDocument] = Field(default_factory=dict)
    obligations: list[Obligation] = Field(default_factory=list)
    not_checkable: list[NotCheckable] = Field(default_factory=list)
    disable: list[DisabledRule] = Field(default_factory=list)
    replace: list[Inherited] = Field(
        default_factory=list,
        description="Obligations and rules of extended packs this pack defines anew (under the same id), and why.",
    )
    retire: list[Inherited] = Field(
        default_factory=list,
        description="Obligations and rules of extended packs that do not hold for this agreement, and why.",
    )
    rules: list[Rule] = Field(default_factory=list)


FailLevel = Literal["error", "warning", "info", "never"]
Language = Literal["nb", "en"]


class ConfigLimits(Strict):
    """Resource limits of the loader that a config may change (see docs/reliability.md)."""

    max_file_size: Annotated[int | str, WithJsonSchema({"type": ["integer", "string"]})] | None = Field(
        default=None,
        title="Største filstørrelse / Largest file size",
        description="Største YAML-fil som leses: byte, eller et tall med enhet (k, M, G, KiB, MiB, GiB; 1024-basert), "
        "f.eks. 10M; høyst 1GiB. Standard 5MiB. --max-file-size overstyrer den. / "
        "Largest YAML file read: bytes, or a number with a unit (k, M, G, KiB, MiB, GiB; 1024-based), "
        "e.g. 10M; at most 1GiB. Default 5MiB. --max-file-size overrides it.",
    )


class Config(Strict):
    """``.hf-rules.yaml``: found by walking up from the working folder. Paths are relative to it."""

    rules: list[str] = Field(
        default_factory=list,
        title="Regelpakker / Rule packs",
        description="Regelpakker: id-en til en medfølgende pakke eller stien til en pakkefil. / "
        "Rule packs: bundled pack ids or paths to pack files.",
    )
    documents: list[str] = Field(
        default_factory=list,
        title="Dokumenter / Documents",
        description="Filer og mapper som alltid hører til arbeidsområdet (f.eks. organisasjonen). / "
        "Files and folders that belong to the workspace (e.g. the organisation).",
    )
    fail_on: FailLevel | None = Field(
        default=None,
        title="Feiler på / Fail on",
        description="Laveste alvorlighet som gir avslutningskode 1. / Lowest severity that fails.",
    )
    lang: Language | None = Field(
        default=None,
        title="Språk / Language",
        description="Språk for meldinger (nb eller en). / Language of messages (nb or en).",
    )
    redact: bool | None = Field(
        default=None,
        title="Skjul navn / Redact",
        description="Erstatt navn på personer med plassens rolle i alle utdata (som --redact). / "
        "Replace names of persons by their seat's role in every output (like --redact).",
    )
    limits: ConfigLimits | None = Field(
        default=None,
        title="Grenser / Limits",
        description="Ressursgrenser for innlesingen. / Resource limits of the loader.",
    )
