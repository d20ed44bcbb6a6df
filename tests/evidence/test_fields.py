"""Invoice fields are read correctly from every layout, from the text layer and by OCR."""

from __future__ import annotations

import pytest

from reinstate.evidence.fixtures import score_fields

TEXT_LAYER = [
    "invoice-classic.pdf",
    "invoice-distributor.pdf",
    "invoice-compact.pdf",
    "invoice-wholesale.pdf",
    "invoice-with-terms.pdf",
]
SCANS = [
    "invoice-classic-scan.png",
    "invoice-distributor-scan.jpg",
    "invoice-compact-scan.gif",
    "invoice-wholesale-phone-scan.jpg",
    "invoice-scanned.pdf",
    "invoice-distributor-300dpi.png",
]
# measured on the fixtures (benchmarks/bench_evidence.py): see docs/evidence.md
MIN_SCAN_ACCURACY = 0.9


def _scores(name, fixtures, reports) -> dict[str, bool]:
    return score_fields(reports[name].fields.to_dict(), fixtures[name].truth)


@pytest.mark.parametrize("name", TEXT_LAYER)
def test_every_field_is_read_exactly_from_a_pdf_text_layer(name, fixtures, reports) -> None:
    scores = _scores(name, fixtures, reports)
    assert [field for field, ok in scores.items() if not ok] == []


def test_fields_of_scans_and_photos_are_read_by_ocr_with_high_accuracy(fixtures, reports) -> None:
    scores = [ok for name in SCANS for ok in _scores(name, fixtures, reports).values()]
    assert sum(scores) / len(scores) >= MIN_SCAN_ACCURACY


@pytest.mark.parametrize("name", SCANS)
def test_the_date_supplier_and_quantities_of_a_scan_are_read(name, fixtures, reports) -> None:
    scores = _scores(name, fixtures, reports)
    assert scores["invoice_date"]
    assert scores["supplier.name"]
    assert scores["supplier.phone"]
    quantities = [item.quantity for item in reports[name].fields.items]
    assert quantities == [item["quantity"] for item in fixtures[name].truth["items"]]
