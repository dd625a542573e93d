"""Functions a seat holder has that the title does not say (`vocabulary.functions`, a seat's
`functions`, the selector `function`): «kommunalsjefer for helse i kommunene» whatever each
municipality titles the post, and «inkl. lege» met by a Klinikkdirektør who is a physician."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

PACK = """\
apiVersion: hf-rules/v1
kind: RulePack
metadata: {id: fosen, version: 1.0.0, name: {nb: Fosen, en: Fosen}}
vocabulary:
  functions:
    - id: helse-og-omsorgssjef
      label: {nb: kommunalsjef for helse, en: head of municipal health services}
      titles: [Kommunalsjef helse og omsorg, Helse- og omsorgssjef, Direktør for helse og mestring]
    - id: lege
      label: {nb: lege, en: physician}
      titles: [Kommuneoverlege]
sources:
  avtale: {title: Avtale, date: 2024-01-01, publisher: Partene}
obligations:
  - id: F1
    text: {nb: Kommunalsjefene for helse sitter i SSU., en: The heads of health sit in the SSU.}
    source: {document: avtale, quote: kommunalsjefer for helse i kommunene}
  - id: F2
    text: {nb: Hver side har en lege., en: Each side has a physician.}
    source: {document: avtale, quote: inkl. lege}
rules:
  - id: F-HELSESJEF
    title: {nb: Kommunalsjef for helse fra hver kommune, en: The head of health of every municipality}
    message: {nb: "{unit} har {found} {label} i {subject_name}", en: "{unit} has {found} {label} in {subject_name}"}
    hint: {nb: Gi plassen funksjonen., en: Give the seat the function.}
    severity: error
    source: {document: avtale, quote: kommunalsjefer for helse i kommunene}
    obligations: [F1]
    applies_to: {kind: forum, type: [strategisk-samarbeidsutvalg]}
    check:
      function: seat_count
      options:
        where: {party_type: [kommune], function: [helse-og-omsorgssjef]}
        per: party
        each: {party_type: [kommune]}
        exactly: 1
        label: {nb: kommunalsjefer for helse, en: heads of health}
  - id: F-LEGE
    title: {nb: En lege fra hver side, en: A physician from each side}
    message: {nb: "{subject_name} mangler {label}", en: "{subject_name} lacks {label}"}
    hint: {nb: Gi plassen funksjonen lege., en: Give the seat the function lege.}
    severity: error
    source: {document: avtale, quote: inkl. lege}
    obligations: [F2]
    applies_to: {kind: forum, type: [strategisk-samarbeidsutvalg]}
    check:
      function: required_seats
      options:
        require:
          - {side: [kommune], function: [lege], label: {nb: lege fra kommunene, en: a physician from the municipalities}}
          - {side: [sykehus], function: [lege], label: {nb: lege fra helseforetaket, en: a physician from the trust}}
"""
ORG = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: fosen, name: Helsefellesskapet Fosen}
parties:
  stolav: {name: St. Olavs hospital HF, type: helseforetak, side: sykehus}
  hitra: {name: Hitra kommune, type: kommune, side: kommune}
  froya: {name: Frøya kommune, type: kommune, side: kommune}
  orkland: {name: Orkland kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hitra, role: Kommunalsjef helse og omsorg}
      - {party: froya, role: Helse- og omsorgssjef}
      - {party: orkland, role: Direktør for helse og mestring}
      - {party: orkland, role: Kommuneoverlege}
      - {party: stolav, role: Klinikkdirektør, functions: [lege]}
      - {party: stolav, role: Klinikksjef}
"""


@pytest.fixture
def fosen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pack.yaml").write_text(PACK, encoding="utf-8")
    (tmp_path / "organisation.yaml").write_text(ORG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def findings(org: str) -> tuple[int, list[tuple[str, str, int, str]]]:
    Path("organisation.yaml").write_text(org, encoding="utf-8")
    result = run_cli(
        "check", "--no-config", "--lang", "en", "--format", "json", "--rules", "pack.yaml", "organisation.yaml"
    )
    report = json.loads(result.out)
    return result.code, [(f["rule"], f["subject"], f["line"], f["message"]) for f in report["findings"]]


def test_three_titles_of_one_post_and_a_physician_by_function_pass(fosen: Path) -> None:
    """Each municipality titles its head of health differently (each title listed in the
    function's `titles`), and the trust's physician is a Klinikkdirektør (`functions: [lege]`):
    a role list in the rule would have had to guess every title, and «lege» none."""
    assert findings(ORG) == (0, [])


def test_a_post_of_another_title_holds_the_function_it_lists(fosen: Path) -> None:
    """A title the pack does not know passes when the seat says the function itself."""
    org = ORG.replace(
        "role: Helse- og omsorgssjef}", "role: Kommunalsjef oppvekst og helse, functions: [helse-og-omsorgssjef]}"
    )
    assert findings(org) == (0, [])


def test_a_municipality_without_its_head_of_health_and_no_physician_from_the_trust(fosen: Path) -> None:
    """The real defects are still reported: Frøya sends its head of education, and the trust's
    Klinikkdirektør is not said to be a physician."""
    org = ORG.replace("role: Helse- og omsorgssjef", "role: Kommunalsjef oppvekst").replace(", functions: [lege]", "")
    assert findings(org) == (
        1,
        [
            ("F-HELSESJEF", "ssu", 13, "Frøya kommune has 0 heads of health in Strategisk samarbeidsutvalg"),
            ("F-LEGE", "ssu", 13, "Strategisk samarbeidsutvalg lacks a physician from the trust"),
        ],
    )


def test_a_function_no_pack_declares_is_a_located_input_error(fosen: Path) -> None:
    Path("organisation.yaml").write_text(ORG.replace("functions: [lege]", "functions: [leeg]"), encoding="utf-8")
    result = run_cli("check", "--no-config", "--lang", "en", "--rules", "pack.yaml", "organisation.yaml")
    assert result.code == 2
    assert result.out.splitlines()[0] == (
        "organisation.yaml:18:60: error: fora.ssu.members[4].functions[0] is 'leeg' (did you mean 'lege'?); "
        "expected one of: politisk-ledelse, administrativ-toppledelse, helse-og-omsorgssjef, lege (the functions "
        "of the rule packs; a pack adds its own under "
        "vocabulary.functions: if the word is a pack's, give that pack with --rules or rules: in .hf-rules.yaml)"
    )
    result = run_cli("check", "--no-config", "--lang", "nb", "--rules", "national", "organisation.yaml")
    assert result.code == 2
    assert result.out.splitlines()[0].startswith(
        "organisation.yaml:18:60: error: fora.ssu.members[4].functions[0] er 'leeg'; forventet en av: "
        "politisk-ledelse, administrativ-toppledelse (funksjonene i regelpakkene;"
    )


def test_a_misspelt_function_in_a_rule_is_a_located_pack_error(fosen: Path) -> None:
    Path("pack.yaml").write_text(
        PACK.replace("function: [lege], label: {nb: lege fra k", "function: [legen], label: {nb: lege fra k"),
        encoding="utf-8",
    )
    result = run_cli("check", "--no-config", "--lang", "en", "--rules", "pack.yaml", "organisation.yaml")
    assert result.code == 2
    assert result.out.splitlines()[0] == (
        "pack.yaml:50:42: error: rule F-LEGE: 'legen' in rules[1].check.options.require[0].function[0] is not a "
        "function (vocabulary.functions) (did you mean 'lege'?); expected one of: politisk-ledelse, administrativ-toppledelse, "
        "helse-og-omsorgssjef, lege"
    )


def test_an_extending_pack_adds_titles_to_a_function(fosen: Path) -> None:
    """A pack that extends another declares the function again with titles of its own."""
    child = (
        "apiVersion: hf-rules/v1\nkind: RulePack\n"
        "metadata: {id: fosen-lokal, version: 1.0.0, name: {nb: Lokal, en: Local}, extends: [fosen]}\n"
        "vocabulary:\n  functions:\n"
        "    - {id: helse-og-omsorgssjef, label: {nb: helsesjef, en: head of health}, titles: [Helsesjef]}\n"
    )
    Path("fosen.yaml").write_text(PACK, encoding="utf-8")
    Path("child.yaml").write_text(child, encoding="utf-8")
    Path("organisation.yaml").write_text(
        ORG.replace("role: Helse- og omsorgssjef", "role: Helsesjef"), encoding="utf-8"
    )
    result = run_cli(
        "check", "--no-config", "--lang", "en", "--format", "json", "--rules", "child.yaml", "organisation.yaml"
    )
    assert (result.code, json.loads(result.out)["findings"]) == (0, [])
    result = run_cli(
        "check", "--no-config", "--lang", "en", "--format", "json", "--rules", "fosen.yaml", "organisation.yaml"
    )
    assert result.code == 1
    assert [(f["rule"], f["line"]) for f in json.loads(result.out)["findings"]] == [("F-HELSESJEF", 13)]
