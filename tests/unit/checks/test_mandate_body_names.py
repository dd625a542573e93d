"""mandate: the names another body goes by, as an entry's subject (round 20 Førde, FO13): a party
named without its legal suffix («Helse Førde» for «Helse Førde HF», «Sunnfjord» for «Sunnfjord
kommune») and a forum by the parts of a parenthesis in its name («Fagleg samarbeidsutval» and
«Fagrådet» for «Fagleg samarbeidsutval (tidlegare Fagrådet)») are that body, without
`also_known_as`; the forum's own former name stays its own."""

from __future__ import annotations

import pytest

from tests.unit.checks.support import findings

ORG = """\
parties:
  helse-forde: {name: Helse Førde HF, type: helseforetak, side: sykehus}
  sunnfjord: {name: Sunnfjord kommune, type: kommune, side: kommune}
  ks: {name: KS Vestland, type: ks, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutval (tidlegare Koordineringsrådet)
    type: strategisk-samarbeidsutvalg
    mandate: ['%s']
  fsu:
    name: Fagleg samarbeidsutval (tidlegare Fagrådet)
    type: faglig-samarbeidsutvalg
  rad:
    name: Samhandlingsrådet Sunnfjord (tidl. Kontaktutvalet)
    type: faglig-samarbeidsutvalg
"""
LINE = 9
"""The line of the SSU's one mandate entry, as `findings` counts it."""
CONFERENCE = {"any_of": ["arranger samhandlingskonferans"]}


def _run(entry: str, item: dict[str, object] | None = None) -> list[tuple[str, int]]:
    point = {"label": {"nb": "punktet", "en": "the point"}, **(item or CONFERENCE)}
    return findings("mandate", {"items": [point]}, ORG % entry, subject="ssu")


@pytest.mark.parametrize(
    ("entry", "found"),
    [
        # another body, named as the entry's readers would name it
        ("Helse Førde skal arrangere samhandlingskonferansen", [("other-body:the point", LINE)]),
        ("Helse Førde HF skal arrangere samhandlingskonferansen", [("other-body:the point", LINE)]),
        ("Sunnfjord arrangerer samhandlingskonferansen", [("other-body:the point", LINE)]),
        ("Fagleg samarbeidsutval skal arrangere samhandlingskonferansen", [("other-body:the point", LINE)]),
        ("Fagrådet skal arrangere samhandlingskonferansen", [("other-body:the point", LINE)]),
        ("Samhandlingsrådet Sunnfjord skal arrangere samhandlingskonferansen", [("other-body:the point", LINE)]),
        ("Kontaktutvalet skal arrangere samhandlingskonferansen", [("other-body:the point", LINE)]),
        ("Helse Førde og KS Vestland skal arrangere samhandlingskonferansen", [("other-body:the point", LINE)]),
        # the forum itself, by its name, its former name or what a parenthesis gives
        ("Strategisk samarbeidsutval skal arrangere samhandlingskonferansen", []),
        ("Koordineringsrådet skal arrangere samhandlingskonferansen", []),
        ("Arrangere samhandlingskonferansen saman med Helse Førde", []),
        ("Helse Førde og utvalet skal saman arrangere samhandlingskonferansen", []),
    ],
)
def test_a_body_named_without_its_suffix_or_by_its_parenthesis(entry: str, found: list[tuple[str, int]]) -> None:
    assert _run(entry) == found


def test_with_a_verb_item_too() -> None:
    item = {"verb": ["arrangere"], "object": ["samhandlingskonferans"]}
    assert _run("Helse Førde skal arrangere samhandlingskonferansen", item) == [("other-body:the point", LINE)]
    assert _run("Kontaktutvalet arrangerer samhandlingskonferansen", item) == [("other-body:the point", LINE)]
    assert _run("Arrangere samhandlingskonferansen", item) == []
