"""The validated pack set kept between runs (hf_rules.rules.packset_cache): used only while it is
true, never run as code; a changed pack, a pack that appears, a broken cache are all seen."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from hf_rules.rules import pack as rulepack
from hf_rules.rules.pack import PackSet, load_packs
from tests.conftest import ROOT


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("HF_RULES_CACHE_DIR", str(folder))
    monkeypatch.setattr(rulepack, "_CACHE", {})
    return folder


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every pack file parsed."""
    calls: list[str] = []
    real = rulepack.load_yaml_file

    def counting(path: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(rulepack, "load_yaml_file", counting)
    return calls


def as_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rulepack, "_CACHE", {})


def summary(packs: PackSet) -> list[Any]:
    return [
        [(p.model_dump(), file) for p, file in packs.packs],
        [(r.rule.model_dump(), r.pack, r.file, r.line, r.check.NAME) for r in packs.rules],
        sorted(packs.obligations),
        sorted(packs.disabled),
        sorted(packs.not_checkable),
    ]


def test_a_second_run_reads_no_pack_and_gets_the_same_packs(cache, reads, monkeypatch):
    first = load_packs(["oslo"])
    assert len(reads) == 2 and len(list(cache.glob("packset-v2-*.json"))) == 1
    as_process(monkeypatch)
    second = load_packs(["oslo"])
    assert len(reads) == 2  # nothing parsed
    assert summary(second) == summary(first)


def _with_version(text: str, version: str) -> str:
    """A pack's text with its metadata version set to ``version``."""
    return re.sub(r"(?m)^  version: \S+$", f"  version: {version}", text, count=1)


def _version_of(path: Path) -> str:
    match = re.search(r"(?m)^  version: (\S+)$", path.read_text(encoding="utf-8"))
    assert match is not None
    return match.group(1)


def own_pack(tmp_path: Path) -> Path:
    pack = tmp_path / "packs" / "mine.yaml"
    pack.parent.mkdir()
    pack.write_text(
        (ROOT / "rules" / "oslo.yaml").read_text(encoding="utf-8").replace("  id: oslo\n", "  id: mine\n", 1)
    )
    return pack


def test_a_changed_pack_is_loaded_again(cache, reads, tmp_path, monkeypatch):
    pack = own_pack(tmp_path)
    load_packs([str(pack)])
    pack.write_text(_with_version(pack.read_text(encoding="utf-8"), "7.7.7"), encoding="utf-8")
    as_process(monkeypatch)
    again = load_packs([str(pack)])
    national = _version_of(ROOT / "rules" / "national.yaml")
    assert reads.count(str(pack)) == 2 and [p.metadata.version for p, _ in again.packs] == [national, "7.7.7"]


def test_a_pack_that_appears_where_an_extends_id_was_looked_for_is_seen(cache, reads, tmp_path, monkeypatch):
    pack = own_pack(tmp_path)
    load_packs([str(pack)])
    national = (ROOT / "rules" / "national.yaml").read_text(encoding="utf-8")
    (pack.parent / "national.yaml").write_text(_with_version(national, "9.9.9"), encoding="utf-8")
    as_process(monkeypatch)
    again = load_packs([str(pack)])
    mine = _version_of(pack)
    assert [(p.metadata.id, p.metadata.version) for p, _ in again.packs] == [("national", "9.9.9"), ("mine", mine)]


@pytest.mark.parametrize("content", ["not json", "[]", '{"key": "x"}', ""])
def test_a_broken_cache_is_passed_over_and_replaced(cache, reads, content, monkeypatch):
    first = load_packs(["oslo"])
    (stored,) = cache.glob("packset-v2-*.json")
    stored.write_text(content, encoding="utf-8")
    as_process(monkeypatch)
    assert summary(load_packs(["oslo"])) == summary(first) and len(reads) == 4
    assert stored.read_text(encoding="utf-8").startswith('{"key": ')


def test_an_empty_cache_dir_keeps_nothing(tmp_path, reads, monkeypatch):
    monkeypatch.setenv("HF_RULES_CACHE_DIR", "")
    monkeypatch.chdir(tmp_path)
    for _ in range(2):
        as_process(monkeypatch)
        load_packs(["oslo"])
    assert len(reads) == 4 and list(tmp_path.iterdir()) == []


PACK_SETS = ["national", "oslo", "dated"] + sorted(
    str(pack.relative_to(ROOT)) for pack in (ROOT / "fixtures" / "communities").glob("*/pack.yaml")
)


@pytest.mark.parametrize("ref", PACK_SETS)
def test_a_cached_pack_set_is_the_validated_one_object_for_object(cache, monkeypatch, tmp_path, ref):
    """The cache rebuilds the packs without validating them again (documents.model.rebuild): every
    model, list, date and option comes back equal, of the same types, to what validation gave."""
    if ref == "dated":  # rules in force from and to a date
        ref = str(own_pack(tmp_path))
        text = Path(ref).read_text(encoding="utf-8")
        text = text.replace(
            "    severity: error\n", "    severity: error\n    valid_from: 2024-01-01\n    valid_to: 2031-12-31\n", 2
        )
        Path(ref).write_text(text, encoding="utf-8")
    elif ref not in ("national", "oslo"):
        ref = str(ROOT / ref)
    refs = [ref]
    first = load_packs(refs)
    as_process(monkeypatch)
    second = load_packs(refs)
    assert second.packs == first.packs
    assert [(r.rule, r.pack, r.file, r.line, r.options_at) for r in second.rules] == [
        (r.rule, r.pack, r.file, r.line, r.options_at) for r in first.rules
    ]
    for name in ("obligations", "not_checkable", "disabled", "replaced_rules", "replaced_obligations"):
        assert getattr(second, name) == getattr(first, name), name
    assert second.retired_obligations == first.retired_obligations
    assert second.sources == first.sources and second.vocabulary == first.vocabulary
    assert second.forum_kind_of == first.forum_kind_of
    dates = [d for r in second.rules for d in (r.rule.valid_from, r.rule.valid_to) if d is not None]
    validated = [d for r in first.rules for d in (r.rule.valid_from, r.rule.valid_to) if d is not None]
    assert all(type(d) is dt.date for d in dates) and dates == validated
    if "mine" in ref:  # the dated copy of oslo: two rules, each in force from and to a date
        assert len(dates) == 4


def test_a_cache_written_for_pack_models_of_another_shape_is_passed_over(cache, reads, monkeypatch):
    """The cache is rebuilt without validation, so the models' fields are part of its key."""
    from hf_rules.rules import packset_cache
    from hf_rules.rules.model import RulePack, SourceDocument

    shape = packset_cache._shape(RulePack, {})
    assert ["text", "str | None"] in shape["SourceDocument"] and "Rule" in shape and "Selector" in shape
    assert set(SourceDocument.model_fields) == {name for name, _ in shape["SourceDocument"]}
    load_packs(["oslo"])
    assert len(reads) == 2
    as_process(monkeypatch)
    monkeypatch.setattr(packset_cache, "_shape", lambda model, seen: {"RulePack": [["api_version", "int"]]})
    load_packs(["oslo"])
    assert len(reads) == 4  # parsed and validated again


def test_a_packs_relation_words_come_back_from_the_cache(cache, reads, monkeypatch, tmp_path):
    path = tmp_path / "words.yaml"
    path.write_text(
        "apiVersion: hf-rules/v1\nkind: RulePack\n"
        "metadata: {id: words, version: 1.0.0, name: {nb: O, en: W}, extends: [national]}\n"
        "vocabulary:\n  relations:\n"
        "    - {id: radgivende-organ-for, label: {nb: rådgivende organ for, en: advisory body to}, to: [forum, party]}\n",
        encoding="utf-8",
    )
    first = load_packs([str(path)])
    as_process(monkeypatch)
    parsed = len(reads)
    second = load_packs([str(path)])
    assert len(reads) == parsed  # from the cache
    assert second.relations == first.relations
    assert second.relations["radgivende-organ-for"].to == ("forum", "party")
    assert dict(second.relations["radgivende-organ-for"].label) == {
        "nb": "rådgivende organ for",
        "en": "advisory body to",
    }
    assert second.vocabulary["relations"][-1] == "radgivende-organ-for"


def test_a_packs_agreement_kinds_come_back_from_the_cache(cache, reads, monkeypatch, tmp_path):
    path = tmp_path / "kinds.yaml"
    path.write_text(
        "apiVersion: hf-rules/v1\nkind: RulePack\n"
        "metadata: {id: kinds, version: 1.0.0, name: {nb: A, en: A}, extends: [national]}\n"
        "vocabulary:\n  agreement_kinds: [intensjonsavtale]\n",
        encoding="utf-8",
    )
    first = load_packs([str(path)])
    assert first.vocabulary["agreement_kinds"][-1] == "intensjonsavtale"
    as_process(monkeypatch)
    parsed = len(reads)
    second = load_packs([str(path)])
    assert len(reads) == parsed  # from the cache
    assert second.vocabulary == first.vocabulary


def test_a_cached_vocabulary_without_a_shared_kind_is_built_again():
    """A pack set kept by a version with fewer vocabularies (no agreement kinds) is not used."""
    packs = load_packs(["national"])
    stored = rulepack._stored(packs, rulepack._Loader(rulepack.Limits()))
    assert rulepack._restore(stored) is not None
    del stored["vocabulary"]["agreement_kinds"]
    assert rulepack._restore(stored) is None
