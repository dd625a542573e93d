"""appointed_by read relative to the seat: by a party of a type, by the seat's own party, given at all."""

from __future__ import annotations

from tests.unit.checks.support import findings

ORG = """\
parties:
  vv: {name: Vestre Viken HF, type: helseforetak, side: sykehus}
  drammen: {name: Drammen kommune, type: kommune, side: kommune}
  asker: {name: Asker kommune, type: kommune, side: kommune}
  ks: {name: KS, type: ombud, side: uavhengig}
  drammen-helse: {name: Helse og omsorg, type: etat, side: kommune, part_of: drammen}
fora:
  khs:
    name: Samarbeidsstyret
    type: samarbeidsforum
    members:
      - {party: drammen, role: Kommunaldirektør, appointed_by: drammen}
      - {party: asker, role: Kommunaldirektør, appointed_by: Drammen  kommune}
      - {party: drammen-helse, role: Etatsdirektør, appointed_by: DRAMMEN}
      - {party: asker, role: Kommunalsjef, appointed_by: Brukerutvalget}
      - {party: asker, role: Rådgiver}
      - {party: vv, role: Direktør, appointed_by: ks}
"""
LABEL = {"nb": "representanter", "en": "representatives"}


def _bad(must: dict[str, object]) -> list[tuple[str, int]]:
    options = {"where": {"party_type": ["kommune", "etat"]}, "must": must, "label": LABEL}
    return findings("seat_requirements", options, ORG, subject="khs")


def test_appointed_by_a_party_of_a_type_by_id_or_name() -> None:
    # Brukerutvalget names no party; the Rådgiver names no one
    assert _bad({"appointed_by_party_type": ["kommune"]}) == [
        ("seat:asker:Kommunalsjef", 15),
        ("seat:asker:Rådgiver", 16),
    ]
    assert (
        findings(
            "seat_count",
            {"where": {"appointed_by_party_type": ["ombud"]}, "exactly": 1, "label": LABEL},
            ORG,
            subject="khs",
        )
        == []
    )


def test_appointed_by_the_seats_own_party_or_the_whole_it_is_part_of() -> None:
    # Asker's director was appointed by Drammen; the etat of Drammen by Drammen (its whole) is its own
    assert _bad({"appointed_by_own_party": True}) == [
        ("seat:asker:Kommunaldirektør", 13),
        ("seat:asker:Kommunalsjef", 15),
        ("seat:asker:Rådgiver", 16),
    ]
    assert findings(
        "seat_count",
        {"where": {"appointed_by_own_party": False}, "max": 0, "label": LABEL},
        ORG,
        subject="khs",
    ) == [("too-many:representatives", 13)]


def test_has_appointed_by() -> None:
    assert _bad({"has_appointed_by": True}) == [("seat:asker:Rådgiver", 16)]


BODIES = """\
parties:
  helse-forde: {name: Helse Førde HF, type: helseforetak, side: sykehus}
fora:
  bu:
    name: Brukarutvalet
    type: samarbeidsforum
    members:
      - {represents: bruker, role: Brukarrepresentant, nominated_by: FFO Vestland, appointed_by: Brukarutvalet i Sogn og Fjordane}
      - {represents: bruker, role: Brukarrepresentant, nominated_by: FFO, appointed_by: KS Vestland}
      - {represents: bruker, role: Brukarrepresentant, nominated_by: SAFO, appointed_by: Brukarutvalet}
      - {represents: bruker, role: Brukarrepresentant, nominated_by: FFOS, appointed_by: KS sin rådgjevar}
      - {represents: bruker, role: Brukarrepresentant, appointed_by: KSU}
"""


def _count(where: dict[str, object]) -> list[tuple[str, int]]:
    return findings("seat_count", {"where": where, "max": 0, "label": LABEL}, BODIES, subject="bu")


def test_appointed_by_matches_as_role_does_whole_or_beginning_to_a_word_boundary() -> None:
    # "Brukarutvalet i Sogn og Fjordane" and "Brukarutvalet" are the user committee (lines 8, 10);
    # "KS Vestland" is KS, "KS sin rådgjevar" (a possessive) and "KSU" are not (line 9 only)
    assert _count({"appointed_by": ["brukarutvalet"]}) == [("too-many:representatives", 8)]
    assert (
        findings(
            "seat_count",
            {"where": {"appointed_by": ["Brukarutvalet"]}, "exactly": 2, "label": LABEL},
            BODIES,
            subject="bu",
        )
        == []
    )
    assert (
        findings("seat_count", {"where": {"appointed_by": ["KS"]}, "exactly": 1, "label": LABEL}, BODIES, subject="bu")
        == []
    )
    assert _count({"appointed_by": ["KS"]}) == [("too-many:representatives", 9)]


def test_nominated_by_is_selected_as_appointed_by_is_with_negation() -> None:
    # FFO nominated two (lines 8, 9: "FFO Vestland" begins with FFO; "FFOS" does not)
    assert (
        findings("seat_count", {"where": {"nominated_by": ["FFO"]}, "exactly": 2, "label": LABEL}, BODIES, subject="bu")
        == []
    )
    assert findings(
        "seat_count", {"where": {"nominated_by": ["FFO"]}, "exactly": 4, "label": LABEL}, BODIES, subject="bu"
    ) == [("too-few:representatives", 7)]
    # seats other than FFO's: SAFO's, FFOS's and the one that names no nominator
    assert (
        findings(
            "seat_count",
            {"where": {"not": {"nominated_by": ["FFO"]}}, "exactly": 3, "label": LABEL},
            BODIES,
            subject="bu",
        )
        == []
    )
    assert _count({"has_nominated_by": False}) == [("too-many:representatives", 12)]
    # nominated_by is not appointed_by: FFO appointed no one
    assert _count({"appointed_by": ["FFO"]}) == []


def test_cross_forum_names_an_in_id_the_organisation_does_not_have() -> None:
    """A misspelt ``in.id`` was silent (the rule passed): now it is the finding, with "did you mean"."""
    from hf_rules.core.i18n import Phrase
    from hf_rules.rules.checks import registry
    from hf_rules.rules.checks.examples import run_example

    module = registry()["cross_forum"]
    [example] = [e for e in module.EXAMPLES if e.title == "The rule names the Fagråd by a misspelt id"]
    [violation] = run_example(module, example)
    problem = violation.params["problem"]
    assert isinstance(problem, Phrase)
    assert violation.key == "no-target"
    assert problem.text("en") == (
        "cannot be represented where it is to be: `in.id` names fagraad, which the organisation does not have "
        "(did you mean 'fagrad'?)"
    )
    assert problem.text("nb") == (
        "kan ikke være representert der den skal: `in.id` nevner fagraad, som organisasjonen ikke har "
        "(mente du 'fagrad'?)"
    )


WHOLE = """\
parties:
  hf: {name: Helgelandssykehuset HF, type: helseforetak, side: sykehus}
  vefsn: {name: Vefsn kommune, type: kommune, side: kommune}
fora:
  pm: {name: Partnerskapsmøtet, type: partnerskapsmote}
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: vefsn, role: Ordfører, position: leder, nominated_by: Valgkomiteen i Vefsn kommune}
      - {party: hf, role: Direktør, nominated_by: valgkomiteen, appointed_by: pm}
      - {party: vefsn, role: Kommunedirektør, appointed_by: Vefsn  kommune}
"""


def test_nominated_by_is_the_whole_text() -> None:
    """A leader nominated by «Valgkomiteen i Vefsn kommune» meets nominated_by: [Valgkomiteen], not
    nominated_by_is: [Valgkomiteen]; the hospital's «valgkomiteen» meets both."""
    begins = {"where": {"nominated_by": ["Valgkomiteen"]}, "exactly": 1, "label": LABEL}
    whole = {"where": {"nominated_by_is": ["Valgkomiteen"]}, "exactly": 2, "label": LABEL}
    assert findings("seat_count", begins, WHOLE, subject="ssu") == [("too-many:representatives", 11)]
    assert findings("seat_count", whole, WHOLE, subject="ssu") == [("too-few:representatives", 9)]
    leader = {"where": {"position": ["leder"]}, "must": {"nominated_by_is": ["Valgkomiteen"]}, "label": LABEL}
    assert findings("seat_requirements", leader, WHOLE, subject="ssu") == [("seat:vefsn:Ordfører", 10)]


def test_appointed_by_is_names_a_forum_or_party_by_any_of_its_names() -> None:
    for wanted in (["Partnerskapsmøtet"], ["pm"], ["partnerskapsmote"], ["PARTNERSKAPSMØTET"]):
        options = {"where": {"appointed_by_is": wanted}, "exactly": 1, "label": LABEL}
        assert findings("seat_count", options, WHOLE, subject="ssu") == [], wanted
    for wanted in (["vefsn"], ["Vefsn kommune"]):
        options = {"where": {"appointed_by_is": wanted}, "exactly": 1, "label": LABEL}
        assert findings("seat_count", options, WHOLE, subject="ssu") == [], wanted
    # «Partnerskapsmøte» is the indefinite form of the forum's name and its type's word: the one
    # forum of that type (round 31 Helgeland); «Partnerskap» begins its name and is not its whole name
    begins = {"where": {"appointed_by": ["Partnerskapsmøte"]}, "exactly": 1, "label": LABEL}
    assert findings("seat_count", begins, WHOLE, subject="ssu") == []
    options = {"where": {"appointed_by_is": ["Partnerskapsmøte"]}, "min": 1, "label": LABEL}
    assert findings("seat_count", options, WHOLE, subject="ssu") == []
    options = {"where": {"appointed_by_is": ["Partnerskap"]}, "min": 1, "label": LABEL}
    assert findings("seat_count", options, WHOLE, subject="ssu") == [("too-few:representatives", 9)]


FFO = """\
parties:
  hf: {name: Helse Førde HF, type: helseforetak, side: sykehus}
fora:
  ssu:
    name: Strategisk samarbeidsutval
    type: strategisk-samarbeidsutvalg
    members:
      - {represents: bruker, side: kommune, role: Brukarrepresentant, nominated_by: %s}
"""


def test_an_abbreviation_in_parentheses_names_the_body() -> None:
    """«Funksjonshemmedes Fellesorganisasjon (FFO)» is FFO, for the beginning and the whole text
    alike (round 21 Førde: a false error); words in parentheses that are no abbreviation
    («(FFO-lag)») qualify the name and are not one."""
    for must in ({"nominated_by": ["FFO"]}, {"nominated_by_is": ["FFO"]}):
        options = {"where": {"represents": ["bruker"]}, "must": must, "label": LABEL}
        assert (
            findings("seat_requirements", options, FFO % '"Funksjonshemmedes Fellesorganisasjon (FFO)"', subject="ssu")
            == []
        )
        assert findings("seat_requirements", options, FFO % '"Valgkomiteen (FFO-lag)"', subject="ssu") == [
            ("seat:represents:bruker:Brukarrepresentant", 8)
        ]


JOINTLY = """\
metadata: {id: hf-finnmark, name: Helsefellesskapet Finnmark, also_known_as: [Helsefellesskapet]}
bodies:
  kommunedirektorene: {name: Kommunedirektørene i Finnmark, also_known_as: [KD-møtet], party_types: [kommune]}
  valgkomiteen: {name: Valgkomiteen, side: kommune}
parties:
  fs: {name: Finnmarkssykehuset HF, type: helseforetak, side: sykehus}
  hammerfest: {name: Hammerfest kommune, type: kommune, side: kommune}
  alta: {name: Alta kommune, type: kommune, side: kommune}
  vadso: {name: Vadsø kommune, type: kommune, side: kommune}
  ks: {name: KS Finnmark, type: ombud, side: kommune}
fora:
  su:
    name: Samhandlingsutvalget
    type: samarbeidsforum
    members:
      - {party: hammerfest, role: Kommunedirektør, appointed_by: Kommunestyret i Hammerfest}
      - {party: alta, role: Kommunedirektør, appointed_by: Alta formannskap}
      - {party: vadso, role: Kommunedirektør, appointed_by: Kommunedirektørene i Finnmark}
      - {party: vadso, role: Kommunalsjef, appointed_by: kd-møtet}
      - {party: alta, role: Kommunalsjef, appointed_by: Valgkomiteen}
      - {party: hammerfest, role: Kommunalsjef, appointed_by: KS Finnmark}
      - {party: alta, role: Rådgiver, appointed_by: Brukerutvalget}
      - {party: vadso, role: Rådgiver, appointed_by: Styret i Finnmarkssykehuset}
      - {party: alta, role: Seniorrådgiver, appointed_by: Helsefellesskapet, nominated_by: Helsefellesskapet Finnmark}
      - {party: fs, role: Direktør, appointed_by: Administrerende direktør i Finnmarkssykehuset}
"""


def _jointly(must: dict[str, object], where: dict[str, object] | None = None) -> list[tuple[str, int]]:
    options = {"where": where or {"party_type": ["kommune"]}, "must": must, "label": LABEL}
    return findings("seat_requirements", options, JOINTLY, subject="su")


def test_an_organ_of_a_party_is_the_party() -> None:
    """Round 21 Finnmark F10: «Kommunestyret i Hammerfest», «Alta formannskap» are the municipality."""
    # own party: the organ forms (lines 16, 17) are the seat's own municipality; a body, KS, a
    # plain text, the trust's board and the community are not
    assert _jointly({"appointed_by_own_party": True}) == [
        ("seat:vadso:Kommunedirektør", 18),
        ("seat:vadso:Kommunalsjef", 19),
        ("seat:alta:Kommunalsjef", 20),
        ("seat:hammerfest:Kommunalsjef", 21),
        ("seat:alta:Rådgiver", 22),
        ("seat:vadso:Rådgiver", 23),
        ("seat:alta:Seniorrådgiver", 24),
    ]
    # «Styret i Finnmarkssykehuset» (no «HF») and «Administrerende direktør i …» are the trust
    assert findings(
        "seat_count",
        {"where": {"appointed_by_party_type": ["helseforetak"]}, "max": 1, "label": LABEL},
        JOINTLY,
        subject="su",
    ) == [("too-many:representatives", 25)]
    # a selector naming the party picks a seat its organ appointed; one naming the organ is text
    assert findings(
        "seat_count",
        {"where": {"appointed_by": ["Hammerfest kommune"]}, "max": 0, "label": LABEL},
        JOINTLY,
        subject="su",
    ) == [("too-many:representatives", 16)]
    assert (
        findings(
            "seat_count",
            {"where": {"appointed_by": ["Kommunestyret i Alta"]}, "max": 0, "label": LABEL},
            JOINTLY,
            subject="su",
        )
        == []
    )


def test_appointed_by_the_municipal_side_any_of_them_or_jointly() -> None:
    """Round 21 Finnmark F10: «Det er opp til kommunene … å oppnevne representanter»."""
    # the municipalities' organs, the declared bodies (by name or also_known_as) and KS (on the
    # municipal side) pass; a text no body declares, the trust's board and the community do not
    assert _jointly({"appointed_by_side": ["kommune"]}) == [
        ("seat:alta:Rådgiver", 22),
        ("seat:vadso:Rådgiver", 23),
        ("seat:alta:Seniorrådgiver", 24),
    ]
    # by party type: KS (ombud) and the committee (a side, no party types) are not municipalities
    assert _jointly({"appointed_by_party_type": ["kommune"]}) == [
        ("seat:alta:Kommunalsjef", 20),
        ("seat:hammerfest:Kommunalsjef", 21),
        ("seat:alta:Rådgiver", 22),
        ("seat:vadso:Rådgiver", 23),
        ("seat:alta:Seniorrådgiver", 24),
    ]
    # the trust's seat is appointed by the hospital side
    assert _jointly({"appointed_by_side": ["sykehus"]}, {"party_type": ["helseforetak"]}) == []


def test_the_health_community_is_named_by_its_names() -> None:
    """Round 21 Førde: `nominated_by` given as the health community's own name."""
    for wanted in (["hf-finnmark"], ["Helsefellesskapet Finnmark"], ["helsefellesskapet"]):
        assert findings(
            "seat_count",
            {"where": {"nominated_by_is": wanted}, "max": 0, "label": LABEL},
            JOINTLY,
            subject="su",
        ) == [("too-many:representatives", 24)]
        assert findings(
            "seat_count",
            {"where": {"appointed_by_is": wanted}, "max": 0, "label": LABEL},
            JOINTLY,
            subject="su",
        ) == [("too-many:representatives", 24)]


def test_a_forum_named_with_the_year_or_day_of_its_meeting_is_the_forum() -> None:
    """Round 22 Helgeland HG4: «Partnerskapsmøtet 2023» (the source's own words) is the forum ``pm``, as
    «Partnerskapsmøtet 4. mai 2023» and «Partnerskapsmøtet 04.05.2023» are; «Partnerskapsmøtet i
    Nordland», another body, is not."""
    must = {"where": {"party": ["vefsn"], "role": ["Kommunedirektør"]}, "must": {"appointed_by": ["pm"]}}
    for text in ("Partnerskapsmøtet 2023", "Partnerskapsmøtet 4. mai 2023", "Partnerskapsmøtet 04.05.2023"):
        org = WHOLE.replace("appointed_by: Vefsn  kommune}", f"appointed_by: {text}}}")
        assert findings("seat_requirements", {**must, "label": LABEL}, org, subject="ssu") == [], text
    org = WHOLE.replace("appointed_by: Vefsn  kommune}", "appointed_by: Partnerskapsmøtet i Nordland}")
    assert findings("seat_requirements", {**must, "label": LABEL}, org, subject="ssu") == [
        ("seat:vefsn:Kommunedirektør", 12)
    ]


def test_a_forum_named_in_the_definite_form_is_the_forum() -> None:
    """Round 31 Helgeland HG3: the forum is «Partnerskapsmøte Helgeland» (or «Partnerskapsmøte»),
    the source says «Partnerskapsmøtet 2023»: the definite form of its name, or of its type's words
    where one forum alone is of that type, names it. «Samarbeidsmøtet 2023» names no forum."""
    must = {"where": {"party": ["vefsn"], "role": ["Kommunedirektør"]}, "must": {"appointed_by": ["partnerskapsmote"]}}
    for name in ("Partnerskapsmøte Helgeland", "Partnerskapsmøte"):
        base = WHOLE.replace("name: Partnerskapsmøtet,", f"name: {name},")
        assert base != WHOLE
        for text in ("Partnerskapsmøtet 2023", "Partnerskapsmøtet", "Partnerskapsmøte"):
            org = base.replace("appointed_by: Vefsn  kommune}", f"appointed_by: {text}}}")
            assert findings("seat_requirements", {**must, "label": LABEL}, org, subject="ssu") == [], (name, text)
        org = base.replace("appointed_by: Vefsn  kommune}", "appointed_by: Samarbeidsmøtet 2023}")
        assert findings("seat_requirements", {**must, "label": LABEL}, org, subject="ssu") == [
            ("seat:vefsn:Kommunedirektør", 12)
        ], name


def test_an_abbreviation_in_parentheses_in_an_also_known_as_names_the_party() -> None:
    """Round 22 Møre og Romsdal: `appointed_by: ROR` for a council whose also_known_as holds «Romsdal
    Regionråd (ROR)»: ROR is one of its names, as the abbreviation in its `name` would be."""
    org = (
        "parties:\n"
        "  romsdal: {name: Romsdal IPR, also_known_as: [Romsdal Regionråd (ROR)], type: region, side: kommune}\n"
        "  molde: {name: Molde kommune, type: kommune, side: kommune}\n"
        "fora:\n"
        "  pm:\n"
        "    name: Partnerskapsmøtet\n"
        "    type: partnerskapsmote\n"
        "    members:\n"
        "      - {party: molde, role: Ordførar, appointed_by: %s}\n"
    )
    options = {"where": {"party": ["molde"]}, "must": {"appointed_by_party_type": ["region"]}, "label": LABEL}
    for text in ("ROR", "Romsdal Regionråd", "Romsdal Regionråd (ROR)", "romsdal"):
        assert findings("seat_requirements", options, org % text, subject="pm") == [], text
    assert findings("seat_requirements", options, org % "NIPR", subject="pm") == [("seat:molde:Ordførar", 9)]


def test_a_post_of_another_body_is_not_the_post_wanted() -> None:
    """«opp til kommunene og administrerende direktør å oppnevne» (round 24 Finnmark F17): a seat of
    the trust appointed by «Administrerende direktør i Helse Nord RHF» is not appointed by the
    trust's own chief executive; written plainly, or at the seat's own party, it is."""
    document = """\
parties:
  fs: {name: Finnmarkssykehuset HF, type: helseforetak, side: sykehus}
  alta: {name: Alta kommune, type: kommune, side: kommune}
  hammerfest: {name: Hammerfest kommune, type: kommune, side: kommune}
fora:
  su:
    name: Samhandlingsutvalget
    type: samarbeidsforum
    members:
      - {party: fs, role: Klinikksjef, appointed_by: '%s'}
"""
    wanted = {"where": {"appointed_by": ["Administrerende direktør", "Kommunedirektør"]}, "exactly": 1, "label": LABEL}
    for text, picked in (
        ("Administrerende direktør", True),
        ("Administrerende direktør i Finnmarkssykehuset", True),
        ("Administrerende direktør, Finnmarkssykehuset HF", True),
        ("Administrerende direktør i Helse Nord RHF", False),
        ("Administrerende direktør i Alta kommune", False),
        ("Kommunedirektør i Hammerfest", False),
    ):
        assert findings("seat_count", wanted, document % text, subject="su") == (
            [] if picked else [("too-few:representatives", 9)]
        ), text


def test_a_user_committee_of_another_trust_is_not_the_one_wanted() -> None:
    """Round 27 Førde SF19 and Finnmark FM21: on a seat of no party (a user representative's),
    `nominated_by: [Brukarutvalet]` picks the trust's own user committee, written plainly, at a
    party of the organisation, or at the health community's own county, and not another trust's
    («i Helse Bergen», «ved Sykehuset Innlandet», «i Helse Nord RHF»)."""
    document = """\
metadata: {id: sf, name: Sogn og Fjordane helsefellesskap, effective_from: 2024-01-01}
parties:
  hf: {name: Helse Førde HF, type: helseforetak, side: sykehus}
  sogndal: {name: Sogndal kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutval
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Administrerande direktør}
      - {represents: bruker, role: Brukarrepresentant, nominated_by: '%s'}
"""
    wanted = {"where": {"nominated_by": ["Brukarutvalet"]}, "exactly": 1, "label": LABEL}
    for text, picked in (
        ("Brukarutvalet", True),
        ("Brukarutvalet i Helse Førde", True),
        ("Brukarutvalet i Sogndal kommune", True),
        ("Brukarutvalet i Sogn og Fjordane", True),
        ("Brukarutvalet i Helse Bergen", False),
        ("Brukarutvalet ved Sykehuset Innlandet", False),
        ("Brukarutvalet i Helse Vest RHF", False),
    ):
        assert findings("seat_count", wanted, document % text, subject="ssu") == (
            [] if picked else [("too-few:representatives", 9)]
        ), text
    # a stem, or the forum type, before the definite ending (round 28 Førde: «Brukarutvalet» for `brukarutval`)
    wanted = {"where": {"nominated_by": ["brukarutval"]}, "exactly": 1, "label": LABEL}
    for text, picked in (
        ("Brukarutvalet", True),
        ("Brukarutvalet i Helse Førde", True),
        ("Brukarutvalet i Helse Bergen", False),
    ):
        assert findings("seat_count", wanted, document % text, subject="ssu") == (
            [] if picked else [("too-few:representatives", 9)]
        ), text


def test_nominated_by_a_kind_of_declared_body() -> None:
    """«nominerte av eit kommunalt råd for eldre eller menneske med nedsett funksjonsevne» (round 24
    Førde SF32): `nominated_by_body_type` reads the `type` of the declared body the seat names, by
    its name or `also_known_as`; a youth council, or a body nobody declared, does not meet it."""
    document = """\
parties:
  hf: {name: Helse Førde HF, type: helseforetak, side: sykehus}
  sogndal: {name: Sogndal kommune, type: kommune, side: kommune}
bodies:
  eldrerad-sogndal: {name: Eldrerådet i Sogndal, also_known_as: [Sogndal eldreråd], type: eldrerad}
  ungdomsrad-sogndal: {name: Ungdomsrådet i Sogndal, type: ungdomsrad}
fora:
  bu:
    name: Brukarutvalet
    type: brukerutvalg
    members:
      - {represents: bruker, role: Brukarrepresentant, nominated_by: '%s'}
"""
    wanted = {"where": {"nominated_by_body_type": ["eldrerad", "rad-for-funksjonshemmede"]}, "exactly": 1}
    for text, met in (
        ("Eldrerådet i Sogndal", True),
        ("Sogndal eldreråd", True),
        ("Ungdomsrådet i Sogndal", False),
        ("Kommunalt råd for ungdom, Sogndal", False),
    ):
        assert findings("seat_count", {**wanted, "label": LABEL}, document % text, subject="bu") == (
            [] if met else [("too-few:representatives", 11)]
        ), text


def test_the_county_board_of_a_party_is_the_party() -> None:
    """«KS i fylket syter for oppnemning» (round 25 Førde SF20): «Fylkesstyret i KS Vestland» is KS
    Vestland's organ, so the seat is appointed by a party of type ks."""
    document = """\
parties:
  hf: {name: Helse Førde HF, type: helseforetak, side: sykehus}
  ks: {name: KS Vestland, type: ks, side: kommune}
fora:
  bu:
    name: Brukarutvalet
    type: samarbeidsforum
    members:
      - {party: hf, role: Rådgjevar, appointed_by: '%s'}
"""
    wanted = {"where": {"appointed_by_party_type": ["ks"]}, "exactly": 1, "label": LABEL}
    assert findings("seat_count", wanted, document % "Fylkesstyret i KS Vestland", subject="bu") == []
    assert findings("seat_count", wanted, document % "Fylkesstyret i Vestland", subject="bu") == [
        ("too-few:representatives", 8)
    ]


def test_a_forum_appoints_by_its_type_whatever_it_is_called() -> None:
    """Round 27 Helgeland HG2: «oppnevning til SSU» by the partnerskapsmøte. `appointed_by:
    [partnerskapsmote]` (the forum type) meets a seat whose `appointed_by` names a forum of that
    type by any of its names or its id, and not one naming another forum."""
    document = """\
parties:
  hf: {name: Helgelandssykehuset HF, type: helseforetak, side: sykehus}
fora:
  pm: {name: Partnerskapsmøte Helgeland, also_known_as: [PM], type: partnerskapsmote}
  lsu: {name: Lokalt samarbeidsutvalg, type: lokalt-samarbeidsutvalg}
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hf, role: Administrerende direktør, appointed_by: '%s'}
"""
    options = {"must": {"appointed_by": ["partnerskapsmote"]}, "label": LABEL}
    for text in ("Partnerskapsmøte Helgeland", "PM", "pm"):
        assert findings("seat_requirements", options, document % text, subject="ssu") == [], text
    assert findings("seat_requirements", options, document % "Lokalt samarbeidsutvalg", subject="ssu") == [
        ("seat:hf:Administrerende direktør", 10)
    ]


def test_appointed_by_a_function_is_met_by_any_of_its_titles() -> None:
    """Round 27 Finnmark FM18: «opp til kommunene og administrerende direktør å oppnevne»; the page
    also says «Foretaksdirektøren». `appointed_by: [administrativ-toppledelse]` is met by any title
    of the shared function, in its definite form, at the seat's own party, and not by another
    body's chief executive or a longer title."""
    document = """\
parties:
  fs: {name: Finnmarkssykehuset HF, type: helseforetak, side: sykehus}
fora:
  su:
    name: Samhandlingsutvalget
    type: samarbeidsforum
    members:
      - {party: fs, role: Klinikksjef, appointed_by: '%s'}
"""
    options = {"must": {"appointed_by": ["administrativ-toppledelse"]}, "label": LABEL}
    for text, met in (
        ("Administrerende direktør", True),
        ("Adm. direktør", True),
        ("Foretaksdirektøren", True),
        ("Administrerende direktør i Finnmarkssykehuset", True),
        ("Administrerende direktør i Helse Nord RHF", False),
        ("Administrerende direktørs stab", False),
        ("Klinikksjef", False),
    ):
        assert findings("seat_requirements", options, document % text, subject="su") == (
            [] if met else [("seat:fs:Klinikksjef", 8)]
        ), text


def test_nominated_by_a_council_of_a_municipality_or_of_the_county() -> None:
    """Round 27 Førde SF27: «ein brukarrepresentant frå eit kommunalt råd … og ein frå tilsvarande råd
    på fylkeskommunalt nivå». `nominated_by_party_type` reads the declared council's
    `party_types`, as `appointed_by_party_type` reads `appointed_by`."""
    document = """\
parties:
  hf: {name: Helse Førde HF, type: helseforetak, side: sykehus}
  sogndal: {name: Sogndal kommune, type: kommune, side: kommune}
bodies:
  eldrerad-sogndal: {name: Eldrerådet i Sogndal, type: eldrerad, party_types: [kommune]}
  eldrerad-vestland: {name: Eldrerådet i Vestland, type: eldrerad, party_types: [fylkeskommune]}
fora:
  bu:
    name: Brukarutvalet
    type: samarbeidsforum
    members:
      - {represents: bruker, role: Brukarrepresentant, nominated_by: '%s'}
"""
    county = {"where": {"nominated_by_body_type": ["eldrerad"], "nominated_by_party_type": ["fylkeskommune"]}}
    for text, met in (
        ("Eldrerådet i Vestland", True),
        ("Eldrerådet i Vestland fylkeskommune", True),  # its name with the party's «fylkeskommune» (round 27)
        ("Eldrerådet i Sogndal", False),
        ("FFO", False),
    ):
        assert findings("seat_count", {**county, "exactly": 1, "label": LABEL}, document % text, subject="bu") == (
            [] if met else [("too-few:representatives", 11)]
        ), text
