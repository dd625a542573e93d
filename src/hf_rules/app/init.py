"""``hf-rules init``: scaffold a config repository that passes ``hf-rules check`` as created.

It writes ``.hf-rules.yaml``, a starting organisation (the Oslo reference structure, to adapt)
and meeting plan, a ``.pre-commit-config.yaml`` using the published hook, and a GitHub Actions
workflow. It never destroys a user's file: without ``--force`` nothing is written when one of
them exists; with ``--force`` an existing ``.pre-commit-config.yaml`` gets the hook added (the
rest kept as written) and every other existing file is left alone. Files are written
atomically, with the permissions the user's umask gives.
"""

from __future__ import annotations

import io
import os
from importlib.resources import files
from pathlib import Path
from typing import Any

from hf_rules import REPOSITORY, __version__
from hf_rules.core.errors import UsageError
from hf_rules.core.files import make_folder, write_text_atomic
from hf_rules.core.i18n import say
from hf_rules.core.resources import bundled_dir

# target path in the new repository -> scaffold file in the package
LAYOUT = {
    ".hf-rules.yaml": "hf-rules.yaml",
    "organisation.yaml": "organisation.yaml",
    "plans/meeting-plan-ssu-2025-2026.yaml": "plans/meeting-plan-ssu-2025-2026.yaml",
    ".pre-commit-config.yaml": "pre-commit-config.yaml",
    ".github/workflows/hf-rules.yml": "workflow.yml",
}
SCHEMAS = ("organisation.schema.json", "meeting-plan.schema.json", "config.schema.json")
"""Written to ``schemas/`` in the new repository: the documents' ``# yaml-language-server:``
lines point at them, so an editor checks and completes as you type, offline and for the
installed version."""
PRE_COMMIT = ".pre-commit-config.yaml"
HOOK_ID = "hf-rules"


def _content(target: str, name: str, pack: str, repo: str, rev: str) -> str:
    text = files("hf_rules.app").joinpath("scaffold", name).read_text(encoding="utf-8")
    # The starting documents are the Oslo example, whose schema line points into this project.
    schemas = "../" * target.count("/") + "schemas/"
    text = text.replace("$schema=../../schemas/", "$schema=" + schemas)
    return text.replace("{pack}", pack).replace("{repo}", repo).replace("{rev}", rev)


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def _write(path: Path, text: str) -> None:
    make_folder(path.parent)  # the one write path: atomic, regular files only (hf_rules.core.files)
    write_text_atomic(path, text, what="")


def merged_pre_commit_config(existing: str, scaffold: str) -> str | None:
    """``existing`` with the scaffold's hf-rules repository entry appended to ``repos`` (comments,
    order and quoting kept: ruamel.yaml round trip); None when it already runs the hook."""
    from ruamel.yaml import YAML

    yaml = YAML()  # round trip
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    data: Any = yaml.load(existing)
    if data is None:
        return scaffold
    if not isinstance(data, dict) or not isinstance(data.get("repos", []), list):
        raise UsageError(say("init-bad-pre-commit", "en"))
    repos = data.setdefault("repos", [])
    for repo in repos:
        hooks = repo.get("hooks", []) if isinstance(repo, dict) else []
        if any(isinstance(h, dict) and h.get("id") == HOOK_ID for h in hooks):
            return None
    [entry] = yaml.load(scaffold)["repos"]
    repos.append(entry)
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def run_init(
    folder: str,
    pack: str = "oslo",
    force: bool = False,
    lang: str = "nb",
    repo: str = REPOSITORY,
    rev: str = f"v{__version__}",
) -> tuple[str, int]:
    """Scaffold ``folder``; returns what was done and exit code 0. Without ``force`` nothing is
    written when a file exists (a usage error); with it, see the module's description."""
    root = Path(folder)
    if root.exists() and not root.is_dir():
        raise UsageError(say("init-not-a-folder", lang, folder=folder))
    existing = [target for target in LAYOUT if (root / target).exists()]
    if existing and not force:
        raise UsageError(say("init-exists", lang, files=", ".join(str(root / t) for t in existing)))
    make_folder(root)
    lines = []
    for target, name in LAYOUT.items():
        path = root / target
        text = _content(target, name, pack, repo, rev)
        if target in existing:
            if target != PRE_COMMIT:
                lines.append(say("init-kept", lang, file=path))
                continue
            merged = merged_pre_commit_config(path.read_text(encoding="utf-8"), text)
            if merged is None:
                lines.append(say("init-hook-present", lang, file=path))
                continue
            _write(path, merged)
            lines.append(say("init-merged", lang, file=path))
            continue
        _write(path, text)
        lines.append(say("init-wrote", lang, file=path))
    for schema in SCHEMAS:
        path = root / "schemas" / schema
        if path.exists():
            lines.append(say("init-kept", lang, file=path))
            continue
        _write(path, (bundled_dir("schemas") / schema).read_text(encoding="utf-8"))
        lines.append(say("init-wrote", lang, file=path))
    if repo == REPOSITORY:
        lines.append(say("init-repo-placeholder", lang, placeholder=REPOSITORY))
    if pack == "oslo":
        lines.append(say("init-oslo-pack", lang, file=root / ".hf-rules.yaml"))
    lines.append(say("init-next", lang, folder=folder))
    return "\n".join(lines) + "\n", 0
