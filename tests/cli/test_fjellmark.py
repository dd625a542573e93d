"""A second fictional community written with the general building blocks, from the docs alone.

``fixtures/communities/fjellmark`` is an agreement (``avtale.txt``) whose obligations need regions
and areas, seat counts per region, side and municipality of the area, party sets, a chair always
from one side with terms and a swap at mid-term, meeting kinds, a forum represented in another,
deputies on observer seats and words of its own. Its pack calls only documented check functions.
Each seeded defect below is one realistic mistake, with every finding it must give
(rule, subject, file, line; the lines were read off the YAML).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from hf_rules.app.run import Settings, run_check
from hf_rules.yaml.loader import load_yaml_file
from tests.support import ROOT

FJELLMARK = ROOT / "fixtures" / "communities" / "fjellmark"
PACK = FJELLMARK / "pack.yaml"
ORG = "organisation.yaml"
PM = "meeting-plan-partnerskapsmote-2024-2025.yaml"
SSU = "meeting-plan-ssu-2024-2027.yaml"
AS_OF = dt.date(2024, 6, 1)


def _check(folder: Path) -> tuple[dict[str, Any], int]:
    output, code = run_check(
        Settings(paths=[str(folder)], rules=[str(PACK)], use_config=False, as_of=AS_OF, lang="en", output_format="json")
    )
    return json.loads(output), code


def _findings(report: dict[str, Any]) -> list[tuple[str, str, str, int]]:
    return sorted((f["rule"], f["subject"], Path(f["file"]).name, f["line"]) for f in report["findings"])


def _seed(tmp_path: Path, file: str, old: str, new: str) -> Path:
    folder = tmp_path / "fjellmark"
    shutil.copytree(FJELLMARK, folder)
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"edit anchor occurs {text.count(old)} times: {old!r}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return folder


def test_the_compliant_workspace_passes() -> None:
    report, code = _check(FJELLMARK)
    assert (code, report["findings"], report["input_problems"]) == (0, [], [])
    assert len(report["rules"]) == 16


DEFECTS: dict[str, tuple[str, str, str, list[tuple[str, str, str, int]]]] = {
    "a professional committee with no end date": (
        ORG,
        "    until: 2025-12-31\n",
        "",
        [("FM-FSU-SUB-COMMITTEE", "fsu-eldre", ORG, 74)],
    ),
    "a user representative's term of two years": (
        ORG,
        "deputy: Ola Ås,\n         term: {from: 2024-01-01, to: 2027-12-31}}",
        "deputy: Ola Ås,\n         term: {from: 2024-01-01, to: 2025-12-31}}",
        [("FM-SSU-USER-TERMS", "strategisk-samarbeidsutvalg", ORG, 46)],
    ),
    "a GP observer without a deputy": (
        ORG,
        "person: Per Rud, deputy: Siv Tjønn, ",
        "person: Per Rud, ",
        [("FM-GP-DEPUTY", "strategisk-samarbeidsutvalg", ORG, 48)],
    ),
    "a municipality of region Nord in the area committee of Sør": (
        ORG,
        "      - {party: eid, role: Kommunedirektør, level: niva-1}\n",
        "      - {party: eid, role: Kommunedirektør, level: niva-1}\n      - {party: bervik, role: Rådgiver}\n",
        [("FM-OU-NO-OUTSIDERS", "omradeutvalg-sor", ORG, 73)],
    ),
    "a municipality's director missing from its area committee": (
        ORG,
        "      - {party: eid, role: Kommunedirektør, level: niva-1}\n",
        "",
        [("FM-OU-DIRECTOR-EACH", "omradeutvalg-sor", ORG, 67)],
    ),
    "both user representatives from the municipalities": (
        ORG,
        "side: sykehus, role: Brukerrepresentant",
        "side: kommune, role: Brukerrepresentant",
        [
            ("FM-SSU-USERS-PER-SIDE", "strategisk-samarbeidsutvalg", ORG, 39),
            ("FM-SSU-USERS-PER-SIDE", "strategisk-samarbeidsutvalg", ORG, 45),
        ],
    ),
    "no municipal director from region Sør in the SSU": (
        ORG,
        "role: Kommunedirektør for helse og omsorg",
        "role: Kommunalsjef",
        [("FM-SSU-DIRECTOR-PER-REGION", "strategisk-samarbeidsutvalg", ORG, 39)],
    ),
    "the FSU leader observes without proposal rights": (
        ORG,
        "speaking_rights: true, proposal_rights: true}",
        "speaking_rights: true}",
        [("FM-FSU-LEADER-IN-SSU", "fsu-eldre", ORG, 49)],
    ),
    "the health trust chairs the partnerskapsmøte": (
        PM,
        "    party: aldal\n    role: Ordfører\n",
        "    party: fjellmark-sykehus\n    role: Administrerende direktør\n",
        [
            ("FM-PM-CHAIR-MAYOR", "partnerskapsmote-2024-2025", PM, 12),
            ("FM-PM-CHAIR-MAYOR", "partnerskapsmote-2024-2025", PM, 13),
        ],
    ),
    "no swap of chair and deputy at mid-term": (
        SSU,
        "  - {from: 2026-01-01, to: 2027-12-31, party: fjellmark-sykehus, deputy: aldal}",
        "  - {from: 2026-01-01, to: 2027-12-31, party: aldal, deputy: fjellmark-sykehus}",
        [("FM-SSU-TERMS", "ssu-2024-2027", SSU, 11)],
    ),
    "two political meetings in a year": (
        PM,
        "  - {date: 2024-10-10, kind: administrativt}",
        "  - {date: 2024-10-10, kind: politisk}",
        [
            ("FM-PM-MEETING-ADMINISTRATIVT", "partnerskapsmote-2024-2025", PM, 16),
            ("FM-PM-MEETING-POLITISK", "partnerskapsmote-2024-2025", PM, 18),  # the second political meeting
        ],
    ),
    "a fifth municipality the agreement does not name, in no area committee": (
        ORG,
        "  eid: {name: Eid kommune, type: kommune, side: kommune}\n",
        "  eid: {name: Eid kommune, type: kommune, side: kommune}\n  fjord: {name: Fjord kommune, type: kommune, side: kommune}\n",
        [
            ("FM-OU-EVERY-MUNICIPALITY", "helsefellesskap-fjellmark", ORG, 21),
            ("FM-PARTIES", "helsefellesskap-fjellmark", ORG, 21),
            ("FM-PM-ONE-SEAT-EACH", "partnerskapsmote", ORG, 28),
            ("FM-SSU-DIRECTOR-PER-REGION", "strategisk-samarbeidsutvalg", ORG, 40),  # Fjord is in no region
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(DEFECTS))
def test_seeded_defect_gives_exactly_its_findings(tmp_path: Path, name: str) -> None:
    file, old, new, expected = DEFECTS[name]
    report, code = _check(_seed(tmp_path, file, old, new))
    assert report["input_problems"] == []
    assert (_findings(report), code) == (sorted(expected), 1)


def test_a_role_that_begins_with_the_agreed_role_passes(tmp_path: Path) -> None:
    folder = _seed(tmp_path, PM, "    role: Ordfører\n", "    role: Ordfører i Aldal\n")
    assert _check(folder)[0]["findings"] == []


def test_a_word_outside_the_packs_vocabulary_is_a_located_input_error(tmp_path: Path) -> None:
    folder = _seed(tmp_path, ORG, "    type: omradeutvalg\n    area: [nord]", "    type: omradeutval\n    area: [nord]")
    report, code = _check(folder)
    assert code == 2
    [problem] = report["input_problems"]
    assert (Path(problem["file"]).name, problem["line"], problem["column"]) == (ORG, 54, 11)
    assert problem["message"].startswith(
        "fora.omradeutvalg-nord.type is 'omradeutval' (did you mean 'omradeutvalg'?); expected one of: "
        "partnerskapsmote,"
    )
    assert "omradeutvalg, faglig-samarbeidsutvalg (the forum types of the rule packs" in problem["message"]


def test_without_the_pack_its_words_are_not_known(tmp_path: Path) -> None:
    """The shared vocabulary alone does not know 'omradeutvalg': the pack declares it."""
    output, code = run_check(
        Settings(paths=[str(FJELLMARK)], rules=["oslo"], use_config=False, as_of=AS_OF, lang="en", output_format="json")
    )
    report = json.loads(output)
    assert code == 2
    assert any("is 'omradeutvalg'" in p["message"] for p in report["input_problems"])


def _normal(text: str) -> str:
    return " ".join(text.split())


def test_every_quote_is_a_sentence_of_the_agreement() -> None:
    agreement = _normal((FJELLMARK / "avtale.txt").read_text(encoding="utf-8"))
    raw = load_yaml_file(PACK).data
    quotes = [(o["id"], o["source"]["quote"]) for o in raw["obligations"]]
    quotes += [(r["id"], r["source"]["quote"]) for r in raw["rules"]]
    for where, quote in quotes:
        assert _normal(quote) in agreement, f"{where}: «{quote}» is not in avtale.txt"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            '"per": "region"',
            '"per": "regions"',
            "is 'regions' (did you mean 'region'?); expected one of: forum, party, party_type, region, side",
        ),
        (
            '"where": {"party_type": ["kommune"], "in_area": false}',
            '"where": {"party_type": ["kommune"], "inside": false}',
            "unknown key 'inside' in rules[13].check.options.where",
        ),
        ('"swap_at_mid_term": true', '"swap_at_mid_term": "yes"', "swap_at_mid_term must be true or false"),
        (
            '"group": "observers"',
            '"group": "observer"',
            "is 'observer' (did you mean 'observers'?); expected one of: members, observers, all",
        ),
    ],
)
def test_a_bad_option_is_a_located_pack_error(tmp_path: Path, old: str, new: str, message: str) -> None:
    folder = _seed(tmp_path, "pack.yaml", old, new)
    output, code = run_check(
        Settings(
            paths=[str(folder)],
            rules=[str(folder / "pack.yaml")],
            use_config=False,
            as_of=AS_OF,
            output_format="json",
            lang="en",
        )
    )
    [problem] = json.loads(output)["input_problems"]
    assert code == 2
    assert Path(problem["file"]).name == "pack.yaml" and problem["line"] > 0
    assert message in problem["message"]
