"""``hf-rules fix``: mechanical remedies added in place, by added lines only; comments, order and
every other byte kept; atomic, idempotent, and never a file it was not given."""

from __future__ import annotations

import difflib
import os
import stat
from collections import Counter
from pathlib import Path

import pytest

from hf_rules.app.fix import PLACEHOLDER
from hf_rules.edit.splice import only_additions
from tests.conftest import AS_OF, SUNNAAS_OBSERVER, edit, write_waiver

OMBUD_OBSERVER = "      - {party: pasient-og-brukerombudet, role: Observatør}\n"
SSU_GP = "      - {represents: fastlege, role: Fastlegerepresentant, person: Nora Lie, deputy: Jonas Bakke}\n"
AHUS_USER = "      - {represents: bruker, role: Brukerrepresentant, person: Mona Vang}\n"
AHUS_EMPLOYEE = "      - {represents: ansatt, role: Ansatterepresentant, person: Rune Foss}\n"
AHUS_INPUT = "    gives_input_to: [strategisk-samarbeidsutvalg]\n"


def inserted(before: str, after: str) -> list[tuple[int, list[str]]]:
    """(0-based line of ``before`` the lines go in front of, the lines) for every change; fails
    the test unless every change is an insertion (all original lines kept, in order)."""
    changes = []
    matcher = difflib.SequenceMatcher(None, before.splitlines(), after.splitlines(), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        assert tag == "insert", (tag, before.splitlines()[i1:i2], after.splitlines()[j1:j2])
        changes.append((i1, after.splitlines()[j1:j2]))
    return changes


def kept_every_line(before: str, after: str) -> bool:
    """Lines were only added, or moved (a line removed reappears elsewhere, re-indented at most)."""
    if only_additions(before, after):
        return True
    removed: list[str] = []
    added: list[str] = []
    matcher = difflib.SequenceMatcher(None, before.splitlines(), after.splitlines(), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            removed += [line.strip() for line in before.splitlines()[i1:i2]]
            added += [line.strip() for line in after.splitlines()[j1:j2]]
    return not Counter(removed) - Counter(added)


def comments(text: str) -> list[str]:
    return [line for line in text.splitlines() if "#" in line]


@pytest.fixture
def org(oslo: Path) -> Path:
    return oslo / "organisation.yaml"


def test_missing_observer_is_added_as_one_line_and_the_check_passes(oslo, org, hf):
    edit(org, SUNNAAS_OBSERVER, "")
    before = org.read_text(encoding="utf-8")
    assert hf("check", "oslo", "--as-of", AS_OF).code == 1

    run = hf("fix", "oslo", "--as-of", AS_OF, "--lang", "en")

    after = org.read_text(encoding="utf-8")
    assert run.code == 0, run.both
    at = before.splitlines().index(OMBUD_OBSERVER.rstrip("\n")) + 1
    assert inserted(before, after) == [(at, [SUNNAAS_OBSERVER.rstrip("\n")])]
    assert comments(after) == comments(before)
    assert (
        f"oslo/organisation.yaml:{at + 1}: fixed OSLO-SSU-OBSERVERS: added "
        "fora.strategisk-samarbeidsutvalg.observers: {party: sunnaas, role: Observatør}" in run.out
    )
    assert run.out.rstrip().endswith("Verdict: COMPLIANT")
    check = hf("check", "oslo", "--as-of", AS_OF)
    assert check.code == 0 and "OSLO-SSU-OBSERVERS" not in check.out


def test_missing_seats_are_added_as_placeholders_in_the_siblings_style(oslo, org, hf):
    edit(org, SSU_GP, "")
    edit(org, AHUS_USER + AHUS_EMPLOYEE, "")
    before = org.read_text(encoding="utf-8")
    failing = hf("check", "oslo", "--as-of", AS_OF, "--brief")
    assert failing.code == 1 and failing.out.count(" error ") == 3

    run = hf("fix", "oslo", "--as-of", AS_OF, "--lang", "en")

    after = org.read_text(encoding="utf-8")
    assert run.code == 0, run.both
    lines = before.splitlines()
    ssu_employee = lines.index("      - {represents: ansatt, role: Ansatterepresentant, person: Ola Vik}")
    ahus_gp = lines.index(
        "      - {represents: fastlege, role: Fastlegerepresentant, person: Anne Sæther, deputy: Knut Rønning}"
    )
    assert inserted(before, after) == [
        (
            ssu_employee + 1,
            [
                (
                    "      - {represents: fastlege, role: Fastlegerepresentant, "
                    f"person: {PLACEHOLDER}, deputy: {PLACEHOLDER}}}"
                )
            ],
        ),
        (
            ahus_gp + 1,
            [
                f"      - {{represents: bruker, role: Brukerrepresentant, person: {PLACEHOLDER}}}",
                f"      - {{represents: ansatt, role: Ansatterepresentant, person: {PLACEHOLDER}}}",
            ],
        ),
    ]
    assert comments(after) == comments(before)
    assert "(fill in: person, deputy)" in run.out and "(fill in: person)" in run.out
    # A placeholder seat passes: the seat is there, its holder is to be named (see docs/fix.md).
    assert hf("check", "oslo", "--as-of", AS_OF).code == 0


def test_missing_relations_extend_a_flow_list_or_add_the_key_in_the_documents_style(oslo, org, hf):
    edit(org, "    chair_rotation: [oslo-kommune, ahus]\n" + AHUS_INPUT, "    chair_rotation: [oslo-kommune, ahus]\n")
    edit(
        org,
        "    gives_input_to: [strategisk-samarbeidsutvalg, partnerskapsmote]\n",
        "    gives_input_to: [partnerskapsmote]     # SSU to follow\n",
    )
    edit(org, "      - lsu-lovisenberg\n", "")
    before = org.read_text(encoding="utf-8")

    run = hf("fix", "oslo", "--as-of", AS_OF)

    after = org.read_text(encoding="utf-8")
    assert run.code == 0, run.both
    diff = [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), n=0, lineterm="")
        if line[:1] in "+-" and line[:3] not in ("+++", "---")
    ]
    assert diff == [
        "+      - lsu-lovisenberg",
        "-    gives_input_to: [partnerskapsmote]     # SSU to follow",
        "+    gives_input_to: [partnerskapsmote, strategisk-samarbeidsutvalg]     # SSU to follow",
        "+    gives_input_to: [strategisk-samarbeidsutvalg]",
    ]
    # The new key goes where the document keeps it: after chair_rotation, before mandate.
    ahus = after.splitlines()[after.splitlines().index("  lsu-ahus:") :]
    assert ahus[5:7] == [
        "    chair_rotation: [oslo-kommune, ahus]",
        "    gives_input_to: [strategisk-samarbeidsutvalg]",
    ]
    assert only_additions(before, after)
    assert hf("check", "oslo", "--as-of", AS_OF).code == 0


def test_a_missing_observers_key_goes_after_members_before_the_blank_line(oslo, org, hf):
    edit(org, "    observers:\n" + SUNNAAS_OBSERVER + OMBUD_OBSERVER, "")
    before = org.read_text(encoding="utf-8")

    assert hf("fix", "oslo", "--as-of", AS_OF).code == 0

    after = org.read_text(encoding="utf-8")
    at = before.splitlines().index("      - {represents: ansatt, role: Ansatterepresentant, person: Ola Vik}") + 1
    assert before.splitlines()[at] == ""
    assert inserted(before, after) == [
        (at, ["    observers:", SUNNAAS_OBSERVER.rstrip("\n"), OMBUD_OBSERVER.rstrip("\n")])
    ]
    assert hf("check", "oslo", "--as-of", AS_OF).code == 0


def test_block_style_crlf_and_no_final_newline_are_kept(oslo, org, hf):
    edit(
        org,
        AHUS_USER + AHUS_EMPLOYEE,
        "      - represents: ansatt   # block style\n        role: Ansatterepresentant\n        person: Rune Foss\n",
    )
    text = org.read_text(encoding="utf-8").replace("\n", "\r\n").rstrip("\r\n")
    org.write_bytes(text.encode("utf-8"))

    assert hf("fix", "oslo", "--as-of", AS_OF).code == 0

    raw = org.read_bytes().decode("utf-8")
    assert not raw.endswith("\n") and "\n" not in raw.replace("\r\n", "")
    changes = inserted(text, raw)
    assert [lines for _, lines in changes] == [
        ["      - represents: bruker", "        role: Brukerrepresentant", f"        person: {PLACEHOLDER}"]
    ]
    assert hf("check", "oslo", "--as-of", AS_OF).code == 0


def test_an_empty_flow_list_gains_its_items_on_its_line(oslo, org, hf):
    edit(org, "    observers:\n" + SUNNAAS_OBSERVER + OMBUD_OBSERVER, "    observers: []   # none yet\n")
    before = org.read_text(encoding="utf-8")

    assert hf("fix", "oslo", "--as-of", AS_OF).code == 0

    after = org.read_text(encoding="utf-8")
    assert only_additions(before, after) and len(after.splitlines()) == len(before.splitlines())
    assert (
        "    observers: [{party: sunnaas, role: Observatør}, {party: pasient-og-brukerombudet, "
        "role: Observatør}]   # none yet\n" in after
    )


def test_a_list_it_cannot_extend_is_reported_and_the_others_are_fixed(oslo, org, hf):
    edit(org, SUNNAAS_OBSERVER, "")
    edit(
        org,
        "    chair_rotation: [oslo-kommune, ahus]\n" + AHUS_INPUT,
        "    chair_rotation: [oslo-kommune, ahus]\n    gives_input_to: [\n      partnerskapsmote]\n",
    )

    run = hf("fix", "oslo", "--as-of", AS_OF, "--lang", "en")

    assert run.code == 1
    assert "fixed OSLO-SSU-OBSERVERS" in run.out
    assert "OSLO-LSU-INPUT: not fixed: the list gives_input_to does not close on its line" in run.out
    assert "    gives_input_to: [\n      partnerskapsmote]\n" in org.read_text(encoding="utf-8")


def test_a_second_run_changes_nothing(oslo, org, hf):
    edit(org, SUNNAAS_OBSERVER, "")
    edit(org, SSU_GP, "")
    assert hf("fix", "oslo", "--as-of", AS_OF).code == 0
    fixed = org.read_bytes()
    mtime = org.stat().st_mtime_ns

    again = hf("fix", "oslo", "--as-of", AS_OF, "--lang", "en")

    assert again.code == 0
    assert org.read_bytes() == fixed and org.stat().st_mtime_ns == mtime
    assert "nothing to fix" in again.out
    dry = hf("fix", "oslo", "--as-of", AS_OF, "--dry-run")
    assert dry.code == 0 and dry.out == ""


def test_dry_run_prints_the_exact_diff_and_writes_nothing(oslo, org, hf):
    edit(org, SUNNAAS_OBSERVER, "")
    before = org.read_bytes()
    mtime = org.stat().st_mtime_ns
    at = before.decode("utf-8").splitlines().index(OMBUD_OBSERVER.rstrip("\n")) + 1

    run = hf("fix", "oslo", "--as-of", AS_OF, "--dry-run", "--lang", "en")

    assert run.code == 0
    assert org.read_bytes() == before and org.stat().st_mtime_ns == mtime
    assert run.out == (
        "--- a/oslo/organisation.yaml\n"
        "+++ b/oslo/organisation.yaml\n"
        f"@@ -{at - 2},6 +{at - 2},7 @@\n"
        "       - {represents: ansatt, role: Ansatterepresentant, person: Ola Vik}\n"
        "     observers:\n"
        f" {OMBUD_OBSERVER}"
        f"+{SUNNAAS_OBSERVER}"
        " \n"
        "   lsu-ous:\n"
        "     name: Lokalt samarbeidsutvalg OUS\n"
    )
    assert f"oslo/organisation.yaml:{at + 1}: would fix OSLO-SSU-OBSERVERS" in run.err
    assert not list(oslo.glob(".*.tmp"))


def test_untouched_files_keep_their_mtime_and_mode(oslo, org, hf):
    edit(org, SUNNAAS_OBSERVER, "")
    os.chmod(org, 0o640)
    plans = sorted(oslo.glob("meeting-plan-*.yaml"))
    mtimes = {p: p.stat().st_mtime_ns for p in plans}

    assert hf("fix", "oslo", "--as-of", AS_OF).code == 0

    assert {p: p.stat().st_mtime_ns for p in plans} == mtimes
    assert stat.S_IMODE(org.stat().st_mode) == 0o640
    assert sorted(p.name for p in oslo.iterdir()) == sorted(
        ["organisation.yaml", *(p.name for p in plans)]
    )  # no temporary file left behind


def test_a_file_not_given_is_never_touched(oslo, org, hf, tmp_path):
    edit(org, SUNNAAS_OBSERVER, "")
    (tmp_path / ".hf-rules.yaml").write_text("documents: [oslo/organisation.yaml]\n", encoding="utf-8")
    before, mtime = org.read_bytes(), org.stat().st_mtime_ns

    run = hf("fix", "oslo/meeting-plan-ssu-2025-2026.yaml", "--as-of", AS_OF)

    assert run.code == 1  # the organisation came from the config: reported, not edited
    assert org.read_bytes() == before and org.stat().st_mtime_ns == mtime
    assert "OSLO-SSU-OBSERVERS" in run.out


def test_findings_without_a_mechanical_fix_remain_and_exit_1(oslo, org, hf):
    edit(
        org,
        "    meetings_per_year: 4\n    chair_rotation: [kommune, sykehus]\n",
        "    meetings_per_year: 2\n    chair_rotation: [kommune, sykehus]\n",
    )
    edit(org, SUNNAAS_OBSERVER, "")

    run = hf("fix", "oslo", "--as-of", AS_OF, "--lang", "en")

    assert run.code == 1
    assert "fixed OSLO-SSU-OBSERVERS" in run.out
    assert "error OSLO-SSU-DECLARED-FREQUENCY" in run.out
    assert "1 fixed in 1 file(s); 1 findings remain" in run.out
    assert "meetings_per_year: 2" in org.read_text(encoding="utf-8")


def test_a_waived_finding_is_not_fixed(oslo, org, hf):
    edit(org, SUNNAAS_OBSERVER, "")
    write_waiver(oslo)
    before = org.read_bytes()

    run = hf("fix", "oslo", "--as-of", AS_OF)

    assert run.code == 0 and org.read_bytes() == before


def test_bad_input_exits_2_with_the_checks_message_and_writes_nothing(oslo, org, hf):
    edit(org, SUNNAAS_OBSERVER, "")
    (oslo / "broken.yaml").write_text("apiVersion: hf-rules/v1\nkind: [\n", encoding="utf-8")
    before = org.read_bytes()

    run = hf("fix", "oslo", "--as-of", AS_OF)
    check = hf("check", "oslo", "--as-of", AS_OF, "--brief")

    assert run.code == check.code == 2
    assert (
        run.out.splitlines()[0]
        == check.out.splitlines()[0]
        == "oslo/broken.yaml:3:1: error: ugyldig YAML: forventet innholdet i noden, men fant '<stream end>'"
    )
    assert org.read_bytes() == before


def test_a_failed_write_leaves_the_document_intact(oslo, org, hf, monkeypatch):
    edit(org, SUNNAAS_OBSERVER, "")
    before = org.read_bytes()

    def refuse(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    run = hf("fix", "oslo", "--as-of", AS_OF)

    assert run.code == 2 and "kan ikke skrive oslo/organisation.yaml: ikke mer plass på enheten" in run.err
    assert org.read_bytes() == before
    assert sorted(p.name for p in oslo.iterdir() if p.name.startswith(".")) == []


def test_fix_needs_paths(hf):
    run = hf("fix")
    assert run.code == 2 and "oppgi filene eller mappene som skal rettes" in run.err


@pytest.mark.parametrize(
    ("before", "after", "ok"),
    [
        ("a\nb\n", "a\nx\nb\n", True),
        ("a\nb\n", "a\nc\n", False),
        ("k: [a]  # c\n", "k: [a, b]  # c\n", True),
        ("k: [a]  # c\n", "k: [a, b]  # changed\n", False),
        ("a\nb\n", "b\n", False),
        ("x: [a]\ny: [b]\n", "x: [a, c]\nz: 1\ny: [b, d]\n", True),
        ("x: [a]\n", "x: [a]x\n", False),
    ],
)
def test_only_additions(before, after, ok):
    assert only_additions(before, after) is ok


# --- Every bundled pack-test case: fix only adds, never makes a new finding, and is idempotent ---


def _cases() -> list:  # type: ignore[type-arg]
    from hf_rules.app.packtests import default_paths, discover, load_test_file, prepare

    paths, _ = discover(default_paths())
    return [case for path in paths for case in prepare(path, *load_test_file(path))]


FULLY_FIXABLE = {
    "ssu-without-observers",
    "ssu-without-sunnaas-observer",
    "ssu-without-gp",
    "ssu-without-employee",
    "lsu-without-gp",
    "pm-without-user",
    "national-lsu-without-user",
    "pm-assignments-missing",
    "ssu-input-missing",
    "lsu-input-missing",
    "ssu-ombud-member-not-observer",  # moved from members to observers (hf_rules.edit.move)
}
"""Seeded-defect cases whose every finding has a mechanical fix (checked when present)."""


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c.name)
def test_fix_on_every_pack_test_case(case, tmp_path, monkeypatch):
    import json

    from hf_rules.app.fix import run_fix
    from hf_rules.app.run import Settings, run_check

    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "case"
    folder.mkdir()
    for name, text in case.texts.items():
        (folder / name).write_text(text, encoding="utf-8")

    def settings(**extra: object) -> Settings:
        return Settings(
            paths=[str(folder)],
            rules=list(case.rules),
            use_config=False,
            as_of=case.as_of,
            fail_on=case.fail_on,
            **extra,
        )  # type: ignore[arg-type]

    def open_findings() -> set[tuple[str, str, str]]:
        output, _code = run_check(settings(output_format="json"))
        return {
            (f["rule"], f["subject"], f["fingerprint"]) for f in json.loads(output)["findings"] if f["status"] == "open"
        }

    before_texts = {name: (folder / name).read_text(encoding="utf-8") for name in case.texts}
    before = open_findings()
    out, err, code = run_fix(settings())
    assert code in (0, 1, 2), out + err
    after = open_findings()
    changed = [n for n in case.texts if (folder / n).read_text(encoding="utf-8") != before_texts[n]]
    for name in changed:
        new = (folder / name).read_text(encoding="utf-8")
        assert kept_every_line(before_texts[name], new), name  # so every comment is still there
    # A placeholder seat is a reminder to fill it in (HF-SEATS-FILLED, a warning), not a new defect.
    reminders = {f for f in after if f[0] == "HF-SEATS-FILLED"}
    old_reminders = {f for f in before if f[0] == "HF-SEATS-FILLED"}
    assert reminders >= old_reminders  # fix never writes a name in for a placeholder
    assert (reminders > old_reminders) == ("Ikke oppnevnt" in out), out  # only the seats it added
    after -= reminders
    before -= old_reminders
    assert after <= before, "fix made a new finding"
    assert bool(changed) == (after < before)
    if case.name in FULLY_FIXABLE:
        assert changed and after == set() and code == 0, out
    fixed = {n: (folder / n).read_bytes() for n in case.texts}
    run_fix(settings())
    assert {n: (folder / n).read_bytes() for n in case.texts} == fixed
