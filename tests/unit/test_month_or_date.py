"""A date known to the year or the month (``metadata.established``, the bounds of
``effective_from``): compared to the day when both give one, else to the month, and where either
gives only the year, to the year."""

from __future__ import annotations

import pytest

from hf_rules.core.errors import SaidValueError
from hf_rules.documents.model import month_or_date, month_or_date_before


@pytest.mark.parametrize(
    ("first", "second", "before"),
    [
        ("2021-11", "2021-12", True),
        ("2021-12", "2021-12", False),
        ("2021-12", "2021-12-15", False),  # «desember 2021» is not before 15 December: the day is unknown
        ("2021-12-15", "2021-12", False),
        ("2021-12-31", "2022-01", True),
        ("2021-12-01", "2021-12-02", True),
        ("2021-12-02", "2021-12-01", False),
        ("2020-12", "2021-01-01", True),
        ("2021", "2021-01", False),  # «oppretta frå 2021» (round 31 Møre og Romsdal): any month of 2021
        ("2021-12-31", "2021", False),
        ("2020-12-31", "2021", True),
        ("2021", "2022-01-01", True),
    ],
)
def test_before(first: str, second: str, before: bool) -> None:
    assert month_or_date_before(first, second) is before


def test_parts_and_a_day_the_calendar_lacks() -> None:
    assert month_or_date("2021") == (2021, None, None)
    assert month_or_date("2021-12") == (2021, 12, None)
    assert month_or_date("2024-02-29") == (2024, 2, 29)
    with pytest.raises(SaidValueError) as raised:
        month_or_date("2021-02-29")
    assert str(raised.value.said) == (
        "2021-02-29 is not a day of the calendar; expected a month YYYY-MM or a date YYYY-MM-DD"
    )
