"""The health community's agreements: one of a kind exists, who adopted it and by when, what it
replaces, and one per party (a bilateral agreement with each municipality).

Reads the organisation's ``agreements`` and ``sub_agreements`` (documents.md): an entry of
``sub_agreements`` is an agreement of kind ``delavtale``. The agreements looked at are those of
one of the kinds ``kind`` that are **in force** on the date the organisation is checked as of
(see rule-packs.md, "Which date"): an agreement whose ``effective_from`` is after that date is
not in force yet, and replaces nothing yet; an agreement that another agreement in force
``replaces`` (by its id or its name) is left out. So a revision the document already lists
does not hide the version before it when the structure is checked as of an earlier date. With ``name`` (one of these names, compared case,
spacing, hyphens and underscores aside) the rule looks at the agreements of those names, in
force or replaced: a sentence about one version («vedtektene vart vedtekne 4. mai 2023», «avtalen
frå 2012 vart vedteken i alle kommunestyra») still holds of that version after a revision. Each option given is checked for each of them:

- always (but with ``per_party``): at least one is in force — «Vedtekter for Helsefellesskap
  Helgeland»; none is reported once, at the organisation's ``agreements`` (or ``fora``, where the
  key would go);
- ``adopted_by``: a list of requirements, each met by an entry of the agreement's ``adopted_by``:
  ``party_type`` — every party of these types adopted it (its own entry ``{party: ID}``: «Verdal
  kommunestyre vedtar …» is the municipality's adoption, the board's the trust's; a part of a
  party does not adopt for it); ``party`` — each of these parties (ids, or a party's names) did
  («Verdal kommunestyre vedtek den reviderte avtala»: ``party: [Verdal kommune]``); ``forum_type`` — every forum of these types (a kind of one too)
  adopted or approved it, and there is one of each type («vedtatt av partnerskapsmøtet», «godkjent i ASU
  og PSU»); ``forum`` — each of these fora did, by id or name (or a body the document declares
  under ``bodies:``, such as a founding meeting: «vedtektene vart godkjende på stiftelsesmøtet»);
  one the organisation has neither as a forum nor as a body is reported as such, with the ids it
  has, not as one that did not adopt it. With ``by`` (a day, ``YYYY-MM-DD``) each
  adoption is dated on or before it: a later one is reported at its date, and an adoption
  without a ``date`` is reported (it cannot be told), never passed. With ``on`` instead, each is
  dated that very day («vedteke i ASU 15. september 2016»): an earlier or a later one is reported
  at its date, an undated one as with ``by``. With ``same_day: true`` they are all of one day,
  whichever it is (a text that has the parties *adopt* it at the same time, «vedtas samtidig i
  alle kommunestyra»; not «legges frem samtidig», put before the councils at the same time, which
  the adoptions' dates do not show): the day most of them give (the earliest of those that tie)
  is the day, one of another day is reported at its date, and an undated one at the adoption.
  With ``body`` beside
  ``party_type``, each party's adoption names one of these bodies (its ``body``, matched as a
  seat's ``role`` is): «vedtatt i kommunestyrene og av styret i HNT» is ``body: [Kommunestyret,
  Bystyret, Styret]``, so an adoption by the formannskap, or one that names no body, is reported
  at the adoption. A body written with its party («Styret i Helse Nord-Trøndelag HF», «Verdal
  kommunestyre») is that party's organ: the adoption's own party's meets the rule as the bare
  word does, another's never («Styret i Helse Midt-Norge RHF» is not the trust's board).
  Otherwise ``body`` matches the start of the text as a ``role`` does; ``body_is`` instead
  matches the whole text, case and spacing aside, as ``appointed_by_is`` does (give one of the
  two, and only beside ``party_type`` or ``party``: a forum names no body of a party). An
  adoption by a municipality since merged counts for the party it is now part of (``party:
  naeroysund, former: Vikna kommune``); where that party names the municipalities it was made
  from (``merged_from: [Vikna kommune, Nærøy kommune]``), each of them must have adopted it (or
  the party itself), so Nærøy's adoption alone is reported («vedtatt i kommunestyrene i samtlige
  kommuner» in 2012);
- ``effective_from``: the agreement gives this ``effective_from`` («gjeldende fra 1. januar
  2021»); another day, or none, is reported; ``adopted`` likewise its ``adopted`` day, where the
  text says when but not who («Strategidokumentet vart vedteke 30.11.22»);
- ``replaces``: ``true`` — it names at least one earlier agreement it replaces («Den reviderte
  avtalen erstatter tidligere inngåtte avtaler»); a list — it names each of these among its
  ``replaces`` (an entry may be a list of alternative names), by the id or the name of an
  agreement of the document or by the name it writes, compared as ``name`` is, or as the
  beginning of a longer name, up to a word boundary (``Rammeavtale`` is met by «Rammeavtale
  mellom Helse Førde HF og kommunane i Sogn og Fjordane (2012)»);
- ``basis``: the agreement is made under a point of another agreement of the document («Denne
  tjenesteavtalen er inngått i henhold til overordnet samarbeidsavtale pkt. 5»): its ``basis``
  names an agreement of one of the kinds ``basis.kind`` (``samarbeidsavtale``), and with
  ``basis.point`` that point (compared case, spaces and a leading «pkt.», «punkt» or «§» aside,
  so ``5``, «pkt. 5» and «Punkt 5» are one point). An agreement without a ``basis``, one that rests on an
  agreement of another kind, or on another point, or names no point, is reported at its ``basis``
  (or at the agreement, where it gives none). Ask it of sub-agreements with ``kind: [delavtale]``
  (and ``name`` for one of them);
- ``parties``: the agreement is between exactly these parties, each named by its id, its
  ``name`` or one of its ``also_known_as`` (compared as ``name`` is; an entry may be a list of
  alternatives) — «avtale … ved kommunene Tydal, Selbu, Stjørdal og Meråker og St. Olavs Hospital
  HF»: with ``name`` for the one agreement the text means. ``party_types`` adds every party of
  these types to the list («mellom kommunene i Telemark og Sykehuset Telemark HF»: ``party_types:
  [kommune]``, ``parties: [Sykehuset Telemark HF]``), so that a document's municipalities need
  not be named in the pack. A party of the list that the
  agreement's ``parties`` does not name is reported at its ``parties``, and so is each party it
  names that the list lacks. An agreement that gives no ``parties`` is between all the parties
  of the document (documents.md): the list's parties must be parties of the document, and a
  party of the document of a type the list's parties are (a second trust) that the list lacks is
  reported at the agreement; parties of other types (KS, the ombud) are not asked about;
- ``per_party``: instead of one agreement for the community, one for each party of
  ``per_party.party_type`` — «bilaterale avtaler mellom helseforetaket og hver kommune»: each
  such party is named in the ``parties`` of exactly one agreement in force of the kind (with
  ``per_party.with``, one that also names a party of these types: the trust). A party with none,
  or with more than one, is reported at the party. An agreement that names two or more parties of
  ``per_party.party_type`` is a joint agreement, the own agreement of none of them: «Partnarane i
  denne avtala er Helse Førde HF og kvar einskild kommune» is not met by one ``bilateral-avtale``
  of Helse Førde, Vik and Aurland: a party whose only agreement is a joint one is reported where
  that agreement names it. A document with no party of
  ``per_party.party_type`` at all has nothing to check and is reported once, at its ``parties``
  (as a rule that counts refuses to pass on nothing: «ein avtale per regionsamarbeid» with no
  regional cooperation listed is not met). ``adopted_by`` then asks its ``party_type``
  of each agreement's own parties only.

Sub-agreements by name are ``sub_agreements``; a date of the organisation itself is
``effective_from``."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import Message, phrase
from hf_rules.documents.entries import OrgEntry
from hf_rules.documents.model import SUB_AGREEMENT_KIND, Adoption, Organisation, SubAgreement
from hf_rules.rules.checks.base import Example, Subject, Violation
from hf_rules.rules.checks.fora import topic_key
from hf_rules.rules.checks.seats import named_body, normalised, organ_of, party_id, role_matches, short_name
from hf_rules.rules.checks.words import words
from hf_rules.yaml.loader import Document, Path_

NAME = "agreement"
SUBJECTS = frozenset({"organisation"})
PARAMS: dict[str, str] = {
    "agreement": "Id of the agreement the finding is about; empty when there is none (`there is no such agreement`, "
    "a party with none).",
    "agreement_name": "Its name; empty when there is none.",
    "kinds": "The kinds looked at (`kind`), comma-separated.",
    "body": "Id of the party or forum the finding is about (one that has not adopted it, adopted it late, or has no "
    "agreement, only a joint one, or several); the forum type for `there is no forum of type`, "
    "the party types for `there is no party of type`; else empty.",
    "body_name": "Its name; else empty.",
    "date": "The date of the adoption reported (late, or not on the day of `on`); `-` when it gives none; else empty.",
    "requirement": "What was asked: the day of `by` or `on`, the earlier agreement of `replaces`, the kinds and point of "
    "`basis` (`samarbeidsavtale pkt. 5`); else empty.",
    "problem": "What is wrong: `there is no such agreement`, `has not adopted it`, `adopted it on D, after D`, `adopted it on D, not on D`, `adopted it on D, not on the day the others did (D)`, "
    "`adopted it, but the adoption gives no date`, `there is no forum of type T`, `does not say it replaces X`, "
    "`names no earlier agreement it replaces`, `has no such agreement`, `has N such agreements`, `adopted it by B, "
    "not by …`, `is not among the parties: nothing to check`, `has no agreement of its own: A is shared with …`, `is in force from D, not D`, `gives no effective_from`, `was adopted on D, not D`, `gives no adopted day`, `does not say which agreement it is made "
    "under`, `is made under X, which is not K`, `is made under point P of X, not point Q`, `… does not say which "
    "point`, `does not name P among its parties`, `names P, who is not among the parties the text gives`.",
}
_DAY = {"type": "string", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$(?!\n)"}
_NAMES: dict[str, Any] = {
    "anyOf": [
        {"type": "string", "minLength": 1},
        {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
    ]
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "kind": words(
            "agreement_kinds", "The agreements looked at: those of these kinds (delavtale: `sub_agreements`)."
        ),
        "name": {
            "type": "array",
            "items": {"type": "string", "minLength": 1},
            "minItems": 1,
            "default": [],
            "description": "Only agreements with one of these names (case, spacing, hyphens and underscores aside), "
            "in force or replaced: a sentence about one version holds of it after a revision.",
        },
        "adopted_by": {
            "type": "array",
            "minItems": 1,
            "default": [],
            "items": {
                "type": "object",
                "properties": {
                    "party_type": words("party_types", "Every party of these types adopted it."),
                    "forum_type": words("forum_types", "Every forum of these types adopted it (and there is one)."),
                    "forum": {
                        "type": "array",
                        "items": {"type": "string", "minLength": 1},
                        "minItems": 1,
                        "description": "Each of these fora (by id or name) adopted it; a body the document declares "
                        "under `bodies:` (a founding meeting) too. One the organisation does not have is reported as "
                        "such, with the ids it has.",
                    },
                    "party": {
                        "type": "array",
                        "items": {"type": "string", "minLength": 1},
                        "minItems": 1,
                        "description": "Each of these parties (ids, or a party's names) adopted it («Verdal kommunestyre "
                        "vedtek den reviderte avtala»).",
                    },
                    "by": {
                        **_DAY,
                        "description": "Each of these adoptions is dated on or before this day (YYYY-MM-DD).",
                    },
                    "body": {
                        "type": "array",
                        "items": {"type": "string", "minLength": 1},
                        "minItems": 1,
                        "description": "With `party_type`: each party's adoption names one of these bodies (its `body`, "
                        "matched as a seat's `role` is: «Kommunestyret», «Styret»), not another (the formannskap); a body "
                        "written with its party is that party's («Styret i Helse Midt-Norge RHF» is not the trust's).",
                    },
                    "body_is": {
                        "type": "array",
                        "items": {"type": "string", "minLength": 1},
                        "minItems": 1,
                        "description": "Instead of `body`: the adoption's `body` is one of these as the whole text, "
                        "case and spacing aside (as `appointed_by_is` is): `Styret` is not «Styret i Helse Midt-Norge "
                        "RHF», and is the party's own board under its name («Styret i Helse Nord-Trøndelag HF»).",
                    },
                    "on": {
                        **_DAY,
                        "description": "Instead of `by`: each of these adoptions is dated this very day (YYYY-MM-DD).",
                    },
                    "same_day": {
                        "type": "boolean",
                        "default": False,
                        "description": "These adoptions are all dated the same day, whichever day it is («vedtas samtidig i "
                        "alle kommunestyra»): one of another day than most of them is reported at its date, one without "
                        "a date at the adoption.",
                    },
                },
                "anyOf": [
                    {"required": ["party_type"]},
                    {"required": ["party"]},
                    {"required": ["forum_type"]},
                    {"required": ["forum"]},
                ],
                "additionalProperties": False,
            },
            "description": "Who adopted it: each entry a requirement, `{party_type}`, `{party}`, `{forum_type}` or "
            "`{forum}`, optionally `by` a day or `on` a day.",
        },
        "replaces": {
            "anyOf": [
                {"const": True},
                {"type": "array", "items": _NAMES, "minItems": 1},
            ],
            "description": "`true`: it names an earlier agreement it replaces; a list: it replaces each of these (ids "
            "or names; an entry may be a list of alternative names).",
        },
        "effective_from": {
            **_DAY,
            "description": "Each agreement looked at gives this `effective_from` («gjeldende fra 1. januar 2021»).",
        },
        "adopted": {
            **_DAY,
            "description": "Each agreement looked at gives this `adopted` day («Strategidokumentet vart vedteke "
            "30.11.22»), whoever adopted it.",
        },
        "basis": {
            "type": "object",
            "properties": {
                "kind": words("agreement_kinds", "It rests on an agreement of one of these kinds."),
                "point": {
                    "anyOf": [{"type": "string", "minLength": 1}, {"type": "integer", "minimum": 0}],
                    "description": "On this point of it (`5`, `'4.2'`; a leading «pkt.» aside).",
                },
            },
            "required": ["kind"],
            "additionalProperties": False,
            "description": "Each agreement looked at is made under a point of an agreement of `kind` (its "
            "`basis`): «inngått i henhold til overordnet samarbeidsavtale pkt. 5».",
        },
        "parties": {
            "type": "array",
            "items": _NAMES,
            "minItems": 1,
            "description": "Each agreement looked at is between exactly these parties (ids, names or `also_known_as`; "
            "an entry may be a list of alternatives): «ved kommunene Tydal, Selbu, Stjørdal og Meråker og St. Olavs "
            "Hospital HF».",
        },
        "party_types": words(
            "party_types",
            "Each agreement looked at is between every party of these types, and no other party beside those of "
            "`parties` («mellom kommunene i Telemark og Sykehuset Telemark HF»: `party_types: [kommune]`, `parties: "
            "[Sykehuset Telemark HF]`).",
        ),
        "per_party": {
            "type": "object",
            "properties": {
                "party_type": words("party_types", "Each party of these types has exactly one."),
                "with": {
                    **words("party_types", "The agreement also names a party of these types (the trust)."),
                    "default": [],
                },
            },
            "required": ["party_type"],
            "additionalProperties": False,
            "description": "One agreement for each party of `party_type` (named in its `parties`), optionally "
            "`with` a party of these types: a bilateral agreement with each municipality.",
        },
    },
    "required": ["kind"],
    "additionalProperties": False,
}


def validate(rule: Any, doc: Document, base: Path_) -> list[InputError]:
    """A day (``effective_from``, ``adopted``, ``by``, ``on``) that is no day of the calendar
    (``2020-02-30``), ``by`` with ``on``, and
    ``body`` with ``body_is``, and either without ``party_type`` (a party's body): located pack errors."""
    problems: list[InputError] = []

    def days(where: Path_, given: dict[str, Any], keys: tuple[str, ...]) -> None:
        for key in keys:
            day = given.get(key)
            if isinstance(day, str):
                try:
                    dt.date.fromisoformat(day)
                except ValueError:
                    message = Message("err-option-not-a-date", rule=rule.id, key=key, value=day)
                    problems.append(InputError(doc.location((*where, key)), message))

    days(base, rule.check.options, ("effective_from", "adopted"))
    for i, entry in enumerate(rule.check.options.get("adopted_by") or []):
        if not isinstance(entry, dict):
            continue
        at = (*base, "adopted_by", i)
        days(at, entry, ("by", "on"))
        for a, b in (("by", "on"), ("body", "body_is")):
            if a in entry and b in entry:
                where = doc.location((*at, b), key=True)
                problems.append(InputError(where, Message("err-options-together", rule=rule.id, a=a, b=b)))
        for key in ("body", "body_is"):  # a party's body: without the party type it would say nothing
            if key in entry and "party_type" not in entry and "party" not in entry:
                where = doc.location((*at, key), key=True)
                problems.append(
                    InputError(where, Message("err-option-needs", rule=rule.id, a=key, b="party_type` or `party"))
                )
    return problems


@dataclass(frozen=True)
class Declared:
    """An agreement of the document, with where it is and its kind (``delavtale`` for a sub-agreement)."""

    id: str
    kind: str
    agreement: SubAgreement
    path: Path_


def declared_agreements(org: Organisation) -> list[Declared]:
    """Every agreement of ``org``: ``agreements``, then ``sub_agreements`` (kind ``delavtale``)."""
    found = [Declared(aid, a.kind, a, ("agreements", aid)) for aid, a in org.agreements.items()]
    found += [Declared(aid, SUB_AGREEMENT_KIND, a, ("sub_agreements", aid)) for aid, a in org.sub_agreements.items()]
    return found


def in_force(org: Organisation, day: dt.date | None = None) -> list[Declared]:
    """The agreements of ``org`` in force on ``day``: those whose ``effective_from`` has come (all,
    without a day) that no other such agreement replaces (by id or name). A revision the document
    lists ahead of its day neither counts nor replaces the version before it yet (round 29
    Nord-Trøndelag: checked as of 2021, the 2023 revision was read)."""
    declared = [
        d
        for d in declared_agreements(org)
        if day is None or (start := d.agreement.effective_from) is None or start <= day
    ]
    replaced: set[str] = set()
    for item in declared:
        replaced.update(topic_key(entry) for entry in item.agreement.replaces)
    return [d for d in declared if topic_key(d.id) not in replaced and topic_key(d.agreement.name) not in replaced]


def _alternatives(entry: str | list[str]) -> list[str]:
    return [entry] if isinstance(entry, str) else list(entry)


def _begins(have: str, want: str) -> bool:
    """Whether the name ``have`` is ``want``, or begins with it up to a word boundary (both keyed):
    «Rammeavtale mellom Helse Førde HF og kommunane i Sogn og Fjordane (2012)» is a «Rammeavtale»
    (round 25 Førde FO2), «Rammeavtalen» is not."""
    return have == want or (have.startswith(want) and not have[len(want)].isalnum())


def _names_replaced(declared: list[Declared], item: Declared) -> set[str]:
    """Every name (keyed) an agreement's ``replaces`` gives: as written, and an agreement's of the
    document it names by id or name its id and name too."""
    names: set[str] = set()
    for entry in item.agreement.replaces:
        key = topic_key(entry)
        names.add(key)
        for other in declared:
            if key in (topic_key(other.id), topic_key(other.agreement.name)):
                names.update((topic_key(other.id), topic_key(other.agreement.name)))
    return names


def _params(item: Declared | None, kinds: str, problem: Message, **more: str) -> dict[str, Any]:
    params: dict[str, Any] = {
        "agreement": item.id if item else "",
        "agreement_name": item.agreement.name if item else "",
        "kinds": kinds,
        "body": "",
        "body_name": "",
        "date": "",
        "requirement": "",
        "problem": problem,
    }
    params.update(more)
    return params


def _adoptions(
    org: OrgEntry, item: Declared, wanted: dict[str, Any], kinds: str, per_party: bool
) -> Iterator[Violation]:
    model = org.model
    agreement = item.agreement
    where: Path_ = (*item.path, "adopted_by") if agreement.adopted_by else item.path
    bodies: list[tuple[str, str, str]] = []  # (party or forum, id, name)
    if "party_type" in wanted:
        among = agreement.parties if per_party and agreement.parties else list(model.parties)
        for pid in among:
            party = model.parties.get(pid)
            if party is not None and party.type in wanted["party_type"]:
                bodies.append(("party", pid, party.name))
    for named in wanted.get("party", []):
        pid = party_id(org, named)
        party = model.parties.get(pid)
        entry = ("party", pid, party.name if party is not None else named)
        if entry not in bodies:
            bodies.append(entry)
    for forum_type in wanted.get("forum_type", []):
        fora = org.fora_of_type([forum_type])
        if not fora:
            problem = phrase("agreement-no-forum", types=forum_type)
            params = _params(item, kinds, problem, body=forum_type, body_name=forum_type)
            yield Violation(where, f"no-forum:{item.id}:{forum_type}", params, {"fora": []}, at_key=True)
        bodies += [("forum", fid, forum.name) for fid, forum in fora if ("forum", fid, forum.name) not in bodies]
    for named in wanted.get("forum", []):  # a forum, or a declared body (a founding meeting), by id or name
        body = named_body(org, named)
        fid = body[1] if body is not None and body[0] in ("forum", "body") else named
        if fid not in model.fora and fid not in model.bodies:
            # named nowhere: say so, not that it did not adopt (round 28 Helgeland HG1)
            known = sorted((*model.fora, *model.bodies))
            close = difflib.get_close_matches(named, known, n=1)
            problem = phrase("agreement-no-such-body", body=named, known=", ".join(known) or "-")
            if close:
                problem = phrase("agreement-no-such-body-close", body=named, close=close[0], known=", ".join(known))
            params = _params(item, kinds, problem, body=named, body_name=named)
            yield Violation(where, f"no-such-body:{item.id}:{named}", params, {"known": known}, at_key=True)
            continue
        name = model.fora[fid].name if fid in model.fora else model.bodies[fid].name
        if ("forum", fid, name) not in bodies:
            bodies.append(("forum", fid, name))
    by = wanted.get("by")
    adopted: list[tuple[str, str, int, Adoption]] = []  # (id, name, index, adoption) for `same_day`
    for sort, bid, name in bodies:
        found: list[tuple[int, Adoption]] = [
            (i, a) for i, a in enumerate(agreement.adopted_by) if getattr(a, sort) == bid
        ]
        evidence = {"adopted_by": [a.model_dump(mode="json", exclude_none=True) for a in agreement.adopted_by]}
        bodies_wanted: list[str] = wanted.get("body") or wanted.get("body_is") or []
        if found and sort == "party" and bodies_wanted:
            whole = "body_is" in wanted
            by_body = [(i, a) for i, a in found if _body_meets(org, a, bodies_wanted, whole)]
            if not by_body:
                i, adoption = found[0]
                problem = phrase("agreement-wrong-body", body=adoption.body or "-", wanted=", ".join(bodies_wanted))
                params = _params(item, kinds, problem, body=bid, body_name=name)
                yield Violation((*item.path, "adopted_by", i), f"body:{item.id}:{bid}", params, evidence)
                continue
            found = by_body
        if not found:
            params = _params(item, kinds, phrase("agreement-not-adopted"), body=bid, body_name=name)
            yield Violation(where, f"not-adopted:{item.id}:{bid}", params, evidence, at_key=True)
            continue
        if sort == "party":
            missing = _formers_missing(model, bid, [a for _, a in found])
            if missing:
                problem = phrase("agreement-former-not-adopted", former=", ".join(missing))
                params = _params(item, kinds, problem, body=bid, body_name=name)
                yield Violation(where, f"former-not-adopted:{item.id}:{bid}", params, evidence, at_key=True)
                continue
        adopted.append((bid, name, found[0][0], found[0][1]))
        on = wanted.get("on")
        day = by if by is not None else on
        if day is None:
            continue
        dated = [(i, a) for i, a in found if a.date is not None]
        if any(
            a.date is not None and (a.date.isoformat() <= day if on is None else a.date.isoformat() == day)
            for _, a in dated
        ):
            continue
        if dated:
            i, adoption = dated[0]
            assert adoption.date is not None
            date = adoption.date.isoformat()
            if on is None:
                problem, key = phrase("agreement-adopted-late", date=date, by=day), "late"
            else:
                problem, key = phrase("agreement-adopted-other-day", date=date, on=day), "other-day"
            params = _params(item, kinds, problem, body=bid, body_name=name, date=date, requirement=day)
            yield Violation((*item.path, "adopted_by", i, "date"), f"{key}:{item.id}:{bid}", params, evidence)
        else:
            i = found[0][0]
            problem = phrase("agreement-adoption-undated")
            params = _params(item, kinds, problem, body=bid, body_name=name, date="-", requirement=day)
            yield Violation((*item.path, "adopted_by", i), f"undated:{item.id}:{bid}", params, evidence)
    if wanted.get("same_day"):
        # an undated adoption is said once: by `by` or `on` where given
        yield from _same_day(item, kinds, adopted, undated="by" not in wanted and "on" not in wanted)


def _same_day(
    item: Declared, kinds: str, adopted: list[tuple[str, str, int, Adoption]], *, undated: bool
) -> Iterator[Violation]:
    """``same_day``: the adoptions (each body's first) are all of one day. The day most of them
    give (the earliest of those that tie) is the day; one of another day is reported at its date,
    one without a date at the adoption («vedtas samtidig i alle kommunestyra»)."""
    days = Counter(a.date.isoformat() for _, _, _, a in adopted if a.date is not None)
    if not days:
        common = None
    else:
        most = max(days.values())
        common = min(day for day, n in days.items() if n == most)
    evidence = {"day": common, "days": dict(sorted(days.items()))}
    for bid, name, i, adoption in adopted:
        if adoption.date is None:
            if not undated:
                continue
            problem = phrase("agreement-adoption-undated")
            params = _params(item, kinds, problem, body=bid, body_name=name, date="-", requirement=common or "-")
            yield Violation((*item.path, "adopted_by", i), f"undated:{item.id}:{bid}", params, evidence)
        elif adoption.date.isoformat() != common:
            date = adoption.date.isoformat()
            problem = phrase("agreement-adopted-not-with-others", date=date, on=common)
            params = _params(item, kinds, problem, body=bid, body_name=name, date=date, requirement=common or "-")
            yield Violation((*item.path, "adopted_by", i, "date"), f"not-same-day:{item.id}:{bid}", params, evidence)


def _formers_missing(model: Organisation, pid: str, found: list[Adoption]) -> list[str]:
    """The municipalities a merged party was made from (its ``merged_from``) that have not adopted
    the agreement, where only they did (every adoption names a ``former``): none where the party
    names none, or adopted it itself (round 27 Nord-Trøndelag NT4: Nærøy's adoption is not
    Vikna's)."""
    party = model.parties.get(pid)
    if party is None or not party.merged_from or any(a.former is None for a in found):
        return []
    adopted = {short_name(a.former) for a in found if a.former is not None}
    return [name for name in party.merged_from if short_name(name) not in adopted]


def _body_meets(org: OrgEntry, adoption: Adoption, wanted: list[str], whole: bool) -> bool:
    """Whether the adoption's ``body`` is one of ``wanted`` (``whole``: as the whole text, as
    ``body_is``; else its start, as a role). A body named with its party («Styret i Helse
    Nord-Trøndelag HF», «Verdal kommunestyre») is the organ of that party: it is the adoption's
    party's own organ or none of ``wanted`` («Styret i Helse Midt-Norge RHF» is another board,
    for ``body`` as for ``body_is``)."""
    text = adoption.body
    if not text:
        return False
    organ = organ_of(org, text)
    if organ is not None:
        if organ[1] != adoption.party:
            return False
        text = organ[0]
    return any((normalised(text) == normalised(b)) if whole else role_matches(text, b) for b in wanted)


def _replaces(declared: list[Declared], item: Declared, wanted: Any, kinds: str) -> Iterator[Violation]:
    agreement = item.agreement
    where: Path_ = (*item.path, "replaces") if agreement.replaces else item.path
    evidence = {"replaces": list(agreement.replaces)}
    if wanted is True:
        if not agreement.replaces:
            params = _params(item, kinds, phrase("agreement-replaces-nothing"))
            yield Violation(where, f"replaces-nothing:{item.id}", params, evidence, at_key=True)
        return
    names = _names_replaced(declared, item)
    for entry in wanted:
        alternatives = _alternatives(entry)
        if any(_begins(have, topic_key(name)) for name in alternatives for have in names):
            continue
        problem = phrase("agreement-not-replacing", entry=alternatives[0])
        params = _params(item, kinds, problem, requirement=alternatives[0])
        yield Violation(where, f"not-replacing:{item.id}:{alternatives[0]}", params, evidence, at_key=True)


_POINT_WORDS = re.compile(r"^(pkt\.?|punkt|§)\s*")


def point_key(point: str | int) -> str:
    """A point of an agreement as compared: case and spaces aside, without a leading «pkt.»,
    «punkt» or «§» and a final full stop («Pkt. 5.» is 5)."""
    text = "".join(str(point).split()).casefold()
    return _POINT_WORDS.sub("", text).rstrip(".")


def _basis(declared: list[Declared], item: Declared, wanted: dict[str, Any], kinds: str) -> Iterator[Violation]:
    basis = item.agreement.basis
    point = wanted.get("point")
    said = ", ".join(wanted["kind"]) + (f" pkt. {point}" if point is not None else "")
    evidence = {"basis": basis.model_dump(mode="json", exclude_none=True) if basis is not None else None}
    if basis is None:
        params = _params(item, kinds, phrase("agreement-no-basis", wanted=said), requirement=said)
        yield Violation(item.path, f"no-basis:{item.id}", params, evidence, at_key=True)
        return
    rests_on = next((d for d in declared if d.id == basis.agreement), None)
    name = rests_on.agreement.name if rests_on is not None else basis.agreement
    at: Path_ = (*item.path, "basis")
    if rests_on is None or rests_on.kind not in wanted["kind"]:
        problem = phrase("agreement-basis-kind", basis=name, wanted=", ".join(wanted["kind"]))
        params = _params(item, kinds, problem, requirement=said)
        yield Violation((*at, "agreement"), f"basis-kind:{item.id}", params, evidence)
    elif point is not None and basis.point is None:
        problem = phrase("agreement-basis-no-point", basis=name, wanted=str(point))
        yield Violation(at, f"basis-point:{item.id}", _params(item, kinds, problem, requirement=said), evidence)
    elif point is not None and basis.point is not None and point_key(basis.point) != point_key(point):
        problem = phrase("agreement-basis-point", basis=name, point=basis.point, wanted=str(point))
        params = _params(item, kinds, problem, requirement=said)
        yield Violation((*at, "point"), f"basis-point:{item.id}", params, evidence)


def _per_party(
    model: Organisation, looked_at: list[Declared], per_party: dict[str, Any], kinds: str, evidence: dict[str, Any]
) -> Iterator[Violation]:
    """``per_party``: each party of ``party_type`` is named in exactly one agreement of its own: one
    that names no other party of those types (a joint agreement of two municipalities is no
    bilateral agreement of either: each is reported where the joint one names it) and, with
    ``with``, a party of those types. No party of ``party_type`` at all is one finding: nothing to
    check."""
    types = per_party["party_type"]
    partners = set(per_party["with"])
    parties = [(pid, party) for pid, party in model.parties.items() if party.type in types]
    if not parties:
        problem = phrase("agreement-no-parties")
        params = _params(None, kinds, problem, body=", ".join(types), body_name=", ".join(types))
        yield Violation(("parties",), "no-parties", params, {**evidence, "party_type": list(types)}, at_key=True)
        return
    own_type = {pid for pid, _ in parties}
    for pid, party in parties:
        own = [
            d
            for d in looked_at
            if pid in d.agreement.parties
            and not any(other != pid and other in own_type for other in d.agreement.parties)
            and (
                not partners
                or any(
                    other != pid and other in model.parties and model.parties[other].type in partners
                    for other in d.agreement.parties
                )
            )
        ]
        joint = [
            d
            for d in looked_at
            if pid in d.agreement.parties and any(other != pid and other in own_type for other in d.agreement.parties)
        ]
        if len(own) == 1:
            continue
        if not own and joint:  # named in an agreement of several: at its name of the party
            item = joint[0]
            others = [o for o in dict.fromkeys(item.agreement.parties) if o != pid and o in own_type]
            problem = phrase(
                "agreement-joint",
                agreement=item.agreement.name,
                others=", ".join(model.parties[o].name for o in others),
            )
            params = _params(item, kinds, problem, body=pid, body_name=party.name)
            at: Path_ = (*item.path, "parties", item.agreement.parties.index(pid))
            yield Violation(at, f"joint:{pid}", params, {**evidence, "joint": [d.id for d in joint]})
        elif not own:
            params = _params(None, kinds, phrase("agreement-party-missing"), body=pid, body_name=party.name)
            yield Violation(("parties", pid), f"party-missing:{pid}", params, evidence, at_key=True)
        else:
            problem = phrase("agreement-party-several", count=len(own))
            params = _params(own[1], kinds, problem, body=pid, body_name=party.name)
            yield Violation(own[1].path, f"party-several:{pid}", params, evidence, at_key=True)


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    org = subject.org
    model = org.model
    kinds = ", ".join(options["kind"])
    declared = declared_agreements(model)
    names = {topic_key(n) for n in options["name"]}
    # an agreement named by the rule is that version, in force or replaced («vedtektene vedtatt
    # 4. mai 2023» still were, after a revision); unnamed, the agreements in force
    pool = declared if names else in_force(model, subject.as_of)
    looked_at = [d for d in pool if d.kind in options["kind"] and (not names or topic_key(d.agreement.name) in names)]
    evidence = {"agreements": [d.id for d in looked_at]}
    per_party = options.get("per_party")
    if per_party is not None:
        yield from _per_party(model, looked_at, per_party, kinds, evidence)
    elif not looked_at:
        where: Path_ = ("agreements",) if model.agreements else ("fora",)
        yield Violation(where, "missing", _params(None, kinds, phrase("agreement-missing")), evidence, at_key=True)
    for item in looked_at:
        for field, key in (("effective_from", "effective-from"), ("adopted", "adopted")):
            wanted_day = options.get(field)
            given = getattr(item.agreement, field)
            if wanted_day is None or (given is not None and given.isoformat() == wanted_day):
                continue
            problem = (
                phrase(f"agreement-{key}", date=given.isoformat(), wanted=wanted_day)
                if given is not None
                else phrase(f"agreement-no-{key}", wanted=wanted_day)
            )
            at: Path_ = (*item.path, field) if given is not None else item.path
            params = _params(item, kinds, problem, requirement=wanted_day)
            yield Violation(at, f"{key}:{item.id}", params, evidence, at_key=given is None)
        for wanted in options["adopted_by"]:
            yield from _adoptions(org, item, wanted, kinds, per_party is not None)
        if "replaces" in options:
            yield from _replaces(declared, item, options["replaces"], kinds)
        if "basis" in options:
            yield from _basis(declared, item, options["basis"], kinds)
        if "parties" in options or "party_types" in options:
            types = options.get("party_types") or ()
            of_types = [[p.name, pid] for pid, p in org.model.parties.items() if p.type in types]
            yield from _parties(org, item, [*(options.get("parties") or ()), *of_types], kinds)


def _party_keys(org: OrgEntry, pid: str) -> set[str]:
    """A party's id, name and other names, keyed as agreement names are."""
    party = org.model.parties.get(pid)
    names = [pid] if party is None else [pid, party.name, *party.also_known_as]
    return {topic_key(n) for n in names}


def _parties(org: OrgEntry, item: Declared, wanted: list[str | list[str]], kinds: str) -> Iterator[Violation]:
    """``parties``: the agreement names exactly the parties of the list (by id, name or other name).
    An agreement that gives no ``parties`` is the whole health community's (documents.md): its
    parties are the document's, of the types the list's parties are (a second trust is one too
    many; KS or the ombud, of a type the list does not hold, are not asked about)."""
    named = list(item.agreement.parties)
    where: Path_ = (*item.path, "parties") if named else item.path
    if not named:
        every = {pid: _party_keys(org, pid) for pid in org.model.parties}
        alternatives = {topic_key(a) for entry in wanted for a in _alternatives(entry)}
        types = {org.model.parties[pid].type for pid, k in every.items() if k & alternatives}
        named = [pid for pid, party in org.model.parties.items() if party.type in types]
    keys = {pid: _party_keys(org, pid) for pid in named}
    evidence = {"parties": named, "wanted": wanted}
    matched: set[str] = set()
    for entry in wanted:
        alternatives = {topic_key(a) for a in _alternatives(entry)}
        hits = [pid for pid in named if keys[pid] & alternatives]
        matched.update(hits)
        if not hits:
            shown = _alternatives(entry)[0]
            problem = phrase("agreement-party-not-named", party=shown)
            params = _params(item, kinds, problem, requirement=shown)
            yield Violation(where, f"not-named:{item.id}:{shown}", params, evidence, at_key=True)
    for i, pid in enumerate(named):
        if pid not in matched:
            problem = phrase("agreement-party-not-listed", party=org.party_name(pid))
            params = _params(item, kinds, problem, body=pid, body_name=org.party_name(pid))
            at: Path_ = (*item.path, "parties", i) if item.agreement.parties else item.path
            yield Violation(at, f"not-listed:{item.id}:{pid}", params, evidence, at_key=not item.agreement.parties)


_ORG = """\
parties:
  hnt: {name: Helse Nord-Trøndelag HF, type: helseforetak, side: sykehus}
  verdal: {name: Verdal kommune, type: kommune, side: kommune}
  levanger: {name: Levanger kommune, type: kommune, side: kommune}
fora:
  partnerskapsmote: {name: Partnerskapsmøtet, type: partnerskapsmote}
agreements:
%s"""
_AGREEMENT = """\
  samarbeidsavtale:
    kind: samarbeidsavtale
    name: Samarbeidsavtale mellom Helse Nord-Trøndelag og kommunene
    effective_from: 2021-01-01
    replaces: [Samarbeidsavtale 2012]
    adopted_by:
      - {party: hnt, body: styret, date: 2020-06-17}
      - {party: verdal, body: kommunestyret, date: 2020-06-18}
      - {party: levanger, body: kommunestyret, date: %s}
      - {forum: partnerskapsmote, date: 2020-06-02}
"""
_BILATERAL = """\
  bilateral-verdal: {kind: bilateral-avtale, name: Avtale Verdal, parties: [hnt, verdal]}
  bilateral-levanger: {kind: bilateral-avtale, name: Avtale Levanger, parties: [hnt, levanger]%s}
"""
_SUB = """\
sub_agreements:
  delavtale-forebygging:
    name: Tjenesteavtale om forebygging
    basis: %s
"""
_BASIS_OPTIONS = {"kind": ["delavtale"], "basis": {"kind": ["samarbeidsavtale"], "point": 5}}
_MERGED = """\
parties:
  hnt: {name: Helse Nord-Trøndelag HF, type: helseforetak, side: sykehus}
  naeroysund: {name: Nærøysund kommune, type: kommune, side: kommune, merged_from: [Vikna kommune, Nærøy kommune]}
fora: {}
agreements:
  avtale-2012:
    kind: samarbeidsavtale
    name: Samarbeidsavtale 2012
    adopted_by:
      - {party: hnt, body: styret}
%s"""
_FOUNDED = """\
parties:
  hf: {name: Helgelandssykehuset HF, type: helseforetak, side: sykehus}
bodies:
  %s: {name: Stiftelsesmøtet}
fora: {}
agreements:
  vedtekter:
    kind: vedtekter
    name: Vedtekter for Helsefellesskapet Helgeland
    adopted_by: [{forum: stiftelse}]
"""
_REVISED = """\
parties:
  hnt: {name: Helse Nord-Trøndelag HF, type: helseforetak, side: sykehus}
  verdal: {name: Verdal kommune, type: kommune, side: kommune}
fora: {}
agreements:
  avtale-2020:
    kind: samarbeidsavtale
    name: Samarbeidsavtale 2020
    effective_from: 2021-01-01
    adopted_by: [{party: verdal, body: kommunestyret}]
  avtale-2023:
    kind: samarbeidsavtale
    name: Samarbeidsavtale 2023
    effective_from: 2023-05-01
    replaces: [avtale-2020]
"""
_VERDAL = {"kind": ["samarbeidsavtale"], "adopted_by": [{"party": ["Verdal kommune"]}]}
_BY_ALL = {"kind": ["samarbeidsavtale"], "adopted_by": [{"party_type": ["kommune", "helseforetak"]}]}
EXAMPLES = (
    Example(
        "Checked as of 2021, the agreement in force is the 2020 version, which Verdal adopted; the 2023 revision "
        "the document lists is not in force yet",
        _VERDAL,
        _REVISED,
        as_of=dt.date(2021, 6, 1),
    ),
    Example(
        "Checked as of 2024, the 2023 revision is in force, and Verdal has not adopted it",
        _VERDAL,
        _REVISED,
        as_of=dt.date(2024, 6, 1),
        expect=("not-adopted:avtale-2023:verdal",),
    ),
    Example(
        "Adopted in 2012 by Vikna and Nærøy, since merged into Nærøysund (`merged_from`)",
        _BY_ALL,
        _MERGED
        % (
            "      - {party: naeroysund, former: Vikna kommune, body: kommunestyret}\n"
            "      - {party: naeroysund, former: Nærøy, body: kommunestyret}\n"
        ),
    ),
    Example(
        "The founding meeting by its name, where the document's id is its own: `forum: [Stiftelsesmøtet]`",
        {"kind": ["vedtekter"], "adopted_by": [{"forum": ["Stiftelsesmøtet"]}]},
        _FOUNDED % "stiftelse",
    ),
    Example(
        "A founding meeting the organisation does not declare: said so, with the ids it has",
        {"kind": ["vedtekter"], "adopted_by": [{"forum": ["stiftelsesmote"]}]},
        _FOUNDED % "stiftelse",
        expect=("no-such-body:vedtekter:stiftelsesmote",),
    ),
    Example(
        "Only Nærøy adopted it: Vikna, which Nærøysund was also made from, did not",
        _BY_ALL,
        _MERGED % "      - {party: naeroysund, former: Nærøy kommune, body: kommunestyret}\n",
        expect=("former-not-adopted:avtale-2012:naeroysund",),
    ),
    Example(
        "Statutes adopted by the partnerskapsmøte",
        {"kind": ["vedtekter"], "adopted_by": [{"forum_type": ["partnerskapsmote"]}]},
        _ORG % "  vedtekter:\n    kind: vedtekter\n    name: Vedtekter\n    adopted_by: [{forum: partnerskapsmote}]\n",
    ),
    Example(
        "The community has no statutes",
        {"kind": ["vedtekter"]},
        _ORG % (_AGREEMENT % "2020-06-25"),
        expect=("missing",),
    ),
    Example(
        "Adopted by every kommunestyre and the trust's board by the end of June 2020, replacing the 2012 agreement",
        {
            "kind": ["samarbeidsavtale"],
            "adopted_by": [{"party_type": ["kommune", "helseforetak"], "by": "2020-06-30"}],
            "replaces": [["Samarbeidsavtalen av 2012", "samarbeidsavtale-2012"]],
        },
        _ORG % (_AGREEMENT % "2020-06-25"),
    ),
    Example(
        "It should replace the 2016 agreement, and names only the 2012 one",
        {"kind": ["samarbeidsavtale"], "replaces": ["Samarbeidsavtale 2016"]},
        _ORG % (_AGREEMENT % "2020-06-25"),
        expect=("not-replacing:samarbeidsavtale:Samarbeidsavtale 2016",),
    ),
    Example(
        "Levanger adopted it in September, after the end of June",
        {"kind": ["samarbeidsavtale"], "adopted_by": [{"party_type": ["kommune"], "by": "2020-06-30"}]},
        _ORG % (_AGREEMENT % "2020-09-03"),
        expect=("late:samarbeidsavtale:levanger",),
    ),
    Example(
        "Approved in the partnerskapsmøte on 2 June 2020, the day the text gives («godkjent 2. juni 2020»)",
        {"kind": ["samarbeidsavtale"], "adopted_by": [{"forum": ["partnerskapsmote"], "on": "2020-06-02"}]},
        _ORG % (_AGREEMENT % "2020-06-25"),
    ),
    Example(
        "Approved in the partnerskapsmøte a month before the day the text gives",
        {"kind": ["samarbeidsavtale"], "adopted_by": [{"forum": ["partnerskapsmote"], "on": "2020-07-02"}]},
        _ORG % (_AGREEMENT % "2020-06-25"),
        expect=("other-day:samarbeidsavtale:partnerskapsmote",),
    ),
    Example(
        "Adopted by every municipality on the same day («vedtas samtidig i alle kommunestyra»)",
        {"kind": ["samarbeidsavtale"], "adopted_by": [{"party_type": ["kommune"], "same_day": True}]},
        _ORG % (_AGREEMENT % "2020-06-18"),
    ),
    Example(
        "Levanger adopted it in September, Verdal in June: not at the same time",
        {"kind": ["samarbeidsavtale"], "adopted_by": [{"party_type": ["kommune"], "same_day": True}]},
        _ORG % (_AGREEMENT % "2020-09-03"),
        expect=("not-same-day:samarbeidsavtale:levanger",),
    ),
    Example(
        "Adopted by the board «Styret», as the whole text (`body_is`)",
        {"kind": ["samarbeidsavtale"], "adopted_by": [{"party_type": ["helseforetak"], "body_is": ["Styret"]}]},
        _ORG % (_AGREEMENT % "2020-06-25"),
    ),
    Example(
        "«Styret i Helse Midt-Norge RHF» is another board: not «Styret» as the whole text",
        {"kind": ["samarbeidsavtale"], "adopted_by": [{"party_type": ["helseforetak"], "body_is": ["Styret"]}]},
        _ORG % (_AGREEMENT % "2020-06-25").replace("hnt, body: styret", "hnt, body: Styret i Helse Midt-Norge RHF"),
        expect=("body:samarbeidsavtale:hnt",),
    ),
    Example(
        "Adopted by every kommunestyre and by the trust's board, in force from 1 January 2021",
        {
            "kind": ["samarbeidsavtale"],
            "effective_from": "2021-01-01",
            "adopted_by": [
                {"party_type": ["kommune"], "body": ["Kommunestyret"]},
                {"party_type": ["helseforetak"], "body": ["Styret"]},
            ],
        },
        _ORG % (_AGREEMENT % "2020-06-25"),
    ),
    Example(
        "Levanger's adoption is the formannskap's, not the kommunestyre's",
        {"kind": ["samarbeidsavtale"], "adopted_by": [{"party_type": ["kommune"], "body": ["Kommunestyret"]}]},
        _ORG % (_AGREEMENT % "2020-06-25").replace("levanger, body: kommunestyret", "levanger, body: formannskapet"),
        expect=("body:samarbeidsavtale:levanger",),
    ),
    Example(
        "The agreement is in force from 1 July 2021, not 1 January",
        {"kind": ["samarbeidsavtale"], "effective_from": "2021-01-01"},
        _ORG % (_AGREEMENT % "2020-06-25").replace("effective_from: 2021-01-01", "effective_from: 2021-07-01"),
        expect=("effective-from:samarbeidsavtale",),
    ),
    Example(
        "The revised agreement replaces earlier ones",
        {"kind": ["samarbeidsavtale"], "replaces": True},
        _ORG % (_AGREEMENT % "2020-06-25"),
    ),
    Example(
        "A bilateral agreement between the trust and each municipality, adopted by both",
        {
            "kind": ["bilateral-avtale"],
            "per_party": {"party_type": ["kommune"], "with": ["helseforetak"]},
            "adopted_by": [{"party_type": ["kommune", "helseforetak"]}],
        },
        _ORG
        % (_BILATERAL % ", adopted_by: [{party: hnt}, {party: levanger}]").replace(
            "parties: [hnt, verdal]}", "parties: [hnt, verdal], adopted_by: [{party: hnt}, {party: verdal}]}"
        ),
    ),
    Example(
        "Levanger's «bilateral» agreement names Verdal too: it is no agreement of Levanger's own",
        {"kind": ["bilateral-avtale"], "per_party": {"party_type": ["kommune"], "with": ["helseforetak"]}},
        (_ORG % (_BILATERAL % "")).replace("parties: [hnt, levanger]", "parties: [hnt, levanger, verdal]"),
        expect=("joint:levanger",),
    ),
    Example(
        "One agreement with each region (a party of type `region`), and the document lists none",
        {"kind": ["samarbeidsavtale"], "per_party": {"party_type": ["region"]}},
        _ORG % (_AGREEMENT % "2020-06-25"),
        expect=("no-parties",),
    ),
    Example(
        "Levanger's bilateral agreement is not with the trust",
        {"kind": ["bilateral-avtale"], "per_party": {"party_type": ["kommune"], "with": ["helseforetak"]}},
        (_ORG % (_BILATERAL % "")).replace("parties: [hnt, levanger]", "parties: [levanger]"),
        expect=("party-missing:levanger",),
    ),
    Example(
        "The agreement «ved Verdal kommune og Helse Nord-Trøndelag HF» is between exactly these two",
        {
            "kind": ["bilateral-avtale"],
            "name": ["Avtale Verdal"],
            "parties": ["Verdal kommune", "Helse Nord-Trøndelag HF"],
        },
        _ORG % (_BILATERAL % ""),
    ),
    Example(
        "The agreement with Verdal names Levanger too, and not the trust",
        {
            "kind": ["bilateral-avtale"],
            "name": ["Avtale Verdal"],
            "parties": ["Verdal kommune", "Helse Nord-Trøndelag HF"],
        },
        (_ORG % (_BILATERAL % "")).replace("parties: [hnt, verdal]", "parties: [verdal, levanger]"),
        expect=("not-named:bilateral-verdal:Helse Nord-Trøndelag HF", "not-listed:bilateral-verdal:levanger"),
    ),
    Example(
        "The service agreement is made under point 5 of the overall agreement («i henhold til … pkt.5»)",
        _BASIS_OPTIONS,
        _ORG % (_AGREEMENT % "2020-06-25") + _SUB % "{agreement: samarbeidsavtale, point: 5}",
    ),
    Example(
        "The service agreement names point 4 of the overall agreement",
        _BASIS_OPTIONS,
        _ORG % (_AGREEMENT % "2020-06-25") + _SUB % "{agreement: samarbeidsavtale, point: 4}",
        expect=("basis-point:delavtale-forebygging",),
    ),
    Example(
        "The service agreement says nothing of what it is made under",
        _BASIS_OPTIONS,
        _ORG % (_AGREEMENT % "2020-06-25") + (_SUB % "x").replace("    basis: x\n", ""),
        expect=("no-basis:delavtale-forebygging",),
    ),
)
