"""Issue 13: bounds on every input beside the documents (baselines, pyproject.toml, the memo),
message length, and the cases of silent acceptance: each an exact exit code and located line."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from hf_rules.rules import memo
from tests.conftest import AS_OF, SUNNAAS_OBSERVER, copy_oslo, edit, run_cli


def _run(*args: str) -> tuple[int, str]:
    done = run_cli(*list(args), hang_seconds=20)
    code, text = done.code, done.both
    assert code != -1, f"hung: {args}"
    assert "Traceback" not in text and "internal error" not in text, text
    return code, text


def _errors(text: str) -> list[str]:
    return [line for line in text.splitlines() if ": error: " in line]


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    copy_oslo(tmp_path / "oslo")
    return tmp_path


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            '{"format": "hf-rules-baseline/v1", "findings": [], "n": ' + "9" * 5000 + "}",
            "baseline.json:1:1: error: not an hf-rules baseline: it holds an integer of 5000 digits; a baseline "
            "holds none over 20; write it with --write-baseline",
        ),
        (
            "[" * 100_000 + "]" * 100_000,
            "baseline.json:1:1: error: not an hf-rules baseline: it nests too deeply; write it with --write-baseline",
        ),
        (
            '{"format": "hf-rules-baseline/v1", "findings": [], "n": NaN}',
            "baseline.json:1:1: error: not an hf-rules baseline: it holds NaN, which is not JSON; write it with "
            "--write-baseline",
        ),
    ],
    ids=["huge-integer", "deep-nesting", "nan"],
)
def test_a_hostile_baseline_is_a_located_error(
    work: Path, content: str, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the messages quoted are English
    Path("baseline.json").write_text(content, encoding="utf-8")
    code, text = _run("check", "--no-config", "--as-of", AS_OF, "--baseline", "baseline.json", "oslo")
    assert code == 2
    assert _errors(text) == [message]


def test_dev_zero_as_a_baseline(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the English messages
    code, text = _run("check", "--no-config", "--baseline", "/dev/zero", "oslo")
    assert code == 2
    assert _errors(text) == [
        "/dev/zero:1:1: error: cannot read the baseline: it is a character device; expected a regular file"
    ]


def test_a_pyproject_that_is_not_utf8_is_an_error(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the messages quoted are English
    Path("pyproject.toml").write_bytes(b'[tool.hf-rules]\nredact = true\nname = "\xff"\n')
    code, text = _run("check", "--as-of", AS_OF, "oslo")
    assert code == 2
    assert _errors(text) == [f"{work}/pyproject.toml:3:9: error: file is not valid UTF-8 (byte 0xff); save it as UTF-8"]


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (
            "[tool.hf-rules]\nx = " + "9" * 5000 + "\n",
            "pyproject.toml:1:1: error: invalid TOML: Exceeds the limit (4300 digits) for integer string "
            "conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit",
        ),
        (
            "[tool.hf-rules]\nx = " + "[" * 5000 + "]" * 5000 + "\n",
            "pyproject.toml:1:1: error: invalid TOML: arrays and tables nest too deeply; expected at most 64",
        ),
        (
            "[tool.hf-rules]\nx = " + "[" * 70 + "]" * 70 + "\n",
            "pyproject.toml:1:1: error: [tool.hf-rules] nests more than 64 levels deep",
        ),
        (
            "[tool.hf-rules]\nx = 99999999999999999999999\n",
            "pyproject.toml:1:1: error: [tool.hf-rules] holds an integer over 9223372036854775807",
        ),
    ],
    ids=["huge-integer", "deep-array", "nesting-over-64", "integer-over-64-bits"],
)
def test_a_hostile_pyproject_is_a_located_error(
    work: Path, toml: str, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the messages quoted are English
    Path("pyproject.toml").write_text(toml, encoding="utf-8")
    code, text = _run("check", "--as-of", AS_OF, "oslo")
    assert code == 2
    assert _errors(text) == [f"{work}/{message}"]  # the config found walking up: its full path


def test_a_config_naming_a_missing_pack_points_at_its_line(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the English messages
    Path(".hf-rules.yaml").write_text("rules:\n  - oslo\n  - packs/missing.yaml\ndocuments: [oslo]\n", encoding="utf-8")
    code, text = _run("check", "--as-of", AS_OF)
    assert code == 2
    assert _errors(text) == [
        f"{work / '.hf-rules.yaml'}:3:5: error: no rule pack 'packs/missing.yaml'; bundled packs: national, oslo, "
        "or give a path to a pack file"
    ]
    code, text = _run("rules")
    assert code == 2
    assert _errors(text)[0].endswith(":3:5: error: no rule pack 'packs/missing.yaml'; bundled packs: national, "
                                     "oslo, or give a path to a pack file")  # fmt: skip


def test_a_pack_id_is_not_shadowed_by_a_folder_of_that_name(work: Path) -> None:
    Path(".hf-rules.yaml").write_text("rules: [oslo]\ndocuments: [oslo]\n", encoding="utf-8")
    code, text = _run("check", "--as-of", AS_OF)
    assert (code, text.splitlines()[-1]) == (0, "Resultat: I SAMSVAR")


def test_a_tab_before_an_end_of_line_comment_is_accepted(work: Path) -> None:
    org = work / "oslo" / "organisation.yaml"
    edit(org, "apiVersion: hf-rules/v1\n", "apiVersion: hf-rules/v1\t# the format\n")
    code, text = _run("check", "--no-config", "--as-of", AS_OF, "oslo")
    assert (code, text.splitlines()[-1]) == (0, "Resultat: I SAMSVAR")
    edit(org, "kind: Organisation\n", "kind: Organisation\n\t# a tab starts this line: indentation\n")
    code, text = _run("validate", "--no-config", "oslo/organisation.yaml")
    assert code == 2 and "bruk mellomrom, ikke tabulator, til innrykk" in text


def test_a_relative_xdg_cache_home_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HF_RULES_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    monkeypatch.setenv("HOME", "/home/someone")
    assert memo.cache_dir() == Path("/home/someone/.cache/hf-rules")
    monkeypatch.setenv("XDG_CACHE_HOME", "/var/cache/me")
    assert memo.cache_dir() == Path("/var/cache/me/hf-rules")


@pytest.mark.parametrize("content", ["[" * 200_000, "[" + "1" * 6000 + "]", '["' + "a" * 64 + '"]' * 3])
def test_a_malformed_memo_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str) -> None:
    monkeypatch.setenv("HF_RULES_CACHE_DIR", str(tmp_path))
    (tmp_path / memo.FILE_NAME).write_text(content, encoding="utf-8")
    assert memo.ValidatedOptions().known == set()
    os.remove(tmp_path / memo.FILE_NAME)
    os.mkfifo(tmp_path / memo.FILE_NAME)
    assert memo.ValidatedOptions().known == set()  # a FIFO neither blocks nor counts


def test_a_memo_that_is_deeply_nested_does_not_stop_a_run(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = work / "cache"
    cache.mkdir()
    (cache / memo.FILE_NAME).write_text("[" * 200_000, encoding="utf-8")
    monkeypatch.setenv("HF_RULES_CACHE_DIR", str(cache))
    code, _ = _run("check", "--no-config", "--as-of", AS_OF, "oslo")
    assert code == 0


def test_messages_quoting_a_huge_name_are_bounded(work: Path) -> None:
    org = work / "oslo" / "organisation.yaml"
    edit(org, SUNNAAS_OBSERVER, "")
    edit(org, "    name: Strategisk samarbeidsutvalg\n", f"    name: {'N' * 100_000}\n")
    code, text = _run("check", "--no-config", "--as-of", AS_OF, "--format", "json", "oslo")
    assert code == 1
    finding = next(f for f in json.loads(text)["findings"] if f["rule"] == "OSLO-SSU-OBSERVERS")
    assert finding["message"] == "Sunnaas sykehus HF er ikke observatør i " + "N" * 199 + "…"
    code, text = _run("check", "--no-config", "--as-of", AS_OF, "oslo")
    assert max(len(line) for line in text.splitlines()) < 2300


def test_the_mandate_index_matches_as_the_documented_rule_does() -> None:
    import random

    from hf_rules.rules.checks import mandate

    chance = random.Random(13)
    vocabulary = ["gjennomføre", "vedtatte", "tiltak", "samhandling", "pasientforløp", "strategi", "oppfølging"]
    for _ in range(2000):
        entries = [
            " ".join(chance.choice(vocabulary)[: chance.randint(2, 9)] for _ in range(chance.randint(0, 4)))
            for _ in range(chance.randint(0, 5))
        ]
        phrase = " ".join(chance.choice(vocabulary)[: chance.randint(1, 6)] for _ in range(chance.randint(0, 3)))
        expected = any(mandate.phrase_matches(phrase, entry) for entry in entries)
        assert mandate._Index(entries).matches(phrase) is expected, (entries, phrase)


def test_fix_diffs_apply_and_splicing_is_linear_on_repeated_lines() -> None:
    import random
    import re

    from hf_rules.edit.splice import only_additions, unified_diff

    def apply(old: list[str], diff: str) -> list[str]:
        out: list[str] = []
        at = 0
        for line in diff.splitlines(keepends=True)[2:]:
            hunk = re.match(r"@@ -(\d+)(?:,(\d+))? ", line)
            if hunk:
                start = int(hunk.group(1)) - (1 if hunk.group(2) != "0" else 0)
                out += old[at:start]
                at = start
            elif line[0] in " -":
                assert old[at] == line[1:]
                at += 1
                if line[0] == " ":
                    out.append(line[1:])
            else:
                out.append(line[1:])
        return out + old[at:]

    chance = random.Random(7)
    for _ in range(500):
        old = [chance.choice("abc") + "\n" for _ in range(chance.randint(0, 40))]
        new = list(old)
        for _ in range(chance.randint(1, 3)):
            new.insert(chance.randint(0, len(new)), chance.choice("xyz") + "\n")
        assert only_additions("".join(old), "".join(new))
        assert apply(old, unified_diff("f.yaml", "".join(old), "".join(new))) == new
    before = "# comment\n" * 40_000 + "k: [a]\n"
    diff = unified_diff("f.yaml", before, before.replace("[a]", "[a, b]"))
    assert diff.splitlines()[2] == "@@ -39998,4 +39998,4 @@"  # with the old quadratic matcher: minutes
