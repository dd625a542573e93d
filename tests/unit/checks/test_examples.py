"""Every check function keeps its contract, and the examples docs/checks.md shows are true."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from hf_rules.rules.checks import registry
from hf_rules.rules.checks.base import Example
from hf_rules.rules.checks.examples import run_example

CHECKS = sorted(registry().items())
EXAMPLES = [(name, i, ex) for name, module in CHECKS for i, ex in enumerate(getattr(module, "EXAMPLES", ()))]


def test_every_check_module_is_registered() -> None:
    """A module of the package that defines ``check`` is a check function, found without a list;
    the others (base, seats, plan_helpers, examples...) are what check functions share."""
    folder = Path(inspect.getfile(registry)).parent
    registered = {m.__name__.rsplit(".", 1)[-1] for _, m in CHECKS}
    for path in folder.glob("*.py"):
        defines_check = "\ndef check(" in path.read_text(encoding="utf-8")
        assert defines_check == (path.stem in registered), path.name
    assert {"seat_count", "party_set", "chair", "cross_forum", "deputy_required"} <= registered


@pytest.mark.parametrize(("name", "module"), CHECKS)
def test_check_declares_its_contract(name: str, module: object) -> None:
    examples: tuple[Example, ...] = module.EXAMPLES  # type: ignore[attr-defined]
    assert inspect.getdoc(module), f"{name} has no documentation"
    assert any(not e.expect for e in examples), f"{name} has no passing example"
    assert any(e.expect for e in examples), f"{name} has no failing example"
    source = inspect.getsource(module)  # type: ignore[arg-type]
    # defaults live in the options schema, filled in by the pack loader
    assert not re.search(r"(options|requirement|item|group)\.get\([^()]*,", source), (
        f"{name} reads an option with a default in code"
    )
    # every placeholder says what it holds (docs/checks.md shows it)
    params = module.PARAMS  # type: ignore[attr-defined]
    assert isinstance(params, dict), f"{name}: PARAMS maps each placeholder to what it holds"
    for placeholder, text in params.items():
        assert isinstance(text, str) and text.strip().endswith("."), f"{name}: {{{placeholder}}} is not described"


def test_placeholders_are_described_in_checks_md() -> None:
    """The generated page has, per function, a row per placeholder with what it holds."""
    from tests.support import ROOT

    page = (ROOT / "docs" / "checks.md").read_text(encoding="utf-8")
    problem = registry()["party_set"].PARAMS["problem"]
    assert f"| `{{problem}}` | {problem} |" in page
    assert "`is missing` (a party of `ids`), `is not on the list`" in problem


@pytest.mark.parametrize(("name", "index", "example"), EXAMPLES, ids=[f"{n}-{i}" for n, i, _ in EXAMPLES])
def test_documented_example_gives_what_it_says(name: str, index: int, example: Example) -> None:
    violations = run_example(registry()[name], example)
    assert tuple(v.key for v in violations) == example.expect


def test_an_option_missing_from_a_choice_is_named() -> None:
    """A check that needs one of several options says which, at the options' line."""
    from hf_rules.documents.validate import schema_errors
    from hf_rules.yaml.loader import load_yaml_bytes

    doc = load_yaml_bytes(b"options:\n  party_type: [kommune]\n  label: {nb: k, en: k}\n", "pack.yaml")
    [error] = schema_errors(doc.data["options"], registry()["party_set"].OPTIONS, doc, ("options",))
    assert (error.location.line, error.message) == (
        2,
        "options needs at least one of the keys: ids, includes, min, max, exactly, in_forum, regions, municipalities_of",
    )
