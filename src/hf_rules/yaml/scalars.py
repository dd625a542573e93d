"""What a YAML scalar means, and the bounds every read keeps: shared by the two ways in,
:mod:`hf_rules.yaml.loader` (pure Python, every message) and :mod:`hf_rules.yaml.fast_loader`
(the C parser's events)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from hf_rules.core.i18n import Message

Path_ = tuple[str | int, ...]

_CORE = "tag:yaml.org,2002:"
_KINDS = {kind: Message(f"yaml-kind-{kind}") for kind in ("str", "int", "float", "bool", "null", "timestamp")}
_EXPECTED = {kind: Message(f"yaml-expected-{kind}") for kind in ("int", "float", "bool", "null")}
_INT = re.compile(r"[-+]?(?:0b[01]+|0o[0-7]+|0x[0-9a-fA-F]+|[0-9]+)")
_FLOAT = re.compile(r"[-+]?(?:\.inf|\.nan|(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:e[-+]?[0-9]+)?)")
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DATETIME = re.compile(
    r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[Tt]|[ \t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})"
    r"(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+]([0-9]{1,2})(?::([0-9]{2}))?))?"
)
_MAX_DIGITS = 100
_SURROGATE = re.compile("[\ud800-\udfff]")
"""A UTF-16 surrogate: only a double-quoted escape (``"\\ud800"``) makes one, and UTF-8 cannot
hold it, so no output could show the value."""
_MAX_DIRECTIVES = 100
"""Directives (``%YAML``, ``%TAG``, reserved ``%NAME`` lines) a file may hold; hf-rules documents
need none. Without a bound, 5 MB of them takes seconds (libyaml compares each ``%TAG`` with every
earlier one)."""


def _depth(limit: int) -> Message:
    """Nesting over ``limit``."""
    return Message("yaml-too-deep", limit=limit)


def _nodes(limit: int, alias: bool) -> Message:
    """More than ``limit`` nodes (counting what aliases repeat, if ``alias``)."""
    return Message("yaml-too-many-nodes", limit=limit, why=Message("yaml-alias-expansion") if alias else "")


@dataclass(frozen=True)
class Limits:
    """Resource limits that keep hostile or broken input from exhausting time or memory."""

    max_bytes: int = 5 * 1024 * 1024  # file size
    max_depth: int = 64  # nesting depth of mappings/sequences
    max_nodes: int = 200_000  # nodes after alias expansion (billion-laughs guard)


_DATE_PROBLEMS = {  # what datetime says is wrong with a date
    "day is out of range for month": "yaml-date-day",
    "month must be in 1..12": "yaml-date-month",
    "hour must be in 0..23": "yaml-date-hour",
    "minute must be in 0..59": "yaml-date-minute",
    "second must be in 0..59": "yaml-date-second",
}
_YEAR_PROBLEM = re.compile(r"year (-?\d+) is out of range")


def _date_problem(error: ValueError) -> Message | str:
    """What ``datetime`` refused, said from the catalogue where its words are known."""
    text = str(error)
    if text in _DATE_PROBLEMS:
        return Message(_DATE_PROBLEMS[text])
    if match := _YEAR_PROBLEM.fullmatch(text):
        return Message("yaml-date-year", year=match.group(1))
    return text


def _timestamp_problem(text: str) -> Message | str | None:
    """Why ``text`` is not a real calendar date or date-time; None when it is one."""
    try:
        if match := _DATE.fullmatch(text):
            dt.date(*map(int, match.groups()))
            return None
        if not (match := _DATETIME.fullmatch(text)):
            return Message("yaml-date-not-a-date")
        year, month, day, hour, minute, second = map(int, match.groups()[:6])
        dt.datetime(year, month, day, hour, minute, second)
        tz_hours, tz_minutes = (int(part or 0) for part in match.groups()[6:])
        return None if tz_hours < 24 and tz_minutes < 60 else Message("yaml-date-zone")
    except ValueError as exc:
        return _date_problem(exc)


class _Problem(Exception):
    """A scalar that is not what its tag says; the caller adds the location."""

    def __init__(self, said: Message) -> None:
        super().__init__(str(said))
        self.said = said


def _value(kind: str, text: str) -> Any:
    """The plain value of a scalar resolved (or tagged) as ``kind``: a core-schema tag suffix."""
    if kind in ("str", "value", "merge"):  # a plain "=" or "<<" value is just text
        return text
    if kind == "null" and text in ("", "~", "null", "Null", "NULL"):
        return None
    if kind == "bool" and text in ("true", "True", "TRUE", "false", "False", "FALSE"):
        return text.lower() == "true"
    if kind == "timestamp":
        if (problem := _timestamp_problem(text)) is None:
            return text  # kept as written, e.g. "2025-01-01"
        form = Message("yaml-date-form" if _DATE.fullmatch(text) else "yaml-datetime-form")
        raise _Problem(Message("yaml-invalid-date", text=text, problem=problem, form=form))
    digits = text.replace("_", "")
    if kind == "int" and _INT.fullmatch(digits):
        if len(digits) > _MAX_DIGITS:  # no count or date needs it; JSON and str() refuse more
            raise _Problem(Message("yaml-long-number", text=text[:20], digits=len(digits), limit=_MAX_DIGITS))
        sign, body = (-1, digits[1:]) if digits[0] == "-" else (1, digits.lstrip("+"))
        try:
            return sign * int(body, 0 if body[:2] in ("0b", "0o", "0x") else 10)
        except ValueError:  # more digits than Python converts
            raise _Problem(Message("yaml-long-number-short", text=text[:20], digits=len(digits))) from None
    if kind == "float" and _FLOAT.fullmatch(lowered := digits.lower()):
        return float(lowered.replace(".inf", "inf").replace(".nan", "nan"))
    raise _Problem(Message("yaml-not-kind", text=text, kind=_KINDS[kind], expected=_EXPECTED[kind]))
