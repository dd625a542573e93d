"""Property-based tests (hypothesis): organisations and meeting plans that are valid by
construction are always checkable, and what is found does not depend on the order of files or keys.

Generated: parties of both sides (and sometimes an independent one, bydeler in a sector
hospital's sector, etats part of the municipality), fora whose seats name existing parties or a
constituency, optional ``gives_assignments_to``/``gives_input_to`` relations that only point
forward (so never a cycle), and meeting plans with contiguous chair periods held by existing
parties and meetings inside those periods. Each is checked through ``hf_rules.app.run.run_check``
(JSON output) against the bundled packs.

Properties:
* exit 0 or 1, never 2 (input error) or 3 (a bug), and no input problems;
* the findings, as a set of (rule, subject, fingerprint), are the same when the files are given
  in another order, and when every mapping of every document is written with its keys shuffled.

Bounded and deterministic: ``derandomize=True`` and a fixed ``max_examples``.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hf_rules.app.run import Settings, run_check

AS_OF = dt.date(2025, 6, 1)
FORUM_TYPES = [
    "partnerskapsmote",
    "strategisk-samarbeidsutvalg",
    "lokalt-samarbeidsutvalg",
    "samarbeidsforum",
    "arbeidsgruppe",
]
LEVELS = ["politisk", "direktor", "leder"]
CONSTITUENCIES = ["fastlege", "bruker", "ansatt"]
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)

names = st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøåABCÆØÅ -'\":#{}", min_size=1, max_size=20).filter(
    lambda s: s.strip() != ""
)


@st.composite
def organisations(draw: st.DrawFn) -> dict[str, Any]:
    """An organisation document (as plain data) valid by construction."""
    parties: dict[str, dict[str, Any]] = {"kommune-0": {"name": draw(names), "type": "kommune", "side": "kommune"}}
    hospitals = [f"sykehus-{i}" for i in range(draw(st.integers(1, 3)))]
    for i, pid in enumerate(hospitals):
        party: dict[str, Any] = {
            "name": draw(names),
            "type": draw(st.sampled_from(["helseforetak", "sykehus"])),
            "side": "sykehus",
        }
        if i == 0 or draw(st.booleans()):
            party["has_sector"] = True
        parties[pid] = party
    sector_hospitals = [pid for pid in hospitals if parties[pid].get("has_sector")]
    for i in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["etat", "bydel", "kommune"]))
        party = {"name": draw(names), "type": kind, "side": "kommune"}
        if kind != "kommune":
            party["part_of"] = "kommune-0"
        if kind == "bydel" and draw(st.booleans()):
            party["sector"] = draw(st.sampled_from(sector_hospitals))
        parties[f"{kind}-{i + 1}"] = party
    if draw(st.booleans()):
        parties["ombud"] = {"name": draw(names), "type": "ombud", "side": "uavhengig"}
    party_ids = list(parties)

    def seat(observer: bool) -> dict[str, Any]:
        if observer or draw(st.integers(0, 4)) > 0:
            entry: dict[str, Any] = {"party": draw(st.sampled_from(party_ids))}
        else:
            entry = {"represents": draw(st.sampled_from(CONSTITUENCIES))}
        if draw(st.booleans()):
            entry["role"] = draw(names)
        if draw(st.booleans()):
            entry["level"] = draw(st.sampled_from(LEVELS))
        if observer and draw(st.booleans()):
            entry["speaking_rights"] = draw(st.booleans())
        return entry

    fora: dict[str, dict[str, Any]] = {}
    count = draw(st.integers(1, 5))
    forum_ids = [f"forum-{i}" for i in range(count)]
    for i, fid in enumerate(forum_ids):
        ftype = draw(st.sampled_from(FORUM_TYPES))
        forum: dict[str, Any] = {"name": draw(names), "type": ftype}
        if ftype == "lokalt-samarbeidsutvalg" and draw(st.booleans()):
            forum["sector"] = draw(st.sampled_from(sector_hospitals))
        if draw(st.booleans()):
            forum["meetings_per_year"] = draw(st.integers(0, 12))
        if draw(st.booleans()):
            forum["chair_rotation"] = draw(
                st.sampled_from([["kommune", "sykehus"], ["sykehus", "kommune"], [party_ids[0], hospitals[0]]])
            )
        later = forum_ids[i + 1 :]
        for relation in ("gives_assignments_to", "gives_input_to"):
            if later and draw(st.booleans()):  # only forward: no cycles
                forum[relation] = draw(st.lists(st.sampled_from(later), min_size=1, max_size=3, unique=True))
        if draw(st.booleans()):
            forum["mandate"] = draw(st.lists(names, min_size=1, max_size=3))
        forum["members"] = [seat(False) for _ in range(draw(st.integers(1, 6)))]
        if draw(st.booleans()):
            forum["observers"] = [seat(True) for _ in range(draw(st.integers(1, 2)))]
        if draw(st.booleans()):
            forum["user_participation"] = draw(names)
        fora[fid] = forum
    metadata: dict[str, Any] = {"id": "hf-generert", "name": draw(names)}
    if draw(st.booleans()):
        metadata["status"] = draw(st.sampled_from(["proposed", "approved"]))
    if draw(st.booleans()):
        metadata["effective_from"] = dt.date(2024, 1, 1) + dt.timedelta(days=draw(st.integers(0, 700)))
    return {"apiVersion": "hf-rules/v1", "kind": "Organisation", "metadata": metadata, "parties": parties, "fora": fora}


@st.composite
def workspaces(draw: st.DrawFn) -> list[dict[str, Any]]:
    """An organisation and zero to three meeting plans for its fora."""
    org = draw(organisations())
    party_ids, forum_ids = list(org["parties"]), list(org["fora"])
    documents = [org]
    for n in range(draw(st.integers(0, 3))):
        start = dt.date(2024, 1, 1) + dt.timedelta(days=draw(st.integers(0, 500)))
        chairs, meetings = [], []
        for _ in range(draw(st.integers(1, 4))):  # contiguous periods
            end = start + dt.timedelta(days=draw(st.integers(0, 400)))
            period: dict[str, Any] = {"from": start, "to": end, "party": draw(st.sampled_from(party_ids))}
            if draw(st.booleans()):
                period["deputy"] = draw(st.sampled_from(party_ids))
            chairs.append(period)
            for _ in range(draw(st.integers(0, 3))):
                meeting: dict[str, Any] = {"date": start + dt.timedelta(days=draw(st.integers(0, (end - start).days)))}
                if draw(st.booleans()):
                    meeting["topic"] = draw(names)
                meetings.append(meeting)
            start = end + dt.timedelta(days=1)
        plan = {
            "apiVersion": "hf-rules/v1",
            "kind": "MeetingPlan",
            "metadata": {"id": f"plan-{n}", "organisation": org["metadata"]["id"]},
            "forum": draw(st.sampled_from(forum_ids)),
            "chairs": chairs,
            "meetings": meetings,
        }
        documents.append(plan)
    return documents


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, dt.date)):
        return str(value)
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a double-quoted YAML scalar


def dump(value: Any, rng: random.Random | None = None, indent: int = 0) -> str:
    """Block-style YAML of ``value``; with ``rng`` the keys of every mapping are shuffled."""
    pad = "  " * indent
    if isinstance(value, dict):
        keys = list(value)
        if rng is not None:
            rng.shuffle(keys)
        lines = []
        for key in keys:
            item = value[key]
            if isinstance(item, (dict, list)) and item:
                lines.append(f"{pad}{key}:\n{dump(item, rng, indent + 1)}")
            else:
                lines.append(
                    f"{pad}{key}: {_scalar(item) if not isinstance(item, (dict, list)) else json.dumps(item)}\n"
                )
        return "".join(lines)
    lines = []
    for item in value:
        if isinstance(item, dict) and item:
            body = dump(item, rng, indent + 1)
            lines.append(f"{pad}- {body[len(pad) + 2 :]}")
        else:
            lines.append(f"{pad}- {_scalar(item)}\n")
    return "".join(lines)


def write(folder: Path, documents: list[dict[str, Any]], rng: random.Random | None = None) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, document in enumerate(documents):
        path = folder / f"doc-{i}.yaml"
        path.write_text(dump(document, rng), encoding="utf-8")
        paths.append(str(path))
    return paths


def check(paths: list[str], pack: str = "oslo") -> tuple[int, dict[str, Any]]:
    output, code = run_check(Settings(paths=paths, rules=[pack], use_config=False, as_of=AS_OF, output_format="json"))
    return code, json.loads(output)


def findings(report: dict[str, Any]) -> set[tuple[str, str, str]]:
    return {(f["rule"], f["subject"], f["fingerprint"]) for f in report["findings"]}


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_dump_round_trips_through_the_loader(tmp_path: Path) -> None:
    from hf_rules.yaml.loader import load_yaml_bytes

    data = {"a": [{"b": 1, "c": [True, None]}, "x: y"], "d": {"e": dt.date(2025, 1, 2)}, "f": [], "g": "æ\"'"}
    loaded = load_yaml_bytes(dump(data, random.Random(1)).encode("utf-8"), "t.yaml").data
    assert loaded == {"a": [{"b": 1, "c": [True, None]}, "x: y"], "d": {"e": "2025-01-02"}, "f": [], "g": "æ\"'"}


_counter = iter(range(10**9))


@SETTINGS
@given(documents=workspaces(), seed=st.integers(0, 2**32 - 1), pack=st.sampled_from(["oslo", "national"]))
def test_valid_workspaces_are_checkable_and_order_independent(
    workdir: Path, documents: list[dict[str, Any]], seed: int, pack: str
) -> None:
    rng = random.Random(seed)
    base = workdir / f"ex-{next(_counter)}"
    paths = write(base / "plain", documents)
    code, report = check(paths, pack)
    assert code in (0, 1), json.dumps(report["input_problems"], ensure_ascii=False)
    assert report["input_problems"] == []
    expected = findings(report)

    shuffled_paths = paths[:]
    rng.shuffle(shuffled_paths)
    code2, report2 = check(shuffled_paths, pack)
    assert code2 == code
    assert findings(report2) == expected

    shuffled_keys = write(base / "keys", documents, rng)
    code3, report3 = check(shuffled_keys, pack)
    assert code3 == code, json.dumps(report3["input_problems"], ensure_ascii=False)
    assert findings(report3) == expected


YAMLISH = st.lists(
    st.sampled_from(list("ab:-[]{}&*!|>'\"#%@`,?~ \n\t") + ["\x00", "\x07", "æ", "\ufeff", "2025-01-01", "<<", "---"]),
    max_size=80,
).map("".join)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(raw=st.one_of(st.binary(max_size=200), YAMLISH.map(lambda s: s.encode("utf-8"))))
def test_the_loader_only_ever_raises_input_error(raw: bytes) -> None:
    """Any bytes at all: plain data with positions, or one located InputError; nothing else."""
    from hf_rules.core.errors import InputError
    from hf_rules.yaml.loader import load_yaml_bytes

    try:
        document = load_yaml_bytes(raw, "doc.yaml")
    except InputError as error:
        assert error.line().startswith("doc.yaml:")
        assert "\n" not in error.line()
    else:
        assert isinstance(document.data, dict)
