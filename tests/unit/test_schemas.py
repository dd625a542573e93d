"""The published JSON Schemas are what the models generate, and both judge documents alike."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from pydantic import BaseModel

from hf_rules.app.schemas import dump, generated_schemas
from hf_rules.core.resources import bundled_schema
from hf_rules.documents import model as models
from hf_rules.documents.discovery import SCHEMA_FILES
from hf_rules.documents.validate import InputErrors, build_model, schema_errors
from hf_rules.documents.workspace import build_workspace
from hf_rules.rules.model import Config, RulePack
from hf_rules.yaml.loader import Document, load_yaml_bytes, load_yaml_file
from tests.support import ROOT

SCHEMAS = ROOT / "schemas"
OSLO = ROOT / "fixtures" / "oslo"
SHARED_OSLO = ROOT.parent / "shared" / "examples" / "oslo"
GENERATED = generated_schemas()
OUTPUT_SCHEMAS = {"report.schema.json", "diff.schema.json"}
"""Schemas of what hf-rules writes (null allowed, keys fixed by the tool), not of what users write."""

# --- no drift ----------------------------------------------------------------------------------


def test_every_schema_file_is_generated() -> None:
    assert sorted(p.name for p in SCHEMAS.glob("*.json")) == sorted(GENERATED)


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_committed_schema_is_exactly_what_the_models_generate(name: str) -> None:
    committed = (SCHEMAS / name).read_text(encoding="utf-8")
    assert committed == dump(GENERATED[name]), (
        f"schemas/{name} is out of date; regenerate with: hf-rules schema --output schemas"
    )


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_schema_is_a_valid_draft_2020_12_schema(name: str) -> None:
    schema = GENERATED[name]
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith(name)


def _objects(node: Any, condition: bool = False) -> list[dict[str, Any]]:
    """Every schema of a mapping in ``node``; the ``if``/``then`` of a conditional (a check
    function's options, in the rule-pack schema) only add to a mapping that is its own schema."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if "properties" in node and not condition:
            found.append(node)
        for key, value in node.items():
            found.extend(_objects(value, key in ("if", "then")))
    elif isinstance(node, list):
        for value in node:
            found.extend(_objects(value))
    return found


def test_rulepack_schema_lists_the_check_functions_with_their_options() -> None:
    from hf_rules.rules.checks import registry

    call = GENERATED["rulepack.schema.json"]["$defs"]["CheckCall"]
    checks = registry()
    assert call["properties"]["function"]["enum"] == sorted(checks)
    by_function = {
        c["if"]["properties"]["function"]["const"]: c["then"]["properties"]["options"] for c in call["allOf"]
    }
    # each option may also be a dated value (docs/rule-packs.md)
    assert {name: sorted(options.get("properties", {})) for name, options in by_function.items()} == {
        name: sorted(check.OPTIONS.get("properties", {})) for name, check in checks.items()
    }


def test_rulepack_schema_checks_a_rules_options() -> None:
    """An editor using the schema sees an unknown function and a wrong option of a known one."""
    defs = GENERATED["rulepack.schema.json"]["$defs"]
    validator = Draft202012Validator({"$defs": defs, "$ref": "#/$defs/CheckCall"})
    assert validator.is_valid({"function": "observers", "options": {"parties": ["sunnaas"]}})
    assert not validator.is_valid({"function": "observer", "options": {"parties": ["sunnaas"]}})
    assert not validator.is_valid({"function": "observers", "options": {"party": ["sunnaas"]}})


@pytest.mark.parametrize("name", sorted(set(GENERATED) - OUTPUT_SCHEMAS))
def test_input_schemas_forbid_unknown_keys(name: str) -> None:
    """Every mapping a user writes (except free-form check options) refuses unknown keys."""
    for obj in _objects(GENERATED[name]):
        assert obj.get("additionalProperties") is False, obj.get("title")


def test_explicit_null_is_never_allowed_by_an_input_schema() -> None:
    for name in set(GENERATED) - OUTPUT_SCHEMAS:
        assert '"null"' not in dump(GENERATED[name]), name


BILINGUAL_SCHEMAS = (
    "organisation.schema.json",
    "meeting-plan.schema.json",
    "waivers.schema.json",
    "config.schema.json",
)
"""Schemas of the files users write by hand: an editor shows each key's title and description."""


def _untranslated(node: Any, where: str = "#") -> list[str]:
    """Every property (of every mapping's ``properties``, ``$defs`` included) that lacks a title or a
    description in bokmål and English ("nb / en")."""
    found: list[str] = []
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict):
            for key, prop in properties.items():
                for text in ("title", "description"):
                    value = prop.get(text) if isinstance(prop, dict) else None
                    if not isinstance(value, str) or " / " not in value:
                        found.append(f"{where}/properties/{key}: {text}")
        for key, value in node.items():
            found.extend(_untranslated(value, f"{where}/{key}"))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_untranslated(value, f"{where}/{index}"))
    return found


@pytest.mark.parametrize("name", BILINGUAL_SCHEMAS)
def test_every_property_has_a_title_and_a_description_in_bokmal_and_english(name: str) -> None:
    schema = GENERATED[name]
    assert schema["properties"]
    assert _untranslated(schema) == []


def test_a_property_without_a_bilingual_title_or_description_is_found() -> None:
    schema = copy.deepcopy(GENERATED["organisation.schema.json"])
    party = schema["$defs"]["Party"]["properties"]
    del party["name"]["title"]
    party["side"]["description"] = "Which side of the partnership the party belongs to."
    schema["properties"]["kind"].pop("description")
    assert _untranslated(schema) == [
        "#/properties/kind: description",
        "#/$defs/Party/properties/name: title",
        "#/$defs/Party/properties/side: description",
    ]


# --- the reference documents -------------------------------------------------------------------


def _reference_files() -> list[Path]:
    files = sorted(OSLO.glob("*.yaml"))
    if SHARED_OSLO.is_dir():
        files += sorted(SHARED_OSLO.glob("*.yaml"))
    return files


def _model_keys(model_class: type[BaseModel]) -> set[str]:
    return {info.alias or name for name, info in model_class.model_fields.items()}


def _unknown_keys(instance: BaseModel, data: dict[str, Any], where: str) -> list[str]:
    """Keys of ``data`` that no field of ``instance``'s model declares, recursively."""
    unknown = [f"{where}.{k}" for k in data if k not in _model_keys(type(instance))]
    for name, info in type(instance).model_fields.items():
        key = info.alias or name
        if key not in data:
            continue
        value, raw = getattr(instance, name), data[key]
        if isinstance(value, BaseModel) and isinstance(raw, dict):  # (a seat's deputy may be a name)
            unknown += _unknown_keys(value, raw, f"{where}.{key}")
        elif isinstance(value, dict):
            for sub, item in value.items():
                if isinstance(item, BaseModel):
                    unknown += _unknown_keys(item, raw[sub], f"{where}.{key}.{sub}")
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    unknown += _unknown_keys(item, raw[i], f"{where}.{key}[{i}]")
    return unknown


@pytest.mark.parametrize("path", _reference_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_reference_document_uses_only_known_keys(path: Path) -> None:
    doc = load_yaml_file(path)
    kind = doc.data["kind"]
    assert schema_errors(doc.data, bundled_schema(SCHEMA_FILES[kind]), doc) == []
    instance = build_model(models.DOCUMENT_MODELS[kind], doc)
    assert _unknown_keys(instance, doc.data, path.name) == []


def test_fixtures_are_the_shared_reference_files() -> None:
    if not SHARED_OSLO.is_dir():
        pytest.skip("no ../shared/examples/oslo next to this checkout")
    for path in sorted(SHARED_OSLO.glob("*.yaml")):
        fixture = (OSLO / path.name).read_text(encoding="utf-8")
        body, _, modeline = fixture.rstrip("\n").rpartition("\n")
        assert modeline.startswith("# yaml-language-server: $schema=../../schemas/"), path.name
        assert body + "\n" == path.read_text(encoding="utf-8"), path.name  # the fixture adds only that line


@pytest.mark.parametrize("pack", sorted((ROOT / "rules").glob("*.yaml")), ids=lambda p: p.name)
def test_bundled_packs_pass_schema_and_model(pack: Path) -> None:
    doc = load_yaml_file(pack)
    assert schema_errors(doc.data, bundled_schema("rulepack.schema.json"), doc) == []
    build_model(RulePack, doc)


# --- schema and model agree --------------------------------------------------------------------

ORG = load_yaml_file(OSLO / "organisation.yaml").data
PLAN = load_yaml_file(OSLO / "meeting-plan-ssu-2025-2026.yaml").data
WAIVERS = load_yaml_bytes(
    b"""\
apiVersion: hf-rules/v1
kind: Waivers
metadata: {id: unntak-2025, organisation: helsefellesskap-oslo}
waivers:
  - rule: OSLO-SSU-GP
    subject: strategisk-samarbeidsutvalg
    reason: Fastlegerepresentanten er under oppnevning
    approved_by: Partnerskapsmotet 2025-03-18
    expires: 2025-12-31
""",
    "waivers.yaml",
).data
CONFIG: dict[str, Any] = {"rules": ["oslo"], "documents": ["fixtures/oslo"], "fail_on": "warning", "lang": "en"}

BASES: dict[str, tuple[dict[str, Any], type[BaseModel], str]] = {
    "org": (ORG, models.Organisation, "organisation.schema.json"),
    "plan": (PLAN, models.MeetingPlan, "meeting-plan.schema.json"),
    "waivers": (WAIVERS, models.Waivers, "waivers.schema.json"),
    "config": (CONFIG, Config, "config.schema.json"),
}
Mutation = Callable[[Any], None]


def _parent(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path[:-1]:
        data = data[part]
    return data


def put(*path_and_value: Any) -> Mutation:
    """Set (or add) the value at the path: ``put("metadata", "id", "x")``."""
    path, value = path_and_value[:-1], path_and_value[-1]
    return lambda d: _parent(d, path).__setitem__(path[-1], value)


def drop(*path: Any) -> Mutation:
    """Remove the key (or list entry) at ``path``."""
    return lambda d: _parent(d, path).__delitem__(path[-1])


def rename(*path: Any, to: str) -> Mutation:
    """Rename the key at ``path``, keeping its value."""
    return lambda d: _parent(d, path).__setitem__(to, _parent(d, path).pop(path[-1]))


SSU = ("fora", "strategisk-samarbeidsutvalg")
PM = ("fora", "partnerskapsmote")

# id -> (base document, mutation, whether a valid document results)
CORPUS: dict[str, tuple[str, Mutation | None, bool]] = {
    # the reference documents themselves
    "org as is": ("org", None, True),
    "plan as is": ("plan", None, True),
    "waivers as is": ("waivers", None, True),
    "config as is": ("config", None, True),
    # a key removed
    "org without metadata.name": ("org", drop("metadata", "name"), False),
    "org without fora": ("org", drop("fora"), False),
    "org without apiVersion": ("org", drop("apiVersion"), False),
    "party without side": ("org", drop("parties", "ous", "side"), False),
    "forum without type": ("org", drop(*SSU, "type"), False),
    "org without optional status": ("org", drop("metadata", "status"), True),
    "forum without optional members": ("org", drop(*PM, "members"), True),
    "forum without optional chair_rotation": ("org", drop(*PM, "chair_rotation"), True),
    "plan without forum": ("plan", drop("forum"), False),
    "chair period without from": ("plan", drop("chairs", 0, "from"), False),
    "plan without optional meetings": ("plan", drop("meetings"), True),
    "waiver without reason": ("waivers", drop("waivers", 0, "reason"), False),
    # an unknown key added
    "forum with observer (typo)": ("org", put(*SSU, "observer", []), False),
    "seat with deputee (typo)": ("org", put(*PM, "members", 6, "deputee", "Lars Haugen"), False),
    "party with unknown key": ("org", put("parties", "ous", "short_name", "OUS"), False),
    "metadata with unknown key": ("org", put("metadata", "version", "1"), False),
    "top level unknown key": ("org", put("spec", {}), False),
    "chair period with until": ("plan", put("chairs", 0, "until", "2025-12-31"), False),
    "meeting with unknown key": ("plan", put("meetings", 0, "agenda", "x"), False),
    "config with unknown key": ("config", put("waivers", []), False),
    # a value of the wrong type
    "meetings_per_year as words": ("org", put(*PM, "meetings_per_year", "four"), False),
    "party name as number": ("org", put("parties", "ous", "name", 42), False),
    "members as mapping": ("org", put(*PM, "members", {"ous": "direktor"}), False),
    "mandate as text": ("org", put(*PM, "mandate", "Gi føringer"), False),
    "parties as list": ("org", put("parties", ["ous"]), False),
    "has_sector as ja": ("org", put("parties", "ous", "has_sector", "ja"), False),
    "seat as text": ("org", put(*PM, "members", 0, "ous"), False),
    "chairs as mapping": ("plan", put("chairs", {"ous": "2025"}), False),
    "meeting date as number": ("plan", put("meetings", 0, "date", 20250212), False),
    "config rules as text": ("config", put("rules", "oslo"), False),
    # JSON Schema would count 1.0 as an integer; hf-rules asks for a whole number as written.
    "meetings_per_year as whole float": ("org", put(*PM, "meetings_per_year", 1.0), False),
    "meetings_per_year as fraction": ("org", put(*PM, "meetings_per_year", 1.5), False),
    # an enum value misspelt
    # a party type is a word of the packs' vocabulary, checked with the packs (not by the schema)
    "party type misspelt": ("org", put("parties", "ous", "type", "helseforetaket"), True),
    "side misspelt": ("org", put("parties", "ous", "side", "sykehuset"), False),
    "forum type with ø": ("org", put(*PM, "type", "partnerskapsmøte"), False),
    "level with ø": ("org", put(*PM, "members", 0, "level", "direktør"), False),
    "represents plural": ("org", put(*PM, "members", 6, "represents", "fastleger"), False),
    # another priority group is allowed (an id); a name that is not an id is not
    "priority group not an id": (
        "org",
        put("fora", "samarbeidsforum-somatikk-ous", "priority_groups", ["skrøpelige eldre"]),
        False,
    ),
    "fifth priority group": (
        "org",
        put("fora", "samarbeidsforum-somatikk-ous", "priority_groups", ["skropelige-eldre", "rehabilitering"]),
        True,
    ),
    "status draft": ("org", put("metadata", "status", "draft"), False),
    "apiVersion v2": ("org", put("apiVersion", "hf-rules/v2"), False),
    "kind of another document": ("org", put("kind", "MeetingPlan"), False),
    "fail_on misspelt": ("config", put("fail_on", "warnings"), False),
    "retired forum type is valid input": ("org", put(*PM, "type", "kontaktmote"), True),
    # an explicit null
    "null status": ("org", put("metadata", "status", None), False),
    "null seat person": ("org", put(*PM, "members", 6, "person", None), False),
    "null forum sector": ("org", put("fora", "lsu-ous", "sector", None), False),
    "null members": ("org", put(*PM, "members", None), False),
    "null meeting topic": ("plan", put("meetings", 0, "topic", None), False),
    "null config lang": ("config", put("lang", None), False),
    # seats: both or neither
    "seat with party and represents": ("org", put(*PM, "members", 0, "represents", "bruker"), False),
    "seat with neither": ("org", drop(*PM, "members", 0, "party"), False),
    "observer with neither": ("org", drop(*SSU, "observers", 0, "party"), False),
    "observer with speaking rights": ("org", put(*SSU, "observers", 0, "speaking_rights", True), True),
    # bad dates
    "effective_from month 13": ("org", put("metadata", "effective_from", "2025-13-01"), False),
    "effective_from Norwegian style": ("org", put("metadata", "effective_from", "01.01.2025"), False),
    "meeting on 30 February": ("plan", put("meetings", 0, "date", "2025-02-30"), False),
    "chair period to without dashes": ("plan", put("chairs", 0, "to", "20251231"), False),
    "waiver expires as week date": ("waivers", put("waivers", 0, "expires", "2025-W52-1"), False),
    # minItems, minLength, bounds
    "empty chairs": ("plan", put("chairs", []), True),  # a plan of meeting dates only
    "meeting host with capitals": ("plan", put("meetings", 0, "host", "OUS"), False),
    "meeting host_side not a side": ("plan", put("meetings", 0, "host_side", "kommunane"), False),
    "meeting with host and host_side": (
        "plan",
        lambda d: (put("meetings", 0, "host", "ous")(d), put("meetings", 0, "host_side", "kommune")(d))[0],
        False,
    ),
    "meeting with start and end": (
        "plan",
        lambda d: (put("meetings", 0, "start", "09:00")(d), put("meetings", 0, "end", "11:30")(d))[0],
        True,
    ),
    "meeting start at 24:00": ("plan", put("meetings", 0, "start", "24:00"), False),
    "meeting start without leading zero": ("plan", put("meetings", 0, "start", "9:00"), False),
    "meeting start with seconds": ("plan", put("meetings", 0, "start", "09:00:00"), False),
    "meeting start as number": ("plan", put("meetings", 0, "start", 900), False),
    "meeting end without start": ("plan", put("meetings", 0, "end", "11:00"), False),
    "empty chair_rotation": ("org", put(*PM, "chair_rotation", []), False),
    "empty party name": ("org", put("parties", "ous", "name", ""), False),
    "empty seat role": ("org", put(*PM, "members", 0, "role", ""), False),
    "empty waivers list": ("waivers", put("waivers", []), True),
    "meetings_per_year negative": ("org", put(*PM, "meetings_per_year", -1), False),
    "meetings_per_year 367": ("org", put(*PM, "meetings_per_year", 367), False),
    "meetings_per_year 0": ("org", put(*PM, "meetings_per_year", 0), True),
    # id patterns
    "metadata id with capitals": ("org", put("metadata", "id", "Helsefellesskap-Oslo"), False),
    "seat party with capitals": ("org", put(*PM, "members", 0, "party", "OUS"), False),
    "part_of with underscore": ("org", put("parties", "helseetaten", "part_of", "oslo_kommune"), False),
    "plan forum with space": ("plan", put("forum", "strategisk samarbeidsutvalg"), False),
    "plan organisation starting with hyphen": ("plan", put("metadata", "organisation", "-oslo"), False),
}

# Values a lax model would coerce ("4" to 4, "yes" to True, 0 to 1970-01-01), dict keys it
# would not check, and a final newline Python's '$' would allow. Strict models, propertyNames and
# the id pattern's (?!\n) make schema and model refuse them alike.
CORPUS.update(
    {
        "meetings_per_year as quoted digits": ("org", put(*PM, "meetings_per_year", "4"), False),
        "meetings_per_year as true": ("org", put(*PM, "meetings_per_year", True), False),
        "has_sector as yes": ("org", put("parties", "ous", "has_sector", "yes"), False),
        "has_sector as 1": ("org", put("parties", "ous", "has_sector", 1), False),
        "effective_from as 0": ("org", put("metadata", "effective_from", 0), False),
        "effective_from as datetime": ("org", put("metadata", "effective_from", "2025-01-01T00:00:00"), False),
        "party id Bad_Id": ("org", rename("parties", "sunnaas", to="Bad_Id"), False),
        "id with a final newline": ("org", put("metadata", "id", "helsefellesskap-oslo\n"), False),
    }
)
COERCIBLE = [
    "meetings_per_year as quoted digits",
    "meetings_per_year as true",
    "has_sector as yes",
    "has_sector as 1",
    "effective_from as 0",
    "effective_from as datetime",
    "party id Bad_Id",
    "id with a final newline",
]


def _judge(base: str, mutation: Mutation | None) -> tuple[bool, bool]:
    data, model_class, schema_name = BASES[base]
    data = copy.deepcopy(data)
    if mutation is not None:
        mutation(data)
    doc = Document(f"{base}.yaml", data, {}, {})
    schema_ok = not schema_errors(data, bundled_schema(schema_name), doc)
    try:
        build_model(model_class, doc)
        model_ok = True
    except InputErrors:
        model_ok = False
    return schema_ok, model_ok


def test_corpus_is_large_enough() -> None:
    mutated = [k for k, (_, m, _) in CORPUS.items() if m is not None]
    assert len(mutated) >= 30


@pytest.mark.parametrize("case", sorted(CORPUS))
def test_schema_and_model_agree(case: str) -> None:
    base, mutation, valid = CORPUS[case]
    schema_ok, model_ok = _judge(base, mutation)
    assert schema_ok == model_ok, f"schema accepts: {schema_ok}, model accepts: {model_ok}"
    assert schema_ok == valid, "the mutation did not have the intended effect"


@pytest.mark.parametrize("case", COERCIBLE)
def test_pipeline_rejects_coercible_values(case: str, tmp_path: Path) -> None:
    """A user's document with these values is refused, at a located line."""
    from ruamel.yaml import YAML

    base, mutation, _ = CORPUS[case]
    data = copy.deepcopy(BASES[base][0])
    mutation(data)
    path = tmp_path / "organisation.yaml"
    with path.open("w", encoding="utf-8") as handle:
        YAML(typ="safe", pure=True).dump(data, handle)
    workspace = build_workspace([str(path)])
    assert workspace.files[0].model is None
    assert workspace.problems
    assert all(p.location.line > 0 for p in workspace.problems), [p.line() for p in workspace.problems]
