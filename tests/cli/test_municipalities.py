"""«Alle kommunene i Telemark»: ``party_set`` with ``municipalities_of`` against the bundled register
of municipalities, and a party's ``municipality_number``. Shown on the Telemark pack
(TE-MUNICIPALITIES: the 17 municipalities of Telemark, matched by name or number)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run
from tests.support import ROOT

TELEMARK = ROOT / "fixtures" / "communities" / "telemark"
BAMBLE = "    name: Bamble kommune\n"
AREA = "        municipalities_of: {counties: [Telemark]}\n"
MISSING_BAMBLE = (
    "telemark/organisation.yaml:19:1: warning TE-MUNICIPALITIES The municipalities of Telemark: Bamble is missing "
    "(4012 Bamble (Telemark); the area: Telemark)"
)


@pytest.fixture
def telemark(tmp_path: Path) -> Path:
    """A copy of the Telemark pack and example in ``tmp_path/telemark`` (the working folder of ``hf``)."""
    shutil.copytree(TELEMARK, tmp_path / "telemark")
    return tmp_path / "telemark"


def _set(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def _check(hf: Callable[..., Run], lang: str = "en") -> Run:
    return hf(
        "check", "--no-config", "--lang", lang, "--brief", "--as-of", "2026-06-01",
        "--rules", "telemark/pack.yaml", "telemark/organisation.yaml",
    )  # fmt: skip


def _findings(run: Run) -> list[str]:
    return [line for line in run.out.splitlines() if line.startswith("telemark/")]


def test_the_example_names_the_17_municipalities_of_telemark(telemark: Path, hf: Callable[..., Run]) -> None:
    run = _check(hf)
    assert (run.code, _findings(run), run.out.splitlines()[-1]) == (0, [], "Verdict: COMPLIANT"), run.both


def test_a_municipality_of_another_county_in_place_of_one_of_telemark(telemark: Path, hf: Callable[..., Run]) -> None:
    """Sirdal (Agder) for Bamble: still 17 municipalities, so a count passes; the register does not."""
    _set(telemark / "organisation.yaml", BAMBLE, "    name: Sirdal kommune\n")
    run = _check(hf)
    assert (run.code, _findings(run)) == (
        0,
        [
            MISSING_BAMBLE,
            "telemark/organisation.yaml:24:3: warning TE-MUNICIPALITIES The municipalities of Telemark: Sirdal kommune "
            "is a municipality outside the area (4228 Sirdal (Agder); the area: Telemark)",
        ],
    ), run.both
    assert _findings(_check(hf, "nb"))[1] == (
        "telemark/organisation.yaml:24:3: warning TE-MUNICIPALITIES Kommunene i Telemark: Sirdal kommune er en kommune "
        "utenfor området (4228 Sirdal (Agder); området: Telemark)"
    )


def test_add_takes_in_a_municipality_of_another_county(telemark: Path, hf: Callable[..., Run]) -> None:
    _set(telemark / "organisation.yaml", BAMBLE, "    name: Sirdal kommune\n")
    _set(
        telemark / "pack.yaml", AREA, "        municipalities_of: {counties: ['40'], add: ['4228'], remove: ['4012']}\n"
    )
    run = _check(hf)
    assert (run.code, _findings(run)) == (0, []), run.both


def test_a_name_two_municipalities_have_asks_for_the_number(telemark: Path, hf: Callable[..., Run]) -> None:
    _set(telemark / "organisation.yaml", BAMBLE, "    name: Herøy kommune\n")
    findings = _findings(_check(hf))
    assert findings[0] == MISSING_BAMBLE
    assert findings[1].startswith(
        "telemark/organisation.yaml:24:3: warning TE-MUNICIPALITIES The municipalities of Telemark: Herøy kommune has "
        "a name more than one municipality has in the register; give municipality_number (1515 Herøy (Møre og Romsdal), "
        "1818 Herøy ("
    )
    assert len(findings) == 2
    # with its number it is Herøy of Møre og Romsdal, outside the area
    _set(
        telemark / "organisation.yaml",
        "    name: Herøy kommune\n",
        "    name: Herøy kommune\n    municipality_number: '1515'\n",
    )
    assert _findings(_check(hf)) == [
        MISSING_BAMBLE,
        "telemark/organisation.yaml:24:3: warning TE-MUNICIPALITIES The municipalities of Telemark: Herøy kommune is a "
        "municipality outside the area (1515 Herøy (Møre og Romsdal); the area: Telemark)",
    ]


def test_a_name_the_register_lacks(telemark: Path, hf: Callable[..., Run]) -> None:
    _set(telemark / "organisation.yaml", BAMBLE, "    name: Bamle kommune\n")
    assert _findings(_check(hf)) == [
        MISSING_BAMBLE,
        "telemark/organisation.yaml:24:3: warning TE-MUNICIPALITIES The municipalities of Telemark: Bamle kommune is no "
        "municipality in the register (correct the name or give municipality_number) (-; the area: Telemark)",
    ]


def test_two_parties_that_are_one_municipality(telemark: Path, hf: Callable[..., Run]) -> None:
    """Bamble renamed «Skien» comes first in the document: the party «Skien kommune» further down is the second."""
    _set(telemark / "organisation.yaml", BAMBLE, "    name: Skien\n")
    assert _findings(_check(hf)) == [
        MISSING_BAMBLE,
        "telemark/organisation.yaml:76:3: warning TE-MUNICIPALITIES The municipalities of Telemark: Skien kommune is "
        "the same municipality as another party (4003 Skien (Telemark); the area: Telemark)",
    ]


@pytest.mark.parametrize(
    ("number", "line", "message"),
    [
        (
            "4228",
            26,
            "the municipality number '4228' is Sirdal in the register, but the party is named 'Bamble kommune'; "
            "correct the number or the name (another name the party goes by goes in also_known_as; the register's "
            "match for the name: 4012 Bamble)",
        ),
        (
            "4299",
            26,
            "the municipality number '4299' is not in SSB's register of municipalities (the structure of 2024-01-01); "
            "expected a number from the register, e.g. '4228' for Sirdal",
        ),
        ("3813", 26, None),  # Bamble's number until 2023: not in the 2024 structure
        (
            "412",
            26,
            "parties.bamble.municipality_number is '412'; expected a municipality number of four digits in quotes, e.g. '4228'",
        ),
    ],
)
def test_a_wrong_municipality_number_is_a_located_input_error(
    telemark: Path, hf: Callable[..., Run], number: str, line: int, message: str | None
) -> None:
    _set(telemark / "organisation.yaml", BAMBLE, f"{BAMBLE}    municipality_number: '{number}'\n")
    run = _check(hf)
    assert run.code == 2, run.both
    first = run.out.splitlines()[0]
    assert first.startswith(f"telemark/organisation.yaml:{line}:26: error: "), first
    if message is not None:
        assert first.endswith(message), first
    else:
        assert "'3813' is not in SSB's register" in first


def test_the_same_number_on_two_parties(telemark: Path, hf: Callable[..., Run]) -> None:
    _set(telemark / "organisation.yaml", BAMBLE, f"{BAMBLE}    municipality_number: '4003'\n")
    _set(
        telemark / "organisation.yaml",
        "    name: Skien kommune\n",
        "    name: Skien kommune\n    municipality_number: '4003'\n",
    )
    run = _check(hf, "nb")
    assert run.code == 2, run.both
    lines = [line for line in run.out.splitlines() if ": error: " in line]
    assert lines[0].endswith(
        "error: kommunenummeret '4003' er Skien i registeret, men parten heter 'Bamble kommune'; rett nummeret eller "
        "navnet (et annet navn parten går under, står i also_known_as; registerets treff på navnet: 4012 Bamble)"
    )
    assert "error: kommunenummeret '4003' står på både 'bamble' og 'skien'; en kommune er én part" in lines[1]


@pytest.mark.parametrize(
    ("area", "value", "message"),
    [
        (
            "{counties: [Telemarken]}",
            "Telemarken",
            "rule TE-MUNICIPALITIES: the county 'Telemarken' is not in the register of municipalities (the structure of "
            "2024-01-01, or a county of 2017–2023); expected a county name or number: Oslo, Rogaland, Møre og Romsdal, ",
        ),
        (
            "{counties: [Telemark], add: ['4012']}",
            "'4012'",
            "rule TE-MUNICIPALITIES: 4012 Bamble (Telemark) is of the counties under counties already; take it out of add",
        ),
        (
            "{counties: [Telemark], remove: ['4228']}",
            "'4228'",
            "rule TE-MUNICIPALITIES: 4228 Sirdal (Agder) is not of the counties under counties, so remove takes nothing "
            "away; take it out of remove",
        ),
        (
            "{counties: [Telemark], add: ['4299']}",
            "'4299'",
            "rule TE-MUNICIPALITIES: the municipality number '4299' is not in the register of municipalities (the "
            "structure of 2024-01-01); expected a four-digit municipality number from the register",
        ),
    ],
)
def test_a_wrong_area_is_a_located_pack_error(
    telemark: Path, hf: Callable[..., Run], area: str, value: str, message: str
) -> None:
    """At the county or number, in the pack: the line and column of the value."""
    text = f"        municipalities_of: {area}"
    _set(telemark / "pack.yaml", AREA, text + "\n")
    line = (telemark / "pack.yaml").read_text(encoding="utf-8").splitlines().index(text) + 1
    run = _check(hf)
    assert run.code == 2, run.both
    first = run.both.strip().splitlines()[0]
    assert first.startswith(f"telemark/pack.yaml:{line}:{text.index(value) + 1}: error: {message}"), first


def test_an_unquoted_number_asks_for_quotes(telemark: Path, hf: Callable[..., Run]) -> None:
    """YAML reads «municipality_number: 4012» as a whole number (and 0301 as 301): it must be text."""
    _set(telemark / "organisation.yaml", BAMBLE, f"{BAMBLE}    municipality_number: 4012\n")
    run = _check(hf)
    assert (run.code, run.out.splitlines()[0]) == (
        2,
        "telemark/organisation.yaml:26:26: error: parties.bamble.municipality_number is 4012; expected a municipality "
        "number of four digits in quotes, e.g. '4228'",
    )


def test_a_sami_name_of_its_own_needs_the_registers_form_in_also_known_as(
    tmp_path: Path, hf: Callable[..., Run]
) -> None:
    """«Guovdageainnu suohkan» is not a form in the register («Guovdageaidnu - Kautokeino»): with the number
    alone it is a located input error; with the register's form under also_known_as the Finnmark pack finds it."""
    finnmark = tmp_path / "finnmark"
    shutil.copytree(ROOT / "fixtures" / "communities" / "finnmark", finnmark)
    own = "    name: Guovdageainnu suohkan\n    municipality_number: '5612'\n"
    _set(finnmark / "organisation.yaml", "    name: Kautokeino kommune\n", own)
    args = ("check", "--no-config", "--lang", "en", "--brief", "--rules", "finnmark/pack.yaml", "finnmark")
    run = hf(*args)
    assert run.code == 2, run.both
    assert run.out.splitlines()[0] == (
        "finnmark/organisation.yaml:53:26: error: the municipality number '5612' is Guovdageaidnu - Kautokeino in the "
        "register, but the party is named 'Guovdageainnu suohkan'; correct the number or the name (another name "
        "the party goes by goes in also_known_as; the register's match for the name: -)"
    )
    _set(finnmark / "organisation.yaml", own, own + "    also_known_as: [Kautokeino kommune]\n")
    run = hf(*args)
    assert (run.code, run.out.splitlines()[-1]) == (0, "Verdict: COMPLIANT"), run.both


VESTFOLD = ["3901", "3903", "3905", "3907", "3909", "3911"]


def test_a_county_of_an_earlier_structure_stands_for_its_present_successors(
    telemark: Path, hf: Callable[..., Run]
) -> None:
    """«08» is Telemark of 2019 (Bø and Sauherad are Midt-Telemark now): the same 17; «Vestfold og
    Telemark» (2020–2023) is 23, the six of Vestfold missing until `remove` leaves them out."""
    _set(telemark / "pack.yaml", AREA, "        municipalities_of: {counties: ['08']}\n")
    assert (_check(hf).code, _findings(_check(hf))) == (0, [])
    _set(telemark / "pack.yaml", "{counties: ['08']}", "{counties: [Vestfold og Telemark]}")
    run = _check(hf)
    assert (run.code, _findings(run)) == (
        0,
        [
            "telemark/organisation.yaml:19:1: warning TE-MUNICIPALITIES The municipalities of Telemark: "
            f"{name} is missing ({number} {name} (Vestfold); the area: Vestfold og Telemark (2020))"
            for number, name in (
                ("3911", "Færder"),
                ("3903", "Holmestrand"),
                ("3901", "Horten"),
                ("3909", "Larvik"),
                ("3907", "Sandefjord"),
                ("3905", "Tønsberg"),
            )
        ],
    ), run.both
    _set(telemark / "pack.yaml", "{counties: [Vestfold og Telemark]}", f"{{counties: ['38'], remove: {VESTFOLD}}}")
    run = _check(hf)
    assert (run.code, _findings(run)) == (0, []), run.both


def test_remove_of_a_municipality_no_earlier_county_had_is_an_input_error(
    telemark: Path, hf: Callable[..., Run]
) -> None:
    _set(telemark / "pack.yaml", AREA, "        municipalities_of: {counties: ['08'], remove: ['3905']}\n")
    run = _check(hf)
    assert run.code == 2, run.both
    assert run.out.splitlines()[0].endswith(
        "rule TE-MUNICIPALITIES: 3905 Tønsberg (Vestfold) is not of the counties under counties, so remove takes "
        "nothing away; take it out of remove"
    ), run.both


@pytest.mark.parametrize(
    ("area", "column", "en", "nb"),
    [
        (
            "{counties: [Telemark], structure: 2021}",
            62,
            "rule TE-MUNICIPALITIES: rules[1].check.options.municipalities_of.structure is 2021; expected one of: "
            "2017, 2018, 2019, 2020, 2024",
            "regel TE-MUNICIPALITIES: rules[1].check.options.municipalities_of.structure er 2021; forventet en av: "
            "2017, 2018, 2019, 2020, 2024",
        ),
        (
            "{counties: [Telemark], structure: 2020}",
            40,
            "rule TE-MUNICIPALITIES: the county 'Telemark' is not of the structure of 2020; expected a county name or "
            "number of it: Oslo, Rogaland, Møre og Romsdal, Nordland, Viken, Innlandet, Vestfold og Telemark, Agder, "
            "Vestland, Trøndelag, Troms og Finnmark",
            "regel TE-MUNICIPALITIES: fylket 'Telemark' finnes ikke i inndelingen fra 2020; forventet et fylkesnavn "
            "eller -nummer fra den: Oslo, Rogaland, Møre og Romsdal, Nordland, Viken, Innlandet, Vestfold og "
            "Telemark, Agder, Vestland, Trøndelag, Troms og Finnmark",
        ),
    ],
)
def test_a_wrong_structure_is_a_located_pack_error(
    telemark: Path, hf: Callable[..., Run], area: str, column: int, en: str, nb: str
) -> None:
    _set(telemark / "pack.yaml", AREA, f"        municipalities_of: {area}\n")
    for lang, message in (("en", en), ("nb", nb)):
        run = _check(hf, lang)
        assert (run.code, run.out.splitlines()[0]) == (
            2,
            f"telemark/pack.yaml:191:{column}: error: {message}",
        ), run.both


def test_a_municipality_that_took_in_part_of_an_earlier_county_says_so_and_remove_leaves_it_out(
    telemark: Path, hf: Callable[..., Run]
) -> None:
    """Telemark as the 2019 structure had it («Telemark (2019)»): the same 17 today. Buskerud of 2019
    («Buskerud» alone is today's),
    its 18 present successors removed, leaves Asker (3203): it took in Røyken and Hurum of Buskerud,
    and Asker of Akershus; `remove` leaves it out too."""
    _set(telemark / "pack.yaml", AREA, "        municipalities_of: {counties: [Telemark (2019)]}\n")
    assert (_check(hf).code, _findings(_check(hf))) == (0, [])
    _set(
        telemark / "pack.yaml",
        "{counties: [Telemark (2019)]}",
        "{counties: [Telemark (2019), Buskerud (2019)], remove: ['3301', '3303', '3305', '3310', '3312', "
        "'3314', '3316', '3318', '3320', '3322', '3324', '3326', '3328', '3330', '3332', '3334', '3336', '3338']}",
    )
    run = _check(hf)
    asker = (
        "telemark/organisation.yaml:19:1: warning TE-MUNICIPALITIES The municipalities of Telemark: Asker is missing; "
        "of Buskerud (2019) it took in only 0627 Røyken, 0628 Hurum, the rest from other counties: leave it out with "
        "remove if the agreement does not cover it (3203 Asker (Akershus); the area: Telemark (2019), Buskerud "
        "(2019), -3301 Drammen (Buskerud)"
    )
    assert (run.code, len(_findings(run))) == (0, 1), run.both
    assert _findings(run)[0].startswith(asker), run.both
    assert _findings(_check(hf, "nb"))[0].startswith(
        "telemark/organisation.yaml:19:1: warning TE-MUNICIPALITIES Kommunene i Telemark: Asker mangler; av Buskerud "
        "(2019) tok den bare inn 0627 Røyken, 0628 Hurum, resten fra andre fylker: ta den ut med remove om avtalen "
        "ikke gjelder den (3203 Asker (Akershus); området: Telemark (2019), Buskerud (2019), -3301 Drammen (Buskerud)"
    )
    _set(telemark / "pack.yaml", "'3338']}", "'3338', '3203']}")
    run = _check(hf)
    assert (run.code, _findings(run)) == (0, []), run.both


def test_structure_compares_the_parties_with_an_earlier_structure_itself(
    telemark: Path, hf: Callable[..., Run]
) -> None:
    """`structure: 2019`: Telemark's 18 municipalities of 2019, by their names and numbers then. Today's
    Midt-Telemark is no municipality of 2019; Bø and Sauherad, which it succeeded, are missing. A
    document of 2019 names Bø: then only Sauherad is missing, and `remove` (a 2019 number) leaves it out."""
    _set(telemark / "pack.yaml", AREA, "        municipalities_of: {counties: [Telemark], structure: 2019}\n")
    run = _check(hf)
    assert (run.code, _findings(run)) == (
        0,
        [
            "telemark/organisation.yaml:19:1: warning TE-MUNICIPALITIES The municipalities of Telemark: Bø is missing "
            "(0821 Bø (Telemark, 2019); the area: Telemark (2019))",
            "telemark/organisation.yaml:19:1: warning TE-MUNICIPALITIES The municipalities of Telemark: Sauherad is "
            "missing (0822 Sauherad (Telemark, 2019); the area: Telemark (2019))",
            "telemark/organisation.yaml:48:3: warning TE-MUNICIPALITIES The municipalities of Telemark: Midt-Telemark "
            "kommune is a municipality today, but not of the 2019 structure (4020 Midt-Telemark (Telemark); the area: "
            "Telemark (2019))",
        ],
    ), run.both
    _set(telemark / "organisation.yaml", "    name: Midt-Telemark kommune\n", "    name: Bø kommune\n")
    _set(telemark / "pack.yaml", "structure: 2019}", "structure: 2019, remove: ['0822']}")
    run = _check(hf)
    assert (run.code, _findings(run)) == (0, []), run.both
    _set(telemark / "pack.yaml", "remove: ['0822']}", "remove: ['4020']}")
    run = _check(hf)
    assert (run.code, run.out.splitlines()[0]) == (
        2,
        "telemark/pack.yaml:191:77: error: rule TE-MUNICIPALITIES: the municipality number '4020' is not in the "
        "register of municipalities (the structure of 2019); expected a four-digit municipality number from the "
        "register",
    ), run.both


def test_the_26_municipalities_of_more_og_romsdal_in_2023_by_the_2020_structure(
    tmp_path: Path, hf: Callable[..., Run]
) -> None:
    """«alle dei 26 kommunane» (round 20, Møre og Romsdal): the 2023 organisation of the example, checked
    against the 2020 structure itself, needs no `remove: ["1580"]`; Haram, which the 2020 structure lacks,
    is reported as a municipality of today not of that structure, not as a wrong name (round 31)."""
    shutil.copytree(ROOT / "fixtures" / "communities" / "more-og-romsdal", tmp_path / "mr")
    pack, organisation = tmp_path / "mr" / "pack.yaml", tmp_path / "mr" / "organisation.yaml"
    _set(pack, 'municipalities_of: {counties: [Møre og Romsdal], remove: ["1580"]}', "municipalities_of: "
         "{counties: [Møre og Romsdal], structure: 2020}")  # fmt: skip

    def check() -> Run:
        return hf("check", "--no-config", "--lang", "en", "--brief", "--rules", "mr/pack.yaml", "mr/organisation.yaml")

    run = check()
    assert (run.code, run.out.splitlines()[-1]) == (0, "Verdict: COMPLIANT"), run.both
    _set(
        organisation,
        "  alesund:\n",
        "  haram:\n    name: Haram kommune\n    type: kommune\n    side: kommune\n  alesund:\n",
    )
    run = check()
    assert (run.code, [line for line in run.out.splitlines() if line.startswith("mr/")]) == (
        0,
        [
            "mr/organisation.yaml:30:3: warning MR-MUNICIPALITIES-OF-THE-COUNTY The municipalities of Møre og Romsdal: "
            "Haram kommune is a municipality today, but not of the 2020 structure (1580 Haram (Møre og Romsdal))",
            "mr/organisation.yaml:134:3: warning MR-MUNICIPALITIES The health community has 27 municipalities, is to "
            "have exactly 26",
        ],
    ), run.both


def test_a_name_in_two_languages_is_read_form_by_form(tmp_path: Path, hf: Callable[..., Run]) -> None:
    """Round 23 Finnmark: «Deanu gielda - Tana kommune», the official name in both languages, is Tana for
    `municipalities_of` and for its number, as SSB joins the forms of a name with « - »."""
    finnmark = tmp_path / "finnmark"
    shutil.copytree(ROOT / "fixtures" / "communities" / "finnmark", finnmark)
    both = "    name: Deanu gielda - Tana kommune\n"
    _set(finnmark / "organisation.yaml", "    name: Tana kommune\n", both)
    args = ("check", "--no-config", "--lang", "en", "--brief", "--rules", "finnmark/pack.yaml", "finnmark")
    run = hf(*args)
    assert (run.code, run.out.splitlines()[-1]) == (0, "Verdict: COMPLIANT"), run.both
    _set(finnmark / "organisation.yaml", both, both + "    municipality_number: '5628'\n")
    run = hf(*args)
    assert (run.code, run.out.splitlines()[-1]) == (0, "Verdict: COMPLIANT"), run.both
