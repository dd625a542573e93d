"""Where the bundled rule packs and schemas are.

In an installed wheel they are inside the package (``hf_rules/_bundled/``, see
``pyproject.toml``); in a source checkout or an editable install they are the top-level
``rules/`` and ``schemas/`` folders of the repository.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any, Literal

_PACKAGE = Path(__file__).resolve().parent.parent  # hf_rules/


@cache
def bundled_dir(name: Literal["rules", "schemas"]) -> Path:
    """The folder of bundled rule packs or schemas."""
    installed = _PACKAGE / "_bundled" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent.parent / name


@cache
def bundled_schema(file_name: str) -> dict[str, Any]:
    """A published JSON Schema, read once."""
    with (bundled_dir("schemas") / file_name).open(encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema
