"""``party_set`` with ``region``: «Værnesregionen består av Tydal, Selbu, Stjørdal og Meråker»
(round 22, St. Olav SO6: no check said which municipalities make up a region)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_cli
from tests.packs.test_phrasebook import write_pack
from tests.support import line_of
from tests.unit.checks.support import findings

ORG = """\
regions:
  vaernes: {name: Værnesregionen, parties: [tydal, selbu, stjordal, meraker]}
  trondheim: {name: Trondheimsregionen, parties: [malvik]}
parties:
  stolav: {name: St. Olavs hospital HF, type: helseforetak, side: sykehus}
  tydal: {name: Tydal kommune, type: kommune, side: kommune}
  selbu: {name: Selbu kommune, type: kommune, side: kommune}
  stjordal: {name: Stjørdal kommune, type: kommune, side: kommune}
  meraker: {name: Meråker kommune, type: kommune, side: kommune}
  malvik: {name: Malvik kommune, type: kommune, side: kommune}
fora: {}
"""
LABEL = {"nb": "kommunene i Værnesregionen", "en": "the municipalities of Værnesregionen"}
IDS = ["tydal", "selbu", "stjordal", "meraker"]


def party_set(document: str = ORG, **options: Any) -> list[tuple[str, int]]:
    return findings("party_set", {"party_type": ["kommune"], "label": LABEL, **options}, document, kind="organisation")


@pytest.mark.parametrize("region", ["vaernes", "Værnesregionen", "værnesregionen"])
def test_the_region_is_exactly_its_four_municipalities(region: str) -> None:
    assert party_set(region=[region], ids=IDS) == []
    assert party_set(region=[region], exactly=4) == []


def test_a_municipality_by_its_name() -> None:
    names = ["Tydal kommune", "Selbu kommune", "Stjørdal kommune", "Meråker kommune"]
    assert party_set(region=["vaernes"], ids=names) == []


def test_a_fifth_municipality_in_the_region_and_one_missing_are_reported() -> None:
    moved = ORG.replace("parties: [tydal, selbu, stjordal, meraker]", "parties: [tydal, selbu, stjordal, malvik]")
    moved = moved.replace("parties: [malvik]", "parties: [meraker]")
    assert party_set(moved, region=["Værnesregionen"], ids=IDS) == [("missing:meraker", 4), ("extra:malvik", 10)]


def test_a_region_no_party_is_in_reports_every_one_of_the_list() -> None:
    assert party_set(region=["Gauldal"], ids=["tydal"]) == [("missing:tydal", 4)]


def test_a_region_that_is_not_a_list_of_texts_is_a_located_input_error(tmp_path: Path) -> None:
    body = (
        "applies_to: {kind: organisation}\ncheck: {function: party_set, options: {party_type: [kommune], "
        "region: 3, ids: [tydal], label: {nb: k, en: k}}}\n"
    )
    pack = write_pack(tmp_path, "reg", body)
    org = tmp_path / "organisation.yaml"
    org.write_text("apiVersion: hf-rules/v1\nkind: Organisation\nmetadata: {id: so, name: SO}\n" + ORG, "utf-8")
    for lang in ("en", "nb"):
        result = run_cli("check", "--no-config", "--lang", lang, "--rules", str(pack), str(org))
        assert result.code == 2
        assert result.out.splitlines()[0].startswith(f"{pack}:{line_of(pack, 'region: 3')}:75: error: ")
        assert "rules[0].check.options.region" in result.out.splitlines()[0]


def test_a_region_named_by_its_name_gives_no_unknown_id_info(tmp_path: Path) -> None:
    """Round 23 St. Olav: `region: [Værnesregionen]` by name, as the phrasebook writes it, found the region
    and yet gave the info «no region with that id»; by a name no region has, the info stays."""
    org = tmp_path / "organisation.yaml"
    org.write_text("apiVersion: hf-rules/v1\nkind: Organisation\nmetadata: {id: so, name: SO}\n" + ORG, "utf-8")
    for region, infos in (("Værnesregionen", 0), ("vaernes", 0), ("Værnesregion", 1)):
        body = (
            "applies_to: {kind: organisation}\ncheck: {function: party_set, options: {party_type: [kommune], "
            f"region: [{region}], ids: [tydal, selbu, stjordal, meraker], label: {{nb: k, en: k}}}}}}\n"
        )
        pack = write_pack(tmp_path, "reg", body)
        result = run_cli("check", "--no-config", "--lang", "en", "--rules", str(pack), str(org))
        said = [line for line in result.out.splitlines() if "no region with that id" in line]
        assert len(said) == infos, (region, result.out)
