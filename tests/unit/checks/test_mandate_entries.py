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
