"""Run one check function on a small inline document, as yamllint's tests/rules/ do."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hf_rules.rules.checks import registry
from hf_rules.rules.checks.base import Example, SubjectKind
from hf_rules.rules.checks.examples import run_example, subject_of


def findings(
    function: str,
    options: dict[str, Any],
    document: str,
    *,
    subject: str | None = None,
    plan: str | None = None,
    kind: SubjectKind | None = None,
    as_of: dt.date | None = None,
    other_plans: tuple[tuple[str, str], ...] = (),
) -> list[tuple[str, int]]:
    """``(violation key, line in the document)`` of each violation, in the order the check gives them.

    The line counts from the first line of ``document`` (plus the organisation's head, see
    ``examples.ORGANISATION_HEAD``), or of ``plan`` for a meeting plan check. A forum check may
    read ``plan`` too (the forum's chair periods), as of ``as_of``; ``other_plans``: ``(id, body)``
    of other fora's meeting plans checked together with ``plan``.
    """
    module = registry()[function]
    example = Example(
        "test", options, document, subject=subject, plan=plan, kind=kind, as_of=as_of, other_plans=other_plans
    )
    of = subject_of(module, example)
    doc = of.doc
    head = 3 if of.kind == "meeting_plan" or not document.lstrip().startswith("metadata:") else 2
    found = []
    for violation in run_example(module, example):
        # as the engine points: a list or mapping, or a missing key, at its key
        value: Any = doc.data
        for part in violation.path:
            try:
                value = value[part]
            except (KeyError, IndexError, TypeError):
                value = None
                break
        at_key = violation.at_key or value is None or isinstance(value, (list, dict))
        found.append((violation.key, doc.location(violation.path, key=at_key).line - head))
    return found
