"""sub_committee: a forum is a (time-limited) sub-committee of a forum of a type."""

from __future__ import annotations

from typing import Any

from tests.unit.checks.support import findings

ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
fora:
  ssu: {name: SSU, type: strategisk-samarbeidsutvalg}
  pm: {name: PM, type: partnerskapsmote}
  fsu:
    name: FSU
    type: samarbeidsforum
%s"""
SSU = {"of_types": ["strategisk-samarbeidsutvalg"]}


def sub(extra: str, **options: Any) -> list[tuple[str, int]]:
    return findings("sub_committee", {**SSU, **options}, ORG % extra, subject="fsu")


def test_sub_committee_of_a_forum_of_the_type() -> None:
    assert sub("    sub_committee_of: ssu\n") == []
    assert sub("") == [("not-sub-committee", 6)]
    assert sub("    sub_committee_of: pm\n") == [("wrong-parent", 9)]


def test_time_limited_needs_until() -> None:
    assert sub("    sub_committee_of: ssu\n") == []  # not asked for
    assert sub("    sub_committee_of: ssu\n", time_limited=True) == [("no-end", 6)]
    assert sub("    sub_committee_of: ssu\n    until: 2026-12-31\n", time_limited=True) == []


SEVERAL = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
fora:
  ssu: {name: SSU, type: strategisk-samarbeidsutvalg}
  fsu-barn: {name: FSU barn, type: samarbeidsforum}
  fsu-eldre: {name: FSU eldre, type: samarbeidsforum}
  gruppe:
    name: Kompetansegruppe
    type: arbeidsgruppe
%s"""
FSU = {"of_types": ["samarbeidsforum"]}


def several(extra: str, **options: Any) -> list[tuple[str, int]]:
    return findings("sub_committee", {**FSU, **options}, SEVERAL % extra, subject="gruppe")


def test_a_list_of_parents_each_of_the_type() -> None:
    assert several("    sub_committee_of: [fsu-barn, fsu-eldre]\n") == []
    assert several("    sub_committee_of:\n      - fsu-barn\n      - fsu-eldre\n") == []
    # one id and a list of one are the same forum
    assert several("    sub_committee_of: fsu-barn\n") == several("    sub_committee_of: [fsu-barn]\n") == []


def test_each_parent_of_another_type_is_reported_where_it_is_named() -> None:
    assert several("    sub_committee_of:\n      - fsu-barn\n      - ssu\n") == [("wrong-parent:ssu", 12)]
    assert several("    sub_committee_of: [ssu]\n") == [("wrong-parent", 10)]  # one parent: the key it had
    assert several("    sub_committee_of: [fsu-barn]\n", time_limited=True) == [("no-end", 7)]


def test_the_parameters_name_every_parent() -> None:
    from hf_rules.rules.checks import registry
    from hf_rules.rules.checks.base import Example
    from hf_rules.rules.checks.examples import run_example

    module = registry()["sub_committee"]
    example = Example(
        "t", {**FSU, "time_limited": True}, SEVERAL % "    sub_committee_of: [fsu-barn, fsu-eldre]\n", subject="gruppe"
    )
    (found,) = run_example(module, example)
    assert (found.params["parent"], found.params["parent_name"]) == ("fsu-barn, fsu-eldre", "FSU barn, FSU eldre")
