"""Meeting plans as agreements describe them, end to end: a plan of meeting dates only (no chair
periods), a meeting's host (``host``, ``host_side``) and ``meeting_host``, and meetings listed out
of date order."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import AS_OF, Run, edit
from tests.expression_support import rule_text, write_pack

LSU_PLAN = "meeting-plan-lsu-ous-2025.yaml"
LSU_CHAIRS = """\
chairs:
  - {from: 2025-01-01, to: 2025-06-30, party: ous}
  - {from: 2025-07-01, to: 2025-12-31, party: oslo-kommune}
"""


def _check(hf: Callable[..., Run], *extra: str) -> tuple[Run, dict[str, Any] | None]:
    run = hf("check", "oslo", "--as-of", AS_OF, "--format", "json", "--lang", "en", *extra)
    return run, json.loads(run.out) if run.out.strip() else None


def _findings(report: dict[str, Any]) -> list[tuple[str, str, str, int]]:
    return sorted((f["rule"], f["subject"], Path(f["file"]).name, f["line"]) for f in report["findings"])


def _host_rule(rule_id: str, options: dict[str, Any], types: list[str]) -> str:
    lines = [
        f"  - id: {rule_id}",
        "    title: {nb: Arrangør, en: Host}",
        '    message: {nb: "{subject_name} {date} ({host_name}): {problem}", en: "{subject_name} {date} ({host_name}): {problem}"}',
        "    hint: {nb: Rett det., en: Fix it.}",
        "    severity: error",
        '    source: {document: motefora-oslo, quote: "x"}',
        "    obligations: [O1]",
        f"    applies_to: {json.dumps({'kind': 'meeting_plan', 'type': types})}",
        "    check:",
        "      function: meeting_host",
        f"      options: {json.dumps(options)}",
    ]
    return "\n".join(lines) + "\n"


# --- a plan of meeting dates only ------------------------------------------------------------


def test_oslo_example_stays_valid_and_compliant(hf: Callable[..., Run], oslo: Path) -> None:
    run, report = _check(hf)
    assert run.code == 0, run.both
    assert report is not None and report["findings"] == []


def test_a_plan_without_chair_periods_is_valid_and_its_chair_rules_report_it(
    hf: Callable[..., Run], oslo: Path
) -> None:
    edit(oslo / LSU_PLAN, LSU_CHAIRS, "")
    run, report = _check(hf)
    assert run.code == 1, run.both
    assert report is not None
    # the plan's `forum:` line (line 7): once per rule on who chairs, never a silent pass
    assert _findings(report) == [
        ("OSLO-LSU-CHAIR-PERIODS", "lsu-ous-2025", LSU_PLAN, 7),
        ("OSLO-LSU-CHAIR-TURNS", "lsu-ous-2025", LSU_PLAN, 7),
    ]
    messages = {f["message"] for f in report["findings"]}
    assert messages == {"Meeting plan 'lsu-ous-2025' names no chair periods, so who chairs cannot be checked"}
    hints = {f["hint"] for f in report["findings"]}
    assert hints == {
        "Add the chair periods under `chairs`; if the agreement does not say who chairs, let the rule "
        "apply to other plans (`applies_to`)."
    }


def test_an_empty_chairs_list_is_reported_at_chairs_in_bokmal(hf: Callable[..., Run], oslo: Path) -> None:
    edit(oslo / LSU_PLAN, LSU_CHAIRS, "chairs: []\n")
    run = hf("check", "oslo", "--as-of", AS_OF)
    assert run.code == 1, run.both
    lines = [line for line in run.out.splitlines() if line.startswith(LSU_PLAN) or "lsu-ous-2025.yaml:" in line]
    assert lines == [
        f"oslo/{LSU_PLAN}:8:1: error OSLO-LSU-CHAIR-PERIODS Møteplanen «lsu-ous-2025» nevner ingen "
        "lederperioder, så hvem som leder kan ikke kontrolleres",
        f"oslo/{LSU_PLAN}:8:1: error OSLO-LSU-CHAIR-TURNS Møteplanen «lsu-ous-2025» nevner ingen "
        "lederperioder, så hvem som leder kan ikke kontrolleres",
    ]


def test_meetings_outside_the_chair_periods_stay_an_input_error(hf: Callable[..., Run], oslo: Path) -> None:
    edit(oslo / LSU_PLAN, "  - {date: 2025-12-10}\n", "  - {date: 2026-01-14}\n")
    run = hf("check", "oslo", "--as-of", AS_OF, "--lang", "en")
    assert run.code == 2, run.both
    assert (
        f"oslo/{LSU_PLAN}:16:12: error: meeting on 2026-01-14 falls outside every chair period; expected a date "
        "within one of the plan's chair periods"
    ) in run.both.splitlines()


def test_an_expression_over_chair_periods_reports_a_plan_without_any(hf: Callable[..., Run], oslo: Path) -> None:
    edit(oslo / LSU_PLAN, LSU_CHAIRS, "")
    rule = rule_text("X-PERIOD", {"for_each": "chair_periods", "expression": "period.party != ''"}, kind="meeting_plan")
    pack = write_pack(oslo.parent, rule)
    run, report = _check(hf, "--rules", str(pack))
    assert run.code == 1, run.both
    assert report is not None
    assert ("X-PERIOD", "lsu-ous-2025", LSU_PLAN, 7) in _findings(report)
    assert len([f for f in report["findings"] if f["rule"] == "X-PERIOD"]) == 1


def test_year_plan_counts_the_calendar_years_of_a_plan_of_dates_only(hf: Callable[..., Run], oslo: Path) -> None:
    # Five LSU meetings in 2025; at most four a year (year: plan) finds the fifth, in 2025.
    edit(oslo / LSU_PLAN, LSU_CHAIRS, "")
    rule = (
        "  - id: X-FOUR\n"
        "    title: {nb: Fire møter, en: Four meetings}\n"
        '    message: {nb: "{year}: {found}", en: "{year}: {found}"}\n'
        "    hint: {nb: Rett det., en: Fix it.}\n"
        "    severity: error\n"
        '    source: {document: motefora-oslo, quote: "x"}\n'
        "    obligations: [O1]\n"
        "    applies_to: {kind: meeting_plan, type: [lokalt-samarbeidsutvalg]}\n"
        "    check: {function: meeting_frequency, options: {min_per_year: 4, max_per_year: 4, year: plan}}\n"
    )
    pack = write_pack(oslo.parent, rule)
    run, report = _check(hf, "--rules", str(pack))
    assert report is not None, run.both
    found = [(f["message"], f["line"]) for f in report["findings"] if f["rule"] == "X-FOUR"]
    assert found == [("2025: 5", 13)]  # the fifth meeting, the first past the four (round 31)


# --- a meeting's host ----------------------------------------------------------------------


def test_an_unknown_host_party_is_a_located_input_error(hf: Callable[..., Run], oslo: Path) -> None:
    edit(oslo / LSU_PLAN, "  - {date: 2025-04-23}\n", "  - {date: 2025-04-23, host: ouss}\n")
    run = hf("check", "oslo", "--as-of", AS_OF, "--lang", "en")
    assert run.code == 2, run.both
    assert run.both.splitlines()[0] == (
        f"oslo/{LSU_PLAN}:13:30: error: host 'ouss' is not a party of organisation 'helsefellesskap-oslo' "
        "(oslo/organisation.yaml)"
    )
    assert "Traceback" not in run.both


def test_host_and_host_side_together_are_a_located_input_error(hf: Callable[..., Run], oslo: Path) -> None:
    edit(oslo / LSU_PLAN, "  - {date: 2025-04-23}\n", "  - {date: 2025-04-23, host: ous, host_side: kommune}\n")
    run = hf("check", "oslo", "--as-of", AS_OF)
    assert run.code == 2, run.both
    assert run.both.splitlines()[0] == (
        f"oslo/{LSU_PLAN}:13:35: error: meetings[1]: gi enten 'host' (en part) eller 'host_side' (en side), ikke begge"
    )


def test_a_host_side_that_is_no_side_is_a_located_input_error(hf: Callable[..., Run], oslo: Path) -> None:
    edit(oslo / LSU_PLAN, "  - {date: 2025-04-23}\n", "  - {date: 2025-04-23, host_side: kommunane}\n")
    run = hf("check", "oslo", "--as-of", AS_OF, "--lang", "en")
    assert run.code == 2, run.both
    first = run.both.splitlines()[0]
    assert first.startswith(f"oslo/{LSU_PLAN}:13:")
    assert "kommunane" in first and "kommune, sykehus, uavhengig" in first


def test_meeting_host_alternation_in_date_order(hf: Callable[..., Run], oslo: Path) -> None:
    plan = oslo / LSU_PLAN
    for date, host in (
        ("2025-01-22", "host: ous"),
        ("2025-04-23", "host_side: kommune"),
        ("2025-08-27", "host: ous"),
        ("2025-10-22", "host: oslo-kommune"),
        ("2025-12-10", "host: ous"),
    ):
        edit(plan, f"  - {{date: {date}}}\n", f"  - {{date: {date}, {host}}}\n")
    rule = _host_rule("X-HOST", {"alternate": "side"}, ["lokalt-samarbeidsutvalg"])
    pack = write_pack(oslo.parent, rule)
    run, report = _check(hf, "--rules", str(pack))
    assert run.code == 0, run.both
    assert report is not None and report["findings"] == []

    # Listed out of date order: still alternating in date order, still compliant.
    text = plan.read_text(encoding="utf-8")
    august, october = "  - {date: 2025-08-27, host: ous}\n", "  - {date: 2025-10-22, host: oslo-kommune}\n"
    plan.write_text(text.replace(august + october, october + august), encoding="utf-8")
    run, report = _check(hf, "--rules", str(pack))
    assert run.code == 0, run.both
    assert report is not None and report["findings"] == []

    # OUS hosts in October too: October (line 14 now, listed before August) and December repeat.
    edit(plan, "  - {date: 2025-10-22, host: oslo-kommune}\n", "  - {date: 2025-10-22, host: ous}\n")
    run, report = _check(hf, "--rules", str(pack))
    assert run.code == 1, run.both
    assert report is not None
    assert [(f["rule"], f["line"], f["message"]) for f in report["findings"]] == [
        (
            "X-HOST",
            14,
            "Lokalt samarbeidsutvalg OUS 2025-10-22 (Oslo universitetssykehus HF): the host is from the same side "
            "as the host of the meeting on 2025-08-27 before it; the side is to alternate",
        ),
        (
            "X-HOST",
            16,
            "Lokalt samarbeidsutvalg OUS 2025-12-10 (Oslo universitetssykehus HF): the host is from the same side "
            "as the host of the meeting on 2025-10-22 before it; the side is to alternate",
        ),
    ]


def test_an_expression_sees_plan_meetings_in_date_order(hf: Callable[..., Run], oslo: Path) -> None:
    """The blind author's rule: compare each meeting's host with the one before it by position."""
    plan = oslo / LSU_PLAN
    sides = {"2025-01-22": "sykehus", "2025-04-23": "kommune", "2025-08-27": "sykehus"}
    sides |= {"2025-10-22": "kommune", "2025-12-10": "sykehus"}
    for date, side in sides.items():
        edit(plan, f"  - {{date: {date}}}\n", f"  - {{date: {date}, host_side: {side}}}\n")
    text = plan.read_text(encoding="utf-8")  # listed: August (line 12), then January, April, October, December
    august = "  - {date: 2025-08-27, host_side: sykehus}\n"
    plan.write_text(text.replace(august, "").replace("meetings:\n", "meetings:\n" + august), encoding="utf-8")
    rule = rule_text(
        "X-ALTERNATES",
        {
            "for_each": "meetings",
            "expression": "index == 0 || plan.meetings[index - 1].host_side != meeting.host_side",
        },
        kind="meeting_plan",
        types=["lokalt-samarbeidsutvalg"],
    )
    pack = write_pack(oslo.parent, rule)
    run, report = _check(hf, "--rules", str(pack))
    assert run.code == 0, run.both
    assert report is not None and report["findings"] == []

    # Real repeats are found at the meetings' own lines: with April hosted by the hospital too,
    # April (line 14) repeats January and August (line 12, listed first) repeats April.
    edit(plan, "  - {date: 2025-04-23, host_side: kommune}\n", "  - {date: 2025-04-23, host_side: sykehus}\n")
    run, report = _check(hf, "--rules", str(pack))
    assert run.code == 1, run.both
    assert report is not None
    assert [(f["rule"], f["line"]) for f in report["findings"]] == [("X-ALTERNATES", 12), ("X-ALTERNATES", 14)]


def test_audit_of_a_plan_without_chair_periods(hf: Callable[..., Run], oslo: Path) -> None:
    edit(oslo / LSU_PLAN, LSU_CHAIRS, "")
    run = hf("audit", "oslo", "--as-of", AS_OF, "--format", "markdown", "--lang", "en", "--output", "audit.md")
    assert run.code == 1, run.both  # the two chair rules report the plan
    text = Path("audit.md").read_text(encoding="utf-8")
    assert "The plan names no chair periods." in text
    run = hf("audit", "oslo", "--as-of", AS_OF, "--lang", "en", "--output", "audit.html")
    assert run.code == 1, run.both  # the two chair rules report the plan
    assert "Lokalt samarbeidsutvalg OUS" in Path("audit.html").read_text(encoding="utf-8")


def test_diff_of_taking_the_chair_periods_out(hf: Callable[..., Run], oslo: Path) -> None:
    shutil.copytree(oslo, oslo.parent / "old")
    edit(oslo / LSU_PLAN, LSU_CHAIRS, "")
    run = hf("diff", "old", "oslo", "--as-of", AS_OF, "--lang", "en")
    assert run.code == 1, run.both
    lines = run.out.splitlines()
    assert (
        f"  oslo/{LSU_PLAN}:7: chair periods changed: lsu-ous-2025 (lsu-ous): "
        "[2025-01-01–2025-06-30 ous, 2025-07-01–2025-12-31 oslo-kommune] → []"
    ) in lines
    assert "Verdict: COMPLIANT → NOT COMPLIANT" in lines


def test_covers_gives_a_plan_of_dates_its_days_and_is_checked(hf: Callable[..., Run], oslo: Path) -> None:
    """`covers`: a meeting outside it, `covers` beside chair periods, and a reversed one are located input errors."""
    edit(oslo / LSU_PLAN, LSU_CHAIRS, "covers: {from: 2025-01-01, to: 2025-06-30}\n")
    run = hf("check", "oslo", "--as-of", AS_OF, "--lang", "en")
    assert run.code == 2, run.both
    assert (
        f"oslo/{LSU_PLAN}:12:12: error: meeting on 2025-08-27 falls outside the days the plan covers (`covers`); "
        "expected a date within them"
    ) in run.both.splitlines()
    edit(
        oslo / LSU_PLAN,
        "covers: {from: 2025-01-01, to: 2025-06-30}\n",
        LSU_CHAIRS + "covers: {from: 2025-01-01, to: 2025-12-31}\n",
    )
    run = hf("check", "oslo", "--as-of", AS_OF, "--lang", "en")
    assert run.code == 2, run.both
    assert any(
        line.endswith("`covers` is for a plan without chair periods; with `chairs` the plan covers its chair periods")
        for line in run.both.splitlines()
    ), run.both
