"""A forum's mandate covers the agreed items, and does not weaken them.

An item is given one of two ways:

- ``wording``: the agreement's own words for the point, held by the pack (alternatives allowed,
  e.g. for an inflected form). A mandate entry has the point when it contains one wording as a
  run of whole words, case, punctuation and spacing aside: "Ivareta samhandlingsavtaler" has
  ``ivareta samhandlingsavtaler``; "Orienteres om samhandlingsavtaler" and "Vurdere
  brukermedvirkning" do not. ``weakened_by`` lists qualifiers (``der det er hensiktsmessig``,
  ``ved behov``) that, found in the entry that has the point, weaken it: the point is then
  reported as weakened, with the entry, not as met. A missing point is reported as missing.
- ``any_of`` (the older, looser form): alternative phrasings; one matches a mandate entry when
  every word of it starts a word of the entry (so ``gjennomfør tiltak`` matches "Gjennomføre
  vedtatte tiltak"). It finds keywords, not the point, so a weakened entry passes; prefer
  ``wording``.

The matching is deliberately plain, so that an auditor can follow it from the rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import STRINGS, TEXT_SCHEMA, Subject, Violation

NAME = "mandate"
SUBJECTS = frozenset({"forum"})
PARAMS = frozenset({"label", "problem", "entry"})
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "items": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "properties": {
                    "label": TEXT_SCHEMA,
                    "wording": {
                        **STRINGS,
                        "description": "The agreement's words for the point (alternatives): an "
                        "entry must contain one as a run of whole words.",
                    },
                    "weakened_by": {
                        **STRINGS,
                        "description": "Qualifiers that weaken the point when the entry that "
                        "has it also contains one (e.g. 'ved behov').",
                    },
                    "any_of": {
                        **STRINGS,
                        "description": "Looser, older form: phrasings whose every word starts a "
                        "word of the entry. Give this or `wording`.",
                    },
                },
                "required": ["label"],
                "oneOf": [{"required": ["wording"]}, {"required": ["any_of"]}],
                "additionalProperties": False,
            },
        }
    },
    "required": ["items"],
    "additionalProperties": False,
}
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def phrase_matches(phrase: str, entry: str) -> bool:
    entry_words = _words(entry)
    return all(any(w.startswith(p) for w in entry_words) for p in _words(phrase))


def _run(text: str) -> str:
    """Whole words, case and punctuation aside, with a space at each end: `` ivareta samhandlingsavtaler ``."""
    return " " + " ".join(_words(text)) + " "


def has_wording(wording: str, entry: str) -> bool:
    return _run(wording) in _run(entry)


_MISSING = {"nb": "mangler punktet", "en": "lacks the point"}
_WEAKENED = {"nb": "svekker punktet", "en": "weakens the point"}


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    for item in options["items"]:
        where = subject.at("mandate") if forum.mandate else subject.base
        if "wording" in item:
            having = [(i, e) for i, e in enumerate(forum.mandate) if any(has_wording(w, e) for w in item["wording"])]
            weakened = [(i, e, q) for i, e in having for q in item.get("weakened_by", []) if has_wording(q, e)]
            if having and len(weakened) < len(having):
                continue  # an entry has the point, unweakened
            if weakened:
                index, entry, qualifier = weakened[0]
                yield Violation(
                    subject.at("mandate", index),
                    f"weakened:{item['label']['en']}",
                    {
                        "label": item["label"],
                        "problem": _WEAKENED,
                        "entry": {"nb": f" («{entry}»)", "en": f" («{entry}»)"},
                    },
                    {
                        "mandate": list(forum.mandate),
                        "wording": item["wording"],
                        "entry": entry,
                        "weakened_by": qualifier,
                    },
                )
                continue
            yield Violation(
                where,
                f"missing:{item['label']['en']}",
                {"label": item["label"], "problem": _MISSING, "entry": ""},
                {"mandate": list(forum.mandate), "wording": item["wording"]},
                at_key=not forum.mandate,
            )
            continue
        if any(phrase_matches(p, entry) for p in item["any_of"] for entry in forum.mandate):
            continue
        yield Violation(
            where,
            f"missing:{item['label']['en']}",
            {"label": item["label"], "problem": _MISSING, "entry": ""},
            {"mandate": list(forum.mandate), "any_of": item["any_of"]},
            at_key=not forum.mandate,
        )
