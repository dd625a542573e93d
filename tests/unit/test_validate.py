"""Tests for hf_rules.documents.validate: schema errors in a secretariat's words, at the line to fix."""

from __future__ import annotations

import pytest

from hf_rules.core.errors import InputError, Location
from hf_rules.core.resources import bundled_schema
from hf_rules.documents.model import BASE_VOCABULARY, Organisation
from hf_rules.documents.references import vocabulary_problems
from hf_rules.documents.validate import InputErrors, build_model, describe_path, schema_errors
from hf_rules.yaml.loader import load_yaml_bytes

HEAD = "apiVersion: hf-rules/v1\nkind: Organisation\nmetadata: {id: hf-test, name: Test}\n"
PARTY = "parties:\n  ous: {name: OUS, type: helseforetak, side: sykehus}\n"
FORUM_KEYS = (
    "also_known_as, area, chair_rotation, decision_rule, escalation, follows_up, gives_assignments_to, gives_input_to, mandate, "
    "meetings_per_year, "
    "members, name, observers, priority_groups, relations, secretariat, sector, sub_committee_of, supports, topic, type, until, "
    "user_participation"
)


def problems(body: str, schema: str = "organisation.schema.json") -> list[tuple[int, int, str]]:
    """``(line, column, message)`` of every schema error of the organisation ``HEAD + body``."""
    doc = load_yaml_bytes((HEAD + body).encode("utf-8"), "org.yaml")
    found = schema_errors(doc.data, bundled_schema(schema), doc)
    for error in found:
        assert error.location.file == "org.yaml"
        assert "\n" not in error.message
    return [(e.location.line, e.location.column, e.message) for e in found]


def test_unknown_key_names_allowed_keys_and_the_closest() -> None:
    body = (
        PARTY
        + "fora:\n  ssu:\n    name: SSU\n    type: strategisk-samarbeidsutvalg\n    observer:\n      - {party: ous}\n"
    )
    assert problems(body) == [
        (10, 5, f"unknown key 'observer' in fora.ssu (did you mean 'observers'?); expected one of: {FORUM_KEYS}"),
    ]


def test_unknown_key_without_a_close_match_names_only_the_allowed_keys() -> None:
    body = PARTY + "fora:\n  ssu:\n    name: SSU\n    type: strategisk-samarbeidsutvalg\n    chairs: 2\n"
    [(line, column, message)] = problems(body)
    assert (line, column) == (10, 5)
    assert message == f"unknown key 'chairs' in fora.ssu; expected one of: {FORUM_KEYS}"


def test_several_unknown_keys_are_each_reported_at_their_key() -> None:
    body = "parties:\n  ous: {name: OUS, type: helseforetak, side: sykehus, kind: hf, sektor: ous}\nfora: {}\n"
    found = problems(body)
    assert [(line, column) for line, column, _ in found] == [(5, 55), (5, 65)]
    assert "unknown key 'kind' in parties.ous; expected one of:" in found[0][2]
    assert "unknown key 'sektor' in parties.ous (did you mean 'sector'?)" in found[1][2]


def test_missing_required_key_points_at_the_parent_key() -> None:
    body = "parties:\n  ous:\n    name: OUS\n    type: helseforetak\nfora: {}\n"
    assert problems(body) == [(5, 3, "parties.ous is missing the required key 'side'")]


def test_missing_required_keys_of_an_empty_mapping_point_at_its_key() -> None:
    body = "parties:\n  ous: {}\nfora: {}\n"
    assert problems(body) == [
        (5, 3, "parties.ous is missing the required key 'name'"),
        (5, 3, "parties.ous is missing the required key 'side'"),
        (5, 3, "parties.ous is missing the required key 'type'"),
    ]


def test_missing_top_level_key_points_at_the_document() -> None:
    assert problems("parties: {}\n") == [(1, 1, "the document is missing the required key 'fora'")]


def test_missing_key_in_a_list_entry_points_at_the_entry() -> None:
    body = (
        PARTY + "fora:\n  ssu:\n    name: SSU\n    type: strategisk-samarbeidsutvalg\n"
        "    members:\n      - party: ous\n        level: direktor\n      - role: Leder\n"
    )
    assert problems(body) == [
        (13, 9, "fora.ssu.members[1] needs 'party' (a party seat) or 'represents' (fastlege, bruker or ansatt)"),
    ]


def test_wrong_type_says_what_is_expected() -> None:
    body = (
        PARTY + "fora:\n  ssu:\n    name: SSU\n    type: strategisk-samarbeidsutvalg\n"
        "    meetings_per_year: four\n    mandate: Gi innspill\n"
    )
    assert problems(body) == [
        (10, 24, "fora.ssu.meetings_per_year must be a whole number or a mapping, got a text ('four')"),
        (11, 14, "fora.ssu.mandate must be a list, got a text ('Gi innspill')"),
    ]


def test_wrong_type_of_a_flag_and_of_a_mapping() -> None:
    body = "parties:\n  ous: {name: OUS, type: helseforetak, side: sykehus, has_sector: ja}\nfora: [ssu]\n"
    assert problems(body) == [
        (5, 67, "parties.ous.has_sector must be true or false, got a text ('ja')"),
        (6, 7, "fora must be a mapping, got a list (['ssu'])"),
    ]


def test_enum_lists_the_allowed_values() -> None:
    body = "parties:\n  ous: {name: OUS, type: helseforetak, side: sykehuset}\nfora: {}\n"
    assert problems(body) == [
        (
            5,
            46,
            "parties.ous.side is 'sykehuset' (did you mean 'sykehus'?); expected one of: kommune, sykehus, uavhengig",
        ),
    ]


def test_a_word_outside_the_packs_vocabulary_lists_the_allowed_words() -> None:
    """Party types, forum types and levels vary between agreements: the rule packs declare them."""
    body = "parties:\n  ous: {name: OUS, type: helseforetaket, side: sykehus}\nfora: {}\n"
    assert problems(body) == []
    doc = load_yaml_bytes((HEAD + body).encode(), "org.yaml")
    model = build_model(Organisation, doc)
    assert isinstance(model, Organisation)
    vocabulary = {k: list(v) for k, v in BASE_VOCABULARY.items()}
    [error] = vocabulary_problems(doc, model, vocabulary)
    assert (error.location.line, error.location.column) == (5, 26)
    assert error.message == (
        "parties.ous.type is 'helseforetaket' (did you mean 'helseforetak'?); expected one of: kommune, etat, "
        "bydel, helseforetak, sykehus, "
        "ombud, region (the party types of the rule packs; a pack adds its own under vocabulary.party_types: "
        "if the word is a pack's, give that pack with --rules or rules: in .hf-rules.yaml)"
    )
    vocabulary["party_types"].append("helseforetaket")
    assert vocabulary_problems(doc, model, vocabulary) == []


def test_a_position_outside_the_packs_vocabulary_lists_the_allowed_words() -> None:
    """A seat's position (leder, nestleder, vararepresentant, and what a pack adds) is a word too."""
    body = (
        "parties:\n  ous: {name: OUS, type: helseforetak, side: sykehus}\n"
        "fora:\n  pm:\n    name: PM\n    type: partnerskapsmote\n    members:\n"
        "      - {party: ous, position: talsperson}\n"
    )
    assert problems(body) == []
    doc = load_yaml_bytes((HEAD + body).encode(), "org.yaml")
    model = build_model(Organisation, doc)
    assert isinstance(model, Organisation)
    vocabulary = {k: list(v) for k, v in BASE_VOCABULARY.items()}
    [error] = vocabulary_problems(doc, model, vocabulary)
    assert error.location.line == 11
    assert error.message.startswith(
        "fora.pm.members[0].position is 'talsperson'; expected one of: leder, nestleder, vararepresentant"
    )
    vocabulary["positions"].append("talsperson")
    assert vocabulary_problems(doc, model, vocabulary) == []


def test_a_bad_entry_in_a_list_is_pointed_at() -> None:
    body = PARTY + "fora:\n  sf:\n    name: SF\n    type: samarbeidsforum\n    priority_groups: [barn-og-unge, Eldre]\n"
    assert problems(body) == [
        (10, 37, "fora.sf.priority_groups[1] is 'Eldre'; expected lower-case letters, digits and hyphens"),
    ]


def test_forum_type_with_a_norwegian_letter() -> None:
    body = PARTY + "fora:\n  pm:\n    name: PM\n    type: partnerskapsmøte\n"
    [(line, column, message)] = problems(body)
    assert (line, column) == (9, 11)
    assert message == "fora.pm.type is 'partnerskapsmøte'; expected lower-case letters, digits and hyphens"


def test_property_name_pattern_points_at_the_key() -> None:
    body = "parties:\n  ous: {name: OUS, type: helseforetak, side: sykehus}\n  Bad_Id: {name: X, type: etat, side: kommune}\nfora: {}\n"
    assert problems(body) == [
        (6, 3, "'Bad_Id' is not a valid key in parties; expected lower-case letters, digits and hyphens"),
    ]


def test_id_pattern_in_a_value() -> None:
    body = "parties:\n  etat: {name: E, type: etat, side: kommune, part_of: Oslo_Kommune}\nfora: {}\n"
    assert problems(body) == [
        (5, 55, "parties.etat.part_of is 'Oslo_Kommune'; expected lower-case letters, digits and hyphens"),
    ]


def test_seat_with_party_and_represents() -> None:
    body = (
        PARTY + "fora:\n  ssu:\n    name: SSU\n    type: strategisk-samarbeidsutvalg\n"
        "    members:\n      - {party: ous, represents: bruker}\n"
    )
    assert problems(body) == [
        (
            11,
            9,
            "fora.ssu.members[0] has both 'party' and 'represents'; a seat is either a party seat "
            "or a constituency seat",
        ),
    ]


def test_seat_that_is_not_a_mapping_gets_one_message() -> None:
    """Not also "valid under each of {'required': ...}" from the party-or-represents rule."""
    body = (
        PARTY + "fora:\n  ssu:\n    name: SSU\n    type: strategisk-samarbeidsutvalg\n"
        "    members:\n      - ous\n      -\n"
    )
    assert problems(body) == [
        (11, 9, "fora.ssu.members[0] must be a mapping, got a text ('ous')"),
        (12, 8, "fora.ssu.members[1] must be a mapping, got empty (None)"),
    ]


@pytest.mark.parametrize("after", ["    type: strategisk-samarbeidsutvalg\n", "\n\n# later\n"])
def test_empty_value_points_at_its_key(after: str) -> None:
    """An empty value has no position of its own; the error is at its key, not lines further on."""
    body = PARTY + "fora:\n  ssu:\n    name: SSU\n    sector:\n" + after
    found = problems(body)
    assert (9, 5, "fora.ssu.sector must be a text, got empty (None)") in found


def test_explicit_null_points_at_its_key() -> None:
    body = PARTY + "fora:\n  ssu:\n    name: SSU\n    type: strategisk-samarbeidsutvalg\n    sector: ~\n"
    assert problems(body) == [(10, 5, "fora.ssu.sector must be a text, got empty (None)")]


def test_bad_date_says_the_format() -> None:
    body = PARTY + "fora: {}\n"
    text = HEAD.replace(
        "metadata: {id: hf-test, name: Test}", "metadata: {id: hf-test, name: Test, effective_from: '01.01.2025'}"
    )
    doc = load_yaml_bytes((text + body).encode(), "org.yaml")
    [error] = schema_errors(doc.data, bundled_schema("organisation.schema.json"), doc)
    assert error.location == Location("org.yaml", 3, 53)
    assert error.message == "metadata.effective_from is '01.01.2025', not a valid date; expected YYYY-MM-DD"


def test_empty_text_empty_list_and_bounds() -> None:
    body = (
        PARTY + "fora:\n  ssu:\n    name: ''\n    type: strategisk-samarbeidsutvalg\n"
        "    chair_rotation: []\n    meetings_per_year: 400\n"
    )
    assert problems(body) == [
        (8, 11, "fora.ssu.name must not be empty"),
        (10, 21, "fora.ssu.chair_rotation must have at least 1 entry"),
        (11, 24, "fora.ssu.meetings_per_year is 400; expected at most 366"),
    ]


def test_const_says_the_expected_value() -> None:
    doc = load_yaml_bytes(b"apiVersion: hf-rules/v2\nkind: MeetingPlan\n", "plan.yaml")
    found = schema_errors(doc.data, bundled_schema("meeting-plan.schema.json"), doc)
    assert (Location("plan.yaml", 1, 13), "apiVersion is 'hf-rules/v2'; expected 'hf-rules/v1'") in [
        (e.location, e.message) for e in found
    ]


def test_errors_come_in_document_order() -> None:
    body = (
        "parties:\n  ous: {name: OUS, type: helseforetaket, side: sykehuset}\n"
        "fora:\n  ssu: {name: SSU, type: ssu, observer: []}\n"
    )
    found = problems(body)
    assert found == sorted(found)
    assert [line for line, _, _ in found] == [5, 7]


def test_schema_errors_below_a_base_path_are_located_in_the_whole_document() -> None:
    """Rule packs check a check's options (a part of the pack) with the check's own schema."""
    text = b"rules:\n  - check:\n      options:\n        min: four\n"
    doc = load_yaml_bytes(text, "pack.yaml")
    schema = {"type": "object", "properties": {"min": {"type": "integer"}}, "additionalProperties": False}
    [error] = schema_errors(doc.data["rules"][0]["check"]["options"], schema, doc, ("rules", 0, "check", "options"))
    assert error.location == Location("pack.yaml", 4, 14)
    assert error.message == "rules[0].check.options.min must be a whole number, got a text ('four')"


def test_model_errors_are_located_too() -> None:
    """Were the model ever to refuse what the schema let through, the user would still get a
    located line: build_model locates pydantic's errors itself."""
    text = HEAD.replace("id: hf-test", 'id: "hf-test\\n"') + "parties: {}\nfora: {}\n"
    doc = load_yaml_bytes(text.encode(), "org.yaml")
    with pytest.raises(InputErrors) as info:
        build_model(Organisation, doc)
    [error] = info.value.errors
    assert isinstance(error, InputError)
    assert error.location == Location("org.yaml", 3, 16)
    assert error.message.startswith("metadata.id: ")


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ((), "the document"),
        (("fora",), "fora"),
        (("fora", "lsu-ous", "members", 2), "fora.lsu-ous.members[2]"),
        (("chairs", 0, "from"), "chairs[0].from"),
    ],
)
def test_describe_path(path: tuple[str | int, ...], text: str) -> None:
    assert describe_path(path) == text


def test_a_choice_of_one_fitting_alternative_says_what_is_wrong_in_it() -> None:
    """A choice (anyOf) where only one alternative is of the value's type — a forum type as a word
    or ``{id, kind_of}``, an option's value or its dated values — is explained by that
    alternative's own errors, located at the key or value, not by a dump of the value."""
    schema = {
        "type": "object",
        "properties": {
            "words": {
                "type": "array",
                "items": {
                    "anyOf": [
                        {"type": "string"},
                        {
                            "type": "object",
                            "properties": {"id": {"type": "string"}, "kind_of": {"type": "string"}},
                            "required": ["id", "kind_of"],
                            "additionalProperties": False,
                        },
                    ]
                },
            }
        },
    }
    doc = load_yaml_bytes(b"words:\n  - fsu\n  - {id: x, kindof: samarbeidsforum}\n  - 3\n", "pack.yaml")
    found = [(e.location.line, e.location.column, e.text("en")) for e in schema_errors(doc.data, schema, doc)]
    assert found == [
        (3, 5, "words[1] is missing the required key 'kind_of'"),
        (3, 13, "unknown key 'kindof' in words[1] (did you mean 'kind_of'?); expected one of: id, kind_of"),
        (4, 5, "words[2] must be a text or a mapping, got a whole number (3)"),
    ]
