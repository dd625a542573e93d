"""The diff model: what a proposal changes (``hf-rules diff``). The engine fills it
(:mod:`hf_rules.engine.compare`); formatters only read it.

``hf-rules diff --format json`` is this model dumped as JSON; ``schemas/diff.schema.json`` is
generated from it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from hf_rules.report.model import Severity

ChangeKind = Literal[
    "party-added",
    "party-removed",
    "party-changed",
    "forum-added",
    "forum-removed",
    "forum-renamed",
    "forum-changed",
    "seat-added",
    "seat-removed",
    "seat-moved",
    "seat-changed",
    "holder-changed",
    "deputy-changed",
    "chair-rotation-changed",
    "meeting-frequency-changed",
    "relation-added",
    "relation-removed",
    "plan-added",
    "plan-removed",
    "chair-periods-changed",
    "plan-covers-changed",
    "meetings-changed",
    "organisation-changed",
    "secretariat-changed",
    "community-secretariat-changed",
]
CHANGE_KINDS: tuple[str, ...] = ChangeKind.__args__  # type: ignore[attr-defined]

Value = str | int | bool | list[str] | None


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Change(_Model):
    """One structural change, by meaning: a forum, seat, relation or chair period, not a line."""

    kind: ChangeKind
    organisation: str = Field(description="Id of the organisation (the health community).")
    forum: str | None = Field(description="Id of the forum changed (or the forum of the plan, the seat).")
    forum_name: str | None = Field(description="The forum's name (the new one where both sides have it).")
    party: str | None = Field(description="Id of the party (party changes, party seats).")
    plan: str | None = Field(description="Id of the meeting plan (plan and chair-period changes).")
    seat: str | None = Field(
        description="The seat: a party id, or 'represents:KIND' for a constituency seat (fastlege, bruker, ansatt)."
    )
    field: str | None = Field(
        description="What changed: a list (members, observers), a relation (sub_committee_of, gives_input_to, gives_assignments_to, supports, "
        "or a relation word of `relations`, such as utovende-organ-for), "
        "or a key (name, type, sector, role, person, deputy, meetings_per_year, chair_rotation, chairs)."
    )
    label: dict[str, str] | None = Field(
        default=None,
        description="For a relation of `relations` (field: the relation word): how it is said, {nb, en}.",
    )
    before: Value = Field(description="The value in the approved structure (OLD), where there is one.")
    after: Value = Field(description="The value in the proposal (NEW), where there is one.")
    file: str = Field(description="The file that shows the change: NEW's, or OLD's for what was removed.")
    line: int = Field(ge=1)


class FindingRef(_Model):
    """A finding of one side, as the compliance delta lists it."""

    fingerprint: str = Field(description="The finding's fingerprint (rule, subject and what is wrong; not its line).")
    rule: str
    severity: Severity
    subject: str
    organisation: str
    message: str
    file: str
    line: int = Field(ge=1)
    column: int = Field(ge=1)


class Side(_Model):
    """One side of the comparison: what was read and the verdict of the check on it."""

    label: str = Field(description="OLD: the approved structure; NEW: the proposal.")
    paths: list[str] = Field(description="The files and folders read (REV:PATH for a git revision).")
    verdict: Literal["compliant", "non-compliant", "invalid-input"]
    exit_code: Literal[0, 1, 2] = Field(description="The exit code 'hf-rules check' gives on this side.")
    open_findings: int
    input_problems: list[str] = Field(description="Problems that made input unusable, one located line each.")


class Diff(_Model):
    """What a proposal (NEW) changes in the approved structure (OLD), and what that does to compliance."""

    tool: str = "hf-rules"
    version: str
    as_of: str = Field(description="The date both sides were checked as of (YYYY-MM-DD), with the same rule packs.")
    lang: Literal["nb", "en"]
    fail_on: Literal["error", "warning", "info", "never"]
    fail_on_new: bool = Field(description="--fail-on-new: only findings the proposal introduces fail the run.")
    rule_packs: list[str] = Field(description="Ids and versions of the rule packs (id@version).")
    old: Side
    new: Side
    changes: list[Change] = Field(description="Structural changes, by organisation, forum and kind.")
    resolved: list[FindingRef] = Field(description="Open findings of OLD that NEW no longer has.")
    introduced: list[FindingRef] = Field(description="Open findings of NEW that OLD did not have.")
    unchanged: list[FindingRef] = Field(description="Open findings of both (NEW's line).")
    exit_code: Literal[0, 1, 2] = Field(
        description="As 'check' on NEW; with --fail-on-new, 1 only for introduced findings at or above --fail-on; "
        "2 when either side is unusable."
    )
