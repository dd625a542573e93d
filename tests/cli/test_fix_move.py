"""``hf-rules fix`` moves a party seated as a member where the agreement makes it an observer
(Sunnaas or the ombudsman in the SSU: OSLO-SSU-OBSERVERS) from ``members`` to ``observers``,
by moving its lines: comments and every other byte kept, CRLF kept, idempotent, checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from hf_rules.edit.move import Move, apply_moves, only_moved
from tests.conftest import AS_OF, SUNNAAS_OBSERVER, edit

OMBUD_OBSERVER = "      - {party: pasient-og-brukerombudet, role: Observatør}\n"
SSU_USER = "      - {represents: bruker, role: Brukerrepresentant, person: Eva Strand}\n"
SSU_EMPLOYEE = "      - {represents: ansatt, role: Ansatterepresentant, person: Ola Vik}\n"


@pytest.fixture
def org(oslo: Path) -> Path:
    return oslo / "organisation.yaml"


def seat_sunnaas_as_member(org: Path, seat: str = "      - {party: sunnaas, role: Observatør}  # by mistake\n") -> None:
    edit(org, SUNNAAS_OBSERVER, "")
    edit(org, SSU_USER, seat + SSU_USER)


def test_a_member_that_must_observe_is_moved_with_its_comment_and_nothing_else_changes(oslo, org, hf, fixtures_oslo):
    seat_sunnaas_as_member(org)
    before = org.read_text(encoding="utf-8")
    failing = hf("check", "oslo", "--as-of", AS_OF, "--brief", "--lang", "en")
    assert failing.code == 1 and failing.out.count(" OSLO-SSU-OBSERVERS ") == 2

    run = hf("fix", "oslo", "--as-of", AS_OF, "--lang", "en")

    after = org.read_text(encoding="utf-8")
    moved = "      - {party: sunnaas, role: Observatør}  # by mistake"
    assert run.code == 0, run.both
    assert after.splitlines().index(moved) == after.splitlines().index(OMBUD_OBSERVER.rstrip("\n")) + 1
    # every other byte as in the example
    assert after == fixtures_oslo.replace(SUNNAAS_OBSERVER, "").replace(
        OMBUD_OBSERVER, OMBUD_OBSERVER + moved + "\n", 1
    )
    assert only_moved(before, after, "observers")
    at = after.splitlines().index(moved) + 1
    assert run.out.startswith(
        f"oslo/organisation.yaml:{at}: fixed OSLO-SSU-OBSERVERS: moved fora.strategisk-samarbeidsutvalg.members -> "
        "fora.strategisk-samarbeidsutvalg.observers: {party: sunnaas, role: Observatør}  # by mistake\n"
        "2 fixed in 1 file(s); 0 findings remain without a mechanical fix\n"
    )
    assert run.out.rstrip().endswith("Verdict: COMPLIANT")

    again = hf("fix", "oslo", "--as-of", AS_OF, "--lang", "en")  # idempotent
    assert again.code == 0 and again.out.startswith("nothing to fix\n")
    assert org.read_text(encoding="utf-8") == after


def test_both_sunnaas_and_the_ombudsman_are_moved_and_the_ombudsman_keeps_its_role(oslo, org, hf):
    seat_sunnaas_as_member(org, SUNNAAS_OBSERVER)
    edit(org, OMBUD_OBSERVER, "")
    edit(org, SSU_EMPLOYEE, SSU_EMPLOYEE + "      - {party: pasient-og-brukerombudet, role: Pasient- og brukerombud}\n")
    edit(org, "    observers:\n", "    observers:\n      - {represents: bruker, role: Observatør}\n")

    run = hf("fix", "oslo", "--as-of", AS_OF, "--lang", "en")

    assert run.code == 0, run.both
    lines = org.read_text(encoding="utf-8").splitlines()
    observers = lines.index("    observers:")
    assert lines[observers + 1 : observers + 4] == [
        "      - {represents: bruker, role: Observatør}",
        SUNNAAS_OBSERVER.rstrip("\n"),
        "      - {party: pasient-og-brukerombudet, role: Pasient- og brukerombud}",
    ]
    assert run.out.count(": moved fora.strategisk-samarbeidsutvalg.members -> ") == 2


def test_crlf_block_style_and_a_missing_observers_key(oslo, org, hf):
    edit(org, "    observers:\n" + SUNNAAS_OBSERVER + OMBUD_OBSERVER, "")
    edit(org, SSU_USER, "      - party: sunnaas   # block style\n        role: Observatør\n" + SSU_USER)
    edit(org, SSU_EMPLOYEE, SSU_EMPLOYEE + OMBUD_OBSERVER)
    text = org.read_text(encoding="utf-8").replace("\n", "\r\n")
    org.write_bytes(text.encode("utf-8"))

    run = hf("fix", "oslo", "--as-of", AS_OF, "--lang", "en")

    raw = org.read_bytes().decode("utf-8")
    assert run.code == 0, run.both
    assert "\n" not in raw.replace("\r\n", "")
    lines = raw.split("\r\n")
    employee = lines.index(SSU_EMPLOYEE.rstrip("\n"))
    assert lines[employee + 1 : employee + 5] == [
        "    observers:",
        "      - party: sunnaas   # block style",
        "        role: Observatør",
        OMBUD_OBSERVER.rstrip("\n"),
    ]
    assert only_moved(text, raw, "observers")


def test_dry_run_prints_the_move_as_a_diff_and_writes_nothing(oslo, org, hf):
    seat_sunnaas_as_member(org, SUNNAAS_OBSERVER)
    before = org.read_bytes()
    lines = before.decode("utf-8").splitlines()
    seat = lines.index(SUNNAAS_OBSERVER.rstrip("\n")) + 1

    run = hf("fix", "oslo", "--as-of", AS_OF, "--dry-run", "--lang", "en")

    assert run.code == 0 and org.read_bytes() == before
    assert run.out == (
        "--- a/oslo/organisation.yaml\n"
        "+++ b/oslo/organisation.yaml\n"
        f"@@ -{seat - 3},11 +{seat - 3},11 @@\n"
        "       - {party: bydel-grunerlokka, role: Bydelsdirektør, level: direktor}\n"
        "       - {party: bydel-frogner, role: Bydelsdirektør, level: direktor}\n"
        "       - {represents: fastlege, role: Fastlegerepresentant, person: Nora Lie, deputy: Jonas Bakke}\n"
        f"-{SUNNAAS_OBSERVER}"
        f" {SSU_USER}"
        f" {SSU_EMPLOYEE}"
        "     observers:\n"
        f" {OMBUD_OBSERVER}"
        f"+{SUNNAAS_OBSERVER}"
        " \n"
        "   lsu-ous:\n"
        "     name: Lokalt samarbeidsutvalg OUS\n"
    )
    removed = [line for line in run.out.splitlines() if line.startswith("-") and not line.startswith("---")]
    added = [line for line in run.out.splitlines() if line.startswith("+") and not line.startswith("+++")]
    assert removed == ["-" + SUNNAAS_OBSERVER.rstrip("\n")] and added == ["+" + SUNNAAS_OBSERVER.rstrip("\n")]
    assert "would fix OSLO-SSU-OBSERVERS: moved fora.strategisk-samarbeidsutvalg.members" in run.err


def test_a_member_that_already_observes_is_not_moved_and_its_finding_remains(oslo, org, hf):
    edit(org, SSU_USER, SUNNAAS_OBSERVER + SSU_USER)  # member as well as observer
    before = org.read_text(encoding="utf-8")

    run = hf("fix", "oslo", "--as-of", AS_OF, "--lang", "en")

    assert run.code == 1 and org.read_text(encoding="utf-8") == before
    assert "OSLO-SSU-OBSERVERS Sunnaas sykehus HF holds a member seat" in run.out


def test_a_move_that_would_empty_the_list_is_refused_with_a_reason() -> None:
    text = "fora:\n  f:\n    members:\n      - {party: a}\n    observers:\n      - {party: b}\n"
    finding = None
    move = Move("R", finding, "x.yaml", ("fora", "f"), "members", 0, "observers")  # type: ignore[arg-type]
    new, done, failed = apply_moves(text, [move])
    assert new == text and done == []
    assert [(item, why.text("en")) for item, why in failed] == [(move, "members would be left empty")]
    assert failed[0][1].text("nb") == "members ville blitt tom"


@pytest.fixture
def fixtures_oslo() -> str:
    from tests.conftest import OSLO

    return (OSLO / "organisation.yaml").read_text(encoding="utf-8")
