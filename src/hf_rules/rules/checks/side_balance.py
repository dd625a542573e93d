"""Seats per side (kommune, sykehus) and parity between the sides.

A party seat counts for its party's side. A GP, user or employee seat counts only when it gives
its own ``side`` (a user representative from the municipalities); otherwise it is left out.
Member seats with a vote count; observer seats, and member seats without a vote (``voting:
false``, møte- og talerett only), count too with ``include_observers`` — the balance is of those
who decide, so a member without a vote weighs as an observer does; ``count: members`` counts
every member seat, with a vote or not, where the text counts people («likt antall
representanter») rather than votes. An invited observer
(``invited: true``, a guest) never counts. ``max_difference`` compares the kommune and sykehus
counts. ``where`` (a seat selector) narrows the seats weighed.

On the organisation, the balance is of several fora together: ``fora`` picks them (forum
criteria: ``type``, ``topic``, ``priority_groups`` …) and ``per: topic`` counts the fora of each
``topic`` together ("equal numbers from the trust and the municipalities within each subject
area", where a subject area has a fagråd and a working group; topics compared case, spacing,
hyphens and underscores aside, «Psykisk helse og rus» is ``psykisk-helse-og-rus``): a finding per topic, at its first
forum; a forum without a topic is a group of its own."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import Message
from hf_rules.documents.model import Forum
from hf_rules.rules.checks.base import COUNT_BOUNDS, Example, Subject, Violation, count_requirement, each_bound_problems
from hf_rules.rules.checks.fora import FORUM_CRITERIA, fora_where, topic_key
from hf_rules.rules.checks.seats import SEAT_FILTER, seat_matches, seat_side, seats_of, votes
from hf_rules.rules.checks.words import words
from hf_rules.yaml.loader import Document, Path_

NAME = "side_balance"
SUBJECTS = frozenset({"forum", "organisation"})
PARAMS: dict[str, str] = {
    "side": "The side the finding is about; `kommune/sykehus` for parity.",
    "found": "Its number of seats (for parity: the difference).",
    "requirement": "The bound in words: `at least 1`, `at most 0`, ….",
    "counts": "The seats of every side: `kommune 6, sykehus 4, uavhengig 0`.",
    "fora": "On the organisation: the fora counted together (names); on a forum: its name.",
    "topic": "The topic of the fora counted together (with `per: topic`), else of the forum; `-` when it has none.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "sides": {
            "type": "object",
            "default": {},
            "propertyNames": {"enum": ["kommune", "sykehus", "uavhengig"]},
            "additionalProperties": {
                "type": "object",
                "properties": COUNT_BOUNDS,
                "additionalProperties": False,
                "minProperties": 1,
            },
        },
        "max_difference": {
            "type": "integer",
            "minimum": 0,
            "description": "Largest allowed difference between kommune and sykehus seats (0: parity).",
        },
        "include_observers": {"type": "boolean", "default": False},
        "where": {
            **SEAT_FILTER,
            "default": {},
            "description": "Only the seats this selector picks are weighed («likt antall … i tillegg til "
            "fastleger og brukere»: `not: {represents: [fastlege, bruker]}`); left out: every seat.",
        },
        "count": {
            "enum": ["votes", "members"],
            "default": "votes",
            "description": "What is balanced: the members with a vote (`votes`), or every member, with a vote "
            "or not (`members`: «likt antall representanter», people rather than votes).",
        },
        "fora": {
            "type": "object",
            "description": "On the organisation: the fora counted together, by forum criteria (`type`, `topic`, "
            "`priority_groups`, …).",
            "properties": {"type": words("forum_types", "Forum types."), **FORUM_CRITERIA},
            "additionalProperties": False,
            "minProperties": 1,
        },
        "per": {
            "enum": ["topic"],
            "description": "On the organisation: count the fora of each `topic` together (left out: all of them "
            "as one).",
        },
    },
    "additionalProperties": False,
    "minProperties": 1,
}


def validate(rule: Any, doc: Document, base: Path_) -> list[InputError]:
    """For a side, ``min`` above ``max``; ``fora`` or ``per`` on a forum rule, or an organisation
    rule without ``fora``: located pack errors."""
    problems = each_bound_problems(rule.id, doc, base, rule.check.options, "sides")
    options = rule.check.options
    on_organisation = rule.applies_to.kind == "organisation"
    for key in ("fora", "per"):
        if key in options and not on_organisation:
            where = doc.location(base + (key,), key=True)
            problems.append(InputError(where, Message("err-balance-fora-on-forum", rule=rule.id, key=key)))
    if on_organisation and "fora" not in options:
        problems.append(InputError(doc.location(base), Message("err-balance-needs-fora", rule=rule.id)))
    return problems


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    if subject.forum is None:  # the organisation: several fora counted together
        yield from _across(subject, options)
        return
    yield from _balance(subject, options, [(subject.id, subject.forum)], subject.at("members"), "")


def _across(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    wanted = options["fora"]
    fora = fora_where(subject.org, wanted.get("type"), wanted, subject.as_of)
    groups: dict[str, list[tuple[str, Forum]]] = {}
    for fid, forum in fora:  # topics compared as everywhere fora are picked by topic (topic_key)
        key = (topic_key(forum.topic) if forum.topic else f"\0{fid}") if options.get("per") == "topic" else ""
        groups.setdefault(key, []).append((fid, forum))
    for key, group in groups.items():
        topic = "" if key.startswith("\0") or not key else group[0][1].topic or ""
        yield from _balance(subject, options, group, ("fora", group[0][0]), topic)


def _balance(
    subject: Subject, options: dict[str, Any], fora: list[tuple[str, Forum]], where: Path_, topic: str
) -> Iterator[Violation]:
    org = subject.org
    seats = [
        (g, i, s)
        for fid, forum in fora
        for g, i, s in seats_of(forum, "all")
        if (
            (options["include_observers"] and not s.invited)
            or votes(s, g)
            or (options["count"] == "members" and g == "members")
        )
        and (
            not options["where"]
            or seat_matches(
                Subject("forum", fid, forum.name, org, subject.doc, ("fora", fid), forum=forum), s, options["where"], g
            )
        )
    ]
    counts = Counter(side for _, _, s in seats if (side := seat_side(subject.org, s)) is not None)
    counts_text = ", ".join(f"{side} {counts.get(side, 0)}" for side in ("kommune", "sykehus", "uavhengig"))
    evidence: dict[str, Any] = {"seats_per_side": dict(counts)}
    if subject.forum is None:
        evidence["fora"] = [fid for fid, _ in fora]
    named = {"fora": ", ".join(f.name for _, f in fora), "topic": topic or fora[0][1].topic or "-"}
    for side, bounds in options["sides"].items():
        found = counts.get(side, 0)
        minimum, maximum = bounds.get("min"), bounds.get("max")
        if (minimum is not None and found < minimum) or (maximum is not None and found > maximum):
            yield Violation(
                where,
                f"side:{side}" + (f":{topic}" if topic else ""),
                {
                    **named,
                    "side": side,
                    "found": str(found),
                    "requirement": count_requirement(minimum, maximum),
                    "counts": counts_text,
                },
                evidence,
            )
    if "max_difference" in options:
        difference = abs(counts.get("kommune", 0) - counts.get("sykehus", 0))
        if difference > options["max_difference"]:
            yield Violation(
                where,
                "parity" + (f":{topic}" if topic else ""),
                {
                    **named,
                    "side": "kommune/sykehus",
                    "found": str(difference),
                    "requirement": count_requirement(None, options["max_difference"]),
                    "counts": counts_text,
                },
                evidence,
            )


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
  oslo: {name: Oslo kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: ous, role: Direktør}
      - {party: oslo, role: Byrådsleder}
      - {represents: bruker, side: %s, role: Brukerrepresentant}
"""
_AREAS = """\
parties:
  hf: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
  havbo: {name: Havbo kommune, type: kommune, side: kommune}
fora:
  fagrad-rus:
    name: Fagråd rus
    type: samarbeidsforum
    topic: rus
    members:
      - {party: hf, role: Overlege}
      - {party: hf, role: Seksjonsleder}
      - {party: hf, role: Avdelingssjef}
      - {party: lyngvik, role: Kommunalsjef}
  arbeidsgruppe-rus:
    name: Arbeidsgruppe rus
    type: arbeidsgruppe
    topic: rus
    members:
      - {party: hf, role: Rådgiver}
      - {party: lyngvik, role: Rådgiver}
      - {party: havbo, role: Rådgiver}
      - {represents: bruker, side: %s, role: Brukerrepresentant}
"""
EXAMPLES = (
    Example("A user representative from the hospital side keeps parity", {"max_difference": 1}, _ORG % "sykehus"),
    Example(
        "Two seats to one when the user representative comes from the municipalities",
        {"max_difference": 0},
        _ORG % "kommune",
        expect=("parity",),
    ),
    Example(
        "Within each subject area: the fagråd (3 from the trust, 1 municipality) and the working group of the "
        "same topic (1 and 3) are four and four together",
        {"fora": {"topic": ["rus", "eldre"]}, "per": "topic", "max_difference": 0},
        _AREAS % "kommune",
        kind="organisation",
    ),
    Example(
        "Within each subject area: with the user representative from the trust's side, «rus» is five to three",
        {"fora": {"topic": ["rus", "eldre"]}, "per": "topic", "max_difference": 0},
        _AREAS % "sykehus",
        kind="organisation",
        expect=("parity:rus",),
    ),
    Example(
        "The working group writes its topic «Rus»: the same subject area, case aside",
        {"fora": {"topic": ["rus", "eldre"]}, "per": "topic", "max_difference": 0},
        _AREAS.replace("    type: arbeidsgruppe\n    topic: rus", "    type: arbeidsgruppe\n    topic: Rus")
        % "kommune",
        kind="organisation",
    ),
    Example(
        "«Psykisk helse og rus» and `psykisk-helse-og-rus` are one subject area (hyphens and underscores aside)",
        {"fora": {"type": ["samarbeidsforum", "arbeidsgruppe"]}, "per": "topic", "max_difference": 0},
        _AREAS.replace(
            "    type: samarbeidsforum\n    topic: rus", "    type: samarbeidsforum\n    topic: Psykisk helse og rus"
        ).replace("    type: arbeidsgruppe\n    topic: rus", "    type: arbeidsgruppe\n    topic: psykisk-helse-og-rus")
        % "kommune",
        kind="organisation",
    ),
)
