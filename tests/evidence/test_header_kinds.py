"""Invoice header fields by kind, on synthetic pages laid out word by word: the supplier
known by its contact block, its own contacts, labels in other languages and glossed,
numbers under titles, dates in many writings, addresses from many countries."""

from __future__ import annotations

from pathlib import Path

import pytest

from reinstate.dates import parse_date
from reinstate.evidence import _invoice as invoice
from reinstate.evidence import _names as names
from reinstate.evidence import _patterns as pat
from reinstate.evidence._invoice import read_fields
from reinstate.evidence._model import Document, Fields, Page, Word
from reinstate.evidence._postal import address
from reinstate.evidence._vocabulary import vocabulary

Line = tuple[str, float, float]  # text, left edge, top; or with a height after it


def page(*lines: Line | tuple[str, float, float, float]) -> Fields:
    """The fields read from a page whose lines start where given, each letter 0.55 of a
    height wide, words a third of a height apart."""
    words = []
    for text, x, y, *rest in lines:
        height = rest[0] if rest else 10.0
        for piece in text.split(" "):
            if piece:
                width = 0.55 * height * len(piece)
                words.append(Word(piece, (x, y, x + width, y + height)))
                x += width
            x += height / 3
    sheet = Page(1, None, words=words, text_layer=True, size=(600, 800))
    return read_fields(Document(Path("invoice.pdf"), "pdf", [sheet]))


ITEMS = (
    ("Description", 40, 400),
    ("Qty", 320, 400),
    ("Amount", 450, 400),
    ("Cedar trivet set", 40, 420),
    ("40", 320, 420),
    ("310.00", 450, 420),
)


def test_the_supplier_is_named_by_its_contacts_not_by_a_remark_above_it() -> None:
    fields = page(
        ("(DUPLICATE FOR TRANSPORTER)", 400, 20),
        ("Vasant Brass Works", 40, 40),
        ("Plot 7, Ring Road", 40, 52),
        ("E-Mail : sales@vasantbrassworks.in", 40, 64),
        *ITEMS,
    )
    assert fields.supplier.name == "Vasant Brass Works"
    assert fields.supplier.email == "sales@vasantbrassworks.in"


def test_a_company_with_its_legal_form_beats_the_logo_word_above_it() -> None:
    fields = page(
        ("VERDANT", 40, 30, 18),
        ("Tecidos e lar desde 1961", 40, 52, 8),
        ("Verdant Weaving, Lda.", 40, 70, 8),
        ("Rua do Comércio 88", 40, 80, 8),
        ("4700-321 Braga", 40, 90, 8),
        ("Portugal", 40, 100, 8),
        *ITEMS,
    )
    assert fields.supplier.name == "Verdant Weaving, Lda."
    assert fields.supplier.address == "Rua do Comércio 88, 4700-321 Braga, Portugal"


def test_a_from_line_in_a_shipping_box_is_not_the_supplier() -> None:
    fields = page(
        ("HOLLOWAY GLASS CO., LTD.", 40, 20, 16),
        ("No. 12, Keji 3rd Rd., Xitun Dist., Taichung City 407, Taiwan", 40, 40),
        ("SOLD TO / MESSRS.", 40, 80),
        ("Harbor Lane Goods LLC", 40, 92),
        ("418 Pine Street", 40, 104),
        ("Toledo, OH 43604", 40, 116),
        ("From: Keelung, Taiwan", 330, 92),
        ("To: Long Beach, CA", 330, 104),
        *ITEMS,
    )
    assert fields.supplier.name == "HOLLOWAY GLASS CO., LTD."
    assert fields.supplier.address == (
        "No. 12, Keji 3rd Rd., Xitun Dist., Taichung City 407, Taiwan"
    )
    assert fields.buyer.name == "Harbor Lane Goods LLC"


def test_the_buyer_s_e_mail_and_a_platform_s_site_are_not_the_supplier_s() -> None:
    fields = page(
        ("Alibaba.com", 40, 10, 16),
        ("Supplier information", 40, 60),
        ("Zhejiang Lumen Lighting Co., Ltd.", 40, 72),
        ("Store: lumenlighting.en.alibaba.com", 40, 84),
        ("Buyer information", 330, 60),
        ("Harbor Lane Goods LLC", 330, 72),
        ("418 Pine Street", 330, 84),
        ("Toledo, OH 43604", 330, 96),
        ("orders@harborlanegoods.com", 330, 108),
        *ITEMS,
    )
    assert fields.supplier.name == "Zhejiang Lumen Lighting Co., Ltd."
    assert fields.supplier.website == "lumenlighting.en.alibaba.com"
    assert fields.supplier.email is None
    assert fields.buyer.name == "Harbor Lane Goods LLC"


def test_an_invoice_printed_from_a_mail_program_is_read_from_its_body_and_signature() -> None:
    fields = page(
        ("Gmail", 60, 30, 16),
        ("Dana Whitfield <dana@harborlanegoods.com>", 330, 32),
        ("Pinecrest Supply <billing@pinecrestsupply.com>", 40, 60),
        ("To: dana@harborlanegoods.com", 40, 72),
        ("Hi Dana,", 40, 90),
        ("Bill to:", 40, 120),
        ("Harbor Lane Goods LLC", 40, 132),
        ("418 Pine Street", 40, 144),
        ("Toledo, OH 43604", 40, 156),
        *ITEMS,
        ("Thanks,", 40, 460),
        ("Marta Keane", 40, 472),
        ("Accounts | Pinecrest Supply", 40, 484),
        ("77 Quarry Lane, Suite 3, Barre, VT 05641", 40, 496),
    )
    assert fields.supplier.name == "Pinecrest Supply"
    assert fields.supplier.email == "billing@pinecrestsupply.com"
    assert fields.supplier.address == "77 Quarry Lane, Suite 3, Barre, VT 05641"
    assert fields.buyer.name == "Harbor Lane Goods LLC"
    assert fields.buyer.address == "418 Pine Street, Toledo, OH 43604"


@pytest.mark.parametrize(
    "written",
    ["Harbor Lane Goods LLC 御中", "Messrs. Harbor Lane Goods LLC", "M/s Harbor Lane Goods LLC"],
)
def test_an_honorific_is_not_part_of_the_buyer_s_name(written) -> None:
    assert names.without_honorific(written) == "Harbor Lane Goods LLC"


def test_a_title_names_the_number_printed_under_it() -> None:
    assert invoice._invoice_number(["INVOICE # INV-2231"]) == "INV-2231"
    assert invoice._invoice_number(["FATURA / INVOICE FA 2025/77"]) == "FA 2025/77"
    fields = page(
        ("Pinecrest Supply Co.", 40, 30),
        ("INVOICE", 420, 24, 30),
        ("77 Quarry Lane", 40, 42),
        ("Barre, VT 05641", 40, 54),
        ("# INV-2231", 455, 58),
        *ITEMS,
    )
    assert fields.invoice_number == "INV-2231"


@pytest.mark.parametrize(
    ("label", "number"),
    [
        ("Factura nº", "FV-2026-031"),
        ("Rechnung Nr.", "RE-4471"),
        ("請求書番号", "VK-2026-014"),
        ("Nº de factura:", "A/1187"),
    ],
)
def test_a_number_is_read_under_its_label_in_other_languages(label, number) -> None:
    assert invoice._invoice_number([f"{label} {number}"]) == number


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2026年6月8日", "2026-06-08"),
        ("8. Juni 2026", "2026-06-08"),
        ("2026-06-08", "2026-06-08"),
        ("8 de junho de 2026", "2026-06-08"),
        ("8 czerwca 2026", "2026-06-08"),
        ("8 juni 2026", "2026-06-08"),
    ],
)
def test_dates_are_read_in_many_writings(written, day) -> None:
    assert str(parse_date(written)) == day


def test_a_dashed_date_with_a_two_digit_year_after_dot_leaders_is_read() -> None:
    texts = ["INVOICE DATE .......... 03-09-26"]
    assert str(invoice._invoice_date(texts, "", None)) == "2026-03-09"
    assert str(invoice._invoice_date(texts, "", "UK")) == "2026-09-03"


def test_a_label_with_its_translation_after_a_slash_heads_its_block() -> None:
    buyer = vocabulary()["buyer"].pattern
    assert buyer.match("Cliente / Customer")
    assert buyer.match("SOLD TO / MESSRS.")
    assert not buyer.match("Customer / PO 4471 and more words than a label has")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Unit 3, 41 Kowhai Road", "Mount Wellington", "Auckland 1060", "New Zealand"],
         "Unit 3, 41 Kowhai Road, Mount Wellington, Auckland 1060, New Zealand"),
        (["3-5-11 Minami-cho, Kita-ku", "Kyoto 603-8145 JAPAN"],
         "3-5-11 Minami-cho, Kita-ku, Kyoto 603-8145 JAPAN"),
        (["No. 12, Keji 3rd Rd., Xitun Dist., Taichung City 407, Taiwan (R.O.C.)"],
         "No. 12, Keji 3rd Rd., Xitun Dist., Taichung City 407, Taiwan"),
        (["Rua do Comércio 88", "4700-321 Braga", "Portugal"],
         "Rua do Comércio 88, 4700-321 Braga, Portugal"),
        (["2 Secure Checkout", "No. 40 Binhai Road, Beilun District", "Ningbo, Zhejiang 315800"],
         "No. 40 Binhai Road, Beilun District, Ningbo, Zhejiang 315800"),
        (["3 messages", "418 Pine Street", "Toledo, OH 43604"], "418 Pine Street, Toledo, OH 43604"),
        (["2218 Commerce Park Dr", "Suite 140", "Toledo, OH 43604"],
         "2218 Commerce Park Dr, Suite 140, Toledo, OH 43604"),
    ],
)  # fmt: skip
def test_addresses_of_many_countries_are_read_whole(lines, expected) -> None:
    assert address(lines) == expected


@pytest.mark.parametrize("phone", ["+49 711 24 86 30-0", "+886 4 2358 1100", "+81 75-555-0192"])
def test_phones_with_an_extension_or_a_one_digit_area_code_are_read_whole(phone) -> None:
    assert pat.PHONE.search(f"Tel. {phone}").group() == phone


def test_a_shared_start_of_a_place_and_a_domain_does_not_name_the_company() -> None:
    assert names.best_name(["Hsinchu, Taiwan"], "trade@hsinchenglass.com.tw") is None
    assert names.best_name(["Hsincheng Glass"], "trade@hsinchenglass.com.tw") == "Hsincheng Glass"


def test_the_seller_s_own_name_is_never_the_supplier() -> None:
    lines = (
        ("INVOICE", 330, 20, 18),
        ("Harbor Lane Goods LLC", 40, 60, 14),
        ("418 Pine Street", 40, 76),
        ("Toledo, OH 43604", 40, 88),
        ("Kitakata Cutlery Co., Ltd.", 330, 120),
        ("4-2-9 Honcho, Seki", 330, 132),
        ("Gifu 501-3874 JAPAN", 330, 144),
        *ITEMS,
    )
    words = []
    for text, x, y, *rest in lines:
        height = rest[0] if rest else 10.0
        for piece in text.split(" "):
            words.append(Word(piece, (x, y, x + 0.55 * height * len(piece), y + height)))
            x += 0.55 * height * len(piece) + height / 3
    sheet = Page(1, None, words=words, text_layer=True, size=(600, 800))
    document = Document(Path("invoice.pdf"), "pdf", [sheet])
    fields = read_fields(document, (), ("Harbor Lane Goods LLC", "Dana Whitfield"))
    assert fields.supplier.name == "Kitakata Cutlery Co., Ltd."
    assert fields.supplier.address == "4-2-9 Honcho, Seki, Gifu 501-3874 JAPAN"


def test_a_fax_header_is_no_party_and_a_boxed_form_s_number_is_read_under_its_label() -> None:
    fields = page(
        ("SEP 02 2026 09:14", 14, 3, 6),
        ("FROM: PINECREST SUPPLY 8025550143", 89, 4, 6),
        ("To: 4195550172", 225, 5, 6),
        ("Pinecrest Supply Co.", 47, 51, 13),
        ("77 Quarry Lane", 47, 68),
        ("Barre, VT 05641", 47, 80),
        ("Date", 451, 94, 7),
        ("Invoice #", 522, 95, 7),
        ("billing@pinecrestsupply.com", 47, 102, 9),
        ("09/02/2026", 435, 111, 8),
        ("PS-5120", 518, 112, 8),
        ("Bill To", 50, 144, 7),
        ("HARBOR LANE GOODS LLC", 51, 162, 9),
        ("418 PINE STREET", 52, 174, 8),
        ("TOLEDO OH 43604", 52, 185, 9),
        *ITEMS,
    )
    assert fields.buyer.name == "HARBOR LANE GOODS LLC"
    assert fields.invoice_number == "PS-5120"
    assert str(fields.invoice_date) == "2026-09-02"
    assert fields.supplier.name == "Pinecrest Supply Co."


def test_a_payment_slip_addressed_to_the_supplier_does_not_make_it_the_buyer() -> None:
    fields = page(
        ("TAX INVOICE", 40, 40, 24),
        ("Invoice Date", 320, 40),
        ("Rimu Bay Trading Ltd", 430, 40),
        ("12 Jul 2026", 320, 52),
        ("Unit 2, 9 Marine Parade", 430, 52),
        ("Napier 4110", 430, 64),
        ("NEW ZEALAND", 430, 76),
        ("Harbor Lane Goods LLC", 52, 100),
        ("418 Pine Street", 52, 112),
        ("Toledo, OH 43604", 52, 124),
        *ITEMS,
        ("PAYMENT ADVICE", 40, 600, 16),
        ("To:", 40, 630),
        ("Rimu Bay Trading Ltd", 80, 630),
        ("Unit 2, 9 Marine Parade", 80, 642),
        ("Napier 4110", 80, 654),
    )
    assert fields.supplier.name == "Rimu Bay Trading Ltd"
    assert fields.buyer.name == "Harbor Lane Goods LLC"
    assert fields.buyer.address == "418 Pine Street, Toledo, OH 43604"


def test_a_buyer_s_reference_line_and_a_name_field_label_are_not_its_name() -> None:
    fields = page(
        ("Pinecrest Supply Co.", 40, 20, 14),
        ("77 Quarry Lane", 40, 38),
        ("Barre, VT 05641", 40, 50),
        ("Bill To", 40, 100),
        ("Customer #: C-1042", 40, 112),
        ("Name: Harbor Lane Goods LLC", 40, 124),
        ("418 Pine Street", 40, 136),
        ("Toledo, OH 43604", 40, 148),
        *ITEMS,
    )
    assert fields.buyer.name == "Harbor Lane Goods LLC"
    assert fields.buyer.address == "418 Pine Street, Toledo, OH 43604"


@pytest.mark.parametrize(
    ("city", "day"),
    [
        ("Napier 4110, New Zealand", "2026-03-05"),
        ("4700-321 Braga, Portugal", "2026-03-05"),
        ("8010 Graz, Austria", "2026-03-05"),
        ("Toledo, OH 43604, USA", "2026-05-03"),
    ],
)
def test_a_slashed_date_follows_the_order_of_the_supplier_s_country(city, day) -> None:
    country = invoice._date_country("", city)
    assert str(invoice._invoice_date(["Invoice date: 05/03/2026"], "", country)) == day


def test_a_word_the_seller_and_the_supplier_share_does_not_make_its_site_the_seller_s() -> None:
    found = ["www.northwindsupply.example"]
    assert names.own(found, "Northwind Kitchen Supply Inc.", ("Northwind",), web=True) == found[0]
    assert names.own(["ops@harborlane.example"], None, ("Harbor Lane Goods LLC",)) is None


def test_a_cfdi_receptor_block_is_the_buyer_without_its_field_label() -> None:
    fields = page(
        ("Cerro Alto Alfarería S.A. de C.V.", 40, 20, 14),
        ("Av. Reforma 118, Col. Centro", 40, 38),
        ("72000 Puebla, Pue., México", 40, 50),
        ("Receptor", 40, 100),
        ("Nombre: Harbor Lane Goods LLC", 40, 112),
        ("418 Pine Street", 40, 124),
        ("Toledo, OH 43604", 40, 136),
        *ITEMS,
    )
    assert fields.buyer.name == "Harbor Lane Goods LLC"
