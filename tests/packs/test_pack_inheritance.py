"""Replacing and retiring inherited obligations and rules, the `reading` of a rule and the severity
policy (docs/rule-packs.md), and a national pack that names no single health community."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hf_rules.documents.validate import InputErrors
from hf_rules.formatters.catalogue import coverage_rows
from hf_rules.rules.model import READING_CEILING
from hf_rules.rules.pack import load_packs

ROOT = Path(__file__).resolve().parent.parent

HEAD = """apiVersion: hf-rules/v1
kind: RulePack
metadata:
  id: mine
  version: 1.0.0
  name: {nb: Mitt, en: Mine}
  extends: [national]
sources:
  avtale: {title: Avtale, date: '2024'}
"""
OBLIGATION = """  - id: O23
    text: {nb: Vara for alle fastlegeplasser., en: A deputy for every GP seat.}
    source: {document: avtale, quote: Fastlegen har vara.}
"""
RULE = """  - id: HF-GP-DEPUTY
    title: {nb: Vara, en: Deputy}
    message: {nb: "{subject_name} mangler vara", en: "{subject_name} lacks a deputy"}
    hint: {nb: Oppgi vara., en: Name the deputy.}
    severity: %s
    reading: %s
    source: {document: avtale, quote: Fastlegen har vara.}
    obligations: [O23]
    applies_to: {kind: forum, type: [lokalt-samarbeidsutvalg]}
    check: {function: deputy_required, options: {where: {represents: [fastlege]}}}
"""
REASON = "    reason: {nb: Avtalen sier det., en: The agreement says so.}\n"


def _pack(tmp_path: Path, text: str) -> str:
    path = tmp_path / "mine.yaml"
    path.write_text(HEAD + text, encoding="utf-8")
    return str(path)


def _messages(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(InputErrors) as caught:
        load_packs([_pack(tmp_path, text)])
    return [f"{e.location.line}: {e.message}" for e in caught.value.errors]


def test_replace_an_obligation_and_a_rule(tmp_path: Path) -> None:
    packs = load_packs(
        [
            _pack(
                tmp_path,
                "replace:\n  - obligation: O23\n"
                + REASON
                + "  - rule: HF-GP-DEPUTY\n"
                + REASON
                + "obligations:\n"
                + OBLIGATION
                + "rules:\n"
                + RULE % ("error", "requires"),
            )
        ]
    )
    assert packs.obligations["O23"].text.en == "A deputy for every GP seat."
    assert packs.replaced_obligations["O23"][0] == "mine"
    rule = packs.rule("HF-GP-DEPUTY")
    assert rule is not None and rule.pack == "mine" and rule.rule.severity == "error"
    assert [r.rule.id for r in packs.rules].count("HF-GP-DEPUTY") == 1
    row = next(r for r in coverage_rows(packs, "en") if r["obligation"] == "O23")
    assert row["changed_by"] == {"change": "replaced", "pack": "mine", "reason": "The agreement says so."}
    assert row["readings"]["HF-GP-DEPUTY"] == {"severity": "error", "reading": "requires"}


def test_retire_an_obligation_and_its_rule(tmp_path: Path) -> None:
    packs = load_packs(
        [_pack(tmp_path, "retire:\n  - obligation: O23\n" + REASON + "  - rule: HF-GP-DEPUTY\n" + REASON)]
    )
    assert "O23" not in packs.obligations and packs.rule("HF-GP-DEPUTY") is None
    row = next(r for r in coverage_rows(packs, "nb") if r["obligation"] == "O23")
    assert row["status"] == "retired" and row["rules"] == []
    assert row["changed_by"] == {"change": "retired", "pack": "mine", "reason": "Avtalen sier det."}


def test_a_rule_in_force_may_not_cite_a_retired_obligation(tmp_path: Path) -> None:
    messages = _messages(tmp_path, "retire:\n  - obligation: O23\n" + REASON)
    assert any(
        "obligation 'O23' is retired by pack 'mine'; retire or replace rule 'HF-GP-DEPUTY' too" in m for m in messages
    ), messages


def test_redefining_without_replace_is_an_error(tmp_path: Path) -> None:
    assert _messages(tmp_path, "obligations:\n" + OBLIGATION) == [
        "11: obligation 'O23' is already in the catalogue; to define it anew, list it under `replace` with the reason"
    ]
    messages = _messages(tmp_path, "rules:\n" + RULE % ("warning", "describes"))
    assert len(messages) == 1 and "rule id 'HF-GP-DEPUTY' is already defined in " in messages[0]


def test_replace_and_retire_name_what_exists(tmp_path: Path) -> None:
    assert _messages(tmp_path, "retire:\n  - obligation: O99\n" + REASON) == [
        "11: retire names obligation 'O99', which no extended pack has in its catalogue"
    ]
    assert _messages(tmp_path, "replace:\n  - rule: HF-GP-DEPUTY\n" + REASON) == [
        "11: replace names rule 'HF-GP-DEPUTY', but this pack does not define it under `rules`"
    ]
    assert _messages(tmp_path, "retire:\n  - reason: {nb: x, en: x}\n") == [
        "11: a `retire` entry names exactly one of `obligation` and `rule`"
    ]


def test_severity_above_the_reading_is_refused(tmp_path: Path) -> None:
    text = "replace:\n  - rule: HF-GP-DEPUTY\n" + REASON + "rules:\n" + RULE % ("error", "describes")
    messages = _messages(tmp_path, text)
    assert (
        len(messages) == 1
        and "severity 'error' is above what a rule that reads the text as 'describes' may have (at most 'warning'"
        in messages[0]
    )


@pytest.mark.parametrize("ref", ["national", "oslo"])
def test_every_bundled_rule_follows_the_severity_policy(ref: str) -> None:
    for loaded in load_packs([ref]).rules:
        rule = loaded.rule
        assert rule.reading is not None, f"{rule.id} states no reading"
        if rule.severity != READING_CEILING[rule.reading]:
            assert rule.interpretation is not None, f"{rule.id} is milder than its reading and says not why"


def test_the_national_pack_names_no_single_health_community(hf) -> None:
    packs = load_packs(["national"])
    for lang in ("nb", "en"):
        text = json.dumps(coverage_rows(packs, lang), ensure_ascii=False)
        for name in ("Oslo", "OUS", "Ahus", "Lovisenberg", "Diakonhjemmet", "Stor-Oslo"):
            assert name not in text, name
    for loaded in packs.rules:
        dumped = loaded.rule.model_dump_json()
        assert "Oslo" not in dumped and "OSLO" not in dumped, loaded.rule.id
    run = hf("coverage", "--no-config", "--rules", "national", "--lang", "en")
    assert run.code == 0 and "Oslo" not in run.out


def test_coverage_shows_reading_and_what_oslo_changed(hf) -> None:
    out = hf("coverage", "--no-config", "--rules", "oslo", "--lang", "en").out
    assert "HF-GP-DEPUTY (warning, describes)" in out
    assert "OSLO-SF-LEADERS (warning, describes)" in out
    out = hf("rules", "--no-config", "--rules", "oslo", "--lang", "en").out
    assert "HF-ONE-SSU" in out and "replaced (oslo)" in out and "disabled (oslo)" in out
    assert "reading: describes" in hf("explain", "--no-config", "OSLO-RETIRED-FORA", "--lang", "en").out
