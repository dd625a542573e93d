"""The sub-agreements (delavtaler) of the health community's agreement: which they are and how many.

Reads the organisation's ``sub_agreements`` (documents.md). An entry of ``includes`` or ``ids``
names a sub-agreement by its id (``delavtale-3``) or by its whole ``name``, compared as topics
are: case, spacing, hyphens and underscores aside («Delavtale om innleggelse i sykehus» is
``Innleggelse i sykehus`` where the organisation writes ``delavtale-1: {name: Innleggelse i
sykehus}``, and ``innleggelse-i-sykehus`` too). A name is never matched in part: where
agreements name one sub-agreement differently («Samarbeid om forebygging», «Forebygging»), an
entry may be a list of alternatives, and any one of them names it — the law's eleven areas,
each under the names agreements give it. Each option given is checked on its own:

- ``includes``: these sub-agreements are among those declared, and others may be too — «Partane
  inngår delavtale om innleggelse og delavtale om utskriving»: each one missing is reported;
- ``ids``: the declared sub-agreements are exactly these: one missing is reported, and so is each
  declared one that no entry names («the eleven sub-agreements the law requires, no more»);
- ``min``, ``max``, ``exactly``: how many are declared — "the agreement has eleven sub-agreements".

A finding about an entry of alternatives names it by its first. Who adopted a sub-agreement, and
what it replaces, is the ``agreement`` check with ``kind: [delavtale]``.

An organisation that declares no ``sub_agreements`` has none: ``includes`` reports every entry,
and a count ``min: 1`` or ``exactly: 11`` fails (at the organisation's ``fora``, where the key
would go). Whether a forum follows each one up is ``fora_cover_values`` with ``field:
follows_up``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import phrase
from hf_rules.rules.checks.base import (
    COUNT_BOUNDS,
    COUNT_EXACTLY,
    STRINGS,
    Example,
    LocalText,
    Subject,
    Violation,
    bound_problems,
    bounds,
    count_requirement,
)
from hf_rules.rules.checks.fora import topic_key
from hf_rules.yaml.loader import Document, Path_

NAME = "sub_agreements"
SUBJECTS = frozenset({"organisation"})
PARAMS: dict[str, str] = {
    "agreement": "The sub-agreement the finding is about: the entry of `includes` or `ids` that is missing (the "
    "first of a list of alternatives), or "
    "the id of a declared one not on `ids`; empty for a count.",
    "agreement_name": "Its name where the organisation declares it (else the entry as written); empty for a count.",
    "problem": "What is wrong: `is missing`, `is not on the list`, `too few sub-agreements` or `too many sub-agreements`.",
    "found": "How many sub-agreements the organisation declares.",
    "requirement": "For a count: the bound in words (`exactly 11`); otherwise the entry or id.",
}
_ENTRIES: dict[str, Any] = {
    "type": "array",
    "items": {"anyOf": [{"type": "string", "minLength": 1}, STRINGS]},
    "minItems": 1,
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "includes": {
            **_ENTRIES,
            "description": "These sub-agreements (ids or whole names; an entry may be a list of alternative names) "
            "are among those declared; others may be too.",
        },
        "ids": {
            **_ENTRIES,
            "description": "The declared sub-agreements are exactly these (ids or whole names; an entry may be a "
            "list of alternative names).",
        },
        **COUNT_BOUNDS,
        **COUNT_EXACTLY,
    },
    "anyOf": [
        {"required": ["includes"]},
        {"required": ["ids"]},
        {"required": ["min"]},
        {"required": ["max"]},
        {"required": ["exactly"]},
    ],
    "additionalProperties": False,
}


def validate(rule: Any, doc: Document, base: Path_) -> list[InputError]:
    return bound_problems(rule.id, doc, base, rule.check.options)


def _find(declared: dict[str, str], entry: str | list[str]) -> str | None:
    """The id of the declared sub-agreement ``entry`` names (one name or a list of alternatives):
    by id, or by its whole name (case, spacing, hyphens and underscores aside)."""
    for alternative in [entry] if isinstance(entry, str) else entry:
        if alternative in declared:
            return alternative
        wanted = topic_key(alternative)
        found = next((aid for aid, name in declared.items() if topic_key(name) == wanted), None)
        if found is not None:
            return found
    return None


def _unique(entries: list[str | list[str]]) -> list[str | list[str]]:
    """``entries`` each once (a list of alternatives is one entry), in order."""
    seen: list[str | list[str]] = []
    for entry in entries:
        if entry not in seen:
            seen.append(entry)
    return seen


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    declared = {aid: a.name for aid, a in subject.org.model.sub_agreements.items()}
    where: Path_ = ("sub_agreements",) if declared else ("fora",)
    evidence = {"sub_agreements": sorted(declared)}
    wanted = [entry for key in ("includes", "ids") if key in options for entry in options[key]]
    named: set[str] = set()
    for entry in _unique(wanted):
        found = _find(declared, entry)
        if found is not None:
            named.add(found)
            continue
        first: str = entry if isinstance(entry, str) else entry[0]
        params: dict[str, LocalText] = {
            "agreement": first,
            "agreement_name": first,
            "problem": phrase("sub-agreement-missing"),
            "found": str(len(declared)),
            "requirement": first,
        }
        yield Violation(where, f"missing:{first}", params, evidence, at_key=True)
    if "ids" in options:
        for aid, name in declared.items():
            if aid not in named:
                params = {
                    "agreement": aid,
                    "agreement_name": name,
                    "problem": phrase("sub-agreement-not-listed"),
                    "found": str(len(declared)),
                    "requirement": aid,
                }
                yield Violation(("sub_agreements", aid), f"not-listed:{aid}", params, evidence, at_key=True)
    minimum, maximum = bounds(options)
    if minimum is None and maximum is None:
        return
    count = len(declared)
    if (minimum is not None and count < minimum) or (maximum is not None and count > maximum):
        few = minimum is not None and count < minimum
        params = {
            "agreement": "",
            "agreement_name": "",
            "problem": phrase("sub-agreements-too-few" if few else "sub-agreements-too-many"),
            "found": str(count),
            "requirement": count_requirement(minimum, maximum),
        }
        yield Violation(where, "too-few" if few else "too-many", params, evidence, at_key=True)


_ORG = """\
parties:
  hf: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
fora:
  ssu: {name: Strategisk samarbeidsutvalg, type: strategisk-samarbeidsutvalg}
sub_agreements:
  delavtale-1: {name: Innleggelse i sykehus}
  delavtale-2: {name: Utskrivning fra sykehus}
%s"""
EXAMPLES = (
    Example(
        "The agreement has sub-agreements on admission and on discharge (one named by id, one by name)",
        {"includes": ["delavtale-1", "utskrivning fra  sykehus"]},
        _ORG % "",
    ),
    Example(
        "The sub-agreement on prevention, under either of the names agreements give it",
        {"includes": [["Samarbeid om forebygging", "Forebygging"]]},
        _ORG % "  delavtale-3: {name: Forebygging}\n",
    ),
    Example(
        "No sub-agreement on prevention, under either name",
        {"includes": [["Samarbeid om forebygging", "Forebygging"]]},
        _ORG % "",
        expect=("missing:Samarbeid om forebygging",),
    ),
    Example(
        "No sub-agreement on the pharmacy cooperation",
        {"includes": ["delavtale-1", "Legemiddelsamarbeid"]},
        _ORG % "",
        expect=("missing:Legemiddelsamarbeid",),
    ),
    Example(
        "Exactly these two: a third is declared",
        {"ids": ["delavtale-1", "delavtale-2"]},
        _ORG % "  delavtale-3: {name: Legemiddelsamarbeid}\n",
        expect=("not-listed:delavtale-3",),
    ),
    Example("The agreement has at least two sub-agreements", {"min": 2}, _ORG % ""),
    Example(
        "Eleven sub-agreements, and two are declared",
        {"exactly": 11},
        _ORG % "",
        expect=("too-few",),
    ),
)
