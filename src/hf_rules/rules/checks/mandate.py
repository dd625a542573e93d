"""A forum's mandate covers the agreed items.

Each item lists alternative phrasings; one matches a mandate entry when every word of it starts
a word of the entry (so ``gjennomfør tiltak`` matches "Gjennomføre vedtatte tiltak"), case and
punctuation aside. The matching is deliberately plain: it is documented in the rule, and an
auditor can follow it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import STRINGS, TEXT_SCHEMA, Example, Subject, Violation

NAME = "mandate"
SUBJECTS = frozenset({"forum"})
PARAMS = frozenset({"label"})
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "items": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "properties": {"label": TEXT_SCHEMA, "any_of": STRINGS},
                "required": ["label", "any_of"],
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


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    for item in options["items"]:
        if any(phrase_matches(p, entry) for p in item["any_of"] for entry in forum.mandate):
            continue
        yield Violation(
            subject.at("mandate") if forum.mandate else subject.base,
            f"missing:{item['label']['en']}",
            {"label": item["label"]},
            {"mandate": list(forum.mandate), "any_of": item["any_of"]},
            at_key=not forum.mandate,
        )


_ORG = """\
parties:
  ous: {name: Oslo universitetssykehus, type: helseforetak, side: sykehus}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    mandate: [Gjennomføre vedtatte tiltak]
"""
_ITEM = {"label": {"nb": "gjennomføre tiltak", "en": "carry out measures"}, "any_of": ["gjennomfør tiltak"]}
_OTHER = {"label": {"nb": "brukermedvirkning", "en": "user participation"}, "any_of": ["brukermedvirkning"]}
EXAMPLES = (
    Example("The mandate carries out the measures", {"items": [_ITEM]}, _ORG),
    Example(
        "The mandate says nothing of user participation",
        {"items": [_ITEM, _OTHER]},
        _ORG,
        expect=("missing:user participation",),
    ),
)
