"""Building blocks blind pack authors missed, end to end on a copy of the Vestfjord example:
relations no field names (``relations`` on fora and secretariats, the shared relation words and a
pack's own, required by ``relation``, of a secretariat too), the sub-agreements of the agreement
(``sub_agreements``), and party rules picked by ``party_type``, ``region``, ``side`` — with exact
findings, exact located input and pack errors (exit 2, one line), and ``hf-rules diff``."""

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

VOCABULARY = """\
vocabulary:
  relations:
    - id: radgivende-organ-for
      label: {nb: rådgivende organ for, en: advisory body to}
      to: [forum]
"""
RULES: dict[str, tuple[dict[str, Any], str, dict[str, Any]]] = {
    "VX-EXECUTIVE": (
        {"kind": "organisation"},
        "relation",
        {"of": "secretariat", "relation": "utovende-organ-for", "to_types": ["strategisk-samarbeidsutvalg"]},
    ),
    "VX-HOST": (
        {"kind": "organisation"},
        "relation",
        {"of": "secretariat", "relation": "vertskommune", "to_ids": ["havbo"]},
    ),
    "VX-ESTABLISHED": (
        {"kind": "forum", "type": ["arbeidsgruppe"]},
        "relation",
        {"relation": "etablert-av", "to_types": ["strategisk-samarbeidsutvalg"]},
    ),
    "VX-ADVISES": (
        {"kind": "forum", "type": ["arbeidsgruppe"]},
        "relation",
        {"relation": "radgivende-organ-for", "to_types": ["samarbeidsforum"], "mode": "all"},
    ),
    "VX-DELAVTALER": (
        {"kind": "organisation"},
        "sub_agreements",
        {"includes": ["delavtale-1", "Utskrivning fra sykehus"], "min": 2},
    ),
    "VX-YTRE": (
        {"kind": "party", "party_type": ["kommune"], "region": ["Ytre Vestfjord"]},
        "forum_for_party",
        {"type": ["arbeidsgruppe"], "by": "seat"},
    ),
}
ADDED = """
  kompetansegruppe:
    name: Kompetansegruppe legemiddel
    type: arbeidsgruppe
    relations:
      etablert-av: partnerskapsmote
      radgivende-organ-for: [fsu-eldre-kroniske]
secretariat:
  name: Samhandlingssekretariatet
  run_by: [helse-vestfjord]
  relations:
    utovende-organ-for: [strategisk-samarbeidsutvalg]
    vertskommune: lyngvik
sub_agreements:
  delavtale-1: {name: Innleggelse i sykehus}
"""


def _pack(rules: dict[str, tuple[dict[str, Any], str, dict[str, Any]]] = RULES, vocabulary: str = VOCABULARY) -> str:
    lines = [
        "apiVersion: hf-rules/v1",
        "kind: RulePack",
        "metadata:",
        "  id: vx",
        "  version: 1.0.0",
        "  name: {nb: Relasjoner, en: Relations}",
        "  extends: [vestfjord]",
        vocabulary.rstrip("\n"),
        "rules:",
    ]
    for rule_id, (selector, function, options) in rules.items():
        message = {
            "relation": "{subject_name}: {relation} {target_name}",
            "sub_agreements": "{agreement_name} {problem} ({found}; {requirement})",
        }.get(function, "{subject_name}")
        lines += [
            f"  - id: {rule_id}",
            "    title: {nb: Relasjon, en: Relation}",
            f'    message: {{nb: "{message}", en: "{message}"}}',
            "    hint: {nb: Rett det., en: Fix it.}",
            "    severity: error",
            '    source: {document: avtale-vestfjord, quote: "x"}',
            "    obligations: [V1]",
            f"    applies_to: {json.dumps(selector, ensure_ascii=False)}",
            "    check:",
            f"      function: {function}",
            f"      options: {json.dumps(options, ensure_ascii=False)}",
        ]
    return "\n".join(lines) + "\n"


@pytest.fixture
def vestfjord(tmp_path: Path) -> Path:
    """A copy of the Vestfjord example with a competence group, a joint secretariat and one
    sub-agreement, and the pack ``vx``."""
    folder = tmp_path / "vf"
    shutil.copytree(FIXTURES / "communities" / "vestfjord", folder)
    shutil.copy(folder / "pack.yaml", folder / "vestfjord.yaml")  # found by `extends: [vestfjord]`
    (folder / "vx.yaml").write_text(_pack(), encoding="utf-8")
    with (folder / "organisation.yaml").open("a", encoding="utf-8") as handle:
        handle.write(ADDED)
    return folder


def _line(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def _check(hf: Hf, folder: Path, *extra: str) -> Run:
    return hf(
        "check", "--no-config", "--lang", "en", "--as-of", AS_OF, "--rules", str(folder / "vx.yaml"),
        *extra, str(folder / "organisation.yaml"),
    )  # fmt: skip


def _findings(run: Run) -> list[tuple[str, str, int, str]]:
    found = json.loads(run.out)["findings"]
    return sorted((f["rule"], f["subject"], f["line"], f["message"]) for f in found if f["rule"].startswith("VX-"))


def test_declared_relations_sub_agreements_and_party_criteria_give_exact_findings(hf: Hf, vestfjord: Path) -> None:
    org = vestfjord / "organisation.yaml"
    run = _check(hf, vestfjord, "--format", "json")
    assert run.code == 1, run.both
    org_id, org_name = "helsefellesskap-vestfjord", "Helsefellesskap Vestfjord"
    assert _findings(run) == [
        (
            "VX-ADVISES",
            "kompetansegruppe",
            _line(org, "      radgivende-organ-for: [fsu-eldre-kroniske]"),
            "Kompetansegruppe legemiddel: advisory body to Faglig samarbeidsutvalg for barn og unge, psykisk helse og rus",
        ),
        ("VX-DELAVTALER", org_id, _line(org, "sub_agreements:"), " too few sub-agreements (1; at least 2)"),
        (
            "VX-DELAVTALER",
            org_id,
            _line(org, "sub_agreements:"),
            "Utskrivning fra sykehus is missing (1; Utskrivning fra sykehus)",
        ),
        (
            "VX-ESTABLISHED",
            "kompetansegruppe",
            _line(org, "      etablert-av: partnerskapsmote"),
            "Kompetansegruppe legemiddel: established by Strategisk samarbeidsutvalg",
        ),
        (
            "VX-HOST",
            org_id,
            _line(org, "    vertskommune: lyngvik"),
            f"{org_name}: has as host municipality Havbø kommune",
        ),
        ("VX-YTRE", "havbo", _line(org, "  havbo:"), "Havbø kommune"),
        ("VX-YTRE", "lyngvik", _line(org, "  lyngvik:"), "Lyngvik kommune"),
        ("VX-YTRE", "straumsnes", _line(org, "  straumsnes:"), "Straumsnes kommune"),
    ]
    # the words and targets the agreement states: every relation rule passes
    edit(org, "      etablert-av: partnerskapsmote\n", "      etablert-av: strategisk-samarbeidsutvalg\n")
    edit(org, "    vertskommune: lyngvik\n", "    vertskommune: [havbo]\n")
    edit(
        org,
        "      radgivende-organ-for: [fsu-eldre-kroniske]\n",
        "      radgivende-organ-for: [fsu-eldre-kroniske, fsu-barn-unge-psykisk-helse]\n",
    )
    run = _check(hf, vestfjord, "--format", "json")
    assert [f[0] for f in _findings(run)] == ["VX-DELAVTALER", "VX-DELAVTALER", "VX-YTRE", "VX-YTRE", "VX-YTRE"]


def test_the_relation_label_is_said_in_bokmal(hf: Hf, vestfjord: Path) -> None:
    run = hf(
        "check", "--no-config", "--lang", "nb", "--as-of", AS_OF, "--rules", str(vestfjord / "vx.yaml"),
        "--format", "json", str(vestfjord / "organisation.yaml"),
    )  # fmt: skip
    messages = [f["message"] for f in json.loads(run.out)["findings"] if f["rule"] == "VX-HOST"]
    assert messages == ["Helsefellesskap Vestfjord: har som vertskommune Havbø kommune"]


@pytest.mark.parametrize(
    ("old", "new", "at", "message"),
    [
        (
            "    vertskommune: lyngvik\n",
            "    vertskomune: lyngvik\n",
            "    vertskomune: lyngvik",
            "secretariat.relations has the relation word 'vertskomune' (did you mean 'vertskommune'?); expected one "
            "of: etablert-av, utovende-organ-for, vertskommune, godkjennes-av, tvister-behandles-av, ivaretar, "
            "radgivende-organ-for (the relation words of the rule packs; a pack adds its own under "
            "vocabulary.relations: if the word is a pack's, give that pack with --rules or rules: in .hf-rules.yaml)",
        ),
        (
            "    vertskommune: lyngvik\n",
            "    vertskommune: strategisk-samarbeidsutvalg\n",
            "    vertskommune: strategisk-samarbeidsutvalg",
            "'strategisk-samarbeidsutvalg' in relations.vertskommune is a forum, but the relation vertskommune "
            "points to: party (the relation word's to:)",
        ),
        (
            "      etablert-av: partnerskapsmote\n",
            "      etablert-av: partnerskapsmøte\n",
            "      etablert-av: partnerskapsmøte",
            None,
        ),
        (
            "      etablert-av: partnerskapsmote\n",
            "      etablert-av: kompetansegruppe\n",
            "      etablert-av: kompetansegruppe",
            "forum 'kompetansegruppe' cannot relate to itself",
        ),
        (
            "    vertskommune: lyngvik\n",
            "    vertskommune: lyngvk\n",
            "    vertskommune: lyngvk",
            "'lyngvk' in relations.vertskommune is neither a forum, the health community's secretariat, a party nor "
            "an agreement of this organisation; expected one of: fsu-barn-unge-psykisk-helse, fsu-eldre-kroniske, "
            "kompetansegruppe, partnerskapsmote, strategisk-samarbeidsutvalg, secretariat, eikedal, havbo, "
            "helse-vestfjord, kvitberg, lyngvik, pasient-og-brukerombudet, straumsnes, delavtale-1",
        ),
    ],
)
def test_a_wrong_relation_in_a_document_is_a_located_input_error(
    hf: Hf, vestfjord: Path, old: str, new: str, at: str, message: str | None
) -> None:
    org = vestfjord / "organisation.yaml"
    edit(org, old, new)
    run = _check(hf, vestfjord)
    assert run.code == 2, run.both
    errors = [line for line in run.err.splitlines() + run.out.splitlines() if ": error: " in line]
    assert len(errors) == 1, run.both
    line = _line(org, at)
    assert errors[0].startswith(f"{org}:{line}:"), errors
    if message is not None:
        assert errors[0].split(": error: ", 1)[1] == message
    else:  # not an id at all: the schema refuses it
        assert "partnerskapsmøte" in errors[0]


@pytest.mark.parametrize(
    ("rules", "vocabulary", "message"),
    [
        (
            {"VX-X": ({"kind": "forum"}, "relation", {"relation": "vertskomune"})},
            VOCABULARY,
            "rule VX-X: 'vertskomune' in rules[0].check.options.relation is not a relation word (did you mean "
            "'vertskommune'?); expected one of: etablert-av, utovende-organ-for, vertskommune, godkjennes-av, "
            "tvister-behandles-av, ivaretar, radgivende-organ-for",
        ),
        (
            {"VX-X": ({"kind": "organisation"}, "relation", {"relation": "vertskommune"})},
            VOCABULARY,
            "rule VX-X: relation on the organisation reads the health community's secretariat; write `of: "
            "secretariat` (a forum's relation is read with applies_to kind: forum)",
        ),
        (
            {"VX-X": ({"kind": "forum"}, "relation", {"relation": "reports_to"})},
            VOCABULARY,
            "rule VX-X: relation `reports_to` is not a list of a forum; serves and reports_to are a secretariat's "
            "(of: secretariat), gives_assignments_to, gives_input_to, supports and sub_committee_of a forum's "
            "(of: forum)",
        ),
        (
            {"VX-X": ({"kind": "forum", "party_type": ["kommune"]}, "decision_rule", {"allowed": ["konsensus"]})},
            VOCABULARY,
            "rule VX-X: applies_to `party_type` selects parties (kind: party), not forum",
        ),
        (
            {"VX-X": ({"kind": "party", "party_type": ["komune"]}, "forum_for_party", {"type": ["arbeidsgruppe"]})},
            VOCABULARY,
            "rule VX-X: applies_to party_type 'komune' is not a party type (did you mean 'kommune'?); expected one of: "
            "kommune, etat, bydel, helseforetak, sykehus, ombud, region",
        ),
        (
            {"VX-X": ({"kind": "organisation"}, "sub_agreements", {"exactly": 11, "min": 2})},
            VOCABULARY,
            None,
        ),
        (
            {},
            "vocabulary:\n  relations:\n    - {id: vertskommune, label: {nb: vert, en: host}, to: [forum]}\n",
            "the relation word 'vertskommune' already exists with another meaning (a shared word or one of a pack "
            "this one extends); choose another word",
        ),
    ],
)
def test_a_wrong_relation_or_criterion_in_a_pack_is_a_located_pack_error(
    hf: Hf, vestfjord: Path, rules: dict[str, Any], vocabulary: str, message: str | None
) -> None:
    rules = rules or {"VX-X": ({"kind": "forum"}, "decision_rule", {"allowed": ["konsensus"]})}
    (vestfjord / "vx.yaml").write_text(_pack(rules, vocabulary), encoding="utf-8")
    run = _check(hf, vestfjord)
    assert run.code == 2, run.both
    lines = [line for line in run.err.splitlines() + run.out.splitlines() if ": error: " in line]
    assert len(lines) == 1, run.both
    assert lines[0].startswith(f"{vestfjord / 'vx.yaml'}:"), lines
    if message is not None:
        assert lines[0].split(": error: ", 1)[1] == message
    else:
        assert "exactly" in lines[0] and "min" in lines[0]


def test_diff_reports_a_changed_relation_by_its_label(hf: Hf, vestfjord: Path, tmp_path: Path) -> None:
    old = tmp_path / "old"
    old.mkdir()
    shutil.copy(vestfjord / "organisation.yaml", old / "organisation.yaml")
    org = vestfjord / "organisation.yaml"
    edit(org, "      etablert-av: partnerskapsmote\n", "      etablert-av: strategisk-samarbeidsutvalg\n")
    edit(org, "    vertskommune: lyngvik\n", "    vertskommune: havbo\n")
    run = hf(
        "diff", "--no-config", "--lang", "en", "--as-of", AS_OF, "--rules", str(vestfjord / "vx.yaml"),
        str(old / "organisation.yaml"), str(org),
    )  # fmt: skip
    assert run.code == 1, run.both
    structure = run.out.split("Structural changes:\n")[1].split("\n\n")[0].splitlines()
    assert structure == [
        f"  {org}:{_line(org, '      etablert-av: strategisk')}: relation added: kompetansegruppe established by "
        "strategisk-samarbeidsutvalg",
        f"  {org}:{_line(org, '      etablert-av: strategisk')}: relation removed: kompetansegruppe established by "
        "partnerskapsmote",
        f"  {org}:{_line(org, '    utovende-organ-for:') - 1}: the health community's secretariat changed: relations "
        "[utovende-organ-for: strategisk-samarbeidsutvalg, vertskommune: lyngvik] → [utovende-organ-for: "
        "strategisk-samarbeidsutvalg, vertskommune: havbo]",
    ]
    changes = json.loads(
        hf(
            "diff",
            "--no-config",
            "--lang",
            "en",
            "--as-of",
            AS_OF,
            "--rules",
            str(vestfjord / "vx.yaml"),
            "--format",
            "json",
            str(old / "organisation.yaml"),
            str(org),
        ).out
    )["changes"]
    assert [(c["kind"], c["field"], c["label"], c["before"], c["after"]) for c in changes[:2]] == [
        (
            "relation-added",
            "etablert-av",
            {"nb": "etablert av", "en": "established by"},
            None,
            "strategisk-samarbeidsutvalg",
        ),
        ("relation-removed", "etablert-av", {"nb": "etablert av", "en": "established by"}, "partnerskapsmote", None),
    ]


def test_the_audit_says_each_declared_relation_by_its_label(hf: Hf, vestfjord: Path, tmp_path: Path) -> None:
    for lang, said in (("en", "advisory body to"), ("nb", "rådgivende organ for")):
        out = tmp_path / f"audit-{lang}.md"
        run = hf(
            "audit", "--no-config", "--lang", lang, "--as-of", AS_OF, "--rules", str(vestfjord / "vx.yaml"),
            "-o", str(out), str(vestfjord / "organisation.yaml"),
        )  # fmt: skip
        assert run.code == 1, run.both
        text = out.read_text(encoding="utf-8")
        (group_row,) = [row for row in text.splitlines() if row.startswith("| **Kompetansegruppe legemiddel**")]
        established = "established by" if lang == "en" else "etablert av"
        fsu = "Faglig samarbeidsutvalg for skrøpelige eldre og personer med flere kroniske lidelser"
        assert group_row.endswith(f"| {established}: Partnerskapsmøtet; {said}: {fsu} |")
        host = "has as host municipality" if lang == "en" else "har som vertskommune"
        assert f"{host} Lyngvik kommune" in text
    page = tmp_path / "audit.html"
    run = hf(
        "audit", "--no-config", "--lang", "en", "--as-of", AS_OF, "--rules", str(vestfjord / "vx.yaml"),
        "-o", str(page), str(vestfjord / "organisation.yaml"),
    )  # fmt: skip
    assert run.code == 1, run.both
    html = page.read_text(encoding="utf-8")
    assert "<div>established by: Partnerskapsmøtet</div>" in html
    assert "executive body of Strategisk samarbeidsutvalg; has as host municipality Lyngvik kommune" in html


def test_validate_knows_a_packs_relation_words_only_with_the_pack(hf: Hf, vestfjord: Path) -> None:
    org = vestfjord / "organisation.yaml"
    with_pack = hf("validate", "--no-config", "--lang", "en", "--rules", str(vestfjord / "vx.yaml"), str(org))
    assert with_pack.code == 0, with_pack.both
    without = hf("validate", "--no-config", "--lang", "en", str(org))
    assert without.code == 2, without.both
    errors = [line for line in without.err.splitlines() + without.out.splitlines() if ": error: " in line]
    assert errors == [
        f"{org}:{_line(org, '      radgivende-organ-for:')}:7: error: fora.kompetansegruppe.relations has the relation "
        "word 'radgivende-organ-for' (did you mean 'utovende-organ-for'?); expected one of: etablert-av, "
        "utovende-organ-for, vertskommune, godkjennes-av, tvister-behandles-av, ivaretar (the relation words of the rule "
        "packs; a pack adds its own under vocabulary.relations: if the word is a pack's, give that pack with "
        "--rules or rules: in .hf-rules.yaml)"
    ]
