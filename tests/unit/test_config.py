"""Configuration: ``.hf-rules.yaml`` found by walking up, ``[tool.hf-rules]`` in pyproject.toml,
``--config``/``--no-config``, every key honoured, the command line winning, and bad config as
located exit-2 errors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import AS_OF, ROOT, copy_oslo, drop_first_user_participation, edit

EN_VERDICT, NB_VERDICT = "Verdict: COMPLIANT", "Resultat: I SAMSVAR"
CONFIG_KEYS = "documents, fail_on, lang, limits, redact, rules"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def last_line(text: str) -> str:
    return text.splitlines()[-1]


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    """The Oslo example with its plans in ``plans/`` and a config naming the organisation."""
    ws = copy_oslo(tmp_path / "ws")
    (ws / "plans").mkdir()
    for plan in ws.glob("meeting-plan-*.yaml"):
        plan.rename(ws / "plans" / plan.name)
    write(ws / ".hf-rules.yaml", "documents: [organisation.yaml]\n")
    return ws


def config_error(run, config: Path, line: int, column: int, message: str) -> None:
    """Exactly one problem, ``<config>:line:col: error: message``, exit 2, no traceback."""
    assert run.code == 2, run.both
    assert "Traceback" not in run.both
    (problem,) = [x for x in run.both.splitlines() if "error:" in x]
    where, rest = problem.split(f":{line}:{column}: error: ", 1)
    assert os.path.samefile(where, config), problem
    assert rest == message


# --- discovery ----------------------------------------------------------------------------------


def test_config_found_by_walking_up(tmp_path, monkeypatch, hf):
    copy_oslo(tmp_path / "oslo")
    write(tmp_path / ".hf-rules.yaml", "lang: en\n")
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    run = hf("check", "--as-of", AS_OF, "../../oslo")
    assert run.code == 0
    assert last_line(run.out) == EN_VERDICT


def test_nearest_config_wins(tmp_path, monkeypatch, hf):
    copy_oslo(tmp_path / "oslo")
    write(tmp_path / ".hf-rules.yaml", "lang: en\n")
    write(tmp_path / "sub" / ".hf-rules.yaml", "lang: nb\n")
    monkeypatch.chdir(tmp_path / "sub")
    assert last_line(hf("check", "--as-of", AS_OF, "../oslo").out) == NB_VERDICT


def test_pyproject_tool_section(tmp_path, monkeypatch, hf):
    copy_oslo(tmp_path / "oslo")
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.hf-rules]\nlang = "en"\nfail_on = "warning"\n')
    drop_first_user_participation(tmp_path / "oslo" / "organisation.yaml")
    run = hf("check", "--as-of", AS_OF, "oslo")
    assert run.code == 1  # fail_on from pyproject.toml
    assert last_line(run.out) == "Verdict: NOT COMPLIANT"


def test_pyproject_without_the_section_is_passed_over(tmp_path, monkeypatch, hf):
    copy_oslo(tmp_path / "oslo")
    write(tmp_path / ".hf-rules.yaml", "lang: en\n")
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    monkeypatch.chdir(tmp_path / "sub")
    assert last_line(hf("check", "--as-of", AS_OF, "../oslo").out) == EN_VERDICT


def test_hf_rules_yaml_beats_pyproject_in_the_same_folder(tmp_path, hf):
    copy_oslo(tmp_path / "oslo")
    write(tmp_path / ".hf-rules.yaml", "lang: en\n")
    write(tmp_path / "pyproject.toml", '[tool.hf-rules]\nlang = "nb"\n')
    assert last_line(hf("check", "--as-of", AS_OF, "oslo").out) == EN_VERDICT


def test_explicit_config_file(tmp_path, hf):
    copy_oslo(tmp_path / "oslo")
    write(tmp_path / ".hf-rules.yaml", "lang: nb\n")
    other = write(tmp_path / "elsewhere" / "team.yaml", "lang: en\ndocuments: [../oslo/organisation.yaml]\n")
    run = hf("check", "--config", str(other), "--as-of", AS_OF)
    assert run.code == 0
    assert last_line(run.out) == EN_VERDICT
    assert "oslo/organisation.yaml" in run.out  # documents relative to the config file, not the working folder


def test_explicit_config_that_does_not_exist(tmp_path, hf):
    run = hf("check", "--config", "nope.yaml", str(ROOT / "fixtures" / "oslo"))
    assert run.code == 2
    assert run.err.splitlines() == ["hf-rules: error: konfigurasjonsfilen nope.yaml finnes ikke"]
    listing = hf("rules", "--config", "nope.yaml")
    assert listing.code == 2 and "nope.yaml" in listing.err and "Traceback" not in listing.both


def test_no_config_ignores_the_config(tmp_path, hf):
    copy_oslo(tmp_path / "oslo")
    write(tmp_path / ".hf-rules.yaml", "lang: en\nbogus: [\n")  # not even read
    run = hf("check", "--no-config", "--as-of", AS_OF, "oslo")
    assert run.code == 0
    assert last_line(run.out) == NB_VERDICT


# --- every key honoured; the command line wins ------------------------------------------------------


def test_documents_complete_a_single_plan(ws, monkeypatch, hf):
    monkeypatch.chdir(ws / "plans")
    run = hf("check", "--as-of", AS_OF, "--format", "json", "meeting-plan-ssu-2025-2026.yaml")
    assert run.code == 0, run.out
    files = {f["kind"]: f for f in json.loads(run.out)["files"]}
    assert files["MeetingPlan"]["path"] == "meeting-plan-ssu-2025-2026.yaml"
    assert files["MeetingPlan"]["status"] == "compliant"
    assert os.path.samefile(files["Organisation"]["path"], ws / "organisation.yaml")


def test_pre_commit_check_of_one_plan_matches_the_full_check(ws, monkeypatch, hf):
    plan = ws / "plans" / "meeting-plan-ssu-2025-2026.yaml"
    edit(plan, "  - {date: 2025-05-14, topic: Utskrivningsklare pasienter}\n", "")
    monkeypatch.chdir(ws)

    def plan_findings(*paths: str) -> tuple[int, list[tuple]]:
        run = hf("check", "--as-of", AS_OF, "--format", "json", *paths)
        found = [
            (f["rule"], f["line"], f["column"], f["message"], f["fingerprint"])
            for f in json.loads(run.out)["findings"]
            if Path(f["file"]).name == plan.name
        ]
        return run.code, found

    code_one, one = plan_findings("plans/meeting-plan-ssu-2025-2026.yaml")
    code_all, everything = plan_findings(".")
    assert code_one == code_all == 1
    assert one == everything
    assert [f[0] for f in one] == ["OSLO-SSU-MEETINGS"]
    # Without the config's documents the plan alone is unusable input.
    assert hf("check", "--no-config", "--as-of", AS_OF, "plans/meeting-plan-ssu-2025-2026.yaml").code == 2


def test_without_paths_the_config_documents_are_checked(ws, monkeypatch, hf):
    write(ws / ".hf-rules.yaml", "documents: [organisation.yaml, plans]\n")
    monkeypatch.chdir(ws / "plans")
    run = hf("check", "--as-of", AS_OF, "--format", "json")
    assert run.code == 0
    assert sorted(f["kind"] for f in json.loads(run.out)["files"]) == ["MeetingPlan"] * 3 + ["Organisation"]


def test_config_rules(ws, monkeypatch, hf):
    write(ws / ".hf-rules.yaml", "documents: [organisation.yaml]\nrules: [national]\n")
    monkeypatch.chdir(ws)
    report = json.loads(hf("check", "--as-of", AS_OF, "--format", "json", "plans").out)
    assert [p["id"] for p in report["rule_packs"]] == ["national"]
    listed = hf("rules", "--format", "json")
    assert listed.code == 0
    assert {r["pack"] for r in json.loads(listed.out)["rules"]} == {"national"}
    # The command line wins.
    report = json.loads(hf("check", "--as-of", AS_OF, "--format", "json", "--rules", "oslo", "plans").out)
    assert [p["id"] for p in report["rule_packs"]] == ["national", "oslo"]


def test_config_rules_path_is_relative_to_the_config(ws, monkeypatch, hf):
    write(ws / "packs" / "local.yaml", (ROOT / "rules" / "national.yaml").read_text(encoding="utf-8"))
    write(ws / ".hf-rules.yaml", "documents: [organisation.yaml]\nrules: [packs/local.yaml]\n")
    monkeypatch.chdir(ws / "plans")
    run = hf("check", "--as-of", AS_OF, "--format", "json", "meeting-plan-ssu-2025-2026.yaml")
    assert run.code == 0, run.both
    (pack,) = json.loads(run.out)["rule_packs"]
    assert os.path.samefile(pack["file"], ws / "packs" / "local.yaml")


def test_config_fail_on_and_override(ws, monkeypatch, hf):
    drop_first_user_participation(ws / "organisation.yaml")
    monkeypatch.chdir(ws)
    assert hf("check", "--as-of", AS_OF, "plans").code == 0
    write(ws / ".hf-rules.yaml", "documents: [organisation.yaml]\nfail_on: warning\n")
    assert hf("check", "--as-of", AS_OF, "plans").code == 1
    assert hf("check", "--as-of", AS_OF, "--fail-on", "error", "plans").code == 0
    report = json.loads(hf("check", "--as-of", AS_OF, "--format", "json", "plans").out)
    assert report["fail_on"] == "warning" and report["exit_code"] == 1


def test_config_lang_and_override(ws, monkeypatch, hf):
    write(ws / ".hf-rules.yaml", "documents: [organisation.yaml]\nlang: en\n")
    monkeypatch.chdir(ws)
    assert last_line(hf("check", "--as-of", AS_OF, "plans").out) == EN_VERDICT
    assert last_line(hf("check", "--as-of", AS_OF, "--lang", "nb", "plans").out) == NB_VERDICT


def test_config_lang_for_rules_coverage_and_explain(tmp_path, hf):
    write(tmp_path / ".hf-rules.yaml", "lang: en\n")
    rules = hf("rules")
    assert rules.code == 0 and " rules · national " in last_line(rules.out)
    assert "disabled (oslo)" in rules.out
    coverage = json.loads(hf("coverage", "--format", "json").out)["coverage"]
    o14 = next(r for r in coverage if r["obligation"] == "O14")
    assert "observer" in o14["text"] and "observatør" not in o14["text"]
    explained = hf("explain", "OSLO-SSU-OBSERVERS")
    assert explained.code == 0 and "\nfix: " in explained.out and "tiltak:" not in explained.out
    disabled = hf("explain", "HF-REPRESENTATION-ALL-LEVELS")
    assert disabled.code == 2 and "Replaced by" in disabled.err
    # The command line still wins.
    assert " regler · " in last_line(hf("rules", "--lang", "nb").out)


# --- bad config: exit 2, located ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ("check", "--as-of", AS_OF, "oslo"),
        ("validate", "oslo"),
        ("rules",),
        ("coverage",),
        ("explain", "OSLO-SSU-OBSERVERS"),
    ],
)
def test_unknown_config_key(tmp_path, hf, command, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the English messages
    copy_oslo(tmp_path / "oslo")
    config = write(tmp_path / ".hf-rules.yaml", "lang: en\n\nfail-on: warning\n")
    run = hf(*command)
    config_error(
        run,
        config,
        3,
        1,
        f"unknown key 'fail-on' in the document (did you mean 'fail_on'?); expected one of: {CONFIG_KEYS}",
    )


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        ("documents: organisation.yaml\n", 1, 12, "documents must be a list, got a text ('organisation.yaml')"),
        ("lang: de\n", 1, 7, "lang is 'de'; expected one of: nb, en"),
        ("rules: [oslo, 3]\n", 1, 15, "rules[1] must be a text, got a whole number (3)"),
        ("- lang: en\n", 1, 1, "expected a mapping at the top of the document, got a list"),
    ],
)
def test_config_wrong_type(tmp_path, hf, text, line, column, message, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the messages quoted are English
    copy_oslo(tmp_path / "oslo")
    config = write(tmp_path / ".hf-rules.yaml", text)
    config_error(hf("check", "--as-of", AS_OF, "oslo"), config, line, column, message)


def test_broken_config_yaml(tmp_path, hf, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the messages quoted are English
    copy_oslo(tmp_path / "oslo")
    config = write(tmp_path / ".hf-rules.yaml", "lang: en\ndocuments: [organisation.yaml\n")
    run = hf("check", "--as-of", AS_OF, "oslo")
    assert run.code == 2
    (problem,) = [x for x in run.both.splitlines() if "error:" in x]
    where, rest = problem.split(":3:1: error: ", 1)
    assert os.path.samefile(where, config)
    assert rest.startswith("invalid YAML: ")


def test_config_duplicate_key(tmp_path, hf, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the English messages
    copy_oslo(tmp_path / "oslo")
    config = write(tmp_path / ".hf-rules.yaml", "lang: en\nlang: nb\n")
    config_error(
        hf("check", "oslo"), config, 2, 1, "duplicate key 'lang' (first defined at line 1); each key may appear once"
    )


def test_config_document_that_does_not_exist(tmp_path, hf, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the English messages
    copy_oslo(tmp_path / "oslo")
    write(tmp_path / ".hf-rules.yaml", "documents: [no-such.yaml]\n")
    run = hf("check", "--as-of", AS_OF, "oslo")
    assert run.code == 2
    assert "no-such.yaml:1:1: error: no such file or folder" in run.out.splitlines()


def test_config_unknown_rule_pack(tmp_path, hf):
    copy_oslo(tmp_path / "oslo")
    write(tmp_path / ".hf-rules.yaml", "rules: [no-such-pack]\n")
    run = hf("check", "--as-of", AS_OF, "oslo")
    assert run.code == 2
    assert "Traceback" not in run.both
    assert any("error: ingen regelpakke 'no-such-pack'" in x for x in run.both.splitlines())


def test_bad_pyproject_section(tmp_path, hf, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the English messages
    copy_oslo(tmp_path / "oslo")
    config = write(tmp_path / "pyproject.toml", '[tool.hf-rules]\nlang = "en"\nbogus = 1\n')
    run = hf("check", "--as-of", AS_OF, "oslo")
    assert run.code == 2
    (problem,) = [x for x in run.both.splitlines() if "error:" in x]
    where, rest = problem.split(":1:1: error: ", 1)
    assert os.path.samefile(where, config)
    assert rest == f"unknown key 'bogus' in the document; expected one of: {CONFIG_KEYS}"


def test_broken_pyproject_with_our_section_is_an_error_not_skipped(tmp_path, hf, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the messages quoted are English
    copy_oslo(tmp_path / "oslo")
    write(tmp_path / "pyproject.toml", '[tool.hf-rules]\nlang = "en"\nlang = "nb"\n')
    run = hf("check", "--as-of", AS_OF, "oslo")
    assert run.code == 2
    assert "Traceback" not in run.both
    (problem,) = [x for x in run.both.splitlines() if "error:" in x]
    assert "pyproject.toml:" in problem and "invalid TOML" in problem


def test_broken_pyproject_without_our_section_is_passed_over(tmp_path, hf):
    copy_oslo(tmp_path / "oslo")
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\nname = "y"\n')
    assert hf("check", "--as-of", AS_OF, "oslo").code == 0


def test_no_paths_and_no_config(tmp_path, hf):
    run = hf("check")
    assert run.code == 2
    assert run.err.splitlines() == [
        "hf-rules: error: ingen dokumenter gitt: oppgi filer eller mapper, eller før dem opp under 'documents' i .hf-rules.yaml"
    ]
    assert hf("validate").code == 2
