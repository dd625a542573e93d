"""A body's leader and deputy leader, by seat: shared by ``secretariat``'s ``leaders`` and ``forum_leaders``.

The options are two seat selectors, ``leader`` and ``deputy`` (usually ``{position: [leder]}``
and ``{position: [nestleder]}``), and ``different_sides``. Each selector must match exactly one of
the seats looked at; with ``different_sides`` the two seats, where each was found once, are of
different sides (a seat's side: its own ``side``, else its party's; a seat whose side is not known,
a GP, user or employee seat without ``side``, is on the same side as no other).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import Message
from hf_rules.documents.model import Seat
from hf_rules.rules.checks.base import Subject
from hf_rules.rules.checks.seats import SEAT_FILTER, seat_matches, seat_side, seat_text
from hf_rules.yaml.loader import Document, Path_


def leaders_properties(leader: str, deputy: str) -> dict[str, Any]:
    """The schema of ``leader``, ``deputy`` and ``different_sides``; ``leader`` and ``deputy``
    describe which seat is the leader's and the deputy leader's (in the caller's words)."""
    return {
        "leader": {
            "oneOf": [SEAT_FILTER, {"const": False}],
            "description": leader + " `false`: the agreement names only the deputy leader («Nestleiar i "
            "Partnarskapsmøte»), and no leader is asked for (not together with `deputy: false`).",
        },
        "deputy": {
            "oneOf": [SEAT_FILTER, {"const": False}],
            "description": deputy + " `false`: the agreement names no deputy leader, and none is asked for.",
        },
        "different_sides": {
            "type": "boolean",
            "default": True,
            "description": "The leader and the deputy leader are of different sides.",
        },
    }


def leaders_option_problems(rule_id: str, doc: Document, base: Path_, options: Any) -> list[InputError]:
    """``leader: false`` together with ``deputy: false`` (``options`` at ``base`` in the pack): a
    rule that asks for no seat at all, a located pack error at ``leader``."""
    if isinstance(options, dict) and options.get("leader") is False and options.get("deputy") is False:
        return [InputError(doc.location((*base, "leader")), Message("err-leaders-both-false", rule=rule_id))]
    return []


@dataclass
class LeaderProblem:
    """What is wrong with the leaders: ``which`` is ``leader`` or ``deputy`` (``found`` seats match
    its selector, not exactly one) or ``same-side`` (both of ``side``); ``path`` is where it points."""

    which: str
    path: Path_
    found: int = 0
    side: str = ""
    seats: list[str] = field(default_factory=list)
    at_key: bool = False

    @property
    def key(self) -> str:
        """The violation key: ``leader:0``, ``deputy:2``, ``leaders-same-side:kommune``."""
        return f"leaders-same-side:{self.side}" if self.which == "same-side" else f"{self.which}:{self.found}"


def leader_problems(
    subject: Subject, seats: Sequence[tuple[Path_, str, Seat]], none_at: Path_, options: dict[str, Any]
) -> Iterator[LeaderProblem]:
    """The problems of ``seats`` (``(path, group, seat)``, the seats looked at, in document order)
    against ``options``; ``none_at`` is where a missing leader points when no seat matches (the
    seat list, or the body when it has no seats, then at its key)."""
    held: dict[str, tuple[Path_, Seat]] = {}
    for which in ("leader", "deputy"):
        if options.get(which) is False:  # «KOSS ledes av …», «Nestleiar i …»: only the other asked for
            continue
        matching = [(path, seat) for path, group, seat in seats if seat_matches(subject, seat, options[which], group)]
        wanted = options[which]
        if isinstance(wanted, dict) and "position" in wanted and len(wanted) > 1 and len(matching) <= 1:
            # a second leader the rest of the selector leaves out is a leader still: co-leaders
            # from both sides break «the leader is from the trust» (round 20 Finnmark)
            holding = [
                (path, seat)
                for path, group, seat in seats
                if seat_matches(subject, seat, {"position": wanted["position"]}, group)
            ]
            if len(holding) > 1:
                matching = holding
        if len(matching) == 1:
            held[which] = matching[0]
            continue
        yield LeaderProblem(
            which,
            matching[1][0] if len(matching) > 1 else none_at,
            found=len(matching),
            seats=[seat_text(subject.org, s) for _, s in matching],
            at_key=not matching and not seats,
        )
    if options["different_sides"] and len(held) == 2:
        side = seat_side(subject.org, held["leader"][1])
        if side is not None and side == seat_side(subject.org, held["deputy"][1]):
            yield LeaderProblem("same-side", held["deputy"][0], side=side)
