"""Round 19's missing building blocks, end to end on a copy of the Vestfjord example: a
sub-agreement made under a point of the overall agreement (``basis``, the ``agreement`` check's
``basis``), a relation to an agreement («Overordnet avtale ivaretas av ASU»: ``ivaretar``,
``to_agreement_kinds``), an ordered escalation (``escalation``, the ``escalation`` check), and the
AND of seat selectors (``all_of``) with ``where.party`` as a list — exact findings, exact located
input and pack errors (exit 2, one line)."""

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

RULES: dict[str, tuple[dict[str, Any], str, dict[str, Any], str]] = {
    "VA-BASIS": (
        {"kind": "organisation"},
        "agreement",
        {"kind": ["delavtale"], "basis": {"kind": ["samarbeidsavtale"], "point": 5}},
        "{agreement}: {problem}",
    ),
    "VA-LOOKS-AFTER": (
        {"kind": "forum", "type": ["partnerskapsmote", "strategisk-samarbeidsutvalg"]},
        "relation",
        {"relation": "ivaretar", "to_agreement_kinds": ["samarbeidsavtale"]},
        "{subject_name}: {relation} {target_name}",
    ),
    "VA-ESCALATION": (
        {"kind": "forum", "type": ["samarbeidsforum"]},
        "escalation",
        {"steps": ["self", "strategisk-samarbeidsutvalg", "partnerskapsmote"], "only": True},
        "{subject}: {problem} ({path}; {expected})",
    ),
    "VA-KDU": (
        {"kind": "forum", "type": ["strategisk-samarbeidsutvalg"]},
        "required_seats",
        {
            "require": [
                {
                    "party": "lyngvik",
                    "all_of": [{"role": ["Kommunedirektør"]}, {"role": ["Leder av Kommunedirektørutvalget"]}],
                    "label": {"nb": "kommunedirektør som leder KDU", "en": "municipal director leading the KDU"},
                }
            ]
        },
        "{label}: {found}",
    ),
    "VA-ONE-EACH": (
        {"kind": "forum", "type": ["strategisk-samarbeidsutvalg"]},
        "seat_count",
        {
            "where": {"party": ["lyngvik", "kvitberg", "havbo"]},
            "per": "party",
            "each": {"values": ["lyngvik", "kvitberg", "havbo"]},
            "exactly": 1,
            "label": {"nb": "plasser", "en": "seats"},
        },
        "{unit}: {found}",
    ),
}
ADDED = """
agreements:
  samarbeidsavtale: {kind: samarbeidsavtale, name: Samarbeidsavtale for Helsefellesskap Vestfjord}
  vedtekter: {kind: vedtekter, name: Vedtekter for Helsefellesskap Vestfjord}
sub_agreements:
  delavtale-1:
    name: Innleggelse i sykehus
    basis: {agreement: samarbeidsavtale, point: 5}
  delavtale-2:
    name: Utskrivning fra sykehus
    basis: {agreement: vedtekter, point: 5}
  delavtale-3:
    name: Forebygging
    basis: {agreement: samarbeidsavtale, point: Pkt. 4}
  delavtale-4:
    name: Jordmortjenester
"""


def _pack(rules: dict[str, tuple[dict[str, Any], str, dict[str, Any], str]] = RULES) -> str:
    lines = [
        "apiVersion: hf-rules/v1",
        "kind: RulePack",
        "metadata:",
        "  id: va",
        "  version: 1.0.0",
        "  name: {nb: Avtaler, en: Agreements}",
        "  extends: [vestfjord]",
        "rules:",
    ]
    for rule_id, (selector, function, options, message) in rules.items():
        lines += [
            f"  - id: {rule_id}",
            "    title: {nb: Regel, en: Rule}",
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
    """A copy of the Vestfjord example with agreements, sub-agreements and their basis, a
    partnerskapsmøte that looks after the agreement, the FSUs' escalation, and the pack ``va``."""
    folder = tmp_path / "vf"
    shutil.copytree(FIXTURES / "communities" / "vestfjord", folder)
    shutil.copy(folder / "pack.yaml", folder / "vestfjord.yaml")  # found by `extends: [vestfjord]`
    (folder / "va.yaml").write_text(_pack(), encoding="utf-8")
    org = folder / "organisation.yaml"
    with org.open("a", encoding="utf-8") as handle:
        handle.write(ADDED)
    edit(
        org,
        "    gives_assignments_to: [strategisk-samarbeidsutvalg]\n",
        "    gives_assignments_to: [strategisk-samarbeidsutvalg]\n    relations: {ivaretar: samarbeidsavtale}\n",
    )
    edit(
        org,
        "    priority_groups: [barn-og-unge, alvorlige-psykiske-lidelser-og-rus]\n",
        "    priority_groups: [barn-og-unge, alvorlige-psykiske-lidelser-og-rus]\n"
        "    escalation: [fsu-barn-unge-psykisk-helse, strategisk-samarbeidsutvalg, partnerskapsmote]\n",
    )
    edit(
        org,
        "    priority_groups: [skropelige-eldre, flere-kroniske-lidelser]\n",
        "    priority_groups: [skropelige-eldre, flere-kroniske-lidelser]\n"
        "    escalation: [fsu-eldre-kroniske, partnerskapsmote, strategisk-samarbeidsutvalg]\n",
    )
    return folder


def _line(path: Path, text: str, after: str | None = None) -> int:
    """The number of the first line holding ``text`` (after the first that holds ``after``)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = 0 if after is None else next(n for n, line in enumerate(lines) if after in line)
    return next(n for n, line in enumerate(lines[start:], start + 1) if text in line)


def _check(hf: Hf, folder: Path, *extra: str, lang: str = "en") -> Run:
    return hf(
        "check", "--no-config", "--lang", lang, "--as-of", AS_OF, "--rules", str(folder / "va.yaml"),
        *extra, str(folder / "organisation.yaml"),
    )  # fmt: skip


def _findings(run: Run) -> list[tuple[str, str, int, str]]:
    found = json.loads(run.out)["findings"]
    return sorted((f["rule"], f["subject"], f["line"], f["message"]) for f in found if f["rule"].startswith("VA-"))


def test_basis_relations_to_agreements_escalation_and_all_of_give_exact_findings(hf: Hf, vestfjord: Path) -> None:
    org = vestfjord / "organisation.yaml"
    run = _check(hf, vestfjord, "--format", "json")
    assert run.code == 1, run.both
    org_id = "helsefellesskap-vestfjord"
    path = "Faglig samarbeidsutvalg for skrøpelige eldre og personer med flere kroniske lidelser → Partnerskapsmøtet → "
    expected = "the forum itself → strategisk-samarbeidsutvalg → partnerskapsmote"
    assert _findings(run) == [
        (
            "VA-BASIS",
            org_id,
            _line(org, "    basis: {agreement: vedtekter, point: 5}"),
            "delavtale-2: is made under Vedtekter for Helsefellesskap Vestfjord, which is not samarbeidsavtale",
        ),
        (
            "VA-BASIS",
            org_id,
            _line(org, "    basis: {agreement: samarbeidsavtale, point: Pkt. 4}"),
            "delavtale-3: is made under point Pkt. 4 of Samarbeidsavtale for Helsefellesskap Vestfjord, not point 5",
        ),
        (
            "VA-BASIS",
            org_id,
            _line(org, "  delavtale-4:"),
            "delavtale-4: does not say which agreement it is made under (expected samarbeidsavtale pkt. 5)",
        ),
        (
            "VA-ESCALATION",
            "fsu-eldre-kroniske",
            _line(org, "    escalation: [fsu-eldre-kroniske, partnerskapsmote"),
            "fsu-eldre-kroniske: has the step partnerskapsmote before strategisk-samarbeidsutvalg "
            f"({path}Strategisk samarbeidsutvalg; {expected})",
        ),
        (
            "VA-KDU",
            "strategisk-samarbeidsutvalg",
            _line(org, "      - {party: lyngvik, role: Kommunedirektør"),
            "municipal director leading the KDU: 0",
        ),
        (
            "VA-LOOKS-AFTER",
            "strategisk-samarbeidsutvalg",
            _line(org, "  strategisk-samarbeidsutvalg:"),
            "Strategisk samarbeidsutvalg: looks after Samarbeidsavtale for Helsefellesskap Vestfjord",
        ),
        (
            "VA-ONE-EACH",
            "strategisk-samarbeidsutvalg",
            _line(org, "    members:", after="  strategisk-"),
            "Havbø kommune: 0",
        ),
    ]
    # the text's own order, the post held with the other, a point written «pkt. 5»: those pass
    edit(
        org,
        "[fsu-eldre-kroniske, partnerskapsmote, strategisk-samarbeidsutvalg]",
        "[fsu-eldre-kroniske, strategisk-samarbeidsutvalg, partnerskapsmote]",
    )
    edit(
        org,
        "{party: lyngvik, role: Kommunedirektør, level: direktor",
        "{party: lyngvik, role: Kommunedirektør, other_roles: [Leder av Kommunedirektørutvalget], level: direktor",
    )
    edit(org, "point: Pkt. 4}", "point: pkt. 5}")
    run = _check(hf, vestfjord, "--format", "json")
    assert [f[:2] for f in _findings(run)] == [
        ("VA-BASIS", org_id),
        ("VA-BASIS", org_id),
        ("VA-LOOKS-AFTER", "strategisk-samarbeidsutvalg"),
        ("VA-ONE-EACH", "strategisk-samarbeidsutvalg"),
    ]


def test_a_missing_step_and_a_step_the_text_does_not_name(hf: Hf, vestfjord: Path) -> None:
    org = vestfjord / "organisation.yaml"
    edit(
        org,
        "[fsu-barn-unge-psykisk-helse, strategisk-samarbeidsutvalg, partnerskapsmote]",
        "[fsu-barn-unge-psykisk-helse, fsu-eldre-kroniske, partnerskapsmote]",
    )
    edit(org, "    escalation: [fsu-eldre-kroniske, partnerskapsmote, strategisk-samarbeidsutvalg]\n", "")
    run = _check(hf, vestfjord, "--format", "json")
    assert run.code == 1, run.both
    line = _line(org, "    escalation: [fsu-barn-unge-psykisk-helse")
    path = (
        "Faglig samarbeidsutvalg for barn og unge, psykisk helse og rus → Faglig samarbeidsutvalg for skrøpelige "
        "eldre og personer med flere kroniske lidelser → Partnerskapsmøtet"
    )
    expected = "the forum itself → strategisk-samarbeidsutvalg → partnerskapsmote"
    fsu = "Faglig samarbeidsutvalg for skrøpelige eldre og personer med flere kroniske lidelser"
    assert [f for f in _findings(run) if f[0] == "VA-ESCALATION"] == [
        (
            "VA-ESCALATION",
            "fsu-barn-unge-psykisk-helse",
            line,
            f"fsu-barn-unge-psykisk-helse: has no step strategisk-samarbeidsutvalg ({path}; {expected})",
        ),
        (
            "VA-ESCALATION",
            "fsu-barn-unge-psykisk-helse",
            _line(org, "    escalation: [fsu-barn-unge-psykisk-helse"),
            f"fsu-barn-unge-psykisk-helse: has the step {fsu}, which the agreement does not name ({path}; {expected})",
        ),
        (
            "VA-ESCALATION",
            "fsu-eldre-kroniske",
            _line(org, "  fsu-eldre-kroniske:"),
            f"fsu-eldre-kroniske: does not say where a disagreement is handled (no escalation) (-; {expected})",
        ),
    ]
    nb = _check(hf, vestfjord, "--format", "json", lang="nb")
    said = [f["message"] for f in json.loads(nb.out)["findings"] if f["subject"] == "fsu-eldre-kroniske"]
    assert said == [
        "fsu-eldre-kroniske: sier ikke hvor uenighet behandles (ingen escalation) (-; forumet selv → "
        "strategisk-samarbeidsutvalg → partnerskapsmote)"
    ]


@pytest.mark.parametrize(
    ("old", "new", "at", "message"),
    [
        (
            "basis: {agreement: vedtekter, point: 5}",
            "basis: {agreement: samarbeidsavtal, point: 5}",
            "basis: {agreement: samarbeidsavtal,",
            "basis.agreement 'samarbeidsavtal' (did you mean 'samarbeidsavtale'?) is not an agreement or "
            "sub-agreement of the document; expected one of: samarbeidsavtale, vedtekter, delavtale-1, delavtale-3, "
            "delavtale-4",
        ),
        (
            "basis: {agreement: vedtekter, point: 5}",
            "basis: {agreement: delavtale-2, point: 5}",
            "basis: {agreement: delavtale-2,",
            "the agreement 'delavtale-2' cannot be made under itself (basis.agreement)",
        ),
        (
            "basis: {agreement: vedtekter, point: 5}",
            "basis: {agreement: vedtekter, point: [5]}",
            "basis: {agreement: vedtekter, point: [5]}",
            None,
        ),
        (
            "    relations: {ivaretar: samarbeidsavtale}\n",
            "    relations: {ivaretar: strategisk-samarbeidsutvalg}\n",
            "    relations: {ivaretar: strategisk",
            "'strategisk-samarbeidsutvalg' in relations.ivaretar is a forum, but the relation ivaretar points to: "
            "agreement (the relation word's to:)",
        ),
        (
            "[fsu-eldre-kroniske, partnerskapsmote, strategisk-samarbeidsutvalg]",
            "[fsu-eldre-kroniske, partnerskapsmöte, strategisk-samarbeidsutvalg]",
            "    escalation: [fsu-eldre-kroniske, partnerskapsmöte",
            None,
        ),
        (
            "[fsu-eldre-kroniske, partnerskapsmote, strategisk-samarbeidsutvalg]",
            "[fsu-eldre-kroniske, asu, strategisk-samarbeidsutvalg]",
            "    escalation: [fsu-eldre-kroniske, asu",
            "escalation step 'asu' is not a forum of this organisation; expected one of: fsu-barn-unge-psykisk-helse, "
            "fsu-eldre-kroniske, partnerskapsmote, strategisk-samarbeidsutvalg",
        ),
        (
            "[fsu-eldre-kroniske, partnerskapsmote, strategisk-samarbeidsutvalg]",
            "[partnerskapsmote, fsu-eldre-kroniske]",
            "    escalation: [partnerskapsmote, fsu-eldre-kroniske]",
            "forum 'fsu-eldre-kroniske' can only be the first step of its own escalation (it handles the "
            "disagreement first)",
        ),
        (
            "[fsu-eldre-kroniske, partnerskapsmote, strategisk-samarbeidsutvalg]",
            "[fsu-eldre-kroniske, partnerskapsmote, partnerskapsmote]",
            "    escalation: [fsu-eldre-kroniske, partnerskapsmote, partnerskapsmote]",
            "escalation names 'partnerskapsmote' twice; each step is another forum",
        ),
    ],
)
def test_a_wrong_basis_relation_or_escalation_is_a_located_input_error(
    hf: Hf, vestfjord: Path, old: str, new: str, at: str, message: str | None
) -> None:
    org = vestfjord / "organisation.yaml"
    edit(org, old, new)
    run = _check(hf, vestfjord)
    assert run.code == 2, run.both
    errors = [line for line in run.err.splitlines() + run.out.splitlines() if ": error: " in line]
    assert len(errors) == 1, run.both
    assert errors[0].startswith(f"{org}:{_line(org, at)}:"), errors
    if message is not None:
        assert errors[0].split(": error: ", 1)[1] == message
    else:  # the schema refuses it, naming the key
        assert "point" in errors[0] or "escalation" in errors[0], errors


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (
            ({"kind": "forum"}, "escalation", {"steps": ["self", "strategisk-samarbeidsutval"]}, "{subject}"),
            "rule VA-X: 'strategisk-samarbeidsutval' in rules[0].check.options.steps[1] is not a forum type (did you "
            "mean 'strategisk-samarbeidsutvalg'?); expected one of:",
        ),
        (
            ({"kind": "organisation"}, "agreement", {"kind": ["delavtale"], "basis": {"point": 5}}, "{subject}"),
            "rule VA-X: rules[0].check.options.basis is missing the required key 'kind'",
        ),
        (
            (
                {"kind": "organisation"},
                "agreement",
                {"kind": ["delavtale"], "basis": {"kind": ["samarbeidsavtal"]}},
                "{subject}",
            ),
            "rule VA-X: 'samarbeidsavtal' in rules[0].check.options.basis.kind[0] is not an agreement kind (did you "
            "mean 'samarbeidsavtale'?); expected one of:",
        ),
        (
            ({"kind": "forum"}, "relation", {"relation": "ivaretar", "to_agreement_kinds": ["vedtekt"]}, "{subject}"),
            "rule VA-X: 'vedtekt' in rules[0].check.options.to_agreement_kinds[0] is not an agreement kind (did you "
            "mean 'vedtekter'?); expected one of:",
        ),
        (
            (
                {"kind": "forum"},
                "required_seats",
                {"require": [{"all_of": [{"role": ["Kommunedirektør"]}], "label": {"nb": "x", "en": "x"}}]},
                "{subject}",
            ),
            "rule VA-X: rules[0].check.options.require[0].all_of must have at least 2 entries",
        ),
    ],
)
def test_a_wrong_option_in_a_pack_is_a_located_pack_error(
    hf: Hf, vestfjord: Path, rule: tuple[dict[str, Any], str, dict[str, Any], str], message: str
) -> None:
    (vestfjord / "va.yaml").write_text(_pack({"VA-X": rule}), encoding="utf-8")
    run = _check(hf, vestfjord)
    assert run.code == 2, run.both
    lines = [line for line in run.err.splitlines() + run.out.splitlines() if ": error: " in line]
    assert len(lines) == 1, run.both
    assert lines[0].startswith(f"{vestfjord / 'va.yaml'}:"), lines
    assert lines[0].split(": error: ", 1)[1].startswith(message), lines[0]


def test_the_audit_says_where_disagreements_go_and_what_a_forum_looks_after(
    hf: Hf, vestfjord: Path, tmp_path: Path
) -> None:
    for lang, escalation, looks_after in (
        ("en", "disagreements go to", "looks after"),
        ("nb", "uenighet behandles i", "ivaretar"),
    ):
        out = tmp_path / f"audit-{lang}.md"
        run = hf(
            "audit", "--no-config", "--lang", lang, "--as-of", AS_OF, "--rules", str(vestfjord / "va.yaml"),
            "-o", str(out), str(vestfjord / "organisation.yaml"),
        )  # fmt: skip
        assert run.code == 1, run.both
        rows = out.read_text(encoding="utf-8").splitlines()
        (fsu,) = [r for r in rows if r.startswith("| **Faglig samarbeidsutvalg for skrøpelige eldre")]
        assert fsu.endswith(
            f"; {escalation}: Faglig samarbeidsutvalg for skrøpelige eldre og personer med flere kroniske lidelser "
            "→ Partnerskapsmøtet → Strategisk samarbeidsutvalg |"
        ), fsu
        (pm,) = [r for r in rows if r.startswith("| **Partnerskapsmøtet**")]
        assert f"{looks_after}: Samarbeidsavtale for Helsefellesskap Vestfjord" in pm, pm
    page = tmp_path / "audit.html"
    run = hf(
        "audit", "--no-config", "--lang", "en", "--as-of", AS_OF, "--rules", str(vestfjord / "va.yaml"),
        "-o", str(page), str(vestfjord / "organisation.yaml"),
    )  # fmt: skip
    assert run.code == 1, run.both
    assert "<div>disagreements go to: Faglig samarbeidsutvalg for skrøpelige eldre" in page.read_text(encoding="utf-8")
