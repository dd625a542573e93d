"""The bundled register of Norway's municipalities and counties (SSB, the structure of 1 January
2024): its counts, its names and how names are compared, and that it is read only when used."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

from hf_rules.documents.municipalities import name_key, register
from tests.support import ROOT


def test_the_2024_structure_has_357_municipalities_in_15_counties() -> None:
    known = register()
    assert (len(known.municipalities), len(known.counties)) == (357, 15)
    per_county = Counter(known.counties[m.county].short_name for m in known.municipalities.values())
    assert (per_county["Agder"], per_county["Telemark"], per_county["Møre og Romsdal"]) == (25, 17, 27)
    assert (per_county["Oslo"], per_county["Rogaland"], per_county["Trøndelag"], per_county["Troms"]) == (1, 23, 38, 21)
    assert sum(per_county.values()) == 357


def test_a_municipality_number_begins_with_its_county_number() -> None:
    for municipality in register().municipalities.values():
        assert len(municipality.number) == 4 and municipality.number.isdigit()
        assert municipality.number[:2] == municipality.county, municipality


def test_haram_split_from_alesund_on_2024_01_01_is_in_the_register() -> None:
    """Møre og Romsdal had 26 municipalities from 2020 to 2023; Haram (1580) was re-established
    on 1 January 2024, and Ålesund got the number 1508 (1507 before)."""
    known = register()
    assert (known.municipalities["1580"].name, known.municipalities["1508"].name) == ("Haram", "Ålesund")
    assert "1507" not in known.municipalities
    assert known.label("4012") == "4012 Bamble (Telemark)"  # 3813 in Vestfold og Telemark until 2023


def test_counties_by_name_number_or_any_form() -> None:
    known = register()
    assert [known.county(text).number for text in ("Agder", "agder", "42", "Trööndelage", "Møre og Romsdal")] == [  # type: ignore[union-attr]
        "42",
        "42",
        "42",
        "50",
        "15",
    ]
    assert known.county("Telemarken") is None
    assert known.county("99") is None


def test_names_compare_case_kommune_and_hyphens_aside_in_every_official_form() -> None:
    known = register()
    assert name_key("Evje og Hornnes kommune") == name_key("evje og hornnes") == "evje og hornnes"
    assert name_key("Aurskog Høland") == name_key("Aurskog-Høland")
    assert known.matching(("Snåsa kommune",)) == known.matching(("Snåase",)) == ("5041",)
    assert known.matching(("Tråante",)) == ("5001",)
    assert known.matching(("Kárásjohka",)) == ("5610",)  # the other spelling
    assert known.matching(("Herøy kommune",)) == ("1515", "1818")  # two counties have a Herøy
    assert known.matching(("Herøy (Møre og Romsdal)",)) == ("1515",)
    # a party's names narrow it down: «Herøy kommune (Møre og Romsdal)» is also «Herøy kommune»
    assert known.matching(("Herøy kommune (Møre og Romsdal)", "Møre og Romsdal", "Herøy kommune")) == ("1515",)
    assert known.matching(("Sirdal kommune", "Bamble")) == ("4012", "4228")  # names that disagree: both
    assert known.matching(("Bamle kommune",)) == ()


def test_the_register_is_read_only_when_a_document_or_pack_uses_it() -> None:
    """Checking the Oslo example (no municipality numbers, no municipalities_of) never imports
    the register's module; a document with a number does."""
    code = (
        "import sys\n"
        "from hf_rules.cli import main\n"
        "sys.argv = ['hf-rules', 'check', '--no-config', '--brief', '--as-of', '2025-06-01', sys.argv[1]]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('hf_rules.documents.municipalities' in sys.modules, file=sys.stderr)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(ROOT / "fixtures" / "oslo")], capture_output=True, text=True, check=False
    )
    assert run.stderr.strip().splitlines()[-1] == "False", run.stderr


def _earlier_rows() -> list[dict[str, str]]:
    import csv

    path = ROOT / "src" / "hf_rules" / "documents" / "data" / "municipalities-earlier.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    return list(csv.DictReader(line for line in lines if line and not line.startswith("#")))


def test_earlier_structures_have_ssbs_counts() -> None:
    """2017: 426 municipalities in 19 counties; 2018 and 2019: 422 in 18; 2020–2023: 356 in 11."""
    counted = Counter((row["structure"], row["kind"]) for row in _earlier_rows())
    assert {s: (counted[(s, "kommune")], counted[(s, "fylke")]) for s in ("2017", "2018", "2019", "2020")} == {
        "2017": (426, 19),
        "2018": (422, 18),
        "2019": (422, 18),
        "2020": (356, 11),
    }


def test_every_successor_is_a_2024_municipality_and_every_2024_one_succeeds_one() -> None:
    known = register()
    for structure in ("2017", "2018", "2019", "2020"):
        successors = [s for row in _earlier_rows() if row["structure"] == structure for s in row["successors"].split()]
        assert set(successors) == set(known.municipalities), structure


def _successors(structure: str) -> dict[str, list[str]]:
    rows = _earlier_rows()
    return {
        r["number"]: r["successors"].split() for r in rows if r["structure"] == structure and r["kind"] == "kommune"
    }


def test_known_merges_and_splits() -> None:
    """Sunnfjord = Førde, Naustdal, Gaular and Jølster; Kinn = Flora and Vågsøy; Stad = Selje and Eid;
    Hornindal went to Volda (of Møre og Romsdal); Indre Østfold = Askim, Eidsberg, Hobøl, Spydeberg and
    Trøgstad; Haram split from Ålesund again in 2024; Tysfjord was split between Narvik and Hamarøy."""
    s2019 = _successors("2019")
    assert {n for n, s in s2019.items() if s == ["4647"]} == {"1430", "1431", "1432", "1433"}
    assert {n for n, s in s2019.items() if s == ["4602"]} == {"1401", "1439"}
    assert {n for n, s in s2019.items() if s == ["4649"]} == {"1441", "1443"}
    assert {n for n, s in s2019.items() if s == ["1577"]} == {"1444", "1519"}  # Hornindal, Volda
    assert {n for n, s in s2019.items() if s == ["3118"]} == {"0122", "0123", "0124", "0125", "0138"}
    assert {n for n, s in s2019.items() if s == ["1508"]} == {"1504", "1523", "1529", "1546"}
    assert s2019["1534"] == ["1580"]  # Haram
    assert s2019["1850"] == ["1806", "1875"]  # Tysfjord
    assert _successors("2020")["1507"] == ["1508", "1580"]  # Ålesund of 2020–2023
    assert _successors("2018")["1567"] == ["5061"]  # Rindal, of Møre og Romsdal until 2019


def test_an_earlier_county_stands_for_its_present_successors() -> None:
    known = register()
    forde = known.area_county("Sogn og Fjordane")
    assert forde is not None and (forde.label, forde.ref, len(forde.municipalities)) == (
        "Sogn og Fjordane (2019)",
        "2019:14",
        19,
    )
    assert known.area_county("14") == forde
    assert [known.label(n) for n in forde.municipalities][:3] == [
        "1577 Volda (Møre og Romsdal)",  # took in Hornindal only
        "4602 Kinn (Vestland)",
        "4635 Gulen (Vestland)",
    ]
    nord = known.area_county("Nord-Trøndelag")
    assert nord is not None and (nord.label, len(nord.municipalities)) == ("Nord-Trøndelag (2017)", 19)
    more = known.area_county("Møre og Romsdal")  # the register's own county comes first
    assert more is not None and (more.structure, len(more.municipalities)) == (None, 27)
    assert known.area_county("Telemarken") is None


def test_the_earlier_structures_are_read_only_for_a_county_the_register_lacks() -> None:
    from hf_rules.documents import municipalities

    municipalities.earlier_counties.cache_clear()
    known = register()
    assert known.area_county("Agder") is not None and known.area_county("42", "2024") is not None
    assert known.area_county("Sogn og Fjordane", "2024") is None
    assert municipalities.earlier_counties.cache_info().currsize == 0
    assert known.area_county("Sogn og Fjordane") is not None
    assert municipalities.earlier_counties.cache_info().currsize == 1
