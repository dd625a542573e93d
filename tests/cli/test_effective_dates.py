"""Each organisation is evaluated as of its own date: ``--as-of`` when given, else its
``metadata.effective_from``, else today (``--today`` pins today). Waivers expire relative to the
run's date. The date and the reason are in every report."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shlex
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from hf_rules.app.packtests import run_tests
from tests.conftest import OSLO, Run, edit
from tests.unit.test_dated import PACK

# Four SSU meetings a year until the end of 2026, six from 2027. The SSU plan of the Oslo example
# has four meetings in 2025 and in 2026: it passes before 2027 and fails from 2027.
DATED = """\
          dated:
            - {value: 4, valid_to: 2026-12-31}
            - {value: 6, valid_from: 2027-01-01}
"""
ADOPTED, PROPOSED = "helsefellesskap-oslo", "helsefellesskap-oslo-2027"
MEETINGS_LINE = 11  # the `meetings:` key of the SSU plan
ADOPTED_PLAN, PROPOSED_PLAN = "adopted/meeting-plan-ssu-2025-2026.yaml", "proposed/meeting-plan-ssu.yaml"


def _fails(path: str, subject: str) -> list[tuple[str, str, str, int, str]]:
    return [("TEST-SSU-MEETINGS", subject, path, MEETINGS_LINE, f"{year}: 4 av 6") for year in (2025, 2026)]


ADOPTED_FAILS = _fails(ADOPTED_PLAN, "ssu-2025-2026")
PROPOSED_FAILS = _fails(PROPOSED_PLAN, "ssu-proposed")


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """In ``tmp_path`` (the working folder of ``hf``): ``pack.yaml`` (oslo and the dated rule), the
    Oslo example as ``adopted/`` (effective_from 2025-01-01) and ``proposed/``, another
    organisation effective from 2027-01-01 with an SSU plan like the adopted one's."""
    (tmp_path / "pack.yaml").write_text(PACK.format(dated=DATED, extra=""), encoding="utf-8")
    shutil.copytree(OSLO, tmp_path / "adopted")
    proposed = tmp_path / "proposed"
    proposed.mkdir()
    shutil.copy(OSLO / "organisation.yaml", proposed / "organisation.yaml")
    shutil.copy(OSLO / "meeting-plan-ssu-2025-2026.yaml", proposed / "meeting-plan-ssu.yaml")
    edit(proposed / "organisation.yaml", f"  id: {ADOPTED}\n", f"  id: {PROPOSED}\n")
    edit(proposed / "organisation.yaml", "  name: Helsefellesskap Oslo\n", "  name: Helsefellesskap Oslo 2027\n")
    edit(proposed / "organisation.yaml", "effective_from: 2025-01-01", "effective_from: 2027-01-01")
    edit(proposed / "meeting-plan-ssu.yaml", "  id: ssu-2025-2026\n", "  id: ssu-proposed\n")
    edit(proposed / "meeting-plan-ssu.yaml", f"organisation: {ADOPTED}\n", f"organisation: {PROPOSED}\n")
    return tmp_path


def check(
    hf: Callable[..., Run], *args: str, paths: tuple[str, ...] = ("adopted", "proposed"), rules: str = "pack.yaml"
) -> tuple[dict, int]:
    run = hf("check", "--no-config", "--rules", rules, "--format", "json", *args, *paths)
    assert run.err == ""
    return json.loads(run.out), run.code


def findings(report: dict, status: str = "open") -> list[tuple[str, str, str, int, str]]:
    return [
        (f["rule"], f["subject"], f["file"], f["line"], f["message"])
        for f in report["findings"]
        if f["status"] == status
    ]


def dates(report: dict) -> dict[str, tuple[str, str]]:
    return {o["id"]: (o["as_of"], o["as_of_reason"]) for o in report["structure"]["organisations"]}


# --- which date each organisation is evaluated as of ---------------------------------------------


@pytest.mark.parametrize("today", [None, "2026-06-01", "2030-01-01"])
def test_each_organisation_gets_the_verdict_of_its_effective_from(workspace: Path, hf, today: str | None) -> None:
    """Whatever day it is: the adopted structure is checked against 2025 (four meetings), the
    proposed one against 2027 (six)."""
    report, code = check(hf, *(("--today", today) if today else ()))
    assert code == 1
    assert findings(report) == PROPOSED_FAILS
    assert dates(report) == {ADOPTED: ("2025-01-01", "effective-from"), PROPOSED: ("2027-01-01", "effective-from")}
    assert report["as_of"] == (today or dt.date.today().isoformat())
    assert report["as_of_reason"] == "today"
    assert "TEST-SSU-MEETINGS" in {r["id"] for r in report["rules"]}
    outcomes = {
        (e["organisation"], e["subject"]): e["outcome"]
        for e in report["evaluations"]
        if e["rule"] == "TEST-SSU-MEETINGS"
    }
    assert outcomes == {(ADOPTED, "ssu-2025-2026"): "passed", (PROPOSED, "ssu-proposed"): "failed"}


@pytest.mark.parametrize(
    ("as_of", "expected", "code"),
    [
        ("2026-06-01", [], 0),  # four a year for both
        ("2027-06-01", ADOPTED_FAILS + PROPOSED_FAILS, 1),  # six a year for both
    ],
)
def test_as_of_overrides_effective_from(workspace: Path, hf, as_of: str, expected: list, code: int) -> None:
    report, exit_code = check(hf, "--as-of", as_of)
    assert (findings(report), exit_code) == (expected, code)
    assert dates(report) == {ADOPTED: (as_of, "as-of"), PROPOSED: (as_of, "as-of")}
    assert (report["as_of"], report["as_of_reason"]) == (as_of, "as-of")


def test_as_of_today_evaluates_everything_as_of_today(workspace: Path, hf) -> None:
    report, _ = check(hf, "--as-of", "today")
    today = dt.date.today().isoformat()
    assert dates(report) == {ADOPTED: (today, "as-of"), PROPOSED: (today, "as-of")}
    assert (report["as_of"], report["as_of_reason"]) == (today, "as-of")


def test_without_effective_from_an_organisation_is_evaluated_as_of_today(workspace: Path, hf) -> None:
    edit(workspace / "adopted" / "organisation.yaml", "  effective_from: 2025-01-01\n", "")
    report, code = check(hf, "--today", "2026-06-01", paths=("adopted",))
    assert (findings(report), code) == ([], 0)
    assert dates(report) == {ADOPTED: ("2026-06-01", "today")}
    report, code = check(hf, "--today", "2027-03-01", paths=("adopted",))
    assert (findings(report), code) == (ADOPTED_FAILS, 1)
    assert dates(report) == {ADOPTED: ("2027-03-01", "today")}


def test_a_rule_in_force_only_on_an_organisations_date_is_listed_and_applied_there(workspace: Path, hf) -> None:
    """The 2027 value alone: the rule is in force for the proposed structure, not the adopted one."""
    # A name of its own: rulepack.load_packs caches packs by the --rules text as given, so another
    # test's pack.yaml (same text, another working folder) would be taken for this one.
    (workspace / "pack-2027.yaml").write_text(
        PACK.format(dated="          dated:\n            - {value: 6, valid_from: 2027-01-01}\n", extra=""),
        encoding="utf-8",
    )
    report, code = check(hf, "--today", "2026-06-01", rules="pack-2027.yaml")
    assert (findings(report), code) == (PROPOSED_FAILS, 1)
    assert [e["subject"] for e in report["evaluations"] if e["rule"] == "TEST-SSU-MEETINGS"] == ["ssu-proposed"]
    report, code = check(hf, "--today", "2026-06-01", paths=("adopted",), rules="pack-2027.yaml")
    assert (findings(report), code) == ([], 0)
    assert "TEST-SSU-MEETINGS" not in {r["id"] for r in report["rules"]}


def test_today_and_as_of_together_are_refused(workspace: Path, hf) -> None:
    run = hf("check", "--no-config", "--as-of", "2026-06-01", "--today", "2026-06-01", "adopted")
    assert run.code == 2
    assert (
        run.err == "hf-rules: error: gi --as-of eller --today, ikke begge: --as-of DATO setter allerede kjøredatoen\n"
    )
    run = hf("check", "--no-config", "--today", "today", "adopted")
    assert run.code == 2 and "'today' er ikke en dato; forventet ÅÅÅÅ-MM-DD" in run.err


# --- waivers expire relative to the run's date, not the organisation's -------------------------


def _waive_proposed(workspace: Path) -> None:
    (workspace / "proposed" / "waivers.yaml").write_text(
        "apiVersion: hf-rules/v1\nkind: Waivers\nmetadata:\n  id: unntak\n"
        f"  organisation: {PROPOSED}\nwaivers:\n"
        "  - rule: TEST-SSU-MEETINGS\n    subject: ssu-proposed\n    reason: Seks møter fra 2027\n"
        "    approved_by: Partnerskapsmøtet\n    expires: 2026-12-31\n",
        encoding="utf-8",
    )


def test_waiver_expiry_is_reckoned_from_the_run_date(workspace: Path, hf) -> None:
    _waive_proposed(workspace)
    # Run on 2026-06-01: the proposed structure is evaluated as of 2027-01-01, after the waiver's
    # expiry, but the waiver is an approval in real time and is in force today.
    report, code = check(hf, "--today", "2026-06-01")
    assert code == 0
    assert findings(report) == [] and findings(report, "waived") == PROPOSED_FAILS
    assert report["waiver_notices"] == []
    # Run on 2027-01-15: the same evaluation date, but the waiver has expired.
    report, code = check(hf, "--today", "2027-01-15")
    assert code == 1
    assert findings(report) == PROPOSED_FAILS and findings(report, "waived") == []
    assert [(n["kind"], n["file"], n["line"]) for n in report["waiver_notices"]] == [
        ("expired", "proposed/waivers.yaml", 7)
    ]
    assert dates(report)[PROPOSED] == ("2027-01-01", "effective-from")


# --- what the reports say -------------------------------------------------------------------------


def test_text_says_the_date_and_reason_on_each_organisations_line(workspace: Path, hf) -> None:
    run = hf("check", "--no-config", "--rules", "pack.yaml", "--today", "2026-06-01", "adopted", "proposed")
    assert run.code == 1
    lines = [line for line in run.out.splitlines() if not line.startswith("    ")]  # no source and fix lines
    assert lines[:2] == [
        f"{PROPOSED_PLAN}:11:1: error TEST-SSU-MEETINGS 2025: 4 av 6",
        f"{PROPOSED_PLAN}:11:1: error TEST-SSU-MEETINGS 2026: 4 av 6",
    ]
    assert lines[3].endswith(" · i dag 2026-06-01")
    assert f"adopted/organisation.yaml  Organisation {ADOPTED} · vurdert per 2025-01-01 (effective_from)" in run.out
    assert f"proposed/organisation.yaml  Organisation {PROPOSED} · vurdert per 2027-01-01 (effective_from)" in run.out
    run = hf("check", "--no-config", "--rules", "pack.yaml", "--lang", "en", "--today", "2026-06-01", "proposed")
    assert run.out.splitlines()[-5].endswith(" · today 2026-06-01")
    assert f"Organisation {PROPOSED} · as of 2027-01-01 (effective_from)" in run.out
    # With --as-of, the first line gives every organisation's date; the lines say nothing more.
    run = hf("check", "--no-config", "--rules", "pack.yaml", "--as-of", "2026-06-01", "adopted", "proposed")
    assert run.code == 0
    assert run.out.splitlines()[0].endswith(" · vurdert per 2026-06-01")
    assert "  ok                proposed/organisation.yaml  Organisation helsefellesskap-oslo-2027\n" in run.out


def test_sarif_run_properties_carry_the_dates(workspace: Path, hf) -> None:
    run = hf(
        "check",
        "--no-config",
        "--rules",
        "pack.yaml",
        "--format",
        "sarif",
        "--today",
        "2026-06-01",
        "adopted",
        "proposed",
    )
    properties = json.loads(run.out)["runs"][0]["properties"]
    assert (properties["asOf"], properties["asOfReason"]) == ("2026-06-01", "today")
    assert properties["organisations"] == [
        {"id": ADOPTED, "asOf": "2025-01-01", "asOfReason": "effective-from"},
        {"id": PROPOSED, "asOf": "2027-01-01", "asOfReason": "effective-from"},
    ]


def _commands(text: str, fmt: str) -> list[str]:
    if fmt == "html":
        return [html.unescape(c) for c in re.findall(r'<pre class="command"><code>(.*?)</code></pre>', text)]
    return re.findall(r"```sh\n(.*?)\n```", text)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_audit_shows_each_date_and_reproduces_without_overriding_effective_from(workspace: Path, hf, fmt: str) -> None:
    _waive_proposed(workspace)
    run = hf(
        "audit",
        "--no-config",
        "--rules",
        "pack.yaml",
        "--today",
        "2026-06-01",
        "adopted",
        "proposed",
        "-o",
        f"report.{fmt}",
    )
    assert run.code == 0  # the proposed structure's findings are waived until 2026-12-31
    text = (workspace / f"report.{fmt}").read_text(encoding="utf-8")
    if fmt == "md":
        assert "Kjøredato (i dag) **2026-06-01**" in text
        assert "- Helsefellesskap Oslo: vurdert per **2025-01-01** (effective_from)" in text
        assert "- Helsefellesskap Oslo 2027: vurdert per **2027-01-01** (effective_from)" in text
    else:
        assert "Kjøredato (i dag) <strong>2026-06-01</strong>" in text
        assert (
            '<p class="meta as-of">Helsefellesskap Oslo 2027: vurdert per <strong>2027-01-01</strong> '
            "(effective_from)</p>"
        ) in text
        assert "<dt>Helsefellesskap Oslo 2027</dt><dd>vurdert per 2027-01-01 (effective_from)</dd>" in text
    audit_command, check_command = _commands(text, fmt)
    args = shlex.split(audit_command)
    assert args[args.index("--today") + 1] == "2026-06-01" and "--as-of" not in args
    # The same verdict on another day: the waiver is still in force, the proposed structure is
    # still checked against 2027 (had --as-of been pinned, it would be checked against 2026).
    args[args.index("-o") + 1] = f"again.{fmt}"
    again = hf(*args[1:])
    assert again.code == 0
    run = hf(*shlex.split(check_command)[1:], "--format", "json")
    report = json.loads(run.out)
    assert run.code == 0 and findings(report, "waived") == PROPOSED_FAILS
    assert dates(report) == {ADOPTED: ("2025-01-01", "effective-from"), PROPOSED: ("2027-01-01", "effective-from")}


def test_audit_in_english_and_with_as_of(workspace: Path, hf) -> None:
    run = hf(
        "audit", "--no-config", "--rules", "pack.yaml", "--lang", "en", "--as-of", "2027-06-01", "adopted", "proposed"
    )
    assert run.code == 1
    assert "As of **2027-06-01**" in run.out
    assert "- Helsefellesskap Oslo 2027: as of **2027-06-01** (--as-of)" in run.out
    audit_command, _ = _commands(run.out, "md")
    args = shlex.split(audit_command)
    assert args[args.index("--as-of") + 1] == "2027-06-01" and "--today" not in args


# --- pack tests pin the date ----------------------------------------------------------------------


def test_a_pack_test_cases_as_of_overrides_effective_from(workspace: Path) -> None:
    (workspace / "cases.yaml").write_text(
        f"""\
apiVersion: hf-rules/v1
kind: PackTest
metadata: {{id: effective-dates}}
cases:
  - name: proposed-as-of-2026
    rules: [pack.yaml]
    as_of: 2026-06-01
    files: {{organisation.yaml: proposed/organisation.yaml, meeting-plan-ssu.yaml: proposed/meeting-plan-ssu.yaml}}
    expect: {{compliant: true}}
  - name: proposed-as-of-2027
    rules: [pack.yaml]
    as_of: 2027-06-01
    files: {{organisation.yaml: proposed/organisation.yaml, meeting-plan-ssu.yaml: proposed/meeting-plan-ssu.yaml}}
    expect:
      findings:
        - {{rule: TEST-SSU-MEETINGS, subject: ssu-proposed, file: meeting-plan-ssu.yaml, line: {MEETINGS_LINE}}}
        - {{rule: TEST-SSU-MEETINGS, subject: ssu-proposed, file: meeting-plan-ssu.yaml, line: {MEETINGS_LINE}}}
      exit: 1
""",
        encoding="utf-8",
    )
    output, code = run_tests([str(workspace / "cases.yaml")])
    assert code == 0, output
    assert output.splitlines()[-1] == "2 bestått, 0 feilet"
