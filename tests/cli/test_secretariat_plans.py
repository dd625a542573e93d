"""A secretariat's meeting plan end to end (round 19 Møre og Romsdal, MR16): «Felles
samarbeidssekreteriat møter fast onsdagar i oddetalsveker frå 0830 - 1100 (digitalt).»
The plan names the secretariat (``secretariat:``), rules select it with ``applies_to:
{kind: meeting_plan, secretariat: true}``, ``meeting_time`` checks the days and hours, and a
check that cannot read a secretariat's plan (a chair rule) is a pack error, never a pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli

QUOTE = "Felles samarbeidssekreteriat møter fast onsdagar i oddetalsveker frå 0830 - 1100 (digitalt)."
HEAD = f"""\
apiVersion: hf-rules/v1
kind: RulePack
metadata: {{id: sekretariat, version: 1.0.0, name: {{nb: Sekretariat, en: Secretariat}}}}
sources:
  side: {{title: Nettside, date: 2024-01-01, publisher: HMR}}
obligations:
  - id: S1
    text: {{nb: Sekretariatet møtes onsdager i oddetallsuker., en: The secretariat meets on Wednesdays of odd weeks.}}
    source: {{document: side, quote: {QUOTE}}}
rules:
"""
RULE = f"""\
  - id: %s
    title: {{nb: Sekretariatets møter, en: The secretariat's meetings}}
    message: {{nb: "%s", en: "%s"}}
    hint: {{nb: Flytt møtet., en: Move the meeting.}}
    severity: warning
    reading: describes
    source: {{document: side, quote: {QUOTE}}}
    obligations: [S1]
    applies_to: %s
    check: %s
"""
TIME = RULE % (
    "S-TIME",
    "Møtet {date} {problem}",
    "The meeting on {date} {problem}",
    "{kind: meeting_plan, secretariat: true}",
    "{function: meeting_time, options: {weekdays: [onsdag], weeks: odd, starts_at: '08:30', ends_by: '11:00'}}",
)
FREQUENCY = RULE % (
    "S-FREQUENCY",
    "{year}: {meetings}, krever {required}",
    "{year}: {meetings}, requires {required}",
    "{kind: meeting_plan, secretariat: true}",
    "{function: meeting_frequency, options: {min_per_year: 1}}",
)
PRESENT = RULE % (
    "S-PLAN",
    "Sekretariatet {problem}",
    "The secretariat {problem}",
    "{kind: organisation}",
    "{function: meeting_plan_present}",
)
ORG = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: hmr, name: Helsefellesskap Møre og Romsdal}
parties:
  hmr: {name: Helse Møre og Romsdal HF, type: helseforetak, side: sykehus}
  molde: {name: Molde kommune, type: kommune, side: kommune}
fora:
  pm:
    name: Partnarskapsmøte
    type: partnerskapsmote
    members:
      - {party: hmr, role: Administrerande direktør}
      - {party: molde, role: Ordførar}
secretariat:
  name: Felles samarbeidssekretariat
  run_by: [hmr, molde]
  meetings_per_year: 26
"""
PLAN = """\
apiVersion: hf-rules/v1
kind: MeetingPlan
metadata: {id: sekretariat-2026, organisation: hmr}
secretariat: secretariat
covers: {from: 2026-01-01, to: 2026-02-28}
meetings:
  - {date: 2026-01-14, start: '08:30', end: '11:00'}
  - {date: 2026-01-28, start: '08:30', end: '11:00'}
  - {date: 2026-02-11, start: '08:30', end: '11:00'}
  - {date: 2026-02-25, start: '08:30', end: '11:00'}
"""


@pytest.fixture
def hmr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    files = {"pack.yaml": HEAD + TIME + PRESENT, "organisation.yaml": ORG, "plan.yaml": PLAN}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(*args: str) -> tuple[int, list[str]]:
    result = run_cli("check", "--no-config", "--rules", "pack.yaml", "--as-of", "2026-03-01", "--quiet", *args)
    return result.code, [line for line in (result.out + result.err).splitlines() if line.strip()]


def findings(out: list[str]) -> list[str]:
    return [line for line in out if ": warning " in line or ": error" in line]


def test_wednesdays_of_odd_weeks_from_0830_to_1100_pass(hmr: Path) -> None:
    code, out = check("organisation.yaml", "plan.yaml")
    assert (code, findings(out)) == (0, [])


def test_a_meeting_on_another_day_week_or_hour_is_reported_at_its_line(hmr: Path) -> None:
    plan = PLAN.replace("2026-01-28, start: '08:30', end: '11:00'", "2026-01-22, start: '09:00', end: '11:30'")
    (hmr / "plan.yaml").write_text(plan, encoding="utf-8")
    code, out = check("--lang", "en", "organisation.yaml", "plan.yaml")
    assert code == 0  # warnings
    assert findings(out) == [  # one finding for each thing it breaks, at the meeting (sorted by message)
        "plan.yaml:8:5: warning S-TIME The meeting on 2026-01-22 ends at 11:30; required: by 11:00",
        "plan.yaml:8:5: warning S-TIME The meeting on 2026-01-22 is a Thursday; required: Wednesday",
        "plan.yaml:8:5: warning S-TIME The meeting on 2026-01-22 is in week 4, an even week (ISO week number); "
        "required: odd weeks",
        "plan.yaml:8:5: warning S-TIME The meeting on 2026-01-22 starts at 09:00; required: 08:30",
    ]
    code, out = check("--lang", "nb", "organisation.yaml", "plan.yaml")
    assert "plan.yaml:8:5: warning S-TIME Møtet 2026-01-22 er en torsdag; krever onsdag" in findings(out)


def test_a_meeting_without_a_time_cannot_be_checked_and_is_said_so(hmr: Path) -> None:
    (hmr / "plan.yaml").write_text(PLAN.replace("2026-02-11, start: '08:30', end: '11:00'", "2026-02-11"), "utf-8")
    code, out = check("--lang", "en", "organisation.yaml", "plan.yaml")
    assert code == 0  # warnings
    assert findings(out) == [
        "plan.yaml:9:5: warning S-TIME The meeting on 2026-02-11 in meeting plan 'sekretariat-2026' gives neither "
        "a start nor an end, so its time cannot be checked",
    ]


def test_meeting_frequency_raises_the_minimum_to_the_secretariats_own_declaration(hmr: Path) -> None:
    """The secretariat declares 26 meetings a year: January and February need five (26 × 2/12,
    rounded up), more than the rule's one a year; without the declaration, four pass."""
    (hmr / "pack.yaml").write_text(HEAD + FREQUENCY, encoding="utf-8")
    code, out = check("--lang", "en", "organisation.yaml", "plan.yaml")
    assert code == 0  # a warning
    assert findings(out) == ["plan.yaml:6:1: warning S-FREQUENCY 2026: 4 meetings, requires 5"]
    (hmr / "organisation.yaml").write_text(ORG.replace("  meetings_per_year: 26\n", ""), encoding="utf-8")
    code, out = check("--lang", "en", "organisation.yaml", "plan.yaml")
    assert (code, findings(out)) == (0, [])


def test_the_joint_secretariat_without_a_plan_is_reported_at_its_key(hmr: Path) -> None:
    code, out = check("--lang", "en", "organisation.yaml")
    assert code == 0  # a warning
    assert findings(out) == [
        "organisation.yaml:14:1: warning S-PLAN The secretariat has no meeting plan among the files"
    ]


CHAIR = RULE % (
    "S-CHAIR",
    "{subject_name}",
    "{subject_name}",
    "%s",
    "{function: chair, options: {side: [kommune]}}",
)


def test_a_chair_rule_for_secretariat_plans_is_refused_when_the_pack_loads(hmr: Path) -> None:
    (hmr / "pack.yaml").write_text(HEAD + CHAIR % "{kind: meeting_plan, secretariat: true}", encoding="utf-8")
    code, out = check("--lang", "en", "organisation.yaml", "plan.yaml")
    assert code == 2
    assert out[0] == (
        "pack.yaml:20:23: error: rule S-CHAIR: check function 'chair' cannot be applied to a secretariat's meeting "
        "plan (it reads what only a forum's plan has, such as chair periods); select the fora's plans (`type`, or "
        "`secretariat: false`)"
    )


def test_a_chair_rule_that_selects_every_plan_is_a_pack_error_on_a_secretariats_plan(hmr: Path) -> None:
    (hmr / "pack.yaml").write_text(HEAD + CHAIR % "{kind: meeting_plan}", encoding="utf-8")
    code, out = check("--lang", "en", "organisation.yaml", "plan.yaml")
    assert code == 2
    assert out[0] == (
        "pack.yaml:11:1: error: rule S-CHAIR: check function 'chair' cannot be applied to a secretariat's meeting "
        "plan (it reads what only a forum's plan has, such as chair periods); select the fora's plans (`type`, or "
        "`secretariat: false`) (on meeting_plan 'sekretariat-2026', plan.yaml:1)"
    )
    (hmr / "pack.yaml").write_text(HEAD + CHAIR % "{kind: meeting_plan, type: [partnerskapsmote]}", "utf-8")
    assert check("organisation.yaml", "plan.yaml")[0] == 0  # the partnarskapsmøte has no plan here


@pytest.mark.parametrize(
    ("criterion", "line", "message"),
    [
        (
            "{kind: meeting_plan, secretariat: true, type: [partnerskapsmote]}",
            "pack.yaml:19:57",
            "rule S-TIME: applies_to `type` reads a forum, and a secretariat's plan has none; take out `type` or "
            "`secretariat: true`",
        ),
        (
            "{kind: forum, secretariat: true}",
            "pack.yaml:19:31",
            "rule S-TIME: applies_to `secretariat` selects meeting plans (kind: meeting_plan), not forum",
        ),
    ],
)
def test_a_secretariat_criterion_that_cannot_select_is_refused(
    hmr: Path, criterion: str, line: str, message: str
) -> None:
    pack = HEAD + TIME.replace("{kind: meeting_plan, secretariat: true}", criterion)
    if "kind: forum" in criterion:
        pack = pack.replace("function: meeting_time, options:", "function: meeting_plan_present, options: {}, x:")
        pack = pack.replace(", x: {weekdays: [onsdag], weeks: odd, starts_at: '08:30', ends_by: '11:00'}", "")
    (hmr / "pack.yaml").write_text(pack, encoding="utf-8")
    code, out = check("--lang", "en", "organisation.yaml", "plan.yaml")
    assert (code, out[0]) == (2, f"{line}: error: {message}")


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            ("secretariat: secretariat\n", "secretariat: secretariat\nforum: pm\n"),
            "plan.yaml:4:1: error: the document: a meeting plan is for either a forum ('forum') or a secretariat "
            "('secretariat'), not both",
        ),
        (
            ("secretariat: secretariat\n", ""),
            "plan.yaml:1:1: error: the document needs at least one of the keys: forum, secretariat",
        ),
        (
            ("secretariat: secretariat\n", "secretariat: pm\n"),
            "plan.yaml:4:14: error: 'pm' is not a secretariat of organisation 'hmr' (`secretariat` is the health "
            "community's joint secretariat, a forum's id that forum's own); expected one of: secretariat",
        ),
    ],
)
def test_whose_plan_it_is_is_validated(hmr: Path, edit: tuple[str, str], expected: str) -> None:
    (hmr / "plan.yaml").write_text(PLAN.replace(*edit), encoding="utf-8")
    code, out = check("--lang", "en", "organisation.yaml", "plan.yaml")
    assert (code, out[0]) == (2, expected)


def test_a_range_of_meetings_a_year_is_declared_and_checked(hmr: Path) -> None:
    """«Møtest 5–6 gonger i året»: `meetings_per_year: {min: 5, max: 6}`, read by declared_frequency."""
    declared = RULE % (
        "S-DECLARED",
        "Sekretariatet møtes {found} ganger i året; krever {requirement}",
        "The secretariat meets {found} times a year; requires {requirement}",
        "{kind: organisation}",
        "{function: declared_frequency, options: {min: 5, max: 6}}",
    )
    (hmr / "pack.yaml").write_text(HEAD + declared, encoding="utf-8")
    ranged = ORG.replace("meetings_per_year: 26", "meetings_per_year: {min: 5, max: 6}")
    (hmr / "organisation.yaml").write_text(ranged, encoding="utf-8")
    assert check("organisation.yaml")[0] == 0
    (hmr / "organisation.yaml").write_text(ranged.replace("max: 6", "max: 7"), encoding="utf-8")
    code, out = check("--lang", "nb", "organisation.yaml")
    assert (code, findings(out)) == (
        0,
        ["organisation.yaml:17:3: warning S-DECLARED Sekretariatet møtes 5–7 ganger i året; krever mellom 5 og 6"],
    )
    (hmr / "organisation.yaml").write_text(ranged.replace("  meetings_per_year: {min: 5, max: 6}\n", ""), "utf-8")
    code, out = check("--lang", "nb", "organisation.yaml")
    assert findings(out) == [
        "organisation.yaml:14:1: warning S-DECLARED Sekretariatet møtes et ukjent antall ganger i året; "
        "krever mellom 5 og 6"
    ]
    (hmr / "organisation.yaml").write_text(ranged.replace("{min: 5, max: 6}", "{min: 6, max: 5}"), "utf-8")
    code, out = check("--lang", "en", "organisation.yaml")
    assert (code, out[0]) == (
        2,
        "organisation.yaml:17:22: error: secretariat.meetings_per_year: the range has min 6 above "
        "max 5; give the smaller number as min",
    )
