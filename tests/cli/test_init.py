"""hf-rules init: a scaffolded config repository passes hf-rules check as created."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hf_rules.app.init import LAYOUT, run_init
from hf_rules.app.run import Settings, run_check
from hf_rules.core.errors import UsageError
from hf_rules.yaml.loader import load_yaml_file
from tests.conftest import ROOT


def test_scaffold_passes_check_with_its_own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    output, code = run_init(str(tmp_path / "repo"))
    assert code == 0
    assert output.splitlines()[: len(LAYOUT)] == [f"wrote {tmp_path / 'repo' / t}" for t in LAYOUT]
    monkeypatch.chdir(tmp_path / "repo")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    report, code = run_check(Settings(output_format="json"))  # no paths: the config's documents
    data = json.loads(report)
    assert code == 0, report
    assert sorted(f["path"] for f in data["files"]) == ["organisation.yaml", "plans/meeting-plan-ssu-2025-2026.yaml"]
    assert all(f["status"] == "compliant" for f in data["files"])
    assert [p["id"] for p in data["rule_packs"]] == ["national", "oslo"]


def test_every_scaffolded_yaml_file_is_well_formed(tmp_path: Path) -> None:
    run_init(str(tmp_path), pack="national")
    for target in LAYOUT:
        load_yaml_file(tmp_path / target)  # no duplicate keys, no tags, valid YAML
    assert "rules: [national]" in (tmp_path / ".hf-rules.yaml").read_text(encoding="utf-8")


def test_starting_documents_are_the_reference_example() -> None:
    """The scaffold ships copies of the reference example; they must not drift from it."""
    scaffold = ROOT / "src" / "hf_rules" / "app" / "scaffold"
    assert (scaffold / "organisation.yaml").read_bytes() == (ROOT / "fixtures/oslo/organisation.yaml").read_bytes()
    assert (scaffold / "plans/meeting-plan-ssu-2025-2026.yaml").read_bytes() == (
        ROOT / "fixtures/oslo/meeting-plan-ssu-2025-2026.yaml"
    ).read_bytes()


def test_never_overwrites_without_force(tmp_path: Path) -> None:
    (tmp_path / "organisation.yaml").write_text("mine\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"organisation\.yaml already exist"):
        run_init(str(tmp_path))
    assert (tmp_path / "organisation.yaml").read_text(encoding="utf-8") == "mine\n"
    assert not (tmp_path / ".hf-rules.yaml").exists()  # nothing at all was written
    run_init(str(tmp_path), force=True)
    assert (tmp_path / "organisation.yaml").read_text(encoding="utf-8") != "mine\n"


@pytest.mark.skipif(
    importlib.util.find_spec("pre_commit") is None or shutil.which("git") is None,
    reason="pre-commit (a test dependency) and git are needed to run the scaffolded hook",
)
def test_scaffolded_pre_commit_hook_runs_and_passes(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    run_init(str(repo))
    # The scaffolded hook is local (`entry: hf-rules check --brief`): it runs the hf-rules of the
    # committer's environment. Here that is this interpreter's, whatever is on PATH.
    shim = tmp_path / "bin" / "hf-rules"
    shim.parent.mkdir()
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m hf_rules "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    env = {
        **os.environ,
        "PATH": f"{shim.parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    env.pop("GITHUB_ACTIONS", None)
    run = lambda *args: subprocess.run(args, cwd=repo, env=env, capture_output=True, text=True, timeout=120)  # noqa: E731
    assert run("git", "init", "-q").returncode == 0
    run("git", "add", "-A")
    result = run(sys.executable, "-m", "pre_commit", "run", "--all-files")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "hf-rules" in result.stdout and "Passed" in result.stdout
