"""``meeting_interval`` end to end: «SSU møtes kvar 6. veke»."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli

PACK = """\
apiVersion: hf-rules/v1
kind: RulePack
metadata: {id: fonna, version: 1.0.0, name: {nb: Fonna, en: Fonna}}
sources:
  side: {title: Nettside, date: 2025-01-01, publisher: Partene}
obligations:
  - id: F1
    text: {nb: SSU møtes hver sjette uke., en: The SSU meets every six weeks.}
    source: {document: side, quote: SSU møtes kvar 6. veke.}
rules:
  - id: SSU-EVERY-SIX-WEEKS
    title: {nb: Møte hver sjette uke, en: A meeting every six weeks}
    message:
      nb: "{days} dager uten møte ({first}–{last}), høyst {max}"
      en: "{days} days without a meeting ({first}–{last}), at most {max}"
    hint: {nb: Legg inn et møte., en: Plan a meeting.}
    severity: error
    source: {document: side, quote: SSU møtes kvar 6. veke.}
    obligations: [F1]
    applies_to: {kind: meeting_plan, type: [strategisk-samarbeidsutvalg]}
    check: {function: meeting_interval, options: {max_days: 42}}
"""
ORG = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: fonna, name: Helsefellesskapet i Helse Fonna}
parties:
  fonna: {name: Helse Fonna HF, type: helseforetak, side: sykehus}
  stord: {name: Stord kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutval
    type: strategisk-samarbeidsutvalg
    members:
      - {party: fonna, role: Administrerande direktør}
      - {party: stord, role: Kommunedirektør}
"""
PLAN = """\
apiVersion: hf-rules/v1
kind: MeetingPlan
metadata: {id: ssu-h1, organisation: fonna}
forum: ssu
covers: {from: 2026-01-01, to: 2026-06-30}
meetings:
  - {date: 2026-01-20}
  - {date: 2026-03-01}
  - {date: 2026-04-10}
  - {date: 2026-05-20}
  - {date: 2026-06-25}
"""


@pytest.fixture
def fonna(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, text in {"pack.yaml": PACK, "organisation.yaml": ORG, "ssu.yaml": PLAN}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(*args: str) -> tuple[int, list[str]]:
    result = run_cli("check", "--no-config", "--rules", "pack.yaml", "--as-of", "2026-03-01", "--quiet", *args)
    return result.code, [line for line in result.out.splitlines() if line.strip()]


def test_meetings_every_six_weeks_pass(fonna: Path) -> None:
    code, out = check("organisation.yaml", "ssu.yaml")
    assert code == 0, out


def test_a_meeting_left_out_leaves_a_gap_reported_at_the_next_meeting(fonna: Path) -> None:
    (fonna / "ssu.yaml").write_text(PLAN.replace("  - {date: 2026-04-10}\n", ""), encoding="utf-8")
    code, out = check("--lang", "en", "organisation.yaml", "ssu.yaml")
    assert code == 1
    assert out[0] == (
        "ssu.yaml:9:5: error SSU-EVERY-SIX-WEEKS 79 days without a meeting (2026-03-02–2026-05-19), at most 42"
    )
