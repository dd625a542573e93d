"""``hf-rules test``: the bundled rule-pack tests pass and cover every rule; a case fails when
its expectation is wrong, missing or incomplete; a broken test file is a located input error."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from hf_rules.app.packtests import default_paths, discover, load_test_file, run_tests
from hf_rules.core.resources import bundled_dir
from hf_rules.rules.pack import bundled_pack_ids, load_packs
from tests.support import ROOT


@pytest.fixture(autouse=True)
def _english_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """The expected output of this module is the English one (hf-rules follows the locale)."""
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")


OSLO = ROOT / "fixtures" / "oslo"
SUMMARY = re.compile(r"^(\d+) passed, (\d+) failed$")
SUNNAAS = "      - {party: sunnaas, role: Observatør}\n"


def summary(output: str) -> tuple[int, int]:
    match = SUMMARY.match(output.splitlines()[-1])
    assert match, output
    return int(match[1]), int(match[2])


def cases_only(output: str) -> str:
    """``output`` without the lines of the rules no case expects (a file of one or two cases run
    with the Oslo pack leaves most of its rules unexpected; tested on their own below)."""
    return "".join(line for line in output.splitlines(keepends=True) if not line.startswith("no case expects rule "))


def bundled_cases() -> list[dict]:
    files, problems = discover(default_paths())
    assert files and not problems
    return [case for path in files for case in YAML(typ="safe", pure=True).load(Path(path).read_text("utf-8"))["cases"]]


def test_bundled_cases_pass() -> None:
    output, code = run_tests([])
    passed, failed = summary(output)
    assert (code, failed) == (0, 0), output
    assert passed == len(bundled_cases()) >= 80
    assert all(line.startswith(("PASS ", "FAIL ")) for line in output.splitlines()[:-1])


def test_bundled_cases_live_with_the_packs() -> None:
    """Shipped in the wheel with the packs (pyproject force-includes rules/), documents and all."""
    assert Path(default_paths()[0]) == bundled_dir("rules") / "tests"
    for path in discover(default_paths())[0]:
        _, test = load_test_file(path)
        for case in test.cases:
            for source in case.files.values():
                origin = source if isinstance(source, str) else source.from_
                assert not Path(origin).is_absolute() and ".." not in Path(origin).parts, origin


def test_every_bundled_rule_has_a_case() -> None:
    """Every rule of every bundled pack (also those another pack disables) is expected somewhere."""
    expected = {f["rule"] for case in bundled_cases() for f in (case["expect"].get("findings") or [])}
    rules = {loaded.rule.id for pack in bundled_pack_ids() for loaded in load_packs([pack]).rules}
    assert len(rules) >= 52
    missing = sorted(rules - expected)
    assert not missing, f"rules without a case in rules/tests/: {', '.join(missing)}"


# --- failing cases -----------------------------------------------------------------------------


def write_test(folder: Path, cases: str) -> Path:
    """A test file in ``folder`` whose cases may copy the Oslo example from ``folder/oslo``."""
    if not (folder / "oslo").exists():
        shutil.copytree(OSLO, folder / "oslo")
    path = folder / "cases.yaml"
    path.write_text(
        "apiVersion: hf-rules/v1\nkind: PackTest\nmetadata:\n  id: mine\ncases:\n" + cases, encoding="utf-8"
    )
    return path


SUNNAAS_REMOVED = """\
  - name: sunnaas
    as_of: 2026-06-01
    files:
      organisation.yaml:
        from: oslo/organisation.yaml
        edits:
          - at: "{party: sunnaas, role: Observatør}"
            delete: 1
"""


def test_right_expectation_passes(tmp_path: Path) -> None:
    path = write_test(
        tmp_path,
        SUNNAAS_REMOVED
        + """\
    expect:
      findings:
        - {rule: OSLO-SSU-OBSERVERS, subject: strategisk-samarbeidsutvalg, file: organisation.yaml, line: 145}
      exit: 1
""",
    )
    output, code = run_tests([str(path)])
    assert (code, cases_only(output)) == (0, "PASS sunnaas\n1 passed, 0 failed\n")


def test_wrong_expectation_fails(tmp_path: Path) -> None:
    path = write_test(
        tmp_path,
        SUNNAAS_REMOVED
        + """\
    expect:
      findings:
        - {rule: OSLO-SSU-OBSERVERS, subject: strategisk-samarbeidsutvalg, line: 146}
""",
    )
    output, code = run_tests([str(path)])
    assert code == 1
    assert output.startswith("FAIL sunnaas\n")
    assert (
        "missing (expected, not found):\n    - {rule: OSLO-SSU-OBSERVERS, subject: strategisk-samarbeidsutvalg, line: 146}"
        in output
    )
    assert (
        "unexpected (found, not expected):\n    + {rule: OSLO-SSU-OBSERVERS, subject: strategisk-samarbeidsutvalg, "
        "file: organisation.yaml, line: 145}\n  exit code 1 (`exit: 1` under expect)\n"
    ) in output
    assert summary(output) == (0, 1)


def test_a_finding_found_twice_at_one_line_is_shown_with_its_count(tmp_path: Path) -> None:
    """Both SSU observers replaced by OUS: OSLO-SSU-OBSERVERS twice, at the observers. The unexpected
    line is one expectation with `count: 2`, ready to copy (copied without it, the case would
    pass for one finding as well as two)."""
    path = write_test(
        tmp_path,
        """\
  - name: no-observers
    as_of: 2026-06-01
    files:
      organisation.yaml:
        from: oslo/organisation.yaml
        edits:
          - {replace: "{party: sunnaas, role: Observatør}", with: "{party: ous, role: Observatør}"}
          - {replace: "{party: pasient-og-brukerombudet, role: Observatør}", with: "{party: ous, role: Observatør}"}
    expect: {compliant: true}
""",
    )
    output, code = run_tests([str(path)])
    assert code == 1, output
    assert (
        "unexpected (found, not expected):\n    + {rule: OSLO-SSU-OBSERVERS, subject: strategisk-samarbeidsutvalg, "
        "file: organisation.yaml, line: 145, count: 2}\n"
    ) in output


def test_wrong_exit_code_fails(tmp_path: Path) -> None:
    path = write_test(
        tmp_path,
        SUNNAAS_REMOVED
        + """\
    expect:
      findings: [{rule: OSLO-SSU-OBSERVERS, subject: strategisk-samarbeidsutvalg}]
      exit: 0
""",
    )
    output, code = run_tests([str(path)])
    assert code == 1 and "exit code 1, expected 0" in output and summary(output) == (0, 1)


def test_case_without_expectation_fails(tmp_path: Path) -> None:
    path = write_test(tmp_path, SUNNAAS_REMOVED)
    output, code = run_tests([str(path)])
    assert code == 1
    assert "FAIL sunnaas" in output and "no expectation" in output
    assert summary(output) == (0, 1)


def test_extra_finding_fails(tmp_path: Path) -> None:
    path = write_test(tmp_path, SUNNAAS_REMOVED + "    expect: {compliant: true}\n")
    output, code = run_tests([str(path)])
    assert code == 1
    assert "unexpected (found, not expected):\n    + {rule: OSLO-SSU-OBSERVERS" in output
    assert summary(output) == (0, 1)


def test_finding_not_produced_fails(tmp_path: Path) -> None:
    path = write_test(
        tmp_path,
        """\
  - name: intact
    as_of: 2026-06-01
    files: {organisation.yaml: oslo/organisation.yaml}
    expect:
      findings: [{rule: OSLO-SSU-OBSERVERS, subject: strategisk-samarbeidsutvalg}]
  - name: intact and compliant
    as_of: 2026-06-01
    files: {organisation.yaml: oslo/organisation.yaml}
    expect: {compliant: true, exit: 0}
""",
    )
    output, code = run_tests([str(path)])
    assert code == 1
    assert output.splitlines()[0] == "FAIL intact"
    assert (
        "missing (expected, not found):\n    - {rule: OSLO-SSU-OBSERVERS, subject: strategisk-samarbeidsutvalg}"
        in output
    )
    assert "PASS intact and compliant" in output
    assert summary(output) == (1, 1)


def test_inline_documents(tmp_path: Path) -> None:
    """Documents written into the case as YAML mappings (or as text, which keeps its lines)."""
    yaml = YAML(typ="safe", pure=True)
    org = yaml.load((OSLO / "organisation.yaml").read_text("utf-8"))
    observers = org["fora"]["strategisk-samarbeidsutvalg"]["observers"]
    observers[:] = [o for o in observers if o["party"] != "sunnaas"]
    text = (OSLO / "organisation.yaml").read_text("utf-8").replace(SUNNAAS, "")
    test = {
        "apiVersion": "hf-rules/v1",
        "kind": "PackTest",
        "metadata": {"id": "inline", "pack": "oslo"},
        "cases": [
            {
                "name": "mapping",
                "as_of": "2026-06-01",
                "documents": {"organisation.yaml": org},
                "expect": {"findings": [{"rule": "OSLO-SSU-OBSERVERS", "subject": "strategisk-samarbeidsutvalg"}]},
            },
            {
                "name": "text",
                "as_of": "2026-06-01",
                "documents": {"organisation.yaml": text},
                "expect": {
                    "findings": [
                        {
                            "rule": "OSLO-SSU-OBSERVERS",
                            "subject": "strategisk-samarbeidsutvalg",
                            "file": "organisation.yaml",
                            "line": 145,
                        }
                    ]
                },
            },
        ],
    }
    path = tmp_path / "inline.yaml"
    with path.open("w", encoding="utf-8") as handle:
        yaml.dump(test, handle)
    output, code = run_tests([str(path)])
    assert (code, cases_only(output)) == (0, "PASS mapping\nPASS text\n2 passed, 0 failed\n")


def test_broken_test_file_is_located(tmp_path: Path) -> None:
    path = write_test(tmp_path, SUNNAAS_REMOVED + "    expekt: {compliant: true}\n")
    output, code = run_tests([str(path)])
    assert code == 2
    (line,) = output.splitlines()
    assert line.startswith(f"{path}:14:5: error: ") and "expekt" in line
    assert "passed" not in output


def test_edit_that_finds_nothing_is_located(tmp_path: Path) -> None:
    path = write_test(
        tmp_path, SUNNAAS_REMOVED.replace("{party: sunnaas", "{party: sunnas") + "    expect: {compliant: true}\n"
    )
    output, code = run_tests([str(path)])
    assert code == 2
    (line,) = output.splitlines()  # and not also "has no documents": the file was given
    assert line.startswith(f"{path}:12:13: error: 'at: {{party: sunnas, role: Observatør}}' is on 0 lines")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("kind: Organisation\n", "not a rule-pack test file"),
        (
            "apiVersion: hf-rules/v1\nkind: PackTest\nmetadata: {id: x}\ncases:\n  - name: a\n"
            "    files: {organisation.yaml: oslo/organisation.yaml}\n    expect: {compliant: true}\n",
            "as_of",
        ),
        (
            "apiVersion: hf-rules/v1\nkind: PackTest\nmetadata: {id: x}\ncases:\n  - name: a\n    as_of: 2026-06-01\n"
            "    files: {organisation.yaml: nowhere.yaml}\n    expect: {compliant: true}\n",
            "cannot read 'nowhere.yaml'",
        ),
        (
            "apiVersion: hf-rules/v1\nkind: PackTest\nmetadata: {id: x}\ncases:\n  - name: a\n    as_of: 2026-06-01\n"
            "    files: {organisation.yaml: nowhere.yaml}\n    expect: {compliant: true, findings: []}\n",
            "either",
        ),
        (
            "apiVersion: hf-rules/v1\nkind: PackTest\nmetadata: {id: x}\ncases:\n  - name: a\n    as_of: 2026-06-01\n"
            "    expect: {compliant: true}\n",
            "case 'a' has no documents",
        ),
    ],
)
def test_bad_test_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    output, code = run_tests([str(path)])
    assert code == 2
    assert all(re.match(rf"{re.escape(str(path))}:\d+:\d+: error: ", line) for line in output.splitlines()), output
    assert message in output


def test_a_documents_text_under_files_is_one_located_line_pointing_to_documents(tmp_path: Path) -> None:
    path = write_test(
        tmp_path,
        "  - name: inline\n    as_of: 2026-06-01\n    files:\n      organisation.yaml: |\n"
        "        apiVersion: hf-rules/v1\n        kind: Organisation\n    expect: {compliant: true}\n",
    )
    output, code = run_tests([str(path)])
    assert code == 2
    assert output.splitlines() == [
        f"{path}:9:26: error: 'organisation.yaml' under files is text, not a path; expected the path of a file "
        "to copy, or the document's text under documents"
    ]


def test_cli(hf, tmp_path: Path) -> None:
    run = hf("test")
    assert run.code == 0
    assert SUMMARY.match(run.out.splitlines()[-1])
    path = write_test(tmp_path, SUNNAAS_REMOVED + "    expect: {compliant: true}\n")
    run = hf("test", str(path))
    assert run.code == 1 and run.out.splitlines()[-1] == "0 passed, 1 failed"
    run = hf("test", str(tmp_path / "nope.yaml"))
    assert run.code == 2 and "no such file or folder" in run.out


def test_bundled_cases_follow_the_fixtures() -> None:
    """rules/tests/oslo is the reference example for the installed package; it must not drift."""
    base = bundled_dir("rules") / "tests" / "oslo"
    assert sorted(p.name for p in base.iterdir()) == sorted(p.name for p in OSLO.iterdir())
    for document in OSLO.iterdir():
        # the same bytes, but for the schema line: one folder deeper (rules/tests/oslo)
        expected = document.read_bytes().replace(b"$schema=../../schemas/", b"$schema=../../../schemas/")
        assert (base / document.name).read_bytes() == expected, document.name


# --- the bundled community packs (fixtures/communities/<id>/tests) -------------------------------

COMMUNITY_TESTS = sorted((ROOT / "fixtures" / "communities").glob("*/tests"))


def test_at_least_three_real_communities_have_pack_tests() -> None:
    assert len([f for f in COMMUNITY_TESTS if f.parent.name != "vestfjord"]) >= 3


@pytest.mark.parametrize("folder", COMMUNITY_TESTS, ids=[f.parent.name for f in COMMUNITY_TESTS])
def test_community_cases_pass(folder: Path) -> None:
    output, code = run_tests([str(folder)])
    passed, failed = summary(output)
    assert (code, failed) == (0, 0), output
    files, problems = discover([str(folder)])
    assert files and not problems
    cases = [c for path in files for c in YAML(typ="safe", pure=True).load(Path(path).read_text("utf-8"))["cases"]]
    assert passed == len(cases) + 1  # and the quotes of the pack, against its sources' texts
    assert output.splitlines()[0].startswith("PASS the quotes of pack ")
    assert any(c["expect"].get("compliant") for c in cases), "the example as it stands must be one case"


@pytest.mark.parametrize("folder", COMMUNITY_TESTS, ids=[f.parent.name for f in COMMUNITY_TESTS])
def test_every_community_rule_has_a_failing_case(folder: Path) -> None:
    """Each rule the community pack defines (not those it inherits) is expected by a seeded defect."""
    pack = YAML(typ="safe", pure=True).load((folder.parent / "pack.yaml").read_text("utf-8"))
    own = {rule["id"] for rule in pack["rules"]}
    files, _ = discover([str(folder)])
    expected = {
        f["rule"]
        for path in files
        for case in YAML(typ="safe", pure=True).load(Path(path).read_text("utf-8"))["cases"]
        for f in (case["expect"].get("findings") or [])
    }
    missing = sorted(own - expected)
    assert not missing, f"rules of {folder.parent.name} without a failing case: {', '.join(missing)}"


# --- quotes against their sources' texts (app/quotes.py) ----------------------------------------

SOURCE_TEXT = "§ 1 Partnerskapsmøtet skal møtes\u00a0minst én gang i året.\n\nSSU skal ha  to møter.\n"


def quoted_pack(folder: Path, quotes: dict[str, str], text: str = "kilde.txt") -> Path:
    """A pack extending national with a source ``text`` and one obligation per quote."""
    folder.mkdir(parents=True)
    (folder / "kilde.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    obligations = "".join(
        f'  - id: {oid}\n    text: {{nb: Noe, en: Something}}\n    source: {{document: avtale, quote: "{quote}"}}\n'
        for oid, quote in quotes.items()
    )
    pack = folder / "pack.yaml"
    pack.write_text(
        "apiVersion: hf-rules/v1\nkind: RulePack\nmetadata:\n  id: mine\n  version: 1.0.0\n"
        "  name: {nb: Min, en: Mine}\n  extends: [national]\n"
        f"sources:\n  avtale:\n    title: Avtalen\n    date: '2024'\n    text: {text}\n"
        f"obligations:\n{obligations}",
        encoding="utf-8",
    )
    (folder / "tests").mkdir()
    (folder / "tests" / "cases.yaml").write_text(
        "apiVersion: hf-rules/v1\nkind: PackTest\nmetadata:\n  id: mine\n  pack: ../pack.yaml\ncases:\n"
        "  - name: oslo\n    as_of: 2026-06-01\n    files: {organisation.yaml: ../../oslo/organisation.yaml}\n"
        "    expect: {compliant: true}\n",
        encoding="utf-8",
    )
    shutil.copytree(OSLO, folder.parent / "oslo")
    return folder / "tests"


def test_quotes_verbatim_in_the_source_text_pass_as_one_case(tmp_path: Path) -> None:
    tests = quoted_pack(
        tmp_path / "pack",
        {"M1": "Partnerskapsmøtet skal møtes minst én gang i året.", "M2": "SSU skal ha to møter."},
    )
    output, code = run_tests([str(tests)])
    assert (code, output) == (
        0,
        "PASS the quotes of pack 'mine' are verbatim in their sources (2)\nPASS oslo\n2 passed, 0 failed\n",
    )


def test_a_quote_not_in_the_text_or_repeated_fails_naming_the_obligation(tmp_path: Path) -> None:
    tests = quoted_pack(
        tmp_path / "pack",
        {"M1": "Partnerskapsmøtet skal møtes minst to ganger i året.", "M2": "skal", "M3": "SSU skal ha to møter."},
    )
    output, code = run_tests([str(tests)])
    assert code == 1
    pack = tmp_path / "pack" / "pack.yaml"
    assert output.splitlines()[:6] == [
        "FAIL the quotes of pack 'mine' are verbatim in their sources (3)",
        f"  ({pack})",
        f"  {pack}:16:39: obligation M1: the quote is not verbatim in kilde.txt",
        "    nearest text in kilde.txt: 'Partnerskapsmøtet skal møtes minst én gang i året.'",
        "    the quote has 'to ganger', the source 'én gang'",
        f"  {pack}:19:39: obligation M2: the quote occurs 2 times in kilde.txt; quote enough of its context to make it occur once",
    ]
    assert output.splitlines()[-1] == "1 passed, 1 failed"


def test_a_source_text_that_cannot_be_read_is_a_located_error(tmp_path: Path) -> None:
    tests = quoted_pack(tmp_path / "pack", {"M1": "SSU skal ha to møter."}, text="mangler.txt")
    output, code = run_tests([str(tests)])
    pack = tmp_path / "pack" / "pack.yaml"
    assert code == 2
    assert output == (
        f"{pack}:12:11: error: cannot read the text of source 'avtale' (mangler.txt, from the rule pack's folder): "
        "cannot read file: No such file or directory; expected a readable file\n"
    )


SECTIONED = "Innledning\n\n=== A ===\nSSU skal ha to møter.\n\n=== B ===\nSSU skal ha to møter. PM møtes årlig.\n"


def test_a_source_named_by_section_is_checked_against_its_section_only(tmp_path: Path) -> None:
    """``kilder.txt#A``: the quote must be in A (a quote of B cited to A fails), and once in A."""
    tests = quoted_pack(tmp_path / "pack", {"M1": "SSU skal ha to møter.", "M2": "PM møtes årlig."}, text="kilde.txt#A")
    (tmp_path / "pack" / "kilde.txt").write_text(SECTIONED, encoding="utf-8")
    output, code = run_tests([str(tests)])
    pack = tmp_path / "pack" / "pack.yaml"
    assert code == 1
    assert output.splitlines()[:4] == [
        "FAIL the quotes of pack 'mine' are verbatim in their sources (2)",
        f"  ({pack})",
        f"  {pack}:19:39: obligation M2: the quote is not verbatim in kilde.txt#A",
        "    no text in kilde.txt#A resembles the quote",
    ]
    tests = quoted_pack(tmp_path / "other" / "pack", {"M1": "SSU skal ha to møter."}, text="kilde.txt#C")
    (tmp_path / "other" / "pack" / "kilde.txt").write_text(SECTIONED, encoding="utf-8")
    output, code = run_tests([str(tests)])
    assert code == 2
    assert output == (
        f"{tmp_path / 'other' / 'pack' / 'pack.yaml'}:12:11: error: source 'avtale' names the section 'C' of kilde.txt, but "
        "the file has no line '=== C ==='; expected one of: A, B\n"
    )


HEADED = (
    "=== S1 ===\nTittel: Partnerskapsmøte\nUtgiver: Helse Vestfjord\nURL: https://example.invalid/pm\n\n"
    "Partnerskapsmøte\n\nMøtet er ett årlig møte.\n"
)


@pytest.mark.parametrize("text", ["kilde.txt#S1", "kilde.txt"])
def test_a_sections_header_lines_are_not_source_text(tmp_path: Path, text: str) -> None:
    """«Tittel: Partnerskapsmøte» heads the section: the title quoted occurs once, in the text."""
    tests = quoted_pack(tmp_path / "pack", {"M1": "Partnerskapsmøte", "M2": "Møtet er ett årlig møte."}, text=text)
    (tmp_path / "pack" / "kilde.txt").write_text(HEADED, encoding="utf-8")
    output, code = run_tests([str(tests)])
    assert (code, output.splitlines()[0]) == (0, "PASS the quotes of pack 'mine' are verbatim in their sources (2)")
    tests = quoted_pack(tmp_path / "other" / "pack", {"M1": "Utgiver: Helse Vestfjord"}, text=text)
    (tmp_path / "other" / "pack" / "kilde.txt").write_text(HEADED, encoding="utf-8")
    output, code = run_tests([str(tests)])
    assert code == 1 and "obligation M1: the quote is not verbatim in " + text in output


def test_nynorsk_header_lines_are_not_source_text(tmp_path: Path) -> None:
    """Round 31 Førde: «Utgjevar:» (nynorsk) heads a section as «Utgiver:» does; the date after it
    was read as text, so a quote of it passed and a real quote could occur twice."""
    nynorsk = HEADED.replace("Utgiver:", "Utgjevar:").replace("URL:", "Dato: 2024-05-02\nKjelde:")
    tests = quoted_pack(
        tmp_path / "pack", {"M1": "Partnerskapsmøte", "M2": "Møtet er ett årlig møte."}, text="kilde.txt#S1"
    )
    (tmp_path / "pack" / "kilde.txt").write_text(nynorsk, encoding="utf-8")
    output, code = run_tests([str(tests)])
    assert (code, output.splitlines()[0]) == (0, "PASS the quotes of pack 'mine' are verbatim in their sources (2)")
    tests = quoted_pack(tmp_path / "other" / "pack", {"M1": "Utgjevar: Helse Vestfjord"}, text="kilde.txt#S1")
    (tmp_path / "other" / "pack" / "kilde.txt").write_text(nynorsk, encoding="utf-8")
    output, code = run_tests([str(tests)])
    assert code == 1 and "obligation M1: the quote is not verbatim in kilde.txt#S1" in output


def test_count_says_how_many_findings_one_expectation_matches(tmp_path: Path) -> None:
    """Without ``count`` one expectation matches any number of findings on its line; with it,
    exactly that many (a regression that reports one of two missing points fails)."""
    shutil.copytree(OSLO, tmp_path / "oslo")
    case = (
        "apiVersion: hf-rules/v1\nkind: PackTest\nmetadata: {id: counts}\ncases:\n"
        "  - name: pm-mandate-missing\n    as_of: 2026-06-01\n    files:\n      organisation.yaml:\n"
        "        from: oslo/organisation.yaml\n        edits:\n"
        '          - {at: "mandate:", after: "partnerskapsmote:", delete: 2}\n'
        "    expect:\n      findings:\n"
        "        - {rule: OSLO-PM-MANDATE, subject: partnerskapsmote, file: organisation.yaml, line: 98, count: %d}\n"
    )
    (tmp_path / "cases.yaml").write_text(case % 1, encoding="utf-8")
    output, code = run_tests([str(tmp_path / "cases.yaml")])
    assert (cases_only(output), code) == ("PASS pm-mandate-missing\n1 passed, 0 failed\n", 0)
    (tmp_path / "cases.yaml").write_text(case % 2, encoding="utf-8")
    output, code = run_tests([str(tmp_path / "cases.yaml")])
    assert code == 1
    assert output.splitlines()[2] == (
        "  wrong count: {rule: OSLO-PM-MANDATE, subject: partnerskapsmote, file: organisation.yaml, line: 98} "
        "found 1 times, expected 2"
    )


def test_documents_beside_the_tests_in_a_folder_are_passed_over_and_said_so() -> None:
    """A folder given to ``hf-rules test`` may hold the pack and its example beside the tests; a
    file named on its own must be a pack test."""
    folder = ROOT / "fixtures" / "communities" / "forde"
    output, code = run_tests([str(folder)], lang="en")
    assert (code, output.splitlines()) == (
        2,
        [
            f"ignored  {folder / 'meeting-plan-pm-2024.yaml'}  (MeetingPlan: not a rule-pack test)",
            f"ignored  {folder / 'meeting-plan-ssu-2024.yaml'}  (MeetingPlan: not a rule-pack test)",
            f"ignored  {folder / 'organisation.yaml'}  (Organisation: not a rule-pack test)",
            f"ignored  {folder / 'pack.yaml'}  (RulePack: not a rule-pack test)",
            "no test cases found",
            "0 passed, 0 failed",
        ],
    )
    output, code = run_tests([str(folder / "organisation.yaml")], lang="en")
    assert code == 2
    assert output.startswith(f"{folder / 'organisation.yaml'}:15:7: error: not a rule-pack test file")


# --- rules no case expects (the packs under test) ------------------------------------------------


def forde_without_a_case(tmp_path: Path, case: str = "fo-effective-before-the-health-community") -> Path:
    """A copy of the Førde pack, example and tests, with the case named ``case`` taken out."""
    folder = tmp_path / "forde"
    shutil.copytree(ROOT / "fixtures" / "communities" / "forde", folder)
    tests = folder / "tests" / "forde.yaml"
    text = tests.read_text("utf-8")
    start = text.index(f"  - name: {case}\n")
    end = text.index("  - name: ", start + 1)
    tests.write_text(text[:start] + text[end:], encoding="utf-8")
    return folder


def test_a_rule_no_case_expects_is_listed_and_does_not_fail(tmp_path: Path, hf) -> None:
    """FO-EFFECTIVE-FROM loses its only case: one line names it; the run still passes. The
    national rules the Førde pack inherits are not under test (the cases name only its pack)."""
    forde_without_a_case(tmp_path)
    done = hf("test", "forde/tests")
    assert done.code == 0, done.out
    assert done.out.splitlines()[-3:] == [
        "PASS fo-bu-ffo-appointing-not-nominating",
        "no case expects rule FO-EFFECTIVE-FROM of pack 'forde' to fire",
        "30 passed, 0 failed",
    ]
    nb = hf("test", "--lang", "nb", "forde/tests")
    assert nb.out.splitlines()[-2:] == [
        "intet tilfelle forventer at regel FO-EFFECTIVE-FROM i regelpakken «forde» slår til",
        "30 bestått, 0 feilet",
    ]
    data = json.loads(hf("test", "--format", "json", "forde/tests").out)
    assert (data["failed"], data["uncovered_rules"]) == (0, [{"rule": "FO-EFFECTIVE-FROM", "pack": "forde"}])
    # -k runs a selection, which is not meant to expect every rule: no such line
    assert hf("test", "-k", "fo-example", "forde/tests").out == "PASS fo-example\n1 passed, 0 failed\n"
    # -k given twice runs the cases of either (round 26 UNN: the last one alone was kept)
    assert hf("test", "-k", "fo-example", "-k", "fo-established-in", "forde/tests").out == (
        "PASS fo-example\nPASS fo-established-in-another-month\n2 passed, 0 failed\n"
    )


def test_require_all_rules_makes_a_rule_no_case_expects_a_failure(tmp_path: Path, hf) -> None:
    forde_without_a_case(tmp_path)
    done = hf("test", "--require-all-rules", "forde/tests")
    assert done.code == 1, done.out
    assert done.out.splitlines()[-5:] == [
        "PASS fo-bu-ffo-appointing-not-nominating",
        "FAIL every rule of pack 'forde' is expected by a case (18)",
        "  (forde/pack.yaml)",
        "  FO-EFFECTIVE-FROM: no case expects it to fire",
        "30 passed, 1 failed",
    ]
    junit = hf("test", "--require-all-rules", "--format", "junit", "forde/tests")
    assert junit.code == 1
    assert (
        '<testcase name="every rule of pack \'forde\' is expected by a case (18)" classname="forde/pack.yaml">\n'
        '      <failure message="FO-EFFECTIVE-FROM: no case expects it to fire">'
    ) in junit.out
    # every rule expected: one more result, passing
    whole = hf("test", "--require-all-rules", str(ROOT / "fixtures" / "communities" / "forde" / "tests"))
    assert whole.code == 0, whole.out
    assert whole.out.splitlines()[-2:] == [
        "PASS every rule of pack 'forde' is expected by a case (18)",
        "32 passed, 0 failed",
    ]
    # with -k the selection is judged, as asked
    selected = hf(
        "test", "--require-all-rules", "-k", "fo-effective", str(ROOT / "fixtures" / "communities" / "forde" / "tests")
    )
    assert selected.code == 1
    assert "  FO-PM-HOSPITAL: no case expects it to fire" in selected.out.splitlines()
    assert "  FO-EFFECTIVE-FROM: no case expects it to fire" not in selected.out.splitlines()


def test_rules_another_pack_retires_are_not_listed(tmp_path: Path, hf) -> None:
    """A case run with national and oslo puts both under test; the two national rules Oslo retires
    are not in force there, so not listed; every other rule in force is, once, with its pack."""
    (tmp_path / "oslo").mkdir()
    shutil.copy(OSLO / "organisation.yaml", tmp_path / "oslo" / "organisation.yaml")
    (tmp_path / "cases.yaml").write_text(
        "apiVersion: hf-rules/v1\nkind: PackTest\nmetadata:\n  id: mine\ncases:\n"
        "  - name: one\n    rules: [national, oslo]\n    as_of: 2026-06-01\n"
        "    files: {organisation.yaml: oslo/organisation.yaml}\n"
        "    expect:\n      findings:\n        - {rule: HF-EFFECTIVE-FROM, subject: helsefellesskap-oslo}\n",
        encoding="utf-8",
    )
    data = json.loads(hf("test", "--format", "json", "cases.yaml").out)
    listed = [(u["rule"], u["pack"]) for u in data["uncovered_rules"]]
    rules = [u[0] for u in listed]
    assert len(rules) == len(set(rules)) == 57  # the 58 rules in force, less the one expected
    assert not {"HF-REPRESENTATION-ALL-LEVELS", "HF-PRIORITY-GROUPS", "HF-EFFECTIVE-FROM"} & set(rules)
    assert ("HF-ONE-SSU", "oslo") in listed  # replaced by Oslo: Oslo's rule
    assert ("HF-GP-DEPUTY", "national") in listed
    assert ("OSLO-SSU-OBSERVERS", "oslo") in listed


def test_an_edit_whose_text_is_on_several_lines_is_refused_and_after_narrows_it(tmp_path: Path) -> None:
    """docs/pack-tests.md: an edit never picks one of several lines, nor edits them all; `after:`
    takes the first line below its own one line."""
    several = """\
  - name: several
    as_of: 2026-06-01
    files:
      organisation.yaml:
        from: oslo/organisation.yaml
        edits:
          - replace: "type: lokalt-samarbeidsutvalg"
            with: "type: arbeidsgruppe"
    expect: {compliant: true}
"""
    path = write_test(tmp_path, several)
    output, code = run_tests([str(path)])
    assert code == 2
    assert output.splitlines() == [
        f"{path}:12:13: error: 'replace: type: lokalt-samarbeidsutvalg' is on 4 lines; expected exactly one "
        "(give after: to narrow it)"
    ]
    narrowed = several.replace(
        '            with: "type: arbeidsgruppe"\n',
        '            after: "lsu-ahus:"\n            with: "type: arbeidsgruppe"\n',
    )
    path.write_text(path.read_text(encoding="utf-8").replace(several, narrowed), encoding="utf-8")
    output, code = run_tests([str(path)])
    assert code == 1  # the edit applies (LSU Ahus is no LSU now), and the case is not compliant
    twice = narrowed.replace('after: "lsu-ahus:"', 'after: "type: lokalt-samarbeidsutvalg"')
    path.write_text(path.read_text(encoding="utf-8").replace(narrowed, twice), encoding="utf-8")
    output, code = run_tests([str(path)])
    assert code == 2
    assert output.splitlines() == [
        f"{path}:12:13: error: 'after: type: lokalt-samarbeidsutvalg' is on 4 lines; expected exactly one"
    ]
