"""The vocabulary is general enough that another health community is a new pack, not new Python.

``fixtures/communities/vestfjord`` is a fictional second helsefellesskap: its agreement
(``avtale.txt``), its rule pack (``pack.yaml``, extending ``national``) and a compliant
organisation with meeting plans. Its agreement differs from Oslo's in every way the promise
names: seat counts per side and parity, chairing that alternates every two years, chair and
deputy chair from opposite sides, an observer with speaking rights, one seat per municipality
and per region, a different meeting frequency per level, and GP/user/employee seats that may
(partnerskapsmøtet) or may not (SSU) be held by observers.

The defect table seeds one realistic mistake at a time into a copy of the workspace and names
every finding it must give, by (rule, subject, file, line); the lines were read off the YAML.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from hf_rules.app.run import Settings, run_check
from hf_rules.rules.checks import registry
from hf_rules.rules.pack import load_packs
from hf_rules.yaml.loader import load_yaml_file
from tests.conftest import run_cli
from tests.support import ROOT

VESTFJORD = ROOT / "fixtures" / "communities" / "vestfjord"
PACK = VESTFJORD / "pack.yaml"
AGREEMENT = VESTFJORD / "avtale.txt"
AS_OF = dt.date(2025, 6, 1)

ORG = "organisation.yaml"
PM_PLAN = "meeting-plan-partnerskapsmote-2025-2028.yaml"
SSU_PLAN = "meeting-plan-ssu-2025-2026.yaml"
FSU_PLAN = "meeting-plan-fsu-eldre-kroniske-2025.yaml"

Expected = tuple[str, str, str, int]
"""(rule id, subject id, file name, line)."""


def _check(folder: Path, lang: str = "nb") -> tuple[dict[str, Any], int]:
    output, code = run_check(
        Settings(paths=[str(folder)], rules=[str(PACK)], use_config=False, as_of=AS_OF, lang=lang, output_format="json")
    )
    return json.loads(output), code


def _findings(report: dict[str, Any]) -> list[Expected]:
    return sorted((f["rule"], f["subject"], Path(f["file"]).name, f["line"]) for f in report["findings"])


def _edit(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"edit anchor occurs {text.count(old)} times, expected once: {old!r}"
    return text.replace(old, new)


# --- (a) the compliant workspace ---------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_vestfjord_workspace_is_compliant(lang: str) -> None:
    report, code = _check(VESTFJORD, lang)
    assert code == 0, report["findings"] or report["input_problems"]
    assert report["findings"] == []
    assert report["input_problems"] == []
    assert report["verdict"] == "compliant"
    assert [p["id"] for p in report["rule_packs"]] == ["national", "vestfjord"]
    statuses = {Path(f["path"]).name: f["status"] for f in report["files"]}
    assert {name: statuses.get(name) for name in (ORG, PM_PLAN, SSU_PLAN, FSU_PLAN)} == dict.fromkeys(
        (ORG, PM_PLAN, SSU_PLAN, FSU_PLAN), "compliant"
    )


def test_vestfjord_workspace_is_compliant_from_the_command_line() -> None:
    result = run_cli(
        "check", str(VESTFJORD), "--rules", str(PACK), "--no-config", "--as-of", AS_OF.isoformat(), "--format", "json"
    )
    assert result.code == 0, result.both
    assert json.loads(result.out)["findings"] == []


# --- (b) seeded defects --------------------------------------------------------------------------

PM_GP = "      - {represents: fastlege, role: Fastlegerepresentant, person: Ingrid Fjeld, deputy: Nils Berge}\n"
PM_USER_OBSERVER = (
    "      - {represents: bruker, role: Brukerrepresentant, person: Tone Myklebust, speaking_rights: true}\n"
)
SSU_GP = "      - {represents: fastlege, role: Fastlegerepresentant, person: Tor Lien, deputy: Mari Dale}\n"
SSU_OMBUD = "      - {party: pasient-og-brukerombudet, role: Rådgiver, person: Siv Tangen, speaking_rights: true}\n"

# id -> (file, [(old, new)], expected findings). Lines refer to the file after the edit. A finding
# about a whole list (too few seats, too few meetings) points at the list's key: `members:` is line
# 55 (partnerskapsmøtet) and 79 (SSU) of organisation.yaml, `meetings:` line 12 of the
# partnerskapsmøte plan and line 11 of the SSU and FSU plans; a finding about one seat or chair
# period points at its own line.
DEFECTS: dict[str, tuple[str, list[tuple[str, str]], list[Expected]]] = {
    # V7: one more health-trust seat in partnerskapsmøtet: 5 municipal seats against 6.
    "parity-broken": (
        ORG,
        [
            (
                "person: Per Holm}\n" + PM_GP,
                "person: Per Holm}\n      - {party: helse-vestfjord, role: Klinikksjef kirurgi, level: leder, person: Ola Tveit}\n"
                + PM_GP,
            )
        ],
        [("VF-PM-PARITY", "partnerskapsmote", ORG, 55)],
    ),
    # V6: a sixth municipality joins as a party but gets no seat (5 lines inserted above the fora).
    "municipality-without-seat": (
        ORG,
        [
            (
                "    region: Indre Vestfjord\n  pasient-og-brukerombudet:\n",
                "    region: Indre Vestfjord\n  nyfjord:\n    name: Nyfjord kommune\n    type: kommune\n    side: kommune\n"
                "    region: Indre Vestfjord\n  pasient-og-brukerombudet:\n",
            )
        ],
        [("VF-PM-ONE-SEAT-PER-MUNICIPALITY", "partnerskapsmote", ORG, 60)],
    ),
    # V6 + V7: Havbø's seat is dropped, which also leaves the municipalities one seat short.
    "municipality-seat-removed": (
        ORG,
        [("      - {party: havbo, role: Ordfører, level: politisk, person: Odd Havik}\n", "")],
        [
            ("VF-PM-ONE-SEAT-PER-MUNICIPALITY", "partnerskapsmote", ORG, 55),
            ("VF-PM-PARITY", "partnerskapsmote", ORG, 55),
        ],
    ),
    # V6 + V7: Lyngvik sends its deputy mayor as well; the second seat (line 57) is the extra one.
    "municipality-with-two-seats": (
        ORG,
        [
            (
                "person: Kari Lyngstad}\n",
                "person: Kari Lyngstad}\n      - {party: lyngvik, role: Varaordfører, level: politisk, person: Siv Lyng}\n",
            )
        ],
        [
            ("VF-PM-ONE-SEAT-PER-MUNICIPALITY", "partnerskapsmote", ORG, 57),
            ("VF-PM-PARITY", "partnerskapsmote", ORG, 55),
        ],
    ),
    # V12: both municipal SSU seats from Ytre Vestfjord: Indre has none, Ytre one too many.
    "region-without-seat": (
        ORG,
        [
            (
                "{party: kvitberg, role: Kommunedirektør, level: direktor, person: Terje Bakke}",
                "{party: straumsnes, role: Kommunedirektør, level: direktor, person: Terje Bakke}",
            )
        ],
        [
            ("VF-SSU-ONE-SEAT-PER-REGION", "strategisk-samarbeidsutvalg", ORG, 79),
            ("VF-SSU-ONE-SEAT-PER-REGION", "strategisk-samarbeidsutvalg", ORG, 81),
        ],
    ),
    # V11: a third health-trust member in the SSU (two per side agreed).
    "ssu-seats-per-side": (
        ORG,
        [
            (
                "person: Anne Ruud}\n",
                "person: Anne Ruud}\n      - {party: helse-vestfjord, role: Økonomidirektør, level: direktor, person: Leif Hauge}\n",
            )
        ],
        [("VF-SSU-SEATS-PER-SIDE", "strategisk-samarbeidsutvalg", ORG, 79)],
    ),
    # V17/V18: the SSU chair changes every year instead of every second year.
    "chair-period-of-one-year": (
        SSU_PLAN,
        [
            (
                "  - {from: 2025-01-01, to: 2026-12-31, party: helse-vestfjord, deputy: havbo}\n",
                "  - {from: 2025-01-01, to: 2025-12-31, party: helse-vestfjord, deputy: havbo}\n"
                "  - {from: 2026-01-01, to: 2026-12-31, party: lyngvik, deputy: helse-vestfjord}\n",
            )
        ],
        [("VF-CHAIR-TERM", "ssu-2025-2026", SSU_PLAN, 10), ("VF-CHAIR-TERM", "ssu-2025-2026", SSU_PLAN, 11)],
    ),
    # V18: Lyngvik chairs with Kvitberg, another municipality, as deputy.
    "deputy-from-the-same-side": (
        PM_PLAN,
        [("party: lyngvik, deputy: helse-vestfjord}", "party: lyngvik, deputy: kvitberg}")],
        [("VF-DEPUTY-CHAIR", "partnerskapsmote-2025-2028", PM_PLAN, 10)],
    ),
    # V17: the municipalities chair two terms running.
    "same-side-chairs-twice": (
        PM_PLAN,
        [("party: helse-vestfjord, deputy: kvitberg}", "party: kvitberg, deputy: helse-vestfjord}")],
        [("VF-CHAIR-TURNS", "partnerskapsmote-2025-2028", PM_PLAN, 11)],
    ),
    # V17: the forum declares a rotation of the municipalities only; the trust's term then falls outside it.
    "rotation-declared-wrongly": (
        ORG,
        [
            (
                "    meetings_per_year: 2\n    chair_rotation: [kommune, sykehus]\n",
                "    meetings_per_year: 2\n    chair_rotation: [kommune]\n",
            )
        ],
        [
            ("VF-CHAIR-ROTATION", "partnerskapsmote", ORG, 51),
            ("VF-CHAIR-TURNS", "partnerskapsmote-2025-2028", PM_PLAN, 11),
        ],
    ),
    # V19: the ombud observes the partnerskapsmøte without speaking rights.
    "observer-without-speaking-rights": (
        ORG,
        [("person: Geir Sande, speaking_rights: true}", "person: Geir Sande, speaking_rights: false}")],
        [("VF-OMBUD-OBSERVER", "partnerskapsmote", ORG, 70)],
    ),
    # V8: in partnerskapsmøtet the GP may be an observer: no finding.
    "gp-as-observer-where-observers-count": (
        ORG,
        [(PM_GP, ""), (PM_USER_OBSERVER, PM_USER_OBSERVER + PM_GP.replace("}", ", speaking_rights: true}"))],
        [],
    ),
    # V13: in the SSU an observer seat is not enough.
    "gp-as-observer-where-observers-do-not-count": (
        ORG,
        [(SSU_GP, ""), (SSU_OMBUD, SSU_OMBUD + SSU_GP.replace("}", ", speaking_rights: true}"))],
        [("VF-SSU-CONSTITUENCIES", "strategisk-samarbeidsutvalg", ORG, 79)],
    ),
    # V14: three SSU meetings in 2026: enough for partnerskapsmøtet's two, not for the SSU's six.
    "ssu-meets-like-the-partnerskapsmote": (
        SSU_PLAN,
        [("  - {date: 2026-04-22}\n  - {date: 2026-06-10}\n  - {date: 2026-09-16}\n", "")],
        [("VF-SSU-MEETINGS", "ssu-2025-2026", SSU_PLAN, 11)],
    ),
    # V10: one partnerskapsmøte in 2026.
    "partnerskapsmote-meets-once": (
        PM_PLAN,
        [("  - {date: 2026-10-15}\n", "")],
        [("VF-PM-MEETINGS", "partnerskapsmote-2025-2028", PM_PLAN, 12)],
    ),
    # V16: three meetings of a professional committee in 2025 (four agreed).
    "fsu-meets-three-times": (
        FSU_PLAN,
        [("  - {date: 2025-09-03}\n", "")],
        [("VF-FSU-MEETINGS", "fsu-eldre-kroniske-2025", FSU_PLAN, 11)],
    ),
    # V16: a professional committee declares the partnerskapsmøte's frequency.
    "fsu-declares-two-meetings": (
        ORG,
        [
            (
                "    meetings_per_year: 4\n    gives_input_to: [strategisk-samarbeidsutvalg]\n"
                "    priority_groups: [skropelige-eldre",
                "    meetings_per_year: 2\n    gives_input_to: [strategisk-samarbeidsutvalg]\n"
                "    priority_groups: [skropelige-eldre",
            )
        ],
        [("VF-FSU-DECLARED-FREQUENCY", "fsu-eldre-kroniske", ORG, 105)],
    ),
}


@pytest.mark.parametrize("name", sorted(DEFECTS))
def test_seeded_defect_gives_exactly_the_expected_findings(name: str, tmp_path: Path) -> None:
    file_name, edits, expected = DEFECTS[name]
    folder = tmp_path / "vestfjord"
    shutil.copytree(VESTFJORD, folder)
    target = folder / file_name
    text = target.read_text(encoding="utf-8")
    for old, new in edits:
        text = _edit(text, old, new)
    target.write_text(text, encoding="utf-8")
    report, code = _check(folder)
    assert report["input_problems"] == []
    assert _findings(report) == sorted(expected)
    assert code == (1 if expected else 0)


def test_frequencies_differ_by_level() -> None:
    """The same vocabulary function, three minimums: one rule per forum type."""
    options = {
        r.rule.id: r.rule.check.options
        for r in load_packs([str(PACK)]).rules
        if r.rule.check.function == "meeting_frequency"
    }
    assert options == {
        "VF-PM-MEETINGS": {"min_per_year": 2},
        "VF-SSU-MEETINGS": {"min_per_year": 6},
        "VF-FSU-MEETINGS": {"min_per_year": 4},
    }


def test_ssu_frequency_finding_says_what_the_ssu_needs(tmp_path: Path) -> None:
    folder = tmp_path / "vestfjord"
    shutil.copytree(VESTFJORD, folder)
    plan = folder / SSU_PLAN
    plan.write_text(
        _edit(
            plan.read_text(encoding="utf-8"),
            "  - {date: 2026-04-22}\n  - {date: 2026-06-10}\n  - {date: 2026-09-16}\n",
            "",
        ),
        encoding="utf-8",
    )
    report, _ = _check(folder, "en")
    [finding] = report["findings"]
    assert finding["message"] == "The meeting plan for Strategisk samarbeidsutvalg has 3 meetings in 2026, requires 6"
    assert finding["evidence"]["min_per_year"] == 6
    assert finding["source"]["quote"] == "Strategisk samarbeidsutvalg møtes minst seks ganger i året."


# --- (c) a pack, not Python ----------------------------------------------------------------------


def test_pack_uses_only_the_existing_vocabulary() -> None:
    vocabulary = registry()
    raw = load_yaml_file(PACK).data
    functions = [rule["check"]["function"] for rule in raw["rules"]]
    assert functions and set(functions) <= set(vocabulary)
    packs = load_packs([str(PACK)])
    own = [r for r in packs.rules if r.pack == "vestfjord"]
    assert len(own) == len(raw["rules"])
    assert all(r.check is vocabulary[r.rule.check.function] for r in packs.rules)
    assert not list(VESTFJORD.rglob("*.py"))
    assert "HF-REPRESENTATION-ALL-LEVELS" in packs.disabled


# Each point of the promise, and the rule of the Vestfjord pack that expresses it.
PROMISE: dict[str, tuple[str, str, dict[str, Any]]] = {
    "seat counts per side": (
        "VF-SSU-SEATS-PER-SIDE",
        "side_balance",
        {"sides": {"kommune": {"min": 2, "max": 2}, "sykehus": {"min": 2, "max": 2}}},
    ),
    "parity between sides": ("VF-PM-PARITY", "side_balance", {"max_difference": 0}),
    "chairing alternates": ("VF-CHAIR-TURNS", "chair_alternation", {}),
    "every N years": ("VF-CHAIR-TERM", "chair_term", {"years": 2}),
    "chair and deputy from opposite sides": (
        "VF-DEPUTY-CHAIR",
        "deputy_chair",
        {"required": True, "opposite_side": True},
    ),
    "observers with speaking rights": (
        "VF-OMBUD-OBSERVER",
        "observers",
        {"parties": ["pasient-og-brukerombudet"], "speaking_rights": "required", "not_members": True},
    ),
    "one seat per municipality": ("VF-PM-ONE-SEAT-PER-MUNICIPALITY", "one_seat_per", {"party_type": ["kommune"]}),
    "one seat per region": (
        "VF-SSU-ONE-SEAT-PER-REGION",
        "one_seat_per",
        {"party_type": ["kommune"], "group_by": "region"},
    ),
}


@pytest.mark.parametrize("point", sorted(PROMISE))
def test_each_point_of_the_promise_is_a_rule_of_the_pack(point: str) -> None:
    rule_id, function, options = PROMISE[point]
    loaded = load_packs([str(PACK)]).rule(rule_id)
    assert loaded is not None and loaded.pack == "vestfjord"
    assert (loaded.rule.check.function, loaded.rule.check.options) == (function, options)


def test_observer_seats_count_in_one_forum_and_not_in_the_other() -> None:
    packs = load_packs([str(PACK)])
    for rule_id, counts in (("VF-PM-CONSTITUENCIES", True), ("VF-SSU-CONSTITUENCIES", False)):
        loaded = packs.rule(rule_id)
        assert loaded is not None
        requirements = loaded.rule.check.options["require"]
        assert sorted(r["represents"][0] for r in requirements) == ["ansatt", "bruker", "fastlege"]
        assert {r["include_observers"] for r in requirements} == {counts}


def test_coverage_maps_every_v_obligation() -> None:
    result = run_cli("coverage", "--rules", str(PACK), "--no-config", "--format", "json")
    assert result.code == 0, result.both
    rows = {row["obligation"]: row for row in json.loads(result.out)["coverage"]}
    own = [oid for oid in rows if oid.startswith("V")]
    assert own == [f"V{n}" for n in range(1, 21)]
    not_checkable = {oid for oid in own if rows[oid]["status"] == "not-checkable"}
    assert not_checkable == {"V9", "V20"}
    # the national rules the pack defines anew for its own text (V3: «ett partnerskapsmøte, ett
    # strategisk samarbeidsutvalg») are its rules too
    replaced = {entry["rule"] for entry in load_yaml_file(PACK).data["replace"]}
    assert replaced == {"HF-ONE-PARTNERSKAPSMOTE", "HF-ONE-SSU"}
    for oid in own:
        if oid not in not_checkable:
            assert rows[oid]["status"] == "encoded" and rows[oid]["rules"], oid
            assert all(rule.startswith("VF-") or rule in replaced for rule in rows[oid]["rules"]), oid
    assert {"HF-ONE-PARTNERSKAPSMOTE", "HF-ONE-SSU"} <= set(rows["V3"]["rules"])


def _normal(text: str) -> str:
    return " ".join(text.split())


def test_every_quote_is_a_sentence_of_the_agreement() -> None:
    raw = load_yaml_file(PACK).data
    agreement = _normal(AGREEMENT.read_text(encoding="utf-8"))
    quotes = [(o["id"], o["source"]["quote"]) for o in raw["obligations"]]
    quotes += [(r["id"], r["source"]["quote"]) for r in raw["rules"]]
    for where, quote in quotes:
        assert _normal(quote) in agreement, f"{where}: «{quote}» is not in {AGREEMENT.name}"
