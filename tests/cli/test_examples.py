"""The user-facing reference examples stay valid and compliant.

``fixtures/oslo`` is a copy of ../shared/examples/oslo (the format users write); where the shared
folder is present, the copy must be identical and the originals must pass too.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from hf_rules.app.run import Settings, run_check
from tests.support import ROOT

FIXTURE = ROOT / "fixtures" / "oslo"
SHARED = ROOT.parent / "shared" / "examples" / "oslo"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared examples not found at {SHARED}")


@pytest.mark.parametrize("folder", [FIXTURE, pytest.param(SHARED, marks=needs_shared)], ids=["fixture", "shared"])
@pytest.mark.parametrize("lang", ["nb", "en"])
def test_oslo_example_is_compliant(folder: Path, lang: str) -> None:
    output, code = run_check(Settings(paths=[str(folder)], lang=lang, use_config=False, as_of=dt.date(2026, 6, 1)))
    assert code == 0, output
    assert ("Resultat: I SAMSVAR" if lang == "nb" else "Verdict: COMPLIANT") in output
    for name in (
        "organisation.yaml",
        "meeting-plan-lsu-ous-2025.yaml",
        "meeting-plan-partnerskapsmote.yaml",
        "meeting-plan-ssu-2025-2026.yaml",
    ):
        assert f"{folder / name}" in output


@needs_shared
def test_fixture_is_a_faithful_copy_of_the_shared_examples() -> None:
    shared = {p.name: p.read_bytes() for p in SHARED.iterdir()}
    fixture = {p.name: p.read_bytes() for p in FIXTURE.iterdir()}
    # The fixture's last line points editors at the schema (# yaml-language-server: $schema=...).
    modeline = re.compile(rb"# yaml-language-server: \$schema=\.\./\.\./schemas/[a-z-]+\.schema\.json\n\Z")
    assert all(modeline.search(text) for text in fixture.values())
    assert {name: modeline.sub(b"", text) for name, text in fixture.items()} == shared
