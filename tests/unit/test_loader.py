"""Tests for hf_rules.yaml.loader: bad input gives one located InputError, good input keeps positions."""

from __future__ import annotations

import math
import random
from pathlib import Path

import pytest

from hf_rules.core.errors import InputError, Location
from hf_rules.yaml.loader import Document, Limits, load_yaml_bytes, load_yaml_file
from tests.support import FIXTURES

BAD_INPUT = FIXTURES / "bad-input"

# file name -> (line, column, part of the message); line 0 / column 0 means "the whole file".
BAD_FILES: dict[str, tuple[int, int, str]] = {
    "bad-indent.yaml": (3, 2, "expected <block end>, but found '<block mapping start>'"),
    "billion-laughs.yaml": (6, 11, "expands to more than 200000 nodes (alias expansion)"),
    "binary.yaml": (0, 0, "file looks binary (NUL byte at offset 8)"),
    "bom.yaml": (1, 1, "starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM"),
    "comment-only.yaml": (0, 0, "only comments or directives; expected a YAML mapping document"),
    "control-char.yaml": (2, 10, "control character U+0007"),
    "custom-tag.yaml": (2, 11, "YAML tag '!secret' is not allowed; hf-rules documents use"),
    "deep-nesting.yaml": (1, 71, "nest more than 64 levels deep; expected at most 64"),
    "duplicate-key.yaml": (4, 3, "duplicate key 'name' (first defined at line 3); each key"),
    "empty.yaml": (0, 0, "file is empty; expected a YAML mapping document"),
    "invalid-date.yaml": (2, 12, "invalid date '2025-02-30': day is out of range for month; expected YYYY-MM-DD"),
    "invalid-datetime.yaml": (2, 13, "invalid date '2025-03-01T24:30:00': hour must be in 0..23"),
    "latin1.yaml": (2, 8, "not valid UTF-8 (byte 0xe6 at line 2, column 8); save it as UTF-8"),
    "list-key.yaml": (2, 1, "mapping key must be a string, got a list"),
    "mapping-in-value.yaml": (1, 10, "invalid YAML: mapping values are not allowed here"),
    "merge-key.yaml": (3, 3, "merge keys ('<<') are not supported"),
    "multi-doc.yaml": (2, 1, "file holds several YAML documents; expected exactly one"),
    "non-string-key.yaml": (2, 1, "mapping key must be a string, got an integer"),
    "python-tag.yaml": (1, 8, "YAML tag '!!python/object/apply:os.system' is not allowed"),
    "recursive-alias.yaml": (2, 17, "alias refers to a mapping or list that contains it"),
    "set-tag.yaml": (1, 10, "YAML tag '!!set' is not allowed"),
    "tab-indent.yaml": (3, 1, "found character '\\t' that cannot start any token; use spaces, not tabs"),
    "top-level-list.yaml": (1, 1, "expected a mapping at the top of the document, got a list"),
    "top-level-scalar.yaml": (1, 1, "expected a mapping at the top of the document, got a string"),
    "unclosed-bracket.yaml": (
        2,
        6,
        "expected ',' or ']', but got ':' (while parsing a flow sequence started at line 1, column 11)",
    ),
    "unclosed-quote.yaml": (
        4,
        1,
        "found unexpected end of stream (while scanning a quoted scalar started at line 2, column 9)",
    ),
    "undefined-alias.yaml": (2, 8, "found undefined alias 'chairperson'"),
    "utf16.yaml": (0, 0, "file is UTF-16 encoded; save it as UTF-8"),
    "whitespace-only.yaml": (0, 0, "file is empty; expected a YAML mapping document"),
    "yaml-version.yaml": (2, 1, "'%YAML 1.1' is not supported"),
}


def _error(raw: bytes, limits: Limits = Limits()) -> InputError:
    with pytest.raises(InputError) as info:
        load_yaml_bytes(raw, "doc.yaml", limits)
    return info.value


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_input_is_reported_at_its_position(name: str) -> None:
    line, column, text = BAD_FILES[name]
    with pytest.raises(InputError) as info:
        load_yaml_file(BAD_INPUT / name, f"bad-input/{name}")
    error = info.value
    assert error.location == Location(f"bad-input/{name}", line, column)
    assert text in error.message
    assert "\n" not in error.message


def test_every_bad_input_file_is_in_the_table() -> None:
    assert sorted(p.name for p in BAD_INPUT.iterdir()) == sorted(BAD_FILES)


def test_good_fixtures_load() -> None:
    paths = sorted((FIXTURES / "oslo").glob("*.yaml"))
    assert paths
    for path in paths:
        document = load_yaml_file(path)
        assert isinstance(document.data, dict)
        assert document.path == str(path)


SAMPLE = b"""\
# Forum setup
name: Oslo
members:
  - id: ous
    role: chair
  - id: ahus
dates: {start: 2025-01-01, end: 2025-12-31}
"""


def test_positions_of_values_and_keys() -> None:
    document = load_yaml_bytes(SAMPLE, "sample.yaml")
    assert document.path == "sample.yaml"
    assert document.data == {
        "name": "Oslo",
        "members": [{"id": "ous", "role": "chair"}, {"id": "ahus"}],
        "dates": {"start": "2025-01-01", "end": "2025-12-31"},
    }
    assert document.positions == {
        (): (2, 1),
        ("name",): (2, 7),
        ("members",): (4, 3),
        ("members", 0): (4, 5),
        ("members", 0, "id"): (4, 9),
        ("members", 0, "role"): (5, 11),
        ("members", 1): (6, 5),
        ("members", 1, "id"): (6, 9),
        ("dates",): (7, 8),
        ("dates", "start"): (7, 16),
        ("dates", "end"): (7, 33),
    }
    assert document.key_positions == {
        ("name",): (2, 1),
        ("members",): (3, 1),
        ("members", 0, "id"): (4, 5),
        ("members", 0, "role"): (5, 5),
        ("members", 1, "id"): (6, 5),
        ("dates",): (7, 1),
        ("dates", "start"): (7, 9),
        ("dates", "end"): (7, 28),
    }


def test_location_prefers_the_node_then_walks_up_to_an_ancestor() -> None:
    document = load_yaml_bytes(SAMPLE, "sample.yaml")
    assert document.location(("members", 0, "role")) == Location("sample.yaml", 5, 11)
    assert document.location(("members", 0, "role"), key=True) == Location("sample.yaml", 5, 5)
    assert document.location(("members", 1, "role")) == Location("sample.yaml", 6, 5)
    assert document.location(("members", 7, "id")) == Location("sample.yaml", 4, 3)
    assert document.location(("members", 7, "id"), key=True) == Location("sample.yaml", 3, 1)
    assert document.location(("nothing", "here")) == Location("sample.yaml", 2, 1)
    assert document.location((), key=True) == Location("sample.yaml", 2, 1)
    unhashable: tuple = ("members", ["not", "hashable"])
    assert document.location(unhashable) == Location("sample.yaml", 4, 3)
    assert Document("x.yaml", {}, {}, {}).location(("a",)) == Location("x.yaml", 0, 0)


def test_alias_positions_point_at_the_alias() -> None:
    document = load_yaml_bytes(b"base: &b {x: 1}\ncopy: *b\n", "a.yaml")
    assert document.data == {"base": {"x": 1}, "copy": {"x": 1}}
    assert document.positions[("copy",)] == (2, 7)
    assert document.positions[("copy", "x")] == (1, 14)  # inside the anchored mapping
    assert document.key_positions[("copy", "x")] == (1, 11)


def test_scalar_types() -> None:
    raw = (
        b"date: 2025-01-01\nstamp: 2025-01-01T10:00:00+01:00\nyes_word: yes\noff: off\n"
        b"count: 1_000\noctal: 0o14\nhex: 0x1F\nneg: -7\nleading_zero: 012\n"
        b"ratio: 1.5\nbig: 1e3\ninf: .inf\nnan: .nan\nflag: true\nFlag: False\n"
        b"nothing: ~\nempty:\nnull_word: null\nquoted: '12'\nexplicit: !!str 2025-01-01\n"
        b"equals: =\nchevrons: <<\n"
    )
    data = load_yaml_bytes(raw, "t.yaml").data
    expected = {
        "date": "2025-01-01",
        "stamp": "2025-01-01T10:00:00+01:00",
        "yes_word": "yes",
        "off": "off",
        "count": 1000,
        "octal": 12,
        "hex": 31,
        "neg": -7,
        "leading_zero": 12,
        "ratio": 1.5,
        "big": 1000.0,
        "flag": True,
        "Flag": False,
        "nothing": None,
        "empty": None,
        "null_word": None,
        "quoted": "12",
        "explicit": "2025-01-01",
        "equals": "=",
        "chevrons": "<<",
    }
    assert {key: data[key] for key in expected} == expected
    for key, value in expected.items():
        assert type(data[key]) is type(value), key
    assert data["inf"] == math.inf
    assert math.isnan(data["nan"])


def test_date_keys_are_strings_and_alias_keys_are_checked_for_duplicates() -> None:
    assert load_yaml_bytes(b"2025-01-01: new year\n", "d.yaml").data == {"2025-01-01": "new year"}
    error = _error(b"a: &k name\nname: 1\n*k : 2\n")
    assert (error.location.line, error.location.column) == (3, 1)
    assert "duplicate key 'name' (first defined at line 2)" in error.message


@pytest.mark.parametrize(
    ("raw", "position", "text"),
    [
        (b"a: !!int abc\n", (1, 4), "'abc' is not an integer; expected digits such as 42"),
        (b"a: !!bool yes\n", (1, 4), "'yes' is not a boolean; expected true or false"),
        (b"a: !!float x\n", (1, 4), "'x' is not a number"),
        (b"a: -_\n", (1, 4), "'-_' is not an integer"),
        (b"a: !!binary aGk=\n", (1, 4), "YAML tag '!!binary' is not allowed"),
        (b"a: !!omap [b: 1]\n", (1, 4), "YAML tag '!!omap' is not allowed"),
        (b"a: !<tag:example.com,2000:x> 1\n", (1, 4), "YAML tag '!<tag:example.com,2000:x>'"),
        (b"%TAG !! tag:evil.com,2000:\n---\na: !!str 1\n", (3, 4), "is not allowed"),
        (b"!!python/name:os.system x: 1\n", (1, 1), "YAML tag '!!python/name:os.system'"),
        (b"a: 2025-13-01\n", (1, 4), "invalid date '2025-13-01': month must be in 1..12"),
        (b"a: 2025-01-01 10:00:00 +25:00\n", (1, 4), "time zone offset out of range"),
        (b"? {a: 1}\n: x\n", (1, 3), "mapping key must be a string, got a mapping"),
        (b"true: x\n", (1, 1), "mapping key must be a string, got a boolean"),
        (b"~: x\n", (1, 1), "mapping key must be a string, got null"),
        (b"a: " + b"9" * 5000 + b"\n", (1, 4), "has 5000 digits; expected a shorter number"),
    ],
)
def test_bad_values(raw: bytes, position: tuple[int, int], text: str) -> None:
    error = _error(raw)
    assert (error.location.line, error.location.column) == position
    assert text in error.message


def test_version_directive_ruamel_cannot_handle_is_still_an_input_error() -> None:
    error = _error(b"%YAML 1.3\n---\na: 1\n")  # ruamel raises AssertionError here
    assert error.location == Location("doc.yaml", 0, 0)
    assert "invalid YAML" in error.message


def test_reused_anchor_is_allowed_without_warning() -> None:
    # pytest turns warnings into errors here, so a ruamel warning would fail this test
    assert load_yaml_bytes(b"a: &x 1\nb: &x 2\nc: *x\n", "d.yaml").data == {"a": 1, "b": 2, "c": 2}


def test_max_bytes() -> None:
    assert load_yaml_bytes(b"a: 123456\n", "d.yaml", Limits(max_bytes=10)).data == {"a": 123456}
    error = _error(b"a: 1234567\n", Limits(max_bytes=10))
    assert error.location == Location("doc.yaml", 0, 0)
    assert error.message == "file is 11 bytes, over the limit of 10 bytes"


def test_max_bytes_when_reading_a_file(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a: " + b"x" * 97)
    with pytest.raises(InputError) as info:
        load_yaml_file(path, "big.yaml", Limits(max_bytes=50))
    assert info.value.location == Location("big.yaml", 0, 0)
    assert info.value.message == "file is 100 bytes, over the limit of 50 bytes"


def test_max_depth() -> None:
    assert load_yaml_bytes(b"a: {b: [1]}\n", "d.yaml", Limits(max_depth=3)).data == {"a": {"b": [1]}}
    error = _error(b"a: {b: [1]}\n", Limits(max_depth=2))
    assert (error.location.line, error.location.column) == (1, 8)
    assert error.message == "mappings and lists nest more than 2 levels deep; expected at most 2"


def test_max_depth_counts_nesting_reached_through_an_alias() -> None:
    raw = b"x: &x [[1]]\ny: {z: *x}\n"  # y.z.0 is four levels deep, but only after expansion
    assert load_yaml_bytes(raw, "d.yaml", Limits(max_depth=4)).data["y"] == {"z": [[1]]}
    error = _error(raw, Limits(max_depth=3))
    assert (error.location.line, error.location.column) == (1, 8)
    assert "nest more than 3 levels deep" in error.message


def test_max_nodes_without_aliases() -> None:
    raw = b"a: [1, 2, 3]\n"  # root, key, list, three items: six nodes
    assert load_yaml_bytes(raw, "d.yaml", Limits(max_nodes=6)).data == {"a": [1, 2, 3]}
    error = _error(raw, Limits(max_nodes=5))
    assert (error.location.line, error.location.column) == (1, 11)
    assert error.message == "document expands to more than 5 nodes; refusing to load"


def test_max_nodes_counts_alias_expansion() -> None:
    raw = b"a: &a [1, 2]\nb: *a\nc: *a\n"  # 7 nodes as written, 13 once expanded
    assert load_yaml_bytes(raw, "d.yaml", Limits(max_nodes=13)).data["c"] == [1, 2]
    error = _error(raw, Limits(max_nodes=8))
    assert (error.location.line, error.location.column) == (2, 4)
    assert "more than 8 nodes (alias expansion); refusing to load" in error.message


def test_billion_laughs_is_refused() -> None:
    lines = [b"l0: &l0 [" + b",".join([b"lol"] * 10) + b"]\n"]
    lines += [b"l%d: &l%d [%s]\n" % (i, i, b",".join([b"*l%d" % (i - 1)] * 10)) for i in range(1, 12)]
    error = _error(b"".join(lines))  # 10**12 strings if it were expanded
    assert error.message == ("document expands to more than 200000 nodes (alias expansion); refusing to load")


def test_deep_flow_nesting_never_recurses_out() -> None:
    error = _error(b"a: " + b"[" * 20_000)  # the 64th "[" is the 65th level, at column 3 + 64
    assert (error.location.line, error.location.column) == (1, 67)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    for path in (tmp_path / "missing.yaml", tmp_path):
        with pytest.raises(InputError) as info:
            load_yaml_file(path)
        assert info.value.location == Location(str(path), 0, 0)
        assert info.value.message.startswith("cannot read file: ")
    with pytest.raises(InputError) as info:
        load_yaml_file(tmp_path / "missing.yaml", "shown.yaml")
    assert info.value.location == Location("shown.yaml", 0, 0)
    assert "No such file or directory" in info.value.message


def test_load_yaml_file_uses_display_path(tmp_path: Path) -> None:
    path = tmp_path / "forum.yaml"
    path.write_bytes(b"forum: lsu\n")
    document = load_yaml_file(path, "rules/forum.yaml")
    assert document.path == "rules/forum.yaml"
    assert document.location(("forum",)) == Location("rules/forum.yaml", 1, 8)


def test_mangled_input_only_ever_raises_input_error() -> None:
    seeds = [SAMPLE] + [path.read_bytes() for path in sorted(BAD_INPUT.iterdir())]
    noise = [
        b"\t",
        b"[",
        b"]",
        b"{",
        b":",
        b"&a ",
        b"*a",
        b"!",
        b"'",
        b'"',
        b"\n",
        b"-",
        b"? ",
        b"%",
        b"---\n",
        b"\xff",
        b"\x00",
        b"#",
        b"|",
        b">",
        b"\\",
        b" ",
    ]
    generator = random.Random(20250101)
    outcomes = {"loaded": 0, "refused": 0}
    for _ in range(600):
        raw = bytearray(generator.choice(seeds))
        for _ in range(generator.randint(1, 4)):
            position = generator.randint(0, len(raw))
            raw[position : position + generator.randint(0, 3)] = generator.choice(noise)
        try:
            load_yaml_bytes(bytes(raw), "fuzz.yaml")
            outcomes["loaded"] += 1
        except InputError as error:
            assert "\n" not in error.message
            assert error.location.line >= 0 and error.location.column >= 0
            outcomes["refused"] += 1
    assert outcomes["loaded"] and outcomes["refused"]
