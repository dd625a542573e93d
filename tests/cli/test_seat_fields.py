"""Issue 11's seat fields with the bundled packs: a deputy written as a mapping, a seat that is a
whole body and invited observers keep the Oslo example compliant; an observer that is not
invited is asked for what the national pack asks of every GP seat."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.conftest import AS_OF, Run, edit

GP = "      - {represents: fastlege, role: Fastlegerepresentant, person: Nora Lie, deputy: Jonas Bakke}\n"
OBSERVERS = "    observers:\n      - {party: sunnaas, role: Observatør}\n      - {party: pasient-og-brukerombudet, role: Observatør}\n"


def _findings(hf: Callable[..., Run]) -> tuple[int, list[tuple[str, str, int]]]:
    run = hf("check", "--no-config", "--as-of", AS_OF, "--format", "json", "oslo")
    report = json.loads(run.out)
    return run.code, sorted((f["rule"], f["subject"], f["line"]) for f in report["findings"] if f["status"] == "open")


def test_deputy_mapping_body_seat_and_invited_observers_keep_oslo_compliant(oslo: Path, hf: Callable[..., Run]) -> None:
    before = _findings(hf)
    org = oslo / "organisation.yaml"
    edit(org, GP, GP.replace("deputy: Jonas Bakke", "deputy: {person: Jonas Bakke, side: kommune}"))
    edit(
        org,
        OBSERVERS,
        "      - {party: ous, body: Styret i Oslo universitetssykehus}\n"
        + OBSERVERS
        + "      - {represents: fastlege, role: Praksiskonsulent, invited: true}\n",
    )
    assert _findings(hf) == before
    assert before[0] == 0


def test_an_observer_gp_not_invited_is_asked_for_a_deputy(oslo: Path, hf: Callable[..., Run]) -> None:
    code, before = _findings(hf)
    edit(oslo / "organisation.yaml", OBSERVERS, OBSERVERS + "      - {represents: fastlege, role: Praksiskonsulent}\n")
    after_code, after = _findings(hf)
    assert sorted(set(after) - set(before)) == [("HF-GP-DEPUTY", "strategisk-samarbeidsutvalg", 148)]
    assert (code, after_code) == (0, 0)  # HF-GP-DEPUTY is a warning


def test_invited_on_a_member_seat_is_an_input_error(oslo: Path, hf: Callable[..., Run]) -> None:
    edit(oslo / "organisation.yaml", GP, GP.replace("deputy: Jonas Bakke", "deputy: Jonas Bakke, invited: true"))
    run = hf("check", "--no-config", "--as-of", AS_OF, "--lang", "en", "oslo")
    assert run.code == 2
    assert "organisation.yaml:142:" in run.out + run.err
    assert "`invited: true` is for an observer only" in run.out + run.err
