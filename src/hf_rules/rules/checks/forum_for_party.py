"""A party (e.g. each sector hospital) has its own forum of a type (its lokalt samarbeidsutvalg).

A forum is the party's when its ``sector`` is the party; with ``topic``, only fora with that
``topic`` count (the OUS sector's samarbeidsforum for ``somatikk``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import COUNT_BOUNDS, STRINGS, LocalText, Subject, Violation, count_requirement

NAME = "forum_for_party"
SUBJECTS = frozenset({"party"})
PARAMS = frozenset({"forum_type", "found", "requirement", "topic"})
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "type": STRINGS,
        "topic": {"type": "string", "minLength": 1, "description": "Only fora with this `topic` count."},
        **COUNT_BOUNDS,
    },
    "required": ["type"],
    "additionalProperties": False,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    topic = options.get("topic")
    fora = [
        fid
        for fid, f in subject.org.fora_of_type(options["type"])
        if f.sector == subject.id and (topic is None or f.topic == topic)
    ]
    minimum, maximum = options.get("min", 1), options.get("max")
    params: dict[str, LocalText] = {
        "forum_type": ", ".join(options["type"]),
        "found": str(len(fora)),
        "requirement": count_requirement(minimum, maximum),
        "topic": topic or "-",
    }
    evidence = {"type": options["type"], "fora_with_this_sector": fora, **({"topic": topic} if topic else {})}
    if len(fora) < minimum:
        yield Violation(subject.base, "too-few", params, evidence, at_key=True)
    if maximum is not None and len(fora) > maximum:
        yield Violation(("fora", fora[maximum]), "too-many", params, evidence, at_key=True)
