"""Item lines on layouts whose headings the reader does not know, written after round 5 was
measured: the quantity by the row's own sum (quantity × unit price = amount), cases and
the units they come to, codes on the lines under an item, and matching lines to long
catalogue titles by their words. Every text here is synthetic."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from reinstate.evidence._arithmetic import divided, summed, values
from reinstate.evidence._items import read_items
from reinstate.evidence._match import match_items
from reinstate.evidence._model import Item, Word
from tests.evidence.test_unseen_batch7 import _row, _rows


@dataclass(frozen=True)
class Product:
    sku: str
    asin: str
    product_name: str


@pytest.mark.parametrize(
    ("text", "worth"),
    [
        ("1.234,50", (1234.5,)),
        ("2,345.60", (2345.6,)),
        ("8,40", (8.4,)),
        ("512,000", (512.0, 512000.0)),
        ("¥512,000", (512.0, 512000.0)),
        ("US$3.15", (3.15,)),
        ("$3.15", (3.15,)),
        ("60.00", (60.0,)),
        ("-$12.00", ()),
        ("Pcs", ()),
    ],
)
def test_a_printed_number_is_read_in_each_format_it_may_be_in(text, worth) -> None:
    assert values(text) == worth


def test_the_quantity_is_the_whole_number_the_row_s_sum_is_charged_on() -> None:
    # cartons, pieces a carton, total pieces, weights, then the unit price and the amount
    words = _row(
        ("12", 300),
        ("10", 340),
        ("120", 380),
        ("55.2", 420),
        ("61.0", 460),
        ("6.40", 500),
        ("768.00", 540),
    )
    found = summed(words)
    assert found is not None
    assert found[1] == 120


def test_a_price_per_case_makes_the_case_count_the_quantity_and_a_sign_the_price() -> None:
    words = _row(("9", 300), ("$36.00", 380), ("$324.00", 460))
    found = summed(words)
    assert found is not None
    assert found[1] == 9


def test_a_yen_row_is_summed_with_thousands_separators() -> None:
    words = _row(("64", 300), ("4,800", 380), ("307,200", 460))
    found = summed(words)
    assert found is not None
    assert found[1] == 64


def test_a_row_with_no_sum_that_fits_has_no_quantity_by_arithmetic() -> None:
    assert summed(_row(("Pressed tin lantern", 40), ("16", 300), ("9.10", 380), ("145.60", 460)))
    assert (
        summed(_row(("Pressed tin lantern", 40), ("16", 300), ("9.10", 380), ("151.00", 460)))
        is None
    )


def test_an_item_table_with_unknown_headings_reads_its_quantity_by_the_sum() -> None:
    rows = _rows(
        _row(("Art", 40), ("Goods", 130), ("Colli", 330), ("Each", 400), ("Value", 480), y=100),
        _row(
            ("SKU LT-4410", 40),
            ("Pressed tin lantern", 130),
            ("7", 330),
            ("24", 360),
            ("168", 390),
            ("4.25", 430),
            ("714.00", 480),
            y=120,
        ),
    )
    assert [(i.identifiers, i.quantity) for i in read_items(rows)] == [(["LT-4410"], 168)]


def test_cases_at_a_pack_written_on_the_row_are_multiplied_out() -> None:
    rows = _rows(
        _row(("ITEM NO  DESCRIPTION", 40), ("PACK", 300), ("PRICE", 400), ("EXTENSION", 480)),
        _row(
            ("WL-330  WICKER BASKET LINED 11 CS@6 ......", 40),
            ("19.50", 400),
            ("1,287.00", 480),
            y=120,
        ),
    )
    items = read_items(rows)
    assert [(i.identifiers, i.quantity) for i in items] == [(["WL-330"], 66)]


def test_units_stated_under_a_line_counted_in_cases_are_its_quantity() -> None:
    rows = _rows(
        _row(("Product", 40), ("Pack", 300), ("Qty", 360), ("Price", 420), ("Total", 500)),
        _row(
            ("Waxed canvas tote", 40),
            ("case of 12", 300),
            ("5", 370),
            ("$96.00", 420),
            ("$480.00", 500),
            y=120,
        ),
        _row(("SKU WX-TOTE-OL", 40), y=132),
        _row(("= 60 units", 340), y=144),
    )
    items = read_items(rows)
    assert [(i.identifiers, i.quantity) for i in items] == [(["WX-TOTE-OL"], 60)]


def test_a_labelled_code_on_a_line_under_an_item_joins_it_whatever_follows() -> None:
    rows = _rows(
        _row(("Ref.", 40), ("Description", 110), ("Qty", 330), ("Price", 400), ("Total", 480)),
        _row(
            ("BX-210", 40),
            ("Bamboo bread box, two tiers", 110),
            ("30", 330),
            ("12,40", 400),
            ("372,00", 480),
            y=120,
        ),
        _row(("EAN 5609876543217 · 3 cx × 10 un. · lote 44-B", 110), y=132),
    )
    items = read_items(rows)
    assert [(i.identifiers, i.quantity) for i in items] == [(["BX-210", "5609876543217"], 30)]


def test_an_item_code_under_a_described_line_is_the_line_s_code() -> None:
    rows = _rows(
        _row(
            ("No.", 30),
            ("Description of Goods", 60),
            ("Quantity", 330),
            ("Rate", 400),
            ("Amount", 480),
        ),
        _row(
            ("1 Brass incense holder, round", 30),
            ("60 Pcs", 330),
            ("3.20 Pcs", 400),
            ("192.00", 480),
            y=120,
        ),
        _row(("Item Code: BIH-07", 50), y=132),
        _row(("CGST @ 0% (LUT ARN AD0904259876543)", 50), ("0.00", 480), y=150),
    )
    items = read_items(rows)
    assert [(i.identifiers, i.quantity) for i in items] == [(["BIH-07"], 60)]


CATALOGUE = [
    Product("MW-4410-GP", "B0TESTAA01", "Meadow Works Garden Kneeler - Foam Pad"),
    Product(
        "MW-TRUG-L",
        "B0TESTAA02",
        "Meadow Works Garden Trug Large - Flexible Rubber Tub with Handles, 26 L, for Weeds",
    ),
    Product(
        "SP-LAMP-2",
        "B0TESTAA03",
        "Sunport Solar Path Lights 2 Pack - Warm White Garden Lamps, IP65 Waterproof",
    ),
    Product("AB4410", "B0TESTAA04", "Ashby Cast Aluminium Bird Bath Bowl, Grey"),
]


@pytest.mark.parametrize(
    ("description", "asin"),
    [
        ("Flexible garden trug, large, green (2 cartons x 24)", "B0TESTAA02"),
        ("Solar path lights - 2 pack, warm white", "B0TESTAA03"),
        ("Rubber garden kneeler cushion, blue", None),  # says no trug, though "garden rubber"
        ("Garden rake, 16 tines", None),
    ],
)
def test_a_description_matches_the_long_title_whose_name_it_says(description, asin) -> None:
    item = Item(description, [], 24)
    match_items([item], CATALOGUE[1:3])
    assert item.asin == asin
    assert item.matched_by in ({"title", "title-words"} if asin else {None})


def test_an_article_number_behind_the_seller_s_letters_in_a_sku_matches() -> None:
    item = Item("Vogeltränke Aluguss", ["4410"], 12)
    match_items([item], CATALOGUE[3:])
    assert (item.asin, item.matched_by) == ("B0TESTAA04", "model")


def test_an_article_number_inside_a_longer_number_does_not_match() -> None:
    item = Item("Vogeltränke Aluguss", ["4410"], 12)
    match_items([item], [Product("AB44105", "B0TESTAA05", "Bird bath")])
    assert item.asin is None


def test_figures_centred_between_an_item_s_lines_are_its_quantity_and_its_codes_join_it() -> None:
    rows = _rows(
        _row(
            ("Item No.", 40),
            ("Description", 150),
            ("Qty", 320),
            ("Unit Price", 380),
            ("Amount", 480),
        ),
        _row(("KTB-18", 40), ("急須 急須 急須", 100), y=120),
        _row(("40", 330), ("3,900", 400), ("156,000", 500), y=132),
        _row(("4571234567892 Cast iron teapot 0.8 l, black", 40), y=144),
        _row(("KTB-22", 40), ("鉄瓶 鉄瓶", 100), y=162),
        _row(("12", 330), ("8,100", 400), ("97,200", 500), y=174),
    )
    items = read_items(rows)
    assert [(i.identifiers, i.quantity) for i in items] == [
        (["KTB-18", "4571234567892"], 40),
        (["KTB-22"], 12),
    ]
    assert "Cast iron teapot" in items[0].description


def _scanned(words: list[Word]) -> list[Word]:
    return [Word(w.text, w.box, w.font, 91.0) for w in words]


def test_a_quantity_ocr_lost_is_the_amount_over_the_unit_price() -> None:
    rows = _rows(
        _scanned(_row(("Rattan tray oval, natural weave", 150), y=100)),
        _scanned(
            _row(
                ("1", 40),
                ("RT-OV2", 70),
                ("4712345678904", 130),
                ("W", 330),
                ("9.40", 420),
                ("526.40", 500),
                y=112,
            )
        ),
    )
    items = read_items(rows)
    assert [(i.identifiers, i.quantity) for i in items] == [(["4712345678904"], 56)]
    assert items[0].description == "Rattan tray oval, natural weave"


def test_a_code_ocr_ran_into_the_quantity_is_read_on_a_line_with_no_code_column() -> None:
    rows = _rows(
        _row(
            ("Quantity", 40),
            ("Itern Cade", 110),
            ("Description", 160),
            ("Price Each", 420),
            ("Amount", 520),
        ),
        _row(
            ("36) LX-PL7", 40),
            ("Linen placemat set of 6, oat", 160),
            ("4.50", 430),
            ("162.00", 520),
            y=120,
        ),
    )
    items = read_items(rows)
    assert [(i.identifiers, i.quantity) for i in items] == [(["LX-PL7"], 36)]


KITCHEN = [
    Product("FH-GP-01", "B0TESTBB01", "Fernhall Garlic Press Stainless Steel - Heavy Duty Crusher"),
    Product(
        "FH-MILL-2",
        "B0TESTBB02",
        "Fernhall Salt and Pepper Grinder - Ceramic Burr Spice Mill, Stainless Steel & Glass",
    ),
    Product("FH-APR-1", "B0TESTBB03", "Fernhall Kitchen Apron - Cotton, Adjustable, 2 Pockets"),
]


@pytest.mark.parametrize(
    ("description", "asin"),
    [
        ("Pfeffermühle Keramikmahlwerk, Edelstahl/Glas", "B0TESTBB02"),
        ("Moulin à poivre, céramique, inox et verre", "B0TESTBB02"),
        ("Avental de cozinha, algodão, riscas", "B0TESTBB03"),
        ("Edelstahl Zubehör, spülmaschinenfest", None),  # steel says no product
    ],
)
def test_a_description_in_the_supplier_s_language_matches_by_the_glossary(
    description, asin
) -> None:
    item = Item(description, [], 24)
    match_items([item], KITCHEN)
    assert item.asin == asin


def test_a_material_at_the_end_of_a_title_s_name_is_not_what_the_product_is() -> None:
    item = Item("Stainless steel soap bar, odour remover", [], 24)
    match_items([item], KITCHEN[:1])
    assert item.asin is None


def test_a_price_printed_with_cents_is_not_the_quantity_when_both_sums_fit() -> None:
    row = [Word("8.00", (300, 10, 330, 20)), Word("250", (360, 10, 380, 20))]
    row.append(Word("2,000.00", (450, 10, 500, 20)))
    assert summed(row) == (row[1], 250)


def test_a_row_whose_price_ocr_lost_is_not_divided_by_its_quantity() -> None:
    row = [Word("250", (360, 10, 380, 20)), Word("$2,000.00", (450, 10, 500, 20))]
    assert divided(row) is None
