"""A secretariat: that there is one, who runs it, which fora it serves and who sits in it.

Applied to a forum, the check reads the forum's own ``secretariat``, or, where the forum has
none, the health community's joint ``secretariat`` when that one ``serves`` the forum (so "the
SSU has a secretariat" holds whichever place the document gives it); applied to the
organisation, the health community's joint ``secretariat`` (see *Secretariat* in documents.md).
A secretariat is not a forum: forum rules, forum counts and the national rules on fora
(``HF-BOTH-SIDES``, ``HF-SEATS-FILLED``, …) never see it or its seats; this check does.

- ``required`` (default true): a subject without a secretariat is a finding, and nothing else is
  checked. With ``required: false`` a subject without one passes, and one that has one is held to
  the other options ("where there is a secretariat, the municipalities take part in running it").
- ``run_by`` reads the secretariat's ``run_by`` (the parties that run it; «Helse Førde ivaretek
  saman med KS sekretariatsfunksjonen» is ``[helse-forde, ks]``): every party of ``parties`` runs
  it; for every type of ``party_types``, at least one party of that type does; every party of a
  type of ``all_of_types`` does ("a joint unit of the trust and all 16 municipalities":
  ``all_of_types: [helseforetak, kommune]``; of a forum's secretariat, every such party in the
  forum's ``area``), each one missing a finding; for every side of ``sides``, at least one party
  of that side does (``sides: [kommune, sykehus]``: jointly by both sides). With ``only: true``
  nobody else runs it: no party outside ``parties``, of a type outside ``party_types`` and
  ``all_of_types`` or of a side outside ``sides`` (each where given). A party that is part of another
  (a unit of the trust, ``part_of``) counts as itself, not as the whole, for ``parties``; for types
  and sides its own type and side count.
- ``serves`` (forum types): for each type, the secretariat serves at least one forum of that type
  (or a kind of it): a forum its ``serves`` names, and, for a forum's secretariat, the forum itself.
- ``reports_to``: forum criteria (``type``, ``id``, and ``topic``, ``priority_groups``,
  ``time_limited``, ``area``, ``has_area`` as wherever fora are picked): at least one forum of the
  secretariat's ``reports_to`` meets them all («Sekretariatet rapporterer til strategisk
  samarbeidsutval»: ``reports_to: {type: [strategisk-samarbeidsutvalg]}``). A forum of a type that
  is a kind of the type named counts. A secretariat that names no forum fails. Where the text
  names the forum whose secretariat it is («Sekretariatet for SSU rapporterer til
  partnarskapsmøtet»), prefer a forum rule (``applies_to: {kind: forum, type:
  [strategisk-samarbeidsutvalg]}``) to an organisation rule: it reads a secretariat written on
  the forum, or on the organisation where that one ``serves`` the forum, so it holds wherever the
  document writes it; an organisation rule reads the organisation's only.
- ``seats``: counts of the secretariat's seats (its ``members``), each entry with the options of
  ``seat_count`` (``where``, ``per``, ``each``, ``count``, ``min``, ``max``, ``exactly``, ``label``)
  and the same semantics: "one member per region" is ``{per: region, each: {party_type: [kommune]},
  exactly: 1}``; "members from the trust" ``{where: {side: [sykehus]}, min: 1}``. The area of a
  forum's secretariat is the forum's ``area``; of the joint secretariat, the whole community.
- ``responsible``: counts, in the same shape as ``seats``, of the seats with overall responsibility
  for the secretariat (its ``responsible``, «overordnet ansvar»), where an agreement tells them apart
  from the daily function: «Kommunenes samhandlingssjef og samhandlingssjef i UNN har overordnet
  ansvar» is ``[{where: {side: [kommune], role: [Samhandlingssjef]}, exactly: 1, …}, {where: {party:
  [unn], role: [Samhandlingssjef]}, exactly: 1, …}]``. ``seats`` and ``leaders`` never read these
  seats, nor ``responsible`` the daily ones; a seat in both lists is written in both.
- ``leaders``: the seat selectors of the leader and of the deputy leader (``{leader: {position:
  [leder]}, deputy: {position: [nestleder]}}``, the seats giving ``position``; or by ``role``):
  each must match exactly one seat of ``members`` (the daily function; ``responsible`` is not
  read), and with ``different_sides`` (default true) the two seats are of different sides ("the
  leader and the deputy leader come from the two sides"). A forum's own leaders are
  ``forum_leaders``, with the same options.

Every finding says what is wrong in ``{problem}``; a seat count also fills ``{label}``,
``{unit}``, ``{found}`` and ``{requirement}`` as ``seat_count`` does.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterator
from typing import Any

from hf_rules.core.errors import InputError
from hf_rules.core.i18n import Message, phrase
from hf_rules.documents.model import Forum, Secretariat
from hf_rules.rules.checks import seat_count
from hf_rules.rules.checks.base import (
    STRINGS,
    Example,
    LocalText,
    Subject,
    Violation,
    bound_problems,
    secretariat_of,
)
from hf_rules.rules.checks.fora import FORUM_CRITERIA, meets
from hf_rules.rules.checks.leaders import leader_problems, leaders_option_problems, leaders_properties
from hf_rules.rules.checks.seats import in_area, party_id
from hf_rules.rules.checks.words import KEYWORD, words
from hf_rules.yaml.loader import Document, Path_

NAME = "secretariat"
SUBJECTS = frozenset({"forum", "organisation"})
PARAMS: dict[str, str] = {
    "problem": "What is wrong, as a clause: `has no secretariat`, `the secretariat is not run by KS`, "
    "`the secretariat has 0 members from the region (Romsdal IPR); requires exactly 1`, "
    "`the secretariat reports to no forum of type strategisk-samarbeidsutvalg`, ….",
    "label": "For a seat count: the entry's `label`; empty for other findings.",
    "unit": "For a seat count: what is counted separately (as `seat_count`'s `unit`); empty for other findings.",
    "found": "For a seat count: how many seats (or parties); for `leaders`: how many seats match; empty otherwise.",
    "requirement": "For a seat count: the bound in words (`exactly 1`); empty for other findings.",
}


def _count_properties() -> dict[str, Any]:
    """``seat_count``'s options but ``group``; ``each.values`` unmarked, since which vocabulary they
    are of follows the entry's own ``per``, which the vocabulary mark cannot reach from here."""
    properties = copy.deepcopy({k: v for k, v in seat_count.OPTIONS["properties"].items() if k != "group"})
    properties["each"]["properties"]["values"]["items"].pop(KEYWORD, None)
    return properties


_COUNT_ENTRY: dict[str, Any] = {
    "type": "object",
    "description": "A count of the secretariat's seats, with the options of `seat_count` (but no `group`).",
    "properties": _count_properties(),
    "required": ["label"],
    "additionalProperties": False,
}
OPTIONS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "required": {
            "type": "boolean",
            "default": True,
            "description": "Whether the subject must have a secretariat (false: the other options apply where it has one).",
        },
        "run_by": {
            "type": "object",
            "description": "Who runs the secretariat (its `run_by`).",
            "properties": {
                "parties": {**STRINGS, "description": "Each of these parties (by id or one of their names) runs it."},
                "party_types": words("party_types", "For each type, at least one party of that type runs it."),
                "all_of_types": words(
                    "party_types",
                    "Every party of these types runs it (of a forum's secretariat: every such party in the forum's "
                    "`area`): 'the trust and all the municipalities'.",
                ),
                "sides": words("sides", "For each side, at least one party of that side runs it."),
                "only": {
                    "type": "boolean",
                    "default": False,
                    "description": "Nobody else runs it: no party outside `parties`, of another type or of another side.",
                },
            },
            "additionalProperties": False,
            "anyOf": [
                {"required": ["parties"]},
                {"required": ["party_types"]},
                {"required": ["all_of_types"]},
                {"required": ["sides"]},
            ],
        },
        "serves": words("forum_types", "For each forum type, the secretariat serves at least one forum of that type."),
        "reports_to": {
            "type": "object",
            "description": "The secretariat reports to at least one forum (of its `reports_to`) that meets these "
            "criteria: by forum `type` or `id`, narrowed by `topic`, `priority_groups`, `time_limited`, `area` "
            "or `has_area`.",
            "properties": {"type": words("forum_types", "Forum types."), "id": STRINGS, **FORUM_CRITERIA},
            "additionalProperties": False,
            "minProperties": 1,
        },
        "seats": {
            "type": "array",
            "minItems": 1,
            "items": _COUNT_ENTRY,
            "description": "Counts of the secretariat's seats (`members`, the daily function), each as a `seat_count`.",
        },
        "responsible": {
            "type": "array",
            "minItems": 1,
            "items": _COUNT_ENTRY,
            "description": "Counts of the seats with overall responsibility for the secretariat (`responsible`), "
            "each as a `seat_count`.",
        },
        "leaders": {
            "type": "object",
            "description": "The leader's and the deputy leader's seats among `members`: exactly one each.",
            "properties": leaders_properties("Which seat is the leader's.", "Which seat is the deputy leader's."),
            "required": ["leader", "deputy"],
            "additionalProperties": False,
        },
    },
    "additionalProperties": False,
}
_EMPTY = {"label": "", "unit": "", "found": "", "requirement": ""}


def validate(rule: Any, doc: Document, base: Path_) -> list[InputError]:
    """In a ``seats`` or ``responsible`` entry: ``exactly`` with ``min`` or ``max``, ``min`` above ``max``, ``count:
    parties`` with ``per: party``, ``each`` without a ``per``: located pack errors (as ``seat_count``)."""
    problems: list[InputError] = []
    entries = [
        (group, i, entry)
        for group in ("seats", "responsible")
        for i, entry in enumerate(rule.check.options.get(group) or [])
    ]
    for group, i, entry in entries:
        if not isinstance(entry, dict):
            continue
        path = (*base, group, i)
        problems.extend(bound_problems(rule.id, doc, path, entry))
        if entry.get("count") == "parties" and entry.get("per") == "party":
            problems.append(
                InputError(doc.location((*path, "count")), Message("err-count-parties-per-party", rule=rule.id))
            )
        if "each" in entry and entry.get("per", "forum") == "forum":
            where = doc.location((*path, "each"), key=True)
            problems.append(InputError(where, Message("err-each-needs-per", rule=rule.id)))
    problems.extend(leaders_option_problems(rule.id, doc, (*base, "leaders"), rule.check.options.get("leaders")))
    return problems


def _violation(path: Path_, key: str, problem: Message, **params: LocalText) -> Violation:
    return Violation(path, key, {**_EMPTY, **params, "problem": problem}, {"problem": key})


def check(subject: Subject, options: dict[str, Any]) -> Iterator[Violation]:
    secretariat, base = secretariat_of(subject, joint_serving=True)
    if secretariat is None:
        if options["required"]:
            where = subject.at() if subject.forum is not None else ("fora",)
            yield dataclasses.replace(
                _violation(where, "missing", phrase("secretariat-missing")), at_key=subject.forum is not None
            )
        return
    if "run_by" in options:
        yield from _run_by(subject, secretariat, base, options["run_by"])
    if "serves" in options:
        yield from _serves(subject, secretariat, base, options["serves"])
    if "reports_to" in options:
        yield from _reports_to(subject, secretariat, base, options["reports_to"])
    for group in ("seats", "responsible"):
        for entry in options.get(group) or []:
            yield from _seats(subject, secretariat, base, entry, group)
    if "leaders" in options:
        yield from _leaders(subject, secretariat, base, options["leaders"])


def _run_by(subject: Subject, secretariat: Secretariat, base: Path_, wanted: dict[str, Any]) -> Iterator[Violation]:
    org = subject.org
    runners = secretariat.run_by
    where = base + ("run_by",) if runners else base
    at_key = not runners
    only = wanted["only"]
    # a party by one of its names as well as its id (round 27 Telemark: the names the source uses)
    parties = [party_id(org, p) for p in wanted.get("parties", [])]
    for pid in parties:
        if pid not in runners:
            problem = phrase("secretariat-not-run-by", party=org.party_name(pid))
            yield dataclasses.replace(_violation(where, f"run-by-missing:{pid}", problem), at_key=at_key)
    for kind in wanted.get("party_types", []):
        if not any((p := org.party(r)) is not None and p.type == kind for r in runners):
            problem = phrase("secretariat-no-runner-of-type", type=kind)
            yield dataclasses.replace(_violation(where, f"run-by-type-missing:{kind}", problem), at_key=at_key)
    for kind in wanted.get("all_of_types", []):
        for pid, of_kind in org.model.parties.items():
            if of_kind.type == kind and pid not in runners and in_area(org, subject.forum, pid):
                problem = phrase("secretariat-not-run-by", party=of_kind.name)
                yield dataclasses.replace(_violation(where, f"run-by-missing:{pid}", problem), at_key=at_key)
    for side in wanted.get("sides", []):
        if not any(org.side_of(r) == side for r in runners):
            problem = phrase("secretariat-no-runner-of-side", side=side)
            yield dataclasses.replace(_violation(where, f"run-by-side-missing:{side}", problem), at_key=at_key)
    if not only:
        return
    for i, pid in enumerate(runners):
        party = org.party(pid)
        path = base + ("run_by", i)
        if "parties" in wanted and pid not in parties:
            yield _violation(path, f"run-by-extra:{pid}", phrase("secretariat-run-by-other", party=org.party_name(pid)))
        elif (
            ("party_types" in wanted or "all_of_types" in wanted)
            and party is not None
            and party.type not in [*wanted.get("party_types", []), *wanted.get("all_of_types", [])]
        ):
            problem = phrase("secretariat-run-by-other-type", party=party.name, type=party.type)
            yield _violation(path, f"run-by-extra-type:{pid}", problem)
        elif "sides" in wanted and party is not None and party.side not in wanted["sides"]:
            problem = phrase("secretariat-run-by-other-side", party=party.name, side=party.side)
            yield _violation(path, f"run-by-extra-side:{pid}", problem)


def _serves(subject: Subject, secretariat: Secretariat, base: Path_, types: list[str]) -> Iterator[Violation]:
    org = subject.org
    served = [org.model.fora[f] for f in secretariat.serves if f in org.model.fora]
    if subject.forum is not None:
        served.append(subject.forum)
    for kind in types:
        if not any(org.forum_is(forum, [kind]) for forum in served):
            where = base + ("serves",) if secretariat.serves else base
            problem = phrase("secretariat-serves-no", type=kind)
            yield dataclasses.replace(_violation(where, f"serves-missing:{kind}", problem), at_key=True)


def _reports_to(subject: Subject, secretariat: Secretariat, base: Path_, wanted: dict[str, Any]) -> Iterator[Violation]:
    org = subject.org
    for fid in secretariat.reports_to:
        forum = org.model.fora.get(fid)
        if (
            forum is not None
            and ("type" not in wanted or org.forum_is(forum, wanted["type"]))
            and ("id" not in wanted or fid in wanted["id"])
            and meets(forum, wanted, org)
        ):
            return
    named = ", ".join(wanted.get("type", [])) or ", ".join(wanted.get("id", []))
    if "type" in wanted:
        problem = phrase("secretariat-reports-to-no-type", type=named)
    elif "id" in wanted:
        problem = phrase("secretariat-reports-to-no-id", forum=named)
    else:
        problem = phrase("secretariat-reports-to-no")
    where = base + ("reports_to",) if secretariat.reports_to else base
    yield dataclasses.replace(_violation(where, "reports-to-missing", problem), at_key=True)


def _staff(subject: Subject, secretariat: Secretariat, base: Path_, group: str = "members") -> Subject:
    """The subject whose ``forum`` holds the secretariat's seats of ``group`` (``members``, the
    daily function, or ``responsible``) as its members (with the forum's area and sector, where it
    is a forum's secretariat), rooted at the secretariat: so seat selectors and ``seat_count``'s
    counting read the secretariat's seats (see :func:`_seats` for the paths)."""
    forum = subject.forum
    holder = Forum.model_construct(
        name=secretariat.name or (forum.name if forum is not None else subject.name),
        type=forum.type if forum is not None else "",
        members=list(getattr(secretariat, group)),
        observers=[],
        area=forum.area if forum is not None else None,
        sector=forum.sector if forum is not None else None,
    )
    return dataclasses.replace(subject, forum=holder, base=base)


def _seats(
    subject: Subject, secretariat: Secretariat, base: Path_, entry: dict[str, Any], option: str
) -> Iterator[Violation]:
    """One count entry of ``seats`` (the ``members``) or ``responsible`` (the ``responsible``
    seats); a finding's key begins with the option (``seats:too-few:…``, ``responsible:too-few:…``)
    and points into that list of the secretariat."""
    group = "members" if option == "seats" else "responsible"
    staff = _staff(subject, secretariat, base, group)
    for found in seat_count.check(staff, {**entry, "group": "members"}):
        params = dict(found.params)
        unit = params.get("unit", "")
        if group == "members":
            key = "secretariat-seats" if entry["per"] == "forum" else "secretariat-seats-per"
        else:
            key = "secretariat-responsible" if entry["per"] == "forum" else "secretariat-responsible-per"
        problem = phrase(
            key, label=params["label"], unit=unit, found=params["found"], requirement=params["requirement"]
        )
        found.params = {**_EMPTY, **params, "problem": problem}
        found.key = f"{option}:{found.key}"
        if len(found.path) > len(base) and found.path[len(base)] == "members":
            found.path = (*base, group, *found.path[len(base) + 1 :])
        yield found


def _leaders(subject: Subject, secretariat: Secretariat, base: Path_, leaders: dict[str, Any]) -> Iterator[Violation]:
    staff = _staff(subject, secretariat, base)
    seats = [(base + ("members", i), "members", s) for i, s in enumerate(secretariat.members)]
    for found in leader_problems(staff, seats, base + ("members",), leaders):
        if found.which == "same-side":
            yield _violation(found.path, found.key, phrase("secretariat-leaders-same-side", side=found.side))
            continue
        problem = phrase(f"secretariat-{found.which}-count", found=found.found)
        violation = _violation(found.path, found.key, problem, found=str(found.found))
        violation.evidence["seats"] = found.seats
        yield dataclasses.replace(violation, at_key=found.at_key)


_FORDE = """\
parties:
  helse-forde: {name: Helse Førde HF, type: helseforetak, side: sykehus}
  ks: {name: KS Vestland, type: ks, side: kommune}
  forde: {name: Sunnfjord kommune, type: kommune, side: kommune}
fora:
  pm:
    name: Partnarskapsmøtet
    type: partnerskapsmote
    members:
      - {party: helse-forde, role: Administrerande direktør}
      - {party: forde, role: Ordførar}
    secretariat:
      run_by: [%s]
"""
_MR = """\
regions:
  nordmore: {name: Nordmøre IPR, parties: [kristiansund]}
  romsdal: {name: Romsdal IPR, parties: [molde]}
parties:
  hmr: {name: Helse Møre og Romsdal HF, type: helseforetak, side: sykehus}
  kristiansund: {name: Kristiansund kommune, type: kommune, side: kommune}
  molde: {name: Molde kommune, type: kommune, side: kommune}
fora:
  pm: {name: Partnarskapsmøtet, type: partnerskapsmote}
  ssu: {name: Strategisk samarbeidsutval, type: strategisk-samarbeidsutvalg}
secretariat:
  name: Felles samarbeidssekretariat
  run_by: [hmr, kristiansund, molde]
  serves: [%s]
  members:
    - {party: hmr, role: Samhandlingssjef}
    - {party: hmr, role: Rådgjevar}
    - {party: kristiansund, role: Leiar}
    - {party: molde, role: %s}
"""
_UNN = """\
parties:
  unn: {name: Universitetssykehuset Nord-Norge HF, type: helseforetak, side: sykehus}
  tromso: {name: Tromsø kommune, type: kommune, side: kommune}
  balsfjord: {name: Balsfjord kommune, type: kommune, side: kommune}
fora:
  pm: {name: Partnerskapsmøtet, type: partnerskapsmote}
  ssu: {name: Strategisk samarbeidsutvalg, type: strategisk-samarbeidsutvalg}
secretariat:
  run_by: [tromso, unn]
  reports_to: [%s]
  responsible:
    - {party: tromso, role: Kommunenes samhandlingssjef}
    - {party: %s, role: Samhandlingssjef}
  members:
    - {party: tromso, role: Kommunenes samhandlingssjef}
    - {party: unn, role: Rådgiver}
"""
_RESPONSIBLE = [
    {
        "where": {"side": ["kommune"], "role": ["Kommunenes samhandlingssjef"]},
        "exactly": 1,
        "label": {"nb": "kommunenes samhandlingssjef", "en": "municipal cooperation manager"},
    },
    {
        "where": {"party": "unn", "role": ["Samhandlingssjef"]},
        "exactly": 1,
        "label": {"nb": "samhandlingssjef i UNN", "en": "UNN's cooperation manager"},
    },
]
_ONE_PER_REGION = {
    "per": "region",
    "each": {"party_type": ["kommune"]},
    "exactly": 1,
    "label": {"nb": "medlemmer fra regionen", "en": "members from the region"},
}
_LEADERS = {"leader": {"role": ["Leiar"]}, "deputy": {"role": ["Nestleiar"]}}
EXAMPLES = (
    Example(
        "The SSU's secretariat is the joint one, which serves it",
        {"run_by": {"sides": ["kommune", "sykehus"]}},
        _MR % ("ssu", "Rådgjevar"),
        subject="ssu",
    ),
    Example(
        "The joint secretariat serves the partnarskapsmøte only: the SSU has none",
        {"run_by": {"sides": ["kommune", "sykehus"]}},
        _MR % ("pm", "Rådgjevar"),
        subject="ssu",
        expect=("missing",),
    ),
    Example(
        "Helse Førde runs the partnarskapsmøte's secretariat together with KS",
        {"run_by": {"parties": ["helse-forde", "ks"]}},
        _FORDE % "helse-forde, ks",
    ),
    Example(
        "The parties by their names: `parties: [Helse Førde HF, KS Vestland]`, alone (`only`)",
        {"run_by": {"parties": ["Helse Førde HF", "KS Vestland"], "only": True}},
        _FORDE % "helse-forde, ks",
    ),
    Example(
        "Helse Førde runs it alone: KS is missing",
        {"run_by": {"parties": ["helse-forde", "ks"]}},
        _FORDE % "helse-forde",
        expect=("run-by-missing:ks",),
    ),
    Example(
        "Run jointly by both sides (sides kommune and sykehus)",
        {"run_by": {"sides": ["kommune", "sykehus"]}},
        _FORDE % "helse-forde, ks",
    ),
    Example(
        "Jointly by both sides: only the trust runs it",
        {"run_by": {"sides": ["kommune", "sykehus"]}},
        _FORDE % "helse-forde",
        expect=("run-by-side-missing:kommune",),
    ),
    Example(
        "Run only by the trust (party type helseforetak, `only`)",
        {"run_by": {"party_types": ["helseforetak"], "only": True}},
        _FORDE % "helse-forde",
    ),
    Example(
        "Run only by the trust: KS runs it too",
        {"run_by": {"party_types": ["helseforetak"], "only": True}},
        _FORDE % "helse-forde, ks",
        expect=("run-by-extra-type:ks",),
    ),
    Example(
        "Run by the trust and every municipality (all_of_types)",
        {"run_by": {"all_of_types": ["helseforetak", "kommune"]}},
        _FORDE % "helse-forde, forde",
    ),
    Example(
        "Run by the trust and every municipality: Sunnfjord kommune does not take part",
        {"run_by": {"all_of_types": ["helseforetak", "kommune"]}},
        _FORDE % "helse-forde, ks",
        expect=("run-by-missing:forde",),
    ),
    Example(
        "A forum without a secretariat passes where none is required",
        {"required": False, "run_by": {"parties": ["ks"]}},
        _FORDE.split("    secretariat:")[0],
    ),
    Example(
        "A forum without a secretariat, where one is required",
        {},
        _FORDE.split("    secretariat:")[0],
        expect=("missing",),
    ),
    Example(
        "The joint secretariat serves the partnarskapsmøte and the SSU",
        {"serves": ["partnerskapsmote", "strategisk-samarbeidsutvalg"]},
        _MR % ("pm, ssu", "Nestleiar"),
        kind="organisation",
    ),
    Example(
        "The joint secretariat serves only the partnarskapsmøte",
        {"serves": ["partnerskapsmote", "strategisk-samarbeidsutvalg"]},
        _MR % ("pm", "Nestleiar"),
        kind="organisation",
        expect=("serves-missing:strategisk-samarbeidsutvalg",),
    ),
    Example(
        "One member per region: Nordmøre and Romsdal have one each",
        {"seats": [_ONE_PER_REGION]},
        _MR % ("pm, ssu", "Nestleiar"),
        kind="organisation",
    ),
    Example(
        "One member per region: Romsdal has none",
        {"seats": [_ONE_PER_REGION]},
        _MR.replace("- {party: molde, role: %s}", "- {party: hmr, role: %s}") % ("pm, ssu", "Nestleiar"),
        kind="organisation",
        expect=("seats:too-few:members from the region:romsdal",),
    ),
    Example(
        "A leader from the municipalities and a deputy leader from the trust",
        {"leaders": _LEADERS},
        _MR.replace("- {party: molde, role: %s}", "- {party: hmr, role: %s}") % ("pm, ssu", "Nestleiar"),
        kind="organisation",
    ),
    Example(
        "The leader and the deputy leader are both from the municipalities",
        {"leaders": _LEADERS},
        _MR % ("pm, ssu", "Nestleiar"),
        kind="organisation",
        expect=("leaders-same-side:kommune",),
    ),
    Example(
        "No deputy leader",
        {"leaders": _LEADERS},
        _MR % ("pm, ssu", "Rådgjevar"),
        kind="organisation",
        expect=("deputy:0",),
    ),
    Example(
        "The municipalities' and UNN's cooperation managers have overall responsibility (`responsible`)",
        {"responsible": _RESPONSIBLE},
        _UNN % ("ssu", "unn"),
        kind="organisation",
    ),
    Example(
        "Overall responsibility: UNN's cooperation manager is not among the responsible seats",
        {"responsible": _RESPONSIBLE},
        _UNN % ("ssu", "balsfjord"),
        kind="organisation",
        expect=("responsible:too-few:UNN's cooperation manager",),
    ),
    Example(
        "The secretariat reports to the strategic cooperation committee (`reports_to`)",
        {"reports_to": {"type": ["strategisk-samarbeidsutvalg"]}},
        _UNN % ("ssu", "unn"),
        kind="organisation",
    ),
    Example(
        "The secretariat reports to the partnerskapsmøte only",
        {"reports_to": {"type": ["strategisk-samarbeidsutvalg"]}},
        _UNN % ("pm", "unn"),
        kind="organisation",
        expect=("reports-to-missing",),
    ),
)
