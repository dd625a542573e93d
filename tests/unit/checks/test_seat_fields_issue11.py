"""Seat fields other agreements need (issue 11): a deputy's side and party, a body as a seat,
invited observers, and appointed by the council of the seat's own region."""

from __future__ import annotations

from tests.unit.checks.support import findings

LABEL = {"nb": "representanter", "en": "representatives"}

# --- 1. a deputy's side and party ----------------------------------------------------------------

DEPUTIES = """\
parties:
  hmr: {name: Helse Møre og Romsdal, type: helseforetak, side: sykehus}
  molde: {name: Molde kommune, type: kommune, side: kommune}
  aukra: {name: Aukra kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutval
    type: strategisk-samarbeidsutvalg
    members:
      - {party: molde, role: Kommunedirektør, deputy: {person: Kari Vara, party: aukra}}
      - {party: hmr, role: Administrerande direktør, deputy: {side: sykehus, role: Fagdirektør}}
      - {party: aukra, role: Ordførar, deputy: {party: hmr}}
      - {represents: bruker, side: kommune, role: Brukarrepresentant, deputy: {side: sykehus}}
      - {represents: fastlege, role: Fastlege, deputy: Per Lege}
      - {party: molde, role: Rådgjevar}
"""


def _count(where: dict[str, object]) -> list[tuple[str, int]]:
    return findings("seat_count", {"where": where, "max": 0, "label": LABEL}, DEPUTIES, subject="ssu")


def test_deputy_side_is_its_own_side_else_its_partys() -> None:
    # molde's deputy is from aukra (kommune); the hospital's and the user seat's say sykehus, aukra's is hmr's
    assert _count({"deputy_side": ["kommune"]}) == [("too-many:representatives", 10)]
    assert _count({"deputy_side": ["sykehus"]}) == [("too-many:representatives", 11)]
    # a deputy given by name only, and a seat without a deputy, have no deputy side
    assert (
        findings(
            "seat_count",
            {"where": {"deputy_side": ["kommune", "sykehus"]}, "exactly": 4, "label": LABEL},
            DEPUTIES,
            subject="ssu",
        )
        == []
    )


def test_deputy_party() -> None:
    assert _count({"deputy_party": ["aukra", "hmr"]}) == [("too-many:representatives", 10)]
    assert (
        findings(
            "seat_count",
            {"where": {"deputy_party": ["aukra", "hmr"]}, "exactly": 2, "label": LABEL},
            DEPUTIES,
            subject="ssu",
        )
        == []
    )


def test_deputy_required_same_side_reports_the_wrong_side_and_the_unknown_side() -> None:
    assert findings("deputy_required", {"where": {}, "deputy_side": "same"}, DEPUTIES, subject="ssu") == [
        ("deputy-side-same:members:aukra:Ordførar:sykehus", 12),
        ("deputy-side-same:members:bruker:Brukarrepresentant:sykehus", 13),
        ("deputy-side-unknown:members:fastlege:Fastlege", 14),
        ("no-deputy:molde:Rådgjevar", 15),
    ]


def test_deputy_required_other_side() -> None:
    assert findings("deputy_required", {"where": {}, "deputy_side": "other"}, DEPUTIES, subject="ssu") == [
        ("deputy-side-other:members:molde:Kommunedirektør:kommune", 10),
        ("deputy-side-other:members:hmr:Administrerande direktør:sykehus", 11),
        ("deputy-side-unknown:members:fastlege:Fastlege", 14),
        ("no-deputy:molde:Rådgjevar", 15),
    ]


def test_deputy_required_without_deputy_side_takes_a_mapping_as_a_deputy() -> None:
    assert findings("deputy_required", {"where": {}}, DEPUTIES, subject="ssu") == [("no-deputy:molde:Rådgjevar", 15)]


def test_seats_filled_reads_the_name_of_a_deputy_written_as_a_mapping() -> None:
    org = DEPUTIES.replace("person: Kari Vara", "person: Ikkje oppnemnd").replace("Per Lege", "Ikkje oppnemnd")
    assert findings("seats_filled", {"placeholders": ["Ikkje oppnemnd"]}, org, subject="ssu") == [
        ("placeholder:members:molde:Kommunedirektør:deputy", 10),
        ("placeholder:members:fastlege:Fastlege:deputy", 14),
    ]


# --- 2. a body as a seat ---------------------------------------------------------------------------

BODY = """\
parties:
  forde: {name: Helse Førde, type: helseforetak, side: sykehus}
  sunnfjord: {name: Sunnfjord kommune, type: kommune, side: kommune}
fora:
  pm:
    name: Partnarskapsmøtet
    type: partnerskapsmote
    members:
      - {party: forde, body: Føretaksstyret}
      - {party: forde, role: Administrerande direktør, person: A, deputy: B}
      - {party: sunnfjord, body: Kommunestyret i Sunnfjord, role: Ordførar, person: C, deputy: D}
"""


def test_body_is_matched_as_role_and_has_body() -> None:
    def count(where: dict[str, object], n: int) -> list[tuple[str, int]]:
        return findings("seat_count", {"where": where, "exactly": n, "label": LABEL}, BODY, subject="pm")

    assert count({"body": ["føretaksstyret"]}, 1) == []
    assert count({"body": ["Kommunestyret"]}, 1) == []  # its beginning, up to a word boundary
    assert count({"body": ["Kommune"]}, 1) == [("too-few:representatives", 8)]
    assert count({"has_body": True}, 2) == []
    assert count({"has_body": False}, 1) == []


def test_a_body_seat_needs_no_deputy_unless_the_rule_names_bodies() -> None:
    assert findings("deputy_required", {"where": {}}, BODY, subject="pm") == []
    assert findings("deputy_required", {"where": {"party": "forde"}}, BODY, subject="pm") == []
    assert findings("deputy_required", {"where": {"has_body": True}}, BODY, subject="pm") == [("no-deputy:forde:", 9)]
    assert findings("deputy_required", {"where": {"body": ["Føretaksstyret"]}}, BODY, subject="pm") == [
        ("no-deputy:forde:", 9)
    ]


def test_a_body_seat_without_a_person_is_not_a_placeholder() -> None:
    assert findings("seats_filled", {"placeholders": ["Ikkje oppnemnd"]}, BODY, subject="pm") == []


# --- 3. invited observers --------------------------------------------------------------------------

INVITED = """\
parties:
  forde: {name: Helse Førde, type: helseforetak, side: sykehus}
  sunnfjord: {name: Sunnfjord kommune, type: kommune, side: kommune}
  hvl: {name: Høgskulen på Vestlandet, type: etat, side: uavhengig}
  uib: {name: Universitetet i Bergen, type: etat, side: uavhengig}
fora:
  ssu:
    name: Strategisk samarbeidsutval
    type: strategisk-samarbeidsutvalg
    members:
      - {party: forde, role: Direktør, deputy: A}
      - {party: sunnfjord, role: Kommunedirektør, deputy: B}
      - {represents: fastlege, role: Fastlege, deputy: C}
    observers:
      - {party: hvl, role: Dekan, invited: true}
      - {party: uib, role: Dekan, invited: true, speaking_rights: true}
      - {represents: fastlege, role: Praksiskonsulent, invited: true}
"""


def test_selectors_pass_invited_seats_over_unless_they_name_invited() -> None:
    def count(where: dict[str, object], n: int) -> list[tuple[str, int]]:
        options = {"where": where, "group": "observers", "exactly": n, "label": LABEL}
        return findings("seat_count", options, INVITED, subject="ssu")

    assert count({}, 0) == []
    assert count({"invited": True}, 3) == []
    assert count({"invited": True, "role": ["Dekan"]}, 2) == []
    assert count({"invited": False}, 0) == []
    assert count({"not": {"invited": True}}, 0) == []


def test_invited_seats_need_no_deputy_and_do_not_meet_a_requirement_unless_selected() -> None:
    # the invited GP observer is not asked for a deputy (the national HF-GP-DEPUTY reads as this)
    assert findings("deputy_required", {"where": {"represents": ["fastlege"]}}, INVITED, subject="ssu") == []
    assert findings(
        "deputy_required", {"where": {"represents": ["fastlege"], "invited": True}}, INVITED, subject="ssu"
    ) == [("no-deputy-observer:fastlege:Praksiskonsulent", 17)]
    # an invited user representative does not fill the user seat a forum must have among its observers
    gp_observer = {"require": [{"represents": ["bruker"], "include_observers": True, "label": LABEL}]}
    assert findings(
        "required_seats", gp_observer, INVITED.replace("fastlege, role: Prak", "bruker, role: Prak"), subject="ssu"
    ) == [("too-few:representatives", 10)]


def test_a_requirement_on_picked_seats_reads_an_invited_seat_as_any_other() -> None:
    options = {
        "where": {"invited": True, "role": ["Dekan"]},
        "must": {"speaking_rights": True},
        "group": "observers",
        "label": LABEL,
    }
    assert findings("seat_requirements", options, INVITED, subject="ssu") == [("seat:hvl:Dekan", 15)]


def test_side_balance_does_not_weigh_invited_observers() -> None:
    options = {"sides": {"uavhengig": {"max": 0}}, "include_observers": True}
    assert findings("side_balance", options, INVITED, subject="ssu") == []


def test_an_invited_party_is_not_the_observer_an_agreement_names() -> None:
    """«Sunnaas er observatør»: a guest invited to the meetings is not that observer; the finding
    is at the invited seat and says so."""
    options = {"parties": ["uib"], "speaking_rights": "required"}
    line = INVITED.splitlines().index("      - {party: uib, role: Dekan, invited: true, speaking_rights: true}") + 1
    assert findings("observers", options, INVITED, subject="ssu") == [("missing:uib", line)]
    standing = INVITED.replace("{party: uib, role: Dekan, invited: true,", "{party: uib, role: Dekan,")
    assert findings("observers", options, standing, subject="ssu") == []


# --- 4. appointed by the council of the seat's own region --------------------------------------

REGIONS = """\
regions:
  nordfjord: {name: Nordfjord, parties: [stad, nordfjord-radet]}
  sunnfjord: {name: Sunnfjord og ytre Sogn}
parties:
  forde: {name: Helse Førde, type: helseforetak, side: sykehus}
  stad: {name: Stad kommune, type: kommune, side: kommune}
  kinn: {name: Kinn kommune, type: kommune, side: kommune, region: sunnfjord}
  nordfjord-radet: {name: Nordfjordrådet, type: region, side: kommune}
  sunnfjord-radet: {name: Sunnfjordrådet, type: region, side: kommune, region: sunnfjord}
fora:
  pm:
    name: Partnarskapsmøtet
    type: partnerskapsmote
    members:
      - {party: stad, role: Ordførar, appointed_by: Nordfjordrådet, nominated_by: sunnfjord-radet}
      - {party: kinn, role: Ordførar, appointed_by: Nordfjordrådet, nominated_by: Sunnfjord og ytre Sogn}
      - {party: kinn, role: Varaordførar, appointed_by: sunnfjord}
      - {party: stad, role: Kommunedirektør, appointed_by: KS}
      - {party: stad, role: Rådgjevar, appointed_by: Helse Førde}
      - {party: forde, role: Direktør, appointed_by: nordfjord-radet}
"""


def _must(must: dict[str, object]) -> list[tuple[str, int]]:
    options = {"where": {"party_type": ["kommune"]}, "must": must, "label": LABEL}
    return findings("seat_requirements", options, REGIONS, subject="pm")


def test_appointed_by_own_region() -> None:
    # stad's Ordførar: Nordfjordrådet is listed in Nordfjord, as stad is; kinn's Varaordførar: the
    # region itself by id; KS names neither a party nor a region; Helse Førde has no region
    assert _must({"appointed_by_own_region": True}) == [
        ("seat:kinn:Ordførar", 16),
        ("seat:stad:Kommunedirektør", 18),
        ("seat:stad:Rådgjevar", 19),
    ]
    assert _must({"appointed_by_own_region": False}) == [
        ("seat:stad:Ordførar", 15),
        ("seat:kinn:Varaordførar", 17),
        ("seat:stad:Kommunedirektør", 18),
    ]


def test_a_seat_whose_party_has_no_region_meets_neither() -> None:
    def count(where: dict[str, object]) -> list[tuple[str, int]]:
        options = {"where": {"party": "forde", **where}, "max": 0, "label": LABEL}
        return findings("seat_count", options, REGIONS, subject="pm")

    assert count({"appointed_by_own_region": True}) == []
    assert count({"appointed_by_own_region": False}) == []


def test_nominated_by_own_region() -> None:
    # kinn's Ordførar: nominated by the region by name; stad's: by a party of another region
    assert _must({"nominated_by_own_region": True}) == [
        ("seat:stad:Ordførar", 15),
        ("seat:kinn:Varaordførar", 17),
        ("seat:stad:Kommunedirektør", 18),
        ("seat:stad:Rådgjevar", 19),
    ]


def test_expressions_see_the_deputy_as_a_name_with_its_party_side_and_role_beside_it() -> None:
    def bad(expression: str) -> list[tuple[str, int]]:
        return findings("expression", {"expression": expression, "for_each": "members"}, DEPUTIES, subject="ssu")

    # seat.deputy is the name (a string or null) however the document writes it
    assert bad("seat.deputy == null || seat.deputy.size() > 0") == []
    assert bad("seat.has_deputy") == [("members:molde:Rådgjevar:5", 15)]
    assert bad("seat.deputy != null || !seat.has_deputy") == [
        ("members:hmr:Administrerande direktør:1", 11),
        ("members:aukra:Ordførar:2", 12),
        ("members:bruker:Brukarrepresentant:3", 13),
    ]
    assert bad("seat.deputy_side == null || seat.deputy_side == 'sykehus'") == [("members:molde:Kommunedirektør:0", 10)]
    assert bad("seat.deputy_party != 'hmr'") == [("members:aukra:Ordførar:2", 12)]
    assert bad("seat.deputy_role == null") == [("members:hmr:Administrerande direktør:1", 11)]
    assert bad("seat.body == null && seat.invited == null") == []


def test_one_seat_per_does_not_count_an_invited_observer() -> None:
    org = INVITED.replace(
        "{party: hvl, role: Dekan, invited: true}", "{party: sunnfjord, role: Ordførar, invited: true}"
    )
    options = {"party_type": ["kommune"], "group": "all"}
    assert findings("one_seat_per", options, org, subject="ssu") == []
    assert findings("one_seat_per", options, org.replace(", invited: true}", "}", 1), subject="ssu") == [
        ("extra:sunnfjord", 15)
    ]


def test_on_behalf_of_secretariat_picks_only_the_secretariats_seat() -> None:
    """«Fem fra kommunene, og lederen av sekretariatet»: `not: {on_behalf_of: [secretariat]}`
    leaves out the secretariat's seat only, so a municipality's member who sits for an FSU still
    counts (a blind author's false error with `has_on_behalf_of`)."""
    org = """\
parties:
  hf: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
fora:
  fsu: {name: FSU, type: samarbeidsforum}
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: lyngvik, role: Kommunedirektør}
      - {party: lyngvik, role: Leder FSU, on_behalf_of: fsu}
      - {party: lyngvik, role: Leder av sekretariatet, on_behalf_of: secretariat}
secretariat:
  name: Sekretariatet
  run_by: [lyngvik]
  members:
    - {party: lyngvik, role: Leder av sekretariatet, position: leder}
"""
    label = {"nb": "kommunale plasser", "en": "municipal seats"}
    own = {"where": {"side": ["kommune"], "not": {"on_behalf_of": ["secretariat"]}}, "exactly": 2, "label": label}
    assert findings("seat_count", own, org, subject="ssu") == []
    broad = {"where": {"side": ["kommune"], "not": {"has_on_behalf_of": True}}, "exactly": 2, "label": label}
    assert findings("seat_count", broad, org, subject="ssu") == [("too-few:municipal seats", 9)]
