"""Shared helpers for the tests: the Oslo example copied into ``tmp_path``, editing helpers, and
the one way of running the command, :func:`run_cli` (and the ``hf`` fixture around it): the real
entry point ``hf_rules.cli.main`` in-process, its exit codes, its output as strict UTF-8 bytes.

Every fixture changes into ``tmp_path`` first, so a config file of the repository (or of anything
above it) never leaks into a test.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from hf_rules.cli import main
from tests.support import FIXTURES, ROOT

# The memo of validated rule options (hf_rules.rules.memo) of the test run, never the user's own.
os.environ["HF_RULES_CACHE_DIR"] = tempfile.mkdtemp(prefix="hf-rules-test-cache-")
# The language hf-rules speaks without --lang follows the locale (LC_ALL, LC_MESSAGES, LANG): the
# tests expect the default, bokmål, whatever the machine's locale is.
for _variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
    os.environ.pop(_variable, None)
os.environ["LC_CTYPE"] = "C.UTF-8"

OSLO = FIXTURES / "oslo"
SCHEMAS = ROOT / "schemas"
AS_OF = "2025-06-01"
"""A fixed date inside every chair period of the Oslo example."""

SUNNAAS_OBSERVER = "      - {party: sunnaas, role: Observatør}\n"


@dataclass
class Run:
    """The result of one command: exit code (-1: the hang guard stopped it), standard output,
    standard error, and how long it took."""

    code: int
    out: str
    err: str
    seconds: float = 0.0

    @property
    def both(self) -> str:
        return self.out + self.err


def write_waiver(folder: Path, subject: str = "strategisk-samarbeidsutvalg", rule: str = "OSLO-SSU-OBSERVERS") -> Path:
    """A ``waivers.yaml`` in ``folder`` waiving ``rule`` for ``subject`` until 2026-12-31
    (the waiver entry starts at line 7, its rule at 7:11)."""
    path = folder / "waivers.yaml"
    path.write_text(
        "apiVersion: hf-rules/v1\nkind: Waivers\nmetadata:\n  id: unntak-2026\n"
        "  organisation: helsefellesskap-oslo\nwaivers:\n"
        f"  - rule: {rule}\n    subject: {subject}\n"
        "    reason: Sunnaas deltar fra høsten 2026 etter avtale\n"
        "    approved_by: Partnerskapsmøtet 2026-03-17, sak 12/26\n    expires: 2026-12-31\n",
        encoding="utf-8",
    )
    return path


def copy_oslo(dest: Path) -> Path:
    """A fresh copy of ``fixtures/oslo`` at ``dest``."""
    shutil.copytree(OSLO, dest)
    return dest


def edit(path: Path, old: str, new: str) -> None:
    """Replace exactly one occurrence of ``old`` in ``path`` (the test fails if it is not there once)."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def seed_sunnaas_defect(org: Path) -> tuple[int, int]:
    """Delete the Sunnaas observer seat of the SSU; return (line, column) where the finding points:
    the ``observers`` key of the SSU."""
    edit(org, SUNNAAS_OBSERVER, "")
    lines = org.read_text(encoding="utf-8").splitlines()
    ssu = lines.index("  strategisk-samarbeidsutvalg:")
    observers = lines.index("    observers:", ssu)
    return observers + 1, lines[observers].index("observers") + 1


def drop_first_user_participation(org: Path) -> None:
    """Remove ``user_participation`` from the first samarbeidsforum (HF-USER-PARTICIPATION warns)."""
    text = org.read_text(encoding="utf-8")
    start = text.index("    user_participation:")
    end = text.index("\n", start) + 1
    org.write_text(text[:start] + text[end:], encoding="utf-8")


@pytest.fixture
def oslo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the Oslo example at ``tmp_path/oslo``; the working folder is ``tmp_path``."""
    monkeypatch.chdir(tmp_path)
    return copy_oslo(tmp_path / "oslo")


class Hang(BaseException):
    """Raised by :func:`hang_guard`'s alarm inside the command."""


@contextlib.contextmanager
def hang_guard(seconds: float) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (SIGALRM, main thread only; elsewhere the caller
    still checks the elapsed time afterwards)."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def alarm(signum: int, frame: Any) -> None:
        raise Hang(f"over {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_cli(*args: str, hang_seconds: float | None = None) -> Run:
    """``hf-rules ARGS``: the real entry point ``hf_rules.cli.main`` in-process, so exceptions
    become the exit codes and one-line messages a user sees (2 input or usage, 3 a bug). Standard
    output and error are written to UTF-8 bytes as a real standard output is (strict: text that
    cannot be encoded fails the run) and decoded again. With ``hang_seconds`` a run that takes
    longer is stopped (exit code -1). The working folder is the caller's: use the ``hf`` fixture
    to run in ``tmp_path``."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", write_through=True)
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", write_through=True)
    saved = sys.argv
    sys.argv = ["hf-rules", *args]
    guard = hang_guard(hang_seconds) if hang_seconds is not None else contextlib.nullcontext()
    start = time.perf_counter()
    try:
        with guard, contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                main()
                code = 0
            except SystemExit as done:
                code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    except Hang:
        code = -1
    finally:
        sys.argv = saved
    seconds = time.perf_counter() - start
    texts = [stream.buffer.getvalue().decode("utf-8") for stream in (out, err)]  # type: ignore[attr-defined]
    return Run(code, texts[0], texts[1], seconds)


@pytest.fixture
def hf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Run]:
    """:func:`run_cli` in ``tmp_path``, outside GitHub Actions (``--format auto`` would switch to
    ``github`` there)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return run_cli
