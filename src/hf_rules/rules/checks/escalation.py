"""Where a disagreement in a forum goes, step by step and in order (tvisteløsning): «uenighet
behandles først i det faglige samarbeidsutvalget, deretter i ASU, og til sist i SSU».

Reads the forum's ``escalation`` (documents.md): the ids of the fora that handle a disagreement,
in the order they handle it, the forum itself first where it handles it first (``escalation:
[fsu-barn, asu, ssu]`` on the FSU for children). ``steps`` is the path the agreement names, as
forum types in order (a kind of one too, ``vocabulary.forum_types``' ``kind_of``), ``self`` for
the forum itself: ``steps: [self, administrativt-samarbeidsutvalg, strategisk-samarbeidsutvalg]``.

Each step must be on the forum's path, after the step before it; other fora may stand between
(a step the agreement does not name), unless ``only: true`` («og til sist i SSU», and nothing
else), which reports each of them. Reported, at the forum's ``escalation`` (at the forum where it
declares none):

- a forum that declares no ``escalation`` (``none``), once;
- a step the path lacks (``missing:<step>``): no forum of the type is on it, or ``self`` and the
  forum is not its first step;
- a step out of order (``order:<step>``): its forum is on the path, but before the step the
  agreement names before it (the ASU before the FSU itself), at that entry;
- with ``only``, each entry no step names (``extra:<forum id>``), at the entry.

Several fora of one type on the path («ASU eller SSU») meet the step with the first of them that
comes after the step before. Whether disagreements are in fact handled so is for the minutes;
that the path is written down is what the rule reads. A relation word (``tvister-behandles-av``,
see ``relation``) says who settles disputes, without an order."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.core.i18n import Phrase, phrase
from hf_rules.rules.checks.base import Example, LocalText, Subject, Violation
from hf_rules.rules.checks.words import KEYWORD

NAME = "escalation"
SUBJECTS = frozenset({"forum"})
SELF = "self"
PARAMS: dict[str, str] = {
    "problem": "What is wrong: `does not say where a disagreement is handled (no escalation)`, `has no step S`, "
    "`has the step S before P`, `has the step S, which the agreement does not name`.",
    "step": "The step the finding is about: a forum type of `steps` (`the forum itself` for `self`), or with `only` "
    "the name of the forum on the path that no step names; empty for `none`.",
    "path": "The forum's `escalation`, its fora's names joined by ` → ` (`-` when it declares none).",
    "expected": "The steps of the rule, joined by ` → `.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "steps": {
            "type": "array",
            "minItems": 1,
            "items": {
                "anyOf": [
                    {"const": SELF},
                    {"type": "string", "minLength": 1, KEYWORD: "forum_types", "not": {"enum": [SELF]}},
                ]
            },
            "description": "The path in order: forum types, and `self` for the forum itself («først i det "
            "faglige samarbeidsutvalget, deretter i ASU, og til sist i SSU»: `[self, "
            "administrativt-samarbeidsutvalg, strategisk-samarbeidsutvalg]`).",
        },
        "only": {
            "type": "boolean",
            "default": False,
            "description": "The path has no other steps than these (each other forum on it is reported).",
        },
    },
    "required": ["steps"],
    "additionalProperties": False,
}


def _step_text(step: str) -> LocalText:
    return phrase("escalation-self") if step == SELF else step


def _joined(parts: list[LocalText]) -> LocalText:
    """``parts`` joined by `` → ``; a phrase among them keeps the text in the reader's language."""
    if all(isinstance(part, str) for part in parts):
        return " → ".join(str(part) for part in parts)
    return {lang: " → ".join(_said(part, lang) for part in parts) for lang in ("nb", "en")}


def _said(part: LocalText, lang: str) -> str:
    if isinstance(part, Phrase):
        return part.text(lang)
    if isinstance(part, dict):
        return part[lang]
    return part


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    org = subject.org
    steps: list[str] = options["steps"]
    path: list[str] = list(forum.escalation)
    expected = _joined([_step_text(step) for step in steps])
    said_path = " → ".join(org.body_name(fid) for fid in path) or "-"
    evidence = {"escalation": path, "steps": steps}

    def finding(where: tuple[Any, ...], key: str, problem: Phrase, step: LocalText, at_key: bool = False) -> Violation:
        params: dict[str, LocalText] = {"problem": problem, "step": step, "path": said_path, "expected": expected}
        return Violation(where, key, params, evidence, at_key=at_key)

    if not path:
        yield finding(subject.base, "none", phrase("escalation-none"), "", at_key=True)
        return
    at = subject.at("escalation")

    def meets(fid: str, step: str) -> bool:
        if step == SELF:
            return fid == subject.id
        other = org.model.fora.get(fid)
        return other is not None and org.forum_is(other, [step])

    named: set[int] = set()
    position, previous = -1, None
    for step in steps:
        places = [i for i, fid in enumerate(path) if meets(fid, step) and (step != SELF or i == 0)]
        named.update(places)
        later = [i for i in places if i > position]
        text = _step_text(step)
        if later:
            position, previous = later[0], step
        elif places:
            assert previous is not None
            problem = phrase("escalation-order", step=text, previous=_step_text(previous))
            yield finding((*at, places[0]), f"order:{step}", problem, text)
        else:
            problem = phrase("escalation-missing", step=text)
            yield finding(at, f"missing:{step}", problem, text, at_key=True)
    if options["only"]:
        for i, fid in enumerate(path):
            if i not in named:
                name = org.body_name(fid)
                problem = phrase("escalation-extra", step=name)
                yield finding((*at, i), f"extra:{fid}", problem, name)


_ORG = """\
parties:
  hf: {name: St. Olavs hospital HF, type: helseforetak, side: sykehus}
fora:
  ssu: {name: Strategisk samarbeidsutvalg, type: strategisk-samarbeidsutvalg}
  asu: {name: Administrativt samarbeidsutvalg, type: lokalt-samarbeidsutvalg}
  pm: {name: Partnerskapsmøtet, type: partnerskapsmote}
  fsu-barn:
    name: Faglig samarbeidsutvalg for barn og unge
    type: samarbeidsforum
%s"""
_STEPS = {"steps": [SELF, "lokalt-samarbeidsutvalg", "strategisk-samarbeidsutvalg"]}
EXAMPLES: tuple[Example, ...] = (
    Example(
        "First in the FSU itself, then in the ASU, last in the SSU",
        _STEPS,
        _ORG % "    escalation: [fsu-barn, asu, ssu]\n",
        subject="fsu-barn",
    ),
    Example(
        "The FSU sends a disagreement straight to the SSU: the ASU step is missing",
        _STEPS,
        _ORG % "    escalation: [fsu-barn, ssu]\n",
        subject="fsu-barn",
        expect=("missing:lokalt-samarbeidsutvalg",),
    ),
    Example(
        "The SSU before the ASU: the wrong order",
        _STEPS,
        _ORG % "    escalation: [fsu-barn, ssu, asu]\n",
        subject="fsu-barn",
        expect=("order:strategisk-samarbeidsutvalg",),
    ),
    Example(
        "«Til sist i SSU», and the path goes on to the partnerskapsmøte",
        {**_STEPS, "only": True},
        _ORG % "    escalation: [fsu-barn, asu, ssu, pm]\n",
        subject="fsu-barn",
        expect=("extra:pm",),
    ),
    Example(
        "The FSU declares no escalation",
        _STEPS,
        _ORG % "",
        subject="fsu-barn",
        expect=("none",),
    ),
)
