"""Issue 13: every text from input is escaped for the format it lands in.

A forum name, a waiver's reason and approval, a person's name and a file name carry newlines,
``%``, ``::`` (GitHub workflow commands), ``,``, control characters, ANSI and OSC sequences
(clear screen, window title, clipboard) and markup; they go through text, GitHub, JSON,
SARIF, JUnit, HTML and Markdown, with and without ``--redact``.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import AS_OF, SUNNAAS_OBSERVER, copy_oslo, edit, run_cli, write_waiver

HOSTILE = "Evil\\n::error file=x::pwned %0A 50% a,b \\e[2J\\e]0;title\\a\\e]52;c;Y2xpcA==\\a <script>&amp; `x` \\x9b31m"
"""As a YAML double-quoted scalar: a newline, ESC sequences, BEL, a C1 CSI, markup."""
RAW = "Evil\n::error file=x::pwned %0A 50% a,b \x1b[2J\x1b]0;title\x07\x1b]52;c;Y2xpcA==\x07 <script>&amp; `x` \x9b31m"
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    oslo = copy_oslo(tmp_path / "oslo")
    org = oslo / "organisation.yaml"
    edit(org, SUNNAAS_OBSERVER, "")
    edit(org, "    name: Strategisk samarbeidsutvalg\n", f'    name: "{HOSTILE}"\n')
    waiver = write_waiver(oslo, subject="partnerskapsmote", rule="OSLO-PM-OBSERVERS")
    edit(waiver, "reason: Sunnaas deltar fra høsten 2026 etter avtale", f'reason: "{HOSTILE}"')
    (oslo / "odd\n::warning ::name\x1b[31m.yaml").write_text("apiVersion: hf-rules/v1\nkind: [\n", encoding="utf-8")
    return oslo


def _strings(data: object) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for value in data.values() for s in _strings(value)]
    if isinstance(data, list):
        return [s for value in data for s in _strings(value)]
    return []


def _run(*args: str) -> tuple[int, str]:
    done = run_cli(*list(args), hang_seconds=30)
    code, text = done.code, done.both
    assert code in (1, 2), text
    assert "Traceback" not in text
    return code, text


@pytest.mark.parametrize("redact", [[], ["--redact"]], ids=["plain", "redact"])
def test_text_output_holds_no_control_character_and_no_injected_line(hostile: Path, redact: list[str]) -> None:
    _, text = _run("check", "--no-config", "--as-of", AS_OF, *redact, "oslo")
    assert CONTROL.search(text) is None
    assert not any(line.startswith("::") for line in text.splitlines())
    assert "Evil\\n::error file=x::pwned" in text  # shown, escaped


def test_github_output_holds_no_injected_command(hostile: Path) -> None:
    _, text = _run("check", "--no-config", "--as-of", AS_OF, "--format", "github", "oslo")
    assert CONTROL.search(text) is None
    lines = text.splitlines()
    assert all(re.match(r"::(error|warning|notice) ", line) for line in lines[:-1]), lines
    assert "%0A%3A%3Awarning %3A%3Aname" in text  # the file name, as a property
    assert "Evil%0A::error file=x::pwned %250A 50%25" in text  # the forum name, in a message


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_json_and_sarif_keep_the_text_exactly(hostile: Path, fmt: str) -> None:
    _, text = _run("check", "--no-config", "--as-of", AS_OF, "--format", fmt, "oslo")
    data = json.loads(text)
    assert any(RAW in each for each in _strings(data))  # JSON escapes; the reader gets it exactly


def test_junit_is_well_formed_xml(hostile: Path) -> None:
    _, text = _run("check", "--no-config", "--as-of", AS_OF, "--format", "junit", "oslo")
    ET.fromstring(text.encode("utf-8"))
    assert "\x1b" not in text and "\x07" not in text


@pytest.mark.parametrize("redact", [[], ["--redact"]], ids=["plain", "redact"])
def test_html_and_markdown_escape_markup_and_controls(hostile: Path, redact: list[str]) -> None:
    _run("audit", "--no-config", "--as-of", AS_OF, *redact, "-o", "r.html", "oslo")
    html = Path("r.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "&amp;amp;" in html
    assert CONTROL.search(html) is None
    _, markdown = _run("audit", "--no-config", "--as-of", AS_OF, *redact, "oslo")
    assert "<script>" not in markdown
    assert CONTROL.search(markdown) is None
    assert not any(line.startswith("::") for line in markdown.splitlines())


@pytest.mark.parametrize("name", ["true", "null", "version", "&", "amp", "0", "error"])
def test_redacting_a_name_that_is_a_word_of_the_format_keeps_every_format_valid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.chdir(tmp_path)
    oslo = copy_oslo(tmp_path / "oslo")
    org = oslo / "organisation.yaml"
    edit(org, SUNNAAS_OBSERVER, "")
    text = org.read_text(encoding="utf-8")
    person = re.search(r"person: ([^,}\n]+)", text)
    assert person is not None
    org.write_text(text.replace(person.group(0), f'person: "{name}"', 1), encoding="utf-8")
    for fmt in ("json", "sarif"):
        _, out = _run("check", "--no-config", "--as-of", AS_OF, "--redact", "--format", fmt, "oslo")
        json.loads(out)
    _, out = _run("check", "--no-config", "--as-of", AS_OF, "--redact", "--format", "junit", "oslo")
    ET.fromstring(out.encode("utf-8"))
    _run("audit", "--no-config", "--as-of", AS_OF, "--redact", "-o", "r.html", "oslo")
    html = Path("r.html").read_text(encoding="utf-8")
    assert "&amp;" not in html or "&amp;amp" not in html
    assert html.startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    "args",
    [["rules"], ["coverage"], ["explain", "OSLO-PARTICIPANTS"]],
    ids=["rules", "coverage", "explain"],
)
def test_catalogue_commands_show_a_packs_control_characters_escaped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    from tests.support import ROOT

    monkeypatch.chdir(tmp_path)
    pack = (ROOT / "rules" / "oslo.yaml").read_text(encoding="utf-8")
    old = "      nb: Alle deltakergrupper er med\n"
    assert pack.count(old) == 1
    Path("pack.yaml").write_text(
        pack.replace(old, '      nb: "Alle\\e]0;title\\a\\e[2J med\\nny linje"\n'), encoding="utf-8"
    )
    done = run_cli(*[*args, "--no-config", "--rules", "pack.yaml"], hang_seconds=30)
    code, text = done.code, done.both
    assert code in (0, 1), text
    assert CONTROL.search(text) is None
    if args[0] != "coverage":  # coverage lists obligations, not rule titles
        assert "Alle\\x1b]0;title\\x07\\x1b[2J med" in text
