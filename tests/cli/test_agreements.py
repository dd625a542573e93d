"""The agreements of a health community as data (``agreements``, and ``sub_agreements`` with the
same fields), end to end on a copy of the Vestfjord example: the ``agreement`` check (a kind
exists, adopted by every party of given types or by fora, by a date, what it replaces, one
bilateral agreement per municipality), ``sub_agreements`` entries with alternative names, located
input and pack errors (exit 2, one line), and ``hf-rules diff``."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import AS_OF, Run, edit
from tests.packs.test_phrasebook import PHRASES, write_pack
from tests.support import FIXTURES

Hf = Callable[..., Run]

RULES: dict[str, tuple[str, dict[str, Any]]] = {
    "AX-VEDTEKTER": ("agreement", {"kind": ["vedtekter"], "adopted_by": [{"forum_type": ["partnerskapsmote"]}]}),
    "AX-VEDTATT": (
        "agreement",
        {
            "kind": ["samarbeidsavtale"],
            "adopted_by": [{"party_type": ["kommune", "helseforetak"], "by": "2024-12-31"}],
        },
    ),
    "AX-ERSTATTER": ("agreement", {"kind": ["samarbeidsavtale"], "replaces": True}),
    "AX-ERSTATTER-2012": ("agreement", {"kind": ["samarbeidsavtale"], "replaces": [["Samarbeidsavtale 2012"]]}),
    "AX-BILATERAL": (
        "agreement",
        {"kind": ["bilateral-avtale"], "per_party": {"party_type": ["kommune"], "with": ["helseforetak"]}},
    ),
    "AX-DELAVTALER": (
        "sub_agreements",
        {"includes": [["Samarbeid om forebygging", "Forebygging"], "Innleggelse i sykehus"]},
    ),
}
ADDED = """
agreements:
  samarbeidsavtale-2012:
    kind: samarbeidsavtale
    name: Samarbeidsavtale 2012
  samarbeidsavtale:
    kind: samarbeidsavtale
    name: Samarbeidsavtale for Helsefellesskap Vestfjord
    adopted: 2024-06-20
    effective_from: 2025-01-01
    replaces: [samarbeidsavtale-2012]
    adopted_by:
      - {party: helse-vestfjord, body: styret, date: 2024-06-20}
      - {party: lyngvik, body: kommunestyret, date: 2024-09-12}
      - {party: havbo, body: kommunestyret, date: 2025-02-03}
      - {party: straumsnes, body: kommunestyret}
      - {party: kvitberg, body: kommunestyret, date: 2024-10-01}
  vedtekter:
    kind: vedtekter
    name: Vedtekter for Helsefellesskap Vestfjord
    adopted_by: [{forum: partnerskapsmote, date: 2024-11-15}]
  bilateral-lyngvik: {kind: bilateral-avtale, name: Avtale Lyngvik, parties: [helse-vestfjord, lyngvik]}
  bilateral-havbo: {kind: bilateral-avtale, name: Avtale Havbø, parties: [helse-vestfjord, havbo]}
  bilateral-havbo-2: {kind: bilateral-avtale, name: Avtale Havbø 2, parties: [helse-vestfjord, havbo]}
  bilateral-straumsnes: {kind: bilateral-avtale, name: Avtale Straumsnes, parties: [helse-vestfjord, straumsnes]}
  bilateral-kvitberg: {kind: bilateral-avtale, name: Avtale Kvitberg, parties: [helse-vestfjord, kvitberg]}
sub_agreements:
  delavtale-1: {name: Innleggelse i sykehus}
  delavtale-2: {name: Forebygging}
"""


def _pack(rules: dict[str, tuple[str, dict[str, Any]]] = RULES, vocabulary: str = "") -> str:
    lines = [
        "apiVersion: hf-rules/v1",
        "kind: RulePack",
        "metadata:",
        "  id: ax",
        "  version: 1.0.0",
        "  name: {nb: Avtaler, en: Agreements}",
        "  extends: [vestfjord]",
        vocabulary.rstrip("\n"),
        "rules:",
    ]
    for rule_id, (function, options) in rules.items():
        message = {
            "agreement": "{agreement_name}|{body_name}|{problem}|{requirement}",
            "sub_agreements": "{agreement_name} {problem}",
        }[function]
        lines += [
            f"  - id: {rule_id}",
            "    title: {nb: Avtale, en: Agreement}",
            f'    message: {{nb: "{message}", en: "{message}"}}',
            "    hint: {nb: Rett det., en: Fix it.}",
            "    severity: error",
            '    source: {document: avtale-vestfjord, quote: "x"}',
            "    obligations: [V1]",
            "    applies_to: {kind: organisation}",
            "    check:",
            f"      function: {function}",
            f"      options: {json.dumps(options, ensure_ascii=False)}",
        ]
    return "\n".join(line for line in lines if line) + "\n"


@pytest.fixture
def vestfjord(tmp_path: Path) -> Path:
    """A copy of the Vestfjord example with agreements and sub-agreements, and the pack ``ax``."""
    folder = tmp_path / "vf"
    shutil.copytree(FIXTURES / "communities" / "vestfjord", folder)
    shutil.copy(folder / "pack.yaml", folder / "vestfjord.yaml")  # found by `extends: [vestfjord]`
    (folder / "ax.yaml").write_text(_pack(), encoding="utf-8")
    with (folder / "organisation.yaml").open("a", encoding="utf-8") as handle:
        handle.write(ADDED)
    return folder


def _line(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def _run(hf: Hf, folder: Path, *extra: str) -> Run:
    return hf(
        "check", "--no-config", "--lang", "en", "--as-of", AS_OF, "--rules", str(folder / "ax.yaml"),
        *extra, str(folder / "organisation.yaml"),
    )  # fmt: skip


def _findings(run: Run) -> list[tuple[str, str, int, str]]:
    found = json.loads(run.out)["findings"]
    return sorted((f["rule"], f["subject"], f["line"], f["message"]) for f in found if f["rule"].startswith("AX-"))


def test_agreements_give_exact_findings(hf: Hf, vestfjord: Path) -> None:
    org = vestfjord / "organisation.yaml"
    run = _run(hf, vestfjord, "--format", "json")
    assert run.code == 1, run.both
    org_id = "helsefellesskap-vestfjord"
    name = "Samarbeidsavtale for Helsefellesskap Vestfjord"
    adopted_by = _line(org, "    replaces: [samarbeidsavtale-2012]") + 1  # the line after: `    adopted_by:`
    assert _findings(run) == sorted(
        [
            (
                "AX-BILATERAL",
                org_id,
                _line(org, "  bilateral-havbo-2:"),
                "Avtale Havbø 2|Havbø kommune|has 2 such agreements|",
            ),
            ("AX-BILATERAL", org_id, _line(org, "  eikedal:"), "|Eikedal kommune|has no such agreement|"),
            (
                "AX-VEDTATT",
                org_id,
                _line(org, "{party: havbo, body: kommunestyret, date: 2025-02-03}"),
                f"{name}|Havbø kommune|adopted it on 2025-02-03, after 2024-12-31|2024-12-31",
            ),
            (
                "AX-VEDTATT",
                org_id,
                _line(org, "{party: straumsnes, body: kommunestyret}"),
                f"{name}|Straumsnes kommune|adopted it, but the adoption gives no date|2024-12-31",
            ),
            ("AX-VEDTATT", org_id, adopted_by, f"{name}|Eikedal kommune|has not adopted it|"),
        ]
    )
    # the 2012 agreement is replaced, so it is not in force and not asked for adoptions or what it replaces
    assert not [f for f in _findings(run) if "Samarbeidsavtale 2012|" in f[3]]


def test_each_requirement_fails_on_its_own(hf: Hf, vestfjord: Path) -> None:
    org = vestfjord / "organisation.yaml"
    edit(org, "    adopted_by: [{forum: partnerskapsmote, date: 2024-11-15}]\n", "")
    edit(org, "  samarbeidsavtale-2012:\n    kind: samarbeidsavtale\n    name: Samarbeidsavtale 2012\n", "")
    edit(org, "    replaces: [samarbeidsavtale-2012]\n", "    replaces: [Samarbeidsavtale 2016]\n")
    edit(org, "  delavtale-2: {name: Forebygging}\n", "  delavtale-2: {name: Samarbeid om forebyggende arbeid}\n")
    run = _run(hf, vestfjord, "--format", "json")
    found = [f for f in _findings(run) if f[0] in ("AX-VEDTEKTER", "AX-ERSTATTER-2012", "AX-DELAVTALER")]
    assert found == [
        (
            "AX-DELAVTALER",
            "helsefellesskap-vestfjord",
            _line(org, "sub_agreements:"),
            "Samarbeid om forebygging is missing",
        ),
        (
            "AX-ERSTATTER-2012",
            "helsefellesskap-vestfjord",
            _line(org, "    replaces: [Samarbeidsavtale 2016]"),
            "Samarbeidsavtale for Helsefellesskap Vestfjord||does not say it replaces Samarbeidsavtale 2012|"
            "Samarbeidsavtale 2012",
        ),
        (
            "AX-VEDTEKTER",
            "helsefellesskap-vestfjord",
            _line(org, "  vedtekter:"),
            "Vedtekter for Helsefellesskap Vestfjord|Partnerskapsmøtet|has not adopted it|",
        ),
    ]


def test_a_community_without_the_agreement_is_reported_once(hf: Hf, vestfjord: Path) -> None:
    org = vestfjord / "organisation.yaml"
    text = org.read_text(encoding="utf-8")
    org.write_text(text[: text.index("\nagreements:")] + "\n", encoding="utf-8")
    rules = {"AX-VEDTEKTER": RULES["AX-VEDTEKTER"]}
    (vestfjord / "ax.yaml").write_text(_pack(rules), encoding="utf-8")
    run = _run(hf, vestfjord, "--format", "json")
    assert run.code == 1, run.both
    assert _findings(run) == [
        ("AX-VEDTEKTER", "helsefellesskap-vestfjord", _line(org, "fora:"), "||there is no such agreement|")
    ]


@pytest.mark.parametrize(
    ("old", "new", "at", "message"),
    [
        (
            "{party: kvitberg, body: kommunestyret, date: 2024-10-01}",
            "{party: kvitbrg, body: kommunestyret, date: 2024-10-01}",
            "{party: kvitbrg,",
            "adopted_by.party 'kvitbrg' is not a party of this organisation; expected one of: eikedal, havbo, "
            "helse-vestfjord, kvitberg, lyngvik, pasient-og-brukerombudet, straumsnes",
        ),
        (
            "[{forum: partnerskapsmote, date: 2024-11-15}]",
            "[{forum: partnerskapsmøte-x, date: 2024-11-15}]",
            "partnerskapsmøte-x",
            None,
        ),
        (
            "[{forum: partnerskapsmote, date: 2024-11-15}]",
            "[{forum: partnerskap, date: 2024-11-15}]",
            "{forum: partnerskap,",
            "adopted_by.forum 'partnerskap' is neither a forum nor a declared body (bodies) of this organisation; "
            "expected one of: "
            "fsu-barn-unge-psykisk-helse, fsu-eldre-kroniske, partnerskapsmote, strategisk-samarbeidsutvalg",
        ),
        (
            "[{forum: partnerskapsmote, date: 2024-11-15}]",
            "[{forum: partnerskapsmote, date: 2024-02-30}]",
            "date: 2024-02-30",
            "invalid date '2024-02-30': day is out of range for month; expected YYYY-MM-DD",
        ),
        (
            "    kind: vedtekter\n",
            "    kind: vedteker\n",
            "kind: vedteker",
            "agreements.vedtekter.kind is 'vedteker' (did you mean 'vedtekter'?); expected one of: samarbeidsavtale, "
            "vedtekter, delavtale, bilateral-avtale, samhandlingsplan, handlingsplan (the agreement kinds of the rule "
            "packs; a pack adds its own under "
            "vocabulary.agreement_kinds: if the word is a pack's, give that pack with --rules or rules: in "
            ".hf-rules.yaml)",
        ),
        (
            "    kind: vedtekter\n",
            "    kind: delavtale\n",
            "kind: delavtale",
            "a sub-agreement (kind: delavtale) goes under sub_agreements, not under agreements",
        ),
        (
            "  vedtekter:\n",
            "  delavtale-1:\n",
            "  delavtale-1:",
            "the agreement id 'delavtale-1' is also a sub-agreement's id (sub_agreements); give each agreement an id "
            "of its own",
        ),
        (
            "    replaces: [samarbeidsavtale-2012]\n",
            "    replaces: [Samarbeidsavtale for Helsefellesskap  Vestfjord]\n",
            "    replaces: [Samarbeidsavtale for",
            "the agreement 'samarbeidsavtale' cannot replace itself ('Samarbeidsavtale for Helsefellesskap  Vestfjord')",
        ),
        (
            "    replaces: [samarbeidsavtale-2012]\n",
            "    replaces: [samarbeidsavtale-2021]\n",
            "    replaces: [samarbeidsavtale-2021]",
            "replaces 'samarbeidsavtale-2021' is written as an id, but no agreement has it (did you mean "
            "'samarbeidsavtale-2012'?); expected the id of an agreement of the document, or the name of an earlier "
            "agreement that is not in it",
        ),
        (
            "parties: [helse-vestfjord, kvitberg]",
            "parties: [helse-vestfjord, kvitberg, kvitberg]",
            "parties: [helse-vestfjord, kvitberg, kvitberg]",
            "parties names 'kvitberg' twice",
        ),
        (
            "[{forum: partnerskapsmote, date: 2024-11-15}]",
            "[{forum: partnerskapsmote, party: lyngvik}]",
            "[{forum: partnerskapsmote, party: lyngvik}]",
            "agreements.vedtekter.adopted_by[0]: an adoption gives either 'party' (a party that adopted) or 'forum' "
            "(a forum that adopted), not both",
        ),
        (
            "[{forum: partnerskapsmote, date: 2024-11-15}]",
            "[{date: 2024-11-15}]",
            "[{date: 2024-11-15}]",
            "agreements.vedtekter.adopted_by[0] needs at least one of the keys: party, forum",
        ),
        (
            "[{forum: partnerskapsmote, date: 2024-11-15}]",
            "[{forum: partnerskapsmote, body: styret}]",
            "[{forum: partnerskapsmote, body: styret}]",
            "agreements.vedtekter.adopted_by[0]: 'body' (the body that adopted: kommunestyret, styret) is a party's, "
            "so it is given only with 'party'",
        ),
    ],
)
def test_a_wrong_agreement_is_a_located_input_error(
    hf: Hf, vestfjord: Path, old: str, new: str, at: str, message: str | None
) -> None:
    org = vestfjord / "organisation.yaml"
    edit(org, old, new)
    run = _run(hf, vestfjord)
    assert run.code == 2, run.both
    errors = [line for line in run.err.splitlines() + run.out.splitlines() if ": error: " in line]
    assert len(errors) == 1, run.both
    assert errors[0].startswith(f"{org}:{_line(org, at)}:"), errors
    if message is not None:
        assert errors[0].split(": error: ", 1)[1] == message


@pytest.mark.parametrize(
    ("rules", "vocabulary", "message"),
    [
        (
            {"AX-X": ("agreement", {"kind": ["vedteker"]})},
            "",
            "rule AX-X: 'vedteker' in rules[0].check.options.kind[0] is not an agreement kind (did you mean "
            "'vedtekter'?); expected one of: samarbeidsavtale, vedtekter, delavtale, bilateral-avtale, "
            "samhandlingsplan, handlingsplan",
        ),
        (
            {
                "AX-X": (
                    "agreement",
                    {"kind": ["vedtekter"], "adopted_by": [{"party_type": ["kommune"], "by": "2024-02-30"}]},
                )
            },
            "",
            "rule AX-X: `by`: 2024-02-30 is not a day of the calendar; expected a date YYYY-MM-DD",
        ),
        (
            {"AX-X": ("agreement", {"kind": ["vedtekter"], "adopted_by": [{"by": "2024-01-30"}]})},
            "",
            None,
        ),
        (
            {
                "AX-X": (
                    "agreement",
                    {"kind": ["vedtekter"], "adopted_by": [{"party_type": ["kommune"], "on": "2024-02-30"}]},
                )
            },
            "",
            "rule AX-X: `on`: 2024-02-30 is not a day of the calendar; expected a date YYYY-MM-DD",
        ),
        (
            {
                "AX-X": (
                    "agreement",
                    {
                        "kind": ["vedtekter"],
                        "adopted_by": [{"party_type": ["kommune"], "by": "2024-02-01", "on": "2024-01-30"}],
                    },
                )
            },
            "",
            "rule AX-X: `by` and `on` cannot be given together; give one of them",
        ),
        (
            {
                "AX-X": (
                    "agreement",
                    {
                        "kind": ["vedtekter"],
                        "adopted_by": [{"party_type": ["kommune"], "body": ["Styret"], "body_is": ["Styret"]}],
                    },
                )
            },
            "",
            "rule AX-X: `body` and `body_is` cannot be given together; give one of them",
        ),
        (
            {
                "AX-X": (
                    "agreement",
                    {"kind": ["vedtekter"], "adopted_by": [{"forum": ["partnerskapsmote"], "body_is": ["Styret"]}]},
                )
            },
            "",
            "rule AX-X: `body_is` needs `party_type` or `party`",
        ),
        (
            {
                "AX-X": (
                    "agreement",
                    {"kind": ["vedtekter"], "adopted_by": [{"forum": ["partnerskapsmote"], "body": ["Styret"]}]},
                )
            },
            "",
            "rule AX-X: `body` needs `party_type` or `party`",
        ),
        (
            {"AX-X": ("agreement", {"kind": ["intensjonsavtale"]})},
            "vocabulary:\n  agreement_kinds: [intensjonsavtal]\n",
            "rule AX-X: 'intensjonsavtale' in rules[0].check.options.kind[0] is not an agreement kind (did you mean "
            "'intensjonsavtal'?); expected one of: samarbeidsavtale, vedtekter, delavtale, bilateral-avtale, "
            "samhandlingsplan, handlingsplan, intensjonsavtal",
        ),
    ],
)
def test_a_wrong_agreement_rule_is_a_located_pack_error(
    hf: Hf, vestfjord: Path, rules: dict[str, Any], vocabulary: str, message: str | None
) -> None:
    (vestfjord / "ax.yaml").write_text(_pack(rules, vocabulary), encoding="utf-8")
    run = _run(hf, vestfjord)
    assert run.code == 2, run.both
    lines = [line for line in run.err.splitlines() + run.out.splitlines() if ": error: " in line]
    assert len(lines) == 1, run.both
    assert lines[0].startswith(f"{vestfjord / 'ax.yaml'}:"), lines
    if message is not None:
        assert lines[0].split(": error: ", 1)[1] == message


def test_a_pack_adds_an_agreement_kind(hf: Hf, vestfjord: Path) -> None:
    org = vestfjord / "organisation.yaml"
    edit(org, "    kind: vedtekter\n", "    kind: intensjonsavtale\n")
    rules = {
        "AX-X": ("agreement", {"kind": ["intensjonsavtale"], "adopted_by": [{"forum_type": ["partnerskapsmote"]}]})
    }
    (vestfjord / "ax.yaml").write_text(
        _pack(rules, "vocabulary:\n  agreement_kinds: [intensjonsavtale]\n"), encoding="utf-8"
    )
    run = _run(hf, vestfjord, "--format", "json")
    assert run.code == 0, run.both
    assert _findings(run) == []


def test_a_plan_the_parties_adopt_is_a_shared_kind(hf: Hf, vestfjord: Path) -> None:
    """«Samhandlingsplanen ble vedtatt i ASU 15.09.16» (round 22 Akershus AK6): `samhandlingsplan` is a
    shared agreement kind, no vocabulary needed; the phrasebook's rule reports another day."""
    org = vestfjord / "organisation.yaml"
    plan = "  plan:\n    kind: samhandlingsplan\n    name: Samhandlingsplan\n"
    plan += "    adopted_by: [{forum: partnerskapsmote, date: 2016-09-15}]\n"
    edit(org, "\nagreements:\n", "\nagreements:\n" + plan)
    rules = {
        "AX-PLAN": (
            "agreement",
            {"kind": ["samhandlingsplan"], "adopted_by": [{"forum_type": ["partnerskapsmote"], "on": "2016-09-15"}]},
        )
    }
    (vestfjord / "ax.yaml").write_text(_pack(rules), encoding="utf-8")
    run = _run(hf, vestfjord, "--format", "json")
    assert (run.code, _findings(run)) == (0, []), run.both
    edit(org, "{forum: partnerskapsmote, date: 2016-09-15}", "{forum: partnerskapsmote, date: 2016-09-16}")
    run = _run(hf, vestfjord, "--format", "json")
    assert (run.code, _findings(run)) == (
        1,
        [
            (
                "AX-PLAN",
                "helsefellesskap-vestfjord",
                _line(org, "{forum: partnerskapsmote, date: 2016-09-16}"),
                "Samhandlingsplan|Partnerskapsmøtet|adopted it on 2016-09-16, not on 2016-09-15|2016-09-15",
            )
        ],
    )


def test_the_parties_of_one_named_agreement(hf: Hf, vestfjord: Path) -> None:
    """«Avtale … ved Lyngvik kommune og Helse Vestfjord HF» (round 22 St. Olav SO5): `parties` names the
    parties of the one agreement `name` picks, by name or id; one left out and one too many are each
    reported at the agreement's `parties`."""
    org = vestfjord / "organisation.yaml"
    rules = {
        "AX-PARTIES": (
            "agreement",
            {
                "kind": ["bilateral-avtale"],
                "name": ["Avtale Lyngvik"],
                "parties": ["Lyngvik kommune", "Helse Vestfjord HF"],
            },
        )
    }
    (vestfjord / "ax.yaml").write_text(_pack(rules), encoding="utf-8")
    run = _run(hf, vestfjord, "--format", "json")
    assert (run.code, _findings(run)) == (0, []), run.both
    edit(org, "parties: [helse-vestfjord, lyngvik]}", "parties: [lyngvik, havbo]}")
    run = _run(hf, vestfjord, "--format", "json")
    line = _line(org, "bilateral-lyngvik:")
    assert (run.code, _findings(run)) == (
        1,
        [
            (
                "AX-PARTIES",
                "helsefellesskap-vestfjord",
                line,
                "Avtale Lyngvik|Havbø kommune|names Havbø kommune, who is not among the parties the text gives|",
            ),
            (
                "AX-PARTIES",
                "helsefellesskap-vestfjord",
                line,
                "Avtale Lyngvik||does not name Helse Vestfjord HF among its parties|Helse Vestfjord HF",
            ),
        ],
    )


def test_the_parties_by_type_and_an_adoption_by_one_named_party(hf: Hf, vestfjord: Path) -> None:
    """«mellom kommunene i Telemark og Sykehuset Telemark HF» (round 24 Telemark TE21): `party_types`
    puts every municipality in the list without naming them; «Verdal kommunestyre vedtek …» (round 24
    Nord-Trøndelag NT2): `adopted_by` `party`, by name, with its body."""
    org = vestfjord / "organisation.yaml"
    municipalities = ["eikedal", "havbo", "kvitberg", "lyngvik", "straumsnes"]
    parties = ", ".join(["helse-vestfjord", *municipalities])
    edit(
        org,
        "    replaces: [samarbeidsavtale-2012]\n",
        f"    replaces: [samarbeidsavtale-2012]\n    parties: [{parties}]\n",
    )
    rules = {
        "AX-PARTIES": (
            "agreement",
            {"kind": ["samarbeidsavtale"], "party_types": ["kommune"], "parties": ["Helse Vestfjord HF"]},
        ),
        "AX-LYNGVIK": (
            "agreement",
            {"kind": ["samarbeidsavtale"], "adopted_by": [{"party": ["Lyngvik kommune"], "body": ["Kommunestyret"]}]},
        ),
    }
    (vestfjord / "ax.yaml").write_text(_pack(rules), encoding="utf-8")
    run = _run(hf, vestfjord, "--format", "json")
    assert (run.code, _findings(run)) == (0, []), run.both
    edit(org, f"    parties: [{parties}]\n", "    parties: [helse-vestfjord, lyngvik]\n")
    edit(org, "{party: lyngvik, body: kommunestyret, date: 2024-09-12}", "{party: lyngvik, body: formannskapet}")
    run = _run(hf, vestfjord, "--format", "json")
    assert (run.code, _findings(run)) == (
        1,
        [
            (
                "AX-LYNGVIK",
                "helsefellesskap-vestfjord",
                _line(org, "{party: lyngvik, body: formannskapet}"),
                "Samarbeidsavtale for Helsefellesskap Vestfjord|Lyngvik kommune|adopted it by formannskapet, not by "
                "Kommunestyret|",
            ),
            *(
                (
                    "AX-PARTIES",
                    "helsefellesskap-vestfjord",
                    _line(org, "    parties: [helse-vestfjord, lyngvik]"),
                    f"Samarbeidsavtale for Helsefellesskap Vestfjord||does not name {name} among its parties|{name}",
                )
                for name in ("Eikedal kommune", "Havbø kommune", "Kvitberg kommune", "Straumsnes kommune")
            ),
        ],
    )


def test_an_agreement_without_parties_is_between_all_the_parties(hf: Hf, vestfjord: Path) -> None:
    """Round 31 Telemark: an agreement that gives no `parties` is the whole community's
    (documents.md), so «mellom kommunene … og Sykehuset Telemark HF» is met, not one finding per
    municipality; a second trust among the document's parties is one party too many, reported at
    the agreement, and a party of another type (KS) is not asked about."""
    org = vestfjord / "organisation.yaml"
    rules = {
        "AX-PARTIES": (
            "agreement",
            {"kind": ["samarbeidsavtale"], "party_types": ["kommune"], "parties": ["Helse Vestfjord HF"]},
        )
    }
    (vestfjord / "ax.yaml").write_text(_pack(rules), encoding="utf-8")
    add_ks = "parties:\n  ks: {name: KS Vestfjord, type: ks, side: uavhengig}\n"
    edit(org, "parties:\n", add_ks)
    (vestfjord / "ax.yaml").write_text(_pack(rules, "vocabulary:\n  party_types: [ks]\n"), encoding="utf-8")
    run = _run(hf, vestfjord, "--format", "json")
    assert (run.code, _findings(run)) == (0, []), run.both
    edit(org, add_ks, add_ks + "  helse-nabo: {name: Helse Nabo HF, type: helseforetak, side: sykehus}\n")
    run = _run(hf, vestfjord, "--format", "json")
    assert (run.code, _findings(run)) == (
        1,
        [
            (
                "AX-PARTIES",
                "helsefellesskap-vestfjord",
                _line(org, "  samarbeidsavtale:"),
                "Samarbeidsavtale for Helsefellesskap Vestfjord|Helse Nabo HF|names Helse Nabo HF, who is not among "
                "the parties the text gives|",
            )
        ],
    )


def test_adopted_by_every_municipality_on_the_same_day(hf: Hf, vestfjord: Path) -> None:
    """«Avtalen vedtas samtidig i alle kommunestyra»: `same_day` holds the municipalities' adoptions
    to one day, whichever; one of another day is reported at its date, one without a date at the
    adoption."""
    org = vestfjord / "organisation.yaml"
    rules = {
        "AX-SAME-DAY": (
            "agreement",
            {"kind": ["samarbeidsavtale"], "adopted_by": [{"party_type": ["kommune"], "same_day": True}]},
        )
    }
    (vestfjord / "ax.yaml").write_text(_pack(rules), encoding="utf-8")
    edit(
        org,
        "      - {party: kvitberg, body: kommunestyret, date: 2024-10-01}\n",
        "      - {party: kvitberg, body: kommunestyret, date: 2024-10-01}\n"
        "      - {party: eikedal, body: kommunestyret, date: 2024-09-12}\n",
    )
    for party in ("lyngvik", "havbo", "kvitberg"):
        text = org.read_text(encoding="utf-8")
        org.write_text(
            re.sub(rf"(\{{party: {party}, body: kommunestyret)(, date: [0-9-]+)?\}}", r"\1, date: 2024-09-12}", text),
            encoding="utf-8",
        )
    edit(org, "{party: straumsnes, body: kommunestyret}", "{party: straumsnes, body: kommunestyret, date: 2024-09-12}")
    run = _run(hf, vestfjord, "--format", "json")
    assert (run.code, _findings(run)) == (0, []), run.both
    edit(
        org,
        "{party: havbo, body: kommunestyret, date: 2024-09-12}",
        "{party: havbo, body: kommunestyret, date: 2025-02-03}",
    )
    edit(org, "{party: straumsnes, body: kommunestyret, date: 2024-09-12}", "{party: straumsnes, body: kommunestyret}")
    run = _run(hf, vestfjord, "--format", "json")
    assert (run.code, _findings(run)) == (
        1,
        [
            (
                "AX-SAME-DAY",
                "helsefellesskap-vestfjord",
                _line(org, "{party: havbo, body: kommunestyret, date: 2025-02-03}"),
                "Samarbeidsavtale for Helsefellesskap Vestfjord|Havbø kommune|adopted it on 2025-02-03, not on the "
                "day the others did (2024-09-12)|2024-09-12",
            ),
            (
                "AX-SAME-DAY",
                "helsefellesskap-vestfjord",
                _line(org, "{party: straumsnes, body: kommunestyret}"),
                "Samarbeidsavtale for Helsefellesskap Vestfjord|Straumsnes kommune|adopted it, but the adoption gives "
                "no date|2024-09-12",
            ),
        ],
    )


def test_the_day_it_was_adopted_whoever_adopted_it(hf: Hf, vestfjord: Path) -> None:
    """«Strategidokumentet vart vedteke 30.11.22» (round 25 Førde SF29): `adopted` compares the
    agreement's `adopted` day; another day, and none, are reported; a day that is none of the
    calendar is a located pack error."""
    org = vestfjord / "organisation.yaml"
    rules = {"AX-ADOPTED": ("agreement", {"kind": ["samarbeidsavtale"], "adopted": "2024-06-20"})}
    (vestfjord / "ax.yaml").write_text(_pack(rules), encoding="utf-8")
    run = _run(hf, vestfjord, "--format", "json")
    assert (run.code, _findings(run)) == (0, []), run.both
    edit(org, "    adopted: 2024-06-20\n", "    adopted: 2024-06-21\n")
    run = _run(hf, vestfjord, "--format", "json")
    assert (run.code, _findings(run)) == (
        1,
        [
            (
                "AX-ADOPTED",
                "helsefellesskap-vestfjord",
                _line(org, "    adopted: 2024-06-21"),
                "Samarbeidsavtale for Helsefellesskap Vestfjord||was adopted on 2024-06-21, not on 2024-06-20|2024-06-20",
            )
        ],
    )
    edit(org, "    adopted: 2024-06-21\n", "")
    run = _run(hf, vestfjord, "--format", "json")
    assert (run.code, _findings(run)) == (
        1,
        [
            (
                "AX-ADOPTED",
                "helsefellesskap-vestfjord",
                _line(org, "  samarbeidsavtale:"),
                "Samarbeidsavtale for Helsefellesskap Vestfjord||gives no adopted day (expected 2024-06-20)|2024-06-20",
            )
        ],
    )
    rules = {"AX-ADOPTED": ("agreement", {"kind": ["samarbeidsavtale"], "adopted": "2024-02-30"})}
    (vestfjord / "ax.yaml").write_text(_pack(rules), encoding="utf-8")
    run = _run(hf, vestfjord)
    assert run.code == 2, run.both
    assert [line for line in run.err.splitlines() + run.out.splitlines() if ": error: " in line] == [
        f"{vestfjord / 'ax.yaml'}:19:58: error: rule AX-ADOPTED: `adopted`: 2024-02-30 is not a day of the calendar; "
        "expected a date YYYY-MM-DD"
    ]


def test_statutes_adopted_by_a_founding_meeting(hf: Hf, vestfjord: Path) -> None:
    """«… møtt opp for å godta vedtektene» at the founding meeting (round 25 Helgeland HG2): the
    adoption names a body the document declares under `bodies:`, and `adopted_by` `forum` asks it."""
    org = vestfjord / "organisation.yaml"
    edit(
        org,
        "adopted_by: [{forum: partnerskapsmote, date: 2024-11-15}]",
        "adopted_by: [{forum: stiftelsesmote, date: 2023-05-04}]",
    )
    with org.open("a", encoding="utf-8") as handle:
        handle.write("bodies:\n  stiftelsesmote: {name: Stiftelsesmøtet for Helsefellesskap Vestfjord}\n")
    rules = {
        "AX-STATUTES": (
            "agreement",
            {"kind": ["vedtekter"], "adopted_by": [{"forum": ["stiftelsesmote"], "on": "2023-05-04"}]},
        )
    }
    (vestfjord / "ax.yaml").write_text(_pack(rules), encoding="utf-8")
    run = _run(hf, vestfjord, "--format", "json")
    assert (run.code, _findings(run)) == (0, []), run.both
    edit(org, "{forum: stiftelsesmote, date: 2023-05-04}", "{forum: stiftelsesmote, date: 2023-05-05}")
    run = _run(hf, vestfjord, "--format", "json")
    assert (run.code, [f[:3] for f in _findings(run)]) == (
        1,
        [("AX-STATUTES", "helsefellesskap-vestfjord", _line(org, "{forum: stiftelsesmote, date: 2023-05-05}"))],
    )


def test_an_adoption_by_a_municipality_since_merged(hf: Hf, vestfjord: Path) -> None:
    """«vedtatt i kommunestyrene i samtlige kommuner» in 2012, before a merger (round 25/26
    Nord-Trøndelag NT4/NT6): the adoption is recorded truthfully, by the former municipality, for the
    party it is now part of, and counts for that party; `former` without a party is a located input
    error."""
    org = vestfjord / "organisation.yaml"
    rules = {"AX-ALL": ("agreement", {"kind": ["samarbeidsavtale"], "adopted_by": [{"party_type": ["kommune"]}]})}
    (vestfjord / "ax.yaml").write_text(_pack(rules), encoding="utf-8")
    edit(
        org,
        "{party: havbo, body: kommunestyret, date: 2025-02-03}",
        "{party: havbo, former: Gamle Havbø kommune, body: kommunestyret, date: 2012-02-03}",
    )
    edit(
        org,
        "      - {party: kvitberg, body: kommunestyret, date: 2024-10-01}\n",
        "      - {party: kvitberg, body: kommunestyret, date: 2024-10-01}\n      - {party: eikedal, body: kommunestyret}\n",
    )
    run = _run(hf, vestfjord, "--format", "json")
    assert (run.code, _findings(run)) == (0, []), run.both
    edit(org, "{party: havbo, former: Gamle Havbø kommune,", "{forum: partnerskapsmote, former: Gamle Havbø kommune,")
    edit(
        org,
        "former: Gamle Havbø kommune, body: kommunestyret, date: 2012-02-03}",
        "former: Gamle Havbø kommune, date: 2012-02-03}",
    )
    run = _run(hf, vestfjord)
    assert run.code == 2, run.both
    assert "'former' is the municipality that adopted it before a merger; give 'party'" in run.out + run.err


def test_replaces_by_the_beginning_of_a_longer_name(hf: Hf, vestfjord: Path) -> None:
    """«Overordna samarbeidsavtale erstattar rammeavtale …» (round 25 Førde FO2): the replaced
    agreement's longer title begins with the name the rule gives; a name that only contains it, or an
    inflected form, does not."""
    org = vestfjord / "organisation.yaml"
    rules = {
        "AX-RAMME": (
            "agreement",
            {
                "kind": ["samarbeidsavtale"],
                "name": ["Samarbeidsavtale for Helsefellesskap Vestfjord"],
                "replaces": ["Rammeavtale"],
            },
        )
    }
    (vestfjord / "ax.yaml").write_text(_pack(rules), encoding="utf-8")
    for old_name, met in (
        ("Rammeavtale mellom Helse Vestfjord HF og kommunane (2012)", True),
        ("Rammeavtale", True),
        ("Rammeavtalen frå 2012", False),
        ("Ny rammeavtale 2012", False),
    ):
        text = org.read_text(encoding="utf-8")
        start = text.index("  samarbeidsavtale-2012:\n    kind: samarbeidsavtale\n    name: ") + len(
            "  samarbeidsavtale-2012:\n    kind: samarbeidsavtale\n    name: "
        )
        end = text.index("\n", start)
        org.write_text(text[:start] + old_name + text[end:], encoding="utf-8")
        run = _run(hf, vestfjord, "--format", "json")
        assert (run.code == 0) == met, (old_name, run.both)


def test_a_rule_that_names_an_agreement_reads_that_version_even_when_replaced(hf: Hf, vestfjord: Path) -> None:
    """«Avtalen frå 2012 vart vedteken i alle kommunestyra» (round 23 Nord-Trøndelag NT5/NT7, Helgeland
    HG1, Akershus AK6): `name` picks that version, in force or replaced; without `name`, the one in force."""
    org = vestfjord / "organisation.yaml"
    named = {
        "kind": ["samarbeidsavtale"],
        "name": ["Samarbeidsavtale 2012"],
        "adopted_by": [{"party_type": ["kommune"]}],
    }
    (vestfjord / "ax.yaml").write_text(_pack({"AX-2012": ("agreement", named)}), encoding="utf-8")
    run = _run(hf, vestfjord, "--format", "json")
    line = _line(org, "  samarbeidsavtale-2012:")
    # the 2012 agreement, replaced, names no adoption: each municipality is reported at its entry
    assert (run.code, sorted({(f[0], f[2]) for f in _findings(run)})) == (1, [("AX-2012", line)]), run.both
    assert len(_findings(run)) == 5  # Lyngvik, Havbø, Straumsnes, Kvitberg and Eikedal
    edit(
        org,
        "    name: Samarbeidsavtale 2012\n",
        "    name: Samarbeidsavtale 2012\n    adopted_by: [{party: lyngvik}, {party: havbo}, {party: straumsnes}, {party: kvitberg}, {party: eikedal}]\n",
    )
    assert (_run(hf, vestfjord, "--format", "json").code, _findings(_run(hf, vestfjord, "--format", "json"))) == (0, [])


def test_diff_reports_changed_agreements_and_adoptions(hf: Hf, vestfjord: Path, tmp_path: Path) -> None:
    old = tmp_path / "old"
    old.mkdir()
    shutil.copy(vestfjord / "organisation.yaml", old / "organisation.yaml")
    org = vestfjord / "organisation.yaml"
    edit(org, "{party: straumsnes, body: kommunestyret}", "{party: straumsnes, body: kommunestyret, date: 2024-09-30}")
    edit(
        org,
        "  bilateral-havbo-2: {kind: bilateral-avtale, name: Avtale Havbø 2, parties: [helse-vestfjord, havbo]}\n",
        "",
    )
    run = hf(
        "diff", "--no-config", "--lang", "en", "--as-of", AS_OF, "--rules", str(vestfjord / "ax.yaml"),
        "--format", "json", str(old / "organisation.yaml"), str(org),
    )  # fmt: skip
    assert run.code == 1, run.both
    changes = [
        (c["field"], c["line"], c["before"], c["after"])
        for c in json.loads(run.out)["changes"]
        if c["kind"] == "organisation-changed"
    ]
    before = [
        "samarbeidsavtale-2012 (samarbeidsavtale) «Samarbeidsavtale 2012»",
        "samarbeidsavtale (samarbeidsavtale) «Samarbeidsavtale for Helsefellesskap Vestfjord»",
        "vedtekter (vedtekter) «Vedtekter for Helsefellesskap Vestfjord»",
        "bilateral-lyngvik (bilateral-avtale) «Avtale Lyngvik»",
        "bilateral-havbo (bilateral-avtale) «Avtale Havbø»",
        "bilateral-havbo-2 (bilateral-avtale) «Avtale Havbø 2»",
        "bilateral-straumsnes (bilateral-avtale) «Avtale Straumsnes»",
        "bilateral-kvitberg (bilateral-avtale) «Avtale Kvitberg»",
    ]
    adoptions = [
        "helse-vestfjord (styret) 2024-06-20",
        "lyngvik (kommunestyret) 2024-09-12",
        "havbo (kommunestyret) 2025-02-03",
        "straumsnes (kommunestyret)",
        "kvitberg (kommunestyret) 2024-10-01",
    ]
    assert changes == [
        ("agreements", _line(org, "agreements:"), before, [b for b in before if "havbo-2" not in b]),
        (
            "agreements.samarbeidsavtale.adopted_by",
            _line(org, "    replaces: [samarbeidsavtale-2012]") + 1,
            adoptions,
            [a if a != "straumsnes (kommunestyret)" else "straumsnes (kommunestyret) 2024-09-30" for a in adoptions],
        ),
    ]
    text = hf(
        "diff", "--no-config", "--lang", "nb", "--as-of", AS_OF, "--rules", str(vestfjord / "ax.yaml"),
        str(old / "organisation.yaml"), str(org),
    )  # fmt: skip
    assert "organisasjonen endret: agreements.samarbeidsavtale.adopted_by: " in text.out, text.both


PHRASE_FINDINGS: dict[str, list[str]] = {
    # the phrasebook's sentences on agreements, run against the example: the rule's findings, by line
    "statutes-adopted": [],
    "agreement-approved-by-fora": [
        "    replaces: [samarbeidsavtale-2012]",  # the line before `adopted_by:`: no ASU
        "    replaces: [samarbeidsavtale-2012]",  # and no PSU
    ],
    "adopted-by-every-party": ["    replaces: [samarbeidsavtale-2012]"],  # Eikedal
    "replaces-earlier": [],
    "bilateral-per-municipality": ["  eikedal:", "  bilateral-havbo-2:"],
    "statutory-sub-agreements": ["sub_agreements:"] * 9,  # two of the eleven are declared
}


@pytest.mark.parametrize("name", sorted(PHRASE_FINDINGS))
def test_the_phrasebook_sentences_on_agreements_give_these_findings(
    hf: Hf, vestfjord: Path, tmp_path: Path, name: str
) -> None:
    (body,) = [b for n, b in PHRASES if n == name]
    pack = write_pack(tmp_path, name, body)
    org = vestfjord / "organisation.yaml"
    run = hf(
        "check", "--no-config", "--lang", "en", "--as-of", AS_OF, "--rules", str(pack), "--format", "json", str(org)
    )
    assert run.code in (0, 1), run.both
    found = sorted(f["line"] for f in json.loads(run.out)["findings"] if f["rule"].startswith("PB-"))
    after = {"    replaces: [samarbeidsavtale-2012]": 1}  # `adopted_by:` is the line after
    assert found == sorted(_line(org, text) + after.get(text, 0) for text in PHRASE_FINDINGS[name])


def test_a_joint_agreement_is_no_bilateral_one(hf: Hf, vestfjord: Path) -> None:
    """«Partnarane i denne avtala er helseføretaket og kvar einskild kommune» (round 20 Førde FO1):
    one ``bilateral-avtale`` naming the trust, Lyngvik and Kvitberg is the own agreement of
    neither; each is reported where the joint agreement names it."""
    org = vestfjord / "organisation.yaml"
    edit(org, "parties: [helse-vestfjord, lyngvik]}", "parties: [helse-vestfjord, lyngvik, kvitberg]}")
    edit(
        org,
        "  bilateral-kvitberg: {kind: bilateral-avtale, name: Avtale Kvitberg, parties: [helse-vestfjord, kvitberg]}\n",
        "",
    )
    run = _run(hf, vestfjord, "--format", "json")
    joint = _line(org, "  bilateral-lyngvik:")
    found = [f for f in _findings(run) if f[0] == "AX-BILATERAL" and "shared" in f[3]]
    assert found == [
        (
            "AX-BILATERAL",
            "helsefellesskap-vestfjord",
            joint,
            "Avtale Lyngvik|Kvitberg kommune|has no agreement of its own: «Avtale Lyngvik» is shared with "
            "Lyngvik kommune|",
        ),
        (
            "AX-BILATERAL",
            "helsefellesskap-vestfjord",
            joint,
            "Avtale Lyngvik|Lyngvik kommune|has no agreement of its own: «Avtale Lyngvik» is shared with "
            "Kvitberg kommune|",
        ),
    ]
    # Kvitberg with a bilateral agreement of its own again: only Lyngvik is reported
    edit(
        org,
        "  bilateral-havbo: {",
        "  bilateral-kvitberg: {kind: bilateral-avtale, name: Avtale Kvitberg, parties: [helse-vestfjord, kvitberg]}\n"
        "  bilateral-havbo: {",
    )
    found = [f[2:] for f in _findings(_run(hf, vestfjord, "--format", "json")) if "shared" in f[3]]
    assert found == [
        (
            joint,
            "Avtale Lyngvik|Lyngvik kommune|has no agreement of its own: «Avtale Lyngvik» is shared with Kvitberg kommune|",
        )
    ]


def test_per_party_with_no_party_of_the_type_is_not_a_pass(hf: Hf, vestfjord: Path) -> None:
    """«Ein avtale med kvart regionsamarbeid» with no regional cooperation among the parties
    (round 20 St. Olav SO7): one finding at ``parties``, never a silent pass."""
    org = vestfjord / "organisation.yaml"
    rules = {
        "AX-PER-REGION": (
            "agreement",
            {"kind": ["samarbeidsavtale"], "per_party": {"party_type": ["kommunesamarbeid"], "with": ["helseforetak"]}},
        )
    }
    vocabulary = "vocabulary:\n  party_types: [kommunesamarbeid]\n"
    (vestfjord / "ax.yaml").write_text(_pack(rules, vocabulary), encoding="utf-8")
    run = _run(hf, vestfjord, "--format", "json")
    assert run.code == 1, run.both
    assert _findings(run) == [
        (
            "AX-PER-REGION",
            "helsefellesskap-vestfjord",
            org.read_text(encoding="utf-8").splitlines().index("parties:") + 1,
            "|kommunesamarbeid|is not among the parties: nothing to check|",
        )
    ]


def test_an_adoption_on_a_day_and_by_a_whole_body_name(hf: Hf, vestfjord: Path) -> None:
    """«vedteke i partnerskapsmøtet 15. november 2024» is ``on``: an earlier day is reported as a
    later one is (``by`` passes it; round 20 Akershus AK6, Helgeland HG2); «vedtatt av styret i
    Helse Vestfjord» is ``body_is: [Styret]``: «Styret i Helse Midt-Norge RHF» is another body, for
    ``body`` as for ``body_is`` (round 20 Nord-Trøndelag NT6; round 22 NT2 W5), and «Styret i Helse
    Vestfjord HF», the board under the trust's full name, is the trust's own (round 22 NT2 W4)."""
    org = vestfjord / "organisation.yaml"
    rules = {
        "AX-ON": (
            "agreement",
            {"kind": ["vedtekter"], "adopted_by": [{"forum": ["partnerskapsmote"], "on": "2024-11-15"}]},
        ),
        "AX-BY": (
            "agreement",
            {"kind": ["vedtekter"], "adopted_by": [{"forum": ["partnerskapsmote"], "by": "2024-11-15"}]},
        ),
        "AX-BODY-IS": (
            "agreement",
            {"kind": ["samarbeidsavtale"], "adopted_by": [{"party_type": ["helseforetak"], "body_is": ["Styret"]}]},
        ),
        "AX-BODY": (
            "agreement",
            {"kind": ["samarbeidsavtale"], "adopted_by": [{"party_type": ["helseforetak"], "body": ["Styret"]}]},
        ),
    }
    (vestfjord / "ax.yaml").write_text(_pack(rules), encoding="utf-8")
    run = _run(hf, vestfjord, "--format", "json")
    assert (run.code, _findings(run)) == (0, [])  # the very day, and «styret» as the whole text
    edit(org, "{forum: partnerskapsmote, date: 2024-11-15}", "{forum: partnerskapsmote, date: 2024-10-01}")
    edit(org, "{party: helse-vestfjord, body: styret,", "{party: helse-vestfjord, body: Styret i Helse Midt-Norge RHF,")
    run = _run(hf, vestfjord, "--format", "json")
    name = "Samarbeidsavtale for Helsefellesskap Vestfjord"
    other_board = _line(org, "{party: helse-vestfjord, body: Styret i Helse Midt-Norge RHF")
    assert (run.code, _findings(run)) == (
        1,
        [
            (
                "AX-BODY",
                "helsefellesskap-vestfjord",
                other_board,
                f"{name}|Helse Vestfjord HF|adopted it by Styret i Helse Midt-Norge RHF, not by Styret|",
            ),
            (
                "AX-BODY-IS",
                "helsefellesskap-vestfjord",
                other_board,
                f"{name}|Helse Vestfjord HF|adopted it by Styret i Helse Midt-Norge RHF, not by Styret|",
            ),
            (
                "AX-ON",
                "helsefellesskap-vestfjord",
                _line(org, "{forum: partnerskapsmote, date: 2024-10-01}"),
                "Vedtekter for Helsefellesskap Vestfjord|Partnerskapsmøtet|adopted it on 2024-10-01, not on 2024-11-15|"
                "2024-11-15",
            ),
        ],
    )
    for own in ("Styret i Helse Vestfjord HF", "Helse Vestfjord styre", "Styret i Helse Vestfjord"):
        edit(org, "helse-vestfjord, body: Styret i Helse Midt-Norge RHF,", f"helse-vestfjord, body: {own},")
        run = _run(hf, vestfjord, "--format", "json")
        assert [f[0] for f in _findings(run)] == ["AX-ON"], own  # the trust's own board, by name or short name
        edit(org, f"helse-vestfjord, body: {own},", "helse-vestfjord, body: Styret i Helse Midt-Norge RHF,")
    edit(org, "{forum: partnerskapsmote, date: 2024-10-01}", "{forum: partnerskapsmote}")
    found = [f[3] for f in _findings(_run(hf, vestfjord, "--format", "json")) if f[0] in ("AX-ON", "AX-BY")]
    assert (
        found
        == [
            "Vedtekter for Helsefellesskap Vestfjord|Partnerskapsmøtet|adopted it, but the adoption gives no date|2024-11-15"
        ]
        * 2
    )
