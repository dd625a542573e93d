"""A forum's mandate covers the agreed items.

Each item lists alternative phrasings; one matches a mandate entry when every word of it starts
a word of the entry (so ``gjennomfør tiltak`` matches "Gjennomføre vedtatte tiltak"), case and
punctuation aside. The matching is deliberately plain: it is documented in the rule, and an
auditor can follow it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Any

from hf_rules.rules.checks.base import STRINGS, TEXT_SCHEMA, Subject, Violation

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


class _Index:
    """The words of a mandate, sorted, each with the entries that hold it: a phrase is then
    looked up by prefix (bisect) instead of against every word of every entry, so the check
    costs about the size of the mandate once, not that times the phrases of the rule."""

    def __init__(self, mandate: list[str]) -> None:
        entries: dict[str, set[int]] = {}
        for index, entry in enumerate(mandate):
            for word in _words(entry):
                entries.setdefault(word, set()).add(index)
        self.count = len(mandate)
        self.words = sorted(entries)
        self.entries = entries

    def _with_prefix(self, prefix: str) -> set[int]:
        found: set[int] = set()
        at = bisect.bisect_left(self.words, prefix)
        while at < len(self.words) and self.words[at].startswith(prefix):
            found |= self.entries[self.words[at]]
            at += 1
        return found

    def matches(self, phrase: str) -> bool:
        """Whether some entry has, for every word of ``phrase``, a word that starts with it."""
        candidates: set[int] | None = None
        for prefix in _words(phrase):
            found = self._with_prefix(prefix)
            candidates = found if candidates is None else candidates & found
            if not candidates:
                return False
        return self.count > 0  # a phrase without words matches any entry, as phrase_matches does


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    index = _Index(list(forum.mandate))
    for item in options["items"]:
        if any(index.matches(p) for p in item["any_of"]):
            continue
        yield Violation(
            subject.at("mandate") if forum.mandate else subject.base,
            f"missing:{item['label']['en']}",
            {"label": item["label"]},
            {"mandate": list(forum.mandate), "any_of": item["any_of"]},
            at_key=not forum.mandate,
        )
