"""`seat_requirements`' `{problem}`: what the seat lacks or has for the first condition of `must`
it fails, so that a message need not guess (round 27 Telemark: a seat with no `level` was
reported «… er ikke en leder» by a pack's own wording, though it declares no level at all)."""

from __future__ import annotations

from typing import Any

import pytest

from hf_rules.core import i18n
from hf_rules.rules.checks import registry
from hf_rules.rules.checks.base import Example
from hf_rules.rules.checks.examples import run_example

ORG = """\
parties:
  sthf: {name: Sykehuset Telemark HF, type: helseforetak, side: sykehus}
  skien: {name: Skien kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: sthf, role: Administrerende direktør, level: direktor}
      - %s
"""
LABEL = {"nb": "ledere", "en": "leaders"}


@pytest.mark.parametrize(
    ("seat", "must", "en", "nb"),
    [
        (
            "{party: skien, role: Kommunalsjef}",
            {"level": ["leder", "direktor"]},
            "gives no `level`",
            "gir ikke `level`",
        ),
        (
            "{party: skien, role: Rådgiver, level: medarbeider}",
            {"level": ["leder", "direktor"]},
            "has `level: medarbeider`",
            "har `level: medarbeider`",
        ),
        (
            "{party: skien, role: Kommunalsjef, level: leder}",
            {"level": ["leder"], "position": ["leder"]},
            "gives no `position`",
            "gir ikke `position`",
        ),
        (
            "{party: skien, role: Kommunalsjef, level: leder}",
            {"any_of": [{"position": ["leder"]}, {"level": ["direktor"]}]},
            "does not meet `any_of`",
            "oppfyller ikke `any_of`",
        ),
    ],
)
def test_the_problem_names_the_condition_the_seat_fails(seat: str, must: dict[str, Any], en: str, nb: str) -> None:
    example = Example(
        "t", {"where": {"party_type": ["kommune"]}, "must": must, "label": LABEL}, ORG % seat, subject="ssu"
    )
    (found,) = run_example(registry()["seat_requirements"], example)
    problem = found.params["problem"]
    assert isinstance(problem, i18n.Message)
    assert (i18n.text(problem, "en"), i18n.text(problem, "nb")) == (en, nb)
