"""Issue 13: only regular files are read, never blocking; what cannot be read is a located error.

Every test here runs the real entry point under a hang guard (a FIFO used to block the open for
ever): the exit code, and the exact located line that names what the file is.
"""

from __future__ import annotations

import json
import os
import pickle
import socket
from pathlib import Path

import pytest

from hf_rules.core.errors import InputError, InputErrors, Location
from tests.conftest import AS_OF, copy_oslo, run_cli


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests read the messages in English (tests/cli/test_language.py covers bokmål)."""
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")


HANG = 10.0


def _run(*args: str) -> tuple[int, str]:
    done = run_cli(*list(args), hang_seconds=HANG)
    code, text = done.code, done.both
    assert code != -1, f"hung: {args}"
    assert "Traceback" not in text
    return code, text


def _errors(text: str) -> list[str]:
    return [line for line in text.splitlines() if ": error: " in line]


def test_input_errors_survive_pickling() -> None:
    error = InputError(Location("a.yaml", 3, 4), "broken")
    again = pickle.loads(pickle.dumps(error))
    assert (type(again), again.location, again.message, again.line()) == (
        InputError,
        error.location,
        "broken",
        "a.yaml:3:4: error: broken",
    )
    several = pickle.loads(pickle.dumps(InputErrors([error, InputError(Location("b.yaml"), "gone")])))
    assert [e.line() for e in several.errors] == ["a.yaml:3:4: error: broken", "b.yaml:1:1: error: gone"]


def test_a_fifo_given_by_name_is_a_located_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    os.mkfifo("x.yaml")
    code, text = _run("check", "--no-config", "x.yaml")
    assert code == 2
    assert _errors(text) == ["x.yaml:1:1: error: cannot read file: it is a FIFO (named pipe); expected a regular file"]


def test_a_fifo_met_in_a_folder_is_a_located_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    copy_oslo(tmp_path / "oslo")
    os.mkfifo("oslo/x.yaml")
    code, text = _run("check", "--no-config", "--as-of", AS_OF, "oslo")
    assert code == 2
    assert _errors(text) == [
        "oslo/x.yaml:1:1: error: cannot read file: it is a FIFO (named pipe); expected a regular file"
    ]


@pytest.mark.parametrize("command", ["validate", "audit"])
def test_a_fifo_is_refused_by_validate_and_audit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    monkeypatch.chdir(tmp_path)
    os.mkfifo("x.yaml")
    code, text = _run(command, "--no-config", "x.yaml")
    assert code == 2
    located = "x.yaml:1:1: error: " if command == "validate" else "`x.yaml:1:1` "  # audit: Markdown
    assert located + "cannot read file: it is a FIFO (named pipe); expected a regular file" in text


def test_a_fifo_as_a_pack_baseline_or_config_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    copy_oslo(tmp_path / "oslo")
    os.mkfifo("pack.yaml")
    code, text = _run("check", "--no-config", "--rules", "pack.yaml", "oslo")
    assert code == 2
    assert _errors(text) == [
        "pack.yaml:1:1: error: cannot read file: it is a FIFO (named pipe); expected a regular file"
    ]
    os.mkfifo("baseline.json")
    code, text = _run("check", "--no-config", "--baseline", "baseline.json", "oslo")
    assert code == 2
    assert _errors(text) == [
        "baseline.json:1:1: error: cannot read the baseline: it is a FIFO (named pipe); expected a regular file"
    ]
    os.mkfifo("doc.yaml")
    Path(".hf-rules.yaml").write_text("documents: [oslo, doc.yaml]\n", encoding="utf-8")
    code, text = _run("check", "--as-of", AS_OF)
    assert code == 2
    assert _errors(text) == [
        "doc.yaml:1:1: error: cannot read file: it is a FIFO (named pipe); expected a regular file"
    ]
    os.mkfifo("fifo-config.yaml")
    code, text = _run("check", "--config", "fifo-config.yaml", "oslo")
    assert code == 2
    assert "fifo-config.yaml:1:1: error: cannot read file: it is a FIFO (named pipe); expected a regular file" in text


def test_a_character_device_and_a_socket_are_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, text = _run("check", "--no-config", "/dev/zero")
    assert code == 2
    assert _errors(text) == [
        "/dev/zero:1:1: error: cannot read file: it is a character device; expected a regular file"
    ]
    listener = socket.socket(socket.AF_UNIX)
    try:
        listener.bind("s.yaml")
        code, text = _run("validate", "--no-config", "s.yaml")
    finally:
        listener.close()
    assert code == 2
    assert _errors(text) == ["s.yaml:1:1: error: cannot read file: it is a socket; expected a regular file"]


@pytest.mark.parametrize("command", ["check", "audit"])
def test_a_sparse_50_gb_file_is_refused_from_its_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    monkeypatch.chdir(tmp_path)
    with open("huge.yaml", "wb") as handle:
        handle.truncate(50 * 1024**3)
    code, text = _run(command, "--no-config", "--max-file-size", "1G", "huge.yaml")
    assert code == 2
    located = "huge.yaml:1:1: error: " if command == "check" else "`huge.yaml:1:1` "  # audit: Markdown
    assert located + "file is 53687091200 bytes, over the limit of 1073741824 bytes" in text


def test_a_folder_that_cannot_be_listed_is_a_located_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    copy_oslo(tmp_path / "oslo")
    (tmp_path / "oslo" / "closed").mkdir()
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:  # root lists every folder: refuse this one as the kernel would
        if str(path).rstrip("/").endswith("closed"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    code, text = _run("check", "--no-config", "--as-of", AS_OF, "oslo")
    assert code == 2
    assert _errors(text) == [
        "oslo/closed:1:1: error: cannot list the folder: Permission denied; expected a readable folder"
    ]


def test_a_broken_file_crosses_the_process_boundary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from hf_rules.documents import workspace as workspace_module

    monkeypatch.chdir(tmp_path)
    top = tmp_path / "many"
    top.mkdir()
    for n in range(12):
        (top / f"f{n:02}.yaml").write_text("apiVersion: hf-rules/v1\nkind: [\n", encoding="utf-8")
    os.mkfifo(top / "fifo.yaml")
    monkeypatch.setattr(workspace_module, "PARALLEL_MIN_FILES", 4)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # one generated_at for both runs
    one = _run("check", "--no-config", "--jobs", "1", "--format", "json", "many")
    two = _run("check", "--no-config", "--jobs", "2", "--format", "json", "many")
    assert one[0] == two[0] == 2
    assert one[1] == two[1]
    assert "cannot read file: it is a FIFO (named pipe)" in one[1]


def test_pack_test_from_a_fifo_or_dev_zero(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    os.mkfifo("fifo.yaml")
    for source, what in (("fifo.yaml", "a FIFO (named pipe)"), ("/dev/zero", "a character device")):
        Path("case.yaml").write_text(
            "apiVersion: hf-rules/v1\nkind: PackTest\nmetadata: {id: t, pack: oslo}\ncases:\n"
            f"  - name: c\n    as_of: 2025-06-01\n    files:\n      organisation.yaml: {source}\n    expect: {{compliant: true}}\n",
            encoding="utf-8",
        )
        code, text = _run("test", "case.yaml")
        assert code == 2, text
        assert f"cannot read file: it is {what}; expected a regular file" in text


@pytest.mark.parametrize("indent", ["10000000000000000000", "1000000000"])
def test_pack_test_indent_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, indent: str) -> None:
    monkeypatch.chdir(tmp_path)
    Path("org.yaml").write_text("a: 1\nb: 2\n", encoding="utf-8")
    Path("case.yaml").write_text(
        "apiVersion: hf-rules/v1\nkind: PackTest\nmetadata: {id: t, pack: oslo}\ncases:\n"
        "  - name: c\n    as_of: 2025-06-01\n    files:\n      organisation.yaml:\n        from: org.yaml\n"
        f"        edits:\n          - {{at: 'a: 1', insert: 'c: 3', indent: {indent}}}\n    expect: {{compliant: true}}\n",
        encoding="utf-8",
    )
    code, text = _run("test", "case.yaml")
    assert code == 2
    assert _errors(text) == [
        f"case.yaml:11:50: error: cases[0].files.organisation.yaml.edits[0].indent is {indent}; expected at most 1000"
    ]


def test_every_kind_of_bad_input_reads_the_same_in_one_process_and_several(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hf_rules.documents import workspace as workspace_module

    monkeypatch.chdir(tmp_path)
    top = copy_oslo(tmp_path / "many")
    org = (top / "organisation.yaml").read_text(encoding="utf-8")
    for n in range(6):
        (top / f"org-{n}.yaml").write_text(org.replace("helsefellesskap-oslo", f"hf-{n}"), encoding="utf-8")
    (top / "broken.yaml").write_text("apiVersion: hf-rules/v1\nkind: [\n", encoding="utf-8")
    (top / "unknown-key.yaml").write_text(org.replace("fora:\n", "extra: 1\nfora:\n", 1), encoding="utf-8")
    (top / "latin1.yaml").write_bytes(b"apiVersion: hf-rules/v1\nkind: Organisation\nname: \xe6\n")
    (top / "big.yaml").write_text("a: " + "x" * 600_000 + "\n", encoding="utf-8")
    (top / "empty.yaml").write_text("", encoding="utf-8")
    (top / "foreign.yaml").write_text("just: data\n", encoding="utf-8")
    (top / "loop.yaml").symlink_to("loop.yaml")
    (top / "nowhere.yaml").symlink_to("missing-target.yaml")
    os.mkfifo(top / "fifo.yaml")
    (top / "sub").mkdir()
    (top / "sub" / "deep.yaml").write_text("a: " + "[" * 100 + "]" * 100 + "\n", encoding="utf-8")
    monkeypatch.setattr(workspace_module, "PARALLEL_MIN_FILES", 4)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    args = ["check", "--no-config", "--as-of", AS_OF, "--max-file-size", "512k", "--format", "json", "many"]
    one = _run(*args[:-1], "--jobs", "1", "many")
    for jobs in ("2", "3"):
        several = _run(*args[:-1], "--jobs", jobs, "many")
        assert several == one
    assert one[0] == 2
    report = json.loads(one[1])
    statuses = {f["path"]: f["status"] for f in report["files"]}
    assert statuses["many/broken.yaml"] == statuses["many/fifo.yaml"] == statuses["many/loop.yaml"] == "invalid"
    assert statuses["many/foreign.yaml"] == "ignored"


def test_a_worker_that_dies_becomes_a_located_error_for_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hf_rules.documents import discovery
    from hf_rules.documents.workspace import build_workspace

    top = tmp_path / "many"
    top.mkdir()
    for n in range(8):
        (top / f"f{n}.yaml").write_text("apiVersion: hf-rules/v1\nkind: [\n", encoding="utf-8")
    (top / "z-kills-its-reader.yaml").write_text("a: 1\n", encoding="utf-8")
    parent = os.getpid()
    read_entry = discovery._read_entry

    def dying(entry: discovery.Entry, limits: object) -> object:
        if entry[0].endswith("z-kills-its-reader.yaml") and os.getpid() != parent:
            os._exit(9)  # as a worker killed by the kernel would end
        return read_entry(entry, limits)  # type: ignore[arg-type]

    monkeypatch.setattr(discovery, "_read_entry", dying)
    monkeypatch.setenv("HF_RULES_PARALLEL_MIN_FILES", "4")
    workspace = build_workspace([str(top)], jobs=2)
    assert workspace.processes == 2
    dead = next(f for f in workspace.files if f.path.endswith("z-kills-its-reader.yaml"))
    assert [p.line() for p in dead.problems] == [
        f"{top}/z-kills-its-reader.yaml:1:1: error: the process reading this file ended abnormally (BrokenProcessPool: "
        "A process in the process pool was terminated abruptly while the future was running or pending.)"
    ]
    assert all(p.message.startswith("invalid YAML") for f in workspace.files if f is not dead for p in f.problems)


@pytest.mark.parametrize("command", ["check", "validate", "audit", "fix"])
def test_an_unreadable_document_is_a_located_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    monkeypatch.chdir(tmp_path)
    copy_oslo(tmp_path / "oslo")
    real_open = os.open

    def closed(path: object, flags: int, *args: object, **kwargs: object) -> int:
        # root reads every file: the kernel's refusal for another user is played here
        if str(path).endswith("organisation.yaml"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", closed)
    dated = [] if command == "validate" else ["--as-of", AS_OF]
    code, text = _run(command, "--no-config", *dated, "oslo")
    assert code == 2
    located = "`oslo/organisation.yaml:1:1` " if command == "audit" else "oslo/organisation.yaml:1:1: error: "
    assert located + "cannot read file: Permission denied; expected a readable file" in text
