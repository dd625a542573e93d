"""The wheel ships the rule packs and schemas inside the package, so `pip install` users have them."""

from __future__ import annotations

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
    for scaffold in (
        "hf-rules.yaml",
        "organisation.yaml",
        "plans/meeting-plan-ssu-2025-2026.yaml",
        "pre-commit-config.yaml",
        "workflow.yml",
    ):
        assert f"hf_rules/app/scaffold/{scaffold}" in names  # hf-rules init works from an installed wheel
