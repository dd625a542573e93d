"""The vocabulary of built-in check functions that rule packs call by name.

A new check function is one new module here and one line in ``_MODULES``.
"""

from __future__ import annotations

from importlib import import_module

from hf_rules.rules.checks.base import CheckModule

_MODULES = (
    "chair_alternation",
    "chair_periods",
    "chair_rotation_declared",
    "chair_term",
    "declared_frequency",
    "deputy_chair",
    "deputy_required",
    "effective_from",
    "expression",
    "fora_cover_values",
    "forum_count",
    "forum_for_party",
    "forum_type_not_allowed",
    "mandate",
    "meeting_frequency",
    "observers",
    "one_seat_per",
    "participants_present",
    "relation",
    "required_seats",
    "seat_requirements",
    "seats_filled",
    "sector_representation",
    "side_balance",
    "user_participation",
)


def registry() -> dict[str, CheckModule]:
    """Every check function, by the name rule packs use."""
    modules = [import_module(f"hf_rules.rules.checks.{name}") for name in _MODULES]
    return {m.NAME: m for m in modules}
