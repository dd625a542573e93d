"""The founding date of a health community, known to the month: ``metadata.established`` takes
``YYYY-MM`` or ``YYYY-MM-DD`` (anything else is a located input error), and the ``effective_from``
check reads it with ``field: established``, its bounds a month or a day, compared to the month
where either gives only the month. Shown on the Førde pack («vart etablert i desember 2021»)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run
from tests.support import ROOT

FORDE = ROOT / "fixtures" / "communities" / "forde"
ESTABLISHED = "  established: 2021-12   # «vart etablert i desember 2021»: the month, as the source gives it\n"


@pytest.fixture
def forde(tmp_path: Path) -> Path:
    """A copy of the Førde pack and example in ``tmp_path/forde`` (the working folder of ``hf``)."""
    shutil.copytree(FORDE, tmp_path / "forde")
    return tmp_path / "forde"


def _set(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def _check(hf: Callable[..., Run], lang: str = "en") -> Run:
    return hf(
        "check", "--no-config", "--lang", lang, "--brief", "--as-of", "2026-06-01",
        "--rules", "forde/pack.yaml", "forde/organisation.yaml",
    )  # fmt: skip


def test_the_example_gives_the_month_and_meets_the_rule(forde: Path, hf: Callable[..., Run]) -> None:
    assert ESTABLISHED in (forde / "organisation.yaml").read_text(encoding="utf-8")
    run = _check(hf)
    assert (run.code, run.out.splitlines()[-1]) == (0, "Verdict: COMPLIANT"), run.both


@pytest.mark.parametrize(
    ("value", "line"),
    [
        ("2021-13", "metadata.established is '2021-13'; expected a year YYYY, a month YYYY-MM or a date YYYY-MM-DD"),
        (
            "desember 2021",
            "metadata.established is 'desember 2021'; expected a year YYYY, a month YYYY-MM or a date YYYY-MM-DD",
        ),
        (
            "2021-12-1",
            "metadata.established is '2021-12-1'; expected a year YYYY, a month YYYY-MM or a date YYYY-MM-DD",
        ),
        (
            "2021",
            "metadata.established is the number 2021; write a year in quotes ('2021'), a month YYYY-MM or a date YYYY-MM-DD",
        ),
        ("2021-02-30", "invalid date '2021-02-30': day is out of range for month; expected YYYY-MM-DD"),
        (
            "'2021-02-30'",
            "metadata.established: 2021-02-30 is not a day of the calendar; expected a month YYYY-MM "
            "or a date YYYY-MM-DD",
        ),
    ],
)
def test_a_founding_date_that_is_not_a_month_or_a_day_is_a_located_error(
    forde: Path, hf: Callable[..., Run], value: str, line: str
) -> None:
    _set(forde / "organisation.yaml", ESTABLISHED, f"  established: {value}\n")
    run = _check(hf)
    assert run.code == 2, run.both
    assert run.out.splitlines()[0] == f"forde/organisation.yaml:21:16: error: {line}"


def test_a_wrong_month_in_bokmal(forde: Path, hf: Callable[..., Run]) -> None:
    _set(forde / "organisation.yaml", ESTABLISHED, "  established: 2021-13\n")
    assert _check(hf, "nb").out.splitlines()[0] == (
        "forde/organisation.yaml:21:16: error: metadata.established er '2021-13'; forventet et år ÅÅÅÅ, en måned "
        "ÅÅÅÅ-MM eller en dato ÅÅÅÅ-MM-DD"
    )


ESTABLISHED_WRONG = (
    "forde/organisation.yaml:21:16: warning FO-ESTABLISHED The organisation says the health community was "
    "established in {}; the source says December 2021"
)


@pytest.mark.parametrize(
    ("value", "first"),
    [
        ("2021-12-01", None),  # a day of the month the source gives
        ("2021-12-31", None),
        ("2022-01", ESTABLISHED_WRONG.format("2022-01")),  # after December 2021 (not_after: 2021-12)
        ("2021-11-30", ESTABLISHED_WRONG.format("2021-11-30")),  # before it (not_before: 2021-12)
        ("2021-11", ESTABLISHED_WRONG.format("2021-11")),
    ],
)
def test_established_is_compared_to_the_month(
    forde: Path, hf: Callable[..., Run], value: str, first: str | None
) -> None:
    _set(forde / "organisation.yaml", ESTABLISHED, f"  established: {value}\n")
    run = _check(hf)
    assert run.code == 0, run.both  # a warning (the text describes): compliant, with the finding
    lines = run.out.splitlines()
    assert lines[-1] == "Verdict: COMPLIANT"
    warnings = "0 warnings" if first is None else "1 warning"
    assert lines[-2] == f"1 file · 29 rules · 0 errors, {warnings}, 0 info"
    if first is not None:
        assert (lines[0], lines[1]) == (first, "")


def test_without_established_the_rule_is_met(forde: Path, hf: Callable[..., Run]) -> None:
    """``required`` is not given: an organisation that does not say when it was founded is not
    held to a month."""
    _set(forde / "organisation.yaml", ESTABLISHED, "")
    assert _check(hf).out.splitlines()[-1] == "Verdict: COMPLIANT"


@pytest.mark.parametrize(
    ("effective_from", "first"),
    [
        ("2021-12-01", None),  # not before December 2021: no day had to be guessed for the bound
        (
            "2021-11-30",
            "forde/organisation.yaml:20:19: warning FO-EFFECTIVE-FROM The structure takes effect on 2021-11-30, "
            "before the health community was established (2021-12)",
        ),
    ],
)
def test_effective_from_against_a_month(
    forde: Path, hf: Callable[..., Run], effective_from: str, first: str | None
) -> None:
    _set(forde / "organisation.yaml", "effective_from: 2024-01-01", f"effective_from: {effective_from}")
    lines = _check(hf).out.splitlines()
    assert lines[0] == first if first else lines[-1] == "Verdict: COMPLIANT"


OPTIONS = "      options: {field: established, not_before: 2021-12, not_after: 2021-12}\n"


def _options_line(pack: Path) -> int:
    return pack.read_text(encoding="utf-8").splitlines().index(OPTIONS.rstrip("\n")) + 1


@pytest.mark.parametrize(
    ("options", "column", "message"),
    [
        (
            "{field: established, not_before: 2021-13}",
            49,
            "rules[17].check.options.not_before is '2021-13'; expected a year YYYY, a month YYYY-MM or a date YYYY-MM-DD",
        ),
        (
            "{field: established, not_before: '2021-02-30'}",
            49,
            "`not_before`: 2021-02-30 is not a day of the calendar; expected a month YYYY-MM or a date YYYY-MM-DD",
        ),
        (
            "{field: established, not_before: 2022-01, not_after: 2021-12}",
            69,
            "`not_after` (2021-12) is before `not_before` (2022-01); no date can meet both",
        ),
        (
            "{field: established}",
            16,
            "rules[17].check.options needs at least one of the keys: not_before, not_after",
        ),
        (
            "{field: founded, not_before: 2021-12}",
            24,
            "rules[17].check.options.field is 'founded'; expected one of: effective_from, established",
        ),
    ],
)
def test_a_bad_bound_is_a_located_pack_error(
    forde: Path, hf: Callable[..., Run], options: str, column: int, message: str
) -> None:
    pack = forde / "pack.yaml"
    line = _options_line(pack)
    _set(pack, OPTIONS, f"      options: {options}\n")
    run = _check(hf)
    assert run.code == 2, run.both
    assert run.out.splitlines()[0] == f"forde/pack.yaml:{line}:{column}: error: rule FO-ESTABLISHED: {message}"
