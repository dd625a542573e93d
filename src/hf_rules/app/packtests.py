"""``hf-rules test``: rule-pack tests written as YAML cases a domain expert can read.

A ``kind: PackTest`` file holds cases; each case is a small workspace (documents given inline,
or copied from files beside the test file with a few text edits), the date to evaluate as of,
and the findings expected. The check is the real one (``run_check``, JSON report); the open
findings must equal the expected ones, nothing missing and nothing extra. See
``docs/pack-tests.md``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, model_validator

from hf_rules.core.errors import InputError, InputErrors, Location, SaidValueError, UsageError
from hf_rules.core.files import read_text_regular
from hf_rules.core.i18n import Message, default_lang, say
from hf_rules.core.resources import bundled_dir, bundled_schema
from hf_rules.documents.model import API_VERSION, ID_PATTERN, Strict
from hf_rules.documents.validate import checked_model
from hf_rules.edit.expect import ExpectChange, entry
from hf_rules.rules.pack import is_pack_id
from hf_rules.yaml.loader import Document, Limits, load_yaml_file

SCHEMA_FILE = "packtest.schema.json"
EXIT_PASS, EXIT_FAIL, EXIT_BAD = 0, 1, 2
FILE_NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*\.ya?ml$(?!\n)"


# --- the format -------------------------------------------------------------------------------


class PackTestMetadata(Strict):
    id: str = Field(pattern=ID_PATTERN, description="Id of this test file.")
    pack: str | None = Field(
        default=None, min_length=1, description="Pack the cases run with unless a case gives 'rules' (default oslo)."
    )
    description: str | None = Field(default=None, description="Free text.")


class Edit(Strict):
    """One text edit to a copied document, applied in order. The target is the one line that
    contains ``at`` (it must be on exactly one line, or on exactly one line below ``after``)."""

    at: str | None = Field(
        default=None,
        min_length=1,
        description="Text found on the line to edit (on exactly one line); for 'replace', default the replaced text.",
    )
    after: str | None = Field(
        default=None, min_length=1, description="Look for 'at' only below the one line that contains this text."
    )
    delete: int | None = Field(
        default=None, ge=1, le=1_000_000, description="Delete this many lines, starting with the line of 'at'."
    )
    replace: str | None = Field(
        default=None, min_length=1, description="Replace this text on the line of 'at' with 'with'."
    )
    with_: str | None = Field(default=None, alias="with", description="The replacement text (for 'replace').")
    insert: str | None = Field(
        default=None, min_length=1, description="Lines to insert below the line of 'at' (each gets 'indent' spaces)."
    )
    indent: int = Field(default=0, ge=0, le=1000, description="Spaces put before every inserted line (at most 1000).")

    @model_validator(mode="after")
    def _one_action(self) -> Edit:
        actions = [k for k in ("delete", "replace", "insert") if getattr(self, k) is not None]
        if len(actions) != 1:
            raise SaidValueError(Message("model-edit-one-action"))
        if (self.replace is None) != (self.with_ is None):
            raise SaidValueError(Message("model-replace-with"))
        if self.at is None and self.replace is None:
            raise SaidValueError(Message("model-edit-needs-at"))
        return self


class CopiedFile(Strict):
    """A document copied from a file (path relative to the test file), optionally edited."""

    from_: str = Field(alias="from", min_length=1, description="Path of the file, relative to the test file.")
    edits: list[Edit] = Field(default_factory=list, description="Text edits applied in order.")


class ExpectedFinding(Strict):
    rule: str = Field(min_length=1, description="Rule id.")
    subject: str = Field(min_length=1, description="Id of the forum, party, plan or organisation.")
    file: str | None = Field(default=None, min_length=1, description="File name in the case (optional).")
    line: int | None = Field(default=None, ge=1, le=100_000_000, description="Line of the finding (optional).")
    count: int | None = Field(
        default=None,
        ge=1,
        le=100_000,
        description="How many findings match exactly (optional; left out: at least one, and any number).",
    )


class Expect(Strict):
    """Exactly the open findings expected (``findings``), or none at all (``compliant: true``)."""

    findings: list[ExpectedFinding] | None = Field(default=None, description="The open findings expected.")
    compliant: Literal[True] | None = Field(default=None, description="No open finding is expected.")
    exit: Literal[0, 1, 2] | None = Field(default=None, description="Exit code expected of the check.")

    @model_validator(mode="after")
    def _one_expectation(self) -> Expect:
        if (self.findings is None) == (self.compliant is None):
            raise SaidValueError(Message("model-one-expectation"))
        return self


class PackTestCase(Strict):
    name: str = Field(min_length=1, description="Name of the case, printed with PASS or FAIL.")
    description: str | None = Field(default=None, description="Free text.")
    rules: list[str] | None = Field(
        default=None,
        min_length=1,
        description="Packs (bundled ids or paths relative to the test file); default the file's pack, else oslo.",
    )
    as_of: dt.date = Field(description="Date the rules are evaluated as of (so results never change with today).")
    fail_on: Literal["error", "warning", "info", "never"] | None = Field(
        default=None, description="As check --fail-on (affects only the exit code)."
    )
    documents: dict[str, dict[str, Any] | str] = Field(
        default_factory=dict, description="Inline documents by file name: a YAML mapping, or YAML text."
    )
    files: dict[str, str | CopiedFile] = Field(
        default_factory=dict, description="Documents copied from files (relative to the test file), by file name."
    )
    expect: Expect | None = Field(default=None, description="What the check must find. Required.")


class PackTest(Strict):
    """A file of rule-pack test cases (``hf-rules test``)."""

    apiVersion: Literal["hf-rules/v1"]
    kind: Literal["PackTest"]
    metadata: PackTestMetadata
    cases: list[PackTestCase] = Field(min_length=1)


# --- loading ------------------------------------------------------------------------------------


@dataclass
class PreparedCase:
    name: str
    file: str
    index: int
    """The case's index in its file's ``cases``."""
    rules: list[str]
    as_of: dt.date
    fail_on: str | None
    texts: dict[str, str]
    expect: Expect | None
    unedited: tuple[str, ...] = ()
    """The files the case copies as they are, where it copies every document so (no edits, no
    inline document): the example itself, which ``--accept`` says is now broken rather than
    silently expecting its findings."""


@dataclass
class CaseResult:
    """One result: a case of a test file, or the quotes of a pack checked against its sources."""

    name: str
    file: str
    passed: bool
    details: list[str] = field(default_factory=list)
    change: ExpectChange | None = None
    """With ``--accept``, for a case that fails on its findings or exit code only: the change to
    its ``expect`` that makes it pass."""
    accepted_details: list[str] = field(default_factory=list)
    """What accepting ``change`` writes, said for the output."""
    accepted: bool = False
    """``change`` was written to the test file."""


def default_paths() -> list[str]:
    return [str(bundled_dir("rules") / "tests")]


def discover(paths: list[str], in_folders: set[str] | None = None) -> tuple[list[str], list[InputError]]:
    """Test files: files as given; folders give their ``*.yaml``/``*.yml`` (not sub-folders,
    which hold the documents the cases copy), which are also added to ``in_folders``."""
    found: list[str] = []
    problems: list[InputError] = []
    for given in paths:
        if os.path.isdir(given):
            listed = sorted(
                str(p)
                for p in Path(given).iterdir()
                # every entry but a folder: a FIFO or unreadable file is then a located error
                if not p.is_dir() and p.suffix in (".yaml", ".yml") and not p.name.startswith(".")
            )
            found += listed
            if in_folders is not None:
                in_folders.update(listed)
            continue
        if os.path.lexists(given):
            found.append(given)
        else:
            problems.append(InputError(Location(given), Message("err-no-such-path")))
    return found, problems


_OTHER_KINDS = ("Organisation", "MeetingPlan", "Waivers", "RulePack")


class NotAPackTest(InputError):
    """A file that is not a pack test; ``kind`` is its kind when it is another hf-rules document
    (an organisation, plan, waiver list or pack), which a folder of tests may hold beside them."""

    def __init__(self, location: Location, message: Message, kind: str | None) -> None:
        super().__init__(location, message)
        self.kind = kind


def load_test_file(path: str, limits: Limits = Limits()) -> tuple[Document, PackTest]:
    """Load and validate a test file (raises ``InputError``/``InputErrors``)."""
    doc = load_yaml_file(path, display_path=path, limits=limits)
    data = doc.data
    if not isinstance(data, dict) or data.get("kind") != "PackTest":
        kind = data.get("kind") if isinstance(data, dict) and data.get("apiVersion") == API_VERSION else None
        raise NotAPackTest(
            doc.location(("kind",)) if isinstance(data, dict) and "kind" in data else doc.location(()),
            Message("test-not-a-test-file", version=API_VERSION),
            kind if kind in _OTHER_KINDS else None,
        )
    model = checked_model(PackTest, bundled_schema(SCHEMA_FILE), doc)
    assert isinstance(model, PackTest)
    return doc, model


def _line_of(lines: list[str], text: str, start: int) -> list[int]:
    return [i for i in range(start, len(lines)) if text in lines[i]]


def apply_edits(text: str, edits: list[Edit], doc: Document, base: tuple[Any, ...]) -> str:
    """``text`` with ``edits`` applied in order; a target that is not on exactly one line is an
    error located at the edit."""
    lines = text.splitlines(keepends=True)
    for index, edit in enumerate(edits):
        where = doc.location(base + (index,))
        start = 0
        if edit.after is not None:
            anchors = _line_of(lines, edit.after, 0)
            if len(anchors) != 1:
                raise InputError(where, Message("test-after-lines", text=edit.after, count=len(anchors)))
            start = anchors[0] + 1
        at = edit.at if edit.at is not None else edit.replace
        assert at is not None
        hits = _line_of(lines, at, start)
        if not hits or (edit.after is None and len(hits) > 1):
            raise InputError(
                where,
                Message(
                    "test-edit-lines",
                    key="at" if edit.at else "replace",
                    text=at,
                    count=len(hits),
                    below=Message("test-below-after") if edit.after else "",
                    narrow=Message("test-narrow") if hits else "",
                ),
            )
        target = hits[0]  # with 'after': the first line below it
        if edit.delete is not None:
            if target + edit.delete > len(lines):
                raise InputError(where, Message("test-delete-past-end", count=edit.delete))
            del lines[target : target + edit.delete]
        elif edit.replace is not None:
            if edit.replace not in lines[target]:
                raise InputError(where, Message("test-replace-not-on-line", text=edit.replace))
            lines[target] = lines[target].replace(edit.replace, edit.with_ or "", 1)
        else:
            assert edit.insert is not None
            block = [(" " * edit.indent + line if line.strip() else line) + "\n" for line in edit.insert.splitlines()]
            if not lines[target].endswith("\n"):
                lines[target] += "\n"
            lines[target + 1 : target + 1] = block
    return "".join(lines)


def _dump_mapping(data: dict[str, Any]) -> str:
    from io import StringIO

    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.sort_base_mapping_type_on_output = False  # type: ignore[assignment]
    out = StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def prepare(path: str, doc: Document, test: PackTest) -> list[PreparedCase]:
    """The cases of a loaded test file with their documents' text (raises located errors)."""
    folder = Path(path).parent
    errors: list[InputError] = []
    prepared: list[PreparedCase] = []
    for i, case in enumerate(test.cases):
        texts: dict[str, str] = {}
        for name, inline in case.documents.items():
            texts[name] = inline if isinstance(inline, str) else _dump_mapping(inline)
        for name, source in case.files.items():
            at = ("cases", i, "files", name)
            if name in texts:
                errors.append(InputError(doc.location(at, key=True), Message("test-documents-and-files", name=name)))
                continue
            copied = CopiedFile.model_validate({"from": source}) if isinstance(source, str) else source
            if "\n" in copied.from_:  # a document's text, not a path: inline text goes under `documents`
                where = at if isinstance(source, str) else at + ("from",)
                errors.append(InputError(doc.location(where), Message("test-text-under-files", name=name)))
                continue
            origin = folder / copied.from_
            try:  # a regular file within the size limit, never blocking (a FIFO, /dev/zero)
                text = read_text_regular(origin, max_bytes=Limits().max_bytes)
            except InputError as error:
                where = at if isinstance(source, str) else at + ("from",)
                errors.append(
                    InputError(
                        doc.location(where),
                        Message("test-cannot-read", file=copied.from_, origin=origin, problem=error.said),
                    )
                )
                continue
            try:
                texts[name] = apply_edits(text, copied.edits, doc, at + ("edits",))
            except InputError as error:
                errors.append(error)
        for name in texts:
            if not _valid_name(name):
                errors.append(
                    InputError(
                        doc.location(("cases", i), key=False),
                        Message("test-bad-document-name", name=name),
                    )
                )
        if not case.documents and not case.files:  # (a file that could not be read is said above)
            errors.append(
                InputError(
                    doc.location(("cases", i, "name")),
                    Message("test-case-no-documents", name=case.name),
                )
            )
        rules = case.rules or [test.metadata.pack or "oslo"]
        rules = [r if is_pack_id(r) or os.path.isabs(r) else str(folder / r) for r in rules]
        unedited = (
            tuple(source for source in case.files.values() if isinstance(source, str))
            if case.files and not case.documents and all(isinstance(s, str) for s in case.files.values())
            else ()
        )
        prepared.append(PreparedCase(case.name, path, i, rules, case.as_of, case.fail_on, texts, case.expect, unedited))
    if errors:
        raise InputErrors(errors)
    return prepared


def _valid_name(name: str) -> bool:
    import re

    return re.fullmatch(FILE_NAME_PATTERN, name) is not None


# --- running ------------------------------------------------------------------------------------


def _show(rule: str, subject: str, file: str | None, line: int | None, count: int = 1) -> str:
    parts = [f"rule: {rule}", f"subject: {subject}"]
    if file is not None:
        parts.append(f"file: {file}")
    if line is not None:
        parts.append(f"line: {line}")
    if count > 1:
        parts.append(f"count: {count}")
    return "{" + ", ".join(parts) + "}"


Found = tuple[str, str, str, int]
"""An open finding of a case's check: rule, subject, file (in the case) and line."""


def _check(case: PreparedCase, lang: str) -> tuple[list[str], list[Found], int]:
    """The case's check: its documents' input problems (as lines), its open findings, its exit code."""
    from hf_rules.app.run import Settings, run_check

    with tempfile.TemporaryDirectory(prefix="hf-rules-test-") as tmp:
        for name, text in case.texts.items():
            (Path(tmp) / name).write_text(text, encoding="utf-8")
        settings = Settings(
            paths=[tmp],
            rules=list(case.rules),
            fail_on=case.fail_on,
            output_format="json",
            use_config=False,
            as_of=case.as_of,
            lang=lang,
            allow_empty=True,
        )
        output, code = run_check(settings)
        report = json.loads(output)

        def relative(file: str) -> str:
            return Path(os.path.relpath(os.path.realpath(file), os.path.realpath(tmp))).as_posix()

        problems = [
            f"{relative(p['file']) if p.get('file') else '?'}:{p.get('line')}: {p.get('message')}"
            for p in report.get("input_problems", [])
        ]
        got = [
            (f["rule"], f["subject"], relative(f["file"]), f["line"])
            for f in report["findings"]
            if f["status"] == "open"
        ]
    return problems, got, code


def run_case(case: PreparedCase, lang: str = "en", accept: bool = False) -> CaseResult:
    """One case run and compared with its expectation. With ``accept`` (``--accept``), a case
    that fails on its findings or exit code alone, or has no expectation, also gets the change
    to its ``expect`` that makes it pass (written by :func:`run_tests`)."""
    problems, got, code = _check(case, lang)
    invalid = ["  " + say("test-invalid-input", lang)] + [f"    {p}" for p in problems] if problems else []
    if case.expect is None:  # what the check gave, to be checked and copied (or written by --accept)
        shown = ["  " + say("test-no-expectation", lang), *invalid]
        if got:
            shown += ["  " + say("test-unexpected", lang)] + [
                f"    + {_show(*g, count=got.count(g))}" for g in sorted(set(got))
            ]
        shown.append("  " + say("test-exit-was", lang, code=code))
        result = CaseResult(case.name, case.file, False, shown)
        if not accept:
            return result
        if problems:
            result.details.append("  " + say("test-not-accepted", lang, reason=Message("test-why-invalid-input")))
            return result
        result.change = ExpectChange(add=_entries(set(got), got), exit=code)
        result.accepted_details = _accepted_lines(result.change, [], [], None, lang, new=True)
        return result
    expect = case.expect
    wanted = [(e.rule, e.subject, e.file, e.line) for e in (expect.findings or [])]

    def matches(w: tuple[str, str, str | None, int | None], g: Found) -> bool:
        return w[0] == g[0] and w[1] == g[1] and w[2] in (None, g[2]) and w[3] in (None, g[3])

    found_of = [sum(matches(w, g) for g in got) for w in wanted]
    missing = [w for w, found in zip(wanted, found_of, strict=True) if not found]
    unexpected = sorted({g for g in got if not any(matches(w, g) for w in wanted)})
    miscounted = [
        (index, e.count, found)
        for index, (e, found) in enumerate(zip(expect.findings or [], found_of, strict=True))
        if e.count is not None and found not in (0, e.count)
    ]
    details: list[str] = []
    if problems and expect.exit != EXIT_BAD:
        details += invalid
    if missing:
        details += ["  " + say("test-missing", lang)] + [f"    - {_show(*w)}" for w in missing]
    if unexpected:
        # the same finding more than once (at one line) is one expectation with its `count`, ready to copy
        details += ["  " + say("test-unexpected", lang)] + [
            f"    + {_show(*g, count=got.count(g))}" for g in unexpected
        ]
    for index, count, found in miscounted:
        details.append("  " + say("test-count", lang, finding=_show(*wanted[index]), found=found, count=count))
    if expect.exit is not None and code != expect.exit:
        details.append("  " + say("test-exit", lang, code=code, expected=expect.exit))
    elif details and expect.exit is None:  # the exit code, ready to copy as `exit:` with the findings
        details.append("  " + say("test-exit-was", lang, code=code))
    result = CaseResult(case.name, case.file, not details, details)
    if not accept or not details:
        return result
    if problems and expect.exit != EXIT_BAD:  # not about findings: accepting would hide it
        details.append("  " + say("test-not-accepted", lang, reason=Message("test-why-invalid-input")))
        return result
    result.change = ExpectChange(
        keep=[index for index, found in enumerate(found_of) if found],
        recount={index: found for index, _, found in miscounted},
        add=_entries(unexpected, got),
        exit=code if expect.exit is not None else None,
    )
    recounted = [(_show(*wanted[index]), count, found) for index, count, found in miscounted]
    was = expect.exit if expect.exit != code else None
    removed = [_show(*w) for w in missing]
    result.accepted_details = _accepted_lines(result.change, removed, recounted, was, lang, new=False)
    if expect.compliant and case.unedited and result.change.add:  # the example itself broke a rule
        result.accepted_details.append("  " + say("test-accepted-example-broken", lang, files=", ".join(case.unedited)))
    return result


def _entries(found: Iterable[Found], got: list[Found]) -> list[dict[str, Any]]:
    """Expected findings for ``found``, as ``--accept`` writes them: in the order the ``+`` lines
    show them, each with its ``count`` where ``got`` has it more than once."""
    return [entry(*g, count=got.count(g)) for g in sorted(found)]


def _accepted_lines(
    change: ExpectChange,
    removed: list[str],
    recounted: list[tuple[str, int, int]],
    was: int | None,
    lang: str,
    new: bool,
) -> list[str]:
    """What accepting ``change`` writes, for the output: entries removed and added, counts and
    the exit code changed (``new``: the whole of a new ``expect``)."""
    lines: list[str] = []
    if removed:
        lines += ["  " + say("test-accepted-removed", lang)] + [f"    - {shown}" for shown in removed]
    if change.add:
        lines += ["  " + say("test-accepted-added", lang)] + [
            f"    + {_show(e['rule'], e['subject'], e.get('file'), e.get('line'), e.get('count', 1))}"
            for e in change.add
        ]
    for shown, count, found in recounted:
        lines.append("  " + say("test-accepted-count", lang, finding=shown, count=found, was=count))
    if change.exit is not None and was is not None:
        lines.append("  " + say("test-accepted-exit", lang, code=change.exit, was=was))
    elif new and change.exit is not None:
        lines.append(f"  exit: {change.exit}")
    if not change.keep and not change.add and (new or removed):
        lines.append("  compliant: true")
    return lines


@dataclass(frozen=True)
class UncoveredRule:
    """A rule in force of a pack under test that no case expects to fire."""

    rule: str
    pack: str


@dataclass
class RuleCoverage:
    """Which rules of the packs under test no case expects: the packs the cases name (in their
    ``rules``, or the file's ``pack``), not the packs those extend; only the rules in force
    where a case runs them (a rule another pack of the case disables or retires is not)."""

    packs: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    """Pack id -> (its file as shown, the ids of its rules under test), in the cases' order."""
    uncovered: list[UncoveredRule] = field(default_factory=list)


def rule_coverage(cases: list[PreparedCase], limits: Limits = Limits()) -> RuleCoverage:
    """The rules of the packs under test that no case of ``cases`` expects (in ``expect.findings``)."""
    from hf_rules.rules.pack import load_packs

    expected = {f.rule for c in cases if c.expect is not None for f in c.expect.findings or []}
    coverage = RuleCoverage()
    for refs in dict.fromkeys(tuple(case.rules) for case in cases):
        targets = {}
        for ref in refs:  # the named pack comes after every pack it extends
            pack, shown = load_packs([ref], limits).packs[-1]
            targets[pack.metadata.id] = os.path.normpath(shown)
        for loaded in load_packs(list(refs), limits).rules:
            if loaded.pack in targets:
                _, ids = coverage.packs.setdefault(loaded.pack, (targets[loaded.pack], []))
                if loaded.rule.id not in ids:
                    ids.append(loaded.rule.id)
    coverage.uncovered = [
        UncoveredRule(rule, pack) for pack, (_, ids) in coverage.packs.items() for rule in ids if rule not in expected
    ]
    return coverage


def _coverage_results(coverage: RuleCoverage, lang: str) -> list[CaseResult]:
    """With ``--require-all-rules``: one result per pack under test, failing with a line for each
    rule no case expects."""
    results = []
    for pack, (file, ids) in coverage.packs.items():
        details = ["  " + say("test-rule-uncovered", lang, rule=u.rule) for u in coverage.uncovered if u.pack == pack]
        name = say("test-rules-case", lang, pack=pack, count=len(ids))
        results.append(CaseResult(name, file, not details, details))
    return results


def run_tests(
    paths: list[str],
    limits: Limits = Limits(),
    lang: str | None = None,
    pattern: str | tuple[str, ...] | None = None,
    output_format: str = "text",
    require_all_rules: bool = False,
    accept: bool = False,
) -> tuple[str, int]:
    """``hf-rules test``: run the cases of the test files under ``paths`` (default: the bundled
    cases) whose name contains ``pattern`` (``-k``, case-insensitive; given more than once, the
    cases whose name contains any of them). Returns the output (text,
    JSON or JUnit XML) and the exit code: 0 all pass, 1 any fails, 2 a bad test file.

    The rules of the packs under test that no case expects to fire are listed, one line each
    (not with ``-k``, which runs a selection); with ``require_all_rules``
    (``--require-all-rules``) each pack under test is one more result, which fails when one of
    its rules is expected by no case run.

    With ``accept`` (``--accept``), each case run that fails on its findings or exit code alone,
    or has no expectation, gets its ``expect`` rewritten in its test file to what the check gave
    (:func:`_accept`); it is then ``ACCEPTED``, not failed. A test file that cannot be written is
    exit 2."""
    lang = lang or default_lang()
    if accept and not paths:  # the bundled cases are the installed package's, not the user's
        raise UsageError(Message("test-accept-needs-paths"))
    in_folders: set[str] = set()
    files, problems = discover(paths or default_paths(), in_folders)
    cases: list[PreparedCase] = []
    passed_over: list[str] = []
    loaded: dict[str, Document] = {}
    for path in files:
        try:
            doc, test = load_test_file(path, limits)
            cases += prepare(path, doc, test)
            loaded[path] = doc
        except NotAPackTest as error:
            if error.kind is None or path not in in_folders:
                problems.append(error)
            else:  # an organisation, plan or pack beside the tests in a folder: not a test, said so
                passed_over.append(say("test-passed-over", lang, file=path, kind=error.kind))
        except InputError as error:
            problems.append(error)
        except InputErrors as errors:
            problems += errors.errors
    if problems:
        return "".join(p.line(lang) + "\n" for p in problems), EXIT_BAD
    try:
        quotes = _quote_results(cases, lang, limits)
    except InputError as error:
        return error.line(lang) + "\n", EXIT_BAD
    wanted = [pattern] if isinstance(pattern, str) else list(pattern or ())
    if wanted:
        cases = [c for c in cases if any(w.casefold() in c.name.casefold() for w in wanted)]
        quotes = [q for q in quotes if any(w.casefold() in q.name.casefold() for w in wanted)]
    pattern = tuple(wanted) or None
    if not cases and not quotes:
        shown = "".join(line + "\n" for line in passed_over)
        return f"{shown}{say('test-none', lang)}\n{say('test-total', lang, passed=0, failed=0)}\n", EXIT_BAD
    try:  # (before the cases run, so that a broken pack is exit 2 with nothing written)
        coverage = rule_coverage(cases, limits) if pattern is None or require_all_rules else RuleCoverage()
    except InputError as error:
        return error.line(lang) + "\n", EXIT_BAD
    ran = [run_case(case, lang, accept) for case in cases]
    unwritten = _accept(cases, ran, loaded, lang, limits) if accept else []
    if accept and any(r.accepted for r in ran) and (pattern is None or require_all_rules):
        coverage = rule_coverage(cases, limits)  # with the expectations as now written
    results = quotes + ran
    if require_all_rules:
        results += _coverage_results(coverage, lang)
    failed = sum(not r.passed and not r.accepted for r in results)
    accepted = sum(r.accepted for r in results)
    code = EXIT_BAD if unwritten else EXIT_FAIL if failed else EXIT_PASS
    if output_format in ("json", "junit") and unwritten:
        return "".join(line + "\n" for line in unwritten), code
    if output_format == "json":
        return _json(results, coverage.uncovered, accept), code
    if output_format == "junit":
        return _junit(results), code
    lines: list[str] = list(passed_over)
    for result in results:
        label = "test-pass" if result.passed else "test-accepted" if result.accepted else "test-fail"
        lines.append(f"{say(label, lang)} {result.name}")
        if not result.passed:
            lines.append(f"  ({result.file})")
        lines += result.accepted_details if result.accepted else result.details
    if not require_all_rules:
        lines += [say("test-uncovered", lang, rule=u.rule, pack=u.pack) for u in coverage.uncovered]
    if accept:
        lines.append(
            say("test-total-accepted", lang, passed=len(results) - failed - accepted, failed=failed, n=accepted)
        )
    else:
        lines.append(say("test-total", lang, passed=len(results) - failed, failed=failed))
    return "\n".join(lines + unwritten) + "\n", code


def _accept(
    cases: list[PreparedCase], results: list[CaseResult], loaded: dict[str, Document], lang: str, limits: Limits
) -> list[str]:
    """``--accept``: write each change of ``results`` into its test file, the file's cases from
    the last up, each change checked (:func:`hf_rules.edit.expect.splice_expect`); a change that
    cannot be made leaves its case failed with the reason. Each file is written once, atomically,
    and only if it is still the file that was loaded. Returns a located error line for each file
    that cannot be written (its cases then stay failed, the file as it was)."""
    from hf_rules.core.files import WriteRefused, read_regular, write_text_atomic
    from hf_rules.edit.expect import new_expect, splice_expect
    from hf_rules.edit.splice import CannotSplice

    unwritten: list[str] = []
    # by file (a file named twice, or by two paths, is one file) and by case (then run twice)
    by_file: dict[str, dict[int, list[tuple[PreparedCase, CaseResult]]]] = {}
    for case, result in zip(cases, results, strict=True):
        if result.change is not None:
            by_file.setdefault(os.path.realpath(case.file), {}).setdefault(case.index, []).append((case, result))
    for by_case in by_file.values():
        path = next(iter(by_case.values()))[0][0].file
        doc = loaded[path]
        try:
            raw = read_regular(path, max_bytes=limits.max_bytes)
            if hashlib.sha256(raw).hexdigest() != doc.sha256:
                raise WriteRefused(Message("write-changed", file=path))
            text, data = raw.decode("utf-8"), doc.data
        except (InputError, WriteRefused) as error:
            unwritten.append(
                InputError(Location(path), Message("test-accept-unwritten", problem=error.said)).line(lang)
            )
            continue
        done: list[tuple[PreparedCase, CaseResult]] = []
        for index in sorted(by_case, reverse=True):  # from the last case up: the lines above stay
            change = by_case[index][0][1].change
            assert change is not None
            try:
                text, data = splice_expect(text, doc, index, change, data, limits)
            except CannotSplice as error:
                for _, result in by_case[index]:
                    result.details.append("  " + say("test-not-accepted", lang, reason=error.said))
                continue
            done += by_case[index]
        if not done:
            continue
        try:
            if _read_only(path):  # replacing it through its folder would work, but it says "do not"
                raise WriteRefused(Message("test-accept-read-only", file=path))
            write_text_atomic(path, text, expected=doc.sha256, what="")
        except WriteRefused as error:
            unwritten.append(
                InputError(Location(path), Message("test-accept-unwritten", problem=error.said)).line(lang)
            )
            for _, result in done:
                result.details.append("  " + say("test-not-accepted", lang, reason=error.said))
            continue
        for case, result in done:
            written = by_case[case.index][0][1].change
            assert written is not None
            result.accepted = True
            case.expect = Expect.model_validate(new_expect(doc, case.index, written))
    return unwritten


def _quote_results(cases: list[PreparedCase], lang: str, limits: Limits) -> list[CaseResult]:
    """The quote check (``app/quotes.py``) of every pack the cases use whose sources name a
    ``text``, once per pack file, before the cases."""
    from hf_rules.app.quotes import check_quotes
    from hf_rules.rules.pack import load_packs

    seen: set[str] = set()
    results: list[CaseResult] = []
    for refs in dict.fromkeys(tuple(case.rules) for case in cases):
        for pack, shown in load_packs(list(refs), limits).packs:
            file = os.path.normpath(shown)  # 'tests/../pack.yaml' is 'pack.yaml'
            if os.path.realpath(file) in seen:
                continue
            seen.add(os.path.realpath(file))
            checked = check_quotes(pack, file, lang, limits)
            if checked is not None:
                name = say("quotes-case", lang, pack=checked.pack, count=checked.quotes)
                results.append(CaseResult(name, file, not checked.details, checked.details))
    return results


def _read_only(path: str) -> bool:
    """Whether the file at ``path`` is read-only: no write permission bit at all (so even for
    root), or none for this user."""
    import stat

    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False  # (said by the write)
    return not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK)


def _json(results: list[CaseResult], uncovered: list[UncoveredRule], accept: bool = False) -> str:
    cases: list[dict[str, Any]] = []
    for r in results:
        shown = r.accepted_details if r.accepted else r.details
        cases.append({"name": r.name, "file": r.file, "passed": r.passed, "details": [d.strip() for d in shown]})
        if accept:
            cases[-1]["accepted"] = r.accepted
    data: dict[str, Any] = {
        "cases": cases,
        "passed": sum(r.passed for r in results),
        "failed": sum(not r.passed and not r.accepted for r in results),
    }
    if accept:
        data["accepted"] = sum(r.accepted for r in results)
    data["uncovered_rules"] = [{"rule": u.rule, "pack": u.pack} for u in uncovered]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _junit(results: list[CaseResult]) -> str:
    """One test suite per test file, one test case per case; a failure carries what differed."""
    from xml.etree import ElementTree as ET

    root = ET.Element("testsuites", name="hf-rules test", tests=str(len(results)))
    root.set("failures", str(sum(not r.passed and not r.accepted for r in results)))
    by_file: dict[str, list[CaseResult]] = {}
    for result in results:
        by_file.setdefault(result.file, []).append(result)
    for file, group in by_file.items():
        suite = ET.SubElement(root, "testsuite", name=file, tests=str(len(group)))
        suite.set("failures", str(sum(not r.passed and not r.accepted for r in group)))
        suite.set("errors", "0")
        for result in group:
            case = ET.SubElement(suite, "testcase", name=result.name, classname=file)
            if not result.passed and not result.accepted:
                failure = ET.SubElement(case, "failure", message=result.details[0].strip() if result.details else "")
                failure.text = "\n".join(result.details)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
