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
