"""`seats_filled` end to end: a roster line «Søre Sunnmøre — Under avklaring» written in `role`
is a seat not filled (round 22, Møre og Romsdal MR28), with the curated vacancy markers and no
`placeholders` of the rule's own; a wrong `fields` is a located input error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

PACK = """\
apiVersion: hf-rules/v1
kind: RulePack
metadata: {id: romsdal, version: 1.0.0, name: {nb: Romsdal, en: Romsdal}}
sources:
  avtale: {title: Avtale, date: 2024-01-01, publisher: Partene}
obligations:
  - id: S1
    text: {nb: Sekretariatet har en plass per region., en: The secretariat has a seat per region.}
    source: {document: avtale, quote: sekretariatet}
rules:
  - id: S-FILLED
    title: {nb: Plassene er besatt, en: The seats are filled}
    message: {nb: "{seat} er ikke besatt ({field})", en: "{seat} is not filled ({field})"}
    hint: {nb: Skriv inn navnet., en: Write in the name.}
    severity: error
    source: {document: avtale, quote: sekretariatet}
    obligations: [S1]
    applies_to: {kind: organisation}
    check: {function: seats_filled, options: {fields: [person, deputy, role]}}
"""
ORG = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: romsdal, name: Helsefellesskap Romsdal}
parties:
  hmr: {name: Helse Møre og Romsdal HF, type: helseforetak, side: sykehus}
  sore: {name: Søre Sunnmøre IPR, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutval
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hmr, role: Direktør}
      - {party: sore, role: Kommunedirektør}
secretariat:
  run_by: [hmr, sore]
  members:
    - {party: hmr, role: Rådgjevar}
    - {party: sore, role: Under avklaring}
"""


@pytest.fixture
def romsdal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pack.yaml").write_text(PACK, encoding="utf-8")
    (tmp_path / "organisation.yaml").write_text(ORG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_role_that_is_a_vacancy_marker_is_reported(romsdal: Path) -> None:
    result = run_cli(
        "check", "--no-config", "--lang", "en", "--format", "json", "--rules", "pack.yaml", "organisation.yaml"
    )
    assert result.code == 1
    found = [(f["rule"], f["subject"], f["line"], f["message"]) for f in json.loads(result.out)["findings"]]
    assert found == [
        ("S-FILLED", "romsdal", 18, "sore (Under avklaring) is not filled (role)"),
    ]


def test_the_role_named_is_compliant(romsdal: Path) -> None:
    Path("organisation.yaml").write_text(ORG.replace("role: Under avklaring", "role: Rådgjevar"), encoding="utf-8")
    result = run_cli("check", "--no-config", "--lang", "en", "--rules", "pack.yaml", "organisation.yaml")
    assert result.code == 0


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "en",
            "pack.yaml:19:72: error: rule S-FILLED: rules[0].check.options.fields[2] is 'rolle' (did you mean "
            "'role'?); expected one of: person, deputy, role",
        ),
        (
            "nb",
            "pack.yaml:19:72: error: regel S-FILLED: rules[0].check.options.fields[2] er 'rolle' (mente du "
            "'role'?); forventet en av: person, deputy, role",
        ),
    ],
)
def test_a_field_it_cannot_read_is_a_located_input_error(romsdal: Path, lang: str, line: str) -> None:
    Path("pack.yaml").write_text(
        PACK.replace("fields: [person, deputy, role]", "fields: [person, deputy, rolle]"), encoding="utf-8"
    )
    result = run_cli("check", "--no-config", "--lang", lang, "--rules", "pack.yaml", "organisation.yaml")
    assert result.code == 2
    assert result.out.splitlines()[0] == line
