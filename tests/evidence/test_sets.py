"""Invoices are judged together: quantities add up across the set, and every notice ASIN
must be on one of them."""

from __future__ import annotations

from reinstate.evidence import check_files


def test_quantities_of_several_invoices_add_up_to_cover_the_sales(fixtures, context) -> None:
    paths = [fixtures[name].path for name in ("invoice-few-units.pdf", "invoice-compact.pdf")]
    report = check_files(paths, context)
    short = {
        (file.path.rsplit("/", 1)[-1], finding.severity)
        for file in report.files
        for finding in file.findings
        if finding.rule == "invoice.quantity-insufficient"
    }
    assert short == {("invoice-few-units.pdf", "suggestion")}  # said of it, not blocking
    assert report.ready


def test_an_invoice_alone_that_falls_short_is_flagged_with_the_numbers(fixtures, context) -> None:
    report = check_files([fixtures["invoice-few-units.pdf"].path], context)
    messages = [f.message for f in report.files[0].findings]
    assert "B0C4KX7Z2M: invoices cover 60 units, but 240 were sold" in messages[0]


def test_a_notice_asin_on_no_invoice_is_a_finding_about_the_set(fixtures, context) -> None:
    report = check_files([fixtures["invoice-other-items.pdf"].path], context)
    assert [f.rule for f in report.findings] == ["invoice.items-unmatched"]
    assert "B0C4KX7Z2M, B0D1PQ8R5T" in report.findings[0].message
    assert not report.ready


def test_without_a_notice_or_account_only_the_document_itself_is_judged(fixtures) -> None:
    report = check_files([fixtures["invoice-other-buyer.pdf"].path])
    assert report.files[0].findings == []


def test_a_set_checked_without_notice_orders_or_account_names_what_was_skipped(fixtures) -> None:
    report = check_files([fixtures["invoice-other-buyer.pdf"].path])
    assert report.files[0].ready
    assert not report.ready
    assert any(what.reason == "no --notice" for what in report.skipped)
    assert any(what.reason == "no --orders" for what in report.skipped)
    assert any(what.reason == "no --account" for what in report.skipped)
    assert report.to_dict()["skipped"] == [item.to_dict() for item in report.skipped]


def test_a_set_checked_with_every_context_file_skips_nothing(fixtures, context) -> None:
    report = check_files([fixtures["invoice-classic.pdf"].path], context)
    assert report.skipped == []
    assert report.ready


def test_a_photo_alone_needs_no_notice_so_nothing_is_skipped(fixtures) -> None:
    report = check_files([fixtures["product-photo.jpg"].path])
    assert report.skipped == []
