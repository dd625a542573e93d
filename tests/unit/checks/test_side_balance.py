"""side_balance: a GP, user or employee seat counts for the side it gives."""

from __future__ import annotations

from tests.unit.checks.support import findings

ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
  oslo: {name: Oslo, type: kommune, side: kommune}
fora:
  ssu:
    name: SSU
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Direktør}
      - {party: oslo, role: Byrådsleder}
      - {represents: bruker, role: Brukerrepresentant%s}
"""


def test_a_constituency_seat_without_a_side_is_left_out() -> None:
    assert findings("side_balance", {"max_difference": 0}, ORG % "") == []


def test_a_constituency_seat_with_a_side_counts_for_it() -> None:
    assert findings("side_balance", {"max_difference": 0}, ORG % ", side: kommune") == [("parity", 8)]
    assert findings("side_balance", {"sides": {"sykehus": {"min": 2}}}, ORG % ", side: sykehus") == []
    assert findings("side_balance", {"sides": {"sykehus": {"min": 2}}}, ORG % "") == [("side:sykehus", 8)]


AREAS = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
  oslo: {name: Oslo, type: kommune, side: kommune}
fora:
  fagrad-rus:
    name: Fagråd rus
    type: samarbeidsforum
    topic: rus
    members:
      - {party: hf, role: Overlege}
      - {party: hf, role: Avdelingssjef}
  gruppe-rus:
    name: Arbeidsgruppe rus
    type: arbeidsgruppe
    topic: rus
    members:
      - {party: oslo, role: Rådgiver}
      - {party: oslo, role: Kommuneoverlege}
  fagrad-eldre:
    name: Fagråd eldre
    type: samarbeidsforum
    topic: eldre
    members:
      - {party: hf, role: Overlege}
  uten-tema:
    name: Utvalg uten tema
    type: samarbeidsforum
    members:
      - {party: oslo, role: Rådgiver}
"""


def test_on_the_organisation_the_fora_of_a_topic_are_counted_together() -> None:
    """«Likt antall … innen de ulike fagområdene»: rus is 2/2 over its two fora (each forum alone
    is 2/0); eldre is 1/0 at its forum; a forum without a topic is a group of its own."""
    per_topic = {"fora": {"type": ["samarbeidsforum", "arbeidsgruppe"]}, "per": "topic", "max_difference": 0}
    assert findings("side_balance", per_topic, AREAS, kind="organisation") == [
        ("parity:eldre", 19),
        ("parity", 25),
    ]
    # without per: all of them as one, 3 and 3
    together = {"fora": {"type": ["samarbeidsforum", "arbeidsgruppe"]}, "max_difference": 0}
    assert findings("side_balance", together, AREAS, kind="organisation") == []
    # narrowed to one topic
    rus = {"fora": {"topic": ["rus"]}, "max_difference": 0}
    assert findings("side_balance", rus, AREAS, kind="organisation") == []


def test_fora_on_a_forum_rule_or_an_organisation_rule_without_fora_is_a_pack_error(tmp_path) -> None:
    from hf_rules.core.errors import InputError, InputErrors
    from hf_rules.rules.pack import load_packs

    rule = """\
  - id: BAL-{n}
    title: {{nb: T, en: T}}
    message: {{nb: M, en: M}}
    hint: {{nb: H, en: H}}
    severity: error
    source: {{document: helsenorge-fastlege, quote: x}}
    obligations: [N1]
    applies_to: {{kind: {kind}}}
    check: {{function: side_balance, options: {options}}}
"""
    path = tmp_path / "pack.yaml"
    path.write_text(
        "apiVersion: hf-rules/v1\nkind: RulePack\nmetadata: {id: bal, version: 1.0.0, name: {nb: B, en: B}, "
        "extends: [national]}\nrules:\n"
        + rule.format(n=1, kind="forum", options="{fora: {topic: [rus]}, max_difference: 0}")
        + rule.format(n=2, kind="organisation", options="{max_difference: 0}"),
        encoding="utf-8",
    )
    try:
        load_packs([str(path)])
    except (InputError, InputErrors) as raised:
        errors = raised.errors if isinstance(raised, InputErrors) else [raised]
    else:
        raise AssertionError("the pack loaded")
    assert [str(e.message).split(":")[0] for e in errors] == ["rule BAL-1", "rule BAL-2"]
    assert "`fora` belongs to a rule on the organisation (`applies_to: {kind: organisation}`)," in str(
        errors[0].message
    )
    assert "`side_balance` on the organisation needs `fora`" in str(errors[1].message)


def test_count_members_counts_people_with_a_vote_or_not() -> None:
    """«Likt antall representanter»: a member without a vote is a representative all the same."""
    org = ORG % "" + "      - {party: hf, role: Rådgiver, voting: false}\n"
    assert findings("side_balance", {"max_difference": 0}, org) == []  # votes: 1 and 1
    assert findings("side_balance", {"max_difference": 0, "count": "members"}, org) == [("parity", 8)]  # 2 and 1


def test_where_leaves_constituency_seats_out_of_the_balance() -> None:
    """«Likt antall … i tillegg til fastleger og brukere»: a user seat from the municipal side is
    in addition to the equal numbers."""
    options = {"max_difference": 0, "where": {"not": {"represents": ["fastlege", "bruker"]}}}
    assert findings("side_balance", options, ORG % ", side: kommune") == []
    assert findings("side_balance", {"max_difference": 0}, ORG % ", side: kommune") == [("parity", 8)]
