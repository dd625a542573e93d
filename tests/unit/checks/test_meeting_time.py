"""meeting_time: which weekdays, which weeks (ISO numbers) and which hours a plan's meetings
are held, on a forum's plan and on a secretariat's."""

from __future__ import annotations

from typing import Any

from tests.unit.checks.support import findings
from tests.unit.checks.test_bounds import problems

ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
fora:
  ssu: {name: SSU, type: strategisk-samarbeidsutvalg}
secretariat: {name: Sekretariatet, run_by: [hf]}
"""


def plan(*meetings: str, whose: str = "forum: ssu") -> str:
    return whose + "\nmeetings:\n" + "".join(f"  - {{{m}}}\n" for m in meetings)


def timed(*meetings: str, whose: str = "forum: ssu", **options: Any) -> list[tuple[str, int]]:
    return findings("meeting_time", options, ORG, plan=plan(*meetings, whose=whose))


def test_weekdays_in_english_bokmal_and_nynorsk_name_the_same_day() -> None:
    wednesday, thursday = "date: 2026-01-14", "date: 2026-01-15"
    for name in ("wednesday", "onsdag"):
        assert timed(wednesday, thursday, weekdays=[name]) == [("weekday:2026-01-15", 4)]
    assert timed("date: 2026-01-12", "date: 2026-01-13", weekdays=["måndag", "tysdag"]) == []
    assert timed("date: 2026-01-17", "date: 2026-01-18", weekdays=["laurdag", "sundag"]) == []
    assert timed("date: 2026-01-17", "date: 2026-01-18", weekdays=["lørdag"]) == [("weekday:2026-01-18", 4)]


def test_weeks_are_iso_week_numbers_across_the_new_year() -> None:
    """1 January 2027 is a Friday of ISO week 53 of 2026 (odd); 4 January 2027 is in week 1 (odd);
    11 January 2027 in week 2 (even)."""
    days = ("date: 2027-01-01", "date: 2027-01-04", "date: 2027-01-11")
    assert timed(*days, weeks="odd") == [("week:2027-01-11", 5)]
    assert timed(*days, weeks="even") == [("week:2027-01-01", 3), ("week:2027-01-04", 4)]


def test_starts_at_is_exact_and_ends_by_is_at_the_latest() -> None:
    meetings = (
        "date: 2026-01-14, start: '08:30', end: '10:45'",
        "date: 2026-01-28, start: '08:00', end: '11:00'",
        "date: 2026-02-11, start: '08:30', end: '11:15'",
    )
    found = timed(*meetings, starts_at="08:30", ends_by="11:00")
    assert found == [("start:2026-01-28", 4), ("end:2026-02-11", 5)]


def test_a_meeting_without_the_time_asked_for_cannot_be_checked() -> None:
    assert timed("date: 2026-01-14", starts_at="08:30") == [("untimed-start:2026-01-14", 3)]
    assert timed("date: 2026-01-14, start: '08:30'", ends_by="11:00") == [("untimed-end:2026-01-14", 3)]
    assert timed("date: 2026-01-14", weekdays=["onsdag"]) == []  # the day is in the date
    # neither a start nor an end, where both are asked for: one finding, not two
    assert timed("date: 2026-01-14", starts_at="08:30", ends_by="11:00") == [("untimed-both:2026-01-14", 3)]


def test_kind_narrows_the_meetings_looked_at() -> None:
    meetings = ("date: 2026-01-15, kind: politisk", "date: 2026-01-16, kind: administrativt")
    assert timed(*meetings, weekdays=["torsdag"], kind=["politisk"]) == []
    assert timed(*meetings, weekdays=["torsdag"]) == [("weekday:2026-01-16", 4)]


def test_a_secretariats_plan_is_read_as_a_forums() -> None:
    joint, own = "secretariat: secretariat", "secretariat: ssu"
    assert timed("date: 2026-01-15", whose=joint, weekdays=["onsdag"]) == [("weekday:2026-01-15", 3)]
    document = ORG.replace("type: strategisk-samarbeidsutvalg}", "type: strategisk-samarbeidsutvalg, secretariat: {}}")
    found = findings("meeting_time", {"weeks": "odd"}, document, plan=plan("date: 2026-01-15", whose=own))
    assert found == []


def test_ends_by_not_after_starts_at_is_refused_at_ends_by() -> None:
    [(line, column, nb, en)] = problems("meeting_time", "  starts_at: '11:00'\n  ends_by: '08:30'\n")
    assert (line, column) == (3, 12)
    assert en == "rule R1: `ends_by` (08:30) is not after `starts_at` (11:00); no meeting can meet both"
    assert nb == "regel R1: `ends_by` (08:30) er ikke etter `starts_at` (11:00); ingen møte kan oppfylle begge"
    assert problems("meeting_time", "  starts_at: '08:30'\n  ends_by: '11:00'\n") == []
