"""The wheel ships the rule packs and schemas inside the package, so `pip install` users have them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.support import ROOT


def test_wheel_contains_packs_and_schemas(tmp_path: Path) -> None:
    pytest.importorskip("hatchling", reason="hatchling (a test dependency) builds the wheel offline")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "--wheel-dir",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("hf_rules-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for pack in (ROOT / "rules").glob("*.yaml"):
        assert f"hf_rules/_bundled/rules/{pack.name}" in names
    for schema in (ROOT / "schemas").glob("*.json"):
        assert f"hf_rules/_bundled/schemas/{schema.name}" in names
    assert "hf_rules/cli/commands.py" in names
    assert "hf_rules/documents/data/municipalities-2024.csv" in names  # the register of municipalities
    for scaffold in (
        "hf-rules.yaml",
        "organisation.yaml",
        "plans/meeting-plan-ssu-2025-2026.yaml",
        "pre-commit-config.yaml",
        "workflow.yml",
    ):
        assert f"hf_rules/app/scaffold/{scaffold}" in names  # hf-rules init works from an installed wheel


def test_built_wheel_runs_the_main_job_in_a_fresh_environment(tmp_path: Path) -> None:
    """``python -m build`` (as CI runs it) makes a wheel that, installed into a fresh virtual
    environment, runs the README's main job from a folder outside the repository.

    Without network: the wheel is installed with ``--no-deps``, and the environment sees the
    dependencies already installed here through a ``.pth`` line naming their folder (a plain
    path: the editable hf-rules of this checkout is not put on the path, so what runs is the
    wheel)."""
    pytest.importorskip("build", reason="build (a test dependency) makes the sdist and the wheel")
    import sysconfig
    import venv

    dist = tmp_path / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--sdist", "--wheel", "--outdir", str(dist), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = dist.glob("hf_rules-*.whl")
    assert list(dist.glob("hf_rules-*.tar.gz"))

    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(site, "dependencies-of-the-test-run.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    installed = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-index", "--no-deps", str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr

    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(ROOT / "fixtures" / "oslo", elsewhere / "oslo")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "GITHUB_ACTIONS")}
    where = subprocess.run(
        [str(python), "-c", "import hf_rules; print(hf_rules.__file__)"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert where.stdout.startswith(str(env_dir)), where.stdout + where.stderr  # the wheel, not this checkout
    register = subprocess.run(
        [
            str(python),
            "-c",
            "from hf_rules.documents.municipalities import register; print(len(register().municipalities))",
        ],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert register.stdout == "357\n", register.stdout + register.stderr  # the register is read from the wheel
    run = subprocess.run(
        [str(env_dir / "bin" / "hf-rules"), "check", "oslo"], cwd=elsewhere, env=env, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.endswith("Resultat: I SAMSVAR\n"), run.stdout
    assert "  ok                oslo/organisation.yaml  Organisation helsefellesskap-oslo" in run.stdout
