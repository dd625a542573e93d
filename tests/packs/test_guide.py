"""docs/writing-a-pack.md stays true.

The guide walks through the bundled Finnmark pack. Every snippet marked ``<!-- from: PATH -->`` is
text of PATH (whole lines, in order), and its YAML parses; every command block marked
``<!-- run: exit N -->`` exits N when run from the repository root; every block marked
``<!-- output of: COMMAND -->`` is an excerpt of what COMMAND prints (each line, in order); and the
draft pack-test case prints the output the guide shows for it.
"""

from __future__ import annotations

import re
import shlex
import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from hf_rules.app.packtests import run_tests
from tests.conftest import Run
from tests.support import ROOT

Hf = Callable[..., Run]

GUIDE = ROOT / "docs" / "writing-a-pack.md"
BLOCK = re.compile(r"<!-- (?P<marker>[^\n]*?) -->\n```(?P<lang>\w*)\n(?P<body>.*?)\n```", re.S)
FINNMARK = ROOT / "fixtures" / "communities" / "finnmark"


def blocks(prefix: str) -> list[tuple[str, str, str]]:
    text = GUIDE.read_text(encoding="utf-8")
    return [
        (m["marker"][len(prefix) :].strip(), m["lang"], m["body"])
        for m in BLOCK.finditer(text)
        if m["marker"].startswith(prefix)
    ]


def is_excerpt(excerpt: list[str], lines: list[str]) -> bool:
    """Every line of ``excerpt`` is a line of ``lines``, in the same order."""
    rest = iter(lines)
    return all(any(line == candidate for candidate in rest) for line in excerpt)


SNIPPETS = blocks("from: ")


def test_the_guide_has_snippets_commands_and_outputs() -> None:
    assert len(SNIPPETS) >= 10
    assert len(blocks("run: ")) >= 4
    assert len(blocks("output of: ")) >= 4


@pytest.mark.parametrize(("path", "lang", "body"), SNIPPETS, ids=[f"{p}#{i}" for i, (p, _, _) in enumerate(SNIPPETS)])
def test_snippet_is_text_of_its_file(path: str, lang: str, body: str) -> None:
    lines = (ROOT / path).read_text(encoding="utf-8").splitlines()
    snippet = body.splitlines()
    starts = [i for i in range(len(lines)) if lines[i : i + len(snippet)] == snippet]
    assert starts, f"the guide's snippet from {path} is not text of it:\n{body}"
    if lang == "yaml":
        YAML(typ="safe", pure=True).load(textwrap.dedent(body))


def _run(hf: Hf, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, command: str) -> Run:
    args = shlex.split(command)
    assert args[0] == "hf-rules", command
    args = args[1:]
    if "--output" in args:  # written to a temporary folder, not into the checkout
        at = args.index("--output") + 1
        args[at] = str(tmp_path / Path(args[at]).name)
    monkeypatch.chdir(ROOT)
    return hf(*args)


@pytest.mark.parametrize(("marker", "body"), [(m, b) for m, _, b in blocks("run: ")])
def test_command_exits_as_the_guide_says(
    hf: Hf, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, marker: str, body: str
) -> None:
    expected = int(marker.removeprefix("exit "))
    for command in body.splitlines():
        run = _run(hf, monkeypatch, tmp_path, command)
        assert run.code == expected, f"{command}\n{run.out}{run.err}"


@pytest.mark.parametrize(("command", "body"), [(m, b) for m, _, b in blocks("output of: ")])
def test_output_is_what_the_command_prints(
    hf: Hf, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, command: str, body: str
) -> None:
    run = _run(hf, monkeypatch, tmp_path, command)
    assert is_excerpt(body.splitlines(), run.out.splitlines()), f"{command} printed:\n{run.out}"


def test_the_draft_case_prints_what_the_guide_shows(tmp_path: Path) -> None:
    (draft,) = [b for _, _, b in blocks("draft-case")]
    (shown,) = [b for _, _, b in blocks("output of the draft case")]
    case = draft.replace("from: ../organisation.yaml", f"from: {FINNMARK / 'organisation.yaml'}")
    path = tmp_path / "draft.yaml"
    path.write_text(
        "apiVersion: hf-rules/v1\nkind: PackTest\nmetadata:\n  id: draft\n"
        f"  pack: {FINNMARK / 'pack.yaml'}\ncases:\n{case}\n",
        encoding="utf-8",
    )
    output, code = run_tests([str(path)])
    assert code == 1
    assert is_excerpt(shown.splitlines(), output.splitlines()), output


def test_accepting_the_draft_case_writes_the_case_the_guide_shows(tmp_path: Path) -> None:
    """``hf-rules test --accept`` on the draft gives, byte for byte, the case the guide shows next
    (and ships in the Finnmark tests)."""
    (draft,) = [b for _, _, b in blocks("draft-case")]
    (finished,) = [b for p, _, b in SNIPPETS if "name: finnmark-pm-gp-as-member" in b]
    head = (
        f"apiVersion: hf-rules/v1\nkind: PackTest\nmetadata:\n  id: draft\n  pack: {FINNMARK / 'pack.yaml'}\ncases:\n"
    )
    path = tmp_path / "draft.yaml"
    shutil.copy(FINNMARK / "organisation.yaml", tmp_path / "organisation.yaml")
    path.write_text(head + draft.replace("../organisation.yaml", "organisation.yaml") + "\n", encoding="utf-8")
    output, code = run_tests([str(path)], pattern="gp-as-member", accept=True)
    assert code == 0, output
    accepted = (
        path.read_text(encoding="utf-8")
        .removeprefix(head)
        .replace("from: organisation.yaml", "from: ../organisation.yaml")
    )
    assert accepted == finished + "\n"


def test_the_guide_is_linked_where_authors_look() -> None:
    for page in (ROOT / "README.md", ROOT / "docs" / "rule-packs.md"):
        assert "writing-a-pack.md" in page.read_text(encoding="utf-8"), page
