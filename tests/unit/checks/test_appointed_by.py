"""appointed_by read relative to the seat: by a party of a type, by the seat's own party, given at all."""

from __future__ import annotations

from tests.unit.checks.support import findings

ORG = """\
parties:
  vv: {name: Vestre Viken HF, type: helseforetak, side: sykehus}
  drammen: {name: Drammen kommune, type: kommune, side: kommune}
  asker: {name: Asker kommune, type: kommune, side: kommune}
  ks: {name: KS, type: ombud, side: uavhengig}
  drammen-helse: {name: Helse og omsorg, type: etat, side: kommune, part_of: drammen}
fora:
  khs:
    name: Samarbeidsstyret
    type: samarbeidsforum
    members:
      - {party: drammen, role: Kommunaldirektør, appointed_by: drammen}
      - {party: asker, role: Kommunaldirektør, appointed_by: Drammen  kommune}
      - {party: drammen-helse, role: Etatsdirektør, appointed_by: DRAMMEN}
      - {party: asker, role: Kommunalsjef, appointed_by: Brukerutvalget}
      - {party: asker, role: Rådgiver}
      - {party: vv, role: Direktør, appointed_by: ks}
"""
LABEL = {"nb": "representanter", "en": "representatives"}


def _bad(must: dict[str, object]) -> list[tuple[str, int]]:
    options = {"where": {"party_type": ["kommune", "etat"]}, "must": must, "label": LABEL}
    return findings("seat_requirements", options, ORG, subject="khs")


def test_appointed_by_a_party_of_a_type_by_id_or_name() -> None:
    # Brukerutvalget names no party; the Rådgiver names no one
    assert _bad({"appointed_by_party_type": ["kommune"]}) == [
        ("seat:asker:Kommunalsjef", 15),
        ("seat:asker:Rådgiver", 16),
    ]
    assert (
        findings(
            "seat_count",
            {"where": {"appointed_by_party_type": ["ombud"]}, "exactly": 1, "label": LABEL},
            ORG,
            subject="khs",
        )
        == []
    )


def test_appointed_by_the_seats_own_party_or_the_whole_it_is_part_of() -> None:
    # Asker's director was appointed by Drammen; the etat of Drammen by Drammen (its whole) is its own
    assert _bad({"appointed_by_own_party": True}) == [
        ("seat:asker:Kommunaldirektør", 13),
        ("seat:asker:Kommunalsjef", 15),
        ("seat:asker:Rådgiver", 16),
    ]
    assert findings(
        "seat_count",
        {"where": {"appointed_by_own_party": False}, "max": 0, "label": LABEL},
        ORG,
        subject="khs",
    ) == [("too-many:representatives", 13)]


def test_has_appointed_by() -> None:
    assert _bad({"has_appointed_by": True}) == [("seat:asker:Rådgiver", 16)]
