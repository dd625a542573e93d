"""Baselines: record the findings a repository carries, then report only new ones, whatever
edits move the lines."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from hf_rules.app.run import Settings, run_check
from tests.conftest import OSLO, copy_oslo, edit, seed_sunnaas_defect

AS_OF = dt.date(2026, 6, 1)


def _check(folder: Path, **extra: object) -> tuple[dict, int]:
    output, code = run_check(
        Settings(paths=[str(folder)], output_format="json", use_config=False, as_of=AS_OF, **extra)
    )  # type: ignore[arg-type]
    return json.loads(output), code


@pytest.fixture
def carrying(tmp_path: Path) -> Path:
    """The Oslo example carrying one old defect (no Sunnaas observer in the SSU)."""
    folder = copy_oslo(tmp_path / "oslo")
    seed_sunnaas_defect(folder / "organisation.yaml")
    return folder


def test_write_baseline_records_open_findings_and_the_run_passes(carrying: Path, tmp_path: Path) -> None:
    base = tmp_path / "baseline.json"
    report, code = _check(carrying, write_baseline=str(base))
    assert code == 0
    assert report["findings"] == [] and report["summary"]["baselined"] == 1
    data = json.loads(base.read_text(encoding="utf-8"))
    assert data["format"] == "hf-rules-baseline/v1"
    assert [(e["rule"], e["subject"]) for e in data["findings"]] == [
        ("OSLO-SSU-OBSERVERS", "strategisk-samarbeidsutvalg")
    ]


def test_baseline_survives_edits_that_move_lines_and_reports_only_new(carrying: Path, tmp_path: Path) -> None:
    base = tmp_path / "baseline.json"
    _check(carrying, write_baseline=str(base))
    organisation = carrying / "organisation.yaml"
    organisation.write_text(
        "# Revidert etter møtet i mars\n\n" + organisation.read_text(encoding="utf-8"), encoding="utf-8"
    )
    report, code = _check(carrying, baseline=str(base))
    assert (code, report["findings"], report["summary"]["baselined"]) == (0, [], 1)
    edit(
        organisation,
        "      - {represents: fastlege, role: Fastlegerepresentant, person: Nora Lie, deputy: Jonas Bakke}\n",
        "",
    )
    report, code = _check(carrying, baseline=str(base))
    assert code == 1
    assert [(f["rule"], f["subject"]) for f in report["findings"]] == [("OSLO-SSU-GP", "strategisk-samarbeidsutvalg")]
    assert report["summary"]["baselined"] == 1


def test_without_the_baseline_the_old_finding_is_back(carrying: Path, tmp_path: Path) -> None:
    _check(carrying, write_baseline=str(tmp_path / "baseline.json"))
    report, code = _check(carrying)
    assert code == 1 and [f["rule"] for f in report["findings"]] == ["OSLO-SSU-OBSERVERS"]


def test_an_empty_baseline_changes_nothing(tmp_path: Path) -> None:
    base = tmp_path / "baseline.json"
    report, code = _check(OSLO, write_baseline=str(base))
    assert code == 0 and json.loads(base.read_text(encoding="utf-8"))["findings"] == []
    assert report["summary"]["baselined"] == 0


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("{not json", "1:2", "the baseline is not valid JSON"),
        ('{"findings": []}', "1:1", "not an hf-rules baseline"),
        ('{"format": "hf-rules-baseline/v1", "findings": [{"rule": "X"}]}', "1:1", "not an hf-rules baseline"),
    ],
)
def test_a_bad_baseline_is_a_located_input_error(
    text: str, where: str, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the messages quoted are English
    base = tmp_path / "baseline.json"
    base.write_text(text, encoding="utf-8")
    output, code = run_check(Settings(paths=[str(OSLO)], use_config=False, as_of=AS_OF, baseline=str(base), brief=True))
    assert code == 2
    assert output.splitlines()[0].startswith(f"{base}:{where}: error: {message}")


def test_a_missing_baseline_is_an_input_error(tmp_path: Path) -> None:
    output, code = run_check(
        Settings(paths=[str(OSLO)], use_config=False, baseline=str(tmp_path / "none.json"), brief=True, lang="en")
    )
    assert code == 2 and "cannot read the baseline" in output.splitlines()[0]


def test_baseline_is_not_written_when_input_is_unusable(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text("a: [\n", encoding="utf-8")
    base = tmp_path / "baseline.json"
    _, code = run_check(Settings(paths=[str(tmp_path / "broken.yaml")], use_config=False, write_baseline=str(base)))
    assert code == 2 and not base.exists()
