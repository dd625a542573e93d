"""``chair`` ``same_as`` end to end: "the partnerskapsmøte is chaired by the SSU's chair", with the
SSU's plan among the files checked or not."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli

PACK = """\
apiVersion: hf-rules/v1
kind: RulePack
metadata:
  id: same-chair
  version: 1.0.0
  name: {nb: Samme leder, en: Same chair}
sources:
  avtale:
    title: Avtale
    date: 2025-01-01
    publisher: Partene
obligations:
  - id: A1
    text: {nb: Leder av SSU leder partnerskapsmøtet., en: The SSU's chair chairs the partnerskapsmøte.}
    source: {document: avtale, quote: Partnerskapsmøtet ledes av leder i SSU.}
rules:
  - id: PM-CHAIR-IS-SSU-CHAIR
    title: {nb: SSU-lederen leder partnerskapsmøtet, en: The SSU's chair chairs the partnerskapsmøte}
    message: {nb: "Lederperioden {period}: {problem}", en: "Chair period {period}: {problem}"}
    hint: {nb: La SSU-lederen lede., en: Let the SSU's chair chair.}
    severity: error
    source: {document: avtale, quote: Partnerskapsmøtet ledes av leder i SSU.}
    obligations: [A1]
    applies_to: {kind: meeting_plan, type: [partnerskapsmote]}
    check: {function: chair, options: {same_as: {type: [strategisk-samarbeidsutvalg]}}}
"""
ORG = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: vestfjord, name: Helsefellesskapet Vestfjord}
parties:
  hf: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
fora:
  pm:
    name: Partnerskapsmøtet
    type: partnerskapsmote
    members:
      - {party: hf, role: Administrerende direktør}
      - {party: lyngvik, role: Ordfører}
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Administrerende direktør}
      - {party: lyngvik, role: Kommunedirektør}
"""
SSU = """\
apiVersion: hf-rules/v1
kind: MeetingPlan
metadata: {id: ssu-plan, organisation: vestfjord}
forum: ssu
chairs:
  - {from: 2026-01-01, to: 2027-12-31, party: lyngvik, person: Kari Nordmann}
"""
PM = """\
apiVersion: hf-rules/v1
kind: MeetingPlan
metadata: {id: pm-plan, organisation: vestfjord}
forum: pm
chairs:
  - {from: 2026-01-01, to: 2027-12-31, party: lyngvik, person: Kari Nordmann}
"""


@pytest.fixture
def community(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, text in {"pack.yaml": PACK, "organisation.yaml": ORG, "ssu.yaml": SSU, "pm.yaml": PM}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(*args: str) -> tuple[int, list[str]]:
    result = run_cli("check", "--no-config", "--rules", "pack.yaml", "--as-of", "2026-06-01", "--quiet", *args)
    return result.code, [line for line in result.out.splitlines() if line.strip()]


def test_the_ssu_chair_chairing_the_partnerskapsmote_passes(community: Path) -> None:
    code, out = check(".")
    assert code == 0, out


def test_another_party_in_the_chair_is_reported_at_the_period(community: Path) -> None:
    (community / "pm.yaml").write_text(PM.replace("party: lyngvik, person: Kari Nordmann", "party: hf"), "utf-8")
    code, out = check("--lang", "en", ".")
    assert code == 1
    assert out[0] == (
        "pm.yaml:6:47: error PM-CHAIR-IS-SSU-CHAIR Chair period 2026-01-01–2027-12-31: the chair is not "
        "Lyngvik kommune (Kari Nordmann), who chairs Strategisk samarbeidsutvalg at the same time"
    )
    code, out = check("--lang", "nb", ".")
    assert out[0] == (
        "pm.yaml:6:47: error PM-CHAIR-IS-SSU-CHAIR Lederperioden 2026-01-01–2027-12-31: lederen er ikke "
        "Lyngvik kommune (Kari Nordmann), som leder Strategisk samarbeidsutvalg i samme tid"
    )


def test_the_same_party_but_another_person_is_reported(community: Path) -> None:
    (community / "pm.yaml").write_text(PM.replace("Kari Nordmann", "Ola Nordmann"), "utf-8")
    code, out = check("--lang", "en", ".")
    assert code == 1
    assert out[0] == (
        "pm.yaml:6:64: error PM-CHAIR-IS-SSU-CHAIR Chair period 2026-01-01–2027-12-31: the chair is not "
        "Lyngvik kommune (Kari Nordmann), who chairs Strategisk samarbeidsutvalg at the same time"
    )


def test_without_the_ssu_plan_the_plan_is_reported_not_passed(community: Path) -> None:
    code, out = check("--lang", "en", "organisation.yaml", "pm.yaml")
    assert code == 1
    assert out[0] == (
        "pm.yaml:5:1: error PM-CHAIR-IS-SSU-CHAIR Meeting plan 'pm-plan' cannot be compared: no meeting plan of "
        "a forum with type: strategisk-samarbeidsutvalg is among the files checked, so it cannot be checked that "
        "the same chair leads both"
    )
