"""``all_of`` (every selector of the list, each with its own ``not``) and ``party`` as a list of
ids in seat selectors: exact findings on small documents."""

from __future__ import annotations

from tests.unit.checks.support import findings

ORG = """\
parties:
  ks: {name: KS Agder, type: kommune, side: kommune}
  arendal: {name: Arendal kommune, type: kommune, side: kommune}
  kristiansand: {name: Kristiansand kommune, type: kommune, side: kommune}
  sshf: {name: Sørlandet sykehus HF, type: helseforetak, side: sykehus}
fora:
  koss:
    name: KOSS
    type: samarbeidsforum
    members:
      - {party: ks, role: Kommunedirektør, other_roles: [%s]}
      - {party: arendal, role: Leder av Kommunedirektørutvalget}
      - {party: kristiansand, role: Kommunedirektør}
    observers:
      - {party: sshf, role: Kommunedirektør, other_roles: [Leder av KDU], invited: true}
"""
LABEL = {"nb": "x", "en": "x"}


def _require(**selector: object) -> dict[str, object]:
    return {"require": [{**selector, "label": LABEL}]}


def test_all_of_asks_for_both_posts_on_one_seat() -> None:
    both = [{"role": ["Kommunedirektør"]}, {"role": ["Leder av Kommunedirektørutvalget", "Leder av KDU"]}]
    assert findings("required_seats", _require(all_of=both, exactly=1), ORG % "Leder av KDU", subject="koss") == []
    # Arendal has the KDU post only, Kristiansand the kommunedirektør only: neither is both
    assert findings("required_seats", _require(all_of=both), ORG % "Rådgiver", subject="koss") == [("too-few:x", 10)]
    # an OR of the same posts (a list under role) is met by any of the three
    either = _require(role=["Kommunedirektør", "Leder av Kommunedirektørutvalget"], exactly=3)
    assert findings("required_seats", either, ORG % "Rådgiver", subject="koss") == []


def test_each_selector_of_all_of_keeps_its_own_not_and_invited_seats_stay_guests() -> None:
    not_ks = [{"role": ["Kommunedirektør"], "not": {"party": "ks"}}, {"role": ["Leder av KDU"]}]
    options = _require(all_of=not_ks, include_observers=True)
    assert findings("required_seats", options, ORG % "Leder av KDU", subject="koss") == [("too-few:x", 10)]
    # the invited trust seat holds both posts: picked only where a selector names invited
    guest = [{"role": ["Kommunedirektør"], "invited": True}, {"role": ["Leder av KDU"]}]
    options = _require(all_of=guest, include_observers=True, exactly=1)
    assert findings("required_seats", options, ORG % "Rådgiver", subject="koss") == []


def test_party_takes_a_list_of_ids() -> None:
    two = {
        "where": {"party": ["arendal", "kristiansand"]},
        "exactly": 2,
        "label": LABEL,
    }
    assert findings("seat_count", two, ORG % "Rådgiver", subject="koss") == []
    assert findings("seat_count", {**two, "where": {"party": ["arendal", "grimstad"]}}, ORG % "x", subject="koss") == [
        ("too-few:x", 10)
    ]
    # one id written alone, as before
    assert findings("required_seats", _require(party="kristiansand"), ORG % "x", subject="koss") == []
    # the seat of the first listed party that is there is where a shortfall points
    short = _require(party=["grimstad", "arendal"], role=["Ordfører"])
    assert findings("required_seats", short, ORG % "x", subject="koss") == [("too-few:x", 12)]
