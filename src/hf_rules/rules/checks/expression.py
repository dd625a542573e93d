"""An obligation no other check function expresses, written as a CEL expression that must be true.

The expression is evaluated for each selected subject (or, with `for_each`, for each seat,
chair period, meeting, party or forum of it) on the subject's data as plain JSON: the
organisation, and the party, forum or meeting plan selected. `true` complies; `false` is a
finding at the subject (or at the element). `variables` name sub-expressions
(`variables.NAME`, as in Kubernetes ValidatingAdmissionPolicy); `message_expression` computes
the `{detail}` placeholder of the rule's message. Expressions are compiled when the pack loads:
a syntax error, an unknown name or a result that is not a bool is a pack error at the
expression (exit 2). An expression that fails on a subject (a key that is not there, a value of
the wrong type, CEL's budget exceeded) is a pack error too, naming the subject. Every variable,
the data shapes and the limits are in [expressions.md](expressions.md); CEL itself needs
`pip install 'hf-rules[cel]'`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from hf_rules.core.errors import InputError, Location
from hf_rules.core.i18n import Message
from hf_rules.documents.entries import OrgEntry
from hf_rules.documents.model import (
    Agreement,
    Forum,
    MandatePoint,
    MeetingPlan,
    Organisation,
    Party,
    Region,
    Seat,
    Secretariat,
    SubAgreement,
    mandate_duties,
    mandate_text,
)
from hf_rules.rules.cel_fields import ANY, SCALAR, ListOf, Record, Shape, join, model_shape, unknown_fields
from hf_rules.rules.checks.base import TEXT_SCHEMA, CheckError, Example, Subject, Violation
from hf_rules.rules.checks.plan_helpers import no_chairs, ordered_meetings, ordered_periods
from hf_rules.rules.checks.seats import deputy_side, region_of, seat_roles, seat_text
from hf_rules.rules.dated import is_dated
from hf_rules.yaml.loader import Document
from hf_rules.yaml.scalars import Path_

NAME = "expression"
SUBJECTS = frozenset({"organisation", "party", "forum", "meeting_plan"})
SECRETARIAT_PLANS = "the plan is `plan` (its `secretariat` gives whose it is), and `forum` is null."
PARAMS: dict[str, str] = {
    "detail": "What `message_expression` gave, in the reader's language; empty without one.",
    "item": "With `for_each`: which element failed (`members[2]`, a chair period, a meeting); otherwise empty.",
}
VARIABLE_NAME = r"^[a-z][a-z0-9_]*$"
MAX_VARIABLES = 16
_EXPRESSION: dict[str, Any] = {"type": "string", "minLength": 1, "maxLength": 1000}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "expression": {
            **_EXPRESSION,
            "description": "CEL expression that is true when the subject (or element) complies.",
        },
        "for_each": {
            "enum": ["members", "observers", "seats", "chair_periods", "meetings", "parties", "fora"],
            "description": "Evaluate once per element instead of once per subject: members, observers or "
            "seats (both) of a forum (bound as `seat`), chair_periods (`period`) or meetings (`meeting`) "
            "of a meeting plan, parties (`party`) or fora (`forum`) of an organisation; `index` is its "
            "position.",
        },
        "variables": {
            "type": "object",
            "propertyNames": {"pattern": VARIABLE_NAME},
            "additionalProperties": _EXPRESSION,
            "maxProperties": MAX_VARIABLES,
            "description": "Named CEL expressions, evaluated in order before the expression; each may use "
            "the earlier ones as `variables.NAME`.",
        },
        "message_expression": {
            "oneOf": [
                {**_EXPRESSION, "description": "One CEL expression for both languages."},
                {**TEXT_SCHEMA, "properties": {"nb": _EXPRESSION, "en": _EXPRESSION}},
            ],
            "description": "CEL expression giving a string, filled into the message's `{detail}` "
            "placeholder; or `{nb, en}`, one per language.",
        },
    },
    "required": ["expression"],
    "additionalProperties": False,
}

_ELEMENT = {
    "members": ("forum", "seat"),
    "observers": ("forum", "seat"),
    "seats": ("forum", "seat"),
    "chair_periods": ("meeting_plan", "period"),
    "meetings": ("meeting_plan", "meeting"),
    "parties": ("organisation", "party"),
    "fora": ("organisation", "forum"),
}
_BOUND = {
    "organisation": ("organisation", "subject"),
    "party": ("organisation", "party", "subject"),
    "forum": ("organisation", "forum", "subject"),
    "meeting_plan": ("organisation", "forum", "plan", "subject"),
}


def names(kind: str, for_each: str | None) -> frozenset[str]:
    """The names an expression of a rule on ``kind`` can use (``variables`` included)."""
    bound = set(_BOUND[kind]) | {"variables"}
    if for_each is not None:
        bound |= {_ELEMENT[for_each][1], "index"}
        if for_each in ("members", "observers", "seats"):
            bound.add("group")
    return frozenset(bound)


def _variants(options: dict[str, Any], key: str, base: Path_) -> list[tuple[Any, Path_]]:
    """The values of option ``key`` with their paths: one, or one per dated value."""
    if key not in options:
        return []
    value = options[key]
    if is_dated(value):
        return [(entry.get("value"), base + (key, "dated", j, "value")) for j, entry in enumerate(value["dated"])]
    return [(value, base + (key,))]


def validate(rule: Any, doc: Document, base: Path_) -> list[InputError]:
    """Compile every expression of ``rule`` (a :class:`~hf_rules.rules.model.Rule` whose options
    passed the schema): problems at the expression's place in the pack."""
    from hf_rules.rules import cel

    options: dict[str, Any] = rule.check.options
    kind = rule.applies_to.kind
    problems: list[InputError] = []

    def problem(path: Path_, text: str | Message, at: Location | None = None) -> None:
        where = doc.location(path) if at is None else at
        problems.append(InputError(where, Message("rule-problem", rule=rule.id, problem=text)))

    for_each_values = [v for v, _ in _variants(options, "for_each", base)] or [None]
    for value, path in _variants(options, "for_each", base):
        if _ELEMENT[value][0] != kind:
            problem(path, Message("expr-for-each-kind", value=value, element=_ELEMENT[value][0], kind=kind))
    if problems:
        return problems
    allowed = frozenset().union(*(names(kind, f) for f in for_each_values))
    defined: set[str] = set()
    for variables, _ in _variants(options, "variables", base):
        defined |= set(variables or {})
    bound = bound_shapes(kind, for_each_values)
    variable_shapes: dict[str, Shape] = {}

    def compile_one(text: str, path: Path_, what: str | Message, earlier: set[str] | None) -> tuple[Any, Shape]:
        for name, line, column in cel.variable_references(text):
            known = defined if earlier is None else earlier
            if name not in known:
                expected = ", ".join(sorted(known)) or Message("expr-none")
                problem(
                    path,
                    Message("expr-no-variable", what=what, line=line, column=column, name=name, expected=expected),
                )
                return None, ANY
        try:
            program = cel.compile_expression(text, allowed)
        except cel.MissingLibrary:
            raise _NoLibrary(path) from None
        except cel.CelError as error:
            problem(path, Message("expr-does-not-compile", what=what, where=_where(error), problem=error.said))
            return None, ANY
        visible = variable_shapes if earlier is None else {k: v for k, v in variable_shapes.items() if k in earlier}
        scope = {**bound, "variables": Record("variables", visible)}
        shape, unknown = unknown_fields(program.compiled.serialize(), text, scope)
        for found in unknown:
            line, column = cel.position(text, found.offset)
            suggestion = Message("did-you-mean", name=found.suggestion) if found.suggestion else ""
            problem(
                path,
                Message(
                    "expr-unknown-field",
                    what=what,
                    where=Message("expr-at", line=line, column=column),
                    field=found.field,
                    record=found.record,
                    suggestion=suggestion,
                    expected=", ".join(found.expected),
                ),
                _written_at(doc, path, text, found.offset, found.field),
            )
        return (None if unknown else program), shape

    try:
        _compile_all(options, base, compile_one, problem, variable_shapes)
    except _NoLibrary as missing:
        return [
            InputError(
                doc.location(missing.path),
                Message("expr-needs-cel", rule=rule.id),
            )
        ]
    if "message_expression" in options and not any("{detail}" in getattr(rule.message, lang) for lang in ("nb", "en")):
        problem(base + ("message_expression",), Message("expr-detail-without-message"))
    rule_path = base[:-2]  # ("rules", i)
    for field_name in ("message", "hint"):
        for lang in ("nb", "en"):
            text = getattr(getattr(rule, field_name), lang)
            if "{detail}" in text and "message_expression" not in options:
                problem(rule_path + (field_name, lang), Message("expr-detail-without-expression"))
            if "{item}" in text and "for_each" not in options:
                problem(rule_path + (field_name, lang), Message("expr-item-without-for-each"))
    return problems


def _written_at(doc: Document, path: Path_, text: str, offset: int, name: str) -> Location:
    """Where in the pack file the name at ``offset`` of the expression ``text`` (the value at
    ``path``) is written: the same occurrence of it, counted from where the value starts, so that
    quotes, escapes and block scalars (``>-``) are all followed. The value's start when the file
    cannot be read again."""
    start = doc.location(path)
    if start.line <= 0:
        return start
    try:
        with open(doc.path, encoding="utf-8") as file:
            lines = file.read().splitlines()
    except (OSError, UnicodeError, ValueError):
        return start
    word = re.compile(r"(?<![\w])" + re.escape(name) + r"(?![\w])")
    wanted = len(word.findall(text[: offset + len(name) + 2]))  # + 2: past a quote of a string index
    seen = 0
    for number in range(start.line - 1, min(len(lines), start.line - 1 + MAX_SCALAR_LINES)):
        first = start.column - 1 if number == start.line - 1 else 0
        for match in word.finditer(lines[number], first):
            seen += 1
            if seen == wanted:
                return Location(doc.path, number + 1, match.start() + 1)
    return start


MAX_SCALAR_LINES = 200
"""Lines of a pack file searched for a name inside one expression (at most 1,000 characters)."""


class _NoLibrary(Exception):
    def __init__(self, path: Path_) -> None:
        super().__init__("no CEL library")
        self.path = path


def _compile_all(
    options: dict[str, Any],
    base: Path_,
    compile_one: Callable[[str, Path_, str | Message, set[str] | None], tuple[Any, Shape]],
    problem: Callable[[Path_, str | Message], None],
    variable_shapes: dict[str, Shape],
) -> None:
    """Compile the variables (each seeing only the ones before it), the expression and the
    message expression, with the result type each must have; ``variable_shapes`` gets the shape
    of each variable's value (joined over its dated values)."""
    for variables, path in _variants(options, "variables", base):
        earlier: set[str] = set()
        for name, text in (variables or {}).items():
            _, shape = compile_one(text, path + (name,), Message("expr-variable", name=name), earlier)
            variable_shapes[name] = join(variable_shapes[name], shape) if name in variable_shapes else shape
            earlier.add(name)
    for text, path in _variants(options, "expression", base):
        program, _ = compile_one(text, path, "expression", None)
        if program is not None and program.result not in ("bool", "dyn"):
            problem(path, Message("expr-gives-not-bool", type=program.result))
    for message, path in _variants(options, "message_expression", base):
        texts = [(message, path)] if isinstance(message, str) else [(message[k], path + (k,)) for k in ("nb", "en")]
        for text, at in texts:
            program, _ = compile_one(text, at, "message_expression", None)
            if program is not None and program.result not in ("string", "dyn"):
                problem(at, Message("expr-gives-not-string", type=program.result))


_SHAPES: dict[str, Shape] = {}


def data_shapes() -> dict[str, Shape]:
    """The shape of what each variable holds (see :func:`organisation_data` and
    :func:`subject_data`, which these follow): the documents' models, with the keys those two
    add and leave out. Made from the models when first needed, so a field added to a model is
    known to the expression check at once."""
    if _SHAPES:
        return _SHAPES
    records: dict[type[Any], Record] = {}
    seat = model_shape(Seat, records)
    seat.fields = {
        **seat.fields,
        **dict.fromkeys(("has_deputy", "deputy", "deputy_party", "deputy_side", "deputy_role"), SCALAR),
        "roles": ListOf(SCALAR),
    }
    for model, added in (
        (Region, {}),
        (Party, {"region": SCALAR}),
        (Forum, {"kinds": ListOf(SCALAR), **_MANDATE_SHAPE}),
        (SubAgreement, {}),
        (Agreement, {}),
    ):
        record = model_shape(model, records)
        record.fields = {"id": SCALAR, **record.fields, **added}
    secretariat = model_shape(Secretariat, records)
    secretariat.fields = {**secretariat.fields, **_MANDATE_SHAPE}
    dropped = ("apiVersion", "kind")
    organisation = model_shape(Organisation, records)
    plan = model_shape(MeetingPlan, records)
    _SHAPES.update(
        organisation=Record(
            "organisation", {"id": SCALAR, **{k: v for k, v in organisation.fields.items() if k not in dropped}}
        ),
        plan=Record("MeetingPlan", {"id": SCALAR, **{k: v for k, v in plan.fields.items() if k not in dropped}}),
        party=records[Party],
        forum=records[Forum],
        subject=Record("subject", dict.fromkeys(("kind", "id", "name", "as_of"), SCALAR)),
    )
    return _SHAPES


def bound_shapes(kind: str, for_each_values: list[str | None]) -> dict[str, Shape]:
    """The shape of each name an expression of a rule on ``kind`` sees (but ``variables``), for
    each of the ``for_each`` values it may have (joined where they differ)."""
    shapes = data_shapes()
    bound: dict[str, Shape] = {name: shapes[name] for name in _BOUND[kind]}
    for for_each in for_each_values:
        if for_each is None:
            continue
        name = _ELEMENT[for_each][1]
        if for_each in ("members", "observers", "seats"):
            element = _item(shapes["forum"], "members")
            extra: dict[str, Shape] = {"group": SCALAR}
        elif for_each in ("chair_periods", "meetings"):
            element = _item(shapes["plan"], "chairs" if for_each == "chair_periods" else "meetings")
            extra = {}
        else:
            element = shapes["party" if for_each == "parties" else "forum"]
            extra = {}
        for key, shape in {name: element, "index": SCALAR, **extra}.items():
            bound[key] = join(bound[key], shape) if key in bound and bound[key] is not shape else shape
    return bound


def _item(record: Shape, key: str) -> Shape:
    """The element shape of the list field ``key`` of ``record``."""
    found = record.fields.get(key) if isinstance(record, Record) else None
    return found.item if isinstance(found, ListOf) else ANY


_ORG_DATA: dict[int, tuple[OrgEntry, object, dict[str, Any]]] = {}


_MANDATE_SHAPE = {"mandate": ListOf(SCALAR), "mandate_duties": ListOf(SCALAR)}
"""A mandate as an expression sees it: the points' texts, and the duties they declare."""


def _mandate(points: list[MandatePoint], data: dict[str, Any]) -> None:
    """``data``'s ``mandate`` as its points' texts, and ``mandate_duties`` the duties they declare
    (``{text, duties}``), so that ``forum.mandate`` stays a list of texts."""
    data["mandate"] = [mandate_text(point) for point in points]
    data["mandate_duties"] = [duty for point in points for duty in mandate_duties(point)]


def organisation_data(org: OrgEntry) -> dict[str, Any]:
    """The organisation as CEL sees it: its document as plain JSON (every field, null when not
    given), with ``id`` added to each party and forum, and what selectors read: a party's
    ``region`` is the region a seat selector sees (its own, one that lists it, or that of the
    party it is part of), ``regions`` maps each region (declared, or named by a party) to its
    ``id``, ``name``, ``also_known_as`` and ``parties`` (those whose region it is), and a forum's ``kinds`` are its
    type and every type that is a kind of (``kind_of``). Built once per organisation."""
    cached = _ORG_DATA.get(id(org))
    if cached is not None and cached[0] is org and cached[1] is org.forum_kinds:
        return cached[2]
    model = org.model
    parties: dict[str, dict[str, Any]] = {}
    regions: dict[str, dict[str, Any]] = {
        rid: {"id": rid, "name": r.name, "also_known_as": list(r.also_known_as), "parties": []}
        for rid, r in model.regions.items()
    }
    for pid, party in model.parties.items():
        region = region_of(org, pid)
        parties[pid] = {"id": pid, **party.model_dump(mode="json", by_alias=True), "region": region}
        if region is not None:
            unnamed = {"id": region, "name": region, "also_known_as": [], "parties": []}
            regions.setdefault(region, unnamed)["parties"].append(pid)
    fora = {}
    for fid, forum in model.fora.items():
        kinds = [forum.type, *sorted(org.forum_kinds.get(forum.type, ()))]
        fora[fid] = {"id": fid, **forum.model_dump(mode="json", by_alias=True), "kinds": kinds}
        _mandate(forum.mandate, fora[fid])
        if forum.secretariat is not None:
            _mandate(forum.secretariat.mandate, fora[fid]["secretariat"])
        for group in ("members", "observers"):
            _deputies(org, getattr(forum, group), fora[fid][group])
        if forum.secretariat is not None:
            for group in ("members", "responsible"):
                _deputies(org, getattr(forum.secretariat, group), fora[fid]["secretariat"][group])
    secretariat = model.secretariat.model_dump(mode="json", by_alias=True) if model.secretariat else None
    if model.secretariat is not None and secretariat is not None:
        _mandate(model.secretariat.mandate, secretariat)
        for group in ("members", "responsible"):
            _deputies(org, getattr(model.secretariat, group), secretariat[group])
    data = {
        "id": org.id,
        "metadata": model.metadata.model_dump(mode="json", by_alias=True),
        "regions": regions,
        "parties": parties,
        "bodies": {
            bid: {"id": bid, **body.model_dump(mode="json", by_alias=True)} for bid, body in model.bodies.items()
        },
        "fora": fora,
        "secretariat": secretariat,
        "agreements": {
            aid: {"id": aid, **agreement.model_dump(mode="json", by_alias=True)}
            for aid, agreement in model.agreements.items()
        },
        "sub_agreements": {
            aid: {"id": aid, **agreement.model_dump(mode="json", by_alias=True)}
            for aid, agreement in model.sub_agreements.items()
        },
    }
    if len(_ORG_DATA) > 64:
        _ORG_DATA.clear()
    _ORG_DATA[id(org)] = (org, org.forum_kinds, data)
    return data


def _deputies(org: OrgEntry, seats: list[Seat], dumped: list[dict[str, Any]]) -> None:
    """Each dumped seat's ``deputy`` as the deputy's name (or null), whichever way the document
    writes it, with ``has_deputy`` (a deputy in either form), ``deputy_party``, ``deputy_side`` (its
    own, else its party's) and ``deputy_role`` beside it; and ``roles``, every post the holder has in
    the seat (its ``role`` and ``other_roles``, a combined post)."""
    for seat, data in zip(seats, dumped, strict=True):
        data["roles"] = seat_roles(seat)
        deputy = seat.deputy
        data["has_deputy"] = deputy is not None
        data["deputy"] = deputy.person if deputy is not None else None
        data["deputy_party"] = deputy.party if deputy is not None else None
        data["deputy_side"] = deputy_side(org, seat)
        data["deputy_role"] = deputy.role if deputy is not None else None


def subject_data(subject: Subject) -> dict[str, Any]:
    """The variables bound for ``subject`` (without ``variables`` and the for_each element)."""
    organisation = organisation_data(subject.org)
    data: dict[str, Any] = {
        "organisation": organisation,
        "subject": {
            "kind": subject.kind,
            "id": subject.id,
            "name": subject.name,
            "as_of": subject.as_of.isoformat() if subject.as_of is not None else None,
        },
    }
    if subject.kind == "party":
        data["party"] = organisation["parties"][subject.id]
    elif subject.kind == "forum":
        data["forum"] = organisation["fora"][subject.id]
    elif subject.kind == "meeting_plan":
        plan = subject.meeting_plan
        data["forum"] = organisation["fora"].get(plan.forum)
        data["plan"] = {"id": plan.metadata.id, **plan.model_dump(mode="json", by_alias=True, exclude={"api_version"})}
        data["plan"].pop("kind", None)
        # Chair periods and meetings in date order, however the document lists them.
        data["plan"]["chairs"] = [data["plan"]["chairs"][i] for i, _ in ordered_periods(plan.chairs)]
        data["plan"]["meetings"] = [data["plan"]["meetings"][i] for i, _ in ordered_meetings(plan.meetings)]
    return data


def _elements(
    subject: Subject, for_each: str, data: dict[str, Any]
) -> Iterator[tuple[Path_, str, str, dict[str, Any]]]:
    """``(path, key, description, bindings)`` for each element ``for_each`` names."""
    if for_each in ("members", "observers", "seats"):
        groups = ("members", "observers") if for_each == "seats" else (for_each,)
        for group in groups:
            seats: list[Seat] = getattr(subject.forum, group)
            for index, seat in enumerate(seats):
                who = f"{seat.party or seat.represents}:{seat.role or ''}"
                yield (
                    subject.at(group, index),
                    f"{group}:{who}:{index}",
                    seat_text(subject.org, seat),
                    {"seat": data["forum"][group][index], "group": group, "index": index},
                )
    elif for_each in ("chair_periods", "meetings"):
        # In date order (as `plan.chairs` and `plan.meetings` are); each found at its own line.
        plan = subject.meeting_plan
        if for_each == "chair_periods":
            key, name, order = "chairs", "period", [i for i, _ in ordered_periods(plan.chairs)]
        else:
            key, name, order = "meetings", "meeting", [i for i, _ in ordered_meetings(plan.meetings)]
        for index, (at, entry) in enumerate(zip(order, data["plan"][key], strict=True)):
            first = entry.get("from") or entry.get("date")
            yield subject.at(key, at), f"{key}:{first}:{index}", str(first), {name: entry, "index": index}
    else:
        key, name = ("parties", "party") if for_each == "parties" else ("fora", "forum")
        for index, (element_id, entry) in enumerate(data["organisation"][key].items()):
            yield (key, element_id), f"{key}:{element_id}", element_id, {name: entry, "index": index}


def _where(error: Any) -> Message | str:
    """``at 1:12 of the expression: `` (where a CEL error is known to be), or nothing."""
    return Message("expr-at", line=error.line, column=error.column) if error.line > 0 else ""


def _run(text: str, bound: dict[str, Any], what: str | Message, allowed: frozenset[str]) -> Any:
    """The value of ``text``; a failure is a :class:`CheckError` at the option ``what`` names."""
    from hf_rules.rules import cel

    try:
        return cel.evaluate(cel.compile_expression(text, allowed), bound)
    except cel.CelError as error:
        option = "variables" if isinstance(what, Message) else what
        raise CheckError(option, Message("expr-fails", what=what, where=_where(error), problem=error.said)) from None


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    from hf_rules.rules import cel

    for_each = options.get("for_each")
    allowed = names(subject.kind, for_each)
    data = subject_data(subject)
    if for_each == "chair_periods" and not subject.meeting_plan.chairs:
        yield no_chairs(subject)  # a rule over chair periods never passes silently on a plan with none
        return
    if for_each is None:
        elements: Iterator[tuple[Path_, str, str, dict[str, Any]]] = iter([(subject.base, "expression", "", {})])
    else:
        elements = _elements(subject, for_each, data)
    for path, key, item, extra in elements:
        bound = {**data, **extra}
        values: dict[str, Any] = {}
        for name, text in (options.get("variables") or {}).items():
            value = _run(text, {**bound, "variables": values}, Message("expr-variable", name=name), allowed)
            try:
                cel.check_size(value, Message("cel-value-of-variable", name=name))
                cel.check_passable(value, Message("cel-value-of-variable", name=name))
            except cel.CelError as error:
                raise CheckError("variables", error.said) from None
            values[name] = value
        bound["variables"] = values
        result = _run(options["expression"], bound, "expression", allowed)
        if not isinstance(result, bool):
            raise CheckError("expression", Message("expr-result-not-bool", type=cel.cel_type_name(result)))
        if result:
            continue
        params: dict[str, Any] = {"item": item}
        message = options.get("message_expression")
        if message is not None:
            texts = {"nb": message, "en": message} if isinstance(message, str) else message
            detail: dict[str, str] = {}
            for lang, text in texts.items():
                value = _run(text, bound, "message_expression", allowed)
                if not isinstance(value, str):
                    raise CheckError(
                        "message_expression",
                        Message("expr-result-not-string", type=cel.cel_type_name(value)),
                    )
                detail[lang] = " ".join(value.split())[:500]
            params["detail"] = detail
        else:
            params["detail"] = ""
        evidence: dict[str, Any] = {"expression": options["expression"]}
        if item:
            evidence["item"] = item
        if values:
            evidence["variables"] = {k: v for k, v in values.items() if cel.value_size(v)[0] <= 50}
        yield Violation(path, key, params, evidence, at_key=for_each in ("parties", "fora"))


_ORG = """\
parties:
  vestfjord: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    meetings_per_year: %s
    members:
      - {party: vestfjord, role: Direktør}
      - {party: lyngvik, role: Kommunedirektør}
"""
EXAMPLES = (
    Example(
        "The SSU meets at most twice a year (no built-in check caps the declared number)",
        {"expression": "forum.meetings_per_year == null || forum.meetings_per_year <= 2"},
        _ORG % "2",
        subject="ssu",
    ),
    Example(
        "The SSU declares four meetings a year",
        {"expression": "forum.meetings_per_year == null || forum.meetings_per_year <= 2"},
        _ORG % "4",
        subject="ssu",
        expect=("expression",),
    ),
)
