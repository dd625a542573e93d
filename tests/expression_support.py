"""Rule packs with ``expression`` rules for the tests, written as text so every line is known."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HEADER = """apiVersion: hf-rules/v1
kind: RulePack
metadata:
  id: expr-test
  version: 1.0.0
  name: {nb: Uttrykk, en: Expressions}
  extends: [oslo]
rules:
"""


def rule_text(
    rule_id: str,
    options: dict[str, Any],
    *,
    kind: str = "forum",
    types: list[str] | None = None,
    message: tuple[str, str] | None = None,
    severity: str = "error",
) -> str:
    """One rule; each option on its own line as ``key: <JSON>`` (JSON is YAML). The message is
    ``{subject_name}``, followed by ``: {detail}`` when there is a message expression."""
    if message is None:
        text = "{subject_name}: {detail}" if "message_expression" in options else "{subject_name}"
        message = (text, text)
    selector: dict[str, Any] = {"kind": kind}
    if types:
        selector["type"] = types
    lines = [
        f"  - id: {rule_id}",
        "    title: {nb: Uttrykk, en: Expression}",
        f"    message: {{nb: {json.dumps(message[0])}, en: {json.dumps(message[1])}}}",
        "    hint: {nb: Rett det., en: Fix it.}",
        f"    severity: {severity}",
        '    source: {document: motefora-oslo, quote: "x"}',
        "    obligations: [O1]",
        f"    applies_to: {json.dumps(selector)}",
        "    check:",
        "      function: expression",
        "      options:",
    ]
    for key, value in options.items():
        lines.append(f"        {key}: {json.dumps(value, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def write_pack(folder: Path, *rules: str) -> Path:
    path = folder / "expr.yaml"
    path.write_text(HEADER + "".join(rules), encoding="utf-8")
    return path


def position(path: Path, needle: str) -> tuple[int, int]:
    """1-based (line, column) of the first occurrence of ``needle`` in ``path``."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number, line.index(needle) + 1
    raise AssertionError(f"{needle!r} is not in {path}")


def option_position(path: Path, rule_id: str, key: str) -> tuple[int, int]:
    """Where the value of option ``key`` of rule ``rule_id`` starts."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = lines.index(f"  - id: {rule_id}")
    for number in range(start, len(lines)):
        prefix = f"        {key}: "
        if lines[number].startswith(prefix):
            return number + 1, len(prefix) + 1
    raise AssertionError(f"no option {key} in rule {rule_id}")
