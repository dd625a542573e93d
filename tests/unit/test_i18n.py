"""The message catalogue (hf_rules.core.i18n) as data: every key written once."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

from hf_rules.core import i18n


def test_no_catalogue_key_is_written_twice() -> None:
    """A key written twice (two sections, two branches merged) silently keeps only the last text."""
    tree = ast.parse(Path(i18n.__file__).read_text(encoding="utf-8"))
    keys = Counter(
        key.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Dict)
        for key in node.keys
        if isinstance(key, ast.Constant) and isinstance(key.value, str)
    )
    assert sorted(key for key, count in keys.items() if count > 1) == []
    assert len(keys) > 500  # the catalogue's entries were found
