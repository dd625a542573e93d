"""Members without a vote (``voting: false``, møte- og talerett): selected, counted, refused on observers."""

from __future__ import annotations

from pathlib import Path

from hf_rules.documents.workspace import build_workspace
from tests.unit.checks.support import findings

ORG = """\
parties:
  unn: {name: UNN HF, type: helseforetak, side: sykehus}
  tromso: {name: Tromsø kommune, type: kommune, side: kommune}
  senja: {name: Senja kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: unn, role: Direktør}
      - {party: tromso, role: Kommunedirektør}
      - {party: senja, role: Kommunedirektør, voting: false}
      - {represents: bruker, role: Brukerrepresentant, voting: false}
      - {party: unn, role: Klinikksjef, voting: true}
    observers:
      - {party: senja, role: Rådgiver, speaking_rights: true}
"""
LABEL = {"nb": "medlemmer", "en": "members"}


def test_seat_count_with_and_without_a_vote() -> None:
    voting = {"where": {"voting": True}, "exactly": 3, "label": LABEL}
    assert findings("seat_count", voting, ORG, subject="ssu") == []
    non_voting = {"where": {"voting": False}, "exactly": 2, "label": LABEL}
    assert findings("seat_count", non_voting, ORG, subject="ssu") == []
    # all member seats, with a vote or not
    assert findings("seat_count", {"exactly": 5, "label": LABEL}, ORG, subject="ssu") == []
    # "eight members with møte- og talerett": two found, reported at the members
    assert findings("seat_count", {**non_voting, "exactly": 8}, ORG, subject="ssu") == [("too-few:members", 9)]
    # an observer never votes, and is not a member without a vote either: `voting` picks members
    observers = {"where": {"voting": True}, "group": "observers", "max": 0, "label": LABEL}
    assert findings("seat_count", observers, ORG, subject="ssu") == []
    assert findings("seat_count", {**observers, "where": {"voting": False}}, ORG, subject="ssu") == []
    every_observer = {"where": {}, "group": "observers", "max": 0, "label": LABEL}
    assert findings("seat_count", every_observer, ORG, subject="ssu") == [("too-many:members", 16)]


def test_side_balance_counts_the_members_with_a_vote() -> None:
    # kommune: Tromsø (Senja has no vote); sykehus: two
    assert findings("side_balance", {"max_difference": 0}, ORG, subject="ssu") == [("parity", 9)]
    assert findings("side_balance", {"max_difference": 1}, ORG, subject="ssu") == []
    # with observers and members without a vote: kommune 3 (Tromsø, Senja twice), sykehus 2
    assert findings("side_balance", {"max_difference": 0, "include_observers": True}, ORG, subject="ssu") == [
        ("parity", 9)
    ]
    assert (
        findings("side_balance", {"sides": {"kommune": {"min": 3}}, "include_observers": True}, ORG, subject="ssu")
        == []
    )


def test_required_seats_and_seat_requirements_read_the_vote() -> None:
    require = {"require": [{"represents": ["bruker"], "voting": True, "label": LABEL}]}
    assert findings("required_seats", require, ORG, subject="ssu") == [("too-few:members", 9)]
    must = {"where": {"party_type": ["kommune"]}, "must": {"voting": True}, "label": LABEL}
    assert findings("seat_requirements", must, ORG, subject="ssu") == [("seat:senja:Kommunedirektør", 12)]


def test_an_observer_with_a_vote_is_a_located_document_error(tmp_path: Path) -> None:
    text = "apiVersion: hf-rules/v1\nkind: Organisation\nmetadata: {id: unn, name: UNN}\n" + ORG.replace(
        "speaking_rights: true}", "speaking_rights: true, voting: true}"
    )
    path = tmp_path / "org.yaml"
    path.write_text(text, encoding="utf-8")
    workspace = build_workspace([str(path)])
    [problem] = workspace.problems
    assert (problem.location.line, problem.location.column) == (19, 71)
    assert str(problem.message) == "an observer has no vote; a member without a vote is a member with `voting: false`"
    # voting: false on an observer says what is so anyway
    path.write_text(text.replace("voting: true}", "voting: false}"), encoding="utf-8")
    assert build_workspace([str(path)]).problems == []


def test_voting_false_is_a_member_without_a_vote_not_an_observer() -> None:
    """checks.md: `voting: false` is «a member with møte- og talerett only»; an observer (who never
    votes) is not picked by it, with `group: all` either."""
    org = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
fora:
  ssu:
    name: SSU
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Direktør}
      - {party: hf, role: Rådgiver, voting: false}
    observers:
      - {party: hf, role: Observatør}
"""
    label = {"nb": "uten stemmerett", "en": "without a vote"}
    options = {"where": {"voting": False}, "group": "all", "exactly": 1, "label": label}
    assert findings("seat_count", options, org, subject="ssu") == []
    assert findings("seat_count", {**options, "where": {"voting": True}}, org, subject="ssu") == []
