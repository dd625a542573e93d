"""Schema validation with located, one-line messages.

jsonschema finds what is wrong; this module says it in words a secretariat understands, at the
line of the offending key or value: an unknown key names the allowed keys (and the closest
one), a missing key points at its parent, a wrong value says what was expected.
"""

from __future__ import annotations

import difflib
import functools
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from pydantic import ValidationError as ModelError

from hf_rules.core.errors import InputError, InputErrors, SaidValueError
from hf_rules.core.i18n import Message, has, word
from hf_rules.documents.model import MONTH_OR_DATE_PATTERN, MUNICIPALITY_NUMBER_PATTERN, TIME_PATTERN
from hf_rules.yaml.loader import Document, Path_

if TYPE_CHECKING:  # jsonschema is imported when a schema is first used: most runs never need it
    from jsonschema.exceptions import ValidationError as SchemaError

_TYPE_WORDS = {
    json_type: Message(f"schema-type-{json_type}")
    for json_type in ("object", "array", "string", "integer", "number", "boolean", "null")
}

_validators: dict[int, Any] = {}


@functools.cache
def _strict_validator_class() -> Any:
    """Draft 2020-12 with one change: JSON Schema counts 4.0 as an integer; the models (strict)
    and users' intent do not. Built once, on first use (jsonschema is imported only then)."""
    from jsonschema import Draft202012Validator, validators

    return validators.extend(  # type: ignore[no-untyped-call]
        Draft202012Validator,
        type_checker=Draft202012Validator.TYPE_CHECKER.redefine(
            "integer", lambda _, value: isinstance(value, int) and not isinstance(value, bool)
        ),
    )


def _validator(schema: dict[str, Any]) -> Any:
    key = id(schema)
    if key not in _validators:
        from jsonschema import FormatChecker

        _validators[key] = _strict_validator_class()(schema, format_checker=FormatChecker(formats=["date"]))
    return _validators[key]


def describe_path(path: Path_) -> str:
    """A reader's name for a place in a document: ``fora.lsu-ous.members[2]``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "the document"


def _type_word(value: Any) -> Message | str:
    if value is None:
        return _TYPE_WORDS["null"]
    if isinstance(value, bool):
        return Message("schema-type-true-false")
    for json_type, python_type in (
        ("object", dict),
        ("array", list),
        ("string", str),
        ("integer", int),
        ("number", float),
    ):
        if isinstance(value, python_type):
            return _TYPE_WORDS[json_type]
    return type(value).__name__


def _short(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 60 else text[:57] + "...'"


def _where(path: Path_) -> str | Message:
    """:func:`describe_path`, with "the document" said in the run's language."""
    return describe_path(path) if path else Message("where-document")


def _choices(values: list[Any]) -> str:
    return ", ".join(str(v) for v in values)


def _errors_for(error: SchemaError, doc: Document, base: Path_) -> Iterator[InputError]:
    path: Path_ = base + tuple(error.absolute_path)
    where = _where(path)
    validator: Any = error.validator
    schema: dict[str, Any] = error.schema if isinstance(error.schema, dict) else {}
    instance: Any = error.instance
    value: Any = error.validator_value

    if validator == "additionalProperties" and isinstance(instance, dict):
        allowed = sorted(schema.get("properties", {}))
        for key in sorted(set(instance) - set(allowed)):
            if allowed == ["en", "nb"] and instance[key] is None and {"en", "nb"} & set(instance):
                # {nb: A, B, en: C}: the comma ended the text and 'B' was read as a key with no value
                yield InputError(
                    doc.location(path + (key,), key=True),
                    Message("err-text-comma", key=key, where=where, choices=_choices(allowed)),
                )
                continue
            order = list(instance)
            texts = [k for k in order[: order.index(key)] if k in allowed and isinstance(instance[k], str)]
            if instance[key] is None and texts and " " in str(key):
                # {document: x, quote: A, B}: the comma ended the quote and 'B' was read as a key
                yield InputError(
                    doc.location(path + (key,), key=True),
                    Message("err-flow-comma", key=key, where=where, choices=_choices(allowed), text=texts[-1]),
                )
                continue
            close = difflib.get_close_matches(str(key), allowed, n=1)
            suggestion: Message | str = Message("did-you-mean", name=close[0]) if close else ""
            if key == "not" and path and path[-1] == "not":
                # «not: {not: …}»: leaving out the seats that meet any of several is `not` as a list
                suggestion = Message("err-not-as-list")
            elif path and path[-1] == "not" and "any_of" in instance:
                suggestion = Message("err-not-any-of-alone")
            yield InputError(
                doc.location(path + (key,), key=True),
                Message("err-unknown-key", key=key, where=where, suggestion=suggestion, choices=_choices(allowed)),
            )
        return
    if validator == "required":
        missing = [k for k in value if k not in instance]
        for key in missing:
            yield InputError(doc.location(path, key=True), Message("err-missing-key", where=where, key=key))
        return
    if "propertyNames" in error.relative_schema_path:
        # jsonschema checks each key name as an instance of its own, at the parent's path.
        allowed = schema.get("enum") or []
        expected = (
            Message("schema-expected-one-of", choices=_choices(allowed))
            if allowed
            else Message("schema-expected-id-chars")
        )
        yield InputError(
            doc.location(path + (instance,), key=True),
            Message("schema-bad-key", key=instance, where=where, expected=expected),
        )
        return

    if (
        validator == "oneOf"
        and not isinstance(instance, dict)
        and "represents" in str(schema.get("oneOf"))
        and not any(isinstance(b, dict) and (b.get("type") == "array" or "const" in b) for b in schema.get("oneOf", ()))
    ):
        # a seat that is not a mapping: its type error says so (not a selector's list form of `not`,
        # nor a selector or `false`: `deputy: nei` in forum_leaders, round 33 Finnmark, was a crash)
        return
    if validator in ("anyOf", "oneOf") and error.context:
        # A choice of which only one alternative is of the value's type (a word or a mapping; an
        # option's value or its dated values): what is wrong is what that alternative says.
        depth = len(error.absolute_path)
        by_branch: dict[str | int, list[SchemaError]] = {}
        for sub_error in error.context:
            by_branch.setdefault(sub_error.relative_schema_path[0], []).append(sub_error)
        fitting = [
            branch for branch, errors in by_branch.items() if not any(_of_another_type(e, depth) for e in errors)
        ]
        if len(fitting) > 1 and isinstance(instance, dict) and "dated" not in instance:
            # A mapping that is not a dated value ({dated: [...]}) is meant as the plain one.
            fitting = [
                branch
                for branch in fitting
                if not any(e.validator == "required" and "'dated'" in e.message for e in by_branch[branch])
            ]
        if len(fitting) > 1 and isinstance(instance, dict):
            # Two mappings («not: {role: …}» or «not: {any_of: […]}»): the one whose required keys the
            # value has, else those that require no key it lacks.
            specific: list[str | int] = [
                b
                for b in fitting
                if isinstance(b, int)
                and isinstance(value[b], dict)
                and value[b].get("required")
                and all(key in instance for key in value[b]["required"])
            ]
            lacking = [
                b
                for b in fitting
                if not any(e.validator == "required" and len(e.absolute_path) == depth for e in by_branch[b])
            ]
            fitting = specific if len(specific) == 1 else lacking or fitting
        if len(fitting) == 1 and len(by_branch) == len(value):
            for sub_error in by_branch[fitting[0]]:
                yield from _errors_for(sub_error, doc, base)
            return
        if not fitting and len(by_branch) == len(value):
            # of no alternative's type (a deputy that is neither a name nor a mapping): say the types
            expected_types: list[str] = []
            for errors in by_branch.values():
                for e in errors:
                    if e.validator == "type":
                        kinds = e.validator_value if isinstance(e.validator_value, list) else [e.validator_value]
                        expected_types += [str(k) for k in kinds if str(k) not in expected_types]
                    elif e.validator == "const" and isinstance(e.validator_value, bool):
                        expected_types += [w for w in [str(e.validator_value).lower()] if w not in expected_types]
            either: Message | str = ""
            for json_type in expected_types:
                named = _TYPE_WORDS.get(json_type, json_type)
                either = Message("schema-or", first=either, second=named) if either else named
            said = Message(
                "schema-type", where=where, expected=either, got=_type_word(instance), value=_short(instance)
            )
            yield InputError(doc.location(path), said)
            return
    # An empty value (``sector:``) has no position of its own (the parser puts it at the next
    # token, lines further down); point at its key.
    loc = doc.location(path, key=instance is None)
    shown = _short(instance)
    message: Message
    if validator in ("type", "pattern") and schema.get("pattern") == MUNICIPALITY_NUMBER_PATTERN:
        message = Message("schema-municipality-number", where=where, value=shown)  # 4228 unquoted, too
    elif validator == "type" and schema.get("pattern") == MONTH_OR_DATE_PATTERN and isinstance(instance, int):
        message = Message("schema-year-unquoted", where=where, value=instance)  # `established: 2021`
    elif validator == "type":
        expected = value
        expected_list: list[str] = expected if isinstance(expected, list) else [expected]
        words: Message | str = ""
        for json_type in expected_list:
            word = _TYPE_WORDS.get(json_type, json_type)
            words = Message("schema-or", first=words, second=word) if words else word
        message = Message("schema-type", where=where, expected=words, got=_type_word(instance), value=shown)
    elif validator == "enum":
        close = difflib.get_close_matches(instance, [str(v) for v in value], n=1) if isinstance(instance, str) else []
        suggestion = Message("did-you-mean", name=close[0]) if close else ""
        message = Message("schema-enum", where=where, value=shown, suggestion=suggestion, choices=_choices(value))
    elif validator == "const":
        message = Message("schema-const", where=where, value=shown, expected=value)
    elif validator == "pattern":
        if value == MONTH_OR_DATE_PATTERN:
            message = Message("schema-month-or-date", where=where, value=shown)
        elif value == TIME_PATTERN:
            message = Message("schema-time", where=where, value=shown)
        elif "a-z0-9" in str(value):
            message = Message("schema-pattern-id", where=where, value=shown)
        else:
            message = Message("schema-pattern", where=where, value=shown, pattern=value)
    elif validator == "format":
        message = Message("schema-format", where=where, value=shown, format=value)
    elif validator == "minLength":
        message = Message("schema-empty", where=where)
    elif validator == "minItems":
        message = Message("schema-min-items-one" if value == 1 else "schema-min-items", where=where, count=value)
    elif (
        validator == "oneOf"
        and isinstance(instance, dict)
        and "represents" not in str(value)
        and all(set(alt) == {"required"} for alt in value)
    ):
        # exactly one of some keys (a mandate item's `wording`, `any_of` or `verb`)
        keys = [k for alt in value for k in alt["required"]]
        given = [k for k in keys if k in instance]
        if given:
            message = Message("schema-one-of-keys-several", where=where, keys=_choices(keys), given=_choices(given))
            loc = doc.location(path + (given[-1],), key=True)
        else:
            message = Message("schema-one-of-keys", where=where, keys=_choices(keys))
    elif validator == "anyOf" and all(set(alt) == {"required"} for alt in value):
        keys = [k for alt in value for k in alt["required"]]
        message = Message("schema-any-of-keys", where=where, keys=_choices(keys))
        if path not in doc.positions:  # the mapping itself is left out: at its parent's key
            loc = doc.location(path, key=True)
    elif validator == "minProperties" and value == 1 and isinstance(schema.get("properties"), dict):
        message = Message("schema-any-of-keys", where=where, keys=_choices(list(schema["properties"])))
    elif validator in ("minimum", "maximum"):
        message = Message(f"schema-{validator}", where=where, value=instance, bound=value)
    elif validator == "oneOf" and isinstance(instance, dict) and "represents" in str(schema.get("oneOf")):
        both = "party" in instance and "represents" in instance
        message = Message("schema-seat-both" if both else "schema-seat-neither", where=where)
    elif validator == "not" and isinstance(instance, dict) and "host_side" in str(value):
        message = Message("schema-meeting-host-both", where=where)  # Meeting: host or host_side
        loc = doc.location(path + ("host_side",), key=True)
    elif validator == "not" and isinstance(instance, dict) and value == {"required": ["party", "forum"]}:
        message = Message("schema-adoption-both", where=where)  # Adoption: by a party or by a forum
        loc = doc.location(path + ("forum",), key=True)
    elif validator == "not" and isinstance(instance, dict) and value == {"required": ["forum", "secretariat"]}:
        message = Message("schema-plan-both", where=where)  # MeetingPlan: a forum's or a secretariat's
        loc = doc.location(path + ("secretariat",), key=True)
    elif validator == "dependentRequired" and isinstance(instance, dict):
        # a key that needs another (a meeting's end needs its start): at the key given
        key, needs = next((k, v) for k, v in value.items() if k in instance and any(n not in instance for n in v))
        message = Message("schema-key-needs", where=where, key=key, needs=_choices(needs))
        loc = doc.location(path + (key,), key=True)
    else:
        message = Message("schema-other", where=where, problem=" ".join(error.message.split()))
    yield InputError(loc, message)


def _of_another_type(error: SchemaError, depth: int) -> bool:
    """Whether ``error`` (of one alternative of a choice, at ``depth``) says the value is of another
    type than the alternative takes: a ``type`` error, or a ``const`` of another type (``false``
    for a text: ``deputy: nei``)."""
    if len(error.absolute_path) != depth:
        return False
    if error.validator == "type":
        return True
    const: Any = error.validator_value
    # a boolean constant is a type of its own (`false` beside a selector): `true` is not of it either
    return error.validator == "const" and (isinstance(const, bool) or type(const) is not type(error.instance))


def _meant_keys(errors: list[SchemaError]) -> dict[tuple[Any, ...], set[str]]:
    """The keys the unknown keys of each mapping were likely meant to be (``exacty`` for
    ``exactly``), by the mapping's path."""
    meant: dict[tuple[Any, ...], set[str]] = {}
    for error in errors:
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            schema = error.schema if isinstance(error.schema, dict) else {}
            allowed = sorted(schema.get("properties", {}))
            for key in set(error.instance) - set(allowed):
                close = difflib.get_close_matches(str(key), allowed, n=1)
                meant.setdefault(tuple(error.absolute_path), set()).update(close)
    return meant


def _misspelt_required(error: SchemaError, meant: dict[tuple[Any, ...], set[str]]) -> bool:
    """Whether ``error`` only says a required key is missing (or one of several) that an unknown
    key of the same mapping was meant to be: the misspelling is reported, not twice."""
    guessed = meant.get(tuple(error.absolute_path))
    value: Any = error.validator_value
    if not guessed or not isinstance(error.instance, dict) or not isinstance(value, list):
        return False
    if error.validator == "required":
        return all(k in guessed for k in value if k not in error.instance)
    if error.validator == "anyOf" and all(isinstance(a, dict) and set(a) == {"required"} for a in value):
        return any(k in guessed for alt in value for k in alt["required"])
    return False


def schema_errors(data: Any, schema: dict[str, Any], doc: Document, base: Path_ = ()) -> list[InputError]:
    """Every schema violation of ``data`` (found at ``base`` in ``doc``), located, in document order."""
    found: list[InputError] = []
    errors = list(_validator(schema).iter_errors(data))
    meant = _meant_keys(errors)
    for error in errors:
        if _misspelt_required(error, meant):
            continue  # the unknown key's "did you mean" says it: one mistake, one message
        found.extend(_errors_for(error, doc, base))
    unique = {(e.location, e.message): e for e in found}
    return sorted(unique.values(), key=lambda e: (e.location.line, e.location.column, e.message))


def _null_paths(data: Any, path: Path_) -> Iterator[Path_]:
    if data is None:
        yield path
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _null_paths(value, path + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _null_paths(value, path + (index,))


def checked_model(model: type[BaseModel], schema: dict[str, Any], doc: Document) -> BaseModel:
    """The typed model of ``doc``, or :class:`InputErrors` in the words of ``schema``.

    The model and its schema accept the same documents (tests/unit/test_schemas.py proves it on a
    corpus), and the model is ten times faster: the schema is only run to explain a refusal,
    because its messages say what is wrong in the terms a secretariat reads.
    """
    try:
        return build_model(model, doc)
    except InputErrors as errors:
        raise InputErrors(schema_errors(doc.data, schema, doc) or errors.errors) from None


def _model_problem(error: Any) -> Message | str:
    """What a model refused (one of pydantic's errors): a validator's catalogue message, else
    pydantic's words."""
    cause = (error.get("ctx") or {}).get("error")
    if error.get("type") == "value_error" and isinstance(cause, SaidValueError):
        return Message("model-value-error", problem=cause.said)
    key = f"pydantic-{error.get('type')}"
    if has(key) and word(key, "en") == error["msg"]:
        return Message(key)
    return str(error["msg"])


def build_model(model: type[BaseModel], doc: Document) -> BaseModel:
    """The typed model of a document that passed its schema.

    The models and schemas are generated from one another, so this fails only if they drift;
    even then the user gets located messages, not a traceback.
    """
    nulls = [
        InputError(doc.location(path, key=True), Message("err-empty-value", where=_where(path)))
        for path in _null_paths(doc.data, ())
    ]
    if nulls:
        raise InputErrors(nulls)
    try:
        # JSON mode: ISO date strings become dates even under strict validation, which refuses
        # every other coercion, as the schemas do.
        return model.model_validate_json(json.dumps(doc.data))
    except ModelError as error:
        problems = [
            InputError(
                doc.location(tuple(e["loc"])),
                Message("schema-other", where=_where(tuple(e["loc"])), problem=_model_problem(e)),
            )
            for e in error.errors()
        ]
        raise InputErrors(problems) from None


__all__ = ["InputErrors", "build_model", "checked_model", "describe_path", "schema_errors"]
