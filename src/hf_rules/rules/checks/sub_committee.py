"""A forum is a sub-committee of a forum of a type, and, where the agreement says so,
time-limited.

The forum must give ``sub_committee_of`` naming a forum whose ``type`` is one of ``of_types``;
with ``time_limited``, it must also give the last day it exists (``until``). This check does not
look at whether that day has passed (the ended forum is still described, and checked as written),
but once it has, no rule that counts or selects fora finds the forum any more: ``forum_count``
no longer counts it (see *Forum criteria*).

``sub_committee_of`` may name several fora (a competence group serving every FSU:
``sub_committee_of: [fsu-barn, fsu-eldre]``): each one named must be of ``of_types``, and each
that is not is reported where it is named. That it names *every* forum of a type is
``relation`` with ``relation: sub_committee_of`` and ``mode: all``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.core.i18n import Phrase, phrase
from hf_rules.rules.checks.base import Example, LocalText, Subject, Violation
from hf_rules.rules.checks.words import words

NAME = "sub_committee"
SUBJECTS = frozenset({"forum"})
PARAMS: dict[str, str] = {
    "parent": "Id of the forum named in `sub_committee_of` (the one of another type; else every one named, "
    "comma-separated); `-` when there is none.",
    "parent_name": "Its name (their names); `-` when there is none.",
    "types": "The forum types it must be a sub-committee of, comma-separated.",
    "problem": "What is wrong: not a sub-committee, of a forum of another type, or without a last day (`until`).",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "of_types": words("forum_types", "Forum types the forum is a sub-committee of."),
        "time_limited": {
            "type": "boolean",
            "default": False,
            "description": "The forum gives the last day it exists (until).",
        },
    },
    "required": ["of_types"],
    "additionalProperties": False,
}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    fora = subject.org.model.fora
    parents = forum.sub_committee_of
    types = ", ".join(options["of_types"])
    evidence = {"sub_committee_of": list(parents), "until": forum.until.isoformat() if forum.until else None}

    def params(problem: Phrase, named: list[str]) -> dict[str, LocalText]:
        return {
            "parent": ", ".join(named) or "-",
            "parent_name": ", ".join(fora[p].name if p in fora else p for p in named) or "-",
            "types": types,
            "problem": problem,
        }

    if not parents:
        yield Violation(
            subject.base, "not-sub-committee", params(phrase("sub-committee-missing"), []), evidence, at_key=True
        )
    for index, parent in enumerate(parents):
        if parent in fora and not subject.org.forum_is(fora[parent], options["of_types"]):
            problem = phrase("sub-committee-wrong-parent", parent=fora[parent].name, types=types)
            # one parent keeps the key it always had (baselines); of several, each its own
            key = "wrong-parent" if len(parents) == 1 else f"wrong-parent:{parent}"
            yield Violation(subject.at("sub_committee_of", index), key, params(problem, [parent]), evidence)
    if options["time_limited"] and forum.until is None:
        yield Violation(
            subject.base, "no-end", params(phrase("sub-committee-no-end"), list(parents)), evidence, at_key=True
        )


_ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
fora:
  ssu: {name: Strategisk samarbeidsutvalg, type: strategisk-samarbeidsutvalg}
  fsu:
    name: Faglig samarbeidsutvalg eldre
    type: samarbeidsforum
    sub_committee_of: ssu
%s"""
_OPTIONS = {"of_types": ["strategisk-samarbeidsutvalg"], "time_limited": True}
_SEVERAL = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
fora:
  ssu: {name: Strategisk samarbeidsutvalg, type: strategisk-samarbeidsutvalg}
  fsu-barn: {name: FSU barn og unge, type: samarbeidsforum}
  fsu-eldre: {name: FSU eldre, type: samarbeidsforum}
  kompetanse:
    name: Kompetansegruppe legemiddel
    type: arbeidsgruppe
    sub_committee_of: [%s]
"""
EXAMPLES = (
    Example("A time-limited sub-committee of the SSU", _OPTIONS, _ORG % "    until: 2026-12-31\n", subject="fsu"),
    Example("No end date for a time-limited sub-committee", _OPTIONS, _ORG % "", subject="fsu", expect=("no-end",)),
    Example(
        "A competence group for every FSU: a sub-committee of each of them",
        {"of_types": ["samarbeidsforum"]},
        _SEVERAL % "fsu-barn, fsu-eldre",
        subject="kompetanse",
    ),
    Example(
        "One of the fora it names is the SSU, not an FSU",
        {"of_types": ["samarbeidsforum"]},
        _SEVERAL % "fsu-barn, ssu",
        subject="kompetanse",
        expect=("wrong-parent:ssu",),
    ),
)
