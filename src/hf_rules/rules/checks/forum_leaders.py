"""A forum's own leader and deputy leader, by seat: one of each, from the sides the agreement says.

Applied to the fora the rule's ``applies_to`` selects. The leader's seat is the one the ``leader``
selector picks (default ``{position: [leder]}``, the seat giving ``position: leder``), the deputy
leader's the one ``deputy`` picks (default ``{position: [nestleder]}``); either may be any seat
selector (see *Seat selectors*: ``role``, ``party_type``, ``side``, …). Each must pick exactly one
seat: none or two leaders is a finding. With ``different_sides`` (default true) the two seats are
of different sides ("the LSU's leader and deputy leader come from different sides"); a seat's side
is its party's, or for a GP, user or employee seat its own ``side`` (a seat that gives none is on
the same side as no other). "The leader is from the municipalities" is ``leader: {position:
[leder], side: [kommune]}``: a leader's seat of the hospital is then no leader's seat, and the
forum has 0; beside a municipal leader's seat it is a second leader still (co-leaders from both
sides), and the forum has 2. Where the agreement names a leader and no deputy leader («KOSS ledes av
rådmannen i Arendal»), ``deputy: false`` asks for the leader only; where it names a deputy
leader and no leader («Nestleiar i Partnarskapsmøte»), ``leader: false`` asks for the deputy
leader only. Both ``false`` asks for nothing: the pack is refused when it loads.

Which seats count: the member seats (``group``, default ``members``), GP, user and employee seats
among them; observer seats only with ``group: observers`` or ``all``. Parts of a party (a unit of
the trust) are seats like any other. The chair of a meeting plan's chair periods (``chair``,
``chair_alternation``) is not read: this check reads the organisation's seats. A secretariat's
leaders are the ``secretariat`` check's ``leaders``, with the same options and the same counting.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import phrase
from hf_rules.rules.checks.base import Example, LocalText, Subject, Violation
from hf_rules.rules.checks.leaders import leader_problems, leaders_option_problems, leaders_properties
from hf_rules.rules.checks.seats import GROUP_OPTION, seats_of
from hf_rules.yaml.loader import Document, Path_

NAME = "forum_leaders"
SUBJECTS = frozenset({"forum"})
PARAMS: dict[str, str] = {
    "problem": "What is wrong, as a clause: `has 0 seats that fit the leader; requires exactly 1`, "
    "`the leader and the deputy leader are both of side kommune`.",
    "found": "How many seats fit the leader's (or the deputy leader's) selector; empty when the two are of one side.",
    "side": "The side both the leader and the deputy leader are of; empty otherwise.",
}
_PROPERTIES = leaders_properties(
    "Which seat is the forum's leader's (a seat selector).", "Which seat is the forum's deputy leader's."
)
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "leader": {**_PROPERTIES["leader"], "default": {"position": ["leder"]}},
        "deputy": {**_PROPERTIES["deputy"], "default": {"position": ["nestleder"]}},
        "different_sides": _PROPERTIES["different_sides"],
        "group": {**GROUP_OPTION, "default": "members"},
    },
    "additionalProperties": False,
}


def validate(rule: Any, doc: Document, base: Path_) -> list[InputError]:
    """``leader: false`` with ``deputy: false``: a located pack error."""
    return leaders_option_problems(rule.id, doc, base, rule.check.options)


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    seats = [(subject.at(group, i), group, seat) for group, i, seat in seats_of(forum, options["group"])]
    first_group = "observers" if options["group"] == "observers" else "members"
    for found in leader_problems(subject, seats, subject.at(first_group), options):
        if found.which == "same-side":
            same: dict[str, LocalText] = {
                "problem": phrase("forum-leaders-same-side", side=found.side),
                "found": "",
                "side": found.side,
            }
            yield Violation(found.path, found.key, same)
            continue
        problem = phrase(f"forum-{found.which}-count", found=found.found)
        params: dict[str, LocalText] = {"problem": problem, "found": str(found.found), "side": ""}
        violation = Violation(found.path, found.key, params, {"seats": found.seats})
        yield dataclasses.replace(violation, at_key=found.at_key)


_LSU = """\
parties:
  hmr: {name: Helse Møre og Romsdal HF, type: helseforetak, side: sykehus}
  molde: {name: Molde kommune, type: kommune, side: kommune}
  aukra: {name: Aukra kommune, type: kommune, side: kommune}
fora:
  lsu-molde:
    name: LSU Molde
    type: lokalt-samarbeidsutvalg
    members:
      - {party: molde, role: Kommunalsjef%s}
      - {party: %s, role: Samhandlingssjef%s}
      - {party: aukra, role: Kommunalsjef%s}
"""


def _lsu(first: str = "leder", second_party: str = "hmr", second: str = "nestleder", third: str = "") -> str:
    """The LSU with these positions (empty: none) on the seats of Molde, the second party and Aukra."""
    return _LSU % (
        f", position: {first}" if first else "",
        second_party,
        f", position: {second}" if second else "",
        f", position: {third}" if third else "",
    )


_FROM_MUNICIPALITIES = {"leader": {"position": ["leder"], "side": ["kommune"]}}
EXAMPLES = (
    Example(
        "The LSU's leader is from Molde kommune, its deputy leader from the trust", {}, _lsu(), subject="lsu-molde"
    ),
    Example(
        "The leader and the deputy leader are both from the municipalities",
        {},
        _lsu(second_party="aukra"),
        subject="lsu-molde",
        expect=("leaders-same-side:kommune",),
    ),
    Example(
        "A leader and no deputy leader, where the agreement names none (`deputy: false`)",
        {"deputy": False},
        _lsu(second=""),
        subject="lsu-molde",
    ),
    Example(
        "A deputy leader and no leader's seat, where the agreement names only the deputy (`leader: false`)",
        {"leader": False},
        _lsu(first=""),
        subject="lsu-molde",
    ),
    Example(
        "Two deputy leaders, where the agreement names only the deputy (`leader: false`)",
        {"leader": False},
        _lsu(first="nestleder"),
        subject="lsu-molde",
        expect=("deputy:2",),
    ),
    Example(
        "No deputy leader, where the agreement names one",
        {},
        _lsu(second=""),
        subject="lsu-molde",
        expect=("deputy:0",),
    ),
    Example(
        "Two seats give `position: leder`",
        {},
        _lsu(third="leder"),
        subject="lsu-molde",
        expect=("leader:2",),
    ),
    Example(
        "The leader is from the municipalities (`leader` with `side`)",
        _FROM_MUNICIPALITIES,
        _lsu(),
        subject="lsu-molde",
    ),
    Example(
        "The leader is from the municipalities: the trust's seat leads",
        _FROM_MUNICIPALITIES,
        _lsu(first="nestleder", second="leder"),
        subject="lsu-molde",
        expect=("leader:0",),
    ),
    Example(
        "No deputy leader",
        {},
        _lsu(second=""),
        subject="lsu-molde",
        expect=("deputy:0",),
    ),
)
