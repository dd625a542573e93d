"""chair: side, role, co-chairs, terms and the mid-term swap of every chair period."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
