"""Readings of a mandate entry that blind authors got wrong verdicts for: «når» the verb *reach*
after its subject («… slik at partene når felles mål») does not weaken the point, while the
conditional «når» («når det er behov», «Når saka krev det, …», «kun når …») still does; key words
inside an object relative clause with another subject («fora som FOUSAM etablerer») are that
body's act, not the forum's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli

PACK = """\
apiVersion: hf-rules/v1
kind: RulePack
metadata: {id: dialog, version: 1.0.0, name: {nb: Dialog, en: Dialogue}}
sources:
  avtale: {title: Samarbeidsavtale, date: 2024-01-01, publisher: Partene}
obligations:
  - id: D1
    text: {nb: SSU har dialog om strategiske saker., en: The SSU holds dialogue on strategic matters.}
    source: {document: avtale, quote: felles dialog om saker av strategisk karakter}
rules:
  - id: SSU-DIALOGUE
    title: {nb: Dialog, en: Dialogue}
    message: {nb: "{subject_name} {problem} «{label}»{entry}", en: "{subject_name} {problem} «{label}»{entry}"}
    hint: {nb: Rett mandatet., en: Fix the mandate.}
    severity: error
    source: {document: avtale, quote: felles dialog om saker av strategisk karakter}
    obligations: [D1]
    applies_to: {kind: forum, type: [strategisk-samarbeidsutvalg]}
    check:
      function: mandate
      options:
        items:
          - label: {nb: dialog om strategiske saker, en: dialogue on strategic matters}
            any_of: [dialog strategisk]
"""
ORG = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: agder, name: Helsefellesskapet Agder}
parties:
  sshf: {name: Sørlandet sykehus HF, type: helseforetak, side: sykehus}
  arendal: {name: Arendal kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    mandate:
      - %s
    members:
      - {party: sshf, role: Administrerende direktør}
      - {party: arendal, role: Kommunedirektør}
"""
REACH = "Ha felles dialog om saker av strategisk og helsepolitisk karakter, slik at partene når felles mål"


def check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, entry: str, pack: str = PACK) -> tuple[int, list[str]]:
    (tmp_path / "pack.yaml").write_text(pack, encoding="utf-8")
    (tmp_path / "organisation.yaml").write_text(ORG % entry, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("check", "--no-config", "--rules", "pack.yaml", "--lang", "en", "--quiet", "organisation.yaml")
    return result.code, [line for line in result.out.splitlines() if " error " in line]


def test_the_verb_reach_does_not_weaken_the_point(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert check(tmp_path, monkeypatch, REACH) == (0, [])


@pytest.mark.parametrize(
    "entry",
    [
        "Ha felles dialog om saker av strategisk karakter når det er behov",
        "'Når saka krev det, ha felles dialog om saker av strategisk karakter'",
        "Ha felles dialog om saker av strategisk karakter kun når partane ber om det",
        "Ha felles dialog om strategiske saker med kommunane når dei ber om det",
        # after a body word «når» could be the verb, but «SSU ber» is a subject with its verb
        "Ha felles dialog om saker av strategisk karakter for helsefellesskapet når SSU ber om det",
    ],
)
def test_the_conditional_still_weakens_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, entry: str) -> None:
    code, errors = check(tmp_path, monkeypatch, entry)
    assert code == 1
    assert errors == [
        "organisation.yaml:12:9: error SSU-DIALOGUE Strategisk samarbeidsutvalg weakens the point «dialogue on "
        f"strategic matters» («{entry.strip(chr(39))}»)"
    ]


FORA_PACK = PACK.replace(
    "          - label: {nb: dialog om strategiske saker, en: dialogue on strategic matters}\n"
    "            any_of: [dialog strategisk]\n",
    "          - label: {nb: etablere fora, en: set up fora}\n            any_of: [etabler fora]\n",
)


def test_another_body_setting_up_the_fora_in_a_relative_clause_is_not_the_forums_point(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, errors = check(tmp_path, monkeypatch, "Følgje med på fora som FOUSAM etablerer", FORA_PACK)
    assert code == 1
    assert errors == [
        "organisation.yaml:12:9: error SSU-DIALOGUE Strategisk samarbeidsutvalg gives another body the point "
        "«set up fora» («Følgje med på fora som FOUSAM etablerer»)"
    ]


@pytest.mark.parametrize("entry", ["Etablere fora som sikrar samhandling", "Etablere fora som FOUSAM leier"])
def test_setting_up_fora_that_do_something_is_the_forums_point(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, entry: str
) -> None:
    assert check(tmp_path, monkeypatch, entry, FORA_PACK) == (0, [])


@pytest.mark.parametrize(
    "entry", ["Sørlandet sykehus skal ha felles dialog om strategiske saker", "Arendal har dialog om strategiske saker"]
)
def test_a_party_named_without_its_suffix_is_another_body(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, entry: str
) -> None:
    """Round 20 Førde, FO13: «Sørlandet sykehus» for «Sørlandet sykehus HF», «Arendal» for «Arendal
    kommune», without `also_known_as`."""
    (tmp_path / "pack.yaml").write_text(PACK, encoding="utf-8")
    (tmp_path / "organisation.yaml").write_text(ORG % entry, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("check", "--no-config", "--rules", "pack.yaml", "--lang", "en", "--quiet", "organisation.yaml")
    assert result.code == 1
    assert [line for line in result.out.splitlines() if " error " in line] == [
        "organisation.yaml:12:9: error SSU-DIALOGUE Strategisk samarbeidsutvalg gives another body the point "
        f"«dialogue on strategic matters» («{entry}»)"
    ]
