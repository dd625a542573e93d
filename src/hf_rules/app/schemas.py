"""JSON Schemas (draft 2020-12) generated from the pydantic models.

The files in ``schemas/`` are this module's output, committed so that editors can point a
``# yaml-language-server: $schema=`` line at them; ``tests/unit/test_schemas.py`` fails when they
differ from what the models generate. Regenerate with ``hf-rules schema --output schemas``.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

SCHEMA_BASE_URI = "https://hf-rules.invalid/schemas/"
"""Schema ids are names, not addresses: hf-rules never fetches anything."""


class _OptionalIsAbsent(GenerateJsonSchema):
    """Optional keys are written by leaving them out, never as ``null``.

    pydantic renders ``X | None = None`` as ``anyOf: [X, null]``; jsonschema then reports a bad
    value as "not valid under any of the given schemas", which tells the user nothing. The
    models reject explicit nulls too, so both accept and reject the same documents.
    """

    def nullable_schema(self, schema: core_schema.NullableSchema) -> JsonSchemaValue:
        return self.generate_inner(schema["schema"])

    def dict_schema(self, schema: core_schema.DictSchema) -> JsonSchemaValue:
        """Keys constrained to ids: ``propertyNames`` (every key must match), not pydantic's
        ``patternProperties`` (which lets a non-matching key through unchecked)."""
        generated = super().dict_schema(schema)
        patterns = generated.pop("patternProperties", None)
        if patterns and len(patterns) == 1:
            ((pattern, values),) = patterns.items()
            generated["propertyNames"] = {"pattern": pattern}
            generated["additionalProperties"] = values
        return generated

    def default_schema(self, schema: core_schema.WithDefaultSchema) -> JsonSchemaValue:
        generated = super().default_schema(schema)
        if generated.get("default", ...) is None:
            generated.pop("default")
        return generated


def model_schema(model: type[BaseModel], name: str, title: str, *, output: bool = False) -> dict[str, Any]:
    """The draft 2020-12 JSON Schema of ``model``, with a stable ``$id``.

    Input documents leave optional keys out; an ``output`` (the JSON report) writes them as null.
    """
    generator = GenerateJsonSchema if output else _OptionalIsAbsent
    schema = model.model_json_schema(by_alias=True, schema_generator=generator)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_BASE_URI + name,
        "title": title,
        **{k: v for k, v in schema.items() if k != "title"},
    }


def generated_schemas() -> dict[str, dict[str, Any]]:
    """Every schema hf-rules publishes, by file name."""
    from hf_rules.app import packtests
    from hf_rules.documents import model
    from hf_rules.report import diff
    from hf_rules.report import model as report
    from hf_rules.rules import model as rulepack_model

    return {
        "organisation.schema.json": model_schema(
            model.Organisation, "organisation.schema.json", "hf-rules Organisation"
        ),
        "meeting-plan.schema.json": model_schema(model.MeetingPlan, "meeting-plan.schema.json", "hf-rules MeetingPlan"),
        "waivers.schema.json": model_schema(model.Waivers, "waivers.schema.json", "hf-rules Waivers"),
        "rulepack.schema.json": with_check_options(
            model_schema(rulepack_model.RulePack, "rulepack.schema.json", "hf-rules rule pack")
        ),
        "config.schema.json": model_schema(
            rulepack_model.Config, "config.schema.json", "hf-rules configuration (.hf-rules.yaml)"
        ),
        "report.schema.json": model_schema(
            report.Report, "report.schema.json", "hf-rules report (--format json)", output=True
        ),
        "diff.schema.json": model_schema(
            diff.Diff, "diff.schema.json", "hf-rules diff (what a proposal changes; --format json)", output=True
        ),
        "packtest.schema.json": model_schema(
            packtests.PackTest, "packtest.schema.json", "hf-rules rule-pack tests (hf-rules test)"
        ),
    }


def with_check_options(schema: dict[str, Any]) -> dict[str, Any]:
    """The rule-pack schema with each check function's options schema, so an editor completes
    and checks ``options`` once ``function`` is written: ``if function is X then options is
    X.OPTIONS`` (each option may also be a dated value). hf-rules itself validates options when
    a pack loads (``rules/pack.py``); this only helps the editor, and explains a refused pack."""
    from hf_rules.rules.checks import registry
    from hf_rules.rules.dated import DATED_SCHEMA

    clauses = []
    for name, check in sorted(registry().items()):
        options = dict(check.OPTIONS)
        if "properties" in options:
            options["properties"] = {
                key: {"anyOf": [value, {"$ref": "#/$defs/DatedValue"}]} for key, value in options["properties"].items()
            }
        clauses.append(
            {
                "if": {"properties": {"function": {"const": name}}, "required": ["function"]},
                "then": {"properties": {"options": options}},
            }
        )
    call = schema["$defs"]["CheckCall"]
    function = call["properties"]["function"]
    function.pop("pattern", None)
    function["enum"] = sorted(registry())
    function["description"] = "A built-in check function (docs/checks.md)."
    call["allOf"] = clauses
    schema["$defs"]["DatedValue"] = {
        **DATED_SCHEMA,
        "description": "Values with the dates each is in force (see docs/rule-packs.md).",
    }
    return schema


def dump(schema: dict[str, Any]) -> str:
    """The canonical text of a schema file."""
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
