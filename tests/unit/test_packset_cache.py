"""The validated pack set kept between runs (hf_rules.rules.packset_cache): used only while it is
true, never run as code; a changed pack, a pack that appears, a broken cache are all seen."""

from __future__ import annotations

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
