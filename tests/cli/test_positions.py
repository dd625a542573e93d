"""Seat positions as a vocabulary: the shared leder, nestleder and vararepresentant, and a pack's
own («Ein talsperson vert vald»: `vocabulary.positions: [talsperson]`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

PACK = """\
apiVersion: hf-rules/v1
kind: RulePack
metadata: {id: koss, version: 1.0.0, name: {nb: KOSS, en: KOSS}}
vocabulary:
  positions: [talsperson]
sources:
  side: {title: Nettside, date: 2025-01-01, publisher: Kommunene}
obligations:
  - id: K1
    text: {nb: KOSS velger en talsperson., en: KOSS chooses a spokesperson.}
    source: {document: side, quote: En talsperson velges.}
rules:
  - id: KOSS-TALSPERSON
    title: {nb: En talsperson, en: A spokesperson}
    message: {nb: "{subject_name} har {found} {label}", en: "{subject_name} has {found} {label}"}
    hint: {nb: "Gi én plass `position: talsperson`.", en: "Give one seat `position: talsperson`."}
    severity: error
    source: {document: side, quote: En talsperson velges.}
    obligations: [K1]
    applies_to: {kind: forum, type: [samarbeidsforum]}
    check:
      function: required_seats
      options: {require: [{position: [talsperson], exactly: 1, label: {nb: talspersoner, en: spokespersons}}]}
"""
ORG = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: agder, name: Helsefellesskapet Agder}
parties:
  arendal: {name: Arendal kommune, type: kommune, side: kommune}
  kristiansand: {name: Kristiansand kommune, type: kommune, side: kommune}
fora:
  koss:
    name: KOSS
    type: samarbeidsforum
    members:
      - {party: arendal, role: Kommunedirektør, position: leder}
      - {party: kristiansand, role: Kommunedirektør, position: talsperson}
"""


@pytest.fixture
def koss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pack.yaml").write_text(PACK, encoding="utf-8")
    (tmp_path / "organisation.yaml").write_text(ORG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def findings(*args: str) -> tuple[int, list[tuple[str, int, str]]]:
    result = run_cli("check", "--no-config", "--lang", "en", "--format", "json", "--as-of", "2026-06-01", *args)
    report = json.loads(result.out)
    return result.code, [(f["rule"], f["line"], f["message"]) for f in report["findings"]]


def test_a_position_the_pack_declares_is_a_word_of_the_document(koss: Path) -> None:
    code, found = findings("--rules", "pack.yaml", "organisation.yaml")
    assert (code, found) == (0, [])


def test_without_the_spokesperson_the_rule_reports_the_forum(koss: Path) -> None:
    (koss / "organisation.yaml").write_text(ORG.replace(", position: talsperson", ""), encoding="utf-8")
    code, found = findings("--rules", "pack.yaml", "organisation.yaml")
    assert (code, found) == (1, [("KOSS-TALSPERSON", 11, "KOSS has 0 spokespersons")])


def test_a_position_no_pack_declares_is_a_located_input_error(koss: Path) -> None:
    result = run_cli("check", "--no-config", "--lang", "en", "--rules", "national", "organisation.yaml")
    assert result.code == 2
    assert result.out.splitlines()[0] == (
        "organisation.yaml:13:64: error: fora.koss.members[1].position is 'talsperson'; expected one of: leder, "
        "nestleder, vararepresentant (the positions of the rule packs; a pack adds its own under "
        "vocabulary.positions: if the word is a pack's, give that pack with --rules or rules: in .hf-rules.yaml)"
    )


@pytest.mark.parametrize(
    "negation",
    [
        "{any_of: [{position: [leder]}, {position: [talsperson]}]}",
        "[{position: [leder]}, {position: [talsperson]}]",
    ],
)
def test_not_with_any_of_inside_is_the_list_form(koss: Path, negation: str) -> None:
    """«not: {any_of: [...]}» leaves out the seats that meet any of the selectors, as the list
    form of not does (two blind authors reached for it)."""
    pack = PACK.replace(
        "{require: [{position: [talsperson], exactly: 1, label: {nb: talspersoner, en: spokespersons}}]}",
        "{require: [{not: NEGATION, label: {nb: andre plasser, en: other seats}}]}".replace("NEGATION", negation),
    )
    (koss / "pack.yaml").write_text(pack, encoding="utf-8")
    result = run_cli("check", "--no-config", "--lang", "en", "--quiet", "--rules", "pack.yaml", "organisation.yaml")
    assert result.code == 1
    assert result.out.splitlines()[0] == "organisation.yaml:11:5: error KOSS-TALSPERSON KOSS has 0 other seats"
    (koss / "organisation.yaml").write_text(ORG + "      - {party: arendal, role: Kommunalsjef}\n", encoding="utf-8")
    result = run_cli("check", "--no-config", "--lang", "en", "--quiet", "--rules", "pack.yaml", "organisation.yaml")
    assert result.code == 0, result.out


def test_not_with_any_of_and_another_criterion_is_a_located_error(koss: Path) -> None:
    pack = PACK.replace(
        "{require: [{position: [talsperson], exactly: 1, label: {nb: talspersoner, en: spokespersons}}]}",
        "{require: [{not: {any_of: [{role: [A]}], role: [B]}, label: {nb: x, en: x}}]}",
    )
    (koss / "pack.yaml").write_text(pack, encoding="utf-8")
    result = run_cli("check", "--no-config", "--lang", "en", "--rules", "pack.yaml", "organisation.yaml")
    assert result.code == 2
    assert result.out.splitlines()[0] == (
        "pack.yaml:23:57: error: rule KOSS-TALSPERSON: unknown key 'role' in rules[0].check.options.require[0].not "
        "(`not: {any_of: [...]}` takes only `any_of`: give the other criteria as one more selector in the list); "
        "expected one of: any_of"
    )


LEADERS = """\
  - id: KOSS-LEADER
    title: {nb: En leder, en: A leader}
    message: {nb: "{subject_name}: {problem}", en: "{subject_name}: {problem}"}
    hint: {nb: Gi én plass vervet leder., en: Give one seat the position leder.}
    severity: error
    source: {document: side, quote: En talsperson velges.}
    obligations: [K1]
    applies_to: {kind: forum, type: [samarbeidsforum]}
    check:
      function: forum_leaders
      options: {leader: {position: [leder]}, deputy: false}
"""
BOTH = ORG.replace(", position: talsperson}", "}").replace("position: leder}", "position: [leder, talsperson]}")


def test_one_seat_holds_two_positions(koss: Path) -> None:
    """Round 20 Agder AG22: Arendal's rådmann leads KOSS and is its spokesperson
    (`position: [leder, talsperson]`): a selector on either position picks the seat."""
    (koss / "pack.yaml").write_text(PACK + LEADERS, encoding="utf-8")
    (koss / "organisation.yaml").write_text(BOTH, encoding="utf-8")
    assert findings("--rules", "pack.yaml", "organisation.yaml") == (0, [])
    # a second spokesperson: the list form is counted once per seat, with the single form
    two = BOTH.replace("role: Kommunedirektør}", "role: Kommunedirektør, position: talsperson}")
    (koss / "organisation.yaml").write_text(two, encoding="utf-8")
    assert findings("--rules", "pack.yaml", "organisation.yaml") == (
        1,
        [("KOSS-TALSPERSON", 13, "KOSS has 2 spokespersons")],  # at the seat beyond the one
    )
    # the leader who is no longer spokesperson: no spokesperson, and still one leader
    (koss / "organisation.yaml").write_text(BOTH.replace("[leder, talsperson]", "[leder]"), encoding="utf-8")
    assert findings("--rules", "pack.yaml", "organisation.yaml") == (
        1,
        [("KOSS-TALSPERSON", 11, "KOSS has 0 spokespersons")],
    )


@pytest.mark.parametrize(
    ("positions", "column", "message"),
    [
        (
            "[leder, nestleder]",
            59,
            "a seat cannot hold both the positions leder and nestleder; give the deputy leader a seat of their own",
        ),
        ("[]", 59, "fora.koss.members[0].position must have at least 1 entry"),
        ("[leder, sjef]", 67, "fora.koss.members[0].position[1] is 'sjef'; expected one of: leder, nestleder"),
    ],
)
def test_positions_that_cannot_be_are_located_input_errors(
    koss: Path, positions: str, column: int, message: str
) -> None:
    (koss / "organisation.yaml").write_text(BOTH.replace("[leder, talsperson]", positions), encoding="utf-8")
    result = run_cli("check", "--no-config", "--lang", "en", "--rules", "pack.yaml", "organisation.yaml")
    assert result.code == 2, result.out
    assert result.out.splitlines()[0].startswith(f"organisation.yaml:12:{column}: error: {message}")
