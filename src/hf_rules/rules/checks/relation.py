"""Relations between fora: who gives assignments or input to whom, whose work a forum supports,
and which fora it is a sub-committee of.

``mode`` says how many of the target fora the relation must name: ``any`` (default) at least
one of them ("gives the FSU for children its assignments"), ``all`` every one ("the SSU
delegates tasks to the FSUs and the LSUs", to each of them), ``none`` none of them — each one
named is reported where it is named ("the partnerskapsmøte is the highest body": applied to
every forum, ``relation: gives_assignments_to``, ``to_types: [partnerskapsmote]``).

Only the forum's own declaration (``gives_assignments_to``, ``gives_input_to``, ``supports``,
``sub_committee_of``) is read. ``relation: supports`` is "støtter opp om arbeidet i" ("the SSU
supports the work of the FSUs"); ``relation: sub_committee_of`` asks which fora the forum is a
sub-committee of: ``mode: all`` "a competence group for every FSU", ``mode: none`` without
``to_types`` "the partnerskapsmøte is the highest body" (a sub-committee of no forum). The targets
are the fora of ``to_types`` (left out: every other forum), narrowed with ``to_topic`` and
``to_priority_groups`` (see *Forum criteria*: "the SSU gives the FSU for children and young
people its assignments"). When the organisation has no such forum, nothing is reported
(``forum_count`` does)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from hf_rules.rules.checks.base import Example, Subject, Violation
from hf_rules.rules.checks.fora import FORUM_CRITERIA, forum_meets
from hf_rules.rules.checks.remedy import Append
from hf_rules.rules.checks.words import words

NAME = "relation"
RELATIONS = ("gives_assignments_to", "gives_input_to", "supports", "sub_committee_of")
SUBJECTS = frozenset({"forum"})
PARAMS: dict[str, str] = {
    "relation": "`gives_assignments_to`, `gives_input_to`, `supports` or `sub_committee_of`.",
    "target": "Id of the forum missing from it (with `mode: any`, the candidates, ` / `-separated; with `mode: none`, the one named).",
    "target_name": "Its name (or the candidates' names).",
    "target_types": "The option's `to_types`, comma-separated (`-` when left out).",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "relation": {
            "enum": list(RELATIONS),
            "description": "The forum's list that is read: gives_assignments_to, gives_input_to, supports "
            "(«støtter opp om arbeidet i») or sub_committee_of (the fora it is a sub-committee of).",
        },
        "to_types": words("forum_types", "Forum types of the targets (left out: every other forum)."),
        "to_topic": {**FORUM_CRITERIA["topic"], "description": "Only targets whose `topic` is one of these."},
        "to_priority_groups": {
            **FORUM_CRITERIA["priority_groups"],
            "description": "Only targets that work for one of these priority groups.",
        },
        "mode": {
            "enum": ["all", "any", "none"],
            "default": "any",
            "description": "all: to every forum of those types; any: to at least one; none: to none of them "
            '("the partnerskapsmøte is the highest body": no forum gives it assignments).',
        },
    },
    "required": ["relation"],
    "additionalProperties": False,
}


@dataclass(frozen=True)
class Undeclared:
    """The facts of a missing relation: any one of ``targets`` under ``relation`` would do."""

    relation: str
    targets: tuple[str, ...]


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    relation = options["relation"]
    declared: list[str] = getattr(forum, relation)
    targets = (
        subject.org.fora_of_type(options["to_types"]) if "to_types" in options else list(subject.org.model.fora.items())
    )
    candidates = [
        fid
        for fid, f in targets
        if fid != subject.id and forum_meets(f, options.get("to_topic"), options.get("to_priority_groups"))
    ]
    if not candidates:
        return  # the fora themselves are missing: a forum_count rule reports that
    where = subject.at(relation) if declared else subject.base
    evidence = {"relation": relation, "declared": declared, "candidates": candidates}
    types = ", ".join(options["to_types"]) if "to_types" in options else "-"
    if options["mode"] == "none":
        for index, target in enumerate(declared):
            if target in candidates:
                name = subject.org.model.fora[target].name
                yield Violation(
                    subject.at(relation, index),
                    f"declared:{target}",
                    {"relation": relation, "target": target, "target_name": name, "target_types": types},
                    evidence,
                )
    elif options["mode"] == "all":
        for target in candidates:
            if target not in declared:
                name = subject.org.model.fora[target].name
                yield Violation(
                    where,
                    f"missing:{target}",
                    {"relation": relation, "target": target, "target_name": name, "target_types": types},
                    evidence,
                    at_key=not declared,
                    facts=Undeclared(relation, (target,)),
                )
    elif not any(t in declared for t in candidates):
        yield Violation(
            where,
            "none",
            {
                "relation": relation,
                "target": " / ".join(candidates),
                "target_name": " / ".join(subject.org.model.fora[c].name for c in candidates),
                "target_types": types,
            },
            evidence,
            at_key=not declared,
            facts=Undeclared(relation, tuple(candidates)),
        )


def remedy(subject: Subject, options: dict[str, Any], violation: Violation) -> Append | None:
    """A forum missing from the relation's list: its id added, when exactly one forum fits (with
    several, which one is a decision). ``sub_committee_of`` written as one id is not a list: fix
    says it cannot add to it."""
    facts = violation.facts
    if not isinstance(facts, Undeclared) or len(facts.targets) != 1:
        return None
    return Append(facts.relation, facts.targets[0])


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
fora:
  pm:
    name: Partnerskapsmøtet
    type: partnerskapsmote
%s  ssu: {name: Strategisk samarbeidsutvalg, type: strategisk-samarbeidsutvalg}
"""
_OPTIONS = {"relation": "gives_assignments_to", "to_types": ["strategisk-samarbeidsutvalg"]}
_CHILDREN = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    gives_assignments_to: [barn]
  barn: {name: Samarbeidsforum barn og unge, type: samarbeidsforum, priority_groups: [barn-og-unge]}
  eldre: {name: Samarbeidsforum eldre, type: samarbeidsforum, priority_groups: [skropelige-eldre]}
"""
_GROUP = """\
  kompetanse:
    name: Kompetansegruppe legemiddel
    type: arbeidsgruppe
    sub_committee_of: %s
"""
EXAMPLES = (
    Example("The partnerskapsmøte gives the SSU its assignments", _OPTIONS, _ORG % "    gives_assignments_to: [ssu]\n"),
    Example("No assignments declared", _OPTIONS, _ORG % "", expect=("none",)),
    Example(
        "The SSU gives assignments to the forum for children, not to the other samarbeidsforum",
        {
            "relation": "gives_assignments_to",
            "to_types": ["samarbeidsforum"],
            "to_priority_groups": ["barn-og-unge"],
            "mode": "all",
        },
        _CHILDREN,
        subject="ssu",
    ),
    Example(
        "Every samarbeidsforum: the one for the elderly gets none",
        {"relation": "gives_assignments_to", "to_types": ["samarbeidsforum"], "mode": "all"},
        _CHILDREN,
        subject="ssu",
        expect=("missing:eldre",),
    ),
    Example(
        "No forum gives the partnerskapsmøte assignments (it is the highest body)",
        {"relation": "gives_assignments_to", "to_types": ["partnerskapsmote"], "mode": "none"},
        _ORG % "    gives_assignments_to: [ssu]\n",
        subject="ssu",
    ),
    Example(
        "The SSU gives the partnerskapsmøte assignments",
        {"relation": "gives_assignments_to", "to_types": ["partnerskapsmote"], "mode": "none"},
        (_ORG % "").replace(
            "type: strategisk-samarbeidsutvalg}", "type: strategisk-samarbeidsutvalg, gives_assignments_to: [pm]}"
        ),
        subject="ssu",
        expect=("declared:pm",),
    ),
    Example(
        "The SSU supports the work of every FSU",
        {"relation": "supports", "to_types": ["samarbeidsforum"], "mode": "all"},
        _CHILDREN.replace("    gives_assignments_to: [barn]\n", "    supports: [barn, eldre]\n"),
        subject="ssu",
    ),
    Example(
        "The SSU supports the forum for children only",
        {"relation": "supports", "to_types": ["samarbeidsforum"], "mode": "all"},
        _CHILDREN.replace("    gives_assignments_to: [barn]\n", "    supports: [barn]\n"),
        subject="ssu",
        expect=("missing:eldre",),
    ),
    Example(
        "A competence group is a sub-committee of every FSU",
        {"relation": "sub_committee_of", "to_types": ["samarbeidsforum"], "mode": "all"},
        _CHILDREN + _GROUP % "[barn, eldre]",
        subject="kompetanse",
    ),
    Example(
        "A competence group is a sub-committee of one FSU only",
        {"relation": "sub_committee_of", "to_types": ["samarbeidsforum"], "mode": "all"},
        _CHILDREN + _GROUP % "barn",
        subject="kompetanse",
        expect=("missing:eldre",),
    ),
    Example(
        "The partnerskapsmøte is a sub-committee of no forum (the highest body)",
        {"relation": "sub_committee_of", "mode": "none"},
        _ORG % "",
        subject="pm",
    ),
    Example(
        "The partnerskapsmøte is written as a sub-committee of the SSU",
        {"relation": "sub_committee_of", "mode": "none"},
        _ORG % "    sub_committee_of: ssu\n",
        subject="pm",
        expect=("declared:ssu",),
    ),
)
