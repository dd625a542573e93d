"""Smoke tests of the benchmark tools (benchmarks/): the generated national workspace is valid,
compliant input and the same seed gives byte-identical files; the runner's helpers work.
Timings are never asserted here."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT, Run


def _module(name: str) -> ModuleType:
    path = ROOT / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"hf_bench_{name}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


generate = _module("generate")


def _tree(top: Path) -> dict[str, bytes]:
    return {str(p.relative_to(top)): p.read_bytes() for p in sorted(top.rglob("*")) if p.is_file()}


def test_generated_workspace_is_compliant(tmp_path: Path, hf: Callable[..., Run]) -> None:
    top = tmp_path / "national"
    files = generate.generate(str(top), scale=90, communities=2)
    assert len(files) == 90
    assert sum(f.endswith("organisation.yaml") for f in files) == 2
    run = hf("check", "--rules", "oslo", "--format", "json", "--as-of", "2025-01-01", str(top))
    assert run.code == 0, run.out[-2000:]
    report = json.loads(run.out)
    assert len(report["files"]) == 90
    assert report["findings"] == [] and report["input_problems"] == []


def test_generation_is_deterministic(tmp_path: Path) -> None:
    generate.generate(str(tmp_path / "a"), scale=50, communities=2, seed=7)
    generate.generate(str(tmp_path / "b"), scale=50, communities=2, seed=7)
    generate.generate(str(tmp_path / "c"), scale=50, communities=2, seed=8)
    a, b, c = _tree(tmp_path / "a"), _tree(tmp_path / "b"), _tree(tmp_path / "c")
    assert a == b
    assert a.keys() == c.keys() and a != c  # another seed: same layout, other persons and dates


def test_scale_is_checked(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="scale must be"):
        generate.generate(str(tmp_path / "x"), scale=generate.MAX_FILES + 1)


def test_runner_measures_a_process() -> None:
    run = _module("run")
    result = run.Result("python -c pass", [[sys.executable, "-c", "pass"]], runs=2).measure()
    assert len(result.walls) == 2 and result.codes == {0} and result.rss > 0
    assert result.row(4).startswith("| python -c pass | 4 |")
