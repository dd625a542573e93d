"""The bundled register of Norway's municipalities and counties (the structure of 1 January 2024).

The data (``data/municipalities-2024.csv``) is SSB's classifications 131 and 104 (NLOD 2.0 /
CC BY 4.0; source, date and licence in the file's header). It is read with importlib.resources,
once, the first time a document or pack uses it: a run whose documents give no
``municipality_number`` and whose pack asks for no ``municipalities_of`` never reads it.

The earlier structures (``data/municipalities-earlier.csv``: 2017, 2018, 2019 and 2020–2023, each
municipality with its 2024 successors; SSB's KLASS 131 versions and change table, provenance in the
file's header) are read only when a pack names a county the register lacks («Sogn og Fjordane»,
standing for the present municipalities that succeeded its municipalities) or gives an earlier
``structure`` (the parties compared with that structure itself).

Names are compared as :func:`name_key` makes them: case aside, «kommune» left out, a hyphen as a
space, so «Evje og Hornnes kommune», «evje og hornnes» and «Aurskog Høland» match. Every language
form of a name counts («Trondheim - Tråante»: Trondheim and Tråante), and a municipality whose
name another one has too is told apart by the parenthesis SSB adds («Herøy (Møre og Romsdal)»).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

DATA_FILE = "municipalities-2024.csv"
EARLIER_FILE = "municipalities-earlier.csv"
"""Earlier structures (2017, 2018, 2019, 2020–2023), each municipality with its 2024 successors."""
STRUCTURE = "2024-01-01"
"""The date of the structure the register holds (unchanged in numbers and counties to 2026-01-01)."""
CURRENT = "2024"
EARLIER = ("2017", "2018", "2019", "2020")
"""The earlier structures, by the year each took effect (2020: in force 2020–2023)."""
STRUCTURES = (*EARLIER, CURRENT)

NUMBER_PATTERN = r"^[0-9]{4}$"

_IN_PARENTHESES = re.compile(r"\s*\(([^)]*)\)")
_DATED = re.compile(r"(.+?)\s*\((\d{4})\)")
_KOMMUNE = re.compile(r"\b(kommune|kommuna|kommunen|municipality)\b")


@dataclass(frozen=True)
class Municipality:
    number: str
    name: str
    """SSB's name, its language forms joined with " - " («Snåase - Snåsa»)."""
    county: str
    """The county's number (two digits)."""
    forms: tuple[str, ...]
    """Every name it goes by: each language form, with and without SSB's parenthesis, and other spellings."""

    @property
    def short_name(self) -> str:
        """The name without SSB's parenthesis: how a document writes it («Herøy»)."""
        return _IN_PARENTHESES.sub("", self.name).strip()


@dataclass(frozen=True)
class County:
    number: str
    name: str
    forms: tuple[str, ...]

    @property
    def short_name(self) -> str:
        """The name's first form («Trøndelag» of «Trøndelag - Trööndelage»)."""
        return self.name.split(" - ")[0]


@dataclass(frozen=True)
class Register:
    municipalities: dict[str, Municipality]
    counties: dict[str, County]
    by_name: dict[str, tuple[str, ...]]
    """A name key to the numbers of the municipalities that go by it («herøy»: 1515 and 1818)."""
    county_by_name: dict[str, str]

    def county(self, text: str) -> County | None:
        """A county by its number («42») or any form of its name («Agder», «Trööndelage»)."""
        number = self.county_by_name.get(name_key(text))
        if number is None and text.strip().isdigit():
            number = text.strip().zfill(2)
        return self.counties.get(number) if number is not None else None

    def of_counties(self, numbers: list[str]) -> list[str]:
        """The numbers of the municipalities of these counties, in register order."""
        return [m.number for m in self.municipalities.values() if m.county in numbers]

    def matching(self, names: tuple[str, ...]) -> tuple[str, ...]:
        """The numbers of the municipalities that ``names`` (the names of one party) name, in
        register order: those every name the register knows names («Herøy kommune (Møre og
        Romsdal)»: its name without the parenthesis is two municipalities', with it one), else,
        where the names disagree, every one any of them names."""
        sets = [set(self.by_name[key]) for key in map(name_key, name_forms(names)) if key in self.by_name]
        if not sets:
            return ()
        found = set.intersection(*sets) or set.union(*sets)
        return tuple(number for number in self.municipalities if number in found)

    def area_county(self, text: str, structure: str | None = None) -> AreaCounty | None:
        """A county as ``municipalities_of`` names it (by name or number). Without ``structure``:
        one of the register's first, else one of an earlier structure, the newest that has it
        («Sogn og Fjordane», «14»); with it, one of that structure only (``"2024"``: the
        register's). An earlier structure's county stands for the present municipalities that
        succeeded its municipalities."""
        dated = _DATED.fullmatch(text.strip())
        if structure is None and dated is not None and dated.group(2) in EARLIER:
            return self.area_county(dated.group(1), dated.group(2))  # «Møre og Romsdal (2017)»
        if structure in (None, CURRENT):
            county = self.county(text)
            if county is not None:
                numbers = tuple(self.of_counties([county.number]))
                return AreaCounty(county.number, county.short_name, numbers, None, ())
            if structure == CURRENT:
                return None
        key = name_key(text)
        number = text.strip().zfill(2) if text.strip().isdigit() else None
        for earlier in earlier_counties():
            if structure in (None, earlier.structure) and (key == earlier.key or number == earlier.number):
                return earlier
        return None

    def county_names(self, structure: str | None = None) -> list[str]:
        """The names of the counties of a structure (the register's by default), for messages."""
        if structure in (None, CURRENT):
            return [c.short_name for c in self.counties.values()]
        return [c.name for c in earlier_counties() if c.structure == structure]

    def label(self, number: str) -> str:
        """«4228 Sirdal (Agder)»: a municipality as a message names it."""
        municipality = self.municipalities[number]
        return f"{number} {municipality.short_name} ({self.counties[municipality.county].short_name})"


@dataclass(frozen=True)
class AreaCounty:
    """A county ``municipalities_of`` names: the register's own (``structure`` None) or one of an
    earlier structure, with the present municipalities that succeeded its municipalities
    (``municipalities``, register order; one that took in only part of the county too)."""

    number: str
    name: str
    municipalities: tuple[str, ...]
    structure: str | None
    partial: tuple[tuple[str, str], ...]
    """A present municipality that took in only part of the county, with the county's municipalities
    it took in («1577», «1444 Hornindal»): it took in municipalities of other counties too."""
    earlier: tuple[str, ...] = ()
    """An earlier structure's county: the numbers of its own municipalities in that structure."""

    def part(self, number: str) -> str | None:
        """The county's municipalities that ``number`` took in, where it took in others too."""
        return dict(self.partial).get(number)

    @property
    def key(self) -> str:
        return name_key(self.name)

    @property
    def label(self) -> str:
        """«Agder», or «Sogn og Fjordane (2019)» for an earlier structure's county."""
        return self.name if self.structure is None else f"{self.name} ({self.structure})"

    @property
    def ref(self) -> str:
        """The county in a finding's evidence: «42», or «2019:14» for an earlier structure's."""
        return self.number if self.structure is None else f"{self.structure}:{self.number}"


def name_forms(names: tuple[str, ...]) -> tuple[str, ...]:
    """The names of a party with each language form of a name in two languages, as the party
    writes it («Deanu gielda - Tana kommune»: also «Deanu gielda» and «Tana kommune»), as SSB
    joins the forms of its names with " - "."""
    found = [form for name in names for form in (name, *(p.strip() for p in name.split(" - ") if p.strip()))]
    return tuple(dict.fromkeys(found))


def name_key(text: str) -> str:
    """A name as names are compared: case aside, «kommune» left out, hyphens, parentheses and runs
    of spaces as one space."""
    lowered = re.sub(r"[-‐()]", " ", text.casefold())
    return " ".join(_KOMMUNE.sub(" ", lowered).split())


def _forms(name: str, also: str) -> tuple[str, ...]:
    found = [name]
    bare = _IN_PARENTHESES.sub("", name).strip()
    for text in (bare, also):
        found += [form.strip() for form in text.split(" - ") if form.strip()]
    return tuple(dict.fromkeys(found))


@cache
def register() -> Register:
    """The register, read once from the package's data file."""
    text = files("hf_rules.documents").joinpath("data", DATA_FILE).read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#"))
    municipalities: dict[str, Municipality] = {}
    counties: dict[str, County] = {}
    for row in rows:
        forms = _forms(row["name"], row["also"])
        if row["kind"] == "fylke":
            counties[row["number"]] = County(row["number"], row["name"], forms)
        else:
            municipalities[row["number"]] = Municipality(row["number"], row["name"], row["county"], forms)
    by_name: dict[str, list[str]] = {}
    for municipality in municipalities.values():
        for key in dict.fromkeys(name_key(form) for form in municipality.forms):
            by_name.setdefault(key, []).append(municipality.number)
    county_by_name = {name_key(form): c.number for c in counties.values() for form in c.forms}
    county_by_name.update({c.number: c.number for c in counties.values()})
    return Register(municipalities, counties, {k: tuple(v) for k, v in by_name.items()}, county_by_name)


@cache
def earlier_counties() -> tuple[AreaCounty, ...]:
    """The counties of the earlier structures, newest structure first, each with the present
    municipalities that succeeded its municipalities; read once from the package's data file, the
    first time a pack names a county the register lacks."""
    text = files("hf_rules.documents").joinpath("data", EARLIER_FILE).read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#"))
    names: dict[tuple[str, str], str] = {}
    rows_by_key: dict[tuple[str, str], dict[str, str]] = {}
    successors: dict[tuple[str, str], set[str]] = {}
    taken_in: dict[tuple[str, str], list[tuple[str, str]]] = {}
    """(structure, present number): the (county, «number name») of each municipality it took in."""
    for row in rows:
        if row["kind"] == "fylke":
            names[(row["structure"], row["number"])] = row["name"]
            continue
        rows_by_key[(row["structure"], row["number"])] = row
        successors.setdefault((row["structure"], row["county"]), set()).update(row["successors"].split())
        for present in row["successors"].split():
            earlier = (row["county"], f"{row['number']} {row['name']}")
            taken_in.setdefault((row["structure"], present), []).append(earlier)
    order = list(register().municipalities)
    found = []
    for structure, number in names:
        own = tuple(n for n in order if n in successors[(structure, number)])
        partial = []
        for present in own:
            sources = taken_in[(structure, present)]
            if any(county != number for county, _ in sources):
                partial.append((present, ", ".join(label for county, label in sources if county == number)))
        then = tuple(n for (y, n), row in rows_by_key.items() if y == structure and row["county"] == number)
        found.append(AreaCounty(number, names[(structure, number)], own, structure, tuple(partial), then))
    return tuple(sorted(found, key=lambda c: c.structure or "", reverse=True))


@dataclass(frozen=True)
class EarlierStructure:
    """An earlier structure itself, for ``municipalities_of`` with ``structure``: its municipalities
    by their numbers and names of that time."""

    year: str
    municipalities: dict[str, Municipality]
    counties: dict[str, str]
    by_name: dict[str, tuple[str, ...]]

    def matching(self, names: tuple[str, ...]) -> tuple[str, ...]:
        """As :meth:`Register.matching`, among this structure's municipalities."""
        sets = [set(self.by_name[key]) for key in map(name_key, names) if key in self.by_name]
        if not sets:
            return ()
        found = set.intersection(*sets) or set.union(*sets)
        return tuple(number for number in self.municipalities if number in found)

    def label(self, number: str) -> str:
        """«1507 Ålesund (Møre og Romsdal, 2020)»."""
        municipality = self.municipalities[number]
        return f"{number} {municipality.short_name} ({self.counties[municipality.county]}, {self.year})"


@cache
def earlier_structure(year: str) -> EarlierStructure:
    """One earlier structure (``EARLIER``) itself, read from the package's data file."""
    text = files("hf_rules.documents").joinpath("data", EARLIER_FILE).read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#"))
    municipalities: dict[str, Municipality] = {}
    counties: dict[str, str] = {}
    for row in rows:
        if row["structure"] != year:
            continue
        if row["kind"] == "fylke":
            counties[row["number"]] = row["name"]
        else:
            forms = _forms(row["name"], "")
            municipalities[row["number"]] = Municipality(row["number"], row["name"], row["county"], forms)
    by_name: dict[str, list[str]] = {}
    for municipality in municipalities.values():
        for key in dict.fromkeys(name_key(form) for form in municipality.forms):
            by_name.setdefault(key, []).append(municipality.number)
    return EarlierStructure(year, municipalities, counties, {k: tuple(v) for k, v in by_name.items()})
