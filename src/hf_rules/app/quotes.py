"""Quotes against their source: every quote of a pack is text of the source it cites.

A pack's source may name ``text:``, a plain-text copy of the source beside the pack (a path
relative to the pack file). ``hf-rules test`` then checks every quote of that pack (obligations
and rules) that cites the source: the quote must occur in the text, exactly once, after
whitespace normalisation only (a non-breaking space or any other Unicode space counts as a space;
runs of whitespace, line breaks included, as one). Case, punctuation and the source's own typing
errors must be as in the source; a quote the source repeats needs enough context to be unique,
so a reader can find the sentence the rule rests on.

Several sources may share one text file, each under a heading line of its own, ``=== NAME ===``
(the layout docs/writing-a-pack.md recommends). A source whose ``text`` names such a section,
``kilder.txt#NAME``, is checked against that section only (from its heading to the next): a quote
cited to the wrong source is then not found, and a sentence two versions of a page share is
unique within each.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from hf_rules.core.errors import InputError
from hf_rules.core.files import read_text_regular
from hf_rules.core.i18n import Message, say
from hf_rules.rules.model import RulePack
from hf_rules.yaml.loader import Limits, load_yaml_file

_SPACE = re.compile(r"\s+", re.UNICODE)
_SECTION = re.compile(r"^=== *(\S(?:.*\S)?) *===[ \t]*$", re.MULTILINE)


_HEADER = re.compile(
    r"\A(?:[ \t]*\n)*(?:[ \t]*(?:Tittel|Title|Utgiver|Utgjevar|Publisher|Dato|Date|URL|Nettadresse|Adresse|Address|Kilde|Kjelde|Source)"
    r"[ \t]*:[^\n]*\n)+",
    re.IGNORECASE,
)
"""The lines that head a section (title, publisher, date, address), in bokmål, nynorsk
(``Utgjevar:``, ``Kjelde:``) or English: about the source, not its text."""


def sections(text: str) -> dict[str, str]:
    """The sections of a text file, by name: from each ``=== NAME ===`` line to the next, without
    the header lines that open it (``Tittel:``, ``Utgiver:``, ``Dato:``, ``URL:`` …), which
    describe the source and are not its text: a quote of the title matches the title in the text."""
    heads = list(_SECTION.finditer(text))
    found = {}
    for k, head in enumerate(heads):
        body = text[head.end() : heads[k + 1].start() if k + 1 < len(heads) else len(text)]
        found[head.group(1)] = _HEADER.sub("", body.lstrip("\r\n"), count=1)
    return found


def source_text(text: str) -> str:
    """A whole text file as the quotes are checked against it: without each section's header
    lines (:func:`sections`), where the file has sections."""
    first = _SECTION.search(text)
    if first is None:
        return text
    return text[: first.start()] + "\n".join(sections(text).values())


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
        file_name, _, section = name.partition("#")
        try:
            whole = read_text_regular(folder / file_name, max_bytes=limits.max_bytes)
        except InputError as error:
            at = doc.location(("sources", sid, "text"))
            raise InputError(
                at, Message("quotes-unreadable", source=sid, text=file_name, reason=error.text(lang))
            ) from None
        if section:
            parts = sections(whole)
            if section not in parts:
                at = doc.location(("sources", sid, "text"))
                choices = ", ".join(parts) or "-"
                raise InputError(
                    at, Message("quotes-no-section", source=sid, text=file_name, section=section, choices=choices)
                )
            whole = parts[section]
        else:
            whole = source_text(whole)
        normalised[sid] = (name, normal(whole))
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
            if count == 0:
                result.details += [f"    {line}" for line in nearest(normal(quote), text, name, lang)]
    return result


_SHOWN = 400
"""The longest passage shown beside a quote that is not in its source (characters)."""
_MAX_WORDS = 500
"""A quote longer than this (words) is not compared with its source word by word (the alignment
is quadratic in the quote's length; a quote is a sentence or a passage, not a page)."""


def nearest(quote: str, text: str, name: str, lang: str) -> list[str]:
    """What to show beside ``quote`` (normalised) when ``text`` (normalised, read from ``name``)
    does not hold it: the passage of ``text`` most like it and the words that differ (up to three
    places), or that nothing resembles it.

    Word by word with :mod:`difflib`: the longest run of words the two share places the passage
    (a text of some thousand words against a quote of some dozen: fast), then the quote is
    aligned with that passage, a few words either side included, to find where they differ."""
    words, wanted = text.split(" "), quote.split(" ")
    if len(wanted) > _MAX_WORDS:
        return []
    anchor = difflib.SequenceMatcher(None, words, wanted, autojunk=False).find_longest_match(
        0, len(words), 0, len(wanted)
    )
    start = max(0, anchor.a - anchor.b - 5)
    window = words[start : anchor.a - anchor.b + len(wanted) + 5]
    blocks = [b for b in difflib.SequenceMatcher(None, wanted, window, autojunk=False).get_matching_blocks() if b.size]
    if not anchor.size or not blocks:
        return [say("quotes-nothing-near", lang, text=name)]
    first, last = blocks[0], blocks[-1]
    passage = window[max(0, first.b - first.a) : last.b + last.size + len(wanted) - last.a - last.size]
    matcher = difflib.SequenceMatcher(None, wanted, passage, autojunk=False)
    if matcher.ratio() < 0.5:
        return [say("quotes-nothing-near", lang, text=name)]
    shown = " ".join(passage)
    shown = shown if len(shown) <= _SHOWN else shown[: _SHOWN - 1] + "…"
    lines = [say("quotes-nearest", lang, text=name, passage=shown)]
    differences = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    for tag, i1, i2, j1, j2 in differences[:3]:
        key = {"insert": "quotes-difference-left-out", "delete": "quotes-difference-added"}.get(
            tag, "quotes-difference"
        )
        lines.append(say(key, lang, quote=" ".join(wanted[i1:i2]), source=" ".join(passage[j1:j2])))
    return lines
