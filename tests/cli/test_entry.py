"""The console script (``hf_rules.cli.entry.run``): ``main``, then ``os._exit`` once the output is
flushed. Exit codes and output are those of ``main``; an output that cannot be written is said."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from hf_rules import __version__
from tests.conftest import OSLO, SUNNAAS_OBSERVER, copy_oslo, edit

ENTRY = [sys.executable, "-c", "from hf_rules.cli.entry import run; run()"]


def hf_process(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*ENTRY, *args], capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload]


def test_exit_codes_and_output_are_mains(tmp_path: Path) -> None:
    clean = hf_process("check", str(OSLO), "--lang", "en")
    assert clean.returncode == 0 and clean.stdout.endswith("Verdict: COMPLIANT\n") and clean.stderr == ""

    folder = copy_oslo(tmp_path / "oslo")
    edit(folder / "organisation.yaml", SUNNAAS_OBSERVER, "")
    findings = hf_process("check", str(folder), "--lang", "en")
    assert findings.returncode == 1 and "OSLO-SSU-OBSERVERS" in findings.stdout

    bad = hf_process("check", str(tmp_path / "missing"))
    assert bad.returncode == 2
    usage = hf_process("check", "--fail-on", "sometimes", str(OSLO))
    assert usage.returncode == 2 and usage.stderr.startswith("hf-rules: error: ")
    assert hf_process("--version").stdout == f"hf-rules, versjon {__version__}\n"  # bokmål unless the locale is English


def test_a_large_output_to_a_file_is_complete(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    with open(out, "w", encoding="utf-8") as handle:
        done = subprocess.run([*ENTRY, "check", str(OSLO), "--format", "json"], stdout=handle, check=False)
    import json

    assert done.returncode == 0 and json.loads(out.read_text(encoding="utf-8"))["verdict"] == "compliant"


def test_an_output_that_cannot_be_flushed_at_the_end_is_an_error_not_silence(monkeypatch, capsys) -> None:
    from hf_rules.cli import commands, entry

    monkeypatch.setattr(commands, "_GIVEN_LANG", [None])  # no --lang of an earlier run: the default, bokmål

    class Full(io.StringIO):
        def flush(self) -> None:
            raise OSError(28, "No space left on device")

    exits: list[int] = []
    monkeypatch.setattr(entry, "main", lambda: sys.stdout.write("output"))
    monkeypatch.setattr(entry.os, "_exit", exits.append)
    monkeypatch.setattr(sys, "stdout", Full())
    entry.run()
    assert exits == [2]
    # as main says it (bokmål by default; the OS's words from the catalogue)
    assert capsys.readouterr().err == "hf-rules: error: kan ikke skrive utdataene: ikke mer plass på enheten\n"


def test_a_reader_that_stops_early_is_no_error() -> None:
    proc = subprocess.Popen([*ENTRY, "rules", "--lang", "en"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    _, err_bytes = proc.communicate()
    err = err_bytes.decode()
    assert "Traceback" not in err and "Exception ignored" not in err


def test_the_command_runs_without_pydantic_plugins() -> None:
    """A pydantic plugin (another package's code watching every validation) never runs in an
    hf-rules process, and looking for one (``importlib.metadata``, every installed package's
    entry points) is not part of a check's start-up."""
    script = (
        "import sys\n"
        "from hf_rules.cli import main\n"
        "from pydantic.plugin._loader import get_plugins\n"
        f"sys.argv = ['hf-rules', 'check', {str(OSLO)!r}, '--no-config']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as done:\n"
        "    print('exit', done.code, list(get_plugins()), 'importlib.metadata' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert done.stdout.splitlines()[-1] == "exit 0 [] False", done.stderr
