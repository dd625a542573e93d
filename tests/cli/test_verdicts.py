"""No wrong verdict in silence: the ways a pack author got one (blind-author report, section 3)
are closed, each shown end to end with exact findings or exact located errors.

- a forum type a pack declares a kind of another is selected and counted as that type;
- a vocabulary word inside a check's options is checked when the pack loads;
- an ``applies_to.id`` that names no subject of an organisation is a finding at it;
- an expression sees the region a selector sees, and the organisation's regions.

The pack here stands alone (it extends nothing), so every finding is one of its rules.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Run
from tests.support import ROOT

PACK_HEAD = """\
apiVersion: hf-rules/v1
kind: RulePack
metadata:
  id: vestfjord-test
  version: 1.0.0
  name: {nb: Vestfjord, en: Vestfjord}
vocabulary:
%s
sources:
  avtale: {title: Avtale, date: '2024'}
obligations:
  - id: V1
    text: {nb: Begge sider, en: Both sides}
    source: {document: avtale, quote: Begge parter er med.}
rules:
"""
VOCABULARY = """\
  forum_types:
    - {id: faglig-samarbeidsutvalg, kind_of: samarbeidsforum}
    - {id: fsu-barn, kind_of: faglig-samarbeidsutvalg}
    - sekretariat
  party_types: [utdanningsinstitusjon]
"""


def rule(rule_id: str, applies_to: str, function: str, options: str, message: str = "{subject}") -> str:
    """One rule of the test pack (``options``: YAML lines, indented by eight)."""
    return (
        f"  - id: {rule_id}\n"
        f"    title: {{nb: {rule_id}, en: {rule_id}}}\n"
        f"    message: {{nb: '{message}', en: '{message}'}}\n"
        "    hint: {nb: Rett det., en: Fix it.}\n"
        "    severity: error\n"
        "    source: {document: avtale, quote: Begge parter er med.}\n"
        "    obligations: [V1]\n"
        f"    applies_to: {applies_to}\n"
        "    check:\n"
        f"      function: {function}\n"
        "      options:\n" + textwrap.indent(options, "        ")
    )


ORGANISATION = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: vestfjord, name: Helsefellesskap Vestfjord, effective_from: 2024-01-01}
regions:
  ytre: {name: Ytre Vestfjord, parties: [lyngvik]}
  indre: {name: Indre Vestfjord}
parties:
  vestfjord: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
  havbo: {name: Havbø kommune, type: kommune, side: kommune, region: indre}
  skole: {name: Vestfjord høgskole, type: utdanningsinstitusjon, side: kommune}
fora:
  fsu-eldre:
    name: FSU eldre
    type: faglig-samarbeidsutvalg
    members:
      - {party: vestfjord, role: Klinikksjef}
  fsu-barn:
    name: FSU barn og unge
    type: fsu-barn
    members:
      - {party: vestfjord, role: Klinikksjef}
      - {party: lyngvik, role: Kommunalsjef}
  sekretariat:
    name: Sekretariatet
    type: sekretariat
    members:
      - {party: vestfjord, role: Rådgiver}
  arbeidsgruppe:
    name: Arbeidsgruppe
    type: arbeidsgruppe
    members:
      - {party: vestfjord, role: Rådgiver}
"""


def workspace(tmp_path: Path, rules: str, vocabulary: str = VOCABULARY, org: str = ORGANISATION) -> None:
    (tmp_path / "pack.yaml").write_text(PACK_HEAD % vocabulary.rstrip("\n") + rules, encoding="utf-8")
    (tmp_path / "organisation.yaml").write_text(org, encoding="utf-8")


def check(hf: Callable[..., Run], *extra: str) -> tuple[dict[str, Any], int]:
    done = hf("check", "--rules", "pack.yaml", "--no-config", "--format", "json", "--lang", "en", *extra, ".")
    return json.loads(done.out), done.code


def findings(report: dict[str, Any]) -> list[tuple[str, str, int, str]]:
    return sorted((f["rule"], f["subject"], f["line"], f["message"]) for f in report["findings"])


BOTH_SIDES = "sides:\n  kommune: {min: 1}\n  sykehus: {min: 1}\n"


# --- 1. a forum type that is a kind of another ---------------------------------------------------


def test_a_sub_type_is_selected_and_counted_as_its_type(tmp_path: Path, hf: Callable[..., Run]) -> None:
    """``applies_to.type: [samarbeidsforum]`` takes in the faglig samarbeidsutvalg (a kind of it)
    and fsu-barn (a kind of that), not the secretariat (a plain word) nor the working group; a
    count of samarbeidsfora counts both FSUs."""
    workspace(
        tmp_path,
        rule("V-BOTH-SIDES", "{kind: forum, type: [samarbeidsforum]}", "side_balance", BOTH_SIDES)
        + rule(
            "V-FORA",
            "{kind: organisation}",
            "forum_count",
            "type: [samarbeidsforum]\nmin: 3\nlabel: {nb: samarbeidsforum, en: cooperation fora}\n",
            "{found} {label}",
        )
        + rule(
            "V-NO-FSU",
            "{kind: forum}",
            "forum_type_not_allowed",
            "types: [faglig-samarbeidsutvalg]\n",
            "{subject} {forum_type}",
        ),
    )
    report, code = check(hf)
    assert code == 1
    assert findings(report) == [
        ("V-BOTH-SIDES", "fsu-eldre", 16, "fsu-eldre"),
        ("V-FORA", "vestfjord", 12, "2 cooperation fora"),
        ("V-NO-FSU", "fsu-barn", 20, "fsu-barn fsu-barn"),
        ("V-NO-FSU", "fsu-eldre", 15, "fsu-eldre faglig-samarbeidsutvalg"),
    ]
    applied = sorted((e["rule"], e["subject"]) for e in report["evaluations"] if e["rule"] == "V-BOTH-SIDES")
    assert applied == [("V-BOTH-SIDES", "fsu-barn"), ("V-BOTH-SIDES", "fsu-eldre")]


def test_without_kind_of_a_pack_type_is_not_the_shared_type(tmp_path: Path, hf: Callable[..., Run]) -> None:
    vocabulary = (
        "  forum_types: [faglig-samarbeidsutvalg, fsu-barn, sekretariat]\n  party_types: [utdanningsinstitusjon]\n"
    )
    workspace(
        tmp_path, rule("V-BOTH-SIDES", "{kind: forum, type: [samarbeidsforum]}", "side_balance", BOTH_SIDES), vocabulary
    )
    report, code = check(hf)
    # The rule checks nothing, and says so (an info finding at the fora, exit 0).
    assert (code, findings(report)) == (
        0,
        [
            (
                "V-BOTH-SIDES",
                "vestfjord",
                12,
                "The rule applies to fora with type: [samarbeidsforum], but the organisation has none; it checked "
                "nothing here",
            )
        ],
    )
    assert [f["severity"] for f in report["findings"]] == ["info"]


BAD_KIND_OF = {
    "unknown": (
        "    - {id: faglig-samarbeidsutvalg, kind_of: samarbeidforum}\n",
        (9, 46),
        "forum type 'faglig-samarbeidsutvalg' is kind_of 'samarbeidforum', which is not a forum type "
        "(did you mean 'samarbeidsforum'?); expected one of: partnerskapsmote, strategisk-samarbeidsutvalg, "
        "lokalt-samarbeidsutvalg, samarbeidsforum, arbeidsgruppe, kontaktmote, stormote, samarbeidsutvalget, "
        "direktormote, faglig-samarbeidsutvalg",
        "forumtypen 'faglig-samarbeidsutvalg' er kind_of 'samarbeidforum', som ikke er en forumtype "
        "(mente du 'samarbeidsforum'?); forventet en av: ",
    ),
    "existing": (
        "    - {id: arbeidsgruppe, kind_of: samarbeidsforum}\n",
        (9, 12),
        "'arbeidsgruppe' is already a forum type; kind_of is only given to a forum type the pack adds",
        "'arbeidsgruppe' er allerede en forumtype; kind_of gis bare for en forumtype pakken legger til",
    ),
    "cycle": (
        "    - {id: a-utvalg, kind_of: b-utvalg}\n    - {id: b-utvalg, kind_of: a-utvalg}\n",
        (9, 31),
        "forum type 'a-utvalg' becomes a kind of itself: a-utvalg -> b-utvalg -> a-utvalg",
        "forumtypen 'a-utvalg' blir en undertype av seg selv: a-utvalg -> b-utvalg -> a-utvalg",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_KIND_OF))
def test_a_bad_kind_of_is_a_located_pack_error(case: str, tmp_path: Path, hf: Callable[..., Run]) -> None:
    entries, (line, column), en, nb = BAD_KIND_OF[case]
    workspace(tmp_path, rule("V-BOTH-SIDES", "{kind: forum}", "side_balance", BOTH_SIDES), "  forum_types:\n" + entries)
    done = hf("check", "--rules", "pack.yaml", "--no-config", "--lang", "en", ".")
    assert done.code == 2, done.both
    assert done.both.startswith(f"pack.yaml:{line}:{column}: error: {en}"), done.both
    done = hf("check", "--rules", "pack.yaml", "--no-config", "--lang", "nb", ".")
    assert done.code == 2
    assert done.both.startswith(f"pack.yaml:{line}:{column}: error: {nb}"), done.both
    assert "Traceback" not in done.both


MORE_WORD_RULES = rule(
    "V-APPOINTED",
    "{kind: forum}",
    "seat_requirements",
    "where: {party_type: [kommune]}\nmust: {appointed_by_party_type: [kommunee]}\nlabel: {nb: utpekt, en: appointed}\n",
) + rule("V-DECIDES", "{kind: forum}", "decision_rule", "allowed: [konsensuss]\n")


def test_party_types_of_appointed_by_and_decision_rules_are_vocabulary_words(
    tmp_path: Path, hf: Callable[..., Run]
) -> None:
    """A misspelt party type in ``appointed_by_party_type`` selected nothing, silently."""
    workspace(tmp_path, MORE_WORD_RULES)
    done = hf("check", "--rules", "pack.yaml", "--no-config", "--lang", "en", ".")
    assert done.code == 2, done.both
    errors = [line.split(": error: ")[1] for line in done.both.splitlines() if ": error: " in line]
    assert errors == [
        "rule V-APPOINTED: 'kommunee' in rules[0].check.options.must.appointed_by_party_type[0] is not a party "
        "type (did you mean 'kommune'?); expected one of: kommune, etat, bydel, helseforetak, sykehus, ombud, "
        "region, utdanningsinstitusjon",
        "rule V-DECIDES: 'konsensuss' in rules[1].check.options.allowed[0] is not a decision rule (did you mean "
        "'konsensus'?); expected one of: konsensus, flertall, enstemmighet",
    ]


# --- 5. vocabulary words inside a check's options --------------------------------------------------

WORD_RULES = (
    rule(
        "V-EDUCATION",
        "{kind: forum, type: [faglig-samarbeidsutvalg]}",
        "seat_count",
        "where: {party_type: [utdanningsinstitusjonen], level: [direktør]}\nmax: 0\n"
        "label: {nb: utdanning, en: education}\n",
    )
    + rule(
        "V-SIDES",
        "{kind: forum}",
        "seat_count",
        "per: side\neach: {values: [kommuner, sykehus]}\nlabel: {nb: sider, en: sides}\n",
    )
    + rule(
        "V-FORA",
        "{kind: organisation}",
        "forum_count",
        "type:\n  dated:\n    - {value: [samarbeidsforumm], valid_to: 2024-12-31}\n"
        "    - {value: [samarbeidsforum], valid_from: 2025-01-01}\nmin: 1\nlabel: {nb: fora, en: fora}\n",
    )
    + rule(
        "V-USERS",
        "{kind: forum}",
        "required_seats",
        "require:\n  - {represents: [brukere], label: {nb: bruker, en: user}}\n",
    )
)


def test_a_misspelt_option_word_is_a_located_pack_error(tmp_path: Path, hf: Callable[..., Run]) -> None:
    workspace(tmp_path, WORD_RULES)
    done = hf("check", "--rules", "pack.yaml", "--no-config", "--lang", "en", ".")
    assert done.code == 2, done.both
    errors = [line for line in done.both.splitlines() if ": error: " in line]
    assert errors == [
        "pack.yaml:31:30: error: rule V-EDUCATION: 'utdanningsinstitusjonen' in rules[0].check.options.where."
        "party_type[0] is not a party type (did you mean 'utdanningsinstitusjon'?); expected one of: kommune, "
        "etat, bydel, helseforetak, sykehus, ombud, region, utdanningsinstitusjon",
        "pack.yaml:31:64: error: rule V-EDUCATION: 'direktør' in rules[0].check.options.where.level[0] is not "
        "a level (did you mean 'direktor'?); expected one of: politisk, direktor, leder, styre, medarbeider",
        "pack.yaml:46:25: error: rule V-SIDES: 'kommuner' in rules[1].check.options.each.values[0] is not a side "
        "(did you mean 'kommune'?); expected one of: kommune, sykehus, uavhengig",
        "pack.yaml:61:24: error: rule V-FORA: 'samarbeidsforumm' in rules[2].check.options.type.dated[0].value[0] "
        "is not a forum type (did you mean 'samarbeidsforum'?); expected one of: partnerskapsmote, "
        "strategisk-samarbeidsutvalg, lokalt-samarbeidsutvalg, samarbeidsforum, arbeidsgruppe, kontaktmote, "
        "stormote, samarbeidsutvalget, direktormote, faglig-samarbeidsutvalg, fsu-barn, sekretariat",
        "pack.yaml:77:27: error: rule V-USERS: 'brukere' in rules[3].check.options.require[0].represents[0] is "
        "not a constituency (represents) (did you mean 'bruker'?); expected one of: fastlege, bruker, ansatt",
    ]
    done = hf("check", "--rules", "pack.yaml", "--no-config", "--lang", "nb", ".")
    assert done.code == 2
    assert done.both.startswith(
        "pack.yaml:31:30: error: regel V-EDUCATION: 'utdanningsinstitusjonen' i rules[0].check.options.where."
        "party_type[0] er ikke en parttype (mente du 'utdanningsinstitusjon'?); forventet en av: kommune, "
    )
    assert "Traceback" not in done.both


def test_the_words_of_each_values_follow_per(tmp_path: Path, hf: Callable[..., Run]) -> None:
    """With ``per: region`` the values are the documents' region ids: not checked at load."""
    workspace(
        tmp_path,
        rule(
            "V-REGIONS",
            "{kind: forum, type: [fsu-barn]}",
            "seat_count",
            "per: region\neach: {values: [ytre, nordre]}\nlabel: {nb: regioner, en: regions}\n",
            "{subject} {unit} {found}",
        ),
    )
    report, code = check(hf)
    assert (code, findings(report)) == (1, [("V-REGIONS", "fsu-barn", 21, "fsu-barn nordre 0")])


# --- 6. regions and forum kinds in expressions --------------------------------------------------


def test_an_expression_sees_the_region_a_selector_sees(tmp_path: Path, hf: Callable[..., Run]) -> None:
    """Lyngvik is listed under ``regions.ytre``, Havbø names ``region: indre`` itself, and the
    hospital has none: ``party.region`` is what ``per: region`` counts by, whichever form the
    document uses; ``organisation.regions`` lists each region with its parties; a forum's
    ``kinds`` holds its type and the types it is a kind of."""
    expression = (
        "expression: >-\n"
        "  organisation.parties['lyngvik'].region == 'ytre'\n"
        "  && organisation.parties['havbo'].region == 'indre'\n"
        "  && organisation.parties['vestfjord'].region == null\n"
        "  && organisation.regions['ytre'].parties == ['lyngvik']\n"
        "  && organisation.regions['indre'] == {'id': 'indre', 'name': 'Indre Vestfjord', 'also_known_as': [], 'parties': ['havbo']}\n"
        "  && organisation.fora['fsu-barn'].kinds == ['fsu-barn', 'faglig-samarbeidsutvalg', 'samarbeidsforum']\n"
        "  && organisation.fora['sekretariat'].kinds == ['sekretariat']\n"
    )
    regions = (
        "expression: organisation.regions.all(r, organisation.regions[r].parties.size() > 1)\n"
        "message_expression: >-\n"
        "  string(organisation.regions.filter(r, organisation.regions[r].parties.size() <= 1).size())\n"
    )
    workspace(
        tmp_path,
        rule("V-SEES", "{kind: organisation}", "expression", expression)
        + rule("V-REGIONS", "{kind: organisation}", "expression", regions, "{detail}"),
    )
    report, code = check(hf)
    assert (code, findings(report)) == (1, [("V-REGIONS", "vestfjord", 1, "2")])


# --- 4. an applies_to.id that names no subject --------------------------------------------------

NO_SUBJECT_RULES = (
    rule("V-FSU", "{kind: forum, id: [fsu-eldr, fsu-barn]}", "side_balance", BOTH_SIDES)
    + rule(
        "V-LEFT-OUT", "{kind: party, id: [vestfjord, skole], type: [kommune]}", "expression", "expression: 'false'\n"
    )
    + rule("V-PLAN", "{kind: meeting_plan, id: [plan-fsu-barn]}", "chair", "side: [kommune]\n")
)
NO_FORUM_EN = (
    "The rule applies to forum 'fsu-eldr', but the organisation has no forum with that id (did you mean "
    "'fsu-eldre'?); it has: fsu-eldre, fsu-barn, sekretariat, arbeidsgruppe"
)
NO_PLAN_EN = "The rule applies to meeting plan 'plan-fsu-barn', but no meeting plan of the organisation has that id; its plans: (none)"


def test_an_id_that_names_no_subject_is_a_finding_at_the_organisation(tmp_path: Path, hf: Callable[..., Run]) -> None:
    """``fsu-eldr`` (for ``fsu-eldre``) and a plan that is not among the documents: findings of the
    rule at the organisation, so the rule that ran on nothing is seen; the party ids that name
    parties the type leaves out are the selection asked for, not reported."""
    workspace(tmp_path, NO_SUBJECT_RULES)
    report, code = check(hf)
    assert code == 1
    assert findings(report) == [
        ("V-FSU", "vestfjord", 12, NO_FORUM_EN),
        ("V-PLAN", "vestfjord", 1, NO_PLAN_EN),
    ]
    [finding] = [f for f in report["findings"] if f["rule"] == "V-FSU"]
    assert (finding["subject_kind"], finding["severity"], finding["file"], finding["column"]) == (
        "organisation",
        "error",
        "organisation.yaml",
        1,
    )
    assert finding["evidence"] == {
        "applies_to": {"kind": "forum", "id": "fsu-eldr"},
        "known": ["fsu-eldre", "fsu-barn", "sekretariat", "arbeidsgruppe"],
    }
    assert finding["hint"] == (
        "Add what the rule applies to in the document, or correct the rule's `applies_to.id` (pack.yaml:20); "
        "until then the rule is not checked for it."
    )
    outcomes = sorted((e["rule"], e["subject_kind"], e["subject"], e["outcome"]) for e in report["evaluations"])
    assert outcomes == [
        ("V-FSU", "forum", "fsu-barn", "passed"),
        ("V-FSU", "organisation", "vestfjord", "failed"),
        ("V-PLAN", "organisation", "vestfjord", "failed"),
    ]
    text = hf("check", "--rules", "pack.yaml", "--no-config", "--lang", "nb", ".")
    assert text.code == 1
    assert (
        "organisation.yaml:12:1: error V-FSU Regelen gjelder forumet «fsu-eldr», men organisasjonen har ikke noe "
        "forum med den id-en (mente du 'fsu-eldre'?); den har: fsu-eldre, fsu-barn, sekretariat, arbeidsgruppe"
    ) in text.out
    sarif = json.loads(hf("check", "--rules", "pack.yaml", "--no-config", "--lang", "en", "--format", "sarif", ".").out)
    results = sarif["runs"][0]["results"]
    assert sorted((r["ruleId"], r["message"]["text"].split(";")[0]) for r in results) == [
        ("V-FSU", NO_FORUM_EN.split(";")[0]),
        ("V-PLAN", NO_PLAN_EN.split(";")[0]),
    ]


def test_a_misspelt_topic_in_applies_to_is_said_with_did_you_mean(tmp_path: Path, hf: Callable[..., Run]) -> None:
    """A topic is free text, so it cannot be checked when the pack loads: the rule that selects
    nothing says so, and names the topic it was most likely meant to be."""
    unn = ROOT / "fixtures" / "communities" / "unn"
    for path in unn.iterdir():
        if path.is_file():
            (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    pack = tmp_path / "pack.yaml"
    text = pack.read_text(encoding="utf-8")
    wrong = "applies_to: {kind: forum, type: [faglig-samarbeidsutvalg], topic: [rekruttering-og-stabilisering]}"
    assert wrong in text
    pack.write_text(text.replace(wrong, wrong.replace("rekruttering-og-", "rekrutering-og-"), 1), encoding="utf-8")
    done = hf("check", "--rules", str(pack), "--no-config", "--lang", "en", "--format", "json", str(tmp_path))
    report = json.loads(done.out)
    infos = [f["message"] for f in report["findings"] if f["severity"] == "info"]
    assert infos == [
        "The rule applies to fora with type: [faglig-samarbeidsutvalg], topic: [rekrutering-og-stabilisering], "
        "but the organisation has none (did you mean 'rekruttering-og-stabilisering'?); it checked nothing here"
    ]


def test_a_misspelt_party_id_in_a_seat_selector_is_said_with_did_you_mean(
    tmp_path: Path, hf: Callable[..., Run]
) -> None:
    """A party id in a seat selector cannot be checked when the pack loads (the parties are the
    document's): a misspelt one selects no seat. The rule's own warnings (too few sites) do not
    say why; the info finding names the id and the party it was most likely meant to be."""
    unn = ROOT / "fixtures" / "communities" / "unn"
    for path in unn.iterdir():
        if path.is_file():
            (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    pack = tmp_path / "pack.yaml"
    text = pack.read_text(encoding="utf-8")
    wrong = "where: {part_of: [unn]}"
    assert text.count(wrong) == 1
    pack.write_text(text.replace(wrong, "where: {part_of: [unm]}"), encoding="utf-8")
    done = hf("check", "--rules", str(pack), "--no-config", "--lang", "en", "--format", "json", str(tmp_path))
    report = json.loads(done.out)
    infos = [(f["rule"], f["subject"], f["line"], f["message"]) for f in report["findings"] if f["severity"] == "info"]
    line = next(
        n for n, t in enumerate((tmp_path / "organisation.yaml").read_text().splitlines(), 1) if t == "parties:"
    )
    assert infos == [
        (
            "UN-FSU-UNN-SITES",
            "helsefellesskapet-troms-og-ofoten",
            line,
            "The rule selects seats of party 'unm', but the organisation has no party with that id (did you mean "
            "'unn'?); that selection meets no seat here",
        )
    ]
    nb = hf("check", "--rules", str(pack), "--no-config", "--lang", "nb", str(tmp_path))
    assert "Regelen velger plasser hos parten «unm», men organisasjonen har ingen part med den id-en" in nb.out
    # the party by its name without «HF», as the selector reads it (round 27 Finnmark): no info
    pack.write_text(text.replace(wrong, "where: {part_of: [Universitetssykehuset Nord-Norge]}"), encoding="utf-8")
    done = hf("check", "--rules", str(pack), "--no-config", "--lang", "en", "--format", "json", str(tmp_path))
    assert [f for f in json.loads(done.out)["findings"] if f["severity"] == "info"] == []


# --- 7. grouping by region in an organisation that declares no regions ---------------------------

NO_REGIONS = ORGANISATION.replace(
    "regions:\n  ytre: {name: Ytre Vestfjord, parties: [lyngvik]}\n  indre: {name: Indre Vestfjord}\n", ""
).replace(", region: indre}", "}")
NO_REGIONS_EN = (
    "The rule for '{}' counts per region, but the organisation declares no regions, so no party can be counted for one"
)
NO_REGIONS_HINT_EN = (
    "Add `regions:` to the organisation, each region with `name` and `parties` (the ids of the parties it groups), "
    "or give each party a `region:`."
)
BY_REGION = (
    rule(
        "V-PER-REGION",
        "{kind: forum, type: [fsu-barn]}",
        "seat_count",
        "where: {party_type: [kommune]}\nper: region\neach: {party_type: [kommune]}\nlabel: {nb: kommuner, en: municipalities}\n",
    )
    + rule(
        "V-ONE-PER-REGION",
        "{kind: forum, type: [fsu-barn]}",
        "one_seat_per",
        "party_type: [kommune]\ngroup_by: region\n",
    )
    + rule(
        "V-REGION-SET",
        "{kind: organisation}",
        "party_set",
        "party_type: [kommune]\nregions: {exactly: 2}\nlabel: {nb: kommuner, en: municipalities}\n",
    )
)


def test_no_regions_at_all_is_one_finding_per_rule_at_the_parties(tmp_path: Path, hf: Callable[..., Run]) -> None:
    """Two municipalities and no ``regions:``: each rule that groups by region gives one finding, at
    the organisation's ``parties:``, saying what to add, not one per municipality in no region."""
    workspace(tmp_path, BY_REGION, org=NO_REGIONS)
    report, code = check(hf)
    assert code == 1
    assert findings(report) == [
        ("V-ONE-PER-REGION", "fsu-barn", 4, NO_REGIONS_EN.format("FSU barn og unge")),
        ("V-PER-REGION", "fsu-barn", 4, NO_REGIONS_EN.format("FSU barn og unge")),
        ("V-REGION-SET", "vestfjord", 4, NO_REGIONS_EN.format("Helsefellesskap Vestfjord")),
    ]
    assert {f["hint"] for f in report["findings"]} == {NO_REGIONS_HINT_EN}
    brief = hf("check", "--rules", "pack.yaml", "--no-config", "--brief", ".")
    assert [line for line in brief.out.splitlines() if "V-PER-REGION" in line] == [
        "organisation.yaml:4:1: error V-PER-REGION Regelen for «FSU barn og unge» teller per region, men"
        " organisasjonen oppgir ingen regioner, så ingen part kan telles for en region"
    ]


def test_a_party_in_no_region_is_still_reported_when_others_have_one(tmp_path: Path, hf: Callable[..., Run]) -> None:
    """With regions declared (Havbø in Indre), Lyngvik, in none, is reported by each rule, as before:
    it cannot be counted for a region; and `seat_count` reports Ytre, a declared region no party is
    in, as counted none (round 26)."""
    workspace(tmp_path, BY_REGION, org=ORGANISATION.replace("parties: [lyngvik]", "parties: []"))
    report, code = check(hf)
    assert code == 1
    assert [(f["rule"], f["line"], f["evidence"]) for f in report["findings"]] == [
        ("V-REGION-SET", 4, {"regions": ["indre"], "parties_by_region": {"havbo": "indre"}}),
        ("V-REGION-SET", 9, {"regions": ["indre", "ytre"]}),
        ("V-ONE-PER-REGION", 21, {"party": "lyngvik", "region": None}),
        ("V-ONE-PER-REGION", 21, {"unit": "indre", "seats": 0}),
        ("V-PER-REGION", 21, {"party": "lyngvik", "region": None}),
        ("V-PER-REGION", 21, {"per": "region", "unit": "indre", "seats": []}),
        ("V-PER-REGION", 21, {"per": "region", "unit": "ytre", "seats": []}),
    ]


# --- an ended forum no longer exists (round 20, Vestre Viken VV5) --------------------------------


def test_a_forum_whose_until_has_passed_is_not_counted(tmp_path: Path, hf: Callable[..., Run]) -> None:
    """«Utvalgene skal være tidsavgrensede»: an FSU whose ``until`` is before the day checked is
    counted by no rule; on its last day it still counts. The national check of fora per priority
    group does not see the ended FSU's groups either; the rules applied to the ended forum itself
    still read it (its seats are checked as written)."""
    org = ORGANISATION.replace(
        "    type: faglig-samarbeidsutvalg\n", "    type: faglig-samarbeidsutvalg\n    until: 2024-12-31\n"
    ).replace("    type: fsu-barn\n", "    type: fsu-barn\n    until: 2025-06-01\n")
    workspace(
        tmp_path,
        rule(
            "V-FSU",
            "{kind: organisation}",
            "forum_count",
            "type: [faglig-samarbeidsutvalg]\nmin: 2\nlabel: {nb: FSU, en: FSUs}\n",
            "{found} {label}",
        )
        + rule("V-BOTH-SIDES", "{kind: forum, type: [faglig-samarbeidsutvalg]}", "side_balance", BOTH_SIDES),
        org=org,
    )
    report, code = check(hf)  # as of effective_from, 2024-01-01: both in force
    assert (code, findings(report)) == (1, [("V-BOTH-SIDES", "fsu-eldre", 17, "fsu-eldre")])
    report, code = check(hf, "--as-of", "2025-06-01")  # fsu-eldre ended; fsu-barn's last day
    assert (code, findings(report)) == (
        1,
        [("V-BOTH-SIDES", "fsu-eldre", 17, "fsu-eldre"), ("V-FSU", "vestfjord", 12, "1 FSUs")],
    )
    report, code = check(hf, "--as-of", "2025-06-02")
    assert findings(report)[1:] == [("V-FSU", "vestfjord", 12, "0 FSUs")]
