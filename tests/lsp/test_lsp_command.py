"""``hf-rules lsp`` as a command: pygls is loaded by it alone, and its absence is a usage error."""

from __future__ import annotations

import sys

from tests.conftest import OSLO


def test_no_other_command_imports_pygls():
    import subprocess

    code = (
        "import sys\nfrom hf_rules.cli import main\nsys.argv = ['hf-rules', 'check', sys.argv[1]]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\nprint(sorted(m for m in ('pygls', 'lsprotocol', 'hf_rules.lsp.server') if m in sys.modules))\n"
    )
    run = subprocess.run([sys.executable, "-c", code, str(OSLO)], capture_output=True, text=True, check=False)
    assert run.stdout.splitlines()[-1] == "[]"


def test_without_pygls_the_command_says_how_to_install_it(hf, monkeypatch):
    monkeypatch.setitem(sys.modules, "pygls", None)
    monkeypatch.delitem(sys.modules, "hf_rules.lsp.server", raising=False)
    run = hf("lsp")
    assert run.code == 2
    assert run.err == "hf-rules: error: språktjeneren trenger pygls; installer den med: pip install 'hf-rules[lsp]'\n"
