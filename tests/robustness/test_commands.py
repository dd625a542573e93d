"""Issue 13: every command meets what the machine does with exit 2 and one line, or 130 on
SIGINT: a full disk (``> /dev/full``), a closed pipe (``| head -1``), an interrupt during a
parallel read (its worker processes ended), a file name that is not UTF-8, ``--jobs 300``
under a low limit of open files. Real processes, since these are about the process itself.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import AS_OF, SUNNAAS_OBSERVER, copy_oslo, edit
from tests.support import ROOT

COMMANDS = [
    ["check", "--no-config", "--as-of", AS_OF, "--format", "sarif", "oslo"],
    ["check", "--no-config", "--as-of", AS_OF, "oslo"],
    ["validate", "--no-config", "--format", "json", "oslo"],
    ["audit", "--no-config", "--as-of", AS_OF, "oslo"],
    ["rules"],
    ["coverage"],
    ["explain", "OSLO-SSU-OBSERVERS"],
    ["schema", "organisation"],
    ["test"],
    ["fix", "--no-config", "--dry-run", "--as-of", AS_OF, "oslo"],
]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    env["PYTHONPATH"] = str(ROOT / "src")
    env.update(extra)
    return env


@pytest.fixture
def work(tmp_path: Path) -> Path:
    copy_oslo(tmp_path / "oslo")
    edit(tmp_path / "oslo" / "organisation.yaml", SUNNAAS_OBSERVER, "")  # fix --dry-run has a diff to print
    return tmp_path


def _ids(commands: list[list[str]]) -> list[str]:
    return [" ".join(c[:1] + [a for a in c[1:] if a.startswith("--format")] + c[-1:]) for c in commands]


@pytest.mark.parametrize("args", COMMANDS, ids=_ids(COMMANDS))
def test_a_full_disk_is_exit_2_with_one_line(work: Path, args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "hf_rules", *args],
            cwd=work,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            env=_env(),
        )
    assert done.returncode == 2
    # fix --dry-run says what it would fix on standard error first; then the one line
    assert done.stderr.endswith("\nhf-rules: error: kan ikke skrive utdataene: ikke mer plass på enheten\n") or (
        done.stderr == "hf-rules: error: kan ikke skrive utdataene: ikke mer plass på enheten\n"
    )
    assert done.stderr.count("hf-rules: error:") == 1


@pytest.mark.parametrize("args", COMMANDS[:1] + COMMANDS[4:6], ids=_ids(COMMANDS[:1] + COMMANDS[4:6]))
def test_a_closed_pipe_is_exit_2_with_one_line(work: Path, args: list[str]) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "hf_rules", *args],
        cwd=work,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # `| head -0`: closed before the first line (a pipe buffers 64 kB)
    err = process.stderr.read().decode("utf-8")
    process.stderr.close()
    assert process.wait(timeout=120) == 2
    assert err == "hf-rules: error: kan ikke skrive utdataene: leseren lukket røret (broken pipe)\n"


def _processes_naming(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker in (entry / "cmdline").read_bytes().decode("utf-8", "replace"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def test_sigint_during_a_parallel_read_is_exit_130_and_ends_the_workers(tmp_path: Path) -> None:
    top = tmp_path / "many"
    top.mkdir()
    body = (ROOT / "fixtures" / "oslo" / "organisation.yaml").read_text(encoding="utf-8")
    for n in range(400):
        (top / f"org-{n:03}.yaml").write_text(body.replace("helsefellesskap-oslo", f"hf-{n}"), encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "hf_rules", "check", "--no-config", "--jobs", "2", str(top)],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(HF_RULES_PARALLEL_MIN_FILES="10"),
    )
    deadline = time.monotonic() + 60
    while len(_processes_naming(str(top))) < 2 and time.monotonic() < deadline:  # the workers have started
        time.sleep(0.05)
    time.sleep(0.3)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert (process.returncode, err) == (130, "hf-rules: avbrutt\n")
    time.sleep(0.5)
    assert _processes_naming(str(top)) == []


def test_sigterm_is_exit_143_without_a_traceback(tmp_path: Path) -> None:
    top = tmp_path / "many"
    top.mkdir()
    body = (ROOT / "fixtures" / "oslo" / "organisation.yaml").read_text(encoding="utf-8")
    for n in range(300):
        (top / f"org-{n:03}.yaml").write_text(body.replace("helsefellesskap-oslo", f"hf-{n}"), encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "hf_rules", "check", "--no-config", "--jobs", "1", str(top)],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    time.sleep(1.0)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert (process.returncode, err) == (143, "hf-rules: stoppet\n")


def test_a_file_name_that_is_not_utf8_in_sarif(work: Path) -> None:
    name = os.fsencode(work) + b"/oslo/plan-\xff.yaml"
    with open(name, "wb") as handle:
        handle.write(b"apiVersion: hf-rules/v1\nkind: [\n")
    done = subprocess.run(
        [sys.executable, "-m", "hf_rules", "check", "--no-config", "--as-of", AS_OF, "--format", "sarif", "oslo"],
        cwd=work,
        capture_output=True,
        timeout=120,
        env=_env(),
    )
    assert done.returncode == 2, done.stderr
    assert b"Traceback" not in done.stderr
    log = json.loads(done.stdout)
    assert log["version"] == "2.1.0"
    assert '"uri": "oslo/plan-%FF.yaml"' in done.stdout.decode("utf-8")  # the name's own bytes


def test_many_jobs_under_a_low_open_file_limit(tmp_path: Path) -> None:
    top = tmp_path / "many"
    top.mkdir()
    for n in range(400):
        (top / f"f{n:03}.yaml").write_text("apiVersion: hf-rules/v1\nkind: [\n", encoding="utf-8")

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (512, 512))

    done = subprocess.run(
        [sys.executable, "-m", "hf_rules", "check", "--no-config", "--jobs", "300", str(top)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limit,
        env=_env(HF_RULES_PARALLEL_MIN_FILES="10"),
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr
    assert done.stdout.count(": error: ugyldig YAML") == 400


def test_usage_and_input_errors_on_standard_error_are_one_escaped_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "hf_rules", "explain", "X\n::error ::pwned\x1b]0;t\x07"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(),
    )
    assert (done.returncode, done.stderr) == (
        2,
        "hf-rules: error: ingen regel X\\n::ERROR ::PWNED\\x1b]0;T\\x07; 'hf-rules rules' viser dem\n",
    )
