"""The vocabulary of built-in check functions that rule packs call by name.

Every module of this package that defines ``NAME`` and ``check`` is a check function (see
``base.py`` for the contract); a new check function is one new module here. The other modules
(``base``, ``seats``, ``plan_helpers``, ``examples``) are what check functions share.
"""

from __future__ import annotations

import pkgutil
from functools import cache
from importlib import import_module

from hf_rules.rules.checks.base import CheckModule


@cache
def _scan() -> tuple[tuple[str, CheckModule], ...]:
    found: list[tuple[str, CheckModule]] = []
    for info in pkgutil.iter_modules(__path__):
        module = import_module(f"{__name__}.{info.name}")
        if hasattr(module, "NAME") and callable(getattr(module, "check", None)):
            found.append((module.NAME, module))
    return tuple(sorted(found, key=lambda pair: pair[0]))


def registry() -> dict[str, CheckModule]:
    """Every check function, by the name rule packs use."""
    return dict(_scan())
