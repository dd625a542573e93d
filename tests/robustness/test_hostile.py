"""Hostile files through ``hf-rules check``: each ends with its exact exit code and located message.

``fixtures/hostile/`` holds small hostile files (tags, merge chains, directives, odd line ends,
line and paragraph separators, NUL bytes, surrogate escapes, complex keys, anchors on keys, aliases
as keys, documents of only ``---`` or ``...``, huge numbers); the big ones (a 1 MB line, 100 000
open brackets, a 100 000-character anchor, 5 MB of aliases, a file just over the size limit) and
hostile values in otherwise valid documents (copies of ``fixtures/oslo``) are made here. Each is
checked in-process through ``hf_rules.cli.main`` with standard output and error encoded as strict
UTF-8, as a real terminal or pipe would, and must end with the exit code and the
``FILE:LINE:COL: error: message`` of its table row, never 3 or a traceback, within the hang guard.
Rows marked ``xfail`` are known bugs: the reason names the problem, the row says what is expected.
"""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from tests.conftest import run_cli
from tests.support import ROOT


@pytest.fixture(autouse=True)
def _english_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """The expected messages of this module are the English ones (hf-rules follows the locale)."""
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")


HOSTILE = ROOT / "fixtures" / "hostile"
OSLO = ROOT / "fixtures" / "oslo"
HANG_SECONDS = 10.0
MIB = 1024 * 1024
ERROR_LINE = re.compile(r"^.+:\d+:\d+: error: .+$")
VERDICT = (0, 1)


class Expected(NamedTuple):
    code: int | tuple[int, ...]  # a tuple: any of these (VERDICT: a verdict, no input problem)
    line: int
    column: int
    message: str
    xfail: str = ""


SURROGATE = (
    "string contains a lone surrogate (U+D800), which UTF-8 cannot hold; expected text without \\uD800-\\uDFFF escapes"
)

# fixtures/hostile/NAME -> what `hf-rules check --no-config NAME` must answer
FILES: dict[str, Expected] = {
    "alias-as-key.yaml": Expected(2, 1, 1, "the document is missing the required key 'metadata'"),
    "alias-to-key-duplicate.yaml": Expected(2, 2, 1, "duplicate key 'kind' (first defined at line 1)"),
    "anchor-on-key.yaml": Expected(2, 1, 1, "the document is missing the required key 'parties'"),
    "bidi-override.yaml": Expected(2, 2, 7, "kind is 'Organisation\\u202e'; expected one of"),
    "binary-tag.yaml": Expected(2, 3, 7, "YAML tag '!!binary' is not allowed"),
    "bom-in-the-middle.yaml": Expected(2, 1, 1, "missing 'kind'"),
    "complex-key.yaml": Expected(2, 1, 3, "mapping key must be a string, got a list"),
    "complex-mapping-key.yaml": Expected(2, 2, 3, "mapping key must be a string, got a mapping"),
    "cr-only.yaml": Expected(2, 3, 1, "duplicate key 'kind' (first defined at line 2)"),
    "crlf.yaml": Expected(2, 3, 1, "duplicate key 'kind' (first defined at line 2)"),
    "date-year-zero.yaml": Expected(2, 3, 35, "invalid date '0000-01-01': year 0 is out of range"),
    "document-end-only.yaml": Expected(2, 1, 1, "invalid YAML: expected the node content, but found '<document end>'"),
    "document-start-only.yaml": Expected(2, 2, 1, "expected a mapping at the top of the document, got null"),
    "huge-float.yaml": Expected(2, 1, 1, "the document is missing the required key 'parties'"),
    "huge-hex.yaml": Expected(2, 3, 25, "has 20002 digits; expected a shorter number"),
    "huge-int.yaml": Expected(2, 3, 25, "has 5000 digits; expected a shorter number"),
    "line-separator.yaml": Expected(2, 1, 29, "invalid YAML: mapping values are not allowed here"),
    "many-documents.yaml": Expected(2, 3, 1, "file holds several YAML documents; expected exactly one"),
    "merge-chain.yaml": Expected(2, 3, 3, "merge keys ('<<') are not supported"),
    "mixed-line-ends.yaml": Expected(2, 5, 3, "duplicate key 'id' (first defined at line 4)"),
    "nan-and-inf.yaml": Expected(2, 1, 1, "the document is missing the required key 'parties'"),
    "next-line.yaml": Expected(2, 2, 24, "invalid YAML: mapping values are not allowed here"),
    "nul-in-text.yaml": Expected(2, 1, 1, "file looks binary (NUL byte at offset 36)"),
    "reserved-directive.yaml": Expected(2, 3, 1, "the document is missing the required key 'parties'"),
    "start-and-end-only.yaml": Expected(2, 3, 1, "file holds several YAML documents; expected exactly one"),
    "surrogate-escape.yaml": Expected(2, 3, 1, SURROGATE),
    "surrogate-kind.yaml": Expected(2, 2, 7, SURROGATE),
    "tab-after-key.yaml": Expected(2, 1, 12, "found character '\\t' that cannot start any token"),
    "tag-directive.yaml": Expected(2, 4, 7, "YAML tag '!e!Organisation' is not allowed"),
    "unterminated-flow.yaml": Expected(2, 2, 34, "invalid YAML: expected the node content, but found '<stream end>'"),
    "verbatim-tag.yaml": Expected(
        2, 2, 7, "YAML tag '!<tag:yaml.org,2002:python/object/apply:os.system>' is not allowed"
    ),
    "yaml-1-2-twice.yaml": Expected(2, 2, 1, "invalid YAML: found duplicate YAML directive"),
    "yaml-1-3.yaml": Expected(2, 1, 1, "version minor part can only be 2 or 1"),
    "yaml-2-0.yaml": Expected(2, 1, 1, "found incompatible YAML document"),
}


def _write(text: str | bytes) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        path = folder / "hostile.yaml"
        path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        return ["hostile.yaml"]

    return make


def _oslo(file: str, old: str, new: str) -> Callable[[Path], list[str]]:
    """A copy of the Oslo example with ``old`` replaced by ``new`` once in ``file``."""

    def make(folder: Path) -> list[str]:
        target = folder / "oslo"
        shutil.copytree(OSLO, target)
        text = (target / file).read_text(encoding="utf-8")
        assert text.count(old) == 1, old
        (target / file).write_text(text.replace(old, new), encoding="utf-8")
        return ["--as-of", "2025-06-01", "oslo"]

    return make


ORG = "organisation.yaml"
SSU = "meeting-plan-ssu-2025-2026.yaml"
SSU_PER_YEAR = "    type: strategisk-samarbeidsutvalg\n    meetings_per_year: 4\n"
# name -> (what to write; expected answer, file relative to the working folder)
MADE: dict[str, tuple[Callable[[Path], list[str]], Expected, str]] = {
    "one-megabyte-line": (
        _write('apiVersion: hf-rules/v1\nkind: Organisation\nmetadata: {id: "' + "x" * MIB + '"}\n'),
        Expected(2, 1, 1, "the document is missing the required key 'parties'"),
        "hostile.yaml",
    ),
    "one-megabyte-plain-line": (
        _write("key: " + "a b " * (MIB // 4) + "\n"),
        Expected(2, 1, 1, "nothing to check: no hf-rules document (with 'apiVersion: hf-rules/v1') found"),
        "hostile.yaml",
    ),
    "100000-open-brackets": (
        _write("forum: " + "[" * 100_000 + "\n"),
        Expected(2, 1, 71, "nest more than 64 levels deep"),
        "hostile.yaml",
    ),
    "100000-nested-block-sequences": (
        _write("forum:\n" + "- " * 100_000 + "x\n"),
        Expected(2, 2, 127, "nest more than 64 levels deep"),
        "hostile.yaml",
    ),
    "100000-character-anchor": (
        _write("apiVersion: &" + "a" * 100_000 + " hf-rules/v1\nkind: *" + "a" * 100_000 + "\n"),
        Expected(2, 2, 7, "kind is 'hf-rules/v1'; expected one of"),
        "hostile.yaml",
    ),
    "2000-character-key": (
        _write("k" * 2000 + ": 1\n"),
        Expected(2, 1, 2001, "invalid YAML: mapping values are not allowed here"),
        "hostile.yaml",
    ),
    "one-megabyte-quoted-key": (
        _write('"' + "k" * MIB + '": 1\n'),
        Expected(2, 1, MIB + 3, "invalid YAML: mapping values are not allowed here"),
        "hostile.yaml",
    ),
    "surrogate-pair": (
        _write('apiVersion: hf-rules/v1\nkind: Organisation\nmetadata: {id: "\\ud83d\\ude00"}\n'),
        Expected(
            2,
            3,
            16,
            "string contains the surrogate pair U+D83D U+DE00, which YAML does not join "
            "and UTF-8 cannot hold; expected the character itself or \\U0001F600",
        ),
        "hostile.yaml",
    ),
    "one-byte-over-the-size-limit": (
        _write("a: " + "x" * (5 * MIB - 3) + "\n"),
        Expected(2, 1, 1, f"file is {5 * MIB + 1} bytes, over the limit of {5 * MIB} bytes"),
        "hostile.yaml",
    ),
    "five-megabytes-of-aliases": (
        _write("a: &a 1\nb: [" + "*a," * ((5 * MIB - 20) // 3) + "]\n"),
        Expected(2, 2, 599_990, "document expands to more than 200000 nodes (alias expansion)"),
        "hostile.yaml",
    ),
    "five-megabytes-of-list-items": (
        _write("key: [" + "1," * ((5 * MIB - 10) // 2) + "]\n"),
        Expected(2, 1, 400_001, "document expands to more than 200000 nodes; refusing to load"),
        "hostile.yaml",
    ),
    "five-megabytes-of-keys": (
        _write("".join(f"k{i}: 1\n" for i in range(480_000))),
        Expected(2, 100_000, 9, "document expands to more than 200000 nodes; refusing to load"),
        "hostile.yaml",
    ),
    "five-megabytes-of-anchors": (
        _write("a: [" + "&a 1," * ((5 * MIB - 10) // 5) + "]\n"),
        Expected(2, 1, 999_990, "document expands to more than 200000 nodes; refusing to load"),
        "hostile.yaml",
    ),
    "five-megabytes-of-directives": (
        _write("%X y\n" * ((5 * MIB - 20) // 5) + "---\na: 1\n"),
        Expected(2, 101, 1, "file holds more than 100 directives ('%' lines); expected at most 100"),
        "hostile.yaml",
    ),
    "five-megabytes-of-tag-directives": (
        _write("".join(f"%TAG !a{i}! tag:x,{i}:\n" for i in range(180_000)) + "---\na: 1\n"),
        Expected(2, 101, 1, "file holds more than 100 directives ('%' lines); expected at most 100"),
        "hostile.yaml",
    ),
    "surrogate-in-a-name": (
        _oslo(ORG, "  name: Helsefellesskap Oslo", '  name: "\\ud800 Oslo"'),
        Expected(2, 8, 9, SURROGATE),
        "oslo/organisation.yaml",
    ),
    "infinite-meetings-per-year": (
        _oslo(ORG, SSU_PER_YEAR, SSU_PER_YEAR[:-2] + "1e999999\n"),
        Expected(2, 125, 24, "meetings_per_year must be a whole number or a mapping, got a number (inf)"),
        "oslo/organisation.yaml",
    ),
    "nan-meetings-per-year": (
        _oslo(ORG, SSU_PER_YEAR, SSU_PER_YEAR[:-2] + ".nan\n"),
        Expected(2, 125, 24, "meetings_per_year must be a whole number or a mapping, got a number (nan)"),
        "oslo/organisation.yaml",
    ),
    "huge-meetings-per-year": (
        _oslo(ORG, SSU_PER_YEAR, SSU_PER_YEAR[:-2] + "9" * 4000 + "\n"),
        Expected(2, 125, 24, "has 4000 digits; expected a shorter number"),
        "oslo/organisation.yaml",
    ),
    "hexadecimal-meetings-per-year-of-4816-digits": (
        _oslo(ORG, SSU_PER_YEAR, SSU_PER_YEAR[:-2] + "0x" + "f" * 4000 + "\n"),
        Expected(2, 125, 24, "has 4002 digits; expected a shorter number"),
        "oslo/organisation.yaml",
    ),
    "chair-period-until-9999-12-31": (
        _oslo(SSU, "to: 2026-12-31, party: ous}", "to: 9999-12-31, party: ous}"),
        Expected(VERDICT, 0, 0, ""),
        "oslo/meeting-plan-ssu-2025-2026.yaml",
    ),
    "chair-period-after-one-until-9999-12-31": (
        _oslo(
            SSU,
            "  - {from: 2026-01-01, to: 2026-12-31, party: ous}\n",
            "  - {from: 2026-01-01, to: 9999-12-31, party: ous}\n"
            "  - {from: 9999-12-31, to: 9999-12-31, party: oslo-kommune}\n",
        ),
        Expected(VERDICT, 0, 0, ""),
        "oslo/meeting-plan-ssu-2025-2026.yaml",
    ),
}


def run_check(*args: str) -> tuple[int, str, float]:
    """``hf-rules check --no-config --brief ARGS`` in-process; (exit code, output, seconds)."""
    run = run_cli("check", "--no-config", "--brief", *args, hang_seconds=HANG_SECONDS)
    return run.code, run.both, run.seconds


def assert_answer(code: int, output: str, seconds: float, expected: Expected, shown: str) -> None:
    assert seconds <= HANG_SECONDS and code != -1, (
        f"took {seconds:.1f} s (hang guard {HANG_SECONDS} s)\n{output[-2000:]}"
    )
    assert "Traceback" not in output and "internal error" not in output, output[-2000:]
    codes = expected.code if isinstance(expected.code, tuple) else (expected.code,)
    assert code in codes, f"exit {code}, expected {expected.code}\n{output[-2000:]}"
    for line in output.splitlines():
        if ": error:" in line:
            assert ERROR_LINE.match(line), f"unlocated error line {line!r}"
    if expected.code == 2:
        head = f"{shown}:{expected.line}:{expected.column}: error: "
        assert any(line.startswith(head) and expected.message in line for line in output.splitlines()), (
            f"no line {head}...{expected.message}...\n{output[-2000:]}"
        )


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no config file of the repository leaks in
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def _marks(expected: Expected) -> list[Any]:
    return [pytest.mark.xfail(reason=expected.xfail, strict=True)] if expected.xfail else []


@pytest.mark.parametrize("name", [pytest.param(name, marks=_marks(e), id=name) for name, e in sorted(FILES.items())])
def test_hostile_file(name: str, workdir: Path) -> None:
    shutil.copy(HOSTILE / name, workdir / name)
    code, output, seconds = run_check(name)
    assert_answer(code, output, seconds, FILES[name], name)


@pytest.mark.parametrize("name", [pytest.param(name, marks=_marks(m[1]), id=name) for name, m in MADE.items()])
def test_hostile_input(name: str, workdir: Path) -> None:
    make, expected, shown = MADE[name]
    code, output, seconds = run_check(*make(workdir))
    assert_answer(code, output, seconds, expected, shown)


def test_every_hostile_file_is_in_the_table() -> None:
    assert sorted(path.name for path in HOSTILE.iterdir()) == sorted(FILES)


def test_date_arithmetic_at_the_end_of_the_calendar() -> None:
    """Checks that add days, months or years never step past 9999-12-31 (or before 0001-01-01)."""
    import datetime as dt

    from hf_rules.rules.checks.chair_term import _term_end
    from hf_rules.rules.checks.meeting_frequency import _month_end, _share_of_year

    assert _month_end(9999, 12) == dt.date(9999, 12, 31) and _month_end(1, 1) == dt.date(1, 1, 31)
    assert _share_of_year(dt.date(9999, 7, 1), dt.date(9999, 12, 31)) == 0.5
    assert _term_end(dt.date(9998, 1, 1), 2) == dt.date(9999, 12, 31)
    assert _term_end(dt.date(9999, 1, 1), 2) is None and _term_end(dt.date(9998, 3, 1), 2) is None
    assert _term_end(dt.date(2024, 2, 29), 1) == dt.date(2025, 2, 28)
    assert _term_end(dt.date(1, 1, 1), 1) == dt.date(1, 12, 31)


def _run(*args: str) -> tuple[int, str]:
    run = run_cli(*args, hang_seconds=HANG_SECONDS)
    return run.code, run.both


def test_audit_of_a_chair_period_until_9999_12_31(workdir: Path) -> None:
    """The HTML timeline reaches the end of the calendar without stepping past it."""
    folder = workdir / "oslo"
    shutil.copytree(OSLO, folder)
    plan = folder / SSU
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("to: 2026-12-31, party: ous}", "to: 9999-12-31, party: ous}"),
        encoding="utf-8",
    )
    for report in ("report.html", "report.md"):
        code, output = _run("audit", "--no-config", "--as-of", "2026-06-01", "-o", str(workdir / report), str(folder))
        assert code in (0, 1), output
        assert "9999-12-31" in (workdir / report).read_text(encoding="utf-8")


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses file names that are not UTF-8")
@pytest.mark.parametrize("output_format", ["text", "json", "sarif", "junit", "github"])
def test_a_file_name_that_is_not_utf8_is_shown_escaped(workdir: Path, output_format: str) -> None:
    folder = workdir / "oslo"
    shutil.copytree(OSLO, folder)
    (folder / ORG).rename(folder.joinpath(b"org\xff.yaml".decode("utf-8", "surrogateescape")))
    code, output = _run("check", "--no-config", "--format", output_format, str(folder))
    assert code == 0, output
    assert "Traceback" not in output and "internal error" not in output
    if output_format in ("text", "json"):  # the formats that list every file
        assert "org\\udcff.yaml" in output
    if output_format == "json":
        import json

        assert "org\udcff.yaml" in [Path(f["path"]).name for f in json.loads(output)["files"]]
    html = workdir / "report.html"
    code, output = _run("audit", "--no-config", "-o", str(html), str(folder))
    assert code == 0 and "org\\udcff.yaml" in html.read_text(encoding="utf-8")
