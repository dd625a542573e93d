"""The checker never opens a network connection, and no input or rule file can make code run.

Sockets are blocked (``socket.socket.connect``, ``socket.create_connection`` and
``socket.getaddrinfo`` raise) while every command runs on the Oslo example. YAML tags that
would construct Python objects are refused in documents, rule packs and config files (exit 2,
nothing executed), and rule-pack message placeholders are plain names filled by substitution,
never ``str.format``: attribute or index look-ups are refused at load or shown literally.
"""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import AS_OF, OSLO, Run

ERROR_LINE = re.compile(r"^.+:\d+:\d+: error: .+$")


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(name: str) -> Callable[..., object]:
        def blocked(*args: object, **kwargs: object) -> object:
            attempts.append(f"{name}{args!r}")
            raise NetworkUsed(f"network access attempted: {name}{args!r}")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
    return attempts


def _ok(run: Run, attempts: list[str], codes: tuple[int, ...] = (0,)) -> None:
    assert not attempts, attempts
    assert run.code in codes, run.both
    assert "Traceback" not in run.both and "internal error" not in run.both


def test_blocking_works(no_network: list[str]) -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 80))
    no_network.clear()


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit", "github"])
def test_check_opens_no_connection(hf: Callable[..., Run], oslo: Path, no_network: list[str], fmt: str) -> None:
    _ok(hf("check", str(oslo), "--as-of", AS_OF, "--format", fmt), no_network)


def test_validate_opens_no_connection(hf: Callable[..., Run], oslo: Path, no_network: list[str]) -> None:
    _ok(hf("validate", str(oslo)), no_network)


@pytest.mark.parametrize("suffix", ["html", "md"])
def test_audit_opens_no_connection(
    hf: Callable[..., Run], oslo: Path, tmp_path: Path, no_network: list[str], suffix: str
) -> None:
    report = tmp_path / f"report.{suffix}"
    _ok(hf("audit", str(oslo), "--as-of", AS_OF, "-o", str(report)), no_network)
    text = report.read_text(encoding="utf-8")
    if suffix == "html":  # the report itself loads nothing from the network either
        assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", text, re.IGNORECASE)
        assert "<script" not in text.lower()


@pytest.mark.parametrize(
    "args",
    [
        ("rules",),
        ("rules", "--format", "json"),
        ("explain", "OSLO-SSU-OBSERVERS"),
        ("coverage",),
        ("coverage", "--format", "json"),
        ("schema",),
        ("schema", "organisation"),
    ],
)
def test_catalogue_commands_open_no_connection(
    hf: Callable[..., Run], no_network: list[str], args: tuple[str, ...]
) -> None:
    _ok(hf(*args, "--no-config") if args[0] != "schema" else hf(*args), no_network, (0, 1))


def test_schema_output_opens_no_connection(hf: Callable[..., Run], tmp_path: Path, no_network: list[str]) -> None:
    _ok(hf("schema", "--output", str(tmp_path / "schemas")), no_network)
    assert list((tmp_path / "schemas").glob("*.schema.json"))


# --- no code execution ---------------------------------------------------------------------------

PAYLOADS = [
    "!!python/object/apply:os.system ['touch {marker}']",
    "!!python/object/new:os.system ['touch {marker}']",
    "!!python/object/apply:subprocess.check_call [['touch', '{marker}']]",
    "!!python/name:os.system",
    "!!python/module:os",
    "!<tag:yaml.org,2002:python/object/apply:os.system> ['touch {marker}']",
    "!!python/object:__main__.Evil {{x: 1}}",
]


def _assert_refused(run: Run, marker: Path) -> None:
    assert run.code == 2, run.both
    assert "Traceback" not in run.both and "internal error" not in run.both
    errors = [line for line in run.both.splitlines() if ": error:" in line]
    assert errors and all(ERROR_LINE.match(line) for line in errors), run.both
    assert any("ikke tillatt" in line for line in errors), run.both  # bokmål: 'is not allowed'
    assert not marker.exists()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_python_tags_in_a_document_run_nothing(
    hf: Callable[..., Run], oslo: Path, tmp_path: Path, payload: str
) -> None:
    marker = tmp_path / "PWNED"
    org = oslo / "organisation.yaml"
    text = org.read_text(encoding="utf-8")
    org.write_text(
        text.replace("  name: Helsefellesskap Oslo\n", f"  name: {payload.format(marker=marker)}\n", 1),
        encoding="utf-8",
    )
    _assert_refused(hf("check", str(oslo), "--as-of", AS_OF, "--brief"), marker)


@pytest.mark.parametrize("payload", PAYLOADS[:3])
def test_python_tags_in_a_rule_pack_run_nothing(hf: Callable[..., Run], tmp_path: Path, payload: str) -> None:
    marker = tmp_path / "PWNED"
    pack = tmp_path / "evil.yaml"
    pack.write_text(
        "apiVersion: hf-rules/v1\nkind: RulePack\nmetadata:\n"
        f"  id: evil\n  version: {payload.format(marker=marker)}\n"
        "  name: {nb: Ond, en: Evil}\n  extends: [national]\nrules: []\n",
        encoding="utf-8",
    )
    _assert_refused(hf("check", str(OSLO), "--rules", str(pack), "--as-of", AS_OF, "--brief"), marker)
    _assert_refused(hf("rules", "--rules", str(pack)), marker)


def test_python_tags_in_a_config_file_run_nothing(hf: Callable[..., Run], oslo: Path, tmp_path: Path) -> None:
    marker = tmp_path / "PWNED"
    (tmp_path / ".hf-rules.yaml").write_text(f"rules: {PAYLOADS[0].format(marker=marker)}\n", encoding="utf-8")
    _assert_refused(hf("check", str(oslo), "--as-of", AS_OF, "--brief"), marker)


PACK = """\
apiVersion: hf-rules/v1
kind: RulePack
metadata:
  id: mine
  version: 1.0.0
  name: {{nb: Min pakke, en: My pack}}
  extends: [national]
rules:
  - id: MINE-FREQUENCY
    title: {{nb: Møtefrekvens, en: Meeting frequency}}
    message:
      nb: "{message}"
      en: "{message}"
    hint: {{nb: Sett meetings_per_year., en: Set meetings_per_year.}}
    severity: error
    source:
      document: helsenorge-fastlege
      quote: Det skal sikres bruker – ansatte - og fastlegerepresentasjon på alle nivåer
    obligations: [O21]
    applies_to: {{kind: forum, type: [partnerskapsmote]}}
    check:
      function: declared_frequency
      options:
        min: 99
"""


@pytest.mark.parametrize("placeholder", ["{__class__}", "{__init__}", "{__globals__}"])
def test_dunder_placeholders_are_refused_at_load(hf: Callable[..., Run], tmp_path: Path, placeholder: str) -> None:
    pack = tmp_path / "mine.yaml"
    pack.write_text(PACK.format(message=f"{{subject_name}} {placeholder}"), encoding="utf-8")
    run = hf("check", str(OSLO), "--rules", str(pack), "--as-of", AS_OF, "--brief")
    assert run.code == 2, run.both
    assert (
        f"{pack}:12:11: error: regel MINE-FREQUENCY: plassholderen {placeholder} fylles ikke av 'declared_frequency'"
        in run.both
    )


def test_format_field_look_ups_are_shown_literally(hf: Callable[..., Run], tmp_path: Path) -> None:
    tricky = "{0.__init__} {subject_name.__class__} {subject_name[0]} {0} {!r} {}"
    pack = tmp_path / "mine.yaml"
    pack.write_text(PACK.format(message=f"{{subject_name}}: {tricky}"), encoding="utf-8")
    run = hf("check", str(OSLO), "--rules", str(pack), "--as-of", AS_OF, "--format", "json")
    assert run.code == 1, run.both
    messages = [f["message"] for f in json.loads(run.out)["findings"] if f["rule"] == "MINE-FREQUENCY"]
    assert messages == [f"Partnerskapsmøtet: {tricky}"]


# --- side effects: check writes nothing; audit writes its report atomically -------------------------


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_check_and_validate_write_no_file(hf: Callable[..., Run], oslo: Path, tmp_path: Path) -> None:
    before = _tree(tmp_path)
    for args in (
        ("check", str(oslo), "--as-of", AS_OF),
        ("check", str(oslo), "--format", "sarif"),
        ("validate", str(oslo)),
    ):
        assert hf(*args).code == 0
    assert _tree(tmp_path) == before


def test_audit_report_is_replaced_atomically(hf: Callable[..., Run], oslo: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    report.write_text("old report", encoding="utf-8")
    assert hf("audit", str(oslo), "--as-of", AS_OF, "-o", str(report)).code == 0
    assert report.read_text(encoding="utf-8").startswith("<!DOCTYPE html>") or "<html" in report.read_text(
        encoding="utf-8"
    )
    assert not list(tmp_path.glob(".report.html.tmp-*"))


def test_audit_that_cannot_write_leaves_no_partial_file(
    hf: Callable[..., Run], oslo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hf_rules.app.run

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(hf_rules.app.run.os, "replace", fail)  # the rename fails after the temporary file is written
    report = tmp_path / "report.html"
    report.write_text("old report", encoding="utf-8")
    run = hf("audit", str(oslo), "--as-of", AS_OF, "-o", str(report))
    assert run.code == 2, run.both
    assert "kan ikke skrive rapporten" in run.both and "Traceback" not in run.both
    assert not list(tmp_path.glob(".report.html.tmp-*"))
    assert report.read_text(encoding="utf-8") == "old report"
