"""The seat selector ``function``: a seat holds a function of ``vocabulary.functions`` when it
lists it in ``functions``, or when one of its posts matches one of the function's titles as
``role`` matches."""

from __future__ import annotations

import pytest

from hf_rules.rules.checks import registry
from hf_rules.rules.checks.base import Example
from hf_rules.rules.checks.examples import subject_of
from hf_rules.rules.checks.seats import seat_matches

ORG = """\
parties:
  stolav: {name: St. Olavs hospital HF, type: helseforetak, side: sykehus}
  hitra: {name: Hitra kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: SSU
    type: strategisk-samarbeidsutvalg
    members:
      - {party: hitra, role: Kommunalsjef helse og omsorg i Hitra}
      - {party: hitra, role: Kommunalsjef oppvekst}
      - {party: hitra, role: Rådmann, other_roles: [Helse- og omsorgssjef]}
      - {party: hitra, role: Kommunalsjef oppvekst og helse, functions: [helse-og-omsorgssjef]}
      - {party: stolav, role: Klinikkdirektør, functions: [lege]}
      - {party: stolav, role: Klinikkoverlegen}
      - {party: stolav, role: Klinikkdirektør}
      - {party: stolav, role: Direktør for helse og mestring sin rådgiver}
"""
TITLES = {
    "helse-og-omsorgssjef": ("Kommunalsjef helse og omsorg", "Helse- og omsorgssjef", "Direktør for helse og mestring"),
    "lege": ("Kommuneoverlege", "Klinikkoverlege"),
}


def picked(wanted: list[str], titles: dict[str, tuple[str, ...]] = TITLES) -> list[int]:
    subject = subject_of(registry()["required_seats"], Example("functions", {}, ORG))
    subject.org.function_titles = titles
    assert subject.forum is not None
    return [i for i, seat in enumerate(subject.forum.members) if seat_matches(subject, seat, {"function": wanted})]


def test_a_title_of_the_function_or_the_seat_s_own_word_picks_the_seat() -> None:
    """The title at the beginning of the role, in other_roles, or the function on the seat; not
    another post, nor someone else's («… sin rådgiver»)."""
    assert picked(["helse-og-omsorgssjef"]) == [0, 2, 3]


def test_a_profession_by_title_or_by_the_seat_s_functions() -> None:
    """«Inkl. lege»: the Klinikkdirektør who is a physician and the Klinikkoverlegen (a title of
    lege, in its definite form); not the Klinikkdirektør whose seat does not say so."""
    assert picked(["lege"]) == [4, 5]
    assert picked(["lege", "helse-og-omsorgssjef"]) == [0, 2, 3, 4, 5]


@pytest.mark.parametrize("titles", [{}, {"lege": ()}])
def test_without_titles_only_the_seats_functions_count(titles: dict[str, tuple[str, ...]]) -> None:
    assert picked(["lege"], titles) == [4]
    assert picked(["helse-og-omsorgssjef"], titles) == [3]
