"""A large workspace is read by several processes, with the same result as one process gives.

Issue 6: "the findings on the national workspace are the same with one process and with two".
A generated national workspace is seeded with defects (findings in organisations and plans,
broken YAML, a dangling reference) and checked with --jobs 1 and --jobs 2: the JSON reports,
which carry every finding with its location, every file's status and every input's hash, must
be byte-identical. The threshold for going parallel is lowered so that the test stays small.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from hf_rules.documents import workspace as workspace_module
from hf_rules.documents.workspace import build_workspace
from tests.conftest import ROOT, Run

FILES = 240
THRESHOLD = 100


def _generate(top: Path) -> list[str]:
    spec = importlib.util.spec_from_file_location("hf_bench_generate_parallel", ROOT / "benchmarks" / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.generate(str(top), scale=FILES, communities=3)  # type: ignore[no-any-return]


def _seed_defects(top: Path, files: list[str]) -> None:
    """Findings in two organisations and several plans, a broken file, a dangling reference."""
    organisations = sorted(f for f in files if f.endswith("organisation.yaml"))
    plans = sorted(f for f in files if not f.endswith("organisation.yaml"))
    for org in organisations[:2]:
        path = top / org
        lines = path.read_text(encoding="utf-8").split("\n")
        # Drop every user representative's seat: a finding per forum that needs one.
        path.write_text("\n".join(line for line in lines if "represents: bruker" not in line), encoding="utf-8")
    for plan in [p for p in plans if "/lsu-" in p][::3]:  # LSU chairs alternate (O9)
        path = top / plan
        lines = path.read_text(encoding="utf-8").split("\n")
        chairs = [i for i, line in enumerate(lines) if line.startswith("  - {from:")]
        first = lines[chairs[0]].rsplit("party: ", 1)[1]
        lines[chairs[1]] = lines[chairs[1]].rsplit("party: ", 1)[0] + "party: " + first
        path.write_text("\n".join(lines), encoding="utf-8")  # the same party chairs twice running
    (top / plans[5]).write_text("apiVersion: hf-rules/v1\nkind: MeetingPlan\nmetadata: {id: [\n", encoding="utf-8")
    dangling = top / plans[11]
    text = dangling.read_text(encoding="utf-8")
    start = text.index("organisation: ") + len("organisation: ")
    end = text.index("\n", start)
    dangling.write_text(text[:start] + "no-such-organisation" + text[end:], encoding="utf-8")


@pytest.fixture
def national(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    top = tmp_path / "national"
    files = _generate(top)
    assert len(files) == FILES
    _seed_defects(top, files)
    monkeypatch.setattr(workspace_module, "PARALLEL_MIN_FILES", THRESHOLD)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    return top


def test_two_processes_read_a_large_workspace(national: Path) -> None:
    one = build_workspace([str(national)], jobs=1)
    two = build_workspace([str(national)], jobs=2)
    assert (one.processes, two.processes) == (1, 2)
    assert [f.path for f in one.files] == [f.path for f in two.files]
    assert [(f.doc.data, f.doc.positions, f.doc.key_positions) if f.doc else None for f in one.files] == [
        (f.doc.data, f.doc.positions, f.doc.key_positions) if f.doc else None for f in two.files
    ]


def test_a_small_workspace_is_read_in_one_process(national: Path) -> None:
    some = sorted(str(p) for p in national.rglob("*.yaml"))[: THRESHOLD - 1]
    assert build_workspace(some, jobs=2).processes == 1


def test_findings_and_locations_are_the_same_with_one_and_two_processes(national: Path, hf: Callable[..., Run]) -> None:
    args = ("check", "--rules", "oslo", "--format", "json", "--as-of", "2025-06-01", "--no-config", str(national))
    one = hf(*args, "--jobs", "1")
    two = hf(*args, "--jobs", "2")
    assert one.code == two.code == 2  # findings, and input problems (the broken file, the dangling id)
    assert one.out == two.out
    report = json.loads(one.out)
    assert report["summary"]["files"] == FILES
    assert report["summary"]["error"] >= 5
    assert {f["subject_kind"] for f in report["findings"]} == {"forum", "meeting_plan", "organisation"}
    assert [p["message"] for p in report["input_problems"]] == [
        "ugyldig YAML: forventet innholdet i noden, men fant '<stream end>'"
    ]
    assert [f["status"] for f in report["files"]].count("not-checked") == 1  # the dangling plan
    assert all(f["line"] > 0 for f in report["findings"])


def test_jobs_must_be_a_positive_number(hf: Callable[..., Run]) -> None:
    run = hf("check", "--jobs", "0", "--no-config", str(ROOT / "fixtures" / "oslo"))
    assert run.code == 2
    assert run.err.startswith("hf-rules: error: Ugyldig verdi for '--jobs' / '-j': 0 er ikke innenfor x>=1.")
