"""Effective dates: a changed agreement is a new dated value (or a rule with valid_from /
valid_to), and --as-of chooses what is in force."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from hf_rules.app.run import Settings, run_check
from hf_rules.core.errors import InputError, InputErrors
from hf_rules.rules.pack import load_packs
from tests.conftest import OSLO

PACK = """\
apiVersion: hf-rules/v1
kind: RulePack
metadata:
  id: dated-test
  version: 1.0.0
  name: {{nb: Datert, en: Dated}}
  extends: [oslo]
rules:
  - id: TEST-SSU-MEETINGS
    title: {{nb: Flere SSU-møter, en: More SSU meetings}}
    message: {{nb: "{{year}}: {{found}} av {{required}}", en: "{{year}}: {{found}} of {{required}}"}}
    hint: {{nb: Flere møter., en: More meetings.}}
    severity: error
    source: {{document: motefora-oslo, quote: Strategisk samarbeidsutvalg møtes minst fire ganger årlig.}}
    obligations: [O7]
    applies_to: {{kind: meeting_plan, type: [strategisk-samarbeidsutvalg]}}
{extra}    check:
      function: meeting_frequency
      options:
        use_declared: false
        min_per_year:
{dated}
"""
DATED = """\
          dated:
            - {value: 4, valid_to: 2025-12-31}
            - {value: 6, valid_from: 2026-01-01}
"""


def _findings(pack: Path, as_of: str) -> list[tuple[str, str, str]]:
    output, code = run_check(
        Settings(
            paths=[str(OSLO)],
            rules=[str(pack)],
            output_format="json",
            use_config=False,
            as_of=dt.date.fromisoformat(as_of),
        )
    )
    report = json.loads(output)
    assert code in (0, 1), output
    return [(f["rule"], f["subject"], f["message"]) for f in report["findings"]]


def _pack(tmp_path: Path, dated: str = DATED, extra: str = "") -> Path:
    path = tmp_path / "dated.yaml"
    path.write_text(PACK.format(dated=dated, extra=extra), encoding="utf-8")
    return path


def test_dated_value_in_force_on_the_as_of_date_is_the_one_applied(tmp_path: Path) -> None:
    pack = _pack(tmp_path)
    assert _findings(pack, "2025-06-01") == []  # four a year: the SSU plan has four in each year
    assert _findings(pack, "2026-06-01") == [  # six a year from 2026
        ("TEST-SSU-MEETINGS", "ssu-2025-2026", "2025: 4 av 6"),
        ("TEST-SSU-MEETINGS", "ssu-2025-2026", "2026: 4 av 6"),
    ]


def test_no_dated_value_in_force_means_the_rule_is_not_in_force(tmp_path: Path) -> None:
    pack = _pack(tmp_path, dated="          dated:\n            - {value: 6, valid_from: 2026-01-01}\n")
    assert _findings(pack, "2025-06-01") == []
    assert len(_findings(pack, "2026-06-01")) == 2
    report = json.loads(
        run_check(
            Settings(
                paths=[str(OSLO)], rules=[str(pack)], output_format="json", use_config=False, as_of=dt.date(2025, 6, 1)
            )
        )[0]
    )
    assert "TEST-SSU-MEETINGS" not in {r["id"] for r in report["rules"]}


def test_rule_valid_from_and_valid_to(tmp_path: Path) -> None:
    pack = _pack(tmp_path, dated="          6\n", extra="    valid_from: 2026-01-01\n    valid_to: 2026-12-31\n")
    assert _findings(pack, "2025-12-31") == []
    assert len(_findings(pack, "2026-01-01")) == 2
    assert _findings(pack, "2027-01-01") == []


@pytest.mark.parametrize(
    ("dated", "line", "column", "message"),
    [
        ("          dated:\n            - {value: four}\n", 23, 23, "must be a whole number"),
        (
            "          dated:\n            - {value: 4, valid_to: 2025-12-31}\n            - {value: 6, valid_from: 2025-06-01}\n",
            24,
            15,
            "dated values of 'min_per_year' overlap",
        ),
        ("          dated:\n            - {value: 4, until: 2025-12-31}\n", 23, 26, "unknown key 'until'"),
        (
            "          dated:\n            - {value: 4, valid_from: 2026-01-01, valid_to: 2025-01-01}\n",
            23,
            15,
            "valid_to is before valid_from",
        ),
    ],
)
def test_bad_dated_values_are_refused_at_their_line(
    tmp_path: Path, dated: str, line: int, column: int, message: str
) -> None:
    pack = _pack(tmp_path, dated=dated)
    with pytest.raises((InputError, InputErrors)) as info:
        load_packs([str(pack)])
    errors = info.value.errors if isinstance(info.value, InputErrors) else [info.value]
    assert len(errors) == 1, [e.line() for e in errors]  # said once, where it is
    assert any(e.location.line == line and e.location.column == column and message in e.message for e in errors), [
        e.line() for e in errors
    ]


def test_a_dated_value_meets_a_choice_of_keys() -> None:
    """``declared_frequency`` needs one of min, max and exactly; a dated ``exactly`` is one."""
    from hf_rules.rules.checks import registry
    from hf_rules.rules.dated import validate_options
    from hf_rules.yaml.loader import load_yaml_bytes

    text = b"options:\n  exactly:\n    dated:\n      - {value: 1, valid_to: 2025-12-31}\n      - {value: 2, valid_from: 2026-01-01}\n"
    doc = load_yaml_bytes(text, "pack.yaml")
    schema = registry()["declared_frequency"].OPTIONS
    assert validate_options(doc.data["options"], schema, doc, ("options",)) == []
    [problem] = validate_options({}, schema, doc, ("options",))
    assert "needs at least one of the keys: min, max, exactly" in problem.message


def test_a_dated_value_meets_a_choice_of_keys_inside_all_of() -> None:
    """``forum_count`` needs a bound and a forum criterion (an ``allOf`` of choices); a dated
    ``type`` is a criterion, and without any criterion the choice is still required."""
    from hf_rules.rules.checks import registry
    from hf_rules.rules.dated import validate_options
    from hf_rules.yaml.loader import load_yaml_bytes

    text = (
        b"options:\n  min: 1\n  label: {nb: fora, en: fora}\n  type:\n    dated:\n"
        b"      - {value: [samarbeidsforum], valid_to: 2024-12-31}\n"
        b"      - {value: [lokalt-samarbeidsutvalg], valid_from: 2025-01-01}\n"
    )
    doc = load_yaml_bytes(text, "pack.yaml")
    schema = registry()["forum_count"].OPTIONS
    assert validate_options(doc.data["options"], schema, doc, ("options",)) == []
    [problem] = validate_options({"min": 1, "label": {"nb": "f", "en": "f"}}, schema, doc, ("options",))
    assert "needs at least one of the keys: type, topic, priority_groups, time_limited" in problem.message
