"""The third batch of unseen layouts (``unseen_layouts3``), one test per kind of miss its
first run showed: a buyer under Consignee / Sold To / Customer / Bill To beside Ship To,
quantities as cases of a pack or with a unit, dates as "07-Sep-26" or day first by the
supplier's country, a Remit To box, a letterhead repeated on page 2, a till roll, a sales
order named as a reference, a short invoice in a set that covers the sales, and item lines
OCR could not read. The PDFs (text layer) are checked here; their scans and photos by
scripts/measure-heldout-invoices (docs/heldout/evidence-r3.md)."""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import replace
from pathlib import Path

import pytest

from reinstate.dates import parse_date
from reinstate.evidence import Context, check_files
from reinstate.evidence._invoice import _date_country, _invoice_date
from reinstate.evidence._lines import cells, visual_lines
from reinstate.evidence._match import near_product
from reinstate.evidence._model import Item, Word
from reinstate.evidence._parties import BUYER_LABELS, Cell, block_after
from reinstate.evidence._quantity import quantity
from reinstate.evidence.fixtures import score_fields
from tests.evidence import unseen_cast as cast
from tests.evidence import unseen_invoices as unseen

SEED = 37


@pytest.fixture(scope="module")
def docs() -> dict[str, unseen.UDoc]:
    return {doc.layout: doc for doc in unseen.make_docs(random.Random(SEED), 3)}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, docs: dict) -> Path:
    folder = tmp_path_factory.mktemp("batch3")
    truth: dict = {}
    for doc in docs.values():
        unseen.draw(doc).save(folder / f"{doc.layout}.pdf")
        truth[f"{doc.layout}.pdf"] = {"fields": doc.truth()}
    unseen._defects(folder, list(docs.values()), truth)
    unseen._context(folder)
    (folder / "truth.json").write_text(json.dumps(truth))
    return folder


@pytest.fixture(scope="module")
def context(folder: Path) -> Context:
    return unseen.context_of(folder)


@pytest.fixture(scope="module")
def reports(folder: Path, context: Context) -> dict:
    return unseen.check_each(folder, context)


def test_fields_of_ten_more_unseen_layouts_are_read_right_at_least_95_percent(
    folder, reports
) -> None:
    scores = [
        ok
        for name, record in unseen.truth_of(folder).items()
        for ok in score_fields(reports[name].fields.to_dict(), record["fields"]).values()
    ]
    assert sum(scores) >= 0.95 * len(scores), f"{sum(scores)}/{len(scores)}"


def test_every_line_of_the_third_batch_is_matched_to_its_asin(folder, reports) -> None:
    for name, record in unseen.truth_of(folder).items():
        got = [item.asin for item in reports[name].fields.items]
        assert got == [item["asin"] for item in record["fields"]["items"]], name


def test_no_clean_invoice_of_the_third_batch_has_a_finding(reports) -> None:
    for name, report in reports.items():
        if not name.startswith("defect-"):
            assert report.findings == [], (name, [f.rule for f in report.findings])


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        ("defect-old.pdf", "invoice.date-outside-window"),
        ("defect-other-buyer.pdf", "invoice.buyer-mismatch"),
        ("defect-proforma.pdf", "invoice.refused-type"),
    ],
)
def test_each_defect_in_a_third_batch_layout_is_caught(reports, name, rule) -> None:
    assert rule in {f.rule for f in reports[name].findings}


@pytest.mark.parametrize(
    "layout", ["factory-ci", "canada-gst", "two-pages", "erp-remit", "uk-vat", "thermal"]
)
def test_the_buyer_is_read_under_consignee_sold_to_customer_and_beside_ship_to(
    reports, docs, layout
) -> None:
    read, printed = reports[f"{layout}.pdf"].fields.buyer, docs[layout].buyer
    assert (read.name or "").casefold() == printed.name.casefold()  # the roll prints capitals
    assert (read.address or "").casefold() == printed.address.casefold()


def _row(*texts: tuple[str, float]) -> list[Cell]:
    words = []
    for text, x in texts:
        for word in text.split():
            words.append(Word(word, (x, 100, x + 7 * len(word), 110)))
            x += 7 * len(word) + 4
    return [Cell(cell, 0) for line in visual_lines(words) for cell in cells(line)]


@pytest.mark.parametrize(
    ("printed", "units"), [("12 cs x 24", 288), ("5 ctns @ 48", 240), ("3 cases of 24", 72)]
)
def test_a_quantity_in_cases_of_a_pack_is_the_units(printed, units) -> None:
    row = _row(("WB-32BK", 40), ("Insulated bottle", 120), (printed, 400), ("84.00", 520))
    assert quantity(row, 420.0) == units


def test_with_no_qty_heading_the_number_with_its_unit_is_the_quantity_not_the_line_number():
    row = _row(("1", 40), ("LN-400R", 70), ("Camp lantern", 230), ("288 EA", 430), ("9.10", 520))
    assert quantity(row, None) == 288
    row = _row(("2", 40), ("FS-17", 70), ("Stool", 230), ("1,200 pcs", 430), ("9.10", 520))
    assert quantity(row, None) == 1200


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("03-Nov-25", dt.date(2025, 11, 3)),
        ("3 November 2025", dt.date(2025, 11, 3)),
        ("Date: 07-Sep-26", dt.date(2026, 9, 7)),
    ],
)
def test_dates_with_a_month_name_and_a_two_digit_year_are_read(text, day) -> None:
    assert parse_date(text) == day


def test_a_two_digit_year_needs_a_dash_so_a_count_is_no_date() -> None:
    assert parse_date("7 Sep 26 units") is None


@pytest.mark.parametrize(
    ("cue", "country"),
    [("VAT Reg. No. GB 284 5519 36", "UK"), ("3024 AB Rotterdam, Netherlands", "NL")],
)
def test_a_slashed_date_is_day_first_when_the_supplier_s_country_says_so(cue, country) -> None:
    text = f"TAX INVOICE\n{cue}\nInvoice Date 10/02/2026"
    assert _date_country(text) == country
    assert _invoice_date(["Invoice Date 10/02/2026"], text, country) == dt.date(2026, 2, 10)


def test_a_us_invoice_keeps_slashed_dates_month_first() -> None:
    text = "INVOICE\nBend, OR 97701\nInvoice Date 10/02/2026"
    assert _invoice_date(["Invoice Date 10/02/2026"], text, _date_country(text)) == dt.date(
        2026, 10, 2
    )


def test_customer_in_a_strip_of_meta_labels_heads_no_buyer_block() -> None:
    strip = _row(("Invoice Number", 40), ("Invoice Date", 146), ("Customer PO", 252))
    values = [Cell(c.line, 1) for c in _row(("TP-65473", 40), ("PO-55102", 252))]
    assert block_after([strip, values], BUYER_LABELS, None) == []


def test_a_remit_to_lockbox_is_not_the_supplier_s_address(reports, docs) -> None:
    supplier = reports["erp-remit.pdf"].fields.supplier
    assert supplier.address == docs["erp-remit"].supplier.address


def test_the_letterhead_repeated_on_page_two_is_no_item_line(reports, docs) -> None:
    items = reports["two-pages.pdf"].fields.items
    assert [i.identifiers for i in items] == [
        docs["two-pages"].ids(x) for x in docs["two-pages"].lines
    ]


def test_a_till_roll_is_an_invoice_with_its_code_at_price_lines(reports, docs) -> None:
    report = reports["thermal.pdf"]
    assert report.kind == "invoice"
    assert [i.quantity for i in report.fields.items] == [x.quantity for x in docs["thermal"].lines]


def test_an_invoice_that_names_its_sales_order_is_not_a_sales_order(reports) -> None:
    assert "invoice.refused-type" not in {f.rule for f in reports["erp-remit.pdf"].findings}


def test_a_short_invoice_in_a_set_that_covers_the_sales_is_said_without_blocking(
    folder, docs, context
) -> None:
    few = replace(docs["marketplace"], lines=(unseen.ULine(cast.PRODUCTS[0], 12, 5.5),))
    unseen.draw(few).save(folder / "few.pdf")
    full = replace(docs["canada-gst"], lines=(unseen.ULine(cast.PRODUCTS[0], 300, 5.5),))
    unseen.draw(full).save(folder / "full.pdf")
    alone = check_files([folder / "few.pdf"], context).files[0]
    assert {(f.rule, f.severity) for f in alone.findings} == {
        ("invoice.quantity-insufficient", "error")
    }
    both = check_files([folder / "few.pdf", folder / "full.pdf"], context)
    short = [f for f in both.files[0].findings if f.rule == "invoice.quantity-insufficient"]
    assert [f.severity for f in short] == ["suggestion"]
    assert both.files[0].ready
    assert both.files[1].findings == []


def test_an_invoice_to_another_buyer_does_not_count_toward_the_set_s_cover(
    folder, docs, context
) -> None:
    few = replace(docs["marketplace"], lines=(unseen.ULine(cast.PRODUCTS[0], 12, 5.5),))
    unseen.draw(few).save(folder / "few2.pdf")
    other = replace(
        docs["canada-gst"],
        buyer=cast.STRANGER,
        lines=(unseen.ULine(cast.PRODUCTS[0], 300, 5.5),),
    )
    unseen.draw(other).save(folder / "stranger.pdf")
    both = check_files([folder / "few2.pdf", folder / "stranger.pdf"], context)
    severities = [f.severity for f in both.files[0].findings if "quantity" in f.rule]
    assert severities == ["error"]


def test_a_misread_code_comes_near_its_product_and_another_product_s_does_not(
    context,
) -> None:
    misread = Item("Insulated bottle 32 oz", ["WB-3ZBK"], 120)
    other = Item("Cast iron skillet 12 inch", ["CI-1200"], 120)
    assert near_product(misread, context.catalogue)
    assert not near_product(other, context.catalogue)


def test_a_street_or_a_phone_under_a_code_column_is_no_item_code() -> None:
    from reinstate.evidence._columns import Column
    from reinstate.evidence._columns import column_codes as _column_codes

    columns = [Column(40.0, 80.0, 10.0, True)]
    assert _column_codes(_row(("2301 Wharf Boulevard", 40)), columns) == []
    assert _column_codes(_row(("916.555.0152", 40)), columns) == []
    assert _column_codes(_row(("LN-400R", 40), ("Camp lantern", 130)), columns) == ["LN-400R"]


@pytest.mark.parametrize(
    ("cue", "country"),
    [("P.IVA 01234567890", "IT"), ("BTW NL8612.44.519.B01", "NL"), ("VAT No. IE 6388047V", "UK")],
)
def test_a_tax_number_names_a_day_first_country(cue, country) -> None:
    assert _date_country(f"INVOICE\n{cue}") == country


def _subject(supplier: dict, ocr: bool):
    from reinstate.evidence import Context
    from reinstate.evidence._model import Document, Fields, Page, Party
    from reinstate.evidence._subject import Subject

    page = Page(1, None, ocr_done=ocr, text_layer=not ocr)
    document = Document(Path("invoice.png"), "png", [page])
    return Subject(document, "invoice", Fields(supplier=Party(**supplier)), Context())


@pytest.mark.parametrize(
    ("supplier", "ocr", "rule"),
    [
        ({"name": "Acme LLC", "phone": "(208) 555-0147"}, True, "supplier-contact-unread"),
        ({"name": "Acme LLC", "phone": "(208) 555-0147"}, False, "supplier-contact-missing"),
        ({"name": "Acme LLC"}, True, "supplier-contact-missing"),
        ({"phone": "(208) 555-0147", "website": "acme.example"}, True, "supplier-contact-missing"),
    ],
)
def test_supplier_details_ocr_could_not_read_beside_others_it_read_are_a_warning(
    supplier, ocr, rule
) -> None:
    from reinstate.evidence._contact import supplier_contact

    assert [f.rule for f in supplier_contact(_subject(supplier, ocr))] == [f"invoice.{rule}"]
