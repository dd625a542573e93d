"""Forum criteria beside the type: which fora of a type a rule means by their topic or priority groups.

Wherever a rule picks fora by ``type`` (``applies_to``, ``forum_count``, ``relation``'s targets,
``party_set.in_forum``, ``cross_forum.in``, ``chair.opposite_to``, ``forum_for_party``) it may
narrow them with:

- ``topic``: the forum's ``topic`` is one of these, compared as every rule compares topics:
  case, spacing, hyphens and underscores aside («Kvalitet og pasientsikkerhet» is
  ``kvalitet-og-pasientsikkerhet`` and ``kvalitet_og_pasientsikkerhet``; "FSU REST" is the
  ``faglig-samarbeidsutvalg`` with ``topic: rekruttering-og-stabilisering``, or ``topic:
  Rekruttering og stabilisering``);
- ``priority_groups``: the forum works for at least one of these priority groups (one of its
  ``priority_groups``) — "the FSU for children and young people";
- ``time_limited``: the forum gives the last day it exists (``until``: ``true``), or gives none
  and is standing (``false``) — "one standing (fast) FSU for children and young people";
- ``area``: the forum's ``area`` names one of these regions or parties, or lists every party of
  one of these regions — "the SSU for Nedre Telemark" is the ``strategisk-samarbeidsutvalg``
  with ``area: [nedre-telemark]``, or with an area of its seven municipalities (not one with
  ``area: [skien]`` alone: that is an SSU for part of the region); a region or party is given
  by its id or one of its names (``area: [Nedre Telemark]`` for the region ``nedre-telemark``
  named so), so a document with other ids is still read;
- ``has_area``: the forum declares an ``area`` (``true``) or serves the whole community (``false``)
  — "each regional SSU serves its region": ``forum_count`` with ``has_area: false``, ``max: 0``;
- ``one_side``: the forum is a body of one side (``true``): it has members, and those of them on
  the municipal or the hospital side are all on one of the two (the municipalities' own board,
  KS or a user representative beside them or not); ``false`` is every other forum, a joint one
  or one without members — "the health community has three levels" beside the municipalities'
  own board: ``applies_to: {kind: forum, one_side: false}`` with ``forum_type_not_allowed``
  ``only:`` leaves the board out.

- ``name``: the forum's ``name`` has one of these as a run of whole words, anywhere in it, case
  aside, each word of five letters or more perhaps inflected — bokmål and nynorsk, an adjective
  too: ``Overordnet samarbeidsorgan`` finds «Finnmarks overordnede samarbeidsorgan» and «Det
  overordna samarbeidsorganet» —, and the last of them also the start of a longer word (an
  abbreviation such as ``SU`` is a whole word, and a word's end is not a word: ``forum`` is not
  in «Toppleiarforum») — "Toppleiarforum vert erstatta av Partnerskapsmøtet":
  ``forum_count`` with ``name: [Toppleiarforum]``, ``max: 0``, finds «Toppleiarforumet i Fonna»
  and «Helse Fonna Toppleiarforum» under any type; ``Samhandlingsutval`` finds «Strategisk
  samhandlingsutval» too (a forum of the old name with a word before it), but not a name
  recorded as a former one, right after ``tidlegare``/``tidligere``/``tidl.``/``før``/``ex``
  («Partnerskapsmøtet (tidlegare Toppleiarforum)»). Names are the document's free text: prefer a
  type or a topic where the agreement gives one; a name is for what only the name says.

A forum meets the criteria when it meets every one given; a forum with no ``topic`` meets no
``topic``.

A forum whose ``until`` has passed (the last day it exists is before the day the organisation is
evaluated as of, ``--as-of`` or its ``effective_from``) no longer exists: no rule that counts or
selects fora finds it (``forum_count``, ``fora_cover_values``, ``forum_for_party``,
``party_set.in_forum``, ``side_balance``, ``relation``'s targets, ``cross_forum``, ``seat_count``'s
``each: {forum_type}``). Rules applied
to the ended forum itself (its seats, mandate, plans) still read what the document says of it:
remove it from the document, or keep it as a record that is checked as written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any, get_args

from hf_rules.documents.entries import OrgEntry
from hf_rules.documents.model import Forum, PriorityGroup
from hf_rules.rules.checks.seats import area_regions, named_region, party_id

_STRINGS: dict[str, Any] = {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}
FORUM_CRITERIA: dict[str, Any] = {
    "topic": {
        **_STRINGS,
        "description": "Only fora whose `topic` is one of these (case, spacing, hyphens and underscores aside).",
    },
    "priority_groups": {
        "type": "array",
        "items": {"enum": list(get_args(PriorityGroup))},
        "minItems": 1,
        "description": "Only fora that work for at least one of these priority groups (`priority_groups`).",
    },
    "time_limited": {
        "type": "boolean",
        "description": "Only fora that give a last day, `until` (true), or that are standing and give none (false).",
    },
    "area": {
        **_STRINGS,
        "description": "Only fora whose `area` names one of these regions or parties (by id or one of their names), "
        "or lists every party of one of these regions.",
    },
    "has_area": {
        "type": "boolean",
        "description": "Only fora that declare an `area` (true), or that serve the whole community (false).",
    },
    "one_side": {
        "type": "boolean",
        "description": "Only bodies of one side (true: members, and those on the municipal or the hospital side all "
        "on one of them: the municipalities' own board), or every other forum (false: a joint one, or one without "
        "members).",
    },
    "name": {
        **_STRINGS,
        "description": "Only fora whose `name` has one of these as a run of whole words, anywhere, case aside (a word of five "
        "letters or more may be inflected, the last may begin a longer word: 'Toppleiarforum' finds 'Toppleiarforumet i "
        "Fonna', 'Overordnet samarbeidsorgan' finds 'Finnmarks overordnede samarbeidsorgan').",
    },
}
"""The schema of the criteria, for a check's options."""


def forum_meets(
    forum: Forum,
    topic: Iterable[str] | None = None,
    priority_groups: Iterable[str] | None = None,
    time_limited: bool | None = None,
    area: Iterable[str] | None = None,
    has_area: bool | None = None,
    name: Iterable[str] | None = None,
    one_side: bool | None = None,
    org: OrgEntry | None = None,
) -> bool:
    """Whether ``forum`` meets the criteria given (None: not asked); ``one_side`` reads the sides
    of the parties of ``org``."""
    if one_side is not None and one_sided(forum, org) != one_side:
        return False
    if name is not None and not any(name_holds(forum.name, wanted) for wanted in name):
        return False
    if time_limited is not None and (forum.until is not None) != time_limited:
        return False
    if has_area is not None and bool(forum.area) != has_area:
        return False
    if area is not None and not set(forum.area or ()) & set(area):
        return False
    if topic is not None and (forum.topic is None or topic_key(forum.topic) not in {topic_key(t) for t in topic}):
        return False
    return priority_groups is None or bool(set(forum.priority_groups) & set(priority_groups))


def one_sided(forum: Forum, org: OrgEntry | None) -> bool:
    """Whether ``forum`` is a body of one side: it has members, and those of them on the municipal
    or the hospital side (a seat's ``side``, else its party's) are all on one of the two."""
    sides = {s.side if s.side is not None else (org.side_of(s.party) if org else None) for s in forum.members}
    return bool(forum.members) and len(sides & {"kommune", "sykehus"}) == 1


_TOPIC_GAPS = re.compile(r"[\s_-]+")


def topic_key(topic: str) -> str:
    """How every rule compares topics: case, spacing, hyphens and underscores aside, so that
    «Kvalitet og pasientsikkerhet», ``kvalitet-og-pasientsikkerhet`` and
    ``Kvalitet_og_pasientsikkerhet`` are one topic."""
    return _TOPIC_GAPS.sub(" ", topic).strip().casefold()


def meets(forum: Forum, criteria: dict[str, Any], org: OrgEntry | None = None) -> bool:
    """:func:`forum_meets` with the criteria of a check's options (other keys ignored); with
    ``org``, an ``area`` criterion also finds a forum whose area lists every party of a region
    it names."""
    area = criteria.get("area")
    if area is not None and org is not None:
        # a region or party by one of its names as well as its id («Nedre Telemark»; round 27 Telemark TK17)
        area = [named_region(org, a) or party_id(org, a) for a in area]
    if area is not None and org is not None and forum.area and area_regions(org, forum.area) & set(area):
        area = None  # met: the forum's area is the whole region
    return forum_meets(
        forum,
        criteria.get("topic"),
        criteria.get("priority_groups"),
        criteria.get("time_limited"),
        area,
        criteria.get("has_area"),
        criteria.get("name"),
        criteria.get("one_side"),
        org,
    )


_WORD = re.compile(r"\w+")


def name_holds(name: str, wanted: str) -> bool:
    """Whether ``name`` has the words of ``wanted`` as a run anywhere in it, case aside, each
    word of five letters or more perhaps inflected (:func:`_form_of`), the last perhaps the start
    of a longer word: «Toppleiarforumet i Fonna» and «Helse Fonna Toppleiarforum» have
    ``Toppleiarforum``; «Strategisk samhandlingsutvalet» has ``samhandlingsutval``; «Finnmarks
    overordnede samarbeidsorgan» has ``Overordnet samarbeidsorgan``; «Suldal» does not have
    ``SU``, nor «Toppleiarforum» ``forum``."""
    words: list[str] = _WORD.findall(name.casefold())
    parts: list[str] = _WORD.findall(wanted.casefold())
    if not parts:
        return False
    *head, last = parts
    inflected = len(last) >= _INFLECTED  # «SU» is a name of its own, not the start of «Suldal»
    for start in range(len(words) - len(head)):
        if start and words[start - 1] in _FORMERLY:
            continue  # «Partnerskapsmøtet (tidlegare Toppleiarforum)» is not the old forum
        if all(map(_form_of, words[start : start + len(head)], head)):
            word = words[start + len(head)]
            if _form_of(word, last) or (inflected and word.startswith(last)):
                return True
    return False


_INFLECTED = 5
"""A word of a ``name`` this long or longer may be inflected; a shorter one is an abbreviation or
a short word, met only as written."""
_WANTED_ENDS = frozenset({"", "e", "t", "et", "a", "en", "er", "ar"})
_FORM_ENDS = frozenset(
    {"", "e", "a", "t", "et", "ede", "ete", "de", "te", "ne", "ene", "ane", "en", "er", "ar", "s", "es", "ets", "ens"}
)


def _form_of(word: str, wanted: str) -> bool:
    """Whether ``word`` is ``wanted`` or, for a word of five letters or more, a form of it, bokmål
    or nynorsk, noun or adjective: the two share all but the last two letters of ``wanted`` (four
    at least), and each goes on with an ending (``overordnet``: «overordnede», «overordna»;
    ``samarbeidsorgan``: «samarbeidsorganet»; ``helsefellesskap``: «helsefellesskapets»)."""
    if word == wanted:
        return True
    if len(wanted) < _INFLECTED:
        return False
    common = next(
        (i for i, (a, b) in enumerate(zip(word, wanted, strict=False)) if a != b), min(len(word), len(wanted))
    )
    return common >= max(4, len(wanted) - 2) and wanted[common:] in _WANTED_ENDS and word[common:] in _FORM_ENDS


_FORMERLY = frozenset(
    {
        "tidlegare",
        "tidligere",
        "tidl",
        "forhenværande",
        "forhenværende",
        "før",
        "ex",
        "eks",
        "opprinneleg",
        "opprinnelig",
    }
)
"""Words that say the name after them is a former one («Strategisk samarbeidsutval (tidlegare
Samhandlingsutvalet)»): a ``name`` criterion does not find the old name there."""


def in_force(forum: Forum, day: dt.date | None) -> bool:
    """Whether ``forum`` still exists on ``day`` (today when None): it gives no ``until``, or
    ``until`` is that day or later. An ended forum is counted and selected by no rule."""
    return forum.until is None or forum.until >= (day or dt.date.today())


def fora_in_force(org: OrgEntry, types: Iterable[str] | None, day: dt.date | None) -> list[tuple[str, Forum]]:
    """The fora of ``types`` (every forum when None) that still exist on ``day``, in document order."""
    fora = org.fora_of_type(types) if types is not None else list(org.model.fora.items())
    return [(fid, f) for fid, f in fora if in_force(f, day)]


def fora_where(
    org: OrgEntry, types: Iterable[str] | None, criteria: dict[str, Any], day: dt.date | None = None
) -> list[tuple[str, Forum]]:
    """The fora of ``types`` (every forum when None) that still exist on ``day`` (today when None)
    and meet ``criteria``, in document order."""
    return [(fid, f) for fid, f in fora_in_force(org, types, day) if meets(f, criteria, org)]
