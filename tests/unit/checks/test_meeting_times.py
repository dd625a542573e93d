"""A meeting's time of day (``start``, ``end``) as rules read it: an expression sees both, as
``"HH:MM"`` or null, and they compare as strings."""

from __future__ import annotations

import json

from hf_rules.documents.model import Meeting, minutes_of
from hf_rules.engine.compare import meeting_text, time_text
from tests.unit.checks.support import findings

ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
fora:
  ssu: {name: SSU, type: strategisk-samarbeidsutvalg}
"""
PLAN = """\
forum: ssu
meetings:
  - {date: 2026-02-10, start: 09:00, end: 11:30}
  - {date: 2026-05-12, start: 13:00}
  - {date: 2026-09-15}
"""


def test_an_expression_sees_start_and_end_for_each_meeting() -> None:
    before_noon = {"for_each": "meetings", "expression": 'meeting.start != null && meeting.start < "12:00"'}
    assert findings("expression", before_noon, ORG, plan=PLAN, kind="meeting_plan") == [
        ("meetings:2026-05-12:1", 4),
        ("meetings:2026-09-15:2", 5),
    ]
    ends = {"for_each": "meetings", "expression": "meeting.end == null || meeting.end > meeting.start"}
    assert findings("expression", ends, ORG, plan=PLAN, kind="meeting_plan") == []
    over = {"expression": 'plan.meetings.exists(m, m.end == "11:30")'}
    assert findings("expression", over, ORG, plan=PLAN, kind="meeting_plan") == []


def test_times_as_minutes_and_as_text() -> None:
    assert (minutes_of("00:00"), minutes_of("08:30"), minutes_of("23:59")) == (0, 510, 1439)
    meeting = Meeting.model_validate_json(
        json.dumps({"date": "2026-02-10", "start": "09:00", "end": "11:30", "kind": "politisk"})
    )
    assert (time_text(meeting), meeting_text(meeting)) == ("09:00–11:30", "2026-02-10 09:00–11:30 politisk")
    start_only = Meeting.model_validate_json(json.dumps({"date": "2026-02-10", "start": "09:00"}))
    assert (time_text(start_only), meeting_text(start_only)) == ("09:00", "2026-02-10 09:00")
    assert time_text(Meeting.model_validate_json(json.dumps({"date": "2026-02-10"}))) == ""
