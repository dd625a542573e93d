"""What the language server knows, without the protocol: the documents of a workspace (the
editor's buffers over the files on disk), the rule packs in force, and what a check of them
finds, as plain data the server turns into LSP messages. No pygls here, so it is tested and
timed on its own.

A workspace is every ``*.yaml``/``*.yml`` under the root folder (as ``check FOLDER`` finds them)
plus every open buffer. Each change re-checks the whole workspace, so a change to an
organisation re-checks its meeting plans and waivers too; files whose bytes did not change are
not read or validated again (a cache keyed by path and content).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hf_rules.app.config import find_config, load_config
from hf_rules.core.errors import InputError, InputErrors
from hf_rules.core.i18n import dated
from hf_rules.documents.discovery import discover, read_bytes
from hf_rules.documents.entries import SourceFile, Workspace
from hf_rules.documents.model import RETIRED_FORUM_TYPES, Organisation
from hf_rules.documents.workspace import resolve
from hf_rules.engine.evaluate import ReportRequest, build_report, evaluation_dates
from hf_rules.report.model import Report
from hf_rules.rules.pack import PackSet, load_packs
from hf_rules.yaml.scalars import Limits

SOURCE = "hf-rules"
SIDES = ("kommune", "sykehus", "uavhengig")
CONFIG_NAMES = (".hf-rules.yaml", ".hf-rules.yml")
WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*")


@dataclass
class Problem:
    """One diagnostic: 1-based line and column (0 when unknown), severity error|warning|info."""

    line: int
    column: int
    severity: str
    message: str
    code: str | None = None
    related: list[tuple[str, int, str]] = field(default_factory=list)
    """(file, 1-based line, message): the rule's quoted source where the rule is defined."""
    fingerprint: str | None = None


@dataclass
class Checked:
    """The last check of the workspace."""

    workspace: Workspace
    report: Report
    problems: dict[str, list[Problem]]
    """Real path -> its diagnostics (every file of the workspace, an empty list when clean)."""


def real(path: str | os.PathLike[str]) -> str:
    return os.path.realpath(os.fspath(path))


class Session:
    def __init__(self, root: str | None, lang: str | None = None, today: dt.date | None = None) -> None:
        self.root = real(root) if root else None
        self.requested_lang = lang
        self.lang = lang or "nb"
        self.today = today
        self.limits = Limits()
        self.buffers: dict[str, str] = {}
        self._read: dict[tuple[str, str], SourceFile] = {}
        self.packs = PackSet()
        self.pack_problems: list[InputError] = []
        self.pack_files: set[str] = set()
        self.config_path: str | None = None
        self.last: Checked | None = None
        self.known: list[Any] = []
        self._found: list[str] | None = None
        self.load_packs()

    # --- Rule packs and config -------------------------------------------------------------------

    def load_packs(self) -> None:
        """The packs of the root's config (else ``oslo``), loaded once; again when one changes."""
        refs, base = ["oslo"], None
        self.pack_problems = []
        self.config_path = None
        found = find_config(Path(self.root)) if self.root else None
        if found is not None:
            self.config_path = real(found)
            try:
                config = load_config(found, self.limits)
                if config.config.lang and self.requested_lang is None:
                    self.lang = config.config.lang
                if config.config.rules:
                    refs, base = [config.resolve(r) for r in config.config.rules], config.base
                if config.max_file_size is not None:
                    self.limits = dataclasses.replace(self.limits, max_bytes=config.max_file_size)
            except (InputError, InputErrors) as error:
                self.pack_problems = _errors(error)
        try:
            self.packs = load_packs(refs, self.limits, base)
        except (InputError, InputErrors) as error:
            self.packs = PackSet()
            self.pack_problems += _errors(error)
        self.pack_files = {real(path) for _, path in self.packs.packs}

    def pack_problems_by_file(self) -> dict[str, list[Problem]]:
        """The problems of the packs in force (or the config), by file: shown on that file."""
        found: dict[str, list[Problem]] = {}
        for error in self.pack_problems:
            path = real(error.location.file) if error.location.file else (self.config_path or "")
            found.setdefault(path, []).append(
                Problem(error.location.line, error.location.column, "error", error.text(self.lang))
            )
        return {path: problems for path, problems in found.items() if path and path not in self.buffers}

    def is_pack_or_config(self, path: str) -> bool:
        """A buffer that is the config, or a rule pack (one in force, or any ``kind: RulePack``)."""
        key = real(path)
        text = self.buffers.get(key)
        if text is None:
            return False
        return key in self.pack_files or os.path.basename(key) in CONFIG_NAMES or _looks_like_pack(text)

    def is_pack_file(self, path: str) -> bool:
        return real(path) in self.pack_files

    # --- Documents -------------------------------------------------------------------------------

    def paths(self) -> list[str]:
        """The files of the workspace (real paths): the root's, found once (:meth:`refresh` when
        files are added or removed), and the open buffers."""
        if self._found is None:
            found = [p for p, _, problem in discover([self.root]) if problem is None] if self.root else []
            self._found = [real(p) for p in found]
        seen = set(self._found)
        return self._found + [p for p in self.buffers if p not in seen]

    def refresh(self) -> None:
        """Files were created or deleted: find the root's files again."""
        self._found = None

    def _source(self, key: str) -> SourceFile | None:
        path = key
        text = self.buffers.get(key)
        if text is not None:
            raw = text.encode("utf-8", "surrogatepass")
        else:
            try:
                with open(path, "rb") as handle:
                    raw = handle.read(self.limits.max_bytes + 1)
            except OSError:
                return None
        digest = hashlib.sha256(raw).hexdigest()
        cached = self._read.get((key, digest))
        if cached is None:
            cached = read_bytes(key, raw, explicit=False, limits=self.limits)
            self._read = {k: v for k, v in self._read.items() if k[0] != key}
            self._read[(key, digest)] = cached
        # resolve() and the engine add problems to a file: each check starts from the file as read.
        return dataclasses.replace(cached, problems=list(cached.problems))

    def check(self) -> Checked:
        files = [s for s in (self._source(p) for p in self.paths() if not self.is_pack_or_config(p)) if s is not None]
        workspace = resolve(files)
        today = self.today or dt.date.today()
        request = ReportRequest(as_of=today, as_of_given=False, lang=self.lang, fail_on="error")
        report = build_report(workspace, self.packs, request)
        problems: dict[str, list[Problem]] = {s.path: [] for s in files if not _ignored_document(s)}
        for problem in report.input_problems:
            problems.setdefault(problem.file, []).append(
                Problem(problem.line, problem.column, "error", problem.message)
            )
        rules = {loaded.rule.id: loaded for loaded in self.packs.rules}
        for finding in report.findings:
            if finding.status != "open":
                continue
            loaded = rules.get(finding.rule)
            quote = f"«{finding.source.quote}» ({finding.source.document}, {dated(finding.source.date, self.lang)})"
            related = [(real(loaded.file), loaded.line, quote)] if loaded else [(finding.file, finding.line, quote)]
            problems.setdefault(finding.file, []).append(
                Problem(
                    finding.line,
                    finding.column,
                    finding.severity,
                    f"{finding.message}\n{finding.hint}",
                    finding.rule,
                    related,
                    finding.fingerprint,
                )
            )
        for notice in report.waiver_notices:
            problems.setdefault(notice.file, []).append(
                Problem(notice.line, notice.column, notice.severity, notice.message, f"waiver-{notice.kind}")
            )
        for path in list(self.buffers):
            if self.is_pack_or_config(path):
                problems[path] = self.check_pack_or_config(path)
        self.last = Checked(workspace, report, problems)
        known = {org.id: org for org in self.known}
        known.update(workspace.organisations)
        self.known = list(known.values())
        return self.last

    def check_pack_or_config(self, path: str) -> list[Problem]:
        """A rule pack or config buffer, validated as ``check`` would load it (not yet saved)."""
        text = self.buffers.get(path, "")
        folder, name = os.path.split(path)
        with tempfile.TemporaryDirectory(prefix="hf-rules-lsp-") as scratch:
            if name in CONFIG_NAMES:
                copy = Path(scratch) / name
                copy.write_text(text, encoding="utf-8")
                try:
                    load_config(copy, self.limits)
                    errors: list[InputError] = []
                except (InputError, InputErrors) as error:
                    errors = _errors(error)
            else:
                # A pack finds the packs it extends in its own folder: the siblings come along.
                for sibling in Path(folder).glob("*.y*ml"):
                    if sibling.is_file() and sibling.stat().st_size <= self.limits.max_bytes:
                        shutil.copyfile(sibling, Path(scratch) / sibling.name)
                copy = Path(scratch) / name
                copy.write_text(text, encoding="utf-8")
                try:
                    load_packs([str(copy)], self.limits, None)
                    errors = []
                except (InputError, InputErrors) as error:
                    errors = _errors(error)
            shown = str(copy)
            found = [e for e in errors if e.location.file in (shown, real(shown))]
            others = [e for e in errors if e not in found]
        result = [Problem(e.location.line, e.location.column, "error", e.text(self.lang)) for e in found]
        result += [Problem(1, 1, "error", f"{os.path.basename(e.location.file)}: {e.text(self.lang)}") for e in others]
        return result

    # --- Looking things up -----------------------------------------------------------------------

    def organisations(self) -> list[Any]:
        """The organisations of the last check, or the last good version of one that does not
        read now (completion is asked for while a line is half written)."""
        return self.known

    def word_at(self, path: str, line: int, character: int) -> str | None:
        """The id under the cursor (0-based line and character) in the buffer."""
        lines = self.buffers.get(real(path), "").splitlines()
        if line >= len(lines):
            return None
        for match in WORD.finditer(lines[line]):
            if match.start() <= character <= match.end():
                return match.group(0)
        return None

    def hover(self, path: str, line: int, character: int) -> str | None:
        """Markdown for the rule, obligation, party or forum id under the cursor."""
        word = self.word_at(path, line, character)
        if word is None:
            return None
        lang = self.lang
        loaded = self.packs.rule(word.upper()) if re.fullmatch(r"[A-Z][A-Z0-9-]+", word) else None
        if loaded is not None:
            rule = loaded.rule
            source = self.packs.sources.get(rule.source.document)
            text = [
                f"**{rule.id}** ({rule.severity}) — {getattr(rule.title, lang)}",
                "",
                f"> «{rule.source.quote}»" + (f" — {source.title}, {dated(source.date, lang)}" if source else ""),
            ]
            if rule.interpretation:
                text += ["", getattr(rule.interpretation, lang)]
            text += ["", f"`{os.path.basename(loaded.file)}:{loaded.line}` · {', '.join(rule.obligations)}"]
            return "\n".join(text)
        obligation = self.packs.obligations.get(word)
        if obligation is not None:
            return f"**{obligation.id}** — {getattr(obligation.text, lang)}\n\n> «{obligation.source.quote}»"
        for org in self.organisations():
            model: Organisation = org.model
            if word in model.parties:
                party = model.parties[word]
                where = org.doc.location(("parties", word), key=True)
                return (
                    f"**{party.name}** (`{word}`): {party.type}, {party.side}\n\n"
                    f"`{os.path.basename(where.file)}:{where.line}`"
                )
            if word in model.fora:
                forum = model.fora[word]
                where = org.doc.location(("fora", word), key=True)
                return (
                    f"**{forum.name}** (`{word}`): {forum.type}, {len(forum.members)} members, "
                    f"{len(forum.observers)} observers\n\n`{os.path.basename(where.file)}:{where.line}`"
                )
        return None

    def definition(self, path: str, line: int, character: int) -> tuple[str, int, int] | None:
        """(file, 1-based line, 1-based column) of the party or forum the id under the cursor names."""
        word = self.word_at(path, line, character)
        if word is None:
            return None
        for org in self.organisations():
            for key in ("parties", "fora"):
                if word in getattr(org.model, key):
                    where = org.doc.location((key, word), key=True)
                    return real(where.file), where.line, where.column
        return None

    def completions(self, path: str, line: int, character: int) -> list[tuple[str, str]]:
        """(label, detail) for the value being written: party ids, forum ids, sides, forum types
        (or party types), levels, positions, functions, a mandate entry's duties, meeting and agreement kinds, and roles, by
        the key on the line; all ids when the key says nothing."""
        lines = self.buffers.get(real(path), "").splitlines()
        text = lines[line][:character] if line < len(lines) else ""
        key = _key_before(text)
        parties = {pid: p.name for org in self.organisations() for pid, p in org.model.parties.items()}
        fora = {fid: f.name for org in self.organisations() for fid, f in org.model.fora.items()}
        roles = sorted(
            {
                role
                for org in self.organisations()
                for f in org.model.fora.values()
                for s in [*f.members, *f.observers]
                for role in ([s.role, *s.other_roles] if s.role else [])
            }
        )
        in_parties = _section(lines, line) == "parties"
        if key == "deputy" and _section(lines, line) != "chairs":
            return []  # a seat's deputy is a person's name, or a mapping ({party: ...} completes)
        if key in ("party", "deputy", "part_of", "host", "shared_with", "site"):
            return sorted(parties.items())
        vocabulary = self.packs.vocabulary
        if key in ("level", "position", "functions", "duties"):
            kind = {"level": "levels", "position": "positions", "functions": "functions", "duties": "duties"}[key]
            return [(w, key) for w in vocabulary.get(kind, [])]
        if key == "kind":
            if _section(lines, line) == "agreements":
                return [(w, "agreement kind") for w in vocabulary.get("agreement_kinds", [])]
            return [(w, "meeting kind") for w in vocabulary.get("meeting_kinds", [])]
        if key == "sector":
            return sorted(
                (pid, name)
                for org in self.organisations()
                for pid, name in parties.items()
                if org.party(pid) and org.party(pid).has_sector
            )
        if key in ("forum", "gives_input_to", "gives_assignments_to", "supports", "sub_committee_of"):
            return sorted(fora.items())
        if key in ("side", "host_side"):
            return [(s, "side") for s in SIDES]
        if key == "type":
            if in_parties:
                return [(t, "party type") for t in self.packs.vocabulary["party_types"]]
            return [(t, "forum type") for t in self.packs.vocabulary["forum_types"] if t not in RETIRED_FORUM_TYPES]
        if key == "role":
            return [(r, "role") for r in roles]
        if key == "chair_rotation":
            return [(s, "side") for s in SIDES[:2]] + sorted(parties.items())
        if key == "rule":
            return sorted((r.rule.id, getattr(r.rule.title, self.lang)) for r in self.packs.rules)
        return sorted(parties.items()) + sorted(fora.items())

    def fixes(self, path: str) -> list[tuple[str, str, set[str]]]:
        """``fix``'s remedies for the open findings of the buffer ``path``, each as (title, the
        buffer's new text, the fingerprints of the findings it fixes); the same edits ``hf-rules
        fix`` makes, checked the same way. Nothing is written."""
        from hf_rules.app.fix import find_additions, find_moves
        from hf_rules.edit.move import apply_moves
        from hf_rules.edit.splice import described, edit_text

        key = real(path)
        text = self.buffers.get(key)
        if text is None or self.last is None:
            return []
        today = self.today or dt.date.today()
        dates = evaluation_dates(self.last.workspace, today, False)
        args = (self.last.report, self.last.workspace, self.packs, dates, {key})
        moves = find_moves(*args)
        covered = {f.fingerprint for m in moves for f in m.also}
        actions: list[tuple[str, str, set[str]]] = []
        for move in moves:
            new, done, _failed = apply_moves(text, [move])
            if done:
                where = ".".join(move.container)
                title = f"hf-rules fix: {move.rule}: move {where}.{move.source}[{move.index}] to {move.target}"
                actions.append((title, new, {f.fingerprint for f in [move.finding, *move.also]}))
        for addition in find_additions(*args):
            if addition.finding.fingerprint in covered:
                continue
            new, applied, _not_added = edit_text(text, [addition])
            if applied:
                where = ".".join(str(part) for part in (*addition.container, addition.key))
                title = f"hf-rules fix: {addition.rule}: add {described(addition)} to {where}"
                actions.append((title, new, {f.fingerprint for f in [addition.finding, *addition.also]}))
        return actions


def _errors(error: InputError | InputErrors) -> list[InputError]:
    return list(error.errors) if isinstance(error, InputErrors) else [error]


def _ignored_document(source: SourceFile) -> bool:
    """A YAML file that is not an hf-rules document (nothing to say about it)."""
    return source.ignored is not None


def _looks_like_pack(text: str) -> bool:
    return re.search(r"(?m)^kind:\s*RulePack\s*$", text) is not None


def _key_before(text: str) -> str | None:
    """The key whose value is being written at the end of ``text`` (``{party: ous, role: `` -> role)."""
    found = re.findall(r"([a-z_]+):(?:\s*\[[^\]]*)?[^:,{}]*$", text)
    return found[-1] if found else None


def _section(lines: list[str], line: int) -> str | None:
    """The top-level key the line is under (``parties``, ``fora``...)."""
    for index in range(min(line, len(lines) - 1), -1, -1):
        match = re.match(r"([A-Za-z_]+):", lines[index])
        if match:
            return match.group(1)
    return None
