"""The contract of a check function: what it declares, receives and returns.

A check function is a module in ``hf_rules.rules.checks`` (found there automatically) with:

- ``NAME``: the name rule packs call it by;
- ``SUBJECTS``: the subject kinds it can be applied to;
- ``OPTIONS``: a JSON Schema of its options, checked when a rule pack loads. Every optional
  option has a ``default`` in the schema; the pack loader fills the defaults in before ``check``
  is called, so a check reads ``options["x"]`` and docs/checks.md shows every default;
- ``PARAMS``: the ``{placeholders}`` it fills for rule messages (beyond ``subject`` and
  ``subject_name``, which every check has), each with what it holds — for every kind of
  finding the check gives, since a placeholder may hold something else, or nothing, for another
  kind (docs/checks.md shows them; a test holds every one described);
- its documentation: the module docstring is the user's documentation (what it counts and what
  it leaves out), and ``EXAMPLES`` at least one passing and one failing :class:`Example`, which
  docs/checks.md shows and a test runs;
- ``check(subject, options) -> Iterator[Violation]``;
- optionally ``validate(rule, doc, options_path) -> list[InputError]``: what a JSON Schema cannot
  say about the options (an ``expression`` compiles), checked when the pack loads;
- optionally ``remedy`` and ``complete_remedy``, what ``hf-rules fix`` may add
  (:mod:`hf_rules.rules.checks.remedy`).

A check that cannot be applied to a subject at all (an expression that fails on its data) raises
:class:`CheckError`; the engine reports it as a pack error at the option (exit 2).

Checks never format and never know the language: they give facts (``params``, ``evidence``) and
catalogue phrases (:class:`hf_rules.core.i18n.Phrase`); the engine turns them into findings.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import Message, Phrase, phrase
from hf_rules.documents.entries import OrgEntry, PlanEntry
from hf_rules.documents.model import Forum, MeetingPlan, Party, Secretariat
from hf_rules.rules.dated import is_dated
from hf_rules.yaml.loader import Document, Path_

SubjectKind = Literal["organisation", "party", "forum", "meeting_plan"]

LocalText = str | dict[str, str] | Phrase
"""A parameter value: plain text, a pack's ``{"nb": ..., "en": ...}``, or a catalogue phrase;
the engine puts the last two in the reader's language."""


@dataclass(frozen=True)
class Subject:
    """What a rule is applied to: an organisation, or one party, forum or meeting plan in it."""

    kind: SubjectKind
    id: str
    name: str
    org: OrgEntry
    doc: Document
    base: Path_
    party: Party | None = None
    forum: Forum | None = None
    plan: PlanEntry | None = None
    as_of: dt.date | None = None
    """The date the subject is evaluated as of (its organisation's date, see
    :func:`hf_rules.engine.evaluate.evaluation_dates`); None outside a run (a check then uses today)."""

    def at(self, *rel: str | int) -> Path_:
        """The path of ``rel`` inside this subject, in its document."""
        return self.base + tuple(rel)

    @property
    def meeting_plan(self) -> MeetingPlan:
        assert self.plan is not None
        return self.plan.model

    @property
    def plan_forum(self) -> Forum:
        """The forum of a forum's plan (never asked of a secretariat's plan: a check that reads it
        does not declare ``SECRETARIAT_PLANS``, and the engine keeps such plans from it)."""
        assert self.plan is not None and self.plan.forum is not None
        return self.plan.forum

    @property
    def plan_body_name(self) -> str:
        """The name of the forum or the secretariat the plan is for."""
        assert self.plan is not None
        return self.plan.body_name

    @property
    def plan_key(self) -> Path_:
        """Where the plan says whose it is (``forum:`` or ``secretariat:``): where a finding about
        the plan as a whole points."""
        return self.at(self.meeting_plan.body[0])


@dataclass
class Violation:
    """One way the subject fails the check.

    ``path`` is where in the subject's document to point (the most specific node: the seat, the
    chair period, the missing key's parent); ``key`` identifies the violation within the
    subject independently of line numbers, for fingerprints and baselines. ``facts``: what the
    check's own ``remedy`` needs to know (a small dataclass of the check's module, or None), so
    a remedy never parses ``key``, ``params`` or ``evidence``; not part of any report.
    ``said`` and ``said_hint``: a catalogue message and hint that replace the rule's own, for a
    finding the rule's message cannot describe (a chair rule on a plan that names no chair).
    """

    path: Path_
    key: str
    params: Mapping[str, LocalText] = field(default_factory=dict)
    evidence: dict[str, Any] = field(default_factory=dict)
    at_key: bool = False
    facts: object = None
    said: Phrase | None = None
    said_hint: Phrase | None = None


class CheckError(Exception):
    """A rule that cannot be applied to a subject: a fault of the rule, reported at ``option``
    (a key of the check's options) in the pack, with the subject named."""

    def __init__(self, option: str, message: str | Message) -> None:
        super().__init__(str(message))
        self.option = option
        self.said = message
        self.message = str(message)


@dataclass(frozen=True)
class Example:
    """A worked example of a check, shown in docs/checks.md and run by the tests.

    ``document`` is the body of a small organisation in YAML (``parties:`` and ``fora:``, and
    ``metadata:`` when the example needs it); ``plan`` the body of a meeting plan for it
    (``forum:``, ``chairs:``, ``meetings:``) when the check applies to meeting plans. The rule is
    applied to ``subject`` (a forum or party id; the organisation or the plan otherwise) with
    ``options``; ``expect`` lists the keys of the violations it gives (none: it passes). A forum
    example may have a ``plan`` too (for the forum's chair periods), and ``as_of``, the date it is
    evaluated as of. ``other_plans``: ``(id, body)`` of meeting plans of other fora checked
    together with ``plan`` (for a rule that compares plans).
    """

    title: str
    options: dict[str, Any]
    document: str
    expect: tuple[str, ...] = ()
    subject: str | None = None
    plan: str | None = None
    kind: SubjectKind | None = None
    as_of: dt.date | None = None
    other_plans: tuple[tuple[str, str], ...] = ()


class CheckModule(Protocol):
    NAME: str
    SUBJECTS: frozenset[str]
    OPTIONS: dict[str, Any]
    PARAMS: Mapping[str, str]
    EXAMPLES: tuple[Example, ...]
    __doc__: str | None

    def check(self, subject: Subject, options: dict[str, Any]) -> Iterator[Violation]: ...


def reads_secretariat_plans(check: object) -> bool:
    """Whether a check function reads a secretariat's meeting plan: it declares
    ``SECRETARIAT_PLANS``, what it does with one (docs/checks.md shows it). A rule whose function
    does not, selecting such a plan, is a pack error."""
    return bool(getattr(check, "SECRETARIAT_PLANS", ""))


def with_defaults(schema: dict[str, Any], value: Any) -> Any:
    """``value`` with every option it leaves out that has a ``default`` in ``schema`` filled in,
    also inside nested objects and lists of objects. ``value`` itself is not changed."""
    if isinstance(value, dict) and "properties" in schema:
        filled = dict(value)
        for name, sub in schema["properties"].items():
            if name in filled:
                filled[name] = with_defaults(sub, filled[name])
            elif "default" in sub:
                filled[name] = copy.deepcopy(sub["default"])
        return filled
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [with_defaults(schema["items"], item) for item in value]
    return value


TEXT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"nb": {"type": "string", "minLength": 1}, "en": {"type": "string", "minLength": 1}},
    "required": ["nb", "en"],
    "additionalProperties": False,
}
STRINGS: dict[str, Any] = {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}
COUNT_BOUNDS: dict[str, Any] = {
    "min": {"type": "integer", "minimum": 0, "description": "At least this many."},
    "max": {"type": "integer", "minimum": 0, "description": "At most this many."},
}
COUNT_EXACTLY: dict[str, Any] = {
    "exactly": {"type": "integer", "minimum": 0, "description": "Exactly this many (the same as equal min and max)."},
}


def bounds(options: dict[str, Any], default_min: int | None = None) -> tuple[int | None, int | None]:
    """``(min, max)`` from ``min``, ``max`` and ``exactly``; ``default_min`` when none is given."""
    if options.get("exactly") is not None:
        return options["exactly"], options["exactly"]
    minimum, maximum = options.get("min"), options.get("max")
    if minimum is None and maximum is None:
        minimum = default_min
    return minimum, maximum


def count_requirement(minimum: int | None, maximum: int | None) -> Phrase:
    """``at least 2`` / ``at most 3`` / ``exactly 1`` / ``between 1 and 3``, from the catalogue."""
    if minimum is not None and maximum is not None:
        if minimum == maximum:
            return phrase("count-exactly", n=minimum)
        return phrase("count-between", min=minimum, max=maximum)
    if maximum is not None:
        return phrase("count-at-most", n=maximum)
    return phrase("count-at-least", n=minimum or 0)


def option_values(options: dict[str, Any], key: str, base: Path_) -> list[tuple[Any, Path_, dt.date, dt.date]]:
    """``(value, path, first day, last day)`` of option ``key``: one, or one per dated value."""
    if key not in options:
        return []
    value = options[key]
    if not is_dated(value):
        return [(value, base + (key,), dt.date.min, dt.date.max)]
    found = []
    for j, entry in enumerate(value["dated"]):
        first = dt.date.fromisoformat(entry["valid_from"]) if "valid_from" in entry else dt.date.min
        last = dt.date.fromisoformat(entry["valid_to"]) if "valid_to" in entry else dt.date.max
        found.append((entry.get("value"), base + (key, "dated", j, "value"), first, last))
    return found


def bound_problems(
    rule_id: str,
    doc: Document,
    base: Path_,
    options: dict[str, Any],
    low: str = "min",
    high: str = "max",
    exact: str | None = "exactly",
) -> list[InputError]:
    """What a JSON Schema cannot say about a count's bounds in ``options`` (at ``base`` in the
    pack): ``exact`` given together with ``low`` or ``high``, and ``low`` above ``high`` (dated
    values compared where their periods meet). Located at the offending option."""
    problems: list[InputError] = []
    lows, highs = option_values(options, low, base), option_values(options, high, base)
    if exact is not None and exact in options and (lows or highs):
        other = low if lows else high
        where = doc.location(base + (exact,), key=True)
        problems.append(InputError(where, Message("err-bounds-exactly", rule=rule_id, exact=exact, other=other)))
    for minimum, path, first, last in lows:
        for maximum, _, other_first, other_last in highs:
            meet = first <= other_last and other_first <= last
            if meet and isinstance(minimum, int) and isinstance(maximum, int) and minimum > maximum:
                problems.append(
                    InputError(
                        doc.location(path),
                        Message("err-bounds-order", rule=rule_id, low=low, high=high, min=minimum, max=maximum),
                    )
                )
    return problems


def each_bound_problems(
    rule_id: str, doc: Document, base: Path_, options: dict[str, Any], key: str
) -> list[InputError]:
    """:func:`bound_problems` for every entry of option ``key``: a list of counts (``require``)
    or a mapping of them (``sides``)."""
    problems: list[InputError] = []
    for value, path, _, _ in option_values(options, key, base):
        items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else []
        for name, item in items:
            if isinstance(item, dict):
                problems.extend(bound_problems(rule_id, doc, (*path, name), item))
    return problems


def secretariat_of(subject: Subject, joint_serving: bool = False) -> tuple[Secretariat | None, Path_]:
    """The secretariat a forum rule reads (the forum's own) or an organisation rule reads (the
    health community's), with the path of its ``secretariat`` key; None when there is none. With
    ``joint_serving``, a forum without a secretariat of its own reads the health community's when
    that one ``serves`` the forum (the agreement's «sekretariatet for SSU» may be either)."""
    if subject.forum is not None:
        joint = subject.org.model.secretariat
        if subject.forum.secretariat is None and joint_serving and joint is not None and subject.id in joint.serves:
            return joint, ("secretariat",)
        return subject.forum.secretariat, subject.at("secretariat")
    return subject.org.model.secretariat, ("secretariat",)
