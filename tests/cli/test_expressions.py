"""``expression`` rules (CEL) end to end: findings on the Oslo example, message expressions,
variables, for_each, and every way an expression can be wrong (exit 2, one located line)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import AS_OF, Run, edit
from tests.expression_support import option_position, rule_text, write_pack
from tests.support import ROOT

GP = "forum.members.exists(s, s.represents == 'fastlege')"
SAMARBEIDSFORA = {
    "samarbeidsforum-somatikk-ous": "Samarbeidsforum somatikk (OUS-sektor)",
    "samarbeidsforum-psykisk-helse-ous": "Samarbeidsforum psykisk helse og avhengighet (OUS-sektor)",
    "samarbeidsforum-barn-og-unge-ous": "Samarbeidsforum barn og unge (OUS-sektor)",
}
"""The fora of the Oslo example without a GP seat, and their names."""


def _check(hf: Callable[..., Run], pack: Path, *extra: str) -> tuple[Run, dict[str, Any] | None]:
    run = hf("check", "oslo", "--rules", str(pack), "--as-of", AS_OF, "--format", "json", "--lang", "en", *extra)
    return run, json.loads(run.out) if run.out.strip() else None


def _line_of_key(org: Path, key: str) -> int:
    return org.read_text(encoding="utf-8").splitlines().index(key) + 1


def _found(report: dict[str, Any], rule: str) -> list[tuple[str, str, int]]:
    return sorted((f["subject"], f["message"], f["line"]) for f in report["findings"] if f["rule"] == rule)


def _forum_ids(org: Path) -> list[str]:
    """The samarbeidsforum ids of the example, read off the file (they have no GP seat)."""
    lines = org.read_text(encoding="utf-8").splitlines()
    return [
        lines[i - 2].strip().rstrip(":")
        for i, line in enumerate(lines)
        if line.strip() == "type: samarbeidsforum" and lines[i - 2].startswith("  ") and i >= 2
    ]


def test_an_expression_that_holds_gives_no_finding(oslo: Path, hf: Callable[..., Run]) -> None:
    pack = write_pack(
        oslo.parent,
        rule_text("EXPR-GP", {"expression": GP}, types=["strategisk-samarbeidsutvalg", "partnerskapsmote"]),
    )
    run, report = _check(hf, pack)
    assert run.code == 0, run.both
    assert report is not None and _found(report, "EXPR-GP") == []
    assert {e["subject"] for e in report["evaluations"] if e["rule"] == "EXPR-GP"} == {
        "strategisk-samarbeidsutvalg",
        "partnerskapsmote",
    }


def test_an_expression_that_fails_is_a_finding_at_the_subject(oslo: Path, hf: Callable[..., Run]) -> None:
    org = oslo / "organisation.yaml"
    pack = write_pack(
        oslo.parent,
        rule_text(
            "EXPR-GP",
            {"expression": GP, "message_expression": "string(forum.members.size()) + ' medlemmer'"},
            types=["samarbeidsforum", "strategisk-samarbeidsutvalg"],
        ),
    )
    run, report = _check(hf, pack)
    assert run.code == 1, run.both
    assert report is not None
    assert _found(report, "EXPR-GP") == sorted(
        (fid, f"{name}: 3 medlemmer", _line_of_key(org, f"  {fid}:")) for fid, name in SAMARBEIDSFORA.items()
    )
    # a GP seat added to one of them: that finding goes, the others stay
    text = org.read_text(encoding="utf-8")
    start = text.index("  samarbeidsforum-barn-og-unge-ous:")
    members = text.index("    members:\n", start) + len("    members:\n")
    org.write_text(
        text[:members] + "      - {represents: fastlege, role: Fastlege}\n" + text[members:], encoding="utf-8"
    )
    run, report = _check(hf, pack)
    assert report is not None
    assert [f[0] for f in _found(report, "EXPR-GP")] == sorted(SAMARBEIDSFORA)[1:]


def test_an_expression_sees_the_date_it_is_evaluated_as_of(oslo: Path, hf: Callable[..., Run]) -> None:
    """`subject.as_of`: a term of office that has run out on that date, say (2026 and later here)."""
    pack = write_pack(
        oslo.parent,
        rule_text("EXPR-AS-OF", {"expression": "subject.as_of < '2026-01-01'"}, types=["partnerskapsmote"]),
    )
    run, report = _check(hf, pack)  # as of 2025-06-01
    assert run.code == 0 and report is not None and _found(report, "EXPR-AS-OF") == [], run.both
    run, report = _check(hf, pack, "--as-of", "2026-06-01")
    assert run.code == 1 and report is not None
    assert [f[0] for f in _found(report, "EXPR-AS-OF")] == ["partnerskapsmote"]


def test_the_samarbeidsfora_of_the_example_are_those_the_test_names(oslo: Path) -> None:
    assert sorted(_forum_ids(oslo / "organisation.yaml")) == sorted(SAMARBEIDSFORA)
    for fid in SAMARBEIDSFORA:
        block = (oslo / "organisation.yaml").read_text(encoding="utf-8").split(f"  {fid}:\n")[1].split("\n  s")[0]
        assert "fastlege" not in block and "    name: " + SAMARBEIDSFORA[fid] in block


def test_for_each_seat_points_at_the_seat_and_fills_item(oslo: Path, hf: Callable[..., Run]) -> None:
    org = oslo / "organisation.yaml"
    pack = write_pack(
        oslo.parent,
        rule_text(
            "EXPR-DIRECTOR-DEPUTY",
            {
                "for_each": "members",
                "variables": {"hospital": "seat.party != null && organisation.parties[seat.party].side == 'sykehus'"},
                "expression": "!(variables.hospital && seat.role == 'Direktør') || seat.deputy != null",
            },
            types=["strategisk-samarbeidsutvalg"],
            message=("{item} mangler vara", "{item} lacks a deputy"),
            severity="warning",
        ),
    )
    run, report = _check(hf, pack, "--lang", "en")
    assert run.code == 0, run.both  # warnings only
    assert report is not None
    expected = []
    for party in ("ous", "ahus", "lovisenberg", "diakonhjemmet"):
        seat = f"      - {{party: {party}, role: Direktør, level: direktor}}"
        lines = org.read_text(encoding="utf-8").splitlines()
        ssu = lines.index("  strategisk-samarbeidsutvalg:")
        expected.append(
            ("strategisk-samarbeidsutvalg", f"{party} (Direktør, direktor) lacks a deputy", lines.index(seat, ssu) + 1)
        )
    assert _found(report, "EXPR-DIRECTOR-DEPUTY") == sorted(expected)


def test_message_expression_per_language(oslo: Path, hf: Callable[..., Run]) -> None:
    pack = write_pack(
        oslo.parent,
        rule_text(
            "EXPR-SIZE",
            {
                "expression": "forum.members.size() > 20",
                "message_expression": {
                    "nb": "'har ' + string(forum.members.size()) + ' medlemmer'",
                    "en": "'has ' + string(forum.members.size()) + ' members'",
                },
            },
            types=["partnerskapsmote"],
            message=("{subject_name} {detail}", "{subject_name} {detail}"),
        ),
    )
    for lang, text in (("nb", "Partnerskapsmøtet har 9 medlemmer"), ("en", "Partnerskapsmøtet has 9 members")):
        _, report = _check(hf, pack, "--lang", lang)
        assert report is not None and [f[1] for f in _found(report, "EXPR-SIZE")] == [text]


def test_meeting_plan_and_party_subjects(oslo: Path, hf: Callable[..., Run]) -> None:
    org = oslo / "organisation.yaml"
    plan = oslo / "meeting-plan-ssu-2025-2026.yaml"
    pack = write_pack(
        oslo.parent,
        rule_text(
            "EXPR-PLAN",
            {
                "for_each": "chair_periods",
                "expression": "period.party != 'ous' || plan.meetings.exists(m, m.date >= period.from)",
                "message_expression": "period.from + ' ' + forum.id",
            },
            kind="meeting_plan",
        ),
        rule_text(
            "EXPR-PARTY",
            {"expression": "party.type != 'bydel' || party.sector != null", "message_expression": "party.id"},
            kind="party",
        ),
    )
    run, report = _check(hf, pack)
    assert report is not None, run.both
    assert _found(report, "EXPR-PLAN") == []  # the SSU meets while OUS chairs (2026)
    assert _found(report, "EXPR-PARTY") == []  # every bydel of the example has a sector
    edit(
        org,
        "    name: Bydel Frogner\n    type: bydel\n    side: kommune\n    part_of: oslo-kommune\n    sector: diakonhjemmet\n",
        "    name: Bydel Frogner\n    type: bydel\n    side: kommune\n    part_of: oslo-kommune\n",
    )
    edit(plan, "  - {date: 2026-02-11}\n  - {date: 2026-05-13}\n  - {date: 2026-09-09}\n  - {date: 2026-11-25}\n", "")
    run, report = _check(hf, pack)
    assert report is not None, run.both
    period_line = (
        plan.read_text(encoding="utf-8").splitlines().index("  - {from: 2026-01-01, to: 2026-12-31, party: ous}") + 1
    )
    assert _found(report, "EXPR-PLAN") == [
        ("ssu-2025-2026", "Strategisk samarbeidsutvalg: 2026-01-01 strategisk-samarbeidsutvalg", period_line)
    ]
    assert _found(report, "EXPR-PARTY") == [
        ("bydel-frogner", "Bydel Frogner: bydel-frogner", _line_of_key(org, "  bydel-frogner:"))
    ]


# -- errors: one located line, exit 2 -------------------------------------------------------------


def _error(hf: Callable[..., Run], pack: Path) -> str:
    run = hf("check", "oslo", "--rules", str(pack), "--as-of", AS_OF, "--lang", "en")
    assert run.code == 2, run.both
    lines = [line for line in run.both.splitlines() if ": error: " in line]
    assert len(lines) == 1, run.both
    assert "Traceback" not in run.both
    return lines[0]


@pytest.mark.parametrize(
    ("options", "key", "message"),
    [
        (
            {"expression": "forum.members.size( >= 1"},
            "expression",
            "rule EXPR-BAD: expression does not compile: at 1:21 of the expression: syntax error: '>=' is extraneous; "
            "expected: '[', '{', '(', ')', '.', '-', '!', 'true', 'false', 'null', NUM_FLOAT, NUM_INT, NUM_UINT, STRING, "
            "BYTES, IDENTIFIER",
        ),
        (
            {"expression": "members.size() >= 1"},
            "expression",
            "rule EXPR-BAD: expression does not compile: at 1:1 of the expression: unknown name 'members': neither a "
            "variable the rule binds (forum, organisation, subject) nor a CEL function",
        ),
        (
            {"expression": "seat.role == 'Direktør'"},
            "expression",
            "rule EXPR-BAD: expression does not compile: at 1:5 of the expression: unknown name 'seat.role': neither a "
            "variable the rule binds (forum, organisation, subject) nor a CEL function",
        ),
        (
            {"expression": "forum.members.size()"},
            "expression",
            "rule EXPR-BAD: expression gives int; it must give a bool (true when the rule is met)",
        ),
        (
            {"expression": "variables.gp.size() > 0", "variables": {"gps": GP}},
            "expression",
            "rule EXPR-BAD: expression: at 1:11 of the expression: no variable 'gp'; defined before it: gps",
        ),
        (
            {"expression": "true", "variables": {"a": "variables.b", "b": "1"}},
            "variables",
            "rule EXPR-BAD: variable 'a': at 1:11 of the expression: no variable 'b'; defined before it: none",
        ),
        (
            {"expression": GP, "message_expression": "forum.members.size() > 1"},
            "message_expression",
            "rule EXPR-BAD: message_expression gives bool; it must give a string",
        ),
        (
            {"expression": GP, "for_each": "chair_periods"},
            "for_each",
            "rule EXPR-BAD: for_each: chair_periods applies to a meeting_plan rule, not a forum rule",
        ),
        (
            {"expression": "[1].all(a, [1].all(b, [1].all(c, [1].all(d, true))))"},
            "expression",
            "rule EXPR-BAD: expression does not compile: at 1:41 of the expression: comprehensions "
            "(all, exists, exists_one, map, filter) are nested 4 deep; at most 3 are allowed",
        ),
        (
            {"expression": "size(" + "+".join(["forum.name"] * 30) + ") > 0"},
            "expression",
            "rule EXPR-BAD: expression does not compile: the expression has 29 '+' operators; at most 24 are allowed",
        ),
    ],
    ids=[
        "syntax",
        "unknown-name",
        "seat-without-for-each",
        "not-bool",
        "unknown-variable",
        "later-variable",
        "message-not-string",
        "for-each-kind",
        "nested-comprehensions",
        "too-many-plus",
    ],
)
def test_a_bad_expression_is_a_located_pack_error(
    oslo: Path, hf: Callable[..., Run], options: dict[str, Any], key: str, message: str
) -> None:
    pack = write_pack(oslo.parent, rule_text("EXPR-BAD", options, types=["partnerskapsmote"]))
    line, column = option_position(pack, "EXPR-BAD", key)
    if key == "variables":
        column += 1  # the value of the first variable, inside the flow mapping: {"a": …
        column += len('"a": ')
    assert _error(hf, pack).startswith(f"{pack}:{line}:{column}: error: {message}")


def test_message_expression_needs_a_detail_placeholder(oslo: Path, hf: Callable[..., Run]) -> None:
    pack = write_pack(
        oslo.parent,
        rule_text("EXPR-BAD", {"expression": GP, "message_expression": "'x'"}, message=("nb", "en")),
    )
    line, column = option_position(pack, "EXPR-BAD", "message_expression")
    assert _error(hf, pack) == (
        f"{pack}:{line}:{column}: error: rule EXPR-BAD: message_expression is given, but the rule's message has no {{detail}}"
    )


@pytest.mark.parametrize(
    ("options", "message", "expected"),
    [
        ({"expression": GP}, ("{detail}", "{detail}"), "{detail} is filled by message_expression, which is not given"),
        ({"expression": GP}, ("{item}", "{item}"), "{item} names the for_each element, but for_each is not given"),
    ],
    ids=["detail", "item"],
)
def test_placeholders_the_options_do_not_fill(
    oslo: Path, hf: Callable[..., Run], options: dict[str, Any], message: tuple[str, str], expected: str
) -> None:
    pack = write_pack(oslo.parent, rule_text("EXPR-BAD", options, message=message))
    run = hf("check", "oslo", "--rules", str(pack), "--as-of", AS_OF, "--lang", "en")
    assert run.code == 2
    lines = pack.read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(lines, start=1) if text.startswith("    message: "))
    nb = lines[line - 1].index('"') + 1
    en = lines[line - 1].index('"', lines[line - 1].index("en: ")) + 1
    assert [x for x in run.both.splitlines() if ": error: " in x] == [
        f"{pack}:{line}:{nb}: error: rule EXPR-BAD: {expected}",
        f"{pack}:{line}:{en}: error: rule EXPR-BAD: {expected}",
    ]


def test_an_expression_longer_than_the_limit_is_refused_by_the_schema(oslo: Path, hf: Callable[..., Run]) -> None:
    pack = write_pack(oslo.parent, rule_text("EXPR-BAD", {"expression": "true && " * 130 + "true"}))
    line, column = option_position(pack, "EXPR-BAD", "expression")
    found = _error(hf, pack)
    assert found.startswith(
        f"{pack}:{line}:{column}: error: rule EXPR-BAD: rules[0].check.options.expression: 'true && "
    )
    assert found.endswith("' is too long")


@pytest.mark.parametrize(
    ("options", "key", "message"),
    [
        (
            {"expression": "organisation.parties['oslo'].side == 'kommune'"},
            "expression",
            'rule EXPR-RUN: expression fails: no key "oslo" in the map (an id that is not there? ask first with '
            "`\"oslo\" in …`) (on forum 'partnerskapsmote', oslo/organisation.yaml:{line})",
        ),
        (
            {"expression": "forum.name"},
            "expression",
            "rule EXPR-RUN: expression gives string, not a bool (true when the rule is met) "
            "(on forum 'partnerskapsmote', oslo/organisation.yaml:{line})",
        ),
        (
            {"expression": "forum.members[0].role == forum.observers[0].role"},
            "expression",
            "rule EXPR-RUN: expression fails: index 0 is outside a list of size 0 (on forum 'partnerskapsmote', "
            "oslo/organisation.yaml:{line})",
        ),
        (
            {"expression": "forum.members.size() / (forum.members.size() - 9) > 0"},
            "expression",
            "rule EXPR-RUN: expression fails: division by zero (on forum 'partnerskapsmote', oslo/organisation.yaml:{line})",
        ),
        (
            {"expression": "variables.n > 0", "variables": {"n": "forum.meetings_per_year + forum.name"}},
            "variables",
            "rule EXPR-RUN: variable 'n' fails: no overload of '_+_' takes arguments of the types (int64, string) "
            "(on forum 'partnerskapsmote', oslo/organisation.yaml:{line})",
        ),
        (
            {
                "expression": "variables.t < timestamp('2026-01-01T00:00:00Z')",
                "variables": {"t": "timestamp('2025-01-01T00:00:00Z')"},
            },
            "variables",
            "rule EXPR-RUN: the value of variable 't' holds a timestamp, which cannot be passed on to another "
            "expression; give string(…) of it, or compare it inside this variable "
            "(on forum 'partnerskapsmote', oslo/organisation.yaml:{line})",
        ),
    ],
    ids=["missing-key", "not-bool-at-run-time", "index", "divide-by-zero", "variable-type", "variable-timestamp"],
)
def test_an_expression_that_fails_on_a_subject_is_a_located_pack_error(
    oslo: Path, hf: Callable[..., Run], options: dict[str, Any], key: str, message: str
) -> None:
    pack = write_pack(oslo.parent, rule_text("EXPR-RUN", options, types=["partnerskapsmote"]))
    line, column = option_position(pack, "EXPR-RUN", key)
    forum_line = _line_of_key(oslo / "organisation.yaml", "  partnerskapsmote:")
    assert _error(hf, pack) == f"{pack}:{line}:{column}: error: {message.format(line=forum_line)}"


def test_the_error_is_in_every_output_format(oslo: Path, hf: Callable[..., Run]) -> None:
    pack = write_pack(oslo.parent, rule_text("EXPR-RUN", {"expression": "organisation.parties['oslo'] == null"}))
    run, report = _check(hf, pack)
    assert run.code == 2
    assert report is not None and report["verdict"] == "invalid-input"
    [problem] = report["input_problems"]
    assert problem["file"] == str(pack) and "rule EXPR-RUN: expression fails" in problem["message"]
    # the organisation it failed on is not wholly checked, not «compliant» (round 31 Telemark)
    statuses = {f["path"]: (f["status"], f["reason"]) for f in report["files"]}
    assert statuses["oslo/organisation.yaml"] == (
        "not-checked",
        "not wholly checked: the rule EXPR-RUN could not be run on it",
    )
    assert statuses["oslo/meeting-plan-partnerskapsmote.yaml"][0] == "compliant"


# -- cost ------------------------------------------------------------------------------------------

HUNDRED = "[" + ",".join(str(i) for i in range(100)) + "]"


@pytest.mark.parametrize(
    ("options", "key", "part"),
    [
        (
            {"expression": f"{HUNDRED}.all(x, {HUNDRED}.all(y, {HUNDRED}.all(z, x + y + z >= 0)))"},
            "expression",
            "expression fails: more than 10000 comprehension iterations in one evaluation (CEL's budget)",
        ),
        (
            {
                "expression": "variables.d.size() > 0",
                "variables": {
                    "a": json.dumps("a" * 900).replace('"', "'"),
                    "b": "+".join(["variables.a"] * 24),
                    "c": "+".join(["variables.b"] * 24),
                    "d": "+".join(["variables.c"] * 24),
                },
            },
            "variables",
            "the value of variable 'd' is too large (more than 200000 values or 2000000 characters)",
        ),
    ],
    ids=["nested-comprehensions-over-big-lists", "string-growth-through-variables"],
)
def test_an_adversarial_expression_ends_with_a_located_error(
    oslo: Path, hf: Callable[..., Run], options: dict[str, Any], key: str, part: str
) -> None:
    pack = write_pack(oslo.parent, rule_text("EXPR-COST", options, types=["partnerskapsmote"]))
    line, column = option_position(pack, "EXPR-COST", key)
    found = _error(hf, pack)
    assert found.startswith(f"{pack}:{line}:{column}: error: rule EXPR-COST: {part} (on forum 'partnerskapsmote'")


def test_string_growth_in_one_expression_is_stopped_when_the_pack_loads(oslo: Path, hf: Callable[..., Run]) -> None:
    """Repeating a string through nested comprehensions is bounded by the nesting and '+' limits."""
    levels = "['" + "a" * 10 + "'].map(a, [a+a+a+a+a+a].map(b, [b+b+b+b+b+b].map(c, [c+c+c+c+c+c].map(d, d+d))))"
    pack = write_pack(oslo.parent, rule_text("EXPR-COST", {"expression": f"{levels}.size() > 0"}))
    assert "are nested 4 deep; at most 3 are allowed" in _error(hf, pack)


# -- the library: imported only when a pack uses an expression --------------------------------------


def _modules_after_check(folder: Path, *rules: str) -> str:
    script = textwrap.dedent(
        f"""
        import sys
        from hf_rules.cli import main
        sys.argv = ["hf-rules", "check", "oslo", "--as-of", "{AS_OF}", *{list(rules)!r}]
        try:
            main()
        except SystemExit as done:
            print("exit", done.code)
        print("cel_expr_python" in sys.modules)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=folder, capture_output=True, text=True, check=False, timeout=120
    )
    return result.stdout.strip().splitlines()[-2] + " " + result.stdout.strip().splitlines()[-1]


def test_packs_without_expressions_never_import_the_cel_library(oslo: Path) -> None:
    assert _modules_after_check(oslo.parent) == "exit 0 False"


def test_a_pack_with_an_expression_imports_it(oslo: Path) -> None:
    pack = write_pack(oslo.parent, rule_text("EXPR-GP", {"expression": GP}, types=["partnerskapsmote"]))
    assert _modules_after_check(oslo.parent, "--rules", str(pack)) == "exit 0 True"


def test_without_the_library_an_expression_is_a_located_error(
    oslo: Path, hf: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    from hf_rules.rules import cel

    monkeypatch.setitem(sys.modules, "cel_expr_python", None)  # import fails as if not installed
    monkeypatch.setattr(cel, "_PROGRAMS", {})
    monkeypatch.setattr(cel, "_ENVIRONMENTS", {})
    pack = write_pack(oslo.parent, rule_text("EXPR-GP", {"expression": GP}, types=["partnerskapsmote"]))
    line, column = option_position(pack, "EXPR-GP", "expression")
    assert _error(hf, pack) == (
        f"{pack}:{line}:{column}: error: rule EXPR-GP: this pack uses an expression, which needs the CEL "
        "library: pip install 'hf-rules[cel]' (cel-expr-python)"
    )


# -- hf-rules test ----------------------------------------------------------------------------------


def test_a_pack_test_case_with_an_expression(oslo: Path, hf: Callable[..., Run]) -> None:
    org = oslo / "organisation.yaml"
    pack = write_pack(
        oslo.parent,
        rule_text("EXPR-GP", {"expression": GP}, types=["strategisk-samarbeidsutvalg", "partnerskapsmote"]),
    )
    lines = org.read_text(encoding="utf-8").splitlines()
    line = _line_of_key(org, "  strategisk-samarbeidsutvalg:")
    members = lines.index("    members:", line) + 1  # where the bundled OSLO-SSU-GP points
    tests = oslo.parent / "expr-tests.yaml"
    tests.write_text(
        textwrap.dedent(
            f"""\
            apiVersion: hf-rules/v1
            kind: PackTest
            metadata: {{id: expr, pack: oslo}}
            cases:
              - name: ssu-without-gp
                rules: [{pack.name}]
                as_of: {AS_OF}
                files:
                  organisation.yaml:
                    from: oslo/organisation.yaml
                    edits:
                      - at: "{{represents: fastlege, role: Fastlegerepresentant, person: Nora Lie, deputy: Jonas Bakke}}"
                        delete: 1
                expect:
                  findings:
                    - {{rule: EXPR-GP, subject: strategisk-samarbeidsutvalg, file: organisation.yaml, line: {line}}}
                    - {{rule: OSLO-SSU-GP, subject: strategisk-samarbeidsutvalg, file: organisation.yaml, line: {members}}}
                  exit: 1
            """
        ),
        encoding="utf-8",
    )
    run = hf("test", str(tests), "--lang", "en")
    assert run.code == 0, run.both
    assert run.out.splitlines()[-1] == "1 passed, 0 failed"


# -- the examples of docs/expressions.md ----------------------------------------------------------

EXAMPLES = ROOT / "docs" / "examples" / "expressions.yaml"


def _example_findings(hf: Callable[..., Run], *extra: str) -> list[tuple[str, str, str, int]]:
    run = hf("check", "oslo", "--rules", str(EXAMPLES), "--as-of", AS_OF, "--format", "json", "--lang", "en", *extra)
    assert run.code in (0, 1), run.both
    report = json.loads(run.out)
    return sorted(
        (f["rule"], f["subject"], f["message"], f["line"]) for f in report["findings"] if f["rule"].startswith("X-")
    )


def test_the_documented_examples_on_the_oslo_example(oslo: Path, hf: Callable[..., Run]) -> None:
    org = oslo / "organisation.yaml"
    lsus = {
        "lsu-ous": "Lokalt samarbeidsutvalg OUS",
        "lsu-ahus": "Lokalt samarbeidsutvalg Ahus",
        "lsu-lovisenberg": "Lokalt samarbeidsutvalg Lovisenberg",
        "lsu-diakonhjemmet": "Lokalt samarbeidsutvalg Diakonhjemmet",
    }

    def kommuneoverlege() -> list[tuple[str, str, str, int]]:
        return sorted(
            (
                "X-LSU-KOMMUNEOVERLEGE",
                fid,
                f"{name} has no municipal chief medical officer among its members",
                _line_of_key(org, f"  {fid}:"),
            )
            for fid, name in lsus.items()
        )

    assert _example_findings(hf) == kommuneoverlege()
    # 1. the partnership meeting without the municipality's two seats: the kommune side shares none
    edit(org, "      - {party: byradsavdeling-helse, role: Byråd for helse, level: politisk}\n", "")
    edit(org, "      - {party: oslo-kommune, role: Kommunaldirektør, level: direktor}\n", "")
    # 2. four meetings of the partnership meeting in 2026
    plan = oslo / "meeting-plan-partnerskapsmote.yaml"
    edit(plan, "  - {date: 2026-03-17}\n", "  - {date: 2026-03-17}\n  - {date: 2026-06-16}\n  - {date: 2026-10-20}\n")
    lines = plan.read_text(encoding="utf-8").splitlines()
    meetings = [
        (
            "X-PARTNERSHIP-AT-MOST-TWICE",
            "partnerskapsmote-2024-2027",
            f"The meeting on {day} is one of more than two in 2026",
            lines.index(f"  - {{date: {day}}}") + 1,
        )
        for day in ("2026-03-17", "2026-06-16", "2026-10-20")
    ]
    shared = (
        "X-SSU-SHARED-PARTIES",
        "strategisk-samarbeidsutvalg",
        "Strategisk samarbeidsutvalg: no party of the kommune side also sits in the partnership meeting",
        _line_of_key(org, "  strategisk-samarbeidsutvalg:"),
    )
    found = _example_findings(hf)
    assert found == sorted([*kommuneoverlege(), *meetings, shared])
    nb = hf("check", "oslo", "--rules", str(EXAMPLES), "--as-of", AS_OF)
    assert "Strategisk samarbeidsutvalg: ingen part på kommunesiden sitter også i partnerskapsmøtet" in nb.out


def test_the_documented_examples_are_those_of_the_page() -> None:
    """docs/expressions.md quotes the example pack's expressions; they must not drift apart."""
    page = (ROOT / "docs" / "expressions.md").read_text(encoding="utf-8")
    pack = EXAMPLES.read_text(encoding="utf-8")
    for needle in (
        "organisation.fora.filter(id, organisation.fora[id].type == 'partnerskapsmote')",
        "expression: \"['kommune', 'sykehus'].all(side, side in variables.shared_sides)\"",
        "year: \"string(timestamp(meeting.date + 'T00:00:00Z').getFullYear())\"",
        "expression: \"plan.meetings.filter(m, m.date.startsWith(variables.year + '-')).size() <= 2\"",
        "expression: \"forum.members.exists(s, s.role != null && s.role.matches('(?i)kommuneoverlege'))\"",
    ):
        assert needle in page and needle in pack, needle


def test_every_dated_value_of_an_expression_is_compiled(oslo: Path, hf: Callable[..., Run]) -> None:
    dated = {
        "dated": [
            {"value": GP, "valid_to": "2025-12-31"},
            {"value": "forum.members.exists(s, s.represents == 'fastlege'", "valid_from": "2026-01-01"},
        ]
    }
    pack = write_pack(oslo.parent, rule_text("EXPR-DATED", {"expression": dated}, types=["partnerskapsmote"]))
    line, _ = option_position(pack, "EXPR-DATED", "expression")
    text = pack.read_text(encoding="utf-8").splitlines()[line - 1]
    column = text.index("\"forum.members.exists(s, s.represents == 'fastlege'\",") + 1
    assert _error(hf, pack) == (
        f"{pack}:{line}:{column}: error: rule EXPR-DATED: expression does not compile: at 1:51 of the "
        "expression: syntax error: missing ')' (at end of the expression)"
    )


# -- fields: every field an expression reads is checked when the pack loads ----------------------


def _fields_of(model: Any, *added: str) -> list[str]:
    """The keys CEL sees on a document object: its model's fields (by alias), ``id`` first and the
    keys the expression check adds (docs/expressions.md "What an expression sees")."""
    return ["id", *(info.alias or name for name, info in model.model_fields.items()), *added]


def _unknown_field(line: str, prefix: str, model_fields: list[str]) -> None:
    """``line`` is ``prefix`` followed by the model's fields, in order."""
    assert line.startswith(prefix), line
    assert line[len(prefix) :].split(", ") == list(dict.fromkeys(model_fields))


@pytest.mark.parametrize(
    ("kind", "options", "key", "message", "model"),
    [
        (
            "forum",
            {"expression": "forum.mandat.size() > 0"},
            "expression",
            "expression: at 1:7 of the expression: Forum has no field 'mandat' (did you mean 'mandate'?)",
            "Forum",
        ),
        (
            "meeting_plan",
            {"expression": "plan.meetings.all(m, m.locaton != null)"},
            "expression",
            "expression: at 1:24 of the expression: Meeting has no field 'locaton' (did you mean 'location'?)",
            "Meeting",
        ),
        (
            "meeting_plan",
            {"expression": "meeting.locaton != ''", "for_each": "meetings"},
            "expression",
            "expression: at 1:9 of the expression: Meeting has no field 'locaton' (did you mean 'location'?)",
            "Meeting",
        ),
        (
            "forum",
            {"expression": "forum.members.exists(s, has(s.term.form))"},
            "expression",
            "expression: at 1:36 of the expression: SeatTerm has no field 'form' (did you mean 'from'?)",
            "SeatTerm",
        ),
        (
            "forum",
            {"expression": "organisation.parties['oslo-kommune'].sid == 'kommune'"},
            "expression",
            "expression: at 1:38 of the expression: Party has no field 'sid' (did you mean 'side'?)",
            "Party",
        ),
        (
            "forum",
            {"expression": "variables.gps[0]['rolle'] != null", "variables": {"gps": GP.replace("exists", "filter")}},
            "expression",
            "expression: at 1:18 of the expression: Seat has no field 'rolle' (did you mean 'role'?)",
            "Seat",
        ),
        (
            "meeting_plan",
            {"expression": "true", "message_expression": "plan.chairs.map(p, p.deputy_roles)[0]"},
            "message_expression",
            "message_expression: at 1:22 of the expression: ChairPeriod has no field 'deputy_roles' "
            "(did you mean 'deputy_role'?)",
            "ChairPeriod",
        ),
    ],
    ids=["forum", "comprehension", "for-each", "has", "map-of-parties", "variable-and-index", "message"],
)
def test_a_misspelt_field_is_a_located_pack_error_when_the_pack_loads(
    oslo: Path, hf: Callable[..., Run], kind: str, options: dict[str, Any], key: str, message: str, model: str
) -> None:
    """Found when the pack loads, whether or not any document has what the field is read from: the
    meeting plans are removed, and the error is still there (it was once found only on a plan)."""
    from hf_rules.documents import model as models

    for plan in oslo.glob("meeting-plan-*.yaml"):
        plan.unlink()
    pack = write_pack(oslo.parent, rule_text("EXPR-FIELD", options, kind=kind))
    line, column = option_position(pack, "EXPR-FIELD", key)
    written = options[key]  # on one line in double quotes: the error points at the misspelt name itself
    misspelt = message.split(" has no field '")[1].split("'")[0]
    column += 1 + written.index(misspelt)
    seat = ("has_deputy", "deputy", "deputy_party", "deputy_side", "deputy_role", "roles")
    added = {"Forum": ("kinds", "mandate_duties"), "Party": ("region",), "Seat": seat}.get(model, ())
    fields = _fields_of(getattr(models, model), *added)
    if model not in ("Forum", "Party", "Region"):
        fields = fields[1:]  # only parties, fora and regions get an id
    if model in ("Party", "Seat"):
        fields = list(dict.fromkeys(fields))
    _unknown_field(
        _error(hf, pack), f"{pack}:{line}:{column}: error: rule EXPR-FIELD: {message}; expected one of: ", fields
    )


def test_a_misspelt_field_is_said_in_bokmal(oslo: Path, hf: Callable[..., Run]) -> None:
    pack = write_pack(oslo.parent, rule_text("EXPR-FIELD", {"expression": "forum.mandat.size() > 0"}))
    run = hf("check", "oslo", "--rules", str(pack), "--as-of", AS_OF)
    assert run.code == 2
    line, column = option_position(pack, "EXPR-FIELD", "expression")
    column += len('"forum.')
    assert run.out.startswith(
        f"{pack}:{line}:{column}: error: regel EXPR-FIELD: expression: på 1:7 i uttrykket: Forum har ikke feltet "
        "'mandat' (mente du 'mandate'?); forventet en av: id, name, "
    ), run.both


def test_every_misspelt_field_of_an_expression_is_reported(oslo: Path, hf: Callable[..., Run]) -> None:
    pack = write_pack(oslo.parent, rule_text("EXPR-FIELD", {"expression": "forum.nam == forum.typ"}))
    run = hf("check", "oslo", "--rules", str(pack), "--as-of", AS_OF, "--lang", "en")
    assert run.code == 2
    said = [
        line.split(": expected one of")[0].split("; expected")[0] for line in run.both.splitlines() if "error:" in line
    ]
    line, column = option_position(pack, "EXPR-FIELD", "expression")
    assert said == [
        f"{pack}:{line}:{column + 7}: error: rule EXPR-FIELD: expression: at 1:7 of the expression: Forum has no "
        "field 'nam' (did you mean 'name'?)",
        f"{pack}:{line}:{column + 20}: error: rule EXPR-FIELD: expression: at 1:20 of the expression: Forum has no "
        "field 'typ' (did you mean 'type'?)",
    ]


def test_a_misspelt_field_in_a_folded_block_is_pointed_at_in_the_pack(oslo: Path, hf: Callable[..., Run]) -> None:
    """The name is found where it is written, across the lines of a `>-` block and past an earlier
    `rol` inside a string."""
    rule = rule_text("EXPR-FIELD", {"expression": "true"})
    rule = rule.replace(
        '        expression: "true"\n',
        "        expression: >-\n"
        "          forum.members.exists(s, s.role == 'rol') &&\n"
        "          forum.members.all(s,\n"
        "            s.rol != '')\n",
    )
    pack = write_pack(oslo.parent, rule)
    line = pack.read_text(encoding="utf-8").splitlines().index("            s.rol != '')") + 1
    found = _error(hf, pack)
    assert found.startswith(
        f"{pack}:{line}:15: error: rule EXPR-FIELD: expression: at 2:5 of the expression: Seat has no field 'rol'"
    ), found


@pytest.mark.parametrize(
    ("kind", "options"),
    [
        ("organisation", {"expression": "organisation.parties.all(p, organisation.parties[p].region != 'x')"}),
        ("organisation", {"expression": "has(organisation.parties.oslo) || organisation.fora.size() > 0"}),
        ("organisation", {"expression": "organisation.regions.all(r, organisation.regions[r].parties.size() >= 0)"}),
        ("forum", {"expression": "forum.members.map(s, s.term).all(t, t == null || t.to >= subject.as_of)"}),
        ("forum", {"expression": "[forum.members, forum.observers].all(g, g.all(s, s.tags.size() >= 0))"}),
        ("forum", {"expression": "(forum.members + forum.observers).exists(s, s.voting == false) || true"}),
        ("forum", {"expression": "(true ? forum.members : forum.observers).all(s, s.level != 'x')"}),
        ("forum", {"expression": "forum.members.map(s, {'a': s}).all(m, m.a.role != 'x')"}),
        ("meeting_plan", {"expression": "plan.chairs.all(p, p.co_chair == null || p.co_chair.party != forum.id)"}),
        ("meeting_plan", {"expression": "plan.metadata.organisation != '' && plan.forum == forum.id"}),
        ("party", {"expression": "party.part_of == null || organisation.parties[party.part_of].side == party.side"}),
    ],
)
def test_the_fields_of_the_data_pass_the_check(
    oslo: Path, hf: Callable[..., Run], kind: str, options: dict[str, Any]
) -> None:
    """No false errors: fields through comprehensions over lists and maps, `has()`, maps keyed by
    ids, `+` of lists, `?:`, map literals (not checked), nested records, optional fields."""
    pack = write_pack(oslo.parent, rule_text("EXPR-OK", options, kind=kind))
    run, report = _check(hf, pack)
    assert run.code in (0, 1), run.both
    assert report is not None and report["input_problems"] == []
