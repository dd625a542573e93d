"""The documents users write: ``Organisation``, ``MeetingPlan`` and ``Waivers``.

These pydantic models are the single source of the document format. The JSON Schemas in
``schemas/`` are generated from them (``hf-rules schema``), and a test proves the committed
schemas are exactly what the models generate, so the two cannot drift apart.

Every model forbids unknown keys: a typo such as ``observer:`` must never silently mean
"no observers".
"""

from __future__ import annotations

import datetime as dt
import re
import types
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from hf_rules.core.errors import SaidValueError
from hf_rules.core.i18n import Message, word

API_VERSION = "hf-rules/v1"

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$(?!\n)"
"""Ids of documents, parties and fora: lower-case letters, digits and hyphens. ``(?!\n)``
stops Python's ``$`` from matching before a final newline (JavaScript's ``$`` never does)."""

MUNICIPALITY_NUMBER_PATTERN = r"^[0-9]{4}$(?!\n)"
"""A municipality number (kommunenummer): four digits, written as text («"0301"»)."""

Side = Literal["kommune", "sykehus", "uavhengig"]
Constituency = Literal["fastlege", "bruker", "ansatt"]
DecisionRule = Literal["konsensus", "flertall", "enstemmighet"]
Position = Literal["leder", "nestleder", "vararepresentant"]
"""The positions every health community shares; a pack adds its own (``vocabulary.positions``)."""
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
AGREEMENT_KINDS = (
    "samarbeidsavtale",
    "vedtekter",
    "delavtale",
    "bilateral-avtale",
    "samhandlingsplan",
    "handlingsplan",
)
"""The kinds of adopted document every health community has words for: the overall cooperation
agreement (samarbeidsavtale), statutes (vedtekter), a sub-agreement (delavtale: written under
``sub_agreements``), a bilateral agreement between the trust and one municipality
(bilateral-avtale), and the plans the parties adopt together (samhandlingsplan, handlingsplan:
«planen ble vedtatt i ASU 15.09.16»). A pack adds its own (``vocabulary.agreement_kinds``)."""
SUB_AGREEMENT_KIND = "delavtale"
"""The kind of every entry of ``sub_agreements``, as the agreement checks see it."""
RelationTarget = Literal["forum", "secretariat", "party", "agreement"]
"""What a relation word may point to: a forum (by id), the health community's joint secretariat
(``secretariat``), a party (by id), or an agreement or sub-agreement of the document (by id)."""


@dataclass(frozen=True)
class RelationKind:
    """A word of the relations vocabulary: what the relation may point to (``to``) and how it is
    said (``label``, ``{"nb": …, "en": …}``: "FOUSAM — utøvende organ for — SSU")."""

    to: tuple[str, ...]
    label: Mapping[str, str]


def _shared_relation(word_id: str, *to: str) -> RelationKind:
    key = f"relation-word-{word_id}"
    return RelationKind(to, {"nb": word(key, "nb"), "en": word(key, "en")})


BASE_RELATIONS: dict[str, RelationKind] = {
    "etablert-av": _shared_relation("etablert-av", "forum", "party"),
    "utovende-organ-for": _shared_relation("utovende-organ-for", "forum"),
    "vertskommune": _shared_relation("vertskommune", "party"),
    "godkjennes-av": _shared_relation("godkjennes-av", "forum", "party"),
    "tvister-behandles-av": _shared_relation("tvister-behandles-av", "forum", "party"),
    "ivaretar": _shared_relation("ivaretar", "agreement"),
}
"""The relations between bodies that agreements state and no field names, shared by every health
community: «Fagrådet er etablert av ASU» (``etablert-av``), «FOUSAM er SSU sitt utøvende organ»
(``utovende-organ-for``), «Karmøy kommune blir vertskommune for FOUSAM» (``vertskommune``: the
party hosting a forum or secretariat), «… godkjennes av partnerskapsmøtet» (``godkjennes-av``),
«tvister behandles av …» (``tvister-behandles-av``), «Overordnet avtale ivaretas av ASU» (``ivaretar``,
on the forum that looks after an agreement of the document: ``relations: {ivaretar:
samarbeidsavtale}``). A pack adds its own (``vocabulary.relations``)."""

BASE_VOCABULARY: dict[str, tuple[str, ...]] = {
    "forum_types": CURRENT_FORUM_TYPES + RETIRED_FORUM_TYPES,
    "party_types": ("kommune", "etat", "bydel", "helseforetak", "sykehus", "ombud", "region"),
    "levels": ("politisk", "direktor", "leder", "styre", "medarbeider"),
    "meeting_kinds": ("administrativt", "politisk"),
    "positions": ("leder", "nestleder", "vararepresentant"),
    "functions": ("politisk-ledelse", "administrativ-toppledelse"),
    "duties": (),
    "relations": tuple(BASE_RELATIONS),
    "agreement_kinds": AGREEMENT_KINDS,
}
"""The words every health community shares. A rule pack adds its own (``vocabulary:``); a
document's forum ``type``, party ``type``, seat ``level``, meeting ``kind`` and agreement ``kind`` must be one of the
words of the packs in use (checked when the packs are applied, see ``references.check_vocabulary``)."""

_MAYORS = (
    "Ordfører",
    "Ordførar",
    "Varaordfører",
    "Varaordførar",
    "Fylkesordfører",
    "Fylkesordførar",
    "Fylkesvaraordfører",
    "Fylkesvaraordførar",
)
"""The mayors and deputy mayors of a municipality or a county, bokmål and nynorsk."""
_POLITICAL_TITLES = (
    *_MAYORS,
    "Utvalgsleder",
    "Utvalsleiar",
    "Hovedutvalgsleder",
    "Hovudutvalsleiar",
    "Kommunestyrerepresentant",
    "Kommunestyremedlem",
    "Bystyrerepresentant",
    "Bystyremedlem",
    "Fylkestingsrepresentant",
    "Fylkestingsmedlem",
    "Formannskapsmedlem",
    "Byråd",
    "Byrådsleder",
    "Byrådsleiar",
    "Fylkesråd",
    "Fylkesrådsleder",
    "Fylkesrådsleiar",
)
_ADMINISTRATIVE_TITLES = (
    "Kommunedirektør",
    "Assisterende kommunedirektør",
    "Assisterande kommunedirektør",
    "Rådmann",
    "Assisterende rådmann",
    "Assisterande rådmann",
    "Kommunalsjef",
    "Kommunaldirektør",
    "Helse- og omsorgssjef",
    "Helse- og omsorgsleder",
    "Helse- og omsorgsleiar",
    "Helsesjef",
    "Helseleiar",
    "Kommuneoverlege",
    "Administrerende direktør",
    "Administrerande direktør",
    "Foretaksdirektør",
    "Viseadministrerende direktør",
    "Viseadministrerande direktør",
    "Fagdirektør",
    "Klinikkdirektør",
    "Klinikksjef",
    "Klinikkleder",
    "Klinikkleiar",
    "Divisjonsdirektør",
    "Sykehusdirektør",
    "Sjukehusdirektør",
    "Samhandlingsdirektør",
    "Samhandlingssjef",
    "Etatsdirektør",
    "Bydelsdirektør",
    "Økonomidirektør",
    "HR-direktør",
    "Kommunikasjonsdirektør",
    "Avdelingsdirektør",
    "Avdelingsleder",
    "Avdelingsleiar",
    "Enhetsleder",
    "Einingsleiar",
    "Seksjonsleder",
    "Seksjonsleiar",
    "Virksomhetsleder",
    "Verksemdsleiar",
)
_BOARD_TITLES = (
    "Styreleder",
    "Styreleiar",
    "Nestleder i styret",
    "Nestleiar i styret",
    "Styrets leder",
    "Styremedlem",
)
_STAFF_TITLES = (
    "Rådgiver",
    "Rådgjevar",
    "Seniorrådgiver",
    "Seniorrådgjevar",
    "Spesialrådgiver",
    "Spesialrådgjevar",
    "Fagrådgiver",
    "Fagrådgjevar",
    "Konsulent",
    "Førstekonsulent",
    "Seniorkonsulent",
    "Saksbehandler",
    "Sakshandsamar",
    "Sekretær",
)
"""Titles of posts with no management (level ``medarbeider``): an adviser written at the director
or manager level is reported by ``seat_level`` (round 25 UNN, Telemark)."""
WHOLE_TITLE_FUNCTIONS = frozenset({"politisk-ledelse", "administrativ-toppledelse"})
"""The shared functions whose titles are whole posts, read as ``role_is`` reads a role."""
BASE_FUNCTION_TITLES: dict[str, tuple[str, ...]] = {
    "politisk-ledelse": (
        *_MAYORS,
        "Byrådsleder",
        "Byrådsleiar",
        "Byråd",
        "Fylkesrådsleder",
        "Fylkesrådsleiar",
        "Fylkesråd",
    ),
    "administrativ-toppledelse": (
        "Kommunedirektør",
        "Rådmann",
        "Fylkeskommunedirektør",
        "Fylkesdirektør",
        "Fylkesrådmann",
        "Administrerende direktør",
        "Administrerande direktør",
        "Adm. direktør",
        "Foretaksdirektør",
        "Sykehusdirektør",
        "Sjukehusdirektør",
        "Byrådsleder",
        "Byrådsleiar",
    ),
}
"""The shared functions and their titles, bokmål and nynorsk: the political leadership of a
municipality or county (the mayor and deputy mayor, or in a parliamentary model the council of
the city or county) and its top administrative leadership (the chief executive: kommunedirektør,
rådmann, the trust's administrerende direktør). «Primært frå politisk leiing» and «øverste
ledelse i kommuner og sykehus» are ``function: [politisk-ledelse]`` and ``function:
[administrativ-toppledelse]``: a member of the municipal council, a kommunalsjef or a clinic's
director is neither. Their titles are whole posts (as the selector ``role_is`` reads them, at the
seat's own party too: «Kommunedirektør i Alta»), never the start of a longer title: «Kommunedirektør
helse og velferd» is no top leader (round 26 Fonna). A pack adds titles (``vocabulary.functions``: ``{id: politisk-ledelse,
titles: [...]}``) and functions of its own."""
BASE_LEVEL_TITLES: dict[str, tuple[str, ...]] = {
    "politisk": _POLITICAL_TITLES,
    "direktor": _ADMINISTRATIVE_TITLES,
    "leder": _ADMINISTRATIVE_TITLES,
    "styre": _BOARD_TITLES,
    "medarbeider": _STAFF_TITLES,
}
"""Common titles of the shared levels, in bokmål and nynorsk: a seat whose ``role`` (or one of its
``other_roles``) matches one of a level's titles, as the seat selector ``role`` matches, holds a post
of that level (the check ``seat_level`` warns where the seat declares another). The shared
vocabulary does not draw the line between the director level and the manager level (a
«Klinikksjef» is one or the other by community), so the administrative titles are titles of both;
the level ``medarbeider`` is a post with no management (an adviser, a consultant, a secretary).
A pack adds titles to a level, or gives its own level titles (``vocabulary.levels``: ``{id,
titles}``)."""

MONTH_OR_DATE_PATTERN = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$(?!\n)"
"""A date known to the year (``'2021'``, quoted), the month (``2021-12``) or the day (``2021-12-01``)."""


def month_or_date(text: str) -> tuple[int, int | None, int | None]:
    """``(year, month, day)`` of a text that matches :data:`MONTH_OR_DATE_PATTERN`, ``month`` and
    ``day`` None where it does not give them; raises :class:`SaidValueError` for a day the
    calendar does not have (2021-02-30)."""
    year, *rest = (int(part) for part in text.split("-"))
    month, day = (rest + [None, None])[:2]
    if month is not None and day is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            raise SaidValueError(Message("model-not-a-day", value=text)) from None
    return year, month, day


TIME_PATTERN = r"^([01][0-9]|2[0-3]):[0-5][0-9]$(?!\n)"
"""A time of day, ``HH:MM`` on the 24-hour clock (``09:00``, ``14:30``; ``00:00`` to ``23:59``)."""


def minutes_of(time: str) -> int:
    """Minutes after midnight of a time that matches :data:`TIME_PATTERN` (``08:30``: 510)."""
    hours, minutes = time.split(":")
    return int(hours) * 60 + int(minutes)


def month_or_date_before(first: str, second: str) -> bool:
    """Whether ``first`` lies before ``second``, each a year, a month or a date: to what both give
    («desember 2021» is not before 2021-12-15, nor 2021-12-15 before 2021-12; «2021» is before no
    day of 2021, and none of them before it)."""
    one, two = month_or_date(first), month_or_date(second)
    if one[1] is None or two[1] is None:
        return one[0] < two[0]
    if one[2] is None or two[2] is None:
        return one[:2] < two[:2]
    return one < two


Word = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
"""A word of a vocabulary that a rule pack declares: lower-case letters, digits and hyphens."""

IdKey = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
"""A mapping key that is an id (parties and fora are keyed by id)."""


def _id(title: str, description: str) -> Any:
    return Field(pattern=ID_PATTERN, title=title, description=description)


def _api_version() -> Any:
    return Field(
        alias="apiVersion",
        title="API-versjon / API version",
        description="Formatversjonen dokumentet er skrevet i: hf-rules/v1. / "
        "The version of the format the document is written in: hf-rules/v1.",
    )


def _kind() -> Any:
    return Field(
        title="Type dokument / Kind", description="Hva slags dokument dette er. / What kind of document this is."
    )


def _metadata() -> Any:
    return Field(
        title="Metadata / Metadata",
        description="Id, navn og andre opplysninger om dokumentet. / The document's id, name and other particulars.",
    )


class Strict(BaseModel):
    """Base for every document model: unknown keys are errors; an optional key is left out,
    never written as ``null`` (the generated schemas say the same, see ``hf_rules.app.schemas``, and
    ``validate.build_model`` refuses nulls before the model sees them)."""

    # strict: no coercion ("4" is not a number, "yes" not a boolean). Dates arrive as ISO
    # strings and are validated in JSON mode (see validate.build_model). The python regex engine
    # is the one jsonschema uses, so patterns mean the same on both sides.
    # defer_build: a model's validator is built when it first validates, not when the module is
    # imported; a run builds those of the documents it reads and no others.
    model_config = ConfigDict(
        extra="forbid", populate_by_name=True, frozen=True, strict=True, regex_engine="python-re", defer_build=True
    )


M = TypeVar("M", bound=BaseModel)


def rebuild(model: type[M], data: dict[str, Any]) -> M:
    """A model from what ``model_dump(mode="json", by_alias=True)`` of a *validated* instance gave,
    without validating it again: for data this program wrote itself (the pack-set cache), where
    validating would only rebuild what is known to be valid (and cost building the validators,
    ~8 ms a run). Nested models, lists, dicts, optional values and dates are rebuilt by the
    fields' annotations; ``tests/unit/test_packset_cache.py`` holds the result equal to a
    validated one for every bundled pack."""
    fields = {}
    for name, info in model.model_fields.items():
        key = info.alias or name
        if key in data:
            fields[name] = _rebuilt(info.annotation, data[key])
    return model.model_construct(**fields)


def _rebuilt(annotation: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(annotation)
    if origin is Annotated:
        return _rebuilt(get_args(annotation)[0], value)
    if origin in (Union, types.UnionType):
        kinds = [arg for arg in get_args(annotation) if arg is not type(None)]
        if len(kinds) == 1:
            return _rebuilt(kinds[0], value)
        if isinstance(value, dict):  # a word or a model (a forum type with kind_of): the model
            models = [k for k in kinds if isinstance(k, type) and issubclass(k, BaseModel)]
            return _rebuilt(models[0], value) if len(models) == 1 else value
        return value
    if origin is list:
        return [_rebuilt(get_args(annotation)[0], item) for item in value]
    if origin is dict:
        return {key: _rebuilt(get_args(annotation)[1], item) for key, item in value.items()}
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return rebuild(annotation, value)
    if annotation is dt.date:
        return dt.date.fromisoformat(value)
    return value


_IN_PARENTHESES = re.compile(r"\(([^()]+)\)")


def names_of(name: str | None, also_known_as: list[str] | tuple[str, ...] = ()) -> tuple[str, ...]:
    """Every name a party, region, forum or secretariat goes by: its ``name`` and its
    ``also_known_as`` (short forms, old names: «Nordmøre IPR»), each with an abbreviation in
    parentheses in it and without it («Romsdal Regionråd (ROR)»: also ROR and Romsdal Regionråd)."""
    found: list[str] = []
    for each in ([name] if name else []) + list(also_known_as):  # «Romsdal Regionråd (ROR)» in either
        found += [each, *_IN_PARENTHESES.findall(each), _IN_PARENTHESES.sub("", each)]
    return tuple(dict.fromkeys(" ".join(n.split()) for n in found if n.strip()))


def normalised_name(text: str) -> str:
    """A name case aside, with runs of spaces as one: how names are compared."""
    return " ".join(text.split()).casefold()


def _also_known_as(what: tuple[str, str], example: str) -> Any:
    return Field(
        default_factory=list,
        title="Også kalt / Also known as",
        description=f"Andre navn {what[0]} går under: en kortform, en forkortelse, et tidligere navn ({example}). "
        "Der en tekst i et dokument navngir den (appointed_by, nominated_by, en rolle som navngir et "
        "sekretariat, subjektet i et mandatpunkt: `mandate`), holder disse som navnet; et navn en annen "
        "går under, er en feil. / "
        f"Other names {what[1]} goes by: a short form, an abbreviation, an old name ({example}). Where a "
        "text of a document names it (appointed_by, nominated_by, a role naming a secretariat, the subject "
        "of a mandate entry: `mandate`), these hold as its name; a name another one goes by is an error.",
    )


class Party(Strict):
    """An organisation taking part: the municipality, an etat, a bydel, a hospital, the ombud."""

    name: str = Field(min_length=1, title="Navn / Name", description="Partens fulle navn. / Full name of the party.")
    also_known_as: list[Annotated[str, StringConstraints(min_length=1)]] = _also_known_as(
        ("parten", "the party"), "Nordmøre IPR, Romsdal Regionråd (ROR)"
    )
    type: Word = Field(
        json_schema_extra={"examples": list(BASE_VOCABULARY["party_types"])},
        title="Type part / Party type",
        description="Hva slags organisasjon parten er: en parttype i regelpakkenes vokabular "
        "(kommune, etat, bydel, helseforetak, sykehus, ombud, region, og de en pakke legger til). / "
        "What kind of organisation the party is: a party type of the rule packs' vocabulary "
        "(kommune, etat, bydel, helseforetak, sykehus, ombud, region, and those a pack adds).",
    )
    side: Side = Field(
        title="Side / Side",
        description="Hvilken side av partnerskapet parten hører til. / "
        "Which side of the partnership the party belongs to.",
    )
    part_of: str | None = Field(
        default=None,
        pattern=ID_PATTERN,
        title="Del av / Part of",
        description="Id-en til parten denne er en del av. / Id of the party this one is part of.",
    )
    sector: str | None = Field(
        default=None,
        pattern=ID_PATTERN,
        title="Sektor / Sector",
        description="Id-en til sektorsykehuset hvis sektor denne parten (en bydel) hører til. / "
        "Id of the sector hospital whose sector this party (a bydel) belongs to.",
    )
    has_sector: bool = Field(
        default=False,
        title="Har sektor / Has a sector",
        description="Sann for et sykehus som har en egen sektor. / True for a hospital that has a sector of its own.",
    )
    tags: list[Word] = Field(
        default_factory=list,
        title="Merker / Tags",
        description="Ord en avtale bruker for å plukke ut parter (f.eks. liten-kommune, vertskommune); "
        "plassvelgere leser dem som party_tags. / "
        "Words an agreement uses to pick parties out (e.g. liten-kommune, vertskommune); seat "
        "selectors read them as party_tags.",
    )
    region: str | None = Field(
        default=None,
        min_length=1,
        title="Region / Region",
        description="Regionen parten hører til, der det gjelder; en av organisasjonens `regions` "
        "når den oppgir dem. / "
        "Region the party belongs to, where one applies; one of the organisation's `regions` "
        "when it declares them.",
    )
    municipality_number: str | None = Field(
        default=None,
        pattern=MUNICIPALITY_NUMBER_PATTERN,
        title="Kommunenummer / Municipality number",
        description='For en kommune: kommunenummeret i SSBs register (fire sifre, i anførselstegn: "4228"), '
        "strukturen fra 1. januar 2024. Det må finnes i registeret, navnet må være kommunens (hvilken som helst "
        "offisiell navneform, med eller uten «kommune»), og to parter kan ikke ha samme nummer. "
        "`party_set` med `municipalities_of` finner kommunen ved nummeret. / "
        'For a municipality: its number in SSB\'s register (four digits, in quotes: "4228"), the structure of '
        "1 January 2024. It must be in the register, the name must be the municipality's (any official name "
        "form, with or without «kommune»), and no two parties have the same number. `party_set` with "
        "`municipalities_of` finds the municipality by the number.",
        json_schema_extra={"examples": ["4228", "1580"]},
    )
    merged_from: list[Annotated[str, StringConstraints(min_length=1)]] = Field(
        default_factory=list,
        title="Slått sammen av / Merged from",
        description="For en kommune som er slått sammen: kommunene den ble til av, med navn («Vikna kommune», "
        "«Nærøy kommune»). En avtale de vedtok hver for seg før sammenslåingen (`adopted_by` med `former`), er "
        "vedtatt for parten først når hver av dem har vedtatt den, eller parten selv. / For a merged "
        "municipality: the municipalities it was made from, by name («Vikna kommune», «Nærøy kommune»). An "
        "agreement they adopted each on its own before the merger (`adopted_by` with `former`) is adopted for "
        "the party only when each of them has adopted it, or the party itself.",
    )


class Region(Strict):
    """A group of parties (municipalities) that an agreement treats together."""

    name: str = Field(min_length=1, title="Navn / Name", description="Regionens navn. / Name of the region.")
    also_known_as: list[Annotated[str, StringConstraints(min_length=1)]] = _also_known_as(
        ("regionen", "the region"), "Nordmøre, Romsdal"
    )
    parties: list[Annotated[str, StringConstraints(pattern=ID_PATTERN)]] = Field(
        default_factory=list,
        title="Parter / Parties",
        description="Id-ene til partene i regionen (eller oppgi `region:` på hver part). / "
        "Ids of the parties in the region (or give `region:` on each party).",
    )


class Body(Strict):
    """A body that appoints or nominates seat holders and is neither a party, a region nor a forum
    of the document: a nomination committee, a founding meeting, «Kommunedirektørene i Finnmark»
    (the municipalities' chief executives acting jointly), with the side or the party types it
    acts for."""

    name: str = Field(min_length=1, title="Navn / Name", description="Organets navn. / Name of the body.")
    also_known_as: list[Annotated[str, StringConstraints(min_length=1)]] = _also_known_as(
        ("organet", "the body"), "Kommunedirektørutvalget, KDU"
    )
    side: Side | None = Field(
        default=None,
        title="Side / Side",
        description="Siden organet handler for, der det handler for én side (kommunedirektørene: kommune); "
        "plassvelgeren `appointed_by_side` leser den. / "
        "The side the body acts for, where it acts for one side (the chief executives: kommune); the seat "
        "selector `appointed_by_side` reads it.",
    )
    party_types: list[Word] = Field(
        default_factory=list,
        title="Parttyper / Party types",
        description="Parttypene organet handler for, i fellesskap eller for hver av dem (kommunedirektørene: "
        "[kommune]); plassvelgeren `appointed_by_party_type` leser dem. / "
        "The party types the body acts for, jointly or for each of them (the chief executives: [kommune]); "
        "the seat selector `appointed_by_party_type` reads them.",
    )
    type: Word | None = Field(
        default=None,
        title="Type / Type",
        description="Hva slags organ det er, med et ord avtalen og dokumentet deler (eldrerad, "
        "rad-for-funksjonshemmede, valgkomite); plassvelgerne `appointed_by_body_type` og "
        "`nominated_by_body_type` leser det: «eit kommunalt råd for eldre» er hvert eldreråd. / "
        "What kind of body it is, by a word the agreement and the document share (eldrerad, "
        "rad-for-funksjonshemmede, valgkomite); the seat selectors `appointed_by_body_type` and "
        "`nominated_by_body_type` read it: «eit kommunalt råd for eldre» is every council for the elderly.",
    )


class Adoption(Strict):
    """One adoption (vedtak, godkjenning) of an agreement: by a party («Verdal kommunestyre vedtar
    …», «styret i Helse Nord-Trøndelag»: the party, with the body that adopted it) or by a forum of
    the health community («godkjent i ASU og PSU 02.06.20»), and when."""

    model_config = ConfigDict(
        json_schema_extra={
            "anyOf": [{"required": ["party"]}, {"required": ["forum"]}],
            "not": {"required": ["party", "forum"]},
        }
    )

    party: str | None = Field(
        default=None,
        pattern=ID_PATTERN,
        title="Part / Party",
        description="Id-en til parten som vedtok avtalen (kommunestyrets vedtak er kommunens, styrets "
        "vedtak helseforetakets). / Id of the party that adopted the agreement (the kommunestyre's "
        "adoption is the municipality's, the board's the trust's).",
    )
    forum: str | None = Field(
        default=None,
        pattern=ID_PATTERN,
        title="Forum / Forum",
        description="Id-en til forumet som vedtok eller godkjente avtalen (partnerskapsmøtet, ASU), eller til et "
        "organ dokumentet oppgir under `bodies:` (et stiftelsesmøte). / "
        "Id of the forum that adopted or approved the agreement (the partnerskapsmøte, the ASU), or of a body "
        "the document declares under `bodies:` (a founding meeting).",
    )
    body: str | None = Field(
        default=None,
        min_length=1,
        title="Organ / Body",
        description="Organet hos parten som vedtok den, der kilden sier det (kommunestyret, styret). / "
        "The party's body that adopted it, where the source says so (kommunestyret, styret).",
    )
    date: dt.date | None = Field(
        default=None, title="Dato / Date", description="Vedtaksdatoen. / Date of the adoption."
    )
    former: str | None = Field(
        default=None,
        min_length=1,
        title="Tidligere part / Former party",
        description="Kommunen som vedtok den før en sammenslåing, der `party` er kommunen den nå er en del av: "
        "«Vikna kommunestyre» vedtok avtalen fra 2012, og Vikna er nå en del av Nærøysund (`party: naeroysund, "
        "former: Vikna kommune`). Vedtaket gjelder for `party`. / The municipality that adopted it before a "
        "merger, where `party` is the municipality it is now part of: «Vikna kommunestyre» adopted the 2012 "
        "agreement, and Vikna is now part of Nærøysund (`party: naeroysund, former: Vikna kommune`). The "
        "adoption counts for `party`.",
    )

    @model_validator(mode="after")
    def _party_or_forum(self) -> Adoption:
        if (self.party is None) == (self.forum is None):
            raise SaidValueError(Message("model-adoption-party-or-forum"))
        if self.body is not None and self.party is None:
            raise SaidValueError(Message("model-adoption-body"))
        if self.former is not None and self.party is None:
            raise SaidValueError(Message("model-adoption-former"))
        return self


def _point_schema(schema: dict[str, Any]) -> None:
    """The schema of a point of an agreement: a text, or a whole number (``point: 5``)."""
    for key in ("type", "minLength"):
        schema.pop(key, None)
    schema["anyOf"] = [{"type": "string", "minLength": 1}, {"type": "integer", "minimum": 0}]


class Basis(Strict):
    """What an agreement rests on: a point of another agreement of the document («Denne
    tjenesteavtalen er inngått i henhold til overordnet samarbeidsavtale pkt. 5»)."""

    agreement: str = _id(
        "Avtale / Agreement",
        "Id-en til avtalen den hviler på, en avtale eller delavtale i dokumentet (samarbeidsavtalen). / "
        "Id of the agreement it rests on, an agreement or sub-agreement of the document (the cooperation "
        "agreement).",
    )
    point: str | None = Field(
        default=None,
        min_length=1,
        json_schema_extra=_point_schema,
        title="Punkt / Point",
        description="Punktet i den avtalen, slik avtalen nummererer det («pkt. 5»: 5; «punkt 4.2»: '4.2'). / "
        "The point of that agreement, as the agreement numbers it («pkt. 5»: 5; «punkt 4.2»: '4.2').",
    )

    @field_validator("point", mode="before")
    @classmethod
    def _number_as_text(cls, value: Any) -> Any:
        """``point: 5`` is the point «5»."""
        return str(value) if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else value


class SubAgreement(Strict):
    """A sub-agreement (delavtale, tjenesteavtale) of the health community's agreement, which a
    forum may follow up (``follows_up``). It has the fields of an agreement (``agreements``) but
    ``kind``: its kind is ``delavtale``."""

    name: str = Field(min_length=1, title="Navn / Name", description="Avtalens navn. / Name of the agreement.")
    adopted: dt.date | None = Field(
        default=None,
        title="Vedtatt / Adopted",
        description="Datoen avtalen ble vedtatt (inngått, signert). / Date the agreement was adopted (made, signed).",
    )
    effective_from: dt.date | None = Field(
        default=None,
        title="Gjelder fra / Effective from",
        description="Datoen avtalen trer i kraft. / Date the agreement takes effect.",
    )
    adopted_by: list[Adoption] = Field(
        default_factory=list,
        title="Vedtatt av / Adopted by",
        description="Hvem som har vedtatt eller godkjent avtalen, hver med dato: en part (`{party: verdal, body: "
        "kommunestyret, date: 2020-06-18}`) eller et forum (`{forum: asu, date: 2020-06-02}`). / "
        "Who adopted or approved the agreement, each with its date: a party (`{party: verdal, body: "
        "kommunestyret, date: 2020-06-18}`) or a forum (`{forum: asu, date: 2020-06-02}`).",
    )
    replaces: list[Annotated[str, StringConstraints(min_length=1)]] = Field(
        default_factory=list,
        title="Erstatter / Replaces",
        description="Tidligere avtaler denne erstatter: id-en til en avtale i dokumentet, eller navnet på en som "
        "ikke står der («Samarbeidsavtale 2012»). En erstattet avtale i dokumentet er ikke lenger i kraft: "
        "avtalekontrollene ser den ikke. Noe skrevet som en id som ligner en avtales id, er en inndatafeil. / "
        "Earlier agreements this one replaces: the id of an agreement of "
        "the document, or the name of one that is not in it («Samarbeidsavtale 2012»). A replaced agreement "
        "of the document is no longer in force: the agreement checks leave it out. An entry written as an id "
        "that is near an agreement's id is an input error (a misspelt id).",
    )
    parties: list[Annotated[str, StringConstraints(pattern=ID_PATTERN)]] = Field(
        default_factory=list,
        title="Parter / Parties",
        description="Id-ene til avtalens parter, der den ikke er hele helsefellesskapets (en bilateral avtale "
        "mellom helseforetaket og én kommune: [hnt, verdal]). Utelatt: alle partene. / Ids of the "
        "agreement's parties, where it is not the whole health community's (a bilateral agreement between "
        "the trust and one municipality: [hnt, verdal]). Left out: every party.",
    )
    basis: Basis | None = Field(
        default=None,
        title="Hjemmel / Basis",
        description="Punktet i en annen avtale i dokumentet som avtalen er inngått i henhold til: «Denne "
        "tjenesteavtalen er inngått i henhold til overordnet samarbeidsavtale pkt. 5» er `basis: {agreement: "
        "samarbeidsavtale, point: 5}`. / The point of another agreement of the document that this one is made "
        "under: «Denne tjenesteavtalen er inngått i henhold til overordnet samarbeidsavtale pkt. 5» (made under "
        "point 5 of the overall agreement) is `basis: {agreement: samarbeidsavtale, point: 5}`.",
    )


class Agreement(SubAgreement):
    """An agreement of the health community: the overall cooperation agreement (samarbeidsavtale),
    statutes (vedtekter), a bilateral agreement between the trust and one municipality, a plan the
    parties adopt together (samhandlingsplan, handlingsplan), or a kind a pack adds; what it is called, when it was adopted and took effect, who adopted it, and which
    earlier agreements it replaces. Sub-agreements go under ``sub_agreements``."""

    kind: Word = Field(
        json_schema_extra={"examples": list(AGREEMENT_KINDS)},
        title="Type avtale / Agreement kind",
        description="Hva slags avtale: en avtaletype i regelpakkenes vokabular (samarbeidsavtale, vedtekter, "
        "bilateral-avtale, en plan partene vedtar sammen: samhandlingsplan, handlingsplan, og de en pakke "
        "legger til; en delavtale står under `sub_agreements`). / "
        "The kind of agreement: an agreement kind of the rule packs' vocabulary (samarbeidsavtale, "
        "vedtekter, bilateral-avtale, a plan the parties adopt together: samhandlingsplan, handlingsplan, "
        "and those a pack adds; a sub-agreement goes under `sub_agreements`).",
    )


class Term(Strict):
    """A term of office."""

    from_: dt.date = Field(
        alias="from", title="Fra / From", description="Periodens første dag. / First day of the term."
    )
    to: dt.date = Field(title="Til / To", description="Periodens siste dag. / Last day of the term.")


class SeatTerm(Term):
    """A seat holder's term of office: a whole term, or the rest of one (``remainder``)."""

    remainder: bool = Field(
        default=False,
        title="Resten av en periode / Remainder of a term",
        description="Valgt for resten av en forgjengers periode (suppleringsvalg): perioden er kortere enn en "
        "hel periode og slutter når den hele ville sluttet, så en regel om periodens lengde (`seat_term`) "
        "godtar den. / Elected for the rest of a predecessor's term (a by-election): the term is shorter than "
        "a whole one and ends when the whole one would have ended, so a rule on the length of terms "
        "(`seat_term`) accepts it.",
    )


class Deputy(Strict):
    """A seat's deputy (vararepresentant), where the agreement says more than a name: the side or
    party the deputy comes from ("Vararepresentant kommune / Vararepresentant HMR")."""

    model_config = ConfigDict(json_schema_extra={"minProperties": 1})

    person: str | None = Field(
        default=None, min_length=1, title="Person / Person", description="Varaens navn. / Name of the deputy."
    )
    party: str | None = Field(
        default=None,
        pattern=ID_PATTERN,
        title="Part / Party",
        description="Id-en til parten varaen kommer fra; varaen har da partens side. / "
        "Id of the party the deputy comes from; the deputy then has that party's side.",
    )
    side: Side | None = Field(
        default=None,
        title="Side / Side",
        description="Siden varaen kommer fra, for en vara uten `party` (en vara fra kommunene: kommune). / "
        "The side the deputy comes from, for a deputy without a `party` (a deputy from the municipalities: "
        "kommune).",
    )
    role: str | None = Field(
        default=None,
        min_length=1,
        title="Rolle / Role",
        description="Varaens rolle hos sin part. / The deputy's role at their party.",
    )

    @model_validator(mode="after")
    def _something_and_one_side(self) -> Deputy:
        if self.person is None and self.party is None and self.side is None and self.role is None:
            raise SaidValueError(Message("model-deputy-empty"))
        if self.side is not None and self.party is not None:
            raise SaidValueError(Message("model-deputy-side"))
        return self


def _name_or_mapping(schema: dict[str, Any]) -> None:
    """The schema of a seat's ``deputy``: a name, or a :class:`Deputy` mapping (the model reads a
    name as ``{person: name}``)."""
    choices = schema.pop("anyOf", None) or [{"$ref": schema.pop("$ref")}]
    schema["anyOf"] = [{"type": "string", "minLength": 1}, *choices]


class Seat(Strict):
    """A seat in a forum or a secretariat: either a party seat (``party``) or a constituency seat (``represents``)."""

    model_config = ConfigDict(
        json_schema_extra={
            "oneOf": [{"required": ["party"]}, {"required": ["represents"]}],
        }
    )

    party: str | None = Field(
        default=None,
        pattern=ID_PATTERN,
        title="Part / Party",
        description="Id-en til parten som har plassen. / Id of the party that holds the seat.",
    )
    represents: Constituency | None = Field(
        default=None,
        title="Representerer / Represents",
        description="Gruppen plassen representerer (fastleger, brukere, ansatte). / "
        "The constituency the seat represents (GPs, users, employees).",
    )
    role: str | None = Field(
        default=None,
        min_length=1,
        title="Rolle / Role",
        description="Rollen til den som har plassen. / The role of the seat holder.",
    )
    other_roles: list[Annotated[str, StringConstraints(min_length=1)]] = Field(
        default_factory=list,
        title="Andre roller / Other roles",
        description="Andre stillinger den som har plassen har i denne plassen, en kombinert stilling: «Stillinga "
        "som leiar av fagrådet blir kombinert med stillinga som samhandlingskoordinator» er `role: "
        "Leiar av fagrådet` og `other_roles: [Samhandlingskoordinator]`. Alt som leser en plass' "
        "rolle (plassvelgerne `role` og `role_is`, lederperioder, fora på tvers, ledere, sekretariat, "
        "uttrykk) godtar `role` eller en av disse. / Further posts the seat holder has in this seat, a combined "
        "post (kombinert stilling): «Stillinga som leiar av fagrådet blir kombinert med stillinga som "
        "samhandlingskoordinator» is `role: Leiar av fagrådet` and `other_roles: [Samhandlingskoordinator]`. Whatever reads a seat's role (the selectors `role` and `role_is`, chair "
        "periods, cross-forum rules, leaders, the secretariat, expressions) accepts `role` or any of these.",
    )
    position: Word | Annotated[list[Word], Field(min_length=1)] | None = Field(
        default=None,
        json_schema_extra={"examples": [*BASE_VOCABULARY["positions"], ["leder", "talsperson"]]},
        title="Verv i forumet / Position in the forum",
        description="Vervet plassen har i dette forumet: leder (leiar), nestleder (nestleiar), "
        "vararepresentant (et fast varamedlem som har en av forumets plasser, «inkl. vararepresentant»), eller et "
        "verv en regelpakke legger til (talsperson, sekretaer: ord skrives med små bokstaver a–z). Rollen (`role`) er stillingen hos parten; vervet er "
        "forumets. / The position the seat holds in this forum: leder (the forum's leader), nestleder (its deputy "
        "leader), vararepresentant (a standing deputy member who holds one of the forum's seats, «inkl. "
        "vararepresentant»), or a position a rule pack adds (talsperson, sekretaer: words are lower-case ASCII). The `role` is the holder's "
        "post at the party; the position is the forum's. "
        "En plass kan ha flere verv som en liste (`position: [leder, talsperson]`: rådmannen i Arendal leder "
        "KOSS og er talsperson), men ikke både leder og nestleder. / A seat may hold several positions as a "
        "list (`position: [leder, talsperson]`: Arendal's rådmann leads KOSS and is its spokesperson), but not "
        "both leder and nestleder.",
    )

    @property
    def positions(self) -> list[str]:
        """Every position the seat holds in its forum: ``position`` as a list (none, one or several)."""
        if self.position is None:
            return []
        return [self.position] if isinstance(self.position, str) else list(self.position)

    on_behalf_of: str | None = Field(
        default=None,
        pattern=ID_PATTERN,
        title="På vegne av forum / On behalf of forum",
        description="Id-en til et annet forum plassen sitter for (fast representasjon: LSU-ets leder i SSU skriver "
        "`on_behalf_of: lsu-x`), eller `secretariat` for en plass som følger av et verv i sekretariatet (forumets "
        "eller helsefellesskapets: «Leder av FOUSAM»). / Id of another forum the seat sits for (ex officio: the "
        "LSU's leader's seat in the SSU gives `on_behalf_of: lsu-x`), or `secretariat` for a seat held by a post "
        "in the secretariat (the forum's or the health community's: «Leder av FOUSAM»).",
    )
    side: Side | None = Field(
        default=None,
        title="Side / Side",
        description="For en fastlege-, bruker- eller ansattplass: siden den kommer fra (en brukerrepresentant "
        "fra kommunene, kommune, eller fra sykehuset, sykehus). En partsplass har sin parts side. / "
        "For a GP, user or employee seat: the side it comes from (a user representative from "
        "the municipalities, kommune, or from the hospital, sykehus). A party seat takes its party's side.",
    )
    level: Word | None = Field(
        default=None,
        json_schema_extra={"examples": list(BASE_VOCABULARY["levels"])},
        title="Nivå / Level",
        description="Nivået den som har plassen handler på: et nivå i regelpakkenes vokabular "
        "(politisk, direktor, leder, styre, medarbeider — uten lederansvar —, og de en pakke legger til, som "
        "ledernivå 1, 2, 3). Nivået er det dokumentet oppgir; er rollen en kjent tittel på et annet nivå (en "
        "Kommunedirektør med `level: politisk`, en Styreleder med `level: direktor`, en Rådgiver med `level: leder`), advarer den nasjonale regelen "
        "HF-SEAT-LEVEL-TITLE (sjekken seat_level). / "
        "The level the seat holder acts at: a level of the rule packs' vocabulary "
        "(politisk, direktor, leder, styre, medarbeider — no management —, and those a pack adds, such as "
        "management levels 1, 2, 3). The level is what the document declares; where the role is a known title of "
        "another level (a Kommunedirektør with `level: politisk`, a Styreleder with `level: direktor`, a Rådgiver "
        "with `level: leder`), the national "
        "rule HF-SEAT-LEVEL-TITLE warns (the check seat_level).",
    )
    person: str | None = Field(
        default=None,
        min_length=1,
        title="Person / Person",
        description="Navnet til den som har plassen. / Name of the seat holder.",
    )
    body: str | None = Field(
        default=None,
        min_length=1,
        title="Organ / Body",
        description="Et helt organ plassen står for («Føretaksstyret», «Kommunestyret»): hele organet møter, "
        "så plassen trenger ingen `person` og ingen vara. / A whole body the seat stands for "
        '("Føretaksstyret", "Kommunestyret"): the whole body attends, so the seat needs no `person` and no '
        "deputy.",
    )
    deputy: Deputy | None = Field(
        default=None,
        json_schema_extra=_name_or_mapping,
        title="Vara / Deputy",
        description="Varaen: et navn, eller {person, party, side, role} der avtalen sier hvilken side eller part "
        "varaen kommer fra («Vararepresentant kommune»: `{side: kommune}`). / The deputy: a name, or "
        "{person, party, side, role} where the agreement says which side or party the deputy comes from "
        '("Vararepresentant kommune": `{side: kommune}`).',
    )
    voting: bool | None = Field(
        default=None,
        title="Stemmerett / Voting rights",
        description="false for et medlem med møte- og talerett uten stemmerett («16 medlemmer med stemmerett og "
        "åtte medlemmer med møte- og talerett»). Utelatt: et medlem har stemmerett. En observatør har aldri "
        "stemmerett, så `voting: true` på en observatørplass er en feil. / "
        "false for a member who may attend and speak but not vote (møte- og talerett uten stemmerett: "
        '"16 members with a vote and eight members with møte- og talerett"). Left out: a member votes. '
        "An observer never votes, so `voting: true` on an observer seat is an error.",
    )
    invited: bool | None = Field(
        default=None,
        title="Invitert / Invited",
        description="true for en observatør som er invitert inn («Utdanningsinstitusjonene er også invitert "
        "inn»): en gjest, ikke en fast plass. Kontrollene teller ikke en invitert plass med mindre regelen "
        "velger den (`invited: true`). Bare for observatører. / true for an observer who is invited in "
        '("the educational institutions are also invited"): a guest, not a standing seat. The checks do not '
        "count an invited seat unless the rule selects it (`invited: true`). For observers only.",
    )
    speaking_rights: bool | None = Field(
        default=None,
        title="Talerett / Speaking rights",
        description="For observatører: om observatøren har talerett (et medlem har det alltid; false på et "
        "medlem er en feil). / For observers: whether the observer may speak (talerett); a member always "
        "may, so false on a member is an error.",
    )
    proposal_rights: bool | None = Field(
        default=None,
        title="Forslagsrett / Proposal rights",
        description="For observatører: om observatøren har forslagsrett. / "
        "For observers: whether the observer may make proposals (forslagsrett).",
    )
    decision_authority: bool | None = Field(
        default=None,
        title="Beslutningsmyndighet / Decision authority",
        description="true når den som har plassen har myndighet til å beslutte på vegne av sin part, direkte "
        "eller delegert («det anses som viktig at representantene har beslutningsmyndighet»); false når "
        "den ikke har det. Som `level` er det det dokumentet sier om plassen: hf-rules kan ikke prøve det. "
        "Utelatt: ikke oppgitt (en regel som krever `decision_authority: true`, melder plassen). / "
        "true when the seat holder has authority to decide for their party, direct or delegated "
        '("it is important that the representatives have decision-making authority"); false when '
        "they have not. Like `level`, it is what the document says of the seat: hf-rules cannot "
        "test it. Left out: not stated (a rule that asks for `decision_authority: true` reports the seat).",
    )
    term: SeatTerm | None = Field(
        default=None,
        title="Funksjonsperiode / Term",
        description="Funksjonsperioden til den som har plassen. / The seat holder's term of office.",
    )
    appointed_by: str | None = Field(
        default=None,
        min_length=1,
        title="Oppnevnt av / Appointed by",
        description="Hvem som formelt oppnevnte den som har plassen (en part, et forum eller et organ som KS eller "
        "brukerutvalget). / "
        "Who formally appointed the seat holder (a party, a forum or a body such as KS or the user committee).",
    )
    nominated_by: str | None = Field(
        default=None,
        min_length=1,
        title="Foreslått av / Nominated by",
        description="Organisasjonen som foreslo (innstilte) den som har plassen, der det er en annen enn den som "
        "oppnevner: «fire representantar frå FFO, to frå SAFO» (FFO foreslår; hvem som oppnevner, står i "
        "`appointed_by`). / "
        "The organisation that nominated the seat holder, where it is not the one that appoints: "
        '"four representatives from FFO, two from SAFO" (FFO nominates; who appoints goes in `appointed_by`).',
    )
    functions: list[Word] = Field(
        default_factory=list,
        title="Funksjoner / Functions",
        description="Funksjoner og yrker den som har plassen har, som tittelen ikke sier: ord i regelpakkenes "
        "vokabular (`vocabulary.functions`), som helse-og-omsorgssjef eller lege («inkl. lege»: en "
        "klinikkdirektør som er lege). Plassvelgeren `function` finner plassen ved disse, eller ved en av "
        "funksjonens kjente titler i `role`/`other_roles`. / Functions and professions the seat holder has "
        "that the title does not say: words of the rule packs' vocabulary (`vocabulary.functions`), such as "
        "helse-og-omsorgssjef or lege («inkl. lege»: a clinic director who is a physician). The seat selector "
        "`function` finds the seat by these, or by one of the function's known titles in `role`/`other_roles`.",
    )
    shared_with: list[Annotated[str, StringConstraints(pattern=ID_PATTERN)]] = Field(
        default_factory=list,
        title="Delt med / Shared with",
        description="Andre parter plassen holdes felles for («kommuneoverlege for Hitra og Frøya»: "
        "`party: froya`, `shared_with: [hitra]`): kontroller som teller eller velger plasser per part, "
        "parttype, region eller område teller plassen for hver av dem; kontroller som teller per side teller "
        "den én gang. Partene må være på samme side som `party`. En regel som gjelder hver parts egen plass "
        "(«ordføreren i hver kommune») utelater delte plasser med velgeren `shared: false`. / Further parties the seat is held jointly "
        "for («kommuneoverlege for Hitra og Frøya»: `party: froya`, `shared_with: [hitra]`): checks that count "
        "or pick seats by party, party type, region or area count the seat for each of them; checks that "
        "count by side count it once. The parties must be of the side of `party`. A rule about each party's own "
        "seat («the mayor of every municipality») leaves shared seats out with the selector `shared: false`.",
    )
    site: Annotated[str, StringConstraints(pattern=ID_PATTERN)] | None = Field(
        default=None,
        title="Lokalisasjon / Site",
        description="Stedet den som har plassen arbeider, der det er en annen part enn `party` (en klinikk "
        "spenner over flere sykehus: `party: unn-bukl`, `site: unn-harstad`): en part i organisasjonen, "
        "vanligvis en del av partens helseforetak, og på partens side. `seat_count` med `count: sites` teller de ulike stedene "
        "(«medlemmene kommer fra ulike lokalisasjoner»); en plass uten `site` er der parten er når parten er et "
        "sykehus (`type: sykehus`: UNN Harstads egen plass), ellers telles den ikke. / Where the seat holder "
        "works, where that is another party than `party` (a clinic spans several hospitals: `party: unn-bukl`, "
        "`site: unn-harstad`): a party of the organisation, usually a part of the party's trust, and of the "
        "party's side. `seat_count` "
        "with `count: sites` counts the distinct sites («the members come from different sites»); a seat "
        "without `site` is where its party is when that party is a hospital (`type: sykehus`: UNN Harstad's own "
        "seat), and is not counted otherwise. En valgkretsplass (`represents`) kan gi parten den som har den "
        "kommer fra eller arbeider hos: «Ansattrepresentant, Sør-Varanger kommune» er `represents: ansatt, "
        "site: sor-varanger`; uten `side` er plassen da på stedets side. / A constituency seat (`represents`) may "
        "give the party its holder comes from or works at: «Ansattrepresentant, Sør-Varanger kommune» is "
        "`represents: ansatt, site: sor-varanger`; without `side`, the seat is then of the site's side.",
    )
    tags: list[Word] = Field(
        default_factory=list,
        title="Merker / Tags",
        description="Ord en avtale bruker for å plukke ut plasser (f.eks. helsefaglig, kommuneoverlege); "
        "plassvelgere leser dem som tags. / "
        "Words an agreement uses to pick seats out (e.g. helsefaglig, kommuneoverlege); seat "
        "selectors read them as tags.",
    )

    @field_validator("position", mode="before")
    @classmethod
    def _some_position(cls, value: Any) -> Any:
        """An empty list of positions is refused at the key (not as a text it is not)."""
        if isinstance(value, list) and not value:
            raise SaidValueError(Message("model-seat-positions-empty"))
        return value

    @field_validator("deputy", mode="before")
    @classmethod
    def _deputy_by_name(cls, value: Any) -> Any:
        """A deputy written as a name is the deputy ``{person: name}``."""
        return {"person": value} if isinstance(value, str) and value else value

    @model_validator(mode="after")
    def _party_or_constituency(self) -> Seat:
        if (self.party is None) == (self.represents is None):
            raise SaidValueError(Message("model-seat-party-or-represents"))
        if self.side is not None and self.party is not None:
            raise SaidValueError(Message("model-seat-side"))
        if self.other_roles and self.role is None:
            raise SaidValueError(Message("model-seat-other-roles"))
        if self.shared_with and self.party is None:
            raise SaidValueError(Message("model-seat-shared-with"))
        if self.term is not None and self.term.to < self.term.from_:
            raise SaidValueError(Message("model-term-reversed"))
        return self


RelationIds = Annotated[list[Annotated[str, StringConstraints(pattern=ID_PATTERN)]], Field(min_length=1)]
"""The ids one relation word of ``relations`` points to (one id written alone is a list of one)."""


def _relations_schema(schema: dict[str, Any]) -> None:
    """The schema of ``relations``: relation words (keys) to one id or a list of ids."""
    item = {"type": "string", "pattern": ID_PATTERN}
    schema.pop("additionalProperties", None)
    schema["propertyNames"] = {"pattern": ID_PATTERN}
    schema["additionalProperties"] = {"anyOf": [item, {"type": "array", "items": item, "minItems": 1}]}


def _relations_field() -> Any:
    return Field(
        default_factory=dict,
        json_schema_extra=_relations_schema,
        title="Relasjoner / Relations",
        description="Relasjoner til andre organer som ingen annen nøkkel navngir, etter relasjonsord i "
        "regelpakkenes vokabular (etablert-av, utovende-organ-for, vertskommune, godkjennes-av, "
        "tvister-behandles-av, ivaretar, og de en pakke legger til), hvert med en id eller en liste med id-er til "
        "fora, parter, `secretariat` (helsefellesskapets sekretariat) eller avtaler i dokumentet, etter hva ordet "
        "viser til: «FOUSAM er SSU sitt utøvende organ» er `relations: {utovende-organ-for: [ssu]}`, «Overordnet "
        "avtale ivaretas av ASU» er `relations: {ivaretar: samarbeidsavtale}` på ASU. / "
        "Relations to other bodies that no other key names, by relation words of the rule packs' vocabulary "
        "(etablert-av, utovende-organ-for, vertskommune, godkjennes-av, tvister-behandles-av, ivaretar, and those "
        "a pack adds), each with one id or a list of ids of fora, parties, `secretariat` (the health community's "
        "secretariat) or agreements of the document, as the word allows: «FOUSAM er SSU sitt utøvende organ» "
        "(FOUSAM is the SSU's executive body) is `relations: {utovende-organ-for: [ssu]}`, «Overordnet avtale "
        "ivaretas av ASU» (the ASU looks after the overall agreement) is `relations: {ivaretar: samarbeidsavtale}` "
        "on the ASU.",
    )


class MeetingsRange(Strict):
    """How often a body meets where the text gives a range: «Møtest 5–6 gonger i året» is
    ``{min: 5, max: 6}``."""

    min: int = Field(
        ge=0,
        le=366,
        title="Minst / At least",
        description="Minst så mange møter i året. / At least this many meetings a year.",
    )
    max: int = Field(
        ge=1,
        le=366,
        title="Høyst / At most",
        description="Høyst så mange møter i året. / At most this many meetings a year.",
    )

    def __str__(self) -> str:
        return f"{self.min}–{self.max}"


def _ordered_range(value: Any) -> Any:
    """A ``meetings_per_year`` range whose ``min`` is above its ``max`` (no year can meet both):
    refused at the key (a validator of the field, so the message names no branch of the union)."""
    if isinstance(value, MeetingsRange) and value.min > value.max:
        raise SaidValueError(Message("model-meetings-range", min=value.min, max=value.max))
    return value


def meetings_bounds(value: int | MeetingsRange | None) -> tuple[int, int] | None:
    """``(least, most)`` meetings a year a ``meetings_per_year`` declares: ``(4, 4)`` for 4,
    ``(5, 6)`` for ``{min: 5, max: 6}``; None when it declares none."""
    if value is None:
        return None
    if isinstance(value, MeetingsRange):
        return value.min, value.max
    return value, value


_MEETINGS_PER_YEAR = (
    " Et tall, eller et spenn `{min, max}` der teksten gir et («Møtest 5–6 gonger i året»: `{min: 5, max: 6}`). / "
)
_MEETINGS_PER_YEAR_EN = (
    ' A number, or a range `{min, max}` where the text gives one ("meets 5–6 times a year": `{min: 5, max: 6}`).'
)


def _ids_by_relation(value: Any) -> Any:
    """A relation written with one id is the list of that one (``vertskommune: karmoy``)."""
    if isinstance(value, dict):
        return {key: [item] if isinstance(item, str) else item for key, item in value.items()}
    return value


class MandateEntry(Strict):
    """One point of a mandate with the duties it declares («Gi overordnede føringer»: ``duties:
    [foringer]``), for what no reading of its words can decide."""

    text: str = Field(
        min_length=1,
        title="Tekst / Text",
        description="Punktet slik mandatet sier det. / The point as the mandate says it.",
    )
    duties: list[Word] = Field(
        default_factory=list,
        title="Oppgaver / Duties",
        description="Oppgavene punktet gir organet: ord i regelpakkenes vokabular (`vocabulary.duties`). En "
        "`mandate`-regel med `duty` er oppfylt av et punkt som oppgir oppgaven, uansett hvordan ordene leses. / "
        "The duties the point gives the body: words of the rule packs' vocabulary (`vocabulary.duties`). A "
        "`mandate` rule with `duty` is met by an entry that declares the duty, however its words read.",
    )


MandatePoint = str | MandateEntry
"""A mandate's point: its text, or its text with the duties it declares."""


def mandate_text(point: MandatePoint) -> str:
    """The words of a mandate's point."""
    return point if isinstance(point, str) else point.text


def mandate_duties(point: MandatePoint) -> list[str]:
    """The duties a mandate's point declares (none for a plain text)."""
    return [] if isinstance(point, str) else list(point.duties)


class Secretariat(Strict):
    """A secretariat: who runs it and who staffs it, for one forum (a forum's ``secretariat``) or for
    the whole health community (the organisation's ``secretariat``). A secretariat is not a forum: no
    forum rule and no forum count sees it; the ``secretariat`` check does."""

    name: str | None = Field(
        default=None,
        min_length=1,
        title="Navn / Name",
        description="Sekretariatets navn, der det har et (Felles samarbeidssekretariat). / "
        "Name of the secretariat, where it has one (Felles samarbeidssekretariat).",
    )
    also_known_as: list[Annotated[str, StringConstraints(min_length=1)]] = _also_known_as(
        ("sekretariatet", "the secretariat"), "FOUSAM"
    )
    run_by: list[Annotated[str, StringConstraints(pattern=ID_PATTERN)]] = Field(
        default_factory=list,
        title="Drives av / Run by",
        description="Id-ene til partene som har (ivaretar) sekretariatsfunksjonen: «Helse Førde ivaretek saman "
        "med KS sekretariatsfunksjonen» er [helse-forde, ks]. / "
        'Ids of the parties that run the secretariat: "Helse Førde ivaretek saman med KS '
        'sekretariatsfunksjonen" (Helse Førde runs it together with KS) is [helse-forde, ks].',
    )
    members: list[Seat] = Field(
        default_factory=list,
        title="Bemanning / Staff",
        description="Plassene i sekretariatet, den daglige sekretariatsfunksjonen (samme felt som en forumplass: "
        "part, rolle, verv, person, oppnevnt av …); leder og nestleder er plassene med `position: leder` og "
        "`position: nestleder`. De med overordnet ansvar står i `responsible`. / "
        "The secretariat's seats, the daily secretariat function (the same fields as a forum seat: party, role, "
        "position, person, appointed by …); the leader and the deputy leader are the seats with "
        "`position: leder` and `position: nestleder`. Those with overall responsibility go in `responsible`.",
    )
    responsible: list[Seat] = Field(
        default_factory=list,
        title="Overordnet ansvar / Overall responsibility",
        description="Plassene med overordnet ansvar for sekretariatet, der avtalen skiller dem fra den daglige "
        "sekretariatsfunksjonen (`members`): «Kommunenes samhandlingssjef og samhandlingssjef i UNN har "
        "overordnet ansvar for helsefellesskapets sekretariat». Samme felt som en forumplass. / "
        "The seats with overall responsibility for the secretariat (overordnet ansvar), where the agreement "
        "tells them apart from the daily secretariat function (`members`): \"the municipalities' cooperation "
        "manager and UNN's cooperation manager have overall responsibility for the secretariat\". The same "
        "fields as a forum seat.",
    )
    serves: list[Annotated[str, StringConstraints(pattern=ID_PATTERN)]] = Field(
        default_factory=list,
        title="Betjener / Serves",
        description="Id-ene til fora sekretariatet betjener (forbereder og koordinerer møtene til). Et forums "
        "eget sekretariat betjener alltid det forumet. / "
        "Ids of the fora the secretariat serves (prepares and coordinates the meetings of). A forum's own "
        "secretariat always serves that forum.",
    )
    reports_to: list[Annotated[str, StringConstraints(pattern=ID_PATTERN)]] = Field(
        default_factory=list,
        title="Rapporterer til / Reports to",
        description="Id-ene til fora sekretariatet rapporterer til: «Sekretariatet rapporterer til strategisk "
        "samarbeidsutval» er [ssu]. / "
        'Ids of the fora the secretariat reports to: "Sekretariatet rapporterer til strategisk '
        'samarbeidsutval" (the secretariat reports to the strategic cooperation committee) is [ssu].',
    )
    relations: dict[Word, RelationIds] = _relations_field()
    meetings_per_year: Annotated[int, Field(ge=1, le=366)] | MeetingsRange | None = Field(
        default=None,
        title="Møter per år / Meetings per year",
        description="Hvor mange ganger sekretariatet møtes i året («møter fast onsdagar i oddetalsveker»: 26; "
        "dagene og klokkeslettene står i sekretariatets møteplan, en MeetingPlan med `secretariat:`)."
        + _MEETINGS_PER_YEAR
        + 'How many times a year the secretariat meets ("meets on Wednesdays of odd weeks": 26; the days and hours '
        "go in the secretariat's meeting plan, a MeetingPlan with `secretariat:`)." + _MEETINGS_PER_YEAR_EN,
    )
    mandate: list[MandatePoint] = Field(
        default_factory=list,
        title="Mandat / Mandate",
        description="Sekretariatets oppgaver, punkt for punkt: en tekst, eller `{text, duties}` (se forumets "
        "`mandate`). / The secretariat's tasks, item by item: a text, or `{text, duties}` (see the forum's "
        "`mandate`).",
    )

    @field_validator("relations", mode="before")
    @classmethod
    def _relations(cls, value: Any) -> Any:
        return _ids_by_relation(value)

    @field_validator("meetings_per_year", mode="after")
    @classmethod
    def _meetings_range(cls, value: Any) -> Any:
        return _ordered_range(value)


FORUM_RELATIONS = ("gives_assignments_to", "gives_input_to", "supports")
"""A forum's lists of the other fora it relates to (each id checked as a reference)."""


def _one_or_more_ids(schema: dict[str, Any]) -> None:
    """The schema of a list of ids that may also be written as one id."""
    item = {"type": "string", "pattern": ID_PATTERN}
    for key in ("type", "items", "anyOf"):
        schema.pop(key, None)
    schema["anyOf"] = [item, {"type": "array", "items": item}]


class Forum(Strict):
    """A meeting forum of the health community and its composition."""

    name: str = Field(min_length=1, title="Navn / Name", description="Forumets fulle navn. / Full name of the forum.")
    also_known_as: list[Annotated[str, StringConstraints(min_length=1)]] = _also_known_as(
        ("forumet", "the forum"), "SSU, Toppleiarforum"
    )
    type: Word = Field(
        json_schema_extra={"examples": list(BASE_VOCABULARY["forum_types"])},
        title="Type forum / Forum type",
        description="Hva slags forum: en forumtype i regelpakkenes vokabular (partnerskapsmote, "
        "strategisk-samarbeidsutvalg, lokalt-samarbeidsutvalg, samarbeidsforum, arbeidsgruppe, de avviklede "
        "kontaktmote, stormote, samarbeidsutvalget, direktormote, og de en pakke legger til). / "
        "The kind of forum: a forum type of the rule packs' vocabulary (partnerskapsmote, "
        "strategisk-samarbeidsutvalg, lokalt-samarbeidsutvalg, samarbeidsforum, arbeidsgruppe, the retired "
        "kontaktmote, stormote, samarbeidsutvalget, direktormote, and those a pack adds).",
    )
    sector: str | None = Field(
        default=None,
        pattern=ID_PATTERN,
        title="Sektor / Sector",
        description="Id-en til sektorsykehuset, for sektorfora. / Id of the sector hospital, for sector fora.",
    )
    topic: str | None = Field(
        default=None,
        min_length=1,
        title="Tema / Topic",
        description="Temaet for et samarbeidsforum. / Topic of a samarbeidsforum.",
    )
    area: list[Annotated[str, StringConstraints(pattern=ID_PATTERN)]] | None = Field(
        default=None,
        min_length=1,
        title="Område / Area",
        description="Området forumet dekker: id-er til regioner eller parter (kommuner). Et område som lister "
        "alle partene i en region, dekker regionen; et som lister noen av dem, dekker bare dem. Utelatt: hele "
        "helsefellesskapet. / "
        "The area the forum serves: ids of regions or parties (municipalities). An area that lists every "
        "party of a region covers the region; one that lists some of them covers only those. Left out: the "
        "whole health community.",
    )
    sub_committee_of: list[Word] = Field(
        default_factory=list,
        json_schema_extra=_one_or_more_ids,
        title="Underutvalg av / Sub-committee of",
        description="Id-en til forumet dette er et underutvalg av, eller en liste med id-er når det tjener flere "
        "fora («kompetansegrupper for FSU-ane»: hvert FSU). / "
        "Id of the forum this one is a sub-committee of, or a list of ids where it serves several fora "
        '("competence groups for the FSUs": every FSU).',
    )
    until: dt.date | None = Field(
        default=None,
        title="Til og med / Until",
        description="Siste dag for et tidsbegrenset forum. Etter denne dagen (sett fra datoen det vurderes per) "
        "finnes forumet ikke lenger: ingen regel teller eller velger det. / "
        "Last day of a time-limited forum. After it (seen from the date checked as of) the forum no longer "
        "exists: no rule counts or selects it.",
    )
    meetings_per_year: Annotated[int, Field(ge=0, le=366)] | MeetingsRange | None = Field(
        default=None,
        title="Møter per år / Meetings per year",
        description="Hvor mange ganger i året forumet møtes."
        + _MEETINGS_PER_YEAR
        + "How many times a year the forum meets."
        + _MEETINGS_PER_YEAR_EN,
    )
    chair_rotation: list[str] | None = Field(
        default=None,
        min_length=1,
        title="Ledelse på omgang / Chair rotation",
        description="Sider (kommune, sykehus) eller part-id-er som bytter på å lede. / "
        "Sides (kommune, sykehus) or party ids that take turns to chair.",
    )
    gives_assignments_to: list[str] = Field(
        default_factory=list,
        title="Gir oppdrag til / Gives assignments to",
        description="Id-ene til fora dette forumet gir føringer og oppdrag til. / "
        "Ids of fora this forum gives directions and assignments to.",
    )
    gives_input_to: list[str] = Field(
        default_factory=list,
        title="Gir innspill til / Gives input to",
        description="Id-ene til fora dette forumet gir innspill til eller rapporterer til (saker, forslag, "
        "rapporter oppover: «SSU rapporterer til partnerskapsmøtet»). / Ids of fora this forum gives input or "
        'reports to (matters, proposals, reports upwards: "the SSU reports to the partnerskapsmøte").',
    )
    supports: list[str] = Field(
        default_factory=list,
        title="Støtter / Supports",
        description="Id-ene til fora dette forumet støtter opp om arbeidet i («SSU skal støtte opp om arbeidet i "
        'FSU»). / Ids of fora whose work this forum supports ("the SSU supports the work of the FSU").',
    )
    follows_up: list[Word] = Field(
        default_factory=list,
        title="Følger opp / Follows up",
        description="Id-ene til delavtalene (eller andre avtaledeler) forumet følger opp («fagråd knyttet til "
        "delavtalene»): frie id-er som pakken eller organisasjonen navngir, f.eks. delavtale-3. / "
        'Ids of the sub-agreements (or other parts of the agreement) the forum follows up ("professional '
        'councils linked to the sub-agreements"): free ids the pack or the organisation names, e.g. delavtale-3.',
    )
    relations: dict[Word, RelationIds] = _relations_field()
    escalation: list[Word] = Field(
        default_factory=list,
        title="Tvisteløsning / Escalation",
        description="Hvor uenighet i forumet behandles, trinn for trinn i rekkefølge: id-ene til fora, og forumet "
        "selv først der det behandler den først («uenighet behandles først i det faglige samarbeidsutvalget, "
        "deretter i ASU, og til sist i SSU»: [fsu-barn, asu, ssu] på FSU-et). / "
        "Where a disagreement in the forum is handled, step by step in order: ids of fora, the forum itself first "
        "where it handles it first («uenighet behandles først i det faglige samarbeidsutvalget, deretter i ASU, og "
        "til sist i SSU»: first in the FSU, then the ASU, last the SSU: [fsu-barn, asu, ssu] on the FSU).",
    )
    mandate: list[MandatePoint] = Field(
        default_factory=list,
        title="Mandat / Mandate",
        description="Forumets mandat, punkt for punkt: en tekst, eller `{text: …, duties: [foringer]}` der "
        "punktet oppgir oppgavene det gir forumet (ord i `vocabulary.duties`). / The forum's mandate, item by "
        "item: a text, or `{text: …, duties: [foringer]}` where the point declares the duties it gives the forum "
        "(words of `vocabulary.duties`).",
    )
    members: list[Seat] = Field(
        default_factory=list, title="Medlemmer / Members", description="Medlemsplasser. / Member seats."
    )
    observers: list[Seat] = Field(
        default_factory=list,
        title="Observatører / Observers",
        description="Observatørplasser (ikke medlemmer). / Observer seats (not members).",
    )
    decision_rule: DecisionRule | None = Field(
        default=None,
        title="Beslutningsform / Decision rule",
        description="Hvordan forumet treffer vedtak: konsensus, flertall eller enstemmighet. / "
        "How the forum makes decisions: by consensus (konsensus), majority (flertall) or unanimity "
        "(enstemmighet).",
    )
    user_participation: str | None = Field(
        default=None,
        min_length=1,
        title="Brukermedvirkning / User participation",
        description="Hvordan brukermedvirkning sikres. / How user participation is secured.",
    )
    priority_groups: list[Annotated[str, StringConstraints(pattern=ID_PATTERN)]] = Field(
        default_factory=list,
        title="Prioriterte pasientgrupper / Priority groups",
        description="Prioriterte pasientgrupper forumet arbeider for: de fire reformen nevner ("
        + ", ".join(PRIORITY_GROUPS)
        + "), og enhver annen gruppe helsefellesskapet også prioriterer, som en id. / "
        "Priority groups the forum works for: the four the reform names ("
        + ", ".join(PRIORITY_GROUPS)
        + "), and any other group the health community prioritises as well, as an id.",
    )
    secretariat: Secretariat | None = Field(
        default=None,
        title="Sekretariat / Secretariat",
        description="Forumets sekretariat: hvem som driver det og hvem som sitter i det (ikke et forum). / "
        "The forum's secretariat: who runs it and who sits in it (not a forum).",
    )

    @field_validator("sub_committee_of", mode="before")
    @classmethod
    def _one_or_more(cls, value: Any) -> Any:
        """One parent written as an id is the list of that one (``sub_committee_of: ssu``)."""
        return [value] if isinstance(value, str) else value

    @field_validator("relations", mode="before")
    @classmethod
    def _relations(cls, value: Any) -> Any:
        return _ids_by_relation(value)

    @field_validator("meetings_per_year", mode="after")
    @classmethod
    def _meetings_range(cls, value: Any) -> Any:
        return _ordered_range(value)


class OrganisationMetadata(Strict):
    id: str = _id(
        "Id / Id", "Organisasjonens (helsefellesskapets) id. / Id of the organisation (the health community)."
    )
    name: str = Field(
        min_length=1, title="Navn / Name", description="Helsefellesskapets navn. / Name of the health community."
    )
    also_known_as: list[Annotated[str, StringConstraints(min_length=1)]] = _also_known_as(
        ("helsefellesskapet", "the health community"), "Helsefellesskapet, HFS"
    )
    status: Literal["proposed", "approved"] | None = Field(
        default=None,
        title="Status / Status",
        description="Om strukturen er foreslått (proposed) eller vedtatt (approved). / "
        "Whether the structure is proposed or approved.",
    )
    effective_from: dt.date | None = Field(
        default=None,
        title="Gjelder fra / Effective from",
        description="Datoen strukturen trer i kraft. / Date the structure takes effect.",
    )
    established: str | None = Field(
        default=None,
        pattern=MONTH_OR_DATE_PATTERN,
        title="Etablert / Established",
        description="Når helsefellesskapet ble etablert: et år i anførselstegn ('2021', «oppretta frå 2021») "
        "eller en måned (ÅÅÅÅ-MM, «desember 2021»: 2021-12) når kilden bare gir det, ellers en dato (ÅÅÅÅ-MM-DD). / "
        "When the health community was established: a year in quotes ('2021', «oppretta frå 2021») or a month "
        "(YYYY-MM, «desember 2021»: 2021-12) where the source gives only that, else a date (YYYY-MM-DD).",
    )
    description: str | None = Field(
        default=None, title="Beskrivelse / Description", description="Fritekst. / Free text."
    )

    @field_validator("established")
    @classmethod
    def _a_real_day(cls, value: str | None) -> str | None:
        if value is not None:
            month_or_date(value)
        return value


class Organisation(Strict):
    """The structure of one health community: its parties and fora."""

    api_version: Literal["hf-rules/v1"] = _api_version()
    kind: Literal["Organisation"] = _kind()
    metadata: OrganisationMetadata = _metadata()
    regions: dict[IdKey, Region] = Field(
        default_factory=dict,
        title="Regioner / Regions",
        description="Regioner som grupperer partene, etter id (der avtalen har dem). / "
        "Regions that group the parties, by id (where the agreement has them).",
    )
    parties: dict[IdKey, Party] = Field(
        title="Parter / Parties", description="Partene, etter id. / The parties, by id."
    )
    bodies: dict[IdKey, Body] = Field(
        default_factory=dict,
        title="Organer / Bodies",
        description="Organer som oppnevner eller foreslår representanter (`appointed_by`, `nominated_by`) og som "
        "verken er en part, en region eller et forum, etter id: en valgkomité, et stiftelsesmøte, "
        "«Kommunedirektørene i Finnmark», med siden (`side`) eller parttypene (`party_types`) de handler for. En "
        "`appointed_by` som navngir et organ, møter `appointed_by_side` for dets side og "
        "`appointed_by_party_type` for dets parttyper; et navn som verken er en part, et forum, en region eller "
        "et organ, er bare tekst. Et organ kan også vedta en avtale (`adopted_by: [{forum: stiftelsesmote}]`), og "
        "`type` sier hva slags organ det er (eldrerad). / "
        "Bodies that appoint or nominate representatives (`appointed_by`, `nominated_by`) and are neither a "
        "party, a region nor a forum, by id: a nomination committee, a founding meeting, «Kommunedirektørene i "
        "Finnmark», with the side (`side`) or the party types (`party_types`) they act for. An `appointed_by` "
        "naming a body meets `appointed_by_side` for its side and `appointed_by_party_type` for its party "
        "types; a name that is neither a party, a forum, a region nor a body is only text. A body may also adopt "
        "an agreement (`adopted_by: [{forum: stiftelsesmote}]`), and `type` says what kind of body it is "
        "(eldrerad).",
    )
    fora: dict[IdKey, Forum] = Field(title="Fora / Fora", description="Foraene, etter id. / The fora, by id.")
    secretariat: Secretariat | None = Field(
        default=None,
        title="Sekretariat / Secretariat",
        description="Helsefellesskapets felles sekretariat, der det har et (et forums eget sekretariat står på "
        "forumet). / "
        "The health community's joint secretariat, where it has one (a forum's own secretariat goes on the forum).",
    )
    agreements: dict[IdKey, Agreement] = Field(
        default_factory=dict,
        title="Avtaler / Agreements",
        description="Helsefellesskapets avtaler, etter id: samarbeidsavtalen, vedtektene, bilaterale avtaler, "
        "hver med type (`kind`), navn, datoer, hvem som vedtok den (`adopted_by`) og hva den erstatter "
        "(`replaces`); `agreement`-kontrollen leser dem. Delavtalene står under `sub_agreements`, med de samme "
        "feltene. / The health community's agreements, by id: the cooperation agreement, the statutes, "
        "bilateral agreements, each with its kind (`kind`), name, dates, who adopted it (`adopted_by`) and "
        "what it replaces (`replaces`); the `agreement` check reads them. Sub-agreements go under "
        "`sub_agreements`, with the same fields.",
    )
    sub_agreements: dict[IdKey, SubAgreement] = Field(
        default_factory=dict,
        title="Delavtaler / Sub-agreements",
        description="Delavtalene (tjenesteavtalene) i helsefellesskapets avtale, etter id (delavtale-1: {name: "
        "Innleggelse}), der fora følger dem opp (`follows_up`): en forums `follows_up` må da være en av dem, og "
        "`fora_cover_values` med `field: follows_up` uten `values` ber om et forum for hver. Hver har avtalens felt "
        "uten `kind` (vedtatt, vedtatt av, erstatter …); avtalekontrollene ser den som en delavtale. / "
        "The sub-agreements (service agreements) of the health community's agreement, by id (delavtale-1: "
        "{name: Admission}), where fora follow them up (`follows_up`): a forum's `follows_up` must then be one "
        "of them, and `fora_cover_values` with `field: follows_up` and no `values` asks for a forum for each. "
        "Each has an agreement's fields but `kind` (adopted, adopted by, replaces …); the agreement checks see it "
        "as a delavtale.",
    )


class PlanMetadata(Strict):
    id: str = _id("Id / Id", "Møteplanens id. / Id of the meeting plan.")
    organisation: str = _id(
        "Organisasjon / Organisation",
        "Id-en til organisasjonen planen hører til. / Id of the organisation the plan belongs to.",
    )
    name: str | None = Field(
        default=None, min_length=1, title="Navn / Name", description="Planens navn. / Name of the plan."
    )


class ChairHolder(Strict):
    """Who holds a chair: a party, and where the agreement says so the role or the person."""

    party: str = _id("Part / Party", "Partens id. / Id of the party.")
    role: str | None = Field(
        default=None,
        min_length=1,
        title="Rolle / Role",
        description="Lederens rolle (en plass' rolle). / The role of the chair holder (a seat's role).",
    )
    person: str | None = Field(
        default=None,
        min_length=1,
        title="Person / Person",
        description="Lederens navn. / Name of the chair holder.",
    )


class ChairPeriod(Strict):
    """A period in which one party chairs the forum (or two co-chairs share it)."""

    from_: dt.date = Field(
        alias="from", title="Fra / From", description="Periodens første dag. / First day of the period."
    )
    to: dt.date = Field(title="Til / To", description="Periodens siste dag. / Last day of the period.")
    party: str = _id("Part / Party", "Id-en til parten som leder. / Id of the chairing party.")
    role: str | None = Field(
        default=None,
        min_length=1,
        title="Rolle / Role",
        description="Lederens rolle (en plass' rolle i forumet). / The chair's role (a seat's role in the forum).",
    )
    person: str | None = Field(
        default=None, min_length=1, title="Person / Person", description="Lederens navn. / Name of the chair."
    )
    deputy: str | None = Field(
        default=None,
        pattern=ID_PATTERN,
        title="Nestleder / Deputy chair",
        description="Id-en til nestlederens part. / Id of the deputy chair's party.",
    )
    deputy_role: str | None = Field(
        default=None,
        min_length=1,
        title="Nestleders rolle / Deputy chair's role",
        description="Nestlederens rolle. / The deputy chair's role.",
    )
    deputy_person: str | None = Field(
        default=None,
        min_length=1,
        title="Nestleders navn / Deputy chair's name",
        description="Nestlederens navn. / Name of the deputy chair.",
    )
    co_chair: ChairHolder | None = Field(
        default=None,
        title="Medleder / Co-chair",
        description="En leder nummer to som deler perioden (to medledere). / "
        "A second chair who shares the period (two co-chairs).",
    )
    term_from: dt.date | None = Field(
        default=None,
        title="Valgperioden begynte / Term began",
        description="Første dag i lederens valgperiode, der den begynte før denne perioden: en årsplan for "
        "2027, andre år av SSHFs toårsperiode fra 2026, gir `term_from: 2026-01-01`, så regler om valgperioder "
        "måler fra da uten fjorårets plan. / First day of the chair's term, where it began before this period: "
        "a yearly plan for 2027, the second year of SSHF's two-year term from 2026, gives `term_from: "
        "2026-01-01`, so rules on terms measure from then without last year's plan.",
    )
    term_to: dt.date | None = Field(
        default=None,
        title="Valgperioden slutter / Term ends",
        description="Siste dag i lederens valgperiode, der den varer lenger enn denne perioden: en årsplan for "
        "2026, første år av SSHFs toårsperiode 2026–2027, gir `term_to: 2027-12-31`, så regler om valgperioder "
        "måler til da uten neste års plan. / Last day of the chair's term, where it runs on past this period: "
        "a yearly plan for 2026, the first year of SSHF's two-year term 2026–2027, gives `term_to: "
        "2027-12-31`, so rules on terms measure to then without next year's plan.",
    )


class Meeting(Strict):
    """A planned meeting: its date, and where the plan says so its time of day, kind, topic, place and host."""

    model_config = ConfigDict(
        json_schema_extra={"not": {"required": ["host", "host_side"]}, "dependentRequired": {"end": ["start"]}}
    )

    date: dt.date = Field(title="Dato / Date", description="Møtets dato. / Date of the meeting.")
    kind: Word | None = Field(
        default=None,
        json_schema_extra={"examples": list(BASE_VOCABULARY["meeting_kinds"])},
        title="Type møte / Meeting kind",
        description="Hva slags møte, der et forum møtes på mer enn én måte: en møtetype i "
        "regelpakkenes vokabular (administrativt, politisk, og de en pakke legger til). / "
        "The kind of meeting, where a forum meets in more than one way: a meeting kind of the "
        "rule packs' vocabulary (administrativt, politisk, and those a pack adds).",
    )
    topic: str | None = Field(
        default=None,
        min_length=1,
        title="Tema / Topic",
        description="Møtets hovedtema. / Main topic of the meeting.",
    )
    location: str | None = Field(
        default=None, min_length=1, title="Sted / Location", description="Hvor det holdes. / Where it is held."
    )
    host: str | None = Field(
        default=None,
        pattern=ID_PATTERN,
        title="Arrangør / Host",
        description="Id-en til parten som er arrangør (vertskap) for møtet. / Id of the party that hosts the meeting.",
    )
    host_side: Side | None = Field(
        default=None,
        title="Arrangørside / Host side",
        description="Siden som er arrangør når avtalen ikke nevner én part: kommune for «Kommunane» som "
        "helhet, sykehus for helseforetaket. / The side that hosts when the agreement names no one "
        "party: kommune for the municipalities as a whole, sykehus for the hospital.",
    )
    start: str | None = Field(
        default=None,
        pattern=TIME_PATTERN,
        title="Starter / Starts",
        description="Når på dagen møtet begynner, TT:MM på 24-timersklokken (09:00, 14:30), der planen sier "
        "det. Utelatt: møtet har bare en dato. / The time of day the meeting starts, HH:MM on the "
        "24-hour clock (09:00, 14:30), where the plan says so. Left out: the meeting has only a date.",
    )
    end: str | None = Field(
        default=None,
        pattern=TIME_PATTERN,
        title="Slutter / Ends",
        description="Når på dagen møtet slutter, TT:MM, etter `start` samme dag; bare med `start`. / "
        "The time of day the meeting ends, HH:MM, after `start` on the same day; only with `start`.",
    )
    format: Literal["fysisk", "digitalt", "hybrid"] | None = Field(
        default=None,
        title="Møteform / Format",
        description="Hvordan møtet holdes: fysisk (alle på ett sted), digitalt (på nett) eller hybrid (begge "
        "deler), der planen sier det («møter fast … (digitalt)»). / How the meeting is held: fysisk (in "
        "person), digitalt (online) or hybrid (both), where the plan says so.",
    )

    @model_validator(mode="after")
    def _one_host(self) -> Meeting:
        if self.host is not None and self.host_side is not None:
            raise SaidValueError(Message("model-meeting-host-both"))
        if self.end is not None and self.start is None:
            raise SaidValueError(Message("model-meeting-end-without-start", end=self.end))
        if self.end is not None and self.start is not None and minutes_of(self.end) <= minutes_of(self.start):
            raise SaidValueError(Message("model-meeting-end-before-start", start=self.start, end=self.end))
        return self


class MeetingPlan(Strict):
    """Dated meetings of one forum, or of one secretariat, and the forum's chair periods where the
    plan names them. Give exactly one of ``forum`` and ``secretariat``."""

    model_config = ConfigDict(
        json_schema_extra={
            "anyOf": [{"required": ["forum"]}, {"required": ["secretariat"]}],
            "not": {"required": ["forum", "secretariat"]},
        }
    )

    api_version: Literal["hf-rules/v1"] = _api_version()
    kind: Literal["MeetingPlan"] = _kind()
    metadata: PlanMetadata = _metadata()
    forum: str | None = Field(
        default=None,
        pattern=ID_PATTERN,
        title="Forum / Forum",
        description="Id-en til forumet planen gjelder; gi denne eller `secretariat`, ikke begge. / "
        "Id of the forum the plan is for; give this or `secretariat`, not both.",
    )
    secretariat: str | None = Field(
        default=None,
        pattern=ID_PATTERN,
        title="Sekretariat / Secretariat",
        description="Sekretariatet planen gjelder, i stedet for et forum: `secretariat` for helsefellesskapets "
        "felles sekretariat (organisasjonens `secretariat`), eller id-en til et forum for forumets eget "
        "sekretariat («Felles samarbeidssekretariat møter fast onsdagar i oddetalsveker»: `secretariat: "
        "secretariat`). Lederreglene gjelder ikke en sekretariatsplan. / "
        "The secretariat the plan is for, instead of a forum: `secretariat` for the health community's joint "
        "secretariat (the organisation's `secretariat`), or a forum's id for that forum's own secretariat "
        '("the joint secretariat meets on Wednesdays of odd weeks": `secretariat: secretariat`). A '
        "secretariat's plan is not for the chair rules.",
    )
    chairs: list[ChairPeriod] = Field(
        default_factory=list,
        title="Lederperioder / Chair periods",
        description="Lederperioder, i hvilken som helst rekkefølge; kan utelates når planen bare gir "
        "møtene (regler om ledelse rapporterer da planen). / Chair periods, in any order; may be left "
        "out when the plan gives only meetings (rules on who chairs then report the plan).",
    )
    meetings: list[Meeting] = Field(
        default_factory=list,
        title="Møter / Meetings",
        description="Planlagte møter, i hvilken som helst rekkefølge: kontrollene ser dem i datorekkefølge. / "
        "Planned meetings, in any order: the checks see them in date order.",
    )
    covers: Term | None = Field(
        default=None,
        title="Dekker / Covers",
        description="Dagene planen gjelder for (`{from, to}`), der den ikke gir lederperioder: uten dette dekker "
        "en plan av bare møter kalenderårene til møtene sine, så et år uten møte i slutten av planen ikke sees. "
        "/ The days the plan is for (`{from, to}`), where it names no chair periods: without it a plan of "
        "meetings only covers the calendar years of its meetings, so a last year without a meeting is not "
        "seen.",
    )

    @model_validator(mode="after")
    def _one_body(self) -> MeetingPlan:
        if (self.forum is None) == (self.secretariat is None):
            raise SaidValueError(Message("model-plan-both" if self.forum else "model-plan-neither"))
        return self

    @property
    def body(self) -> tuple[str, str]:
        """Whose plan it is: ``("forum", id)`` or ``("secretariat", id)`` (``secretariat`` for the
        joint one, a forum's id for that forum's own); plans of one body are read as one sequence."""
        if self.secretariat is not None:
            return ("secretariat", self.secretariat)
        assert self.forum is not None
        return ("forum", self.forum)


class WaiversMetadata(Strict):
    id: str = _id("Id / Id", "Unntakslistens id. / Id of the waiver list.")
    organisation: str | None = Field(
        default=None,
        pattern=ID_PATTERN,
        title="Organisasjon / Organisation",
        description="Id-en til organisasjonen unntakene gjelder. / Id of the organisation the waivers are for.",
    )


class Waiver(Strict):
    """An approved exception to one rule for one subject."""

    rule: str = Field(
        min_length=1,
        title="Regel / Rule",
        description="Id-en til regelen det gjøres unntak fra. / Id of the rule waived.",
    )
    subject: str = Field(
        min_length=1,
        title="Gjelder / Subject",
        description="Det unntaket gjelder (forum, part, plan). / The subject the waiver is for (forum, party, plan).",
    )
    reason: str = Field(
        min_length=1,
        title="Begrunnelse / Reason",
        description="Hvorfor unntaket ble godkjent. / Why the exception was approved.",
    )
    approved_by: str = Field(
        min_length=1,
        title="Godkjent av / Approved by",
        description="Hvem som godkjente det (organ og dato). / Who approved it (body and date).",
    )
    expires: dt.date = Field(
        title="Utløper / Expires", description="Siste dag unntaket gjelder. / Last day the waiver applies."
    )


class Waivers(Strict):
    api_version: Literal["hf-rules/v1"] = _api_version()
    kind: Literal["Waivers"] = _kind()
    metadata: WaiversMetadata = _metadata()
    waivers: list[Waiver] = Field(
        title="Unntak / Waivers",
        description="De godkjente unntakene. / The approved exceptions.",
    )


DOCUMENT_MODELS: dict[str, type[Strict]] = {
    "Organisation": Organisation,
    "MeetingPlan": MeetingPlan,
    "Waivers": Waivers,
}
"""Document kinds users write, by ``kind``."""
