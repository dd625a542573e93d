"""Every rule of the default packs fires on a minimal violating workspace, at the right line.

Each folder under ``fixtures/violations/`` is a workspace: copies of the ``fixtures/oslo``
documents that the case needs, with one seeded defect, and ``expected.yaml`` beside them::

    description: SSU without Sunnaas as observer
    rules: [oslo]            # optional, default [oslo]
    fail_on: warning         # optional, default: the tool's default (error)
    exit: 1
    findings:                # exactly the findings expected (file relative to the case folder)
      - {rule: OSLO-SSU-OBSERVERS, subject: strategisk-samarbeidsutvalg, file: organisation.yaml, line: 145}

The check is the real one (``run_check``, JSON report); the findings must equal the expected set,
nothing missing and nothing extra. A new rule without a case makes ``test_every_rule_has_a_case`` fail.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from hf_rules.app import DEFAULT_PACKS, Settings, run_check
from hf_rules.rulepack import load_packs

ROOT = Path(__file__).resolve().parent.parent
VIOLATIONS = ROOT / "fixtures" / "violations"
OSLO = ROOT / "fixtures" / "oslo"
AS_OF = dt.date(2026, 6, 1)  # fixed, so that rules with validity dates give the same answer every day

_CASE_KEYS = {"description", "rules", "fail_on", "exit", "findings"}
_REQUIRED_KEYS = {"description", "exit", "findings"}
_FINDING_KEYS = {"rule", "subject", "file", "line"}

Key = tuple[str, str, str, int]


def _cases() -> list[Path]:
    return sorted(p for p in VIOLATIONS.iterdir() if p.is_dir())


def _expected(case: Path) -> dict[str, Any]:
    """``expected.yaml`` of a case, its shape checked so that a typo cannot pass silently."""
    path = case / "expected.yaml"
    assert path.is_file(), f"{case.name}: no expected.yaml"
    data = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path}: expected a mapping"
    assert _REQUIRED_KEYS <= set(data) <= _CASE_KEYS, f"{path}: keys {sorted(data)}; allowed {sorted(_CASE_KEYS)}"
    assert isinstance(data["description"], str) and data["description"].strip(), f"{path}: empty description"
    assert data["exit"] in (0, 1, 2), f"{path}: exit must be 0, 1 or 2"
    findings = data["findings"] or []
    for finding in findings:
        assert isinstance(finding, dict) and set(finding) == _FINDING_KEYS, f"{path}: finding {finding}"
        assert isinstance(finding["line"], int) and finding["line"] >= 1, f"{path}: line of {finding}"
        assert (case / finding["file"]).is_file(), f"{path}: no file {finding['file']} in the case"
    keys = [_key(f["rule"], f["subject"], f["file"], f["line"]) for f in findings]
    assert len(keys) == len(set(keys)), f"{path}: a finding is listed twice"
    data["findings"] = findings
    return data


def _key(rule: str, subject: str, file: str, line: int) -> Key:
    return (rule, subject, file, line)


def _check(path: Path, rules: list[str], fail_on: str | None = None) -> tuple[int, dict[str, Any]]:
    settings = Settings(paths=[str(path)], rules=list(rules), fail_on=fail_on, output_format="json",
                        use_config=False, as_of=AS_OF)
    output, code = run_check(settings)
    return code, json.loads(output)


def _relative(file: str, base: Path) -> str:
    """A report path (as given: relative to the working directory, or absolute) relative to ``base``."""
    return Path(os.path.relpath(os.path.realpath(file), os.path.realpath(base))).as_posix()


def _show(keys: set[Key]) -> str:
    return "".join(f"\n    {{rule: {r}, subject: {s}, file: {f}, line: {n}}}" for r, s, f, n in sorted(keys))


@pytest.mark.parametrize("case", _cases(), ids=lambda p: p.name)
def test_violation_case(case: Path) -> None:
    expected = _expected(case)
    code, report = _check(case, expected.get("rules") or list(DEFAULT_PACKS), expected.get("fail_on"))
    assert report["input_problems"] == [], f"{case.name}: the workspace is not valid input"
    got = {_key(f["rule"], f["subject"], _relative(f["file"], case), f["line"]) for f in report["findings"]}
    want = {_key(f["rule"], f["subject"], f["file"], f["line"]) for f in expected["findings"]}
    assert got == want, (
        f"{case.name}: findings differ from expected.yaml"
        f"\n  missing:{_show(want - got) or ' -'}\n  extra:{_show(got - want) or ' -'}"
    )
    assert code == expected["exit"], f"{case.name}: exit code {code}, expected {expected['exit']}"


def test_every_rule_has_a_case() -> None:
    """Every rule of the default packs is expected to fire in at least one case run with them."""
    covered = {
        f["rule"]
        for case in _cases()
        if (data := _expected(case)).get("rules") in (None, list(DEFAULT_PACKS))
        for f in data["findings"]
    }
    rules = {loaded.rule.id for loaded in load_packs(list(DEFAULT_PACKS)).rules}
    assert rules, "the default packs have no rules"
    missing = sorted(rules - covered)
    assert not missing, f"rules without a case in fixtures/violations/: {', '.join(missing)}"


def test_reference_example_is_compliant() -> None:
    code, report = _check(OSLO, list(DEFAULT_PACKS))
    assert report["input_problems"] == []
    assert report["findings"] == []
    assert code == 0
