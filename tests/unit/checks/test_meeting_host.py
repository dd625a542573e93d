"""meeting_host: a host on every meeting, hosts allowed, alternation in date order, meetings a
side hosts a year; and the rules on who chairs on a plan that names no chair periods."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.checks.support import findings

ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik, type: kommune, side: kommune}
  storli: {name: Storli, type: kommune, side: kommune}
fora:
  ssu:
    name: SSU
    type: strategisk-samarbeidsutvalg
    chair_rotation: [kommune, sykehus]
    members:
      - {party: hf, role: Direktør}
      - {party: lyngvik, role: Ordfører}
"""


def host(meetings: str, **options: Any) -> list[tuple[str, int]]:
    """Findings on a plan of dates only; line 1 is ``forum:``, 2 ``meetings:``, 3 the first meeting."""
    return findings("meeting_host", options, ORG, plan="forum: ssu\nmeetings:\n" + meetings)


ALTERNATING = """\
  - {date: 2024-02-29, host_side: kommune}
  - {date: 2024-05-30, host: hf}
  - {date: 2024-10-03, host: lyngvik}
  - {date: 2024-12-05, host: hf}
"""


def test_every_meeting_names_a_host_by_default() -> None:
    assert host(ALTERNATING) == []
    assert host(ALTERNATING.replace(", host: lyngvik", "")) == [("no-host:2024-10-03:2", 5)]
    assert host(ALTERNATING.replace(", host: lyngvik", ""), required=False) == []


def test_sides_parties_and_party_types_allowed() -> None:
    assert host(ALTERNATING, sides=["kommune", "sykehus"]) == []
    assert host(ALTERNATING, sides=["kommune"]) == [("side:2024-05-30:1", 4), ("side:2024-12-05:3", 6)]
    # a host named by its side names no party: it is not one of the parties allowed
    assert host(ALTERNATING, parties=["hf", "lyngvik"]) == [("party:2024-02-29:0", 3)]
    assert host(ALTERNATING, party_types=["helseforetak"]) == [
        ("party-type:2024-02-29:0", 3),
        ("party-type:2024-10-03:2", 5),
    ]


def test_alternation_is_in_date_order_whatever_the_order_written() -> None:
    shuffled = """\
  - {date: 2024-10-03, host: lyngvik}
  - {date: 2024-02-29, host_side: kommune}
  - {date: 2024-12-05, host: hf}
  - {date: 2024-05-30, host: hf}
"""
    assert host(shuffled, alternate="side") == []
    # by party: Lyngvik after «kommune» as a side is a change of host, so it alternates too
    assert host(shuffled, alternate="party") == []
    twice = shuffled.replace("host: lyngvik", "host: hf")
    assert host(twice, alternate="side") == [("repeat:2024-10-03:0", 3), ("repeat:2024-12-05:2", 5)]


def test_alternation_by_party_sees_two_municipalities_as_two_hosts() -> None:
    two = "  - {date: 2024-02-29, host: lyngvik}\n  - {date: 2024-05-30, host: storli}\n"
    assert host(two, alternate="party") == []
    assert host(two, alternate="side") == [("repeat:2024-05-30:1", 4)]


def test_kind_narrows_the_meetings_looked_at() -> None:
    kinds = """\
  - {date: 2024-02-29, kind: politisk, host: lyngvik}
  - {date: 2024-03-14, kind: administrativt, host: hf}
  - {date: 2024-09-12, kind: politisk, host: hf}
  - {date: 2024-10-03, kind: administrativt, host: hf}
"""
    assert host(kinds, alternate="side", kind=["politisk"]) == []
    assert host(kinds, alternate="side", kind=["administrativt"]) == [("repeat:2024-10-03:3", 6)]
    assert host(kinds, alternate="side") == [("repeat:2024-09-12:2", 5), ("repeat:2024-10-03:3", 6)]


def test_min_per_year_each_side() -> None:
    assert host(ALTERNATING, min_per_year=2) == []
    one_each = ALTERNATING.replace("  - {date: 2024-12-05, host: hf}\n", "")
    assert host(one_each, min_per_year=2) == [("year:2024:sykehus", 2)]
    # `sides` is also the sides allowed: the hospital's meeting is then reported, not counted short
    assert host(one_each, min_per_year=1, sides=["kommune"]) == [("side:2024-05-30:1", 4)]


# --- the rules on who chairs, on a plan of dates only -------------------------------------------

DATES_ONLY = "forum: ssu\nmeetings:\n  - {date: 2024-02-29}\n"


@pytest.mark.parametrize(
    ("function", "options"),
    [
        ("chair", {"side": ["kommune"]}),
        ("chair_alternation", {}),
        ("chair_periods", {}),
        ("chair_term", {"years": 2}),
        ("deputy_chair", {}),
    ],
)
def test_a_chair_rule_reports_a_plan_without_chair_periods(function: str, options: dict[str, Any]) -> None:
    assert findings(function, options, ORG, plan=DATES_ONLY) == [("no-chairs", 1)]  # at `forum:`
    assert findings(function, options, ORG, plan=DATES_ONLY + "chairs: []\n") == [("no-chairs", 4)]  # at `chairs:`


def test_meeting_frequency_on_a_plan_without_meetings_or_chairs() -> None:
    assert findings("meeting_frequency", {"min_per_year": 1}, ORG, plan="forum: ssu\n") == [("no-span", 1)]
    assert findings("meeting_frequency", {"max_per_year": 1}, ORG, plan="forum: ssu\n") == []
    # dates only: the calendar years from the first meeting's to the last's; 2025 has none
    two_years = "forum: ssu\nmeetings:\n  - {date: 2024-05-23}\n  - {date: 2026-05-20}\n"
    assert findings("meeting_frequency", {"min_per_year": 1, "year": "plan"}, ORG, plan=two_years) == [("year:2025", 2)]
