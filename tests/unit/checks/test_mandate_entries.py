"""mandate min_entries: the forum has a mandate, whatever its words."""

from __future__ import annotations

from tests.unit.checks.support import findings

ORG = """\
parties:
  unn: {name: UNN HF, type: helseforetak, side: sykehus}
fora:
  fsu:
    name: FSU REST
    type: samarbeidsforum
%s"""


def test_an_empty_or_missing_mandate_is_reported() -> None:
    assert findings("mandate", {"min_entries": 1}, ORG % "    mandate: [Rekruttere og beholde helsepersonell]\n") == []
    # no mandate key: at the forum's key
    assert findings("mandate", {"min_entries": 1}, ORG % "") == [("too-few-entries", 4)]
    # an empty list: at the forum too (as a missing point is)
    assert findings("mandate", {"min_entries": 1}, ORG % "    mandate: []\n") == [("too-few-entries", 4)]
    assert findings("mandate", {"min_entries": 2}, ORG % "    mandate: [Rekruttere]\n") == [("too-few-entries", 7)]


def test_min_entries_beside_items() -> None:
    item = {"label": {"nb": "rekruttere", "en": "recruit"}, "wording": ["rekruttere"]}
    options = {"min_entries": 1, "items": [item]}
    assert findings("mandate", options, ORG % "") == [("too-few-entries", 4), ("missing:recruit", 4)]
    assert findings("mandate", options, ORG % "    mandate: [Beholde]\n") == [("missing:recruit", 7)]


def _one(entry: str, wording: str, **item: object) -> list[tuple[str, int]]:
    point = {"label": {"nb": "punktet", "en": "the point"}, "wording": [wording], **item}
    return findings("mandate", {"items": [point]}, ORG % f"    mandate: ['{entry}']\n")


def test_a_condition_on_the_point_weakens_it_wherever_it_stands() -> None:
    """The three conditional points a blind author found passing (Agder): the condition is a
    subordinate clause, and it is what weakens the point."""
    weakened = [("weakened:the point", 7)]
    assert _one("Initiere utviklingsarbeid dersom partene ønsker det", "initiere utviklingsarbeid") == weakened
    assert _one("Følge opp framdrift i prosjektene hvis sekretariatet har kapasitet", "framdrift i prosjektene") == (
        weakened
    )
    assert _one("Gjennomgå hele sakslisten når SSHF ber om det", "gjennomgå hele sakslisten") == weakened
    assert _one("Dersom partane ønskjer det, initiere utviklingsarbeid", "initiere utviklingsarbeid") == weakened
    assert _one("Førebu saker etter førespurnad frå SSU", "førebu saker") == weakened
    # the same points unconditioned, and a condition in another sentence, keep them
    assert _one("Initiere utviklingsarbeid", "initiere utviklingsarbeid") == []
    assert (
        _one("Initiere utviklingsarbeid. Dersom partene ønsker det, også forskning", "initiere utviklingsarbeid") == []
    )
    # «ein viss» is "a certain"; `weakened_by: []` where the agreement's own point has a condition
    assert _one("Handsame saker av ein viss storleik", "handsame saker") == []
    assert _one("Gjennomgå hele sakslisten når SSHF ber om det", "gjennomgå hele sakslisten", weakened_by=[]) == []


def test_a_wording_that_opens_a_relative_clause_about_another_body_is_not_the_point() -> None:
    missing = [("missing:the point", 7)]
    assert _one("Rapportere til partnarskapsmøtet, som er styringsorgan for FOUSAM", "styringsorgan for FOUSAM") == (
        missing
    )
    assert _one("Rapportere til rådet der styringsorgan for FOUSAM sit", "styringsorgan for FOUSAM") == missing
    # the entry's own point; a relative clause elsewhere in it does not matter
    assert _one("Vere styringsorgan for FOUSAM", "styringsorgan for FOUSAM") == []
    assert _one("Vere styringsorgan for FOUSAM, som er SSU sitt utøvande organ", "styringsorgan for FOUSAM") == []
    assert _one("Følge opp tiltak som er vedtatt og styringsorgan for FOUSAM", "styringsorgan for FOUSAM") == []


def _key_words(entry: str, *phrases: str) -> list[tuple[str, int]]:
    point = {"label": {"nb": "punktet", "en": "the point"}, "any_of": list(phrases)}
    return findings("mandate", {"items": [point]}, ORG % f"    mandate: ['{entry}']\n")


def test_any_of_finds_key_words_in_a_paraphrase_and_still_sees_what_weakens_them() -> None:
    """A page that restates the agreement («skal initiere utviklingsarbeid»): the mandate's own
    words differ, and `any_of` takes them; a condition or a negation in their sentence weakens
    the point as it does a `wording`."""
    assert _key_words("Initiere og følge opp utviklingsarbeid", "initier utviklingsarbeid") == []
    assert _key_words("Initiere utviklingsarbeid dersom partene ønsker det", "initier utviklingsarbeid") == [
        ("weakened:the point", 7)
    ]
    assert _key_words("Skal ikke initiere utviklingsarbeid", "initier utviklingsarbeid") == [("weakened:the point", 7)]
    assert _key_words("Følge opp tjenesteavtalene", "initier utviklingsarbeid") == [("missing:the point", 7)]
    # a second phrasing matches where the first does not
    assert _key_words("Sette i gang utviklingsarbeid", "initier utviklingsarbeid", "sett gang utviklingsarbeid") == []


SSU = """\
parties:
  sus: {name: Helse Stavanger HF, type: helseforetak, side: sykehus}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: samarbeidsforum
    mandate:
      - Følge opp tjenesteavtalene
      - '%s'
"""


def _who(entry: str, *, any_of: tuple[str, ...] = (), wording: tuple[str, ...] = ()) -> list[tuple[str, int]]:
    """The SSU's findings for one item, its mandate's second entry (line 9) being ``entry``."""
    point: dict[str, object] = {"label": {"nb": "punktet", "en": "the point"}}
    point.update({"any_of": list(any_of)} if any_of else {"wording": list(wording)})
    return findings("mandate", {"items": [point]}, SSU % entry)


def test_a_receiving_verb_before_the_key_words_reverses_the_point() -> None:
    """Blind pack W1 (Sør-Rogaland): «SSU skal støtte opp om arbeidet i FSU» written as key
    words; the mandate says the FSU supports the SSU."""
    reversed_ = [("reversed:the point", 9)]
    entry = "Motta støtte fra Faglig samarbeidsutvalg og ha et overordnet perspektiv"
    assert _who(entry, any_of=("støtt faglig samarbeidsutval",)) == reversed_
    assert _who("Motta støtte fra FSU og ha et overordnet perspektiv", any_of=("støtte FSU",)) == reversed_
    assert _who("Få støtte frå FSU", any_of=("støtte FSU",)) == reversed_
    assert _who("Ta imot støtte frå FSU", any_of=("støtte FSU",)) == reversed_
    assert _who("Tek i mot støtte frå FSU", any_of=("støtte FSU",)) == reversed_
    assert _who("Bli orientert om tenesteavtalane", any_of=("orienter tenesteavtal",)) == reversed_
    assert _who("Motta støtte frå FSU", wording=("støtte",)) == reversed_
    # the controls: the point the right way round, and other readings of the same verbs
    assert _who("Støtte opp om arbeidet i Faglig samarbeidsutvalg", any_of=("støtt faglig samarbeidsutval",)) == []
    assert _who("Støtte opp om arbeidet i FSU gjennom et overordnet perspektiv", any_of=("støtte FSU",)) == []
    assert _who("Motta rapportar og støtte FSU", any_of=("støtte FSU",)) == []
    assert _who("Motta rapportar frå FSU og støtte FSU", any_of=("støtte FSU",)) == []
    assert _who("Få til støtte for FSU", any_of=("støtte FSU",)) == []
    assert _who("Få kommunane til å støtte FSU", any_of=("støtte FSU",)) == []
    assert _who("Følgje opp kommunar som får støtte frå FSU", any_of=("støtte FSU",)) == []  # not the entry's verb
    # a second phrasing that reads the point as the entry's own wins
    assert _who("Motta støtte frå FSU", any_of=("støtte FSU", "motta støtte")) == []


def test_the_receiving_verb_among_the_items_words_is_the_point() -> None:
    assert _who("Motta rapporter fra FSU", any_of=("motta rapport",)) == []
    assert _who("Motta rapporter fra FSU", any_of=("rapport FSU",)) == [("reversed:the point", 9)]
    assert (
        _who("Få tilført ressurser og rammer", wording=("får tilført ressurser og rammer", "få tilført ressurser"))
        == []
    )


def test_having_a_body_as_ones_own_reverses_the_point_and_being_it_does_not() -> None:
    """Blind pack FN17 (Fonna): «Være styringsorgan for FOUSAM»."""
    assert _who("Ha FOUSAM som sitt styringsorgan", any_of=("styringsorgan FOUSAM",)) == [("reversed:the point", 9)]
    assert _who("Har FOUSAM som sitt styringsorgan", any_of=("styringsorgan FOUSAM",)) == [("reversed:the point", 9)]
    assert _who("Vere FOUSAM sitt styringsorgan", any_of=("styringsorgan FOUSAM",)) == []
    assert _who("Være styringsorgan for FOUSAM", any_of=("styringsorgan FOUSAM",)) == []
    assert _who("Ha ansvar for FOUSAM og vere styringsorgan", any_of=("styringsorgan FOUSAM",)) == []
    # «som sine …» opening a relative clause is no «ha X som sitt Y»
    assert _who("Ha oversikt over tiltak som sine medlemmar set i verk", any_of=("oversikt tiltak",)) == []
    assert _who("Ha FOUSAM som sitt styringsorgan og rapportere til PM", any_of=("styringsorgan FOUSAM",)) == [
        ("reversed:the point", 9)
    ]
    # `wording` stays strict: the nynorsk paraphrase does not hold the agreement's words
    assert _who("Vere FOUSAM sitt styringsorgan", wording=("styringsorgan for FOUSAM",)) == [("missing:the point", 7)]


def test_key_words_in_a_clause_of_another_body_are_not_the_point() -> None:
    """Blind pack FN17 (Fonna): the SSU's «Etablere fora for samhandling»."""
    other = [("other-body:the point", 9)]
    entry = "Godkjenne at partnerskapsmøtet skal etablere fora for samhandling"
    assert _who(entry, any_of=("etabler fora",)) == other
    assert _who(entry, wording=("etablere fora for samhandling",)) == other
    assert _who("Sørgje for at FSU etablerer fora for samhandling", any_of=("etabler fora",)) == other
    assert _who("Avgjere om dei faglege samarbeidsutvala skal etablere fora", any_of=("etabler fora",)) == other
    assert _who("Sikre at kommunane får støtte frå FSU", any_of=("støtte FSU",)) == other
    # the controls: the forum's own act
    assert _who("Etablere fora for samhandling", any_of=("etabler fora",)) == []
    assert _who("Godkjenne planar og etablere fora for samhandling", any_of=("etabler fora",)) == []
    assert _who("Sørgje for at det blir etablert fora for samhandling", any_of=("etabler fora",)) == []
    assert _who("Sørgje for at dei etablerer fora", any_of=("etabler fora",)) == []
    assert _who("Sørge for at SSU etablerer fora for samhandling", any_of=("etabler fora",)) == []  # itself
    entry = "Godkjenne at partnerskapsmøtet skal vedta planar, og etablere fora for samhandling"
    assert _who(entry, any_of=("etabler fora",)) == []
    assert _who("Gi råd om tiltak for å etablere fora", any_of=("etabler fora",)) == []
    # the other body receives what the point's own words say it shall get
    entry = "Sørge for at faglige samarbeidsutvalg (FSU) får tilført nødvendige ressurser og rammer."
    assert _who(entry, wording=("får tilført nødvendige ressurser og rammer",)) == []
    # an entry that has the point as its own is enough; a weakened own point is still weakened
    two = "Etablere fora for samhandling'\n      - 'Godkjenne at partnerskapsmøtet skal etablere fora"
    assert _who(two, any_of=("etabler fora",)) == []
    assert _who("Etablere fora ved behov", any_of=("etabler fora",)) == [("weakened:the point", 9)]


def test_the_forum_itself_as_the_subject_is_no_other_body() -> None:
    """The forum is ``ssu``, «Strategisk samarbeidsutvalg»: its name, a form of it, «utvalet» or
    an abbreviation of the name («SSU», not «FSU») is the forum itself."""
    keys = ("etabler fora",)
    assert _who("Sørge for at SSU skal etablere fora", any_of=keys) == []
    assert _who("Sørge for at samarbeidsutvalget skal etablere fora", any_of=keys) == []
    assert _who("Sørge for at strategisk samarbeidsutvalg skal etablere fora", any_of=keys) == []
    assert _who("Sørgje for at utvalet skal etablere fora", any_of=keys) == []
    assert _who("Sørge for at FSU skal etablere fora", any_of=keys) == [("other-body:the point", 9)]
    assert _who("Sørge for at faglige samarbeidsutvalg skal etablere fora", any_of=keys) == [
        ("other-body:the point", 9)
    ]


def test_a_secretariats_mandate_names_itself_the_secretariat() -> None:
    point = {"label": {"nb": "punktet", "en": "the point"}, "any_of": ["førebu partnarskapsmøte"]}
    org = ORG % "" + "secretariat:\n  run_by: [unn]\n  mandate: ['%s']\n"

    def run(entry: str) -> list[tuple[str, int]]:
        return findings("mandate", {"items": [point]}, org % entry, kind="organisation")

    assert run("Sørgje for at sekretariatet skal førebu partnarskapsmøtet") == []
    assert run("Sørgje for at SSU skal førebu partnarskapsmøtet") == [("other-body:the point", 9)]


def test_the_limits_the_guide_states_are_read_as_the_forums_own_point() -> None:
    """docs/writing-a-pack.md, «Key words do not keep who does what»: only the shapes it names are read."""
    for entry in ("Motta råd og støtte frå FSU", "Følgje opp kommunar som får støtte frå FSU", "FSU gir SSU støtte"):
        assert _who(entry, any_of=("støtt FSU",)) == [], entry


def test_a_reversed_or_given_away_point_says_so_with_the_entry() -> None:
    from hf_rules.rules.checks import registry
    from hf_rules.rules.checks.base import Example
    from hf_rules.rules.checks.examples import run_example

    point = {"label": {"nb": "støtte FSU", "en": "support the FSU"}, "any_of": ["støtte FSU"]}
    example = Example("test", {"items": [point]}, SSU % "Motta støtte frå FSU")
    (violation,) = run_example(registry()["mandate"], example)
    problem = violation.params["problem"]
    assert (problem.text("nb"), problem.text("en")) == ("snur punktet", "reverses the point")
    assert violation.params["entry"] == {"nb": " («Motta støtte frå FSU»)", "en": " («Motta støtte frå FSU»)"}
    example = Example("test", {"items": [point]}, SSU % "Sikre at kommunane får støtte frå FSU")
    (violation,) = run_example(registry()["mandate"], example)
    problem = violation.params["problem"]
    assert (problem.text("nb"), problem.text("en")) == ("gir et annet organ punktet", "gives another body the point")


def test_a_qualifier_after_a_dash_at_the_end_weakens_the_point() -> None:
    """A blind author's «Utvikle strategier og handlingsplaner – ved behov»: the dash before a
    short tail that closes the entry does not end the point's clause; before a longer one it does."""
    weakened = [("weakened:the point", 7)]
    entry = "Utvikle strategier og handlingsplaner – ved behov"
    assert _one(entry, "utvikle strategier") == weakened
    assert _key_words(entry, "utvikl strategi") == weakened
    assert _key_words("Utvikle strategier — om mogleg.", "utvikl strategi") == weakened
    assert _key_words("Utvikle strategier – årleg", "utvikl strategi") == []
    entry = "Utvikle strategier – eit arbeid som skal gjerast kvart år, ved behov med FSU"
    assert _key_words(entry, "utvikl strategi") == []


def test_an_entry_that_only_says_the_mandate_is_not_there_yet_is_no_entry() -> None:
    """«Under avklaring» (a blind author's placeholder) and kin do not count for `min_entries`;
    a mandate of placeholders only lacks every item too."""
    for placeholder in (
        "Under avklaring",
        "Ikke fastsatt",
        "Ikkje fastsett enno",
        "Mandat mangler",
        "Under behandling",
    ):
        assert findings("mandate", {"min_entries": 1}, ORG % f"    mandate: [{placeholder}]\n") == [
            ("too-few-entries", 7)
        ], placeholder
    assert findings("mandate", {"min_entries": 1}, ORG % "    mandate: [Avklare saker med FSU]\n") == []
    item = {"label": {"nb": "rekruttere", "en": "recruit"}, "any_of": ["avklar"]}
    options = {"min_entries": 1, "items": [item]}
    assert findings("mandate", options, ORG % "    mandate: [Under avklaring]\n") == [
        ("too-few-entries", 7),
        ("missing:recruit", 7),
    ]
