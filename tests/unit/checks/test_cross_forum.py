"""cross_forum: a forum represented in another by the holder of one of its seats."""

from __future__ import annotations

from typing import Any

from tests.unit.checks.support import findings

ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik, type: kommune, side: kommune}
fora:
  ssu:
    name: SSU
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Direktør, person: Åse Lie}
    observers:
      - {party: lyngvik, role: FSU-leder, person: Kari Holm%s}
  fsu:
    name: FSU
    type: samarbeidsforum
    members:
      - {party: lyngvik, role: Leder, person: Kari Holm}
      - {party: hf, role: Nestleder, person: Ola Dahl}
"""
BASE: dict[str, Any] = {"by": {"role": ["Leder"]}, "in": {"type": ["strategisk-samarbeidsutvalg"]}}


def represented(extra: str, **options: Any) -> list[tuple[str, int]]:
    return findings("cross_forum", {**BASE, **options}, ORG % extra, subject="fsu")


def test_the_leader_sits_in_the_other_forum() -> None:
    assert represented("") == []
    assert represented("", group="members") == [("absent:ssu:lyngvik:Leder", 8)]


def test_the_seat_there_must_meet_a_selector() -> None:
    must = {"speaking_rights": True}
    assert represented(", speaking_rights: true", must=must) == []
    assert represented("", must=must) == [("must:ssu:lyngvik:Leder", 11)]


def test_the_deputy_leader_is_the_deputy_there() -> None:
    deputy = {"role": ["Nestleder"]}
    assert represented(", deputy: Ola Dahl", deputy_by=deputy) == []
    assert represented("", deputy_by=deputy) == [("deputy:ssu:lyngvik:Leder", 11)]


def test_a_forum_without_the_representing_seat_is_reported() -> None:
    assert represented("", by={"role": ["Sekretær"]}) == [("no-representative", 15)]


def test_every_seat_by_picks_is_represented_unless_at_least_says_how_many() -> None:
    both = {"role": ["Leder", "Nestleder"]}
    assert represented("", by=both) == [("absent:ssu:hf:Nestleder", 10)]
    assert represented("", by=both, at_least=1) == []
    assert represented("", by=both, at_least=2) == [("too-few:ssu", 8)]
