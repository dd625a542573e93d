"""``mandate``: a key word that names a forum, party or secretariat of the organisation (by its id,
name, type or ``also_known_as``) is met by any name of that body (round 21 Førde: «Førebu
dialogmøtet» failed the key word ``partnarskapsmøte``, though the dialogue meeting is the
partnarskapsmøte's other name)."""

from __future__ import annotations

from typing import Any

import pytest

from hf_rules.rules.checks import registry
from hf_rules.rules.checks.base import Example
from hf_rules.rules.checks.examples import run_example

ORG = """\
parties:
  hf: {name: Helse Fjord HF, type: helseforetak, side: sykehus, also_known_as: [HFJ]}
  vik: {name: Vik kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutval
    type: strategisk-samarbeidsutvalg
    mandate: [%s]
  pm:
    name: Partnarskapsmøte
    type: partnerskapsmote
    also_known_as: [Dialogmøte, Dialogmøtet]
  fagrad:
    name: Fagleg samarbeidsutval (tidlegare Fagrådet)
    type: samarbeidsforum
"""
LABEL = {"nb": "punktet", "en": "the point"}


def keys(item: dict[str, Any], entry: str) -> list[tuple[str, tuple[str | int, ...]]]:
    example = Example("names", {"items": [{**item, "label": LABEL}]}, ORG % entry, subject="ssu")
    return [(v.key, v.path) for v in run_example(registry()["mandate"], example)]


@pytest.mark.parametrize(
    ("item", "entry"),
    [
        ({"any_of": ["førebu partnarskapsmøte"]}, "Førebu dialogmøtet"),
        ({"any_of": ["førebu partnarskapsmøt"]}, "Førebu dialogmøtet"),
        ({"any_of": ["førebu dialogmøte"]}, "Førebu partnarskapsmøtet"),
        ({"wording": ["førebu partnarskapsmøtet"]}, "Førebu dialogmøtet"),
        # round 31 Førde: the wording's definite form on the other name, the forum's own name too
        ({"wording": ["førebu dialogmøtet"]}, "Førebu partnarskapsmøtet"),
        ({"wording": ["førebu partnarskapsmøte"]}, "Førebu partnarskapsmøte"),
        ({"any_of": ["førebu pm"]}, "Førebu dialogmøtet"),
        ({"any_of": ["førebu partnerskapsmote"]}, "Førebu partnarskapsmøtet"),
        ({"verb": ["førebu"], "object": ["partnarskapsmøte"]}, "Førebu dialogmøtet"),
        ({"any_of": ["rapporter helse fjord"]}, "Rapportere til HFJ"),
        ({"any_of": ["rapporter fagrådet"]}, "Rapportere til Fagleg samarbeidsutval"),
    ],
)
def test_any_name_of_the_body_meets_the_key_word(item: dict[str, Any], entry: str) -> None:
    assert keys(item, entry) == []


def test_another_body_s_name_does_not() -> None:
    assert keys({"any_of": ["førebu partnarskapsmøte"]}, "Førebu fagrådet") == [
        ("missing:the point", ("fora", "ssu", "mandate"))
    ]


def test_the_other_name_is_weakened_as_the_name_is() -> None:
    assert keys({"wording": ["førebu partnarskapsmøtet"]}, "Førebu dialogmøtet ved behov") == [
        ("weakened:the point", ("fora", "ssu", "mandate", 0))
    ]


def test_a_word_that_only_begins_a_name_names_no_body() -> None:
    """«samarbeid» is no name of the «Strategisk samarbeidsutval» (nor of the professional forum):
    the key word keeps its own meaning."""
    assert keys({"any_of": ["samarbeid"]}, "Førebu dialogmøtet") == [("missing:the point", ("fora", "ssu", "mandate"))]
