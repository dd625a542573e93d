"""Mutation fuzzing through the real command: mutated copies of the Oslo example (bytes flipped,
lines deleted, duplicated or swapped, keys renamed, values changed type, indentation changed,
truncation) never crash ``hf-rules check``: the exit code is always 0, 1 or 2, never 3 or a
traceback, and at exit 2 every input-error line is ``file:line:col: error: message``.

Bounded and deterministic: ``EXAMPLES`` examples of seed ``SEED``. The mutations live in
``scripts/fuzz.py``, which runs longer campaigns: ``python scripts/fuzz.py --examples 5000 --seed 7``.
"""

from __future__ import annotations

import importlib.util
import random
import shutil
import sys
from pathlib import Path

import pytest

from tests.support import ROOT


@pytest.fixture(autouse=True)
def _english_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """The expected messages of this module are the English ones (hf-rules follows the locale)."""
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")


EXAMPLES = 300
SEED = 20251

_spec = importlib.util.spec_from_file_location("hf_rules_fuzz", ROOT / "scripts" / "fuzz.py")
assert _spec and _spec.loader
fuzz = importlib.util.module_from_spec(_spec)
sys.modules["hf_rules_fuzz"] = fuzz
_spec.loader.exec_module(fuzz)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no config file of the repository leaks in
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def test_mutated_oslo_examples_never_crash(workdir: Path) -> None:
    codes: dict[int, int] = {}
    failures = []
    for index in range(EXAMPLES):
        outcome = fuzz.run_example(SEED, index, workdir)
        codes[outcome.code] = codes.get(outcome.code, 0) + 1
        wrong = fuzz.problems(outcome)
        if outcome.code == 2:
            bad_lines = fuzz.error_lines_ok(outcome.out + outcome.err)
            wrong += [f"malformed error line {line!r}" for line in bad_lines]
        if wrong:
            failures.append(f"example {index} {outcome.mutations}: {wrong}\n{(outcome.out + outcome.err)[-1500:]}")
    assert not failures, "\n\n".join(failures[:5])
    assert set(codes) <= {0, 1, 2}
    assert codes.get(2, 0) > EXAMPLES // 2  # most mutations break the input...
    assert codes.get(0, 0) + codes.get(1, 0) > 0  # ...and some leave it checkable


def test_exit_2_text_output_names_every_problem_as_a_located_line(workdir: Path) -> None:
    """In text output at exit 2 every input problem is a ``file:line:col: error: ...`` line."""
    checked = 0
    for index in range(40):
        folder = workdir / f"text-{index}"
        shutil.copytree(fuzz.OSLO, folder)
        fuzz.mutate_folder(folder, random.Random(f"text:{SEED}:{index}"))
        code, out, err = fuzz.run_cli(
            "check", str(folder), "--as-of", fuzz.AS_OF, "--no-config", "--format", "text", "--brief"
        )
        assert code in (0, 1, 2), out + err
        if code == 2:
            checked += 1
            errors = [line for line in (out + err).splitlines() if ": error:" in line]
            assert errors, out + err
            for line in errors:
                assert fuzz.ERROR_LINE.match(line), line
    assert checked > 5


@pytest.mark.parametrize("name", sorted(fuzz.MUTATIONS))
def test_each_mutation_alone_never_crashes(workdir: Path, name: str) -> None:
    """Every kind of mutation, applied to every Oslo file, on its own."""
    for path in sorted(fuzz.OSLO.glob("*.yaml")):
        for attempt in range(2):
            target = workdir / f"{name}-{path.stem}-{attempt}"
            shutil.copytree(fuzz.OSLO, target)
            mutated = target / path.name
            mutated.write_bytes(fuzz.MUTATIONS[name](mutated.read_bytes(), random.Random(f"{name}:{attempt}")))
            code, out, err = fuzz.run_cli("check", str(target), "--as-of", fuzz.AS_OF, "--no-config", "--brief")
            assert code in (0, 1, 2), out + err
            assert "Traceback" not in out + err and "internal error" not in out + err
            for line in fuzz.error_lines_ok(out + err):
                pytest.fail(f"malformed error line {line!r}")


def test_fuzz_script_runs_from_the_command_line(capsys: pytest.CaptureFixture[str], workdir: Path) -> None:
    assert fuzz.main(["--examples", "5", "--seed", "3"]) == 0
    assert "5 examples, seed 3" in capsys.readouterr().out


@pytest.mark.parametrize("kind", ["[a, b]", "{x: 1}", "[]", "{}"])
def test_a_list_or_mapping_as_kind_is_an_input_error(workdir: Path, kind: str) -> None:
    """Found by this fuzzer: an unhashable ``kind`` was an internal error (exit 3)."""
    folder = workdir / "oslo"
    shutil.copytree(fuzz.OSLO, folder)
    plan = folder / "meeting-plan-ssu-2025-2026.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("kind: MeetingPlan", f"kind: {kind}"), encoding="utf-8")
    code, out, err = fuzz.run_cli("check", str(folder), "--as-of", fuzz.AS_OF, "--no-config", "--brief")
    assert code == 2, out + err
    assert f"{plan}:3:7: error: kind is " in out + err


@pytest.mark.parametrize("command", [("check",), ("check", "oslo"), ("validate",), ("audit", "oslo", "-o", "r.html")])
def test_a_nul_character_in_a_configured_path_is_an_input_error(workdir: Path, command: tuple[str, ...]) -> None:
    """Found while fuzzing config files: ``documents: ["\\0"]`` was an internal error (exit 3)."""
    shutil.copytree(fuzz.OSLO, workdir / "oslo")
    (workdir / ".hf-rules.yaml").write_text('documents: ["a\\0b"]\n', encoding="utf-8")
    code, out, err = fuzz.run_cli(*command)
    assert code == 2, out + err
    assert "internal error" not in out + err
    if command[0] != "audit":
        assert "a\\0b:1:1: error: no such file or folder (the name holds a NUL character)" in out + err
