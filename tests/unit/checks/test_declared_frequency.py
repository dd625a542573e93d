"""declared_frequency: the forum's own meetings_per_year, with min, max or exactly."""

from __future__ import annotations

from typing import Any

from tests.unit.checks.support import findings

ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
fora:
  pm: {name: PM, type: partnerskapsmote%s}
"""


def declared(meetings: int | None, **options: Any) -> list[tuple[str, int]]:
    extra = "" if meetings is None else f", meetings_per_year: {meetings}"
    return findings("declared_frequency", options, ORG % extra)


def test_min_alone_is_a_floor() -> None:
    assert declared(2, min=2) == []
    assert declared(5, min=2) == []
    assert declared(1, min=2) == [("too-low", 4)]


def test_max_alone_is_a_ceiling() -> None:
    assert declared(1, max=2) == []
    assert declared(3, max=2) == [("too-high", 4)]


def test_exactly_fails_both_ways() -> None:
    assert declared(2, exactly=2) == []
    assert declared(1, exactly=2) == [("too-low", 4)]
    assert declared(3, exactly=2) == [("too-high", 4)]


def test_between_min_and_max() -> None:
    assert [declared(n, min=2, max=4) for n in (1, 2, 4, 5)] == [[("too-low", 4)], [], [], [("too-high", 4)]]


def test_a_forum_that_declares_nothing_fails_whatever_the_bounds() -> None:
    assert declared(None, max=2) == [("missing", 4)]
    assert declared(None, exactly=1) == [("missing", 4)]


def test_the_message_says_the_requirement_in_both_languages() -> None:
    from hf_rules.rules.checks import registry
    from hf_rules.rules.checks.base import Example
    from hf_rules.rules.checks.examples import run_example

    module = registry()["declared_frequency"]
    [violation] = run_example(module, Example("t", {"exactly": 2}, ORG % ", meetings_per_year: 3"))
    params = violation.params
    assert (params["found"], params["min"], params["max"]) == ("3", "2", "2")
    requirement: Any = params["requirement"]
    assert (requirement.text("nb"), requirement.text("en")) == ("nøyaktig 2", "exactly 2")
    assert violation.evidence == {"meetings_per_year": 3, "min": 2, "max": 2}
    [violation] = run_example(module, Example("t", {"max": 2}, ORG % ", meetings_per_year: 3"))
    requirement = violation.params["requirement"]
    assert (violation.params["min"], requirement.text("nb"), requirement.text("en")) == ("-", "høyst 2", "at most 2")


def test_no_declared_value_reads_as_an_unknown_number_in_both_languages() -> None:
    """«møtest {found} gonger i året» with nothing declared: words, not a dash."""
    from hf_rules.rules.checks import registry
    from hf_rules.rules.checks.base import Example
    from hf_rules.rules.checks.examples import run_example

    module = registry()["declared_frequency"]
    [violation] = run_example(module, Example("t", {"min": 26}, ORG % ""))
    found: Any = violation.params["found"]
    assert (violation.key, found.text("nb"), found.text("en")) == (
        "missing",
        "et ukjent antall",
        "an unknown number of",
    )


def test_a_declared_range_lies_within_the_rules_bounds() -> None:
    """«Møtest 5–6 gonger i året»: `{min: 5, max: 6}`; its least against the rule's min, its most against its max."""
    ranged = ORG % ", meetings_per_year: {min: 5, max: 6}"
    assert findings("declared_frequency", {"min": 5, "max": 6}, ranged) == []
    assert findings("declared_frequency", {"min": 4}, ranged) == []
    assert findings("declared_frequency", {"min": 6}, ranged) == [("too-low", 4)]
    assert findings("declared_frequency", {"max": 5}, ranged) == [("too-high", 4)]
    assert findings("declared_frequency", {"exactly": 6}, ranged) == [("too-low", 4)]


def test_a_range_is_said_as_from_to() -> None:
    from hf_rules.rules.checks import registry
    from hf_rules.rules.checks.base import Example
    from hf_rules.rules.checks.examples import run_example

    module = registry()["declared_frequency"]
    [violation] = run_example(module, Example("t", {"min": 6}, ORG % ", meetings_per_year: {min: 5, max: 6}"))
    assert violation.params["found"] == "5–6"
    assert violation.evidence == {"meetings_per_year": {"min": 5, "max": 6}, "min": 6, "max": None}
