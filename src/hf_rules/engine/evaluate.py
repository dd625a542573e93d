"""Evaluating rule packs over a workspace: subjects selected, checks run, findings made.

The engine never formats: it fills the report model (:mod:`hf_rules.report.model`) that every formatter reads.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import hashlib
from collections.abc import Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any, get_args

from hf_rules import __version__
from hf_rules.core import i18n
from hf_rules.core.errors import MAX_QUOTED, InputError, Location, bounded
from hf_rules.core.i18n import Message, Phrase
from hf_rules.documents.entries import OrgEntry, Workspace
from hf_rules.documents.model import Forum, Party, RelationKind, names_of, normalised_name
from hf_rules.documents.references import vocabulary_problems
from hf_rules.documents.validate import describe_path
from hf_rules.engine.audit import obligation_results, provenance_of, structure_of
from hf_rules.engine.waivers import apply_waivers, unknown_rules
from hf_rules.report.model import (
    SEVERITY_RANK,
    AsOfReason,
    Evaluation,
    ExitCode,
    FailOn,
    FileResult,
    Finding,
    InputProblem,
    Language,
    Report,
    RuleInfo,
    RulePackInfo,
    SourceCitation,
    Summary,
    Verdict,
    WaiverNotice,
)
from hf_rules.rules.checks.base import CheckError, LocalText, Subject, Violation, reads_secretariat_plans
from hf_rules.rules.checks.fora import meets
from hf_rules.rules.checks.seats import lineage, party_id, region_names, region_of
from hf_rules.rules.coverage import changed_by, said
from hf_rules.rules.model import FORUM_CRITERIA, Selector
from hf_rules.rules.pack import PARTY_CRITERIA, PLACEHOLDER, LoadedRule, PackSet, general


def subjects(workspace: Workspace, selector: Selector) -> Iterator[Subject]:
    """The subjects a selector picks, in document order."""
    for org in workspace.organisations.values():
        yield from _org_subjects(org, selector)
    if selector.kind == "meeting_plan":
        for plan in workspace.plans:
            forum = plan.forum
            if selector.secretariat is not None and selector.secretariat != (forum is None):
                continue
            if selector.id is not None and plan.model.metadata.id not in selector.id:
                continue
            if forum is None:  # a secretariat's plan: no forum criterion is met
                if _forum_criteria(selector):
                    continue
            elif (selector.type is not None and not plan.org.forum_is(forum, selector.type)) or not _criteria_met(
                forum, selector, plan.org
            ):
                continue
            yield Subject(
                "meeting_plan",
                plan.model.metadata.id,
                plan.model.metadata.name or plan.body_name,
                plan.org,
                plan.doc,
                (),
                plan=plan,
            )


def _forum_criteria(selector: Selector) -> bool:
    """Whether ``selector`` gives a criterion a secretariat's plan cannot meet (it has no forum)."""
    return any(getattr(selector, name) is not None for name in FORUM_CRITERIA)


def _criteria_met(forum: Forum, selector: Selector, org: OrgEntry) -> bool:
    """Whether ``forum`` meets the forum criteria of ``applies_to`` (beside ``type`` and ``id``),
    as a check's options read them (:func:`meets`): an ``area`` that lists every party of a
    region it names is that region's (round 24 Telemark)."""
    return meets(forum, {name: getattr(selector, name) for name in FORUM_CRITERIA}, org)


def _party_criteria_met(org: OrgEntry, pid: str, party: Party, selector: Selector) -> bool:
    """Whether a party meets the party criteria of ``applies_to`` (beside ``type``, ``id`` and
    ``has_sector``): read as the seat selectors read a seat's party (``region`` and ``part_of``
    through the parties it is part of)."""
    return (
        (selector.party_type is None or party.type in selector.party_type)
        and (selector.side is None or party.side in selector.side)
        and (selector.region is None or region_of(org, pid) in selector.region)
        and (selector.part_of is None or not set(lineage(org, pid)).isdisjoint(selector.part_of))
        and (selector.tags is None or not set(party.tags).isdisjoint(selector.tags))
    )


def _org_subjects(org: OrgEntry, selector: Selector) -> Iterator[Subject]:
    ids = selector.id
    if selector.kind == "organisation":
        if ids is None or org.id in ids:
            yield Subject("organisation", org.id, org.model.metadata.name, org, org.doc, ())
    elif selector.kind == "party":
        for pid, party in org.model.parties.items():
            if (
                (ids is None or pid in ids)
                and (selector.type is None or party.type in selector.type)
                and (selector.has_sector is None or party.has_sector == selector.has_sector)
                and _party_criteria_met(org, pid, party, selector)
            ):
                yield Subject("party", pid, party.name, org, org.doc, ("parties", pid), party=party)
    elif selector.kind == "forum":
        for fid, forum in org.model.fora.items():
            if (
                (ids is None or fid in ids)
                and (selector.type is None or org.forum_is(forum, selector.type))
                and (selector.has_sector is None or (forum.sector is not None) == selector.has_sector)
                and _criteria_met(forum, selector, org)
            ):
                yield Subject("forum", fid, forum.name, org, org.doc, ("fora", fid), forum=forum)


def localise(value: LocalText, lang: str) -> str:
    if isinstance(value, Phrase):
        return value.text(lang)
    if isinstance(value, dict):
        return value.get(lang) or value.get("nb") or next(iter(value.values()), "")
    return value


def fill(template: str, params: dict[str, str]) -> str:
    """Replace ``{name}`` placeholders; nothing else in a template is interpreted."""
    return PLACEHOLDER.sub(lambda m: params.get(m.group(1), m.group(0)), template)


def _value_at(data: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def fingerprint(rule_id: str, subject: Subject, key: str) -> str:
    """Stable across edits that move lines: built from rule, subject and the violation's key."""
    text = "\x1f".join((rule_id, subject.org.id, subject.kind, subject.id, key))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def make_finding(loaded: LoadedRule, packs: PackSet, subject: Subject, violation: Violation, lang: str) -> Finding:
    rule = loaded.rule
    # Input text quoted in a message is bounded, and so is the message (docs/reliability.md).
    params = {name: bounded(str(localise(value, lang)), MAX_QUOTED) for name, value in violation.params.items()}
    params.setdefault("subject", bounded(subject.id, MAX_QUOTED))
    params.setdefault("subject_name", bounded(subject.name, MAX_QUOTED))
    # A list or mapping is pointed at by its key (`observers:`), not by its first entry.
    # A missing key (None) is pointed at by its parent's key (`strategisk-samarbeidsutvalg:`).
    value = _value_at(subject.doc.data, violation.path)
    at_key = violation.at_key or value is None or isinstance(value, (list, dict))
    location = subject.doc.location(violation.path, key=at_key)
    source_doc = packs.sources[rule.source.document]
    return Finding.model_construct(
        rule=rule.id,
        pack=loaded.pack,
        severity=rule.severity,
        obligations=list(rule.obligations),
        title=said(rule.title, lang),
        message=bounded(violation.said.text(lang) if violation.said else fill(said(rule.message, lang), params)),
        hint=bounded(violation.said_hint.text(lang) if violation.said_hint else fill(said(rule.hint, lang), params)),
        subject=subject.id,
        subject_kind=subject.kind,
        file=location.file,
        line=max(location.line, 1),
        column=max(location.column, 1),
        path=describe_path(violation.path),
        evidence=violation.evidence,
        source=SourceCitation.model_construct(
            document=source_doc.title, date=source_doc.date or "", quote=rule.source.quote
        ),
        interpretation=said(rule.interpretation, lang) if rule.interpretation else None,
        fingerprint=fingerprint(rule.id, subject, violation.key),
        organisation=subject.org.id,
        status="open",
        waiver=None,
    )


@dataclass
class Evaluated:
    """What evaluation produced, before waivers: findings, the rules in force, and every
    (rule, subject) pair the rules were applied to."""

    findings: list[Finding]
    rules: list[RuleInfo]
    applied: list[tuple[LoadedRule, Subject]]
    problems: list[InputError] = field(default_factory=list)
    """Rules that failed on a subject (a CEL expression): pack errors, so the run is exit 2."""
    failed_on: dict[str, list[str]] = field(default_factory=dict)
    """The rules that failed on a subject of each file (by the file's path): the file is not
    wholly checked, and its line in the summary says so rather than «ok»."""


def _replaced(loaded: LoadedRule, packs: PackSet, lang: str) -> str | None:
    """``erstattet av oslo: …`` for a rule an extending pack defined anew, else None."""
    if loaded.rule.id not in packs.replaced_rules:
        return None
    pack, reason = packs.replaced_rules[loaded.rule.id]
    return changed_by("replaced", pack, said(reason, lang), lang)


def rule_info(loaded: LoadedRule, packs: PackSet, lang: str) -> RuleInfo:
    rule = loaded.rule
    source_doc = packs.sources[rule.source.document]
    return RuleInfo.model_construct(
        id=rule.id,
        pack=loaded.pack,
        severity=rule.severity,
        obligations=list(rule.obligations),
        title=said(rule.title, lang),
        hint=general(said(rule.hint, lang)),
        interpretation=said(rule.interpretation, lang) if rule.interpretation else None,
        reading=rule.reading,
        changed_by=_replaced(loaded, packs, lang),
        source=SourceCitation.model_construct(
            document=source_doc.title, date=source_doc.date or "", quote=rule.source.quote
        ),
        applies_to=rule.applies_to.kind,
    )


"""Why an organisation is evaluated as of its date: ``--as-of`` was given (or a pack test's
``as_of``); its ``metadata.effective_from``; or neither, so the run's date (today, or ``--today``)."""


def evaluation_dates(workspace: Workspace, as_of: dt.date, as_of_given: bool) -> dict[str, tuple[dt.date, AsOfReason]]:
    """Organisation id -> the date its rules and option values are taken as of, and why.

    With ``as_of_given`` every organisation is evaluated as of ``as_of``. Otherwise an organisation
    is evaluated as of its ``effective_from`` (a structure is checked against what is in force when
    it takes effect, past or future), and one without it as of ``as_of``, the run's date. Its
    meeting plans are evaluated as of the same date.
    """
    dates: dict[str, tuple[dt.date, AsOfReason]] = {}
    for org in workspace.organisations.values():
        effective = org.model.metadata.effective_from
        if as_of_given:
            dates[org.id] = (as_of, "as-of")
        elif effective is not None:
            dates[org.id] = (effective, "effective-from")
        else:
            dates[org.id] = (as_of, "today")
    return dates


def evaluate(
    workspace: Workspace,
    packs: PackSet,
    as_of: dt.date,
    lang: str,
    dates: dict[str, tuple[dt.date, AsOfReason]] | None = None,
) -> Evaluated:
    """Apply the rules to every subject as of its organisation's date in ``dates`` (``as_of`` for
    an organisation not in it); findings sorted by file, line and rule. The rules listed are
    those in force on at least one organisation's date (on ``as_of`` when there is none)."""
    day_of = {org.id: (dates or {}).get(org.id, (as_of,))[0] for org in workspace.organisations.values()}
    in_use = sorted(set(day_of.values())) or [as_of]
    result = Evaluated([], [], [])
    extended = {parent for pack, _ in packs.packs for parent in pack.metadata.extends}
    own = {pack.metadata.id for pack, _ in packs.packs if pack.metadata.id not in extended}
    for loaded in packs.rules:
        options = {day: loaded.options_on(day) for day in in_use}
        if all(o is None for o in options.values()):
            continue
        result.rules.append(rule_info(loaded, packs, lang))
        met: set[str] = set()
        for subject, in_force in _in_force(workspace, loaded, options, day_of):
            met.add(subject.org.id)
            result.applied.append((loaded, subject))
            if subject.plan is not None and subject.plan.forum is None and not reads_secretariat_plans(loaded.check):
                result.problems.append(_check_error(loaded, subject, _not_for_secretariats(loaded)))
                break  # one error per rule
            try:
                for violation in loaded.check.check(subject, in_force):
                    result.findings.append(make_finding(loaded, packs, subject, violation, lang))
            except CheckError as error:
                result.problems.append(_check_error(loaded, subject, error))
                failed = result.failed_on.setdefault(subject.doc.location(subject.base).file, [])
                failed.append(loaded.rule.id)
                break  # one error per rule: the others are very likely the same
        for org in workspace.organisations.values():
            if options.get(day_of[org.id]) is not None:
                found = list(_no_subject_findings(workspace, org, loaded, packs, lang))
                if not found and loaded.pack in own and org.id not in met:
                    found = list(_met_nothing(org, loaded, packs, lang))
                if loaded.pack in own:
                    found.extend(_unknown_ids(org, loaded, options[day_of[org.id]] or {}, packs, lang))
                if found:
                    org_subject = Subject("organisation", org.id, org.model.metadata.name, org, org.doc, ())
                    result.applied.append((loaded, org_subject))
                    result.findings.extend(found)
    result.findings.sort(key=lambda f: (f.file, f.line, f.column, f.rule, f.subject, f.message))
    return result


def _no_subject_findings(
    workspace: Workspace, org: OrgEntry, loaded: LoadedRule, packs: PackSet, lang: str
) -> Iterator[Finding]:
    """A finding of ``loaded`` at ``org`` for each id of its ``applies_to.id`` that names no
    subject of that kind there (no forum, party or meeting plan of the organisation; no
    organisation of the workspace): the rule would otherwise run on nothing, silently. An id that
    names a subject the selector's other criteria leave out is not reported."""
    selector = loaded.rule.applies_to
    if selector.id is None:
        return
    known = {
        "forum": list(org.model.fora),
        "party": list(org.model.parties),
        "meeting_plan": [plan.model.metadata.id for plan in org.plans],
        "organisation": list(workspace.organisations),
    }[selector.kind]
    where = {"forum": ("fora",), "party": ("parties",)}.get(selector.kind, ())
    subject = Subject("organisation", org.id, org.model.metadata.name, org, org.doc, ())
    for wanted in selector.id:
        if wanted in known:
            continue
        close = difflib.get_close_matches(wanted, known, n=1)
        shown = ", ".join(known[:30]) + (", …" if len(known) > 30 else "") or i18n.say("no-subject-none", lang)
        message = i18n.say(
            f"no-subject-{selector.kind}",
            lang,
            id=bounded(wanted, MAX_QUOTED),
            suggestion=i18n.Message("did-you-mean", name=close[0]) if close else "",
            known=shown,
        )
        hint = i18n.say("no-subject-hint", lang, where=f"{loaded.file}:{loaded.line}")
        evidence = {"applies_to": {"kind": selector.kind, "id": wanted}, "known": known[:30]}
        violation = Violation(where, f"no-subject:{selector.kind}:{wanted}", {}, evidence, at_key=True)
        finding = make_finding(loaded, packs, subject, violation, lang)
        yield finding.model_copy(update={"message": bounded(message), "hint": bounded(hint)})


_CRITERIA = (*FORUM_CRITERIA, *PARTY_CRITERIA)
"""Every criterion of ``applies_to`` that picks a forum or a party (a rule gives those of one kind)."""


def _met_nothing(org: OrgEntry, loaded: LoadedRule, packs: PackSet, lang: str) -> Iterator[Finding]:
    """An ``info`` finding at ``org`` when a forum or party rule of the packs the run was given
    (not of the packs they extend) selects nothing there by its criteria: a rule for a forum type
    the structure does not have (or a misspelt choice of type) would otherwise check nothing
    and say nothing. Meeting-plan rules are left out (plans are optional documents), and so are
    rules that name their subjects by ``id`` (:func:`_no_subject_findings` reports those) and
    rules whose ``applies_to`` says ``if_any: true`` (such subjects may be absent by design)."""
    selector = loaded.rule.applies_to
    criteria = {name: getattr(selector, name) for name in _CRITERIA if getattr(selector, name) is not None}
    if selector.kind not in ("forum", "party") or not criteria or selector.id is not None:
        return  # with ids, an id that names nothing is reported, one the criteria leave out is meant
    if selector.if_any:
        return  # the rule is about such subjects if there are any: none is no news
    shown = ", ".join(
        f"{name}: [{', '.join(map(str, value))}]" if isinstance(value, list) else f"{name}: {str(value).lower()}"
        for name, value in criteria.items()
    )
    subject = Subject("organisation", org.id, org.model.metadata.name, org, org.doc, ())
    where = {"forum": ("fora",), "party": ("parties",)}[selector.kind]
    suggestion: i18n.Message | str = ""
    if selector.kind == "forum" and selector.topic:  # a topic is free text: a misspelt one selects nothing
        topics = sorted({f.topic for f in org.model.fora.values() if f.topic})
        close = [c for t in selector.topic for c in difflib.get_close_matches(t, topics, n=1)]
        suggestion = i18n.Message("did-you-mean", name=close[0]) if close else ""
    message = i18n.say(f"met-nothing-{selector.kind}", lang, criteria=bounded(shown, MAX_QUOTED), suggestion=suggestion)
    hint = i18n.say("met-nothing-hint", lang, where=f"{loaded.file}:{loaded.line}")
    evidence = {"applies_to": {"kind": selector.kind, **criteria}}
    violation = Violation(where, f"met-nothing:{selector.kind}", {}, evidence, at_key=True)
    finding = make_finding(loaded, packs, subject, violation, lang)
    yield finding.model_copy(update={"message": bounded(message), "hint": bounded(hint), "severity": "info"})


# Option keys whose values are ids of the organisation's parties or regions, wherever a seat
# selector stands in a rule's options (``$sector`` and other ``$`` words are not ids).
_ID_KEYS = {"party": "party", "part_of": "party", "deputy_party": "party", "region": "region"}


def _named_ids(value: Any) -> Iterator[tuple[str, str]]:
    """(kind, id) for each party or region id named under an id key anywhere in ``value``."""
    if isinstance(value, dict):
        for key, item in value.items():
            kind = _ID_KEYS.get(key)
            if kind is not None:
                for named in item if isinstance(item, list) else [item]:
                    if isinstance(named, str) and not named.startswith("$"):
                        yield kind, named
            else:
                yield from _named_ids(item)
    elif isinstance(value, list):
        for item in value:
            yield from _named_ids(item)


def _unknown_ids(
    org: OrgEntry, loaded: LoadedRule, options: dict[str, Any], packs: PackSet, lang: str
) -> Iterator[Finding]:
    """An ``info`` finding at ``org`` for each party or region id a seat selector of a rule of the
    packs the run was given names (``party``, ``part_of``, ``deputy_party``, ``region``) that the
    organisation does not have: a misspelt id (``party: sthff``) selects no seat, and the rule
    would otherwise pass without a word. A rule that needs the party says so on its own (a
    ``required_seats`` finding, say); this finding says why its selector picked nothing. A
    meeting-plan rule's ``party`` (``chair``'s) names who chairs, and is said so."""
    known = {"party": list(org.model.parties), "region": list(region_names(org))}
    subject = Subject("organisation", org.id, org.model.metadata.name, org, org.doc, ())
    seen: set[tuple[str, str]] = set()
    for kind, named in _named_ids(options):
        if named in known[kind] or (kind, named) in seen or _goes_by(org, kind, named):
            continue
        seen.add((kind, named))
        close = difflib.get_close_matches(named, known[kind], n=1)
        # a meeting-plan rule names a party of its plans (the chair), not of seats
        plan_party = kind == "party" and set(loaded.check.SUBJECTS) == {"meeting_plan"}
        said = "plan-party" if plan_party else kind
        message = i18n.say(
            f"unknown-id-{said}",
            lang,
            id=bounded(named, MAX_QUOTED),
            suggestion=i18n.Message("did-you-mean", name=close[0]) if close else "",
        )
        hint = i18n.say("unknown-id-hint", lang, where=f"{loaded.file}:{loaded.line}")
        where = {"party": ("parties",), "region": ("regions",)}[kind]
        evidence = {"named": {"kind": kind, "id": named}, "known": known[kind][:30]}
        violation = Violation(where, f"unknown-id:{kind}:{named}", {}, evidence, at_key=True)
        finding = make_finding(loaded, packs, subject, violation, lang)
        yield finding.model_copy(update={"message": bounded(message), "hint": bounded(hint), "severity": "info"})


def _goes_by(org: OrgEntry, kind: str, text: str) -> bool:
    """Whether a party (``kind`` ``party``) or region of ``org`` goes by ``text`` as a name or
    another name (:func:`names_of`): such a selector names it too (round 23 St. Olav:
    `region: [Værnesregionen]`, as the docs allow, gave the unknown-id info although the rule found
    the region). Read only for a text that is no id."""
    # as the selectors read it: a party's name without «HF» or «kommune» too (round 27 Finnmark:
    # `party: [Finnmarkssykehuset]` for «Finnmarkssykehuset HF» matched, and was said to match none)
    if kind == "party":
        return party_id(org, text) in org.model.parties
    bodies = org.model.regions.values()
    wanted = normalised_name(text)
    return any(normalised_name(n) == wanted for b in bodies for n in names_of(b.name, b.also_known_as))


def _in_force(
    workspace: Workspace, loaded: LoadedRule, options: dict[dt.date, dict[str, Any] | None], day_of: dict[str, dt.date]
) -> Iterator[tuple[Subject, dict[str, Any]]]:
    """The subjects ``loaded`` selects on whose organisation's date it is in force, with its
    options on that date (``options``: by date; ``day_of``: organisation id -> date)."""
    for subject in subjects(workspace, loaded.rule.applies_to):
        day = day_of[subject.org.id]
        in_force = options.get(day)
        if in_force is not None:
            yield dataclasses.replace(subject, as_of=day), in_force


def applications(
    workspace: Workspace, packs: PackSet, dates: dict[str, tuple[dt.date, AsOfReason]]
) -> Iterator[tuple[LoadedRule, Subject, dict[str, Any]]]:
    """Every (rule, subject, options) that :func:`evaluate` checks with these ``dates`` (see
    :func:`evaluation_dates`): what ``hf-rules fix`` asks for remedies, selected as the engine does."""
    day_of = {org_id: day for org_id, (day, _) in dates.items()}
    for loaded in packs.rules:
        options = {day: loaded.options_on(day) for day in sorted(set(day_of.values()))}
        for subject, in_force in _in_force(workspace, loaded, options, day_of):
            if subject.plan is not None and subject.plan.forum is None and not reads_secretariat_plans(loaded.check):
                continue  # the run reports it as a pack error; nothing to remedy
            yield loaded, subject, in_force


def _not_for_secretariats(loaded: LoadedRule) -> CheckError:
    """A rule whose check reads what only a forum's plan has (chair periods, the forum's rotation)
    that selects a secretariat's plan: a pack error, never a silent pass."""
    return CheckError("", Message("secretariat-plan-unsupported", function=loaded.check.NAME))


def _check_error(loaded: LoadedRule, subject: Subject, error: CheckError) -> InputError:
    """A rule that failed on a subject: a pack error at the option, naming the subject and where it is."""
    where = subject.doc.location(subject.base, key=True)
    location = loaded.options_at.get(error.option, Location(loaded.file, loaded.line))
    subject_at = f"{where.file}:{max(where.line, 1)}"
    return InputError(
        location,
        Message(
            "rule-failed-on",
            rule=loaded.rule.id,
            problem=error.said,
            kind=subject.kind,
            subject=subject.id,
            where=subject_at,
        ),
    )


def _evaluations(applied: list[tuple[LoadedRule, Subject]], findings: list[Finding]) -> list[Evaluation]:
    outcomes: dict[tuple[str, str, str, str], set[str]] = {}
    for finding in findings:
        key = (finding.rule, finding.organisation, finding.subject_kind, finding.subject)
        outcomes.setdefault(key, set()).add(finding.status)
    evaluations = []
    for loaded, subject in applied:
        statuses = outcomes.get((loaded.rule.id, subject.org.id, subject.kind, subject.id), set())
        outcome = "failed" if "open" in statuses else "waived" if statuses else "passed"
        location = subject.doc.location(subject.base, key=True)
        evaluations.append(
            Evaluation.model_construct(
                rule=loaded.rule.id,
                subject=subject.id,
                subject_kind=subject.kind,
                organisation=subject.org.id,
                outcome=outcome,  # type: ignore[arg-type]
                file=location.file,
                line=max(location.line, 1),
            )
        )
    return evaluations


def _problem(error: InputError, lang: str) -> InputProblem:
    loc = error.location
    return InputProblem.model_construct(file=loc.file, line=loc.line, column=loc.column, message=error.text(lang))


def check_vocabulary(
    workspace: Workspace,
    vocabulary: dict[str, list[str]],
    forum_kinds: dict[str, frozenset[str]] | None = None,
    function_titles: dict[str, tuple[str, ...]] | None = None,
    relations: Mapping[str, RelationKind] | None = None,
    level_titles: Mapping[str, tuple[str, ...]] | None = None,
) -> None:
    """Hold each document to the words of the rule packs in use: a forum type, party type, level,
    position, function, meeting kind or relation word outside them is an input problem of its
    file, which is then not checked. Each organisation learns which forum types are kinds of
    others (``forum_kinds``), the titles of each function (``function_titles``) and level (``level_titles``) and the relation
    words (``relations``)."""
    for org_id, org in list(workspace.organisations.items()):
        org.forum_kinds = forum_kinds or {}
        if function_titles is not None:
            org.function_titles = function_titles
        if level_titles is not None:
            org.level_titles = level_titles
        if relations is not None:
            org.relation_kinds = relations
        problems = vocabulary_problems(org.doc, org.model, vocabulary, org.relation_kinds)
        if problems:
            org.file.problems.extend(problems)
            del workspace.organisations[org_id]
    kept = []
    for plan in workspace.plans:
        problems = vocabulary_problems(plan.doc, plan.model, vocabulary)
        plan.file.problems.extend(problems)
        if not problems and plan.org.id in workspace.organisations:
            kept.append(plan)
        elif plan in plan.org.plans:
            plan.org.plans.remove(plan)
    workspace.plans[:] = kept


@dataclass(frozen=True)
class ReportRequest:
    """What a report is asked for, besides the workspace and the packs.

    ``as_of`` is the run's date: waivers expire relative to it. With ``as_of_given``
    (``--as-of``) every organisation is evaluated as of it; otherwise each as of its
    ``effective_from``, or ``as_of`` without one (see :func:`evaluation_dates`).

    Open findings whose fingerprint is in ``baseline`` are left out (only new ones are
    reported); the summary counts them. Without ``meeting_plans`` the structure leaves out the
    plans' chair periods and meetings (only the JSON report and the audit show them; at national
    scale they are a tenth of the memory). ``extra_problems``: input problems found before the
    workspace (a config or pack that could not be loaded).
    """

    as_of: dt.date
    lang: str
    fail_on: str
    as_of_given: bool = True
    baseline: AbstractSet[str] | None = None
    meeting_plans: bool = True
    extra_problems: Sequence[InputError] = ()


def _one_of(kind: Any, value: str) -> Any:
    """``value``, which must be one of the literal type ``kind``'s values (a bug otherwise)."""
    if value not in get_args(kind):
        raise ValueError(f"{value!r} is not one of {get_args(kind)}")
    return value


def build_report(workspace: Workspace, packs: PackSet, request: ReportRequest) -> Report:
    """Evaluate, apply waivers and assemble the one report model all formatters read."""
    as_of, lang, fail_on = request.as_of, request.lang, request.fail_on
    check_vocabulary(
        workspace,
        packs.vocabulary,
        packs.forum_kinds(),
        packs.function_titles(),
        packs.relations,
        packs.level_titles(),
    )
    dates = evaluation_dates(workspace, as_of, request.as_of_given)
    evaluated = evaluate(workspace, packs, as_of, lang, dates)
    _note_unknown_rules(workspace, packs)
    waived, notices = apply_waivers(evaluated.findings, workspace, as_of, lang)
    findings, baselined = _without_baseline(waived, request.baseline)
    problems = [_problem(e, lang) for e in [*request.extra_problems, *evaluated.problems, *workspace.problems]]
    open_findings = [f for f in findings if f.status == "open"]
    counted: list[Finding | WaiverNotice] = [*open_findings, *notices]
    files = _file_results(workspace, counted, lang, evaluated.failed_on)
    totals = {s: sum(1 for f in counted if f.severity == s) for s in ("error", "warning", "info")}
    threshold = SEVERITY_RANK.get(fail_on, 99)
    failing = any(SEVERITY_RANK[f.severity] >= threshold for f in counted)
    exit_code: ExitCode = 2 if problems else 1 if failing else 0
    verdict: Verdict = "invalid-input" if problems else "non-compliant" if totals["error"] or failing else "compliant"
    evaluations = _evaluations(evaluated.applied, findings)
    # Built without validation (the report's models are not compiled in a run that prints text):
    # what the report's schema narrows, the types here narrow, and these two are checked.
    return Report.model_construct(
        version=__version__,
        as_of=as_of.isoformat(),
        as_of_reason="as-of" if request.as_of_given else "today",
        lang=_one_of(Language, lang),
        fail_on=_one_of(FailOn, fail_on),
        rule_packs=[
            RulePackInfo.model_construct(id=p.metadata.id, version=p.metadata.version, file=path)
            for p, path in packs.packs
        ],
        rules=evaluated.rules,
        evaluations=evaluations,
        files=files,
        findings=findings,
        waiver_notices=notices,
        input_problems=problems,
        summary=Summary.model_construct(
            files=len(files),
            error=totals["error"],
            warning=totals["warning"],
            info=totals["info"],
            waived=len(findings) - len(open_findings),
            baselined=baselined,
            waiver_notices=len(notices),
            input_problems=len(problems),
            rules_evaluated=len(evaluated.rules),
        ),
        obligations=obligation_results(packs, evaluated.rules, evaluations, invalid=bool(problems), lang=lang),
        structure=structure_of(workspace, findings, dates, meeting_plans=request.meeting_plans),
        provenance=provenance_of(workspace, packs, as_of=as_of, lang=lang, fail_on=fail_on),
        verdict=verdict,
        exit_code=exit_code,
    )


def _note_unknown_rules(workspace: Workspace, packs: PackSet) -> None:
    """A waiver naming a rule no pack in force has is an input problem of the waiver's file."""
    if not packs.rules:
        return
    rule_ids = {r.rule.id for r in packs.rules} | set(packs.disabled)
    for error in unknown_rules(workspace, rule_ids):
        next(f for f in workspace.files if f.path == error.location.file).problems.append(error)


def _without_baseline(findings: list[Finding], baseline: AbstractSet[str] | None) -> tuple[list[Finding], int]:
    """``findings`` less the open ones recorded in ``baseline``, and how many those were."""
    if not baseline:
        return findings, 0
    known = [f for f in findings if f.status == "open" and f.fingerprint in baseline]
    if not known:
        return findings, 0
    return [f for f in findings if not (f.status == "open" and f.fingerprint in baseline)], len(known)


def _file_results(
    workspace: Workspace,
    counted: Sequence[Finding | WaiverNotice],
    lang: str,
    failed_on: dict[str, list[str]] | None = None,
) -> list[FileResult]:
    """Each file of the workspace with its status and its counts of ``counted`` by severity; a
    file a rule failed on (``failed_on``, a CEL expression's error at run time) is not checked,
    with the rules named, not «ok» beside the input problem (round 31 Telemark)."""
    by_file: dict[str, dict[str, int]] = {}
    for item in counted:
        counts = by_file.setdefault(item.file, {})
        counts[item.severity] = counts.get(item.severity, 0) + 1
    checked = (
        {o.file.path for o in workspace.organisations.values()}
        | {p.file.path for p in workspace.plans}
        | {s.path for s, _ in workspace.waivers}
    )
    files: list[FileResult] = []
    for source in workspace.files:
        status: str
        reason = None
        if source.problems:
            status = "invalid"
            reason = source.problems[0].text(lang)
        elif source.ignored:
            status, reason = "ignored", i18n.text(source.ignored, lang)
        elif source.not_checked or source.path not in checked:
            status = "not-checked"
            reason = i18n.text(source.not_checked or i18n.Message("reason-depends-on-errors"), lang)
        elif failed_on and source.path in failed_on:
            status = "not-checked"
            reason = i18n.text(i18n.Message("reason-rule-failed", rules=", ".join(failed_on[source.path])), lang)
        else:
            status = "findings" if by_file.get(source.path) else "compliant"
        files.append(
            FileResult.model_construct(
                path=source.path,
                kind=source.kind,
                id=source.id,
                status=status,  # type: ignore[arg-type]
                reason=reason,
                findings=by_file.get(source.path, {}),
            )
        )
    return files
