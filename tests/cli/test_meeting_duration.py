"""``meeting_duration`` end to end: «En gang per år gjennomføres en dagssamling»."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli

PACK = """\
apiVersion: hf-rules/v1
kind: RulePack
metadata: {id: koss, version: 1.0.0, name: {nb: KOSS, en: KOSS}}
vocabulary:
  meeting_kinds: [strategisamling]
sources:
  side: {title: Nettside, date: 2025-01-01, publisher: Kommunene}
obligations:
  - id: K1
    text: {nb: En dagssamling i året., en: A day-long gathering a year.}
    source: {document: side, quote: En gang per år gjennomføres en dagssamling.}
rules:
  - id: KOSS-DAGSSAMLING
    title: {nb: Dagssamlingen varer en dag, en: The gathering lasts a day}
    message: {nb: "KOSS {date}: {problem}", en: "KOSS {date}: {problem}"}
    hint: {nb: Sett av dagen., en: Set aside the day.}
    severity: error
    source: {document: side, quote: En gang per år gjennomføres en dagssamling.}
    obligations: [K1]
    applies_to: {kind: meeting_plan, type: [samarbeidsforum]}
    check: {function: meeting_duration, options: {kind: [strategisamling], min_hours: 5}}
"""
ORG = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: agder, name: Helsefellesskapet Agder}
parties:
  arendal: {name: Arendal kommune, type: kommune, side: kommune}
  sshf: {name: Sørlandet sykehus HF, type: helseforetak, side: sykehus}
fora:
  koss:
    name: KOSS
    type: samarbeidsforum
    members:
      - {party: arendal, role: Kommunedirektør}
"""
PLAN = """\
apiVersion: hf-rules/v1
kind: MeetingPlan
metadata: {id: koss-2026, organisation: agder}
forum: koss
meetings:
  - {date: 2026-02-10, start: '08:00', end: '10:00'}
  - {date: 2026-09-15, kind: strategisamling, start: '09:00', end: '15:30'}
"""


@pytest.fixture
def koss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, text in {"pack.yaml": PACK, "organisation.yaml": ORG, "koss.yaml": PLAN}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(*args: str) -> tuple[int, list[str]]:
    result = run_cli("check", "--no-config", "--rules", "pack.yaml", "--as-of", "2026-06-01", "--quiet", *args)
    return result.code, [line for line in result.out.splitlines() if line.strip()]


def test_a_day_long_gathering_passes(koss: Path) -> None:
    code, out = check("organisation.yaml", "koss.yaml")
    assert code == 0, out


def test_a_one_hour_gathering_is_reported_at_the_meeting(koss: Path) -> None:
    (koss / "koss.yaml").write_text(PLAN.replace("end: '15:30'", "end: '10:00'"), encoding="utf-8")
    code, out = check("--lang", "en", "organisation.yaml", "koss.yaml")
    assert code == 1
    assert (
        out[0]
        == "koss.yaml:7:5: error KOSS-DAGSSAMLING KOSS 2026-09-15: the meeting lasts 1 hour, shorter than 5 hours"
    )
    code, out = check("--lang", "nb", "organisation.yaml", "koss.yaml")
    assert out[0] == "koss.yaml:7:5: error KOSS-DAGSSAMLING KOSS 2026-09-15: møtet varer 1 time, kortere enn 5 timer"


def test_a_gathering_without_an_end_is_reported_not_passed(koss: Path) -> None:
    (koss / "koss.yaml").write_text(PLAN.replace(", end: '15:30'", ""), encoding="utf-8")
    code, out = check("--lang", "en", "organisation.yaml", "koss.yaml")
    assert code == 1
    assert out[0] == (
        "koss.yaml:7:5: error KOSS-DAGSSAMLING The meeting on 2026-09-15 in meeting plan 'koss-2026' does not give "
        "both a start and an end (start, end), so how long it lasts cannot be checked"
    )


LONGER = PACK.replace(
    "options: {kind: [strategisamling], min_hours: 5}",
    "options: {kind: [strategisamling], longer_than: [administrativt]}",
)
PLAN_KINDS = PLAN.replace(
    "  - {date: 2026-02-10, start: '08:00', end: '10:00'}",
    "  - {date: 2026-02-10, kind: administrativt, start: '08:00', end: '%s'}",
)


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        ("10:00", None),
        (
            "15:30",
            "koss.yaml:7:5: error KOSS-DAGSSAMLING KOSS 2026-09-15: the meeting lasts 6.5 hours, no longer than the "
            "meeting on 2026-02-10 (7.5 hours)",
        ),
    ],
)
def test_the_gathering_is_longer_than_the_administrative_meeting(koss: Path, end: str, expected: str | None) -> None:
    (koss / "pack.yaml").write_text(LONGER, encoding="utf-8")
    (koss / "koss.yaml").write_text(PLAN_KINDS % end, encoding="utf-8")
    code, out = check("--lang", "en", "organisation.yaml", "koss.yaml")
    assert (code, out[:1]) == ((0, ["Verdict: COMPLIANT"]) if expected is None else (1, [expected]))


def test_a_meeting_to_compare_with_that_has_no_end_is_reported(koss: Path) -> None:
    (koss / "pack.yaml").write_text(LONGER, encoding="utf-8")
    (koss / "koss.yaml").write_text((PLAN_KINDS % "x").replace(", end: 'x'", ""), encoding="utf-8")
    code, out = check("--lang", "nb", "organisation.yaml", "koss.yaml")
    assert code == 1
    assert out[0] == (
        "koss.yaml:7:5: error KOSS-DAGSSAMLING KOSS 2026-09-15: møtet kan ikke sammenlignes med møtet 2026-02-10, "
        "som ikke gir både start og slutt"
    )


def test_a_fraction_of_an_hour_is_said_in_the_plural_and_with_a_decimal_comma_in_bokmal(koss: Path) -> None:
    (koss / "koss.yaml").write_text(PLAN.replace("end: '15:30'", "end: '11:30'"), encoding="utf-8")
    assert check("--lang", "nb", "organisation.yaml", "koss.yaml")[1][0] == (
        "koss.yaml:7:5: error KOSS-DAGSSAMLING KOSS 2026-09-15: møtet varer 2,5 timer, kortere enn 5 timer"
    )
    assert check("--lang", "en", "organisation.yaml", "koss.yaml")[1][0] == (
        "koss.yaml:7:5: error KOSS-DAGSSAMLING KOSS 2026-09-15: the meeting lasts 2.5 hours, shorter than 5 hours"
    )


DATES_ONLY = PLAN.replace(", start: '08:00', end: '10:00'", "").replace(", start: '09:00', end: '15:30'", "")


def test_a_plan_of_dates_only_is_said_once_not_at_every_meeting(koss: Path) -> None:
    """Round 22 (Telemark): a plan with dates and no hours got an error at each meeting that its
    length "cannot be measured"; now one finding says the plan gives no hours."""
    plan = DATES_ONLY.replace(
        "kind: strategisamling}", "kind: strategisamling}\n  - {date: 2026-10-01, kind: strategisamling}"
    )
    (koss / "koss.yaml").write_text(plan, encoding="utf-8")
    code, out = check("--lang", "en", "organisation.yaml", "koss.yaml")
    assert code == 1
    assert [line for line in out if "KOSS-DAGSSAMLING" in line] == [
        "koss.yaml:5:1: error KOSS-DAGSSAMLING Meeting plan 'koss-2026' gives no hours for any of its meetings (2), "
        "so how long they last cannot be checked"
    ]
    code, out = check("--lang", "nb", "organisation.yaml", "koss.yaml")
    assert [line for line in out if "KOSS-DAGSSAMLING" in line] == [
        "koss.yaml:5:1: error KOSS-DAGSSAMLING Møteplanen «koss-2026» gir ingen klokkeslett for noen av møtene (2), "
        "så hvor lenge de varer kan ikke kontrolleres"
    ]


def test_one_untimed_meeting_in_a_timed_plan_is_still_reported_at_the_meeting(koss: Path) -> None:
    plan = PLAN + "  - {date: 2026-10-01, kind: strategisamling}\n"
    (koss / "koss.yaml").write_text(plan, encoding="utf-8")
    code, out = check("--lang", "en", "organisation.yaml", "koss.yaml")
    assert code == 1
    assert [line.split(" ", 1)[0] for line in out if "KOSS-DAGSSAMLING" in line] == ["koss.yaml:8:5:"]
