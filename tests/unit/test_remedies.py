"""The remedies check modules offer ``hf-rules fix``: decided from a violation's facts and the
rule's options, one small inline organisation at a time (the end-to-end edits are in
tests/cli/test_fix.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from hf_rules.documents.workspace import build_workspace
from hf_rules.engine.evaluate import subjects
from hf_rules.rules.checks import deputy_required, observers, relation, required_seats
from hf_rules.rules.checks.base import Subject, with_defaults
from hf_rules.rules.checks.remedy import PLACEHOLDER, Append
from hf_rules.rules.model import Selector

ORGANISATION = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: hf-test, name: Helsefellesskap Test, status: proposed}
parties:
  hf: {name: Test HF, type: helseforetak, side: sykehus}
  by: {name: By kommune, type: kommune, side: kommune}
  ombud: {name: Ombudet, type: ombud, side: uavhengig}
fora:
  pm:
    name: Partnerskapsmøtet
    type: partnerskapsmote
    members:
      - {party: by, role: Ordfører}
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Direktør}
      - {represents: fastlege, role: Fastlege, person: Ola Nordmann}
    observers:
      - {party: hf, role: Tilhører}
  fsu:
    name: Faglig samarbeidsutvalg
    type: samarbeidsforum
    topic: Psykisk helse
"""
LABEL = {"nb": "plass", "en": "seat"}


@pytest.fixture
def forum(tmp_path: Path) -> Any:
    """The forum subject ``forum_id`` of the inline organisation (or of ``text``)."""

    def subject(forum_id: str, text: str = ORGANISATION) -> Subject:
        path = tmp_path / "organisation.yaml"
        path.write_text(text, encoding="utf-8")
        workspace = build_workspace([str(path)])
        assert [p for f in workspace.files for p in f.problems] == []
        (found,) = subjects(workspace, Selector(kind="forum", id=[forum_id]))
        return found

    return subject


def remedies(module: Any, subject: Subject, options: dict[str, Any]) -> list[tuple[str, Append | None]]:
    """``(violation key, remedy)`` for every violation ``module`` finds in ``subject``, with the
    options' defaults filled in as the pack loader fills them."""
    options = with_defaults(module.OPTIONS, options)
    return [(v.key, module.remedy(subject, options, v)) for v in module.check(subject, options)]


def test_observers_a_missing_observer_is_added_in_the_documents_observer_role(forum):
    assert remedies(observers, forum("ssu"), {"parties": ["ombud"]}) == [
        ("missing:ombud", Append("observers", {"party": "ombud", "role": "Tilhører"}))
    ]


def test_observers_speaking_rights_are_given_when_the_rule_requires_them(forum):
    options = {"parties": ["ombud"], "speaking_rights": "required"}
    assert remedies(observers, forum("ssu"), options) == [
        ("missing:ombud", Append("observers", {"party": "ombud", "role": "Tilhører", "speaking_rights": True}))
    ]


def test_observers_a_member_seat_to_move_has_no_remedy(forum):
    assert remedies(observers, forum("ssu"), {"parties": ["hf"]}) == [("member:hf", None)]


def test_observers_the_role_is_the_one_observers_have_in_the_whole_document(forum):
    assert remedies(observers, forum("pm"), {"parties": ["ombud"]}) == [
        ("missing:ombud", Append("observers", {"party": "ombud", "role": "Tilhører"}))
    ]


def test_observers_without_observers_anywhere_the_role_is_observatoer(forum):
    text = ORGANISATION.replace("    observers:\n      - {party: hf, role: Tilhører}\n", "")
    assert remedies(observers, forum("pm", text), {"parties": ["ombud"]}) == [
        ("missing:ombud", Append("observers", {"party": "ombud", "role": "Observatør"}))
    ]


def test_required_seats_a_missing_constituency_seat_per_missing_seat(forum):
    options = {"require": [{"represents": ["bruker"], "min": 2, "label": LABEL}]}
    assert remedies(required_seats, forum("ssu"), options) == [
        (
            "too-few:seat",
            Append(
                "members", {"represents": "bruker", "role": "Brukerrepresentant", "person": PLACEHOLDER}, 2, ("person",)
            ),
        )
    ]


def test_required_seats_the_role_the_document_uses_and_the_level_asked_for(forum):
    options = {"require": [{"represents": ["fastlege"], "level": ["faglig"], "label": LABEL}]}
    item = {"represents": "fastlege", "role": "Fastlege", "level": "faglig", "person": PLACEHOLDER}
    assert remedies(required_seats, forum("ssu"), options) == [
        ("too-few:seat", Append("members", item, 1, ("person",)))
    ]


def test_required_seats_the_remedy_counts_the_seats_already_there(forum):
    options = {"require": [{"represents": ["fastlege"], "min": 3, "label": LABEL}]}
    [(_, remedy)] = remedies(required_seats, forum("ssu"), options)
    assert remedy is not None and remedy.count == 2


@pytest.mark.parametrize(
    "requirement",
    [
        {"party": "by"},  # which person of the party: a decision
        {"represents": ["bruker", "ansatt"]},  # which constituency: a decision
        {"represents": ["bruker"], "party_type": ["kommune"]},  # more than the constituency
        {"represents": ["fastlege"], "max": 0},  # too many: a seat to remove, not to add
    ],
)
def test_required_seats_without_a_single_mechanical_seat_no_remedy(forum, requirement):
    options = {"require": [{**requirement, "label": LABEL}]}
    found = remedies(required_seats, forum("ssu"), options)
    assert found and all(remedy is None for _, remedy in found)


def test_relation_the_one_forum_that_fits_is_added(forum):
    options = {"relation": "gives_input_to", "to_types": ["partnerskapsmote"]}
    assert remedies(relation, forum("ssu"), options) == [("none", Append("gives_input_to", "pm"))]


def test_relation_mode_all_adds_each_missing_forum(forum):
    options = {"relation": "gives_assignments_to", "to_types": ["strategisk-samarbeidsutvalg"], "mode": "all"}
    assert remedies(relation, forum("pm"), options) == [("missing:ssu", Append("gives_assignments_to", "ssu"))]


def test_relation_when_several_fora_would_do_no_remedy(forum):
    options = {"relation": "gives_input_to", "to_types": ["partnerskapsmote", "strategisk-samarbeidsutvalg"]}
    assert remedies(relation, forum("fsu"), options) == [("none", None)]


def test_deputy_required_completes_a_new_seat_it_covers(forum):
    options = {"where": {"represents": ["fastlege"]}}
    gp = Append("members", {"represents": "fastlege", "role": "Fastlege", "person": PLACEHOLDER}, 1, ("person",))
    assert deputy_required.complete_remedy(forum("ssu"), with_defaults(deputy_required.OPTIONS, options), gp) == Append(
        "members",
        {"represents": "fastlege", "role": "Fastlege", "person": PLACEHOLDER, "deputy": PLACEHOLDER},
        1,
        ("person", "deputy"),
    )


@pytest.mark.parametrize(
    "remedy",
    [
        Append("members", {"represents": "bruker", "role": "Brukerrepresentant", "person": PLACEHOLDER}),
        Append("observers", {"party": "ombud", "role": "Observatør"}),  # observers need no deputy
        Append("members", {"represents": "fastlege", "person": "X", "deputy": "Y"}),  # has one already
        Append("gives_input_to", "pm"),
    ],
)
def test_deputy_required_leaves_other_remedies_as_they_are(forum, remedy):
    assert (
        deputy_required.complete_remedy(
            forum("ssu"), with_defaults(deputy_required.OPTIONS, {"where": {"represents": ["fastlege"]}}), remedy
        )
        is remedy
    )
