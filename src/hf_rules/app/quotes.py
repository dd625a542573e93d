"""Quotes against their source: every quote of a pack is text of the source it cites.

A pack's source may name ``text:``, a plain-text copy of the source beside the pack (a path
relative to the pack file). ``hf-rules test`` then checks every quote of that pack (obligations
and rules) that cites the source: the quote must occur in the text, exactly once, after
whitespace normalisation only (a non-breaking space or any other Unicode space counts as a space;
runs of whitespace, line breaks included, as one). Case, punctuation and the source's own typing
errors must be as in the source; a quote the source repeats needs enough context to be unique,
so a reader can find the sentence the rule rests on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from hf_rules.core.errors import InputError, Location
from hf_rules.core.files import read_text_regular
from hf_rules.core.i18n import Message, say
from hf_rules.rules.model import RulePack
from hf_rules.yaml.loader import Limits

_SPACE = re.compile(r"\s+", re.UNICODE)


def normal(text: str) -> str:
    """Whitespace normalised: every Unicode space (NBSP, thin space, …) a space, runs collapsed;
    zero-width spaces and byte-order marks dropped."""
    return _SPACE.sub(" ", text.replace("\u200b", "").replace("\ufeff", "")).strip()


@dataclass
class QuoteCheck:
    """The quotes of one pack that cite sources with a ``text``: what failed, if anything."""

    pack: str
    file: str
    quotes: int = 0
    details: list[str] = field(default_factory=list)


def _where(file: str, pack_text: str, needle: str) -> Location:
    """Where the pack first writes ``needle`` as a whole (not ``id: M1`` in ``id: M10``): line and
    column 1-based; 0, 0 when not found."""
    pattern = re.compile(re.escape(needle) + r"(?![\w-])")
    for number, line in enumerate(pack_text.splitlines(), start=1):
        if found := pattern.search(line):
            return Location(file, number, found.start() + 1)
    return Location(file, 0, 0)


def check_quotes(pack: RulePack, file: str, lang: str, limits: Limits = Limits()) -> QuoteCheck | None:
    """The quote check of ``pack`` (read from ``file``); None when no source of it names a text.
    A text that cannot be read is a located input error."""
    texts = {sid: source.text for sid, source in pack.sources.items() if source.text}
    if not texts:
        return None
    folder = Path(file).parent
    pack_text = Path(file).read_text(encoding="utf-8", errors="replace")
    normalised: dict[str, tuple[str, str]] = {}
    for sid, name in texts.items():
        path = folder / name
        try:
            normalised[sid] = (name, normal(read_text_regular(path, max_bytes=limits.max_bytes)))
        except InputError as error:
            at = _where(file, pack_text, f"text: {name}")
            raise InputError(at, Message("quotes-unreadable", source=sid, text=name, reason=error.text(lang))) from None
    result = QuoteCheck(pack.metadata.id, file)
    quoted = [(say("obligation", lang), o.id, o.source.document, o.source.quote) for o in pack.obligations]
    quoted += [(say("rule", lang), r.id, r.source.document, r.source.quote) for r in pack.rules]
    for what, ident, document, quote in quoted:
        if document not in normalised:
            continue
        name, text = normalised[document]
        result.quotes += 1
        count = text.count(normal(quote))
        if count != 1:
            key = "quotes-missing" if count == 0 else "quotes-repeated"
            at = _where(file, pack_text, f"id: {ident}")
            where = f"{at.file}:{at.line}: " if at.line else ""
            result.details.append("  " + where + say(key, lang, what=what, id=ident, text=name, count=count))
    return result
