"""Tests for hf_rules.documents.workspace: references across documents, and the document envelope."""

from __future__ import annotations

from pathlib import Path

import pytest

from hf_rules.core.errors import Location
from hf_rules.documents.workspace import build_workspace
from tests.support import ROOT

BAD = ROOT / "fixtures" / "bad-workspace"
OSLO = ROOT / "fixtures" / "oslo"

# case folder -> every problem the workspace reports: (file, line, column, part of the message).
# Each location was read off the fixture: the value (or key) the user has to change.
CASES: dict[str, list[tuple[str, int, int, str]]] = {
    "api-version-wrong": [("organisation.yaml", 2, 13, "apiVersion is 'hf-rules/v2'; expected 'hf-rules/v1'")],
    "chair-rotation-unknown": [
        (
            "organisation.yaml",
            27,
            31,
            "chair_rotation entry 'sykehuset' is neither a side (kommune, sykehus) nor a party of this organisation",
        )
    ],
    "duplicate-organisation-id": [
        (
            "b-organisation.yaml",
            5,
            7,
            f"organisation id 'hf-test' is already used by {BAD / 'duplicate-organisation-id' / 'a-organisation.yaml'}",
        )
    ],
    "duplicate-plan-id": [
        (
            "plan-b.yaml",
            5,
            7,
            f"meeting plan id 'ssu-2025-2026' is already used by {BAD / 'duplicate-plan-id' / 'plan-a.yaml'}",
        )
    ],
    "forum-sector-unknown": [
        (
            "organisation.yaml",
            35,
            13,
            "sector 'ahus' is not a sector hospital of this organisation "
            "(a party with has_sector: true); expected one of: test-sykehus",
        )
    ],
    "input-cycle": [("organisation.yaml", 36, 22, "gives_input_to forms a cycle: ssu -> lsu-test -> ssu")],
    "input-to-itself": [("organisation.yaml", 36, 22, "forum 'lsu-test' cannot relate to itself")],
    "input-to-unknown-forum": [
        (
            "organisation.yaml",
            28,
            22,
            "forum 'partnerskapsmote' in gives_input_to is not a forum of this "
            "organisation; expected one of: lsu-test, ssu",
        )
    ],
    "kind-missing": [("organisation.yaml", 2, 1, "missing 'kind' (one of: Organisation, MeetingPlan, Waivers)")],
    "kind-unknown": [
        ("organisation.yaml", 3, 7, "kind is 'Organization'; expected one of: Organisation, MeetingPlan, Waivers")
    ],
    "part-of-unknown": [
        (
            "organisation.yaml",
            16,
            14,
            "part_of 'oslo-kommune' is not a party of this organisation; "
            "expected one of: bydel-sentrum, test-kommune, test-sykehus",
        )
    ],
    "party-sector-not-hospital": [
        ("organisation.yaml", 17, 13, "sector 'test-kommune' is not a sector hospital of this organisation")
    ],
    "plan-chair-party-unknown": [
        ("meeting-plan.yaml", 10, 47, "party 'ahus' is not a party of organisation 'hf-test'")
    ],
    "plan-chair-period-reversed": [
        ("meeting-plan.yaml", 10, 28, "chair period ends (2026-01-01) before it starts (2026-12-31)"),
        # follows from the first: the period is empty, so the 2026 meeting is in none
        ("meeting-plan.yaml", 13, 12, "meeting on 2026-03-11 falls outside every chair period"),
    ],
    "plan-forum-unknown": [
        (
            "meeting-plan.yaml",
            7,
            8,
            "forum 'lsu-ahus' is not a forum of organisation 'hf-test'; expected one of: lsu-test, ssu",
        )
    ],
    "plan-organisation-missing": [
        ("meeting-plan.yaml", 6, 17, "organisation 'hf-bergen' is not among the documents checked; give its file too")
    ],
    "seat-party-unknown": [
        (
            "organisation.yaml",
            31,
            17,
            "party 'helseetaten' is not a party of this organisation; "
            "expected one of: bydel-sentrum, test-kommune, test-sykehus",
        )
    ],
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_workspace_is_reported_at_its_line(case: str) -> None:
    folder = BAD / case
    workspace = build_workspace([str(folder)])
    problems = sorted(workspace.problems, key=lambda p: (p.location, p.message))
    expected = CASES[case]
    assert len(problems) == len(expected), [p.line() for p in problems]
    for problem, (file, line, column, text) in zip(problems, expected, strict=False):
        assert problem.location == Location(str(folder / file), line, column), problem.line()
        assert text in problem.message, problem.line()
        assert "\n" not in problem.message


def test_every_bad_workspace_case_is_in_the_table() -> None:
    assert sorted(p.name for p in BAD.iterdir()) == sorted(CASES)


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_file_of_a_case_is_read(case: str) -> None:
    """Nothing in a case is passed over: each file is an hf-rules document, checked or refused."""
    workspace = build_workspace([str(BAD / case)])
    assert len(workspace.files) == len(list((BAD / case).iterdir()))
    assert all(f.ignored is None for f in workspace.files)


def test_documents_with_errors_are_not_indexed() -> None:
    workspace = build_workspace([str(BAD / "seat-party-unknown")])
    assert workspace.organisations == {}
    workspace = build_workspace([str(BAD / "plan-forum-unknown")])
    assert list(workspace.organisations) == ["hf-test"]
    assert workspace.plans == []


def test_first_of_duplicate_ids_is_kept() -> None:
    folder = BAD / "duplicate-plan-id"
    workspace = build_workspace([str(folder)])
    assert [entry.file.path for entry in workspace.plans] == [str(folder / "plan-a.yaml")]


def test_plan_of_a_broken_organisation_is_not_checked_but_not_blamed(tmp_path: Path) -> None:
    """A plan whose organisation has errors is listed as not checked, with no error of its own."""
    org = tmp_path / "organisation.yaml"
    org.write_text((BAD / "seat-party-unknown" / "organisation.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    plan = tmp_path / "meeting-plan.yaml"
    plan.write_text(
        (BAD / "plan-forum-unknown" / "meeting-plan.yaml")
        .read_text(encoding="utf-8")
        .replace("forum: lsu-ahus", "forum: ssu"),
        encoding="utf-8",
    )
    workspace = build_workspace([str(tmp_path)])
    by_name = {Path(f.path).name: f for f in workspace.files}
    assert by_name["meeting-plan.yaml"].problems == []
    assert by_name["meeting-plan.yaml"].not_checked is not None
    assert "hf-test" in str(by_name["meeting-plan.yaml"].not_checked)
    assert [p.location.line for p in workspace.problems] == [31]


def test_plan_with_organisation_given_separately() -> None:
    """The plan and its organisation resolve across the files given, in any order."""
    folder = BAD / "plan-forum-unknown"
    workspace = build_workspace([str(folder / "meeting-plan.yaml"), str(folder / "organisation.yaml")])
    assert [p.location.line for p in workspace.problems] == [7]


def test_wrong_api_version_in_a_folder_is_reported_not_ignored() -> None:
    """'hf-rules/v2' is meant for hf-rules; only files without an hf-rules apiVersion are passed over."""
    workspace = build_workspace([str(BAD / "api-version-wrong")])
    assert workspace.files[0].ignored is None
    assert workspace.files[0].problems


def test_foreign_yaml_in_a_folder_is_listed_as_ignored(tmp_path: Path) -> None:
    (tmp_path / "ci.yaml").write_text("on: push\njobs: {}\n", encoding="utf-8")
    workspace = build_workspace([str(tmp_path)])
    [source] = workspace.files
    assert source.ignored and not source.problems


def test_foreign_yaml_given_explicitly_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "ci.yaml"
    path.write_text("on: push\njobs: {}\n", encoding="utf-8")
    workspace = build_workspace([str(path)])
    [source] = workspace.files
    assert source.ignored is not None and not source.problems
    assert str(source.ignored) == "not an hf-rules document (no 'apiVersion: hf-rules/v1')"


def test_claimed_but_broken_api_version_given_explicitly_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "org.yaml"
    path.write_text("apiVersion: hf-rules/v0\nkind: Organisation\n", encoding="utf-8")
    [problem] = build_workspace([str(path)]).problems
    assert problem.location == Location(str(path), 1, 13)
    assert problem.message == "apiVersion is 'hf-rules/v0'; expected 'hf-rules/v1'"
    assert problem.text("nb") == "apiVersion er 'hf-rules/v0'; forventet 'hf-rules/v1'"


def test_missing_path_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.yaml"
    workspace = build_workspace([str(missing)])
    [problem] = workspace.problems
    assert problem.location == Location(str(missing))
    assert "no such file or folder" in problem.message


def test_oslo_workspace_resolves() -> None:
    workspace = build_workspace([str(OSLO)])
    assert workspace.problems == []
    assert list(workspace.organisations) == ["helsefellesskap-oslo"]
    assert sorted(p.model.metadata.id for p in workspace.plans) == [
        "lsu-ous-2025",
        "partnerskapsmote-2024-2027",
        "ssu-2025-2026",
    ]
    for plan in workspace.plans:
        assert plan.forum.name


def test_same_file_given_twice_is_read_once() -> None:
    path = str(OSLO / "organisation.yaml")
    workspace = build_workspace([path, str(OSLO)], extra=[path])
    assert len(workspace.files) == 4
    assert workspace.problems == []


# --- references of the fields that agreements talk about (regions, areas, sub-committees) -------


def _org_problems(tmp_path: Path, body: str) -> list[tuple[int, str]]:
    path = tmp_path / "org.yaml"
    path.write_text(
        "apiVersion: hf-rules/v1\nkind: Organisation\nmetadata: {id: o, name: O}\n" + body, encoding="utf-8"
    )
    workspace = build_workspace([str(path)])
    return sorted((p.location.line, p.message) for p in workspace.problems)


REGIONS = """\
regions:
  ytre: {name: Ytre, parties: [lyngvik]}
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik, type: kommune, side: kommune, region: %s}
fora:
  ou: {name: OU, type: samarbeidsforum, area: [%s]%s}
  ssu: {name: SSU, type: strategisk-samarbeidsutvalg}
"""


def test_regions_areas_and_sub_committees_that_resolve(tmp_path: Path) -> None:
    assert _org_problems(tmp_path, REGIONS % ("ytre", "ytre", ", sub_committee_of: ssu, until: 2026-12-31")) == []
    assert _org_problems(tmp_path, REGIONS % ("ytre", "lyngvik", "")) == []


def test_a_region_area_or_sub_committee_that_does_not_resolve_is_located(tmp_path: Path) -> None:
    assert _org_problems(tmp_path, REGIONS % ("indre", "midt", ", sub_committee_of: lsu")) == [
        (5, "party 'lyngvik' is in region 'ytre' here and in region 'indre' by its own 'region'"),
        (8, "region 'indre' is not one of the organisation's regions; expected one of: ytre"),
        (
            10,
            "area entry 'midt' is neither a region nor a party of this organisation; expected one of: ytre, hf, lyngvik",
        ),
        (10, "sub_committee_of 'lsu' is not another forum of this organisation; expected one of: ssu"),
    ]


SEVERAL = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
fora:
  fsu-a: {name: FSU A, type: samarbeidsforum}
  fsu-b: {name: FSU B, type: samarbeidsforum}
  gruppe:
    name: Gruppe
    type: arbeidsgruppe
    sub_committee_of:
%s    supports: [%s]
    follows_up: [%s]
"""


def test_sub_committee_of_a_list_supports_and_follows_up_resolve(tmp_path: Path) -> None:
    assert _org_problems(tmp_path, SEVERAL % ("      - fsu-a\n      - fsu-b\n", "fsu-a", "delavtale-3")) == []


def test_each_unknown_parent_or_supported_forum_is_located_at_its_line(tmp_path: Path) -> None:
    body = SEVERAL % ("      - fsu-a\n      - fsu-c\n      - gruppe\n", "fsu-b, ssu", "delavtale-3")
    assert _org_problems(tmp_path, body) == [
        (14, "sub_committee_of 'fsu-c' is not another forum of this organisation; expected one of: fsu-a, fsu-b"),
        (15, "sub_committee_of 'gruppe' is not another forum of this organisation; expected one of: fsu-a, fsu-b"),
        (
            16,
            "forum 'ssu' in supports is not a forum of this organisation; expected one of: fsu-a, fsu-b, gruppe",
        ),
    ]
    assert _org_problems(tmp_path, SEVERAL % ("      - fsu-a\n", "gruppe", "delavtale-3")) == [
        (14, "forum 'gruppe' cannot relate to itself")
    ]
    assert _org_problems(tmp_path, SEVERAL % ("      - fsu-a\n", "fsu-a", "Delavtale 3")) == [
        (15, "fora.gruppe.follows_up[0] is 'Delavtale 3'; expected lower-case letters, digits and hyphens")
    ]


SEATS = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
fora:
  ssu:
    name: SSU
    type: strategisk-samarbeidsutvalg
    members:
      - %s
"""


def test_seat_side_proposal_rights_and_term_are_read(tmp_path: Path) -> None:
    seat = "{represents: bruker, side: kommune, proposal_rights: true, term: {from: 2024-01-01, to: 2027-12-31}}"
    assert _org_problems(tmp_path, SEATS % seat) == []


def test_a_side_on_a_party_seat_and_a_term_that_ends_before_it_starts_are_located(tmp_path: Path) -> None:
    [(line, message)] = _org_problems(tmp_path, SEATS % "{party: hf, side: kommune}")
    assert line == 11 and "'side' is for a GP, user or employee seat" in message
    [(line, message)] = _org_problems(
        tmp_path, SEATS % "{represents: bruker, term: {from: 2024-01-01, to: 2023-12-31}}"
    )
    assert line == 11 and "the term ends before it starts" in message


def test_a_seat_on_behalf_of_a_forum_that_is_not_another_one_is_located(tmp_path: Path) -> None:
    assert _org_problems(tmp_path, SEATS % "{party: hf, position: nestleder, on_behalf_of: lsu}") == [
        (11, "on_behalf_of 'lsu' is not another forum of this organisation; expected one of: "),
    ]
    assert _org_problems(tmp_path, SEATS % "{party: hf, on_behalf_of: ssu}") == [
        (11, "on_behalf_of 'ssu' is not another forum of this organisation; expected one of: "),
    ]
    # a position is a word of the packs' vocabulary (tests/unit/test_validate.py), not of the model
    assert _org_problems(tmp_path, SEATS % "{party: hf, position: leiar}") == []


def test_a_seat_held_by_a_post_in_the_secretariat(tmp_path: Path) -> None:
    """`on_behalf_of: secretariat`: the seat follows from a post in a secretariat (the forum's or
    the health community's); without any secretariat it is located."""
    seat = "{party: hf, role: Leder av FOUSAM, on_behalf_of: secretariat}"
    assert _org_problems(tmp_path, SEATS % seat) == [
        (
            11,
            "on_behalf_of 'secretariat': neither the forum nor the health community has a secretariat "
            "(`secretariat:`); expected the id of another forum, or a secretariat to sit for",
        )
    ]
    community = SEATS % seat + "secretariat:\n  run_by: [hf]\n"
    assert _org_problems(tmp_path, community) == []
    own = SEATS % seat + "    secretariat:\n      run_by: [hf]\n"
    assert _org_problems(tmp_path, own) == []
    # with a secretariat, a wrong forum id names `secretariat` among the choices
    wrong = (SEATS % "{party: hf, on_behalf_of: ssu}") + "secretariat:\n  run_by: [hf]\n"
    assert _org_problems(tmp_path, wrong) == [
        (11, "on_behalf_of 'ssu' is not another forum of this organisation; expected one of: secretariat"),
    ]


def test_a_member_without_speaking_rights_is_located() -> None:
    """«Medlemmer med møte- og talerett»: a member may always speak, so `speaking_rights: false`
    on a member contradicts the seat (it counted among the members with møte- og talerett)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        [(line, message)] = _org_problems(Path(tmp), SEATS % "{party: hf, voting: false, speaking_rights: false}")
    assert line == 11
    assert message == (
        "a member always may attend and speak (with `voting: false` too); `speaking_rights: false` is for an "
        "observer only"
    )


def test_a_deputy_as_a_name_or_a_mapping_a_body_seat_and_an_invited_observer_are_read(tmp_path: Path) -> None:
    seats = (
        "{party: hf, body: Føretaksstyret}\n"
        "      - {party: hf, role: Direktør, deputy: Kari Vara}\n"
        "      - {party: hf, role: Fagdirektør, deputy: {person: Per Vara, party: hf, role: Klinikksjef}}\n"
        "      - {represents: bruker, side: kommune, deputy: {side: sykehus}}\n"
        "    observers:\n"
        "      - {party: hf, role: Dekan, invited: true}"
    )
    assert _org_problems(tmp_path, SEATS % seats) == []


def test_invited_on_a_member_and_bad_deputies_are_located(tmp_path: Path) -> None:
    assert _org_problems(tmp_path, SEATS % "{party: hf, role: Dekan, invited: true}") == [
        (11, "`invited: true` is for an observer only (an invited guest); a member holds a standing seat"),
    ]
    assert _org_problems(tmp_path, SEATS % "{party: hf, deputy: {party: kommunen}}") == [
        (11, "deputy.party 'kommunen' is not a party of this organisation; expected one of: hf"),
    ]
    [(line, message)] = _org_problems(tmp_path, SEATS % "{party: hf, deputy: {party: hf, side: kommune}}")
    assert (
        line == 11 and "'side' is for a deputy without a 'party'; a deputy from a party has its party's side" in message
    )
    assert _org_problems(tmp_path, SEATS % "{party: hf, deputy: {}}") == [
        (11, "fora.ssu.members[0].deputy needs at least one of the keys: person, party, side, role"),
    ]
    assert _org_problems(tmp_path, SEATS % "{party: hf, deputy: 5}") == [
        (11, "fora.ssu.members[0].deputy must be a text or a mapping, got a whole number (5)"),
    ]
    [(line, message)] = _org_problems(tmp_path, SEATS % "{party: hf, deputy: {name: Kari}}")
    assert line == 11 and "unknown key 'name'" in message


NAMES = """\
regions:
  nordmore: {name: Nordmøre, also_known_as: [%s]}
  romsdal: {name: Romsdal}
parties:
  hmr: {name: Helse Møre og Romsdal HF (HMR), type: helseforetak, side: sykehus}
  nordmore-ipr: {name: Nordmøre interkommunale politiske råd, also_known_as: [Nordmøre IPR], type: regionrad, side: kommune}
  romsdal-ipr:
    name: Romsdal regionråd (ROR)
    type: regionrad
    side: kommune
    also_known_as: [Romsdal IPR, %s]
fora:
  ssu: {name: Strategisk samarbeidsutval (SSU), type: strategisk-samarbeidsutvalg, also_known_as: [%s]}
  pm: {name: Partnerskapsmøtet, type: partnerskapsmote}
"""


def test_other_names_that_are_their_own_are_valid(tmp_path: Path) -> None:
    assert _org_problems(tmp_path, NAMES % ("Nordmøre-regionen", "ROR", "Samarbeidsutvalet")) == []


def test_a_name_another_party_region_or_forum_goes_by_is_located(tmp_path: Path) -> None:
    # Nordmøre IPR is the other council's; HMR is the trust's abbreviation; romsdal is a region's
    # id; pm is the partnerskapsmøte's id
    assert _org_problems(tmp_path, NAMES % ("Romsdal", "nordmøre ipr, HMR", "PARTNERSKAPSMØTET")) == [
        (
            5,
            "name 'Romsdal' in also_known_as is already a name of region 'romsdal'; expected a name no other region goes by",
        ),
        (14, "name 'HMR' in also_known_as is already a name of party 'hmr'; expected a name no other party goes by"),
        (
            14,
            "name 'nordmøre ipr' in also_known_as is already a name of party 'nordmore-ipr'; "
            "expected a name no other party goes by",
        ),
        (
            16,
            "name 'PARTNERSKAPSMØTET' in also_known_as is already a name of forum 'pm'; "
            "expected a name no other forum goes by",
        ),
    ]
