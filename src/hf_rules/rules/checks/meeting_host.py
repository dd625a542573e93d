"""Who hosts a plan's meetings (arrangør, vertskap): that every meeting names a host, that the
host is one allowed, that hosting alternates, and how many meetings each side hosts a year.

A meeting's host is its ``host`` (a party) or its ``host_side`` (a side as a whole: ``kommune``
for «Kommunane», ``sykehus`` for the hospital). The host's side is ``host_side``, or the side of
the ``host`` party. The meetings are taken in date order, however the plan lists them; with
``kind``, only meetings of those kinds are looked at (write one rule per kind where each kind
alternates on its own). Each option given is checked on its own:

- ``required`` (the default): every meeting names a host; a meeting without one is reported at
  the meeting, and is left out of the other options;
- ``sides``: the host's side is one of these;
- ``parties`` / ``party_types``: the host is one of these parties, or a party of one of these
  types; a host named only by its side (``host_side``) is reported, since it names no party;
- ``alternate``: ``side`` — from one hosted meeting to the next the host's side changes (the
  municipalities, then the hospital, then the municipalities...); ``party`` — the host changes
  (a party, or a side named as host, differs from the one before). The first meeting may be
  hosted by either. A meeting whose host repeats the previous one's is reported at its ``host``;
- ``min_per_year``: each side of ``sides`` (kommune and sykehus when ``sides`` is not given)
  hosts at least this many meetings in each calendar year the plan has meetings in (of the
  kinds); a side that hosts too few is reported at ``meetings``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from hf_rules.core.i18n import phrase
from hf_rules.documents.model import Meeting
from hf_rules.rules.checks.base import STRINGS, Example, LocalText, Subject, Violation
from hf_rules.rules.checks.plan_helpers import ordered_meetings
from hf_rules.rules.checks.words import words

NAME = "meeting_host"
SUBJECTS = frozenset({"meeting_plan"})
SECRETARIAT_PLANS = "read as a forum's plan is (the hosting party or side of each meeting)."
PARAMS: dict[str, str] = {
    "date": "The meeting's date (for `min_per_year`: the year).",
    "host_name": "Who hosts: the host party's name, or the side named as host (`-` when the meeting names no host).",
    "problem": "What is wrong: no host, a host not allowed (the sides or parties allowed), the same host or side as the meeting before (its date), or a side hosting too few meetings in the year.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "required": {"type": "boolean", "default": True, "description": "Every meeting names a host."},
        "sides": words("sides", "Sides the host is from (kommune, sykehus)."),
        "parties": {**STRINGS, "description": "Parties (ids) that may host."},
        "party_types": words("party_types", "Types of the parties that may host."),
        "alternate": {
            "enum": ["side", "party"],
            "description": "The host's side (or the host itself) changes from one meeting to the next, in date order.",
        },
        "min_per_year": {
            "type": "integer",
            "minimum": 1,
            "description": "Meetings each side (of `sides`) hosts in each calendar year the plan has meetings in.",
        },
        "kind": words("meeting_kinds", "Look only at meetings of these kinds (meeting `kind`)."),
    },
    "additionalProperties": False,
}


def _host(subject: Subject, meeting: Meeting) -> tuple[str | None, str | None, str]:
    """``(host id, host side, name)``: a party host's id, side and name; a side host's side twice."""
    if meeting.host is not None:
        return meeting.host, subject.org.side_of(meeting.host), subject.org.party_name(meeting.host)
    if meeting.host_side is not None:
        return meeting.host_side, meeting.host_side, meeting.host_side
    return None, None, "-"


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    org = subject.org
    kinds = options.get("kind")
    meetings = [
        (index, m) for index, m in ordered_meetings(subject.meeting_plan.meetings) if kinds is None or m.kind in kinds
    ]

    def violation(index: int, meeting: Meeting, key: str, problem: LocalText, name: str, at_host: bool) -> Violation:
        field = "host" if meeting.host is not None else "host_side"
        where = subject.at("meetings", index, field) if at_host else subject.at("meetings", index)
        evidence = {"date": meeting.date.isoformat(), "host": meeting.host, "host_side": meeting.host_side}
        params = {"date": meeting.date.isoformat(), "host_name": name, "problem": problem}
        return Violation(where, f"{key}:{meeting.date.isoformat()}:{index}", params, evidence)

    previous: tuple[str | None, Meeting] | None = None
    hosted: Counter[tuple[int, str]] = Counter()
    years: set[int] = set()
    for index, meeting in meetings:
        years.add(meeting.date.year)
        host, side, name = _host(subject, meeting)
        if host is None:
            if options["required"]:
                yield violation(index, meeting, "no-host", phrase("host-missing"), name, False)
            continue
        if "sides" in options and side not in options["sides"]:
            problem = phrase("host-wrong-side", sides=", ".join(options["sides"]))
            yield violation(index, meeting, "side", problem, name, True)
        if "parties" in options and (meeting.host is None or meeting.host not in options["parties"]):
            problem = phrase("host-not-allowed", allowed=", ".join(options["parties"]))
            yield violation(index, meeting, "party", problem, name, True)
        if "party_types" in options:
            party = org.party(meeting.host)
            if party is None or party.type not in options["party_types"]:
                problem = phrase("host-not-allowed", allowed=", ".join(options["party_types"]))
                yield violation(index, meeting, "party-type", problem, name, True)
        if side is not None:
            hosted[(meeting.date.year, side)] += 1
        if "alternate" in options:
            current = side if options["alternate"] == "side" else host
            if previous is not None and current is not None and current == previous[0]:
                which = "host-repeats-side" if options["alternate"] == "side" else "host-repeats"
                problem = phrase(which, date=previous[1].date.isoformat())
                yield violation(index, meeting, "repeat", problem, name, True)
            previous = (current, meeting)
    minimum = options.get("min_per_year")
    if minimum is None:
        return
    for year in sorted(years):
        for side in options.get("sides") or ("kommune", "sykehus"):
            found = hosted[(year, side)]
            if found < minimum:
                params = {
                    "date": str(year),
                    "host_name": side,
                    "problem": phrase("host-too-few", found=found, year=year, min=minimum),
                }
                evidence = {"year": year, "side": side, "hosted": found, "min_per_year": minimum}
                yield Violation(subject.at("meetings"), f"year:{year}:{side}", params, evidence)


_ORG = """\
parties:
  hf: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
  storli: {name: Storli kommune, type: kommune, side: kommune}
fora:
  ssu: {name: Strategisk samarbeidsutval, type: strategisk-samarbeidsutvalg}
"""
_PLAN = """\
forum: ssu
meetings:
  - {date: 2024-02-29, host_side: kommune}
  - {date: 2024-05-30, host: hf}
  - {date: 2024-10-03, %s}
  - {date: 2024-12-05, host: hf}
"""
_KINDS = """\
forum: ssu
meetings:
  - {date: 2024-02-29, kind: politisk, host: lyngvik}
  - {date: 2024-03-14, kind: administrativt, host: hf}
  - {date: 2024-09-12, kind: politisk, host: %s}
  - {date: 2024-10-03, kind: administrativt, host: hf}
"""
EXAMPLES = (
    Example(
        "Hosting alternates between the municipalities (as a whole, or one of them) and the hospital",
        {"alternate": "side", "sides": ["kommune", "sykehus"]},
        _ORG,
        plan=_PLAN % "host: lyngvik",
    ),
    Example(
        "The hospital hosts the last three meetings",
        {"alternate": "side"},
        _ORG,
        plan=_PLAN % "host: hf",
        expect=("repeat:2024-10-03:2", "repeat:2024-12-05:3"),
    ),
    Example(
        "A meeting names no host",
        {},
        _ORG,
        plan=_PLAN % "topic: Budsjett",
        expect=("no-host:2024-10-03:2",),
    ),
    Example(
        "Each side hosts at least two meetings a year",
        {"min_per_year": 2},
        _ORG,
        plan=_PLAN % "host: storli",
    ),
    Example(
        "Each side hosts at least two meetings a year; the hospital hosts one",
        {"min_per_year": 2},
        _ORG,
        plan=(_PLAN % "host: storli").replace("2024-12-05, host: hf", "2024-12-05, host: lyngvik"),
        expect=("year:2024:sykehus",),
    ),
    Example(
        "Only the municipalities host, where the hospital also does",
        {"sides": ["kommune"]},
        _ORG,
        plan=_PLAN % "host: storli",
        expect=("side:2024-05-30:1", "side:2024-12-05:3"),
    ),
    Example(
        "Only Helse Vestfjord and Lyngvik host",
        {"parties": ["hf", "lyngvik"]},
        _ORG,
        plan=(_PLAN % "host: lyngvik").replace("host_side: kommune", "host: lyngvik"),
    ),
    Example(
        "Only Helse Vestfjord and Lyngvik host, but Storli hosts in October",
        {"parties": ["hf", "lyngvik"]},
        _ORG,
        plan=(_PLAN % "host: storli").replace("host_side: kommune", "host: lyngvik"),
        expect=("party:2024-10-03:2",),
    ),
    Example(
        "The political meetings alternate; the administrative ones are not looked at",
        {"alternate": "side", "kind": ["politisk"]},
        _ORG,
        plan=_KINDS % "hf",
    ),
    Example(
        "The hospital hosts both political meetings",
        {"alternate": "side", "kind": ["politisk"]},
        _ORG,
        plan=_KINDS.replace("kind: politisk, host: lyngvik", "kind: politisk, host: hf") % "hf",
        expect=("repeat:2024-09-12:2",),
    ),
    Example(
        "Only a municipality may host: the hospital's meetings are reported, and so is the one hosted by the municipalities as a whole (it names no party)",
        {"party_types": ["kommune"], "required": False},
        _ORG,
        plan=_PLAN % "host: storli",
        expect=("party-type:2024-02-29:0", "party-type:2024-05-30:1", "party-type:2024-12-05:3"),
    ),
)
