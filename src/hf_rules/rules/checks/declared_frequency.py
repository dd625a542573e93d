"""How often a forum declares it meets (``meetings_per_year``): at least ``min``, at most ``max``,
or ``exactly`` that many times a year ("meets twice a year": ``exactly: 2``). A secretariat
declares it too: applied to the organisation the rule reads the health community's secretariat,
and with ``secretariat: true`` a forum's rule reads the forum's own secretariat ("the secretariat
meets every other Wednesday": ``exactly: 26``, the reading said in the ``interpretation``).

Only the forum's own declaration is read: a forum that declares no ``meetings_per_year`` fails
(whatever the bounds). A declared range («Møtest 5–6 gonger i året»: ``meetings_per_year: {min: 5,
max: 6}``) must lie within the rule's bounds: its ``min`` at least the rule's ``min``, its ``max``
at most the rule's ``max`` (``min: 5, max: 6`` holds for it; ``exactly: 6`` does not, as the
forum may meet five times). The meetings planned are checked on the meeting plans
(``meeting_frequency``). ``exactly`` cannot be given with ``min`` or ``max``, nor ``min`` above
``max``: the pack is refused when it loads.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import phrase
from hf_rules.documents.model import Forum, MeetingsRange, Secretariat, meetings_bounds
from hf_rules.rules.checks.base import (
    Example,
    LocalText,
    Subject,
    Violation,
    bound_problems,
    bounds,
    count_requirement,
    secretariat_of,
)
from hf_rules.yaml.loader import Document, Path_

NAME = "declared_frequency"
SUBJECTS = frozenset({"forum", "organisation"})
PARAMS: dict[str, str] = {
    "found": "The forum's `meetings_per_year` (a range as `5–6`); when it declares none, `et ukjent antall` (`an unknown number "
    "of`), so «møtes {found} ganger i året» reads «møtes et ukjent antall ganger i året».",
    "min": "The least number of meetings a year the rule allows; `-` when it gives none.",
    "max": "The most the rule allows; `-` when it gives none.",
    "requirement": "The bound in words: `at least 4`, `at most 1`, `exactly 1`, `between 2 and 4`.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "min": {"type": "integer", "minimum": 1, "description": "Meetings a year at least."},
        "max": {"type": "integer", "minimum": 1, "description": "Meetings a year at most."},
        "exactly": {
            "type": "integer",
            "minimum": 1,
            "description": "Meetings a year exactly (the same as equal min and max).",
        },
        "secretariat": {
            "type": "boolean",
            "default": False,
            "description": "Read the `meetings_per_year` of the forum's secretariat instead of the forum's (on the "
            "organisation, the health community's secretariat is read in any case).",
        },
    },
    "additionalProperties": False,
    "anyOf": [{"required": ["min"]}, {"required": ["max"]}, {"required": ["exactly"]}],
}


def validate(rule: Any, doc: Document, base: Path_) -> list[InputError]:
    """``exactly`` with ``min`` or ``max``, or ``min`` above ``max``: located pack errors."""
    return bound_problems(rule.id, doc, base, rule.check.options)


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    holder: Forum | Secretariat | None = subject.forum
    base = subject.base
    if subject.kind == "organisation" or options["secretariat"]:
        holder, path = secretariat_of(subject)
        base = path if holder is not None else subject.base
    declared = holder.meetings_per_year if holder is not None else None
    span = meetings_bounds(declared)
    minimum, maximum = bounds(options)
    params: dict[str, LocalText] = {
        "found": phrase("count-unknown") if declared is None else str(declared),
        "min": "-" if minimum is None else str(minimum),
        "max": "-" if maximum is None else str(maximum),
        "requirement": count_requirement(minimum, maximum),
    }
    shown = declared.model_dump() if isinstance(declared, MeetingsRange) else declared
    evidence = {"meetings_per_year": shown, "min": minimum, "max": maximum}
    if span is None:
        yield Violation(base, "missing", params, evidence, at_key=True)
    elif minimum is not None and span[0] < minimum:  # a range's least must meet the rule's least
        yield Violation((*base, "meetings_per_year"), "too-low", params, evidence)
    elif maximum is not None and span[1] > maximum:  # and its most the rule's most
        yield Violation((*base, "meetings_per_year"), "too-high", params, evidence)


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    meetings_per_year: 4
"""
EXAMPLES = (
    Example("Four meetings a year declared, at least four agreed", {"min": 4}, _ORG),
    Example("Four meetings a year declared, at least six agreed", {"min": 6}, _ORG, expect=("too-low",)),
    Example("Four meetings a year declared, between two and four agreed", {"min": 2, "max": 4}, _ORG),
    Example(
        "«Møtest 5–6 gonger i året» declared as a range, five to six agreed",
        {"min": 5, "max": 6},
        _ORG.replace("meetings_per_year: 4", "meetings_per_year: {min: 5, max: 6}"),
    ),
    Example(
        "Five to six meetings a year declared, exactly six agreed",
        {"exactly": 6},
        _ORG.replace("meetings_per_year: 4", "meetings_per_year: {min: 5, max: 6}"),
        expect=("too-low",),
    ),
    Example(
        'Four meetings a year declared, exactly two agreed ("møtes 2 ganger årlig")',
        {"exactly": 2},
        _ORG,
        expect=("too-high",),
    ),
    Example(
        "The community's secretariat meets every other week",
        {"min": 26},
        _ORG + "secretariat:\n  run_by: [ous]\n  meetings_per_year: 26\n",
        kind="organisation",
    ),
    Example(
        "The community's secretariat says nothing of how often it meets",
        {"min": 26},
        _ORG + "secretariat:\n  run_by: [ous]\n",
        kind="organisation",
        expect=("missing",),
    ),
)
