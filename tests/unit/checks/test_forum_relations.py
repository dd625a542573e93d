"""relation with `supports` and `sub_committee_of`, and fora_cover_values with `follows_up`: the
Forum fields for «støtter opp om arbeidet i», a group under every FSU, the highest body, and
the fagråd of each delavtale."""

from __future__ import annotations

from typing import Any

from tests.unit.checks.support import findings

ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
fora:
  pm:
    name: Partnerskapsmøtet
    type: partnerskapsmote
%s  ssu:
    name: SSU
    type: strategisk-samarbeidsutvalg
%s  fsu-barn: {name: FSU barn, type: samarbeidsforum%s}
  fsu-eldre: {name: FSU eldre, type: samarbeidsforum%s}
"""


def relation(subject: str, options: dict[str, Any], pm: str = "", ssu: str = "", barn: str = "", eldre: str = ""):
    return findings("relation", options, ORG % (pm, ssu, barn, eldre), subject=subject)


SUPPORTS_ALL = {"relation": "supports", "to_types": ["samarbeidsforum"], "mode": "all"}


def test_supports_every_fsu() -> None:
    assert relation("ssu", SUPPORTS_ALL, ssu="    supports: [fsu-barn, fsu-eldre]\n") == []
    assert relation("ssu", SUPPORTS_ALL, ssu="    supports: [fsu-eldre]\n") == [("missing:fsu-barn", 10)]
    assert relation("ssu", SUPPORTS_ALL) == [("missing:fsu-barn", 7), ("missing:fsu-eldre", 7)]
    # gives_assignments_to is another relation: it does not count as support
    assert relation("ssu", SUPPORTS_ALL, ssu="    gives_assignments_to: [fsu-barn, fsu-eldre]\n") == [
        ("missing:fsu-barn", 7),
        ("missing:fsu-eldre", 7),
    ]
    assert relation("ssu", {**SUPPORTS_ALL, "mode": "any"}, ssu="    supports: [fsu-eldre]\n") == []


GROUP_ALL = {"relation": "sub_committee_of", "to_types": ["samarbeidsforum"], "mode": "all"}


def test_a_group_under_every_fsu() -> None:
    group = "  gruppe:\n    name: Kompetansegruppe\n    type: arbeidsgruppe\n    sub_committee_of: %s\n"
    org = ORG % ("", "", "", "") + group

    def run(parents: str) -> list[tuple[str, int]]:
        return findings("relation", GROUP_ALL, org % parents, subject="gruppe")

    assert run("[fsu-barn, fsu-eldre]") == []
    assert run("fsu-eldre") == [("missing:fsu-barn", 15)]
    assert run("[ssu]") == [("missing:fsu-barn", 15), ("missing:fsu-eldre", 15)]


def test_the_highest_body_is_a_sub_committee_of_no_forum() -> None:
    top = {"relation": "sub_committee_of", "mode": "none"}
    assert relation("pm", top) == []
    assert relation("pm", top, pm="    sub_committee_of: ssu\n") == [("declared:ssu", 7)]
    assert relation("pm", top, pm="    sub_committee_of: [fsu-barn, ssu]\n") == [
        ("declared:fsu-barn", 7),
        ("declared:ssu", 7),
    ]
    # with to_types, only those fora count
    assert relation("pm", {**top, "to_types": ["samarbeidsforum"]}, pm="    sub_committee_of: ssu\n") == []
    # the forum written as a sub-committee is not caught by the assignments rule of the phrasebook
    assigns = {"relation": "gives_assignments_to", "to_types": ["partnerskapsmote"], "mode": "none"}
    assert relation("ssu", assigns, pm="    sub_committee_of: ssu\n") == []


def test_to_types_left_out_means_every_other_forum() -> None:
    assert relation("ssu", {"relation": "gives_input_to"}) == [("none", 7)]
    assert relation("ssu", {"relation": "gives_input_to"}, ssu="    gives_input_to: [fsu-barn]\n") == []


DELAVTALER = {"field": "follows_up", "values": ["delavtale-1", "delavtale-2", "delavtale-3"]}


def cover(barn: str, eldre: str, **options: Any) -> list[tuple[str, int]]:
    return findings("fora_cover_values", {**DELAVTALER, **options}, ORG % ("", "", barn, eldre))


def test_each_delavtale_has_a_forum_that_follows_it_up() -> None:
    assert cover(", follows_up: [delavtale-1, delavtale-2]", ", follows_up: [delavtale-3]") == []
    assert cover(", follows_up: [delavtale-1]", ", follows_up: [delavtale-3]") == [("missing:delavtale-2", 3)]
    assert cover("", "") == [("missing:delavtale-1", 3), ("missing:delavtale-2", 3), ("missing:delavtale-3", 3)]
    # ids are compared as written, not as topics are
    assert cover(", follows_up: [delavtale-1, delavtale-2, delavtale-03]", "") == [("missing:delavtale-3", 3)]
    # type narrows the fora that count
    only_ssu = cover(", follows_up: [delavtale-1, delavtale-2, delavtale-3]", "", type=["strategisk-samarbeidsutvalg"])
    assert [key for key, _ in only_ssu] == ["missing:delavtale-1", "missing:delavtale-2", "missing:delavtale-3"]
