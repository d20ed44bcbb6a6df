"""A sixth batch of layouts, written after round 4's first run and measured once before any
change made for them, to tell whether position-aware header reading carries to layouts it
was not made on: an Indian GST tax invoice (a two-line wordmark, GSTIN, labels above their
values in a ruled grid, "05-Mar-2026", a PIN code and "India" on its own line), a German
Rechnung after DIN 5008 (a sender line over the address window, the supplier's block
right-aligned at the top right, "Deutschland" on its own line, dd.mm.yyyy) and a Xero-style
invoice (the buyer under the title with no label, labels above values in a middle column,
the supplier's block at the right, "14 Mar 2026").
"""

from __future__ import annotations

import random
from typing import Any

from reinstate.evidence.fixtures._documents import Party
from tests.evidence.unseen_layouts import UDoc, box, hline, money, party, r, t, totals


def _lines_of(page: Any, x: float, y: float, rows: list[str], size: float, right: bool) -> None:
    for i, row in enumerate(rows):
        (r if right else t)(page, x, y + (size + 3) * i, row, size)


def gst_india(page: Any, doc: UDoc) -> None:
    """An Indian GST tax invoice: a two-line wordmark, a ruled grid of labels over values."""
    s = doc.supplier
    first, second = s.name.rsplit(" ", 2)[0], " ".join(s.name.rsplit(" ", 2)[1:])
    t(page, 40, 52, first.upper(), 20, "hebo")
    t(page, 40, 66, " ".join(second.upper()), 8)
    city, country = s.city.rsplit(", ", 1)
    rows = [s.street, city, country, f"Ph: {s.phone}", s.email, s.website]
    _lines_of(page, 40, 84, rows, 8, False)
    t(page, 40, 160, "GSTIN/UIN: 08AABCS1429B1ZX   State Name: Rajasthan, Code: 08", 8)
    r(page, 572, 52, "TAX INVOICE" if doc.title == "INVOICE" else doc.title, 14, "hebo")
    grid = (("Invoice No.", doc.number), ("Dated", doc.day), ("Mode/Terms of Payment", "T/T"),
            ("Buyer's Order No.", "BW-4471"))  # fmt: skip
    for i, (label, value) in enumerate(grid):
        x0, y0 = 330 + 121 * (i % 2), 62 + 26 * (i // 2)
        box(page, x0, y0, x0 + 121, y0 + 26)
        t(page, x0 + 3, y0 + 9, label, 7)
        t(page, x0 + 3, y0 + 21, value, 8, "hebo")
    t(page, 40, 178, "Buyer (Bill to)", 8)
    party(page, 40, 190, doc.buyer, 9)
    y = 250
    box(page, 40, y - 12, 572, y + 5)
    heads = ((44, "Sl No."), (80, "Description of Goods"), (290, "HSN/SAC"), (350, "Part No."),
             (430, "Quantity"), (490, "Rate"))  # fmt: skip
    for x, head in heads:
        t(page, x, y, head, 8, "hebo")
    r(page, 568, y, "Amount", 8, "hebo")
    for n, line in enumerate(doc.lines, 1):
        y += 16
        t(page, 44, y, str(n), 8)
        t(page, 80, y, line.product.supplier_name[:36], 8)
        t(page, 290, y, "39249090", 8)
        t(page, 350, y, doc.ids(line)[0], 8)
        t(page, 430, y, f"{line.quantity} Nos", 8)
        t(page, 490, y, money(line.price), 8)
        r(page, 568, y, money(line.amount), 8)
    totals(page, y + 30, doc, x=572)
    t(page, 40, y + 90, "Declaration: We declare that this invoice shows the actual price.", 7)


def rechnung(page: Any, doc: UDoc) -> None:
    """A German Rechnung after DIN 5008: sender line, address window, a right-aligned
    supplier block at the top right and an information block under it."""
    s = doc.supplier
    t(page, 40, 58, s.name.split()[0].upper(), 24, "hebo")
    city, country = s.city.rsplit(", ", 1)
    rows = [s.name, s.street, city, country, f"Tel. {s.phone}", s.email, s.website]
    _lines_of(page, 572, 40, rows, 8, True)
    t(page, 40, 128, f"{s.name} · {s.street} · {city}", 6)
    party(page, 40, 144, doc.buyer, 10)
    info = (("Rechnungsnummer", doc.number), ("Rechnungsdatum", doc.day),
            ("Kundennummer", "K-20931"), ("Lieferdatum", doc.day))  # fmt: skip
    for i, (label, value) in enumerate(info):
        t(page, 380, 150 + 12 * i, label, 8)
        r(page, 572, 150 + 12 * i, value, 8)
    t(page, 40, 230, "Rechnung" if doc.title == "INVOICE" else doc.title, 16, "hebo")
    y = 262
    heads = ((40, "Pos."), (70, "Artikelnr."), (150, "Bezeichnung"), (400, "Menge"),
             (450, "Einzelpreis"))  # fmt: skip
    for x, head in heads:
        t(page, x, y, head, 8, "hebo")
    r(page, 572, y, "Gesamt EUR", 8, "hebo")
    hline(page, y + 4)
    for n, line in enumerate(doc.lines, 1):
        y += 15
        t(page, 40, y, str(n), 8)
        t(page, 70, y, doc.ids(line)[0], 8)
        t(page, 150, y, line.product.supplier_name[:42], 8)
        r(page, 425, y, str(line.quantity), 8)
        r(page, 500, y, money(line.price).replace(",", ".")[:-3] + "," + money(line.price)[-2:], 8)
        r(page, 572, y, money(line.amount).replace(",", " ").replace(".", ","), 8)
    hline(page, 700)
    t(page, 40, 712, "Geschäftsführer: J. Brandt · Amtsgericht Köln HRB 55120", 7)
    t(page, 40, 721, "IBAN DE44 3705 0198 0012 3456 78 · BIC COLSDE33", 7)


def xero(page: Any, doc: UDoc) -> None:
    """A Xero-style invoice: buyer under the title without a label, labels above values in
    a middle column, the supplier's block at the right."""
    s = doc.supplier
    t(page, 40, 60, "TAX INVOICE" if doc.title == "INVOICE" else doc.title, 20)
    party(page, 40, 88, doc.buyer, 9)
    col = (("Invoice Date", doc.day), ("Invoice Number", doc.number), ("Reference", "PO 5521"))
    for i, (label, value) in enumerate(col):
        t(page, 300, 88 + 26 * i, label, 8, "hebo")
        t(page, 300, 99 + 26 * i, value, 8)
    city, country = s.city.rsplit(", ", 1)
    _lines_of(page, 430, 88, [s.name, s.street, city, country], 8, False)
    y = 200
    for x, head in ((40, "Item"), (110, "Description"), (380, "Quantity"), (450, "Unit Price")):
        t(page, x, y, head, 8, "hebo")
    r(page, 572, y, "Amount NZD", 8, "hebo")
    hline(page, y + 4)
    for line in doc.lines:
        y += 16
        t(page, 40, y, doc.ids(line)[0], 8)
        t(page, 110, y, line.product.supplier_name, 8)
        r(page, 420, y, f"{line.quantity:.2f}", 8)
        r(page, 500, y, money(line.price), 8)
        r(page, 572, y, money(line.amount), 8)
    totals(page, y + 30, doc, x=572)
    t(page, 40, 690, f"{s.name}   {s.phone}   {s.email}   {s.website}", 7)


LAYOUTS6: dict[str, tuple[Any, tuple[str, ...], str]] = {
    "gst-india": (gst_india, ("model",), "%d-%b-%Y"),
    "rechnung": (rechnung, ("ean",), "%d.%m.%Y"),
    "xero": (xero, ("model",), "%d %b %Y"),
}
SUPPLIER6 = {
    "gst-india": Party(
        "Shreeji Polymers Private Limited",
        "Plot 14, RIICO Industrial Area, Sitapura",
        "Jaipur, Rajasthan 302022, India",
        "+91 141 555 2718",
        "sales@shreejipolymers.example",
        "www.shreejipolymers.example",
    ),
    "rechnung": Party(
        "Rheinfels Haushaltswaren GmbH",
        "Industriestraße 27",
        "50829 Köln, Deutschland",
        "+49 221 5550 418",
        "buchhaltung@rheinfels.example",
        "www.rheinfels.example",
    ),
    "xero": Party(
        "Kauri Bay Trading Limited",
        "Level 3, 22 Fanshawe Street",
        "Auckland 1010, New Zealand",
        "+64 9 555 0172",
        "accounts@kauribay.example",
        "www.kauribay.example",
    ),
}


def quantity6(layout: str, rng: random.Random) -> int:
    return rng.randrange(80, 400, 10)
