"""A forum is represented in another: "each FSU is represented in the SSU by its leader, as an
observer with speaking rights, and its deputy leader as the observer's deputy"; "the leader and
deputy leader of every LSU sit in the SSU"; "at least one from each side of the SSU also sits in
the professional council".

The rule applies to the represented forum (select it with ``applies_to``, e.g. every forum of a
type). ``by`` picks its representatives: the seats of this forum that the selector picks (see
*Seat selectors*), e.g. ``{role: [Leder]}``; there must be at least one. In every forum ``in``
names (by ``type`` or ``id``), each representative holds a seat among the members, the observers
or either (``group``, default either) — or, with ``at_least``, at least that many of them do —
and each such seat meets ``must`` (e.g. ``{speaking_rights: true}``). With ``deputy_by``, the
person of a seat that selector picks in this forum is that seat's ``deputy``.

The same holder: when both seats name a ``person``, the person; otherwise the party.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.core.i18n import phrase
from hf_rules.documents.model import Seat
from hf_rules.rules.checks.base import STRINGS, Example, LocalText, Subject, Violation
from hf_rules.rules.checks.seats import GROUP_OPTION, SEAT_FILTER, seat_matches, seat_text, seats_of

NAME = "cross_forum"
SUBJECTS = frozenset({"forum"})
PARAMS = frozenset({"target", "target_name", "seat", "problem"})
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "by": {**SEAT_FILTER, "description": "The seat of this forum whose holder represents it."},
        "in": {
            "type": "object",
            "description": "The fora it is represented in: by forum `type` or `id`.",
            "properties": {"type": STRINGS, "id": STRINGS},
            "additionalProperties": False,
            "minProperties": 1,
        },
        "group": {**GROUP_OPTION, "default": "all"},
        "must": {**SEAT_FILTER, "default": {}, "description": "What the seat in the other forum must meet."},
        "deputy_by": {**SEAT_FILTER, "description": "The seat of this forum whose holder is that seat's deputy."},
        "at_least": {
            "type": "integer",
            "minimum": 1,
            "description": "At least this many of the seats `by` picks hold a seat there (left out: every one).",
        },
    },
    "required": ["by", "in"],
    "additionalProperties": False,
}


def _same_holder(here: Seat, there: Seat) -> bool:
    if here.person is not None and there.person is not None:
        return here.person == there.person
    return here.party is not None and here.party == there.party


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    org = subject.org
    wanted = options["in"]
    targets = [
        (fid, f)
        for fid, f in org.model.fora.items()
        if fid != subject.id
        and ("type" not in wanted or f.type in wanted["type"])
        and ("id" not in wanted or fid in wanted["id"])
    ]
    if not targets:
        return  # the other forum is missing: forum_count reports that
    own = [(g, i, s) for g, i, s in seats_of(forum, "all") if seat_matches(subject, s, options["by"])]
    if not own:
        params: dict[str, LocalText] = {
            "target": ", ".join(fid for fid, _ in targets),
            "target_name": ", ".join(f.name for _, f in targets),
            "seat": "-",
            "problem": phrase("cross-no-representative"),
        }
        yield Violation(subject.at("members"), "no-representative", params, {"by": options["by"]})
        return
    deputies = (
        [s for _, _, s in seats_of(forum, "all") if seat_matches(subject, s, options["deputy_by"])]
        if "deputy_by" in options
        else []
    )
    for fid, _ in targets:
        yield from _in_target(subject, options, fid, [s for _, _, s in own], deputies)


def _in_target(
    subject: Subject, options: dict[str, Any], fid: str, representatives: list[Seat], deputies: list[Seat]
) -> Iterator[Violation]:
    org = subject.org
    target = org.model.fora[fid]
    target_subject = Subject("forum", fid, target.name, org, subject.doc, ("fora", fid), forum=target)
    missing: list[Violation] = []
    present = 0
    for representative in representatives:
        who = f"{fid}:{representative.party or representative.represents}:{representative.role or ''}"
        found = [(g, i, s) for g, i, s in seats_of(target, options["group"]) if _same_holder(representative, s)]
        params: dict[str, LocalText] = {
            "target": fid,
            "target_name": target.name,
            "seat": seat_text(org, representative),
        }
        evidence: dict[str, Any] = {"representative": seat_text(org, representative), "person": representative.person}
        if not found:
            where = ("fora", fid, options["group"] if options["group"] != "all" else "observers")
            problem = phrase("cross-absent", target=target.name)
            missing.append(Violation(where, f"absent:{who}", {**params, "problem": problem}, evidence))
            continue
        present += 1
        group, index, seat = found[0]
        if not seat_matches(target_subject, seat, options["must"]):
            problem = phrase("cross-must", target=target.name)
            yield Violation(("fora", fid, group, index), f"must:{who}", {**params, "problem": problem}, evidence)
        if "deputy_by" in options:
            expected = [d.person for d in deputies if d.person is not None]
            if seat.deputy is None or seat.deputy not in expected:
                problem = phrase("cross-deputy", target=target.name)
                evidence = {**evidence, "deputy": seat.deputy, "expected_deputy": expected}
                yield Violation(("fora", fid, group, index), f"deputy:{who}", {**params, "problem": problem}, evidence)
    at_least = options.get("at_least")
    if at_least is None:
        yield from missing
    elif present < at_least:
        problem = phrase("cross-too-few", target=target.name, n=at_least)
        params = {"target": fid, "target_name": target.name, "seat": "-", "problem": problem}
        where = ("fora", fid, options["group"] if options["group"] != "all" else "members")
        yield Violation(where, f"too-few:{fid}", params, {"represented": present, "at_least": at_least})


_ORG = """\
parties:
  hf: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Administrerende direktør}
    observers:
      - {party: lyngvik, role: Leder av FSU eldre, person: Kari Holm, speaking_rights: true, deputy: %s}
  fsu-eldre:
    name: Faglig samarbeidsutvalg eldre
    type: samarbeidsforum
    members:
      - {party: lyngvik, role: Leder, person: Kari Holm}
      - {party: hf, role: Nestleder, person: Ola Dahl}
"""
_OPTIONS = {
    "by": {"role": ["Leder"]},
    "in": {"type": ["strategisk-samarbeidsutvalg"]},
    "group": "observers",
    "must": {"speaking_rights": True},
    "deputy_by": {"role": ["Nestleder"]},
}
EXAMPLES = (
    Example(
        "The FSU's leader observes in the SSU with speaking rights; the deputy leader is her deputy",
        _OPTIONS,
        _ORG % "Ola Dahl",
        subject="fsu-eldre",
    ),
    Example(
        "Someone else is the observer's deputy",
        _OPTIONS,
        _ORG % "Per Hansen",
        subject="fsu-eldre",
        expect=("deputy:ssu:lyngvik:Leder",),
    ),
)
