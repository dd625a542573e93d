"""forum_count: how many fora of a type, with min, max or exactly."""

from __future__ import annotations

import datetime as dt

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


def test_a_forum_whose_until_has_passed_is_not_counted() -> None:
    ended = ORG.replace(
        "type: lokalt-samarbeidsutvalg}\n  lsu-b", "type: lokalt-samarbeidsutvalg, until: 2024-12-31}\n  lsu-b"
    )
    assert findings("forum_count", {**LSU, "exactly": 2}, ended, as_of=dt.date(2024, 12, 31)) == []
    assert findings("forum_count", {**LSU, "exactly": 2}, ended, as_of=dt.date(2025, 1, 1)) == [("too-few", 3)]
    # per region too: an ended regional forum serves no region
    org = REGIONS % "sondre"
    org = org.replace("area: [nordre]}", "area: [nordre], until: 2024-12-31}")
    assert findings("forum_count", ONE_PER_REGION, org, as_of=dt.date(2025, 1, 1)) == [("region-too-few:nordre", 2)]


def test_other_checks_that_select_fora_leave_an_ended_forum_out() -> None:
    org = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik, type: kommune, side: kommune}
fora:
  fsu-eldre:
    name: FSU eldre
    type: faglig-samarbeidsutvalg
    priority_groups: [skropelige-eldre]
    until: 2024-12-31
    members:
      - {party: lyngvik, role: Kommunalsjef}
"""
    later = dt.date(2025, 1, 1)
    covers = {"field": "priority_groups", "values": ["skropelige-eldre"]}
    assert findings("fora_cover_values", covers, org, as_of=dt.date(2024, 12, 31)) == []
    assert findings("fora_cover_values", covers, org, as_of=later) == [("missing:skropelige-eldre", 4)]
    sits = {"type": ["faglig-samarbeidsutvalg"], "by": "seat"}
    assert findings("forum_for_party", sits, org, subject="lyngvik", kind="party", as_of=dt.date(2024, 12, 31)) == []
    assert findings("forum_for_party", sits, org, subject="lyngvik", kind="party", as_of=later) == [("too-few", 3)]


# «to strategisk samarbeidsutvalg, ett for Nedre Telemark …» (round 20 Telemark TM12): an area
# listing every party of a region covers the region; one listing some of them does not.
TWO_IN_SONDRE = (
    (REGIONS % "%s")
    .replace("parties: [havbo]", "parties: [havbo, saltvik]")
    .replace("fora:", "  saltvik: {name: Saltvik, type: kommune, side: kommune}\nfora:")
)


def test_an_area_of_every_party_of_a_region_is_the_region() -> None:
    assert findings("forum_count", ONE_PER_REGION, TWO_IN_SONDRE % "havbo, saltvik") == []
    # one of Søndre's two municipalities: the SSU serves part of Søndre, and no region
    assert findings("forum_count", ONE_PER_REGION, TWO_IN_SONDRE % "havbo") == [("region-too-few:sondre", 3)]
    # the area criterion finds the forum of the region's parties as the region's
    sondre = {
        "type": ["strategisk-samarbeidsutvalg"],
        "area": ["sondre"],
        "exactly": 1,
        "label": {"nb": "S", "en": "S"},
    }
    assert findings("forum_count", sondre, TWO_IN_SONDRE % "havbo, saltvik") == []
    assert findings("forum_count", sondre, TWO_IN_SONDRE % "havbo") == [("too-few", 9)]


def test_fora_cover_values_counts_an_area_of_every_party_of_a_region() -> None:
    covered = {"field": "area", "type": ["strategisk-samarbeidsutvalg"]}
    assert findings("fora_cover_values", covered, TWO_IN_SONDRE % "havbo, saltvik") == []
    assert findings("fora_cover_values", covered, TWO_IN_SONDRE % "havbo") == [("missing:sondre", 9)]
    # a party value is still covered by an area that lists it
    havbo = {"field": "area", "values": ["havbo"]}
    assert findings("fora_cover_values", havbo, TWO_IN_SONDRE % "havbo") == []
