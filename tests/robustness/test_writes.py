"""Issue 13: one write path for every file the tool writes (hf_rules.core.files.write_text_atomic).

Only regular files are replaced, never an input; the mode, owner and line ends of a fixed file
stay; a new file honours the umask; a kill at any moment leaves the old content or the new,
never a mix; two ``fix`` runs at once never lose or double an update.
"""

from __future__ import annotations

import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hf_rules.core.files import ConcurrentChange, WriteRefused, write_text_atomic
from tests.conftest import AS_OF, SUNNAAS_OBSERVER, copy_oslo, edit, run_cli
from tests.support import ROOT


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests read the messages in English (tests/cli/test_language.py covers bokmål)."""
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")


HANG = 20.0


def _run(*args: str) -> tuple[int, str]:
    done = run_cli(*list(args), hang_seconds=HANG)
    code, text = done.code, done.both
    assert code != -1, f"hung: {args}"
    assert "Traceback" not in text
    return code, text


@pytest.fixture
def oslo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return copy_oslo(tmp_path / "oslo")


def _device(path: Path) -> Path:
    """A character device like /dev/null at ``path`` (root may make one), else a FIFO."""
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except OSError:
        os.mkfifo(path)
    return path


def test_write_baseline_refuses_an_input(oslo: Path) -> None:
    org = oslo / "organisation.yaml"
    before = org.read_bytes()
    code, text = _run("check", "--no-config", "--as-of", AS_OF, "--write-baseline", "oslo/organisation.yaml", "oslo")
    assert code == 2
    assert (
        "hf-rules: error: refusing to write the baseline oslo/organisation.yaml: it is one of this run's inputs" in text
    )
    assert org.read_bytes() == before


@pytest.mark.parametrize("command", ["baseline", "audit"])
def test_a_device_or_fifo_is_never_replaced(oslo: Path, command: str) -> None:
    target = _device(oslo.parent / "out.html")
    kind = "a character device" if stat.S_ISCHR(target.lstat().st_mode) else "a FIFO (named pipe)"
    if command == "baseline":
        args = ("check", "--no-config", "--as-of", AS_OF, "--write-baseline", "out.html", "oslo")
        what = "baseline"
    else:
        args = ("audit", "--no-config", "--as-of", AS_OF, "-o", "out.html", "oslo")
        what = "report"
    code, text = _run(*args)
    assert code == 2
    assert (
        f"hf-rules: error: refusing to write the {what} out.html: it is {kind}, not a regular file; name a file" in text
    )
    assert not stat.S_ISREG(target.lstat().st_mode)
    assert [p.name for p in oslo.parent.iterdir() if p.name.startswith(".")] == []


def test_a_symbolic_link_is_written_through(oslo: Path) -> None:
    real = oslo.parent / "reports" / "real.html"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    (oslo.parent / "link.html").symlink_to(real)
    code, _ = _run("audit", "--no-config", "--as-of", AS_OF, "-o", "link.html", "oslo")
    assert code == 0
    assert (oslo.parent / "link.html").is_symlink()
    assert real.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_new_file_honours_the_umask(oslo: Path) -> None:
    old = os.umask(0o027)
    try:
        code, _ = _run("audit", "--no-config", "--as-of", AS_OF, "-o", "new.html", "oslo")
    finally:
        os.umask(old)
    assert code == 0
    assert stat.S_IMODE((oslo.parent / "new.html").stat().st_mode) == 0o640


def test_fix_keeps_owner_mode_and_cr_line_ends(oslo: Path) -> None:
    org = oslo / "organisation.yaml"
    edit(org, SUNNAAS_OBSERVER, "")
    org.write_bytes(org.read_bytes().replace(b"\n", b"\r"))
    os.chmod(org, 0o604)
    os.chown(org, 65534, 65534)
    code, text = _run("fix", "--no-config", "--as-of", AS_OF, "oslo")
    assert code == 0, text
    info = org.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (65534, 65534, 0o604)
    raw = org.read_bytes()
    assert b"\n" not in raw
    assert SUNNAAS_OBSERVER.encode("utf-8").replace(b"\n", b"\r") in raw


def test_write_refuses_a_folder_and_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(WriteRefused, match=r"it is a folder, not a regular file"):
        write_text_atomic(tmp_path, "x", what="report")
    with pytest.raises(WriteRefused, match=r"cannot write the file .*/none/x: No such file or directory"):
        write_text_atomic(tmp_path / "none" / "x", "x")


def test_write_detects_a_concurrent_change(tmp_path: Path) -> None:
    import hashlib

    target = tmp_path / "doc.yaml"
    target.write_text("a: 1\n", encoding="utf-8")
    read = hashlib.sha256(b"a: 1\n").hexdigest()
    target.write_text("a: 2\n", encoding="utf-8")  # someone else wrote it since
    with pytest.raises(ConcurrentChange, match="the file changed since it was read"):
        write_text_atomic(target, "a: 1\nb: 1\n", expected=read)
    assert target.read_text(encoding="utf-8") == "a: 2\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.yaml"]


def test_temporary_file_is_removed_on_interrupt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")

    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_text_atomic(target, "new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]
    assert target.read_text(encoding="utf-8") == "old"


_WRITER = """
import sys
from hf_rules.core.files import write_text_atomic
sys.stdout.write("ready\\n"); sys.stdout.flush()
write_text_atomic(sys.argv[1], sys.argv[2] * 3_000_000)
"""


def test_a_kill_at_any_moment_leaves_old_or_new_never_a_mix(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    old, new = "o" * 3_000_000, "n" * 3_000_000
    target.write_text(old, encoding="utf-8")
    chance = random.Random(13)
    seen = set()
    for _ in range(30):
        process = subprocess.Popen([sys.executable, "-c", _WRITER, str(target), "n"], stdout=subprocess.PIPE, cwd=ROOT)
        assert process.stdout is not None
        process.stdout.readline()
        time.sleep(chance.uniform(0, 0.06))
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stdout.close()
        content = target.read_text(encoding="utf-8")
        assert content in (old, new), "a mix of old and new"
        seen.add(content[0])
        for leftover in tmp_path.glob(".report.txt.*.tmp"):  # only SIGKILL leaves one behind
            leftover.unlink()
        target.write_text(old, encoding="utf-8")
    assert seen  # the rounds ran


_FIXER = """
import sys
from hf_rules.cli import main
sys.argv = ["hf-rules", "fix", "--no-config", "--as-of", "2025-06-01", "oslo"]
main()
"""


def test_two_fix_runs_at_once_never_double_a_line(oslo: Path) -> None:
    org = oslo / "organisation.yaml"
    for _ in range(4):
        edit(org, SUNNAAS_OBSERVER, "")
        runs = [
            subprocess.Popen(
                [sys.executable, "-c", _FIXER],
                cwd=oslo.parent,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
            for _ in range(2)
        ]
        results = [(r.wait(timeout=60), r.communicate()) for r in runs]
        assert org.read_text(encoding="utf-8").count(SUNNAAS_OBSERVER) == 1, results
        assert all(code in (0, 2) for code, _ in results), results
        assert "Traceback" not in "".join(out + err for _, (out, err) in results)


def test_schema_output_under_a_file_is_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("plain").write_text("x", encoding="utf-8")
    code, text = _run("schema", "--output", "plain/schemas")
    assert code == 2
    assert text == "hf-rules: error: cannot create the folder plain/schemas: part of the path is a file, not a folder\n"


def test_init_under_a_file_is_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("plain").write_text("x", encoding="utf-8")
    code, text = _run("init", "plain/repo")
    assert code == 2
    assert text == "hf-rules: error: cannot create the folder plain/repo: part of the path is a file, not a folder\n"


def test_read_only_folders_are_exit_2_for_schema_init_and_audit(oslo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root writes anywhere and the interpreter lives under /root, out of another user's reach:
    # the kernel's refusal is played by the two calls that meet it.
    import tempfile

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "makedirs", refuse)
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    for args, message in (
        (["schema", "--output", "schemas"], "hf-rules: error: cannot create the folder schemas: Permission denied"),
        (["init", "repo"], "hf-rules: error: cannot create the folder repo: Permission denied"),
        (
            ["audit", "--no-config", "--as-of", AS_OF, "-o", "r.html", "oslo"],
            "hf-rules: error: cannot write the report r.html: Permission denied",
        ),
    ):
        code, text = _run(*args)
        assert (code, text.splitlines()[-1]) == (2, message), args


def test_a_killed_audit_leaves_the_old_report_or_the_new_one(oslo: Path) -> None:
    report = oslo.parent / "report.html"
    old = "<!DOCTYPE html>\n<p>the report of last week</p>\n"
    chance = random.Random(31)
    seen = set()
    for _ in range(8):
        report.write_text(old, encoding="utf-8")
        process = subprocess.Popen(
            [sys.executable, "-m", "hf_rules", "audit", "--no-config", "--as-of", AS_OF, "-o", "report.html", "oslo"],
            cwd=oslo.parent,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        )
        time.sleep(chance.uniform(0.2, 2.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        content = report.read_text(encoding="utf-8")
        assert content == old or (content.startswith("<!DOCTYPE html>") and content.endswith("</html>\n"))
        seen.add(content == old)
        for leftover in oslo.parent.glob(".report.html.*.tmp"):
            leftover.unlink()
    assert seen
