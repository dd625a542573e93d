"""seat_count: seats a selector picks, counted in all or per party, party type, region or side."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.unit.checks.support import findings

ORG = """\
regions:
  ytre: {name: Ytre, parties: [lyngvik, havbo]}
  indre: {name: Indre, parties: [kvitberg]}
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik, type: kommune, side: kommune}
  havbo: {name: Havbø, type: kommune, side: kommune}
  kvitberg: {name: Kvitberg, type: kommune, side: kommune}
fora:
  ou:
    name: Områdeutvalg
    type: samarbeidsforum
    area: [ytre]
    members:
      - {party: hf, role: Klinikksjef}
      - {party: lyngvik, role: Ordfører}
      - {party: lyngvik, role: Kommunedirektør}
      - {party: havbo, role: Ordfører}
      - {party: kvitberg, role: Ordfører}
      - {represents: bruker, side: kommune, role: Brukerrepresentant}
    observers:
      - {represents: fastlege, role: Praksiskonsulent}
"""
LABEL = {"nb": "plasser", "en": "seats"}


def count(**options: Any) -> list[tuple[str, int]]:
    return findings("seat_count", {"label": LABEL, **options}, ORG)


def test_in_all_at_least_one_by_default() -> None:
    assert count(where={"role": ["Ordfører"]}) == []
    assert count(where={"role": ["Varaordfører"]}) == [("too-few:seats", 14)]


def test_exactly_reports_the_first_seat_too_many() -> None:
    assert count(where={"role": ["Ordfører"]}, exactly=3) == []
    assert count(where={"role": ["Ordfører"]}, exactly=2) == [("too-many:seats", 19)]


def test_group_observers_counts_observer_seats_only() -> None:
    assert count(where={"represents": ["fastlege"]}) == [("too-few:seats", 14)]
    assert count(where={"represents": ["fastlege"]}, group="observers") == []
    assert count(where={"represents": ["fastlege"]}, group="all") == []


def test_per_party_each_municipality_of_the_area() -> None:
    """The mayor and the municipal director of every municipality of the committee's own area."""
    each = {"party_type": ["kommune"]}
    assert count(where={"role": ["Ordfører"]}, per="party", each=each) == []  # Kvitberg is outside
    assert count(where={"role": ["Kommunedirektør"]}, per="party", each=each) == [("too-few:seats:havbo", 14)]


def test_per_party_without_each_counts_only_parties_found() -> None:
    assert count(where={"party_type": ["kommune"]}, per="party", max=1) == [("too-many:seats:lyngvik", 17)]
    assert count(where={"party_type": ["kommune"]}, per="party", max=2) == []


def test_per_region_each_region_of_the_area() -> None:
    each = {"party_type": ["kommune"]}
    assert count(where={"role": ["Ordfører"]}, per="region", each=each, max=2) == []
    assert count(where={"role": ["Ordfører"]}, per="region", each=each, max=1) == [("too-many:seats:ytre", 18)]


def test_per_side_counts_a_constituency_seat_by_its_side() -> None:
    each = {"values": ["kommune", "sykehus"]}
    assert count(where={"represents": ["bruker"]}, per="side", each=each) == [("too-few:seats:sykehus", 14)]


def test_per_party_type() -> None:
    each = {"values": ["kommune", "helseforetak"]}
    assert count(per="party_type", each=each) == []
    assert count(per="party_type", each={"values": ["ombud"]}) == [("too-few:seats:ombud", 14)]


def test_no_municipality_from_outside_the_area() -> None:
    outside = {"party_type": ["kommune"], "in_area": False}
    assert count(where=outside, max=0) == [("too-many:seats", 19)]
    assert count(where={**outside, "not": {"party": "kvitberg"}}, max=0) == []


def test_negation_leaves_seats_out() -> None:
    assert count(where={"party_type": ["kommune"], "not": {"role": ["Ordfører"]}}, exactly=1) == []


PARTS = """\
parties:
  unn: {name: UNN HF, type: helseforetak, side: sykehus}
  unn-tromso: {name: UNN Tromsø, type: sykehus, side: sykehus, part_of: unn}
  unn-barn: {name: Barne- og ungdomsklinikken, type: sykehus, side: sykehus, part_of: unn}
  tromso: {name: Tromsø kommune, type: kommune, side: kommune}
fora:
  fsu:
    name: FSU barn og unge
    type: samarbeidsforum
    members:
      - {party: unn-barn, role: Klinikksjef}
      - {party: unn-barn, role: Overlege}
      - {represents: bruker, side: sykehus, role: Brukerrepresentant}
      - {party: tromso, role: Kommunalsjef}
      - {party: unn-tromso, role: Avdelingsleder}
      - {party: unn, role: Samhandlingssjef}
"""
UNITS = {"nb": "lokalisasjoner og klinikker", "en": "sites and clinics"}


def test_count_parties_counts_each_party_once_and_parts_apart() -> None:
    different = {"where": {"part_of": ["unn"]}, "count": "parties", "min": 2, "label": UNITS}
    assert findings("seat_count", different, PARTS, subject="fsu") == []
    # unn-barn, unn-tromso and unn itself: three parties among five hospital-side seats
    assert findings("seat_count", {**different, "min": 4}, PARTS, subject="fsu") == [("too-few:sites and clinics", 10)]
    # too many: pointed at the first seat of the party over the limit (unn-tromso, the second party)
    assert findings("seat_count", {**different, "max": 1}, PARTS, subject="fsu") == [("too-many:sites and clinics", 15)]
    # per side: the user seat has no party and is not counted; the kommune side has one party
    per_side = {"count": "parties", "per": "side", "each": {"values": ["kommune", "sykehus"]}, "min": 2, "label": UNITS}
    assert findings("seat_count", per_side, PARTS, subject="fsu") == [("too-few:sites and clinics:kommune", 10)]


def test_count_parties_per_party_is_a_located_pack_error(tmp_path) -> None:
    from hf_rules.core.errors import InputError, InputErrors, Location
    from hf_rules.rules.pack import load_packs

    path = tmp_path / "pack.yaml"
    path.write_text(
        """\
apiVersion: hf-rules/v1
kind: RulePack
metadata: {id: parties, version: 1.0.0, name: {nb: P, en: P}, extends: [national]}
rules:
  - id: PARTIES-ONE
    title: {nb: T, en: T}
    message: {nb: M, en: M}
    hint: {nb: H, en: H}
    severity: error
    source: {document: helsenorge-fastlege, quote: x}
    obligations: [N1]
    applies_to: {kind: forum}
    check:
      function: seat_count
      options: {per: party, count: parties, min: 2, label: {nb: parter, en: parties}}
""",
        encoding="utf-8",
    )
    try:
        load_packs([str(path)])
    except (InputError, InputErrors) as raised:
        errors = raised.errors if isinstance(raised, InputErrors) else [raised]
    else:
        raise AssertionError("the pack loaded")
    [error] = errors
    assert error.location == Location(str(path), 15, 36)
    assert str(error.message).startswith("rule PARTIES-ONE: `count: parties` with `per: party` always counts one party")


def test_count_parties_of_represents_seats_is_a_located_pack_error(tmp_path) -> None:
    from hf_rules.core.errors import InputError, InputErrors, Location
    from hf_rules.rules.pack import load_packs

    path = tmp_path / "pack.yaml"
    path.write_text(
        """\
apiVersion: hf-rules/v1
kind: RulePack
metadata: {id: parties, version: 1.0.0, name: {nb: P, en: P}, extends: [national]}
rules:
  - id: PARTIES-ONE
    title: {nb: T, en: T}
    message: {nb: M, en: M}
    hint: {nb: H, en: H}
    severity: error
    source: {document: helsenorge-fastlege, quote: x}
    obligations: [N1]
    applies_to: {kind: forum}
    check:
      function: seat_count
      options: {where: {represents: [bruker]}, count: parties, min: 2, label: {nb: parter, en: parties}}
""",
        encoding="utf-8",
    )
    try:
        load_packs([str(path)])
    except (InputError, InputErrors) as raised:
        errors = raised.errors if isinstance(raised, InputErrors) else [raised]
    else:
        raise AssertionError("the pack loaded")
    [error] = errors
    assert error.location == Location(str(path), 15, 55)
    assert str(error.message).startswith(
        "rule PARTIES-ONE: `count: parties` counts the parties that hold the seats, but a `represents` seat"
    )


def test_a_seat_held_for_the_secretariat_is_left_out_of_a_count_with_not_has_on_behalf_of() -> None:
    """«5 fra kommunene … og leder av FOUSAM»: the post in the secretariat is not one of the five."""
    org = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik, type: kommune, side: kommune}
fora:
  ssu:
    name: SSU
    type: strategisk-samarbeidsutvalg
    members:
      - {party: lyngvik, role: Kommunedirektør}
      - {party: lyngvik, role: Leder av FOUSAM, on_behalf_of: secretariat}
secretariat:
  run_by: [hf, lyngvik]
"""
    label = {"nb": "kommunenes representanter", "en": "the municipalities' representatives"}
    own = {"where": {"side": ["kommune"], "not": {"has_on_behalf_of": True}}, "exactly": 1, "label": label}
    assert findings("seat_count", own, org, subject="ssu") == []
    every = {"where": {"side": ["kommune"]}, "exactly": 1, "label": label}
    assert findings("seat_count", every, org, subject="ssu") == [("too-many:the municipalities' representatives", 10)]


def test_not_as_a_list_leaves_out_seats_that_meet_any_one() -> None:
    """«5 fra kommunene, utenom leder av FOUSAM og SSU-koordinatoren»: two posts by different fields."""
    org = """\
parties:
  lyngvik: {name: Lyngvik, type: kommune, side: kommune}
fora:
  ssu:
    name: SSU
    type: strategisk-samarbeidsutvalg
    members:
      - {party: lyngvik, role: Kommunedirektør}
      - {party: lyngvik, role: Leder av FOUSAM}
      - {party: lyngvik, role: Rådgiver, on_behalf_of: secretariat}
secretariat:
  run_by: [lyngvik]
"""
    label = {"nb": "kommunenes", "en": "the municipalities'"}
    neither = [{"role": ["Leder av FOUSAM"]}, {"has_on_behalf_of": True}]
    options = {"where": {"side": ["kommune"], "not": neither}, "exactly": 1, "label": label}
    assert findings("seat_count", options, org, subject="ssu") == []
    one = {"where": {"side": ["kommune"], "not": neither[0]}, "exactly": 1, "label": label}
    assert findings("seat_count", one, org, subject="ssu") == [("too-many:the municipalities'", 10)]


def test_same_sector_false_picks_the_seats_from_outside_the_sector() -> None:
    """`same_sector: false` was read as no filter at all."""
    org = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus, has_sector: true}
  stord: {name: Stord, type: kommune, side: kommune, sector: hf}
  odda: {name: Odda, type: kommune, side: kommune}
fora:
  om:
    name: Områdemøte Stord
    type: samarbeidsforum
    sector: hf
    members:
      - {party: hf, role: Klinikkdirektør}
      - {party: stord, role: Kommunalsjef}
"""
    label = {"nb": "kommuner utenfor området", "en": "municipalities outside the area"}
    outside = {"where": {"party_type": ["kommune"], "same_sector": False}, "max": 0, "label": label}
    assert findings("seat_count", outside, org, subject="om") == []
    with_odda = org + "      - {party: odda, role: Kommunalsjef}\n"
    assert findings("seat_count", outside, with_odda, subject="om") == [
        ("too-many:municipalities outside the area", 13)
    ]


def test_group_all_leaves_invited_guests_out_unless_where_names_invited() -> None:
    guest = ORG + "      - {party: kvitberg, role: Rådgiver, invited: true}\n"

    def counted(**options: Any) -> list[tuple[str, int]]:
        return findings("seat_count", {"label": LABEL, **options}, guest)

    # six members and the practice consultant: seven, the guest not among them
    assert counted(group="all", exactly=7) == []
    assert counted(group="all", exactly=8) == [("too-few:seats", 14)]
    assert counted(group="all", where={"invited": True}, exactly=1) == []
    assert counted(group="all", where={"any_of": [{"invited": True}, {"invited": False}]}, exactly=8) == []


def test_each_counts_only_the_units_it_names() -> None:
    """«Fem frå kvar side»: a member of neither side (a university without a vote) is no unit
    `each` names, so it is not counted as a third side (round 20 Finnmark); without `each` it is."""
    org = ORG.replace(
        "  kvitberg: {name: Kvitberg, type: kommune, side: kommune}\n",
        "  kvitberg: {name: Kvitberg, type: kommune, side: kommune}\n  uit: {name: UiT, type: universitet, side: uavhengig}\n",
    ).replace(
        "      - {party: kvitberg, role: Ordfører}\n",
        "      - {party: kvitberg, role: Ordfører}\n      - {party: uit, role: Dekan, voting: false}\n",
    )
    options = {"label": LABEL, "where": {"not": {"represents": ["bruker"]}}, "per": "side"}
    each = {"values": ["kommune", "sykehus"]}
    assert findings("seat_count", {**options, "each": each, "min": 1}, org) == []
    # four municipal seats, one of the trust: with `each` the university is no third side
    assert findings("seat_count", {**options, "each": each, "exactly": 4}, org) == [("too-few:seats:sykehus", 15)]
    # without `each`, every side that holds a selected seat is counted, the university's too
    assert findings("seat_count", {**options, "exactly": 4}, org) == [
        ("too-few:seats:sykehus", 15),
        ("too-few:seats:uavhengig", 15),
    ]


def test_each_forum_of_a_type_leaves_an_ended_forum_out() -> None:
    """«Ein frå kvart LSU» asks no seat for an LSU whose ``until`` has passed on the day checked."""
    org = """\
parties:
  hf: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
fora:
  lsu-ytre: {name: LSU Ytre, type: lokalt-samarbeidsutvalg}
  lsu-indre: {name: LSU Indre, type: lokalt-samarbeidsutvalg, until: 2024-12-31}
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: lyngvik, role: Leder LSU Ytre, on_behalf_of: lsu-ytre}
"""
    options = {
        "where": {"side": ["kommune"]},
        "per": "on_behalf_of",
        "each": {"forum_type": ["lokalt-samarbeidsutvalg"]},
        "exactly": 1,
        "label": {"nb": "LSU", "en": "LSU"},
    }
    assert findings("seat_count", options, org, subject="ssu", as_of=dt.date(2024, 12, 31)) == [
        ("too-few:LSU:lsu-indre", 10)
    ]
    assert findings("seat_count", options, org, subject="ssu", as_of=dt.date(2025, 1, 1)) == []


OBSERVER_PARTIES = """\
parties:
  hf: {name: Helse Vestfjord HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
  ks: {name: KS Vestfjord, type: ks, side: kommune}
  fylket: {name: Vestfjord fylkeskommune, type: fylkeskommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Administrerende direktør}
      - {party: lyngvik, role: Kommunedirektør}
    observers:
      - {party: ks, role: Rådgiver, speaking_rights: true}
      - {party: fylket, role: Rådgiver, speaking_rights: true}
"""
_DELEGATES = {"nb": "utsendinger", "en": "delegates"}


def test_a_party_type_each_names_with_no_party_is_counted_as_none() -> None:
    """Round 21 Førde FO21: «Statsforvaltaren, KS og fylkeskommunen har møte- og talerett for ein
    utsending kvar» passed when the county governor was missing from `parties`. A count of observers
    is short at `observers:` (line 13; round 33 Finnmark, Førde: it was at `members:`)."""
    each = {"party_type": ["statsforvalter", "ks", "fylkeskommune"]}
    # per side and per appointing party too (no observer seat gives an appointed_by)
    assert findings(
        "seat_count",
        {"group": "observers", "per": "side", "each": each, "min": 1, "label": _DELEGATES},
        OBSERVER_PARTIES,
        subject="ssu",
    ) == [("too-few:delegates:party_type:statsforvalter", 13)]
    assert findings(
        "seat_count",
        {"group": "observers", "per": "appointed_by", "each": each, "min": 1, "label": _DELEGATES},
        OBSERVER_PARTIES,
        subject="ssu",
    ) == [
        ("too-few:delegates:ks", 13),
        ("too-few:delegates:fylket", 13),
        ("too-few:delegates:party_type:statsforvalter", 13),
    ]
    options = {"group": "observers", "per": "party", "each": each, "exactly": 1, "label": _DELEGATES}
    assert findings("seat_count", options, OBSERVER_PARTIES, subject="ssu") == [
        ("too-few:delegates:party_type:statsforvalter", 13)
    ]
    # a type the rule names that has a party is counted as before; with only a maximum nothing is missing
    assert (
        findings(
            "seat_count",
            {"group": "observers", "per": "party", "each": each, "max": 1, "label": _DELEGATES},
            OBSERVER_PARTIES,
            subject="ssu",
        )
        == []
    )
    # types the rule does not name are as before: no unit for them
    assert (
        findings(
            "seat_count",
            {"group": "observers", "per": "party", "each": {"party_type": ["ks"]}, "exactly": 1, "label": _DELEGATES},
            OBSERVER_PARTIES,
            subject="ssu",
        )
        == []
    )


def test_the_absent_party_type_is_named_in_both_languages() -> None:
    from hf_rules.engine.evaluate import localise
    from hf_rules.rules.checks import registry
    from hf_rules.rules.checks.base import Example
    from hf_rules.rules.checks.examples import run_example

    options = {
        "group": "observers",
        "per": "party",
        "each": {"party_type": ["statsforvalter", "ks"]},
        "exactly": 1,
        "label": _DELEGATES,
    }
    found = list(run_example(registry()["seat_count"], Example("t", options, OBSERVER_PARTIES, subject="ssu")))
    assert [(v.key, localise(v.params["unit"], "nb"), localise(v.params["unit"], "en")) for v in found] == [
        (
            "too-few:delegates:party_type:statsforvalter",
            "statsforvalter (ingen part av den typen)",
            "statsforvalter (no party of that type)",
        )
    ]


def test_per_region_a_declared_region_with_no_party_is_counted_as_none() -> None:
    """«2 rådmenn fra hver av regionene» (round 26 Akershus AK1, Førde FO16): a region whose
    municipalities were all left out of the document is reported, not passed over; a forum's area
    keeps a region outside it out."""
    org = ORG.replace(
        "  indre: {name: Indre, parties: [kvitberg]}\n",
        "  indre: {name: Indre, parties: [kvitberg]}\n  midt: {name: Midt, parties: []}\n",
    )
    each = {"party_type": ["kommune"]}
    options = {"label": LABEL, "where": {"role": ["Ordfører"]}, "per": "region", "each": each, "min": 1}
    assert findings("seat_count", options, org) == []  # the forum's area is ytre
    whole = org.replace("    area: [ytre]\n", "")
    assert findings("seat_count", options, whole) == [("too-few:seats:midt", 14)]
