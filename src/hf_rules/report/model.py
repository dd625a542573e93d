"""The report model: what one run found. The engine fills it; formatters only read it.

``--format json`` is this model dumped as JSON; ``schemas/report.schema.json`` is generated
from it.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"info": 1, "warning": 2, "error": 3}
AsOfReason = Literal["as-of", "effective-from", "today"]
Language = Literal["nb", "en"]
FailOn = Literal["error", "warning", "info", "never"]
Verdict = Literal["compliant", "non-compliant", "invalid-input"]
ExitCode = Literal[0, 1, 2]
"""Why an organisation was checked as of its date: ``--as-of``, its ``effective_from``, or today."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class SourceCitation(_Model):
    """The agreement text a finding rests on."""

    document: str = Field(description="Title of the source document.")
    date: str = Field(
        description="Date of the source document as its pack gives it (YYYY-MM-DD, a year or a span); empty for a "
        "source the pack declares `undated: true`."
    )
    quote: str = Field(description="The quoted Norwegian sentence.")


class WaiverRef(_Model):
    """The approved exception that waives a finding."""

    reason: str
    approved_by: str
    expires: str = Field(description="Last day the waiver applies (YYYY-MM-DD).")
    file: str
    line: int = Field(ge=1)


class Finding(_Model):
    """One way in which a subject does not meet a rule."""

    rule: str = Field(description="Rule id.")
    pack: str = Field(description="Id of the rule pack that defines the rule.")
    severity: Severity
    obligations: list[str] = Field(description="Obligations of the agreement the rule encodes.")
    title: str = Field(description="Title of the rule.")
    message: str = Field(description="What is wrong, about this subject.")
    hint: str = Field(description="How to comply.")
    subject: str = Field(description="Id of the forum, party, plan or organisation concerned.")
    subject_kind: Literal["organisation", "party", "forum", "meeting_plan"]
    organisation: str = Field(description="Id of the organisation the subject belongs to.")
    file: str
    line: int = Field(ge=1)
    column: int = Field(ge=1)
    path: str = Field(description="Where in the document, as a dotted path (fora.lsu-ous.members).")
    evidence: dict[str, Any] = Field(description="The facts the check looked at.")
    source: SourceCitation
    interpretation: str | None = Field(description="How the rule reads the text, where it reads more into it.")
    fingerprint: str = Field(description="Stable id of the finding: rule, subject and evidence key; not lines.")
    status: Literal["open", "waived"] = Field(description="waived: an approved, unexpired waiver covers it.")
    waiver: WaiverRef | None = Field(description="The waiver, when status is waived.")


class WaiverNotice(_Model):
    """Something to know about a waiver: it has expired, expires soon, or matches no finding."""

    kind: Literal["expired", "expiring", "unused"]
    severity: Severity
    rule: str
    subject: str
    expires: str
    file: str
    line: int = Field(ge=1)
    column: int = Field(ge=1)
    message: str


class RuleInfo(_Model):
    """A rule in force for the run: what the catalogue says of it (for SARIF, JUnit, reports)."""

    id: str
    pack: str
    severity: Severity
    obligations: list[str]
    title: str
    hint: str
    interpretation: str | None
    reading: Literal["requires", "describes", "recommends", "good-practice"] | None = Field(
        default=None, description="How the rule reads its quote (the severity policy, docs/rule-packs.md)."
    )
    changed_by: str | None = Field(
        default=None,
        description="The extending pack that defined this rule anew in place of an inherited one, and why.",
    )
    source: SourceCitation
    applies_to: str = Field(description="The kind of subject: organisation, party, forum or meeting_plan.")


class Evaluation(_Model):
    """One rule applied to one subject, and the outcome: passes are recorded as well as failures."""

    rule: str
    subject: str
    subject_kind: Literal["organisation", "party", "forum", "meeting_plan"]
    organisation: str
    outcome: Literal["passed", "failed", "waived"]
    file: str
    line: int = Field(ge=1)


class InputProblem(_Model):
    """A problem that made input unusable (exit 2)."""

    file: str
    line: int = Field(ge=0)
    column: int = Field(ge=0)
    message: str


FileStatus = Literal["compliant", "findings", "invalid", "not-checked", "ignored"]


class FileResult(_Model):
    """What became of one file the user gave (or that a given folder or the config held)."""

    path: str
    kind: str | None = Field(description="Document kind, where the file could be read.")
    id: str | None = Field(description="Document id, where the file could be read.")
    status: FileStatus
    reason: str | None = Field(description="Why the file was not checked or was ignored.")
    findings: dict[str, int] = Field(description="Findings in this file, by severity.")


class RulePackInfo(_Model):
    id: str
    version: str
    file: str


class Summary(_Model):
    files: int
    error: int
    warning: int
    info: int
    waived: int = Field(description="Findings covered by a waiver (not counted above).")
    baselined: int = Field(description="Findings left out because --baseline records them.")
    waiver_notices: int
    input_problems: int
    rules_evaluated: int


ObligationStatus = Literal["met", "violated", "waived", "not-checkable", "not-evaluated", "not-covered", "retired"]


class ObligationResult(_Model):
    """One obligation of the agreement and how the run found it (for the audit report)."""

    id: str
    text: str
    source: SourceCitation = Field(description="Where the agreement states the obligation.")
    status: ObligationStatus = Field(
        description="met: every evaluation of its rules passed; violated: one failed (an open finding); waived: "
        "failures all waived; not-checkable: the pack says no rule can check it (see reason); "
        "not-evaluated: no rule of it was applied to any subject, or the input was unusable; "
        "not-covered: no rule in force encodes it; retired: an extending pack retired it (see "
        "changed_by)."
    )
    rules: list[str] = Field(description="Ids of the rules in force that encode it.")
    unevaluated_rules: list[str] = Field(description="Rules of it that selected no subject in this workspace.")
    reason: str | None = Field(description="Why it is not machine-checkable.")
    changed_by: str | None = Field(
        default=None, description="The pack that replaced or retired the inherited obligation, and why."
    )
    passed: int = Field(description="Evaluations (rule x subject) that passed.")
    failed: int
    waived: int


class SeatInfo(_Model):
    """An observer seat: a party's or a constituency's."""

    party: str | None
    represents: str | None
    name: str = Field(description="The party's name, or the constituency.")
    side: str | None
    role: str | None
    other_roles: list[str] = Field(
        default_factory=list, description="The seat's `other_roles`: further posts of a combined post."
    )


class DeclaredRelation(_Model):
    """A relation a forum names under `relations` (a relation word of the packs' vocabulary)."""

    relation: str = Field(description="The relation word (utovende-organ-for, etablert-av, …).")
    label: dict[str, str] = Field(description="How it is said: {nb, en}.")
    targets: list[str] = Field(description="The ids it points to: fora, parties or `secretariat`.")
    target_names: list[str] = Field(description="Their names, in the same order.")


class SecretariatInfo(_Model):
    """A secretariat (a forum's or the health community's): who runs it and how many seats it has."""

    name: str | None
    run_by: list[str] = Field(description="The names of the parties that run it (its `run_by`), in order.")
    seats: int = Field(ge=0, description="How many seats (`members`, the daily function) it has.")
    responsible: int = Field(
        default=0, ge=0, description="How many seats with overall responsibility (`responsible`) it has."
    )
    serves: list[str] = Field(description="Ids of the fora its `serves` names (a forum's own is not repeated).")
    reports_to: list[str] = Field(default_factory=list, description="Ids of the fora its `reports_to` names.")
    relations: list[DeclaredRelation] = Field(
        default_factory=list, description="The relations it names under `relations`, in the order written."
    )
    line: int = Field(ge=1)


class ForumInfo(_Model):
    """A forum as the organisation document describes it."""

    id: str
    name: str
    type: str
    kinds: list[str] = Field(
        default_factory=list,
        description="The forum types its type is a kind of (a pack's `vocabulary.forum_types` `kind_of`), sorted.",
    )
    sector: str | None
    sector_name: str | None
    meetings_per_year: int | str | None = Field(
        description="What the forum declares: a number, or a range as text (`5–6`); null when it declares none."
    )
    chair_rotation: list[str]
    gives_assignments_to: list[str]
    gives_input_to: list[str]
    supports: list[str] = Field(default_factory=list, description="Ids of the fora whose work it supports.")
    sub_committee_of: list[str] = Field(
        default_factory=list, description="Ids of the fora it is a sub-committee of (one or several)."
    )
    follows_up: list[str] = Field(
        default_factory=list, description="Ids of the sub-agreements (or other parts of the agreement) it follows up."
    )
    relations: list[DeclaredRelation] = Field(
        default_factory=list, description="The relations it names under `relations`, in the order written."
    )
    escalation: list[str] = Field(
        default_factory=list, description="Ids of the fora a disagreement goes to, in order (`escalation`)."
    )
    members_by_side: dict[str, int] = Field(description="Party member seats by side (kommune, sykehus, uavhengig).")
    members_by_constituency: dict[str, int] = Field(description="Constituency seats (fastlege, bruker, ansatt).")
    members_without_vote: int = Field(
        default=0,
        description="Of the member seats counted above, those without a vote (`voting: false`: møte- og talerett).",
    )
    observers: list[SeatInfo]
    combined_posts: list[str] = Field(
        default_factory=list,
        description="Seats (members, then observers) whose holder has further posts in them (`other_roles`): "
        "`party: role + other role`, in document order.",
    )
    file: str
    line: int = Field(ge=1)
    findings: int = Field(description="Open findings about the forum, its seats or its meeting plans.")
    waived: int
    secretariat: SecretariatInfo | None = Field(
        default=None, description="The forum's own secretariat, where it has one (not a forum)."
    )


class OrganisationInfo(_Model):
    id: str
    name: str
    file: str
    as_of: str = Field(
        description="The date the organisation and its meeting plans were evaluated as of: the rules "
        "and option values in force then (YYYY-MM-DD). Waivers expire relative to "
        "report.as_of, not to this date."
    )
    as_of_reason: AsOfReason = Field(
        description="Why that date: as-of: given with --as-of (or a pack test's as_of); effective-from: the "
        "organisation's metadata.effective_from; today: it has none, so the run's date (report.as_of)."
    )
    fora: list[ForumInfo]
    secretariat: SecretariatInfo | None = Field(
        default=None, description="The health community's joint secretariat, where it has one (not a forum)."
    )


class ChairInfo(_Model):
    start: str = Field(description="First day (YYYY-MM-DD).")
    end: str = Field(description="Last day (YYYY-MM-DD).")
    party: str
    party_name: str
    side: str | None
    deputy: str | None
    line: int = Field(ge=1)
    findings: int = Field(description="Open findings that point at this period.")


class PlanInfo(_Model):
    id: str
    name: str
    organisation: str
    forum: str
    forum_name: str
    chair_rotation: list[str]
    chairs: list[ChairInfo]
    meetings: list[str] = Field(description="Meeting dates (YYYY-MM-DD).")
    meeting_times: list[str] = Field(
        default_factory=list,
        description="Each meeting's time of day, in the order of `meetings`: HH:MM–HH:MM, HH:MM (a start "
        "only), or empty where the plan gives none.",
    )
    file: str
    line: int = Field(ge=1)
    findings: int


class Structure(_Model):
    """The fora, their relations and seats, and the chair periods of the meeting plans (valid documents only)."""

    organisations: list[OrganisationInfo]
    meeting_plans: list[PlanInfo]


class FileHash(_Model):
    path: str
    sha256: str | None = Field(description="SHA-256 of the file's bytes; null when it could not be read.")
    bytes: int | None


class PackHash(_Model):
    id: str
    version: str
    file: str
    bundled: bool = Field(description="One of the packs shipped with hf-rules (named by id to reproduce).")
    sha256: str | None


class Provenance(_Model):
    """What is needed to reproduce the verdict."""

    tool: str
    version: str
    python: str
    as_of: str
    lang: str
    fail_on: str
    generated_at: str = Field(description="When the report was made (UTC, ISO 8601).")
    redacted: bool = Field(description="Whether names of persons were replaced by their seat's role (--redact).")
    max_file_size: int = Field(
        default=5 * 1024 * 1024,
        description="The file size limit in force, in bytes (--max-file-size, or the "
        "config's limits.max_file_size; default 5 MiB).",
    )
    inputs: list[FileHash]
    rule_packs: list[PackHash]


class Report(_Model):
    """The result of ``hf-rules check``."""

    tool: str = "hf-rules"
    version: str
    as_of: str = Field(
        description="The run's date (YYYY-MM-DD): --as-of when given, else today (or --today). "
        "Waivers expire relative to it. Each organisation's evaluation date is "
        "structure.organisations[].as_of."
    )
    as_of_reason: Literal["as-of", "today"] = Field(
        description="as-of: --as-of was given and every organisation was evaluated as of it; today: each "
        "organisation was evaluated as of its effective_from, or as of this date without one."
    )
    lang: Language
    fail_on: FailOn
    rule_packs: list[RulePackInfo]
    rules: list[RuleInfo] = Field(description="The rules in force for the run.")
    evaluations: list[Evaluation] = Field(description="Every rule applied to every subject it selects.")
    files: list[FileResult]
    findings: list[Finding]
    waiver_notices: list[WaiverNotice]
    input_problems: list[InputProblem]
    summary: Summary
    obligations: list[ObligationResult] = Field(description="Each obligation of the agreement and its status.")
    structure: Structure
    provenance: Provenance
    verdict: Verdict
    exit_code: ExitCode
