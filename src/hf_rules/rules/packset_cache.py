"""The validated pack set, kept between runs: a run whose packs have not changed does not parse
and validate them again (on the Oslo check, most of the time spent on the packs).

One JSON file per set of pack references, in the memo's cache folder (:func:`memo.cache_dir`;
``HF_RULES_CACHE_DIR=`` turns both off): each pack as the JSON of its validated model, rebuilt
by the models' field annotations without validating it again (``documents.model.rebuild``; no
code and nothing else from the file is run), where each rule is defined, and the SHA-256 of every
pack file read. It is used only when it was written by this version of hf-rules for the same
references, limits, check functions and shape of the pack models, every pack file still has the
same contents, and no pack file has appeared where an ``extends`` id was looked for before it was
found. Only a set that loaded without problems is kept; a cache that is missing, unreadable,
malformed or stale is passed over, and replaced by the next load. Written atomically.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel

from hf_rules.rules.checks import registry
from hf_rules.rules.memo import cache_dir, fingerprint
from hf_rules.rules.model import RulePack
from hf_rules.yaml.scalars import Limits

PREFIX = "packset-v2-"  # v2: the assembled pack set itself (replace, retire, vocabulary, option places)


def _shape(model: type[BaseModel], seen: dict[str, list[list[str]]]) -> dict[str, list[list[str]]]:
    """Every field of ``model`` and of the models it nests, with its annotation: the cached pack
    set is rebuilt without validation (``documents.model.rebuild``), so a cache written for
    models of another shape (a field added, renamed or retyped since) must not be read."""
    if model.__name__ not in seen:
        seen[model.__name__] = [[name, repr(info.annotation)] for name, info in model.model_fields.items()]
        for info in model.model_fields.values():
            for kind in _models_in(info.annotation):
                _shape(kind, seen)
    return seen


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [kind for arg in get_args(annotation) for kind in _models_in(arg)]


def _key(paths: list[Path], limits: Limits) -> str:
    checks = [
        [name, module.OPTIONS, sorted(module.SUBJECTS), sorted(module.PARAMS)]
        for name, module in sorted(registry().items())
    ]
    models = _shape(RulePack, {})
    return fingerprint("packset", [[str(p), os.path.realpath(p)] for p in paths], repr(limits), checks, models)


def _digest(path: str) -> str | None:
    try:
        with open(path, "rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()
    except OSError:
        return None


def read(paths: list[Path], limits: Limits) -> dict[str, Any] | None:
    """The stored pack set for these pack files, if it is still true; else None."""
    folder = cache_dir()
    if folder is None:
        return None
    key = _key(paths, limits)
    try:
        with open(folder / f"{PREFIX}{key[:40]}.json", encoding="utf-8") as handle:
            entry = json.load(handle)
    except (OSError, ValueError):
        return None
    if not isinstance(entry, dict) or entry.get("key") != key:
        return None
    hashes = entry.get("hashes")
    looked_for = entry.get("looked_for")
    if not isinstance(hashes, list) or not isinstance(looked_for, list):
        return None
    for item in hashes:
        if not (isinstance(item, list) and len(item) == 2 and _digest(str(item[0])) == item[1]):
            return None
    if any(os.path.exists(str(path)) for path in looked_for):
        return None
    return entry


def write(paths: list[Path], limits: Limits, stored: dict[str, Any]) -> None:
    """Keep ``stored`` (from :func:`hf_rules.rules.pack._stored`) for the next run; never fails."""
    folder = cache_dir()
    if folder is None:
        return
    key = _key(paths, limits)
    hashes = [[file, _digest(file)] for file in stored["files"]]
    if any(digest is None for _, digest in hashes):
        return
    entry = {"key": key, "hashes": hashes, **stored}
    import tempfile  # a cache miss only: a run that reads the cache does not import it

    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{PREFIX}")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(entry, out)
            os.replace(temporary, folder / f"{PREFIX}{key[:40]}.json")
        except OSError:
            os.unlink(temporary)
            raise
    except OSError:
        return
