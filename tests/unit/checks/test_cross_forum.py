"""cross_forum: a forum represented in another by the holder of one of its seats."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.unit.checks.support import findings

ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik, type: kommune, side: kommune}
fora:
  ssu:
    name: SSU
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Direktør, person: Åse Lie}
    observers:
      - {party: lyngvik, role: FSU-leder, person: Kari Holm%s}
  fsu:
    name: FSU
    type: samarbeidsforum
    members:
      - {party: lyngvik, role: Leder, person: Kari Holm}
      - {party: hf, role: Nestleder, person: Ola Dahl}
"""
BASE: dict[str, Any] = {"by": {"role": ["Leder"]}, "in": {"type": ["strategisk-samarbeidsutvalg"]}}


def represented(extra: str, **options: Any) -> list[tuple[str, int]]:
    return findings("cross_forum", {**BASE, **options}, ORG % extra, subject="fsu")


def test_the_leader_sits_in_the_other_forum() -> None:
    assert represented("") == []
    assert represented("", group="members") == [("absent:ssu:lyngvik:Leder", 8)]


def test_the_seat_there_must_meet_a_selector() -> None:
    must = {"speaking_rights": True}
    assert represented(", speaking_rights: true", must=must) == []
    assert represented("", must=must) == [("must:ssu:lyngvik:Leder", 11)]


def test_the_deputy_leader_is_the_deputy_there() -> None:
    deputy = {"role": ["Nestleder"]}
    assert represented(", deputy: Ola Dahl", deputy_by=deputy) == []
    assert represented("", deputy_by=deputy) == [("deputy:ssu:lyngvik:Leder", 11)]


def test_a_forum_without_the_representing_seat_is_reported() -> None:
    assert represented("", by={"role": ["Sekretær"]}) == [("no-representative", 15)]


NETWORK = """\
parties:
  stolav: {name: St. Olavs hospital HF, type: helseforetak, side: sykehus}
  malvik: {name: Malvik kommune, type: kommune, side: kommune}
  skaun: {name: Skaun kommune, type: kommune, side: kommune}
fora:
  helseledernettverk:
    name: Helseledernettverket
    type: samarbeidsforum
    members:
      - {party: malvik, role: Kommunalsjef helse}
      - {party: skaun, role: Kommunalsjef helse}
  fagrad:
    name: Fagråd
    type: samarbeidsforum
    members:
      - {party: stolav, role: Klinikksjef}
%s"""
MUNICIPAL = {"by": {"party_type": ["kommune"]}, "in": {"id": ["helseledernettverk"]}}


def network(extra: str, **options: Any) -> list[tuple[str, int]]:
    return findings("cross_forum", {**MUNICIPAL, **options}, NETWORK % extra, subject="fagrad")


def test_a_forum_without_such_representatives_passes_with_by_may_be_empty() -> None:
    # St. Olav: a fagråd with none of the municipalities' seats was told "there must be at least one"
    assert network("") == [("no-representative", 15)]
    assert network("", by_may_be_empty=True) == []
    # the representatives it has are checked as always
    one = "      - {party: malvik, role: Kommunalsjef helse}\n"
    assert network(one, by_may_be_empty=True) == []
    other_post = "      - {party: skaun, role: Kommuneoverlege}\n"
    assert network(one + other_post, by_may_be_empty=True) == [("absent:helseledernettverk:skaun:Kommuneoverlege", 6)]
    # a list of selectors: each that picks none is passed over, each that picks one is checked
    selectors = [{"party": "malvik"}, {"party": "skaun"}]
    assert network(one, by=selectors) == [("no-representative:1", 15)]
    assert network(one, by=selectors, by_may_be_empty=True) == []
    # the network itself missing is still reported
    gone = (NETWORK % "").replace("  helseledernettverk:", "  nettverk:")
    assert findings("cross_forum", {**MUNICIPAL, "by_may_be_empty": True}, gone, subject="fagrad") == [
        ("no-target", 12)
    ]


def test_every_seat_by_picks_is_represented_unless_at_least_says_how_many() -> None:
    both = {"role": ["Leder", "Nestleder"]}
    assert represented("", by=both) == [("absent:ssu:hf:Nestleder", 10)]
    assert represented("", by=both, at_least=1) == []
    assert represented("", by=both, at_least=2) == [("too-few:ssu", 8)]


# --- by_chair: whoever chairs the forum in the chair period in force -----------------------------

PLAN = """\
forum: fsu
chairs:
  - {from: 2025-01-01, to: 2025-12-31, party: lyngvik, role: Leder%s}
  - {from: 2026-01-01, to: 2026-12-31, party: hf, role: Nestleder, deputy: lyngvik}
"""
CHAIR: dict[str, Any] = {"by_chair": ["chair"], "in": {"type": ["strategisk-samarbeidsutvalg"]}}


def chaired(extra: str, period: str = "", as_of: str = "2025-06-01", **options: Any) -> list[tuple[str, int]]:
    return findings(
        "cross_forum",
        {**CHAIR, **options},
        ORG % extra,
        subject="fsu",
        plan=PLAN % period,
        as_of=dt.date.fromisoformat(as_of),
    )


def test_the_chair_of_the_period_in_force_represents_the_forum() -> None:
    assert chaired("") == []  # 2025: Lyngvik's Leder (Kari Holm) observes in the SSU
    # 2026: the hospital's Nestleder chairs; that seat is Ola Dahl's, and the SSU's hospital seat is
    # Åse Lie's, so the chair is not there
    assert chaired("", as_of="2026-06-01") == [("absent:ssu:hf:Nestleder", 10)]
    assert chaired("", as_of="2026-06-01", group="members") == [("absent:ssu:hf:Nestleder", 8)]


def test_the_chair_is_found_by_the_period_s_person_too() -> None:
    # the period names another person of the same party: Kari Holm's seat in the SSU is not hers
    assert chaired("", period=", person: Eva Berg") == [("absent:ssu:lyngvik:Leder", 10)]
    assert chaired("", period=", person: Kari Holm") == []


def test_the_deputy_chair_represents_the_forum_too() -> None:
    # 2026: the deputy chair is Lyngvik (its Leder seat in the FSU, Kari Holm, observes in the SSU)
    assert chaired("", as_of="2026-06-01", by_chair=["deputy"]) == []
    # 2025 names no deputy chair
    assert chaired("", by_chair=["chair", "deputy"]) == [("no-deputy-chair", 12)]


def test_the_deputy_chair_is_the_deputy_of_the_seat_there() -> None:
    period = ", deputy: hf, deputy_role: Nestleder"
    assert chaired(", deputy: Ola Dahl", period=period, deputy_by_chair=True) == []
    assert chaired(", deputy: Per Hansen", period=period, deputy_by_chair=True) == [("deputy:ssu:lyngvik:Leder", 11)]
    # the period's deputy_person counts when the deputy's seat names nobody
    named = ", deputy: hf, deputy_person: Per Hansen"
    assert chaired(", deputy: Per Hansen", period=named, deputy_by_chair=True) == []


def test_co_chairs_both_represent_the_forum() -> None:
    # the co-chair's role is no seat of the FSU: the hospital itself holds it, and has a seat in the SSU
    co = ", co_chair: {party: hf, role: Direktør}"
    assert chaired("", period=co) == []
    assert chaired("", period=co, group="observers") == [("absent:ssu:hf:Direktør", 10)]
    # the co-chair's seat in the FSU is Ola Dahl's, who is not in the SSU
    assert chaired("", period=", co_chair: {party: hf, role: Nestleder}") == [("absent:ssu:hf:Nestleder", 10)]


def test_a_forum_without_a_chair_period_in_force_fails() -> None:
    assert chaired("", as_of="2027-01-01") == [("no-chair-period", 12)]
    no_plan = findings("cross_forum", CHAIR, ORG % "", subject="fsu", as_of=dt.date(2025, 6, 1))
    assert no_plan == [("no-chair-period", 12)]


def test_by_and_by_chair_are_alternatives() -> None:
    from types import SimpleNamespace

    from hf_rules.rules.checks import registry
    from hf_rules.yaml.loader import load_yaml_bytes

    def problems(text: str) -> list[tuple[int, str]]:
        doc = load_yaml_bytes(("options:\n" + text).encode("utf-8"), "pack.yaml")
        rule: Any = SimpleNamespace(id="R1", check=SimpleNamespace(options=doc.data["options"]))
        found = registry()["cross_forum"].validate(rule, doc, ("options",))  # type: ignore[attr-defined]
        return [(e.location.line, e.text("en")) for e in found]

    assert problems("  by: {role: [Leder]}\n  by_chair: [chair]\n") == [
        (3, "rule R1: `by` and `by_chair` cannot be given together; give one of them")
    ]
    assert problems("  by: {role: [Leder]}\n  deputy_by_chair: true\n") == [
        (3, "rule R1: `deputy_by_chair` needs `by_chair`")
    ]
    assert problems("  by_chair: [chair]\n  deputy_by: {role: [Nestleder]}\n  deputy_by_chair: true\n") == [
        (4, "rule R1: `deputy_by` and `deputy_by_chair` cannot be given together; give one of them")
    ]
    assert problems("  by_chair: [chair, deputy]\n  deputy_by_chair: true\n") == []
    assert problems("  by_chair: [chair]\n  by_may_be_empty: true\n") == [
        (3, "rule R1: `by_chair` and `by_may_be_empty` cannot be given together; give one of them")
    ]
    assert problems("  by_chair: [chair]\n  by_may_be_empty: false\n") == []


def test_a_chair_named_by_party_alone_is_the_party_when_it_has_several_seats() -> None:
    # the hospital has two seats in the FSU; a period that names only the party does not pick
    # Ola Dahl's seat (and its person), so the hospital's seat in the SSU is the chair's
    two_seats = ORG.replace(
        "      - {party: hf, role: Nestleder, person: Ola Dahl}\n",
        "      - {party: hf, role: Nestleder, person: Ola Dahl}\n      - {party: hf, role: Klinikksjef, person: Per Berg}\n",
    )
    plan = "forum: fsu\nchairs:\n  - {from: 2025-01-01, to: 2025-12-31, party: hf}\n"
    options = {**CHAIR, "group": "members"}
    assert findings("cross_forum", options, two_seats % "", subject="fsu", plan=plan, as_of=dt.date(2025, 6, 1)) == []
    one_seat = plan.replace("party: hf}", "party: hf, role: Klinikksjef}")
    found = findings("cross_forum", options, two_seats % "", subject="fsu", plan=one_seat, as_of=dt.date(2025, 6, 1))
    assert found == [("absent:ssu:hf:Klinikksjef", 8)]  # Per Berg is not the SSU's Åse Lie


def test_without_persons_the_party_stands_in_only_with_a_role_that_agrees() -> None:
    """No names and no on_behalf_of: the party's seat there is the representative's only when the
    roles can be one post (one begins with the other). The municipality's kommuneoverlege does not
    stand in for its helse- og omsorgssjef (a silent pass a blind author found)."""
    org = (
        (ORG % "").replace(", person: Kari Holm", "").replace(", person: Åse Lie", "").replace(", person: Ola Dahl", "")
    )
    leader = {"by": {"role": ["Leder"]}, "in": {"type": ["strategisk-samarbeidsutvalg"]}}
    as_observer = "role: FSU-leder"
    assert findings("cross_forum", leader, org.replace(as_observer, "role: Leder av FSU"), subject="fsu") == []
    assert findings("cross_forum", leader, org.replace(as_observer, "role: Leder"), subject="fsu") == []
    assert findings("cross_forum", leader, org.replace(as_observer, "role: Kommuneoverlege"), subject="fsu") == [
        ("absent:ssu:lyngvik:Leder", 10)
    ]
    # a seat there without a role still stands in by the party
    assert findings("cross_forum", leader, org.replace(", " + as_observer, ""), subject="fsu") == []
    # once any seat there says whom it sits for (here the hospital's, for the FSU), the other forum
    # declares its seats: the unmarked «Leder av FSU» no longer stands in (the guide's pitfall)
    declared = org.replace(as_observer, "role: Leder av FSU").replace(
        "{party: hf, role: Direktør}", "{party: hf, role: Direktør, on_behalf_of: fsu}"
    )
    assert declared != org.replace(as_observer, "role: Leder av FSU")
    assert findings("cross_forum", leader, declared, subject="fsu") == [("absent:ssu:lyngvik:Leder", 10)]
    marked = declared.replace("role: Leder av FSU}", "role: Leder, on_behalf_of: fsu}")
    assert findings("cross_forum", leader, marked, subject="fsu") == []


def test_without_persons_a_constituency_seat_stands_in_for_its_constituency() -> None:
    """«Medlemmene i SSU deltek i fellesmøtet»: the SSU's user representative is the fellesmøte's
    user representative when neither names a person (it was reported absent)."""
    org = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
fora:
  ssu:
    name: SSU
    type: strategisk-samarbeidsutvalg
    members:
      - {represents: bruker, role: Brukarrepresentant, side: kommune}
  fellesmote:
    name: Fellesmøte
    type: samarbeidsforum
    members:
      - %s
"""
    everyone = {"by": {}, "in": {"type": ["samarbeidsforum"]}}
    user = "{represents: bruker, role: Brukarrepresentant}"
    assert findings("cross_forum", everyone, org % user, subject="ssu") == []
    assert findings("cross_forum", everyone, org % "{represents: fastlege, role: Fastlege}", subject="ssu") == [
        ("absent:fellesmote:bruker:Brukarrepresentant", 9)
    ]
    from_the_trust = "{represents: bruker, role: Brukarrepresentant, side: sykehus}"
    assert findings("cross_forum", everyone, org % from_the_trust, subject="ssu") == [
        ("absent:fellesmote:bruker:Brukarrepresentant", 9)
    ]


def test_by_group_picks_the_representatives_among_this_forums_members() -> None:
    """«Medlemmene i SSU deltek i fellesmøtet»: the SSU's observers are not its members."""
    org = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik, type: kommune, side: kommune}
fora:
  ssu:
    name: SSU
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Direktør}
    observers:
      - {party: lyngvik, role: Observatør}
  fellesmote:
    name: Fellesmøte
    type: samarbeidsforum
    members:
      - {party: hf, role: Direktør}
"""
    everyone = {"by": {}, "in": {"type": ["samarbeidsforum"]}}
    assert findings("cross_forum", everyone, org, subject="ssu") == [("absent:fellesmote:lyngvik:Observatør", 12)]
    assert findings("cross_forum", {**everyone, "by_group": "members"}, org, subject="ssu") == []


# «Leiar av SSU er ein av leiarane i dei lokale samarbeidsutvala»: the other way round, the SSU's
# leader holds the leader's seat in one of the LSUs (in_one_of), not in every one.
ONE_OF = """\
parties:
  hmr: {name: Helse Møre og Romsdal HF, type: helseforetak, side: sykehus}
  molde: {name: Molde kommune, type: kommune, side: kommune}
  aukra: {name: Aukra kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutval
    type: strategisk-samarbeidsutvalg
    members:
      - {party: %s, role: Kommunedirektør, position: leder}
      - {party: hmr, role: Administrerande direktør, position: nestleder}
  lsu-molde:
    name: LSU Molde
    type: lokalt-samarbeidsutvalg
    members:
      - {party: molde, role: Kommunedirektør, position: %s}
      - {party: hmr, role: Klinikksjef, position: nestleder}
  lsu-aukra:
    name: LSU Aukra
    type: lokalt-samarbeidsutvalg
    members:
      - {party: aukra, role: Kommunedirektør, position: leder}
      - {party: hmr, role: Klinikksjef}
"""
ONE_OF_OPTIONS: dict[str, Any] = {
    "by": {"position": ["leder"]},
    "in": {"type": ["lokalt-samarbeidsutvalg"]},
    "in_one_of": True,
    "must": {"position": ["leder"]},
}


def test_the_leader_leads_one_of_the_fora_of_a_type() -> None:
    # Molde's leads Molde's LSU, Aukra's Aukra's: either is one of the LSU leaders
    assert findings("cross_forum", ONE_OF_OPTIONS, ONE_OF % ("molde", "leder"), subject="ssu") == []
    assert findings("cross_forum", ONE_OF_OPTIONS, ONE_OF % ("aukra", "leder"), subject="ssu") == []
    # without in_one_of Molde's kommunedirektør would have to sit in Aukra's LSU too
    every = {key: value for key, value in ONE_OF_OPTIONS.items() if key != "in_one_of"}
    assert findings("cross_forum", every, ONE_OF % ("molde", "leder"), subject="ssu") == [
        ("absent:lsu-aukra:molde:Kommunedirektør", 18)
    ]


def test_a_seat_there_that_is_not_the_leaders_is_reported_at_that_seat() -> None:
    assert findings("cross_forum", ONE_OF_OPTIONS, ONE_OF % ("molde", "nestleder"), subject="ssu") == [
        ("must:lsu-molde:molde:Kommunedirektør", 16)
    ]


def test_a_leader_in_none_of_them_is_reported_at_the_leaders_seat() -> None:
    # Molde's LSU is led by its kommunalsjef, another post than the SSU leader's
    lsu_seat = "      - {party: molde, role: Kommunedirektør, position: leder}\n      - {party: hmr, role: Klinikksjef"
    org = (ONE_OF % ("molde", "leder")).replace(lsu_seat, lsu_seat.replace("Kommunedirektør", "Kommunalsjef"))
    assert findings("cross_forum", ONE_OF_OPTIONS, org, subject="ssu") == [
        ("absent-from-all:molde:Kommunedirektør", 10)
    ]
    # with at_least, the count of those that are: none of one
    assert findings("cross_forum", {**ONE_OF_OPTIONS, "at_least": 1}, org, subject="ssu") == [("too-few:in-one-of", 6)]


def test_a_leader_written_as_the_leader_of_the_forum_there_is_its_leader() -> None:
    """Round 27 Møre og Romsdal MR16: the roster writes the SSU's leader as «Leiar LSU Molde»,
    held on behalf of Molde's LSU, where the LSU's own seat is its Kommunalsjef with `position:
    leder`. The same holder: the role names that LSU and begins with the seat's position. Without
    `on_behalf_of`, or at another party, it is not."""
    org = (
        (ONE_OF % ("molde", "leder"))
        .replace(
            "      - {party: molde, role: Kommunedirektør, position: leder}\n      - {party: hmr, role: Administrerande",
            "      - {party: molde, role: Leiar LSU Molde, on_behalf_of: lsu-molde, position: leder}\n"
            "      - {party: hmr, role: Administrerande",
        )
        .replace(
            "      - {party: molde, role: Kommunedirektør, position: leder}\n      - {party: hmr, role: Klinikksjef",
            "      - {party: molde, role: Kommunalsjef, position: leder}\n      - {party: hmr, role: Klinikksjef",
        )
    )
    assert "Leiar LSU Molde" in org and "role: Kommunalsjef, position: leder" in org
    assert findings("cross_forum", ONE_OF_OPTIONS, org, subject="ssu") == []
    unmarked = org.replace(", on_behalf_of: lsu-molde", "")
    assert findings("cross_forum", ONE_OF_OPTIONS, unmarked, subject="ssu") == [
        ("absent-from-all:molde:Leiar LSU Molde", 10)
    ]


def test_one_of_the_fora_by_the_chair_in_force() -> None:
    plan = """\
forum: ssu
chairs:
  - {from: 2025-01-01, to: 2025-12-31, party: molde, role: Kommunedirektør}
  - {from: 2026-01-01, to: 2026-12-31, party: hmr, role: Administrerande direktør}
"""
    options = {"by_chair": ["chair"], "in": ONE_OF_OPTIONS["in"], "in_one_of": True, "must": {"position": ["leder"]}}
    org = ONE_OF % ("molde", "leder")
    assert findings("cross_forum", options, org, subject="ssu", plan=plan, as_of=dt.date(2025, 6, 1)) == []
    # the trust's director chairs in 2026 and is in no LSU (its Klinikksjef is another post)
    assert findings("cross_forum", options, org, subject="ssu", plan=plan, as_of=dt.date(2026, 6, 1)) == [
        ("absent-from-all:hmr:Administrerande direktør", 6)
    ]


def test_the_secretariats_leader_in_one_of_the_fora() -> None:
    org = """\
parties:
  hmr: {name: Helse Møre og Romsdal HF, type: helseforetak, side: sykehus}
  molde: {name: Molde kommune, type: kommune, side: kommune}
secretariat:
  name: Felles samarbeidssekretariat
  members:
    - {party: molde, role: Rådgjevar, position: leder}
fora:
  lsu-molde:
    name: LSU Molde
    type: lokalt-samarbeidsutvalg
    members:
      - {party: %s, role: Rådgjevar}
"""
    options = {"of": "secretariat", "by": {"position": ["leder"]}, "in": ONE_OF_OPTIONS["in"], "in_one_of": True}
    assert findings("cross_forum", options, org % "molde", kind="organisation") == []
    assert findings("cross_forum", options, org % "hmr", kind="organisation") == [
        ("absent-from-all:molde:Rådgjevar", 7)
    ]


def test_a_seat_held_for_the_forum_matches_the_post_as_an_unmarked_seat_does() -> None:
    """Round 20 (Finnmark FM9): a partnerskapsmøte observer seat «Leder av SU
    (Samhandlingsutvalget)» held for the SU (``on_behalf_of: su``) is the SU leader's, as the same
    seat without ``on_behalf_of`` is; it was reported absent because the role had to be the
    leader's own title exactly. Another post of the same party still does not stand in."""
    org = (
        (ORG % "").replace(", person: Kari Holm", "").replace(", person: Åse Lie", "").replace(", person: Ola Dahl", "")
    )
    leader = {"by": {"role": ["Leder"]}, "in": {"type": ["strategisk-samarbeidsutvalg"]}}

    def observer(role: str) -> str:
        return org.replace("role: FSU-leder", role)

    assert (
        findings("cross_forum", leader, observer("role: Leder av FSU (Forum), on_behalf_of: fsu"), subject="fsu") == []
    )
    assert findings("cross_forum", leader, observer("role: Lederen av FSU, on_behalf_of: fsu"), subject="fsu") == []
    assert findings("cross_forum", leader, observer("role: Konstituert leder, on_behalf_of: fsu"), subject="fsu") == []
    assert findings("cross_forum", leader, observer("role: Kommuneoverlege, on_behalf_of: fsu"), subject="fsu") == [
        ("absent:ssu:lyngvik:Leder", 10)
    ]
    # another field of work is another post, as for an unmarked seat
    assert findings("cross_forum", leader, observer("role: Leder oppvekst, on_behalf_of: fsu"), subject="fsu") == [
        ("absent:ssu:lyngvik:Leder", 10)
    ]
    # after «for» too (round 24 Møre og Romsdal MR2); a name after it is where the post is
    assert findings(
        "cross_forum", leader, observer("role: Leder for psykisk helse, on_behalf_of: fsu"), subject="fsu"
    ) == [("absent:ssu:lyngvik:Leder", 10)]
    assert findings("cross_forum", leader, observer("role: Leder for Lyngvik, on_behalf_of: fsu"), subject="fsu") == []


def test_a_seat_held_for_the_forum_may_name_it_and_the_representatives_position() -> None:
    """Round 20 Finnmark FM9, as the author wrote it: the SU's leader is its Samhandlingsdirektør
    (``position: leder``), and the partnerskapsmøte seat held for the SU is «Leder av SU»: a role
    that names the forum and begins with the representative's position is theirs."""
    org = (
        (ORG % "")
        .replace(", person: Kari Holm", "")
        .replace(", person: Åse Lie", "")
        .replace(", person: Ola Dahl", "")
        .replace("{party: lyngvik, role: Leder}", "{party: lyngvik, role: Samhandlingsdirektør, position: leder}")
    )
    leader = {"by": {"position": ["leder"]}, "in": {"type": ["strategisk-samarbeidsutvalg"]}}

    def observer(role: str) -> list[tuple[str, int]]:
        return findings("cross_forum", leader, org.replace("role: FSU-leder", role), subject="fsu")

    assert observer("role: Leder av FSU, on_behalf_of: fsu") == []
    absent = [("absent:ssu:lyngvik:Samhandlingsdirektør", 10)]
    assert observer("role: Nestleder av FSU, on_behalf_of: fsu") == absent  # another position
    assert observer("role: Leder av SSU, on_behalf_of: fsu") == absent  # another forum
    # round 31 Finnmark: without `on_behalf_of` the role still names the forum and the position
    # (the bundled Finnmark document's «Leder av SU (Samhandlingsutvalget)» was a false error)
    assert observer("role: Leder av FSU") == []
    assert observer("role: Leder av FSU (Forum)") == []
    assert observer("role: Nestleder av FSU") == absent
    assert observer("role: Leder av SSU") == absent


MR_LEADERS = """\
parties:
  hmr: {name: Helse Møre og Romsdal HF, type: helseforetak, side: sykehus}
  molde: {name: Molde kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutval
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hmr, role: %s, position: leder}
      - {party: molde, role: Kommunedirektør, position: nestleder}
  lsu-molde:
    name: LSU Molde
    type: lokalt-samarbeidsutvalg
    members:
      - {party: hmr, role: "Avdelingssjef, Klinikk SNR", position: leder}
      - {party: hmr, role: Avdelingssjef, position: nestleder}
      - {party: molde, role: Kommunedirektør}
"""


def test_without_names_the_seat_of_the_very_post_is_the_holder() -> None:
    """«Leiar av SSU er ein av leiarane i dei lokale samarbeidsutvala», no persons named: the SSU's
    «Avdelingssjef» is LSU Molde's deputy «Avdelingssjef», not its leader «Avdelingssjef, Klinikk
    SNR», whose title merely begins the same way (round 20 Møre og Romsdal: it passed)."""
    options = {
        "by": {"position": ["leder"]},
        "in": {"type": ["lokalt-samarbeidsutvalg"]},
        "in_one_of": True,
        "must": {"position": ["leder"]},
    }
    assert findings("cross_forum", options, MR_LEADERS % "Avdelingssjef", subject="ssu") == [
        ("must:lsu-molde:hmr:Avdelingssjef", 16)
    ]
    assert findings("cross_forum", options, MR_LEADERS % '"Avdelingssjef, Klinikk SNR"', subject="ssu") == []
    # the same, one forum at a time (``in`` without ``in_one_of``)
    single = {k: v for k, v in options.items() if k != "in_one_of"}
    assert findings("cross_forum", single, MR_LEADERS % "Avdelingssjef", subject="ssu") == [
        ("must:lsu-molde:hmr:Avdelingssjef", 16)
    ]


def test_a_seat_held_for_the_secretariat_in_both_fora_is_the_same_holder() -> None:
    """«Medlemmene i SSU blir invitert til fellesmøtet» where the secretariat's leader sits in both,
    written alike (round 23 Fonna FN11): one holder; another role is not."""
    org = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
  karmoy: {name: Karmøy kommune, type: kommune, side: kommune}
secretariat:
  name: FoU-eining for samhandling (FOUSAM)
fora:
  ssu:
    name: SSU
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Direktør}
      - {party: karmoy, role: Leiar av FOUSAM, on_behalf_of: secretariat}
  fellesmote:
    name: Fellesmøte
    type: samarbeidsforum
    members:
      - {party: hf, role: Direktør}
      - {party: karmoy, role: %s, on_behalf_of: %s}
"""
    everyone = {"by": {}, "by_group": "members", "in": {"type": ["samarbeidsforum"]}}
    assert findings("cross_forum", everyone, org % ("Leiar av FOUSAM", "secretariat"), subject="ssu") == []
    assert findings("cross_forum", everyone, org % ("Rådgjevar", "secretariat"), subject="ssu") == [
        ("absent:fellesmote:karmoy:Leiar av FOUSAM", 13)
    ]
