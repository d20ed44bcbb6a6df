""" "None of the notice's products" is an error only when the lines were read and are surely
other products. A line that says what a notice product is, carries a code inside its SKU,
or says too little to tell (a UPC the orders do not know) is a doubt to check by eye; no
line read at all is said as unread."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from reinstate.evidence import Context, check_file
from reinstate.evidence._model import Item
from reinstate.evidence._notice_items import _head_noun, _item_close
from reinstate.metrics import CatalogueItem


def product(sku: str, asin: str, title: str) -> CatalogueItem:
    return CatalogueItem(sku, asin, title, 10, None, None)


CATALOGUE = (
    product("LP-DUTCH-7", "B0TESTAAA1", "Larkspur 7 Quart Enamel Stock Pot with Lid - Red"),
    product(
        "OK-PIE22-LP", "B0TESTAAA2", "Larkspur Ceramic Pie Dish 22 cm - Deep Fluted Baking Dish"
    ),
    product("LP-TOWEL-2", "B0TESTAAA3", "Larkspur Waffle Weave Tea Towels 2 Pack - Cotton"),
)
CONTEXT = Context(asins=("B0TESTAAA2", "B0TESTAAA3"), catalogue=CATALOGUE)
HEAD = [
    "Ostrander Kitchenware Ltd",
    "18 Fennimore Road, Leeds LS2 7HY, United Kingdom",
    "Tel +44 113 496 0702   sales@ostrander.example",
    "INVOICE",
    "Invoice No: OK-5512   Date: 12 September 2026",
]
COLUMNS = (50, 130, 380, 430, 490)  # Item, Description, Qty, Unit, Amount


def invoice_pdf(rows: list[tuple[str, ...]], folder: Path) -> Path:
    """The head, then a table of `rows` in columns under their headings."""
    document = pymupdf.open()
    page = document.new_page(width=595, height=842)
    for n, line in enumerate(HEAD):
        page.insert_text((50, 60 + 16 * n), line, fontsize=10)
    table = [
        ("Item", "Description", "Qty", "Unit", "Amount"),
        *rows,
        ("", "Total", "", "", "999.00"),
    ]
    for n, row in enumerate(table if rows else []):
        for x, cell in zip(COLUMNS, row, strict=False):
            page.insert_text((x, 200 + 18 * n), cell, fontsize=10)
    page.insert_text((50, 400), "Thank you for your business.", fontsize=10)
    path = folder / "invoice.pdf"
    document.save(path)
    return path


def items_findings(rows: list[tuple[str, ...]], folder: Path) -> list[tuple[str, str]]:
    findings = check_file(invoice_pdf(rows, folder), CONTEXT).findings
    return [(f.rule, f.severity) for f in findings if f.rule.startswith("invoice.items")]


def test_a_title_s_head_noun_is_the_last_word_of_its_first_phrase() -> None:
    assert _head_noun("Larkspur Ceramic Pie Dish 22 cm - Deep Fluted Baking Dish") == "dish"
    assert _head_noun("Larkspur Waffle Weave Tea Towels 2 Pack - Cotton") == "towel"
    assert _head_noun("Cork Trivets for Hot Dishes Set of 4") == "trivet"


def test_other_products_of_the_same_material_are_surely_not_the_notice_s(tmp_path: Path) -> None:
    lines = [("OK-C330", "Ceramic ramekin set 8 cm", "48", "2.10", "100.80")]
    lines += [("OK-C410", "Ceramic butter crock", "24", "5.40", "129.60")]
    assert items_findings(lines, tmp_path) == [("invoice.items-unmatched", "error")]


@pytest.mark.parametrize(
    ("description", "close"),
    [
        ("Geschirrtuch waffle towels, sage", True),  # says towels, and waffle
        ("Waffle weave dish cloths", False),  # waffle weave, but not a towel
        ("Ceramic ramekin set 8 cm", False),  # the pie dish's material only
    ],
)
def test_a_line_is_close_when_it_says_what_the_product_is_and_another_of_its_words(
    description: str, close: bool
) -> None:
    item = Item(description, ["OK-7731"], 60)
    notice = [p for p in CATALOGUE if p.asin in CONTEXT.asins]
    assert _item_close(item, notice, {"ostrander"}) is close


def test_a_line_with_only_a_upc_the_orders_do_not_know_is_a_doubt(tmp_path: Path) -> None:
    lines = [("5012345678900", "x 60", "60", "3.20", "192.00")]
    assert items_findings(lines, tmp_path) == [("invoice.items-unmatched", "warning")]


def test_a_code_inside_a_notice_product_s_sku_is_a_doubt(tmp_path: Path) -> None:
    lines = [("OK-PIE22", "Tourtiere 22", "40", "6.10", "244.00")]
    found = items_findings(lines, tmp_path)
    assert found in ([], [("invoice.items-unmatched", "warning")])  # matched, or a doubt


def test_an_invoice_whose_lines_could_not_be_read_says_so(tmp_path: Path) -> None:
    assert items_findings([], tmp_path) == [("invoice.items-unread", "warning")]


def set_findings(rows: list[tuple[str, ...]], folder: Path) -> list[tuple[str, str]]:
    from reinstate.evidence import check_files

    (folder / "a").mkdir()
    (folder / "b").mkdir()
    towels = invoice_pdf(
        [("LP-TOWEL-2", "Waffle weave tea towels 2 pack", "60", "3.20", "192.00")], folder / "a"
    )
    other = invoice_pdf(rows, folder / "b")
    report = check_files([towels, other], CONTEXT)
    return [(f.rule, f.severity) for f in report.findings]


def test_a_notice_asin_on_no_invoice_of_a_set_read_surely_is_an_error(tmp_path: Path) -> None:
    rows = [("OK-C330", "Ceramic ramekin set 8 cm", "48", "2.10", "100.80")]
    assert set_findings(rows, tmp_path) == [("invoice.items-unmatched", "error")]


def test_a_notice_asin_on_no_invoice_of_a_set_with_a_line_in_doubt_is_a_warning(
    tmp_path: Path,
) -> None:
    rows = [("5012345678900", "x 60", "60", "3.20", "192.00")]
    assert set_findings(rows, tmp_path) == [("invoice.items-unmatched", "warning")]
