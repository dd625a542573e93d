"""A seat's posts and regions as blind pack authors met them (issue 11): a combined post
(``other_roles``) read wherever a seat's role is matched, the selector ``role_is`` (the whole
role), ``party_set`` with ``per: region``, and ``nominated_by_own_region`` reading a council that
names its region by the region's name at the end ("Regionrådet i Østre Agder")."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from hf_rules.documents.model import Seat
from tests.unit.checks.support import findings

LABEL = {"nb": "representanter", "en": "representatives"}

# --- 1. a combined post ----------------------------------------------------------------------------

COMBINED = """\
parties:
  hf: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutval
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Fagdirektør for kvalitet}
      - {party: lyngvik, role: Leiar av FOUSAM, other_roles: [SSU-koordinator, Interkommunal  koordinator]}
      - {party: lyngvik, role: Kommunedirektør}
  fousam:
    name: FOUSAM-rådet
    type: samarbeidsforum
    members:
      - {party: lyngvik, role: %s}
"""


def _count(where: dict[str, object], document: str = COMBINED % "SSU-koordinator") -> list[tuple[str, int]]:
    return findings("seat_count", {"where": where, "max": 0, "label": LABEL}, document, subject="ssu")


def test_role_matches_the_role_or_any_of_the_other_roles() -> None:
    # the combined seat (line 10) is the SSU coordinator, the leader of FOUSAM and the coordinator
    for role in ("SSU-koordinator", "Leiar av FOUSAM", "Interkommunal koordinator", "ssu-KOORDINATOR"):
        assert _count({"role": [role]}) == [("too-many:representatives", 10)]
    # as `role` is: the beginning up to a word boundary, of an other role too
    assert _count({"role": ["Interkommunal"]}) == [("too-many:representatives", 10)]
    assert _count({"role": ["Koordinator"]}) == []
    # under not: the combined seat is left out by either of its posts
    assert _count({"party": "lyngvik", "not": {"role": ["SSU-koordinator"]}}) == [("too-many:representatives", 11)]


def test_role_is_is_the_whole_role_case_and_spacing_aside_over_other_roles_too() -> None:
    assert _count({"role_is": ["Fagdirektør"]}) == []
    assert _count({"role": ["Fagdirektør"]}) == [("too-many:representatives", 9)]
    assert _count({"role_is": ["fagdirektør  for KVALITET"]}) == [("too-many:representatives", 9)]
    assert _count({"role_is": ["Interkommunal koordinator"]}) == [("too-many:representatives", 10)]
    assert _count({"role_is": ["Interkommunal"]}) == []
    assert _count({"role_is": ["Kommunedirektør", "SSU-koordinator"]}) == [("too-many:representatives", 10)]
    assert _count({"not": {"role_is": ["Fagdirektør"]}}) == [("too-many:representatives", 9)]


@pytest.mark.parametrize(
    ("role", "picked"),
    [
        ("Kommunedirektør i Lyngvik", True),
        ("Kommunedirektør, Lyngvik kommune", True),
        ("Kommunedirektør (Lyngvik)", True),
        ("kommunedirektør  for Lyngvik kommune", True),
        ("Kommunedirektør helse og velferd", False),  # another post (round 24 Finnmark F7)
        ("Kommunedirektør i Hammerfest", False),  # not the seat's own party
        ("Kommunedirektør for helse", False),
    ],
)
def test_role_is_takes_the_post_at_the_seats_own_party(role: str, picked: bool) -> None:
    document = COMBINED.replace("{party: lyngvik, role: Kommunedirektør}", f"{{party: lyngvik, role: '{role}'}}")
    assert _count({"role_is": ["Kommunedirektør"]}, document % "X") == (
        [("too-many:representatives", 11)] if picked else []
    )


def test_a_party_is_picked_by_a_name_of_it_as_by_its_id() -> None:
    """``party: [Helse Vestfjord HF]`` where the document's id is ``hf`` (round 24 UNN UN18);
    ``part_of`` too; a text that names no party picks nothing."""
    for where in ({"party": "hf"}, {"party": ["Helse Vestfjord HF"]}, {"party": "helse vestfjord hf"}):
        assert _count(where) == [("too-many:representatives", 9)], where
    assert _count({"part_of": ["Lyngvik kommune"]}) == [("too-many:representatives", 10)]
    assert _count({"party": ["Helse Nordfjord HF"]}) == []
    each = {"where": {}, "per": "party", "each": {"values": ["Helse Vestfjord HF", "lyngvik"]}, "exactly": 1}
    document = COMBINED % "X"
    assert findings("seat_count", {**each, "label": LABEL}, document, subject="ssu") == [
        ("too-many:representatives:lyngvik", 11)
    ]


def test_a_role_with_slashes_holds_each_title() -> None:
    """«Rådmann/kommunedirektør» (round 24 Akershus AK4) is a rådmann and a kommunedirektør, for
    ``role`` and ``role_is`` alike. A limit of this reading: «Leder av FSU/LSU» is read as «Leder av
    FSU» and «LSU», not as the leader of either."""
    document = COMBINED.replace("role: Kommunedirektør}", "role: Rådmann/kommunedirektør}") % "X"
    for where in ({"role_is": ["Kommunedirektør"]}, {"role_is": ["Rådmann"]}, {"role": ["kommunedirektør"]}):
        assert _count(where, document) == [("too-many:representatives", 11)], where
    document = COMBINED.replace("role: Kommunedirektør}", "role: Leder av FSU/LSU}") % "X"
    assert _count({"role_is": ["LSU"]}, document) == [("too-many:representatives", 11)]
    assert _count({"role_is": ["Leder av FSU"]}, document) == [("too-many:representatives", 11)]


def test_an_acting_holders_words_after_the_title_hold_the_post() -> None:
    """«Kommunedirektør (konstituert)» (round 25 Finnmark FM7) is the Kommunedirektør for `role_is`,
    as «Konstituert kommunedirektør» is."""
    for role in ("Kommunedirektør (konstituert)", "Kommunedirektør, fung.", "Konstituert kommunedirektør"):
        document = COMBINED.replace("role: Kommunedirektør}", f"role: '{role}'}}") % "X"
        assert _count({"role_is": ["Kommunedirektør"]}, document) == [("too-many:representatives", 11)], role


def test_a_hyphen_between_words_is_a_space() -> None:
    """«SSU koordinator» and «SSU-koordinator» are one post (round 25 Fonna FN17)."""
    assert _count({"role_is": ["SSU koordinator"]}) == [("too-many:representatives", 10)]
    assert _count({"role": ["ssu koordinator"]}) == [("too-many:representatives", 10)]


def test_other_roles_need_a_role() -> None:
    with pytest.raises(ValidationError, match="'other_roles' are further posts"):
        Seat.model_validate({"party": "lyngvik", "other_roles": ["SSU-koordinator"]})
    assert Seat.model_validate({"party": "lyngvik", "role": "Leiar", "other_roles": ["Koordinator"]}).other_roles == [
        "Koordinator"
    ]


PLAN = """\
forum: ssu
chairs:
  - {from: 2025-01-01, to: 2025-12-31, party: lyngvik, role: Leiar av FOUSAM}
  - {from: 2026-01-01, to: 2026-12-31, party: lyngvik, role: Kommunedirektør}
"""


def test_a_chair_period_naming_the_seat_holds_its_other_roles() -> None:
    def chair(roles: list[str], document: str = COMBINED % "Leiar") -> list[tuple[str, int]]:
        return findings("chair", {"role": roles}, document, plan=PLAN)

    # 2025: the period's Leiar av FOUSAM is the seat that is also the SSU coordinator
    assert chair(["SSU-koordinator"]) == [("role:2026-01-01", 4)]
    assert chair(["SSU-koordinator", "Kommunedirektør"]) == []
    # without other_roles on the seat the period's role is all there is
    plain = COMBINED.replace(", other_roles: [SSU-koordinator, Interkommunal  koordinator]", "") % "Leiar"
    assert chair(["SSU-koordinator"], plain) == [("role:2025-01-01", 3), ("role:2026-01-01", 4)]


def test_chair_role_is_is_the_whole_role_of_the_period_or_of_its_seats_other_roles() -> None:
    def chair(roles: list[str]) -> list[tuple[str, int]]:
        return findings("chair", {"role_is": roles}, COMBINED % "Leiar", plan=PLAN)

    assert chair(["ssu-koordinator"]) == [("role-is:2026-01-01", 4)]
    assert chair(["Leiar av FOUSAM", "Kommunedirektør"]) == []
    assert chair(["Leiar"]) == [("role-is:2025-01-01", 3), ("role-is:2026-01-01", 4)]


def test_cross_forum_holder_with_a_combined_post_is_found_by_either_post() -> None:
    options = {"by": {"role": ["Leiar av FOUSAM"]}, "in": {"id": ["fousam"]}, "group": "members"}
    # the SSU's leader of FOUSAM sits in the FOUSAM council as its SSU coordinator: one holder
    assert findings("cross_forum", options, COMBINED % "SSU-koordinator", subject="ssu") == []
    assert findings("cross_forum", options, COMBINED % "Leiar av FOUSAM", subject="ssu") == []
    # a post the seat does not hold is someone else: absent, at the FOUSAM council's members
    assert findings("cross_forum", options, COMBINED % "Rådgjevar", subject="ssu") == [
        ("absent:fousam:lyngvik:Leiar av FOUSAM", 15)
    ]


def test_cross_forum_by_chair_finds_the_seat_by_an_other_role() -> None:
    plan = "forum: ssu\nchairs:\n  - {from: 2025-01-01, to: 2025-12-31, party: lyngvik, role: SSU-koordinator}\n"
    options = {"by_chair": ["chair"], "in": {"id": ["fousam"]}, "group": "members"}
    # the period names the seat by its other role; the FOUSAM council has it by its role (the
    # finding names the seat the period was found to be: the leader of FOUSAM)
    document = COMBINED % "Leiar av FOUSAM"
    assert findings("cross_forum", options, document, subject="ssu", plan=plan, as_of=dt.date(2025, 6, 1)) == []
    assert findings(
        "cross_forum", options, COMBINED % "Rådgjevar", subject="ssu", plan=plan, as_of=dt.date(2025, 6, 1)
    ) == [("absent:fousam:lyngvik:Leiar av FOUSAM", 15)]


def test_expressions_see_roles_and_other_roles() -> None:
    def bad(expression: str) -> list[tuple[str, int]]:
        options = {"expression": expression, "for_each": "members"}
        return findings("expression", options, COMBINED % "Leiar", subject="ssu")

    # a finding for each seat the expression is false for
    assert bad("!seat.roles.exists(r, r == 'SSU-koordinator')") == [("members:lyngvik:Leiar av FOUSAM:1", 10)]
    assert bad("seat.roles.exists(r, r == 'Leiar av FOUSAM')") == [
        ("members:hf:Fagdirektør for kvalitet:0", 9),
        ("members:lyngvik:Kommunedirektør:2", 11),
    ]
    assert bad("seat.other_roles.size() == 0") == [("members:lyngvik:Leiar av FOUSAM:1", 10)]
    assert bad("seat.roles.size() == 1") == [("members:lyngvik:Leiar av FOUSAM:1", 10)]


# --- 3. the parties of each region -------------------------------------------------------------------

REGIONS = """\
parties:
  hf: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  a1: {name: A1 kommune, type: kommune, side: kommune}
  a2: {name: A2 kommune, type: kommune, side: kommune}
  a3: {name: A3 kommune, type: kommune, side: kommune}
  b1: {name: B1 kommune, type: kommune, side: kommune}
  c1: {name: C1 kommune, type: kommune, side: kommune, region: c}
regions:
  a: {name: Region A, parties: [a1, a2, a3]}
  b: {name: Region B, parties: [b1]}
  tom: {name: Tom region}
  c: {name: Region C}
"""


FORA = (
    "fora:\n  ssu:\n    name: SSU\n    type: strategisk-samarbeidsutvalg\n    members: [{party: a1, role: Ordførar}]\n"
)


def _per_region(options: dict[str, object], document: str = REGIONS) -> list[tuple[str, int]]:
    options = {"party_type": ["kommune"], "per": "region", "label": LABEL, **options}
    return findings("party_set", options, document + FORA)


def test_party_set_per_region_counts_every_region_an_empty_one_too_at_the_region() -> None:
    assert _per_region({"min": 1, "max": 3}) == [("region-too-few:tom", 11)]
    assert _per_region({"min": 1, "max": 2}) == [("region-too-many:a", 9), ("region-too-few:tom", 11)]
    assert _per_region({"exactly": 1}) == [("region-too-many:a", 9), ("region-too-few:tom", 11)]
    assert _per_region({"max": 8}) == []
    # the whole count is not made: 5 municipalities, at most 3 per region
    assert _per_region({"max": 3}) == []


def test_party_set_per_region_reports_a_party_in_no_region_once() -> None:
    loose = REGIONS.replace("  b: {name: Region B, parties: [b1]}\n", "  b: {name: Region B}\n")
    assert _per_region({"min": 1}, loose) == [("no-region:b1", 6), ("region-too-few:b", 10), ("region-too-few:tom", 11)]
    # with `regions` too, that check reports it, once
    both = _per_region({"min": 1, "regions": {"min": 1}}, loose)
    assert both == [("region-too-few:b", 10), ("region-too-few:tom", 11), ("no-region:b1", 6)]


def test_party_set_per_region_a_region_named_only_by_its_parties_is_located_at_the_first() -> None:
    document = """\
parties:
  a1: {name: A1 kommune, type: kommune, side: kommune, region: a}
  a2: {name: A2 kommune, type: kommune, side: kommune, region: a}
  b1: {name: B1 kommune, type: kommune, side: kommune, region: b}
"""
    assert _per_region({"min": 2}, document) == [("region-too-few:b", 4)]


def test_party_set_per_region_without_regions_gives_one_finding() -> None:
    document = "parties:\n  a1: {name: A1 kommune, type: kommune, side: kommune}\n"
    assert _per_region({"min": 1}, document) == [("no-regions", 1)]


# --- 4. a council that names its region --------------------------------------------------------------

AGDER = """\
parties:
  arendal: {name: Arendal kommune, type: kommune, side: kommune, region: ostre-agder}
  kristiansand: {name: Kristiansand kommune, type: kommune, side: kommune, region: vestre-agder}
  lindesnes: {name: Lindesnes kommune, type: kommune, side: kommune, region: agder}
regions:
  ostre-agder: {name: Østre Agder}
  vestre-agder: {name: Vestre Agder}
  agder: {name: Agder}
fora:
  koss:
    name: Kommunalt samarbeidsforum
    type: samarbeidsforum
    members:
      - {party: arendal, role: Rådmann, nominated_by: %s}
      - {party: kristiansand, role: Rådmann, nominated_by: %s}
      - {party: lindesnes, role: Rådmann, nominated_by: %s}
"""


def _own(wanted: bool, *nominators: str) -> list[tuple[str, int]]:
    options = {"where": {"party_type": ["kommune"]}, "must": {"nominated_by_own_region": wanted}, "label": LABEL}
    return findings("seat_requirements", options, AGDER % nominators, subject="koss")


def test_nominated_by_a_council_whose_text_ends_with_the_regions_name() -> None:
    names = ("Regionrådet i Østre Agder", "regionrådet i  VESTRE agder", "Regionrådet i Agder")
    assert _own(True, *names) == []
    assert _own(False, *names) == [
        ("seat:arendal:Rådmann", 14),
        ("seat:kristiansand:Rådmann", 15),
        ("seat:lindesnes:Rådmann", 16),
    ]


def test_names_that_share_words_name_their_own_region_only() -> None:
    # Østre Agder's council for a municipality of Vestre Agder or of Agder: another region
    crossed = ("Regionrådet i Vestre Agder", "Regionrådet i Østre Agder", "Regionrådet i Østre Agder")
    assert _own(False, *crossed) == []
    assert _own(True, *crossed) == [
        ("seat:arendal:Rådmann", 14),
        ("seat:kristiansand:Rådmann", 15),
        ("seat:lindesnes:Rådmann", 16),
    ]


def test_a_name_that_is_not_the_last_whole_words_names_no_region() -> None:
    # the name first, a word glued to it, or a council of no region: neither true nor false
    unnamed = ("Østre Agder regionråd", "Regionrådet i Vestre Agderbyen", "KS Agder sør")
    assert _own(True, *unnamed) == [
        ("seat:arendal:Rådmann", 14),
        ("seat:kristiansand:Rådmann", 15),
        ("seat:lindesnes:Rådmann", 16),
    ]
    assert _own(False, *unnamed) == _own(True, *unnamed)


def test_a_region_only_parties_name_is_named_by_that_text() -> None:
    # no `regions:`: each party's region is its text (Østre Agder, Indre Agder, Agder)
    document = (
        (AGDER % ("Regionrådet i Østre Agder", "Regionrådet i Indre Agder", "Regionrådet i Agder"))
        .replace("region: ostre-agder", "region: Østre Agder")
        .replace("region: vestre-agder", "region: Indre Agder")
        .replace(
            "regions:\n  ostre-agder: {name: Østre Agder}\n  vestre-agder: {name: Vestre Agder}\n  agder: {name: Agder}\n",
            "",
        )
    )
    options = {"where": {"party_type": ["kommune"]}, "must": {"nominated_by_own_region": True}, "label": LABEL}
    assert findings("seat_requirements", options, document, subject="koss") == []
    crossed = document.replace("nominated_by: Regionrådet i Indre Agder", "nominated_by: Regionrådet i Agder")
    assert findings("seat_requirements", options, crossed, subject="koss") == [("seat:kristiansand:Rådmann", 11)]


def test_appointed_by_own_region_reads_the_same_rule() -> None:
    document = (AGDER % ("x", "x", "x")).replace("nominated_by: x", "appointed_by: Regionrådet i Østre Agder")
    options = {"where": {"party_type": ["kommune"]}, "must": {"appointed_by_own_region": True}, "label": LABEL}
    assert findings("seat_requirements", options, document, subject="koss") == [
        ("seat:kristiansand:Rådmann", 15),
        ("seat:lindesnes:Rådmann", 16),
    ]


# --- acting holders and stand-ins ------------------------------------------------------------------

STAND_INS = """\
parties:
  hf: {name: Sykehuset Telemark HF, type: helseforetak, side: sykehus}
  skien: {name: Skien kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutval
    type: strategisk-samarbeidsutvalg
    members:
      - {party: skien, role: For kommunalsjef}
      - {party: skien, role: Konstituert  kommunedirektør}
      - {party: hf, role: kst. fagdirektør}
      - {party: hf, role: Assisterende fagdirektør}
      - {party: skien, role: For kommunalsjef sin rådgiver}
"""


@pytest.mark.parametrize(
    ("where", "line"),
    [
        # someone attending «For kommunalsjef» fills the kommunalsjef's seat; not the adviser's
        ({"role": ["Kommunalsjef"]}, 9),
        ({"role_is": ["Kommunalsjef"]}, 9),
        # an acting holder holds the post, as role and as the whole role
        ({"role": ["Kommunedirektør"]}, 10),
        ({"role_is": ["kommunedirektør"]}, 10),
        # an assistant does not: only the acting one
        ({"role_is": ["Fagdirektør"]}, 11),
    ],
)
def test_an_acting_holder_and_a_stand_in_hold_the_post(where: dict[str, object], line: int) -> None:
    assert _count(where, STAND_INS) == [("too-many:representatives", line)]


def test_a_stand_in_for_the_post_is_the_post_across_fora() -> None:
    # the SSU's kommunalsjef sits in the fellesmøte, this time by a stand-in
    org = COMBINED.replace(
        "      - {party: lyngvik, role: Kommunedirektør}\n", "      - {party: lyngvik, role: Kommunalsjef}\n"
    )
    options = {"by": {"role": ["Kommunalsjef"]}, "in": {"id": ["fousam"]}}
    assert findings("cross_forum", options, org % "For kommunalsjef", subject="ssu") == []
    assert findings("cross_forum", options, org % "For kommunalsjef sin rådgiver", subject="ssu") == [
        ("absent:fousam:lyngvik:Kommunalsjef", 12)
    ]


def test_a_constituency_seat_gives_the_party_its_holder_comes_from() -> None:
    """«Ansattrepresentant, Sør-Varanger kommune» (round 24 Finnmark F20b): `represents: ansatt`
    with `site: sor-varanger`, picked by the selector `site` by id or name; a representative from
    another municipality is not; a hospital's own seat is at that hospital."""
    document = """\
parties:
  fs: {name: Finnmarkssykehuset HF, type: helseforetak, side: sykehus}
  kirkenes: {name: Kirkenes sykehus, type: sykehus, side: sykehus, part_of: fs}
  sor-varanger: {name: Sør-Varanger kommune, type: kommune, side: kommune}
  alta: {name: Alta kommune, type: kommune, side: kommune}
fora:
  su:
    name: Samhandlingsutvalget
    type: samarbeidsforum
    members:
      - {represents: ansatt, role: Ansattrepresentant, site: %s}
      - {party: kirkenes, role: Klinikksjef}
"""
    wanted = {"where": {"represents": ["ansatt"], "site": ["Sør-Varanger kommune"]}, "exactly": 1, "label": LABEL}
    assert findings("seat_count", wanted, document % "sor-varanger", subject="su") == []
    assert findings("seat_count", wanted, document % "alta", subject="su") == [("too-few:representatives", 10)]
    at_kirkenes = {"where": {"site": ["kirkenes"]}, "exactly": 1, "label": LABEL}
    assert findings("seat_count", at_kirkenes, document % "alta", subject="su") == []
