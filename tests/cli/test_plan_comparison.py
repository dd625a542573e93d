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


def test_ssu_meetings_beyond_every_koss_plan_are_reported_not_passed(agder: Path) -> None:
    # Agder: the SSU plan runs on into 2027, the KOSS plan ends with 2026
    longer = SSU.replace("to: 2026-12-31", "to: 2027-12-31") + "  - {date: 2027-02-09}\n  - {date: 2027-05-11}\n"
    (agder / "ssu.yaml").write_text(longer, encoding="utf-8")
    code, out = check("--lang", "en", "--format", "json", ".")
    assert code == 1
    report = json.loads("\n".join(out))
    found = [(f["rule"], f["subject"], f["file"], f["line"], f["message"]) for f in report["findings"]]
    said = (
        "The meeting of Helsefellesskapet (SSU) on {} has no meeting here: the day is outside every meeting plan "
        "of KOSS ('koss-2026' runs 2026-01-01–2026-12-31, and no other plan of the forum among the files checked "
        "covers it)"
    )
    assert found == [
        ("KOSS-FORMOTE", "koss-2026", "koss.yaml", 7, said.format("2027-02-09")),
        ("KOSS-FORMOTE", "koss-2026", "koss.yaml", 7, said.format("2027-05-11")),
    ]
    # the KOSS plan for 2027, checked with it, covers those days: nothing is left uncovered
    (agder / "koss-2027.yaml").write_text(
        KOSS.replace("koss-2026", "koss-2027")
        .replace("2026", "2027")
        .replace("2027-02-10", "2027-02-09")
        .replace("2027-05-12", "2027-05-11"),
        encoding="utf-8",
    )
    code, out = check("--lang", "en", ".")
    assert code == 0, out


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


TIMED_OPTIONS = "options: {forum: {type: [strategisk-samarbeidsutvalg]}, kind: [formote], hours_before: 2}"


@pytest.fixture
def timed(agder: Path) -> Path:
    """Agder's «formøte – 2 timer før møte i Helsefellesskapet» with times of day: SSU at 10:00, KOSS at 08:00."""
    pack = (agder / "pack.yaml").read_text(encoding="utf-8")
    pack = pack.replace("options: {forum: {type: [strategisk-samarbeidsutvalg]}, kind: [formote]}", TIMED_OPTIONS)
    pack = pack.replace("KOSS har ikke formøte {window}", "KOSS har ikke formøte {window} {time}")
    pack = pack.replace("no preparatory meeting on {window}", "no preparatory meeting on {window} {time}")
    (agder / "pack.yaml").write_text(pack, encoding="utf-8")
    (agder / "ssu.yaml").write_text(
        SSU.replace("6-02-10}", "6-02-10, start: 10:00, end: 15:00}").replace("6-05-12}", "6-05-12, start: 10:00}"),
        encoding="utf-8",
    )
    (agder / "koss.yaml").write_text(KOSS.replace("kind: formote}", "kind: formote, start: 08:00}"), encoding="utf-8")
    return agder


def test_a_formote_two_hours_before(timed: Path) -> None:
    code, out = check("--lang", "en", ".")
    assert code == 0, out
    koss = timed / "koss.yaml"
    koss.write_text(KOSS.replace("kind: formote}", "kind: formote, start: 09:00}"), encoding="utf-8")
    code, out = check("--lang", "en", ".")
    assert code == 1
    errors = [line for line in out if ": error " in line]
    assert errors == [
        "koss.yaml:7:1: error KOSS-FORMOTE Helsefellesskapet (SSU) meets on 2026-02-10, but KOSS has no "
        "preparatory meeting on 2026-02-10 at 08:00",
        "koss.yaml:7:1: error KOSS-FORMOTE Helsefellesskapet (SSU) meets on 2026-05-12, but KOSS has no "
        "preparatory meeting on 2026-05-12 at 08:00",
    ]
    code, out = check("--lang", "nb", ".")
    assert out[0] == (
        "koss.yaml:7:1: error KOSS-FORMOTE Helsefellesskapet (SSU) møtes 2026-02-10, men KOSS har ikke formøte "
        "2026-02-10 kl. 08:00"
    )


def test_a_formote_without_a_time_cannot_be_told_and_is_reported_at_its_line(timed: Path) -> None:
    koss = timed / "koss.yaml"
    koss.write_text(
        koss.read_text(encoding="utf-8").replace(
            "2026-05-12, kind: formote, start: 08:00", "2026-05-12, kind: formote"
        ),
        encoding="utf-8",
    )
    code, out = check("--lang", "en", "--format", "json", ".")
    assert code == 1
    found = [(f["rule"], f["file"], f["line"], f["message"]) for f in json.loads("\n".join(out))["findings"]]
    assert found == [
        (
            "KOSS-FORMOTE",
            "koss.yaml",
            9,
            "The meeting on 2026-05-12 in meeting plan 'koss-2026' cannot be compared with the meeting of "
            "Helsefellesskapet (SSU) on 2026-05-12: the meeting here has no time of day (start), so whether it is "
            "2 hours before that meeting cannot be checked",
        )
    ]
    code, out = check("--lang", "nb", ".")
    assert out[0] == (
        "koss.yaml:9:5: error KOSS-FORMOTE Møtet 2026-05-12 i møteplanen «koss-2026» kan ikke sammenlignes med "
        "møtet i Helsefellesskapet (SSU) 2026-05-12: møtet her har ikke klokkeslett (start), så om det er "
        "2 timer før møtet der kan ikke kontrolleres"
    )


@pytest.mark.parametrize(
    ("written", "en", "nb"),
    [
        (
            "start: 25:00",
            "koss.yaml:8:46: error: meetings[0].start is '25:00'; expected a time of day HH:MM on the 24-hour "
            "clock, from 00:00 to 23:59 (09:00, 14:30)",
            "koss.yaml:8:46: error: meetings[0].start er '25:00'; forventet et klokkeslett TT:MM på "
            "24-timersklokken, fra 00:00 til 23:59 (09:00, 14:30)",
        ),
        (
            "start: 08:00, end: 07:30",
            "koss.yaml:8:5: error: meetings[0]: the meeting ends (end: 07:30) before or when it "
            "starts (start: 08:00); expected an end after the start on the same day",
            "koss.yaml:8:5: error: meetings[0]: møtet slutter (end: 07:30) før eller når det begynner "
            "(start: 08:00); forventet en end etter start samme dag",
        ),
    ],
)
def test_an_impossible_time_is_an_input_error_at_its_line(timed: Path, written: str, en: str, nb: str) -> None:
    koss = timed / "koss.yaml"
    text = koss.read_text(encoding="utf-8")
    koss.write_text(
        text.replace("2026-02-10, kind: formote, start: 08:00", f"2026-02-10, kind: formote, {written}"),
        encoding="utf-8",
    )
    code, out = check("--lang", "en", ".")
    assert (code, out[0]) == (2, en)
    code, out = check("--lang", "nb", ".")
    assert (code, out[0]) == (2, nb)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "hours_before: 2, days_before: 1",
            "55:97: error: rule KOSS-FORMOTE: `hours_before` and `days_before` cannot be given together; give one "
            "of them",
        ),
        (
            "before: true, days_after: 1",
            "55:94: error: rule KOSS-FORMOTE: `before` and `days_after` cannot be given together; give one of them",
        ),
        ("tolerance_minutes: 15", "55:80: error: rule KOSS-FORMOTE: `tolerance_minutes` needs `hours_before`"),
        (
            "hours_before: 0",
            "55:94: error: rule KOSS-FORMOTE: rules[2].check.options.hours_before is 0; expected at least 0.25",
        ),
    ],
)
def test_a_time_option_that_cannot_hold_is_a_pack_error(timed: Path, written: str, said: str) -> None:
    pack = timed / "pack.yaml"
    pack.write_text(pack.read_text(encoding="utf-8").replace("hours_before: 2}", written + "}"), encoding="utf-8")
    code, out = check("--lang", "en", ".")
    assert code == 2
    assert out[0] == "pack.yaml:" + said


def test_a_co_chair_on_the_ssu_chairs_side_is_named_in_the_finding(agder: Path) -> None:
    """SSHF chairs the RS with Arendal as co-chair while Arendal chairs the SSU: the finding is at
    the co-chair and names Arendal, not the chair SSHF (round 18 Agder)."""
    (agder / "pack.yaml").write_text(
        PACK.replace("PARTY", "arendal").replace(
            'message: {nb: "Lederperioden {period}: {problem}", en: "Chair period {period}: {problem}"}',
            'message: {nb: "Lederperioden {period}: {party_name}: {problem}", '
            'en: "Chair period {period}: {party_name}: {problem}"}',
        ),
        encoding="utf-8",
    )
    (agder / "rs.yaml").write_text(
        RS.replace("party: sshf}", "party: sshf, co_chair: {party: arendal}}"), encoding="utf-8"
    )
    code, out = check("--lang", "en", ".")
    assert code == 0  # a warning
    assert out[0] == (
        "rs.yaml:6:53: warning RS-OPPOSITE Chair period 2026-01-01–2026-12-31: Arendal kommune: the chair is from "
        "the same side as the chair of Helsefellesskapet (SSU) at the same time"
    )
