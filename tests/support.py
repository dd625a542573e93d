"""Paths the tests share: the repository, its fixtures, and ../shared beside it (the design
brief's examples, seeds and specs; present in CI, perhaps absent elsewhere)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
