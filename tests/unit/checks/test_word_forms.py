"""Bokmål and nynorsk word forms match alike wherever a rule matches a seat's role (round 21 Førde:
«Administrerende direktør» against the role «Administrerande direktør» needed both listed): one
normalising function, ``role_key``, on both sides of every comparison."""

from __future__ import annotations

import pytest

from hf_rules.rules.checks import registry
from hf_rules.rules.checks.base import Example
from hf_rules.rules.checks.examples import run_example, subject_of
from hf_rules.rules.checks.seats import WORD_FORMS, role_key, role_matches, seat_matches

ORG = """\
parties:
  hf: {name: Helse Fjord HF, type: helseforetak, side: sykehus}
  vik: {name: Vik kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Samarbeidsutvalet
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Administrerande direktør}
      - {party: hf, role: Klinikkleiar psykisk helse}
      - {party: vik, role: Konstituert ordførar}
      - {party: vik, role: Rådgjevar, appointed_by: Brukarutvalet}
      - {party: vik, role: Kommunalsjef, other_roles: [Nestleiar i styret]}
    observers:
      - {represents: ansatt, role: Hovudtillitsvald}
      - {represents: bruker, role: Brukarrepresentant frå sjukehuset}
"""


def picked(criteria: dict[str, object]) -> list[int]:
    subject = subject_of(registry()["required_seats"], Example("forms", {}, ORG))
    assert subject.forum is not None
    seats = subject.forum.members + subject.forum.observers
    return [i for i, seat in enumerate(seats) if seat_matches(subject, seat, criteria, "all")]


@pytest.mark.parametrize(
    ("criteria", "seats"),
    [
        ({"role": ["Administrerende direktør"]}, [0]),
        ({"role_is": ["Administrerende direktør"]}, [0]),
        ({"role": ["Klinikkleder"]}, [1]),
        ({"role_is": ["Klinikkleder"]}, []),
        ({"role": ["Ordfører"]}, [2]),
        ({"role_is": ["Ordfører"]}, [2]),
        ({"role": ["Rådgiver"]}, [3]),
        ({"appointed_by": ["Brukerutvalget"]}, [3]),
        ({"appointed_by_is": ["Brukerutvalget"]}, [3]),
        ({"role": ["Nestleder i styret"]}, [4]),
        ({"role_is": ["Hovedtillitsvalgt"]}, [5]),
        ({"role": ["Tillitsvalgt"]}, []),
        ({"role": ["Brukerrepresentant fra sykehuset"]}, [6]),
        ({"role": ["Administrerande direktør", "Ordførar"]}, [0, 2]),
    ],
)
def test_a_selector_in_one_standard_picks_a_role_in_the_other(criteria: dict[str, object], seats: list[int]) -> None:
    assert picked(criteria) == seats


def test_function_titles_fold_too() -> None:
    subject = subject_of(registry()["required_seats"], Example("forms", {}, ORG))
    subject.org.function_titles = {"psykisk-helse": ("Klinikkleder psykisk helse",)}
    assert subject.forum is not None
    assert [
        i for i, s in enumerate(subject.forum.members) if seat_matches(subject, s, {"function": ["psykisk-helse"]})
    ] == [1]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Leiar", "Leder"),
        ("Nestleiar", "Nestleder"),
        ("Ordførar", "Ordfører"),
        ("Rådgjevar", "Rådgiver"),
        ("Administrerande direktør", "Administrerende direktør"),
        ("Tilsette", "Ansatte"),
        ("Tillitsvald", "Tillitsvalgt"),
        ("Hovudtillitsvald", "Hovedtillitsvalgt"),
        ("Brukarrepresentant", "Brukerrepresentant"),
        ("Sjukehus", "Sykehus"),
        ("Helseføretak", "Helseforetak"),
        ("Fagleg", "Faglig"),
        ("Utval", "Utvalg"),
        ("Utvalet", "Utvalget"),
        ("Kommuneoverlege", "Kommuneoverlege"),
    ],
)
def test_the_two_forms_have_one_key(one: str, other: str) -> None:
    assert role_key(one) == role_key(other)
    assert role_matches(one, other) and role_matches(other, one)


def test_folding_does_not_make_other_posts_match() -> None:
    """A longer post, an assistant's and a possessive stay apart in either standard."""
    assert not role_matches("Assisterande kommunedirektør", "Kommunedirektør")
    assert not role_matches("Administrerande direktør sin rådgjevar", "Administrerende direktør")
    assert not role_matches("Leiarens rådgjevar", "Leder")
    assert role_key("Utvalgsleder") == role_key("Utvalsleiar") == "utvalsleder"


def test_every_pair_folds_to_its_second_form() -> None:
    for one, other in WORD_FORMS:
        assert role_key(one) == role_key(other) == other


def test_the_chair_s_role_folds() -> None:
    """``chair`` with ``role``/``role_is``: a nynorsk chair period's role meets a bokmål option."""
    module = registry()["chair"]
    plan = "forum: ssu\nchairs:\n  - {from: 2025-01-01, to: 2025-12-31, party: hf, role: Administrerande direktør}\n"
    for option in ("role", "role_is"):
        example = Example("chair", {option: ["Administrerende direktør"]}, ORG, kind="meeting_plan", plan=plan)
        assert run_example(module, example) == []
        wrong = Example("chair", {option: ["Fagdirektør"]}, ORG, kind="meeting_plan", plan=plan)
        assert len(run_example(module, wrong)) == 1


def test_required_seats_in_bokmal_over_a_nynorsk_forum() -> None:
    """Round 21 Førde, FO5: the bokmål «Administrerende direktør» alone finds the nynorsk seat; the
    whole post «Klinikkleder» is still not the longer «Klinikkleiar psykisk helse»."""
    module = registry()["required_seats"]
    options = {
        "require": [
            {"side": ["sykehus"], "role": ["Administrerende direktør"], "label": {"nb": "adm", "en": "adm"}},
            {"role_is": ["Klinikkleder"], "label": {"nb": "klinikk", "en": "clinic"}},
            {"role": ["Hovedtillitsvalgt"], "include_observers": True, "label": {"nb": "htv", "en": "htv"}},
        ]
    }
    violations = run_example(module, Example("forms", options, ORG))
    assert [(v.key, v.path) for v in violations] == [("too-few:clinic", ("fora", "ssu", "members"))]
