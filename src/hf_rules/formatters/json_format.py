"""``--format json``: the report model, as described by ``schemas/report.schema.json``."""

from __future__ import annotations

import json

from pydantic_core import PydanticSerializationError

from hf_rules.report.model import Report


def render(report: Report) -> str:
    try:
        return report.model_dump_json(indent=2) + "\n"
    except PydanticSerializationError:
        # A file name that is not UTF-8 (os.fsdecode gives a lone surrogate, U+DC80-U+DCFF):
        # written as the JSON escape \udcXX, which every JSON reader takes back.
        text = json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False)
        return text.encode("utf-8", "backslashreplace").decode("utf-8") + "\n"
