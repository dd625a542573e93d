"""A seat shared by several parties (`shared_with`): «kommuneoverlegene» read as one per
municipality, where Hitra and Frøya share one interkommunal kommuneoverlege."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

PACK = """\
apiVersion: hf-rules/v1
kind: RulePack
metadata: {id: orkdal, version: 1.0.0, name: {nb: Orkdal, en: Orkdal}}
sources:
  avtale: {title: Avtale, date: 2024-01-01, publisher: Partene}
obligations:
  - id: K1
    text: {nb: Kommuneoverlegene sitter i fagrådet., en: The municipal chief physicians sit in the council.}
    source: {document: avtale, quote: kommuneoverlegene}
rules:
  - id: K-ONE-PER
    title: {nb: Én kommuneoverlege per kommune, en: One chief physician per municipality}
    message: {nb: "{unit} har {found} plasser", en: "{unit} has {found} seats"}
    hint: {nb: Gi kommunen en plass., en: Give the municipality a seat.}
    severity: error
    source: {document: avtale, quote: kommuneoverlegene}
    obligations: [K1]
    applies_to: {kind: forum, type: [samarbeidsforum]}
    check: {function: one_seat_per, options: {party_type: [kommune]}}
  - id: K-PER-PARTY
    title: {nb: Kommuneoverlege per kommune, en: Chief physician per municipality}
    message: {nb: "{unit} har {found} {label}", en: "{unit} has {found} {label}"}
    hint: {nb: Gi kommunen en plass., en: Give the municipality a seat.}
    severity: error
    source: {document: avtale, quote: kommuneoverlegene}
    obligations: [K1]
    applies_to: {kind: forum, type: [samarbeidsforum]}
    check:
      function: seat_count
      options: {where: {role: [Kommuneoverlege]}, per: party, each: {party_type: [kommune]}, exactly: 1, label: {nb: kommuneoverleger, en: chief physicians}}
  - id: K-PER-SIDE
    title: {nb: To fra kommunene, en: Two from the municipalities}
    message: {nb: "{unit} har {found} {label}", en: "{unit} has {found} {label}"}
    hint: {nb: To plasser., en: Two seats.}
    severity: error
    source: {document: avtale, quote: kommuneoverlegene}
    obligations: [K1]
    applies_to: {kind: forum, type: [samarbeidsforum]}
    check:
      function: seat_count
      options: {where: {side: [kommune]}, per: side, each: {values: [kommune]}, exactly: 2, label: {nb: plasser, en: seats}}
  - id: K-HITRA
    title: {nb: Hitra, en: Hitra}
    message: {nb: "{subject_name} mangler {label}", en: "{subject_name} lacks {label}"}
    hint: {nb: Hitra., en: Hitra.}
    severity: error
    source: {document: avtale, quote: kommuneoverlegene}
    obligations: [K1]
    applies_to: {kind: forum, type: [samarbeidsforum]}
    check:
      function: required_seats
      options: {require: [{party: hitra, region: [ytre], label: {nb: Hitras plass, en: Hitra's seat}}]}
  - id: K-IN-FORUM
    title: {nb: Hver kommune i et fagråd, en: Each municipality in a council}
    message: {nb: "{subject_name} sitter i {found}", en: "{subject_name} sits in {found}"}
    hint: {nb: En plass., en: A seat.}
    severity: error
    source: {document: avtale, quote: kommuneoverlegene}
    obligations: [K1]
    applies_to: {kind: party, type: [kommune]}
    check: {function: forum_for_party, options: {type: [samarbeidsforum], by: seat}}
"""
ORG = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: orkdal, name: Helsefellesskapet Orkdal}
regions:
  ytre: {name: Øyregionen, parties: [hitra, froya]}
  indre: {name: Orkdalsregionen, parties: [orkland]}
parties:
  stolav: {name: St. Olavs hospital HF, type: helseforetak, side: sykehus}
  hitra: {name: Hitra kommune, type: kommune, side: kommune}
  froya: {name: Frøya kommune, type: kommune, side: kommune}
  orkland: {name: Orkland kommune, type: kommune, side: kommune}
fora:
  fagrad:
    name: Fagråd for kommuneoverlegene
    type: samarbeidsforum
    members:
      - {party: froya, shared_with: [hitra], role: Kommuneoverlege}
      - {party: orkland, role: Kommuneoverlege}
      - {party: stolav, role: Klinikksjef}
"""
SHARED = "{party: froya, shared_with: [hitra], role: Kommuneoverlege}"


@pytest.fixture
def orkdal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pack.yaml").write_text(PACK, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def findings(org: str) -> tuple[int, list[tuple[str, str, int, str]]]:
    Path("organisation.yaml").write_text(org, encoding="utf-8")
    result = run_cli(
        "check", "--no-config", "--lang", "en", "--format", "json", "--rules", "pack.yaml", "organisation.yaml"
    )
    report = json.loads(result.out)
    return result.code, [(f["rule"], f["subject"], f["line"], f["message"]) for f in report["findings"]]


def test_the_shared_seat_counts_for_hitra_and_froya(orkdal: Path) -> None:
    """One per municipality, per party, Hitra's seat, Hitra in a forum: all met by the shared
    seat; the municipalities' side counts it once (two seats, not three)."""
    assert findings(ORG) == (0, [])


def test_without_shared_with_hitra_lacks_a_seat(orkdal: Path) -> None:
    """The false error authors met: read as one per municipality, Hitra had none."""
    assert findings(ORG.replace(SHARED, "{party: froya, role: Kommuneoverlege}")) == (
        1,
        [
            ("K-IN-FORUM", "hitra", 9, "Hitra kommune sits in 0"),
            ("K-HITRA", "fagrad", 16, "Fagråd for kommuneoverlegene lacks Hitra's seat"),
            ("K-ONE-PER", "fagrad", 16, "Hitra kommune has 0 seats"),
            ("K-PER-PARTY", "fagrad", 16, "Hitra kommune has 0 chief physicians"),
        ],
    )


def test_a_municipality_without_a_seat_is_still_reported(orkdal: Path) -> None:
    org = ORG.replace("      - {party: orkland, role: Kommuneoverlege}\n", "")
    assert findings(org) == (
        1,
        [
            ("K-IN-FORUM", "orkland", 11, "Orkland kommune sits in 0"),
            ("K-ONE-PER", "fagrad", 16, "Orkland kommune has 0 seats"),
            ("K-PER-PARTY", "fagrad", 16, "Orkland kommune has 0 chief physicians"),
            ("K-PER-SIDE", "fagrad", 16, "kommune has 1 seats"),
        ],
    )


@pytest.mark.parametrize(
    ("shared_with", "message"),
    [
        (
            "hitra2",
            "shared_with 'hitra2' is not a party of this organisation; expected one of: froya, hitra, orkland, stolav",
        ),
        (
            "froya",
            "shared_with 'froya' is the seat's own party ('party'); list only the other parties the seat is held jointly for",
        ),
        (
            "stolav",
            "shared_with 'stolav' is of the side sykehus, but the seat's party ('party': froya) is of the side kommune; "
            "a seat can be shared only by parties of one side",
        ),
        ("hitra, hitra", "shared_with names 'hitra' twice"),
    ],
)
def test_a_bad_shared_with_is_a_located_input_error(orkdal: Path, shared_with: str, message: str) -> None:
    Path("organisation.yaml").write_text(
        ORG.replace("shared_with: [hitra]", f"shared_with: [{shared_with}]"), encoding="utf-8"
    )
    result = run_cli("check", "--no-config", "--lang", "en", "--rules", "pack.yaml", "organisation.yaml")
    assert result.code == 2
    column = 38 if shared_with != "hitra, hitra" else 45
    assert result.out.splitlines()[0] == f"organisation.yaml:17:{column}: error: {message}"


def test_shared_with_on_a_constituency_seat_is_an_input_error(orkdal: Path) -> None:
    Path("organisation.yaml").write_text(
        ORG.replace("{party: froya, shared_with", "{represents: fastlege, shared_with"), encoding="utf-8"
    )
    result = run_cli("check", "--no-config", "--lang", "nb", "--rules", "pack.yaml", "organisation.yaml")
    assert result.code == 2
    assert result.out.splitlines()[0] == (
        "organisation.yaml:17:9: error: fora.fagrad.members[0]: 'shared_with' er for en partsplass som "
        "holdes felles for flere parter; gi 'party' (den ene parten) også"
    )


OWN = PACK.replace(
    "options: {where: {role: [Kommuneoverlege]}, per: party",
    "options: {where: {role: [Kommuneoverlege], shared: false}, per: party",
)


def test_shared_false_leaves_the_shared_seat_out(orkdal: Path) -> None:
    """«Toppledelsen i hver kommune» (round 22, Troms og Ofoten): with `shared: false` the seat
    Frøya shares with Hitra stands in for neither; each needs a post of its own."""
    Path("pack.yaml").write_text(OWN, encoding="utf-8")
    assert findings(ORG) == (
        1,
        [
            ("K-PER-PARTY", "fagrad", 16, "Frøya kommune has 0 chief physicians"),
            ("K-PER-PARTY", "fagrad", 16, "Hitra kommune has 0 chief physicians"),
        ],
    )
    own = ORG.replace(SHARED, "{party: froya, role: Kommuneoverlege}\n      - {party: hitra, role: Kommuneoverlege}")
    assert findings(own) == (1, [("K-PER-SIDE", "fagrad", 19, "kommune has 3 seats")])


def test_shared_true_picks_only_shared_seats(orkdal: Path) -> None:
    Path("pack.yaml").write_text(OWN.replace("shared: false", "shared: true"), encoding="utf-8")
    assert findings(ORG) == (
        1,
        [("K-PER-PARTY", "fagrad", 16, "Orkland kommune has 0 chief physicians")],
    )


def test_a_shared_that_is_not_a_boolean_is_a_located_input_error(orkdal: Path) -> None:
    Path("pack.yaml").write_text(OWN.replace("shared: false", "shared: nei"), encoding="utf-8")
    Path("organisation.yaml").write_text(ORG, encoding="utf-8")
    expected = {
        "en": "pack.yaml:30:58: error: rule K-PER-PARTY: rules[1].check.options.where.shared must be true or false, "
        "got a text ('nei')",
        "nb": "pack.yaml:30:58: error: regel K-PER-PARTY: rules[1].check.options.where.shared må være true eller "
        "false, fikk en tekst ('nei')",
    }
    for lang, line in expected.items():
        result = run_cli("check", "--no-config", "--lang", lang, "--rules", "pack.yaml", "organisation.yaml")
        assert result.code == 2
        assert result.out.splitlines()[0] == line


def test_a_site_of_the_other_side_is_a_located_input_error(orkdal: Path) -> None:
    """Round 27 UNN: `site: tromso` (Tromsø kommune) for `unn-tromso` on a seat of the trust was
    counted as a site of the trust. A site is where the holder works, at the party or a part of
    it, so a site of the other side is refused at its line, in both languages."""
    org = ORG.replace(SHARED, "{party: stolav, role: Overlege, site: hitra}")
    Path("organisation.yaml").write_text(org, encoding="utf-8")
    for lang, message in (
        (
            "en",
            "site 'hitra' is of the side kommune, but the seat's party ('party': stolav) is of the side sykehus; "
            "the site is where the seat holder works, at the party or a part of it",
        ),
        (
            "nb",
            "site 'hitra' er på siden kommune, men plassens part ('party': stolav) er på siden sykehus; "
            "stedet er der den som har plassen arbeider, hos parten eller en del av den",
        ),
    ):
        result = run_cli("check", "--no-config", "--lang", lang, "--rules", "pack.yaml", "organisation.yaml")
        assert result.code == 2, result.out
        assert result.out.splitlines()[0] == f"organisation.yaml:17:47: error: {message}"
    Path("organisation.yaml").write_text(org.replace("site: hitra", "site: stolav"), encoding="utf-8")
    assert run_cli("check", "--no-config", "--rules", "pack.yaml", "organisation.yaml").code != 2
