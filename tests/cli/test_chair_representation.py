"""cross_forum with ``by_chair``, end to end: whoever chairs a forum in the chair period in force
on the organisation's date (its ``effective_from``, or ``--as-of``) represents it in another."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli

PACK = """\
apiVersion: hf-rules/v1
kind: RulePack
metadata:
  id: chair-representation
  version: 1.0.0
  name: {nb: Lederen representerer, en: The chair represents}
sources:
  avtale:
    title: Avtale
    date: 2025-01-01
    publisher: Partene
obligations:
  - id: A1
    text: {nb: Lederen av hvert FSU er observatør i SSU., en: The chair of each FSU observes in the SSU.}
    source: {document: avtale, quote: Lederen av hvert faglig samarbeidsutvalg er observatør i SSU.}
rules:
  - id: FSU-CHAIR-IN-SSU
    title: {nb: FSU-lederen i SSU, en: The FSU chair in the SSU}
    message: {nb: "{seat} i {subject_name}: {problem}", en: "{seat} in {subject_name}: {problem}"}
    hint: {nb: Gi lederen en observatørplass i SSU., en: Give the chair an observer seat in the SSU.}
    severity: error
    source: {document: avtale, quote: Lederen av hvert faglig samarbeidsutvalg er observatør i SSU.}
    obligations: [A1]
    applies_to: {kind: forum, type: [samarbeidsforum]}
    check:
      function: cross_forum
      options:
        by_chair: [chair]
        in: {type: [strategisk-samarbeidsutvalg]}
        group: observers
"""
ORG = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: hf, name: Helsefellesskap, effective_from: 2025-06-01}
parties:
  hf: {name: Helse HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: SSU
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Direktør}
    observers:
      - {party: lyngvik, role: Leder av FSU, person: Kari Holm, speaking_rights: true}
  fsu:
    name: FSU eldre
    type: samarbeidsforum
    members:
      - {party: lyngvik, role: Leder, person: Kari Holm}
      - {party: hf, role: Nestleder, person: Ola Dahl}
"""
PLAN = """\
apiVersion: hf-rules/v1
kind: MeetingPlan
metadata: {id: fsu-2025-2026, organisation: hf}
forum: fsu
chairs:
  - {from: 2025-01-01, to: 2025-12-31, party: lyngvik, role: Leder}
  - {from: 2026-01-01, to: 2026-12-31, party: hf, role: Nestleder}
"""


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, text in (("pack.yaml", PACK), ("organisation.yaml", ORG), ("plan.yaml", PLAN)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_chair_in_force_on_the_effective_date_is_in_the_ssu(workspace: Path) -> None:
    result = run_cli("check", "--rules", "pack.yaml", "organisation.yaml", "plan.yaml")
    assert result.code == 0, result.out


def test_the_chair_of_a_later_period_is_not(workspace: Path) -> None:
    result = run_cli("check", "--lang", "en", "--rules", "pack.yaml", "--as-of", "2026-06-01", ".")
    assert result.code == 1
    assert result.out.splitlines()[0] == (
        "organisation.yaml:13:5: error FSU-CHAIR-IN-SSU hf (Nestleder) in FSU eldre: is not represented in SSU"
    )


def test_no_chair_period_in_force_is_a_finding(workspace: Path) -> None:
    result = run_cli("check", "--lang", "en", "--rules", "pack.yaml", "--as-of", "2027-06-01", ".")
    assert result.code == 1
    assert result.out.splitlines()[0] == (
        "organisation.yaml:15:3: error FSU-CHAIR-IN-SSU - in FSU eldre: has no chair period in force on "
        "2027-06-01 in a meeting plan"
    )
