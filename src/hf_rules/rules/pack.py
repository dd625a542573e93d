"""Loading rule packs: schema, ``extends``, and every check call validated before anything runs.

A pack is found by id in the pack folders (the folder of the pack that names it, then the
bundled ``rules/``) or given as a path. ``extends`` names packs by id only, so a pack can never
reach outside the pack folders. Everything a rule refers to is checked at load time: the check
function exists and applies to the selected kind of subject, its options match the function's
schema, message placeholders are ones the function fills, obligations are in the catalogue and
sources are declared. A broken pack is an input error at its line (exit 2).
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import os
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hf_rules.core.errors import InputError, Location
from hf_rules.core.i18n import Message
from hf_rules.core.resources import bundled_dir, bundled_schema
from hf_rules.documents.model import (
    BASE_FUNCTION_TITLES,
    BASE_LEVEL_TITLES,
    BASE_RELATIONS,
    BASE_VOCABULARY,
    RelationKind,
    rebuild,
)
from hf_rules.documents.validate import InputErrors, checked_model, describe_path
from hf_rules.rules import packset_cache
from hf_rules.rules.checks import registry
from hf_rules.rules.checks.base import CheckModule, reads_secretariat_plans, with_defaults
from hf_rules.rules.checks.words import FIXED, marked_words
from hf_rules.rules.dated import DATED_SCHEMA, options_on, validate_options
from hf_rules.rules.memo import ValidatedOptions, fingerprint
from hf_rules.rules.model import (
    FORUM_CRITERIA,
    READING_CEILING,
    NotCheckable,
    Obligation,
    Rule,
    RulePack,
    SourceDocument,
    Text,
)
from hf_rules.yaml.loader import Document, Limits, Path_, load_yaml_file

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_RANK = {"info": 0, "warning": 1, "error": 2}
COMMON_PARAMS = frozenset({"subject", "subject_name"})


def general(text: str) -> str:
    """A rule's message or hint shown for the rule itself, not a finding: ``{party}`` → ``‹party›``."""
    return PLACEHOLDER.sub(lambda m: f"‹{m.group(1)}›", text)


@dataclass(frozen=True)
class LoadedRule:
    rule: Rule
    pack: str
    file: str
    line: int
    check: CheckModule
    options_at: dict[str, Location] = field(default_factory=dict, compare=False)
    """Where each option of the check is written in the pack (for errors found when it runs)."""

    def in_force(self, as_of: dt.date) -> bool:
        return self.options_on(as_of) is not None

    def options_on(self, as_of: dt.date) -> dict[str, Any] | None:
        """The check's options in force on ``as_of`` (dated values resolved), or None when the
        rule, or one of its dated values, is not in force then."""
        rule = self.rule
        if (rule.valid_from is not None and as_of < rule.valid_from) or (
            rule.valid_to is not None and rule.valid_to < as_of
        ):
            return None
        options = options_on(rule.check.options, as_of)
        return None if options is None else with_defaults(self.check.OPTIONS, options)


@dataclass
class PackSet:
    """The packs in force for a run, parents before children, with their catalogues merged."""

    packs: list[tuple[RulePack, str]] = field(default_factory=list)
    rules: list[LoadedRule] = field(default_factory=list)
    obligations: dict[str, Obligation] = field(default_factory=dict)
    not_checkable: dict[str, NotCheckable] = field(default_factory=dict)
    sources: dict[str, SourceDocument] = field(default_factory=dict)
    disabled: dict[str, tuple[str, Text]] = field(default_factory=dict)
    """Rule id -> (pack that disabled or retired it, reason)."""
    replaced_rules: dict[str, tuple[str, Text]] = field(default_factory=dict)
    """Rule id -> (pack that defines it anew, reason)."""
    replaced_obligations: dict[str, tuple[str, Text]] = field(default_factory=dict)
    """Obligation id -> (pack that defines it anew, reason)."""
    retired_obligations: dict[str, tuple[str, Text, Obligation]] = field(default_factory=dict)
    """Obligation id -> (pack that retired it, reason, the obligation); no longer in ``obligations``."""
    vocabulary: dict[str, list[str]] = field(default_factory=lambda: {k: list(v) for k, v in BASE_VOCABULARY.items()})
    """The words documents may use (forum_types, party_types, levels, meeting_kinds): the shared
    ones and those the packs add."""
    forum_kind_of: dict[str, str] = field(default_factory=dict)
    """Forum type -> the forum type a pack declared it a kind of (``vocabulary.forum_types``'
    ``{id, kind_of}``)."""
    relations: dict[str, RelationKind] = field(default_factory=lambda: dict(BASE_RELATIONS))
    """Relation word -> what it points to and how it is said: the shared ones and those the packs
    add (``vocabulary.relations``); its words are also ``vocabulary["relations"]``."""

    def forum_kinds(self) -> dict[str, frozenset[str]]:
        """Forum type -> every forum type it is a kind of, through ``kind_of`` (itself left out)."""
        kinds: dict[str, frozenset[str]] = {}
        for word in self.forum_kind_of:
            found: list[str] = []
            parent = self.forum_kind_of.get(word)
            while parent is not None and parent not in found and parent != word:
                found.append(parent)
                parent = self.forum_kind_of.get(parent)
            kinds[word] = frozenset(found)
        return kinds

    def function_titles(self) -> dict[str, tuple[str, ...]]:
        """Function word -> the titles of the post: the shared ones (``BASE_FUNCTION_TITLES``) and
        those the packs give (``vocabulary.functions``' ``titles``); a pack that declares a shared
        function, or one a pack it extends declares, adds its titles to it."""
        titles: dict[str, list[str]] = {word: list(found) for word, found in BASE_FUNCTION_TITLES.items()}
        for pack, _ in self.packs:
            for function in pack.vocabulary.functions:
                known = titles.setdefault(function.id, [])
                known += [t for t in function.titles if t not in known]
        return {word: tuple(found) for word, found in titles.items()}

    def level_titles(self) -> dict[str, tuple[str, ...]]:
        """Level word -> the titles of its posts: the shared ones (``BASE_LEVEL_TITLES``) and those
        the packs give (``vocabulary.levels``' ``{id, titles}``), a pack's added to those before."""
        titles: dict[str, list[str]] = {word: list(found) for word, found in BASE_LEVEL_TITLES.items()}
        for pack, _ in self.packs:
            for level in pack.vocabulary.levels:
                if isinstance(level, str):
                    continue
                known = titles.setdefault(level.id, [])
                known += [t for t in level.titles if t not in known]
        return {word: tuple(found) for word, found in titles.items()}

    def rule(self, rule_id: str) -> LoadedRule | None:
        return next((r for r in self.rules if r.rule.id == rule_id), None)

    def coverage(self) -> dict[str, list[str]]:
        """Obligation id -> ids of the active rules that encode it."""
        table: dict[str, list[str]] = {oid: [] for oid in self.obligations}
        for loaded in self.rules:
            for oid in loaded.rule.obligations:
                table.setdefault(oid, []).append(loaded.rule.id)
        return table


PARTY_CRITERIA = ("party_type", "side", "region", "part_of", "tags")
"""The criteria of ``applies_to`` that pick parties (``kind: party`` only)."""


def _secretariat_selection_problems(doc: Document, path: Path_, rule: Rule, check: CheckModule) -> list[InputError]:
    """``applies_to.secretariat``: only for meeting plans; with true, no forum criterion beside it
    (a secretariat's plan has no forum) and a check function that reads a secretariat's plan."""
    selector = rule.applies_to
    if selector.secretariat is None:
        return []
    where = doc.location(path + ("applies_to", "secretariat"), key=True)
    if selector.kind != "meeting_plan":
        return [InputError(where, Message("err-applies-to-plan-only", criterion="secretariat", kind=selector.kind))]
    if not selector.secretariat:
        return []
    given = [name for name in FORUM_CRITERIA if getattr(selector, name) is not None]
    if given:
        at = doc.location(path + ("applies_to", given[0]), key=True)
        return [InputError(at, Message("err-secretariat-with-forum-criterion", rule=rule.id, criterion=given[0]))]
    if not reads_secretariat_plans(check):
        return [
            InputError(
                doc.location(path + ("check", "function")),
                Message("pack-secretariat-plan-unsupported", rule=rule.id, function=check.NAME),
            )
        ]
    return []


def _did_you_mean(name: str, known: Collection[str]) -> Message | str:
    close = difflib.get_close_matches(name, sorted(known), n=1)
    return Message("did-you-mean", name=close[0]) if close else ""


def _named_by_rule(errors: list[InputError], doc: Document) -> list[InputError]:
    """``errors`` of the pack ``doc`` with each one found inside a rule (``rules[4]...``) said as
    "rule X: ..." when its message does not name the rule already: an author looks a rule up by
    its id, not by its index."""
    rules = doc.data.get("rules") if isinstance(doc.data, dict) else None
    if not isinstance(rules, list):
        return errors
    index_at: dict[tuple[int, int], int] = {}
    for table in (doc.positions, doc.key_positions):
        for path, position in table.items():
            if len(path) >= 2 and path[0] == "rules" and isinstance(path[1], int):
                index_at.setdefault(position, path[1])
    named: list[InputError] = []
    for error in errors:
        at = error.location
        index = index_at.get((at.line, at.column)) if at.file == doc.path else None
        rule = rules[index] if index is not None and index < len(rules) else None
        rule_id = rule.get("id") if isinstance(rule, dict) else None
        said = error.said
        if isinstance(rule_id, str) and rule_id and not (isinstance(said, Message) and "rule" in said.args):
            error = InputError(at, Message("pack-in-rule", rule=rule_id, problem=said))
        named.append(error)
    return named


def _add_vocabulary(pack: RulePack, doc: Document, result: PackSet) -> list[InputError]:
    """Add the pack's words to ``result``'s vocabulary, and its forum types' ``kind_of``: the
    type named must be a forum type (shared, of an extended pack or of this one), and only a
    type the pack adds may be given one (problems located in the pack)."""
    problems: list[InputError] = []
    for name in ("party_types", "meeting_kinds", "positions", "agreement_kinds"):
        words: list[str] = getattr(pack.vocabulary, name)
        result.vocabulary[name] += [w for w in words if w not in result.vocabulary[name]]
    levels = [entry if isinstance(entry, str) else entry.id for entry in pack.vocabulary.levels]
    result.vocabulary["levels"] += [w for w in levels if w not in result.vocabulary["levels"]]
    result.vocabulary["functions"] += [
        f.id for f in pack.vocabulary.functions if f.id not in result.vocabulary["functions"]
    ]
    result.vocabulary["duties"] += [d.id for d in pack.vocabulary.duties if d.id not in result.vocabulary["duties"]]
    for index, relation in enumerate(pack.vocabulary.relations):
        kind = RelationKind(tuple(relation.to), {"nb": relation.label.nb, "en": relation.label.en})
        known = result.relations.get(relation.id)
        if known is not None and known != kind:
            where = doc.location(("vocabulary", "relations", index, "id"))
            problems.append(InputError(where, Message("err-relation-existing", word=relation.id)))
            continue
        result.relations[relation.id] = kind
        if relation.id not in result.vocabulary["relations"]:
            result.vocabulary["relations"].append(relation.id)
    forum_types = result.vocabulary["forum_types"]
    before = set(forum_types)
    declared: list[tuple[int, str]] = []
    for entry in pack.vocabulary.forum_types:
        word = entry if isinstance(entry, str) else entry.id
        if word not in forum_types:
            forum_types.append(word)
    for index, entry in enumerate(pack.vocabulary.forum_types):
        if isinstance(entry, str):
            continue
        at = ("vocabulary", "forum_types", index)
        if entry.id in before and result.forum_kind_of.get(entry.id) != entry.kind_of:
            problems.append(InputError(doc.location(at + ("id",)), Message("err-kind-of-existing", word=entry.id)))
        elif entry.kind_of not in forum_types:
            close = difflib.get_close_matches(entry.kind_of, forum_types, n=1)
            message = Message(
                "err-kind-of-unknown",
                word=entry.id,
                parent=entry.kind_of,
                suggestion=Message("did-you-mean", name=close[0]) if close else "",
                known=", ".join(forum_types),
            )
            problems.append(InputError(doc.location(at + ("kind_of",)), message))
        else:
            declared.append((index, entry.id))
            result.forum_kind_of[entry.id] = entry.kind_of
    cyclic = []
    for index, word in declared:
        chain = [word]
        parent = result.forum_kind_of.get(word)
        while parent is not None and parent not in chain:
            chain.append(parent)
            parent = result.forum_kind_of.get(parent)
        if parent == word:
            where = doc.location(("vocabulary", "forum_types", index, "kind_of"))
            problems.append(
                InputError(where, Message("err-kind-of-cycle", word=word, chain=" -> ".join([*chain, word])))
            )
            cyclic.append(word)
    for word in cyclic:
        result.forum_kind_of.pop(word, None)
    return problems


def _word_problems(
    rule: Rule, check: CheckModule, doc: Document, base: tuple[str | int, ...], vocabulary: dict[str, list[str]]
) -> list[InputError]:
    """Each word of the rule's options that its option schema marks as a word of a vocabulary
    (:mod:`hf_rules.rules.checks.words`) and that is not one: located at the word."""
    problems: list[InputError] = []
    for rel, word, kind, is_key in marked_words(check.OPTIONS, rule.check.options):
        allowed = list(FIXED[kind]) if kind in FIXED else vocabulary[kind]
        if word in allowed:
            continue
        close = difflib.get_close_matches(word, allowed, n=1)
        message = Message(
            "err-option-word",
            rule=rule.id,
            word=word,
            where=describe_path(base + rel),
            what=Message(f"vocabulary-{kind}"),
            suggestion=Message("did-you-mean", name=close[0]) if close else "",
            known=", ".join(allowed),
        )
        problems.append(InputError(doc.location(base + rel, key=is_key), message))
    return problems


def is_pack_id(ref: str) -> bool:
    """Whether a pack reference is an id (a bundled pack, or an ``extends`` target), not a path."""
    return re.fullmatch(r"[a-z0-9][a-z0-9-]*", ref) is not None


def pack_location(ref: str, search: list[Path]) -> Path | None:
    """A pack reference: an id looked up as ``<id>.yaml`` in ``search``, or a path to a file."""
    if not is_pack_id(ref):
        return Path(ref)
    for folder in search:
        candidate = folder / f"{ref}.yaml"
        if candidate.is_file():
            return candidate
    return None


def bundled_pack_ids() -> list[str]:
    return sorted(p.stem for p in bundled_dir("rules").glob("*.yaml"))


_CACHE: dict[tuple[object, ...], tuple[tuple[tuple[str, int, int], ...], PackSet]] = {}
"""Packs already loaded in this process, with the (path, mtime, size) of every file they came from."""


def shipped_memo() -> str:
    """The text of the memo shipped for the bundled packs (:data:`hf_rules.rules.memo.SHIPPED`):
    the fingerprints of every bundled pack's options, each validated here."""
    import json

    loader = _Loader(Limits())
    loader.validated = ValidatedOptions(use_shipped=False)
    loader.validated.folder, loader.validated.known = None, set()
    for pack_id in bundled_pack_ids():
        path = pack_location(pack_id, [bundled_dir("rules")])
        assert path is not None
        loader.load(path, chain=())
    loader.finish()
    return json.dumps(sorted(loader.validated.known), indent=1) + "\n"


def _stamp(paths: list[str]) -> tuple[tuple[str, int, int], ...]:
    stamps = []
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            return ()
        stamps.append((os.path.realpath(path), info.st_mtime_ns, info.st_size))
    return tuple(stamps)


def load_packs(refs: list[str], limits: Limits = Limits(), base_dir: Path | None = None) -> PackSet:
    """Load the packs named by ``refs`` and everything they extend, in dependency order.

    A process that checks many workspaces (the tests, an editor integration) loads the same
    packs once: the result is reused while none of the files it came from has changed.
    """
    # A plain id names a bundled pack; a pack of one's own is named by its path (a file called
    # oslo.yaml in the working folder, say an organisation, must never shadow the 'oslo' pack).
    search = [bundled_dir("rules")]
    refs = [r if is_pack_id(r) or base_dir is None or os.path.isabs(r) else str(base_dir / r) for r in refs]
    # a path as given and as resolved: 'pack.yaml' names another file once the process changes folder
    key = (tuple(r if is_pack_id(r) else (r, os.path.realpath(r)) for r in refs), limits)
    cached = _CACHE.get(key)
    if cached is not None and cached[0] and _stamp([s[0] for s in cached[0]]) == cached[0]:
        return cached[1]
    paths: list[Path] = []
    for ref in refs:
        path = pack_location(ref, search)
        if path is None:
            close = difflib.get_close_matches(ref, bundled_pack_ids(), n=1)
            raise InputError(
                Location(ref),
                Message(
                    "err-no-pack",
                    ref=ref,
                    suggestion=Message("did-you-mean", name=close[0]) if close else "",
                    packs=", ".join(bundled_pack_ids()),
                ),
            )
        paths.append(path)
    stored = packset_cache.read(paths, limits)
    if stored is not None:
        result = _restore(stored)
        if result is not None:
            _CACHE[key] = (_stamp([display for _, display in result.packs]), result)
            return result
    loader = _Loader(limits)
    for path in paths:
        loader.load(path, chain=())
    try:
        result = loader.finish()
    finally:
        loader.validated.save()  # the options found valid, even when another part of a pack is not
    packset_cache.write(paths, limits, _stored(result, loader))
    _CACHE[key] = (_stamp([display for _, display in result.packs]), result)
    return result


def _stored(result: PackSet, loader: _Loader) -> dict[str, Any]:
    """What the cache keeps of a validated pack set: the pack set itself as JSON (the packs, the
    rules in force with where each is and where its options are written, the catalogue and what
    extending packs replaced, retired or disabled, the vocabulary), and every file the loader
    read or looked for (so a change, or a pack that appears, is seen). Nothing is derived again
    on the way back: what the loader assembled is what a cached run gets."""

    def text(value: Text) -> dict[str, Any]:
        return value.model_dump(mode="json")

    return {
        "packs": [pack.model_dump_json(by_alias=True) for pack, _ in result.packs],
        "files": [display for _, display in result.packs],
        "looked_for": sorted(loader.looked_for),
        "rules": [
            {
                "id": r.rule.id,
                "pack": r.pack,
                "file": r.file,
                "line": r.line,
                "options_at": {k: [at.file, at.line, at.column] for k, at in r.options_at.items()},
            }
            for r in result.rules
        ],
        "obligations": [o.model_dump(mode="json", by_alias=True) for o in result.obligations.values()],
        "not_checkable": [n.model_dump(mode="json", by_alias=True) for n in result.not_checkable.values()],
        "disabled": {k: [pack, text(reason)] for k, (pack, reason) in result.disabled.items()},
        "replaced_rules": {k: [pack, text(reason)] for k, (pack, reason) in result.replaced_rules.items()},
        "replaced_obligations": {k: [pack, text(reason)] for k, (pack, reason) in result.replaced_obligations.items()},
        "retired_obligations": {
            k: [pack, text(reason), o.model_dump(mode="json", by_alias=True)]
            for k, (pack, reason, o) in result.retired_obligations.items()
        },
        "vocabulary": result.vocabulary,
        "forum_kind_of": result.forum_kind_of,
        "relations": {k: {"to": list(v.to), "label": dict(v.label)} for k, v in result.relations.items()},
    }


def _restore(stored: dict[str, Any]) -> PackSet | None:
    """The pack set :func:`_stored` kept; None when the entry is not of that form."""
    try:
        packs = [rebuild(RulePack, json.loads(text)) for text in stored["packs"]]
        files: list[str] = stored["files"]
        checks = registry()
        result = PackSet(packs=list(zip(packs, files, strict=True)))
        rules = {rule.id: rule for pack in packs for rule in pack.rules}
        for entry in stored["rules"]:
            rule = rules[entry["id"]]
            at = {k: Location(str(f), int(line), int(col)) for k, (f, line, col) in entry["options_at"].items()}
            result.rules.append(
                LoadedRule(rule, entry["pack"], entry["file"], int(entry["line"]), checks[rule.check.function], at)
            )
        for pack in packs:
            result.sources.update(pack.sources)
        result.obligations = {o["id"]: rebuild(Obligation, o) for o in stored["obligations"]}
        result.not_checkable = {n["obligation"]: rebuild(NotCheckable, n) for n in stored["not_checkable"]}
        for name in ("disabled", "replaced_rules", "replaced_obligations"):
            table = {k: (str(pack), rebuild(Text, reason)) for k, (pack, reason) in stored[name].items()}
            setattr(result, name, table)
        result.retired_obligations = {
            k: (str(pack), rebuild(Text, reason), rebuild(Obligation, o))
            for k, (pack, reason, o) in stored["retired_obligations"].items()
        }
        result.vocabulary = {k: [str(w) for w in v] for k, v in stored["vocabulary"].items()}
        if not set(BASE_VOCABULARY) <= set(result.vocabulary):
            return None  # kept by a version with fewer vocabularies: built again
        result.forum_kind_of = {str(k): str(v) for k, v in stored["forum_kind_of"].items()}
        result.relations = {
            str(k): RelationKind(tuple(str(t) for t in v["to"]), {str(a): str(b) for a, b in v["label"].items()})
            for k, v in stored["relations"].items()
        }
        return result
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


class _Loader:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.by_id: dict[str, tuple[RulePack, str, Document]] = {}
        self.order: list[str] = []
        self.checks = registry()
        self.validated = ValidatedOptions()
        self.looked_for: set[str] = set()
        """Pack files looked for by id and not found (the cache is stale once one appears)."""
        self.declared: list[LoadedRule] = []

    def load(self, path: Path, chain: tuple[str, ...]) -> str:
        display = str(path)
        doc = load_yaml_file(path, display_path=display, limits=self.limits)
        try:
            pack: RulePack = checked_model(RulePack, bundled_schema("rulepack.schema.json"), doc)  # type: ignore[assignment]
        except InputErrors as errors:
            raise InputErrors(_named_by_rule(errors.errors, doc)) from None
        pack_id = pack.metadata.id
        if pack_id in chain:
            raise InputError(
                doc.location(("metadata", "id")),
                Message("pack-extends-itself", pack=pack_id, chain=" -> ".join(chain + (pack_id,))),
            )
        if pack_id in self.by_id:
            if os.path.realpath(self.by_id[pack_id][1]) != os.path.realpath(display):
                raise InputError(
                    doc.location(("metadata", "id")),
                    Message("pack-id-used", pack=pack_id, file=self.by_id[pack_id][1]),
                )
            return pack_id
        search = [path.parent, bundled_dir("rules")]
        for index, parent in enumerate(pack.metadata.extends):
            if not is_pack_id(parent):
                raise InputError(
                    doc.location(("metadata", "extends", index)),
                    Message("pack-extends-not-id", parent=parent),
                )
            if parent in chain or parent == pack_id:
                raise InputError(
                    doc.location(("metadata", "extends", index)),
                    Message("pack-extends-cycle", chain=" -> ".join(chain + (pack_id, parent))),
                )
            parent_path = pack_location(parent, search)
            for folder in search:  # where the id was looked for before it was found
                if parent_path is not None and folder / f"{parent}.yaml" == parent_path:
                    break
                self.looked_for.add(str(folder / f"{parent}.yaml"))
            if parent_path is None:
                raise InputError(
                    doc.location(("metadata", "extends", index)),
                    Message(
                        "pack-extends-unknown",
                        parent=parent,
                        folder=path.parent,
                        packs=", ".join(bundled_pack_ids()),
                    ),
                )
            self.load(parent_path, chain + (pack_id,))
        self.by_id[pack_id] = (pack, display, doc)
        self.order.append(pack_id)
        return pack_id

    def finish(self) -> PackSet:
        result = PackSet()
        problems: list[InputError] = []
        declared_rules: dict[str, tuple[LoadedRule, Document, int]] = {}
        for pack_id in self.order:
            pack, display, doc = self.by_id[pack_id]
            result.packs.append((pack, display))
            result.sources.update(pack.sources)
            problems.extend(_source_dates(pack, doc))
            replace_obligations, replace_rules = self._inherited(pack, doc, result, declared_rules, problems)
            problems.extend(_add_vocabulary(pack, doc, result))
            for index, obligation in enumerate(pack.obligations):
                if obligation.id in result.obligations and obligation.id not in replace_obligations:
                    problems.append(
                        InputError(
                            doc.location(("obligations", index, "id")),
                            Message("pack-obligation-twice", obligation=obligation.id),
                        )
                    )
                if obligation.id in replace_obligations:
                    result.replaced_obligations[obligation.id] = (pack_id, replace_obligations.pop(obligation.id))
                result.obligations[obligation.id] = obligation
            for oid in replace_obligations:
                index = next(i for i, e in enumerate(pack.replace) if e.obligation == oid)
                problems.append(
                    InputError(
                        doc.location(("replace", index, "obligation")),
                        Message("pack-replace-obligation-undefined", obligation=oid),
                    )
                )
            for index, entry in enumerate(pack.disable):
                if entry.rule not in declared_rules:
                    problems.append(
                        InputError(
                            doc.location(("disable", index, "rule")),
                            Message(
                                "pack-names-unknown-rule",
                                key="disable",
                                rule=entry.rule,
                                suggestion=_did_you_mean(entry.rule, declared_rules),
                            ),
                        )
                    )
                result.disabled[entry.rule] = (pack_id, entry.reason)
            for index, rule in enumerate(pack.rules):
                path = ("rules", index)
                if (
                    rule.id in declared_rules
                    and rule.id in replace_rules
                    and declared_rules[rule.id][0].pack != pack_id
                ):
                    result.replaced_rules[rule.id] = (pack_id, replace_rules.pop(rule.id))
                    result.disabled.pop(rule.id, None)
                    del declared_rules[rule.id]  # the new definition stands instead of the inherited one
                elif rule.id in declared_rules:
                    first = declared_rules[rule.id][0]
                    problems.append(
                        InputError(
                            doc.location(path + ("id",)),
                            Message("pack-rule-id-twice", rule=rule.id, where=f"{first.file}:{first.line}"),
                        )
                    )
                    continue
                check = self.checks.get(rule.check.function)
                if check is None:
                    problems.append(
                        InputError(
                            doc.location(path + ("check", "function")),
                            Message(
                                "pack-unknown-function",
                                function=rule.check.function,
                                suggestion=_did_you_mean(rule.check.function, self.checks),
                                choices=", ".join(sorted(self.checks)),
                            ),
                        )
                    )
                    continue
                line = doc.location(path).line
                at = {key: doc.location(path + ("check", "options", key)) for key in rule.check.options}
                loaded = LoadedRule(rule, pack_id, display, line, check, at)
                declared_rules[rule.id] = (loaded, doc, index)
                self.declared.append(loaded)
                problems.extend(self._validate_rule(loaded, doc, index, result.vocabulary))
            for rule_id in replace_rules:
                index = next(i for i, e in enumerate(pack.replace) if e.rule == rule_id)
                problems.append(
                    InputError(
                        doc.location(("replace", index, "rule")),
                        Message("pack-replace-rule-undefined", rule=rule_id),
                    )
                )
        for pack_id in self.order:
            pack, _, doc = self.by_id[pack_id]
            for index, rule in enumerate(pack.rules):
                final = declared_rules.get(rule.id)
                active = final is not None and final[0].pack == pack_id and rule.id not in result.disabled
                for j, oid in enumerate(rule.obligations):
                    if oid in result.retired_obligations:
                        if active:
                            problems.append(
                                InputError(
                                    doc.location(("rules", index, "obligations", j)),
                                    Message(
                                        "pack-obligation-retired",
                                        obligation=oid,
                                        pack=result.retired_obligations[oid][0],
                                        rule=rule.id,
                                    ),
                                )
                            )
                    elif oid not in result.obligations:
                        problems.append(
                            InputError(
                                doc.location(("rules", index, "obligations", j)),
                                Message(
                                    "pack-obligation-not-in-catalogue",
                                    obligation=oid,
                                    suggestion=_did_you_mean(oid, result.obligations),
                                ),
                            )
                        )
                if rule.source.document not in result.sources:
                    problems.append(
                        InputError(
                            doc.location(("rules", index, "source", "document")),
                            Message(
                                "pack-source-undeclared-choices",
                                source=rule.source.document,
                                suggestion=_did_you_mean(rule.source.document, result.sources),
                                choices=", ".join(sorted(result.sources)),
                            ),
                        )
                    )
            for index, not_checkable in enumerate(pack.not_checkable):
                if not_checkable.obligation in result.retired_obligations:
                    continue
                if not_checkable.obligation not in result.obligations:
                    problems.append(
                        InputError(
                            doc.location(("not_checkable", index, "obligation")),
                            Message(
                                "pack-not-checkable-unknown",
                                obligation=not_checkable.obligation,
                                suggestion=_did_you_mean(not_checkable.obligation, result.obligations),
                            ),
                        )
                    )
                if not_checkable.obligation in result.obligations:
                    result.not_checkable[not_checkable.obligation] = not_checkable
            for index, obligation in enumerate(pack.obligations):
                if obligation.source.document not in result.sources:
                    problems.append(
                        InputError(
                            doc.location(("obligations", index, "source", "document")),
                            Message(
                                "pack-source-undeclared-choices",
                                source=obligation.source.document,
                                suggestion=_did_you_mean(obligation.source.document, result.sources),
                                choices=", ".join(sorted(result.sources)),
                            ),
                        )
                    )
        if problems:
            for shown, pack_doc in {d.path: d for _, _, d in self.by_id.values()}.items():
                mine = [e for e in problems if e.location.file == shown]
                problems = [e for e in problems if e.location.file != shown] + _named_by_rule(mine, pack_doc)
            raise InputErrors(sorted(problems, key=lambda e: (e.location.file, e.location.line, e.location.column)))
        result.rules = [loaded for loaded, _, _ in declared_rules.values() if loaded.rule.id not in result.disabled]
        return result

    @staticmethod
    def _inherited(
        pack: RulePack,
        doc: Document,
        result: PackSet,
        declared_rules: dict[str, tuple[LoadedRule, Document, int]],
        problems: list[InputError],
    ) -> tuple[dict[str, Text], dict[str, Text]]:
        """Apply the pack's ``retire`` list; return what its ``replace`` list names (obligations, rules)."""
        replace_obligations: dict[str, Text] = {}
        replace_rules: dict[str, Text] = {}
        for key in ("replace", "retire"):
            for index, entry in enumerate(getattr(pack, key)):
                if (entry.obligation is None) == (entry.rule is None):
                    problems.append(InputError(doc.location((key, index)), Message("pack-entry-names-one", key=key)))
                    continue
                if entry.obligation is not None:
                    if entry.obligation not in result.obligations:
                        problems.append(
                            InputError(
                                doc.location((key, index, "obligation")),
                                Message(
                                    "pack-names-unknown-obligation",
                                    key=key,
                                    obligation=entry.obligation,
                                    suggestion=_did_you_mean(entry.obligation, result.obligations),
                                ),
                            )
                        )
                    elif key == "replace":
                        replace_obligations[entry.obligation] = entry.reason
                    else:
                        retired = result.obligations.pop(entry.obligation)
                        result.not_checkable.pop(entry.obligation, None)
                        result.retired_obligations[entry.obligation] = (pack.metadata.id, entry.reason, retired)
                    continue
                assert entry.rule is not None
                if entry.rule not in declared_rules:
                    problems.append(
                        InputError(
                            doc.location((key, index, "rule")),
                            Message(
                                "pack-names-unknown-rule",
                                key=key,
                                rule=entry.rule,
                                suggestion=_did_you_mean(entry.rule, declared_rules),
                            ),
                        )
                    )
                elif key == "replace":
                    replace_rules[entry.rule] = entry.reason
                else:
                    result.disabled[entry.rule] = (pack.metadata.id, entry.reason)
        return replace_obligations, replace_rules

    def _validate_rule(
        self, loaded: LoadedRule, doc: Document, index: int, vocabulary: dict[str, list[str]]
    ) -> list[InputError]:
        rule, check = loaded.rule, loaded.check
        path = ("rules", index)
        problems: list[InputError] = []
        if rule.reading is not None and _RANK[rule.severity] > _RANK[READING_CEILING[rule.reading]]:
            problems.append(
                InputError(
                    doc.location(path + ("severity",)),
                    Message(
                        "pack-severity-above-reading",
                        severity=rule.severity,
                        reading=rule.reading,
                        ceiling=READING_CEILING[rule.reading],
                    ),
                )
            )
        if rule.applies_to.kind not in check.SUBJECTS:
            problems.append(
                InputError(
                    doc.location(path + ("applies_to", "kind")),
                    Message(
                        "pack-subject-unsupported",
                        rule=rule.id,
                        function=check.NAME,
                        subjects=", ".join(sorted(check.SUBJECTS)),
                        kind=rule.applies_to.kind,
                    ),
                )
            )
        # A misspelt type would select nothing and the rule would never fire.
        known_types = {
            "forum": vocabulary["forum_types"],
            "meeting_plan": vocabulary["forum_types"],
            "party": vocabulary["party_types"],
        }.get(rule.applies_to.kind, [])
        for j, type_name in enumerate(rule.applies_to.type or []):
            if type_name not in known_types:
                problems.append(
                    InputError(
                        doc.location(path + ("applies_to", "type", j)),
                        Message(
                            "pack-type-unknown",
                            rule=rule.id,
                            type=type_name,
                            kind=rule.applies_to.kind,
                            suggestion=_did_you_mean(type_name, list(known_types)),
                            choices=", ".join(known_types) or Message("pack-no-types"),
                        ),
                    )
                )
        for j, type_name in enumerate(rule.applies_to.party_type or []):
            if type_name not in vocabulary["party_types"]:
                problems.append(
                    InputError(
                        doc.location(path + ("applies_to", "party_type", j)),
                        Message(
                            "pack-party-type-unknown",
                            rule=rule.id,
                            type=type_name,
                            suggestion=_did_you_mean(type_name, vocabulary["party_types"]),
                            choices=", ".join(vocabulary["party_types"]),
                        ),
                    )
                )
        problems.extend(_secretariat_selection_problems(doc, path, rule, check))
        if rule.applies_to.if_any is not None and rule.applies_to.kind not in ("forum", "party"):
            where = doc.location(path + ("applies_to", "if_any"), key=True)
            problems.append(InputError(where, Message("err-applies-to-if-any", kind=rule.applies_to.kind)))
        for criterion in PARTY_CRITERIA:
            if getattr(rule.applies_to, criterion) is not None and rule.applies_to.kind != "party":
                where = doc.location(path + ("applies_to", criterion), key=True)
                problems.append(
                    InputError(
                        where, Message("err-applies-to-party-only", criterion=criterion, kind=rule.applies_to.kind)
                    )
                )
        for criterion in FORUM_CRITERIA[2:]:  # beside type and has_sector, which parties have too
            if getattr(rule.applies_to, criterion) is not None and rule.applies_to.kind not in (
                "forum",
                "meeting_plan",
            ):
                where = doc.location(path + ("applies_to", criterion), key=True)
                problems.append(
                    InputError(
                        where, Message("err-applies-to-forum-only", criterion=criterion, kind=rule.applies_to.kind)
                    )
                )
        options_path = path + ("check", "options")
        remembered = fingerprint("options", rule.check.options, check.OPTIONS, DATED_SCHEMA)
        found = []
        if remembered not in self.validated:  # validated by an earlier run (hf_rules.rules.memo)
            found = validate_options(rule.check.options, check.OPTIONS, doc, options_path)
            if not found:
                self.validated.add(remembered)
            problems.extend(found)
        if not found:  # a word of a vocabulary the options name is one (marked in the option schema)
            problems.extend(_word_problems(rule, check, doc, options_path, vocabulary))
        if not found and hasattr(check, "validate"):  # what a schema cannot say (an expression compiles)
            problems.extend(check.validate(rule, doc, options_path))
        allowed = set(check.PARAMS) | COMMON_PARAMS
        for field_name in ("message", "hint"):
            text: Text = getattr(rule, field_name)
            for lang in ("nb", "en"):
                for name in PLACEHOLDER.findall(getattr(text, lang)):
                    if name not in allowed:
                        problems.append(
                            InputError(
                                doc.location(path + (field_name, lang)),
                                Message(
                                    "pack-placeholder-unfilled",
                                    rule=rule.id,
                                    suggestion=_did_you_mean(name, sorted(allowed)),
                                    name=name,
                                    function=check.NAME,
                                    choices=", ".join(sorted(allowed)),
                                ),
                            )
                        )
        if rule.valid_from and rule.valid_to and rule.valid_to < rule.valid_from:
            problems.append(InputError(doc.location(path + ("valid_to",)), Message("pack-valid-to-before-from")))
        return problems


def _source_dates(pack: RulePack, doc: Document) -> list[InputError]:
    """Each source gives a `date` or says it has none (`undated: true`), not both and not neither:
    a date left out by mistake is never taken for an undated page."""
    problems: list[InputError] = []
    for name, source in pack.sources.items():
        if source.date is None and not source.undated:
            problems.append(InputError(doc.location(("sources", name)), Message("pack-source-no-date", source=name)))
        elif source.date is not None and source.undated:
            problems.append(
                InputError(
                    doc.location(("sources", name, "undated")),
                    Message("pack-source-date-and-undated", source=name, date=source.date),
                )
            )
    return problems
