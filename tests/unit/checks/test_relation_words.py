"""``relation`` with relation words of ``relations``: targets by party type and id, mode none, a
forum's own secretariat, and a subject without a secretariat (reported, never passed)."""

from __future__ import annotations

from tests.unit.checks.support import findings

ORG = """\
parties:
  fonna: {name: Helse Fonna HF, type: helseforetak, side: sykehus}
  karmoy: {name: Karmøy kommune, type: kommune, side: kommune}
  haugesund: {name: Haugesund kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutval
    type: strategisk-samarbeidsutvalg
    secretariat:
      run_by: [fonna]
      relations: {vertskommune: haugesund}
  fagrad:
    name: Fagråd
    type: arbeidsgruppe
    relations:
      etablert-av: [ssu, fonna]
      godkjennes-av: ssu
"""


def test_targets_by_party_type_or_by_id() -> None:
    by_type = {"relation": "etablert-av", "to_party_types": ["helseforetak"]}
    assert findings("relation", by_type, ORG, subject="fagrad") == []
    assert findings("relation", {**by_type, "to_party_types": ["kommune"]}, ORG, subject="fagrad") == [("none", 16)]
    # every target of the word's sorts (forum, party) but the forum itself: one named is enough
    assert findings("relation", {"relation": "etablert-av"}, ORG, subject="fagrad") == []
    everyone = {"relation": "etablert-av", "mode": "all"}
    assert findings("relation", everyone, ORG, subject="fagrad") == [("missing:karmoy", 16), ("missing:haugesund", 16)]
    # an id the organisation lacks stays a target: reported by its id, not passed over
    assert findings("relation", {"relation": "etablert-av", "to_ids": ["asu"]}, ORG, subject="fagrad") == [("none", 16)]


def test_mode_none_reports_each_one_named_where_it_is_named() -> None:
    options = {"relation": "godkjennes-av", "to_types": ["strategisk-samarbeidsutvalg"], "mode": "none"}
    assert findings("relation", options, ORG, subject="fagrad") == [("declared:ssu", 17)]
    assert findings("relation", {**options, "relation": "tvister-behandles-av"}, ORG, subject="fagrad") == []


def test_a_forums_own_secretariat_and_one_without() -> None:
    host = {"of": "secretariat", "relation": "vertskommune", "to_ids": ["karmoy"]}
    assert findings("relation", host, ORG, subject="ssu") == [("none", 11)]
    assert findings("relation", {**host, "to_ids": ["haugesund"]}, ORG, subject="ssu") == []
    # the fagråd has no secretariat: no host is named, at the forum
    assert findings("relation", {**host, "to_ids": ["haugesund"]}, ORG, subject="fagrad") == [("none", 12)]
    assert findings("relation", {**host, "mode": "none"}, ORG, subject="fagrad") == []


AGREEMENTS = """\
parties:
  ahus: {name: Akershus universitetssykehus HF, type: helseforetak, side: sykehus}
fora:
  asu:
    name: Administrativt samarbeidsutvalg
    type: lokalt-samarbeidsutvalg
    relations: {ivaretar: [%s]}
agreements:
  overordnet: {kind: samarbeidsavtale, name: Overordnet samarbeidsavtale}
  gammel: {kind: samarbeidsavtale, name: Samarbeidsavtale 2012}
  vedtekter: {kind: vedtekter, name: Vedtekter, replaces: [gammel]}
sub_agreements:
  delavtale-1: {name: Innleggelse i sykehus}
"""


def test_a_relation_to_an_agreement_by_kind_or_by_id() -> None:
    by_kind = {"relation": "ivaretar", "to_agreement_kinds": ["samarbeidsavtale"], "mode": "all"}
    # the replaced 2012 agreement is not in force, so it is no target
    assert findings("relation", by_kind, AGREEMENTS % "overordnet", subject="asu") == []
    assert findings("relation", by_kind, AGREEMENTS % "vedtekter", subject="asu") == [("missing:overordnet", 7)]
    sub = {"relation": "ivaretar", "to_agreement_kinds": ["delavtale"]}
    assert findings("relation", sub, AGREEMENTS % "overordnet", subject="asu") == [("none", 7)]
    assert findings("relation", sub, AGREEMENTS % "delavtale-1", subject="asu") == []
    by_id = {"relation": "ivaretar", "to_ids": ["vedtekter"], "mode": "none"}
    assert findings("relation", by_id, AGREEMENTS % "overordnet, vedtekter", subject="asu") == [
        ("declared:vedtekter", 7)
    ]
    # with no target named, every agreement in force is one: naming any will do
    assert findings("relation", {"relation": "ivaretar"}, AGREEMENTS % "delavtale-1", subject="asu") == []
