"""The command line: every exit code, unusable input (exit 2, located, never a traceback),
internal errors (exit 3), --fail-on, folder discovery, and the catalogue commands."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from hf_rules import __version__
from hf_rules.rules.pack import load_packs
from tests.conftest import (
    AS_OF,
    OSLO,
    SCHEMAS,
    copy_oslo,
    drop_first_user_participation,
    edit,
    seed_sunnaas_defect,
)

LOCATED = re.compile(r"^\S[^:]*:\d+:\d+: error: \S")
INTERNAL = (  # 'internal error' is a fixed token, like 'error'; the rest is said in bokmål
    "hf-rules: internal error: RuntimeError: boom. Dette er en programfeil; meld den inn med kommandoen og "
    "inndataene (kjør igjen med --debug for å se tilbakesporingen)."
)
COMMANDS = ("check", "validate", "rules", "coverage", "explain", "schema")


def error_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if "error:" in line]


def assert_located(run, *expected: str) -> None:
    """Exit 2; every error line is ``file:line:col: error: ...``; each expected text is on one of them."""
    assert run.code == 2, run.both
    assert "Traceback" not in run.both
    lines = error_lines(run.both)
    assert lines, run.both
    for line in lines:
        assert LOCATED.match(line), line
    for text in expected:
        assert any(text in line for line in lines), (text, lines)


# --- exit 0 and 1 -------------------------------------------------------------------------------


def test_exit_0_on_the_oslo_example(hf):
    run = hf("check", "--no-config", "--as-of", AS_OF, str(OSLO))
    assert run.code == 0, run.both
    assert run.out.splitlines()[-1] == "Resultat: I SAMSVAR"
    assert run.err == ""


def test_exit_0_from_a_copy_in_the_working_folder(oslo, hf):
    run = hf("check", "--no-config", "--as-of", AS_OF, "oslo")
    assert run.code == 0, run.both
    assert "  ok                oslo/organisation.yaml  Organisation helsefellesskap-oslo" in run.out.splitlines()


def test_exit_1_on_a_rule_violation(oslo, hf):
    line, column = seed_sunnaas_defect(oslo / "organisation.yaml")
    run = hf("check", "--no-config", "--as-of", AS_OF, "oslo")
    assert run.code == 1
    assert run.out.splitlines()[0] == (
        f"oslo/organisation.yaml:{line}:{column}: error OSLO-SSU-OBSERVERS "
        "Sunnaas sykehus HF er ikke observatør i Strategisk samarbeidsutvalg"
    )
    assert run.out.splitlines()[-1] == "Resultat: IKKE I SAMSVAR"


# --- exit 2: unusable input -----------------------------------------------------------------------


def test_broken_yaml(oslo, hf):
    edit(oslo / "organisation.yaml", "parties:\n", "parties: [\n")
    run = hf("check", "--no-config", "--as-of", AS_OF, "oslo")
    assert_located(run, "oslo/organisation.yaml:", "ugyldig YAML")
    assert run.out.splitlines()[-1] == "Resultat: UGYLDIG INNDATA"


def test_unknown_key_names_allowed_keys_and_suggests(oslo, hf, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the English messages
    org = oslo / "organisation.yaml"
    edit(org, "    observers:\n      - {party: sunnaas", "    observer:\n      - {party: sunnaas")
    line = org.read_text(encoding="utf-8").splitlines().index("    observer:") + 1
    run = hf("check", "--no-config", "--as-of", AS_OF, "oslo")
    assert_located(run)
    (problem,) = error_lines(run.out)
    assert problem.startswith(
        f"oslo/organisation.yaml:{line}:5: error: unknown key 'observer' in "
        "fora.strategisk-samarbeidsutvalg (did you mean 'observers'?); expected one of: "
    )
    allowed = problem.split("expected one of: ")[1].split(", ")
    assert "observers" in allowed and "members" in allowed and "observer" not in allowed
    # The plans that need the broken organisation are listed as not checked, with the reason.
    assert any(
        x.startswith("  not checked       oslo/meeting-plan-ssu-2025-2026.yaml") and "has errors" in x
        for x in run.out.splitlines()
    )


def test_duplicate_key(oslo, hf, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the English messages
    org = oslo / "organisation.yaml"
    edit(org, "  status: proposed", "  name: Again\n  status: proposed")
    lines = org.read_text(encoding="utf-8").splitlines()
    first, second = lines.index("  name: Helsefellesskap Oslo") + 1, lines.index("  name: Again") + 1
    run = hf("check", "--no-config", "--as-of", AS_OF, "oslo/organisation.yaml")
    assert_located(
        run,
        f"oslo/organisation.yaml:{second}:3: error: duplicate key 'name' "
        f"(first defined at line {first}); each key may appear once",
    )


def test_dangling_party_reference(oslo, hf):
    org = oslo / "organisation.yaml"
    edit(org, "{party: sunnaas, role: Observatør}", "{party: sunaas, role: Observatør}")
    lines = org.read_text(encoding="utf-8").splitlines()
    line = next(i for i, x in enumerate(lines, 1) if "sunaas," in x)
    column = lines[line - 1].index("sunaas") + 1
    run = hf("check", "--no-config", "--as-of", AS_OF, "oslo")
    assert_located(
        run,
        f"oslo/organisation.yaml:{line}:{column}: error: party 'sunaas' er ikke en part i "
        "denne organisasjonen; forventet en av: ",
    )
    (problem,) = error_lines(run.out)
    assert "sunnaas" in problem.split("forventet en av: ")[1].split(", ")


def test_plan_without_its_organisation(hf):
    run = hf("check", "--no-config", "--as-of", AS_OF, str(OSLO / "meeting-plan-ssu-2025-2026.yaml"))
    assert_located(
        run,
        f"{OSLO / 'meeting-plan-ssu-2025-2026.yaml'}:6:17: error: organisasjonen "
        "'helsefellesskap-oslo' er ikke blant dokumentene som kontrolleres",
    )
    assert ".hf-rules.yaml" in error_lines(run.out)[0]  # says how to fix it


def test_path_that_does_not_exist(hf, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the English messages
    run = hf("check", "--no-config", "--as-of", AS_OF, "no-such-folder")
    assert_located(run, "no-such-folder:1:1: error: no such file or folder")


def test_unknown_rule_pack(hf):
    run = hf("check", "--no-config", "--as-of", AS_OF, "--rules", "no-such-pack", str(OSLO))
    assert_located(run, "error: ingen regelpakke 'no-such-pack'; medfølgende pakker: ")
    assert "oslo" in run.both and "national" in run.both


def test_unknown_format(hf, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the English messages
    run = hf("check", "--no-config", "--format", "xml", str(OSLO))
    assert run.code == 2
    assert "Traceback" not in run.both
    (error,) = run.err.splitlines()  # one line, like every other error
    assert error.startswith("hf-rules: error: Invalid value for '--format': 'xml' is not one of ")
    assert "'text'" in error and "'json'" in error
    assert error.endswith("(see 'hf-rules check --help')")
    assert run.out == ""


def test_impossible_date(hf, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the English messages
    run = hf("check", "--no-config", "--as-of", "2025-02-30", str(OSLO))
    assert run.code == 2
    assert "Traceback" not in run.both
    assert run.err == (
        "hf-rules: error: Invalid value for '--as-of': '2025-02-30' is not a date; expected "
        "YYYY-MM-DD (see 'hf-rules check --help')\n"
    )


def test_unknown_option_and_command(hf, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the English messages
    for args in (("check", "--no-such-option"), ("no-such-command",)):
        run = hf(*args)
        assert run.code == 2, args
        assert "Traceback" not in run.both
        (line,) = run.err.splitlines()
        assert line.startswith("hf-rules: error: No such "), line


def test_every_problem_of_several_files_is_one_located_line(oslo, tmp_path, hf, monkeypatch):
    """Two broken files: both reported, one line each, in the order given, and still exit 2."""
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the English messages
    edit(oslo / "organisation.yaml", "{party: sunnaas, role: Observatør}", "{party: sunaas, role: Observatør}")
    (tmp_path / "bad.yaml").write_text(
        "apiVersion: hf-rules/v1\nkind: Organisation\nmetadata: {id: x}\nparties: {}\nfora: {}\nextra: 1\n",
        encoding="utf-8",
    )
    run = hf("check", "--no-config", "--as-of", AS_OF, "oslo", "bad.yaml")
    assert_located(run, "oslo/organisation.yaml:", "bad.yaml:6:1: error: unknown key 'extra'")


# --- exit 3: internal errors ----------------------------------------------------------------------


def _boom(*args, **kwargs):
    raise RuntimeError("boom")


def test_internal_error_is_exit_3_without_traceback(monkeypatch, hf):
    monkeypatch.setattr("hf_rules.engine.evaluate.evaluate", _boom)
    run = hf("check", "--no-config", "--as-of", AS_OF, str(OSLO))
    assert run.code == 3
    assert run.err.splitlines() == [INTERNAL]
    assert "Traceback" not in run.both


def test_internal_error_traceback_with_debug(monkeypatch, hf):
    monkeypatch.setattr("hf_rules.engine.evaluate.evaluate", _boom)
    run = hf("--debug", "check", "--no-config", "--as-of", AS_OF, str(OSLO))
    assert run.code == 3
    assert "Traceback (most recent call last)" in run.err
    assert 'raise RuntimeError("boom")' in run.err
    assert run.err.splitlines()[-1] == INTERNAL


# --- end to end, through the installed entry point ------------------------------------------------


def _python(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST") and k != "GITHUB_ACTIONS"}
    return subprocess.run(
        [sys.executable, "-m", "hf_rules", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


def test_end_to_end_exit_codes(tmp_path):
    copy_oslo(tmp_path / "ok")
    seed_sunnaas_defect(copy_oslo(tmp_path / "bad") / "organisation.yaml")
    (tmp_path / "broken.yaml").write_text("apiVersion: hf-rules/v1\nkind: [\n", encoding="utf-8")
    common = ("check", "--no-config", "--as-of", AS_OF)

    ok = _python(*common, "ok", cwd=tmp_path)
    assert (ok.returncode, ok.stdout.splitlines()[-1], ok.stderr) == (0, "Resultat: I SAMSVAR", "")
    bad = _python(*common, "bad", cwd=tmp_path)
    assert (bad.returncode, bad.stdout.splitlines()[-1]) == (1, "Resultat: IKKE I SAMSVAR")
    broken = _python(*common, "broken.yaml", cwd=tmp_path)
    assert broken.returncode == 2
    assert "Traceback" not in broken.stdout + broken.stderr
    assert error_lines(broken.stdout) == [
        "broken.yaml:3:1: error: ugyldig YAML: forventet innholdet i noden, men fant '<stream end>'"
    ]


def test_end_to_end_bad_usage_has_no_traceback(tmp_path):
    for args in (
        ("check", "--format", "xml", "x"),
        ("check", "--as-of", "2025-13-01", "x"),
        ("explain", "NO-SUCH"),
        ("check", "--no-config"),
        ("schema", "nope"),
    ):
        result = _python(*args, cwd=tmp_path)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stdout + result.stderr, args
        assert result.stderr.strip(), args


def test_end_to_end_internal_error(tmp_path):
    script = (
        "import sys, hf_rules.engine.evaluate as e\n"
        "def boom(*a, **k): raise RuntimeError('boom')\n"
        "e.evaluate = boom\n"
        "from hf_rules.cli import main\n"
        "sys.argv = ['hf-rules', *sys.argv[1:]]\n"
        "main()\n"
    )
    args = ("check", "--no-config", "--as-of", AS_OF, str(OSLO))
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    plain = subprocess.run(
        [sys.executable, "-c", script, *args], cwd=tmp_path, capture_output=True, text=True, timeout=120, env=env
    )
    assert plain.returncode == 3
    assert plain.stderr.splitlines() == [INTERNAL]
    debug = subprocess.run(
        [sys.executable, "-c", script, "--debug", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert debug.returncode == 3
    assert debug.stderr.startswith("Traceback (most recent call last)")
    assert debug.stderr.splitlines()[-1] == INTERNAL


# --- --fail-on ------------------------------------------------------------------------------------


@pytest.fixture
def warning_only(oslo: Path) -> Path:
    drop_first_user_participation(oslo / "organisation.yaml")
    return oslo


@pytest.mark.parametrize(("fail_on", "code"), [(None, 0), ("error", 0), ("warning", 1), ("info", 1), ("never", 0)])
def test_fail_on_with_a_warning(warning_only, hf, fail_on, code):
    args = ["check", "--no-config", "--as-of", AS_OF, "--brief", "oslo"]
    if fail_on:
        args[1:1] = ["--fail-on", fail_on]
    run = hf(*args)
    assert run.code == code
    assert re.match(
        r"oslo/organisation\.yaml:\d+:\d+: warning HF-USER-PARTICIPATION Samarbeidsforum somatikk "
        r"\(OUS-sektor\) ",
        run.out.splitlines()[0],
    )
    assert run.out.splitlines()[-1] == ("Resultat: IKKE I SAMSVAR" if code else "Resultat: I SAMSVAR")


def test_fail_on_never_with_an_error(oslo, hf):
    seed_sunnaas_defect(oslo / "organisation.yaml")
    assert hf("check", "--no-config", "--as-of", AS_OF, "oslo").code == 1
    run = hf("check", "--no-config", "--as-of", AS_OF, "--fail-on", "never", "oslo")
    assert run.code == 0
    assert "error OSLO-SSU-OBSERVERS" in run.out  # still reported


def test_fail_on_never_does_not_hide_invalid_input(oslo, hf):
    edit(oslo / "organisation.yaml", "parties:\n", "parties: [\n")
    assert hf("check", "--no-config", "--fail-on", "never", "oslo").code == 2


def test_bad_fail_on_value(hf, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the English messages
    run = hf("check", "--no-config", "--fail-on", "sometimes", str(OSLO))
    assert run.code == 2 and "Invalid value for '--fail-on'" in run.err


# --- folders --------------------------------------------------------------------------------------


def _files(hf, *paths: str) -> list[dict]:
    run = hf("validate", "--no-config", "--format", "json", *paths)
    return json.loads(run.out)["files"]


def test_folders_are_searched_recursively(tmp_path, hf):
    copy_oslo(tmp_path / "ws" / "deep" / "er")
    (tmp_path / "ws" / "deep" / "er" / "organisation.yaml").rename(tmp_path / "ws" / "organisation.yml")
    files = [f["path"] for f in _files(hf, "ws")]
    # A folder's own files first, then its sub-folders, each sorted: the order is stable.
    assert files == [
        "ws/organisation.yml",
        "ws/deep/er/meeting-plan-lsu-ous-2025.yaml",
        "ws/deep/er/meeting-plan-partnerskapsmote.yaml",
        "ws/deep/er/meeting-plan-ssu-2025-2026.yaml",
    ]
    assert hf("check", "--no-config", "--as-of", AS_OF, "ws").code == 0


def test_hidden_folders_and_other_suffixes_are_passed_over(tmp_path, hf):
    ws = copy_oslo(tmp_path / "ws")
    (ws / ".hidden").mkdir()
    (ws / ".hidden" / "broken.yaml").write_text("kind: [\n", encoding="utf-8")
    (ws / ".hidden.yaml").write_text("kind: [\n", encoding="utf-8")
    (ws / "README.md").write_text("# not YAML\n", encoding="utf-8")
    (ws / "notes.txt").write_text("kind: [\n", encoding="utf-8")
    run = hf("check", "--no-config", "--as-of", AS_OF, "ws")
    assert run.code == 0, run.out
    assert "hidden" not in run.out and "README" not in run.out and "notes" not in run.out


def test_folder_yaml_that_is_not_a_document_is_listed_as_ignored(tmp_path, hf):
    ws = copy_oslo(tmp_path / "ws")
    (ws / "docker-compose.yml").write_text("services: {}\n", encoding="utf-8")
    run = hf("check", "--no-config", "--as-of", AS_OF, "ws")
    assert run.code == 0, run.out
    line = next(x for x in run.out.splitlines() if "docker-compose.yml" in x)
    assert line.startswith(f"  {'hoppet over':<17} ws/docker-compose.yml (") and "apiVersion" in line


def test_pack_tests_beside_a_workspace_are_listed_as_ignored(tmp_path, hf):
    """A pack's tests/ folder inside its example workspace (docs/pack-tests.md) is not input to check."""
    ws = copy_oslo(tmp_path / "ws")
    (ws / "tests").mkdir()
    (ws / "tests" / "cases.yaml").write_text(
        "apiVersion: hf-rules/v1\nkind: PackTest\nmetadata: {id: mine}\ncases: []\n", encoding="utf-8"
    )
    run = hf("check", "--no-config", "--as-of", AS_OF, "ws")
    assert run.code == 0, run.out
    line = next(x for x in run.out.splitlines() if "cases.yaml" in x)
    assert line.startswith(f"  {'hoppet over':<17} ws/tests/cases.yaml  PackTest mine (") and "hf-rules test" in line
    assert hf("check", "--no-config", "--as-of", AS_OF, "ws/tests/cases.yaml").code == 2


def test_symlink_loop_is_followed_once(tmp_path, hf):
    ws = copy_oslo(tmp_path / "ws")
    os.symlink(ws, ws / "loop")
    os.symlink(ws, ws / "sub-link")
    # In a child process with a time limit, so a hang fails the test instead of the run.
    result = _python("validate", "--no-config", "--format", "json", "ws", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    files = [f["path"] for f in json.loads(result.stdout)["files"]]
    assert len(files) == 4
    assert len({os.path.realpath(tmp_path / f) for f in files}) == 4
    assert hf("check", "--no-config", "--as-of", AS_OF, "ws").code == 0


def test_same_file_given_twice_is_read_once(hf):
    org = str(OSLO / "organisation.yaml")
    files = _files(hf, org, str(OSLO), org)
    assert [f["path"] for f in files].count(org) == 1
    assert len(files) == 4


def test_explicit_file_without_yaml_suffix_is_read(tmp_path, hf):
    (tmp_path / "organisation.txt").write_text(
        (OSLO / "organisation.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "mistake.txt").write_text("kind: [\n", encoding="utf-8")
    (file,) = _files(hf, "organisation.txt")
    assert (file["kind"], file["id"], file["status"]) == ("Organisation", "helsefellesskap-oslo", "compliant")
    assert hf("check", "--no-config", "--as-of", AS_OF, "organisation.txt").code == 0
    assert_located(hf("check", "--no-config", "mistake.txt"), "mistake.txt:")


def test_explicit_yaml_that_is_not_a_document_is_skipped_with_a_note(tmp_path, hf):
    """pre-commit names every changed YAML file: one that does not claim to be an hf-rules
    document is passed over as in a folder scan; one that claims it and is broken is an error."""
    (tmp_path / "docker-compose.yml").write_text("services: {}\n", encoding="utf-8")
    (tmp_path / "broken.yaml").write_text("apiVersion: hf-rules/v2\nkind: Organisation\n", encoding="utf-8")
    copy_oslo(tmp_path / "oslo")
    run = hf("check", "--no-config", "--as-of", AS_OF, "--lang", "en", "docker-compose.yml", "oslo/organisation.yaml")
    assert run.code == 0, run.out
    assert re.search(
        r"^  ignored +docker-compose\.yml \(not an hf-rules document \(no 'apiVersion: hf-rules/v1'\)\)$", run.out, re.M
    ), run.out
    assert_located(
        hf("check", "--no-config", "--lang", "en", "docker-compose.yml", "broken.yaml"),
        "broken.yaml:1:13: error: apiVersion is 'hf-rules/v2'; expected 'hf-rules/v1'",
    )


@pytest.mark.parametrize("command", ["check", "validate", "audit"])
def test_nothing_to_check_is_exit_2_unless_allowed(tmp_path, hf, command):
    """An empty folder, or only other YAML, is not a pass: exit 2 at each path given."""
    (tmp_path / "empty").mkdir()
    (tmp_path / "docker-compose.yml").write_text("services: {}\n", encoding="utf-8")
    run = hf(command, "--no-config", "empty", "docker-compose.yml")
    assert run.code == 2, run.both
    message = (
        "error: ingenting å kontrollere: fant ikke noe hf-rules-dokument (med 'apiVersion: hf-rules/v1'); "
        "gi filer eller mapper med dokumenter, eller --allow-empty for å godta det"
    )
    lines = run.both.splitlines()
    assert f"empty:1:1: {message}" in lines and f"docker-compose.yml:1:1: {message}" in lines, run.both
    allowed = hf(command, "--no-config", "--allow-empty", "empty", "docker-compose.yml")
    assert allowed.code == 0, allowed.both


# --- catalogue commands ---------------------------------------------------------------------------


def test_rules_lists_every_rule_and_the_disabled_ones(hf):
    packs = load_packs(["oslo"])
    run = hf("rules", "--no-config")
    assert run.code == 0
    lines = run.out.splitlines()
    for loaded in packs.rules:
        assert any(x.startswith(loaded.rule.id + " ") and loaded.rule.title.nb in x for x in lines), loaded.rule.id
    disabled = next(x for x in lines if x.startswith("HF-REPRESENTATION-ALL-LEVELS "))
    assert "slått av (oslo)" in disabled
    assert lines[-1].startswith(f"{len(packs.rules)} regler · national ")


def test_rules_json(hf):
    run = hf("rules", "--no-config", "--format", "json", "--rules", "national")
    assert run.code == 0
    data = json.loads(run.out)
    assert data["rules"] and all(r["pack"] == "national" and r["id"].startswith("HF-") for r in data["rules"])
    assert data["disabled"] == []


@pytest.mark.parametrize("fmt", ["text", "json", "markdown"])
def test_coverage_covers_every_obligation(hf, fmt, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the English messages
    run = hf("coverage", "--no-config", "--format", fmt)
    assert run.code == 0
    if fmt == "json":
        rows = {r["obligation"]: r for r in json.loads(run.out)["coverage"]}
        for n in range(1, 28):
            assert rows[f"O{n}"]["status"] != "not-covered"
        assert all(r["status"] in ("encoded", "not-checkable") for r in rows.values())
        assert rows["O14"]["rules"] == ["OSLO-SSU-OBSERVERS"]
    elif fmt == "markdown":
        lines = run.out.splitlines()
        assert lines[:2] == ["| # | obligation | rules (severity, reading) |", "|---|---|---|"]
        for n in range(1, 28):
            assert any(x.startswith(f"| O{n} | ") for x in lines), n
        assert "| O14 | " in run.out and "`OSLO-SSU-OBSERVERS`" in run.out
        assert "ikke dekket" not in run.out.lower()
    else:
        for n in range(1, 28):
            assert re.search(rf"^O{n}\s+\S", run.out, re.M), n
        assert "-> OSLO-SSU-OBSERVERS (error, requires)" in run.out


def test_coverage_lists_obligations_in_order(hf):
    rows = json.loads(hf("coverage", "--no-config", "--format", "json").out)["coverage"]
    oslo = [r["obligation"] for r in rows if re.fullmatch(r"O\d+", r["obligation"])]
    assert oslo == [f"O{n}" for n in range(1, 28)]


def test_an_obligation_awaiting_a_building_block_is_said_and_not_a_gap(hf, tmp_path):
    """`awaits: true` on a not_checkable entry: coverage exits 0 and says "not yet", in both languages."""
    pack = tmp_path / "pack.yaml"
    pack.write_text(
        """\
apiVersion: hf-rules/v1
kind: RulePack
metadata: {id: aw, version: 1.0.0, name: {nb: A, en: A}, extends: [national]}
obligations:
  - id: AW1
    text: {nb: KOSS møtes før hvert SSU-møte, en: KOSS meets before every SSU meeting}
    source: {document: helsenorge-fastlege, quote: x}
  - id: AW2
    text: {nb: Partene bærer egne kostnader, en: The parties bear their own costs}
    source: {document: helsenorge-fastlege, quote: x}
not_checkable:
  - obligation: AW1
    awaits: true
    reason: {nb: Ingen regel ser to møteplaner., en: No rule sees two meeting plans.}
  - obligation: AW2
    reason: {nb: Står i regnskapet., en: In the accounts.}
""",
        encoding="utf-8",
    )
    run = hf("coverage", "--no-config", "--rules", str(pack), "--lang", "nb")
    assert run.code == 0
    assert (
        "AW1  KOSS møtes før hvert SSU-møte\n     -> kan ikke kontrolleres maskinelt: ennå ikke, venter på en "
        "byggestein i regelspråket: Ingen regel ser to møteplaner."
    ) in run.out
    assert "AW2  Partene bærer egne kostnader\n     -> kan ikke kontrolleres maskinelt: Står i regnskapet." in run.out
    rows = json.loads(hf("coverage", "--no-config", "--rules", str(pack), "--lang", "en", "--format", "json").out)
    mine = {
        r["obligation"]: (r["status"], r["awaits"], r["reason"])
        for r in rows["coverage"]
        if r["obligation"] in ("AW1", "AW2")
    }
    assert mine == {
        "AW1": (
            "not-checkable",
            True,
            "not yet, awaits a building block of the pack language: No rule sees two meeting plans.",
        ),
        "AW2": ("not-checkable", False, "In the accounts."),
    }


def test_explain(hf):
    rule = load_packs(["oslo"]).rule("OSLO-SSU-OBSERVERS").rule
    run = hf("explain", "--no-config", "OSLO-SSU-OBSERVERS")
    assert run.code == 0
    lines = run.out.splitlines()
    assert lines[0] == f"OSLO-SSU-OBSERVERS (feil) — {rule.title.nb}"
    assert "    «Sunnaas sykehus HF og Pasient- og brukerombudet er observatør»" in lines
    assert f"    «{rule.source.quote}»" in lines
    assert "kilde: Møtefora i Helsefellesskap Oslo (2024-06-04):" in lines
    assert f"tolkning: {rule.interpretation.nb}" in lines and rule.interpretation.nb
    # The rule's own hint, with its placeholders shown as such rather than as template braces.
    assert "tiltak: Før opp `{party: ‹party›, role: Observatør}` under `observers`, og ikke under `members`." in lines
    assert any(x.startswith("forpliktelser: O14 ") for x in lines)


def test_explain_is_case_insensitive_and_english(hf):
    rule = load_packs(["oslo"]).rule("OSLO-SSU-OBSERVERS").rule
    run = hf("explain", "--no-config", "--lang", "en", "oslo-ssu-observers")
    assert run.code == 0
    assert run.out.splitlines()[0] == f"OSLO-SSU-OBSERVERS (error) — {rule.title.en}"
    assert f"    «{rule.source.quote}»" in run.out.splitlines()  # the quote is never translated


def test_explain_unknown_rule(hf, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the English messages
    run = hf("explain", "--no-config", "no-such")
    assert run.code == 2
    assert run.err.splitlines() == ["hf-rules: error: no rule NO-SUCH; 'hf-rules rules' lists them"]
    assert run.out == ""


def test_explain_disabled_rule_says_why(hf, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the English messages
    run = hf("explain", "--no-config", "HF-REPRESENTATION-ALL-LEVELS")
    assert run.code == 2
    (line,) = run.err.splitlines()
    assert line.startswith("hf-rules: error: rule HF-REPRESENTATION-ALL-LEVELS is disabled by pack 'oslo': ")
    assert "OSLO-LSU-CONSTITUENCIES" in line  # the reason names the rules that replace it
    # With only the national pack the rule is in force and explained.
    national = hf("explain", "--no-config", "--rules", "national", "HF-REPRESENTATION-ALL-LEVELS")
    assert national.code == 0 and national.out.startswith("HF-REPRESENTATION-ALL-LEVELS (")


def test_schema_lists_names(hf):
    run = hf("schema")
    assert run.code == 0
    assert run.out.splitlines() == [
        "organisation",
        "meeting-plan",
        "waivers",
        "rulepack",
        "config",
        "report",
        "diff",
        "packtest",
    ]


def test_schema_prints_the_published_schema(hf):
    run = hf("schema", "organisation")
    assert run.code == 0
    assert json.loads(run.out) == json.loads((SCHEMAS / "organisation.schema.json").read_text(encoding="utf-8"))


def test_schema_unknown_name(hf, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the English messages
    run = hf("schema", "nope")
    assert run.code == 2
    assert run.err.splitlines() == [
        "hf-rules: error: no schema 'nope'; expected one of: organisation, "
        "meeting-plan, waivers, rulepack, config, report, diff, packtest"
    ]


def test_schema_output_writes_every_schema(tmp_path, hf, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the English messages
    run = hf("schema", "--output", "out/schemas")
    assert run.code == 0
    assert run.out == "wrote 8 schemas to out/schemas\n"
    written = sorted(p.name for p in (tmp_path / "out" / "schemas").iterdir())
    assert written == sorted(p.name for p in SCHEMAS.glob("*.schema.json"))
    assert len(written) == 8
    for name in written:
        assert json.loads((tmp_path / "out" / "schemas" / name).read_text(encoding="utf-8")) == json.loads(
            (SCHEMAS / name).read_text(encoding="utf-8")
        ), name


def test_version(hf, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the English messages
    run = hf("--version")
    assert run.code == 0
    assert run.out == f"hf-rules, version {__version__}\n"


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_of_every_command(hf, command, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the English messages
    run = hf(*([command] if command else []), "--help")
    assert run.code == 0
    assert run.out.startswith(f"Usage: hf-rules {command + ' ' if command else ''}[OPTIONS]")
    assert run.err == ""


def test_no_command_shows_usage(hf, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the English messages
    run = hf()
    assert run.code in (0, 2)  # click: 0 before 8.2, 2 since
    assert "Usage: " in run.out + run.err
    for command in COMMANDS:
        assert command in run.out + run.err


# --- validate -------------------------------------------------------------------------------------


def test_validate_ignores_rules(oslo, hf):
    seed_sunnaas_defect(oslo / "organisation.yaml")
    assert hf("check", "--no-config", "--as-of", AS_OF, "oslo").code == 1
    run = hf("validate", "--no-config", "oslo")
    assert run.code == 0
    assert "OSLO-SSU-OBSERVERS" not in run.out
    assert run.out.splitlines()[-1] == "Resultat: I SAMSVAR"


def test_validate_reports_invalid_input(oslo, hf, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the English messages
    edit(
        oslo / "organisation.yaml", "    observers:\n      - {party: sunnaas", "    observer:\n      - {party: sunnaas"
    )
    run = hf("validate", "--no-config", "oslo")
    assert_located(run, "unknown key 'observer'")
    json_run = hf("validate", "--no-config", "--format", "json", "oslo")
    assert json_run.code == 2
    assert json.loads(json_run.out)["verdict"] == "invalid-input"


def test_unloadable_organisation_does_not_blame_the_plans(oslo, hf):
    edit(oslo / "organisation.yaml", "  status: proposed", "  name: Again\n  status: proposed")
    run = hf("check", "--no-config", "--as-of", AS_OF, "oslo")
    assert run.code == 2
    assert len(error_lines(run.out)) == 1
