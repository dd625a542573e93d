"""The cost of every check function, and of ``fix``'s splicing, on large inputs (issue 13).

Measurement only, never asserted. Each check function runs on a 5 MB organisation inflated the
way that function meets most input: one forum with a 5 MB mandate, one forum with 5 MB of member
seats, and 5 MB of fora; then ``fix --dry-run`` on a file of 20 000 and 40 000 identical comment
lines. A function whose time grows with the square of its input shows here as seconds where the
others take milliseconds.

    python benchmarks/large_inputs.py            # prints one line per check function and variant
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OSLO = ROOT / "fixtures" / "oslo"
TARGET = 5 * 1024 * 1024 - 64 * 1024  # just under the default file size limit


def _inflate(kind: str) -> str:
    """The Oslo organisation, grown to about 5 MB by ``kind``."""
    text = (OSLO / "organisation.yaml").read_text(encoding="utf-8")
    if kind == "mandate":
        marker = "  strategisk-samarbeidsutvalg:\n"
        line = "      - Følge opp vedtatte tiltak for pasientforløp nummer {n} i samhandlingen\n"
        block = "".join(line.format(n=n) for n in range((TARGET - len(text)) // len(line)))
        at = text.index("    mandate:\n", text.index(marker)) + len("    mandate:\n")
        return text[:at] + block + text[at:]
    if kind == "members":
        marker = "  strategisk-samarbeidsutvalg:\n"
        start = text.index(marker)
        members = text.index("    members:\n", start) + len("    members:\n")
        # long names: 5 MB within the loader's 200 000 nodes
        seat = "      - {{party: oslo-kommune, role: Medlem {n}, person: Person Nummer {n}" + " Etternavn" * 16 + "}}\n"
        block = "".join(seat.format(n=n) for n in range((TARGET - len(text)) // len(seat)))
        return text[:members] + block + text[members:]
    # fora: copies of the last forum under new ids
    fora_at = text.index("\nfora:\n") + len("\nfora:\n")
    forum = (
        "  arbeidsgruppe-{n}:\n    name: Arbeidsgruppe {n}" + " for samhandling" * 20 + "\n    type: arbeidsgruppe\n"
        "    members:\n      - {{party: oslo-kommune, role: Leder}}\n      - {{party: ous, role: Medlem}}\n"
    )
    block = "".join(forum.format(n=n) for n in range((TARGET - len(text)) // len(forum)))
    return text[:fora_at] + block + text[fora_at:]


def time_checks() -> list[tuple[str, str, float]]:
    from hf_rules.documents.workspace import build_workspace
    from hf_rules.engine.evaluate import build_report
    from hf_rules.rules import checks
    from hf_rules.rules.pack import load_packs
    from hf_rules.yaml.loader import Limits

    packs = load_packs(["oslo"])
    registry = checks.registry()
    rows = []
    for kind in ("mandate", "members", "fora"):
        with tempfile.TemporaryDirectory() as folder:
            for plan in OSLO.glob("meeting-plan-*.yaml"):
                (Path(folder) / plan.name).write_text(plan.read_text(encoding="utf-8"), encoding="utf-8")
            org = Path(folder) / "organisation.yaml"
            org.write_text(_inflate(kind), encoding="utf-8")
            size = org.stat().st_size
            workspace = build_workspace([folder], limits=Limits(max_bytes=8 * 1024 * 1024))
            problems = [p.line() for f in workspace.files for p in f.problems]
            if problems:
                raise SystemExit(f"{kind}: the inflated organisation is not valid: {problems[:3]}")
            spent: dict[str, float] = defaultdict(float)
            originals = {name: module.check for name, module in registry.items()}

            def timed(name: str, original: Any, spent: dict[str, float] = spent) -> Any:
                def run(subject: Any, options: Any) -> Any:
                    start = time.perf_counter()
                    result = list(original(subject, options))
                    spent[name] += time.perf_counter() - start
                    return iter(result)

                return run

            for name, module in registry.items():
                module.check = timed(name, originals[name])  # type: ignore[attr-defined]
            try:
                import datetime as dt

                build_report(workspace, packs, as_of=dt.date(2025, 6, 1), as_of_given=True, lang="nb", fail_on="error")
            finally:
                for name, module in registry.items():
                    module.check = originals[name]  # type: ignore[attr-defined]
            for name in sorted(registry):
                rows.append((name, f"{kind} ({size / 1e6:.1f} MB)", spent.get(name, 0.0)))
    return rows


def time_splice() -> list[tuple[str, str, float]]:
    from hf_rules.edit.splice import only_additions, unified_diff

    rows = []
    for lines in (20_000, 40_000):
        before = "# a comment\n" * lines + "k: [a]\n"
        after = before.replace("k: [a]", "k: [a, b]")
        start = time.perf_counter()
        assert only_additions(before, after)
        unified_diff("f.yaml", before, after)
        rows.append(("fix splice + diff", f"{lines} identical comment lines", time.perf_counter() - start))
    return rows


def main() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    os.environ.setdefault("HF_RULES_CACHE_DIR", "")
    for name, variant, seconds in time_checks() + time_splice():
        print(f"{name:<28} {variant:<34} {seconds * 1000:10.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
