"""Ten invoice layouts the reader was never tuned on, drawn with PyMuPDF.

Quantity first, a boxed date/number table, a European letter with the address window and
the supplier in the footer, boxed cells with the label inside the box, right-aligned labels
with distractors (PO, due date, customer ID), vendor/bill-to/ship-to side by side, the SKU
and UPC on a second line under the description, a header row of meta-data above its value
row, a Courier print-out with YYYY-MM-DD dates, and a wholesale platform's order invoice.
Each is ``layout(page, doc)``; ``UDoc.truth()`` is what a reader should extract.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reinstate.evidence.fixtures._documents import Party
from tests.evidence.unseen_cast import Product


@dataclass(frozen=True)
class ULine:
    product: Product
    quantity: int
    price: float

    @property
    def amount(self) -> float:
        return self.quantity * self.price


@dataclass(frozen=True)
class UDoc:
    layout: str
    number: str
    date: dt.date
    supplier: Party
    buyer: Party
    lines: tuple[ULine, ...]
    date_format: str = "%m/%d/%Y"
    title: str = "INVOICE"
    prints: tuple[str, ...] = ("model",)  # model, upc, ean

    def ids(self, line: ULine) -> list[str]:
        codes = {
            "model": line.product.model,
            "upc": line.product.upc,
            "ean": "0" + line.product.upc,
        }
        return [codes[kind] for kind in self.prints]

    @property
    def day(self) -> str:
        return self.date.strftime(self.date_format).replace(" 0", " ")

    def truth(self) -> dict[str, Any]:
        s, b = self.supplier, self.buyer
        return {
            "invoice_date": self.date.isoformat(),
            "invoice_number": self.number,
            "supplier": {
                "name": s.name,
                "address": s.address,
                "phone": s.phone,
                "email": s.email,
                "website": s.website,
            },
            "buyer": {"name": b.name, "address": b.address},
            "items": [
                {"identifiers": self.ids(x), "quantity": x.quantity, "asin": x.product.asin}
                for x in self.lines
            ],
        }


def money(value: float) -> str:
    return f"{value:,.2f}"


def t(page: Any, x: float, y: float, text: str, size: float = 9, font: str = "helv") -> None:
    page.insert_text((x, y), text, fontsize=size, fontname=font)


def r(page: Any, x: float, y: float, text: str, size: float = 9, font: str = "helv") -> None:
    import pymupdf

    t(page, x - pymupdf.get_text_length(text, fontname=font, fontsize=size), y, text, size, font)


def hline(page: Any, y: float, x0: float = 40, x1: float = 572) -> None:
    page.draw_line((x0, y), (x1, y), color=(0.3, 0.3, 0.3), width=0.7)


def box(page: Any, x0: float, y0: float, x1: float, y1: float, fill: Any = None) -> None:
    page.draw_rect((x0, y0, x1, y1), color=(0.3, 0.3, 0.3), fill=fill, width=0.7)


def party(page: Any, x: float, y: float, p: Party, size: float = 9, **kw: Any) -> float:
    rows = [p.name, p.street, p.city]
    if kw.get("contacts"):
        rows += [x for x in (p.phone, p.email, p.website) if x]
    for i, row in enumerate(rows):
        t(page, x, y + (size + 3) * i, row, size, kw.get("font", "helv"))
    return y + (size + 3) * len(rows)


def totals(page: Any, y: float, doc: UDoc, x: float = 560, font: str = "helv") -> None:
    sub = sum(line.amount for line in doc.lines)
    for label, value in (("Subtotal", sub), ("Freight", 38.0), ("TOTAL", sub + 38.0)):
        t(page, x - 170, y, label, 9, font)
        r(page, x, y, money(value), 9, font)
        y += 14
    t(page, 40, y + 20, "Thank you for your business. Paid in full.", 8, font)


def quickbooks(page: Any, doc: UDoc) -> None:
    """Letterhead left, INVOICE right with a boxed DATE / INVOICE # table; QTY first."""
    s = doc.supplier
    party(page, 40, 50, s, 9, contacts=True)
    r(page, 572, 62, "Invoice", 26, "hebo")
    box(page, 412, 75, 572, 107)
    t(page, 420, 86, "DATE", 8, "hebo")
    t(page, 500, 86, "INVOICE #", 8, "hebo")
    t(page, 420, 101, doc.day, 9)
    t(page, 500, 101, doc.number, 9)
    for x, label in ((40, "BILL TO"), (312, "SHIP TO")):
        box(page, x, 140, x + 240, 200)
        t(page, x + 6, 152, label, 8, "hebo")
        party(page, x + 6, 166, doc.buyer)
    y = 232
    box(page, 40, y - 12, 572, y + 4, fill=(0.85, 0.85, 0.85))
    for x, head in ((46, "QTY"), (90, "ITEM CODE"), (180, "DESCRIPTION"), (470, "RATE")):
        t(page, x, y, head, 8, "hebo")
    r(page, 566, y, "AMOUNT", 8, "hebo")
    for line in doc.lines:
        y += 18
        t(page, 46, y, str(line.quantity))
        t(page, 90, y, doc.ids(line)[0])
        t(page, 180, y, line.product.supplier_name)
        t(page, 470, y, money(line.price))
        r(page, 566, y, money(line.amount))
    totals(page, y + 40, doc)


def european(page: Any, doc: UDoc) -> None:
    """The buyer in the address window, meta-data right, supplier details in the footer."""
    s = doc.supplier
    r(page, 572, 60, s.name, 14, "tibo")
    t(page, 56, 110, f"{s.name} - {s.street} - {s.city}", 6, "tiro")
    party(page, 56, 130, doc.buyer, 10, font="tiro")
    for i, (label, value) in enumerate(
        (("Invoice no.", doc.number), ("Invoice date", doc.day), ("Delivery", "by freight"))
    ):
        t(page, 380, 130 + 14 * i, label, 9, "tiro")
        t(page, 460, 130 + 14 * i, value, 9, "tiro")
    t(page, 56, 230, doc.title.title(), 16, "tibo")
    y = 262
    heads = ((56, "Pos."), (90, "EAN"), (180, "Article"), (420, "Quantity"), (480, "Price"))
    for x, head in heads:
        t(page, x, y, head, 9, "tibo")
    r(page, 560, y, "Total", 9, "tibo")
    hline(page, y + 4, 56, 560)
    for n, line in enumerate(doc.lines, 1):
        y += 16
        t(page, 56, y, str(n), 9, "tiro")
        t(page, 90, y, doc.ids(line)[0], 9, "tiro")
        t(page, 180, y, line.product.supplier_name, 9, "tiro")
        r(page, 450, y, str(line.quantity), 9, "tiro")
        t(page, 480, y, money(line.price), 9, "tiro")
        r(page, 560, y, money(line.amount), 9, "tiro")
    totals(page, y + 36, doc, font="tiro")
    hline(page, 715, 56, 560)
    t(page, 56, 728, s.name, 7, "tiro")
    t(page, 56, 737, s.street, 7, "tiro")
    t(page, 56, 746, s.city, 7, "tiro")
    t(page, 250, 728, f"Phone {s.phone}", 7, "tiro")
    t(page, 250, 737, s.email, 7, "tiro")
    t(page, 250, 746, s.website, 7, "tiro")
    t(page, 430, 728, "Bank: First Mountain Bank", 7, "tiro")
    t(page, 430, 737, "Account 0044 1829 33", 7, "tiro")


def boxed_cells(page: Any, doc: UDoc) -> None:
    """Every value in a ruled cell, its label small in the cell's top-left corner."""
    s = doc.supplier
    t(page, 40, 52, doc.title, 20, "hebo")
    cells = (
        (40, 70, 330, 150, "VENDOR", [s.name, s.street, s.city, s.phone, s.website, s.email]),
        (330, 70, 572, 110, "INVOICE NO.", [doc.number]),
        (330, 110, 572, 150, "INVOICE DATE", [doc.day]),
        (40, 150, 330, 215, "CUSTOMER", [doc.buyer.name, doc.buyer.street, doc.buyer.city]),
        (330, 150, 572, 215, "PAYMENT", ["Wire transfer received", "Terms: Prepaid"]),
    )
    for x0, y0, x1, y1, label, values in cells:
        box(page, x0, y0, x1, y1)
        t(page, x0 + 4, y0 + 9, label, 6, "hebo")
        for i, value in enumerate(values):
            t(page, x0 + 8, y0 + 21 + 10.5 * i, value, 9)
    y = 245
    box(page, 40, y - 12, 572, y + 4)
    for x, head in ((46, "UPC"), (140, "Description"), (400, "Units")):
        t(page, x, y, head, 8, "hebo")
    r(page, 566, y, "Line Total", 8, "hebo")
    for line in doc.lines:
        y += 16
        box(page, 40, y - 12, 572, y + 4)
        t(page, 46, y, doc.ids(line)[0])
        t(page, 140, y, line.product.supplier_name)
        t(page, 400, y, str(line.quantity))
        r(page, 566, y, money(line.amount))
    totals(page, y + 36, doc)


def right_labels(page: Any, doc: UDoc) -> None:
    """Right-aligned labels beside their values, with a PO, a due date and a customer ID."""
    s = doc.supplier
    t(page, 40, 60, s.name, 16, "hebo")
    t(page, 40, 76, f"{s.street}  |  {s.city}", 8)
    t(page, 40, 88, f"{s.phone}  |  {s.email}  |  {s.website}", 8)
    pairs = (
        ("Invoice #:", doc.number),
        ("Invoice Date:", doc.day),
        ("Customer ID:", "C-10482"),
        ("PO #:", "PO-7731"),
        ("Due Date:", (doc.date + dt.timedelta(days=30)).strftime(doc.date_format)),
    )
    for i, (label, value) in enumerate(pairs):
        r(page, 470, 120 + 13 * i, label, 9, "hebo")
        t(page, 476, 120 + 13 * i, value)
    t(page, 40, 120, "Bill To:", 9, "hebo")
    party(page, 40, 133, doc.buyer)
    y = 215
    hline(page, y - 12)
    for x, head in ((40, "Model"), (110, "UPC"), (200, "Item Description"), (440, "Qty")):
        t(page, x, y, head, 9, "hebo")
    r(page, 572, y, "Ext. Price", 9, "hebo")
    hline(page, y + 4)
    for line in doc.lines:
        y += 15
        codes = doc.ids(line)
        t(page, 40, y, codes[0])
        t(page, 110, y, codes[1])
        t(page, 200, y, line.product.supplier_name)
        t(page, 440, y, str(line.quantity))
        r(page, 572, y, money(line.amount))
    totals(page, y + 36, doc, x=572)


def three_blocks(page: Any, doc: UDoc) -> None:
    """Vendor, Bill To and Ship To side by side at the same height."""
    s = doc.supplier
    t(page, 40, 50, doc.title, 22, "hebo")
    r(page, 572, 44, f"No. {doc.number}", 10, "hebo")
    r(page, 572, 58, f"Date {doc.day}", 10)
    for x, label, who in (
        (40, "VENDOR", s),
        (220, "BILL TO", doc.buyer),
        (400, "SHIP TO", doc.buyer),
    ):
        t(page, x, 96, label, 8, "hebo")
        party(page, x, 110, who, 9, contacts=who is s)
    y = 205
    hline(page, y - 12)
    for x, head in ((40, "Item"), (120, "Description"), (420, "Qty")):
        t(page, x, y, head, 9, "hebo")
    r(page, 500, y, "Each", 9, "hebo")
    r(page, 572, y, "Amount", 9, "hebo")
    hline(page, y + 4)
    for line in doc.lines:
        y += 15
        t(page, 40, y, doc.ids(line)[0])
        t(page, 120, y, line.product.supplier_name)
        t(page, 420, y, str(line.quantity))
        r(page, 500, y, money(line.price))
        r(page, 572, y, money(line.amount))
    totals(page, y + 36, doc, x=572)


def second_line(page: Any, doc: UDoc) -> None:
    """Description on one line, 'SKU ... UPC ...' in small type on the line under it."""
    s = doc.supplier
    t(page, 306 - len(s.name) * 3.6, 54, s.name, 13, "hebo")
    contact = f"{s.street}, {s.city}   Tel: {s.phone}   {s.website}   {s.email}"
    t(page, 40, 70, contact, 7)
    hline(page, 78)
    t(page, 40, 100, f"{doc.title} {doc.number}", 12, "hebo")
    r(page, 572, 100, f"Issued: {doc.day}", 9)
    t(page, 40, 124, "Customer", 8, "hebo")
    party(page, 40, 136, doc.buyer)
    y = 200
    t(page, 40, y, "Product", 9, "hebo")
    t(page, 420, y, "Quantity", 9, "hebo")
    r(page, 572, y, "Amount", 9, "hebo")
    hline(page, y + 4)
    for line in doc.lines:
        y += 16
        t(page, 40, y, line.product.supplier_name)
        t(page, 420, y, str(line.quantity))
        r(page, 572, y, money(line.amount))
        y += 10
        codes = doc.ids(line)
        t(page, 52, y, f"SKU {codes[0]}    UPC {codes[1]}", 7)
        hline(page, y + 4)
    totals(page, y + 36, doc, x=572)


def meta_row(page: Any, doc: UDoc) -> None:
    """A header row of meta-data (number, date, terms, ship via, rep) above its values."""
    s = doc.supplier
    t(page, 40, 56, s.name, 15, "tibo")
    party(page, 40, 72, Party("", s.street, s.city, s.phone, s.email, s.website), 8, contacts=True)
    r(page, 572, 56, doc.title, 18, "tibo")
    t(page, 330, 90, "Sold To:", 9, "tibo")
    party(page, 330, 103, doc.buyer, 9, font="tiro")
    y = 170
    heads = ("Invoice No.", "Invoice Date", "Terms", "Ship Via", "Sales Rep")
    values = (doc.number, doc.day, "Prepaid", "UPS Freight", "K. Lund")
    box(page, 40, y - 12, 572, y + 20)
    for i, (head, value) in enumerate(zip(heads, values, strict=True)):
        t(page, 46 + 106 * i, y, head, 8, "tibo")
        t(page, 46 + 106 * i, y + 14, value, 9, "tiro")
    y = 230
    for x, head in ((40, "Ordered"), (100, "Shipped"), (160, "Item No."), (240, "Description")):
        t(page, x, y, head, 8, "tibo")
    r(page, 572, y, "Extension", 8, "tibo")
    hline(page, y + 4)
    for line in doc.lines:
        y += 15
        t(page, 40, y, str(line.quantity), 9, "tiro")
        t(page, 100, y, str(line.quantity), 9, "tiro")
        t(page, 160, y, doc.ids(line)[0], 9, "tiro")
        t(page, 240, y, line.product.supplier_name, 9, "tiro")
        r(page, 572, y, money(line.amount), 9, "tiro")
    totals(page, y + 36, doc, x=572, font="tiro")


def courier(page: Any, doc: UDoc) -> None:
    """A fixed-width print-out: INV NO / INV DATE labels, dates as YYYY-MM-DD."""
    s = doc.supplier
    rows = [
        s.name.upper(),
        s.street.upper(),
        s.city.upper(),
        f"PHONE {s.phone}   WEB {s.website}",
        f"EMAIL {s.email}",
        "",
        f"INV NO   : {doc.number}",
        f"INV DATE : {doc.day}",
        "",
        "CUSTOMER : " + doc.buyer.name.upper(),
        "           " + doc.buyer.street.upper(),
        "           " + doc.buyer.city.upper(),
        "",
        "-" * 78,
        f"{'ITEM':<12}{'UPC':<15}{'DESCRIPTION':<36}{'QTY':>6}{'AMOUNT':>9}",
        "-" * 78,
    ]
    for line in doc.lines:
        codes = doc.ids(line)
        desc = line.product.supplier_name.upper()[:34]
        rows.append(f"{codes[0]:<12}{codes[1]:<15}{desc:<36}{line.quantity:>6}{line.amount:>9.2f}")
    total = sum(line.amount for line in doc.lines)
    rows += ["-" * 78, f"{'TOTAL':<69}{total:>9.2f}", "", "PAID - THANK YOU"]
    for i, row in enumerate(rows):
        t(page, 36, 50 + 12 * i, row, 8.5, "cour")


def platform(page: Any, doc: UDoc) -> None:
    """A wholesale platform's invoice: 'Brand' (the supplier) and 'Retailer' (the buyer)."""
    s = doc.supplier
    t(page, 40, 50, "Wholesale order invoice", 9)
    t(page, 40, 74, doc.title.title(), 20, "hebo")
    pairs = (("Invoice number", doc.number), ("Invoice date", doc.day), ("Status", "Paid"))
    for i, (label, value) in enumerate(pairs):
        t(page, 380, 50 + 13 * i, label, 8)
        r(page, 572, 50 + 13 * i, value, 9, "hebo")
    t(page, 40, 110, "Brand", 8)
    party(page, 40, 124, s, 9, contacts=True)
    t(page, 330, 110, "Retailer", 8)
    party(page, 330, 124, doc.buyer, 9)
    y = 215
    for x, head in ((40, "Product"), (300, "Style #"), (380, "Units")):
        t(page, x, y, head, 8, "hebo")
    r(page, 572, y, "Total", 8, "hebo")
    for line in doc.lines:
        y += 20
        t(page, 40, y, line.product.supplier_name)
        t(page, 300, y, doc.ids(line)[0])
        t(page, 380, y, str(line.quantity))
        r(page, 572, y, f"${money(line.amount)}")
        hline(page, y + 6)
    totals(page, y + 36, doc, x=572)


LAYOUTS: dict[str, tuple[Callable[[Any, UDoc], None], tuple[str, ...], str]] = {
    # name: (draw, identifiers printed, date format)
    "quickbooks": (quickbooks, ("model",), "%m/%d/%Y"),
    "european": (european, ("ean",), "%d %B %Y"),
    "boxed-cells": (boxed_cells, ("upc",), "%B %d, %Y"),
    "right-labels": (right_labels, ("model", "upc"), "%m/%d/%Y"),
    "three-blocks": (three_blocks, ("model",), "%b %d, %Y"),
    "second-line": (second_line, ("model", "upc"), "%d-%b-%Y"),
    "meta-row": (meta_row, ("model",), "%m/%d/%y"),
    "courier": (courier, ("model", "upc"), "%Y-%m-%d"),
    "platform": (platform, ("model",), "%B %d, %Y"),
}


def draw(doc: UDoc) -> Any:
    import pymupdf

    pdf = pymupdf.open()
    page = pdf.new_page(width=612, height=792)
    LAYOUTS[doc.layout][0](page, doc)
    return pdf
