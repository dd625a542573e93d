"""``--format json``: the report model, as described by ``schemas/report.schema.json``."""

from __future__ import annotations

from hf_rules.report import Report


def render(report: Report) -> str:
    return report.model_dump_json(indent=2) + "\n"
