"""Meeting-plan rules end to end: who chairs by party (``chair`` ``party``), the chair of another
forum at the same time (``opposite_to``) and a meeting by each of another forum's meetings
(``meeting_alignment``), with the other forum's plan among the files checked or not (Agder)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

PACK = """\
apiVersion: hf-rules/v1
kind: RulePack
metadata:
  id: agder-plans
  version: 1.0.0
  name: {nb: Agder møteplaner, en: Agder meeting plans}
vocabulary:
  meeting_kinds: [formote]
sources:
  avtale:
    title: Avtale
    date: 2025-01-01
    publisher: Partene
obligations:
  - id: A1
    text: {nb: KOSS ledes av Arendal., en: Arendal chairs KOSS.}
    source: {document: avtale, quote: KOSS ledes av Rådmannen i Arendal.}
  - id: A2
    text: {nb: SSHF leder RS når kommunene leder SSU., en: SSHF chairs the RS while the municipalities chair the SSU.}
    source: {document: avtale, quote: Samtidig overtek SSHF leiinga av RS.}
  - id: A3
    text: {nb: KOSS har formøte før hvert SSU-møte., en: KOSS meets before every SSU meeting.}
    source: {document: avtale, quote: Det møtes alltid til formøte – 2 timer før møte i Helsefellesskapet.}
rules:
  - id: KOSS-CHAIR
    title: {nb: Arendal leder KOSS, en: Arendal chairs KOSS}
    message: {nb: "Lederperioden {period}: {party_name}: {problem}", en: "Chair period {period}: {party_name}: {problem}"}
    hint: {nb: La Arendal lede., en: Let Arendal chair.}
    severity: error
    source: {document: avtale, quote: KOSS ledes av Rådmannen i Arendal.}
    obligations: [A1]
    applies_to: {kind: meeting_plan, id: [koss-2026]}
    check: {function: chair, options: {party: [PARTY]}}
  - id: RS-OPPOSITE
    title: {nb: Motsatt side av SSU, en: The other side from the SSU}
    message: {nb: "Lederperioden {period}: {problem}", en: "Chair period {period}: {problem}"}
    hint: {nb: Bytt leder., en: Change the chair.}
    severity: warning
    source: {document: avtale, quote: Samtidig overtek SSHF leiinga av RS.}
    obligations: [A2]
    applies_to: {kind: meeting_plan, id: [rs-2026]}
    check: {function: chair, options: {opposite_to: {type: [strategisk-samarbeidsutvalg]}}}
  - id: KOSS-FORMOTE
    title: {nb: Formøte før SSU, en: Preparatory meeting before the SSU}
    message:
      nb: "{other_forum} møtes {date}, men KOSS har ikke formøte {window}"
      en: "{other_forum} meets on {date}, but KOSS has no preparatory meeting on {window}"
    hint: {nb: Legg et formøte samme dag., en: Plan a preparatory meeting the same day.}
    severity: error
    source: {document: avtale, quote: Det møtes alltid til formøte – 2 timer før møte i Helsefellesskapet.}
    obligations: [A3]
    applies_to: {kind: meeting_plan, id: [koss-2026]}
    check:
      function: meeting_alignment
      options: {forum: {type: [strategisk-samarbeidsutvalg]}, kind: [formote]}
"""
ORG = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: agder, name: Helsefellesskapet Agder}
parties:
  sshf: {name: Sørlandet sykehus HF, type: helseforetak, side: sykehus}
  arendal: {name: Arendal kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Helsefellesskapet (SSU)
    type: strategisk-samarbeidsutvalg
    members:
      - {party: sshf, role: Administrerende direktør}
      - {party: arendal, role: Ordfører}
  koss:
    name: KOSS
    type: samarbeidsforum
    members:
      - {party: arendal, role: Kommunedirektør}
  rs:
    name: RS Østre Agder
    type: samarbeidsforum
    members:
      - {party: sshf, role: Klinikkdirektør}
      - {party: arendal, role: Kommunalsjef}
"""
SSU = """\
apiVersion: hf-rules/v1
kind: MeetingPlan
metadata: {id: ssu-2026, organisation: agder}
forum: ssu
chairs:
  - {from: 2026-01-01, to: 2026-12-31, party: arendal}
meetings:
  - {date: 2026-02-10}
  - {date: 2026-05-12}
"""
KOSS = """\
apiVersion: hf-rules/v1
kind: MeetingPlan
metadata: {id: koss-2026, organisation: agder}
forum: koss
chairs:
  - {from: 2026-01-01, to: 2026-12-31, party: arendal, role: Kommunedirektør}
meetings:
  - {date: 2026-02-10, kind: formote}
  - {date: 2026-05-12, kind: formote}
"""
RS = """\
apiVersion: hf-rules/v1
kind: MeetingPlan
metadata: {id: rs-2026, organisation: agder}
forum: rs
chairs:
  - {from: 2026-01-01, to: 2026-12-31, party: sshf}
"""


@pytest.fixture
def agder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    files = {"organisation.yaml": ORG, "ssu.yaml": SSU, "koss.yaml": KOSS, "rs.yaml": RS}
    files["pack.yaml"] = PACK.replace("PARTY", "arendal")
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(*args: str) -> tuple[int, list[str]]:
    result = run_cli("check", "--no-config", "--rules", "pack.yaml", "--as-of", "2026-06-01", *args)
    return result.code, result.out.splitlines()


def test_the_compliant_plans_pass(agder: Path) -> None:
    code, out = check("--lang", "en", ".")
    assert code == 0, out


def test_a_formote_a_week_early_is_reported_at_the_koss_plan(agder: Path) -> None:
    koss = agder / "koss.yaml"
    koss.write_text(KOSS.replace("2026-02-10, kind", "2026-02-03, kind"), encoding="utf-8")
    code, out = check("--lang", "en", ".")
    assert code == 1
    assert out[0] == (
        "koss.yaml:7:1: error KOSS-FORMOTE Helsefellesskapet (SSU) meets on 2026-02-10, but KOSS has no "
        "preparatory meeting on 2026-02-10"
    )
    code, out = check("--lang", "nb", ".")
    assert out[0] == (
        "koss.yaml:7:1: error KOSS-FORMOTE Helsefellesskapet (SSU) møtes 2026-02-10, men KOSS har ikke formøte 2026-02-10"
    )


def test_without_the_ssu_plan_neither_comparison_passes_silently(agder: Path) -> None:
    code, out = check("--lang", "en", "--format", "json", "organisation.yaml", "koss.yaml", "rs.yaml")
    assert code == 1
    report = json.loads("\n".join(out))
    found = [(f["rule"], f["file"], f["line"], f["severity"], f["message"]) for f in report["findings"]]
    assert found == [
        (
            "KOSS-FORMOTE",
            "koss.yaml",
            4,
            "error",
            "Meeting plan 'koss-2026' cannot be compared: no meeting plan of a forum with type: "
            "strategisk-samarbeidsutvalg is among the files checked, so it cannot be checked that there is a "
            "meeting here by each of its meetings",
        ),
        (
            "RS-OPPOSITE",
            "rs.yaml",
            5,
            "warning",
            "Meeting plan 'rs-2026' cannot be compared: no meeting plan of a forum with type: "
            "strategisk-samarbeidsutvalg is among the files checked, so it cannot be checked that the chairs are "
            "from different sides",
        ),
    ]


def test_an_ssu_plan_that_ends_early_leaves_days_uncompared(agder: Path) -> None:
    (agder / "ssu.yaml").write_text(SSU.replace("to: 2026-12-31", "to: 2026-06-30"), encoding="utf-8")
    code, out = check("--lang", "nb", ".")
    assert code == 0  # a warning
    assert out[0] == (
        "rs.yaml:6:5: warning RS-OPPOSITE Lederperioden 2026-01-01–2026-12-31 kan ikke sammenlignes for "
        "2026-07-01–2026-12-31: ingen lederperiode i møteplanen for et forum med type: strategisk-samarbeidsutvalg "
        "dekker de dagene"
    )


def test_chair_party_and_an_unknown_party_id(agder: Path) -> None:
    (agder / "pack.yaml").write_text(PACK.replace("PARTY", "sshf"), encoding="utf-8")
    code, out = check("--lang", "en", ".")
    assert code == 1
    assert out[0] == (
        "koss.yaml:6:47: error KOSS-CHAIR Chair period 2026-01-01–2026-12-31: Arendal kommune: the chair is not "
        "from Sørlandet sykehus HF"
    )
    (agder / "pack.yaml").write_text(PACK.replace("PARTY", "arendl"), encoding="utf-8")
    code, out = check("--lang", "en", "--format", "json", ".")
    report = json.loads("\n".join(out))
    found = [(f["rule"], f["file"], f["line"], f["severity"], f["message"]) for f in report["findings"]]
    assert found == [
        (
            "KOSS-CHAIR",
            "koss.yaml",
            6,
            "error",
            "Chair period 2026-01-01–2026-12-31: Arendal kommune: the chair is not from arendl",
        ),
        (
            "KOSS-CHAIR",
            "organisation.yaml",
            4,
            "info",
            "The rule names party 'arendl', but the organisation has no party with that id (did you mean "
            "'arendal'?); no chair in a meeting plan here can be that party",
        ),
    ]
