"""A fourth batch of layouts, written after the third batch's fixes and measured once
before any change made for them, to tell how far those fixes carry to layouts they were
not made on: an online-billing invoice with no codes at all (products by name only), a
factory invoice with Seller/Buyer blocks and dotted ISO dates ("2026.03.05"), a Sage-style
invoice with a ruled label/value table and quantities with decimals ("240.00"), a
bilingual German/English "Rechnung / Invoice" with dd.mm.yyyy, and an Australian tax
invoice with an ABN, dd/mm/yyyy and "12 EA" quantities.
"""

from __future__ import annotations

import random
from typing import Any

from reinstate.evidence.fixtures._documents import Party
from tests.evidence.unseen_layouts import UDoc, box, hline, money, party, r, t, totals


def billing(page: Any, doc: UDoc) -> None:
    """An online billing service's invoice: products by name only, no codes."""
    s = doc.supplier
    t(page, 40, 60, doc.title.title(), 22, "hebo")
    rows = (("Invoice number", doc.number), ("Date of issue", doc.day), ("Date due", doc.day))
    for i, (label, value) in enumerate(rows):
        t(page, 40, 90 + 13 * i, label, 9)
        t(page, 140, 90 + 13 * i, value, 9)
    party(page, 40, 150, s, 9, contacts=True)
    t(page, 300, 150, "Bill to", 9, "hebo")
    party(page, 300, 163, doc.buyer, 9)
    y = 270
    t(page, 40, y, "Description", 8)
    for x, head in ((400, "Qty"), (480, "Unit price")):
        r(page, x + 20, y, head, 8)
    r(page, 572, y, "Amount", 8)
    hline(page, y + 5)
    for line in doc.lines:
        y += 18
        t(page, 40, y, line.product.supplier_name)
        r(page, 420, y, str(line.quantity))
        r(page, 500, y, f"${money(line.price)}")
        r(page, 572, y, f"${money(line.amount)}")
    totals(page, y + 36, doc, x=572)


def seller_buyer(page: Any, doc: UDoc) -> None:
    """A factory's invoice: Seller and Buyer blocks side by side, dotted ISO dates."""
    s = doc.supplier
    t(page, 230, 50, doc.title.upper(), 16, "hebo")
    r(page, 572, 75, f"Invoice No: {doc.number}", 9)
    r(page, 572, 88, f"Date: {doc.date.strftime('%Y.%m.%d')}", 9)
    t(page, 40, 110, "Seller:", 9, "hebo")
    party(page, 40, 123, s, 9, contacts=True)
    t(page, 330, 110, "Buyer:", 9, "hebo")
    party(page, 330, 123, doc.buyer, 9)
    y = 230
    box(page, 40, y - 12, 572, y + 5)
    heads = ((44, "Item No."), (130, "Description"), (350, "Quantity (PCS)"),
             (440, "Unit Price FOB"))  # fmt: skip
    for x, head in heads:
        t(page, x, y, head, 8, "hebo")
    r(page, 568, y, "Amount USD", 8, "hebo")
    for line in doc.lines:
        y += 16
        box(page, 40, y - 12, 572, y + 4)
        t(page, 44, y, doc.ids(line)[0], 8)
        t(page, 130, y, line.product.supplier_name[:38], 8)
        t(page, 350, y, f"{line.quantity:,}", 8)
        t(page, 440, y, f"{line.price:.2f}", 8)
        r(page, 568, y, money(line.amount), 8)
    t(page, 44, y + 30, "Payment: 100% T/T before shipment. Received with thanks.", 8)


def sage(page: Any, doc: UDoc) -> None:
    """Name centred, a ruled label | value table at the right, quantities with decimals."""
    s = doc.supplier
    t(page, 306 - len(s.name) * 3.6, 50, s.name, 13, "hebo")
    t(page, 306 - len(s.address) * 2.0, 64, s.address, 8)
    t(page, 200, 75, f"Tel {s.phone}   {s.email}   {s.website}", 8)
    pairs = (("Invoice No.", doc.number), ("Invoice Date", doc.day), ("Account Ref", "CED01"))
    for i, (label, value) in enumerate(pairs):
        box(page, 380, 100 + 16 * i, 470, 116 + 16 * i)
        box(page, 470, 100 + 16 * i, 572, 116 + 16 * i)
        t(page, 384, 111 + 16 * i, label, 8)
        t(page, 474, 111 + 16 * i, value, 8)
    t(page, 40, 104, "Invoice To:", 8, "hebo")
    party(page, 40, 117, doc.buyer, 9)
    y = 200
    box(page, 40, y - 12, 572, y + 5)
    heads = ((44, "Product Code"), (130, "Details"), (380, "Quantity"), (450, "Price"))
    for x, head in heads:
        t(page, x, y, head, 8, "hebo")
    r(page, 568, y, "Net Amt", 8, "hebo")
    for line in doc.lines:
        y += 15
        t(page, 44, y, doc.ids(line)[0], 8)
        t(page, 130, y, line.product.supplier_name, 8)
        r(page, 420, y, f"{line.quantity:.2f}", 8)
        t(page, 450, y, money(line.price), 8)
        r(page, 568, y, money(line.amount), 8)
    totals(page, y + 30, doc, x=572)


def bilingual(page: Any, doc: UDoc) -> None:
    """A German supplier's bilingual invoice: dd.mm.yyyy, EUR with commas."""
    s = doc.supplier
    t(page, 40, 50, s.name, 14, "tibo")
    t(page, 40, 62, f"{s.street} · {s.city}", 7, "tiro")
    t(page, 40, 100, f"{s.name} · {s.street} · {s.city}", 6, "tiro")
    party(page, 40, 116, doc.buyer, 10, font="tiro")
    t(page, 40, 200, "Rechnung / Invoice", 16, "tibo")
    rows = (("Rechnungsnr. / Invoice no.", doc.number),
            ("Datum / Date", doc.date.strftime("%d.%m.%Y")))  # fmt: skip
    for i, (label, value) in enumerate(rows):
        t(page, 330, 116 + 13 * i, label, 8, "tiro")
        r(page, 572, 116 + 13 * i, value, 8, "tiro")
    y = 240
    heads = ((40, "Pos."), (70, "Art.-Nr. / Item"), (170, "Bezeichnung / Description"),
             (400, "Menge / Qty"))  # fmt: skip
    for x, head in heads:
        t(page, x, y, head, 8, "tibo")
    r(page, 572, y, "Betrag / Amount EUR", 8, "tibo")
    hline(page, y + 4)
    for n, line in enumerate(doc.lines, 1):
        y += 15
        t(page, 40, y, str(n), 8, "tiro")
        t(page, 70, y, doc.ids(line)[0], 8, "tiro")
        t(page, 170, y, line.product.supplier_name, 8, "tiro")
        r(page, 440, y, str(line.quantity), 8, "tiro")
        r(page, 572, y, money(line.amount).replace(",", " ").replace(".", ","), 8, "tiro")
    hline(page, 720)
    t(page, 40, 732, f"Tel. {s.phone} · {s.email} · {s.website}", 7, "tiro")
    t(page, 40, 741, "USt-IdNr. DE 281 559 304 · Amtsgericht Hamburg HRB 11820", 7, "tiro")


def australian(page: Any, doc: UDoc) -> None:
    """An Australian tax invoice: ABN, dd/mm/yyyy, GST, '12 EA' quantities."""
    s = doc.supplier
    r(page, 572, 50, "TAX INVOICE", 18, "hebo")
    t(page, 40, 50, s.name, 13, "hebo")
    for i, row in enumerate((s.street, s.city, f"Ph {s.phone}", s.email, s.website,
                             "ABN 51 824 753 556")):  # fmt: skip
        t(page, 40, 64 + 10 * i, row, 8)
    for i, (label, value) in enumerate((("Invoice #", doc.number), ("Date", doc.day))):
        r(page, 500, 80 + 12 * i, label, 8, "hebo")
        t(page, 506, 80 + 12 * i, value, 8)
    t(page, 40, 150, "Customer:", 8, "hebo")
    party(page, 40, 162, doc.buyer, 9)
    y = 230
    for x, head in ((40, "Code"), (120, "Description"), (380, "Qty"), (440, "Ex GST")):
        t(page, x, y, head, 8, "hebo")
    r(page, 572, y, "Total", 8, "hebo")
    hline(page, y + 4)
    for line in doc.lines:
        y += 15
        t(page, 40, y, doc.ids(line)[0], 8)
        t(page, 120, y, line.product.supplier_name, 8)
        t(page, 380, y, f"{line.quantity} EA", 8)
        t(page, 440, y, money(line.price), 8)
        r(page, 572, y, money(line.amount * 1.1), 8)
    totals(page, y + 30, doc, x=572)


LAYOUTS4: dict[str, tuple[Any, tuple[str, ...], str]] = {
    "billing": (billing, (), "%B %d, %Y"),  # no codes printed
    "seller-buyer": (seller_buyer, ("model",), "%Y-%m-%d"),
    "sage": (sage, ("model",), "%d/%m/%Y"),
    "bilingual": (bilingual, ("ean",), "%d.%m.%Y"),
    "australian": (australian, ("model",), "%d/%m/%Y"),
}
SUPPLIER4 = {
    "seller-buyer": Party(
        "Xiamen Brightway Industrial Co., Ltd.",
        "Room 1203, No. 56 Hubin South Road",
        "Xiamen, Fujian 361004, China",
        "+86 592 5512 8830",
        "sales@brightway-ind.example",
        "www.brightway-ind.example",
    ),
    "sage": Party(
        "Harrow & Finch Trading Ltd",
        "14 Mercer Street",
        "Leeds LS1 4DY, United Kingdom",
        "+44 113 555 0192",
        "sales@harrowfinch.example",
        "www.harrowfinch.example",
    ),
    "bilingual": Party(
        "Elbwerk Outdoor GmbH",
        "Billstraße 112",
        "20539 Hamburg, Germany",
        "+49 40 5550 7731",
        "rechnung@elbwerk.example",
        "www.elbwerk.example",
    ),
    "australian": Party(
        "Southern Cross Wholesale Pty Ltd",
        "42 Dunning Avenue",
        "Rosebery NSW 2018, Australia",
        "+61 2 5550 1934",
        "accounts@southerncrosswholesale.example",
        "www.southerncrosswholesale.example",
    ),
}


def quantity4(layout: str, rng: random.Random) -> int:
    return rng.randrange(80, 400, 10) if layout != "seller-buyer" else 100 * rng.randint(12, 40)
