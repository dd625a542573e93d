"""The field check of expressions (hf_rules.rules.cel_fields): the shapes it checks against are
the data expressions really see, and the documented expressions pass it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from hf_rules.documents.workspace import build_workspace
from hf_rules.rules import cel
from hf_rules.rules.cel_fields import ANY, SCALAR, ListOf, MapOf, Record, Shape, unknown_fields
from hf_rules.rules.checks import expression
from hf_rules.rules.checks.base import Subject
from tests.support import FIXTURES, ROOT, SHARED

FOLDERS = [FIXTURES / "oslo", *sorted((FIXTURES / "communities").iterdir())] + (
    [SHARED / "examples" / "oslo"] if (SHARED / "examples" / "oslo").is_dir() else []
)


def _conforms(value: Any, shape: Shape, where: str) -> None:
    """``value`` is what ``shape`` says: a record's keys are exactly its fields (null allowed
    where a document leaves an optional value out)."""
    if value is None or shape is ANY:
        return
    if isinstance(shape, Record) and shape.or_scalar and not isinstance(value, (dict, list)):
        return  # a field typed as a record or a scalar (meetings_per_year: 4 or {min, max})
    if isinstance(shape, Record):
        assert isinstance(value, dict), where
        assert list(value) == list(shape.fields) or set(value) == set(shape.fields), (
            f"{where}: data {sorted(value)} ≠ shape {sorted(shape.fields)}"
        )
        for key, item in value.items():
            _conforms(item, shape.fields[key], f"{where}.{key}")
    elif isinstance(shape, ListOf):
        assert isinstance(value, list), where
        for index, item in enumerate(value):
            _conforms(item, shape.item, f"{where}[{index}]")
    elif isinstance(shape, MapOf):
        assert isinstance(value, dict), where
        for key, item in value.items():
            _conforms(item, shape.value, f"{where}[{key!r}]")
    else:
        assert shape is SCALAR and not isinstance(value, (dict, list)), where


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_the_shapes_are_the_data_an_expression_sees(folder: Path) -> None:
    """Every key of every value bound for every subject is a field of its shape, and the other way
    round: the check neither refuses a field that is there nor passes one that is not."""
    workspace = build_workspace([str(folder)], jobs=1)
    assert workspace.organisations, folder
    seen = set()
    for org in workspace.organisations.values():
        subjects = [Subject("organisation", org.id, "", org, org.doc, ())]
        subjects += [Subject("party", pid, "", org, org.doc, (), party=p) for pid, p in org.model.parties.items()]
        subjects += [Subject("forum", fid, "", org, org.doc, (), forum=f) for fid, f in org.model.fora.items()]
        subjects += [
            Subject("meeting_plan", plan.model.metadata.id, "", plan.org, plan.doc, (), plan=plan)
            for plan in workspace.plans
            if plan.org is org
        ]
        for subject in subjects:
            bound = expression.bound_shapes(subject.kind, [None])
            data = expression.subject_data(subject)
            assert set(data) == set(bound) - {"variables"}
            for name, value in data.items():
                _conforms(value, bound[name], name)
                seen.add(name)
    assert {"organisation", "subject", "party", "forum"} <= seen


def _problems(text: str, kind: str, for_each: str | None = None) -> list[str]:
    names = expression.names(kind, for_each)
    program = cel.compile_expression(text, names)
    bound = {**expression.bound_shapes(kind, [for_each]), "variables": Record("variables")}
    _, found = unknown_fields(program.compiled.serialize(), text, bound)
    return [f"{p.offset}:{p.record}.{p.field}:{p.suggestion}" for p in found]


DOCUMENTED = [
    # (the expression as docs/expressions.md writes it, the rule's kind, for_each)
    ("forum.members.filter(s, s.represents == 'fastlege')", "forum", None),
    ("string(forum.members.size()) + ' medlemmer'", "forum", None),
    ("seat.term == null || seat.term.to >= subject.as_of", "forum", "members"),
    ("forum.sector == null", "forum", None),
    ("has(forum.sector)", "forum", None),
    ('period.from <= "2025-06-30"', "meeting_plan", "chair_periods"),
    ("organisation.regions['ytre'].parties.size() >= 2", "organisation", None),
    ("organisation.regions.all(r, organisation.regions[r].parties.size() > 0)", "organisation", None),
    ("organisation.fora.exists(id, organisation.fora[id].type == 'partnerskapsmote')", "organisation", None),
    ("forum.members.all(s, s.party != null && organisation.parties[s.party].side == 'kommune')", "forum", None),
    ("forum.members.all(s, s.party == null || organisation.parties[s.party].side == 'kommune')", "forum", None),
    ("organisation.fora.all(id, 'samarbeidsforum' in organisation.fora[id].kinds)", "organisation", None),
    ("forum.type == 'samarbeidsforum'", "forum", None),
    ("forum.sector != null && forum.members.size() > 0 && forum.members[0].role != null", "forum", None),
    ("forum.members.exists(s, s.role != null && s.role.matches('(?i)kommuneoverlege'))", "forum", None),
    ("string(timestamp(meeting.date + 'T00:00:00Z').getFullYear())", "meeting_plan", "meetings"),
    ("plan.meetings.filter(m, m.date.startsWith('2026-')).size() <= 2", "meeting_plan", "meetings"),
    ('meeting.start < "12:00"', "meeting_plan", "meetings"),
    ("organisation.fora[forum.id].members.size() > 0 && forum.kinds.size() > 0", "forum", None),
]


@pytest.mark.parametrize(("text", "kind", "for_each"), DOCUMENTED, ids=[d[0][:40] for d in DOCUMENTED])
def test_the_documented_expressions_pass_the_check(text: str, kind: str, for_each: str | None) -> None:
    assert _problems(text, kind, for_each) == []


def test_the_documented_expressions_are_on_the_page() -> None:
    page = (ROOT / "docs" / "expressions.md").read_text(encoding="utf-8")
    for text in (
        "seat.term == null \\|\\| seat.term.to >= subject.as_of",
        "forum.sector == null",
        "has(forum.sector)",
        'period.from <= "2025-06-30"',
        "organisation.regions['ytre'].parties.size() >= 2",
        "organisation.regions.all(r, organisation.regions[r].parties.size() > 0)",
        "s.party != null && organisation.parties[s.party].side == 'kommune'",
        "forum.sector != null && …",
        "f.type == 'samarbeidsforum'",
        "forum.members.filter(s, s.represents == 'fastlege')",
        'meeting.start < "12:00"',
    ):
        assert text in page, text


@pytest.mark.parametrize(
    ("text", "kind", "for_each", "expected"),
    [
        ("forum.mandat", "forum", None, ["6:Forum.mandat:mandate"]),
        ("forum.members.all(s, s.rol != '')", "forum", None, ["23:Seat.rol:role"]),
        ("forum . \n  members[0] .  rol != ''", "forum", None, ["25:Seat.rol:role"]),
        ("has(forum.members[0].term.form)", "forum", None, ["26:SeatTerm.form:from"]),
        ("forum.members.map(s, s.term).exists(t, t.unt == '')", "forum", None, ["41:SeatTerm.unt:"]),
        ("forum.members.filter(s, true)[0]['rolle'] == ''", "forum", None, ["33:Seat.rolle:role"]),
        (
            "organisation.parties.exists(p, organisation.parties[p].regin == '')",
            "organisation",
            None,
            ["55:Party.regin:region"],
        ),
        ("organisation.regions.x.partys.size() > 0", "organisation", None, ["23:Region.partys:parties"]),
        ("subject.asof == ''", "forum", None, ["8:subject.asof:as_of"]),
        ("plan.chairs[0].co_chair.persn == ''", "meeting_plan", None, ["24:ChairHolder.persn:person"]),
        ("seat.sid == '' && group == 'members'", "forum", "seats", ["5:Seat.sid:side"]),
        ("organisation.metadata.nme == ''", "organisation", None, ["22:OrganisationMetadata.nme:name"]),
    ],
)
def test_a_misspelt_field_is_found_where_it_is_written(
    text: str, kind: str, for_each: str | None, expected: list[str]
) -> None:
    assert _problems(text, kind, for_each) == expected
