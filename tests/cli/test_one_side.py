"""The forum criterion ``one_side``: a body of one side (the municipalities' own board) apart from the
joint fora of the health community (round 22 Vestre Viken VV5: «delt inn i tre nivåer» beside the
Samarbeidsstyret of the municipalities' KHS)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import Run
from tests.support import FIXTURES

LEVELS = """\
apiVersion: hf-rules/v1
kind: RulePack
metadata:
  id: levels
  version: 1.0.0
  name: {nb: Nivåer, en: Levels}
  extends: [vestre-viken]
rules:
  - id: LV-THREE-LEVELS
    title: {nb: Tre nivåer, en: Three levels}
    message: {nb: "{forum_type} er ikke et av de tre nivåene", en: "{forum_type} is not one of the three levels"}
    hint: {nb: Rett det., en: Fix it.}
    severity: error
    source: {document: vv-samhandling, quote: "Helsefellesskapet omfatter 21 kommuner."}
    obligations: [VV1]
    applies_to: {kind: forum%s}
    check:
      function: forum_type_not_allowed
      options: {only: [partnerskapsmote, strategisk-samarbeidsutvalg, lokalt-samarbeidsutvalg, samarbeidsforum]}
  - id: LV-ONE-BOARD
    title: {nb: Ett styre, en: One board}
    message: {nb: "{label}: {found}, {requirement}", en: "{label}: {found}, {requirement}"}
    hint: {nb: Rett det., en: Fix it.}
    severity: error
    source: {document: vv-samhandling, quote: "Helsefellesskapet omfatter 21 kommuner."}
    obligations: [VV1]
    applies_to: {kind: organisation}
    check:
      function: forum_count
      options: {one_side: true, exactly: 1, label: {nb: kommunenes eget styre, en: the municipalities' own board}}
"""


@pytest.fixture
def vv(tmp_path: Path) -> Path:
    folder = tmp_path / "vv"
    shutil.copytree(FIXTURES / "communities" / "vestre-viken", folder)
    shutil.copy(folder / "pack.yaml", folder / "vestre-viken.yaml")  # found by `extends: [vestre-viken]`
    return folder


def _run(hf, folder: Path, applies: str) -> Run:
    (folder / "levels.yaml").write_text(LEVELS % applies, encoding="utf-8")
    return hf(
        "check", "--no-config", "--lang", "en", "--brief", "--as-of", "2025-06-01",
        "--rules", str(folder / "levels.yaml"), str(folder / "organisation.yaml"),
    )  # fmt: skip


def _lv(run: Run) -> list[str]:
    return [line.split("organisation.yaml:", 1)[1] for line in run.out.splitlines() if " LV-" in line]


def test_the_municipalities_own_board_is_left_out_of_the_joint_levels(hf, vv: Path) -> None:
    assert _lv(_run(hf, vv, "")) == ["241:11: error LV-THREE-LEVELS samarbeidsstyre is not one of the three levels"]
    run = _run(hf, vv, ", one_side: false")
    assert (run.code, _lv(run)) == (0, []), run.both


def test_a_joint_forum_of_another_type_is_still_reported(hf, vv: Path) -> None:
    org = vv / "organisation.yaml"
    text = org.read_text("utf-8")
    org.write_text(
        text.replace(
            "  lsu-drammen:\n    name: LSU Drammen\n    type: lokalt-samarbeidsutvalg",
            "  lsu-drammen:\n    name: LSU Drammen\n    type: samarbeidsstyre",
            1,
        ),
        "utf-8",
    )
    assert org.read_text("utf-8") != text
    run = _run(hf, vv, ", one_side: false")
    assert (run.code, _lv(run)) == (1, ["159:11: error LV-THREE-LEVELS samarbeidsstyre is not one of the three levels"])


def test_a_second_board_of_one_side_is_counted(hf, vv: Path) -> None:
    """The board with a KS seat beside the municipalities' (a third side) is still one-sided; a
    hospital seat on it makes it a joint forum, and no board of one side is left."""
    org = vv / "organisation.yaml"
    board = "      - {party: asker, role: Kommunaldirektør, level: direktor, term: {from: 2023-01-01, to: 2026-12-31}, appointed_by: asker}\n"
    text = org.read_text("utf-8")
    assert text.count(board) == 1
    org.write_text(text.replace(board, board + "      - {party: vestre-viken, role: Samhandlingssjef}\n"), "utf-8")
    run = _run(hf, vv, ", one_side: false")
    assert (run.code, _lv(run)) == (
        1,
        [
            "65:1: error LV-ONE-BOARD the municipalities' own board: 0, exactly 1",
            "241:11: error LV-THREE-LEVELS samarbeidsstyre is not one of the three levels",
        ],
    ), run.out
