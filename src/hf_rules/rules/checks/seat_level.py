"""A seat's declared ``level`` agrees with its role: a seat whose role is a known title of another
level than the one it declares is reported («Kommunedirektør» written ``level: politisk``, a
«Styreleder» written ``level: direktor``).

A seat's ``level`` is only what the document declares, and every rule that asks for a level
(``level: [politisk]`` in a selector) takes the declaration at its word. This check reads the
declaration against the titles the vocabulary knows for each level: the shared ones, in bokmål
and nynorsk (political: Ordfører/Ordførar, Varaordfører/Varaordførar, Fylkesordfører,
Utvalgsleder/Utvalsleiar, Kommunestyrerepresentant, Byråd …; administrative, titles of both
``direktor`` and ``leder``, as the shared vocabulary does not draw the line between the two:
Kommunedirektør, Rådmann, Kommunalsjef, Kommunaldirektør, Helse- og omsorgssjef/-leiar,
Administrerende/Administrerande direktør, Fagdirektør, Klinikksjef/Klinikkleiar …; board, level
``styre``: Styreleder/Styreleiar, Styremedlem …; posts with no management, level ``medarbeider``:
Rådgiver/Rådgjevar, Seniorrådgiver, Konsulent, Saksbehandler, Sekretær …; docs/rule-packs.md lists
them all), and those a
pack gives a level (``vocabulary.levels``: ``{id: politisk, titles: [Leiar for helseutvalet]}``,
or a level of its own with its titles). A title matches a seat's ``role`` or one of its
``other_roles`` as the seat selector ``role`` matches (the whole role or its beginning up to a
word boundary, case aside, an acting holder's «Konstituert» aside: «Kommunedirektør for helse»
is a Kommunedirektør).

A seat is reported when it declares a level, one of its posts is a known title of another level,
and none of its posts is a known title of the level it declares (an «Ordfører» who is also
«Styreleder i IKS», ``level: politisk``, is not reported). A seat with no ``level``, a role no
level knows, and a level no titles are known for (a pack's own level that declares none, such as
``niva-1``) are not judged. ``where`` narrows the seats looked at (every seat by default, members
and observers: ``group``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from hf_rules.documents.model import Seat
from hf_rules.rules.checks.base import Example, Subject, Violation
from hf_rules.rules.checks.seats import (
    GROUP_OPTION,
    SEAT_FILTER,
    role_matches,
    seat_matches,
    seat_roles,
    seat_text,
    seats_of,
)

NAME = "seat_level"
SUBJECTS = frozenset({"forum"})
PARAMS: dict[str, str] = {
    "seat": "The seat: `party (role, level)`, or `represents:KIND (role, level)`.",
    "role": "The post of the seat that is a title of another level (its `role` or one of its `other_roles`).",
    "level": "The level the seat declares.",
    "title_level": "The level or levels the post is a known title of (`direktor, leder`).",
    "title": "The known title the post matched.",
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "where": {**SEAT_FILTER, "default": {}, "description": "Which seats are looked at; every seat when left out."},
        "group": {**GROUP_OPTION, "default": "all"},
    },
    "additionalProperties": False,
}


def title_levels(titles: Mapping[str, tuple[str, ...]], post: str) -> dict[str, str]:
    """Level -> the first of its known titles ``post`` matches (as the selector ``role`` matches),
    for each level that has one."""
    found: dict[str, str] = {}
    for level, known in titles.items():
        title = next((t for t in known if role_matches(post, t)), None)
        if title is not None:
            found[level] = title
    return found


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    forum = subject.forum
    assert forum is not None
    titles = subject.org.level_titles
    where = options["where"]
    for group, index, seat in seats_of(forum, options["group"]):
        level = seat.level
        if level is None or not titles.get(level) or not seat_matches(subject, seat, where, group):
            continue
        contradiction = _contradiction(titles, seat, level)
        if contradiction is None:
            continue
        post, found = contradiction
        others = ", ".join(found)
        who = f"{seat.party or f'represents:{seat.represents}'}:{post}"
        yield Violation(
            subject.at(group, index, "level"),
            f"level-title:{who}:{level}",
            {
                "seat": seat_text(subject.org, seat),
                "role": post,
                "level": level,
                "title_level": others,
                "title": next(iter(found.values())),
            },
            {"seat": seat_text(subject.org, seat), "level": level, "role": post, "title_levels": sorted(found)},
        )


def _contradiction(titles: Mapping[str, tuple[str, ...]], seat: Seat, level: str) -> tuple[str, dict[str, str]] | None:
    """The first post of the seat that is a known title of other levels only, with those levels
    and titles; None when a post is a title of ``level`` or no post is a known title."""
    first: tuple[str, dict[str, str]] | None = None
    for post in seat_roles(seat):
        found = title_levels(titles, post)
        if level in found:
            return None
        if found and first is None:
            first = (post, found)
    return first


_ORG = """\
parties:
  vik: {name: Vik kommune, type: kommune, side: kommune}
  hf: {name: Helse Fjord HF, type: helseforetak, side: sykehus}
fora:
  pm:
    name: Partnarskapsmøtet
    type: partnerskapsmote
    members:
      - {party: vik, %s}
      - {party: hf, role: Administrerande direktør, level: direktor}
"""
EXAMPLES = (
    Example("The mayor at the political level", {}, _ORG % "role: Ordførar, level: politisk"),
    Example(
        "The municipal director written at the political level",
        {},
        _ORG % "role: Kommunedirektør, level: politisk",
        expect=("level-title:vik:Kommunedirektør:politisk",),
    ),
    Example(
        "A board chair written as the trust's management",
        {},
        _ORG.replace("role: Administrerande direktør, level: direktor", "role: Styreleiar, level: direktor")
        % "role: Ordførar, level: politisk",
        expect=("level-title:hf:Styreleiar:direktor",),
    ),
    Example(
        "A mayor who also chairs a board, at the political level",
        {},
        _ORG % "role: Ordfører, other_roles: [Styreleder i Vik Energi], level: politisk",
    ),
    Example(
        "An adviser written at the manager level (round 25 UNN, Telemark)",
        {},
        _ORG % "role: Seniorrådgjevar, level: leder",
        expect=("level-title:vik:Seniorrådgjevar:leder",),
    ),
    Example("A role no level knows is not judged", {}, _ORG % "role: Leiar for helseutvalet, level: direktor"),
)
