"""Every resource limit, reported through the real command at its location with exit 2.

The limits (``hf_rules.yaml.loader.Limits``): file size 5 MiB, nesting depth 64, 200 000 nodes after
alias expansion (the billion-laughs guard), and one YAML document per file. They apply to
documents, rule packs and config files alike. The file size can be changed with
``--max-file-size`` or the config's ``limits.max_file_size`` (see ``test_max_file_size.py``); a
program using the library passes ``Settings(limits=Limits(...))`` (see the last tests).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from hf_rules.app.run import Settings, run_check
from hf_rules.yaml.loader import Limits
from tests.conftest import AS_OF, FIXTURES, OSLO, Run

BAD_INPUT = FIXTURES / "bad-input"
ERROR_LINE = re.compile(r"^.+:\d+:\d+: error: .+$")


def _errors(run: Run) -> list[str]:
    lines = [line for line in run.both.splitlines() if ": error:" in line]
    assert lines, run.both
    for line in lines:
        assert ERROR_LINE.match(line), line
    return lines


def test_defaults_are_documented_values() -> None:
    assert Limits() == Limits(max_bytes=5 * 1024 * 1024, max_depth=64, max_nodes=200_000)


def test_file_over_the_size_limit(hf: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the English messages
    big = tmp_path / "big.yaml"
    padding = "# " + "x" * 1000 + "\n"
    big.write_text("apiVersion: hf-rules/v1\n" + padding * (5 * 1024 + 200), encoding="utf-8")
    size = big.stat().st_size
    assert size > 5 * 1024 * 1024
    run = hf("check", str(big), "--no-config", "--brief")
    assert run.code == 2, run.both
    assert _errors(run) == [f"{big}:1:1: error: file is {size} bytes, over the limit of 5242880 bytes"]


def test_file_just_under_the_size_limit_is_read(hf: Callable[..., Run], tmp_path: Path) -> None:
    doc = tmp_path / "organisation.yaml"
    text = (OSLO / "organisation.yaml").read_text(encoding="utf-8")
    doc.write_text(text + "#" * (5 * 1024 * 1024 - len(text.encode("utf-8")) - 1) + "\n", encoding="utf-8")
    assert doc.stat().st_size == 5 * 1024 * 1024
    run = hf("check", str(doc), "--no-config", "--brief", "--as-of", AS_OF)
    assert run.code in (0, 1), run.both


def test_nesting_deeper_than_64_levels(hf: Callable[..., Run], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the messages quoted are English
    path = BAD_INPUT / "deep-nesting.yaml"
    run = hf("check", str(path), "--no-config", "--brief")
    assert run.code == 2, run.both
    assert _errors(run) == [
        f"{path}:1:71: error: mappings and lists nest more than 64 levels deep; expected at most 64"
    ]


def test_block_nesting_deeper_than_64_levels(
    hf: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the messages quoted are English
    path = tmp_path / "deep.yaml"
    path.write_text("".join(f"{'  ' * i}k{i}:\n" for i in range(200)) + "  " * 200 + "v: 1\n", encoding="utf-8")
    run = hf("check", str(path), "--no-config", "--brief")
    assert run.code == 2, run.both
    [line] = _errors(run)
    assert line.startswith(f"{path}:65:") and "nest more than 64 levels deep" in line


def test_billion_laughs_is_refused_quickly(hf: Callable[..., Run], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the messages quoted are English
    path = BAD_INPUT / "billion-laughs.yaml"
    started = time.monotonic()
    run = hf("check", str(path), "--no-config", "--brief")
    elapsed = time.monotonic() - started
    assert run.code == 2, run.both
    assert _errors(run) == [
        f"{path}:6:11: error: document expands to more than 200000 nodes (alias expansion); refusing to load"
    ]
    assert elapsed < 5, f"took {elapsed:.1f} s"  # loose: it takes well under a second


def test_billion_laughs_in_a_rule_pack_is_refused(
    hf: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the messages quoted are English
    pack = tmp_path / "laughs.yaml"
    pack.write_bytes((BAD_INPUT / "billion-laughs.yaml").read_bytes())
    run = hf("check", str(OSLO), "--rules", str(pack), "--no-config", "--brief", "--as-of", AS_OF)
    assert run.code == 2, run.both
    assert any(
        line.startswith(f"{pack}:6:11: error: document expands to more than 200000 nodes") for line in _errors(run)
    )


def test_one_document_per_file(hf: Callable[..., Run], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the messages quoted are English
    path = BAD_INPUT / "multi-doc.yaml"
    run = hf("check", str(path), "--no-config", "--brief")
    assert run.code == 2, run.both
    assert _errors(run) == [f"{path}:2:1: error: file holds several YAML documents; expected exactly one"]


def test_one_document_per_config_file(hf: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the messages quoted are English
    config = tmp_path / ".hf-rules.yaml"
    config.write_text("rules: [oslo]\n---\nrules: [national]\n", encoding="utf-8")
    run = hf("check", str(OSLO), "--as-of", AS_OF, "--brief")
    assert run.code == 2, run.both
    assert any(
        line.endswith(":2:1: error: file holds several YAML documents; expected exactly one")
        and ".hf-rules.yaml" in line
        for line in _errors(run)
    )


def test_limits_can_be_changed_by_a_program(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """There is no command-line option; the library takes ``Settings(limits=Limits(...))``."""
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the messages quoted are English
    monkeypatch.chdir(tmp_path)
    settings = Settings(
        paths=[str(OSLO)], use_config=False, as_of=None, brief=True, limits=Limits(max_bytes=1000), lang="en"
    )
    output, code = run_check(settings)
    assert code == 2
    # the rule packs are held to the same limits (and are read first)
    assert re.search(r"^.+\.yaml:1:1: error: file is \d+ bytes, over the limit of 1000 bytes$", output, re.MULTILINE)
    output, code = run_check(Settings(paths=[str(OSLO)], use_config=False, brief=True, limits=Limits(max_depth=2)))
    assert code == 2 and "nest more than 2 levels deep" in output
    output, code = run_check(Settings(paths=[str(OSLO)], use_config=False, brief=True, limits=Limits(max_nodes=50)))
    assert code == 2 and "expands to more than 50 nodes" in output
