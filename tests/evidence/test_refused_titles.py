"""A refused document type is named by its title, with or without the document's own number
after it, in English or the supplier's language; an invoice that names its estimate or order
as a reference is still an invoice."""

from __future__ import annotations

from pathlib import Path

import pytest

from reinstate.evidence import check_file
from reinstate.evidence._invoice_checks import _is_title

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
    assert _is_title(cell, phrase)


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
    assert not _is_title(cell, phrase)


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
