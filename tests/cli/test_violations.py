"""Every rule has a seeded-defect case whose exact findings (rule, subject, file, line) are
written beside it, discovered automatically: the bundled pack-test cases under ``rules/tests/``
(copies of the Oslo example with one defect each, by line edits). Each case is a test of its
own here, so a failure names the case and shows what was missing and what was unexpected."""

from __future__ import annotations

import pytest

from hf_rules.app.packtests import PreparedCase, default_paths, discover, load_test_file, prepare, run_case


def _cases() -> list[PreparedCase]:
    files, problems = discover(default_paths())
    assert files and not problems, problems
    return [case for path in files for case in prepare(path, *load_test_file(path))]


CASES = _cases()


@pytest.mark.parametrize("case", CASES, ids=[f"{c.rules[0] if c.rules else ''}:{c.name}" for c in CASES])
def test_seeded_defect_gives_exactly_its_findings(case: PreparedCase) -> None:
    result = run_case(case)
    assert result.passed, f"{case.file}: {case.name}\n" + "\n".join(result.details)


def test_every_expected_finding_names_its_file_and_line() -> None:
    """The cases pin the line a user is pointed at, not only the rule and subject."""
    loose = [
        (c.name, e.rule)
        for c in CASES
        if c.expect and c.expect.findings
        for e in c.expect.findings
        if e.file is None or e.line is None
    ]
    assert not loose, loose


def test_there_are_many_cases() -> None:
    assert len(CASES) >= 80
