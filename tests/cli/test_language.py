"""Bokmål all the way through: one message catalogue, and no English in a bokmål run.

Every command and the common error paths run with the default language (bokmål); the output
must hold no English text of the catalogue and none of a list of English words. The words are
looked for after the tokens that are the same in every language are taken out: the severity
token of a located line (``FILE:LINE:COL: error``, which editors and CI problem matchers parse),
``hf-rules: error:``, option names, choices and metavars of the help, quoted values, paths, the
findings ``hf-rules test`` shows as YAML to paste, and what the documents and rule packs themselves
say. ``test_detector_finds_english`` proves the
check can fail.

Input errors, usage errors and rules' faults raised far from the output are catalogue messages
(:class:`hf_rules.core.i18n.Message`) said in the run's language: one built from English text
fails ``test_no_input_error_is_english_text`` (``test_detector_finds_english_input_errors``
proves that check can fail).
"""

from __future__ import annotations

import ast
import datetime as dt
import errno
import os
import re
import sys
from pathlib import Path

import pytest

from hf_rules.core import i18n
from tests.conftest import AS_OF, SUNNAAS_OBSERVER, copy_oslo, edit
from tests.support import FIXTURES, ROOT

# Whole English words that never occur in the tool's bokmål (checked case-sensitively as words).
ENGLISH_WORDS = (
    "the",
    "is",
    "not",
    "no",
    "of",
    "and",
    "with",
    "expected",
    "missing",
    "file",
    "files",
    "folder",
    "found",
    "checked",
    "passed",
    "failed",
    "give",
    "Usage",
    "Options",
    "Commands",
    "Show",
    "version",
    "Verdict",
    "COMPLIANT",
    "input",
    "cannot",
    "would",
    "wrote",
    "added",
    "see",
    "Invalid",
    "value",
    "errors",
    "warnings",
    "rules",
    "today",
    "obligation",
    "interpretation",
    "source",
    "must",
    "got",
    "holds",
    "allowed",
    "supported",
    "while",
    "does",
    "nothing",
)
_WORD = re.compile(r"\b(" + "|".join(ENGLISH_WORDS) + r")\b")
_FIXED_TOKENS = [
    re.compile(r"^(\S[^\n]*?:\d+:\d+: )(error|warning|info|waived)\b", re.M),  # located lines
    re.compile(r"^hf-rules: error: ", re.M),
    re.compile(r"YYYY-MM-DD\|today"),  # a metavar: 'today' is a value
    re.compile(r"--?[a-zA-Z][\w-]*"),  # option names
    re.compile(r"\[[\w|., -]+\]"),  # choices in the help
    re.compile(r"\b[A-Z][A-Z_|.\-]{1,}\b(\.\.\.)?"),  # metavars, rule ids, obligation ids
    re.compile(r"'[^'\n]*'|«[^»\n]*»|`[^`\n]*`"),  # quoted values and quotes of the agreement
    re.compile(r"\S*/\S*|\S+\.ya?ml\b|\S+\.(md|html|json)\b"),  # paths and file names
    re.compile(r"\b(hf-rules|apiVersion|effective_from|PackTest|MeetingPlan|Organisation|Waivers)\b"),
    re.compile(r"\bhf-rules/v\d\b"),
    re.compile(r"^ *[+-] \{[^\n]*\}$", re.M),  # a finding of hf-rules test, as YAML for expect.findings
]


def _catalogue_english() -> list[str]:
    """The fixed fragments of the English entries that differ from bokmål (at least two words)."""
    fragments = set()
    for key in i18n.entries():
        nb, en = i18n.word(key, "nb"), i18n.word(key, "en")
        if nb == en:
            continue
        for part in re.split(r"\{\w+\}", en):
            part = part.strip(" ;:,.()")
            if len(part) >= 10 and " " in part and part not in nb:
                fragments.add(part)
    return sorted(fragments)


ENGLISH_FRAGMENTS = _catalogue_english()


def english_in(output: str, own_words: str = "") -> list[str]:
    """The English fragments of the catalogue and the English words found in ``output``."""
    found = [f for f in ENGLISH_FRAGMENTS if f in output]
    stripped = output
    for pattern in _FIXED_TOKENS:
        stripped = pattern.sub(" ", stripped)
    found += [m.group(0) for m in _WORD.finditer(stripped) if m.group(0) not in own_words]
    return found


# --- the catalogue ------------------------------------------------------------------------------


def test_every_entry_has_both_languages_and_the_same_placeholders() -> None:
    for key in i18n.entries():
        nb, en = i18n.word(key, "nb"), i18n.word(key, "en")
        assert nb.strip() and en.strip(), key
        assert set(re.findall(r"\{\w+\}", nb)) == set(re.findall(r"\{\w+\}", en)), key


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the English texts are Linux's strerror")
def test_the_operating_systems_words_are_known_as_it_says_them() -> None:
    """An OS error is said from the catalogue only where its English text is the system's own
    (else the system's text is shown): every entry must match, or it would never be used."""
    for key in (k for k in i18n.entries() if k.startswith("os-")):
        assert os.strerror(getattr(errno, key.removeprefix("os-"))) == i18n.word(key, "en"), key


def test_pydantics_words_are_known_as_it_says_them() -> None:
    """pydantic's messages are said from the catalogue where they match its English exactly; an
    upgrade that rewords one must fail here rather than leave it in English."""
    from pydantic import BaseModel, ConfigDict, ValidationError

    class Strict(BaseModel):
        model_config = ConfigDict(extra="forbid", strict=True)
        string: str
        integer: int
        boolean: bool
        dictionary: dict[str, int]
        items: list[int]
        day: dt.date
        number: float

    said: dict[str, str] = {}
    for data in ({}, {k: object() for k in Strict.model_fields} | {"extra": 1}):
        with pytest.raises(ValidationError) as info:
            Strict.model_validate(data)
        said |= {error["type"]: error["msg"] for error in info.value.errors()}
    for key in (k for k in i18n.entries() if k.startswith("pydantic-")):
        assert said[key.removeprefix("pydantic-")] == i18n.word(key, "en"), key


def test_a_message_is_said_in_the_run_language_and_is_english_as_text() -> None:
    message = i18n.Message("err-duplicate-key", key="lang", line=1)
    assert (
        message.text("nb")
        == "nøkkelen 'lang' står to ganger (først definert på linje 1); hver nøkkel kan bare stå én gang"
    )
    assert str(message) == "duplicate key 'lang' (first defined at line 1); each key may appear once"
    with pytest.raises(KeyError):
        i18n.Message("no-such-entry")


@pytest.mark.parametrize(
    ("environ", "lang"),
    [
        ({}, "nb"),
        ({"LANG": "nb_NO.UTF-8"}, "nb"),
        ({"LANG": "nn_NO.UTF-8"}, "nb"),
        ({"LANG": "no_NO"}, "nb"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "en_US"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "nb"),
        ({"LANG": "C.UTF-8"}, "nb"),
        ({"LANG": "nb_NO.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
        ({"LC_MESSAGES": "en_US.UTF-8", "LC_ALL": "nb_NO.UTF-8"}, "nb"),
    ],
)
def test_the_language_follows_the_locale(environ: dict[str, str], lang: str) -> None:
    assert i18n.default_lang(environ) == lang


def test_lang_follows_the_locale_and_the_option_wins(oslo: Path, hf, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert hf("check", "--no-config", "--as-of", AS_OF, "oslo").out.endswith("Verdict: COMPLIANT\n")
    assert hf("check", "--no-config", "--as-of", AS_OF, "--lang", "nb", "oslo").out.endswith("Resultat: I SAMSVAR\n")
    assert hf("--help").out.startswith("Usage: hf-rules [OPTIONS] COMMAND [ARGS]...")
    assert hf("check", "--lang", "nb", "--help").out.startswith("Bruk: hf-rules check [OPTIONS] [PATHS]...")


def test_lang_before_the_command_as_after_it(oslo: Path, hf, monkeypatch: pytest.MonkeyPatch) -> None:
    """``hf-rules --lang en check`` as ``hf-rules check --lang en``; given both, the one after the
    command wins; either wins over the config's ``lang`` and the locale, as ``--lang`` always did."""
    monkeypatch.setenv("LANG", "nb_NO.UTF-8")
    args = ("--no-config", "--as-of", AS_OF, "oslo")
    before = hf("--lang", "en", "check", *args)
    assert (before.code, before.out) == (0, hf("check", "--lang", "en", *args).out)
    assert before.out.endswith("Verdict: COMPLIANT\n")
    assert hf("--lang", "en", "check", "--lang", "nb", *args).out.endswith("Resultat: I SAMSVAR\n")
    assert hf("--lang", "nb", "check", "--lang", "en", *args).out.endswith("Verdict: COMPLIANT\n")
    # the config says English: --lang nb before the command overrules it, as after it
    (oslo.parent / ".hf-rules.yaml").write_text("lang: en\n", encoding="utf-8")  # in the working folder
    assert hf("check", "--as-of", AS_OF, "oslo").out.endswith("Verdict: COMPLIANT\n")
    assert hf("--lang", "nb", "check", "--as-of", AS_OF, "oslo").out.endswith("Resultat: I SAMSVAR\n")
    # the help and usage messages follow it too, on every command that has --lang
    assert hf("--lang", "en", "--help").out.startswith("Usage: hf-rules [OPTIONS] COMMAND [ARGS]...")
    assert hf("--lang", "en", "check", "--help").out.startswith("Usage: hf-rules check [OPTIONS] [PATHS]...")
    assert hf("--lang", "en", "check", "--lang", "nb", "--help").out.startswith("Bruk: hf-rules check [OPTIONS]")
    assert hf("--lang", "en", "rules", "--format", "jsn").err == (
        "hf-rules: error: Invalid value for '--format': 'jsn' is not one of 'text', 'json'. (did you mean 'json'?)"
        " (see 'hf-rules rules --help')\n"
    )
    assert hf("--lang", "en", "explain", "HF-NO-SUCH").code == 2
    wrong = hf("--lang", "de", "check", "oslo")
    assert (wrong.code, wrong.out, wrong.err) == (
        2,
        "",
        "hf-rules: error: Ugyldig verdi for '--lang': 'de' er ikke en av 'nb', 'en'. (se 'hf-rules --help')\n",
    )


# --- no English in a bokmål run ---------------------------------------------------------------------


def test_detector_finds_english() -> None:
    """The check below can fail: English text of the catalogue and English words are found."""
    assert english_in(i18n.say("err-missing-key", "en", where="fora", key="type"))
    assert english_in("hf-rules: error: no such file or folder")
    assert english_in("Usage: hf-rules check [OPTIONS]")
    assert english_in("organisation.yaml:3:1: error: expected a mapping")
    assert not english_in(i18n.say("err-missing-key", "nb", where="fora", key="type"))
    assert not english_in("organisation.yaml:3:1: error: fil eller mappe finnes ikke")


def _workspace(tmp_path: Path) -> dict[str, str]:
    """Folders and files for the error paths; returns what each holds, by name."""
    copy_oslo(tmp_path / "oslo")
    copy_oslo(tmp_path / "defect")
    edit(tmp_path / "defect" / "organisation.yaml", SUNNAAS_OBSERVER, "")
    copy_oslo(tmp_path / "unknown-key")
    edit(
        tmp_path / "unknown-key" / "organisation.yaml",
        "    observers:\n      - {party: sunnaas",
        "    observer:\n      - {party: sunnaas",
    )
    (tmp_path / "empty").mkdir()
    (tmp_path / "docker-compose.yml").write_text("services: {}\n", encoding="utf-8")
    (tmp_path / "v2.yaml").write_text("apiVersion: hf-rules/v2\nkind: Organisation\n", encoding="utf-8")
    (tmp_path / "dup.yaml").write_text("apiVersion: hf-rules/v1\napiVersion: hf-rules/v1\n", encoding="utf-8")
    (tmp_path / "nokind.yaml").write_text("apiVersion: hf-rules/v1\nmetadata: {id: x}\n", encoding="utf-8")
    (tmp_path / "empty.yaml").write_text("\n", encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("apiVersion: hf-rules/v1\nkind: [\n", encoding="utf-8")
    (tmp_path / "tabs.yaml").write_text("apiVersion: hf-rules/v1\nkind: Organisation\n\tx: 1\n", encoding="utf-8")
    (tmp_path / "bad-config.yaml").write_text("rules: 3\nlimits: {max_file_size: 10MB}\n", encoding="utf-8")
    (tmp_path / "bad-baseline.json").write_text('{"format": 1}', encoding="utf-8")
    (tmp_path / "nan-baseline.json").write_text('{"format": NaN}', encoding="utf-8")
    (tmp_path / "bad-pack.yaml").write_text("apiVersion: hf-rules/v1\nkind: RulePack\n", encoding="utf-8")
    copy_oslo(tmp_path / "waived")
    (tmp_path / "waived" / "waivers.yaml").write_text(
        "apiVersion: hf-rules/v1\nkind: Waivers\nmetadata: {id: w, organisation: helsefellesskap-oslo}\n"
        "waivers:\n  - {rule: NO-SUCH-RULE, subject: x, reason: r, approved_by: a, expires: 2030-01-01}\n",
        encoding="utf-8",
    )
    case = (
        "apiVersion: hf-rules/v1\nkind: PackTest\nmetadata: {{id: t, pack: oslo}}\ncases:\n"
        "  - name: c\n    as_of: {as_of}\n    files:\n      organisation.yaml:\n"
        "        from: oslo/organisation.yaml\n        edits:\n          - {edit}\n    expect: {{compliant: true}}\n"
    )
    for name, change in [
        ("failing", "{at: 'party: sunnaas, role: Observatør', delete: 1}"),
        ("edit-not-found", "{at: no such text, delete: 1}"),
        ("two-actions", "{at: x, delete: 1, insert: y}"),
    ]:
        (tmp_path / f"{name}.test.yaml").write_text(case.format(as_of=AS_OF, edit=change), encoding="utf-8")
    copy_oslo(tmp_path / "dangling")
    edit(tmp_path / "dangling" / "organisation.yaml", "{party: sunnaas, role: Observatør}", "{party: sunaas}")
    return {}


RUNS: list[tuple[str, ...]] = [
    (),
    ("--help",),
    *[(command, "--help") for command in ("check", "fix", "audit", "validate", "rules", "coverage", "explain")],
    *[(command, "--help") for command in ("test", "init", "schema")],
    ("--version",),
    ("check", "--no-config", "--as-of", AS_OF, "oslo"),
    ("check", "--no-config", "--as-of", AS_OF, "defect"),
    ("check", "--no-config", "--as-of", AS_OF, "--brief", "defect"),
    ("check", "--no-config", "--as-of", AS_OF, "--quiet", "defect"),
    ("check", "--no-config", "--as-of", AS_OF, "unknown-key"),
    ("check", "--no-config", "no-such-folder"),
    ("check", "--no-config", "empty"),
    ("check", "--no-config", "docker-compose.yml"),
    ("check", "--no-config", "v2.yaml", "dup.yaml", "nokind.yaml", "empty.yaml"),
    ("check", "--no-config"),
    ("check", "--no-config", "--as-of", AS_OF, "--today", AS_OF, "oslo"),
    ("check", "--no-config", "--as-of", "2025-02-30", "oslo"),
    ("check", "--no-config", "--format", "jsn", "oslo"),
    ("check", "--no-config", "--fromat", "json", "oslo"),
    ("check", "--config", "no-such.yaml", "oslo"),
    ("chek", "oslo"),
    ("validate", "--no-config", "oslo"),
    ("validate", "--no-config", "unknown-key"),
    ("rules", "--no-config"),
    ("coverage", "--no-config"),
    ("coverage", "--no-config", "--format", "markdown"),
    ("explain", "--no-config", "OSLO-SSU-OBSERVERS"),
    ("explain", "--no-config", "OSLO-SSU-OBSERVER"),
    ("explain", "--no-config", "HF-REPRESENTATION-ALL-LEVELS"),
    ("test", "-k", "sunnaas"),
    ("test", "-k", "no-such-case"),
    ("test", "no-such-file.yaml"),
    ("schema",),
    ("schema", "organsation"),
    ("audit", "--no-config", "--as-of", AS_OF, "oslo", "-o", "report.txt"),
    ("audit", "--no-config", "--as-of", AS_OF, "oslo", "-o", "report.md", "--format", "html"),
    ("audit", "--no-config", "--as-of", AS_OF, "empty", "-o", "report.md"),
    ("audit", "--no-config", "--as-of", AS_OF, "oslo", "-o", "report.md"),
    ("fix", "--no-config", "--as-of", AS_OF, "--dry-run", "defect"),
    ("fix", "--no-config"),
    ("init", "new"),
    ("init", "new"),
    ("init", "--force", "new"),
    # error paths: bad YAML, a bad pack, bad option values, a bad config, baseline or waiver
    ("check", "--no-config", "bad.yaml", "tabs.yaml"),
    ("validate", "--no-config", "bad.yaml"),
    ("fix", "--no-config", "bad.yaml"),
    ("test", "bad.yaml"),
    ("test", "failing.test.yaml"),
    ("test", "edit-not-found.test.yaml"),
    ("test", "two-actions.test.yaml"),
    ("check", "--no-config", "--rules", "bad-pack.yaml", "oslo"),
    ("check", "--no-config", "--rules", "no-such-pack", "oslo"),
    ("coverage", "--no-config", "--rules", "bad-pack.yaml"),
    ("check", "--no-config", "--jobs", "x", "oslo"),
    ("check", "--no-config", "--jobs", "0", "oslo"),
    ("check", "--no-config", "--max-file-size", "10MB", "oslo"),
    ("check", "--no-config", "--lang", "de", "oslo"),
    ("check", "--config", "bad-config.yaml", "oslo"),
    ("check", "--no-config", "--baseline", "bad-baseline.json", "oslo"),
    ("check", "--no-config", "--baseline", "nan-baseline.json", "oslo"),
    ("check", "--no-config", "--baseline", "no-such-baseline.json", "oslo"),
    ("check", "--no-config", "--as-of", AS_OF, "waived"),
    ("check", "--no-config", "--as-of", AS_OF, "dangling"),
    ("check", "--no-config", "-", "-"),
    ("check", "--no-config", "--write-baseline"),
    ("explain",),
    ("explain", "--no-config", "--format", "xml", "OSLO-SSU-OBSERVERS"),
    ("rules", "--no-config", "--format", "xml"),
    ("diff", "--no-config", "oslo"),
    ("diff", "--no-config", "--git", "HEAD", "oslo"),
    ("init", "oslo/organisation.yaml"),
    ("--debug",),
]


def test_a_bokmal_run_prints_no_english(tmp_path: Path, hf) -> None:
    _workspace(tmp_path)
    own = " ".join(
        (ROOT / "rules" / name).read_text(encoding="utf-8") for name in ("oslo.yaml", "national.yaml")
    )  # what the packs say (their nb texts) is theirs, not the tool's
    failures = []
    for args in RUNS:
        run = hf(*args)
        assert run.code != 3, (args, run.both)
        found = english_in(run.out + run.err, own)
        if found:
            failures.append(f"hf-rules {' '.join(args)}: {sorted(set(found))}\n{run.both}")
    report = (tmp_path / "report.md").read_text(encoding="utf-8")  # the audit report, in Markdown
    if english_in(report, own):
        failures.append(f"report.md: {sorted(set(english_in(report, own)))}")
    assert not failures, "\n\n".join(failures)


BAD_FIXTURES = [
    *[("validate", "--no-config", str(p)) for p in sorted((FIXTURES / "bad-input").glob("*.yaml"))],
    *[("validate", "--no-config", str(p)) for p in sorted((FIXTURES / "hostile").glob("*.yaml"))],
    *[("check", "--no-config", "--as-of", AS_OF, str(p)) for p in sorted((FIXTURES / "bad-workspace").iterdir())],
    *[
        ("check", "--no-config", "--rules", str(p), str(FIXTURES / "oslo"))
        for p in sorted((FIXTURES / "bad-packs").glob("*.yaml"))
    ],
]


def test_a_folder_with_a_pack_and_its_tests_is_said_in_bokmal(hf) -> None:
    """The files a folder scan passes over (the pack beside its example, its tests/) say why in bokmål."""
    finnmark = ROOT / "fixtures" / "communities" / "finnmark"
    run = hf("check", "--no-config", "--rules", str(finnmark / "pack.yaml"), str(finnmark))
    assert run.code == 0, run.both
    assert "(en regelpakketest, ikke et dokument å kontrollere (kjør den med hf-rules test))" in run.out
    assert "(en regelpakke, ikke et dokument å kontrollere (gi den med --rules))" in run.out
    pack = (finnmark / "pack.yaml").read_text(encoding="utf-8") + (ROOT / "rules" / "national.yaml").read_text("utf-8")
    assert english_in(run.out + run.err, pack) == []


def test_every_bad_fixture_is_reported_in_bokmal(hf) -> None:
    """Every broken document, hostile file, broken workspace and broken pack of fixtures/: a
    bokmål run says what is wrong without English."""
    own = " ".join((ROOT / "rules" / name).read_text(encoding="utf-8") for name in ("oslo.yaml", "national.yaml"))
    failures = []
    for args in BAD_FIXTURES:
        run = hf(*args)
        assert run.code in (0, 1, 2), (args, run.both)
        found = english_in(run.out + run.err, own)
        if found:
            failures.append(f"hf-rules {' '.join(args)}: {sorted(set(found))}\n{run.both}")
    assert len(BAD_FIXTURES) > 90 and not failures, "\n\n".join(failures)


def test_an_input_error_follows_the_locale(hf, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --lang, an input error is said in the locale's language (LANG, overridden by
    LC_MESSAGES); --lang wins over both."""
    args = ("validate", "--no-config", str(FIXTURES / "bad-input" / "multi-doc.yaml"))
    english = "error: file holds several YAML documents; expected exactly one"
    bokmal = "error: filen har flere YAML-dokumenter; forventet nøyaktig ett"
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert english in hf(*args).out
    assert bokmal in hf(*args, "--lang", "nb").out
    monkeypatch.setenv("LC_MESSAGES", "nb_NO.UTF-8")
    assert bokmal in hf(*args).out
    assert english in hf(*args, "--lang", "en").out


def test_bare_command_prints_usage_options_and_commands_and_exits_2(hf) -> None:
    run = hf()
    assert run.code == 2
    lines = run.err.splitlines()
    assert lines[0] == "Bruk: hf-rules [OPTIONS] COMMAND [ARGS]..."
    assert "Valg:" in lines and "Kommandoer:" in lines
    assert any(line.startswith("  check ") for line in lines)


# --- no input error in English text ----------------------------------------------------------

_RAISERS = (
    *("InputError", "error", "_ref_error", "problem", "UsageError", "WriteRefused", "ConcurrentChange"),
    *("CheckError", "_Problem", "CannotSplice", "BadParameter"),
)
"""Calls whose message (their last positional argument) the user reads: an input error
(``InputError(location, message)``, the loader's ``error(mark, message)``, a reference's
``_ref_error(doc, path, message)``, an expression's ``problem(path, message)``), a usage error, a
rule's fault on a subject, a scalar's problem and a fix that cannot be made."""


def _is_text(node: ast.expr) -> bool:
    """Whether ``node`` builds English text in place: a literal, an f-string, or ``+``, ``%`` or
    ``.format`` of one."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _is_text(node.func.value)
    return False


def english_messages(source: str) -> list[int]:
    """The lines of ``source`` where an error the user reads is built from English text rather
    than a catalogue :class:`~hf_rules.core.i18n.Message`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name not in _RAISERS:
            continue
        if _is_text(node.args[-1]):
            found.append(node.lineno)
    return found


def test_detector_finds_english_input_errors() -> None:
    """The check below can fail: each way of building an English message is found."""
    source = """
raise InputError(loc, "no such file")
raise InputError(loc, f"no rule {rule}")
raise UsageError("give " + "a path")
raise self.error(mark, "duplicate key {}".format(key))
raise CheckError("min", f"{what} fails")
problems.append(_ref_error(doc, path, f"party '{pid}' cannot be part of itself"))
raise InputError(loc, Message("err-no-such-path"))
raise UsageError(Message("usage-stdin-twice"))
"""
    assert english_messages(source) == [2, 3, 4, 5, 6, 7]


def test_no_input_error_is_english_text() -> None:
    """Every input error, usage error and rule fault is a catalogue message (said in the run's
    language): a new one built from English text fails here."""
    found = {
        f"{path.relative_to(ROOT).as_posix()}:{line}"
        for path in sorted((ROOT / "src" / "hf_rules").rglob("*.py"))
        for line in english_messages(path.read_text(encoding="utf-8"))
    }
    assert not found, sorted(found)


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_help_texts_are_said_never_shown_as_keys(hf, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8" if lang == "en" else "nb_NO.UTF-8")
    commands = ("check", "fix", "audit", "validate", "rules", "coverage", "explain", "test", "init", "schema")
    for args in [("--help",), *[(command, "--help") for command in commands]]:
        run = hf(*args)
        assert run.code == 0 and run.out.startswith("Usage: " if lang == "en" else "Bruk: "), (args, run.out)
        assert "help-" not in run.out and "click:" not in run.out, (args, run.out)
        assert ("Options:" if lang == "en" else "Valg:") in run.out.splitlines()
