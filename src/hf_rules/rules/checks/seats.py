"""Seat selectors: which seats of a forum a rule is about, and how a seat is matched.

A selector is a mapping of criteria; a seat is selected when it meets every criterion given,
not every one of those under ``not:`` (``not`` may also be a list of selectors, none of which
the seat may meet: ``not: [{role: [Leder av FOUSAM]}, {has_on_behalf_of: true}]``), and at
least one of the selectors under ``any_of:``
(each with its own criteria and ``not``): "the trust's board, as one seat or as its members"
is ``any_of: [{body: [Styret]}, {role: [Styreleder, Styremedlem]}]``; and every one of the
selectors under ``all_of:``, the AND of two selectors that each name the same criterion: «KS
representert med kommunedirektør som leder Kommunedirektørutvalget» is one seat holding two
posts (its ``role`` and ``other_roles``), ``all_of: [{role: [Kommunedirektør]}, {role: [Leder av
Kommunedirektørutvalget]}]``, where ``role: [Kommunedirektør, Leder av …]`` would take either
post. A selector under ``not`` (or in ``any_of`` or ``all_of``) takes the criteria below, not
``not``, ``any_of`` or ``all_of`` again: "leave out the GP
seats and the practice consultant" is the list ``not: [{represents: [fastlege]}, {role:
[Praksiskonsulent]}]``, or the same written ``not: {any_of: [{represents: [fastlege]}, {role:
[Praksiskonsulent]}]}`` (``any_of`` alone under ``not``). How the criteria are read:

- ``party`` is one party id, or a list of ids, one of which is the seat's party («one each from
  Arendal and Kristiansand»: ``party: [arendal, kristiansand]``, counted ``per: party``); a
  party's name stands for its id (its ``name``, an abbreviation in parentheses in it, an
  ``also_known_as``, case aside: ``party: [Bufetat]`` picks the seat of the party ``bufetat-nord``
  whose ``also_known_as`` has «Bufetat»), so a pack need not guess the ids a document gives; the
  same holds for ``part_of``;
- ``role`` is matched without regard to case, repeated spaces or a hyphen between words («SSU-koordinator» is «SSU koordinator»), as the whole role or as its
  beginning up to a word boundary: ``Kommunaldirektør`` matches "Kommunaldirektør for helse og
  velferd", not "Kommunaldirektørens rådgiver" and not "Assisterende kommunaldirektør"; its last
  word may stand in a definite or plural form (``Kommuneoverlege`` matches "Kommuneoverlegen",
  ``Ordførar`` "Ordførarane"), never a genitive; an acting holder holds the post («Konstituert
  ordfører», «Fungerende kommunedirektør», «kst.»), and so does a stand-in attending for it
  («For kommunalsjef»: the seat is the post's, filled by someone else for now, and a rule that the
  post sits there is met); an assistant («Assisterende …») does not. A seat
  holds every post of its ``role`` and its ``other_roles`` (a combined post, «kombinert
  stilling»), and each title of a role written with slashes («Rådmann/kommunedirektør» is a
  rådmann and a kommunedirektør): it meets ``role`` when one of them matches. Bokmål and nynorsk match alike: the
  word forms governance texts write differently are read as one on both sides of every
  comparison of a role (``role``, ``role_is``, a chair's or leader's role, ``cross_forum``'s
  posts, ``appointed_by``/``nominated_by``, the titles of functions and levels), also inside a
  compound: ``Administrerende direktør`` matches «Administrerande direktør», ``Klinikkleder``
  «Klinikkleiar», ``Brukerutvalget`` «Brukarutvalet». The table (viseadministrerande/viseadministrerende, administrerande/administrerende, assisterande/assisterende, fungerande/fungerende, koordinerande/koordinerende, rådgjevande/rådgivende, rådgjevar/rådgiver, ordførar/ordfører, leiar/leder, leiing/ledelse, pleiar/pleier, legar/leger, tillitsvald/tillitsvalgt, hovud/hoved, tilsett/ansatt, brukar/bruker, sjukeheim/sykehjem, sjuk/syk, føretak/foretak, fagleg/faglig, dagleg/daglig, utvalg/utval, teneste/tjeneste, verksemd/virksomhet, eining/enhet, frå/fra); a word written
  alike in both (kommuneoverlege, direktør) needs none;
- ``role_is`` is the whole role, case and repeated spaces aside, also over ``other_roles``, an
  acting holder's and a stand-in's words before it aside as for ``role``:
  ``role_is: [Fagdirektør]`` picks "Fagdirektør" and "fagdirektør", not "Fagdirektør for
  kvalitet". The post followed by where it is, the seat's own party, is the post too:
  ``role_is: [Kommunedirektør]`` picks "Kommunedirektør i Alta", "Kommunedirektør, Alta
  kommune" and "Kommunedirektør (Alta)" on a seat of ``alta`` (the party's name, an
  ``also_known_as``, or the name without «kommune», «HF» …, after «i», «for», «ved», «på»,
  «hos», a comma or a parenthesis), not "Kommunedirektør helse og velferd" nor
  "Kommunedirektør i Hammerfest" there. Choose ``role`` when the text names a post that documents write out at length
  («kommunedirektør» for "Kommunedirektør i Lyngvik"), and ``role_is`` when the text names
  exactly that post and a longer title is another post («fagdirektøren», where the trust also has
  a "Fagdirektør for kvalitet");
- ``site`` holds for a seat whose holder works at or comes from one of these parties (ids or
  names): its ``site``, or its party where that is a hospital and the seat gives none; a
  constituency seat gives ``site`` for the party its holder comes from («Ansattrepresentant,
  Sør-Varanger kommune»: ``represents: ansatt``, ``site: sor-varanger``, picked by ``{represents:
  [ansatt], site: [Sør-Varanger kommune]}``);
- ``on_behalf_of`` holds for a seat that sits for a forum (its ``on_behalf_of``) of one of the
  listed types, kinds included ("the LSUs' seats in the SSU": ``on_behalf_of:
  [lokalt-samarbeidsutvalg]``), and ``secretariat`` among them for a seat held by a post in the
  secretariat (``on_behalf_of: secretariat``); ``has_on_behalf_of`` for any such seat (true) or
  none (false). "Five from the municipalities, and the leader of the secretariat" leaves out the
  secretariat's seat only: ``not: {on_behalf_of: [secretariat]}`` (``not: {has_on_behalf_of:
  true}`` would leave out a municipality's seat held for another forum as well);
- ``position`` is the seat's position in the forum (``leder``, ``nestleder``, or
  ``vararepresentant``: a standing deputy member holding one of the seats, «5 representanter
  (inkl. vararepresentant)»), not a role: the
  forum's leader is ``position: [leder]`` whatever the holder's post, and a "Leiar legevakta"
  who is a plain member is not picked by it as ``role: [Leiar]`` would pick them;
- ``function`` holds for a seat whose holder has one of the listed functions (words of the packs'
  ``vocabulary.functions``: a post the parties title differently, «kommunalsjef for helse», or a
  profession, «lege»): the seat lists it in ``functions``, or its ``role`` or one of its
  ``other_roles`` matches one of the titles the packs give the function (``titles:``), as
  ``role`` matches. "Kommunalsjefene for helse" is ``function: [helse-og-omsorgssjef]`` whether
  a municipality titles the post «Kommunalsjef helse og omsorg», «Helse- og omsorgssjef» or
  «Direktør for helse og mestring» (listed as titles, or given on the seat), and «inkl. lege» is
  ``function: [lege]``, met by a «Kommuneoverlege» (a title of ``lege``) and by a
  «Klinikkdirektør» whose seat gives ``functions: [lege]``;
- ``side`` is the seat's own ``side`` where it gives one (a GP, user or employee seat from the
  municipalities or the hospital), otherwise its party's side;
- ``party_type``, ``region``, ``part_of`` and ``in_area`` look at the seat's party: a GP, user or
  employee seat (``represents``) has none and never meets them. A seat shared by several parties
  (``shared_with``: «kommuneoverlege for Hitra og Frøya») is held for each of them: it meets
  ``party``, ``party_type``, ``region``, ``part_of``, ``in_area``, ``party_tags``,
  ``same_sector`` and the ``…_own_party`` and ``…_own_region`` criteria when one of its parties
  meets all of those the selector gives, and every check that counts or picks seats by party,
  party type, region or area counts it for each of its parties (once for a unit several of them
  share); counts by side count it once. ``shared: false`` leaves such a seat out (``shared: true``
  picks only shared seats): «the political and administrative top leadership of every
  municipality» is ``where: {role: [Ordfører], shared: false}`` counted ``per: party``, so one
  mayor's seat shared with five other municipalities stands in for none of their mayors (its own
  party's included: a post that is one party's own is written without ``shared_with``);
- ``tags`` and ``party_tags`` hold when the seat (its party) has at least one of the listed
  ``tags``: words an agreement uses to pick seats out that no other field says (helsefaglig,
  kommuneoverlege, liten-kommune);
- ``appointed_by`` (who formally appointed the seat holder) and ``nominated_by`` (the organisation
  that nominated them) are matched as ``role`` is: the whole text or its beginning up to a word
  boundary, case aside, and not a possessive: ``KS`` matches "KS" and "KS Vestland",
  ``Brukarutvalet`` matches "Brukarutvalet i Sogn og Fjordane", and neither matches "KS sin
  rådgjevar" nor "KSU"; a post written with where it is, when that is another body than the
  seat's own party — another party of the organisation, or a body by its legal name («… HF»,
  «… RHF», «… kommune») or a health trust by its name («Helse …», «Sykehuset …», «…sykehuset»)
  that is no party of the organisation — is that body's post, not the one wanted:
  ``Administrerende direktør`` picks "Administrerende direktør" and "Administrerende direktør i
  Finnmarkssykehuset" on the trust's seat, not "Administrerende direktør i Helse Nord RHF"; on a
  seat of no party (a user representative's) ``Brukarutvalet`` picks "Brukarutvalet i Helse
  Førde" where Helse Førde is a party, not "Brukarutvalet i Helse Bergen" (``appointed_by_is`` and
  ``nominated_by_is`` are read as written); a function of the vocabulary is met by any of its
  titles, as the selector ``function`` reads a role («opp til … administrerende direktør å
  oppnevne»: ``appointed_by: [administrativ-toppledelse]`` is met by "Administrerende direktør",
  "Adm. direktør", "Foretaksdirektøren" and "Administrerende direktør i Finnmarkssykehuset" on the
  trust's seat, not by "Administrerende direktør i Helse Nord RHF"); where the text names a forum or a party of the organisation by its id or
  one of its names, any of its names will do (``appointed_by: partnerskapsmote``, the forum's id, is
  picked by ``appointed_by: [Partnerskapsmøtet]``, and a forum by its type as well). The names of
  a party, region or forum are its ``name`` and its ``also_known_as`` (a short form or an old
  name: ``also_known_as: [Nordmøre IPR]``), each with an abbreviation in parentheses in it and
  without it («Romsdal regionråd (ROR)»: also ROR), case and runs of spaces aside; this holds for
  every criterion below that reads a party or region named in a text; a forum's name followed by
  a year or a day names it too, as one of its meetings («Partnerskapsmøtet 2023»,
  «Partnerskapsmøtet 4. mai 2023»), and so does its name in the definite form («Partnerskapsmøtet»
  for «Partnerskapsmøte») or its type's words, perhaps definite, where one forum alone is of that
  type («Partnerskapsmøtet» for the one ``partnerskapsmote``, named «Partnerskapsmøte Helgeland»);
  a text naming an organ of a party names the party: «Kommunestyret i Hammerfest», «Bystyret i
  Alta», «Formannskapet i Vadsø», «Heradsstyret i X», «Fylkestinget i X», «Byrådet i X», «Styret i
  Finnmarkssykehuset», «Kommunedirektøren i Alta», «Rådmannen i X», «Ordføreren i X»,
  «Administrerende direktør i X» (the organ, then «i», «for» or «på», then the party), and
  «Hammerfest kommunestyre», «Alta bystyre», «Vadsø formannskap», «X heradsstyre», «X fylkesting»,
  «Helse Førde styre» (the party, then the organ); the party is written by its id or one of its
  names, or its name without a last «kommune», «herad», «fylkeskommune», «HF» or «RHF» where one
  party alone goes by it. A selector naming the party (``appointed_by: [Hammerfest kommune]``)
  picks a seat its organ appointed; one naming the organ (``appointed_by: [Kommunestyret]``) is
  matched as text. A text may also name a body the document declares under ``bodies:`` (a
  nomination committee, «Kommunedirektørene i Finnmark») by its id or one of its names, or the
  health community itself (its ``metadata`` ``id``, ``name`` or ``also_known_as``): the selectors
  ``appointed_by``, ``nominated_by`` and their ``_is`` forms then pick the seat by any of its
  names; the community is no party and acts for no side, so it meets none of the criteria below
  that read a party, a side or a region;
  ``appointed_by_is`` and ``nominated_by_is`` are the whole text, as ``role_is`` is to ``role``
  (case and repeated spaces aside; a forum or party of the organisation by any of its names, as
  above): a seat nominated by «Valgkomiteen i Vefsn kommune» does not meet ``nominated_by_is:
  [Valgkomiteen]``, where it meets ``nominated_by: [Valgkomiteen]``; an abbreviation in
  parentheses in the seat's text (capitals: «Funksjonshemmedes Fellesorganisasjon (FFO)») names
  the body too, for all four (``nominated_by_is: [FFO]``), other words in parentheses do not;
  ``has_nominated_by`` holds when the seat gives (``true``) or lacks (``false``) a ``nominated_by``;
- ``appointed_by_party_type``, ``appointed_by_side``, ``appointed_by_own_party`` and
  ``has_appointed_by`` read the seat's ``appointed_by`` relative to the seat: it names a party
  (its id or one of its names, case aside, or an organ of it) of one of the listed types, or a
  declared body (``bodies:``) whose ``party_types`` include one ("the municipalities appoint the
  representatives": ``kommune``); it names a party on one of the listed sides, or a declared body
  acting for one (its ``side``, else the one side every party of its ``party_types`` is on):
  «Det er opp til kommunene … å oppnevne representanter», where the municipalities appoint each
  their own or jointly, is ``appointed_by_side: [kommune]`` (or ``appointed_by_party_type:
  [kommune]`` where KS, also on the municipal side, may not appoint), met by «Vadsø kommune»,
  «Kommunestyret i Hammerfest» and a declared «Kommunedirektørene i Finnmark» (``bodies:
  {kommunedirektorene: {name: Kommunedirektørene i Finnmark, party_types: [kommune]}}``); it
  names the seat's own party or a party that party is part of (``true``), or a party other than
  those (``false``); the seat gives (``true``) or lacks (``false``) an ``appointed_by``. A seat
  whose ``appointed_by`` names no party (KS, the user committee) meets neither of the first two
  unless a declared body of that name acts for the types or side, and neither ``true`` nor
  ``false`` of ``appointed_by_own_party`` (a body is no party);
- ``appointed_by_body_type`` and ``nominated_by_body_type`` hold when the seat's
  ``appointed_by`` (``nominated_by``) names a body the document declares under ``bodies:`` (by its
  id, name or an ``also_known_as``, each also without a closing «kommune», «fylkeskommune», «HF»
  or «RHF» where that names one body alone) whose ``type`` is one of these: «brukarrepresentantar nominerte
  av eit kommunalt råd for eldre eller menneske med nedsett funksjonsevne» is ``nominated_by_body_type:
  [eldrerad, rad-for-funksjonshemmede]``, met by a seat ``nominated_by: Eldrerådet i Sogndal`` where
  ``bodies: {eldrerad-sogndal: {name: Eldrerådet i Sogndal, type: eldrerad}}``, not by a youth
  council declared ``type: ungdomsrad`` nor by a text that names no declared body;
  ``nominated_by_party_type`` reads ``nominated_by`` as ``appointed_by_party_type`` reads
  ``appointed_by``: a municipal council and a county council of the same kind («ein frå eit
  kommunalt råd … og ein frå tilsvarande råd på fylkeskommunalt nivå») are told apart by the
  ``party_types`` of the declared bodies (``{name: Eldrerådet i Sogndal, type: eldrerad,
  party_types: [kommune]}``, ``{name: Eldrerådet i Vestland, type: eldrerad, party_types:
  [fylkeskommune]}``): ``nominated_by_body_type: [eldrerad]`` with ``nominated_by_party_type:
  [fylkeskommune]``;
- ``appointed_by_own_region`` and ``nominated_by_own_region`` hold (``true``) when the seat's
  ``appointed_by`` (``nominated_by``) names a party, by id or name, whose region (its ``region``, a
  region that lists it, or that of the party it is part of) is the region of the seat's party, or
  names that region itself: by its id or a name as the whole text, or by a name as the text's
  last whole words after the council's own words («Regionrådet i Østre Agder»,
  «Kommunesamarbeidet for Lister» name the regions Østre Agder and Lister): "each regional
  council appoints the members from its region". Where several regions' names end the text, the
  longest is the one named («Regionrådet i Østre Agder» names Østre Agder, not a region called
  Agder), and a name matches only as whole words (Vestre Agder is not Østre Agder). A party's id
  or name is matched as the whole text only, and before any region. ``false`` holds when it names
  a party of another region or of none (the hospital), or another region. A seat whose party has
  no region, or whose ``appointed_by`` names neither a party nor a region (KS), meets neither;
- ``deputy_side`` is the side of the seat's deputy: the deputy's own ``side`` (``deputy: {side:
  kommune}``), else its ``party``'s; a deputy given by name only has no side and meets no
  ``deputy_side``. ``deputy_party`` holds when the deputy gives one of the listed ``party`` ids;
- ``body`` is matched as ``role`` is, on the whole body a seat stands for (``body:
  Føretaksstyret``); ``has_body`` holds for a seat that gives (``true``) or lacks (``false``) one;
- ``invited``: an invited observer (``invited: true``, a guest) is passed over by every selector
  that does not name ``invited`` (itself or under ``not``): counts, required seats and required
  deputies leave guests out unless the rule says ``invited: true`` (only the guests) or
  ``invited: false``. A requirement on seats already picked (``must:``) reads an invited seat as
  any other;
- ``part_of`` holds for a party that is one of the listed parties or part of one (also through
  several steps);
- ``voting`` holds for a member seat with a vote (``voting: true``) or without one (``voting:
  false``, a member with møte- og talerett only); an observer seat meets neither (it never has a
  vote, and it is not a member);
- ``decision_authority`` holds (``true``) for a seat whose document says its holder has authority
  to decide for their party, direct or delegated (``decision_authority: true``: «representantene
  har beslutningsmyndighet»); ``false`` for one that says ``false`` or says nothing. As ``level``,
  it is what the document declares: hf-rules cannot test it;
- ``in_area`` holds for a party inside the forum's ``area``: named in it, part of a party named in
  it, or in a region named in it (a forum that declares no area serves the whole community). A
  party outside every region, such as the hospital, is outside a regional area, so combine
  ``in_area: false`` with ``party_type`` ("no municipality from outside the area").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from hf_rules.documents.entries import OrgEntry
from hf_rules.documents.model import WHOLE_TITLE_FUNCTIONS, Forum, Seat, names_of
from hf_rules.rules.checks.words import KEYWORD, words

if TYPE_CHECKING:
    from hf_rules.rules.checks.base import Subject, Violation

_STRINGS: dict[str, Any] = {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}
_CRITERIA: dict[str, Any] = {
    "party": {
        "anyOf": [
            {"type": "string", "minLength": 1},
            {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
        ],
        "description": "A party id, or a list of ids (the seat's party is one of them: «one each from Arendal and "
        "Kristiansand» counted `per: party`); a party's name stands for its id; '$sector' for the forum's sector "
        "hospital.",
    },
    "party_type": words("party_types", "Types of the seat's party."),
    "side": words("sides", "Sides: the seat's own side, else its party's."),
    "represents": words("constituencies", "Constituencies (fastlege, bruker, ansatt)."),
    "level": words("levels", "Levels the seat holder acts at."),
    "position": words(
        "positions",
        "The seat's position in the forum: leder, nestleder, vararepresentant; a seat that holds several "
        "(`position: [leder, talsperson]`) meets each of them.",
    ),
    "role": {
        **_STRINGS,
        "description": "Roles: the whole role or its beginning, case aside, of `role` or one of `other_roles` "
        "(see above).",
    },
    "function": words(
        "functions",
        "Functions of the seat holder (`vocabulary.functions`): the seat lists one in `functions`, or its `role` "
        "or one of `other_roles` matches one of the function's `titles` (as `role` matches).",
    ),
    "role_is": {
        **_STRINGS,
        "description": "Roles as a whole: `role` or one of `other_roles` is one of these, case and spacing "
        "aside; not a longer role that begins with it (see above).",
    },
    "region": {
        **_STRINGS,
        "description": "Regions of the seat's party: region ids, or names as the text gives them (a region's "
        "`name` or `also_known_as`, case and spacing aside).",
    },
    "part_of": {
        **_STRINGS,
        "description": "The seat's party is one of these parties or part of one (ids, or a party's names).",
    },
    "site": {
        **_STRINGS,
        "description": "Where the seat holder works or comes from: the seat's `site` (a constituency seat's too: the "
        "employee representative from Sør-Varanger kommune), or its party where that is a hospital and the seat "
        "gives no `site`; ids, or a party's names.",
    },
    "in_area": {
        "type": "boolean",
        "description": "The seat's party is inside (true) or outside (false) the forum's area.",
    },
    "same_sector": {"type": "boolean", "description": "The seat's party belongs to the forum's sector."},
    "voting": {
        "type": "boolean",
        "description": "A member seat with a vote (true) or without one (false: `voting: false`); observers never vote.",
    },
    "speaking_rights": {
        "type": "boolean",
        "description": "The seat has (true) or lacks (false) speaking rights: an observer's `speaking_rights`; a "
        "member always has them.",
    },
    "proposal_rights": {"type": "boolean", "description": "The seat has (true) or lacks (false) proposal rights."},
    "decision_authority": {
        "type": "boolean",
        "description": "The seat says its holder has authority to decide for their party (true: "
        "`decision_authority: true`), or does not say so (false: `false` or left out).",
    },
    "has_deputy": {"type": "boolean", "description": "The seat names (true) or lacks (false) a deputy."},
    "deputy_side": words("sides", "Sides of the seat's deputy: the deputy's own `side`, else its party's."),
    "deputy_party": {
        **_STRINGS,
        "description": "Party ids of the seat's deputy (`deputy: {party: ...}`; '$sector' for the forum's sector "
        "hospital).",
    },
    "body": {
        **_STRINGS,
        "description": "Bodies the seat stands for (`body`): the whole `body` or its beginning, case aside (as `role`); "
        "an organ written with the seat's own party is that organ («Styret i Helse Førde HF» is «Styret»), and a "
        "trust's board is «Styret» however prefixed («Føretaksstyret»).",
    },
    "has_body": {"type": "boolean", "description": "The seat stands for a whole body (true: it gives `body`) or not."},
    "shared": {
        "type": "boolean",
        "description": "The seat is held jointly for several parties (true: it gives `shared_with`) or for its own "
        "party alone (false): `shared: false` keeps a seat shared with other municipalities from counting for them.",
    },
    "invited": {
        "type": "boolean",
        "description": "An invited observer (true) or a standing seat (false). Without it a selector passes "
        "invited seats over.",
    },
    "appointed_by": {
        **_STRINGS,
        "description": "Who appointed the seat holder: the whole `appointed_by` or its beginning, case aside (as `role`).",
    },
    "nominated_by": {
        **_STRINGS,
        "description": "Who nominated the seat holder: the whole `nominated_by` or its beginning, case aside (as `role`).",
    },
    "appointed_by_is": {
        **_STRINGS,
        "description": "Who appointed the seat holder, as a whole: `appointed_by` is one of these, case and spacing "
        "aside (as `role_is`); a forum or party by any of its names.",
    },
    "nominated_by_is": {
        **_STRINGS,
        "description": "Who nominated the seat holder, as a whole: `nominated_by` is one of these, case and spacing "
        "aside (as `role_is`); a forum or party by any of its names.",
    },
    "has_nominated_by": {"type": "boolean", "description": "The seat gives (true) or lacks (false) a `nominated_by`."},
    "on_behalf_of": {
        "type": "array",
        "minItems": 1,
        "items": {
            "anyOf": [
                {"const": "secretariat"},
                {"type": "string", "minLength": 1, KEYWORD: "forum_types", "not": {"enum": ["secretariat"]}},
            ]
        },
        "description": "The seat sits on behalf of a forum (`on_behalf_of`) of one of these types (an LSU's seat in "
        "the SSU), or, with `secretariat`, for a post in the secretariat (the leader of FOUSAM in the SSU).",
    },
    "has_on_behalf_of": {
        "type": "boolean",
        "description": "The seat sits on behalf of another forum (true: it gives `on_behalf_of`) or in its own right (false).",
    },
    "appointed_by_body_type": {
        **_STRINGS,
        "description": "The seat's `appointed_by` names a body the document declares (`bodies:`) whose `type` is one "
        "of these.",
    },
    "nominated_by_body_type": {
        **_STRINGS,
        "description": "The seat's `nominated_by` names a body the document declares (`bodies:`) whose `type` is one "
        "of these («nominert av eit kommunalt råd for eldre»: `[eldrerad]`).",
    },
    "appointed_by_party_type": words(
        "party_types",
        "The seat's `appointed_by` names a party (id or name, or an organ of it: 'Kommunestyret i Hammerfest') of "
        "one of these types, or a body the document declares (`bodies:`) that acts for one of them.",
    ),
    "nominated_by_party_type": words(
        "party_types",
        "The seat's `nominated_by` names a party (id or name, or an organ of it) of one of these types, or a body "
        "the document declares (`bodies:`) that acts for one of them: «ein frå eit kommunalt råd og ein frå "
        "tilsvarande råd på fylkeskommunalt nivå» tells the councils apart by `[kommune]` and `[fylkeskommune]`.",
    ),
    "appointed_by_side": words(
        "sides",
        "The seat's `appointed_by` names a party (id or name, or an organ of it) on one of these sides, or a body "
        "the document declares (`bodies:`) that acts for one of them: «appointed by the municipalities, any of "
        "them or jointly».",
    ),
    "appointed_by_own_party": {
        "type": "boolean",
        "description": "The seat's `appointed_by` names its own party or one it is part of (true), or another party (false).",
    },
    "has_appointed_by": {"type": "boolean", "description": "The seat gives (true) or lacks (false) an `appointed_by`."},
    "appointed_by_own_region": {
        "type": "boolean",
        "description": "The seat's `appointed_by` names a party (id or name) of the seat's party's region, or "
        "that region (its id or name, or its name as the last words: 'Regionrådet i Østre Agder') (true), "
        "or another region or a party of one (false).",
    },
    "nominated_by_own_region": {
        "type": "boolean",
        "description": "The seat's `nominated_by` names a party (id or name) of the seat's party's region, or "
        "that region (its id or name, or its name as the last words: 'Regionrådet i Østre Agder') (true), "
        "or another region or a party of one (false).",
    },
    "tags": {**_STRINGS, "description": "The seat has at least one of these tags."},
    "party_tags": {**_STRINGS, "description": "The seat's party has at least one of these tags."},
}
_NOT: dict[str, Any] = {
    "type": "object",
    "description": "Leave out the seats that meet every criterion given here.",
    "properties": _CRITERIA,
    "additionalProperties": False,
    "minProperties": 1,
}
_NOT_ANY: dict[str, Any] = {
    "type": "object",
    "description": "Leave out the seats that meet any one of these selectors: the same as the list form of `not`.",
    "properties": {"any_of": {"type": "array", "minItems": 1, "items": _NOT}},
    "required": ["any_of"],
    "additionalProperties": False,
}
SEAT_FILTER: dict[str, Any] = {
    "type": "object",
    "description": "Which seats: every given criterion must hold, not all of those under `not` (a list: none "
    "of its selectors), every one of the selectors under `all_of`, and at least one of those under `any_of`.",
    "properties": {
        **_CRITERIA,
        "not": {
            "oneOf": [
                _NOT,
                {
                    "type": "array",
                    "minItems": 2,
                    "items": _NOT,
                    "description": "Leave out the seats that meet any one of these selectors.",
                },
                _NOT_ANY,
            ]
        },
        "all_of": {
            "type": "array",
            "minItems": 2,
            "description": "Both (all) of these: the seat meets every one of the selectors (each with its own "
            "criteria and `not`): two posts on one seat, «kommunedirektør som leder KDU», is `all_of: [{role: "
            "[Kommunedirektør]}, {role: [Leder av KDU]}]` (a seat holds the posts of `role` and `other_roles`).",
            "items": {
                "type": "object",
                "properties": {**_CRITERIA, "not": _NOT},
                "additionalProperties": False,
                "minProperties": 1,
            },
        },
        "any_of": {
            "type": "array",
            "minItems": 2,
            "description": "Either of these: the seat meets at least one of the selectors (each with its own "
            "criteria and `not`): the board as one seat, or its members one by one.",
            "items": {
                "type": "object",
                "properties": {**_CRITERIA, "not": _NOT},
                "additionalProperties": False,
                "minProperties": 1,
            },
        },
    },
    "additionalProperties": False,
}
SEAT_CRITERIA = frozenset(SEAT_FILTER["properties"])
"""The keys of a seat selector."""

GROUP_OPTION: dict[str, Any] = {
    "enum": ["members", "observers", "all"],
    "description": "Which seats are looked at: member seats, observer seats, or both.",
}

_SPACES = re.compile(r"\s+")


def normalised(text: str) -> str:
    """``text`` case aside, with runs of spaces as one: how roles, names and topics are compared."""
    return _SPACES.sub(" ", text).strip().casefold()


_POSSESSIVES = frozenset({"sin", "si", "sitt", "sine"})
"""'Administrerende direktør sin rådgiver': the role is someone else's (the possessive genitive,
common in nynorsk and spoken bokmål), as 'direktørens rådgiver' is."""


def role_matches(role: str | None, wanted: str) -> bool:
    """Whether a seat's ``role`` (or ``appointed_by``, ``nominated_by``) is ``wanted``, or begins
    with it up to a word boundary — its last word perhaps in a definite or plural form
    («Kommuneoverlegen») — and is not a possessive of it (``<wanted> sin …``, «Direktørens …»)."""
    if role is None:
        return False
    have, want = held_post(role), role_key(wanted)
    if not have.startswith(want):
        return False
    if len(have) == len(want):
        return True
    rest = have[len(want) :]
    if rest[0].isalnum():  # «Kommuneoverlegen» is the definite «Kommuneoverlege», «Ordførarane» its plural
        ending = re.match(r"\w+", rest)
        assert ending is not None
        suffix, after = ending.group(), rest[ending.end() :]
        if not (want[-1:].isalpha() and suffix in _DEFINITE_ENDINGS):
            return False
        rest = after
        if not rest:
            return True
    return not rest[0].isalnum() and rest.split(maxsplit=1)[0] not in _POSSESSIVES


_ACTING = re.compile(r"^(konstituert|konst\.?|kst\.?|fungerende|fungerande|fung\.?|for)\s+")
"""An acting holder's title («Konstituert ordfører», «Fungerende kommunedirektør») holds the post,
and so does a stand-in's («For kommunalsjef»: someone attending for the post fills its seat)."""
_ACTING_AFTER = re.compile(
    r"\s*(?:\(\s*(?:konstituert|konst\.?|kst\.?|fungerende|fungerande|fung\.?)\s*\)"
    r"|,\s*(?:konstituert|konst\.?|kst\.?|fungerende|fungerande|fung\.?))$"
)
"""The same words after the title («Kommunedirektør (konstituert)», «Ordfører, fung.»)."""


WORD_FORMS: tuple[tuple[str, str], ...] = (
    ("viseadministrerande", "viseadministrerende"),
    ("administrerande", "administrerende"),
    ("assisterande", "assisterende"),
    ("fungerande", "fungerende"),
    ("koordinerande", "koordinerende"),
    ("rådgjevande", "rådgivende"),
    ("rådgjevar", "rådgiver"),
    ("ordførar", "ordfører"),
    ("leiar", "leder"),
    ("leiing", "ledelse"),
    ("pleiar", "pleier"),
    ("legar", "leger"),
    ("tillitsvald", "tillitsvalgt"),
    ("hovud", "hoved"),
    ("tilsett", "ansatt"),
    ("brukar", "bruker"),
    ("sjukeheim", "sykehjem"),
    ("sjuk", "syk"),
    ("føretak", "foretak"),
    ("fagleg", "faglig"),
    ("dagleg", "daglig"),
    ("utvalg", "utval"),
    ("teneste", "tjeneste"),
    ("verksemd", "virksomhet"),
    ("eining", "enhet"),
    ("frå", "fra"),
)
"""Word forms of bokmål and nynorsk that governance texts write differently, as ``(one, the
other)``: a role, a title or a body's name is compared with each written as the second
(«Administrerande direktør» is «Administrerende direktør», «Styreleiar» «Styreleder»,
«Brukarutvalet» «Brukerutvalget», «Hovudtillitsvald» «Hovedtillitsvalgt»). Each is a piece of a
word, so compounds fold too («Klinikkleiar», «Sjukehusdirektør», «Helseføretaket»); «utvalg» is
written «utval» instead, so that the bokmål word, which holds the nynorsk one, does not fold
twice. docs/checks.md ("Roles") lists them; a word the two standards write alike
(«kommuneoverlege», «direktør») needs none."""
_WORD_FORM = re.compile("|".join(re.escape(one) for one, _ in WORD_FORMS))
_FOLDED = dict(WORD_FORMS)


@lru_cache(maxsize=4096)
def role_key(text: str) -> str:
    """``text`` as roles are compared: case, runs of spaces and a hyphen between words aside
    (:func:`normalised`, :data:`_JOINED`), with the bokmål and nynorsk forms of :data:`WORD_FORMS`
    written alike. Both sides of every comparison of
    a role (``role``, ``role_is``, held posts, chair and leader roles, ``cross_forum``'s posts,
    ``appointed_by``/``nominated_by``, functions' and levels' titles) pass through it."""
    return _WORD_FORM.sub(lambda found: _FOLDED[found.group()], normalised(_JOINED.sub(" ", text)))


_JOINED = re.compile(r"(?<=\w)-(?=\w)")
"""A hyphen between two words of a role («SSU-koordinator»): compared as a space, so «SSU
koordinator» is the same post (round 25 Fonna); «Helse- og omsorgssjef» keeps its hyphen."""


def held_post(role: str) -> str:
    """The post ``role`` is held as: the role as roles are compared (:func:`role_key`), without the
    words of an acting holder or a stand-in before it («Konstituert ordfører», «For kommunalsjef»)
    or after it («Kommunedirektør (konstituert)», «Ordfører, fung.»)."""
    return _ACTING_AFTER.sub("", _ACTING.sub("", role_key(role)))


_DEFINITE_ENDINGS = frozenset({"en", "n", "et", "t", "a", "i", "e", "er", "ar", "ene", "ane", "erne", "ne"})
"""What may follow a role's last word in the seat's role: the definite and plural forms
(«Kommuneoverlegen», «Rådmannen», «Ordførarane»), not a genitive («Direktørens rådgiver»)."""


_ABBREVIATION = re.compile(r"\(\s*([A-ZÆØÅ][A-ZÆØÅ0-9-]{1,9})\s*\)")
"""An abbreviation in parentheses in a text that names a body: capitals, digits and hyphens («(FFO)»)."""


def names_body(
    org: OrgEntry,
    text: str | None,
    wanted: str,
    *,
    whole: bool = False,
    of_seat: bool = False,
    seat_party: str | None = None,
) -> bool:
    """Whether ``text`` (a seat's ``appointed_by`` or ``nominated_by``) names ``wanted``: as a role
    is matched (``whole``: as the whole text, case and spacing aside, as ``role_is`` is), or by
    the forum, party, declared body (``bodies:``) or health community both name —
    ``appointed_by: partnerskapsmote`` (the forum's id) is the forum «Partnerskapsmøtet», and the
    other way round; a forum is named by its type too (``appointed_by: [partnerskapsmote]`` for a
    forum of that type). A text naming an organ of a party («Kommunestyret i Hammerfest») names
    that party for a ``wanted`` that names the party; a ``wanted`` naming an organ is matched as
    text only (the party's own name is not its kommunestyre). With ``of_seat`` (the text is a
    seat's, whose own party is ``seat_party``, None for a seat of no party), a post of another body
    is not ``wanted``: «Administrerende direktør i Helse Nord RHF» is not the «Administrerende
    direktør» of a seat of Finnmarkssykehuset, nor «Brukarutvalet i Helse Bergen» the
    «Brukarutvalet» of a user representative's seat (:func:`_elsewhere`)."""
    if text is None:
        return False
    titles = org.function_titles.get(wanted)
    if titles is not None:  # a function of the vocabulary: one of its posts («administrativ-toppledelse»)
        return any(
            _holds_title(org, text, title, of_seat, seat_party, whole=wanted in WHOLE_TITLE_FUNCTIONS)
            for title in titles
        )

    def matches(have: str) -> bool:
        if whole:
            return role_key(have) == role_key(wanted)
        return role_matches(have, wanted) and not (of_seat and _elsewhere(org, seat_party, _after_post(have, wanted)))

    # an abbreviation in parentheses names the body too: «Funksjonshemmedes Fellesorganisasjon
    # (FFO)» is FFO (round 21 Førde); other words in parentheses qualify the name and are not one
    if matches(text) or any(matches(short) for short in _ABBREVIATION.findall(text)):
        return True
    named = named_body(org, text)
    if named is None:
        return False
    kind, ident = named
    if named_body(org, wanted, organs=False) == named:
        return True
    if kind == "forum":
        forum = org.model.fora[ident]
        return any(matches(n) for n in names_of(forum.name, forum.also_known_as)) or org.forum_is(forum, [wanted])
    return any(matches(n) for n in _body_names(org, kind, ident))


def _after_post(have: str, wanted: str) -> str:
    """What follows the post ``wanted`` in ``have`` (which :func:`role_matches` it), past a definite
    or plural ending of its last word: « i Helse Bergen» of «Brukarutvalet i Helse Bergen» for
    ``brukarutval`` (round 28 Førde: the ending hid the place)."""
    rest = held_post(have)[len(role_key(wanted)) :]
    ending = re.match(r"\w+", rest)
    return rest[ending.end() :] if ending is not None and ending.group() in _DEFINITE_ENDINGS else rest


def _holds_title(org: OrgEntry, text: str, title: str, of_seat: bool, seat_party: str | None, *, whole: bool) -> bool:
    """Whether the post ``text`` (an ``appointed_by`` or ``nominated_by``) is a function's
    ``title``: as the selector ``role`` reads it, or (``whole``: the shared top-leadership
    functions) as the whole post, with where it is after it («Administrerende direktør i
    Finnmarkssykehuset»); a post at another body (:func:`_elsewhere`) is not it."""
    held, want = held_post(text), role_key(title)
    if not held.startswith(want):
        return False
    rest = held[len(want) :]
    ending = re.match(r"\w+", rest)
    if ending is not None:  # «Foretaksdirektøren»: the definite form of the post
        if ending.group() not in _DEFINITE_ENDINGS:
            return False
        rest = rest[ending.end() :]
    if not rest:
        return True
    if whole:
        return _AT_PLACE.match(rest) is not None and not (of_seat and _elsewhere(org, seat_party, rest))
    return role_matches(text, title) and not (of_seat and _elsewhere(org, seat_party, rest))


def _body_names(org: OrgEntry, kind: str, ident: str) -> tuple[str, ...]:
    """Every name of a party, declared body or the health community itself (:func:`names_of`)."""
    if kind == "party":
        party = org.model.parties[ident]
        return names_of(party.name, party.also_known_as)
    if kind == "body":
        body = org.model.bodies[ident]
        return names_of(body.name, body.also_known_as)
    meta = org.model.metadata
    return names_of(meta.name, meta.also_known_as)


_MEETING_DATE = re.compile(
    r"\s+(?:i\s+|den\s+)?(?:\d{1,2}\.\s*(?:\d{1,2}\.\s*|(?:januar|februar|mars|april|mai|juni|juli|august"
    r"|september|oktober|november|desember)\s+))?\d{4}$"
)
"""A year or a day after a forum's name, naming one of its meetings: «Partnerskapsmøtet 2023»,
«Partnerskapsmøtet 4. mai 2023», «Partnerskapsmøtet 04.05.2023»."""


def named_body(org: OrgEntry, text: str, *, organs: bool = True) -> tuple[str, str] | None:
    """What ``text`` names by an id or one of its names as the whole text, case aside, as
    ``(kind, id)``: a forum, a party (``organs``: also by an organ of it, :func:`named_party`), a
    body the document declares (``bodies:``), or the health community itself (``organisation``,
    by its id, ``name`` or ``also_known_as``); None when it names none of them."""
    wanted = normalised(text)
    meeting = _MEETING_DATE.sub("", wanted)  # «Partnerskapsmøtet 2023»: that year's meeting of the forum
    fora = {fid: {normalised(n) for n in names_of(f.name, f.also_known_as)} for fid, f in org.model.fora.items()}
    for fid, names in fora.items():
        if normalised(fid) == wanted or wanted in names or (meeting != wanted and meeting in names):
            return ("forum", fid)
    by_form = _forum_by_definite_form(org, meeting, fora)
    if by_form is not None:
        return ("forum", by_form)
    pid = named_party(org, text, organs=organs)
    if pid is not None:
        return ("party", pid)
    for bid, body in org.model.bodies.items():
        if normalised(bid) == wanted or any(normalised(n) == wanted for n in names_of(body.name, body.also_known_as)):
            return ("body", bid)
    # a declared body named without its party's «kommune» or «HF» («Eldrerådet i Sogndal» for
    # «Eldrerådet i Sogndal kommune»; round 27 Førde), where one body alone is named so
    shortened = _one_by_short_name(((b, body.name, body.also_known_as) for b, body in org.model.bodies.items()), wanted)
    if shortened is not None:
        return ("body", shortened)
    meta = org.model.metadata
    if normalised(meta.id) == wanted or any(normalised(n) == wanted for n in names_of(meta.name, meta.also_known_as)):
        return ("organisation", meta.id)
    return None


_TYPE_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "å": "a", " ": "-"})


def _forum_by_definite_form(org: OrgEntry, text: str, fora: dict[str, set[str]]) -> str | None:
    """The forum ``text`` (normalised, a meeting's date taken off) names in the definite form:
    one of its names (``fora``: each forum's names, normalised) with a definite ending on the last
    word («Partnerskapsmøtet» for the forum «Partnerskapsmøte»), or its type's words, perhaps
    definite, where one forum alone is of that type («Partnerskapsmøtet» for «Partnerskapsmøte
    Helgeland», of type ``partnerskapsmote``; round 31 Helgeland: «Partnerskapsmøtet 2023» named
    no forum)."""
    words = text.split()
    if not words:
        return None
    stems = [
        " ".join([*words[:-1], words[-1][: -len(ending)]])
        for ending in _DEFINITE_ENDINGS
        if words[-1].endswith(ending) and len(words[-1]) > len(ending) + 3
    ]
    for fid, names in fora.items():
        if any(stem in names for stem in stems):
            return fid
    forms = [text, *stems]
    of_type = [
        fid
        for fid, forum in org.model.fora.items()
        if any(form.translate(_TYPE_LETTERS) == forum.type for form in forms)
    ]
    return of_type[0] if len(of_type) == 1 else None


def appointer_reach(org: OrgEntry, text: str | None) -> tuple[set[str], set[str]]:
    """The party types and the sides the body a seat's ``appointed_by`` names acts for: a party
    (by id or name, or an organ of it) its type and side; a declared body (``bodies:``) its
    ``party_types`` and its ``side`` (when it gives none, the one side every party of those types
    is on, where they share one). Nothing for a forum, the health community or a plain text."""
    if text is None:
        return set(), set()
    named = named_body(org, text)
    if named is None or named[0] not in ("party", "body"):
        return set(), set()
    kind, ident = named
    if kind == "party":
        party = org.model.parties[ident]
        return {party.type}, {party.side}
    body = org.model.bodies[ident]
    types = set(body.party_types)
    if body.side is not None:
        return types, {body.side}
    sides: set[str] = {p.side for p in org.model.parties.values() if p.type in types}
    return types, sides if len(sides) == 1 else set()


def seat_roles(seat: Seat) -> list[str]:
    """The posts a seat's holder has in it: its ``role`` and its ``other_roles`` (a combined post,
    «kombinert stilling»), in that order, then each title of a role written with a slash
    («Rådmann/kommunedirektør»: also «Rådmann» and «kommunedirektør»; round 24 Akershus)."""
    roles = [seat.role, *seat.other_roles] if seat.role is not None else list(seat.other_roles)
    return [*roles, *(part for role in roles for part in _slashed(role))]


def _slashed(role: str) -> list[str]:
    """The titles of a role written as two or three titles with slashes between, each of three
    letters or more («Rådmann/kommunedirektør», «Helse- og omsorgssjef / kommuneoverlege»)."""
    if "/" not in role:
        return []
    parts = [part.strip() for part in role.split("/")]
    return parts if len(parts) <= 3 and all(len(part) >= 3 for part in parts) else []


def seat_has_role(seat: Seat, wanted: str) -> bool:
    """Whether one of the seat's posts (``role`` or one of ``other_roles``) is ``wanted`` or begins
    with it (:func:`role_matches`)."""
    return any(role_matches(role, wanted) for role in seat_roles(seat))


def seat_role_is(seat: Seat, wanted: str, org: OrgEntry | None = None) -> bool:
    """Whether one of the seat's posts (``role`` or one of ``other_roles``) is ``wanted`` as a whole,
    case, runs of spaces and bokmål/nynorsk word forms aside: the selector ``role_is``. With
    ``org``, the post followed by where it is — the seat's own party, by a name of it («i», «for»,
    «ved», «på», «hos», a comma or a parenthesis before it: «Kommunedirektør i Alta»,
    «Kommunedirektør, Alta kommune», «Kommunedirektør (Alta)») — is the post too."""
    want = role_key(wanted)
    for role in seat_roles(seat):
        held = held_post(role)
        if held == want:
            return True
        if org is not None and seat.party is not None and held.startswith(want):
            place = _AT_PLACE.match(held[len(want) :])
            if place is not None and _names_own_party(org, seat.party, place.group(1)):
                return True
    return False


_LEGAL_NAME = re.compile(r"\s(?:hf|rhf|sf|iks|kommune|fylkeskommune|herad)$")
"""The end of a body's legal name («Helse Nord RHF», «Alta kommune»)."""


def _elsewhere(org: OrgEntry, seat_party: str | None, rest: str) -> bool:
    """Whether ``rest`` (what follows a post's title in an ``appointed_by`` or ``nominated_by``)
    says the post is at a body other than the seat's own party (``seat_party``; None for a seat of
    no party, a user representative's, where any party of the organisation may be meant): a place
    (:data:`_AT_PLACE`) that names another party of the organisation, or a body by its legal name
    («Helse Nord RHF», «Alta kommune») or a health trust by its name («Helse Bergen»,
    :data:`_TRUST_NAME`) that is no party of the organisation («Brukarutvalet i Helse Bergen»;
    round 27 Førde SF19, Finnmark FM21)."""
    place = _AT_PLACE.match(rest)
    if place is None:
        return False
    text = place.group(1)
    named = named_party(org, text, organs=False)
    if seat_party is None:
        if named is not None:
            return False
    elif named == seat_party or _own_short_name(org, seat_party, text):
        return False
    elif named is not None:
        return True
    if named_body(org, text) is not None:
        return False  # a forum, declared body or the health community itself
    return _LEGAL_NAME.search(normalised(text)) is not None or _TRUST_NAME.search(normalised(text)) is not None


_TRUST_NAME = re.compile(r"^(?:helse|sykehuset|sjukehuset)\s|(?:sykehus|sjukehus)(?:et)?$")
"""A health trust by its name, without «HF» («Helse Bergen», «Sykehuset Innlandet», «Oslo
universitetssykehus»): a body of its own, however the place is written."""


_AT_PLACE = re.compile(r"^(?:\s+(?:i|for|ved|på|hos)\s+|\s*,\s*|\s*\(\s*)([^()]+?)\s*\)?\s*$")
"""Where a post is, after its title: «i Alta», «, Alta kommune», «(Alta)»."""


def _names_own_party(org: OrgEntry, party_id: str, text: str) -> bool:
    """Whether ``text`` names the party ``party_id`` (:func:`named_party`), or is its name without
    «kommune», «HF» and the like (:func:`_own_short_name`)."""
    return named_party(org, text, organs=False) == party_id or _own_short_name(org, party_id, text)


def _own_short_name(org: OrgEntry, party_id: str, text: str) -> bool:
    """Whether ``text`` is a name of the party ``party_id`` without «kommune», «HF» and the like
    («Alta» for «Alta kommune»), even where another party has that short name too (the seat's
    own party is meant)."""
    party = org.party(party_id)
    return party is not None and any(
        short_name(n) == normalised(text) for n in names_of(party.name, party.also_known_as)
    )


def holder_roles(forum: Forum | None, party: str | None, role: str | None) -> list[str]:
    """The posts of a chair holder named by party and role (a chair period's ``party`` and
    ``role``, or ``deputy`` and ``deputy_role``): that role, and the other posts of the one seat of
    the forum (members and observers) of that party that holds it (its ``role`` or
    ``other_roles``). A holder that no seat, or several, could be keeps only the role given."""
    if role is None:
        return []
    fitting = [
        seat
        for seat in (forum.members + forum.observers if forum is not None else [])
        if seat.party == party and seat_has_role(seat, role)
    ]
    if len(fitting) != 1:
        return [role]
    return [role, *(r for r in seat_roles(fitting[0]) if role_key(r) != role_key(role))]


def lineage(org: OrgEntry, party_id: str | None) -> list[str]:
    """The party and every party it is part of, nearest first."""
    found: list[str] = []
    current = party_id
    while current is not None and current not in found:
        found.append(current)
        party = org.party(current)
        current = party.part_of if party else None
    return found


def region_of(org: OrgEntry, party_id: str | None) -> str | None:
    """The region of a party: its own ``region``, one that lists it, or that of a party it is part of."""
    for pid in lineage(org, party_id):
        party = org.party(pid)
        if party is not None and party.region is not None:
            return party.region
        for rid, region in org.model.regions.items():
            if pid in region.parties:
                return rid
    return None


def region_parties(org: OrgEntry, rid: str) -> list[str]:
    """The parties of region ``rid`` (those its ``regions:`` entry lists, or that name it in their
    ``region:``), parts of a party (a bydel) aside: they are in it with their party."""
    return [pid for pid, party in org.model.parties.items() if party.part_of is None and region_of(org, pid) == rid]


def area_regions(org: OrgEntry, area: list[str] | None) -> set[str]:
    """The regions a forum's ``area`` covers: those it names, and those whose every party it lists
    (an area of the seven municipalities of Nedre Telemark covers Nedre Telemark; one of Skien
    alone covers no region). ``None`` (no area: the whole community) covers every region."""
    if area is None:
        return set(region_names(org))
    listed = set(area)
    covered = {rid for rid in region_names(org) if rid in listed}
    for rid in region_names(org):
        parties = region_parties(org, rid)
        if parties and listed.issuperset(parties):
            covered.add(rid)
    return covered


def region_names(org: OrgEntry) -> dict[str, str]:
    """Every region of the organisation, id → name: those it declares under ``regions:``, then
    those only a party names in its ``region:`` (the text is then the id and the name)."""
    names = {rid: region.name for rid, region in org.model.regions.items()}
    for party in org.model.parties.values():
        if party.region is not None:
            names.setdefault(party.region, party.region)
    return names


def declares_regions(org: OrgEntry) -> bool:
    """Whether the organisation groups its parties in regions at all: it has ``regions:``, or a
    party names its ``region:``."""
    return bool(org.model.regions) or any(p.region is not None for p in org.model.parties.values())


def no_regions(subject: Subject, evidence: dict[str, Any] | None = None) -> Violation:
    """The one finding of a rule that groups by region in an organisation that declares no
    regions at all: at its ``parties:``, saying what to add (not one finding per party, each
    in no region, which would only say the same thing many times)."""
    from hf_rules.core.i18n import phrase
    from hf_rules.rules.checks.base import Violation

    return Violation(
        ("parties",),
        "no-regions",
        {},
        {"regions": [], **(evidence or {})},
        at_key=True,
        said=phrase("regions-none-declared", subject=subject.name),
        said_hint=phrase("regions-none-declared-hint"),
    )


def in_area(org: OrgEntry, forum: Forum | None, party_id: str | None) -> bool:
    """Whether a party lies in the area a forum serves (everywhere when it declares none)."""
    if forum is None or forum.area is None:
        return org.party(party_id) is not None
    area = set(forum.area)
    return any(pid in area for pid in lineage(org, party_id)) or region_of(org, party_id) in area


_ORGAN_BEFORE = re.compile(
    r"^(?P<organ>kommunestyret|bystyret|heradsstyret|formannskapet|fylkestinget|fylkesutvalget|fylkesutvalet"
    r"|byrådet|styret|fylkesstyret|landsstyret|hovudstyret|hovedstyret|kommunedirektøren|rådmannen|ordføreren"
    r"|ordføraren|administrerende direktør"
    r"|administrerande direktør|adm\.? direktør)\s+(?:i|for|på)\s+(?P<party>.+)$"
)
_ORGAN_AFTER = re.compile(
    r"^(?P<party>.+?)s?\s+(?P<organ>kommunestyre|bystyre|heradsstyre|formannskap|fylkesting|fylkesutvalg"
    r"|fylkesutval|byråd|styre)$"
)
"""A text naming an organ of a party: «Kommunestyret i Hammerfest», «Bystyret i Alta»,
«Formannskapet i Vadsø», «Styret i Finnmarkssykehuset», «Fylkesstyret i KS Vestland»,
«Kommunedirektøren i Alta», «Rådmannen i
Vardø», «Ordføreren i Loppa», «Administrerende direktør i Finnmarkssykehuset», «Fylkestinget i
Troms»; or «Hammerfest kommunestyre», «Alta bystyre», «Vadsø formannskap», «Helse Førde styre»."""

_NAME_ENDINGS = re.compile(r"\s+(?:kommune|herad|fylkeskommune|hf|rhf)$")
"""What a party's name may end in that a text naming its organ leaves out: «Kommunestyret i
Hammerfest» for Hammerfest kommune, «Styret i Helse Førde» for Helse Førde HF."""


def named_party(org: OrgEntry, text: str | None, *, organs: bool = True) -> str | None:
    """The id of the party ``text`` names (by its id or one of its names, :func:`names_of`: the
    ``name``, an abbreviation in parentheses in it, an ``also_known_as``; case aside), or None.
    With ``organs``, a text naming an organ of a party (``_ORGAN_BEFORE``, ``_ORGAN_AFTER``:
    «Kommunestyret i Hammerfest», «Hammerfest kommunestyre») names the party: after the organ,
    the party's id or name, or its name without «kommune», «herad», «fylkeskommune», «HF» or
    «RHF» when one party alone has that name."""
    if text is None:
        return None
    found = _party_by_name(org, normalised(text))
    if found is not None or not organs:
        return found
    organ = _ORGAN_BEFORE.match(normalised(text)) or _ORGAN_AFTER.match(normalised(text))
    if organ is None:
        return None
    # «Kommunestyret i Hammerfest»: the party by id or name, or by its name without «kommune»
    return _party_by_name(org, organ.group("party"))


_DEFINITE_ORGAN = {
    "kommunestyre": "kommunestyret",
    "bystyre": "bystyret",
    "heradsstyre": "heradsstyret",
    "formannskap": "formannskapet",
    "fylkesting": "fylkestinget",
    "fylkesutvalg": "fylkesutvalget",
    "fylkesutval": "fylkesutvalet",
    "byråd": "byrådet",
    "styre": "styret",
}
"""An organ named after its party («Helse Førde styre») in the form it has before one
(«Styret i Helse Førde»), so that both compare with a rule's «Styret»."""


def organ_of(org: OrgEntry, text: str | None) -> tuple[str, str | None] | None:
    """The organ and the party of a text naming an organ of a body (``_ORGAN_BEFORE``,
    ``_ORGAN_AFTER``): «Styret i Helse Nord-Trøndelag HF» is ``("styret", "hnt")``, «Verdal
    kommunestyre» ``("kommunestyret", "verdal")``, «Styret i Helse Midt-Norge RHF» (no party of
    the document) ``("styret", None)``; a text of another shape (plain «Styret») is None."""
    if text is None:
        return None
    match = _ORGAN_BEFORE.match(normalised(text)) or _ORGAN_AFTER.match(normalised(text))
    if match is None:
        return None
    organ = _DEFINITE_ORGAN.get(match.group("organ"), match.group("organ"))
    return organ, named_party(org, text)


def party_id(org: OrgEntry, wanted: str) -> str:
    """The party ``wanted`` stands for in a selector or an option of party ids: the id itself, or
    the id of the party one of whose names it is («Bufetat» for a party ``bufetat-region-nord``
    named so, :func:`named_party`); a text that names no party is kept as written."""
    if wanted in org.model.parties:
        return wanted
    return named_party(org, wanted, organs=False) or wanted


_TRUST_ORGAN = re.compile(r"^(?:helse)?f[oø]retaks(?=styre)")


def _organ_word(org: OrgEntry, seat: Seat, text: str | None = None) -> str | None:
    """A seat's ``body`` (or ``text``) as organs are compared: an organ written with the seat's own
    party is the organ («Styret i Helse Førde HF» is «styret»), and the trust's board is «styret»
    however it is prefixed («Føretaksstyret», «Helseforetaksstyret»; round 29 Førde FO6)."""
    said = seat.body if text is None else text
    if said is None:
        return None
    organ = organ_of(org, said)
    if organ is not None:
        if organ[1] != seat.party:
            return "≠ " + normalised(said)  # another body's organ («Styret i Helse Vest RHF»): none wanted
        said = organ[0]
    return _TRUST_ORGAN.sub("", normalised(said))


def short_name(text: str) -> str:
    """``text`` as names are compared without a closing «kommune», «herad», «fylkeskommune», «HF»
    or «RHF» (:func:`normalised` too): «Grane kommune» is ``grane``."""
    return _NAME_ENDINGS.sub("", normalised(text))


def _party_by_name(org: OrgEntry, wanted: str) -> str | None:
    """The party whose id or one of whose names is ``wanted`` (already :func:`normalised`); else
    the one party whose name is it with a closing «kommune», «herad», «fylkeskommune», «HF» or
    «RHF» on one side only («Grane» and «Grane kommune»; round 24 Helgeland)."""
    for pid, party in org.model.parties.items():
        if normalised(pid) == wanted or any(normalised(n) == wanted for n in names_of(party.name, party.also_known_as)):
            return pid
    return _one_by_short_name(((p, party.name, party.also_known_as) for p, party in org.model.parties.items()), wanted)


def _one_by_short_name(named: Iterable[tuple[str, str, list[str]]], wanted: str) -> str | None:
    """The one id of ``named`` (id, name, also_known_as) one of whose names is ``wanted`` as
    :func:`short_name` compares them; None where none is, or several are."""
    short = short_name(wanted)
    found = {ident for ident, name, also in named if any(short_name(n) == short for n in names_of(name, also))}
    return found.pop() if len(found) == 1 else None


def appointing_party(org: OrgEntry, seat: Seat) -> str | None:
    """The id of the party the seat's ``appointed_by`` names (by id or by name, case aside), or None."""
    return named_party(org, seat.appointed_by)


def same_region(org: OrgEntry, seat: Seat, text: str | None) -> bool | None:
    """Whether what ``text`` names (``appointed_by``, ``nominated_by``) is in the region of the
    seat's party: a party (by id or name) whose region it is, or that region itself (by id or
    name). None when it names neither a party nor a region, or the seat's party has no region."""
    own = region_of(org, seat.party) if seat.party is not None else None
    if text is None or own is None:
        return None
    named = named_party(org, text)
    if named is not None:
        return region_of(org, named) == own
    region = named_region(org, text)
    return None if region is None else region == own


def named_region(org: OrgEntry, text: str) -> str | None:
    """The id of the region ``text`` names, case and runs of spaces aside: the region's id or
    name as the whole text, else the region whose name is the last whole words of the text
    («Regionrådet i Østre Agder», «Kommunesamarbeidet for Lister»); where several regions' names
    end the text (Agder and Østre Agder), the longest name, so «Regionrådet i Østre Agder» names
    Østre Agder and never Agder or Vestre Agder. A region that only parties name (``region: Ytre
    Vestfjord`` with no ``regions:`` entry) has that text as its id and its name. None when it
    names no region."""
    wanted = normalised(text)
    names = {rid: _region_names(org, rid, name) for rid, name in region_names(org).items()}
    for rid, said in names.items():
        if normalised(rid) == wanted or any(normalised(name) == wanted for name in said):
            return rid
    best: tuple[int, str] | None = None
    for rid, said in names.items():
        for name in map(normalised, said):
            if wanted.endswith(" " + name) and (best is None or len(name) > best[0]):
                best = (len(name), rid)
    return best[1] if best is not None else None


def _region_names(org: OrgEntry, rid: str, name: str) -> tuple[str, ...]:
    """Every name of a region (:func:`names_of`); one only parties name has that one name."""
    region = org.model.regions.get(rid)
    return names_of(region.name, region.also_known_as) if region is not None else (name,)


def seat_side(org: OrgEntry, seat: Seat) -> str | None:
    """The seat's side: its own ``side``, else its party's, else (a GP, user or employee seat) the
    side of the party its ``site`` names («Brukarrepresentant, Molde kommune»: ``represents:
    bruker, site: molde``; round 30 Møre og Romsdal)."""
    if seat.side is not None:
        return seat.side
    if seat.party is not None:
        return org.side_of(seat.party)
    return org.side_of(seat.site) if seat.site is not None else None


def deputy_side(org: OrgEntry, seat: Seat) -> str | None:
    """The side of the seat's deputy: its own ``side``, else its party's; None for a deputy given
    by name only (or no deputy)."""
    deputy = seat.deputy
    if deputy is None:
        return None
    return deputy.side if deputy.side is not None else org.side_of(deputy.party)


def deputy_person(seat: Seat) -> str | None:
    """The name of the seat's deputy, whichever way the document writes the deputy."""
    deputy = seat.deputy
    return deputy.person if deputy is not None else None


def seat_text(org: OrgEntry, seat: Seat) -> str:
    """A short description of a seat for evidence: ``ous (Direktør, direktor)``."""
    who = seat.party if seat.party is not None else f"represents:{seat.represents}"
    extras = ", ".join(x for x in (seat.role, seat.level) if x)
    return f"{who} ({extras})" if extras else who


def resolve_party(subject: Subject, party_id: str) -> str | None:
    """``$sector`` stands for the forum's sector hospital."""
    if party_id == "$sector":
        return subject.forum.sector if subject.forum else None
    return party_id


def votes(seat: Seat, group: str) -> bool:
    """Whether a seat of ``group`` (members, observers) has a vote: a member unless ``voting: false``."""
    return group == "members" and seat.voting is not False


PARTY_CRITERIA = frozenset(
    {
        "party",
        "party_type",
        "region",
        "part_of",
        "in_area",
        "party_tags",
        "same_sector",
        "appointed_by_own_party",
        "appointed_by_own_region",
        "nominated_by_own_region",
    }
)
"""The criteria that look at the seat's party: a shared seat (``shared_with``) meets them when
one of the parties it is held for meets them all."""


def seat_parties(seat: Seat) -> list[str]:
    """The parties a seat is held for: its ``party`` and the parties it is shared with
    (``shared_with``, «kommuneoverlege for Hitra og Frøya»), each once; none for a GP, user or
    employee seat. Every check that groups or picks seats by party reads a seat's parties here."""
    if seat.party is None:
        return []
    if not seat.shared_with:
        return [seat.party]
    return list(dict.fromkeys([seat.party, *seat.shared_with]))


def party_views(seat: Seat) -> list[Seat]:
    """The seat as held by each of its parties (:func:`seat_parties`): the seat itself when it is
    not shared, else a copy per party with that party as its ``party``."""
    if not seat.shared_with:
        return [seat]
    return [seat if pid == seat.party else seat.model_copy(update={"party": pid}) for pid in seat_parties(seat)]


def holds_function(org: OrgEntry, seat: Seat, wanted: list[str]) -> bool:
    """Whether the seat's holder has one of the ``wanted`` functions (``vocabulary.functions``):
    the seat lists it in ``functions``, or one of its posts (``role``, ``other_roles``) matches a
    title the packs give the function, as the selector ``role`` matches — as ``role_is`` matches
    for the shared top-leadership functions (:data:`WHOLE_TITLE_FUNCTIONS`: «Kommunedirektør helse
    og velferd» is no administrativ-toppledelse)."""
    if not set(seat.functions).isdisjoint(wanted):
        return True
    titles = org.function_titles
    return any(
        seat_role_is(seat, title, org) if word in WHOLE_TITLE_FUNCTIONS else seat_has_role(seat, title)
        for word in wanted
        for title in titles.get(word, ())
    )


def _meets(subject: Subject, seat: Seat, criteria: dict[str, Any], group: str) -> bool:
    if seat.shared_with and not PARTY_CRITERIA.isdisjoint(criteria):
        own = {k: v for k, v in criteria.items() if k not in PARTY_CRITERIA}
        by_party = {k: v for k, v in criteria.items() if k in PARTY_CRITERIA}
        return _meets_one(subject, seat, own, group) and any(
            _meets_one(subject, view, by_party, group) for view in party_views(seat)
        )
    return _meets_one(subject, seat, criteria, group)


def _meets_one(subject: Subject, seat: Seat, criteria: dict[str, Any], group: str) -> bool:
    # Plain tests one after another: this runs for every seat of every forum of every rule.
    org = subject.org
    forum = subject.forum if subject.forum is not None else (subject.plan.forum if subject.plan else None)
    party = org.party(seat.party)
    for name, wanted in criteria.items():
        if name == "party":
            ids = wanted if isinstance(wanted, list) else [wanted]
            if not any(seat.party == (forum.sector if w == "$sector" and forum else party_id(org, w)) for w in ids):
                return False
        elif name == "party_type":
            if party is None or party.type not in wanted:
                return False
        elif name == "side":
            if seat_side(org, seat) not in wanted:
                return False
        elif name == "represents":
            if seat.represents not in wanted:
                return False
        elif name == "level":
            if seat.level not in wanted:
                return False
        elif name == "position":
            if not set(seat.positions) & set(wanted):
                return False
        elif name == "role":
            if not any(seat_has_role(seat, w) for w in wanted):
                return False
        elif name == "role_is":
            if not any(seat_role_is(seat, w, org) for w in wanted):
                return False
        elif name == "function":
            if not holds_function(org, seat, wanted):
                return False
        elif name == "region":
            if party is None or not _region_named(org, region_of(org, seat.party), wanted):
                return False
        elif name == "site":
            at = (
                seat.site
                if seat.site is not None
                else seat.party
                if party is not None and party.type == "sykehus"
                else None
            )
            if at is None or at not in {party_id(org, w) for w in wanted}:
                return False
        elif name == "part_of":
            if party is None or not set(lineage(org, seat.party)) & {party_id(org, w) for w in wanted}:
                return False
        elif name == "in_area":
            if party is None or in_area(org, forum, seat.party) != wanted:
                return False
        elif name == "voting":  # false: a member without a vote, not an observer (who never votes)
            if (votes(seat, group) if wanted else group == "members" and seat.voting is False) is not True:
                return False
        elif name == "speaking_rights":
            # a member always may speak (its `speaking_rights: false` is refused): «medlemmer med møte-
            # og talerett» written as members (`voting: false`) have it (round 28 Finnmark)
            has = seat.speaking_rights if seat.speaking_rights is not None else group == "members"
            if has != wanted:
                return False
        elif name == "proposal_rights":
            if bool(seat.proposal_rights) != wanted:
                return False
        elif name == "decision_authority":
            if bool(seat.decision_authority) != wanted:
                return False
        elif name == "has_deputy":
            if (seat.deputy is not None) != wanted:
                return False
        elif name == "deputy_side":
            if deputy_side(org, seat) not in wanted:
                return False
        elif name == "deputy_party":
            deputy = seat.deputy
            parties = [forum.sector if w == "$sector" and forum else w for w in wanted]
            if deputy is None or deputy.party is None or deputy.party not in parties:
                return False
        elif name == "body":
            if not any(role_matches(_organ_word(org, seat), _organ_word(org, seat, w) or w) for w in wanted):
                return False
        elif name == "has_body":
            if (seat.body is not None) != wanted:
                return False
        elif name == "shared":
            if bool(seat.shared_with) != wanted:
                return False
        elif name == "invited":
            if bool(seat.invited) != wanted:
                return False
        elif name == "appointed_by":
            if not any(names_body(org, seat.appointed_by, w, of_seat=True, seat_party=seat.party) for w in wanted):
                return False
        elif name == "nominated_by":
            if not any(names_body(org, seat.nominated_by, w, of_seat=True, seat_party=seat.party) for w in wanted):
                return False
        elif name == "appointed_by_is":
            if not any(names_body(org, seat.appointed_by, w, whole=True) for w in wanted):
                return False
        elif name == "nominated_by_is":
            if not any(names_body(org, seat.nominated_by, w, whole=True) for w in wanted):
                return False
        elif name == "on_behalf_of":
            other = org.model.fora.get(seat.on_behalf_of) if seat.on_behalf_of is not None else None
            for_secretariat = seat.on_behalf_of == "secretariat" and other is None and "secretariat" in wanted
            if not for_secretariat and (other is None or not org.forum_is(other, wanted)):
                return False
        elif name == "has_on_behalf_of":
            if (seat.on_behalf_of is not None) != wanted:
                return False
        elif name == "has_nominated_by":
            if (seat.nominated_by is not None) != wanted:
                return False
        elif name == "appointed_by_party_type":
            if appointer_reach(org, seat.appointed_by)[0].isdisjoint(wanted):
                return False
        elif name == "nominated_by_party_type":
            if appointer_reach(org, seat.nominated_by)[0].isdisjoint(wanted):
                return False
        elif name in ("appointed_by_body_type", "nominated_by_body_type"):
            text = seat.appointed_by if name == "appointed_by_body_type" else seat.nominated_by
            named = named_body(org, text) if text is not None else None
            kind = org.model.bodies[named[1]].type if named is not None and named[0] == "body" else None
            if kind not in wanted:
                return False
        elif name == "appointed_by_side":
            if appointer_reach(org, seat.appointed_by)[1].isdisjoint(wanted):
                return False
        elif name == "appointed_by_own_party":
            appointer = appointing_party(org, seat)
            if appointer is None or party is None or (appointer in lineage(org, seat.party)) != wanted:
                return False
        elif name == "has_appointed_by":
            if (seat.appointed_by is not None) != wanted:
                return False
        elif name == "appointed_by_own_region":
            if same_region(org, seat, seat.appointed_by) is not wanted:
                return False
        elif name == "nominated_by_own_region":
            if same_region(org, seat, seat.nominated_by) is not wanted:
                return False
        elif name == "tags":
            if not set(seat.tags) & set(wanted):
                return False
        elif name == "party_tags":
            if party is None or not set(party.tags) & set(wanted):
                return False
        elif name == "same_sector" and _same_sector(org, forum, seat) != wanted:
            return False
    return True


def _same_sector(org: OrgEntry, forum: Forum | None, seat: Seat) -> bool:
    sector = forum.sector if forum else None
    party = org.party(seat.party)
    if party is None or sector is None:
        return False
    return seat.party == sector or party.sector == sector


_NAME_GAPS = re.compile(r"[\s_-]+")


def _region_named(org: OrgEntry, rid: str | None, wanted: list[str]) -> bool:
    """Whether region ``rid`` is one of ``wanted``: by its id, or by its ``name`` or an
    ``also_known_as`` as the agreement gives it (case, spacing and hyphens aside, as topics)."""
    if rid is None:
        return False
    if rid in wanted:
        return True
    region = org.model.regions.get(rid)
    if region is None:
        return False
    names = {_NAME_GAPS.sub(" ", n).strip().casefold() for n in (region.name, *region.also_known_as)}
    return any(_NAME_GAPS.sub(" ", w).strip().casefold() in names for w in wanted)


def region_is_named(org: OrgEntry, rid: str | None, wanted: list[str]) -> bool:
    """Whether region ``rid`` is one of ``wanted``, by id or by one of its names (see :func:`_region_named`)."""
    return _region_named(org, rid, wanted)


def seat_matches(
    subject: Subject, seat: Seat, criteria: dict[str, Any], group: str = "members", *, requirement: bool = False
) -> bool:
    """Whether ``seat`` (of ``group``: members or observers) meets every criterion of a seat
    selector (see ``SEAT_FILTER``). An invited seat (``invited: true``) is a guest: it is picked only
    by a selector that names ``invited`` (itself or under ``not``) — unless ``criteria`` is a
    ``requirement`` on a seat already picked (a ``must:``), which an invited seat meets as any seat."""
    if seat.invited and not requirement and not names_invited(criteria):
        return False
    if not _meets(subject, seat, criteria, group):
        return False
    if any(_meets(subject, seat, one, group) for one in negations(criteria)):
        return False
    if not all(_meets_with_not(subject, seat, one, group) for one in criteria.get("all_of") or ()):
        return False
    either = criteria.get("any_of")
    return either is None or any(_meets_with_not(subject, seat, one, group) for one in either)


def _meets_with_not(subject: Subject, seat: Seat, one: dict[str, Any], group: str) -> bool:
    """Whether ``seat`` meets one selector of ``any_of`` or ``all_of``: its criteria, and not its ``not``."""
    return _meets(subject, seat, one, group) and not (one.get("not") and _meets(subject, seat, one["not"], group))


def negations(criteria: dict[str, Any]) -> list[dict[str, Any]]:
    """The selectors under a selector's ``not``: one mapping, or a list of them (none of which a
    selected seat may meet)."""
    negated = criteria.get("not")
    if not negated:
        return []
    if isinstance(negated, dict) and "any_of" in negated:
        return list(negated["any_of"])  # «not: {any_of: [...]}» is the list form of not
    return list(negated) if isinstance(negated, list) else [negated]


def names_invited(criteria: dict[str, Any]) -> bool:
    """Whether a seat selector asks about invited seats at all (``invited``, also under ``not``
    and in an ``any_of`` selector)."""
    return (
        "invited" in criteria
        or any("invited" in one for one in negations(criteria))
        or any(names_invited(one) for key in ("any_of", "all_of") for one in criteria.get(key) or ())
    )


def seats_of(forum: Forum, include_observers: bool | str) -> list[tuple[str, int, Seat]]:
    """``(group, index, seat)`` for the members, and the observers when asked.

    ``include_observers`` is a boolean, or a group: ``members``, ``observers`` or ``all``.
    """
    if isinstance(include_observers, str):
        groups = ("members", "observers") if include_observers == "all" else (include_observers,)
    else:
        groups = ("members", "observers") if include_observers else ("members",)
    return [(group, i, s) for group in groups for i, s in enumerate(getattr(forum, group))]
