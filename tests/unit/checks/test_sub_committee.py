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
