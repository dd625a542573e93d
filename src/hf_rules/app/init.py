"""``hf-rules init``: scaffold a config repository that passes ``hf-rules check`` as created.

It writes ``.hf-rules.yaml``, a starting organisation (the Oslo reference structure, to adapt)
and meeting plan, a ``.pre-commit-config.yaml`` with a local hook, and a GitHub Actions
workflow. It never overwrites a file unless asked to (``--force``), and writes each file
atomically.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from hf_rules import __version__
from hf_rules.core.errors import UsageError
from hf_rules.core.files import make_folder, write_text_atomic

# target path in the new repository -> scaffold file in the package
LAYOUT = {
    ".hf-rules.yaml": "hf-rules.yaml",
    "organisation.yaml": "organisation.yaml",
    "plans/meeting-plan-ssu-2025-2026.yaml": "plans/meeting-plan-ssu-2025-2026.yaml",
    ".pre-commit-config.yaml": "pre-commit-config.yaml",
    ".github/workflows/hf-rules.yml": "workflow.yml",
}


def _content(name: str, pack: str) -> str:
    text = files("hf_rules.app").joinpath("scaffold", name).read_text(encoding="utf-8")
    if name in ("hf-rules.yaml", "workflow.yml"):
        text = text.replace("{pack}", pack).replace("{version}", __version__)
    return text


def _write(path: Path, text: str) -> None:
    make_folder(path.parent)  # the one write path: atomic, regular files only (hf_rules.core.files)
    write_text_atomic(path, text, what="")


def run_init(folder: str, pack: str = "oslo", force: bool = False) -> tuple[str, int]:
    """Scaffold ``folder``; returns the list of files written and exit code 0 (2 when a file
    exists and ``force`` is not given: nothing is written then)."""
    root = Path(folder)
    if root.exists() and not root.is_dir():
        raise UsageError(f"{folder} exists and is not a folder")
    existing = [target for target in LAYOUT if (root / target).exists()]
    if existing and not force:
        raise UsageError(
            f"{', '.join(str(root / t) for t in existing)} already exist(s); nothing was written "
            "(use --force to overwrite)"
        )
    make_folder(root)
    for target, name in LAYOUT.items():
        _write(root / target, _content(name, pack))
    lines = [f"wrote {root / target}" for target in LAYOUT]
    lines.append(f"next: cd {folder} && hf-rules check   (adapt organisation.yaml to your health community)")
    return "\n".join(lines) + "\n", 0
