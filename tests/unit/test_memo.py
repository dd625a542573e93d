"""Rule options validated once and remembered (hf_rules.rules.memo): the same packs, less work.

Every test points HF_RULES_CACHE_DIR at a folder of its own and empties the in-process pack
cache, so each load_packs here is what a new process would do.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from hf_rules.core.errors import InputErrors
from hf_rules.rules import memo
from hf_rules.rules import pack as rulepack
from hf_rules.rules.pack import load_packs
from tests.conftest import FIXTURES, ROOT

MEMO = memo.FILE_NAME


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("HF_RULES_CACHE_DIR", str(folder))
    monkeypatch.setattr(rulepack, "_CACHE", {})
    monkeypatch.setattr(memo, "shipped", frozenset)  # the memo the bundled packs ship with: tested below
    return folder


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every call of the JSON Schema validation of options."""
    calls: list[Any] = []
    real = rulepack.validate_options

    def counting(options: Any, *args: Any) -> Any:
        calls.append(options)
        return real(options, *args)

    monkeypatch.setattr(rulepack, "validate_options", counting)
    return calls


def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rulepack, "_CACHE", {})  # as a new process


def _rules(packs: rulepack.PackSet) -> list[tuple[str, Any]]:
    return [(r.rule.id, r.rule.check.options) for r in packs.rules]


def test_a_second_load_validates_no_options_and_gives_the_same_packs(
    cache: Path, validations: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_packs(["oslo"])
    canonical = {json.dumps(o, sort_keys=True) for o in validations}
    assert {json.dumps(r.rule.check.options, sort_keys=True) for r in first.rules} <= canonical
    remembered = json.loads((cache / MEMO).read_text(encoding="utf-8"))
    assert len(remembered) == len(validations)  # each distinct (options, schema) validated once
    validations.clear()
    _fresh(monkeypatch)
    second = load_packs(["oslo"])
    assert validations == []
    assert _rules(second) == _rules(first)


def test_changed_options_are_validated_again(
    cache: Path, validations: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = tmp_path / "pack.yaml"
    shutil.copy(FIXTURES / "communities" / "vestfjord" / "pack.yaml", pack)
    load_packs([str(pack)])
    _fresh(monkeypatch)
    validations.clear()
    load_packs([str(pack)])
    assert validations == []
    original = pack.read_text(encoding="utf-8")
    changed = original.replace("{not_before: 2025-01-01, required: true}", "{not_before: 2025-02-01, required: true}")
    assert changed != original
    pack.write_text(changed, encoding="utf-8")
    _fresh(monkeypatch)
    load_packs([str(pack)])
    assert validations == [{"not_before": "2025-02-01", "required": True}]  # only the rule that changed


@pytest.mark.parametrize("name", ["option-wrong-type.yaml", "option-unknown-key.yaml", "option-missing.yaml"])
def test_invalid_options_are_never_remembered(
    cache: Path, validations: list[Any], name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = FIXTURES / "bad-packs" / name
    answers = []
    for _ in range(2):
        _fresh(monkeypatch)
        validations.clear()
        with pytest.raises(InputErrors) as raised:
            load_packs([str(bad)])
        answers.append([e.line() for e in raised.value.errors])
        assert validations, "the options were not validated"
    assert answers[0] == answers[1]
    assert any(":" in line and "options" in line for line in answers[0]), answers[0]


def test_an_empty_cache_dir_turns_the_memo_off(
    tmp_path: Path, validations: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_RULES_CACHE_DIR", "")
    monkeypatch.setattr(memo, "shipped", frozenset)  # the shipped memo is part of the install, not the cache
    monkeypatch.chdir(tmp_path)
    for _ in range(2):
        _fresh(monkeypatch)
        load_packs(["national"])
    assert len(validations) == 2 * len(load_packs(["national"]).rules)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("content", ["not json", '{"a": 1}', '["short", 5, null]', ""])
def test_a_broken_memo_is_ignored_and_replaced(
    cache: Path, validations: list[Any], content: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache.mkdir()
    (cache / MEMO).write_text(content, encoding="utf-8")
    packs = load_packs(["national"])
    assert len(validations) == len(packs.rules)
    assert len(json.loads((cache / MEMO).read_text(encoding="utf-8"))) > 0


def test_an_unwritable_cache_dir_is_not_an_error(
    tmp_path: Path, validations: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("HF_RULES_CACHE_DIR", str(blocker / "cache"))  # below a file: cannot exist
    _fresh(monkeypatch)
    assert load_packs(["national"]).rules


def test_the_memo_holds_digests_only(cache: Path) -> None:
    load_packs(["oslo"])
    entries = json.loads((cache / MEMO).read_text(encoding="utf-8"))
    assert all(isinstance(e, str) and len(e) == 64 and set(e) <= set("0123456789abcdef") for e in entries)
    assert "oslo" not in (cache / MEMO).read_text(encoding="utf-8")
    assert ROOT.name not in (cache / MEMO).read_text(encoding="utf-8")


def test_the_shipped_memo_spares_a_first_run_every_validation_of_the_bundled_packs(
    tmp_path: Path, validations: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_RULES_CACHE_DIR", "")  # no cache at all: a first run, or CI
    monkeypatch.setattr(rulepack, "_CACHE", {})
    packs = load_packs(["oslo"])
    assert validations == [] and len(packs.rules) > 40
    assert rulepack.shipped_memo() == memo.SHIPPED.read_text(encoding="utf-8")  # and it is up to date


def test_options_changed_since_the_shipped_memo_are_validated(
    tmp_path: Path, validations: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_RULES_CACHE_DIR", "")
    monkeypatch.setattr(rulepack, "_CACHE", {})
    own = tmp_path / "mine.yaml"
    text = (ROOT / "rules" / "oslo.yaml").read_text(encoding="utf-8")
    own.write_text(text.replace("id: oslo\n", "id: mine\n", 1).replace("min: 4", "min: 5", 1), encoding="utf-8")
    load_packs([str(own)])
    assert len(validations) == 1
