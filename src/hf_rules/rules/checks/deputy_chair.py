"""Each chair period names a deputy chair (``deputy``), from the other side.

Sides are those of the parties named as chair and deputy (``party`` and ``deputy`` of the period);
a co-chair is not a deputy and is not looked at.

A plan that names no chair periods (``chairs`` left out or empty) is reported once, at the plan,
with a message of its own: who chairs cannot be checked there, so the rule does not pass silently.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.core.i18n import phrase
from hf_rules.rules.checks.base import Example, Subject, Violation
from hf_rules.rules.checks.plan_helpers import no_chairs, ordered_periods, period_text

NAME = "deputy_chair"
SUBJECTS = frozenset({"meeting_plan"})
PARAMS: dict[str, str] = {
    "period": "The chair period, `FROM–TO` (e.g. 2025-01-01–2026-12-31).",
    "party_name": "Name of the chairing party of the period.",
    "deputy_name": "Name of the deputy chair's party; `-` when the period names none.",
    "problem": "What is wrong: the period names no deputy chair, or the deputy is from the chair's side.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "required": {"type": "boolean", "default": True, "description": "Every period names a deputy."},
        "opposite_side": {
            "type": "boolean",
            "default": True,
            "description": "Chair and deputy are of different sides.",
        },
    },
    "additionalProperties": False,
}
_PROBLEMS = {"missing": "deputy-chair-missing", "same-side": "deputy-chair-same-side"}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    org = subject.org
    if not subject.meeting_plan.chairs:
        yield no_chairs(subject)
        return
    for index, period in ordered_periods(subject.meeting_plan.chairs):
        params = {
            "period": period_text(period),
            "party_name": org.party_name(period.party),
            "deputy_name": org.party_name(period.deputy) if period.deputy else "-",
        }
        evidence = {
            "chair": period.party,
            "deputy": period.deputy,
            "chair_side": org.side_of(period.party),
            "deputy_side": org.side_of(period.deputy),
        }
        if period.deputy is None:
            if options["required"]:
                yield Violation(
                    subject.at("chairs", index),
                    f"missing:{period.from_.isoformat()}",
                    {**params, "problem": phrase(_PROBLEMS["missing"])},
                    evidence,
                )
        elif options["opposite_side"] and org.side_of(period.deputy) == org.side_of(period.party):
            yield Violation(
                subject.at("chairs", index, "deputy"),
                f"same-side:{period.from_.isoformat()}",
                {**params, "problem": phrase(_PROBLEMS["same-side"])},
                evidence,
            )


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
  oslo: {name: Oslo kommune, type: kommune, side: kommune}
  helseetaten: {name: Helseetaten, type: etat, side: kommune, part_of: oslo}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: ous, role: Direktør}
      - {party: oslo, role: Byrådsleder}
"""
EXAMPLES = (
    Example(
        "The deputy comes from the other side",
        {},
        _ORG,
        plan="""\
forum: ssu
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: oslo, deputy: ous}
""",
    ),
    Example(
        "Helseetaten is deputy to Oslo kommune: the same side",
        {},
        _ORG,
        expect=("same-side:2025-01-01",),
        plan="""\
forum: ssu
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: oslo, deputy: helseetaten}
""",
    ),
)
