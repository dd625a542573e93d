#!/usr/bin/env python3
"""Mutation fuzzing of ``hf-rules check``: mutated copies of the Oslo example must never crash.

Each example copies ``fixtures/oslo/`` into a temporary folder (with a waiver list in about a
third of them), applies one to three mutations
to one or more of its files (bytes flipped, lines deleted or duplicated, keys renamed, values
changed type, indentation changed, truncation, ...) and runs the real entry point
``hf_rules.cli.main`` in-process. The promise checked: the exit code is 0, 1 or 2 (never 3, never
a traceback), and with exit 2 every input-error line has the form ``file:line:col: error: ...``.

``tests/robustness/test_fuzz.py`` runs a bounded, seeded number of examples in CI. For a longer run:

    python scripts/fuzz.py --examples 5000 --seed 7

A failure prints the seed and the example number; ``--keep DIR`` keeps the failing input there.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OSLO = ROOT / "fixtures" / "oslo"
AS_OF = "2025-06-01"
ERROR_LINE = re.compile(r"^.+:\d+:\d+: error: .+$")
KEY = re.compile(r"^(\s*(?:- )?)([A-Za-z_][\w-]*)(:)", re.MULTILINE)
VALUE = re.compile(r"^(\s*(?:- )?[A-Za-z_][\w-]*: )(\S.*)$", re.MULTILINE)
REPLACEMENT_VALUES = [
    "42",
    "-1",
    "3.5",
    "true",
    "null",
    "~",
    "[]",
    "{}",
    "[a, b]",
    "{x: 1}",
    "2025-02-30",
    "2025-13-01",
    "'2025-01-01'",
    '""',
    "!!binary aGVsbG8=",
    "*nowhere",
    "&a x",
    "!!python/object/apply:os.system ['true']",
    "|",
    "0x1F",
    "1e999",
    ".nan",
    "9" * 5000,
    "æøå",
    "'unterminated",
    "{a: [1, 2}",
    "<<: *x",
    "!custom value",
    "- nested",
    "? complex",
]
WAIVERS = (
    "apiVersion: hf-rules/v1\nkind: Waivers\nmetadata:\n  id: unntak-2026\n"
    "  organisation: helsefellesskap-oslo\nwaivers:\n"
    "  - rule: OSLO-SSU-OBSERVERS\n    subject: strategisk-samarbeidsutvalg\n"
    "    reason: Sunnaas deltar fra høsten 2026 etter avtale\n"
    "    approved_by: Partnerskapsmøtet 2026-03-17, sak 12/26\n    expires: 2025-06-20\n"
)
RENAMED_KEYS = [
    "",
    "observer",
    "member",
    "Members",
    "parties2",
    "apiversion",
    "kind2",
    "from_",
    "to_",
    "date2",
    "__class__",
    "<<",
    "1",
    "true",
    "null",
    "æ",
    "a b",
]


def _lines(text: str, rng: random.Random) -> tuple[list[str], int]:
    lines = text.splitlines(keepends=True)
    return lines, rng.randrange(len(lines)) if lines else 0


def flip_bytes(raw: bytes, rng: random.Random) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 8)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def insert_bytes(raw: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(raw) + 1)
    junk = rng.choice(
        [
            b"\0",
            b"\t",
            b"\x07",
            b"\xff\xfe",
            b"\xef\xbb\xbf",
            b"\r",
            b"\x85",
            b"{",
            b"[",
            b"'",
            b'"',
            b"&a ",
            b"*a",
            b"!",
            b"%YAML 1.1\n",
            b"---\n",
            b"...\n",
            b"#",
            b": ",
            b"- ",
            b"\xe2\x80\xa8",
            bytes([rng.randrange(256)]),
        ]
    )
    return raw[:at] + junk + raw[at:]


def delete_line(raw: bytes, rng: random.Random) -> bytes:
    lines, i = _lines(raw.decode("utf-8", "replace"), rng)
    del lines[i : i + rng.randint(1, 3)]
    return "".join(lines).encode("utf-8")


def duplicate_line(raw: bytes, rng: random.Random) -> bytes:
    lines, i = _lines(raw.decode("utf-8", "replace"), rng)
    if lines:
        lines.insert(rng.randrange(len(lines) + 1), lines[i])
    return "".join(lines).encode("utf-8")


def swap_lines(raw: bytes, rng: random.Random) -> bytes:
    lines, i = _lines(raw.decode("utf-8", "replace"), rng)
    if len(lines) > 1:
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    return "".join(lines).encode("utf-8")


def rename_key(raw: bytes, rng: random.Random) -> bytes:
    text = raw.decode("utf-8", "replace")
    matches = list(KEY.finditer(text))
    if not matches:
        return raw
    m = rng.choice(matches)
    new = rng.choice(RENAMED_KEYS + [m.group(2)[::-1], m.group(2) + "s"])
    return (text[: m.start(2)] + new + text[m.end(2) :]).encode("utf-8")


def change_value(raw: bytes, rng: random.Random) -> bytes:
    text = raw.decode("utf-8", "replace")
    matches = list(VALUE.finditer(text))
    if not matches:
        return raw
    m = rng.choice(matches)
    return (text[: m.start(2)] + rng.choice(REPLACEMENT_VALUES) + text[m.end(2) :]).encode("utf-8")


def reindent(raw: bytes, rng: random.Random) -> bytes:
    lines, i = _lines(raw.decode("utf-8", "replace"), rng)
    if lines:
        line = lines[i]
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        lines[i] = rng.choice(
            [" " * max(0, indent + rng.choice([-3, -2, -1, 1, 2, 3, 8])) + stripped, "\t" + stripped, stripped]
        )
    return "".join(lines).encode("utf-8")


def reindent_all(raw: bytes, rng: random.Random) -> bytes:
    factor = rng.choice([2, 3])
    text = raw.decode("utf-8", "replace")
    return re.sub(r"^( +)", lambda m: " " * (len(m.group(1)) * factor), text, flags=re.MULTILINE).encode("utf-8")


def truncate(raw: bytes, rng: random.Random) -> bytes:
    return raw[: rng.randrange(len(raw) + 1)]


def empty(raw: bytes, rng: random.Random) -> bytes:
    return rng.choice([b"", b"\n", b"# only a comment\n", b"---\n", b"~\n", b"[]\n", b"x\n"])


MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "flip_bytes": flip_bytes,
    "insert_bytes": insert_bytes,
    "delete_line": delete_line,
    "duplicate_line": duplicate_line,
    "swap_lines": swap_lines,
    "rename_key": rename_key,
    "change_value": change_value,
    "reindent": reindent,
    "reindent_all": reindent_all,
    "truncate": truncate,
    "empty": empty,
}
WEIGHTS = {"empty": 1, "reindent_all": 2, "truncate": 4}


@dataclass
class Outcome:
    code: int
    out: str
    err: str
    mutations: list[tuple[str, str]]


def mutate_folder(folder: Path, rng: random.Random) -> list[tuple[str, str]]:
    """Apply one to three mutations to the files of ``folder``; return (file, mutation) pairs."""
    files = sorted(folder.glob("*.yaml"))
    names = list(MUTATIONS)
    weights = [WEIGHTS.get(name, 6) for name in names]
    done = []
    for _ in range(rng.randint(1, 3)):
        path = rng.choice(files)
        name = rng.choices(names, weights)[0]
        path.write_bytes(MUTATIONS[name](path.read_bytes(), rng))
        done.append((path.name, name))
    return done


def run_cli(*args: str) -> tuple[int, str, str]:
    """Run ``hf_rules.cli.main`` in-process with ``args``; return (exit code, stdout, stderr)."""
    from hf_rules.cli import main

    out, err = io.StringIO(), io.StringIO()
    saved = sys.argv
    sys.argv = ["hf-rules", *args]
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                main()
                code = 0
            except SystemExit as done:
                code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    finally:
        sys.argv = saved
    return code, out.getvalue(), err.getvalue()


def run_example(seed: int, index: int, workdir: Path) -> Outcome:
    """Example ``index`` of ``seed``: mutate a fresh copy of the Oslo example and check it."""
    rng = random.Random(f"{seed}:{index}")
    folder = workdir / f"oslo-{index}"
    shutil.copytree(OSLO, folder)
    if rng.random() < 0.3:  # a waiver list (expiring soon, unused) is mutated too
        (folder / "waivers.yaml").write_text(WAIVERS, encoding="utf-8")
    mutations = mutate_folder(folder, rng)
    fmt = rng.choice(["text", "text", "json", "sarif", "junit", "github"])
    code, out, err = run_cli("check", str(folder), "--as-of", AS_OF, "--no-config", "--format", fmt, "--brief")
    return Outcome(code, out, err, mutations)


def problems(outcome: Outcome) -> list[str]:
    """What is wrong with an outcome (empty when the promise holds)."""
    found = []
    if outcome.code not in (0, 1, 2):
        found.append(f"exit code {outcome.code}")
    both = outcome.out + outcome.err
    if "Traceback" in both or "internal error" in both:
        found.append("traceback or internal error in the output")
    return found


def error_lines_ok(text: str) -> list[str]:
    """Lines of text output that report an input error but are not ``file:line:col: error: ...``."""
    return [line for line in text.splitlines() if ": error:" in line and not ERROR_LINE.match(line)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=1000, help="number of examples (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--keep", type=Path, default=None, help="copy failing inputs into this folder")
    args = parser.parse_args(argv)
    failures = 0
    codes = {0: 0, 1: 0, 2: 0}
    with tempfile.TemporaryDirectory() as tmp:
        for index in range(args.examples):
            outcome = run_example(args.seed, index, Path(tmp))
            codes[outcome.code] = codes.get(outcome.code, 0) + 1
            wrong = problems(outcome) + [
                f"malformed error line: {line}" for line in error_lines_ok(outcome.err + outcome.out)
            ]
            if wrong:
                failures += 1
                print(f"FAIL seed={args.seed} example={index} {outcome.mutations}: {'; '.join(wrong)}")
                print((outcome.out + outcome.err)[-2000:])
                if args.keep:
                    shutil.copytree(
                        Path(tmp) / f"oslo-{index}", args.keep / f"seed{args.seed}-{index}", dirs_exist_ok=True
                    )
            shutil.rmtree(Path(tmp) / f"oslo-{index}", ignore_errors=True)
    print(f"{args.examples} examples, seed {args.seed}: exit codes {codes}, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
