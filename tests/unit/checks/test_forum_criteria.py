"""Fora picked by topic and priority group: in applies_to, forum_count, relation, party_set, cross_forum."""

from __future__ import annotations

from pathlib import Path

import pytest

from hf_rules.core.errors import InputError, InputErrors, Location
from hf_rules.documents.workspace import build_workspace
from hf_rules.engine.evaluate import subjects
from hf_rules.rules.model import Selector
from hf_rules.rules.pack import load_packs
from tests.unit.checks.support import findings

ORG = """\
parties:
  unn: {name: UNN HF, type: helseforetak, side: sykehus}
  tromso: {name: Tromsø kommune, type: kommune, side: kommune}
  senja: {name: Senja kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    gives_assignments_to: [fsu-bu]
  fsu-bu:
    name: FSU barn og unge
    type: samarbeidsforum
    priority_groups: [barn-og-unge]
    until: 2026-12-31
    members:
      - {party: unn, role: Klinikksjef}
      - {party: tromso, role: Kommunalsjef}
  fsu-rest:
    name: FSU REST
    type: samarbeidsforum
    topic: Rekruttering og  stabilisering
    members:
      - {party: unn, role: Klinikksjef}
      - {party: senja, role: Kommunalsjef}
"""
LABEL = {"nb": "utvalg", "en": "committee"}


def test_forum_count_by_topic_case_and_spacing_aside() -> None:
    rest = {"type": ["samarbeidsforum"], "topic": ["rekruttering og stabilisering"], "min": 1, "label": LABEL}
    assert findings("forum_count", rest, ORG) == []
    assert findings("forum_count", {**rest, "topic": ["somatikk"]}, ORG) == [("too-few", 5)]


def test_forum_count_by_priority_group_without_type() -> None:
    children = {"priority_groups": ["barn-og-unge"], "exactly": 1, "label": LABEL}
    assert findings("forum_count", children, ORG) == []
    assert findings("forum_count", {**children, "priority_groups": ["skropelige-eldre"]}, ORG) == [("too-few", 5)]
    # a type that the forum is not: none counts
    assert findings("forum_count", {**children, "type": ["arbeidsgruppe"]}, ORG) == [("too-few", 5)]


def test_forum_count_of_standing_or_time_limited_fora() -> None:
    standing = {"priority_groups": ["barn-og-unge"], "time_limited": False, "exactly": 1, "label": LABEL}
    # the one for children gives a last day: it is not standing
    assert findings("forum_count", standing, ORG) == [("too-few", 5)]
    assert findings("forum_count", {**standing, "time_limited": True}, ORG) == []
    assert findings("forum_count", {"time_limited": False, "exactly": 2, "label": LABEL}, ORG) == []


def test_relation_targets_narrowed_by_priority_group_and_topic() -> None:
    options = {"relation": "gives_assignments_to", "to_types": ["samarbeidsforum"], "mode": "all"}
    assert findings("relation", options, ORG, subject="ssu") == [("missing:fsu-rest", 9)]
    assert findings("relation", {**options, "to_priority_groups": ["barn-og-unge"]}, ORG, subject="ssu") == []
    assert findings("relation", {**options, "to_topic": ["Rekruttering og stabilisering"]}, ORG, subject="ssu") == [
        ("missing:fsu-rest", 9)
    ]


def test_party_set_in_forum_narrowed_by_priority_group() -> None:
    options = {
        "party_type": ["kommune"],
        "in_forum": {"type": ["samarbeidsforum"], "priority_groups": ["barn-og-unge"]},
        "label": LABEL,
    }
    assert findings("party_set", options, ORG) == [("no-forum:senja", 4)]
    options["in_forum"] = {"type": ["samarbeidsforum"]}
    assert findings("party_set", options, ORG) == []


def _selected(tmp_path: Path, selector: Selector) -> list[str]:
    (tmp_path / "org.yaml").write_text(
        "apiVersion: hf-rules/v1\nkind: Organisation\nmetadata: {id: unn, name: UNN}\n" + ORG, encoding="utf-8"
    )
    workspace = build_workspace([str(tmp_path)])
    assert workspace.problems == []
    return [s.id for s in subjects(workspace, selector)]


def test_applies_to_selects_fora_by_topic_and_priority_group(tmp_path: Path) -> None:
    assert _selected(tmp_path, Selector(kind="forum", priority_groups=["barn-og-unge"])) == ["fsu-bu"]
    assert _selected(tmp_path, Selector(kind="forum", topic=["REKRUTTERING OG STABILISERING"])) == ["fsu-rest"]
    assert _selected(tmp_path, Selector(kind="forum", type=["samarbeidsforum"], topic=["somatikk"])) == []
    assert _selected(tmp_path, Selector(kind="forum", type=["samarbeidsforum"])) == ["fsu-bu", "fsu-rest"]
    assert _selected(tmp_path, Selector(kind="forum", type=["samarbeidsforum"], time_limited=False)) == ["fsu-rest"]


def test_applies_to_area_finds_a_forum_whose_area_lists_every_party_of_the_region(tmp_path: Path) -> None:
    """«SSU for Nedre Telemark» written with the region's municipalities as its area is that
    region's SSU for ``applies_to`` as for a check's criteria (round 24 Telemark); an area of
    part of the region is not."""
    regions = "regions:\n  nord: {name: Nord, parties: [tromso, senja]}\n"
    for area, selected in (("[nord]", ["ssu"]), ("[tromso, senja]", ["ssu"]), ("[senja]", [])):
        org = regions + ORG.replace("    gives_assignments_to: [fsu-bu]\n", f"    area: {area}\n")
        (tmp_path / "org.yaml").write_text(
            "apiVersion: hf-rules/v1\nkind: Organisation\nmetadata: {id: unn, name: UNN}\n" + org, encoding="utf-8"
        )
        workspace = build_workspace([str(tmp_path)])
        assert workspace.problems == []
        assert [s.id for s in subjects(workspace, Selector(kind="forum", area=["nord"]))] == selected, area
        # the region by its name (round 27 Telemark TK17: a document with ids of its own)
        assert [s.id for s in subjects(workspace, Selector(kind="forum", area=["Nord"]))] == selected, area


def test_fora_by_name_whole_words_case_aside_inflected(tmp_path: Path) -> None:
    from hf_rules.rules.checks.fora import name_holds

    assert name_holds("Toppleiarforumet i Fonna", "Toppleiarforum")
    assert name_holds("FSU barn og unge", "fsu barn og unge") and name_holds(
        "FSU Barn og ungdommen", "fsu barn og ungdom"
    )
    assert not name_holds("FSU Barn og ungdom", "fsu barn og ung")  # a word of under five letters is whole
    assert name_holds("FSU barn og unge", "barn og unge")  # anywhere in the name
    assert name_holds("Helse Fonna Toppleiarforum", "Toppleiarforum")
    assert name_holds("Strategisk samhandlingsutvalet", "Samhandlingsutval")
    assert not name_holds("Partnerskapsmøtet (tidlegare Toppleiarforum)", "Toppleiarforum")
    assert not name_holds("Strategisk samarbeidsutval (SSU, tidl. Samhandlingsutvalet)", "Samhandlingsutval")
    assert not name_holds("Barn og unge FSU", "unge og barn")  # the words in their order
    assert not name_holds("Lokalt samarbeidsutval", "samarbeidsforum")
    assert not name_holds("Nytt toppleiarforum", "forum")  # a word's end is not a word
    assert not name_holds("FSU barn", "barn og unge")
    assert name_holds("SU Haugesund", "SU") and not name_holds("Fagråd Suldal", "SU")
    # every word of five letters or more inflected, an adjective too (round 23 Finnmark F23)
    assert name_holds("Finnmarks overordnede samarbeidsorgan", "Overordnet samarbeidsorgan")
    assert name_holds("Det overordna samarbeidsorganet", "Overordnet samarbeidsorgan")
    assert name_holds("Strategiske samarbeidsutvalget", "Strategisk samarbeidsutvalg")
    assert not name_holds("Overordnet samarbeidsutvalg", "Overordnet samarbeidsorgan")
    assert not name_holds("Strategi samarbeidsutvalg", "Strategisk samarbeidsutvalg")  # a shorter word is no form
    assert not name_holds("Overordnede fagråd", "Overordnet samarbeidsorgan")
    assert _selected(tmp_path, Selector(kind="forum", name=["fsu barn"])) == ["fsu-bu"]
    assert _selected(tmp_path, Selector(kind="forum", name=["Strategisk"], type=["samarbeidsforum"])) == []
    old = {"name": ["FSU barn og unge"], "max": 0, "label": LABEL}
    assert findings("forum_count", old, ORG) == [("too-many", 10)]  # at fsu-bu
    assert findings("forum_count", {**old, "name": ["Toppleiarforum"]}, ORG) == []


PACK = """\
apiVersion: hf-rules/v1
kind: RulePack
metadata: {id: criteria, version: 1.0.0, name: {nb: K, en: C}, extends: [national]}
rules:
  - id: CRIT-ONE
    title: {nb: T, en: T}
    message: {nb: M, en: M}
    hint: {nb: H, en: H}
    severity: error
    source: {document: helsenorge-fastlege, quote: x}
    obligations: [N1]
    applies_to: {kind: party, topic: [somatikk]}
    check: {function: forum_for_party, options: {type: [samarbeidsforum]}}
"""


def test_applies_to_topic_on_a_party_rule_is_a_located_pack_error(tmp_path: Path) -> None:
    path = tmp_path / "pack.yaml"
    path.write_text(PACK, encoding="utf-8")
    with pytest.raises((InputError, InputErrors)) as raised:
        load_packs([str(path)])
    error = raised.value
    [found] = error.errors if isinstance(error, InputErrors) else [error]
    assert found.location == Location(str(path), 12, 31)
    assert str(found.message) == (
        "rule CRIT-ONE: applies_to `topic` selects fora and meeting plans (kind: forum or meeting_plan), not party"
    )


def test_explain_shows_the_forum_criteria_of_applies_to() -> None:
    from tests.conftest import run_cli
    from tests.support import FIXTURES

    pack = str(FIXTURES / "communities" / "unn" / "pack.yaml")
    run = run_cli("explain", "--no-config", "--lang", "en", "--rules", pack, "UN-FSU-REST-EMPLOYEES")
    assert run.code == 0, run.err
    assert "applies to: forum type=faglig-samarbeidsutvalg topic=rekruttering-og-stabilisering\n" in run.out
