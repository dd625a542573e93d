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
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

from hf_rules.core.errors import InputError, Location
from hf_rules.core.i18n import Message
from hf_rules.core.resources import bundled_dir, bundled_schema
from hf_rules.documents.model import ForumType, PartyType
from hf_rules.documents.validate import InputErrors, checked_model
from hf_rules.rules.checks import registry
from hf_rules.rules.checks.base import CheckModule
from hf_rules.rules.dated import DATED_SCHEMA, options_on, validate_options
from hf_rules.rules.memo import ValidatedOptions, fingerprint
from hf_rules.rules.model import NotCheckable, Obligation, Rule, RulePack, SourceDocument, Text
from hf_rules.yaml.loader import Document, Limits, load_yaml_file

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
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
        return options_on(rule.check.options, as_of)


@dataclass
class PackSet:
    """The packs in force for a run, parents before children, with their catalogues merged."""

    packs: list[tuple[RulePack, str]] = field(default_factory=list)
    rules: list[LoadedRule] = field(default_factory=list)
    obligations: dict[str, Obligation] = field(default_factory=dict)
    not_checkable: dict[str, NotCheckable] = field(default_factory=dict)
    sources: dict[str, SourceDocument] = field(default_factory=dict)
    disabled: dict[str, tuple[str, Text]] = field(default_factory=dict)
    """Rule id -> (pack that disabled it, reason)."""

    def rule(self, rule_id: str) -> LoadedRule | None:
        return next((r for r in self.rules if r.rule.id == rule_id), None)

    def coverage(self) -> dict[str, list[str]]:
        """Obligation id -> ids of the active rules that encode it."""
        table: dict[str, list[str]] = {oid: [] for oid in self.obligations}
        for loaded in self.rules:
            for oid in loaded.rule.obligations:
                table.setdefault(oid, []).append(loaded.rule.id)
        return table


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
    loader = _Loader(limits)
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
        loader.load(path, chain=())
    try:
        result = loader.finish()
    finally:
        loader.validated.save()  # the options found valid, even when another part of a pack is not
    _CACHE[key] = (_stamp([display for _, display in result.packs]), result)
    return result


class _Loader:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.by_id: dict[str, tuple[RulePack, str, Document]] = {}
        self.order: list[str] = []
        self.checks = registry()
        self.validated = ValidatedOptions()

    def load(self, path: Path, chain: tuple[str, ...]) -> str:
        display = str(path)
        doc = load_yaml_file(path, display_path=display, limits=self.limits)
        pack: RulePack = checked_model(RulePack, bundled_schema("rulepack.schema.json"), doc)  # type: ignore[assignment]
        pack_id = pack.metadata.id
        if pack_id in chain:
            raise InputError(
                doc.location(("metadata", "id")),
                f"rule pack '{pack_id}' extends itself: {' -> '.join(chain + (pack_id,))}",
            )
        if pack_id in self.by_id:
            if os.path.realpath(self.by_id[pack_id][1]) != os.path.realpath(display):
                raise InputError(
                    doc.location(("metadata", "id")),
                    f"rule pack id '{pack_id}' is also used by {self.by_id[pack_id][1]}",
                )
            return pack_id
        search = [path.parent, bundled_dir("rules")]
        for index, parent in enumerate(pack.metadata.extends):
            if not is_pack_id(parent):
                raise InputError(
                    doc.location(("metadata", "extends", index)),
                    f"extends '{parent}' is not a pack id; packs are extended by id, found in "
                    "the pack's own folder or among the bundled packs",
                )
            if parent in chain or parent == pack_id:
                raise InputError(
                    doc.location(("metadata", "extends", index)),
                    f"extends forms a cycle: {' -> '.join(chain + (pack_id, parent))}",
                )
            parent_path = pack_location(parent, search)
            if parent_path is None:
                raise InputError(
                    doc.location(("metadata", "extends", index)),
                    f"extends unknown rule pack '{parent}'; looked in {path.parent} and the "
                    f"bundled packs ({', '.join(bundled_pack_ids())})",
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
            for index, obligation in enumerate(pack.obligations):
                if obligation.id in result.obligations:
                    problems.append(
                        InputError(
                            doc.location(("obligations", index, "id")),
                            f"obligation '{obligation.id}' is already in the catalogue",
                        )
                    )
                result.obligations[obligation.id] = obligation
            for index, entry in enumerate(pack.disable):
                if entry.rule not in declared_rules:
                    problems.append(
                        InputError(
                            doc.location(("disable", index, "rule")),
                            f"disable names rule '{entry.rule}', which no extended pack defines",
                        )
                    )
                result.disabled[entry.rule] = (pack_id, entry.reason)
            for index, rule in enumerate(pack.rules):
                path = ("rules", index)
                if rule.id in declared_rules:
                    first = declared_rules[rule.id][0]
                    problems.append(
                        InputError(
                            doc.location(path + ("id",)),
                            f"rule id '{rule.id}' is already defined in {first.file}:{first.line}",
                        )
                    )
                    continue
                check = self.checks.get(rule.check.function)
                if check is None:
                    problems.append(
                        InputError(
                            doc.location(path + ("check", "function")),
                            f"unknown check function '{rule.check.function}'; expected one of: "
                            f"{', '.join(sorted(self.checks))}",
                        )
                    )
                    continue
                line = doc.location(path).line
                loaded = LoadedRule(rule, pack_id, display, line, check)
                declared_rules[rule.id] = (loaded, doc, index)
                problems.extend(self._validate_rule(loaded, doc, index))
        for pack_id in self.order:
            pack, _, doc = self.by_id[pack_id]
            for index, rule in enumerate(pack.rules):
                for j, oid in enumerate(rule.obligations):
                    if oid not in result.obligations:
                        problems.append(
                            InputError(
                                doc.location(("rules", index, "obligations", j)),
                                f"obligation '{oid}' is not in the catalogue of this pack or the packs it extends",
                            )
                        )
                if rule.source.document not in result.sources:
                    problems.append(
                        InputError(
                            doc.location(("rules", index, "source", "document")),
                            f"source document '{rule.source.document}' is not declared under "
                            f"'sources'; expected one of: {', '.join(sorted(result.sources))}",
                        )
                    )
            for index, entry in enumerate(pack.not_checkable):
                if entry.obligation not in result.obligations:
                    problems.append(
                        InputError(
                            doc.location(("not_checkable", index, "obligation")),
                            f"obligation '{entry.obligation}' is not in the catalogue",
                        )
                    )
                result.not_checkable[entry.obligation] = entry
            for index, obligation in enumerate(pack.obligations):
                if obligation.source.document not in result.sources:
                    problems.append(
                        InputError(
                            doc.location(("obligations", index, "source", "document")),
                            f"source document '{obligation.source.document}' is not declared",
                        )
                    )
        if problems:
            raise InputErrors(sorted(problems, key=lambda e: (e.location.file, e.location.line, e.location.column)))
        result.rules = [loaded for loaded, _, _ in declared_rules.values() if loaded.rule.id not in result.disabled]
        return result

    def _validate_rule(self, loaded: LoadedRule, doc: Document, index: int) -> list[InputError]:
        rule, check = loaded.rule, loaded.check
        path = ("rules", index)
        problems: list[InputError] = []
        if rule.applies_to.kind not in check.SUBJECTS:
            problems.append(
                InputError(
                    doc.location(path + ("applies_to", "kind")),
                    f"check function '{check.NAME}' applies to "
                    f"{', '.join(sorted(check.SUBJECTS))}, not {rule.applies_to.kind}",
                )
            )
        # A misspelt type would select nothing and the rule would never fire.
        known_types = {
            "forum": get_args(ForumType),
            "meeting_plan": get_args(ForumType),
            "party": get_args(PartyType),
        }.get(rule.applies_to.kind, ())
        for j, type_name in enumerate(rule.applies_to.type or []):
            if type_name not in known_types:
                problems.append(
                    InputError(
                        doc.location(path + ("applies_to", "type", j)),
                        f"applies_to type '{type_name}' is not a {rule.applies_to.kind} type; "
                        f"expected one of: {', '.join(known_types) or '(none; leave type out)'}",
                    )
                )
        options_path = path + ("check", "options")
        remembered = fingerprint("options", rule.check.options, check.OPTIONS, DATED_SCHEMA)
        if remembered not in self.validated:  # validated by an earlier run (hf_rules.rules.memo)
            found = validate_options(rule.check.options, check.OPTIONS, doc, options_path)
            if not found:
                self.validated.add(remembered)
            problems.extend(found)
        allowed = check.PARAMS | COMMON_PARAMS
        for field_name in ("message", "hint"):
            text: Text = getattr(rule, field_name)
            for lang in ("nb", "en"):
                for name in PLACEHOLDER.findall(getattr(text, lang)):
                    if name not in allowed:
                        problems.append(
                            InputError(
                                doc.location(path + (field_name, lang)),
                                f"placeholder {{{name}}} is not filled by '{check.NAME}'; "
                                f"expected one of: {', '.join(sorted(allowed))}",
                            )
                        )
        if rule.valid_from and rule.valid_to and rule.valid_to < rule.valid_from:
            problems.append(InputError(doc.location(path + ("valid_to",)), "valid_to is before valid_from"))
        return problems
