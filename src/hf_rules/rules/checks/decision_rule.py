"""How a forum makes its decisions (``decision_rule``): one of the decision rules in ``allowed``
("Beslutninger i SSU fattes ved konsensus": ``allowed: [konsensus]``).

Only the organisation document's declaration is read: a forum that declares no
``decision_rule`` fails with the problem ``missing``, one that declares another rule with
``other``. Whether the decisions are in fact made that way is shown by the minutes, not by the
structure: a pack says so in the rule's ``interpretation``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import Example, LocalText, Subject, Violation
from hf_rules.rules.checks.words import words

NAME = "decision_rule"
SUBJECTS = frozenset({"forum"})
PARAMS: dict[str, str] = {
    "found": "The forum's `decision_rule`; `-` when it declares none.",
    "allowed": "The decision rules the rule allows, comma-separated.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "allowed": words(
            "decision_rules", "The decision rules the forum may declare (konsensus, flertall, enstemmighet)."
        ),
    },
    "required": ["allowed"],
    "additionalProperties": False,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    allowed: list[str] = options["allowed"]
    declared = forum.decision_rule
    params: dict[str, LocalText] = {"found": declared or "-", "allowed": ", ".join(allowed)}
    evidence = {"decision_rule": declared, "allowed": allowed}
    if declared is None:
        yield Violation(subject.base, "missing", params, evidence, at_key=True)
    elif declared not in allowed:
        yield Violation(subject.at("decision_rule"), "other", params, evidence)


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
%s"""
EXAMPLES = (
    Example(
        "The forum decides by consensus, as agreed", {"allowed": ["konsensus"]}, _ORG % "    decision_rule: konsensus\n"
    ),
    Example(
        "The forum decides by majority, consensus agreed",
        {"allowed": ["konsensus"]},
        _ORG % "    decision_rule: flertall\n",
        expect=("other",),
    ),
    Example("The forum says nothing of how it decides", {"allowed": ["konsensus"]}, _ORG % "", expect=("missing",)),
)
