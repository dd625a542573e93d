"""Relations between bodies: who gives assignments or input to whom, whose work a forum supports,
which fora it is a sub-committee of, and the relations a document declares under ``relations``
(«FOUSAM er SSU sitt utøvende organ», «Fagrådet er etablert av ASU», «Karmøy kommune blir
vertskommune for FOUSAM»).

``mode`` says how many of the targets the relation must name: ``any`` (default) at least
one of them ("gives the FSU for children its assignments"), ``all`` every one ("the SSU
delegates tasks to the FSUs and the LSUs", to each of them), ``none`` none of them — each one
named is reported where it is named ("the partnerskapsmøte is the highest body": applied to
every forum, ``relation: gives_assignments_to``, ``to_types: [partnerskapsmote]``).

Only the subject's own declaration is read. ``relation`` is one of the forum's lists
(``gives_assignments_to``, ``gives_input_to``, ``supports``, ``sub_committee_of``), one of a
secretariat's (``serves``, ``reports_to``), or a relation word of the vocabulary: the shared
``etablert-av`` (established by a forum or a party), ``utovende-organ-for`` (executive body of a
forum), ``vertskommune`` (the party that hosts it), ``godkjennes-av`` (approved by a forum or a
party), ``tvister-behandles-av`` (disputes settled by a forum or a party), ``ivaretar`` (looks after an
agreement of the document: «Overordnet avtale ivaretas av ASU»), and those a pack adds
(``vocabulary.relations``, docs/rule-packs.md); a word is read from the subject's ``relations``.
``relation: supports`` is "støtter opp om arbeidet i" ("the SSU supports the work of the FSUs");
``relation: sub_committee_of`` asks which fora the forum is a sub-committee of: ``mode: all`` "a
competence group for every FSU", ``mode: none`` without ``to_types`` "the partnerskapsmøte is the
highest body" (a sub-committee of no forum).

``of: secretariat`` reads the relation of the subject's secretariat instead of the forum's: of a
forum, its own ``secretariat`` (or the health community's, where the forum has none and that one
``serves`` it); of the organisation (``applies_to: {kind: organisation}``, which needs ``of:
secretariat``), the health community's joint ``secretariat`` («FOUSAM er SSU sitt utøvende
organ»: ``of: secretariat``, ``relation: utovende-organ-for``, ``to_types:
[strategisk-samarbeidsutvalg]``). A subject without a secretariat names no relation: ``any`` and
``all`` report it, ``none`` passes (``secretariat`` says whether there must be one).
``serves`` and ``reports_to`` are a secretariat's only, the forum's lists a forum's only.

The targets are the fora of ``to_types`` (narrowed with ``to_topic`` and ``to_priority_groups``,
see *Forum criteria*: "the SSU gives the FSU for children and young people its assignments"),
the parties of ``to_party_types`` («vertskommune»: ``to_party_types: [kommune]``), the agreements
in force of ``to_agreement_kinds`` (``agreements`` by their ``kind``, ``delavtale`` for the
``sub_agreements``: «Overordnet avtale ivaretas av ASU» is ``relation: ivaretar``,
``to_agreement_kinds: [samarbeidsavtale]``) and the bodies ``to_ids`` names (fora, parties or
agreements by id, ``secretariat`` for the joint secretariat: «Karmøy kommune blir
vertskommune»: ``to_ids: [karmoy]``), together; a relation word's targets are only
those of the sorts its ``to`` allows. With none of the three, every body the relation may point
to is a target (every other forum for the forum's lists): ``relation: vertskommune`` with
``mode: any`` alone is "it has a host municipality", with ``mode: none`` "it has none". An id of
``to_ids`` the organisation lacks stays a target (so a typo or a missing party is reported by its
id, never passed over); when fora of ``to_types``, parties of ``to_party_types`` or agreements of
``to_agreement_kinds`` are all there is and the organisation has none, nothing is reported
(``forum_count``, ``party_set`` and ``agreement`` do)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import Message
from hf_rules.documents.model import ID_PATTERN, Secretariat
from hf_rules.documents.references import relation_target_sort
from hf_rules.rules.checks.agreement import in_force
from hf_rules.rules.checks.base import Example, Subject, Violation, secretariat_of
from hf_rules.rules.checks.fora import FORUM_CRITERIA, fora_in_force, forum_meets
from hf_rules.rules.checks.remedy import Append
from hf_rules.rules.checks.words import KEYWORD, words
from hf_rules.yaml.loader import Document, Path_

NAME = "relation"
FORUM_FIELDS = ("gives_assignments_to", "gives_input_to", "supports", "sub_committee_of")
SECRETARIAT_FIELDS = ("serves", "reports_to")
RELATIONS = FORUM_FIELDS + SECRETARIAT_FIELDS
SUBJECTS = frozenset({"forum", "organisation"})
PARAMS: dict[str, str] = {
    "relation": "The relation: `gives_assignments_to`, `gives_input_to`, `supports`, `sub_committee_of`, "
    "`serves`, `reports_to`, or a relation word's label in the reader's language (`utøvende organ for` / "
    "`executive body of`).",
    "target": "Id of the body missing from it (with `mode: any`, the candidates, ` / `-separated; with `mode: "
    "none`, the one named).",
    "target_name": "Its name (or the candidates' names; an id the organisation lacks stands as itself).",
    "target_types": "The option's `to_types`, `to_party_types` and `to_agreement_kinds`, comma-separated (`-` when "
    "left out).",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "relation": {
            "type": "string",
            "anyOf": [
                {"enum": list(RELATIONS)},
                {"type": "string", "pattern": ID_PATTERN, "not": {"enum": list(RELATIONS)}, KEYWORD: "relations"},
            ],
            "description": "What is read: a forum's list (gives_assignments_to, gives_input_to, supports "
            "«støtter opp om arbeidet i», sub_committee_of), a secretariat's (serves, reports_to; with `of: "
            "secretariat`), or a relation word of the vocabulary, read from `relations` (etablert-av, "
            "utovende-organ-for, vertskommune, godkjennes-av, tvister-behandles-av, and a pack's own).",
        },
        "of": {
            "enum": ["forum", "secretariat"],
            "default": "forum",
            "description": "Whose relation is read: the forum's own (forum), or its secretariat's (secretariat: a "
            "forum's own secretariat, or the health community's on an organisation rule).",
        },
        "to_types": words("forum_types", "Forum types of the targets."),
        "to_topic": {**FORUM_CRITERIA["topic"], "description": "Only target fora whose `topic` is one of these."},
        "to_priority_groups": {
            **FORUM_CRITERIA["priority_groups"],
            "description": "Only target fora that work for one of these priority groups.",
        },
        "to_party_types": words("party_types", "Party types of the targets («vertskommune»: kommune)."),
        "to_agreement_kinds": words(
            "agreement_kinds",
            "Kinds of the agreements that are targets (in force; `delavtale` for the sub-agreements): «Overordnet "
            "avtale ivaretas av ASU» is `relation: ivaretar`, `to_agreement_kinds: [samarbeidsavtale]`.",
        ),
        "to_ids": {
            "type": "array",
            "items": {"type": "string", "pattern": ID_PATTERN},
            "minItems": 1,
            "description": "Ids of the targets: fora, parties, agreements, or `secretariat` (the health community's).",
        },
        "mode": {
            "enum": ["all", "any", "none"],
            "default": "any",
            "description": "all: to every target; any: to at least one; none: to none of them "
            '("the partnerskapsmøte is the highest body": no forum gives it assignments).',
        },
    },
    "required": ["relation"],
    "additionalProperties": False,
}


def validate(rule: Any, doc: Document, base: Path_) -> list[InputError]:
    """A secretariat's list read of a forum, a forum's list read of a secretariat, and an
    organisation rule that does not read the joint secretariat (``of: secretariat``)."""
    options = rule.check.options
    relation, of = options.get("relation"), options.get("of") or "forum"
    problems: list[InputError] = []
    if rule.applies_to.kind == "organisation" and of != "secretariat":
        where = doc.location(base, key=True) if "of" not in options else doc.location((*base, "of"))
        problems.append(InputError(where, Message("err-relation-organisation", rule=rule.id)))
    wrong = (of == "forum" and relation in SECRETARIAT_FIELDS) or (of == "secretariat" and relation in FORUM_FIELDS)
    if wrong:
        message = Message("err-relation-of", rule=rule.id, relation=relation, of=of)
        problems.append(InputError(doc.location((*base, "relation")), message))
    return problems


@dataclass(frozen=True)
class Undeclared:
    """The facts of a missing relation: any one of ``targets`` under ``relation`` would do."""

    relation: str
    targets: tuple[str, ...]
    own_list: bool
    """The relation is a list of the forum itself (a remedy may add to it)."""


def _declared(subject: Subject, options: dict[str, Any]) -> tuple[list[str], Path_ | None, Path_]:
    """The ids the relation names, where they are written (None: not written), and where to
    report a relation that is not there."""
    relation = options["relation"]
    if options["of"] == "secretariat":
        secretariat, at = secretariat_of(subject, joint_serving=True)
        if secretariat is None:
            return [], None, subject.base if subject.forum is not None else ("fora",)
        return _of(secretariat, relation, at)
    forum = subject.forum
    assert forum is not None
    if relation in FORUM_FIELDS:
        declared: list[str] = getattr(forum, relation)
        return declared, subject.at(relation) if declared else None, subject.base
    declared = forum.relations.get(relation, [])
    return declared, subject.at("relations", relation) if declared else None, subject.base


def _of(secretariat: Secretariat, relation: str, at: Path_) -> tuple[list[str], Path_ | None, Path_]:
    if relation in SECRETARIAT_FIELDS:
        declared: list[str] = getattr(secretariat, relation)
        return declared, (*at, relation) if declared else None, at
    declared = secretariat.relations.get(relation, [])
    return declared, (*at, "relations", relation) if declared else None, at


def _candidates(subject: Subject, options: dict[str, Any]) -> list[str]:
    org = subject.org
    relation = options["relation"]
    kind = org.relation_kinds.get(relation)
    sorts = kind.to if kind is not None else ("forum",)
    model = org.model
    own = subject.id if options["of"] == "forum" else "secretariat" if subject.forum is None else None
    narrowed = any(key in options for key in ("to_types", "to_party_types", "to_agreement_kinds", "to_ids"))
    found: list[str] = []
    if "forum" in sorts:
        fora = fora_in_force(org, options.get("to_types"), subject.as_of)
        if "to_types" in options or not narrowed:
            found += [
                fid for fid, f in fora if forum_meets(f, options.get("to_topic"), options.get("to_priority_groups"))
            ]
    if "secretariat" in sorts and not narrowed and relation_target_sort(model, "secretariat") is not None:
        found.append("secretariat")
    if "party" in sorts and ("to_party_types" in options or not narrowed):
        types = options.get("to_party_types")
        found += [pid for pid, p in model.parties.items() if types is None or p.type in types]
    if "agreement" in sorts and ("to_agreement_kinds" in options or not narrowed):
        kinds = options.get("to_agreement_kinds")
        found += [d.id for d in in_force(model) if kinds is None or d.kind in kinds]
    named: list[str] = options["to_ids"] if "to_ids" in options else []  # noqa: SIM401 (no defaults in code)
    for target in named:
        sort = relation_target_sort(model, target)
        if sort is None or relation_target_sort(model, target, sorts) is not None:
            found.append(target)
    return [t for t in dict.fromkeys(found) if t != own]


def _label(subject: Subject, relation: str) -> Any:
    kind = subject.org.relation_kinds.get(relation)
    return dict(kind.label) if kind is not None and relation not in RELATIONS else relation


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    relation = options["relation"]
    declared, written, missing_at = _declared(subject, options)
    candidates = _candidates(subject, options)
    if not candidates:
        return  # the targets themselves are missing: a forum_count or party_set rule reports that
    org = subject.org
    where = written if written is not None else missing_at
    evidence = {"relation": relation, "of": options["of"], "declared": declared, "candidates": candidates}
    keys = ("to_types", "to_party_types", "to_agreement_kinds")
    types = ", ".join(t for key in keys if key in options for t in options[key]) or "-"
    label = _label(subject, relation)
    own_list = options["of"] == "forum" and relation in FORUM_FIELDS
    if options["mode"] == "none":
        for index, target in enumerate(declared):
            if target in candidates and written is not None:
                yield Violation(
                    (*written, index),
                    f"declared:{target}",
                    {"relation": label, "target": target, "target_name": org.body_name(target), "target_types": types},
                    evidence,
                )
    elif options["mode"] == "all":
        for target in candidates:
            if target not in declared:
                yield Violation(
                    where,
                    f"missing:{target}",
                    {"relation": label, "target": target, "target_name": org.body_name(target), "target_types": types},
                    evidence,
                    at_key=written is None,
                    facts=Undeclared(relation, (target,), own_list),
                )
    elif not any(t in declared for t in candidates):
        yield Violation(
            where,
            "none",
            {
                "relation": label,
                "target": " / ".join(candidates),
                "target_name": " / ".join(org.body_name(c) for c in candidates),
                "target_types": types,
            },
            evidence,
            at_key=written is None,
            facts=Undeclared(relation, tuple(candidates), own_list),
        )


def remedy(subject: Subject, options: dict[str, Any], violation: Violation) -> Append | None:
    """A forum missing from one of the forum's own lists: its id added, when exactly one forum
    fits (with several, which one is a decision). ``sub_committee_of`` written as one id is not a
    list: fix says it cannot add to it. A relation under ``relations`` or of a secretariat is
    left to a person."""
    facts = violation.facts
    if not isinstance(facts, Undeclared) or len(facts.targets) != 1 or not facts.own_list:
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
EXAMPLES: tuple[Example, ...] = (
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
_FONNA = """\
parties:
  fonna: {name: Helse Fonna HF, type: helseforetak, side: sykehus}
  karmoy: {name: Karmøy kommune, type: kommune, side: kommune}
  haugesund: {name: Haugesund kommune, type: kommune, side: kommune}
fora:
  ssu: {name: Strategisk samarbeidsutval, type: strategisk-samarbeidsutvalg}
  asu: {name: Administrativt samarbeidsutval, type: lokalt-samarbeidsutvalg}
  fagrad:
    name: Fagråd for legemiddel
    type: arbeidsgruppe
%ssecretariat:
  name: FOUSAM
  run_by: [fonna]
%s"""
_AGREEMENTS = """\
agreements:
  samarbeidsavtale: {kind: samarbeidsavtale, name: Overordnet samarbeidsavtale}
"""
_LOOKS_AFTER = {"relation": "ivaretar", "to_agreement_kinds": ["samarbeidsavtale"]}
_EXECUTIVE = {"of": "secretariat", "relation": "utovende-organ-for", "to_types": ["strategisk-samarbeidsutvalg"]}
_HOST = {"of": "secretariat", "relation": "vertskommune", "to_ids": ["karmoy"]}
_SECRETARIAT_RELATIONS = "  relations:\n    utovende-organ-for: [ssu]\n    vertskommune: %s\n"
EXAMPLES += (
    Example(
        "FOUSAM is the SSU's executive body («FOUSAM er SSU sitt utøvende organ»)",
        _EXECUTIVE,
        _FONNA % ("", _SECRETARIAT_RELATIONS % "karmoy"),
        kind="organisation",
    ),
    Example(
        "The secretariat names no executive relation",
        _EXECUTIVE,
        _FONNA % ("", ""),
        kind="organisation",
        expect=("none",),
    ),
    Example(
        "Karmøy kommune is FOUSAM's host municipality",
        _HOST,
        _FONNA % ("", _SECRETARIAT_RELATIONS % "karmoy"),
        kind="organisation",
    ),
    Example(
        "Haugesund is written as the host instead",
        _HOST,
        _FONNA % ("", _SECRETARIAT_RELATIONS % "haugesund"),
        kind="organisation",
        expect=("none",),
    ),
    Example(
        "The fagråd is established by the ASU («Fagrådet … etablert av ASU»)",
        {"relation": "etablert-av", "to_types": ["lokalt-samarbeidsutvalg"]},
        _FONNA % ("    relations: {etablert-av: asu}\n", ""),
        subject="fagrad",
    ),
    Example(
        "The fagråd is written as established by the SSU",
        {"relation": "etablert-av", "to_types": ["lokalt-samarbeidsutvalg"]},
        _FONNA % ("    relations: {etablert-av: ssu}\n", ""),
        subject="fagrad",
        expect=("none",),
    ),
    Example(
        "The overall agreement is looked after by the ASU («Overordnet avtale ivaretas av ASU»)",
        _LOOKS_AFTER,
        (_FONNA % ("", "")).replace(
            "type: lokalt-samarbeidsutvalg}", "type: lokalt-samarbeidsutvalg, relations: {ivaretar: samarbeidsavtale}}"
        )
        + _AGREEMENTS,
        subject="asu",
    ),
    Example(
        "The ASU names no agreement it looks after",
        _LOOKS_AFTER,
        _FONNA % ("", "") + _AGREEMENTS,
        subject="asu",
        expect=("none",),
    ),
)
