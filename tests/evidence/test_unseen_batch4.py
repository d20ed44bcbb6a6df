"""The fourth batch of unseen layouts (``unseen_layouts4``), written after the third's fixes:
one test per kind of miss its first run showed: products named without a code, dotted ISO
dates, quantities with decimals, Australian phones and postcodes, a footer's phone under a
code column, a payment note under the last item."""

from __future__ import annotations

import datetime as dt

import pytest

from reinstate.dates import parse_date
from reinstate.evidence._parties import address
from reinstate.evidence._patterns import PHONE
from tests.evidence import unseen_invoices as unseen

SEED = 41


@pytest.fixture(scope="module")
def docs() -> dict[str, unseen.UDoc]:
    return unseen.batch_docs(SEED, 4)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory, docs: dict) -> dict:
    return unseen.batch_reports(tmp_path_factory.mktemp("batch4"), docs)


def test_fields_of_the_fourth_batch_are_read_right_at_least_95_percent(reports, docs) -> None:
    scores = unseen.field_scores(reports, docs)
    assert sum(scores) >= 0.95 * len(scores), f"{sum(scores)}/{len(scores)}"


def test_no_clean_invoice_of_the_fourth_batch_has_an_error(reports) -> None:
    for layout, report in reports.items():
        assert [f.rule for f in report.findings if f.severity == "error"] == [], layout


def test_products_named_without_a_code_are_matched_by_their_titles(reports, docs) -> None:
    items = reports["billing"].fields.items
    assert [(i.asin, i.matched_by) for i in items] == [
        (line.product.asin, "title") for line in docs["billing"].lines
    ]
    assert [i.quantity for i in items] == [line.quantity for line in docs["billing"].lines]


def test_quantities_with_decimals_in_the_quantity_column_are_units(reports, docs) -> None:
    got = [i.quantity for i in reports["sage"].fields.items]
    assert got == [line.quantity for line in docs["sage"].lines]


def test_a_footer_s_phone_under_a_code_column_and_a_payment_note_are_no_item(reports, docs) -> None:
    for layout in ("bilingual", "seller-buyer"):
        items = reports[layout].fields.items
        assert len(items) == len(docs[layout].lines), layout
        assert all("Payment" not in item.description for item in items)


def test_a_dotted_iso_date_is_read() -> None:
    assert parse_date("Date: 2026.05.13") == dt.date(2026, 5, 13)


def test_an_australian_phone_and_address_are_read() -> None:
    assert PHONE.search("Ph +61 2 5550 1934")
    lines = ["42 Dunning Avenue", "Rosebery NSW 2018, Australia", "Ph +61 2 5550 1934"]
    assert address(lines) == "42 Dunning Avenue, Rosebery NSW 2018, Australia"
