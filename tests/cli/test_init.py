"""hf-rules init: a scaffolded config repository passes hf-rules check as created."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from hf_rules.app.init import LAYOUT, run_init
from hf_rules.app.run import Settings, run_check
from hf_rules.core.errors import UsageError
from hf_rules.yaml.loader import load_yaml_file
from tests.conftest import ROOT


def test_scaffold_passes_check_with_its_own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    output, code = run_init(str(tmp_path / "repo"))
    assert code == 0
    assert output.splitlines()[: len(LAYOUT)] == [f"skrev {tmp_path / 'repo' / t}" for t in LAYOUT]
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
    with pytest.raises(UsageError, match=r"organisation\.yaml finnes allerede; ingenting ble skrevet"):
        run_init(str(tmp_path))
    assert (tmp_path / "organisation.yaml").read_text(encoding="utf-8") == "mine\n"
    assert not (tmp_path / ".hf-rules.yaml").exists()  # nothing at all was written


USER_PRE_COMMIT = """\
# my hooks
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v5.0.0   # pinned
    hooks:
      - id: trailing-whitespace
      - id: check-yaml
        args: ['--allow-multiple-documents']
"""


def test_force_merges_the_hook_and_leaves_other_files_alone(tmp_path: Path) -> None:
    (tmp_path / "organisation.yaml").write_text("mine\n", encoding="utf-8")
    (tmp_path / ".pre-commit-config.yaml").write_text(USER_PRE_COMMIT, encoding="utf-8")
    out, code = run_init(str(tmp_path), force=True, lang="en", repo="https://example.org/hf-rules.git", rev="v0.1.0")
    assert code == 0
    assert f"left {tmp_path / 'organisation.yaml'} alone (it exists)" in out.splitlines()
    assert f"added the hf-rules hook to {tmp_path / '.pre-commit-config.yaml'} (the rest kept as written)" in out
    assert (tmp_path / "organisation.yaml").read_text(encoding="utf-8") == "mine\n"
    merged = (tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert merged.startswith(USER_PRE_COMMIT)  # the user's hooks, comments and quoting as written
    config = YAML(typ="safe").load(merged)
    assert [r["repo"] for r in config["repos"]] == [
        "https://github.com/pre-commit/pre-commit-hooks",
        "https://example.org/hf-rules.git",
    ]
    assert config["repos"][1]["rev"] == "v0.1.0" and config["repos"][1]["hooks"][0]["id"] == "hf-rules"
    # Run again: the hook is there already, nothing changes.
    again, _ = run_init(str(tmp_path), force=True, lang="en")
    assert "already runs the hf-rules hook" in again
    assert (tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8") == merged


def test_files_are_written_with_the_users_umask(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        run_init(str(tmp_path / "a"))
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a" / "organisation.yaml").stat().st_mode) == 0o640
    assert stat.S_IMODE((tmp_path / "a" / ".pre-commit-config.yaml").stat().st_mode) == 0o640


def test_scaffold_uses_the_published_hook_and_one_install_line() -> None:
    from hf_rules import REPOSITORY, __version__

    with tempfile.TemporaryDirectory() as tmp:
        run_init(tmp)
        config = YAML(typ="safe").load(Path(tmp, ".pre-commit-config.yaml").read_text(encoding="utf-8"))
        workflow = Path(tmp, ".github/workflows/hf-rules.yml").read_text(encoding="utf-8")
    [repo] = config["repos"]
    assert (repo["repo"], repo["rev"]) == (REPOSITORY, f"v{__version__}")
    assert f'pip install "hf-rules @ git+{REPOSITORY}@v{__version__}"' in workflow


@pytest.mark.skipif(
    shutil.which("git") is None,
    reason="git is needed to run the scaffolded hook",
)
def test_scaffolded_pre_commit_hook_runs_and_passes(tmp_path: Path) -> None:
    """The scaffolded config, pointed at a snapshot of this working tree, run by pre-commit in an
    environment where hf-rules is not on PATH (pre-commit installs it: language python)."""
    pytest.importorskip("pre_commit")
    from tests.cli.test_precommit import _environment, _index_reachable, _snapshot

    env = _environment(tmp_path)
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if not (Path(p) / "hf-rules").exists()
    )
    if not _index_reachable(tmp_path, env):
        pytest.skip("pip cannot reach its package index; pre-commit installs the hook's environment from it")
    rev = _snapshot(tmp_path / "hook-source", env)
    repo = tmp_path / "repo"
    run_init(str(repo), repo=str(tmp_path / "hook-source"), rev=rev)
    run = lambda *args: subprocess.run(args, cwd=repo, env=env, capture_output=True, text=True, timeout=300)  # noqa: E731
    assert run("git", "init", "-q").returncode == 0
    run("git", "add", "-A")
    result = run(sys.executable, "-m", "pre_commit", "run", "--all-files")
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"^hf-rules\.+Passed$", result.stdout, re.M), result.stdout


def test_scaffolded_documents_point_editors_at_the_schemas_written_with_them(tmp_path: Path) -> None:
    run_init(str(tmp_path))
    for document, schema in (
        (".hf-rules.yaml", "schemas/config.schema.json"),
        ("organisation.yaml", "schemas/organisation.schema.json"),
        ("plans/meeting-plan-ssu-2025-2026.yaml", "../schemas/meeting-plan.schema.json"),
    ):
        text = (tmp_path / document).read_text(encoding="utf-8")
        [line] = [x for x in text.splitlines() if x.startswith("# yaml-language-server: ")]
        assert line == f"# yaml-language-server: $schema={schema}"
        target = json.loads(((tmp_path / document).parent / schema).read_text(encoding="utf-8"))
        assert target == json.loads((ROOT / "schemas" / Path(schema).name).read_text(encoding="utf-8"))


def test_init_says_it_chose_the_oslo_pack(tmp_path: Path) -> None:
    """Without --rules the new repository is checked against Oslo's pack, and init says so and
    how another health community chooses its own (round 19: a newcomer expected `national`)."""
    output, _ = run_init(str(tmp_path / "oslo"), lang="en")
    config = tmp_path / "oslo" / ".hf-rules.yaml"
    assert output.splitlines()[-2] == (
        f"note: the repository is checked against the Oslo pack (rules: [oslo] in {config}); for another health "
        "community, write national or the path of the community's own pack there (or run init with --rules national)"
    )
    output, _ = run_init(str(tmp_path / "other"), pack="national", lang="en")
    assert not [line for line in output.splitlines() if "Oslo pack" in line]
    assert "rules: [national]\n" in (tmp_path / "other" / ".hf-rules.yaml").read_text(encoding="utf-8")
