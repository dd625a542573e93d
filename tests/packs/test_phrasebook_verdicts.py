"""Phrasebook entries that blind authors got wrong verdicts from, run on small documents with
exact findings: «KOSS ledes av rådmannen i Arendal» (a second leader is reported), a closed list
of members (a seat of another kind, or one too many, is reported), «two chief executives from
each region» (per: region counts seats: two of one municipality are reported) and «the
municipalities appoint» (by each its own, or jointly through the regional council)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from tests.conftest import Run
from tests.packs.test_phrasebook import PHRASES, write_pack
from tests.support import line_of

Hf = Callable[..., Run]

KOSS = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: agder, name: Helsefellesskapet Agder, effective_from: 2024-01-01}
parties:
  sshf: {name: Sørlandet sykehus HF, type: helseforetak, side: sykehus}
  arendal: {name: Arendal kommune, type: kommune, side: kommune}
  kristiansand: {name: Kristiansand kommune, type: kommune, side: kommune}
fora:
  koss:
    name: KOSS
    type: kommunalt-samarbeidsforum
    members:
      - {party: arendal, role: Rådmann, position: leder}
      - {party: kristiansand, role: Kommunedirektør}
      - {party: sshf, role: Samhandlingssjef}
"""


def phrase(name: str) -> str:
    (body,) = [b for n, b in PHRASES if n == name]
    return body


def findings(hf: Hf, pack: Path, org: Path) -> list[str]:
    """``line RULE`` of each finding of the phrase's own rules (``PB-…``), in output order."""
    run = hf("check", "--no-config", "--rules", str(pack), "--lang", "en", "--quiet", str(org))
    assert run.code in (0, 1), run.both
    return [f"{m[1]} {m[2]}" for m in re.finditer(r"^\S+?:(\d+):\d+: \w+ (PB-[\w-]+)", run.out, re.M)]


def test_led_by_a_named_party_reports_a_second_leader(hf: Hf, tmp_path: Path) -> None:
    pack = write_pack(tmp_path, "led-by-party", phrase("led-by-party"))
    org = tmp_path / "organisation.yaml"
    org.write_text(KOSS, encoding="utf-8")
    assert findings(hf, pack, org) == []
    # Kristiansand's director leads too: required_seats alone would pass
    org.write_text(KOSS.replace("role: Kommunedirektør}", "role: Kommunedirektør, position: leder}"), "utf-8")
    assert findings(hf, pack, org) == ["14 PB-LED-BY-PARTY-1"]
    # Kristiansand's director leads instead of Arendal's
    org.write_text(
        KOSS.replace("role: Rådmann, position: leder}", "role: Rådmann}").replace(
            "role: Kommunedirektør}", "role: Kommunedirektør, position: leder}"
        ),
        "utf-8",
    )
    assert findings(hf, pack, org) == ["13 PB-LED-BY-PARTY-2"]


SSU = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: agder, name: Helsefellesskapet Agder, effective_from: 2024-01-01}
parties:
  sshf: {name: Sørlandet sykehus HF, type: helseforetak, side: sykehus}
  a: {name: A kommune, type: kommune, side: kommune, region: vest}
  b: {name: B kommune, type: kommune, side: kommune, region: vest}
  c: {name: C kommune, type: kommune, side: kommune, region: ost}
  d: {name: D kommune, type: kommune, side: kommune, region: ost}
  e: {name: E kommune, type: kommune, side: kommune, region: ost}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: a, role: Rådmann}
      - {party: b, role: Rådmann}
      - {party: c, role: Kommunedirektør}
      - {party: d, role: Kommunedirektør}
      - {party: e, role: Kommunalsjef}
      - {party: sshf, role: Administrerende direktør}
      - {party: sshf, role: Fagdirektør}
      - {party: sshf, role: Økonomidirektør}
      - {party: sshf, role: Samhandlingssjef}
      - {party: sshf, role: Klinikkdirektør}
      - {represents: fastlege, role: Fastlege}
      - {represents: bruker, role: Brukerrepresentant}
      - {represents: bruker, role: Brukerrepresentant}
"""


def test_a_closed_list_reports_a_seat_of_another_kind_and_one_too_many(hf: Hf, tmp_path: Path) -> None:
    pack = write_pack(tmp_path, "closed-list", phrase("closed-list"))
    org = tmp_path / "organisation.yaml"
    org.write_text(SSU, encoding="utf-8")
    assert findings(hf, pack, org) == []
    # an employee representative is not on the list
    org.write_text(SSU + "      - {represents: ansatt, role: Tillitsvalgt}\n", encoding="utf-8")
    assert findings(hf, pack, org) == ["29 PB-CLOSED-LIST-2"]
    # a sixth municipal seat, held for another forum
    org.write_text(
        SSU.replace("fora:\n", "fora:\n  lsu-vest: {name: LSU Vest, type: lokalt-samarbeidsutvalg}\n")
        + "      - {party: a, role: Leder av LSU Vest, on_behalf_of: lsu-vest}\n",
        encoding="utf-8",
    )
    assert findings(hf, pack, org) == ["30 PB-CLOSED-LIST-1"]


def test_per_region_counts_seats_and_per_party_reports_two_of_one_municipality(hf: Hf, tmp_path: Path) -> None:
    pack = write_pack(tmp_path, "per-region-distinct", phrase("per-region-distinct"))
    org = tmp_path / "organisation.yaml"
    org.write_text(SSU, encoding="utf-8")
    assert findings(hf, pack, org) == []
    # B's seat goes to A: the west still has two chief executives' seats, but of one municipality
    org.write_text(SSU.replace("      - {party: b, role: Rådmann}\n", "      - {party: a, role: Rådmann}\n"), "utf-8")
    assert findings(hf, pack, org) == ["17 PB-PER-REGION-DISTINCT-2"]


def test_meeting_plan_present_says_the_problem(hf: Hf, tmp_path: Path) -> None:
    body = 'message: {nb: "{subject_name} {problem}", en: "{subject_name} {problem}"}\n' + phrase("plan-present")
    pack = write_pack(
        tmp_path, "plan-present", body.replace("strategisk-samarbeidsutvalg", "kommunalt-samarbeidsforum")
    )
    org = tmp_path / "organisation.yaml"
    org.write_text(KOSS, encoding="utf-8")
    run = hf("check", "--no-config", "--rules", str(pack), "--lang", "en", "--quiet", str(org))
    assert [line.split(": ", 1)[1] for line in run.out.splitlines() if "PB-PLAN-PRESENT" in line] == [
        "error PB-PLAN-PRESENT-1 KOSS has no meeting plan among the files"
    ]
    (tmp_path / "koss-2023.yaml").write_text(
        "apiVersion: hf-rules/v1\nkind: MeetingPlan\nmetadata: {id: koss-2023, organisation: agder}\nforum: koss\n"
        "chairs:\n  - {from: 2023-01-01, to: 2023-12-31, party: arendal}\n",
        encoding="utf-8",
    )
    run = hf("check", "--no-config", "--rules", str(pack), "--lang", "nb", "--quiet", str(org), "koss-2023.yaml")
    assert [line.split(": ", 1)[1] for line in run.out.splitlines() if "PB-PLAN-PRESENT" in line] == [
        "error PB-PLAN-PRESENT-1 KOSS har ingen møteplan som dekker 2024-01-01"
    ]


FINNMARK_SU = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: finnmark, name: Helsefellesskapet Finnmark, effective_from: 2024-01-01}
regions:
  vest-finnmark: {name: Vest-Finnmark, also_known_as: [Vest-Finnmark Rådet]}
  ost-finnmark: {name: Øst-Finnmark}
parties:
  fs: {name: Finnmarkssykehuset HF, type: helseforetak, side: sykehus}
  hammerfest: {name: Hammerfest kommune, type: kommune, side: kommune, region: vest-finnmark}
  alta: {name: Alta kommune, type: kommune, side: kommune, region: vest-finnmark}
  vadso: {name: Vadsø kommune, type: kommune, side: kommune, region: ost-finnmark}
fora:
  su:
    name: Samhandlingsutvalget
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hammerfest, role: Kommunalsjef helse, appointed_by: Vest-Finnmark Rådet}
      - {party: alta, role: Kommunedirektør, appointed_by: alta}
      - {party: vadso, role: Kommunedirektør, appointed_by: Vadsø kommune}
      - {party: fs, role: Administrerende direktør}
"""


def test_appointed_by_own_party_or_region_accepts_either(hf: Hf, tmp_path: Path) -> None:
    """Round 20 Finnmark FM14: «Det er opp til kommunene … å oppnevne representanter», where the
    municipalities of a region may appoint jointly through their regional council."""
    pack = write_pack(tmp_path, "appointed-by-own-party-or-region", phrase("appointed-by-own-party-or-region"))
    org = tmp_path / "organisation.yaml"
    org.write_text(FINNMARK_SU, encoding="utf-8")
    assert findings(hf, pack, org) == []
    # the own-party rule of the entry above reports the seat the council appointed (and, its
    # second rule, that the SU has no user representatives)
    own_party = write_pack(tmp_path, "appointed-and-nominated", phrase("appointed-and-nominated"))
    assert findings(hf, own_party, org) == ["16 PB-APPOINTED-AND-NOMINATED-2", "17 PB-APPOINTED-AND-NOMINATED-1"]
    # a municipality of another region, and KS, appoint no one's seat here
    org.write_text(FINNMARK_SU.replace("appointed_by: alta}", "appointed_by: Vadsø kommune}"), "utf-8")
    assert findings(hf, pack, org) == ["18 PB-APPOINTED-BY-OWN-PARTY-OR-REGION-1"]
    org.write_text(FINNMARK_SU.replace("appointed_by: Vest-Finnmark Rådet}", "appointed_by: KS Finnmark}"), "utf-8")
    assert findings(hf, pack, org) == ["17 PB-APPOINTED-BY-OWN-PARTY-OR-REGION-1"]
    # the council's name first names no region unless the region lists it
    org.write_text(FINNMARK_SU.replace(", also_known_as: [Vest-Finnmark Rådet]", ""), "utf-8")
    assert findings(hf, pack, org) == ["17 PB-APPOINTED-BY-OWN-PARTY-OR-REGION-1"]


def test_decision_authority_is_asked_of_the_parties_representatives(hf: Hf, tmp_path: Path) -> None:
    """Round 20 Finnmark FM15: «det anses som viktig at representantene har beslutningsmyndighet»."""
    pack = write_pack(tmp_path, "decision-authority", phrase("decision-authority"))
    org = tmp_path / "organisation.yaml"
    text = (
        FINNMARK_SU.replace(
            "appointed_by: Vest-Finnmark Rådet}", "appointed_by: Vest-Finnmark Rådet, decision_authority: true}"
        )
        .replace("appointed_by: alta}", "appointed_by: alta, decision_authority: true}")
        .replace("appointed_by: Vadsø kommune}", "appointed_by: Vadsø kommune, decision_authority: true}")
        .replace("role: Administrerende direktør}", "role: Administrerende direktør, decision_authority: true}")
        + "      - {represents: bruker, role: Brukerrepresentant}\n"
    )
    org.write_text(text, encoding="utf-8")
    assert findings(hf, pack, org) == []  # the user seat is left out
    org.write_text(text.replace("appointed_by: alta, decision_authority: true}", "appointed_by: alta}"), "utf-8")
    assert findings(hf, pack, org) == ["18 PB-DECISION-AUTHORITY-1"]
    org.write_text(
        text.replace("appointed_by: alta, decision_authority: true}", "appointed_by: alta, decision_authority: false}"),
        "utf-8",
    )
    assert findings(hf, pack, org) == ["18 PB-DECISION-AUTHORITY-1"]


def test_a_decision_authority_that_is_no_boolean_is_a_located_input_error(hf: Hf, tmp_path: Path) -> None:
    org = tmp_path / "organisation.yaml"
    org.write_text(FINNMARK_SU.replace("appointed_by: alta}", "appointed_by: alta, decision_authority: ja}"), "utf-8")
    run = hf("validate", "--no-config", "--lang", "en", str(org))
    assert run.code == 2
    assert (
        f"{org}:18:86: error: fora.su.members[1].decision_authority must be true or false, got a text ('ja')" in run.out
    )
    run = hf("validate", "--no-config", str(org))
    assert run.code == 2
    assert (
        f"{org}:18:86: error: fora.su.members[1].decision_authority må være true eller false, fikk en tekst ('ja')"
        in run.out
    )
    # the selector in a pack
    pack = write_pack(
        tmp_path, "decision-authority", phrase("decision-authority").replace("authority: true}", "authority: ja}")
    )
    org.write_text(FINNMARK_SU, encoding="utf-8")
    expected = {
        "en": "rule PB-DECISION-AUTHORITY-1: rules[0].check.options.must.decision_authority must be true or false, "
        "got a text ('ja')",
        "nb": "regel PB-DECISION-AUTHORITY-1: rules[0].check.options.must.decision_authority må være true eller false, "
        "fikk en tekst ('ja')",
    }
    for lang, message in expected.items():
        run = hf("check", "--no-config", "--lang", lang, "--rules", str(pack), str(org))
        assert run.code == 2, run.both
        assert f"{pack}:{line_of(pack, 'authority: ja}')}:36: error: {message}\n" in run.both


PARTNERSKAPSMOTE = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: finnmark, name: Helsefellesskapet Finnmark, effective_from: 2024-01-01}
parties:
  fs: {name: Finnmarkssykehuset HF, type: helseforetak, side: sykehus}
  alta: {name: Alta kommune, type: kommune, side: kommune}
fora:
  pm:
    name: Partnerskapsmøte
    type: partnerskapsmote
    members:
      - {party: alta, role: Kommunedirektør}
      - {party: fs, role: Administrerende direktør}
    observers:
      - {represents: bruker, role: Brukerrepresentant, speaking_rights: true}
"""


def test_an_observer_with_speaking_rights_is_no_member(hf: Hf, tmp_path: Path) -> None:
    """Round 20 Finnmark (FM7/FM8): include_observers counts the member seats too; the second
    requirement (max: 0 among members) reports a user representative written as a member."""
    pack = write_pack(tmp_path, "observer-not-member", phrase("observer-not-member"))
    org = tmp_path / "organisation.yaml"
    org.write_text(PARTNERSKAPSMOTE, encoding="utf-8")
    assert findings(hf, pack, org) == []
    as_member = PARTNERSKAPSMOTE.replace(
        "    observers:\n      - {represents: bruker, role: Brukerrepresentant, speaking_rights: true}\n",
        "      - {represents: bruker, role: Brukerrepresentant, speaking_rights: true}\n",
    )
    org.write_text(as_member, encoding="utf-8")
    assert findings(hf, pack, org) == ["14 PB-OBSERVER-NOT-MEMBER-1"]  # at the member seat


JOINT_SU = FINNMARK_SU.replace(
    "parties:\n",
    "bodies:\n  kommunedirektorene: {name: Kommunedirektørene i Finnmark, party_types: [kommune]}\nparties:\n",
).replace("appointed_by: Vadsø kommune}", "appointed_by: Kommunedirektørene i Finnmark}")


def test_appointed_by_the_municipalities_each_or_jointly(hf: Hf, tmp_path: Path) -> None:
    """Round 21 Finnmark F10: «Det er opp til kommunene … å oppnevne representanter»: a seat appointed
    by «Kommunedirektørene i Finnmark» (a declared body) or by «Kommunestyret i Alta» passes."""
    pack = write_pack(tmp_path, "appointed-by-side", phrase("appointed-by-side"))
    org = tmp_path / "organisation.yaml"
    text = JOINT_SU.replace("appointed_by: alta}", "appointed_by: Kommunestyret i Alta}")
    org.write_text(text, encoding="utf-8")
    # the regional council (line 19) is no party and no declared body
    assert findings(hf, pack, org) == ["19 PB-APPOINTED-BY-SIDE-1"]
    org.write_text(text.replace("Vest-Finnmark Rådet}", "Alta bystyre}"), "utf-8")
    assert findings(hf, pack, org) == []
    # the body undeclared, and the trust appointing, are reported
    org.write_text(
        text.replace("Vest-Finnmark Rådet}", "Styret i Finnmarkssykehuset}")
        .replace("  kommunedirektorene: {name: Kommunedirektørene i Finnmark, party_types: [kommune]}\n", "")
        .replace("bodies:\n", ""),
        "utf-8",
    )
    assert findings(hf, pack, org) == ["17 PB-APPOINTED-BY-SIDE-1", "19 PB-APPOINTED-BY-SIDE-1"]


def test_a_wrong_body_is_a_located_input_error(hf: Hf, tmp_path: Path) -> None:
    org = tmp_path / "organisation.yaml"
    cases = {
        "party_types: [kommune]}": (
            "party_types: [kommuner]}",
            "8:75",
            "bodies.kommunedirektorene.party_types[0] is 'kommuner' (did you mean 'kommune'?); expected one of:",
            "bodies.kommunedirektorene.party_types[0] er 'kommuner' (mente du 'kommune'?); forventet en av:",
        ),
        "party_types: [kommune]}\n": (
            "party_types: [kommune], side: kommunen}\n",
            "8:91",
            "bodies.kommunedirektorene.side is 'kommunen' (did you mean 'kommune'?); expected one of: kommune, "
            "sykehus, uavhengig",
            "bodies.kommunedirektorene.side er 'kommunen' (mente du 'kommune'?); forventet en av: kommune, "
            "sykehus, uavhengig",
        ),
        "name: Kommunedirektørene i Finnmark,": (
            "name: Alta kommune,",
            "8:30",
            "body 'kommunedirektorene' goes by the name 'Alta kommune', which is already a name of party 'alta'; "
            "expected a name no party, region or forum goes by (a party is named as the party itself)",
            "organet 'kommunedirektorene' går under navnet 'Alta kommune', som allerede er et navn på parten 'alta'; "
            "forventet et navn ingen part, region eller forum går under (en part navngis som parten selv)",
        ),
    }
    for old, (new, where, en, nb) in cases.items():
        org.write_text(JOINT_SU.replace(old, new, 1), encoding="utf-8")
        for lang, message in (("en", en), ("nb", nb)):
            run = hf("validate", "--no-config", "--lang", lang, str(org))
            assert run.code == 2, run.both
            assert f"{org}:{where}: error: {message}" in run.out, run.out


SECRETARIAT = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: romsdal, name: Helsefellesskap Romsdal, effective_from: 2024-01-01}
parties:
  hmr: {name: Helse Romsdal HF, type: helseforetak, side: sykehus}
  molde: {name: Molde kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutval
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hmr, role: Direktør}
      - {party: molde, role: Kommunedirektør}
secretariat:
  run_by: [hmr, molde]
  meetings_per_year: 26
"""
SECRETARIAT_PLAN = """\
apiVersion: hf-rules/v1
kind: MeetingPlan
metadata: {id: sekretariat-2024, organisation: romsdal}
secretariat: secretariat
covers: {from: 2024-01-01, to: 2024-02-29}
meetings:
  - {date: 2024-01-03, start: '08:30', end: '11:00', format: digitalt}
  - {date: 2024-01-17, start: '08:30', end: '11:00', format: digitalt}
  - {date: 2024-01-31, start: '08:30', end: '11:00', format: digitalt}
  - {date: 2024-02-14, start: '08:30', end: '11:00', format: digitalt}
  - {date: 2024-02-28, start: '08:30', end: '11:00', format: digitalt}
"""


def both(hf: Hf, pack: Path, org: Path, plan: Path) -> list[str]:
    """``line RULE`` of each finding of the phrase's rules on the organisation and a meeting plan."""
    run = hf("check", "--no-config", "--rules", str(pack), "--lang", "en", "--quiet", str(org), str(plan))
    assert run.code in (0, 1), run.both
    return [f"{m[1]} {m[2]}" for m in re.finditer(r"^\S+?:(\d+):\d+: \w+ (PB-[\w-]+)", run.out, re.M)]


def test_odd_weeks_bound_the_declared_frequency_and_the_gaps(hf: Hf, tmp_path: Path) -> None:
    """«Møter fast onsdagar i oddetalsveker frå 0830 - 1100» (round 22, Møre og Romsdal MR30):
    weekly meetings declared (52), and a plan that meets on odd-week Wednesdays once a month,
    passed the snippet before it had an upper bound and an interval."""
    pack = write_pack(tmp_path, "meeting-time-secretariat", phrase("meeting-time-secretariat"))
    org, plan = tmp_path / "organisation.yaml", tmp_path / "sekretariat-2024.yaml"
    org.write_text(SECRETARIAT, encoding="utf-8")
    plan.write_text(SECRETARIAT_PLAN, encoding="utf-8")
    assert both(hf, pack, org, plan) == []
    org.write_text(SECRETARIAT.replace("meetings_per_year: 26", "meetings_per_year: 52"), encoding="utf-8")
    assert both(hf, pack, org, plan) == ["16 PB-MEETING-TIME-SECRETARIAT-2"]
    org.write_text(SECRETARIAT, encoding="utf-8")
    monthly = SECRETARIAT_PLAN.replace("  - {date: 2024-01-17, start: '08:30', end: '11:00', format: digitalt}\n", "")
    monthly = monthly.replace("  - {date: 2024-02-14, start: '08:30', end: '11:00', format: digitalt}\n", "")
    plan.write_text(monthly, encoding="utf-8")
    assert both(hf, pack, org, plan) == ["8 PB-MEETING-TIME-SECRETARIAT-3", "9 PB-MEETING-TIME-SECRETARIAT-3"]
    # «(digitalt)»: a meeting in person, and one that gives no format (round 24 Møre og Romsdal MR27)
    in_person = SECRETARIAT_PLAN.replace(
        "2024-01-17, start: '08:30', end: '11:00', format: digitalt",
        "2024-01-17, start: '08:30', end: '11:00', format: fysisk",
    )
    untold = in_person.replace(
        "2024-01-03, start: '08:30', end: '11:00', format: digitalt", "2024-01-03, start: '08:30', end: '11:00'"
    )
    plan.write_text(untold, encoding="utf-8")
    assert both(hf, pack, org, plan) == ["7 PB-MEETING-TIME-SECRETARIAT-1", "8 PB-MEETING-TIME-SECRETARIAT-1"]


LEVELS = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: telemark, name: Helsefellesskapet Telemark, effective_from: 2024-01-01}
parties:
  sthf: {name: Sykehuset Telemark HF, type: helseforetak, side: sykehus}
  skien: {name: Skien kommune, type: kommune, side: kommune}
fora:
  pm: {name: Partnerskapsmøtet, type: partnerskapsmote}
  ssu: {name: Strategisk samarbeidsutvalg, type: strategisk-samarbeidsutvalg}
  fsu: {name: FSU psykisk helse og rus, type: faglig-samarbeidsutvalg}
"""


def test_three_levels_with_groups_is_silent_without_a_group(hf: Hf, tmp_path: Path) -> None:
    """Round 22, Telemark doc gap 1: the rule on working groups gave an info to every
    organisation without one, so a compliant example could not be `compliant: true`."""
    pack = write_pack(tmp_path, "three-levels-with-groups", phrase("three-levels-with-groups"))
    org = tmp_path / "organisation.yaml"
    org.write_text(LEVELS, encoding="utf-8")
    assert findings(hf, pack, org) == []
    # a group that hangs under the SSU is still reported
    org.write_text(
        LEVELS + "  ag: {name: Arbeidsgruppe, type: arbeidsgruppe, sub_committee_of: [ssu]}\n", encoding="utf-8"
    )
    assert findings(hf, pack, org) == ["11 PB-THREE-LEVELS-WITH-GROUPS-2"]
    # without if_any, the info the authors met
    plain = write_pack(tmp_path, "no-if-any", phrase("three-levels-with-groups").replace(", if_any: true}", "}"))
    org.write_text(LEVELS, encoding="utf-8")
    assert findings(hf, plain, org) == ["7 PB-NO-IF-ANY-2"]


def test_if_any_on_an_organisation_rule_is_a_located_pack_error(hf: Hf, tmp_path: Path) -> None:
    body = "applies_to: {kind: organisation, if_any: true}\ncheck: {function: meeting_plan_present}\n"
    pack = write_pack(tmp_path, "if-any", body)
    org = tmp_path / "organisation.yaml"
    org.write_text(LEVELS, encoding="utf-8")
    for lang, text in (
        ("en", "applies_to `if_any` is for rules on fora and parties (kind: forum or party), not organisation"),
        ("nb", "applies_to `if_any` gjelder regler for fora og parter (kind: forum eller party), ikke organisation"),
    ):
        run = hf("check", "--no-config", "--rules", str(pack), "--lang", lang, str(org))
        assert run.code == 2
        rule = "rule" if lang == "en" else "regel"
        assert (
            run.out.splitlines()[0] == f"{pack}:{line_of(pack, 'if_any: true')}:38: error: {rule} PB-IF-ANY-1: {text}"
        )


LEADERSHIP_ORG = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: vv, name: Helsefellesskapet, effective_from: 2025-01-01}
parties:
  vv: {name: Vestre Viken HF, type: helseforetak, side: sykehus}
  baerum: {name: Bærum kommune, type: kommune, side: kommune}
  asker: {name: Asker kommune, type: kommune, side: kommune}
fora:
  pm: {name: Partnerskapsmøtet, type: partnerskapsmote}
  ssu: {name: Strategisk samarbeidsutvalg, type: strategisk-samarbeidsutvalg}
"""
LEADERSHIP_PLAN = """\
apiVersion: hf-rules/v1
kind: MeetingPlan
metadata: {id: %s-plan, organisation: vv}
forum: %s
chairs:
  - {from: 2025-01-01, to: 2026-12-31, party: %s}
"""


def test_one_leadership_across_fora(hf: Hf, tmp_path: Path) -> None:
    """Round 23 Vestre Viken VV8: «veksler på lederansvaret i Helsefellesskapet» is one leadership: Bærum
    chairing the partnerskapsmøte while Asker chairs the SSU passes; Vestre Viken chairing it does not."""
    pack = write_pack(tmp_path, "one-leadership-across-fora", phrase("one-leadership-across-fora"))
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "organisation.yaml").write_text(LEADERSHIP_ORG, "utf-8")
    (folder / "ssu.yaml").write_text(LEADERSHIP_PLAN % ("ssu", "ssu", "asker"), "utf-8")
    pm = folder / "pm.yaml"
    pm.write_text(LEADERSHIP_PLAN % ("pm", "pm", "baerum"), "utf-8")
    assert findings(hf, pack, folder) == []
    pm.write_text(LEADERSHIP_PLAN % ("pm", "pm", "vv"), "utf-8")
    assert findings(hf, pack, folder) == ["6 PB-ONE-LEADERSHIP-ACROSS-FORA-1"]  # at the plan's chair period
