"""A date of the organisation's ``metadata`` lies within bounds, and is given when ``required``.

``field`` says which date is read: ``effective_from`` (default), the day the structure takes
effect — "not before the health communities were established on 01.01.2021"; or
``established``, when the health community was founded, which a document may give to the month
(``2021-12``) where its source does («vart etablert i desember 2021»), or to the year, in quotes
(``'2021'``: «oppretta frå 2021»). ``not_before`` and ``not_after`` are a date (``YYYY-MM-DD``),
a month (``YYYY-MM``) or a year (``'YYYY'``); at least one is given. Two dates are compared to the
day; where either gives only the month, to the month; where either gives only the year, to the
year: ``established: 2021-12`` is neither before ``not_before: 2021-12`` nor before
``2021-12-15`` (which day in December is not known), ``not_after: 2021-12`` allows any day of
December, and ``not_before: '2021'`` with ``not_after: '2021'`` any month or day of 2021.

Only the organisation's ``metadata`` is read; a date it does not give fails only with
``required``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.core.errors import InputError, SaidValueError
from hf_rules.core.i18n import Message
from hf_rules.documents.model import MONTH_OR_DATE_PATTERN, month_or_date, month_or_date_before
from hf_rules.rules.checks.base import Example, Subject, Violation, option_values
from hf_rules.yaml.loader import Document, Path_

NAME = "effective_from"
SUBJECTS = frozenset({"organisation"})
PARAMS: dict[str, str] = {
    "found": "The date read (`metadata.effective_from` or `metadata.established`, as `field` says); `-` when it gives none.",
    "not_before": "The first day or month the rule allows (the option); `-` when not given.",
    "not_after": "The last day or month the rule allows (the option); `-` when not given.",
    "field": "The key read: `effective_from` or `established`.",
}
_BOUND = {"type": "string", "pattern": MONTH_OR_DATE_PATTERN}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "field": {
            "enum": ["effective_from", "established"],
            "default": "effective_from",
            "description": "Which date of the organisation's `metadata` is read: `effective_from` (the day the "
            "structure takes effect) or `established` (when the health community was founded, a year, a month or a day).",
        },
        "not_before": {
            **_BOUND,
            "description": "The first day (YYYY-MM-DD), month (YYYY-MM) or year ('YYYY', quoted) allowed.",
        },
        "not_after": {
            **_BOUND,
            "description": "The last day (YYYY-MM-DD), month (YYYY-MM) or year ('YYYY', quoted) allowed.",
        },
        "required": {"type": "boolean", "default": False, "description": "The date must be given."},
    },
    "anyOf": [{"required": ["not_before"]}, {"required": ["not_after"]}],
    "additionalProperties": False,
}


def validate(rule: Any, doc: Document, base: Path_) -> list[InputError]:
    """A bound that is no day of the calendar (``2021-02-30``), or ``not_before`` after
    ``not_after``: located pack errors."""
    options: dict[str, Any] = rule.check.options
    problems: list[InputError] = []
    given: dict[str, str] = {}
    for key in ("not_before", "not_after"):
        for value, path, _, _ in option_values(options, key, base):
            if not isinstance(value, str):
                continue  # the schema says what is wrong with it
            try:
                month_or_date(value)
            except SaidValueError as error:
                problems.append(
                    InputError(
                        doc.location(path), Message("err-option-not-a-day", rule=rule.id, key=key, problem=error.said)
                    )
                )
            else:
                given.setdefault(key, value)
    if len(given) == 2 and month_or_date_before(given["not_after"], given["not_before"]):
        problems.append(
            InputError(
                doc.location(base + ("not_after",)),
                Message(
                    "err-dates-reversed", rule=rule.id, not_before=given["not_before"], not_after=given["not_after"]
                ),
            )
        )
    return problems


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    field = options["field"]
    value = getattr(subject.org.model.metadata, field)
    found = str(value) if value is not None else "-"  # a date (effective_from) or the text (established)
    not_before, not_after = options.get("not_before"), options.get("not_after")
    params = {"found": found, "not_before": not_before or "-", "not_after": not_after or "-", "field": field}
    evidence = {field: found, **{k: v for k, v in (("not_before", not_before), ("not_after", not_after)) if v}}
    if value is None:
        if options["required"]:
            yield Violation(("metadata",), "missing", params, evidence, at_key=True)
        return
    if not_before is not None and month_or_date_before(found, not_before):
        yield Violation(("metadata", field), "too-early", params, evidence)
    if not_after is not None and month_or_date_before(not_after, found):
        yield Violation(("metadata", field), "too-late", params, evidence)


_ORG = """\
metadata: {id: example, name: Example, %s}
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
fora: {}
"""
EXAMPLES = (
    Example("In force from 1 January 2021", {"not_before": "2021-01-01"}, _ORG % "effective_from: 2021-01-01"),
    Example(
        "In force from 2020", {"not_before": "2021-01-01"}, _ORG % "effective_from: 2020-06-01", expect=("too-early",)
    ),
    Example(
        "Established in December 2021, as the source says (a month: not before 2021-12)",
        {"field": "established", "not_before": "2021-12", "not_after": "2021-12"},
        _ORG % "established: 2021-12",
    ),
    Example(
        "Established in January 2022, after the December 2021 the source says",
        {"field": "established", "not_before": "2021-12", "not_after": "2021-12"},
        _ORG % "established: 2022-01",
        expect=("too-late",),
    ),
    Example(
        "Established on 30 November 2021, before December 2021",
        {"field": "established", "not_before": "2021-12"},
        _ORG % "established: 2021-11-30",
        expect=("too-early",),
    ),
    Example(
        "Established in 2021, the year the source gives («oppretta frå 2021»), known to the year only",
        {"field": "established", "not_before": "2021", "not_after": "2021"},
        _ORG % "established: '2021'",
    ),
    Example(
        "Established in December 2020, not in 2021",
        {"field": "established", "not_before": "2021", "not_after": "2021"},
        _ORG % "established: 2020-12",
        expect=("too-early",),
    ),
    Example(
        "The founding date must be given",
        {"field": "established", "not_before": "2021-01", "required": True},
        _ORG % "effective_from: 2022-01-01",
        expect=("missing",),
    ),
)
