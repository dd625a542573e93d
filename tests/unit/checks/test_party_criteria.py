"""Parties picked by applies_to as seat selectors pick a seat's party: party_type, side, region,
part_of, tags (beside type, id and has_sector)."""

from __future__ import annotations

from pathlib import Path

from hf_rules.documents.workspace import build_workspace
from hf_rules.engine.evaluate import subjects
from hf_rules.rules.model import Selector

ORG = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: agder, name: Helsefellesskapet Agder}
regions:
  lister: {name: Lister, parties: [flekkefjord]}
parties:
  sshf: {name: Sørlandet sykehus HF, type: helseforetak, side: sykehus}
  sshf-flekkefjord: {name: Sykehuset i Flekkefjord, type: sykehus, side: sykehus, part_of: sshf}
  flekkefjord: {name: Flekkefjord kommune, type: kommune, side: kommune, tags: [liten-kommune]}
  farsund: {name: Farsund kommune, type: kommune, side: kommune, region: lister}
  arendal: {name: Arendal kommune, type: kommune, side: kommune}
  bydel-x: {name: Bydel X, type: bydel, side: kommune, part_of: farsund}
  ombudet: {name: Pasient- og brukerombudet, type: ombud, side: uavhengig}
fora:
  pm: {name: Partnerskapsmøtet, type: partnerskapsmote}
"""


def _selected(tmp_path: Path, selector: Selector) -> list[str]:
    (tmp_path / "org.yaml").write_text(ORG, encoding="utf-8")
    workspace = build_workspace([str(tmp_path)])
    assert workspace.problems == []
    return [s.id for s in subjects(workspace, selector)]


def test_party_type_side_and_tags(tmp_path: Path) -> None:
    kommune = ["flekkefjord", "farsund", "arendal"]
    assert _selected(tmp_path, Selector(kind="party", party_type=["kommune"])) == kommune
    assert _selected(tmp_path, Selector(kind="party", party_type=["kommune"], type=["bydel"])) == []
    assert _selected(tmp_path, Selector(kind="party", side=["sykehus"])) == ["sshf", "sshf-flekkefjord"]
    assert _selected(tmp_path, Selector(kind="party", side=["uavhengig"])) == ["ombudet"]
    assert _selected(tmp_path, Selector(kind="party", tags=["liten-kommune"])) == ["flekkefjord"]


def test_region_and_part_of_through_the_parties_a_party_is_part_of(tmp_path: Path) -> None:
    # Flekkefjord by the region's list, Farsund by its own region, the bydel by Farsund's
    assert _selected(tmp_path, Selector(kind="party", region=["lister"])) == ["flekkefjord", "farsund", "bydel-x"]
    assert _selected(tmp_path, Selector(kind="party", region=["lister"], party_type=["kommune"])) == [
        "flekkefjord",
        "farsund",
    ]
    assert _selected(tmp_path, Selector(kind="party", part_of=["sshf"])) == ["sshf", "sshf-flekkefjord"]
    assert _selected(tmp_path, Selector(kind="party", part_of=["farsund"])) == ["farsund", "bydel-x"]
    assert _selected(tmp_path, Selector(kind="party", region=["agder"])) == []
