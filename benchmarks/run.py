"""Measure hf-rules and write docs/performance.md.

    python benchmarks/run.py                       # the full series (takes a while)
    python benchmarks/run.py --scales 1000 --runs 3 --national-runs 1   # quicker
    python benchmarks/run.py --peers-venv /tmp/peers   # check-jsonschema from a venv
    python benchmarks/run.py --clib-python /tmp/clib/bin/python   # C-loader floor from a venv with ruamel.yaml.clib

Every measurement runs a whole process and takes the median wall time of several runs; the peak
memory is the child's maximum resident set size from ``os.wait4``. Peers that are not installed
are reported as such and skipped. Timings are never asserted anywhere: this is a report.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import io
import os
import platform
import pstats
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
sys.path.insert(0, str(BENCH))
import itertools

import generate

NOTES_START, NOTES_END = "<!-- notes -->", "<!-- /notes -->"
HF_ARGS = ["check", "--rules", "oslo", "--brief", "--as-of", "2025-01-01"]

PARSE_SCRIPT = r"""
import os, sys
mode, top = sys.argv[1], sys.argv[2]
from ruamel.yaml import YAML
paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(top) for f in fs if f.endswith(('.yaml', '.yml')))
if mode == "pure-compose":       # what hf-rules' loader asks of ruamel: scan, parse, compose (marks kept)
    y = YAML(typ="safe", pure=True)
    for p in paths:
        with open(p, encoding="utf-8") as h:
            y.compose(h.read())
elif mode == "c-load":           # the C loader (libyaml via ruamel.yaml.clib): plain data, no positions
    import _ruamel_yaml  # noqa: F401  (fail loudly when clib is missing)
    y = YAML(typ="safe")
    for p in paths:
        with open(p, encoding="utf-8") as h:
            y.load(h.read())
else:
    raise SystemExit("unknown mode " + mode)
print(len(paths))
"""


# --------------------------------------------------------------------------------------------- timing
TIME = shutil.which("time", path="/usr/bin:/bin")  # GNU time: the child's own peak RSS


def run_once(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int]:
    """Wall seconds, peak RSS (MB) and exit code of one process (its output discarded).

    The peak RSS comes from GNU time (``/usr/bin/time -f %M``) when present: ``os.wait4`` on a child
    of this (larger) Python process reports at least this process's own RSS, which hides small
    children. Without GNU time that is the fallback, and small values are then an upper bound.
    """
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss_file:
        full = [TIME, "-f", "%M", "-o", rss_file.name, *cmd] if TIME else cmd
        start = time.perf_counter()
        proc = subprocess.Popen(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        proc.returncode = code
        err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
        if proc.stderr:
            proc.stderr.close()
        rss_kb = float(usage.ru_maxrss)
        if TIME:
            text = rss_file.read().strip().splitlines()
            rss_kb = float(text[-1]) if text and text[-1].isdigit() else rss_kb
    if code not in (0, 1) and err:
        print(f"    ! {shlex.join(cmd[:4])}… exited {code}: {err.strip()[:300]}", file=sys.stderr)
    return wall, rss_kb / 1024, code  # KiB → MiB


class Result:
    def __init__(self, label: str, cmds: list[list[str]], runs: int, note: str = "") -> None:
        self.label, self.cmds, self.runs, self.note = label, cmds, runs, note
        self.walls: list[float] = []
        self.rss = 0.0
        self.codes: set[int] = set()

    def measure(self, env: dict[str, str] | None = None) -> Result:
        for _ in range(self.runs):
            total = 0.0
            for cmd in self.cmds:  # a measurement may be several processes in sequence (one per schema)
                wall, rss, code = run_once(cmd, env)
                total += wall
                self.rss = max(self.rss, rss)
                self.codes.add(code)
            self.walls.append(total)
        print(
            f"  {self.label}: median {self.median:.3f} s, peak {self.rss:.0f} MB, exit {sorted(self.codes)}",
            file=sys.stderr,
        )
        return self

    @property
    def median(self) -> float:
        return statistics.median(self.walls)

    def row(self, files: int | str = "") -> str:
        spread = f"{min(self.walls):.3f}–{max(self.walls):.3f}" if len(self.walls) > 1 else "—"
        per_file = f"{self.median / files * 1000:.2f}" if isinstance(files, int) and files else ""
        return (
            f"| {self.label} | {files} | {self.median:.3f} | {spread} | {per_file} | {self.rss:.0f} | "
            f"{','.join(map(str, sorted(self.codes)))} | {self.note} |"
        )


TABLE_HEAD = (
    "| what | files | median s | min–max s | ms/file | peak RSS MB | exit | note |\n"
    "|---|---:|---:|---:|---:|---:|---|---|"
)


# --------------------------------------------------------------------------------------------- peers
def find_tool(name: str, venv: Path | None) -> str | None:
    candidates = []
    if venv:
        candidates.append(venv / "bin" / name)
    candidates.append(BENCH / "node_modules" / ".bin" / name)
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    return shutil.which(name)


def has_clib(python: str) -> bool:
    return subprocess.run([python, "-c", "import _ruamel_yaml"], capture_output=True, check=False).returncode == 0


def tool_version(cmd: list[str]) -> str:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)
        return (out.stdout or out.stderr).strip().splitlines()[0] if (out.stdout or out.stderr).strip() else "?"
    except (OSError, subprocess.SubprocessError):
        return "?"


def pkg_version(name: str, python: str = sys.executable) -> str:
    if python == sys.executable:
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            return "not installed"
    out = subprocess.run(
        [python, "-c", f"import importlib.metadata as m; print(m.version({name!r}))"],
        capture_output=True,
        text=True,
        check=False,
    )
    return out.stdout.strip() if out.returncode == 0 else "not installed"


def yaml_files(top: Path) -> tuple[list[str], list[str]]:
    """Organisation files and meeting-plan files under ``top`` (by kind line)."""
    orgs, plans = [], []
    for path in sorted(top.rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        (orgs if "\nkind: Organisation" in text else plans).append(str(path))
    return orgs, plans


def jsonschema_cmds(tool: str, top: Path) -> list[list[str]]:
    orgs, plans = yaml_files(top)
    cmds = [[tool, "--schemafile", str(ROOT / "schemas" / "organisation.schema.json"), *orgs]]
    if plans:
        cmds.append([tool, "--schemafile", str(ROOT / "schemas" / "meeting-plan.schema.json"), *plans])
    return cmds


def spectral_cmd(tool: str, top: Path) -> list[list[str]]:
    return [
        [
            tool,
            "lint",
            "--quiet",
            "--fail-severity",
            "error",
            "--ruleset",
            str(BENCH / "spectral.yaml"),
            f"{top}/**/*.yaml",
        ]
    ]


# --------------------------------------------------------------------------------------------- lsp
def _lsp_send(proc: subprocess.Popen[bytes], message: dict[str, object]) -> None:
    import json

    body = json.dumps(message).encode("utf-8")
    assert proc.stdin is not None
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()


def _lsp_read(proc: subprocess.Popen[bytes]) -> dict[str, object]:
    import json

    assert proc.stdout is not None
    length = 0
    while True:
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError("the language server closed its output")
        if line in (b"\r\n", b"\n"):
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    message: dict[str, object] = json.loads(proc.stdout.read(length))
    return message


def lsp_edit_to_diagnostics(py: str, runs: int) -> tuple[list[float], str]:
    """Milliseconds from sending one edit of the Oslo organisation (the Sunnaas observer line
    deleted, then put back) to receiving its diagnostics, over stdio from a real server process;
    or why it could not be measured."""
    folder = Path(tempfile.mkdtemp(prefix="hf-rules-lsp-bench-"))
    shutil.copytree(ROOT / "fixtures" / "oslo", folder / "oslo")
    org = folder / "oslo" / "organisation.yaml"
    text = org.read_text(encoding="utf-8")
    edited = text.replace("      - {party: sunnaas, role: Observatør}\n", "")
    uri = org.as_uri()
    try:
        proc = subprocess.Popen(
            [py, "-m", "hf_rules", "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
    except OSError as error:
        return [], f"could not start: {error}"
    walls: list[float] = []
    try:
        _lsp_send(
            proc,
            {
                "jsonrpc": "2.0",
                "id": 1,
                "method": "initialize",
                "params": {"processId": None, "rootUri": (folder / "oslo").as_uri(), "capabilities": {}},
            },
        )
        while _lsp_read(proc).get("id") != 1:
            pass
        _lsp_send(proc, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
        _lsp_send(
            proc,
            {
                "jsonrpc": "2.0",
                "method": "textDocument/didOpen",
                "params": {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}},
            },
        )

        def diagnostics() -> list[object]:
            while True:
                message = _lsp_read(proc)
                params = message.get("params")
                if (
                    message.get("method") == "textDocument/publishDiagnostics"
                    and isinstance(params, dict)
                    and params.get("uri") == uri
                ):
                    found = params.get("diagnostics")
                    return found if isinstance(found, list) else []

        if diagnostics() != []:
            return [], "the Oslo example did not check clean in the server"
        for version in range(2, runs * 2 + 2):
            new = edited if version % 2 == 0 else text
            start = time.perf_counter()
            _lsp_send(
                proc,
                {
                    "jsonrpc": "2.0",
                    "method": "textDocument/didChange",
                    "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": new}]},
                },
            )
            found = diagnostics()
            walls.append((time.perf_counter() - start) * 1000)
            if len(found) != (1 if new is edited else 0):
                return [], f"unexpected diagnostics after edit {version}: {len(found)}"
        _lsp_send(proc, {"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None})
        _lsp_send(proc, {"jsonrpc": "2.0", "method": "exit", "params": None})
        proc.wait(timeout=10)
    except (OSError, RuntimeError, ValueError, subprocess.TimeoutExpired) as error:
        proc.kill()
        return walls, f"stopped: {error}"
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return walls, ""


# --------------------------------------------------------------------------------------------- machine
def machine() -> list[str]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))  # type: ignore[union-attr]
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, AttributeError):
        pass
    return [
        f"- CPU: {cpu}; {os.cpu_count()} cores visible; memory {mem}",
        f"- OS: {platform.platform()}",
        f"- Python: {platform.python_version()} ({platform.python_implementation()}, {sys.executable})",
    ]


# --------------------------------------------------------------------------------------------- profile
def profile(top: Path, out: Path, limit: int = 25) -> str:
    """cProfile of one in-process `hf-rules check` of ``top``: by package, then the top functions."""
    stats_file = out / "hf-rules.prof"
    # hf_rules.cli.main, not the console script: that ends with os._exit once its output is
    # flushed, before cProfile could write its statistics.
    script = out / "profile_main.py"
    script.write_text("from hf_rules.cli import main\n\nmain()\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(stats_file), str(script), *HF_ARGS, str(top)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    stats = pstats.Stats(str(stats_file))
    total = stats.total_tt  # type: ignore[attr-defined]
    groups: dict[str, float] = {}
    for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        site = re.search(r"site-packages/([^/]+)", filename)
        stdlib = re.search(r"lib/python3\.\d+/([^/]+)", filename)
        if "hf_rules/" in filename:
            key = "hf_rules/" + filename.split("hf_rules/")[-1].split("/")[0]
        elif site:
            key = site.group(1).removesuffix(".py")
            key = "ruamel.yaml " + filename.rsplit("/", 1)[-1] if key == "ruamel" else key
        elif stdlib:
            key = "stdlib " + stdlib.group(1).removesuffix(".py")
        else:
            key = "builtins / C"
        groups[key] = groups.get(key, 0.0) + tottime
    lines = [
        (
            f"Total profiled time {total:.2f} s (cProfile inflates pure-Python code more than C code; "
            "the shares are what matter)."
        ),
        "",
        "| where (own time, by module or package) | s | share |",
        "|---|---:|---:|",
    ]
    for key, seconds in sorted(groups.items(), key=lambda kv: -kv[1])[:15]:
        lines.append(f"| {key} | {seconds:.2f} | {seconds / total:.0%} |")
    buffer = io.StringIO()
    pstats.Stats(str(stats_file), stream=buffer).sort_stats("tottime").print_stats(limit)
    body = buffer.getvalue()
    body = body[body.find("ncalls") :] if "ncalls" in body else body
    body = re.sub(r"/\S*/site-packages/", "", body).replace(str(ROOT) + "/", "")
    body = re.sub(r"/usr/\S*/lib/python3\.\d+/", "", body)
    buffer2 = io.StringIO()
    pstats.Stats(str(stats_file), stream=buffer2).sort_stats("cumulative").print_stats(20)
    cumul = buffer2.getvalue()
    cumul = cumul[cumul.find("ncalls") :] if "ncalls" in cumul else cumul
    cumul = re.sub(r"/\S*/site-packages/", "", cumul).replace(str(ROOT) + "/", "")
    cumul = re.sub(r"/usr/\S*/lib/python3\.\d+/", "", cumul)
    return (
        "\n".join(lines) + f"\n\nTop {limit} functions by own time:\n\n```text\n{body.rstrip()}\n```\n\n"
        f"Top 20 by cumulative time:\n\n```text\n{cumul.rstrip()}\n```\n"
    )


PHASES_SCRIPT = r"""
import datetime as dt, resource, sys, time
top = sys.argv[1]
def mark(label, start):
    now = time.perf_counter()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{label}\t{now - start:.3f}\t{rss:.0f}", flush=True)
    return now
t = time.perf_counter()
from hf_rules.engine.evaluate import ReportRequest, build_report
from hf_rules.formatters import text
from hf_rules.yaml.loader import Limits, load_yaml_file
from hf_rules.rules.pack import load_packs
from hf_rules.documents.discovery import discover, read_file
from hf_rules.documents.workspace import resolve
t = mark("import hf_rules (engine, loader, workspace, text formatter)", t)
paths = [path for path, _, problem in discover([top]) if problem is None]
t = mark(f"discover {len(paths)} files", t)
docs = [load_yaml_file(path) for path in paths]
t = mark("loader only: YAML -> data + positions (load_yaml_file)", t)
del docs
files = [read_file(path, True, Limits()) for path in paths]
t = mark("read_file: load again + schema + models", t)
workspace = resolve(files)
t = mark("resolve: cross-file references", t)
packs = load_packs(["oslo"])
t = mark("load_packs oslo", t)
report = build_report(workspace, packs, ReportRequest(as_of=dt.date(2025, 1, 1), lang="nb", fail_on="error"))
t = mark("build_report: every rule on every subject", t)
out = text.render(report, brief=True)
t = mark("render text (--brief)", t)
"""


def phases(top: Path) -> str:
    """Wall time and peak RSS after each phase of one in-process check (no profiler), or why not."""
    done = subprocess.run([sys.executable, "-c", PHASES_SCRIPT, str(top)], capture_output=True, text=True, check=False)
    rows = [line.split("\t") for line in done.stdout.splitlines() if line.count("\t") == 2]
    if done.returncode != 0 or not rows:
        return f"(phase breakdown unavailable: {done.stderr.strip().splitlines()[-1:] or done.returncode})\n"
    lines = ["| phase | s | peak RSS so far MB |", "|---|---:|---:|"]
    lines += [f"| {label} | {seconds} | {rss} |" for label, seconds, rss in rows]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------- main
def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("**met**" if ok else "**not met**")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", default="1000,5000,10000", help="national workspace sizes in files")
    parser.add_argument("--runs", type=int, default=10, help="runs of each small measurement (median)")
    parser.add_argument("--national-runs", type=int, default=3, help="runs of each national measurement")
    parser.add_argument(
        "--peer-scales", default=None, help="scales the peers run at (default: all; Spectral only at the smallest)"
    )
    parser.add_argument(
        "--peers-venv",
        type=Path,
        default=None,
        help="a virtual environment holding check-jsonschema and/or ruamel.yaml.clib",
    )
    parser.add_argument(
        "--clib-python",
        default=None,
        help="a python with ruamel.yaml.clib for the C-loader floor (default: this one, "
        "else --peers-venv's, when either has it)",
    )
    parser.add_argument("--work", type=Path, default=None, help="folder for generated workspaces (default: temp)")
    parser.add_argument(
        "--profile-scale", type=int, default=1000, help="workspace size of the phase timing and cProfile run (0: none)"
    )
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "performance.md")
    args = parser.parse_args(argv)
    scales = [int(s) for s in args.scales.split(",") if s]
    work = args.work or Path(tempfile.mkdtemp(prefix="hf-rules-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    # The console script next to this Python, not a shim found first on PATH (pyenv's `hf-rules` shim is a
    # bash script that runs `pyenv exec`, which adds its own start-up to every run).
    beside = Path(sys.executable).parent / "hf-rules"
    hf = str(beside) if beside.exists() else (shutil.which("hf-rules") or "hf-rules")
    on_path = shutil.which("hf-rules")
    shim = on_path if on_path and Path(on_path).resolve() != Path(hf).resolve() else None
    py = sys.executable
    jsonschema_tool = find_tool("check-jsonschema", args.peers_venv)
    spectral_tool = find_tool("spectral", args.peers_venv)
    c_python = py if has_clib(py) else None
    if c_python is None and args.clib_python and has_clib(args.clib_python):
        c_python = args.clib_python
    if (
        c_python is None
        and args.peers_venv
        and (args.peers_venv / "bin" / "python").exists()
        and has_clib(str(args.peers_venv / "bin" / "python"))
    ):
        c_python = str(args.peers_venv / "bin" / "python")
    skipped: list[str] = []
    if not jsonschema_tool:
        skipped.append("check-jsonschema: not installed (`pip install check-jsonschema`); skipped")
    if not spectral_tool:
        skipped.append(
            "Spectral: `spectral` not on PATH nor in benchmarks/node_modules "
            "(`npm install --prefix benchmarks @stoplight/spectral-cli`); skipped"
        )
    if c_python is None:
        skipped.append(
            "C-loader floor: ruamel.yaml.clib is not installed (here, nor in --clib-python/--peers-venv); skipped"
        )
    for line in skipped:
        print(line, file=sys.stderr)
    # Bytecode first, as pip writes it when it installs a wheel: an editable install under
    # PYTHONDONTWRITEBYTECODE (set on some machines) would otherwise compile hf_rules from source
    # in every measured process. The peers were installed by pip and have theirs.
    import hf_rules

    subprocess.run(
        [py, "-m", "compileall", "-q", str(Path(hf_rules.__file__).parent)], check=True, stdout=subprocess.DEVNULL
    )
    oslo = ROOT / "fixtures" / "oslo"
    load_before = os.getloadavg()

    print("(a) Oslo example", file=sys.stderr)
    oslo_hf = Result("hf-rules check fixtures/oslo", [[hf, "check", str(oslo)]], args.runs).measure()
    oslo_js = oslo_sp = None
    if jsonschema_tool:
        # One process against one process, on the same organisation file: hf-rules checks the whole
        # folder (the organisation and three plans, every rule); check-jsonschema only the schema.
        oslo_js = Result(
            "check-jsonschema (organisation schema, organisation.yaml, 1 process)",
            [
                [
                    jsonschema_tool,
                    "--schemafile",
                    str(ROOT / "schemas" / "organisation.schema.json"),
                    str(oslo / "organisation.yaml"),
                ]
            ],
            args.runs,
        ).measure()
    if spectral_tool:
        oslo_sp = Result(
            "spectral lint (benchmarks/spectral.yaml)", spectral_cmd(spectral_tool, oslo), args.runs
        ).measure()

    print("(a') language server: edit to diagnostics", file=sys.stderr)
    lsp_walls, lsp_note = lsp_edit_to_diagnostics(py, args.runs * 2)
    if lsp_walls:
        print(f"  median {statistics.median(lsp_walls):.1f} ms over {len(lsp_walls)} edits {lsp_note}", file=sys.stderr)
    else:
        print(f"  not measured: {lsp_note}", file=sys.stderr)

    print("(b) start-up", file=sys.stderr)
    bare = Result("python -c pass", [[py, "-c", "pass"]], args.runs * 2).measure()
    version = Result("hf-rules --version", [[hf, "--version"]], args.runs * 2).measure()
    imports = Result("python -c 'import hf_rules.cli'", [[py, "-c", "import hf_rules.cli"]], args.runs * 2).measure()
    shimmed = None
    if shim:
        shimmed = Result(
            "hf-rules --version via PATH", [[shim, "--version"]], args.runs * 2, f"{shim}: not the console script"
        ).measure()

    print("(c) national workspace", file=sys.stderr)
    peer_scales = [int(s) for s in args.peer_scales.split(",")] if args.peer_scales else scales
    national: dict[int, dict[str, Result]] = {}
    for scale in scales:
        top = work / f"national-{scale}"
        files = generate.generate(str(top), scale)
        count = len(files)
        size = sum(os.path.getsize(f) for f in files) / 1e6
        print(f"  {count} files, {size:.1f} MB", file=sys.stderr)
        entry: dict[str, Result] = {}
        entry["hf"] = Result(
            f"hf-rules check ({count} files, {size:.1f} MB)", [[hf, *HF_ARGS, str(top)]], args.national_runs
        ).measure()
        entry["pure"] = Result(
            "floor: ruamel pure-Python compose",
            [[py, "-c", PARSE_SCRIPT, "pure-compose", str(top)]],
            args.national_runs,
        ).measure()
        if c_python:
            note = "" if c_python == py else "another venv, same ruamel.yaml + clib"
            entry["c"] = Result(
                "floor: ruamel C loader (typ=safe, clib)",
                [[c_python, "-c", PARSE_SCRIPT, "c-load", str(top)]],
                args.national_runs,
                note,
            ).measure()
        if jsonschema_tool and scale in peer_scales:
            entry["js"] = Result(
                "check-jsonschema (2 schemas)", jsonschema_cmds(jsonschema_tool, top), args.national_runs
            ).measure()
        if spectral_tool and scale == min(peer_scales):
            entry["sp"] = Result("spectral lint", spectral_cmd(spectral_tool, top), 1).measure()
        national[scale] = entry

    prof = ""
    if args.profile_scale:
        print("profile", file=sys.stderr)
        top = work / f"national-{args.profile_scale}"
        if not top.exists():
            generate.generate(str(top), args.profile_scale)
        prof = (
            "Phases of one in-process check, timed without a profiler (the loader runs twice: once alone, "
            "once inside `read_file`, so validation = `read_file` − loader):\n\n"
            + phases(top)
            + "\n"
            + profile(top, work)
        )

    load_after = os.getloadavg()

    # ----------------------------------------------------------------------------------- the targets
    targets = []

    def ratio(a: Result | None, b: Result | None) -> float | None:
        return None if a is None or b is None else a.median / b.median

    r = ratio(oslo_hf, oslo_js)
    targets.append(
        (
            "Oslo check ≤ 0.75× one check-jsonschema process on the organisation file (issue 14)",
            f"{r:.2f}×" if r else "peer not installed",
            verdict(None if r is None else r <= 0.75),
        )
    )
    lsp_median = statistics.median(lsp_walls) if lsp_walls else None
    targets.append(
        (
            "LSP: diagnostics within 50 ms of one edit of the Oslo example (issue 14)",
            f"{lsp_median:.1f} ms" if lsp_median is not None else f"not measured: {lsp_note}",
            verdict(None if lsp_median is None else lsp_median <= 50),
        )
    )
    r = ratio(oslo_hf, oslo_sp)
    targets.append(
        (
            "Oslo check ≤ 0.25× Spectral",
            f"{r:.2f}×" if r else "peer not installed",
            verdict(None if r is None else r <= 0.25),
        )
    )
    gap = (version.median - bare.median) * 1000
    targets.append(("`--version` within 50 ms of `python -c pass`", f"+{gap:.0f} ms", verdict(gap <= 50)))
    for scale, entry in national.items():
        r = ratio(entry["hf"], entry.get("c"))
        targets.append(
            (
                f"national {scale}: ≤ 1.5× the C-loader parse floor",
                f"{r:.1f}×" if r else "clib not installed",
                verdict(None if r is None else r <= 1.5),
            )
        )
        rp = ratio(entry["hf"], entry["pure"])
        targets.append((f"national {scale}: (for reference) × the pure-Python compose floor", f"{rp:.1f}×", "—"))
        targets.append(
            (f"national {scale}: peak memory < 250 MB", f"{entry['hf'].rss:.0f} MB", verdict(entry["hf"].rss < 250))
        )
    if len(national) >= 3:
        sizes = sorted(national)
        marginal = [
            (national[b]["hf"].median - national[a]["hf"].median) / (b - a) * 1000 for a, b in itertools.pairwise(sizes)
        ]
        growth = marginal[-1] / marginal[0] if marginal[0] > 0 else float("inf")
        shown = ", ".join(f"{m:.2f}" for m in marginal)
        targets.append(
            (
                (
                    "linear growth: ms per added file between consecutive scales, last ÷ first "
                    "(1.0 = linear; ≤ 1.2 accepted)"
                ),
                f"{shown} ms → {growth:.2f}",
                verdict(growth <= 1.2),
            )
        )
        mem = [(national[b]["hf"].rss - national[a]["hf"].rss) / (b - a) * 1000 for a, b in itertools.pairwise(sizes)]
        targets.append(("(for reference) peak memory per added 1000 files", ", ".join(f"{m:.0f} MB" for m in mem), "—"))

    # ----------------------------------------------------------------------------------- the document
    versions = ", ".join(
        f"{n} {pkg_version(n)}"
        for n in (
            "hf-rules",
            "ruamel.yaml",
            "ruamel.yaml.clib",
            "pydantic",
            "pydantic-core",
            "jsonschema",
            "click",
            "jinja2",
        )
    )
    peers = []
    if jsonschema_tool:
        peers.append(f"check-jsonschema {tool_version([jsonschema_tool, '--version'])} ({jsonschema_tool})")
    if spectral_tool:
        peers.append(
            f"Spectral {tool_version([spectral_tool, '--version'])}, node {tool_version(['node', '--version'])}"
        )
    if c_python and c_python != py:
        peers.append(
            f"C floor python: {c_python} (ruamel.yaml {pkg_version('ruamel.yaml', c_python)}, "
            f"ruamel.yaml.clib {pkg_version('ruamel.yaml.clib', c_python)})"
        )
    command = "python benchmarks/run.py " + " ".join(
        shlex.quote(a) for a in (argv if argv is not None else sys.argv[1:])
    )
    out: list[str] = [
        "# Performance",
        "",
        (
            "Measured by `benchmarks/run.py` (see `benchmarks/README.md`); this file is rewritten by it, except the "
            "notes between the `notes` markers, which are kept."
        ),
        "",
        f"Run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC. Reproduce with:",
        "",
        "```sh",
        command.strip(),
        "```",
        "",
        (
            "(`--peers-venv DIR`: a virtual environment with check-jsonschema, `python -m venv DIR && "
            "DIR/bin/pip install check-jsonschema`; Spectral from `benchmarks/node_modules`, see "
            "`benchmarks/README.md`.)"
        ),
        "",
        "## Machine",
        "",
        *machine(),
        f"- Packages: {versions}",
        (
            f"- Load average (1, 5, 15 min) at the start {', '.join(f'{x:.2f}' for x in load_before)}, at the end "
            f"{', '.join(f'{x:.2f}' for x in load_after)} (each measurement itself keeps about one core busy; "
            "more means other work shared the machine and the timings are inflated)"
        ),
        *(f"- Peer: {p}" for p in peers),
        *(f"- Skipped: {s}" for s in skipped),
        "",
        (
            "Every row is a whole process (start-up included): the median wall time of the runs, and the peak "
            "resident memory of the process (GNU `time -f %M`; `os.wait4` without it). National workspaces come from "
            "`benchmarks/generate.py` (19 communities × 40 fora, half-yearly meeting plans, compliant with the "
            f"`oslo` pack); hf-rules runs `{hf} {' '.join(HF_ARGS)} DIR`. Runs: {args.runs} (small), "
            f"{args.national_runs} (national). hf-rules reads a workspace of 1000 files or more with every CPU "
            "(`--jobs` default), and its bytecode is compiled before the runs, as pip does when it installs a "
            "wheel."
        ),
        "",
        "## Targets (issue 6)",
        "",
        "| target | measured | |",
        "|---|---:|---|",
        *(f"| {a} | {b} | {c} |" for a, b, c in targets),
        "",
        "## (a) The Oslo example (4 files)",
        "",
        TABLE_HEAD,
        oslo_hf.row(4),
        *(x.row(4) for x in (oslo_js, oslo_sp) if x),
        "",
        "## (a') The language server: one edit of the Oslo example to its diagnostics",
        "",
        (
            "`python -m hf_rules lsp` over stdio; the client sends `textDocument/didChange` (the Sunnaas "
            "observer line of `organisation.yaml` deleted, then put back, in turn) and waits for the "
            "`textDocument/publishDiagnostics` of that file (one finding, then none). The time includes "
            "the server's 8 ms debounce."
        ),
        "",
        "| what | edits | median ms | min–max ms |",
        "|---|---:|---:|---:|",
        (
            f"| LSP edit to diagnostics | {len(lsp_walls)} | {statistics.median(lsp_walls):.1f} | "
            f"{min(lsp_walls):.1f}–{max(lsp_walls):.1f} |"
            if lsp_walls
            else f"| LSP edit to diagnostics | 0 | — | not measured: {lsp_note} |"
        ),
        "",
        "## (b) Start-up",
        "",
        TABLE_HEAD,
        bare.row(),
        version.row(),
        imports.row(),
        *([shimmed.row()] if shimmed else []),
        "",
        "## (c, d) National workspace",
        "",
        TABLE_HEAD,
    ]
    for scale, entry in national.items():
        out.extend(entry[k].row(scale) for k in ("hf", "pure", "c", "js", "sp") if k in entry)
    out.append("")
    if prof:
        out.extend([f"## Where the time goes (national {args.profile_scale} files)", "", prof])
    previous = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
    if NOTES_START in previous and NOTES_END in previous:
        notes = previous[previous.index(NOTES_START) : previous.index(NOTES_END) + len(NOTES_END)]
    else:
        notes = f"{NOTES_START}\n## Notes\n\n(Interpretation of the numbers; kept when the file is regenerated.)\n{NOTES_END}"
    out.extend([notes, ""])
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(out), encoding="utf-8")
    print("\n".join(out[:0]) + f"wrote {args.output}", file=sys.stderr)
    print("\n".join(f"{a}: {b} {c}" for a, b, c in targets))
    return 0


if __name__ == "__main__":
    sys.exit(main())
