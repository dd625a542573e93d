"""forum_count: how many fora of a type, with min, max or exactly."""

from __future__ import annotations

from tests.unit.checks.support import findings

ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
fora:
  lsu-a: {name: LSU A, type: lokalt-samarbeidsutvalg}
  lsu-b: {name: LSU B, type: lokalt-samarbeidsutvalg}
"""
LSU = {"type": ["lokalt-samarbeidsutvalg"], "label": {"nb": "LSU", "en": "LSU"}}


def test_exactly_both_directions() -> None:
    assert findings("forum_count", {**LSU, "exactly": 2}, ORG) == []
    assert findings("forum_count", {**LSU, "exactly": 1}, ORG) == [("too-many", 5)]
    assert findings("forum_count", {**LSU, "exactly": 3}, ORG) == [("too-few", 3)]


# «To SSU-ar, eitt for kvar region»: per: region counts the fora serving each region.
REGIONS = """\
regions:
  nordre: {name: Nordre, parties: [lyngvik]}
  sondre: {name: Søndre, parties: [havbo]}
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik, type: kommune, side: kommune}
  havbo: {name: Havbø, type: kommune, side: kommune}
fora:
  ssu-nordre: {name: SSU Nordre, type: strategisk-samarbeidsutvalg, area: [nordre]}
  ssu-sondre: {name: SSU Søndre, type: strategisk-samarbeidsutvalg, area: [%s]}
"""
ONE_PER_REGION = {
    "type": ["strategisk-samarbeidsutvalg"],
    "per": "region",
    "exactly": 1,
    "label": {"nb": "SSU", "en": "SSU"},
}


def test_one_forum_per_region() -> None:
    # an area may name the region, or a party in it
    assert findings("forum_count", ONE_PER_REGION, REGIONS % "sondre") == []
    assert findings("forum_count", ONE_PER_REGION, REGIONS % "havbo") == []
    # both SSUs serve Nordre (one by a party in it), none Søndre: each at its regions: entry
    assert findings("forum_count", ONE_PER_REGION, REGIONS % "lyngvik") == [
        ("region-too-many:nordre", 2),
        ("region-too-few:sondre", 3),
    ]


def test_a_forum_without_an_area_serves_every_region() -> None:
    # a community-wide SSU beside the regional ones is a second SSU for each region
    org = REGIONS % "sondre" + "  ssu: {name: SSU, type: strategisk-samarbeidsutvalg}\n"
    assert findings("forum_count", ONE_PER_REGION, org) == [
        ("region-too-many:nordre", 2),
        ("region-too-many:sondre", 3),
    ]
    # a region only its parties name is reported at the first of them
    by_parties = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik, type: kommune, side: kommune, region: Indre}
fora:
  ssu: {name: SSU, type: strategisk-samarbeidsutvalg}
  ssu-indre: {name: SSU Indre, type: strategisk-samarbeidsutvalg, area: [lyngvik]}
"""
    assert findings("forum_count", ONE_PER_REGION, by_parties) == [("region-too-many:Indre", 3)]


def test_per_region_without_regions_gives_one_finding() -> None:
    assert findings("forum_count", {**ONE_PER_REGION, "type": ["lokalt-samarbeidsutvalg"]}, ORG) == [("no-regions", 1)]
