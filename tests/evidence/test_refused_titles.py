"""A refused document type is named by its title, with or without the document's own number
after it, in English or the supplier's language; an invoice that names its estimate or order
as a reference is still an invoice."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from reinstate.evidence import check_file
from reinstate.evidence._refused import is_title

from .test_kind_titles import pdf_of


@pytest.mark.parametrize(
    ("cell", "phrase"),
    [
        ("packing slip for #w1216", "packing slip"),
        ("estimate", "estimate"),
        ("quotation no. q-2026-118", "quotation"),
        ("angebot nr 4471", "angebot"),
        ("pro forma invoice", "pro forma"),
    ],
)
def test_a_type_named_with_its_own_number_is_the_documents_title(cell: str, phrase: str) -> None:
    assert is_title(cell, phrase)


@pytest.mark.parametrize(
    ("cell", "phrase"),
    [
        ("payment due on receipt", "receipt"),
        ("purchase order: po-1182 dated 3 march 2026", "purchase order"),
        ("estimate accepted by the buyer on 2 june 2026", "estimate"),
    ],
)
def test_a_type_named_inside_a_sentence_or_a_reference_is_not_a_title(
    cell: str, phrase: str
) -> None:
    assert not is_title(cell, phrase)


HEAD = [
    "Granite Peak Supply Co.",
    "4870 Brighton Blvd, Denver, CO 80216, USA",
    "(303) 555-0172   ar@granitepeaksupply.com   granitepeaksupply.com",
]
BODY = [
    "Bill To: Tidewater Home Goods LLC, 2218 Wexley Park Dr, Charlotte, NC 28217",
    "Date: Sep 09, 2026",
    "Item   Description   Qty   Rate   Amount",
    "GP-CI10   Cast iron skillet 10.25 in   52   18.00   936.00",
]


def findings_of(lines: list[str], folder: Path) -> set[str]:
    return {f.rule for f in check_file(pdf_of(lines, folder)).findings}


def test_an_estimate_with_its_number_is_refused(tmp_path: Path) -> None:
    assert "invoice.refused-type" in findings_of(
        [*HEAD, "ESTIMATE", "# EST-000318", *BODY], tmp_path
    )


def test_an_invoice_naming_its_estimate_as_a_reference_is_not_refused(tmp_path: Path) -> None:
    lines = [*HEAD, "INVOICE", "# INV-001237", "Estimate", "EST-000318", *BODY]
    assert "invoice.refused-type" not in findings_of(lines, tmp_path)


def pdf_sized(lines: list[tuple[str, float]], folder: Path) -> Path:
    """A one-page PDF of (text, font size) lines, top to bottom."""
    document = pymupdf.open()
    page = document.new_page(width=595, height=842)
    y = 50.0
    for text, size in lines:
        y += size * 1.6
        page.insert_text((50, y), text, fontsize=size)
    path = folder / "sized.pdf"
    document.save(path)
    return path


def test_a_form_label_naming_a_refused_type_under_an_invoice_title_is_no_title(
    tmp_path: Path,
) -> None:
    lines = [("TAX INVOICE", 18), *((line, 9) for line in HEAD), ("Delivery Note", 8)]
    lines += [("Mode of Payment", 8), *((line, 9) for line in BODY)]
    report = check_file(pdf_sized(lines, tmp_path))
    assert "invoice.refused-type" not in {f.rule for f in report.findings}


def test_a_refused_type_in_larger_type_than_a_later_invoice_word_is_the_title(
    tmp_path: Path,
) -> None:
    lines = [("PACKING SLIP", 18), *((line, 9) for line in HEAD), ("Invoice", 9)]
    lines += [(line, 9) for line in BODY]
    report = check_file(pdf_sized(lines, tmp_path))
    assert "invoice.refused-type" in {f.rule for f in report.findings}


def test_an_e_mail_whose_subject_names_an_order_confirmation_and_its_sender_is_refused(
    tmp_path: Path,
) -> None:
    subject = "Order Confirmation #BHW-20411 - Lakeshore Trading Wholesale"
    lines = ["12/02/26, 10:15 AM", "Mail - " + subject, "Mail", subject, "1 message", *BODY]
    found = list(check_file(pdf_of(lines, tmp_path)).findings)
    refused = [f.message for f in found if f.rule == "invoice.refused-type"]
    assert refused == ["this is an order confirmation, which Amazon does not accept as an invoice"]


def test_an_e_mail_whose_subject_names_an_invoice_and_its_sender_is_not_refused(
    tmp_path: Path,
) -> None:
    subject = "Invoice BL-20411 from Lakeshore Trading Wholesale"
    lines = ["12/02/26, 10:15 AM", "Mail - " + subject, "Mail", subject, "1 message"]
    lines += ["Order Summary", *BODY]
    assert "invoice.refused-type" not in findings_of(lines, tmp_path)


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Thanks for your order! You will get your invoice once the goods ship.",
            "an order confirmation (its invoice is to follow)",
        ),
        (
            "Prices valid for 30 days from the date above.",
            "a quote (its prices are valid for a time)",
        ),
        ("Please note: this is not an invoice.", "a document that says it is not an invoice"),
    ],
)
def test_an_untitled_document_is_refused_for_what_it_says_it_is(
    sentence: str, said: str, tmp_path: Path
) -> None:
    found = check_file(pdf_of([*HEAD, "Dear customer,", sentence, *BODY], tmp_path))
    refused = [f.message for f in found.findings if f.rule == "invoice.refused-type"]
    assert refused == [f"this is {said}, which Amazon does not accept as an invoice"]


def test_an_invoice_titled_as_one_may_say_how_long_its_prices_hold(tmp_path: Path) -> None:
    lines = [*HEAD, "INVOICE", "# INV-2231", "Prices valid until 31 December 2026.", *BODY]
    assert "invoice.refused-type" not in findings_of(lines, tmp_path)
