"""A seat held for a forum (``on_behalf_of``) names its post as an unmarked seat may: the guide's
Finnmark observer row «Leder av SU (Samhandlingsutvalget)» is the SU leader's with or without
``on_behalf_of`` (round 20, Finnmark FM9: with it, the row was reported absent)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli
from tests.support import ROOT

FINNMARK = ROOT / "fixtures" / "communities" / "finnmark"
ROW = "      - {party: finnmarkssykehuset, role: Leder av SU (Samhandlingsutvalget), speaking_rights: true}\n"


def _check(tmp_path: Path, row: str) -> tuple[int, list[tuple[str, str, int, str]]]:
    text = (FINNMARK / "organisation.yaml").read_text(encoding="utf-8")
    assert ROW in text
    (tmp_path / "organisation.yaml").write_text(text.replace(ROW, row), encoding="utf-8")
    run = run_cli("check", "--rules", str(FINNMARK / "pack.yaml"), str(tmp_path), "--format", "json")
    found = [(v["rule"], v["subject"], v["line"], v["message"]) for v in json.loads(run.out)["findings"]]
    return run.code, found


def test_the_guides_observer_row_is_the_su_leaders_with_or_without_on_behalf_of(tmp_path: Path) -> None:
    guide = (ROOT / "docs" / "writing-a-pack.md").read_text(encoding="utf-8")
    assert ROW in guide  # the guide shows the fixture's row
    assert _check(tmp_path, ROW) == (0, [])
    marked = ROW.replace("speaking_rights", "on_behalf_of: strategisk-samarbeidsutvalg, speaking_rights")
    assert _check(tmp_path, marked) == (0, [])
    other_post = marked.replace("Leder av SU (Samhandlingsutvalget)", "Kommuneoverlege")
    assert _check(tmp_path, other_post) == (
        1,
        [
            (
                "FI-PM-SU-OBSERVER",
                "strategisk-samarbeidsutvalg",
                134,
                "finnmarkssykehuset (Leder) i Strategisk samarbeidsutvalg (SU): er ikke representert i Partnerskapsmøte",
            )
        ],
    )
