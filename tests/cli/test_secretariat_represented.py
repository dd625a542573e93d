"""``cross_forum`` ``of: secretariat`` end to end: «Leder av FOUSAM» sits in the SSU, on a seat held
for the health community's secretariat, and it is the secretariat's leader who holds it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli

PACK = """\
apiVersion: hf-rules/v1
kind: RulePack
metadata:
  id: fousam
  version: 1.0.0
  name: {nb: FOUSAM, en: FOUSAM}
sources:
  side:
    title: Nettside
    date: 2025-01-01
    publisher: Partene
obligations:
  - id: F1
    text: {nb: Leder av FOUSAM sitter i SSU., en: The leader of FOUSAM sits in the SSU.}
    source: {document: side, quote: Leder av FOUSAM}
rules:
  - id: F-FOUSAM-LEADER-IN-SSU
    title: {nb: FOUSAMs leder i SSU, en: FOUSAM's leader in the SSU}
    message: {nb: "{seat}: {problem}", en: "{seat}: {problem}"}
    hint: {nb: Gi FOUSAMs leder plassen i SSU., en: Give FOUSAM's leader the seat in the SSU.}
    severity: error
    source: {document: side, quote: Leder av FOUSAM}
    obligations: [F1]
    applies_to: {kind: organisation}
    check:
      function: cross_forum
      options: {of: secretariat, by: {position: [leder]}, in: {type: [strategisk-samarbeidsutvalg]}}
"""
ORG = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: fonna, name: Helsefellesskapet i Fonna}
parties:
  fonna: {name: Helse Fonna HF, type: helseforetak, side: sykehus}
  karmoy: {name: Karmøy kommune, type: kommune, side: kommune}
  haugesund: {name: Haugesund kommune, type: kommune, side: kommune}
secretariat:
  name: FOUSAM
  run_by: [fonna, karmoy, haugesund]
  members:
    - {party: karmoy, role: Interkommunal samhandlingskoordinator, position: leder}
fora:
  ssu:
    name: Strategisk samarbeidsutval
    type: strategisk-samarbeidsutvalg
    members:
      - {party: fonna, role: Administrerende direktør}
      - {party: karmoy, role: Leiar av FOUSAM, on_behalf_of: secretariat}
"""


@pytest.fixture
def community(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pack.yaml").write_text(PACK, encoding="utf-8")
    (tmp_path / "organisation.yaml").write_text(ORG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(*args: str) -> tuple[int, list[str]]:
    result = run_cli("check", "--no-config", "--rules", "pack.yaml", "--quiet", *args, "organisation.yaml")
    return result.code, [line for line in result.out.splitlines() if line.strip()]


def test_the_secretariats_leader_in_the_seat_held_for_it_passes(community: Path) -> None:
    code, out = check()
    assert code == 0, out


def test_another_municipality_in_the_seat_held_for_the_secretariat_is_reported(community: Path) -> None:
    text = ORG.replace("{party: karmoy, role: Leiar av FOUSAM", "{party: haugesund, role: Leiar av FOUSAM")
    (community / "organisation.yaml").write_text(text, encoding="utf-8")
    code, out = check("--lang", "en")
    assert code == 1
    assert out[:-1] == [
        "organisation.yaml:14:3: error F-FOUSAM-LEADER-IN-SSU karmoy (Interkommunal samhandlingskoordinator): "
        "is not represented in Strategisk samarbeidsutval"
    ]


def test_a_secretariat_without_a_leader_is_reported_not_passed(community: Path) -> None:
    leader = "    - {party: karmoy, role: Interkommunal samhandlingskoordinator, position: leder}\n"
    text = ORG.replace("  members:\n" + leader, "")
    (community / "organisation.yaml").write_text(text, encoding="utf-8")
    code, out = check("--lang", "en")
    assert code == 1
    assert out[:-1] == [
        "organisation.yaml:8:1: error F-FOUSAM-LEADER-IN-SSU -: has no seat of the one who is to represent the forum"
    ]


def test_another_post_of_the_same_municipality_does_not_stand_in_for_the_leader(community: Path) -> None:
    """Karmøy hosts FOUSAM: its kommunedirektør in the seat held for FOUSAM is not FOUSAM's leader."""
    text = ORG.replace("{party: karmoy, role: Leiar av FOUSAM", "{party: karmoy, role: Kommunedirektør")
    (community / "organisation.yaml").write_text(text, encoding="utf-8")
    code, out = check("--lang", "en")
    assert code == 1
    assert out[:-1] == [
        "organisation.yaml:14:3: error F-FOUSAM-LEADER-IN-SSU karmoy (Interkommunal samhandlingskoordinator): "
        "is not represented in Strategisk samarbeidsutval"
    ]
