"""What expression rules cost inside hf-rules: a national-scale workspace checked with the bundled
``oslo`` pack, and with ``docs/examples/expressions.yaml`` (three expression rules) on top.

    python benchmarks/cel/hf_rules_cost.py [--scale 2000] [--repeat 3]

Prints the median wall time of each run and the number of rule evaluations of the expression
rules. Needs the ``cel`` extra. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def timed(args: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(args, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--scale", str(options.scale), "--out", folder],
            check=True,
            capture_output=True,
        )
        base = [
            str(Path(sys.executable).with_name("hf-rules")),
            "check",
            "--brief",
            "--as-of",
            "2025-01-01",
            "--jobs",
            "1",
        ]
        plain = timed([*base, "--rules", "oslo", folder], options.repeat)
        examples = str(ROOT / "docs" / "examples" / "expressions.yaml")
        with_expressions = timed([*base, "--rules", examples, folder], options.repeat)
        report = subprocess.run(
            [*base, "--format", "json", "--rules", examples, folder], capture_output=True, text=True, check=False
        ).stdout
        evaluations = sum(1 for e in json.loads(report)["evaluations"] if e["rule"].startswith("X-"))
    print(f"files: {options.scale}")
    print(f"oslo pack:                     {plain:.2f} s")
    print(f"oslo + 3 expression rules:     {with_expressions:.2f} s  ({evaluations} subjects evaluated)")
    print(f"cost per expression subject:   {(with_expressions - plain) / max(evaluations, 1) * 1e6:.0f} µs")


if __name__ == "__main__":
    main()
