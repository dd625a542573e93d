"""chair: side, role, co-chairs, terms and the mid-term swap of every chair period."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hf_rules.core.i18n import Message
from hf_rules.documents.workspace import build_workspace
from hf_rules.engine.evaluate import subjects
from hf_rules.rules.checks import registry
from hf_rules.rules.checks.base import with_defaults
from hf_rules.rules.model import Selector
from tests.unit.checks.support import findings

ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik, type: kommune, side: kommune}
fora:
  pm:
    name: PM
    type: partnerskapsmote
"""


def chair(chairs: str, **options: Any) -> list[tuple[str, int]]:
    return findings("chair", options, ORG, plan="forum: pm\nchairs:\n" + chairs)


ONE = "  - {from: 2024-01-01, to: 2027-12-31, party: lyngvik, role: Ordfører}\n"


def test_side() -> None:
    assert chair(ONE, side=["kommune"]) == []
    assert chair(ONE, side=["sykehus"]) == [("side:2024-01-01", 3)]


def test_party_type() -> None:
    """«Kommunene og Vestre Viken veksler på lederansvaret» (round 25 Vestre Viken VV11): KS, on the
    municipal side, does not take the municipalities' turn."""
    both = ["kommune", "helseforetak"]
    assert chair(ONE, party_type=both) == []
    ks = ORG.replace("fora:", "  ks: {name: KS, type: ks, side: kommune}\nfora:")
    by_ks = "forum: pm\nchairs:\n" + ONE.replace("party: lyngvik", "party: ks")
    assert findings("chair", {"party_type": both}, ks, plan=by_ks) == [("party-type:2024-01-01", 3)]
    assert findings("chair", {"side": ["kommune"]}, ks, plan=by_ks) == []


def test_role_is_matched_as_seat_roles_are() -> None:
    assert chair(ONE, role=["ordfører"]) == []
    assert chair(ONE, role=["Administrerende direktør"]) == [("role:2024-01-01", 3)]
    no_role = "  - {from: 2024-01-01, to: 2027-12-31, party: lyngvik}\n"
    assert chair(no_role, role=["Ordfører"]) == [("role:2024-01-01", 3)]


def test_co_chairs() -> None:
    co = "  - {from: 2024-01-01, to: 2027-12-31, party: lyngvik, co_chair: {party: hf}}\n"
    assert chair(co, co_chairs="required") == []
    assert chair(ONE, co_chairs="required") == [("co-chair:2024-01-01", 3)]
    assert chair(ONE, co_chairs="forbidden") == []
    assert chair(co, co_chairs="forbidden") == [("co-chair:2024-01-01", 3)]


def test_terms_aligned_to_a_start_date() -> None:
    terms = {"years": 4, "start": "2020-01-01"}
    assert chair(ONE, terms=terms) == []
    assert chair(ONE, terms={"years": 4, "start": "2021-01-01"}) == [("aligned:2024-01-01", 3)]


SWAP = (
    "  - {from: 2024-01-01, to: 2025-12-31, party: lyngvik, deputy: hf}\n"
    "  - {from: 2026-01-01, to: 2027-12-31, party: %s, deputy: %s}\n"
)


def test_swap_at_mid_term() -> None:
    options = {"terms": {"years": 4, "start": "2024-01-01"}, "swap_at_mid_term": True}
    assert chair(SWAP % ("hf", "lyngvik"), **options) == []
    assert chair(SWAP % ("lyngvik", "hf"), **options) == [("swap:2026-01-01", 4)]
    # without the swap, a half-term period is off the terms
    assert chair(SWAP % ("hf", "lyngvik"), terms=options["terms"]) == [
        ("aligned:2024-01-01", 3),
        ("aligned:2026-01-01", 4),
    ]


COUPLED_ORG = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: agder, name: Agder}
parties:
  sshf: {name: SSHF, type: helseforetak, side: sykehus}
  kristiansand: {name: Kristiansand, type: kommune, side: kommune}
fora:
  ssu: {name: SSU, type: strategisk-samarbeidsutvalg}
  rs-vest: {name: RS Vest, type: samarbeidsforum}
"""
PLAN = """\
apiVersion: hf-rules/v1
kind: MeetingPlan
metadata: {{id: {id}, organisation: agder}}
forum: {forum}
chairs:
  - {{from: 2025-01-01, to: 2026-12-31, party: {first}}}
  - {{from: 2027-01-01, to: 2028-12-31, party: {second}}}
"""


def coupled(tmp_path: Path, rs_first: str, rs_second: str) -> list[tuple[str, int]]:
    """The regional council's chair is on the other side from the SSU's chair (Agder)."""
    (tmp_path / "org.yaml").write_text(COUPLED_ORG, encoding="utf-8")
    (tmp_path / "ssu.yaml").write_text(
        PLAN.format(id="ssu-plan", forum="ssu", first="kristiansand", second="sshf"), encoding="utf-8"
    )
    (tmp_path / "rs.yaml").write_text(
        PLAN.format(id="rs-plan", forum="rs-vest", first=rs_first, second=rs_second), encoding="utf-8"
    )
    workspace = build_workspace([str(tmp_path)])
    assert workspace.problems == []
    module = registry()["chair"]
    options = with_defaults(module.OPTIONS, {"opposite_to": {"type": ["strategisk-samarbeidsutvalg"]}})
    [subject] = list(subjects(workspace, Selector(kind="meeting_plan", id=["rs-plan"])))
    return [(v.key, subject.doc.location(v.path).line) for v in module.check(subject, options)]


def test_coupled_alternation_across_fora(tmp_path: Path) -> None:
    assert coupled(tmp_path, "sshf", "kristiansand") == []
    assert coupled(tmp_path, "kristiansand", "kristiansand") == [("coupled:ssu-plan:2025-01-01", 6)]
    assert coupled(tmp_path, "kristiansand", "sshf") == [
        ("coupled:ssu-plan:2025-01-01", 6),
        ("coupled:ssu-plan:2027-01-01", 7),
    ]


def test_party() -> None:
    """``party``: the period's own chair is one of these parties; a co-chair is not read."""
    assert chair(ONE, party=["lyngvik", "hf"]) == []
    assert chair(ONE, party=["hf"]) == [("party:2024-01-01", 3)]
    co = "  - {from: 2024-01-01, to: 2027-12-31, party: hf, co_chair: {party: lyngvik}}\n"
    assert chair(co, party=["lyngvik"]) == [("party:2024-01-01", 3)]


SECTOR_ORG = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus, has_sector: true}
  lyngvik: {name: Lyngvik, type: kommune, side: kommune}
fora:
  lsu: {name: LSU, type: lokalt-samarbeidsutvalg, sector: hf}
  pm: {name: PM, type: partnerskapsmote}
"""


def test_party_sector_stands_for_the_forum_s_sector_hospital() -> None:
    def run(forum: str, party: str) -> list[tuple[str, int]]:
        plan = f"forum: {forum}\nchairs:\n  - {{from: 2024-01-01, to: 2025-12-31, party: {party}}}\n"
        return findings("chair", {"party": ["$sector"]}, SECTOR_ORG, plan=plan)

    assert run("lsu", "hf") == []
    assert run("lsu", "lyngvik") == [("party:2024-01-01", 3)]
    assert run("pm", "hf") == [("party:2024-01-01", 3)]  # a forum without a sector: nobody is it


def test_party_message_names_the_parties() -> None:
    from hf_rules.rules.checks.examples import run_example

    module = registry()["chair"]
    [example] = [e for e in module.EXAMPLES if e.expect == ("party:2025-01-01",)]
    [violation] = run_example(module, example)
    assert violation.params["problem"] == Message("chair-wrong-party", parties="Lyngvik kommune")
    assert str(violation.params["problem"]) == "the chair is not from Lyngvik kommune"
    assert violation.evidence["party"] == "hf"


AREA = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik, type: kommune, side: kommune}
fora:
  ssu: {name: SSU, type: strategisk-samarbeidsutvalg}
  rs: {name: RS, type: samarbeidsforum}
"""
OPPOSITE = {"opposite_to": {"type": ["strategisk-samarbeidsutvalg"]}}


def opposite(rs_chairs: str, *ssu_chairs: str) -> list[tuple[str, int]]:
    others = tuple(
        (f"ssu-{i}", "forum: ssu\nchairs:\n" + chairs if chairs else "forum: ssu\nmeetings:\n  - {date: 2025-03-01}\n")
        for i, chairs in enumerate(ssu_chairs)
    )
    return findings("chair", OPPOSITE, AREA, plan="forum: rs\nchairs:\n" + rs_chairs, other_plans=others)


RS_25_27 = "  - {from: 2025-01-01, to: 2026-12-31, party: hf}\n  - {from: 2027-01-01, to: 2027-12-31, party: lyngvik}\n"


def test_opposite_to_without_a_counterpart_plan_is_reported_at_chairs() -> None:
    assert opposite(RS_25_27) == [("uncompared", 2)]


def test_opposite_to_reports_the_days_no_counterpart_period_covers() -> None:
    whole = (
        "  - {from: 2025-01-01, to: 2026-12-31, party: lyngvik}\n  - {from: 2027-01-01, to: 2028-12-31, party: hf}\n"
    )
    assert opposite(RS_25_27, whole) == []
    first_only = "  - {from: 2025-01-01, to: 2026-12-31, party: lyngvik}\n"
    assert opposite(RS_25_27, first_only) == [("uncompared:2027-01-01", 4)]
    late = "  - {from: 2025-07-01, to: 2028-12-31, party: lyngvik}\n"
    assert opposite(RS_25_27, late) == [("uncompared:2025-01-01", 3), ("coupled:ssu-0:2027-01-01", 4)]
    # a plan of the other forum without chair periods covers nothing
    assert opposite(RS_25_27, "") == [("uncompared:2025-01-01", 3), ("uncompared:2027-01-01", 4)]
    # two plans of the other forum together cover the whole period
    second = "  - {from: 2027-01-01, to: 2027-12-31, party: hf}\n"
    assert opposite(RS_25_27, first_only, second) == []


def test_opposite_to_uncovered_days_are_named() -> None:
    from hf_rules.rules.checks.base import Example
    from hf_rules.rules.checks.examples import run_example

    module = registry()["chair"]
    gap = "  - {from: 2025-03-01, to: 2025-05-31, party: lyngvik}\n"
    rs = "  - {from: 2025-01-01, to: 2025-12-31, party: hf}\n"
    example = Example(
        "t",
        OPPOSITE,
        AREA,
        plan="forum: rs\nchairs:\n" + rs,
        other_plans=(("ssu-plan", "forum: ssu\nchairs:\n" + gap),),
    )
    [violation] = run_example(module, example)
    assert violation.evidence["uncovered"] == ["2025-01-01–2025-02-28", "2025-06-01–2025-12-31"]
    assert str(violation.said) == (
        "Chair period 2025-01-01–2025-12-31 cannot be compared for 2025-01-01–2025-02-28, 2025-06-01–2025-12-31: "
        "no chair period in the meeting plan of a forum with type: strategisk-samarbeidsutvalg covers those days"
    )


def test_terms_by_side_allow_a_hand_over_within_the_sides_term() -> None:
    """«Kommunane … overtek … frå 2022» for two years: Lyngvik then Havbo in the municipalities'
    term is one term of the side; by party, both periods are off the terms."""
    org = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
  havbo: {name: Havbo kommune, type: kommune, side: kommune}
fora:
  pm:
    name: PM
    type: partnerskapsmote
    members:
      - {party: hf, role: Direktør}
      - {party: lyngvik, role: Ordfører}
      - {party: havbo, role: Ordfører}
"""
    plan = (
        "forum: pm\nchairs:\n  - {from: 2024-01-01, to: 2024-12-31, party: lyngvik}\n"
        "  - {from: 2025-01-01, to: 2025-12-31, party: havbo}\n  - {from: 2026-01-01, to: 2027-12-31, party: hf}\n"
    )
    terms = {"years": 2, "start": "2024-01-01"}
    assert findings("chair", {"terms": terms}, org, plan=plan) == [("aligned:2024-01-01", 3), ("aligned:2025-01-01", 4)]
    assert findings("chair", {"terms": {**terms, "by": "side"}}, org, plan=plan) == []
    # by side, the hospital taking over mid-term is still off the terms
    mid = plan.replace("to: 2025-12-31, party: havbo", "to: 2025-06-30, party: havbo").replace(
        "from: 2026-01-01, to: 2027-12-31, party: hf", "from: 2025-07-01, to: 2027-12-31, party: hf"
    )
    assert findings("chair", {"terms": {**terms, "by": "side"}}, org, plan=mid) == [
        ("aligned:2025-01-01", 4),
        ("aligned:2025-07-01", 5),
    ]


def test_term_years_near_the_end_of_the_calendar_does_not_overflow() -> None:
    """A turn that begins in 9998 with two-year turns: the turn's end is past 9999-12-31, so no
    later period can run past it (it raised an error computing the year 10000)."""
    org = """\
parties:
  hf: {name: HF, type: helseforetak, side: sykehus}
  lyngvik: {name: Lyngvik kommune, type: kommune, side: kommune}
fora:
  pm:
    name: PM
    type: partnerskapsmote
    chair_rotation: [kommune, sykehus]
    members:
      - {party: hf, role: Direktør}
      - {party: lyngvik, role: Ordfører}
"""
    plan = (
        "forum: pm\nchairs:\n  - {from: 9998-01-01, to: 9998-12-31, party: lyngvik}\n"
        "  - {from: 9999-01-01, to: 9999-12-31, party: lyngvik}\n"
    )
    assert findings("chair_alternation", {"term_years": 2}, org, plan=plan) == []
