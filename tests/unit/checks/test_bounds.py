"""A count's bounds that no count can meet are refused when the pack loads, at the option:
``exactly`` with ``min`` or ``max``, and ``min`` above ``max`` (dated values where they meet)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from hf_rules.rules.checks import registry
from hf_rules.yaml.loader import load_yaml_bytes


def problems(function: str, options_yaml: str) -> list[tuple[int, int, str, str]]:
    """``(line, column, nb message, en message)`` of each problem ``validate`` finds."""
    doc = load_yaml_bytes(("options:\n" + options_yaml).encode("utf-8"), "pack.yaml")
    rule: Any = SimpleNamespace(
        id="R1", check=SimpleNamespace(options=doc.data["options"]), applies_to=SimpleNamespace(kind="forum")
    )
    found = registry()[function].validate(rule, doc, ("options",))  # type: ignore[attr-defined]
    return [(e.location.line, e.location.column, e.text("nb"), e.text("en")) for e in found]


EXACTLY_WITH = "`exactly` cannot be given together with `{}`; give either `exactly` or the bounds"


@pytest.mark.parametrize(
    "function", ["declared_frequency", "seat_count", "forum_count", "party_set", "forum_for_party"]
)
def test_exactly_with_min_or_max_is_refused_at_exactly(function: str) -> None:
    [(line, column, nb, en)] = problems(function, "  min: 1\n  exactly: 2\n")
    assert (line, column, en) == (3, 3, "rule R1: " + EXACTLY_WITH.format("min"))
    assert nb == "regel R1: `exactly` kan ikke gis sammen med `min`; gi enten `exactly` eller grensene"
    [(line, _, _, en)] = problems(function, "  exactly: 2\n  max: 3\n")
    assert (line, en) == (2, "rule R1: " + EXACTLY_WITH.format("max"))


@pytest.mark.parametrize(
    "function", ["declared_frequency", "seat_count", "forum_count", "party_set", "forum_for_party"]
)
def test_min_above_max_is_refused_at_min(function: str) -> None:
    [(line, column, nb, en)] = problems(function, "  max: 2\n  min: 4\n")
    assert (line, column) == (3, 8)
    assert en == "rule R1: `min` (4) is greater than `max` (2); no count can meet both"
    assert nb == "regel R1: `min` (4) er større enn `max` (2); ingen telling kan oppfylle begge"
    assert problems(function, "  min: 2\n  max: 2\n") == []
    assert problems(function, "  exactly: 2\n") == []


def test_meeting_frequency_per_year() -> None:
    [(line, _, _, en)] = problems("meeting_frequency", "  min_per_year: 6\n  max_per_year: 4\n")
    assert (line, en) == (2, "rule R1: `min_per_year` (6) is greater than `max_per_year` (4); no count can meet both")
    assert problems("meeting_frequency", "  min_per_year: 4\n  max_per_year: 4\n") == []


def test_each_requirement_and_each_side() -> None:
    require = "  require:\n    - {role: [Leder], min: 1}\n    - {role: [Vara], min: 3, max: 1}\n    - {role: [X], exactly: 1, min: 1}\n"
    found = [(line, en) for line, _, _, en in problems("required_seats", require)]
    assert found == [
        (4, "rule R1: `min` (3) is greater than `max` (1); no count can meet both"),
        (5, "rule R1: " + EXACTLY_WITH.format("min")),
    ]
    sides = "  sides:\n    kommune: {min: 5, max: 5}\n    sykehus: {min: 6, max: 5}\n"
    assert [(line, en) for line, _, _, en in problems("side_balance", sides)] == [
        (4, "rule R1: `min` (6) is greater than `max` (5); no count can meet both")
    ]


def test_dated_values_are_compared_where_their_periods_meet() -> None:
    dated = (
        "  max: 4\n"
        "  min:\n"
        "    dated:\n"
        "      - {value: 6, valid_to: 2025-12-31}\n"
        "      - {value: 2, valid_from: 2026-01-01}\n"
    )
    [(line, _, _, en)] = problems("declared_frequency", dated)
    assert (line, en) == (5, "rule R1: `min` (6) is greater than `max` (4); no count can meet both")
    apart = (
        "  max:\n"
        "    dated:\n"
        "      - {value: 4, valid_from: 2026-01-01}\n"
        "  min:\n"
        "    dated:\n"
        "      - {value: 6, valid_to: 2025-12-31}\n"
    )
    assert problems("declared_frequency", apart) == []


def test_the_count_of_regions_in_party_set() -> None:
    found = problems("party_set", "  regions: {exactly: 4, max: 5}\n")
    assert [(line, en) for line, _, _, en in found] == [(2, "rule R1: " + EXACTLY_WITH.format("max"))]
    assert problems("party_set", "  regions: {min: 4, max: 5}\n") == []


def test_one_seat_per_min_above_its_max_or_the_default_max() -> None:
    [(line, column, nb, en)] = problems("one_seat_per", "  party_type: [kommune]\n  min: 2\n")
    assert (line, column) == (3, 8)
    assert en == ("rule R1: `min` (2) is greater than `max` (1, the default); give `max` too, or `at_most_one: false`")
    assert nb == (
        "regel R1: `min` (2) er større enn `max` (1, standardverdien); gi `max` også, eller `at_most_one: false`"
    )
    [(line, _, _, en)] = problems("one_seat_per", "  party_type: [kommune]\n  min: 3\n  max: 2\n")
    assert (line, en) == (3, "rule R1: `min` (3) is greater than `max` (2); no count can meet both")
    assert problems("one_seat_per", "  party_type: [kommune]\n  min: 2\n  max: 2\n") == []
    assert problems("one_seat_per", "  party_type: [kommune]\n  min: 2\n  at_most_one: false\n") == []
    assert problems("one_seat_per", "  party_type: [kommune]\n  min: 0\n") == []


EACH_NEEDS_PER = (
    "rule R1: `each` names the units counted separately, so it needs `per` (party, party_type, region or side); "
    "with `per: forum` (the default) all the seats are counted together"
)


@pytest.mark.parametrize("per", ["", "  per: forum\n"])
def test_seat_count_each_without_per_is_refused_at_each(per: str) -> None:
    options = "  label: {nb: k, en: m}\n  each: {party_type: [kommune]}\n" + per + "  min: 1\n"
    [(line, column, nb, en)] = problems("seat_count", options)
    assert (line, column, en) == (3, 3, EACH_NEEDS_PER)
    assert nb.startswith("regel R1: `each` nevner enhetene som telles hver for seg, så det krever `per`")
    with_per = "  label: {nb: k, en: m}\n  each: {values: [kommune]}\n  per: side\n"
    assert problems("seat_count", with_per) == []


def test_a_count_the_ids_list_contradicts_is_refused_at_the_count() -> None:
    """``party_set`` with ``ids`` and a count: the list gives the number (blind-author report)."""
    ids = "  ids: [a, b, c]\n"
    [(line, column, nb, en)] = problems("party_set", ids + "  exactly: 4\n")
    assert (line, column) == (3, 12)
    assert en == (
        "rule R1: `exactly: 4` contradicts `ids`, which lists 3 parties; leave `exactly` out (the list gives the number)"
    )
    assert (
        nb == "regel R1: `exactly: 4` strider mot `ids`, som lister 3 parter; ta bort `exactly` (listen gir antallet)"
    )
    assert [en for _, _, _, en in problems("party_set", ids + "  min: 4\n  max: 2\n")] == [
        "rule R1: `min` (4) is greater than `max` (2); no count can meet both",
        "rule R1: `min: 4` contradicts `ids`, which lists 3 parties; leave `min` out (the list gives the number)",
        "rule R1: `max: 2` contradicts `ids`, which lists 3 parties; leave `max` out (the list gives the number)",
    ]
    assert problems("party_set", ids + "  exactly: 3\n") == []
    assert problems("party_set", ids + "  min: 3\n  max: 3\n") == []
    # with `per: region` the count is each region's: the list of all of them does not contradict it
    assert problems("party_set", ids + "  per: region\n  exactly: 1\n") == []
    [(_, _, _, en)] = problems("party_set", ids + "  per: region\n  min: 2\n  max: 1\n")
    assert en == "rule R1: `min` (2) is greater than `max` (1); no count can meet both"
