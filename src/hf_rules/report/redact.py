"""``--redact``: names of persons replaced by the role of their seat, in every output.

What is personal data here (see docs/reliability.md, "Personal data and --redact"):

* ``person`` and ``deputy`` of a seat (the deputy's ``person`` where it is written as a mapping)
  (``fora.<id>.members[]`` and ``observers[]``, and a
  secretariat's ``members[]`` and ``responsible[]``, of an
  organisation document): replaced by the seat's ``role`` (``Fastlegerepresentant``), the
  deputy by the role and "(vara)"/"(deputy)". A seat without a role is named by its
  constituency (``fastlegerepresentant``) or party (``representant for Oslo universitetssykehus HF``).
* ``person``, ``deputy_person`` and ``co_chair.person`` of a meeting plan's chair periods:
  replaced by the period's ``role`` (``deputy_role``, the co-chair's ``role``), else by
  "leder"/"chair", "nestleder"/"deputy chair", "medleder"/"co-chair".
* ``approved_by`` of a waiver: meant to name a body and a date, but it is free text and may name a
  person. It is kept only when it is *clearly a body*: it begins with the name or id of a forum,
  party or organisation of the documents given, and what follows holds only numbers, dates,
  punctuation and a few case words (``sak``, ``vedtak``, ``møte``, ``case``, ``decision``...).
  Otherwise it is replaced by "[navn utelatt]"/"[name left out]".
* Every other text (a waiver's reason, messages, paths...) keeps its words, except that any known
  person name in it is replaced by the role. A name that no seat lists cannot be recognised.

Redaction happens on the data, once: :meth:`Redactor.report` rewrites every free text of the
finished report model (findings, evidence, waivers, structure, input problems) before any formatter
sees it, and sets ``provenance.redacted``; each formatter then escapes the result as it escapes any
text. Rendered output is never rewritten (a "safety net" over it once broke JSON, HTML and XML for a
person named ``true``, ``null`` or ``&``), and the fields that are vocabulary or identifiers
(:data:`STRUCTURAL`: severities, statuses, ids, dates, fingerprints) are never touched, so a person
named ``error`` cannot change a severity.
Names are replaced as whole words (``Per`` never in ``Person`` nor in ``Per-Ola``; the genitive
``Pers`` is), with any run of white space between their parts. Fingerprints never change: a baseline written with
``--redact`` serves a run without it, and the other way round.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from hf_rules.core.i18n import word
from hf_rules.documents.entries import Workspace
from hf_rules.report.model import Report

SEAT_GROUPS = ("members", "observers", "responsible")
"""The seat lists of a forum (members, observers) and of a secretariat (members, responsible)."""
STRUCTURAL = frozenset(
    {
        "severity", "status", "subject_kind", "kind", "outcome", "as_of_reason", "fingerprint", "sha256",
        "lang", "fail_on", "verdict", "tool", "version", "exit_code", "as_of", "expires", "start", "end",
        "date", "generated_at", "rule", "rules", "pack", "id", "subject", "organisation", "forum", "party",
        "obligations", "side", "represents", "type", "sector", "applies_to", "max_file_size", "redacted",
        "line", "column", "bytes", "summary", "findings_by_severity",
    }
)  # fmt: skip
"""Report fields that are vocabulary, identifiers, dates or numbers: never redacted."""
PERSON_KEYS = ("person", "deputy")
CASE_WORDS = frozenset(
    {
        "sak",
        "saksnr",
        "saksnummer",
        "vedtak",
        "vedtatt",
        "møte",
        "møtet",
        "i",
        "den",
        "av",
        "på",
        "nr",
        "dato",
        "og",
        "case",
        "decision",
        "decided",
        "meeting",
        "of",
        "on",
        "the",
        "no",
        "dated",
        "date",
        "and",
    }
)
"""Words allowed after a body's name in an ``approved_by`` that is clearly a body's."""


def _normal(text: str) -> str:
    return " ".join(text.split())


def _name_pattern(names: Iterable[str], genitive: bool = True) -> re.Pattern[str] | None:
    """Whole-word alternation of ``names`` (longest first; a hyphen joins words, as in Per-Ola),
    white space between parts flexible, an optional genitive ``s`` after."""
    alternatives = sorted({n for n in names if n.strip()}, key=lambda n: (-len(n), n))
    if not alternatives:
        return None
    parts = [r"\s+".join(re.escape(p) for p in name.split()) for name in alternatives]
    s = "s?" if genitive else ""
    return re.compile(r"(?<![\w-])(?P<name>" + "|".join(parts) + rf")(?P<s>{s})(?![\w-])")


def _seats(data: Any) -> Iterable[dict[str, Any]]:
    """The seat mappings of a loaded document's data (valid or not), in document order: the fora's
    members and observers, and the seats of their secretariats and of the health community's
    (daily ``members`` and ``responsible``)."""
    fora = data.get("fora") if isinstance(data, dict) else None
    holders: list[Any] = []
    for forum in fora.values() if isinstance(fora, dict) else ():
        if isinstance(forum, dict):
            holders += [forum, forum.get("secretariat")]
    holders.append(data.get("secretariat") if isinstance(data, dict) else None)
    for holder in holders:
        if not isinstance(holder, dict):
            continue
        for group in SEAT_GROUPS:
            seats = holder.get(group)
            if isinstance(seats, list):
                yield from (seat for seat in seats if isinstance(seat, dict))


def _chair_holders(data: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str, str]]:
    """``(mapping, key of a person's name, catalogue key naming the holder)`` of a meeting plan's
    chairs: the chair, the deputy chair and a co-chair of each period."""
    chairs = data.get("chairs")
    for period in chairs if isinstance(chairs, list) else []:
        if not isinstance(period, dict):
            continue
        yield period, "person", "redact-chair"
        yield period, "deputy_person", "redact-deputy-chair"
        co_chair = period.get("co_chair")
        if isinstance(co_chair, dict):
            yield co_chair, "person", "redact-co-chair"


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


class Redactor:
    """The names of persons in a workspace and what replaces them, in one language."""

    def __init__(self, workspace: Workspace, lang: str) -> None:
        self.lang = lang
        roles: dict[str, set[str]] = {}
        bodies: set[str] = set()
        approvals: set[str] = set()
        for source in workspace.files:
            data = source.doc.data if source.doc is not None else None
            if not isinstance(data, dict):
                continue
            parties: dict[Any, Any] = data["parties"] if isinstance(data.get("parties"), dict) else {}
            fora: dict[Any, Any] = data["fora"] if isinstance(data.get("fora"), dict) else {}
            for key, forum in fora.items():
                bodies.add(str(key))
                if isinstance(forum, dict) and _text(forum.get("name")):
                    bodies.add(forum["name"])
            for key, party in parties.items():
                bodies.add(str(key))
                if isinstance(party, dict) and _text(party.get("name")):
                    bodies.add(party["name"])
            metadata = data.get("metadata")
            if isinstance(metadata, dict) and data.get("kind") == "Organisation":
                bodies.update(v for v in (_text(metadata.get("name")), _text(metadata.get("id"))) if v)
            for seat in _seats(data):
                role = self._role_of(seat, parties)
                for key in PERSON_KEYS:
                    value = seat.get(key)
                    name = _text(value.get("person") if key == "deputy" and isinstance(value, dict) else value)
                    if name is not None:
                        label = role if key == "person" else word("redact-deputy", lang).replace("{role}", role)
                        roles.setdefault(_normal(name), set()).add(label)
            for holder, key, fallback in _chair_holders(data):
                name = _text(holder.get(key))
                if name is not None:
                    named = _text(holder.get("role" if key != "deputy_person" else "deputy_role"))
                    roles.setdefault(_normal(name), set()).add(_normal(named) if named else word(fallback, lang))
            waivers = data.get("waivers")
            if isinstance(waivers, list):
                approvals.update(
                    w["approved_by"] for w in waivers if isinstance(w, dict) and _text(w.get("approved_by"))
                )
        self.pattern = _name_pattern(roles)
        fallback = word("redact-seat", lang)
        # A role that itself holds a person's name would bring the name back.
        self.names = {
            name: " / ".join(sorted({r if not self._has_name(r) else fallback for r in labels}))
            for name, labels in roles.items()
        }
        self.bodies = sorted({_normal(b).casefold() for b in bodies if _normal(b)}, key=lambda b: (-len(b), b))
        self.left_out = word("redact-approved-by", lang)
        self.approvals = {a: self.approved_by(a) for a in approvals}

    def _role_of(self, seat: dict[str, Any], parties: dict[str, Any]) -> str:
        """What names the holder of ``seat``: its role, else its constituency, else its party."""
        role = _text(seat.get("role"))
        if role is not None:
            return _normal(role)
        represents = seat.get("represents")
        if represents in ("fastlege", "bruker", "ansatt"):
            return word(f"redact-{represents}", self.lang)
        party_id = seat.get("party")
        if isinstance(party_id, str):
            party = parties.get(party_id)
            name = _text(party.get("name")) if isinstance(party, dict) else None
            return word("redact-party-seat", self.lang).replace("{party}", _normal(name or party_id))
        return word("redact-seat", self.lang)

    def _has_name(self, text: str) -> bool:
        return self.pattern is not None and self.pattern.search(text) is not None

    # -- texts ------------------------------------------------------------------------------

    def text(self, value: str) -> str:
        """``value`` with every known person name replaced by its role."""
        if self.pattern is None:
            return value
        return self.pattern.sub(lambda m: self.names[_normal(m.group("name"))] + m.group("s"), value)

    def is_body(self, value: str) -> bool:
        """Whether an ``approved_by`` is clearly a body's: a known body's name first, then only
        numbers, dates, punctuation and case words."""
        text = _normal(value).casefold()
        for body in self.bodies:
            if text.startswith(body) and (len(text) == len(body) or not text[len(body)].isalnum()):
                rest = re.findall(r"\w+", text[len(body) :])
                return all(any(c.isdigit() for c in token) or token in CASE_WORDS for token in rest)
        return False

    def approved_by(self, value: str) -> str:
        """A waiver's ``approved_by``: kept when clearly a body's (known names replaced), else left out."""
        return self.text(value) if self.is_body(value) and not self._has_name(value) else self.left_out

    # -- the report -------------------------------------------------------------------------

    def report(self, report: Report) -> Report:
        """The report with every text redacted and ``provenance.redacted`` set."""
        data = self._walk(report.model_dump(mode="json"), None)
        data["provenance"]["redacted"] = True
        return Report.model_validate(data)

    def _walk(self, value: Any, key: str | None) -> Any:
        if key in STRUCTURAL:
            return value
        if isinstance(value, str):
            return self.approved_by(value) if key == "approved_by" else self.text(value)
        if isinstance(value, dict):
            return {k: self._walk(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [self._walk(v, key) for v in value]
        return value
