"""A second batch of layouts, written after the first batch's fixes and measured once before
any change made for it: the supplier right-aligned at the top right, Bill To above Ship To
with the meta-data as labels above values, the model and description in one cell
("WB-32BK - Insulated bottle"), quantities written "120 pcs", contacts as "T: / E: / W:",
and a dotted-leader summary ("Invoice No. ........ X")."""

from __future__ import annotations

from typing import Any

from tests.evidence.unseen_layouts import UDoc, ULine, box, hline, money, party, r, t, totals


def right_letterhead(page: Any, doc: UDoc) -> None:
    """Title left; the supplier right-aligned at the top right; Bill To below the title."""
    s = doc.supplier
    t(page, 40, 64, doc.title, 24, "hebo")
    for i, (text, size, font) in enumerate(
        ((s.name, 12, "hebo"), (s.street, 9, "helv"), (s.city, 9, "helv"), (s.phone, 9, "helv"),
         (s.email, 9, "helv"), (s.website, 9, "helv"))
    ):  # fmt: skip
        r(page, 572, 50 + 13 * i, text, size, font)
    t(page, 40, 96, f"Invoice number  {doc.number}", 9)
    t(page, 40, 109, f"Date of issue  {doc.day}", 9)
    t(page, 40, 150, "Bill to", 9, "hebo")
    party(page, 40, 163, doc.buyer)
    y = 230
    for x, head in ((40, "Description"), (330, "Model"), (420, "Qty")):
        t(page, x, y, head, 9, "hebo")
    r(page, 572, y, "Amount", 9, "hebo")
    hline(page, y + 5)
    for line in doc.lines:
        y += 16
        t(page, 40, y, line.product.supplier_name)
        t(page, 330, y, doc.ids(line)[0])
        t(page, 420, y, str(line.quantity))
        r(page, 572, y, f"${money(line.amount)}")
    totals(page, y + 36, doc, x=572)


def stacked(page: Any, doc: UDoc) -> None:
    """Bill To above Ship To on the left; number, date and terms as labels above values."""
    s = doc.supplier
    t(page, 40, 50, s.name.upper(), 13, "hebo")
    t(page, 40, 64, f"{s.street}, {s.city}", 8)
    t(page, 40, 75, f"T: {s.phone}   E: {s.email}   W: {s.website}", 8)
    for i, (label, value) in enumerate(
        (("INVOICE NO", doc.number), ("INVOICE DATE", doc.day), ("TERMS", "Paid"))
    ):
        t(page, 330 + 82 * i, 110, label, 7, "hebo")
        t(page, 330 + 82 * i, 123, value, 9)
    t(page, 40, 110, "BILL TO", 7, "hebo")
    party(page, 40, 123, doc.buyer)
    t(page, 40, 175, "SHIP TO", 7, "hebo")
    party(page, 40, 188, doc.buyer)
    y = 250
    box(page, 40, y - 12, 572, y + 4, fill=(0.9, 0.9, 0.9))
    for x, head in ((46, "Item"), (330, "Quantity"), (420, "Unit price")):
        t(page, x, y, head, 8, "hebo")
    r(page, 566, y, "Total", 8, "hebo")
    for line in doc.lines:
        y += 16
        t(page, 46, y, f"{doc.ids(line)[0]} - {line.product.supplier_name}")
        t(page, 330, y, f"{line.quantity} pcs")
        t(page, 420, y, money(line.price))
        r(page, 566, y, money(line.amount))
    totals(page, y + 36, doc)


def leaders(page: Any, doc: UDoc) -> None:
    """A summary with dotted leaders ("Invoice No. ........ X"), items with UPC first."""
    s = doc.supplier
    t(page, 40, 56, s.name, 16, "tibo")
    party(page, 40, 72, s.__class__("", s.street, s.city, s.phone, s.email, s.website), 9,
          font="tiro", contacts=True)  # fmt: skip
    t(page, 330, 72, f"Invoice No. ........ {doc.number}", 9, "tiro")
    t(page, 330, 85, f"Invoice Date ....... {doc.day}", 9, "tiro")
    t(page, 330, 98, "Terms ............. Prepaid", 9, "tiro")
    t(page, 40, 160, "Invoiced to:", 9, "tibo")
    party(page, 40, 173, doc.buyer, 9, font="tiro")
    y = 240
    for x, head in ((40, "UPC"), (130, "Item"), (200, "Description"), (440, "Qty")):
        t(page, x, y, head, 9, "tibo")
    r(page, 572, y, "Amount", 9, "tibo")
    hline(page, y + 4)
    for line in doc.lines:
        y += 15
        codes = doc.ids(line)
        t(page, 40, y, codes[1], 9, "tiro")
        t(page, 130, y, codes[0], 9, "tiro")
        t(page, 200, y, line.product.supplier_name, 9, "tiro")
        t(page, 440, y, str(line.quantity), 9, "tiro")
        r(page, 572, y, money(line.amount), 9, "tiro")
    totals(page, y + 36, doc, x=572, font="tiro")


LAYOUTS2: dict[str, tuple[Any, tuple[str, ...], str]] = {
    "right-letterhead": (right_letterhead, ("model",), "%B %d, %Y"),
    "stacked": (stacked, ("model",), "%m/%d/%Y"),
    "leaders": (leaders, ("model", "upc"), "%m/%d/%Y"),
}

__all__ = ["LAYOUTS2", "ULine"]
