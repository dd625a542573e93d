"""hf-rules as a pre-commit hook, run by the real pre-commit framework on real ``git commit``s.

A throwaway repository holds a snapshot of this working tree (tracked and untracked files, less
the ignored ones) committed once, so uncommitted work is what gets tested; ``pre-commit
try-repo`` would not do, as it takes only the staged and tracked files, and
``.pre-commit-hooks.yaml`` may not be tracked yet. A config repository (a copy of
``fixtures/oslo``, a ``.hf-rules.yaml`` naming the organisation, and a
``.pre-commit-config.yaml`` pointing at the snapshot) then commits changes through the hook.

pre-commit installs the hook's environment with pip (hf-rules, its dependencies and hatchling
to build it), so these tests need the package index; they are skipped when pre-commit is not
installed or pip cannot reach the index. The install takes most of the time; the commits take
about a second each.

The last tests need no network: the hook manifest and the documented config are valid for
pre-commit, and the commands of the example GitHub workflow run as written.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from tests.conftest import AS_OF, OSLO, ROOT, SUNNAAS_OBSERVER, edit

NO_PRE_COMMIT = "pre-commit is not installed (it is in the 'test' extra: pip install -e '.[test]')"

SSU_PLAN = "meeting-plan-ssu-2025-2026.yaml"
SSU_2026_OUS = "{from: 2026-01-01, to: 2026-12-31, party: ous}"
SSU_2026_OSLO = "{from: 2026-01-01, to: 2026-12-31, party: oslo-kommune}"
"""The SSU's 2026 chair moved from the hospital to the municipality: the same side leads twice."""


@dataclass
class Repo:
    path: Path
    env: dict[str, str]

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(args, cwd=self.path, env=self.env, capture_output=True, text=True, timeout=timeout)

    def git(self, *args: str) -> subprocess.CompletedProcess[str]:
        result = self.run("git", *args)
        assert result.returncode == 0, f"git {' '.join(args)}: {result.stdout}{result.stderr}"
        return result

    def commit(self, *paths: str, message: str = "change") -> subprocess.CompletedProcess[str]:
        """``git add`` the paths and ``git commit``: the installed hook runs on the staged files."""
        self.git("add", "--", *paths)
        return self.run("git", "commit", "-q", "-m", message)

    def check_everything(self) -> subprocess.CompletedProcess[str]:
        """``hf-rules check`` of the whole repository, with this working tree's hf-rules."""
        return self.run(sys.executable, "-m", "hf_rules", "check", "--brief", "--as-of", AS_OF, ".")


def _environment(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.pop("GITHUB_ACTIONS", None)  # under GitHub Actions hf-rules would write annotations, not text
    env["PRE_COMMIT_HOME"] = str(tmp / "pre-commit-home")
    env["GIT_CONFIG_NOSYSTEM"] = "1"  # neither the machine's nor the user's git config applies
    (tmp / "gitconfig").touch()
    env["GIT_CONFIG_GLOBAL"] = str(tmp / "gitconfig")
    return env


def _git_init(repo: Repo) -> None:
    repo.git("init", "-q")
    for key, value in (
        ("user.name", "hf-rules test"),
        ("user.email", "hf-rules@example.invalid"),
        ("commit.gpgsign", "false"),
    ):
        repo.git("config", key, value)


def _snapshot(dest: Path, env: dict[str, str]) -> str:
    """Commit this working tree into a new repository at ``dest``; return the commit id."""
    if not (ROOT / ".git").exists():
        pytest.skip("the hook source must be a git checkout (a snapshot of its files is committed)")
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    dest.mkdir()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():  # a tracked file deleted in the working tree is left out
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    repo = Repo(dest, env)
    _git_init(repo)
    repo.git("add", "-A")
    repo.git("commit", "-q", "-m", "snapshot of the working tree")
    return repo.git("rev-parse", "HEAD").stdout.strip()


def _index_reachable(tmp: Path, env: dict[str, str]) -> bool:
    """Whether pip can download from its package index (hatchling: what building hf-rules needs)."""
    try:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--quiet",
                "--retries",
                "0",
                "--timeout",
                "15",
                "--dest",
                str(tmp / "probe"),
                "hatchling>=1.18",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    except subprocess.TimeoutExpired:
        return False
    return result.returncode == 0


def _hook_output(result: subprocess.CompletedProcess[str]) -> str:
    """What pre-commit printed (git runs hooks with their output on its standard error)."""
    return result.stdout + result.stderr


@pytest.fixture(scope="module")
def config_repo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Repo]:
    """A config repository with the hook installed and its first (compliant) commit made."""
    pytest.importorskip("pre_commit", reason=NO_PRE_COMMIT)
    tmp = tmp_path_factory.mktemp("precommit")
    env = _environment(tmp)
    if not _index_reachable(tmp, env):
        pytest.skip("pip cannot reach its package index; pre-commit installs the hook's environment from it")
    rev = _snapshot(tmp / "hook-source", env)

    repo = Repo(tmp / "config", env)
    shutil.copytree(OSLO, repo.path)
    (repo.path / ".hf-rules.yaml").write_text("rules: [oslo]\ndocuments: [organisation.yaml]\n", encoding="utf-8")
    (repo.path / ".pre-commit-config.yaml").write_text(
        "repos:\n"
        f"  - repo: {tmp / 'hook-source'}\n"
        f"    rev: {rev}\n"
        "    hooks:\n"
        "      - id: hf-rules\n"
        f"        args: [--as-of, '{AS_OF}']\n",
        encoding="utf-8",
    )
    _git_init(repo)
    installed = repo.run(sys.executable, "-m", "pre_commit", "install")
    assert installed.returncode == 0, installed.stdout + installed.stderr
    environment = repo.run(sys.executable, "-m", "pre_commit", "install-hooks", timeout=300)
    assert environment.returncode == 0, environment.stdout + environment.stderr

    # The first commit holds every document and both hidden config files, which the hook's
    # `files` pattern leaves out.
    first = repo.commit(".", message="the Oslo example")
    assert first.returncode == 0, first.stdout + first.stderr
    assert re.search(r"^hf-rules\.+Passed$", _hook_output(first), re.M), _hook_output(first)
    return repo


@pytest.fixture
def repo(config_repo: Repo) -> Iterator[Repo]:
    """The config repository; whatever a test changed and did not commit is thrown away after it."""
    yield config_repo
    config_repo.git("reset", "-q", "--hard", "HEAD")
    config_repo.git("clean", "-q", "-fd")


def test_compliant_change_to_one_plan_passes(repo: Repo) -> None:
    """Only the plan is passed to the hook; .hf-rules.yaml `documents` brings its organisation."""
    edit(repo.path / SSU_PLAN, "{date: 2026-02-11}", "{date: 2026-02-11, topic: Årsplan}")
    result = repo.commit(SSU_PLAN)
    assert result.returncode == 0, _hook_output(result)
    assert re.search(r"^hf-rules\.+Passed$", _hook_output(result), re.M), _hook_output(result)
    assert repo.check_everything().returncode == 0


def test_plan_that_breaks_the_chair_rotation_fails_the_commit(repo: Repo) -> None:
    edit(repo.path / SSU_PLAN, SSU_2026_OUS, SSU_2026_OSLO)
    result = repo.commit(SSU_PLAN)
    output = _hook_output(result)
    assert result.returncode != 0, output
    assert "- hook id: hf-rules" in output and "- exit code: 1" in output, output
    assert re.search(rf"^{re.escape(SSU_PLAN)}:\d+:\d+: error OSLO-SSU-CHAIR-TURNS ", output, re.M), output
    # The hook was given the changed plan only; the organisation came from .hf-rules.yaml.
    assert re.search(rf"^  \S.* {re.escape(SSU_PLAN)}  MeetingPlan ssu-2025-2026$", output, re.M), output
    assert not re.search(r"^  ok ", output, re.M), output  # --brief: compliant files are not listed
    assert "meeting-plan-lsu-ous-2025.yaml" not in output
    # The verdict is the one of checking the whole repository.
    everything = repo.check_everything()
    assert everything.returncode == 1 and "OSLO-SSU-CHAIR-TURNS" in everything.stdout, everything.stdout
    assert repo.git("status", "--porcelain").stdout.strip() == f"M  {SSU_PLAN}"  # nothing was committed


def test_organisation_without_the_sunnaas_observer_fails_the_commit(repo: Repo) -> None:
    edit(repo.path / "organisation.yaml", SUNNAAS_OBSERVER, "")
    result = repo.commit("organisation.yaml")
    output = _hook_output(result)
    assert result.returncode != 0, output
    assert "- exit code: 1" in output, output
    assert re.search(r"^organisation\.yaml:\d+:\d+: error OSLO-SSU-OBSERVERS ", output, re.M), output
    everything = repo.check_everything()
    assert everything.returncode == 1 and "OSLO-SSU-OBSERVERS" in everything.stdout, everything.stdout


OTHER_YAML = {
    ".github/workflows/ci.yml": "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n",
    "docker-compose.yml": "services:\n  web:\n    image: nginx:1.27\n    ports: ['8080:80']\n",
    ".yamllint": "extends: default\nrules:\n  line-length: {max: 120}\n",
    "mkdocs.yml": "site_name: Helsefellesskap\n",
}


def test_other_yaml_of_an_ordinary_repository_passes_and_a_defect_still_fails(repo: Repo) -> None:
    """A workflow, a compose file, a yamllint config and mkdocs.yml beside the documents: the
    hook passes over the files that are not hf-rules documents (as a folder scan does), and a
    real defect committed with them still fails the commit."""
    for name, text in OTHER_YAML.items():
        (repo.path / name).parent.mkdir(parents=True, exist_ok=True)
        (repo.path / name).write_text(text, encoding="utf-8")
    only_other = repo.commit(*OTHER_YAML, message="other tools' YAML")
    output = _hook_output(only_other)
    assert only_other.returncode == 0, output
    assert re.search(r"^hf-rules\.+Passed$", output, re.M), output

    (repo.path / "docker-compose.yml").write_text(OTHER_YAML["docker-compose.yml"] + "volumes: {}\n", encoding="utf-8")
    edit(repo.path / "organisation.yaml", SUNNAAS_OBSERVER, "")
    with_defect = repo.commit("docker-compose.yml", "organisation.yaml")
    output = _hook_output(with_defect)
    assert with_defect.returncode != 0, output
    assert "- exit code: 1" in output, output
    assert re.search(r"^organisation\.yaml:\d+:\d+: error OSLO-SSU-OBSERVERS ", output, re.M), output
    assert re.search(r"^  hoppet over +docker-compose\.yml \(ikke et hf-rules-dokument", output, re.M), output


def test_broken_hf_rules_document_given_to_the_hook_is_an_error(repo: Repo) -> None:
    """A file that claims to be an hf-rules document and is broken is exit 2 at its line."""
    (repo.path / "draft.yaml").write_text("apiVersion: hf-rules/v2\nkind: Organisation\n", encoding="utf-8")
    result = repo.commit("draft.yaml")
    output = _hook_output(result)
    assert result.returncode != 0, output
    assert "- exit code: 2" in output, output
    assert re.search(
        r"^draft\.yaml:1:13: error: apiVersion er 'hf-rules/v2'; forventet 'hf-rules/v1'$", output, re.M
    ), output


# --- the manifest, the documented config and the example workflow, without network ---------------


def _pre_commit(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    pytest.importorskip("pre_commit", reason=NO_PRE_COMMIT)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args], cwd=cwd, capture_output=True, text=True, timeout=60
    )


def test_hook_manifest_is_valid() -> None:
    result = _pre_commit("validate-manifest", str(ROOT / ".pre-commit-hooks.yaml"), cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    manifest = YAML(typ="safe").load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    [hook] = manifest
    assert hook["entry"] == "hf-rules check --brief --allow-empty" and hook["require_serial"] is True
    assert hook["language"] == "python" and hook["types"] == ["yaml"]
    files = re.compile(hook["files"])
    for path in ("organisation.yaml", "plans/ssu.yaml", "a/b/waivers.yml"):
        assert files.search(path), path
    for path in (".pre-commit-config.yaml", ".hf-rules.yaml", ".github/workflows/ci.yml", "plans/.draft.yaml"):
        assert not files.search(path), path


def test_documented_pre_commit_configs_are_valid(tmp_path: Path) -> None:
    """Every ``repos:`` snippet of docs/integrations.md, and the hook options shown alone."""
    text = (ROOT / "docs" / "integrations.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text, re.S)
    configs = [b for b in blocks if b.startswith("repos:")]
    options = [b for b in blocks if b.lstrip().startswith("- id: hf-rules")]
    assert configs and len(options) >= 3
    header = configs[0].split("      - id: hf-rules")[0]
    for i, body in enumerate(configs + [header + b for b in options]):
        path = tmp_path / f"config-{i}.yaml"
        path.write_text(body, encoding="utf-8")
        result = _pre_commit("validate-config", str(path), cwd=tmp_path)
        assert result.returncode == 0, body + result.stdout + result.stderr


def test_documented_hf_rules_config_is_valid(tmp_path: Path) -> None:
    from hf_rules.app.config import load_config

    text = (ROOT / "docs" / "integrations.md").read_text(encoding="utf-8")
    [block] = [b for b in re.findall(r"```yaml\n(.*?)```", text, re.S) if b.startswith("rules:")]
    (tmp_path / ".hf-rules.yaml").write_text(block, encoding="utf-8")
    loaded = load_config(tmp_path / ".hf-rules.yaml")
    assert loaded.config.documents == ["organisation.yaml", "plans/"]


def test_example_workflow_commands_run_as_written(tmp_path: Path) -> None:
    """The ``hf-rules`` commands of docs/examples/github-workflow.yml, in a copy of the Oslo example."""
    workflow = YAML(typ="safe").load((ROOT / "docs" / "examples" / "github-workflow.yml").read_text(encoding="utf-8"))
    [job] = workflow["jobs"].values()
    assert job["permissions"]["security-events"] == "write"
    steps = job["steps"]
    commands = [s["run"] for s in steps if s.get("run", "").startswith("hf-rules ")]
    assert len(commands) == 2
    sarif_step = next(s for s in steps if "--format sarif" in s.get("run", ""))
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    assert sarif_step.get("continue-on-error") is True or "|| true" in sarif_step["run"]
    assert steps.index(upload) > steps.index(sarif_step)

    shutil.copytree(OSLO, tmp_path / "repo")
    (tmp_path / "repo" / ".hf-rules.yaml").write_text("documents: [organisation.yaml]\n", encoding="utf-8")
    edit(tmp_path / "repo" / "organisation.yaml", SUNNAAS_OBSERVER, "")
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    for command in commands:
        argv, _, redirect = command.partition(" > ")
        args = argv.split()[1:] + ["--as-of", AS_OF]
        result = subprocess.run(
            [sys.executable, "-m", "hf_rules", *args],
            cwd=tmp_path / "repo",
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 1, command + result.stdout + result.stderr
        if redirect:
            sarif = json.loads(result.stdout)
            assert sarif["version"] == "2.1.0"
            [finding] = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "OSLO-SSU-OBSERVERS"]
            location = finding["locations"][0]["physicalLocation"]["artifactLocation"]
            assert location["uri"] == "organisation.yaml"
        else:
            assert re.search(
                r"^::error file=organisation\.yaml,line=\d+,col=\d+,title=OSLO-SSU-OBSERVERS::", result.stdout, re.M
            ), result.stdout
