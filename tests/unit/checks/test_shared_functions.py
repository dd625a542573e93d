"""The shared functions `politisk-ledelse` and `administrativ-toppledelse`: «primært frå politisk leiing»
(round 23 Førde SF7: a member of the municipal council passed as political leadership) and «øverste
ledelse i kommuner og sykehus» (round 23 Fonna FN5: a kommunalsjef passed as the top leadership)."""

from __future__ import annotations

from tests.unit.checks.support import findings

ORG = """\
parties:
  hf: {name: Helse Førde HF, type: helseforetak, side: sykehus}
  vik: {name: Vik kommune, type: kommune, side: kommune}
  luster: {name: Luster kommune, type: kommune, side: kommune}
fora:
  pm:
    name: Partnarskapsmøte
    type: partnerskapsmote
    members:
      - {party: vik, role: Ordførar, level: politisk}
      - {party: luster, role: Kommunestyremedlem, level: politisk}
      - {party: vik, role: Kommunedirektør, level: direktor}
      - {party: luster, role: Kommunalsjef helse, level: direktor}
      - {party: hf, role: Administrerande direktør, level: direktor}
"""
LABEL = {"nb": "plasser", "en": "seats"}


def test_political_leadership_is_the_mayor_not_a_council_member() -> None:
    options = {"where": {"level": ["politisk"]}, "must": {"function": ["politisk-ledelse"]}, "label": LABEL}
    assert findings("seat_requirements", options, ORG, subject="pm") == [("seat:luster:Kommunestyremedlem", 11)]


def test_top_leadership_is_the_chief_executive_not_a_kommunalsjef() -> None:
    options = {"where": {"level": ["direktor"]}, "must": {"function": ["administrativ-toppledelse"]}, "label": LABEL}
    assert findings("seat_requirements", options, ORG, subject="pm") == [("seat:luster:Kommunalsjef helse", 13)]


def test_a_seat_that_declares_the_function_has_it() -> None:
    org = ORG.replace(
        "role: Kommunestyremedlem, level: politisk}",
        "role: Leiar for helseutvalet, level: politisk, functions: [politisk-ledelse]}",
    )
    options = {"where": {"level": ["politisk"]}, "must": {"function": ["politisk-ledelse"]}, "label": LABEL}
    assert findings("seat_requirements", options, org, subject="pm") == []


def test_the_titles_of_top_leadership_are_whole_posts() -> None:
    """«Her møtes øverste ledelse i kommuner og sykehus» (round 26 Fonna FN5): «Kommunedirektør helse
    og velferd» is no top leader, «Kommunedirektør i Vik», «Ordførar (konstituert)» and
    «Rådmann/kommunedirektør» are."""
    options = {"where": {"party": ["vik"]}, "must": {"function": ["administrativ-toppledelse", "politisk-ledelse"]}}
    for role, met in (
        ("Kommunedirektør helse og velferd", False),
        ("Kommunedirektør i Vik", True),
        ("Rådmann/kommunedirektør", True),
        ("Ordførar (konstituert)", True),
    ):
        org = ORG.replace("{party: vik, role: Kommunedirektør, level: direktor}", f"{{party: vik, role: {role}}}")
        expected = [] if met else [(f"seat:vik:{role}", 12)]
        assert findings("seat_requirements", {**options, "label": LABEL}, org, subject="pm") == expected, role
