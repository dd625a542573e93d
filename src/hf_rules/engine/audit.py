"""The sections of the report model that the audit shows beyond findings: the outcome of each
obligation, the structure of each organisation, and the provenance of the verdict. Called by
:func:`hf_rules.engine.evaluate.build_report`; the read-only helpers the audit's formatters use
over a finished report are in :mod:`hf_rules.report.queries`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import platform
import stat

from hf_rules import __version__
from hf_rules.core.resources import bundled_dir
from hf_rules.documents.entries import OrgEntry, Workspace
from hf_rules.documents.model import Secretariat
from hf_rules.engine.compare import time_text
from hf_rules.report.model import (
    AsOfReason,
    ChairInfo,
    DeclaredRelation,
    Evaluation,
    FileHash,
    Finding,
    ForumInfo,
    ObligationResult,
    ObligationStatus,
    OrganisationInfo,
    PackHash,
    PlanInfo,
    Provenance,
    RuleInfo,
    SeatInfo,
    SecretariatInfo,
    SourceCitation,
    Structure,
)
from hf_rules.rules.coverage import changed_text, coverage_rows
from hf_rules.rules.pack import PackSet
from hf_rules.yaml.loader import Path_

SIDES = ("kommune", "sykehus", "uavhengig")
CONSTITUENCIES = ("fastlege", "bruker", "ansatt")


def obligation_results(
    packs: PackSet, rules: list[RuleInfo], evaluations: list[Evaluation], *, invalid: bool, lang: str
) -> list[ObligationResult]:
    """Each obligation of the catalogue (``coverage_rows``) with the outcome of its rules in force."""
    in_force = {r.id for r in rules}
    by_rule: dict[str, list[Evaluation]] = {}
    for evaluation in evaluations:
        by_rule.setdefault(evaluation.rule, []).append(evaluation)
    results = []
    for row in coverage_rows(packs, lang):
        oid = row["obligation"]
        rule_ids = [r for r in row["rules"] if r in in_force]
        evals = [e for r in rule_ids for e in by_rule.get(r, [])]
        counts = {o: sum(1 for e in evals if e.outcome == o) for o in ("passed", "failed", "waived")}
        status: ObligationStatus
        if row["status"] == "retired":
            status = "retired"
        elif not rule_ids:
            status = "not-checkable" if row["reason"] else "not-covered"
        elif counts["failed"]:
            status = "violated"
        elif invalid or not evals:
            status = "not-evaluated"
        elif counts["waived"]:
            status = "waived"
        else:
            status = "met"
        quote = (packs.obligations[oid] if oid in packs.obligations else packs.retired_obligations[oid][2]).source
        source_doc = packs.sources.get(quote.document)
        results.append(
            ObligationResult.model_construct(
                id=oid,
                text=row["text"],
                source=SourceCitation.model_construct(
                    document=source_doc.title if source_doc else quote.document,
                    date=(source_doc.date or "") if source_doc else "",
                    quote=quote.quote,
                ),
                status=status,
                rules=rule_ids,
                unevaluated_rules=[r for r in rule_ids if r not in by_rule],
                reason=row["reason"],
                changed_by=changed_text(row, lang) if row["changed_by"] else None,
                passed=counts["passed"],
                failed=counts["failed"],
                waived=counts["waived"],
            )
        )
    return results


def _forum_of(finding: Finding, plan_forum: dict[tuple[str, str], str]) -> str | None:
    """The forum a finding is about: its subject, the forum of its plan, or the forum its path is in."""
    if finding.subject_kind == "forum":
        return finding.subject
    if finding.subject_kind == "meeting_plan":
        return plan_forum.get((finding.organisation, finding.subject))
    if finding.subject_kind == "organisation" and finding.path.startswith("fora."):
        return finding.path.split(".", 2)[1].split("[", 1)[0]
    return None


def structure_of(
    workspace: Workspace,
    findings: list[Finding],
    dates: dict[str, tuple[dt.date, AsOfReason]],
    *,
    meeting_plans: bool = True,
) -> Structure:
    """The fora (relations, seats by side and constituency, observers) and the plans' chair periods;
    ``dates`` gives each organisation's evaluation date and why (:func:`hf_rules.engine.evaluate.evaluation_dates`)."""
    plan_forum = {(p.org.id, p.model.metadata.id): p.model.forum for p in workspace.plans if p.model.forum}
    counts: dict[tuple[str, str], dict[str, int]] = {}
    for finding in findings:
        forum_id = _forum_of(finding, plan_forum)
        if forum_id is not None:
            tally = counts.setdefault((finding.organisation, forum_id), {"open": 0, "waived": 0})
            tally[finding.status] += 1
    organisations = [_organisation_info(org, counts, dates[org.id]) for org in workspace.organisations.values()]
    by_plan: dict[tuple[str, str], list[Finding]] = {}
    for finding in findings:
        if finding.status == "open" and finding.subject_kind == "meeting_plan":
            by_plan.setdefault((finding.organisation, finding.subject), []).append(finding)
    plans = []
    for plan in workspace.plans if meeting_plans else ():
        model, org = plan.model, plan.org
        plan_findings = by_plan.get((org.id, model.metadata.id), [])
        chairs = [
            ChairInfo.model_construct(
                start=c.from_.isoformat(),
                end=c.to.isoformat(),
                party=c.party,
                party_name=org.party_name(c.party),
                side=org.side_of(c.party),
                deputy=c.deputy,
                line=max(plan.doc.location(("chairs", i)).line, 1),
                findings=sum(
                    1 for f in plan_findings if f.path == f"chairs[{i}]" or f.path.startswith(f"chairs[{i}].")
                ),
            )
            for i, c in enumerate(model.chairs)
        ]
        forum = plan.forum
        plans.append(
            PlanInfo.model_construct(
                id=model.metadata.id,
                name=model.metadata.name or plan.body_name,
                organisation=org.id,
                forum=model.body[1],  # a secretariat's plan: the secretariat as the plan names it
                forum_name=plan.body_name,
                chair_rotation=list(forum.chair_rotation or []) if forum is not None else [],
                chairs=chairs,
                meetings=[m.date.isoformat() for m in model.meetings],
                meeting_times=[time_text(m) for m in model.meetings],
                file=plan.file.path,
                line=max(plan.doc.location(("chairs",) if model.chairs else (model.body[0],), key=True).line, 1),
                findings=len(plan_findings),
            )
        )
    return Structure.model_construct(organisations=organisations, meeting_plans=plans)


def _organisation_info(
    org: OrgEntry, counts: dict[tuple[str, str], dict[str, int]], date: tuple[dt.date, AsOfReason]
) -> OrganisationInfo:
    fora = []
    for fid, forum in org.model.fora.items():
        by_side = dict.fromkeys(SIDES, 0)
        by_constituency = dict.fromkeys(CONSTITUENCIES, 0)
        for seat in forum.members:
            if seat.represents is not None:
                by_constituency[seat.represents] = by_constituency.get(seat.represents, 0) + 1
            else:
                side = org.side_of(seat.party) or "uavhengig"
                by_side[side] = by_side.get(side, 0) + 1
        observers = [
            SeatInfo.model_construct(
                party=seat.party,
                represents=seat.represents,
                name=org.party_name(seat.party) if seat.party else str(seat.represents),
                side=org.side_of(seat.party),
                role=seat.role,
                other_roles=list(seat.other_roles),
            )
            for seat in forum.observers
        ]
        combined = [
            f"{org.party_name(seat.party) if seat.party else seat.represents}: {' + '.join([seat.role or '', *seat.other_roles])}"
            for seat in forum.members + forum.observers
            if seat.other_roles
        ]
        tally = counts.get((org.id, fid), {"open": 0, "waived": 0})
        fora.append(
            ForumInfo.model_construct(
                id=fid,
                name=forum.name,
                type=forum.type,
                kinds=sorted(org.forum_kinds.get(forum.type, ())),
                sector=forum.sector,
                sector_name=org.party_name(forum.sector) if forum.sector else None,
                meetings_per_year=(
                    forum.meetings_per_year
                    if forum.meetings_per_year is None or isinstance(forum.meetings_per_year, int)
                    else str(forum.meetings_per_year)
                ),
                chair_rotation=list(forum.chair_rotation or []),
                gives_assignments_to=list(forum.gives_assignments_to),
                gives_input_to=list(forum.gives_input_to),
                supports=list(forum.supports),
                sub_committee_of=list(forum.sub_committee_of),
                follows_up=list(forum.follows_up),
                escalation=list(forum.escalation),
                relations=declared_relations(org, forum.relations),
                members_by_side=by_side,
                members_by_constituency=by_constituency,
                members_without_vote=sum(1 for seat in forum.members if seat.voting is False),
                observers=observers,
                combined_posts=combined,
                file=org.file.path,
                line=max(org.doc.location(("fora", fid), key=True).line, 1),
                findings=tally["open"],
                waived=tally["waived"],
                secretariat=_secretariat_info(org, forum.secretariat, ("fora", fid, "secretariat")),
            )
        )
    as_of, reason = date
    return OrganisationInfo.model_construct(
        id=org.id,
        name=org.model.metadata.name,
        file=org.file.path,
        as_of=as_of.isoformat(),
        as_of_reason=reason,
        fora=fora,
        secretariat=_secretariat_info(org, org.model.secretariat, ("secretariat",)),
    )


HASH_MAX_BYTES = 64 * 1024 * 1024
"""A file the run did not read (refused, say) is hashed for the provenance only up to this size."""


def file_sha256(path: str) -> tuple[str | None, int | None]:
    """SHA-256 and size of a regular file; ``(None, None)`` when it cannot be read (or is not a
    regular file: a pipe or device given as input is never read twice)."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            return None, None
        if info.st_size > HASH_MAX_BYTES:  # a refused 50 GB (sparse) file is not read to hash it
            return None, info.st_size
        # O_NONBLOCK: a FIFO swapped in after the stat never blocks the open.
        with os.fdopen(os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY), "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return None, None
            digest = hashlib.sha256()
            size = 0
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
                size += len(block)
    except (OSError, ValueError):
        return None, None
    return digest.hexdigest(), size


def _generated_at() -> str:
    """Now (UTC), or ``SOURCE_DATE_EPOCH`` when set, for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    now = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch.isdigit() else dt.datetime.now(dt.UTC)
    return now.strftime("%Y-%m-%dT%H:%M:%SZ")


def provenance_of(workspace: Workspace, packs: PackSet, *, as_of: dt.date, lang: str, fail_on: str) -> Provenance:
    """Hashes of every input and rule-pack file, versions and settings: enough to reproduce the verdict."""
    inputs = []
    sha: str | None
    size: int | None
    for source in workspace.files:
        if source.doc is not None and source.doc.sha256 is not None:
            sha, size = source.doc.sha256, source.doc.size  # hashed as read
        else:
            sha, size = file_sha256(source.path)
        inputs.append(FileHash.model_construct(path=source.path, sha256=sha, bytes=size))
    bundled = os.path.realpath(bundled_dir("rules"))
    pack_hashes = []
    for pack, path in packs.packs:
        sha, _ = file_sha256(path)
        pack_hashes.append(
            PackHash.model_construct(
                id=pack.metadata.id,
                version=pack.metadata.version,
                file=path,
                bundled=os.path.dirname(os.path.realpath(path)) == bundled,
                sha256=sha,
            )
        )
    return Provenance.model_construct(
        tool="hf-rules",
        version=__version__,
        python=platform.python_version(),
        as_of=as_of.isoformat(),
        lang=lang,
        fail_on=fail_on,
        generated_at=_generated_at(),
        redacted=False,
        inputs=inputs,
        rule_packs=pack_hashes,
    )


def declared_relations(org: OrgEntry, relations: dict[str, list[str]]) -> list[DeclaredRelation]:
    """What a forum or secretariat names under ``relations``, each said by its word's label."""
    return [
        DeclaredRelation.model_construct(
            relation=word_id,
            label=dict(org.relation_kinds[word_id].label)
            if word_id in org.relation_kinds
            else {"nb": word_id, "en": word_id},
            targets=list(targets),
            target_names=[org.body_name(t) for t in targets],
        )
        for word_id, targets in relations.items()
    ]


def _secretariat_info(org: OrgEntry, secretariat: Secretariat | None, path: Path_) -> SecretariatInfo | None:
    if secretariat is None:
        return None
    return SecretariatInfo.model_construct(
        name=secretariat.name,
        run_by=[org.party_name(pid) for pid in secretariat.run_by],
        seats=len(secretariat.members),
        responsible=len(secretariat.responsible),
        serves=list(secretariat.serves),
        reports_to=list(secretariat.reports_to),
        relations=declared_relations(org, secretariat.relations),
        line=max(org.doc.location(path, key=True).line, 1),
    )
