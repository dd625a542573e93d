"""Paths the tests share: the repository, its fixtures, and ../shared beside it (the design
brief's examples, seeds and specs; present in CI, perhaps absent elsewhere)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"


def line_of(path: Path, text: str) -> int:
    """The number of the first line of ``path`` that holds ``text`` (a generated pack's line moves
    with the phrasebook's vocabulary: tests find it, not hard-code it)."""
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)
