"""cross_forum with ``by_may_be_empty``, end to end (St. Olav): «each fagråd's representatives
from the municipalities also sit in the health leaders' network», where a fagråd may have none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

PACK = """\
apiVersion: hf-rules/v1
kind: RulePack
metadata:
  id: stolav-network
  version: 1.0.0
  name: {nb: Helseledernettverket, en: The health leaders' network}
sources:
  avtale:
    title: Avtale
    date: 2025-01-01
    publisher: Partene
obligations:
  - id: A1
    text: {nb: Fagrådenes kommunale representanter sitter i helseledernettverket., en: The fagråds' municipal representatives sit in the health leaders' network.}
    source: {document: avtale, quote: Kommunenes representanter i fagrådene sitter i helseledernettverket.}
rules:
  - id: FAGRAD-IN-NETWORK
    title: {nb: Fagrådenes kommunale representanter i nettverket, en: The fagråds' municipal representatives in the network}
    message: {nb: "{seat} i {subject_name}: {problem}", en: "{seat} in {subject_name}: {problem}"}
    hint: {nb: Gi representanten en plass i nettverket., en: Give the representative a seat in the network.}
    severity: error
    source: {document: avtale, quote: Kommunenes representanter i fagrådene sitter i helseledernettverket.}
    obligations: [A1]
    applies_to: {kind: forum, id: [fagrad-rus, fagrad-barn]}
    check:
      function: cross_forum
      options:
        by: {party_type: [kommune]}
        in: {id: [helseledernettverk]}
        EMPTY
"""
ORG = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: stolav, name: Helsefellesskapet St. Olav, effective_from: 2025-06-01}
parties:
  stolav: {name: St. Olavs hospital HF, type: helseforetak, side: sykehus}
  malvik: {name: Malvik kommune, type: kommune, side: kommune}
  skaun: {name: Skaun kommune, type: kommune, side: kommune}
fora:
  helseledernettverk:
    name: Helseledernettverket
    type: samarbeidsforum
    members:
      - {party: malvik, role: Kommunalsjef helse}
      - {party: skaun, role: Kommunalsjef helse}
  fagrad-rus:
    name: Fagråd rus og psykisk helse
    type: samarbeidsforum
    members:
      - {party: stolav, role: Klinikksjef}
      - {party: malvik, role: Kommunalsjef helse}
  fagrad-barn:
    name: Fagråd barn og unge
    type: samarbeidsforum
    members:
      - {party: stolav, role: Klinikksjef}
"""


def write(tmp_path: Path, empty: str, org: str = ORG) -> None:
    (tmp_path / "pack.yaml").write_text(PACK.replace("EMPTY", empty), encoding="utf-8")
    (tmp_path / "organisation.yaml").write_text(org, encoding="utf-8")


def found(result_out: str) -> list[tuple[str, str, str, int]]:
    report = json.loads(result_out)
    return [(f["rule"], f["subject"], f["file"], f["line"]) for f in report["findings"]]


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_fagrad_without_municipal_representatives_is_reported_without_the_option(here: Path) -> None:
    write(here, "same_person: false")
    result = run_cli("check", "--no-config", "--lang", "en", "--rules", "pack.yaml", "--format", "json", ".")
    assert result.code == 1
    assert found(result.out) == [("FAGRAD-IN-NETWORK", "fagrad-barn", "organisation.yaml", 24)]


def test_by_may_be_empty_passes_it_and_still_checks_those_there_are(here: Path) -> None:
    write(here, "by_may_be_empty: true")
    result = run_cli("check", "--no-config", "--rules", "pack.yaml", ".")
    assert result.code == 0, result.out
    (here / "organisation.yaml").write_text(
        ORG.replace("  fagrad-barn:", "  fagrad-barn:\n    observers:\n      - {party: skaun, role: Kommuneoverlege}"),
        encoding="utf-8",
    )
    result = run_cli("check", "--no-config", "--lang", "en", "--rules", "pack.yaml", "--format", "json", ".")
    assert result.code == 1
    # Skaun's kommuneoverlege is not in the network (reported at the network, as cross_forum reports an absence)
    assert found(result.out) == [("FAGRAD-IN-NETWORK", "fagrad-barn", "organisation.yaml", 9)]


def test_at_least_zero_is_refused_with_a_located_error(here: Path) -> None:
    write(here, "at_least: 0")
    result = run_cli("check", "--no-config", "--lang", "en", "--rules", "pack.yaml", ".")
    assert result.code == 2
    assert result.out.splitlines()[0] == (
        "pack.yaml:30:19: error: rule FAGRAD-IN-NETWORK: rules[0].check.options.at_least is 0; expected at least 1"
    )
