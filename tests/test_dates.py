"""One date reader, `reinstate.dates`, for notices, evidence and report columns."""

from __future__ import annotations

import datetime as dt

import pytest

from reinstate.dates import COLUMN_FORMATS, parse_date
from reinstate.evidence._patterns import parse_date as evidence_date
from reinstate.metrics._load import DATE_FORMATS
from reinstate.notice import parse_notice

NOTICE = "Date: {day}\n\nYour Amazon selling account has been deactivated.\n"


def test_a_dotted_date_is_day_first_in_notices_and_invoices_alike() -> None:
    notice = parse_notice(NOTICE.format(day="05.03.2026"))
    assert notice.received == dt.date(2026, 3, 5)
    assert evidence_date("Rechnungsdatum 05.03.2026") == dt.date(2026, 3, 5)


@pytest.mark.parametrize(
    ("marketplace", "expected"),
    [(None, dt.date(2026, 5, 3)), ("US", dt.date(2026, 5, 3)), ("UK", dt.date(2026, 3, 5))],
)
def test_the_marketplace_decides_the_order_of_a_slashed_date(marketplace, expected) -> None:
    assert parse_date("05/03/2026", marketplace) == expected
    assert evidence_date("Invoice date 05/03/2026", marketplace) == expected


def test_a_notice_from_a_day_first_marketplace_reads_its_date_day_first() -> None:
    text = NOTICE.format(day="05/03/2026") + "https://sellercentral.amazon.co.uk/help\n"
    assert parse_notice(text).received == dt.date(2026, 3, 5)


def test_the_earliest_date_in_the_text_is_the_one_read() -> None:
    assert parse_date("Invoice 03/14/2026, due 2026-04-13") == dt.date(2026, 3, 14)


def column_reading(text: str) -> dt.date:
    """What a report column holding only `text` is read as: its first format that parses."""
    for fmt in COLUMN_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise AssertionError(f"no column format reads {text}")


def test_report_columns_are_read_in_the_formats_of_the_one_date_reader() -> None:
    assert DATE_FORMATS == COLUMN_FORMATS
    assert COLUMN_FORMATS.index("%m/%d/%Y") < COLUMN_FORMATS.index("%d/%m/%Y")


@pytest.mark.parametrize("day", [dt.date(2026, 3, 14), dt.date(2026, 5, 3), dt.date(2009, 1, 2)])
@pytest.mark.parametrize("fmt", COLUMN_FORMATS)
def test_a_single_date_is_read_as_a_column_of_it_would_be(fmt: str, day: dt.date) -> None:
    written = dt.datetime(day.year, day.month, day.day, 10, 30).strftime(fmt)
    assert parse_date(written) == column_reading(written)


@pytest.mark.parametrize("text", ["SKU KIT-03-12-25", "Part 4.10.12.7", "Model A-10-12-2024"])
def test_codes_with_dashes_or_dots_are_not_dates(text: str) -> None:
    assert parse_date(text) is None
