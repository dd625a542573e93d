"""A forum has a meeting plan among the files checked: the rules on who chairs and how often a
forum meets read meeting plans, and a forum without one is checked by none of them. Where the
agreement's chairing or meetings are to be checked, this rule says that the plan is missing
instead of letting those rules pass over the forum.

With ``covers_as_of: true`` the plan must also cover the day the organisation is evaluated as of
(the span of its chair periods, or, for a plan without them, the calendar years from its first
meeting to its last, as every plan rule reads a plan): an old plan does not show who chairs now.

A secretariat's plan (``secretariat:`` in the plan): applied to the organisation, the rule asks
for a plan of the health community's joint secretariat (``secretariat: secretariat``); with
``secretariat: true`` a forum's rule asks for a plan of the forum's own secretariat
(``secretariat: <the forum's id>``). A forum's plans never stand in for its secretariat's, nor the
other way round. An organisation or forum without such a secretariat is reported as having no
plan of it (the ``secretariat`` check says whether there must be one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from hf_rules.core.i18n import phrase
from hf_rules.rules.checks.base import Example, Subject, Violation
from hf_rules.rules.checks.plan_helpers import plan_span

NAME = "meeting_plan_present"
SUBJECTS = frozenset({"forum", "organisation"})
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
        "secretariat": {
            "type": "boolean",
            "default": False,
            "description": "Ask for a plan of the forum's own secretariat instead of the forum's (on the "
            "organisation, a plan of the health community's joint secretariat is asked for in any case).",
        },
    },
    "additionalProperties": False,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    if subject.kind == "organisation":
        body = ("secretariat", "secretariat")
    else:
        body = ("secretariat" if options["secretariat"] else "forum", subject.id)
    plans = [plan for plan in subject.org.plans if plan.model.body == body]
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
    where = subject.base
    if body[0] == "secretariat" and subject.kind == "organisation" and subject.org.model.secretariat is not None:
        where = ("secretariat",)  # the joint secretariat the plan is missing for
    yield Violation(
        where,
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
_JOINT = """\
parties:
  hmr: {name: Helse Møre og Romsdal HF, type: helseforetak, side: sykehus}
  molde: {name: Molde kommune, type: kommune, side: kommune}
fora:
  pm: {name: Partnarskapsmøte, type: partnerskapsmote}
secretariat:
  name: Felles samarbeidssekretariat
  run_by: [hmr, molde]
"""
EXAMPLES = (
    Example("The SSU's meeting plan is among the files", {}, _ORG, plan=_PLAN_2025),
    Example(
        "The joint secretariat's plan is among the files",
        {},
        _JOINT,
        plan="secretariat: secretariat\nmeetings:\n  - {date: 2026-01-07}\n",
        kind="organisation",
    ),
    Example(
        "Only the partnarskapsmøte's plan: no plan of the joint secretariat",
        {},
        _JOINT,
        plan="forum: pm\nmeetings:\n  - {date: 2026-01-07}\n",
        kind="organisation",
        expect=("no-plan",),
    ),
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
