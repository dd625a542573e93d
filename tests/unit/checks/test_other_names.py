"""A party, region, forum or secretariat goes by other names too: an abbreviation in parentheses
in its ``name`` and its ``also_known_as`` (a short form, an old name). Every text that names one
(``appointed_by``, ``nominated_by``, a role naming a secretariat) reads them as its name."""

from __future__ import annotations

from tests.unit.checks.support import findings

# Møre og Romsdal: the four regional councils appoint the partnerskapsmøte's municipal members.
ORG = """\
regions:
  nordmore: {name: Nordmøre, also_known_as: [Nordmøre-regionen]}
  romsdal: {name: Romsdal}
parties:
  hmr: {name: Helse Møre og Romsdal HF, type: helseforetak, side: sykehus}
  kristiansund: {name: Kristiansund kommune, type: kommune, side: kommune, region: nordmore}
  molde: {name: Molde kommune, type: kommune, side: kommune, region: romsdal}
  nordmore-ipr: {name: Nordmøre interkommunale politiske råd, also_known_as: [Nordmøre IPR], type: regionrad, side: kommune, region: nordmore}
  romsdal-ipr: {name: Romsdal interkommunale politiske råd (ROR), also_known_as: [Romsdal Regionråd], type: regionrad, side: kommune, region: romsdal}
fora:
  pm:
    name: Partnerskapsmøtet
    type: partnerskapsmote
    members:
      - {party: kristiansund, role: Ordførar, appointed_by: Nordmøre IPR}
      - {party: molde, role: Ordførar, appointed_by: Romsdal Regionråd}
      - {party: molde, role: Kommunedirektør, appointed_by: ROR}
      - {party: kristiansund, role: Kommunedirektør, appointed_by: Regionrådet for Nordmøre-regionen}
      - {party: kristiansund, role: Rådgjevar, appointed_by: ROR}
      - {party: hmr, role: Administrerande direktør}
"""
LABEL = {"nb": "kommunale medlemmer", "en": "municipal members"}


def _must(must: dict[str, object]) -> list[tuple[str, int]]:
    options = {"where": {"party_type": ["kommune"]}, "must": must, "label": LABEL}
    return findings("seat_requirements", options, ORG, subject="pm")


def test_a_council_is_named_by_its_short_form_its_old_name_or_its_abbreviation() -> None:
    # Only Regionrådet for Nordmøre-regionen names no party: it names a region, by its other name
    assert _must({"appointed_by_party_type": ["regionrad"]}) == [("seat:kristiansund:Kommunedirektør", 18)]


def test_each_council_appoints_the_members_from_its_own_region() -> None:
    # Kristiansund's Rådgjevar was appointed by ROR, Romsdal's council
    assert _must({"appointed_by_own_region": True}) == [("seat:kristiansund:Rådgjevar", 19)]
    assert _must({"appointed_by_own_region": False}) == [
        ("seat:kristiansund:Ordførar", 15),
        ("seat:molde:Ordførar", 16),
        ("seat:molde:Kommunedirektør", 17),
        ("seat:kristiansund:Kommunedirektør", 18),
    ]


def test_appointed_by_picks_a_party_by_any_of_its_names() -> None:
    def count(wanted: list[str]) -> list[tuple[str, int]]:
        options = {"where": {"appointed_by": wanted}, "exactly": 3, "label": LABEL}
        return findings("seat_count", options, ORG, subject="pm")

    # ROR, Romsdal Regionråd and the full name are one council: three seats
    assert count(["Romsdal interkommunale politiske råd"]) == []
    assert count(["romsdal-ipr"]) == []
    assert count(["Romsdal Regionråd"]) == []
    assert count(["Nordmøre IPR"]) == [("too-few:municipal members", 14)]


SECRETARIAT = """\
parties:
  hf: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
secretariat:
  name: Forsknings- og utviklingseininga for samhandling
  also_known_as: [FOUSAM]
  members:
    - {party: lyngvik, role: Rådgjevar, position: leder}
fora:
  ssu:
    name: Strategisk samarbeidsutval
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Administrerande direktør}
      - {party: lyngvik, role: %s, on_behalf_of: secretariat}
"""
CROSS = {"of": "secretariat", "by": {"position": ["leder"]}, "in": {"type": ["strategisk-samarbeidsutvalg"]}}


def test_a_seat_held_for_the_secretariat_names_it_by_another_name() -> None:
    assert findings("cross_forum", CROSS, SECRETARIAT % "Leiar av FOUSAM", kind="organisation") == []
    assert findings("cross_forum", CROSS, SECRETARIAT % "Leiar av FOU", kind="organisation") == [
        ("absent:ssu:lyngvik:Rådgjevar", 10)
    ]
