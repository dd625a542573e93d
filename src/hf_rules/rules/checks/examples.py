"""Running a check's documented examples (``EXAMPLES``): the documentation is proven by the tests.

An example is a small organisation in YAML, optionally a meeting plan, and the rule's options;
it is validated and resolved as a real document would be, the options are validated against
the check's schema and given their defaults, and the check is applied to the example's subject.
"""

from __future__ import annotations

from typing import Any, cast

from hf_rules.documents.entries import OrgEntry, PlanEntry, SourceFile
from hf_rules.documents.model import MeetingPlan, Organisation
from hf_rules.documents.references import check_organisation, check_plan
from hf_rules.documents.validate import InputErrors, build_model, schema_errors
from hf_rules.rules.checks.base import CheckModule, Example, Subject, SubjectKind, Violation, with_defaults
from hf_rules.yaml.loader import load_yaml_bytes

ORGANISATION_HEAD = "apiVersion: hf-rules/v1\nkind: Organisation\n"
PLAN_HEAD = "apiVersion: hf-rules/v1\nkind: MeetingPlan\nmetadata: {id: plan, organisation: example}\n"


def plan_head(plan_id: str) -> str:
    """The head of an example's meeting plan with this id (``plan``: :data:`PLAN_HEAD`)."""
    return PLAN_HEAD.replace("{id: plan,", f"{{id: {plan_id},")


def organisation_text(example: Example) -> str:
    head = ORGANISATION_HEAD
    if not example.document.lstrip().startswith("metadata:"):
        head += "metadata: {id: example, name: Example}\n"
    return head + example.document


def _source(text: str, name: str, model: type[Organisation] | type[MeetingPlan]) -> SourceFile:
    doc = load_yaml_bytes(text.encode("utf-8"), name)
    source = SourceFile(path=name, explicit=True, doc=doc)
    source.model = build_model(model, doc)  # type: ignore[assignment]
    return source


def _plan(org: OrgEntry, plan_id: str, body: str) -> PlanEntry:
    """An example's meeting plan, validated and resolved, added to ``org``'s plans."""
    source = _source(plan_head(plan_id) + body, f"{plan_id}.yaml", MeetingPlan)
    model = source.model
    assert isinstance(model, MeetingPlan)
    check_plan(source, model, org)
    if source.problems:
        raise InputErrors(source.problems)
    entry = PlanEntry(source, model, org)
    org.plans.append(entry)
    return entry


def subject_of(module: CheckModule, example: Example) -> Subject:
    """The subject an example's rule is applied to, from its documents (which must be valid)."""
    org_source = _source(organisation_text(example), "example.yaml", Organisation)
    org_model = org_source.model
    assert isinstance(org_model, Organisation)
    check_organisation(org_source, org_model)
    if org_source.problems:
        raise InputErrors(org_source.problems)
    org = OrgEntry(org_source, org_model)
    kind: SubjectKind = example.kind or cast(SubjectKind, sorted(module.SUBJECTS)[0])
    day = example.as_of
    entry: PlanEntry | None = None
    if example.plan is not None:  # a meeting plan check's subject, or a forum's plan a check reads
        entry = _plan(org, "plan", example.plan)
    for plan_id, body in example.other_plans:  # other fora's plans, checked together with it
        _plan(org, plan_id, body)
    if kind == "meeting_plan":
        assert entry is not None, "a meeting plan example needs a plan"
        return Subject("meeting_plan", "plan", entry.body_name, org, entry.doc, (), plan=entry, as_of=day)
    if kind == "organisation":
        return Subject("organisation", org.id, org_model.metadata.name, org, org.doc, (), as_of=day)
    if kind == "party":
        pid = example.subject or next(iter(org_model.parties))
        party = org_model.parties[pid]
        return Subject("party", pid, party.name, org, org.doc, ("parties", pid), party=party, as_of=day)
    fid = example.subject or next(iter(org_model.fora))
    forum = org_model.fora[fid]
    return Subject("forum", fid, forum.name, org, org.doc, ("fora", fid), forum=forum, as_of=day)


def run_example(module: CheckModule, example: Example) -> list[Violation]:
    """The violations the example's rule gives (its options must be valid for the check)."""
    problems = schema_errors(example.options, module.OPTIONS, load_yaml_bytes(b"{}", "options"))
    if problems:
        raise InputErrors(problems)
    options: dict[str, Any] = with_defaults(module.OPTIONS, example.options)
    return list(module.check(subject_of(module, example), options))
