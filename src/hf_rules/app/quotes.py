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

from hf_rules.core.errors import InputError
from hf_rules.core.files import read_text_regular
from hf_rules.core.i18n import Message, say
from hf_rules.rules.model import RulePack
from hf_rules.yaml.loader import Limits, load_yaml_file

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


def check_quotes(pack: RulePack, file: str, lang: str, limits: Limits = Limits()) -> QuoteCheck | None:
    """The quote check of ``pack`` (read from ``file``); None when no source of it names a text.
    A text that cannot be read is a located input error; a quote that fails is shown at its line."""
    texts = {sid: source.text for sid, source in pack.sources.items() if source.text}
    if not texts:
        return None
    folder = Path(file).parent
    doc = load_yaml_file(file, limits=limits)  # where the pack writes each quote (the packs keep no positions)
    normalised: dict[str, tuple[str, str]] = {}
    for sid, name in texts.items():
        path = folder / name
        try:
            normalised[sid] = (name, normal(read_text_regular(path, max_bytes=limits.max_bytes)))
        except InputError as error:
            at = doc.location(("sources", sid, "text"))
            raise InputError(at, Message("quotes-unreadable", source=sid, text=name, reason=error.text(lang))) from None
    result = QuoteCheck(pack.metadata.id, file)
    quoted = [
        (say("obligation", lang), ("obligations", i), o.id, o.source.document, o.source.quote)
        for i, o in enumerate(pack.obligations)
    ]
    quoted += [
        (say("rule", lang), ("rules", i), r.id, r.source.document, r.source.quote) for i, r in enumerate(pack.rules)
    ]
    for what, path_, ident, document, quote in quoted:
        if document not in normalised:
            continue
        name, text = normalised[document]
        result.quotes += 1
        count = text.count(normal(quote))
        if count != 1:
            key = "quotes-missing" if count == 0 else "quotes-repeated"
            at = doc.location((*path_, "source", "quote"))
            result.details.append(f"  {at}: " + say(key, lang, what=what, id=ident, text=name, count=count))
    return result
