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
