"""observers: parties present as observers only, with or without speaking and proposal rights."""

from __future__ import annotations

from typing import Any

from tests.unit.checks.support import findings

ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
  ombud: {name: Ombudet, type: ombud, side: uavhengig}
fora:
  ssu:
    name: SSU
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Direktør}
    observers:
      - {party: ombud, role: Ombud%s}
"""


def observers(rights: str, **options: Any) -> list[tuple[str, int]]:
    return findings("observers", {"parties": ["ombud"], **options}, ORG % rights)


def test_present_as_observer() -> None:
    assert observers("") == []
    assert findings("observers", {"parties": ["hf"]}, ORG % "") == [("member:hf", 9), ("missing:hf", 10)]
    assert findings("observers", {"parties": ["hf"], "not_members": False}, ORG % "") == [("missing:hf", 10)]


def test_proposal_rights_required() -> None:
    assert observers(", proposal_rights: true", proposal_rights="required") == []
    assert observers("", proposal_rights="required") == [("proposal-required:ombud", 11)]


def test_proposal_rights_forbidden() -> None:
    assert observers("", proposal_rights="forbidden") == []
    assert observers(", proposal_rights: true", proposal_rights="forbidden") == [("proposal-forbidden:ombud", 11)]


def test_speaking_rights_keep_working() -> None:
    assert observers(", speaking_rights: true", speaking_rights="required") == []
    assert observers("", speaking_rights="required") == [("speaking-required:ombud", 11)]


def test_a_name_within_the_partys_longer_name() -> None:
    """«Observatør med talerett: Fylkesmannen • Universitetet • … KS» (round 26 Finnmark FM11,
    round 24 Telemark): the agreement's words as a run in the one party's longer name, the old
    «Fylkesmannen» for «Statsforvalteren …»; with two universities, «Universitetet» is neither."""
    org = """\
parties:
  hf: {name: Finnmarkssykehuset HF, type: helseforetak, side: sykehus}
  sf: {name: Statsforvalteren i Troms og Finnmark, type: statlig, side: uavhengig}
  uit: {name: UiT Norges arktiske universitet, type: utdanning, side: uavhengig}
  ombud: {name: Pasient- og brukerombudet i Troms og Finnmark, type: ombud, side: uavhengig}
fora:
  su:
    name: Samhandlingsutvalget
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Direktør}
    observers:
      - {party: sf, role: Fylkeslege}
      - {party: uit, role: Dekan}
      - {party: ombud, role: Ombud}
"""
    wanted = {"parties": ["Fylkesmannen", "Universitetet", "Pasient og brukerombudet"]}
    assert findings("observers", wanted, org, subject="su") == []
    two = org.replace(
        "fora:",
        "  sa: {name: Sámi allaskuvla – Samisk høgskole og universitet, type: utdanning, side: uavhengig}\nfora:",
    )
    assert findings("observers", {"parties": ["Universitetet"]}, two, subject="su") == [("missing:Universitetet", 13)]


def test_the_county_governor_by_its_nynorsk_or_old_name() -> None:
    """Round 33 Førde: the document's nynorsk «Statsforvaltaren i Vestland» is found by the
    agreement's «Fylkesmannen» and by the bokmål «Statsforvalteren»; an `also_known_as` with the
    old full name is found by «Fylkesmannen» too. Another county's governor is not."""
    org = """\
parties:
  hf: {name: Helse Førde HF, type: helseforetak, side: sykehus}
  sf: {name: Statsforvaltaren i Vestland, type: statlig, side: uavhengig}
fora:
  ssu:
    name: Strategisk samarbeidsutval
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Direktør}
    observers:
      - {party: sf, role: Fylkeslege}
"""
    for name in ("Fylkesmannen", "Statsforvalteren", "Statsforvaltaren", "Statsforvalteren i Vestland"):
        assert findings("observers", {"parties": [name]}, org, subject="ssu") == [], name
    old = org.replace(
        "{name: Statsforvaltaren i Vestland,", "{name: SFVL, also_known_as: [Fylkesmannen i Sogn og Fjordane],"
    )
    assert findings("observers", {"parties": ["Fylkesmannen"]}, old, subject="ssu") == []
    assert findings("observers", {"parties": ["Statsforvalteren i Rogaland"]}, org, subject="ssu") == [
        ("missing:Statsforvalteren i Rogaland", 10)
    ]
