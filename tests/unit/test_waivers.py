"""Waivers: an approved exception silences exactly its finding until it expires, and is shown."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from hf_rules.app.run import Settings, run_check
from tests.conftest import write_waiver
from tests.support import ROOT

SUNNAAS_LINE = "      - {party: sunnaas, role: Observatør}\n"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """The Oslo example without Sunnaas as SSU observer (one OSLO-SSU-OBSERVERS error)."""
    folder = tmp_path / "oslo"
    shutil.copytree(ROOT / "fixtures" / "oslo", folder)
    organisation = folder / "organisation.yaml"
    text = organisation.read_text(encoding="utf-8")
    assert SUNNAAS_LINE in text
    organisation.write_text(text.replace(SUNNAAS_LINE, ""), encoding="utf-8")
    return folder


def _check(folder: Path, as_of: str, **extra: object) -> tuple[dict, int]:
    output, code = run_check(
        Settings(
            paths=[str(folder)], output_format="json", use_config=False, as_of=dt.date.fromisoformat(as_of), **extra
        )
    )  # type: ignore[arg-type]
    return json.loads(output), code


def _write_waiver(folder: Path, rule: str = "OSLO-SSU-OBSERVERS", subject: str = "strategisk-samarbeidsutvalg") -> None:
    write_waiver(folder, subject, rule)


def test_without_waiver_the_finding_fails(workspace: Path) -> None:
    report, code = _check(workspace, "2026-06-01")
    assert code == 1
    assert [(f["rule"], f["status"]) for f in report["findings"]] == [("OSLO-SSU-OBSERVERS", "open")]


def test_waiver_in_force_waives_exactly_its_finding(workspace: Path) -> None:
    _write_waiver(workspace)
    report, code = _check(workspace, "2026-06-01")
    assert code == 0
    (finding,) = report["findings"]
    assert finding["status"] == "waived"
    assert finding["waiver"]["reason"] == "Sunnaas deltar fra høsten 2026 etter avtale"
    assert finding["waiver"]["approved_by"] == "Partnerskapsmøtet 2026-03-17, sak 12/26"
    assert finding["waiver"]["line"] == 7
    assert report["waiver_notices"] == []
    assert report["summary"]["waived"] == 1 and report["summary"]["error"] == 0
    assert report["verdict"] == "compliant"


def test_waiver_for_another_subject_waives_nothing_and_is_unused(workspace: Path) -> None:
    _write_waiver(workspace, subject="lsu-ous")
    report, code = _check(workspace, "2026-06-01")
    assert code == 1
    assert [f["status"] for f in report["findings"]] == ["open"]
    assert [(n["kind"], n["severity"], n["line"]) for n in report["waiver_notices"]] == [("unused", "warning", 7)]


def test_waiver_expiring_within_30_days_is_a_warning(workspace: Path) -> None:
    _write_waiver(workspace)
    report, code = _check(workspace, "2026-12-15")
    assert code == 0
    assert [(n["kind"], n["severity"]) for n in report["waiver_notices"]] == [("expiring", "warning")]
    _, strict = _check(workspace, "2026-12-15", fail_on="warning")
    assert strict == 1
    report, _ = _check(workspace, "2026-11-30")  # 31 days before: no notice
    assert report["waiver_notices"] == []


def test_expired_waiver_no_longer_applies_and_is_reported(workspace: Path) -> None:
    _write_waiver(workspace)
    report, code = _check(workspace, "2027-01-01")
    assert code == 1
    assert [f["status"] for f in report["findings"]] == ["open"]
    assert [n["kind"] for n in report["waiver_notices"]] == ["expired"]
    report, _ = _check(workspace, "2026-12-31")  # the last day it applies
    assert [f["status"] for f in report["findings"]] == ["waived"]


def test_waiver_of_unknown_rule_is_an_input_error(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the messages quoted are English
    _write_waiver(workspace, rule="OSLO-SSU-OBSERVER")
    output, code = run_check(Settings(paths=[str(workspace)], use_config=False, as_of=dt.date(2026, 6, 1), brief=True))
    assert code == 2
    assert f"{workspace / 'waivers.yaml'}:7:11: error: waiver names rule 'OSLO-SSU-OBSERVER'" in output


def test_waived_finding_is_shown_in_text_with_reason(workspace: Path) -> None:
    _write_waiver(workspace)
    output, code = run_check(Settings(paths=[str(workspace)], use_config=False, as_of=dt.date(2026, 6, 1)))
    assert code == 0
    assert f"{workspace / 'organisation.yaml'}:145:5: waived OSLO-SSU-OBSERVERS " in output
    assert (
        "    unntak: Sunnaas deltar fra høsten 2026 etter avtale (godkjent av Partnerskapsmøtet 2026-03-17, "
        "sak 12/26, til og med 2026-12-31; " in output
    )
