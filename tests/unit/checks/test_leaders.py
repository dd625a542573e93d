"""A body's leader and deputy leader: forum_leaders (a forum's seats) and secretariat's leaders
(a secretariat's daily seats), one counting shared; and the secretariat's two tiers
(`responsible`, `members`) and `reports_to`."""

from __future__ import annotations

from typing import Any

from tests.unit.checks.support import findings

LSU = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik, type: kommune, side: kommune}
  havbo: {name: Havbø, type: kommune, side: kommune}
fora:
  lsu:
    name: LSU Lyngvik
    type: lokalt-samarbeidsutvalg
    members:
      - {party: lyngvik, role: Kommunalsjef%s}
      - {party: hf, role: Klinikksjef%s}
      - {party: havbo, role: Kommunalsjef}
      - {represents: bruker, side: kommune, role: Brukerrepresentant%s}
    observers:
      - {party: havbo, role: Rådgiver%s}
"""


def lsu(lyngvik: str = "leder", hf: str = "nestleder", user: str = "", observer: str = "") -> str:
    """The LSU with these positions (empty: none) on the seats of Lyngvik (line 10), the trust
    (11), the user representative (13, side kommune) and the observer (15)."""
    return LSU % tuple(f", position: {p}" if p else "" for p in (lyngvik, hf, user, observer))


def leaders(document: str, **options: Any) -> list[tuple[str, int]]:
    return findings("forum_leaders", options, document, subject="lsu")


def test_one_leader_and_one_deputy_of_different_sides_by_default() -> None:
    assert leaders(lsu()) == []
    assert leaders(lsu("nestleder", "leder")) == []


def test_both_of_one_side_points_at_the_deputy_leaders_seat() -> None:
    """The user seat gives its own side (kommune), as the leader's party does."""
    assert leaders(lsu(hf="", user="nestleder")) == [("leaders-same-side:kommune", 13)]
    assert leaders(lsu(hf="", user="nestleder"), different_sides=False) == []


def test_none_or_two_is_a_finding_at_the_seats_or_the_second_seat() -> None:
    assert leaders(lsu(lyngvik="")) == [("leader:0", 9)]
    assert leaders(lsu(hf="")) == [("deputy:0", 9)]
    assert leaders(lsu(user="leder")) == [("leader:2", 13)]


def test_observer_seats_count_only_when_asked() -> None:
    assert leaders(lsu(lyngvik="", observer="leder")) == [("leader:0", 9)]
    assert leaders(lsu(lyngvik="", observer="leder"), group="all") == []
    assert leaders(lsu(lyngvik="", observer="leder"), group="observers") == [("deputy:0", 14)]


def test_the_leader_from_the_municipalities() -> None:
    from_municipalities = {"position": ["leder"], "side": ["kommune"]}
    assert leaders(lsu(), leader=from_municipalities) == []
    assert leaders(lsu("nestleder", "leder"), leader=from_municipalities) == [("leader:0", 9)]
    # co-leaders, one from each side: a second leader still, at the trust's seat (round 20 Finnmark:
    # it passed, the trust's leader being no seat of the selector)
    assert leaders(lsu("leder", "leder"), leader=from_municipalities, deputy=False) == [("leader:2", 11)]
    # by role instead of position
    assert (
        leaders(lsu("", ""), leader={"role": ["Kommunalsjef"], "party": "lyngvik"}, deputy={"role": ["Klinikksjef"]})
        == []
    )


SECRETARIAT = """\
parties:
  unn: {name: UNN, type: helseforetak, side: sykehus}
  tromso: {name: Tromsø, type: kommune, side: kommune}
fora:
  pm: {name: Partnerskapsmøtet, type: partnerskapsmote}
  fsu: {name: FSU, type: faglig-samarbeidsutvalg}
  ssu: {name: SSU, type: strategisk-samarbeidsutvalg}
secretariat:
  run_by: [tromso, unn]
  reports_to: [%s]
  responsible:
    - {party: tromso, role: Kommunenes samhandlingssjef}
    - {party: unn, role: Samhandlingssjef}
  members:
    - {party: tromso, role: Kommunenes samhandlingssjef, position: leder}
    - {party: unn, role: Rådgiver, position: nestleder}
"""
MANAGERS = {"nb": "samhandlingssjefer", "en": "cooperation managers"}


def secretariat(options: dict[str, Any], reports_to: str = "ssu", document: str = SECRETARIAT) -> list[tuple[str, int]]:
    return findings("secretariat", options, document % reports_to, kind="organisation")


def test_responsible_counts_the_responsible_seats_and_seats_the_daily_ones() -> None:
    both_managers = {"where": {"role": ["Kommunenes samhandlingssjef", "Samhandlingssjef"]}, "label": MANAGERS}
    assert secretariat({"responsible": [{**both_managers, "exactly": 2}]}) == []
    # the daily function has one of the two managers
    assert secretariat({"seats": [{**both_managers, "exactly": 2}]}) == [("seats:too-few:cooperation managers", 14)]
    # too many: at the responsible seat over the limit
    assert secretariat({"responsible": [{**both_managers, "max": 1}]}) == [
        ("responsible:too-many:cooperation managers", 13)
    ]
    # none responsible: at the secretariat's list of responsible seats
    assert secretariat({"responsible": [{**both_managers, "where": {"side": ["uavhengig"]}, "min": 1}]}) == [
        ("responsible:too-few:cooperation managers", 11)
    ]


def test_responsible_per_side() -> None:
    per_side = {"per": "side", "each": {"values": ["kommune", "sykehus"]}, "exactly": 1, "label": MANAGERS}
    assert secretariat({"responsible": [per_side]}) == []
    one_sided = SECRETARIAT.replace("- {party: unn, role: Samhandlingssjef}", "- {party: tromso, role: Kommunalsjef}")
    assert secretariat({"responsible": [per_side]}, document=one_sided) == [
        ("responsible:too-many:cooperation managers:kommune", 13),
        ("responsible:too-few:cooperation managers:sykehus", 11),
    ]


def test_the_secretariats_leaders_are_read_among_its_daily_seats_only() -> None:
    positions = {"leader": {"position": ["leder"]}, "deputy": {"position": ["nestleder"]}}
    assert secretariat({"leaders": positions}) == []
    by_role = {"leader": {"role": ["Samhandlingssjef"]}, "deputy": {"role": ["Rådgiver"]}}
    # the UNN's Samhandlingssjef is responsible, not a daily seat: no leader among the members
    assert secretariat({"leaders": by_role}) == [("leader:0", 14)]


def test_reports_to_a_forum_of_a_type_or_by_id() -> None:
    assert secretariat({"reports_to": {"type": ["strategisk-samarbeidsutvalg"]}}) == []
    assert secretariat({"reports_to": {"id": ["ssu"]}}) == []
    assert secretariat({"reports_to": {"type": ["strategisk-samarbeidsutvalg"]}}, "pm, fsu") == [
        ("reports-to-missing", 10)
    ]
    assert secretariat({"reports_to": {"id": ["pm"]}}, "fsu") == [("reports-to-missing", 10)]


def test_a_secretariat_that_reports_to_no_forum_fails_at_the_secretariat() -> None:
    document = SECRETARIAT.replace("  reports_to: [%s]\n", "")
    assert findings("secretariat", {"reports_to": {"id": ["ssu"]}}, document, kind="organisation") == [
        ("reports-to-missing", 8)
    ]


def test_leader_false_asks_for_the_deputy_leader_only() -> None:
    """«Nestleiar i Partnarskapsmøte»: the deputy leader's seat, and no leader asked for."""
    assert leaders(lsu(lyngvik=""), leader=False) == []
    assert leaders(lsu(lyngvik="", hf=""), leader=False) == [("deputy:0", 9)]
    assert leaders(lsu(lyngvik="nestleder"), leader=False) == [("deputy:2", 11)]


def test_leader_and_deputy_both_false_is_refused_at_leader() -> None:
    from tests.unit.checks.test_bounds import problems

    expected_en = "rule R1: `leader: false` together with `deputy: false` asks for no seat; give at least one of them a seat selector"
    assert problems("forum_leaders", "  leader: false\n  deputy: false\n") == [
        (
            2,
            11,
            "regel R1: `leader: false` og `deputy: false` sammen ber ikke om noen plass; gi minst én av dem en plassvelger",
            expected_en,
        )
    ]
    assert problems("forum_leaders", "  leader: false\n") == []
    nested = "  leaders:\n    leader: false\n    deputy: false\n"
    assert [(line, en) for line, _, _, en in problems("secretariat", nested)] == [(3, expected_en)]
