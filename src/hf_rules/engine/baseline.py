"""Baselines: the findings a repository already carries, so that a check reports only new ones.

``hf-rules check --write-baseline FILE`` records the open findings' fingerprints; ``--baseline
FILE`` leaves those out. A fingerprint is built from the rule, the organisation, the subject
and a stable key of the evidence (``engine.fingerprint``), never from line numbers, so editing
or reordering a document does not bring recorded findings back; fixing one and breaking it
again in another way does.

The file is JSON (sorted, one entry per finding, with rule, subject and message for a reader),
so it diffs well in review.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from hf_rules import __version__
from hf_rules.core.errors import InputError, Location
from hf_rules.core.files import read_text_regular, write_text_atomic
from hf_rules.core.i18n import Message
from hf_rules.report.model import Finding

FORMAT = "hf-rules-baseline/v1"
MAX_BYTES = 64 * 1024 * 1024
"""The largest baseline read (a million findings take about 200 MB; 64 MiB is some 300 000)."""
MAX_INT_DIGITS = 20


class _Unbounded(ValueError):
    """A number a baseline never holds."""

    def __init__(self, said: Message) -> None:
        super().__init__(str(said))
        self.said = said


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _Unbounded(Message("baseline-big-int", digits=len(text), limit=MAX_INT_DIGITS))
    return int(text)


def _no_constant(text: str) -> Any:
    raise _Unbounded(Message("baseline-constant", value=text))


def write_baseline(path: str, findings: list[Finding], inputs: Iterable[str] = ()) -> int:
    """Write the open findings to ``path`` atomically (never over one of ``inputs``: raises
    :class:`~hf_rules.core.files.WriteRefused`); returns how many were recorded."""
    entries = sorted(
        (
            {
                "fingerprint": f.fingerprint,
                "rule": f.rule,
                "subject": f.subject,
                "organisation": f.organisation,
                "message": f.message,
            }
            for f in findings
            if f.status == "open"
        ),
        key=lambda e: (e["rule"], e["organisation"], e["subject"], e["fingerprint"]),
    )
    unique = list({e["fingerprint"]: e for e in entries}.values())
    text = (
        json.dumps({"format": FORMAT, "tool_version": __version__, "findings": unique}, indent=2, ensure_ascii=False)
        + "\n"
    )
    write_text_atomic(path, text, inputs=inputs, what="baseline")
    return len(unique)


def read_baseline(path: str) -> set[str]:
    """The fingerprints recorded in a baseline file (problems are located input errors)."""
    text = read_text_regular(
        path, max_bytes=MAX_BYTES, what="the baseline"
    )  # a regular file within the limit, never blocking
    try:
        data: Any = json.loads(text, parse_int=_bounded_int, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise InputError(
            Location(path, error.lineno, error.colno),
            Message("baseline-not-json", problem=error.msg),
        ) from None
    except _Unbounded as error:
        raise InputError(Location(path, 1, 1), Message("baseline-not-ours", problem=error.said)) from None
    except RecursionError:
        raise InputError(
            Location(path, 1, 1), Message("baseline-not-ours", problem=Message("baseline-too-deep"))
        ) from None
    entries = data.get("findings") if isinstance(data, dict) else None
    if (
        not isinstance(data, dict)
        or data.get("format") != FORMAT
        or not isinstance(entries, list)
        or not all(isinstance(e, dict) and isinstance(e.get("fingerprint"), str) for e in entries)
    ):
        raise InputError(
            Location(path, 1, 1),
            Message("baseline-shape", format=FORMAT),
        )
    return {e["fingerprint"] for e in entries}
