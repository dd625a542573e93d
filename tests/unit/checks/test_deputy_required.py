"""deputy_required: seats a selector picks need a deputy, member and observer seats alike."""

from __future__ import annotations

from tests.unit.checks.support import findings

ORG = """\
parties:
  ous: {name: OUS, type: helseforetak, side: sykehus}
fora:
  lsu:
    name: LSU
    type: lokalt-samarbeidsutvalg
    members:
      - {party: ous, role: Direktør}
      - {represents: fastlege, role: Fastlege, person: A}
    observers:
      - {represents: fastlege, role: Praksiskonsulent, person: B}
"""
GP = {"where": {"represents": ["fastlege"]}}


def test_gp_seat_held_as_an_observer_needs_a_deputy_too() -> None:
    """The wrong verdict of issue 11: HF-GP-DEPUTY did not see a GP seat held as an observer."""
    assert findings("deputy_required", GP, ORG) == [
        ("no-deputy:fastlege:Fastlege", 9),
        ("no-deputy-observer:fastlege:Praksiskonsulent", 11),
    ]


def test_group_members_leaves_observers_alone() -> None:
    assert findings("deputy_required", {**GP, "group": "members"}, ORG) == [("no-deputy:fastlege:Fastlege", 9)]


def test_group_observers_leaves_members_alone() -> None:
    assert findings("deputy_required", {**GP, "group": "observers"}, ORG) == [
        ("no-deputy-observer:fastlege:Praksiskonsulent", 11)
    ]


def test_seats_with_a_deputy_pass() -> None:
    named = ORG.replace("person: A}", "person: A, deputy: C}").replace("person: B}", "person: B, deputy: D}")
    assert findings("deputy_required", GP, named) == []


def test_negated_selector_leaves_out_a_role() -> None:
    options = {"where": {"represents": ["fastlege"], "not": {"role": ["Praksiskonsulent"]}}}
    assert findings("deputy_required", options, ORG) == [("no-deputy:fastlege:Fastlege", 9)]
