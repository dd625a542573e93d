"""one_seat_per: one seat per party (or region) of the forum's own area."""

from __future__ import annotations

from tests.unit.checks.support import findings

ORG = """\
regions:
  ytre: {name: Ytre, parties: [lyngvik, havbo]}
  indre: {name: Indre, parties: [kvitberg, eikedal]}
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik, type: kommune, side: kommune}
  havbo: {name: Havbø, type: kommune, side: kommune}
  kvitberg: {name: Kvitberg, type: kommune, side: kommune}
  eikedal: {name: Eikedal, type: kommune, side: kommune}
fora:
  ou-ytre:
    name: Områdeutvalg Ytre
    type: samarbeidsforum
%s    members:
      - {party: hf, role: Klinikksjef}
      - {party: lyngvik, role: Kommunalsjef}
"""
KOMMUNE = {"party_type": ["kommune"]}
BY_REGION = {"party_type": ["kommune"], "group_by": "region"}


def test_region_grouping_counts_only_the_regions_of_the_forums_area() -> None:
    """The wrong verdict of issue 11: one seat per region asked a regional committee for a seat
    from every region of the community."""
    assert findings("one_seat_per", BY_REGION, ORG % "    area: [ytre]\n") == []


def test_without_an_area_the_forum_serves_the_whole_community() -> None:
    assert findings("one_seat_per", BY_REGION, ORG % "") == [("missing:indre", 14)]


def test_each_municipality_of_the_area_needs_a_seat() -> None:
    assert findings("one_seat_per", KOMMUNE, ORG % "    area: [ytre]\n") == [("missing:havbo", 15)]


def test_area_given_by_party() -> None:
    assert findings("one_seat_per", KOMMUNE, ORG % "    area: [lyngvik]\n") == []


def test_a_second_seat_for_a_municipality_is_an_extra() -> None:
    doubled = ORG % "    area: [lyngvik]\n" + "      - {party: lyngvik, role: Ordfører}\n"
    assert findings("one_seat_per", KOMMUNE, doubled) == [("extra:lyngvik", 18)]


def test_max_allows_the_mayor_and_the_director() -> None:
    doubled = ORG % "    area: [lyngvik]\n" + "      - {party: lyngvik, role: Ordfører}\n"
    assert findings("one_seat_per", {**KOMMUNE, "max": 2}, doubled) == []
    assert findings("one_seat_per", {**KOMMUNE, "min": 2, "max": 2}, ORG % "    area: [lyngvik]\n") == [
        ("missing:lyngvik", 15)
    ]


def test_group_all_counts_an_observer_seat() -> None:
    observer = ORG % "    area: [ytre]\n" + "    observers:\n      - {party: havbo, role: Rådgiver}\n"
    assert findings("one_seat_per", KOMMUNE, observer) == [("missing:havbo", 15)]
    assert findings("one_seat_per", {**KOMMUNE, "group": "all"}, observer) == []
