"""Rule options that passed validation before, remembered across runs ("packs compiled once").

Loading a rule pack validates every rule's check options against the check function's JSON
Schema. The result depends only on the options, the schema and the validating code, so a run
remembers the fingerprint of each valid (options, schema, hf-rules version) and the next run
skips the JSON Schema validation of those alone: a pre-commit hook then starts without
importing jsonschema. Everything else about a pack (its model, ids, references, placeholders,
dates) is still checked on every load, and invalid options are never remembered.

The memo of the bundled packs ships with hf-rules (``validated-options.json`` beside this module,
written by ``python -m hf_rules.formatters.docgen``), so a first run, and every CI run with an
empty cache, does not import jsonschema for them either; options that changed since simply
miss it and are validated.

The memo is one JSON file of hex digests, no code and no data from any pack: in
``$HF_RULES_CACHE_DIR`` when set (set it empty to turn the memo off), else
``$XDG_CACHE_HOME/hf-rules`` or ``~/.cache/hf-rules``. It is written atomically; a memo that is
missing, unreadable, malformed or not writable is simply not used.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

from hf_rules import __version__
from hf_rules.core.errors import InputError
from hf_rules.core.files import WriteRefused, make_folder, read_regular, write_text_atomic

FILE_NAME = "validated-options-v1.json"
MAX_ENTRIES = 10_000
SHIPPED = Path(__file__).with_name("validated-options.json")
"""The fingerprints of the bundled packs' valid options, shipped with hf-rules."""


@cache
def shipped() -> frozenset[str]:
    """The shipped memo (empty when it cannot be read)."""
    try:
        with open(SHIPPED, encoding="utf-8") as handle:
            entries = json.load(handle)
    except (OSError, ValueError):
        return frozenset()
    return (
        frozenset(e for e in entries if isinstance(e, str) and len(e) == 64)
        if isinstance(entries, list)
        else frozenset()
    )


MAX_BYTES = 2 * 1024 * 1024
"""A memo over this size (10 000 digests take under 700 kB) is not used."""


def cache_dir() -> Path | None:
    """Where the memo lives; None when it is turned off."""
    configured = os.environ.get("HF_RULES_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # the XDG specification: a relative value is ignored
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "hf-rules"


EPOCH = 23
"""Raised when the validation of options changes between releases (a refusal it missed), so that
a memo written before the change no longer vouches for options it would now refuse."""


def fingerprint(*parts: Any) -> str:
    """A digest of ``parts`` (JSON values), the hf-rules version and :data:`EPOCH`."""
    text = json.dumps([__version__, EPOCH, *parts], sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class ValidatedOptions:
    """The set of option fingerprints known valid; :meth:`save` writes what was added."""

    def __init__(self, use_shipped: bool = True) -> None:
        self.folder = cache_dir()
        self.shipped = shipped() if use_shipped else frozenset()
        self.known: set[str] = set()
        self.added: set[str] = set()
        if self.folder is None:
            return
        try:  # a regular file within its size, never blocking; anything wrong with it: not used
            raw = read_regular(self.folder / FILE_NAME, max_bytes=MAX_BYTES)
            entries = json.loads(raw.decode("utf-8"))
        except (InputError, ValueError, RecursionError):
            return
        if isinstance(entries, list):
            self.known = {e for e in entries if isinstance(e, str) and len(e) == 64}

    def __contains__(self, key: str) -> bool:
        return key in self.known or key in self.shipped

    def add(self, key: str) -> None:
        if key not in self:
            self.known.add(key)
            self.added.add(key)

    def save(self) -> None:
        if self.folder is None or not self.added:
            return
        entries = sorted(self.known)[-MAX_ENTRIES:]  # bounded: at most the last MAX_ENTRIES
        try:
            make_folder(self.folder)
            write_text_atomic(self.folder / FILE_NAME, json.dumps(entries), what="memo")
        except WriteRefused:
            return
        self.added.clear()
