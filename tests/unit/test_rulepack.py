"""Tests for hf_rules.rules.pack: broken packs fail at their line, the bundled packs load whole."""

from __future__ import annotations

import json
import re
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from hf_rules.core.errors import InputError, Location
from hf_rules.documents.validate import InputErrors
from hf_rules.rules.pack import load_packs
from tests.conftest import run_cli
from tests.support import ROOT

BAD_PACKS = ROOT / "fixtures" / "bad-packs"
OSLO = ROOT / "fixtures" / "oslo"

# file -> (line, column, part of the message). Every location was read off the fixture: it is
# the value (or key) a pack author has to change. ``ERROR_IN`` names the file the error is in
# when that is not the file given (an ``extends`` cycle is reported at the edge that closes it).
BAD: dict[str, tuple[int, int, str]] = {
    "applies-to-unknown-type.yaml": (
        21,
        38,
        "rule BAD-FREQUENCY: applies_to type 'partnerskapsmøte' is not a forum type (did you mean 'partnerskapsmote'?); "
        "expected one of: partnerskapsmote",
    ),
    "applies-to-unsupported.yaml": (
        21,
        24,
        "rule BAD-FREQUENCY: check function 'declared_frequency' applies to forum, organisation, not party",
    ),
    "broken-yaml.yaml": (8, 10, "invalid YAML: expected ',' or '}', but got ':'"),
    "cycle-a.yaml": (8, 13, "extends forms a cycle: cycle-a -> cycle-b -> cycle-a"),
    "cycle-b.yaml": (8, 13, "extends forms a cycle: cycle-b -> cycle-a -> cycle-b"),
    "disable-unknown-rule.yaml": (10, 11, "disable names rule 'HF-NO-SUCH-RULE', which no extended pack defines"),
    "duplicate-national-rule-id.yaml": (10, 9, "rule id 'HF-GP-DEPUTY' is already defined in "),
    "duplicate-rule-id.yaml": (27, 9, "rule id 'BAD-FREQUENCY' is already defined in "),
    "extends-path.yaml": (8, 13, "extends '../../etc/passwd' is not a pack id; packs are extended by id"),
    "extends-unknown.yaml": (8, 13, "extends unknown rule pack 'bergen'; looked in "),
    "obligation-unknown.yaml": (20, 19, "obligation 'O99' is not in the catalogue"),
    "option-exactly-with-min.yaml": (
        26,
        9,
        "rule BAD-FREQUENCY: `exactly` cannot be given together with `min`; give either `exactly` or the bounds",
    ),
    "option-each-without-per.yaml": (
        26,
        9,
        "rule BAD-EVERY-MUNICIPALITY: `each` names the units counted separately, so it needs `per` (party, "
        "party_type, region or side); with `per: forum` (the default) all the seats are counted together",
    ),
    "option-min-above-default-max.yaml": (
        26,
        14,
        "rule BAD-TWO-PER-MUNICIPALITY: `min` (2) is greater than `max` (1, the default); give `max` too, "
        "or `at_most_one: false`",
    ),
    "option-min-above-max.yaml": (
        25,
        14,
        "rule BAD-FREQUENCY: `min` (4) is greater than `max` (2); no count can meet both",
    ),
    "option-missing.yaml": (24, 16, "rules[0].check.options needs at least one of the keys: min, max, exactly"),
    "option-unknown-key.yaml": (
        26,
        9,
        "unknown key 'maks' in rules[0].check.options; expected one of: exactly, max, min",
    ),
    "option-wrong-type.yaml": (25, 14, "rules[0].check.options.min must be a whole number, got a text ('four')"),
    "placeholder-unfilled.yaml": (
        14,
        11,
        "rule BAD-FREQUENCY: placeholder {count} is not filled by 'declared_frequency' (did you mean 'found'?); "
        "expected one of: found, max, min,",
    ),
    "source-no-date.yaml": (
        11,
        5,
        "source 'avtale' has no `date`; expected a date (YYYY-MM-DD), a year or a span of years (2020/2021), "
        "or `undated: true` for a text without a date",
    ),
    "source-date-and-undated.yaml": (
        13,
        14,
        "source 'avtale' has both `date: 2024-03-01` and `undated: true`; expected only one of them",
    ),
    "source-undeclared.yaml": (
        18,
        17,
        "source document 'motefora-fjellmark' is not declared under 'sources'; expected one of: helsenorge-fastlege",
    ),
    "unknown-function.yaml": (
        23,
        17,
        "rule BAD-FREQUENCY: unknown check function 'meeting_frequncy' (did you mean 'meeting_frequency'?); expected one of: agreement, chair, ",
    ),
    "unknown-rule-key.yaml": (
        16,
        5,
        "rule BAD-FREQUENCY: unknown key 'severty' in rules[0] (did you mean 'severity'?)",
    ),
    "wrong-severity.yaml": (
        16,
        15,
        "rule BAD-FREQUENCY: rules[0].severity is 'critical'; expected one of: error, warning, info",
    ),
}
ERROR_IN = {"cycle-a.yaml": "cycle-b.yaml", "cycle-b.yaml": "cycle-a.yaml"}


def _errors(path: Path) -> list[InputError]:
    with pytest.raises((InputError, InputErrors)) as info:
        load_packs([str(path)])
    error = info.value
    return error.errors if isinstance(error, InputErrors) else [error]


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_pack_is_reported_at_its_line(name: str) -> None:
    line, column, text = BAD[name]
    errors = _errors(BAD_PACKS / name)
    matching = [e for e in errors if text in e.message]
    assert len(matching) == 1, [e.line() for e in errors]
    expected_file = BAD_PACKS / ERROR_IN.get(name, name)
    assert matching[0].location == Location(str(expected_file), line, column)
    for error in errors:
        assert error.location.line > 0, error.line()
        assert "\n" not in error.message


def test_duplicate_rule_id_names_the_first_definition() -> None:
    [error] = _errors(BAD_PACKS / "duplicate-rule-id.yaml")
    assert error.message.endswith(f"{BAD_PACKS / 'duplicate-rule-id.yaml'}:10")
    [error] = _errors(BAD_PACKS / "duplicate-national-rule-id.yaml")
    assert re.search(r"national\.yaml:\d+$", error.message)


def test_every_bad_pack_is_in_the_table() -> None:
    assert sorted(p.name for p in BAD_PACKS.iterdir()) == sorted(BAD)


def test_missing_options_point_at_the_check(tmp_path: Path) -> None:
    """With ``options`` left out altogether, the error points at the rule's ``check`` key."""
    text = (BAD_PACKS / "option-missing.yaml").read_text(encoding="utf-8")
    assert "      options: {}\n" in text
    pack = tmp_path / "option-missing.yaml"
    pack.write_text(text.replace("      options: {}\n", ""), encoding="utf-8")
    [error] = _errors(pack)
    assert error.location == Location(str(pack), 22, 5)
    assert "rules[0].check.options needs at least one of the keys: min, max, exactly" in error.message


@pytest.mark.parametrize(
    ("options", "line", "message"),
    [
        # one of several keys required (min, max or exactly): the misspelt one is the only message
        ("        exacty: 4\n", 25, "unknown key 'exacty' in rules[0].check.options (did you mean 'exactly'?)"),
        # a required key (seat_count's label), misspelt
        (
            "        exactly: 4\n        lable: {nb: medlemmer, en: members}\n",
            26,
            "unknown key 'lable' in rules[0].check.options (did you mean 'label'?)",
        ),
    ],
)
def test_a_misspelt_required_option_is_one_message(tmp_path: Path, options: str, line: int, message: str) -> None:
    """Round 31 (Telemark, Møre og Romsdal): a misspelt required option gave two lines, the unknown
    key and the required one missing; the "did you mean" says both."""
    text = (BAD_PACKS / "option-unknown-key.yaml").read_text(encoding="utf-8")
    assert "        min: 1\n        maks: 4\n" in text
    text = text.replace("        min: 1\n        maks: 4\n", options)
    if "lable" in options:
        text = text.replace("function: declared_frequency", "function: seat_count")
    pack = tmp_path / "misspelt.yaml"
    pack.write_text(text, encoding="utf-8")
    [error] = _errors(pack)
    assert error.location == Location(str(pack), line, 9)
    assert message in error.message


def test_extends_by_file_name_is_refused(tmp_path: Path) -> None:
    """``extends`` is by id only: a file name next to the pack is not followed either."""
    text = (BAD_PACKS / "extends-unknown.yaml").read_text(encoding="utf-8")
    pack = tmp_path / "by-name.yaml"
    pack.write_text(text.replace("extends: [bergen]", "extends: [national.yaml]"), encoding="utf-8")
    [error] = _errors(pack)
    assert error.location == Location(str(pack), 8, 13)
    assert "extends 'national.yaml' is not a pack id" in error.message


def test_self_extending_pack_is_a_cycle(tmp_path: Path) -> None:
    text = (BAD_PACKS / "extends-unknown.yaml").read_text(encoding="utf-8")
    pack = tmp_path / "extends-unknown.yaml"
    pack.write_text(text.replace("extends: [bergen]", "extends: [extends-unknown]"), encoding="utf-8")
    [error] = _errors(pack)
    assert error.location == Location(str(pack), 8, 13)
    assert "extends forms a cycle: extends-unknown -> extends-unknown" in error.message


@pytest.mark.parametrize(
    "name",
    [
        "unknown-function.yaml",
        "extends-path.yaml",
        "broken-yaml.yaml",
        "option-each-without-per.yaml",
        "option-min-above-default-max.yaml",
    ],
)
def test_cli_reports_a_bad_pack_with_its_line_and_exit_2(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    line, column, text = BAD[name]
    pack = f"fixtures/bad-packs/{name}"
    monkeypatch.chdir(ROOT)
    done = run_cli("check", "--rules", pack, "fixtures/oslo", "--no-config", "--lang", "en")
    assert done.code == 2, done.both
    output = done.both
    assert f"{pack}:{line}:{column}: error: {text}" in output
    assert "Traceback" not in output


@pytest.mark.parametrize(
    ("name", "nb"),
    [
        (
            "option-each-without-per.yaml",
            "regel BAD-EVERY-MUNICIPALITY: `each` nevner enhetene som telles hver for seg, så det krever `per` "
            "(party, party_type, region eller side); med `per: forum` (standard) telles alle plassene samlet",
        ),
        (
            "option-min-above-default-max.yaml",
            "regel BAD-TWO-PER-MUNICIPALITY: `min` (2) er større enn `max` (1, standardverdien); gi `max` også, "
            "eller `at_most_one: false`",
        ),
    ],
)
def test_cli_reports_a_count_that_cannot_mean_what_it_says_in_bokmal(
    name: str, nb: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    line, column, _ = BAD[name]
    pack = f"fixtures/bad-packs/{name}"
    monkeypatch.chdir(ROOT)
    done = run_cli("check", "--rules", pack, "fixtures/oslo", "--no-config", "--lang", "nb")
    assert done.code == 2, done.both
    assert done.both.startswith(f"{pack}:{line}:{column}: error: {nb}\n"), done.both


def test_cli_entry_point_reports_a_bad_pack(monkeypatch: pytest.MonkeyPatch) -> None:
    """The installed ``hf-rules`` command is ``hf_rules.cli.entry:run`` (``main``, then a quick
    exit), and it reports a bad pack."""
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")  # the messages quoted are English
    (script,) = entry_points(group="console_scripts", name="hf-rules")
    assert script.value == "hf_rules.cli.entry:run"
    monkeypatch.chdir(ROOT)
    done = run_cli("check", "--rules", "fixtures/bad-packs/wrong-severity.yaml", "fixtures/oslo", "--no-config")
    output = done.both
    assert done.code == 2, output
    assert (
        "fixtures/bad-packs/wrong-severity.yaml:16:15: error: rule BAD-FREQUENCY: rules[0].severity is 'critical'"
        in output
    )
    assert "Traceback" not in output


# --- the bundled packs -------------------------------------------------------------------------


@pytest.mark.parametrize("ref", ["national", "oslo"])
def test_bundled_pack_loads(ref: str) -> None:
    packs = load_packs([ref])
    assert packs.rules
    assert all(loaded.rule.id for loaded in packs.rules)
    assert len({loaded.rule.id for loaded in packs.rules}) == len(packs.rules)


def test_oslo_extends_national() -> None:
    packs = load_packs(["oslo"])
    ids = [pack.metadata.id for pack, _ in packs.packs]
    assert ids == ["national", "oslo"]
    oslo = packs.packs[1][0]
    assert oslo.metadata.extends == ["national"]
    assert {loaded.pack for loaded in packs.rules} == {"national", "oslo"}
    assert packs.rule("HF-GP-DEPUTY") is not None  # a national rule, kept


def test_loading_a_pack_twice_is_harmless() -> None:
    once = load_packs(["oslo"])
    twice = load_packs(["national", "oslo", "oslo"])
    assert [r.rule.id for r in once.rules] == [r.rule.id for r in twice.rules]


def test_disabled_rules_are_not_active() -> None:
    packs = load_packs(["oslo"])
    active = {loaded.rule.id for loaded in packs.rules}
    assert set(packs.disabled) == {"HF-REPRESENTATION-ALL-LEVELS", "HF-PRIORITY-GROUPS"}
    for rule_id, (pack, reason) in packs.disabled.items():
        assert rule_id not in active
        assert packs.rule(rule_id) is None
        assert pack == "oslo"
        assert reason.nb and reason.en
    national = {loaded.rule.id for loaded in load_packs(["national"]).rules}
    assert set(packs.disabled) <= national


def test_every_obligation_of_the_agreement_is_encoded() -> None:
    packs = load_packs(["oslo"])
    coverage = packs.coverage()
    for number in range(1, 26):
        oid = f"O{number}"
        assert oid in packs.obligations, oid
        assert coverage[oid], f"{oid} is encoded by no active rule"
        active = {loaded.rule.id for loaded in packs.rules}
        assert set(coverage[oid]) <= active


def test_obligations_without_rules_are_listed_as_not_checkable() -> None:
    packs = load_packs(["oslo"])
    for oid, rules in packs.coverage().items():
        assert rules or oid in packs.not_checkable, oid


def test_oslo_pack_passes_the_oslo_fixtures(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    done = run_cli("check", "--rules", "oslo", str(OSLO), "--no-config")
    assert done.code == 0, done.both


def test_a_relative_pack_path_names_the_file_of_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The packs loaded are cached per process; ``pack.yaml`` in another folder is another pack."""
    national = (ROOT / "rules" / "national.yaml").read_text(encoding="utf-8")
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "pack.yaml").write_text(
            national.replace("  id: national\n", f"  id: pack-{name}\n", 1), encoding="utf-8"
        )
    loaded = []
    for name in ("a", "b", "a"):
        monkeypatch.chdir(tmp_path / name)
        loaded.append([pack.metadata.id for pack, _ in load_packs(["pack.yaml"]).packs])
    assert loaded == [["pack-a"], ["pack-b"], ["pack-a"]]


def test_a_misspelt_rule_in_disable_gets_did_you_mean(tmp_path: Path) -> None:
    text = (ROOT / "fixtures" / "bad-packs" / "disable-unknown-rule.yaml").read_text(encoding="utf-8")
    path = tmp_path / "pack.yaml"
    path.write_text(text.replace("HF-NO-SUCH-RULE", "HF-SEATS-FILED"), encoding="utf-8")
    with pytest.raises(InputErrors) as info:
        load_packs([str(path)])
    [error] = info.value.errors
    assert error.text("en") == (
        "disable names rule 'HF-SEATS-FILED', which no extended pack defines (did you mean 'HF-SEATS-FILLED'?)"
    )


def test_forum_types_both_refused_and_only_allowed_is_a_located_pack_error(tmp_path: Path) -> None:
    path = tmp_path / "pack.yaml"
    path.write_text(
        "apiVersion: hf-rules/v1\nkind: RulePack\nmetadata:\n  id: mine\n  version: 1.0.0\n"
        "  name: {nb: Min, en: Mine}\n  extends: [national]\n"
        "sources:\n  avtale: {title: Avtalen, date: '2024'}\n"
        "rules:\n  - id: M-THREE\n    title: {nb: Tre nivå, en: Three levels}\n    message: {nb: '{subject}', en: '{subject}'}\n"
        "    hint: {nb: Rett typen, en: Correct the type}\n"
        "    severity: warning\n    reading: describes\n    source: {document: avtale, quote: tredelt struktur}\n"
        "    obligations: [N1]\n    applies_to: {kind: forum}\n"
        "    check: {function: forum_type_not_allowed, options: {types: [arbeidsgruppe], only: [partnerskapsmote]}}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputErrors) as info:
        load_packs([str(path)])
    [error] = info.value.errors
    assert (error.location.line, error.text("en")) == (
        20,
        "rule M-THREE: `types` and `only` cannot be given together; give one of them",
    )


def test_an_undated_source_is_shown_as_undated(tmp_path: Path) -> None:
    """`undated: true` instead of a `date`: the pack loads, and a finding's source says «udatert»
    (nb) or "undated" (en) where a dated source gives its date; the JSON report's date is empty."""
    text = (BAD_PACKS / "source-date-and-undated.yaml").read_text(encoding="utf-8")
    pack = tmp_path / "undated.yaml"
    pack.write_text(text.replace("    date: 2024-03-01\n", ""), encoding="utf-8")
    org = tmp_path / "docs" / "organisation.yaml"
    org.parent.mkdir()
    source = (OSLO / "organisation.yaml").read_text(encoding="utf-8")
    assert source.count("    meetings_per_year: 1\n") == 1
    org.write_text(source.replace("    meetings_per_year: 1\n", ""), encoding="utf-8")
    quote = "«Partnerskapsmøtet møtes minst én gang i året.»"
    nb = run_cli("check", "--rules", str(pack), "--as-of", "2026-06-01", str(org.parent))
    assert nb.code == 1, nb.out + nb.err
    assert f"    kilde: {quote} (Avtale om helsefellesskapet, udatert) [O21]" in nb.out.splitlines()
    en = run_cli("--lang", "en", "check", "--rules", str(pack), "--as-of", "2026-06-01", str(org.parent))
    assert f"    source: {quote} (Avtale om helsefellesskapet, undated) [O21]" in en.out.splitlines()
    js = run_cli("check", "--format", "json", "--rules", str(pack), "--as-of", "2026-06-01", str(org.parent))
    [finding] = [f for f in json.loads(js.out)["findings"] if f["rule"] == "BAD-FREQUENCY"]
    assert finding["source"] == {
        "document": "Avtale om helsefellesskapet",
        "date": "",
        "quote": "Partnerskapsmøtet møtes minst én gang i året.",
    }
