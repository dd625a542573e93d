"""The Forum's relations end to end, on a copy of the Vestfjord example: a competence group under
every FSU (``sub_committee_of`` a list), «SSU skal støtte opp om arbeidet i FSU» (``supports``),
the highest body that is a sub-committee of no forum, and the fagråd of each delavtale
(``follows_up``) — in check, fix, diff, audit and expressions; a wrong id is a located input error."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import AS_OF, Run, edit
from tests.support import FIXTURES

Hf = Callable[..., Run]

RULES: dict[str, tuple[dict[str, Any], str, dict[str, Any]]] = {
    "VX-GROUP": (
        {"kind": "forum", "type": ["arbeidsgruppe"]},
        "relation",
        {"relation": "sub_committee_of", "to_types": ["samarbeidsforum"], "mode": "all"},
    ),
    "VX-GROUP-PARENTS": (
        {"kind": "forum", "type": ["arbeidsgruppe"]},
        "sub_committee",
        {"of_types": ["samarbeidsforum"]},
    ),
    "VX-SUPPORTS": (
        {"kind": "forum", "type": ["strategisk-samarbeidsutvalg"]},
        "relation",
        {"relation": "supports", "to_types": ["samarbeidsforum"], "mode": "all"},
    ),
    "VX-TOP": (
        {"kind": "forum", "type": ["partnerskapsmote"]},
        "relation",
        {"relation": "sub_committee_of", "mode": "none"},
    ),
    "VX-DELAVTALER": (
        {"kind": "organisation"},
        "fora_cover_values",
        {"field": "follows_up", "values": ["delavtale-1", "delavtale-2"]},
    ),
    "VX-CEL": (
        {"kind": "forum", "type": ["arbeidsgruppe"]},
        "expression",
        {
            "expression": "forum.sub_committee_of.size() >= 2",
            "message_expression": "forum.sub_committee_of[0] + ' (' + string(forum.sub_committee_of.size()) + ')'",
        },
    ),
}
GROUP = """
  kompetansegruppe:
    name: Kompetansegruppe legemiddel
    type: arbeidsgruppe
    sub_committee_of: fsu-eldre-kroniske
    follows_up: [delavtale-1]
"""


def _pack() -> str:
    lines = [
        "apiVersion: hf-rules/v1",
        "kind: RulePack",
        "metadata:",
        "  id: vx",
        "  version: 1.0.0",
        "  name: {nb: Relasjoner, en: Relations}",
        "  extends: [vestfjord]",
        "rules:",
    ]
    for rule_id, (selector, function, options) in RULES.items():
        message = "{subject_name}: {detail}" if function == "expression" else "{subject_name}"
        lines += [
            f"  - id: {rule_id}",
            "    title: {nb: Relasjon, en: Relation}",
            f'    message: {{nb: "{message}", en: "{message}"}}',
            "    hint: {nb: Rett det., en: Fix it.}",
            "    severity: error",
            '    source: {document: avtale-vestfjord, quote: "x"}',
            "    obligations: [V1]",
            f"    applies_to: {json.dumps(selector)}",
            "    check:",
            f"      function: {function}",
            f"      options: {json.dumps(options)}",
        ]
    return "\n".join(lines) + "\n"


@pytest.fixture
def vestfjord(tmp_path: Path) -> Path:
    """A copy of the Vestfjord example with a competence group under one FSU, and the pack ``vx``."""
    folder = tmp_path / "vf"
    shutil.copytree(FIXTURES / "communities" / "vestfjord", folder)
    shutil.copy(folder / "pack.yaml", folder / "vestfjord.yaml")  # found by `extends: [vestfjord]`
    (folder / "vx.yaml").write_text(_pack(), encoding="utf-8")
    with (folder / "organisation.yaml").open("a", encoding="utf-8") as handle:
        handle.write(GROUP)
    return folder


def _line(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def _check(hf: Hf, folder: Path, command: str = "check") -> tuple[Run, list[tuple[str, str, int, str]]]:
    run = hf(
        command, "--no-config", "--lang", "en", "--as-of", AS_OF, "--rules", str(folder / "vx.yaml"),
        "--format", "json", str(folder / "organisation.yaml"),
    )  # fmt: skip
    if command != "check":
        return run, []
    found = json.loads(run.out)["findings"]
    return run, sorted((f["rule"], f["subject"], f["line"], f["message"]) for f in found if f["rule"].startswith("VX-"))


def test_check_sees_each_new_relation(hf: Hf, vestfjord: Path) -> None:
    org = vestfjord / "organisation.yaml"
    run, found = _check(hf, vestfjord)
    assert run.code == 1, run.both
    group, ssu = _line(org, "    sub_committee_of: fsu-eldre-kroniske"), _line(org, "  strategisk-samarbeidsutvalg:")
    assert found == [
        (
            "VX-CEL",
            "kompetansegruppe",
            _line(org, "  kompetansegruppe:"),
            "Kompetansegruppe legemiddel: fsu-eldre-kroniske (1)",
        ),
        ("VX-DELAVTALER", "helsefellesskap-vestfjord", _line(org, "fora:"), "Helsefellesskap Vestfjord"),
        ("VX-GROUP", "kompetansegruppe", group, "Kompetansegruppe legemiddel"),
        ("VX-SUPPORTS", "strategisk-samarbeidsutvalg", ssu, "Strategisk samarbeidsutvalg"),
        ("VX-SUPPORTS", "strategisk-samarbeidsutvalg", ssu, "Strategisk samarbeidsutvalg"),
    ]
    edit(
        org,
        "    sub_committee_of: fsu-eldre-kroniske\n",
        "    sub_committee_of: [fsu-eldre-kroniske, fsu-barn-unge-psykisk-helse]\n",
    )
    edit(org, "    follows_up: [delavtale-1]\n", "    follows_up: [delavtale-1, delavtale-2]\n")
    edit(
        org,
        "    gives_input_to: [partnerskapsmote]\n",
        "    gives_input_to: [partnerskapsmote]\n    supports: [fsu-barn-unge-psykisk-helse, fsu-eldre-kroniske]\n",
    )
    run, found = _check(hf, vestfjord)
    assert (run.code, found) == (0, []), run.both
    # the partnerskapsmøte written as a sub-committee of the SSU: it is no longer the highest body
    edit(
        org,
        "    type: partnerskapsmote\n",
        "    type: partnerskapsmote\n    sub_committee_of: strategisk-samarbeidsutvalg\n",
    )
    run, found = _check(hf, vestfjord)
    top = _line(org, "    sub_committee_of: strategisk-samarbeidsutvalg")
    assert (run.code, found) == (1, [("VX-TOP", "partnerskapsmote", top, "Partnerskapsmøtet")]), run.both


def test_an_unknown_forum_in_sub_committee_of_or_supports_is_a_located_input_error(hf: Hf, vestfjord: Path) -> None:
    org = vestfjord / "organisation.yaml"
    edit(
        org,
        "    sub_committee_of: fsu-eldre-kroniske\n",
        "    sub_committee_of: [fsu-eldre-kroniske, fsu-eldre]\n    supports: [ssu]\n",
    )
    run = hf("validate", "--no-config", "--lang", "en", str(org))
    assert run.code == 2, run.both
    line = _line(org, "    sub_committee_of: [")
    column = len("    sub_committee_of: [fsu-eldre-kroniske, ") + 1
    assert run.out.splitlines()[:2] == [
        f"{org}:{line}:{column}: error: sub_committee_of 'fsu-eldre' is not another forum of this organisation; "
        "expected one of: fsu-barn-unge-psykisk-helse, fsu-eldre-kroniske, partnerskapsmote, strategisk-samarbeidsutvalg",
        f"{org}:{line + 1}:16: error: forum 'ssu' in supports is not a forum of this organisation; expected one of: "
        "fsu-barn-unge-psykisk-helse, fsu-eldre-kroniske, kompetansegruppe, partnerskapsmote, strategisk-samarbeidsutvalg",
    ]


def test_fix_adds_to_a_list_of_parents_and_to_supports(hf: Hf, vestfjord: Path) -> None:
    org = vestfjord / "organisation.yaml"
    group = _line(org, "    sub_committee_of: fsu-eldre-kroniske")  # one id is not a list: left as it is
    run = hf("fix", "--no-config", "--lang", "en", "--as-of", AS_OF, "--rules", str(vestfjord / "vx.yaml"), str(org))
    assert run.code == 1, run.both
    assert f"{org}:{group}: VX-GROUP: not fixed: sub_committee_of is not a list" in run.out
    text = org.read_text(encoding="utf-8")
    assert "    supports:\n      - fsu-barn-unge-psykisk-helse\n      - fsu-eldre-kroniske\n    members:" in text
    edit(org, "    sub_committee_of: fsu-eldre-kroniske\n", "    sub_committee_of: [fsu-eldre-kroniske]\n")
    run = hf("fix", "--no-config", "--lang", "en", "--as-of", AS_OF, "--rules", str(vestfjord / "vx.yaml"), str(org))
    assert "    sub_committee_of: [fsu-eldre-kroniske, fsu-barn-unge-psykisk-helse]\n" in org.read_text(
        encoding="utf-8"
    )
    _, found = _check(hf, vestfjord)
    assert [rule for rule, *_ in found] == ["VX-DELAVTALER"]


def test_diff_and_audit_show_the_relations(hf: Hf, vestfjord: Path, tmp_path: Path) -> None:
    old = tmp_path / "old"
    old.mkdir()
    shutil.copy(vestfjord / "organisation.yaml", old / "organisation.yaml")
    org = vestfjord / "organisation.yaml"
    edit(
        org,
        "    sub_committee_of: fsu-eldre-kroniske\n",
        "    sub_committee_of: [fsu-eldre-kroniske, fsu-barn-unge-psykisk-helse]\n",
    )
    edit(org, "    follows_up: [delavtale-1]\n", "    follows_up: [delavtale-1, delavtale-2]\n")
    edit(
        org,
        "    gives_input_to: [partnerskapsmote]\n",
        "    gives_input_to: [partnerskapsmote]\n    supports: [fsu-eldre-kroniske]\n",
    )
    run = hf(
        "diff",
        "--no-config",
        "--lang",
        "en",
        "--rules",
        str(vestfjord / "vx.yaml"),
        str(old / "organisation.yaml"),
        str(org),
    )
    assert run.code == 1, run.both
    structure = run.out.split("Structural changes:\n")[1].split("\n\n")[0].splitlines()
    group, supports = _line(org, "    sub_committee_of: ["), _line(org, "    supports: [")
    assert structure == [
        f"  {org}:{supports}: relation added: strategisk-samarbeidsutvalg supports the work of fsu-eldre-kroniske",
        f"  {org}:{group + 1}: forum changed: kompetansegruppe: follows_up [delavtale-1] → [delavtale-1, delavtale-2]",
        f"  {org}:{group}: relation added: kompetansegruppe is a sub-committee of fsu-barn-unge-psykisk-helse",
    ]
    out = tmp_path / "audit.md"
    run = hf(
        "audit",
        "--no-config",
        "--lang",
        "en",
        "--as-of",
        AS_OF,
        "--rules",
        str(vestfjord / "vx.yaml"),
        "-o",
        str(out),
        str(org),
    )
    assert run.code == 1, run.both
    rows = [line for line in out.read_text(encoding="utf-8").splitlines() if line.startswith("| **")]
    fsu_eldre = "Faglig samarbeidsutvalg for skrøpelige eldre og personer med flere kroniske lidelser"
    fsu_barn = "Faglig samarbeidsutvalg for barn og unge, psykisk helse og rus"
    assert any(
        row.endswith(f"supports the work of: {fsu_eldre} |") for row in rows if "Strategisk samarbeidsutvalg" in row
    )
    (group_row,) = [row for row in rows if row.startswith("| **Kompetansegruppe legemiddel**")]
    assert group_row.endswith(
        f"| is a sub-committee of: {fsu_eldre}, {fsu_barn}; follows up: delavtale-1, delavtale-2 |"
    )
