"""Secretariats: a forum's (`fora.X.secretariat`) and the health community's (`secretariat`).

A secretariat is not a forum: its references are checked as a forum's are (exit 2, located),
forum rules and forum counts do not see it, and the `secretariat` check does. The bundled Førde
and Troms og Ofoten packs use it (their pack tests seed the defects); here the input errors, what
the national rules leave alone, and the findings as a user reads them.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

from tests.conftest import Run
from tests.support import ROOT

FORDE = ROOT / "fixtures" / "communities" / "forde"
UNN = ROOT / "fixtures" / "communities" / "unn"
AS_OF = "2026-06-01"


def _copy(tmp_path: Path, community: Path, old: str, new: str) -> Path:
    folder = tmp_path / community.name
    folder.mkdir()
    shutil.copy(community / "organisation.yaml", folder / "organisation.yaml")
    path = folder / "organisation.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return folder


def _check(hf: Callable[..., Run], community: Path, folder: Path, *more: str) -> Run:
    return hf(
        "check",
        "--no-config",
        "--lang",
        "en",
        "--rules",
        str(community / "pack.yaml"),
        "--as-of",
        AS_OF,
        *more,
        str(folder),
    )


def test_an_unknown_party_running_a_forums_secretariat_is_a_located_input_error(hf, tmp_path) -> None:
    folder = _copy(tmp_path, FORDE, "run_by: [helse-forde, ks]", "run_by: [helse-forde, ks-vestland]")
    run = _check(hf, FORDE, folder, "--brief")
    assert run.code == 2, run.both
    first = run.out.splitlines()[0]
    assert first.startswith(
        f"{folder / 'organisation.yaml'}:149:41: error: run_by 'ks-vestland' is not a party of this organisation; "
        "expected one of: ardal, askvoll,"
    ), first


def test_an_unknown_party_in_the_joint_secretariats_seats_and_an_unknown_forum_it_serves(hf, tmp_path) -> None:
    folder = _copy(
        tmp_path,
        UNN,
        "  run_by: [tromso, unn]\n  responsible:\n    - {party: tromso,",
        "  run_by: [tromso, unn]\n  serves: [partnerskapsmote, ssu]\n  responsible:\n    - {party: tromso-kommune,",
    )
    run = _check(hf, UNN, folder, "--brief")
    assert run.code == 2, run.both
    lines = sorted(line for line in run.out.splitlines() if ": error: " in line)
    org = folder / "organisation.yaml"
    assert lines[0].startswith(
        f"{org}:311:30: error: serves 'ssu' is not a forum of this organisation; expected one of: "
    )
    assert lines[1].startswith(
        f"{org}:313:15: error: party 'tromso-kommune' is not a party of this organisation; expected"
    )
    assert len(lines) == 2


def test_a_secretariat_is_not_a_forum_the_national_rules_and_forum_counts_leave_it_alone(hf, tmp_path) -> None:
    """The joint secretariat here has only hospital seats, one of them not yet appointed: "every
    seat filled" (HF-SEATS-FILLED, which looks at every forum) does not look at it, nor does any
    forum rule; only the secretariat's own rule finds the municipal cooperation manager missing."""
    folder = _copy(
        tmp_path,
        UNN,
        "  responsible:\n    - {party: tromso, role: Kommunenes samhandlingssjef}\n",
        "  responsible:\n    - {party: unn, role: Kommunenes samhandlingssjef, person: Ikke oppnevnt}\n",
    )
    run = _check(hf, UNN, folder, "--format", "json")
    assert run.code == 1, run.both
    report = json.loads(run.out)
    found = sorted((f["rule"], f["subject"], f["line"]) for f in report["findings"])
    assert found == [("UN-SECRETARIAT", "helsefellesskapet-troms-og-ofoten", 311)]
    (org,) = report["structure"]["organisations"]
    assert "sekretariat" not in {forum["id"] for forum in org["fora"]}
    assert (org["secretariat"]["seats"], org["secretariat"]["responsible"]) == (3, 2)


def test_the_secretariat_finding_as_a_user_reads_it(hf, tmp_path) -> None:
    folder = _copy(tmp_path, FORDE, "run_by: [helse-forde, ks]", "run_by: [helse-forde]")
    run = _check(hf, FORDE, folder, "--brief")
    assert run.code == 1, run.both
    assert run.out.splitlines()[0] == (
        f"{folder / 'organisation.yaml'}:149:19: error FO-PM-SECRETARIAT Partnarskapsmøte: no party of type ks runs the secretariat"
    )
    nb = hf(
        "check",
        "--no-config",
        "--lang",
        "nb",
        "--brief",
        "--rules",
        str(FORDE / "pack.yaml"),
        "--as-of",
        AS_OF,
        str(folder),
    )
    assert nb.out.splitlines()[0].endswith(
        "FO-PM-SECRETARIAT Partnarskapsmøte: ingen part av typen ks driver sekretariatet"
    )


def test_redact_knows_the_names_of_persons_in_secretariat_seats() -> None:
    """`--redact` replaces every seat holder's name by the role: a secretariat's seats are seats."""
    from hf_rules.report.redact import _seats

    data = {
        "fora": {
            "pm": {
                "members": [{"party": "a", "person": "A"}],
                "secretariat": {"members": [{"party": "b", "person": "B"}]},
            }
        },
        "secretariat": {"members": [{"party": "c", "person": "C", "deputy": "D"}]},
    }
    assert [seat["person"] for seat in _seats(data)] == ["A", "B", "C"]


def test_an_expression_sees_secretariats_and_nominated_by(hf, tmp_path) -> None:
    """CEL: `forum.secretariat`, `organisation.secretariat` and `seat.nominated_by` are fields."""
    folder = tmp_path / "forde"
    shutil.copytree(FORDE, folder)
    shutil.copy(folder / "pack.yaml", folder / "forde.yaml")  # a pack extends another by its file's name
    holds = (
        "organisation.fora['partnarskapsmote'].secretariat.run_by == ['helse-forde', 'ks'] && "
        "organisation.secretariat == null && "
        "organisation.fora['brukarutvalet'].members.filter(s, s.nominated_by == 'FFO').size() == 3"
    )
    fails = "organisation.fora['strategisk-samarbeidsutval'].secretariat != null"
    rules = "".join(
        f"""  - id: {rule_id}
    title: {{nb: Uttrykk, en: Expression}}
    message: {{nb: "{{subject_name}}", en: "{{subject_name}}"}}
    hint: {{nb: Rett det., en: Fix it.}}
    severity: error
    source: {{document: forde-partnarskapsmote, quote: "Helse Førde ivaretek saman med KS sekretariatsfunksjonen."}}
    obligations: [FO5]
    applies_to: {{kind: organisation}}
    check:
      function: expression
      options: {{expression: "{expression}"}}
"""
        for rule_id, expression in (("EXPR-HOLDS", holds), ("EXPR-FAILS", fails))
    )
    pack = folder / "expr.yaml"
    pack.write_text(
        "apiVersion: hf-rules/v1\nkind: RulePack\nmetadata:\n  id: expr-forde\n  version: 1.0.0\n"
        "  name: {nb: Uttrykk, en: Expressions}\n  extends: [forde]\nrules:\n" + rules,
        encoding="utf-8",
    )
    run = hf(
        "check",
        "--no-config",
        "--lang",
        "en",
        "--rules",
        str(pack),
        "--as-of",
        AS_OF,
        "--format",
        "json",
        str(folder / "organisation.yaml"),
    )
    assert run.code == 1, run.both
    found = [(f["rule"], f["subject"]) for f in json.loads(run.out)["findings"]]
    assert found == [("EXPR-FAILS", "sogn-og-fjordane-helsefellesskap")]


def test_the_audit_report_shows_secretariats_as_lines_not_fora(hf, tmp_path) -> None:
    for fmt in ("md", "html"):
        out = tmp_path / f"forde.{fmt}"
        run = hf(
            "audit", "--no-config", "--lang", "en", "--rules", str(FORDE / "pack.yaml"), "-o", str(out), str(FORDE)
        )
        assert run.code == 0, run.both
        text = out.read_text(encoding="utf-8")
        assert text.count("Secretariat: run by Helse Førde HF, KS Vestland; 0 seats") == 1
        out = tmp_path / f"unn.{fmt}"
        run = hf("audit", "--no-config", "--lang", "en", "--rules", str(UNN / "pack.yaml"), "-o", str(out), str(UNN))
        assert run.code == 0, run.both
        text = out.read_text(encoding="utf-8")
        line = (
            "Helsefellesskapets sekretariat: run by Tromsø kommune, Universitetssykehuset Nord-Norge HF; 3 seats; "
            "2 seats with overall responsibility"
        )
        assert text.count(line) == 1
    assert "**Secretariat**: " + line in (tmp_path / "unn.md").read_text(encoding="utf-8")


def test_diff_shows_what_a_proposal_changes_in_a_secretariat(hf, tmp_path) -> None:
    forde = _copy(tmp_path, FORDE, "run_by: [helse-forde, ks]", "run_by: [helse-forde]")
    run = hf(
        "diff", "--no-config", "--lang", "en", "--rules", str(FORDE / "pack.yaml"), "--as-of", AS_OF,
        str(FORDE / "organisation.yaml"), str(forde / "organisation.yaml"),
    )  # fmt: skip
    assert run.code == 1, run.both
    changes = [line.strip() for line in run.out.splitlines() if "secretariat changed" in line]
    assert changes == [
        f"{forde / 'organisation.yaml'}:149: secretariat changed: partnarskapsmote: run_by [helse-forde, ks] → [helse-forde]"
    ]
    unn = _copy(tmp_path, UNN, "  run_by: [tromso, unn]\n", "  run_by: [unn]\n  serves: [partnerskapsmote]\n")
    run = hf(
        "diff", "--no-config", "--lang", "en", "--rules", str(UNN / "pack.yaml"), "--as-of", AS_OF, "--format", "json",
        str(UNN / "organisation.yaml"), str(unn / "organisation.yaml"),
    )  # fmt: skip
    assert run.code == 1, run.both
    found = [(c["kind"], c["field"], c["before"], c["after"], c["line"]) for c in json.loads(run.out)["changes"]]
    assert found == [
        ("community-secretariat-changed", "run_by", ["tromso", "unn"], ["unn"], 310),
        ("community-secretariat-changed", "serves", [], ["partnerskapsmote"], 311),
    ]


def test_a_seat_count_of_a_secretariat_that_no_number_can_meet_is_a_located_pack_error(hf, tmp_path) -> None:
    folder = tmp_path / "unn"
    shutil.copytree(UNN, folder)
    pack = folder / "pack.yaml"
    text = pack.read_text(encoding="utf-8")
    old = "role: [Rådgiver]}, min: 1,"
    assert text.count(old) == 1
    pack.write_text(text.replace(old, "role: [Rådgiver]}, min: 1, exactly: 2,"), encoding="utf-8")
    run = _check(hf, folder, folder)
    assert run.code == 2, run.both
    line = next(n for n, row in enumerate(pack.read_text(encoding="utf-8").splitlines(), 1) if "exactly: 2," in row)
    column = pack.read_text(encoding="utf-8").splitlines()[line - 1].index("exactly") + 1
    assert run.out.splitlines()[0] == (
        f"{pack}:{line}:{column}: error: rule UN-ONE-SECRETARIAT: `exactly` cannot be given together with `min`; "
        "give either `exactly` or the bounds"
    )


def test_an_unknown_forum_the_secretariat_reports_to_is_a_located_input_error(hf, tmp_path) -> None:
    folder = _copy(tmp_path, UNN, "  run_by: [tromso, unn]\n", "  run_by: [tromso, unn]\n  reports_to: [ssu]\n")
    run = _check(hf, UNN, folder, "--brief")
    assert run.code == 2, run.both
    (error,) = [line for line in run.out.splitlines() if ": error: " in line]
    assert error.startswith(
        f"{folder / 'organisation.yaml'}:311:16: error: reports_to 'ssu' is not a forum of this organisation; "
        "expected one of: fsu-barn-og-unge, fsu-rest, partnerskapsmote, "
    ), error


def test_an_unknown_party_among_the_responsible_seats_is_a_located_input_error(hf, tmp_path) -> None:
    folder = _copy(
        tmp_path, UNN, "    - {party: unn, role: Samhandlingssjef}\n", "    - {party: unn-hf, role: Samhandlingssjef}\n"
    )
    run = _check(hf, UNN, folder, "--brief")
    assert run.code == 2, run.both
    (error,) = [line for line in run.out.splitlines() if ": error: " in line]
    assert error.startswith(
        f"{folder / 'organisation.yaml'}:313:15: error: party 'unn-hf' is not a party of this organisation; expected"
    ), error


def test_diff_shows_a_change_of_the_responsible_seats_and_of_reports_to(hf, tmp_path) -> None:
    unn = _copy(
        tmp_path,
        UNN,
        "    - {party: unn, role: Samhandlingssjef}\n",
        "    - {party: unn, role: Samhandlingsdirektør}\n  reports_to: [partnerskapsmote]\n",
    )
    run = hf(
        "diff", "--no-config", "--lang", "en", "--rules", str(UNN / "pack.yaml"), "--as-of", AS_OF, "--format", "json",
        str(UNN / "organisation.yaml"), str(unn / "organisation.yaml"),
    )  # fmt: skip
    found = [(c["kind"], c["field"], c["before"], c["after"], c["line"]) for c in json.loads(run.out)["changes"]]
    assert found == [
        ("community-secretariat-changed", "reports_to", [], ["partnerskapsmote"], 314),
        (
            "community-secretariat-changed",
            "responsible",
            ["tromso: Kommunenes samhandlingssjef", "unn: Samhandlingssjef"],
            ["tromso: Kommunenes samhandlingssjef", "unn: Samhandlingsdirektør"],
            311,
        ),
    ]


def test_an_expression_sees_the_responsible_seats_and_reports_to(hf, tmp_path) -> None:
    """CEL: `organisation.secretariat.responsible` (seats) and `.reports_to` (forum ids) are fields."""
    folder = _copy(
        tmp_path, UNN, "  run_by: [tromso, unn]\n", "  run_by: [tromso, unn]\n  reports_to: [partnerskapsmote]\n"
    )
    shutil.copy(UNN / "pack.yaml", folder / "unn.yaml")  # a pack extends another by its file's name
    holds = (
        "organisation.secretariat.responsible.map(s, s.party) == ['tromso', 'unn'] && "
        "organisation.secretariat.reports_to == ['partnerskapsmote']"
    )
    fails = "organisation.secretariat.responsible.size() == organisation.secretariat.members.size()"
    rules = "".join(
        f"""  - id: {rule_id}
    title: {{nb: Uttrykk, en: Expression}}
    message: {{nb: "{{subject_name}}", en: "{{subject_name}}"}}
    hint: {{nb: Rett det., en: Fix it.}}
    severity: error
    source: {{document: hfto-om-oss, quote: "Kommunenes samhandlingssjef og samhandlingssjef i UNN har overordnet ansvar for helsefellesskapets sekretariat."}}
    obligations: [UN14]
    applies_to: {{kind: organisation}}
    check:
      function: expression
      options: {{expression: "{expression}"}}
"""
        for rule_id, expression in (("EXPR-HOLDS", holds), ("EXPR-FAILS", fails))
    )
    pack = folder / "expr.yaml"
    pack.write_text(
        "apiVersion: hf-rules/v1\nkind: RulePack\nmetadata:\n  id: expr-unn\n  version: 1.0.0\n"
        "  name: {nb: Uttrykk, en: Expressions}\n  extends: [unn]\nrules:\n" + rules,
        encoding="utf-8",
    )
    run = hf(
        "check", "--no-config", "--lang", "en", "--rules", str(pack), "--as-of", AS_OF, "--format", "json",
        str(folder / "organisation.yaml"),
    )  # fmt: skip
    assert run.code == 1, run.both
    found = [(f["rule"], f["subject"]) for f in json.loads(run.out)["findings"]]
    assert found == [("EXPR-FAILS", "helsefellesskapet-troms-og-ofoten")]


def test_redact_replaces_the_names_in_the_responsible_seats() -> None:
    from hf_rules.report.redact import _seats

    data = {"secretariat": {"responsible": [{"party": "c", "person": "R"}], "members": [{"party": "c", "person": "M"}]}}
    assert [seat["person"] for seat in _seats(data)] == ["M", "R"]


def test_a_count_of_responsible_seats_that_no_number_can_meet_is_a_located_pack_error(hf, tmp_path) -> None:
    folder = tmp_path / "unn"
    shutil.copytree(UNN, folder)
    pack = folder / "pack.yaml"
    text = pack.read_text(encoding="utf-8")
    old = "        responsible:\n          - {where: {side: [kommune], role: [Kommunenes samhandlingssjef, Samhandlingssjef]}, min: 1,"
    assert text.count(old) == 1
    pack.write_text(text.replace(old, old + " max: 0,"), encoding="utf-8")
    run = _check(hf, folder, folder)
    assert run.code == 2, run.both
    lines = pack.read_text(encoding="utf-8").splitlines()
    line = next(n for n, row in enumerate(lines, 1) if "min: 1, max: 0," in row)
    column = lines[line - 1].index("min: 1") + len("min: ") + 1  # at the value of min
    assert run.out.splitlines()[0] == (
        f"{pack}:{line}:{column}: error: rule UN-SECRETARIAT: `min` (1) is greater than `max` (0); no count can meet both"
    )
