"""party_set: the parties of a type are a given list, so many, and each sits in a forum of a type."""

from __future__ import annotations

from typing import Any

from hf_rules.engine.evaluate import localise
from hf_rules.rules.checks import registry
from hf_rules.rules.checks.base import Example
from hf_rules.rules.checks.examples import run_example
from tests.unit.checks.support import findings

ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus, has_sector: true}
  oslo: {name: Oslo kommune, type: kommune, side: kommune}
  frogner: {name: Bydel Frogner, type: bydel, side: kommune, part_of: oslo}
  asker: {name: Asker, type: kommune, side: kommune}
fora:
  lsu:
    name: LSU
    type: lokalt-samarbeidsutvalg
    sector: hf
    members:
      - {party: hf, role: Direktør}
      - {party: frogner, role: Bydelsdirektør}
    observers:
      - {party: asker, role: Kommunalsjef}
"""
LABEL = {"nb": "kommunene", "en": "the municipalities"}


def parties(**options: Any) -> list[tuple[str, int]]:
    return findings("party_set", {"party_type": ["kommune"], "label": LABEL, **options}, ORG)


def test_ids_are_exactly_the_parties_of_the_type() -> None:
    assert parties(ids=["oslo", "asker"]) == []
    assert parties(ids=["oslo", "baerum"]) == [("missing:baerum", 1), ("extra:asker", 5)]


def test_count_of_the_parties() -> None:
    assert parties(exactly=2) == []
    assert parties(min=3) == [("too-few", 1)]
    assert parties(max=1) == [("too-many", 5)]


def test_each_sits_in_a_forum_by_seat_through_its_parts() -> None:
    """Oslo kommune sits in the LSU through Bydel Frogner; the LSU's sector is not read."""
    lsu = {"type": ["lokalt-samarbeidsutvalg"]}
    assert parties(in_forum=lsu) == [("no-forum:asker", 5)]
    assert parties(in_forum={**lsu, "group": "all"}) == []
    assert findings("party_set", {"party_type": ["helseforetak"], "label": LABEL, "in_forum": lsu}, ORG) == []


def grouped(regions: str, **options: Any) -> list[tuple[str, int]]:
    return findings(
        "party_set", {"party_type": ["kommune"], "label": LABEL, "regions": options}, ORG + "regions:\n" + regions
    )


def test_each_party_belongs_to_a_region() -> None:
    assert grouped("  vest: {name: Vest, parties: [oslo, asker]}\n", exactly=1) == []
    # Asker is in no region; the one region Oslo is in is still one
    assert grouped("  vest: {name: Vest, parties: [oslo]}\n", exactly=1) == [("no-region:asker", 5)]


def test_a_party_belongs_to_the_region_of_the_party_it_is_part_of() -> None:
    org = ORG.replace("type: kommune, side: kommune}", "type: kommune, side: kommune, region: vest}")
    found = findings(
        "party_set",
        {"party_type": ["kommune", "bydel"], "label": LABEL, "regions": {"exactly": 1}},
        org + "regions:\n  vest: {name: Vest}\n",
    )
    assert found == []  # Frogner is part of Oslo, which is in Vest


def test_the_regions_are_so_many() -> None:
    two = "  vest: {name: Vest, parties: [oslo]}\n  sor: {name: Sør, parties: [asker]}\n"
    assert grouped(two, exactly=2) == []
    assert grouped(two, min=3) == [("regions-too-few", 16)]
    assert grouped(two, max=1) == [("regions-too-many", 16)]


def test_the_regions_are_these() -> None:
    two = "  vest: {name: Vest, parties: [oslo]}\n  sor: {name: Sør, parties: [asker]}\n  nord: {name: Nord}\n"
    assert grouped(two, ids=["vest", "sor"]) == []
    # a region of the list no municipality belongs to (declared or not), and one not on the list
    assert grouped(two, ids=["vest", "nord", "ost"]) == [
        ("region-missing:nord", 19),
        ("region-missing:ost", 16),
        ("region-extra:sor", 18),
    ]


def _problems(lang: str, **options: Any) -> list[tuple[str, str]]:
    """``(key, {problem} in lang)`` of each violation."""
    module = registry()["party_set"]
    example = Example("test", {"party_type": ["kommune"], "label": LABEL, **options}, ORG)
    return [(v.key, localise(v.params["problem"], lang)) for v in run_example(module, example)]


def test_problem_says_what_is_wrong_in_both_languages() -> None:
    assert _problems("en", ids=["oslo", "baerum"]) == [
        ("missing:baerum", "is missing"),
        ("extra:asker", "is not on the list"),
    ]
    assert _problems("nb", ids=["oslo", "baerum"]) == [
        ("missing:baerum", "mangler"),
        ("extra:asker", "er ikke på listen"),
    ]
    assert _problems("en", min=3) == [("too-few", "too few")]
    assert _problems("nb", max=1) == [("too-many", "for mange")]
    assert _problems("en", in_forum={"type": ["samarbeidsforum"]}) == [
        ("no-forum:oslo", "sits in no such forum"),
        ("no-forum:asker", "sits in no such forum"),
    ]
    with_regions = ORG + "regions:\n  vest: {name: Vest, parties: [asker]}\n"
    example = Example("test", {"party_type": ["kommune"], "label": LABEL, "regions": {"min": 2}}, with_regions)
    assert [(v.key, localise(v.params["problem"], "en")) for v in run_example(registry()["party_set"], example)] == [
        ("no-region:oslo", "belongs to no region"),
        ("regions-too-few", "too few regions"),
    ]


def test_no_regions_at_all_is_one_finding_at_the_parties() -> None:
    """The organisation declares no regions (no ``regions:``, no party with ``region:``): one
    finding, at ``parties:``, in its own words, not one per municipality in no region."""
    example = Example("test", {"party_type": ["kommune"], "label": LABEL, "regions": {"min": 1}}, ORG)
    found = list(run_example(registry()["party_set"], example))
    assert [(v.key, v.path, v.at_key) for v in found] == [("no-regions", ("parties",), True)]
    assert found[0].said is not None and found[0].said_hint is not None
    assert found[0].said.text("nb") == (
        "Regelen for «Example» teller per region, men organisasjonen oppgir ingen regioner, så ingen part kan telles"
        " for en region"
    )
    assert found[0].said_hint.text("en") == (
        "Add `regions:` to the organisation, each region with `name` and `parties` (the ids of the parties it "
        "groups), or give each party a `region:`."
    )


AGDER = """\
parties:
  sorlandet-sykehus: {name: Sørlandet sykehus HF, type: helseforetak, side: sykehus}
  arendal-kommune: {name: Arendal kommune, type: kommune, side: kommune}
  kristiansand: {name: Kristiansand kommune, also_known_as: [Kristiansand], type: kommune, side: kommune}
fora: {}
"""


def _agder(lang: str, **options: Any) -> list[tuple[str, str]]:
    example = Example("test", {"label": LABEL, **options}, AGDER)
    return [(v.key, localise(v.params["problem"], lang)) for v in run_example(registry()["party_set"], example)]


def test_a_listed_id_the_document_writes_otherwise_gets_a_did_you_mean() -> None:
    """Round 21 Agder: the trust written as `sorlandet-sykehus` for the rule's `sshf` (by the
    initials of its name), Arendal as `arendal-kommune` (by a close id)."""
    assert _agder("en", party_type=["helseforetak"], ids=["sshf"]) == [
        ("missing:sshf", "is missing (did you mean 'sorlandet-sykehus'?)"),
        ("extra:sorlandet-sykehus", "is not on the list (is it the list's 'sshf'?)"),
    ]
    assert _agder("nb", party_type=["helseforetak"], ids=["sshf"]) == [
        ("missing:sshf", "mangler (mente du 'sorlandet-sykehus'?)"),
        ("extra:sorlandet-sykehus", "er ikke på listen (er det listens 'sshf'?)"),
    ]
    assert _agder("en", party_type=["kommune"], ids=["arendall", "kristiansand"]) == [
        ("missing:arendall", "is missing (did you mean 'arendal-kommune'?)"),
        ("extra:arendal-kommune", "is not on the list (is it the list's 'arendall'?)"),
    ]
    assert _agder("en", party_type=["kommune"], includes=["arendall"]) == [
        ("missing:arendall", "is missing (did you mean 'arendal-kommune'?)"),
    ]
    # «arendal» is the name of «Arendal kommune» without «kommune»: that party (round 24 Helgeland)
    assert _agder("en", party_type=["kommune"], ids=["arendal", "kristiansand"]) == []
    # nothing like it: no suggestion, and a party already listed is never suggested
    assert _agder("en", party_type=["kommune"], ids=["kristiansand", "grimstad"]) == [
        ("missing:grimstad", "is missing"),
        ("extra:arendal-kommune", "is not on the list"),
    ]
    assert findings("party_set", {"party_type": ["helseforetak"], "ids": ["sshf"], "label": LABEL}, AGDER) == [
        ("missing:sshf", 1),
        ("extra:sorlandet-sykehus", 2),
    ]


def test_a_name_with_or_without_its_closing_kommune_is_the_party() -> None:
    """«Inviterte kommuner: Grane, Hattfjelldal, Vefsn» (round 24 Helgeland HG11): the list's «Grane
    kommune» is the document's party «Grane», and «Hattfjelldal» its «Hattfjelldal kommune»; two
    parties of that short name are neither."""
    document = """\
parties:
  grane: {name: Grane, type: kommune, side: kommune}
  hattfjelldal: {name: Hattfjelldal kommune, type: kommune, side: kommune}
fora: {}
"""
    options = {"party_type": ["kommune"], "includes": ["Grane kommune", "Hattfjelldal"], "label": LABEL}
    assert findings("party_set", options, document) == []
    twice = document.replace("fora: {}", "  grane-2: {name: Grane kommune, type: kommune, side: kommune}\nfora: {}")
    assert findings("party_set", {**options, "includes": ["Grane"]}, twice) == []  # «Grane» is the name of one
    assert findings("party_set", {**options, "includes": ["Grane HF"]}, twice) == [("missing:Grane HF", 1)]


def test_a_party_of_the_type_is_suggested_before_one_of_another_type() -> None:
    """Round 31 UNN: the list's «tromso», where the municipality is `tromso-kommune` and the
    trust's site `unn-tromso`: the municipality is meant (the closer id, of another type, was
    suggested); a party of another type is still suggested where none of the type fits."""
    org = (
        "parties:\n"
        "  unn: {name: Universitetssykehuset Nord-Norge HF, type: helseforetak, side: sykehus}\n"
        "  unn-tromso: {name: UNN Tromsø, type: sykehus, side: sykehus, part_of: unn}\n"
        "  tromso-kommune: {name: Tromsø kommune, type: kommune, side: kommune}\n"
        "  balsfjord: {name: Balsfjord kommune, type: kommune, side: kommune}\n"
        "fora: {}\n"
    )
    example = Example("test", {"label": LABEL, "party_type": ["kommune"], "ids": ["tromso", "balsfjord"]}, org)
    assert [(v.key, localise(v.params["problem"], "en")) for v in run_example(registry()["party_set"], example)] == [
        ("missing:tromso", "is missing (did you mean 'tromso-kommune'?)"),
        ("extra:tromso-kommune", "is not on the list (is it the list's 'tromso'?)"),
    ]
    example = Example(
        "test", {"label": LABEL, "party_type": ["kommune"], "ids": ["unn-tromsoe", "balsfjord", "tromso-kommune"]}, org
    )
    assert [(v.key, localise(v.params["problem"], "en")) for v in run_example(registry()["party_set"], example)] == [
        ("missing:unn-tromsoe", "is missing (did you mean 'unn-tromso'?)"),
    ]
