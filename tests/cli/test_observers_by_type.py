"""`observers` by party type and by name end to end (round 22, Telemark doc gap 4: KS under
another id than the pack's was a false error); a wrong or missing way to name them is a located
input error in both languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

PACK = """\
apiVersion: hf-rules/v1
kind: RulePack
metadata: {id: vestfjord-obs, version: 1.0.0, name: {nb: Vestfjord, en: Vestfjord}}
sources:
  avtale: {title: Avtale, date: 2024-01-01, publisher: Partene}
obligations:
  - id: O1
    text: {nb: KS deltar som observatør., en: KS takes part as an observer.}
    source: {document: avtale, quote: KS deltar som observatør}
rules:
  - id: O-KS
    title: {nb: KS er observatør, en: KS observes}
    message: {nb: "{party_name} {problem}", en: "{party_name} {problem}"}
    hint: {nb: Gi KS en observatørplass., en: Give KS an observer seat.}
    severity: error
    source: {document: avtale, quote: KS deltar som observatør}
    obligations: [O1]
    applies_to: {kind: forum, type: [strategisk-samarbeidsutvalg]}
    check: {function: observers, options: {party_types: [etat]}}
"""
ORG = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: vestfjord, name: Helsefellesskap Vestfjord}
parties:
  sthf: {name: Sykehuset Vestfjord HF, type: helseforetak, side: sykehus}
  skien: {name: Lyngvik kommune, type: kommune, side: kommune}
  ks-vest: {name: KS Vest (KS), type: etat, side: uavhengig}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: sthf, role: Direktør}
      - {party: skien, role: Kommunedirektør}
    observers:
      - {party: ks-vest, role: Rådgiver}
"""


@pytest.fixture
def vestfjord(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pack.yaml").write_text(PACK, encoding="utf-8")
    (tmp_path / "organisation.yaml").write_text(ORG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def findings(options: str) -> tuple[int, list[tuple[str, str, int, str]]]:
    Path("pack.yaml").write_text(PACK.replace("party_types: [etat]", options), encoding="utf-8")
    result = run_cli(
        "check", "--no-config", "--lang", "en", "--format", "json", "--rules", "pack.yaml", "organisation.yaml"
    )
    return result.code, [(f["rule"], f["subject"], f["line"], f["message"]) for f in json.loads(result.out)["findings"]]


def test_ks_under_any_id_is_found_by_type_and_by_name(vestfjord: Path) -> None:
    assert findings("party_types: [etat]") == (0, [])
    assert findings("parties: [KS]") == (0, [])
    assert findings("parties: [ks, ks-vest]") == (0, [])
    assert findings("parties: [KS Nord]") == (1, [("O-KS", "ssu", 15, "KS Nord is not an observer")])


def test_a_party_of_the_type_without_an_observer_seat_is_reported(vestfjord: Path) -> None:
    Path("organisation.yaml").write_text(
        ORG.replace("  ks-vest: {", "  sf: {name: Statsforvalteren, type: etat, side: uavhengig}\n  ks-vest: {"),
        encoding="utf-8",
    )
    assert findings("party_types: [etat]") == (1, [("O-KS", "ssu", 16, "Statsforvalteren is not an observer")])


@pytest.mark.parametrize(
    ("options", "lang", "line"),
    [
        (
            "party_types: [etatt]",
            "en",
            "pack.yaml:19:58: error: rule O-KS: 'etatt' in rules[0].check.options.party_types[0] is not a party "
            "type (did you mean 'etat'?); expected one of: kommune, etat, bydel, helseforetak, sykehus, ombud, region",
        ),
        (
            "party_types: [etatt]",
            "nb",
            "pack.yaml:19:58: error: regel O-KS: 'etatt' i rules[0].check.options.party_types[0] er ikke en "
            "parttype (mente du 'etat'?); forventet en av: kommune, etat, bydel, helseforetak, sykehus, ombud, region",
        ),
        (
            "not_members: false",
            "en",
            "pack.yaml:19:43: error: rule O-KS: rules[0].check.options needs at least one of the keys: parties, "
            "party_types",
        ),
        (
            "not_members: false",
            "nb",
            "pack.yaml:19:43: error: regel O-KS: rules[0].check.options trenger minst én av nøklene: parties, "
            "party_types",
        ),
    ],
)
def test_a_wrong_way_to_name_the_observers_is_a_located_input_error(
    vestfjord: Path, options: str, lang: str, line: str
) -> None:
    Path("pack.yaml").write_text(PACK.replace("party_types: [etat]", options), encoding="utf-8")
    result = run_cli("check", "--no-config", "--lang", lang, "--rules", "pack.yaml", "organisation.yaml")
    assert result.code == 2
    assert result.out.splitlines()[0] == line
