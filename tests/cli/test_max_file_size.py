"""The file size limit can be changed: ``--max-file-size SIZE`` (check, validate, audit) and
``limits: {max_file_size: SIZE}`` in ``.hf-rules.yaml``; the command line wins over the config.

A size is bytes or a whole number with a 1024-based unit (k, M, G, KiB, MiB, GiB), 1 byte to 1 GiB;
anything else is a one-line usage error (exit 2), or a located error in the config.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from hf_rules.core.sizes import parse_size
from tests.conftest import AS_OF, OSLO, Run


@pytest.fixture(autouse=True)
def _english_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """The expected messages of this module are the English ones (hf-rules follows the locale)."""
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")


MIB = 1024 * 1024
DEFAULT = 5 * MIB


@pytest.fixture
def big(tmp_path: Path) -> Path:
    """The Oslo organisation padded with a comment to exactly 6 MiB."""
    path = tmp_path / "organisation.yaml"
    text = (OSLO / "organisation.yaml").read_text(encoding="utf-8")
    path.write_text(text + "#" * (6 * MIB - len(text.encode("utf-8")) - 1) + "\n", encoding="utf-8")
    assert path.stat().st_size == 6 * MIB
    return path


def _refused(path: Path, limit: int) -> str:
    return f"{path}:1:1: error: file is {6 * MIB} bytes, over the limit of {limit} bytes"


@pytest.mark.parametrize("command", ["check", "validate"])
def test_a_6_mib_file_is_refused_by_default(hf: Callable[..., Run], big: Path, command: str) -> None:
    run = hf(command, str(big), "--no-config", "--format", "text")
    assert run.code == 2, run.both
    assert [line for line in run.out.splitlines() if ": error: " in line] == [_refused(big, DEFAULT)]


def test_audit_refuses_it_by_default(hf: Callable[..., Run], tmp_path: Path, big: Path) -> None:
    run = hf("audit", str(big), "--no-config", "--as-of", AS_OF, "-o", str(tmp_path / "r.md"))
    assert run.code == 2
    line = f"- `{big}:1:1` file is {6 * MIB} bytes, over the limit of {DEFAULT} bytes"
    assert line in (tmp_path / "r.md").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("size", ["10M", "10m", "10MiB", "7 MiB", "6144k", "6144KiB", str(6 * MIB)])
def test_max_file_size_option_accepts_it(hf: Callable[..., Run], big: Path, size: str) -> None:
    run = hf("check", str(big), "--no-config", "--as-of", AS_OF, "--brief", "--max-file-size", size)
    assert run.code == 0, run.both
    assert run.err == ""


def test_one_byte_less_is_refused(hf: Callable[..., Run], big: Path) -> None:
    run = hf("check", str(big), "--no-config", "--brief", "--max-file-size", str(6 * MIB - 1))
    assert run.code == 2
    assert [line for line in run.out.splitlines() if ": error: " in line] == [_refused(big, 6 * MIB - 1)]


def test_validate_and_audit_take_the_option(hf: Callable[..., Run], tmp_path: Path, big: Path) -> None:
    assert hf("validate", str(big), "--no-config", "--max-file-size", "10M").code == 0
    report = tmp_path / "report.md"
    run = hf("audit", str(big), "--no-config", "--as-of", AS_OF, "--max-file-size", "10M", "-o", str(report))
    assert run.code == 0, run.both
    # The command that reproduces the report (without the config) carries the limit.
    text = report.read_text(encoding="utf-8")
    assert f"--no-config --max-file-size {10 * MIB} -o {report} {big}" in text
    assert f"--no-config --max-file-size {10 * MIB} " in text.split("hf-rules check ", 1)[1]


def test_json_provenance_records_the_limit(hf: Callable[..., Run], big: Path) -> None:
    for args, limit in (((), DEFAULT), (("--max-file-size", "10M"), 10 * MIB)):
        run = hf("check", str(big), "--no-config", "--as-of", AS_OF, "--format", "json", *args)
        assert json.loads(run.out)["provenance"]["max_file_size"] == limit


@pytest.mark.parametrize("value", ["10M", "'10 MiB'", str(10 * MIB)])
def test_config_key_accepts_it(hf: Callable[..., Run], tmp_path: Path, big: Path, value: str) -> None:
    (tmp_path / ".hf-rules.yaml").write_text(f"limits:\n  max_file_size: {value}\n", encoding="utf-8")
    run = hf("check", str(big), "--as-of", AS_OF, "--brief")
    assert run.code == 0, run.both


def test_command_line_wins_over_the_config(hf: Callable[..., Run], tmp_path: Path, big: Path) -> None:
    (tmp_path / ".hf-rules.yaml").write_text("limits: {max_file_size: 1k}\n", encoding="utf-8")
    assert hf("check", str(big), "--as-of", AS_OF, "--brief", "--max-file-size", "10M").code == 0
    (tmp_path / ".hf-rules.yaml").write_text("limits: {max_file_size: 10M}\n", encoding="utf-8")
    run = hf("check", str(big), "--as-of", AS_OF, "--brief", "--max-file-size", "1M")
    assert run.code == 2
    assert [line for line in run.out.splitlines() if ": error: " in line] == [_refused(big, MIB)]


def test_the_config_limit_applies_to_rule_packs(hf: Callable[..., Run], tmp_path: Path) -> None:
    (tmp_path / ".hf-rules.yaml").write_text("limits: {max_file_size: 100}\n", encoding="utf-8")
    run = hf("check", str(OSLO), "--as-of", AS_OF, "--brief")
    assert run.code == 2
    errors = [line for line in run.out.splitlines() if ": error: " in line]
    assert errors and all(line.endswith("over the limit of 100 bytes") for line in errors), errors
    assert any("/rules/oslo.yaml:1:1: error: file is " in line for line in errors), errors


BAD_SIZES = {
    "10MB": "'10MB' is ambiguous (1000 or 1024?); write 10M or 10MiB (1024-based), or a number of bytes",
    "1.5M": "'1.5M' is not a size; expected bytes or a number with a unit (k, M, G, KiB, MiB, GiB; 1024-based), "
    "e.g. 10M or 512k",
    "-1": "'-1' is not a size; expected bytes or a number with a unit (k, M, G, KiB, MiB, GiB; 1024-based), "
    "e.g. 10M or 512k",
    "ten": "'ten' is not a size; expected bytes or a number with a unit (k, M, G, KiB, MiB, GiB; 1024-based), "
    "e.g. 10M or 512k",
    "10 T": "'10 T' is not a size; expected bytes or a number with a unit (k, M, G, KiB, MiB, GiB; 1024-based), "
    "e.g. 10M or 512k",
    "0": "'0' is not a size; expected at least 1 byte",
    "2G": "'2G' is 2147483648 bytes; the file size limit can be at most 1GiB (1073741824 bytes)",
}


@pytest.mark.parametrize("value", BAD_SIZES)
@pytest.mark.parametrize("command", ["check", "validate", "audit"])
def test_bad_sizes_are_one_line_usage_errors(hf: Callable[..., Run], oslo: Path, command: str, value: str) -> None:
    run = hf(command, str(oslo), "--no-config", "--max-file-size", value)
    assert run.code == 2
    assert run.out == ""
    assert run.err == (
        f"hf-rules: error: Invalid value for '--max-file-size': {BAD_SIZES[value]} (see 'hf-rules {command} --help')\n"
    )


@pytest.mark.parametrize(
    ("config", "column", "message"),
    [
        ("limits: {max_file_size: 10MB}\n", 25, "limits.max_file_size: " + BAD_SIZES["10MB"]),
        ("limits: {max_file_size: 0}\n", 25, "limits.max_file_size: '0' is not a size; expected at least 1 byte"),
        (
            "limits: {max_file_size: true}\n",
            25,
            "limits.max_file_size must be a whole number or a text, got true/false (True)",
        ),
        (
            "limits: {max_size: 10M}\n",
            10,
            "unknown key 'max_size' in limits (did you mean 'max_file_size'?); expected one of: max_file_size",
        ),
        ("limits: 10M\n", 9, "limits must be a mapping, got a text ('10M')"),
    ],
)
def test_bad_config_limits_are_located(
    hf: Callable[..., Run], tmp_path: Path, oslo: Path, config: str, column: int, message: str
) -> None:
    (tmp_path / ".hf-rules.yaml").write_text(config, encoding="utf-8")
    run = hf("check", str(oslo), "--as-of", AS_OF, "--brief")
    assert run.code == 2
    errors = [line for line in run.out.splitlines() if ": error: " in line]
    assert errors == [f"{tmp_path / '.hf-rules.yaml'}:1:{column}: error: {message}"]


def test_parse_size() -> None:
    assert [parse_size(v) for v in ("1", "1B", "1k", "1K", "1KiB", "1kib", "1M", "1MiB", "1G", "1 GiB", 512)] == [
        1,
        1,
        1024,
        1024,
        1024,
        1024,
        MIB,
        MIB,
        1024 * MIB,
        1024 * MIB,
        512,
    ]
    for bad in ("", " ", "1e6", "1_000", "0x10", "١٠", "9" * 20, True, None, 1.5, 0, -5, "1KB", "M"):
        with pytest.raises(ValueError, match=r"\S"):
            parse_size(bad)
