"""A forum has a meeting plan among the files checked: the rules on who chairs and how often a
forum meets read meeting plans, and a forum without one is checked by none of them. Where the
agreement's chairing or meetings are to be checked, this rule says that the plan is missing
instead of letting those rules pass over the forum.

With ``covers_as_of: true`` the plan must also cover the day the organisation is evaluated as of
(the span of its chair periods, or, for a plan without them, the calendar years from its first
meeting to its last, as every plan rule reads a plan): an old plan does not show who chairs now.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from hf_rules.core.i18n import phrase
from hf_rules.rules.checks.base import Example, Subject, Violation
from hf_rules.rules.checks.plan_helpers import plan_span

NAME = "meeting_plan_present"
SUBJECTS = frozenset({"forum"})
PARAMS: dict[str, str] = {
    "found": "How many meeting plans of the forum are among the files checked.",
    "date": "With `covers_as_of`: the day a plan must cover; otherwise `-`.",
    "problem": "What is wrong, as a clause: `has no meeting plan among the files`, or `has no meeting plan that "
    "covers 2026-03-01`.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "covers_as_of": {
            "type": "boolean",
            "default": False,
            "description": "A plan must cover the day the organisation is evaluated as of (false: any plan of "
            "the forum will do).",
        },
    },
    "additionalProperties": False,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    plans = [plan for plan in subject.org.plans if plan.model.forum == subject.id]
    day = subject.as_of or dt.date.today()
    if options["covers_as_of"]:
        spans = [(plan, plan_span(plan.model)) for plan in plans]
        covering = [plan for plan, span in spans if span is not None and span[0] <= day <= span[1]]
        date = day.isoformat()
    else:
        covering, date = plans, "-"
    if covering:
        return
    evidence = {"plans": [plan.model.metadata.id for plan in plans], "covers_as_of": options["covers_as_of"]}
    if options["covers_as_of"]:
        evidence["as_of"] = date
    yield Violation(
        subject.base,
        "no-plan" if not plans else "no-plan-covering",
        {
            "found": str(len(plans)),
            "date": date,
            "problem": phrase("plan-none-covering", date=date) if plans else phrase("plan-none"),
        },
        evidence,
        at_key=True,
    )


_ORG = """\
parties:
  hf: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    chair_rotation: [kommune, sykehus]
    members:
      - {party: hf, role: Administrerende direktør}
      - {party: lyngvik, role: Kommunedirektør}
"""
_PLAN_2025 = """\
forum: ssu
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: lyngvik}
"""
EXAMPLES = (
    Example("The SSU's meeting plan is among the files", {}, _ORG, plan=_PLAN_2025),
    Example("No meeting plan of the SSU is among the files", {}, _ORG, expect=("no-plan",)),
    Example(
        "The plan covers the day the structure is evaluated as of",
        {"covers_as_of": True},
        _ORG,
        plan=_PLAN_2025,
        as_of=dt.date(2026, 3, 1),
    ),
    Example(
        "The only plan ended before that day",
        {"covers_as_of": True},
        _ORG,
        plan=_PLAN_2025,
        as_of=dt.date(2027, 3, 1),
        expect=("no-plan-covering",),
    ),
)
