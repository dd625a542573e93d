"""``hf-rules test --accept``: a failing case's ``expect`` rewritten in its test file to what the
check gave (findings, counts, the exit code where the case has one), every other byte of the file
kept; a case that fails for another reason is not rewritten; a file that cannot be written is
exit 2 and left as it was."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from tests.support import ROOT

OSLO = ROOT / "fixtures" / "oslo"
SSU_OBSERVERS = "{rule: OSLO-SSU-OBSERVERS, subject: strategisk-samarbeidsutvalg, file: organisation.yaml, line: 145}"

HEAD = """\
# Seeded defects of my pack (comments stay where they are).
apiVersion: hf-rules/v1
kind: PackTest
metadata:
  id: mine
cases:
"""

INTACT = """\

  # The example as it is: passes, and is left alone.
  - name: 'intact'
    as_of: 2026-06-01
    files: {organisation.yaml: oslo/organisation.yaml}
    expect: {compliant: true, exit: 0}
"""

SUNNAAS = """\

  # Sunnaas gone from the SSU: expected nothing yet.
  - name: "sunnaas"
    as_of: 2026-06-01
    files:
      organisation.yaml:
        from: oslo/organisation.yaml
        edits:
          - at: "{party: sunnaas, role: Observatør}"
            delete: 1
    expect:
      compliant: true   # to be filled in
      exit: 0
"""

SUNNAAS_ACCEPTED = f"""\

  # Sunnaas gone from the SSU: expected nothing yet.
  - name: "sunnaas"
    as_of: 2026-06-01
    files:
      organisation.yaml:
        from: oslo/organisation.yaml
        edits:
          - at: "{{party: sunnaas, role: Observatør}}"
            delete: 1
    expect:
      findings:   # to be filled in
        - {SSU_OBSERVERS}
      exit: 1
"""

BOTH = """\

  - name: both-observers
    as_of: 2026-06-01
    files:
      organisation.yaml:
        from: oslo/organisation.yaml
        edits:
          - {replace: "{party: sunnaas, role: Observatør}", with: "{party: ous, role: Observatør}"}
          - {replace: "{party: pasient-og-brukerombudet, role: Observatør}", with: "{party: ous, role: Observatør}"}
    expect:
      findings:
        # the observers, at the SSU
        - {rule: OSLO-SSU-OBSERVERS, subject: strategisk-samarbeidsutvalg, line: 145, count: 3}  # both
        - {rule: HF-EFFECTIVE-FROM, subject: helsefellesskap-oslo}
"""

BOTH_ACCEPTED = """\

  - name: both-observers
    as_of: 2026-06-01
    files:
      organisation.yaml:
        from: oslo/organisation.yaml
        edits:
          - {replace: "{party: sunnaas, role: Observatør}", with: "{party: ous, role: Observatør}"}
          - {replace: "{party: pasient-og-brukerombudet, role: Observatør}", with: "{party: ous, role: Observatør}"}
    expect:
      findings:
        # the observers, at the SSU
        - {rule: OSLO-SSU-OBSERVERS, subject: strategisk-samarbeidsutvalg, line: 145, count: 2}  # both
"""

NEW = """\

  - name: new
    as_of: 2026-06-01
    files:
      organisation.yaml:
        from: oslo/organisation.yaml
        edits:
          - at: "{party: sunnaas, role: Observatør}"
            delete: 1
"""

NEW_ACCEPTED = (
    NEW
    + f"""\
    expect:
      findings:
        - {SSU_OBSERVERS}
      exit: 1
"""
)

GONE = """\

  - name: nothing-left
    as_of: 2026-06-01
    files: {organisation.yaml: oslo/organisation.yaml}
    expect:
      findings:
        - rule: OSLO-SSU-OBSERVERS   # block style
          subject: strategisk-samarbeidsutvalg
      exit: 1
"""

GONE_ACCEPTED = """\

  - name: nothing-left
    as_of: 2026-06-01
    files: {organisation.yaml: oslo/organisation.yaml}
    expect:
      compliant: true
      exit: 0
"""

FLOW = """\

  - name: flow
    as_of: 2026-06-01
    files:
      organisation.yaml:
        from: oslo/organisation.yaml
        edits:
          - {at: "{party: sunnaas, role: Observatør}", delete: 1}
    expect: {compliant: true}
"""

FLOW_ACCEPTED = f"""\

  - name: flow
    as_of: 2026-06-01
    files:
      organisation.yaml:
        from: oslo/organisation.yaml
        edits:
          - {{at: "{{party: sunnaas, role: Observatør}}", delete: 1}}
    expect:
      findings:
        - {SSU_OBSERVERS}
"""

BAD_DATE = """\

  - name: bad-date
    as_of: 2026-06-01
    files:
      organisation.yaml:
        from: oslo/organisation.yaml
        edits:
          - {replace: "effective_from: 2025-01-01", with: "effective_from: 2025-13-01"}
    expect:
      compliant: true
"""


def cases_file(folder: Path, *cases: str) -> Path:
    if not (folder / "oslo").exists():
        shutil.copytree(OSLO, folder / "oslo")
    path = folder / "cases.yaml"
    path.write_text(HEAD + "".join(cases), encoding="utf-8")
    return path


def cases_only(output: str) -> str:
    """``output`` without the lines of the rules no case expects (most of the Oslo pack's)."""
    return "".join(
        line
        for line in output.splitlines(keepends=True)
        if not line.startswith(("no case expects rule ", "intet tilfelle forventer"))
    )


def test_accept_rewrites_each_failing_case_and_keeps_every_other_byte(hf, tmp_path: Path) -> None:
    path = cases_file(tmp_path, INTACT, SUNNAAS, BOTH, NEW, GONE, FLOW)
    run = hf("test", "--accept", "--lang", "en", "cases.yaml")
    assert run.code == 0, run.out
    assert path.read_text("utf-8") == HEAD + INTACT + SUNNAAS_ACCEPTED + BOTH_ACCEPTED + NEW_ACCEPTED + (
        GONE_ACCEPTED + FLOW_ACCEPTED
    )
    assert cases_only(run.out) == (
        "PASS intact\n"
        "ACCEPTED sunnaas\n"
        "  (cases.yaml)\n"
        "  added to expect (found):\n"
        f"    + {SSU_OBSERVERS}\n"
        "  exit: 1 (was 0)\n"
        "ACCEPTED both-observers\n"
        "  (cases.yaml)\n"
        "  removed from expect (not found):\n"
        "    - {rule: HF-EFFECTIVE-FROM, subject: helsefellesskap-oslo}\n"
        "  count: 2 (was 3) in {rule: OSLO-SSU-OBSERVERS, subject: strategisk-samarbeidsutvalg, line: 145}\n"
        "ACCEPTED new\n"
        "  (cases.yaml)\n"
        "  added to expect (found):\n"
        f"    + {SSU_OBSERVERS}\n"
        "  exit: 1\n"
        "ACCEPTED nothing-left\n"
        "  (cases.yaml)\n"
        "  removed from expect (not found):\n"
        "    - {rule: OSLO-SSU-OBSERVERS, subject: strategisk-samarbeidsutvalg}\n"
        "  exit: 0 (was 1)\n"
        "  compliant: true\n"
        "ACCEPTED flow\n"
        "  (cases.yaml)\n"
        "  added to expect (found):\n"
        f"    + {SSU_OBSERVERS}\n"
        "1 passed, 0 failed, 5 accepted\n"
    )
    again = hf("test", "--lang", "en", "cases.yaml")
    assert (again.code, again.out.splitlines()[-1]) == (0, "6 passed, 0 failed")
    assert hf("test", "--accept", "cases.yaml").code == 0  # nothing more to accept: the file is as it was
    assert path.read_text("utf-8").endswith(FLOW_ACCEPTED)


def test_accept_speaks_bokmal_by_default(hf, tmp_path: Path) -> None:
    path = cases_file(tmp_path, SUNNAAS)
    run = hf("test", "--accept", str(path))
    assert run.code == 0
    assert cases_only(run.out) == (
        "GODTATT sunnaas\n"
        f"  ({path})\n"
        "  lagt til i expect (funnet):\n"
        f"    + {SSU_OBSERVERS}\n"
        "  exit: 1 (var 0)\n"
        "0 bestått, 0 feilet, 1 godtatt\n"
    )


def test_accepting_findings_in_the_example_itself_says_the_example_broke(hf, tmp_path: Path) -> None:
    """A case that copies the example unchanged and expected it compliant is accepted as any other, with
    a note that the example itself now breaks a rule; a case that seeds a defect gets no note."""
    path = cases_file(tmp_path, INTACT, SUNNAAS)
    example = tmp_path / "oslo" / "organisation.yaml"
    example.write_text(
        example.read_text("utf-8").replace(
            "{party: pasient-og-brukerombudet, role: Observatør}", "{party: ous, role: Observatør}"
        ),
        "utf-8",
    )
    run = hf("test", "--accept", "--lang", "en", "-k", "intact", "cases.yaml")
    assert run.code == 0, run.out
    assert cases_only(run.out).splitlines()[:7] == [
        "ACCEPTED intact",
        "  (cases.yaml)",
        "  added to expect (found):",
        "    + {rule: OSLO-SSU-OBSERVERS, subject: strategisk-samarbeidsutvalg, file: organisation.yaml, line: 145}",
        "  exit: 1 (was 0)",
        "  note: the case copies oslo/organisation.yaml unchanged and expected no findings; the example itself now"
        " breaks a rule (correct the example unless that is meant, and run --accept again)",
        "0 passed, 0 failed, 1 accepted",
    ]
    seeded = hf("test", "--accept", "--lang", "en", "-k", "sunnaas", "cases.yaml")
    assert seeded.code == 0, seeded.out
    assert "note:" not in seeded.out and "ACCEPTED sunnaas" in seeded.out
    assert "expect:\n      findings:\n        - {rule: OSLO-SSU-OBSERVERS" in path.read_text("utf-8")


def test_a_case_whose_documents_are_not_valid_input_is_not_rewritten(hf, tmp_path: Path) -> None:
    """Accepting it would hide that the seeded defect broke the document, not a rule: it still
    fails (exit 1), the other failing case is accepted."""
    path = cases_file(tmp_path, BAD_DATE, SUNNAAS)
    run = hf("test", "--accept", "--lang", "en", "cases.yaml")
    assert run.code == 1
    assert path.read_text("utf-8") == HEAD + BAD_DATE + SUNNAAS_ACCEPTED
    assert cases_only(run.out) == (
        "FAIL bad-date\n"
        "  (cases.yaml)\n"
        "  the documents are not valid input:\n"
        "    organisation.yaml:10: invalid date '2025-13-01': month must be in 1..12; expected YYYY-MM-DD\n"
        "  exit code 2 (`exit: 2` under expect)\n"
        "  not accepted: the documents are not valid input, which --accept does not hide; correct the case's "
        "files or edits (or expect exit: 2)\n"
        "ACCEPTED sunnaas\n"
        "  (cases.yaml)\n"
        "  added to expect (found):\n"
        f"    + {SSU_OBSERVERS}\n"
        "  exit: 1 (was 0)\n"
        "0 passed, 1 failed, 1 accepted\n"
    )


def test_a_test_file_that_does_not_load_is_not_rewritten(hf, tmp_path: Path) -> None:
    """An edit whose text is not found makes the file unusable: exit 2, no case runs, nothing
    is written (not even the cases that would load)."""
    broken = SUNNAAS.replace('"sunnaas"', "broken").replace("Observatør}", "Observer}")
    path = cases_file(tmp_path, SUNNAAS, broken)
    before = path.read_bytes()
    run = hf("test", "--accept", "--lang", "en", "cases.yaml")
    assert run.code == 2
    assert run.out == (
        "cases.yaml:28:13: error: 'at: {party: sunnaas, role: Observer}' is on 0 lines; expected exactly one\n"
    )
    assert path.read_bytes() == before


def test_a_read_only_test_file_is_exit_2_and_left_as_it_was(hf, tmp_path: Path) -> None:
    path = cases_file(tmp_path, SUNNAAS)
    before = path.read_bytes()
    path.chmod(0o444)
    try:
        run = hf("test", "--accept", "--lang", "en", "cases.yaml")
        assert path.read_bytes() == before
        assert stat.S_IMODE(path.stat().st_mode) == 0o444
    finally:
        path.chmod(0o644)
    assert run.code == 2
    assert run.out.splitlines()[-1] == (
        "cases.yaml:1:1: error: the accepted expectations are not written: cases.yaml is read-only "
        "(make it writable to accept); the file is as it was"
    )
    assert "FAIL sunnaas\n" in run.out and "ACCEPTED" not in run.out
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_k_accepts_only_the_cases_selected(hf, tmp_path: Path) -> None:
    path = cases_file(tmp_path, SUNNAAS, NEW)
    run = hf("test", "--accept", "-k", "NEW", "--lang", "en", "cases.yaml")
    assert (run.code, run.out.splitlines()[-1]) == (0, "0 passed, 0 failed, 1 accepted")
    assert path.read_text("utf-8") == HEAD + SUNNAAS + NEW_ACCEPTED


def test_accept_with_json_says_which_cases_were_accepted(hf, tmp_path: Path) -> None:
    cases_file(tmp_path, INTACT, NEW)
    run = hf("test", "--accept", "--format", "json", "cases.yaml")
    assert run.code == 0
    report = json.loads(run.out)
    assert [(c["name"], c["passed"], c["accepted"]) for c in report["cases"]] == [
        ("intact", True, False),
        ("new", False, True),
    ]
    assert report["cases"][1]["details"] == ["lagt til i expect (funnet):", f"+ {SSU_OBSERVERS}", "exit: 1"]
    assert (report["passed"], report["failed"], report["accepted"]) == (1, 0, 1)


def test_accept_rewrites_only_the_files_it_is_given(hf) -> None:
    """Without paths `test` runs the cases bundled with the packs; --accept does not rewrite them."""
    run = hf("test", "--accept", "--lang", "en")
    assert run.code == 2
    assert run.err == (
        "hf-rules: error: --accept rewrites test files: name the files or folders (hf-rules test --accept "
        "tests/); the cases bundled with the packs are not rewritten\n"
    )


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_accept_keeps_the_files_mode(hf, tmp_path: Path) -> None:
    path = cases_file(tmp_path, NEW)
    path.chmod(0o640)
    assert hf("test", "--accept", "cases.yaml").code == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert path.read_text("utf-8") == HEAD + NEW_ACCEPTED


def test_a_case_that_cannot_be_rewritten_in_place_says_why_and_still_fails(hf, tmp_path: Path) -> None:
    """A case written as one flow mapping has no lines of its own to splice into: not accepted."""
    flow_case = "  - {name: inline, as_of: 2026-06-01, files: {organisation.yaml: oslo/organisation.yaml},\n"
    flow_case += "     expect: {findings: [{rule: OSLO-SSU-OBSERVERS, subject: strategisk-samarbeidsutvalg}]}}\n"
    path = cases_file(tmp_path, flow_case, NEW)
    run = hf("test", "--accept", "--lang", "en", "cases.yaml")
    assert run.code == 1
    assert cases_only(run.out).startswith(
        "FAIL inline\n"
        "  (cases.yaml)\n"
        "  missing (expected, not found):\n"
        "    - {rule: OSLO-SSU-OBSERVERS, subject: strategisk-samarbeidsutvalg}\n"
        "  exit code 0 (`exit: 0` under expect)\n"
        "  not accepted: case 1 is not written as a block mapping\n"
        "ACCEPTED new\n"
    )
    assert path.read_text("utf-8") == HEAD + flow_case + NEW_ACCEPTED


def test_windows_line_ends_are_kept(hf, tmp_path: Path) -> None:
    path = cases_file(tmp_path, SUNNAAS)
    path.write_bytes((HEAD + SUNNAAS).replace("\n", "\r\n").encode("utf-8"))
    assert hf("test", "--accept", "cases.yaml").code == 0
    assert path.read_bytes() == (HEAD + SUNNAAS_ACCEPTED).replace("\n", "\r\n").encode("utf-8")


def test_a_file_named_twice_is_accepted_once(hf, tmp_path: Path) -> None:
    path = cases_file(tmp_path, NEW)
    run = hf("test", "--accept", "--lang", "en", "cases.yaml", ".", str(path))
    assert (run.code, run.out.splitlines()[-1]) == (0, "0 passed, 0 failed, 3 accepted")
    assert path.read_text("utf-8") == HEAD + NEW_ACCEPTED


def test_a_file_changed_while_the_cases_ran_is_not_overwritten(
    hf, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hf_rules.app import packtests

    path = cases_file(tmp_path, NEW)
    run_case = packtests.run_case

    def run_and_edit(*args: object, **kwargs: object) -> packtests.CaseResult:
        result = run_case(*args, **kwargs)  # type: ignore[arg-type]
        with path.open("a", encoding="utf-8") as out:  # an editor saves the file meanwhile
            out.write("# edited meanwhile\n")
        return result

    monkeypatch.setattr(packtests, "run_case", run_and_edit)
    run = hf("test", "--accept", "--lang", "en", "cases.yaml")
    assert run.code == 2
    assert run.out.splitlines()[-1] == (
        "cases.yaml:1:1: error: the accepted expectations are not written: cases.yaml: the file changed since "
        "it was read (another process wrote it); left as it is; the file is as it was"
    )
    assert path.read_text("utf-8") == HEAD + NEW + "# edited meanwhile\n"


FOUR_SPACES = """\
apiVersion: hf-rules/v1
kind: PackTest
metadata:
    id: mine
cases:
-   name: block
    as_of: 2026-06-01
    files:
        organisation.yaml:
            from: oslo/organisation.yaml
            edits:
            -   {at: "{party: sunnaas, role: Observatør}", delete: 1}
            -   {replace: "effective_from: 2025-01-01", with: "effective_from: 2020-01-01"}
    expect:
        findings:
        -   rule: HF-EFFECTIVE-FROM
            subject: helsefellesskap-oslo
        exit: 0
-   name: fresh
    as_of: 2026-06-01
    files: {organisation.yaml: oslo/organisation.yaml}
"""


def test_new_lines_follow_the_files_own_style(hf, tmp_path: Path) -> None:
    """Four-space indents, `-   ` items, block-mapping entries: added entries are written so,
    and a new `expect` (the file has no flow entries to follow) in the file's indent."""
    path = cases_file(tmp_path)
    path.write_text(FOUR_SPACES, encoding="utf-8")
    assert hf("test", "--accept", "cases.yaml").code == 0
    assert path.read_text("utf-8") == FOUR_SPACES.replace(
        "        exit: 0\n",
        "        -   rule: OSLO-SSU-OBSERVERS\n"
        "            subject: strategisk-samarbeidsutvalg\n"
        "            file: organisation.yaml\n"
        "            line: 145\n"
        "        exit: 1\n",
    ) + ("    expect:\n        compliant: true\n        exit: 0\n")
