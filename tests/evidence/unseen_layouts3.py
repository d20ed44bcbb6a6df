"""A third batch of layouts, written after the second batch's and round 3's fixes without
looking at how the reader handles them, measured once before any change made for them.

A Chinese factory's commercial invoice (Shipper/Exporter, Consignee, Notify Party, CTNs
and PCS columns, "03-Nov-25"), an ERP invoice (Bill To beside Ship To, labels above values,
a Remit To box, two-line descriptions, a UPC column, "288 EA"), an unruled table with
"12 cs x 24" quantities and the supplier's address in the footer, a two-page invoice
with the totals on page 2, a UK invoice with VAT and dd/mm/yyyy, a Dutch wholesaler's
invoice in English with dd-mm-yyyy and EANs, a Canadian one with GST/HST, a wholesale
marketplace's invoice (the marketplace's name and site are not the supplier's), a
thermal-printer invoice on a narrow roll and a pre-printed form filled in by hand (an
oblique hand with uneven baselines: the nearest a built-in font comes to handwriting).
"""

from __future__ import annotations

import random
from typing import Any

from reinstate.evidence.fixtures._documents import Party
from tests.evidence.unseen_cast import SUPPLIERS3
from tests.evidence.unseen_layouts import UDoc, box, hline, money, party, r, t, totals


def _qty(n: int) -> str:
    return f"{n:,}"


def factory_ci(page: Any, doc: UDoc) -> None:
    """COMMERCIAL INVOICE with Shipper/Exporter and Consignee boxes, CTNs and PCS."""
    s = doc.supplier
    t(page, 306 - len(s.name) * 3.9, 46, s.name.upper(), 12, "hebo")
    t(page, 150, 60, f"{s.street}, {s.city}", 8)
    t(page, 150, 71, f"TEL: {s.phone}   E-MAIL: {s.email}   WEB: {s.website}", 8)
    t(page, 220, 96, "COMMERCIAL INVOICE", 14, "hebo")
    box(page, 40, 108, 306, 176)
    t(page, 44, 118, "Shipper/Exporter:", 7, "hebo")
    party(page, 44, 130, Party(s.name, s.street, s.city), 8)
    box(page, 306, 108, 572, 142)
    t(page, 310, 118, "Invoice No.:", 7, "hebo")
    t(page, 380, 118, doc.number, 8)
    t(page, 310, 132, "Date:", 7, "hebo")
    t(page, 380, 132, doc.day, 8)
    box(page, 306, 142, 572, 176)
    t(page, 310, 152, "L/C No.: T/T IN ADVANCE", 7)
    t(page, 310, 165, "Port of loading: NINGBO    Destination: LOS ANGELES", 7)
    box(page, 40, 176, 306, 236)
    t(page, 44, 186, "Consignee:", 7, "hebo")
    party(page, 44, 198, doc.buyer, 8)
    box(page, 306, 176, 572, 236)
    t(page, 310, 186, "Notify Party:", 7, "hebo")
    t(page, 310, 198, "SAME AS CONSIGNEE", 8)
    y = 262
    heads = ((44, "Marks & Nos."), (110, "Description of Goods"), (300, "Model"),
             (370, "CTNs"), (410, "PCS"), (455, "Unit Price"))  # fmt: skip
    box(page, 40, y - 12, 572, y + 5)
    for x, head in heads:
        t(page, x, y, head, 7, "hebo")
    r(page, 568, y, "Amount (USD)", 7, "hebo")
    for line in doc.lines:
        y += 16
        t(page, 44, y, "N/M", 8)
        t(page, 110, y, line.product.supplier_name[:36], 8)
        t(page, 300, y, doc.ids(line)[0], 8)
        t(page, 370, y, str(max(1, line.quantity // 50)), 8)
        t(page, 410, y, _qty(line.quantity), 8)
        t(page, 455, y, f"USD {line.price:.2f}", 8)
        r(page, 568, y, money(line.amount), 8)
    hline(page, y + 6)
    total = sum(line.amount for line in doc.lines)
    pcs = sum(line.quantity for line in doc.lines)
    t(page, 110, y + 20, f"TOTAL: {_qty(pcs)} PCS", 8, "hebo")
    r(page, 568, y + 20, f"USD {money(total)}", 8, "hebo")
    t(page, 44, y + 50, "SAY TOTAL US DOLLARS ONLY. COUNTRY OF ORIGIN: CHINA", 7)
    t(page, 400, y + 90, "Authorised signature", 7)


def erp_remit(page: Any, doc: UDoc) -> None:
    """ERP print: Bill To beside Ship To, a label-above-value strip, a Remit To box."""
    s = doc.supplier
    t(page, 40, 50, s.name, 14, "hebo")
    t(page, 40, 63, s.street, 8)
    t(page, 40, 73, s.city, 8)
    t(page, 40, 83, f"{s.phone}  ·  {s.email}  ·  {s.website}", 8)
    r(page, 572, 54, doc.title, 20, "hebo")
    strip = (("Invoice Number", doc.number), ("Invoice Date", doc.day),
             ("Customer PO", "PO-55102"), ("Terms", "Net 30"), ("Sales Order", "SO-88217"))  # fmt: skip
    for i, (label, value) in enumerate(strip):
        t(page, 40 + 106 * i, 110, label, 7, "hebo")
        t(page, 40 + 106 * i, 122, value, 9)
    for x, label in ((40, "Bill To"), (306, "Ship To")):
        t(page, x, 150, label, 8, "hebo")
        party(page, x, 162, doc.buyer)
    y = 225
    hline(page, y - 11)
    heads = ((40, "Line"), (70, "Item"), (140, "UPC"), (230, "Description"), (430, "Qty"))
    for x, head in heads:
        t(page, x, y, head, 8, "hebo")
    r(page, 572, y, "Extended", 8, "hebo")
    hline(page, y + 4)
    for n, line in enumerate(doc.lines, 1):
        y += 15
        words = line.product.supplier_name.split()
        half = (len(words) + 1) // 2
        t(page, 40, y, str(n))
        t(page, 70, y, line.product.model)
        t(page, 140, y, line.product.upc)
        t(page, 230, y, " ".join(words[:half]))
        t(page, 430, y, f"{line.quantity} EA")
        r(page, 572, y, money(line.amount))
        y += 11
        t(page, 230, y, " ".join(words[half:]))
    totals(page, y + 30, doc, x=572)
    box(page, 40, 660, 300, 730)
    t(page, 46, 672, "Remit To", 8, "hebo")
    party(page, 46, 685, Party(s.name, "PO Box 94817", "Chicago, IL 60694"), 8)


def unruled_cases(page: Any, doc: UDoc) -> None:
    """No rules anywhere; quantities as cases x pack; the supplier's address in the footer."""
    s = doc.supplier
    t(page, 40, 60, s.name, 18, "tibo")
    t(page, 420, 60, "Invoice", 18, "tiro")
    t(page, 420, 80, f"No. {doc.number}", 10, "tiro")
    t(page, 420, 94, doc.day, 10, "tiro")
    t(page, 40, 120, "Sold To", 10, "tibo")
    party(page, 40, 134, doc.buyer, 10, font="tiro")
    y = 210
    for x, head in ((40, "Item"), (120, "UPC"), (220, "Description"), (420, "Quantity")):
        t(page, x, y, head, 10, "tibo")
    r(page, 572, y, "Amount", 10, "tibo")
    for line in doc.lines:
        y += 18
        t(page, 40, y, doc.ids(line)[0], 10, "tiro")
        t(page, 120, y, doc.ids(line)[1], 10, "tiro")
        t(page, 220, y, line.product.supplier_name[:34], 10, "tiro")
        t(page, 420, y, f"{line.quantity // 24} cs x 24", 10, "tiro")
        r(page, 572, y, money(line.amount), 10, "tiro")
    totals(page, y + 40, doc, x=572, font="tiro")
    t(page, 40, 740, f"{s.name}  ·  {s.street}, {s.city}", 8, "tiro")
    t(page, 40, 751, f"{s.phone}  ·  {s.email}  ·  {s.website}", 8, "tiro")


def _multi_head(page: Any, doc: UDoc, number: int) -> float:
    s = doc.supplier
    party(page, 40, 50, s, 9, contacts=True)
    r(page, 572, 56, doc.title, 20, "hebo")
    r(page, 572, 74, f"Invoice # {doc.number}", 9)
    r(page, 572, 86, f"Date: {doc.day}", 9)
    r(page, 572, 98, f"Page {number} of 2", 8)
    return 140


def two_pages(page: Any, doc: UDoc) -> None:
    """Two pages, the letterhead repeated, the items split, the totals on page 2."""
    y = _multi_head(page, doc, 1)
    t(page, 40, y, "Customer", 9, "hebo")
    party(page, 40, y + 13, doc.buyer)
    pdf = page.parent
    pdf.new_page(width=612, height=792)
    pages = [pdf[0], pdf[1]]
    split = max(1, len(doc.lines) // 2)
    chunks = (doc.lines[:split], doc.lines[split:])
    for number, (here, chunk) in enumerate(zip(pages, chunks, strict=True), 1):
        if number == 2:
            _multi_head(here, doc, 2)
        y = 230 if number == 1 else 160
        for x, head in ((40, "Item No."), (130, "Description"), (420, "Qty")):
            t(here, x, y, head, 9, "hebo")
        r(here, 572, y, "Amount", 9, "hebo")
        hline(here, y + 4)
        for line in chunk:
            y += 16
            t(here, 40, y, doc.ids(line)[0])
            t(here, 130, y, line.product.supplier_name)
            t(here, 420, y, str(line.quantity))
            r(here, 572, y, money(line.amount))
        if number == 1:
            t(here, 40, 740, "Continued on page 2", 8)
        else:
            totals(here, y + 36, doc, x=572)


def uk_vat(page: Any, doc: UDoc) -> None:
    """A UK invoice: VAT number, 'Invoice to' beside 'Deliver to', dd/mm/yyyy, pounds."""
    s = doc.supplier
    t(page, 40, 56, s.name, 16, "hebo")
    for i, row in enumerate((s.street, s.city, f"Tel {s.phone}", s.email, s.website)):
        t(page, 40, 70 + 10 * i, row, 8)
    r(page, 572, 56, "TAX INVOICE", 14, "hebo")
    r(page, 572, 72, "VAT Reg. No. GB 284 5519 36", 8)
    pairs = (("Invoice No", doc.number), ("Invoice Date", doc.day), ("Tax Point", doc.day),
             ("Account", "CEDAR01"))  # fmt: skip
    for i, (label, value) in enumerate(pairs):
        t(page, 400, 100 + 12 * i, label, 8, "hebo")
        r(page, 572, 100 + 12 * i, value, 8)
    for x, label in ((40, "Invoice to"), (220, "Deliver to")):
        t(page, x, 170, label, 8, "hebo")
        party(page, x, 183, doc.buyer, 8)
    y = 245
    box(page, 40, y - 11, 572, y + 4, fill=(0.92, 0.92, 0.92))
    heads = ((44, "Product Code"), (130, "Description"), (370, "Qty"), (410, "Unit £"),
             (470, "VAT %"))  # fmt: skip
    for x, head in heads:
        t(page, x, y, head, 8, "hebo")
    r(page, 568, y, "Net £", 8, "hebo")
    for line in doc.lines:
        y += 15
        t(page, 44, y, doc.ids(line)[0], 8)
        t(page, 130, y, line.product.supplier_name, 8)
        t(page, 370, y, str(line.quantity), 8)
        t(page, 410, y, money(line.price), 8)
        t(page, 470, y, "20", 8)
        r(page, 568, y, money(line.amount), 8)
    net = sum(line.amount for line in doc.lines)
    for i, (label, value) in enumerate((("Net", net), ("VAT @ 20%", net * 0.2),
                                        ("Total GBP", net * 1.2))):  # fmt: skip
        t(page, 420, y + 30 + 12 * i, label, 8, "hebo")
        r(page, 568, y + 30 + 12 * i, money(value), 8)
    t(page, 40, 740, "Registered in England and Wales No. 08815527", 7)


def eu_vat(page: Any, doc: UDoc) -> None:
    """A Dutch wholesaler's invoice in English: dd-mm-yyyy, EAN codes, BTW/VAT number."""
    s = doc.supplier
    r(page, 572, 50, s.name, 13, "hebo")
    r(page, 572, 63, s.street, 8)
    r(page, 572, 73, s.city, 8)
    r(page, 572, 83, f"T {s.phone}", 8)
    r(page, 572, 93, s.email, 8)
    r(page, 572, 103, s.website, 8)
    r(page, 572, 113, "VAT NL 8612.44.519.B01   KvK 24518811", 7)
    t(page, 40, 120, "Invoice address", 8, "hebo")
    party(page, 40, 132, doc.buyer, 9)
    t(page, 40, 200, doc.title, 18, "hebo")
    for i, (label, value) in enumerate((("Invoice number", doc.number), ("Invoice date", doc.day),
                                        ("Due date", "prepaid"))):  # fmt: skip
        t(page, 40 + 150 * i, 222, label, 7)
        t(page, 40 + 150 * i, 234, value, 9, "hebo")
    y = 270
    for x, head in ((40, "EAN"), (140, "Article"), (380, "Quantity"), (450, "Price")):
        t(page, x, y, head, 8, "hebo")
    r(page, 572, y, "Amount EUR", 8, "hebo")
    hline(page, y + 4)
    for line in doc.lines:
        y += 15
        t(page, 40, y, doc.ids(line)[0], 8)
        t(page, 140, y, line.product.supplier_name, 8)
        r(page, 420, y, str(line.quantity), 8)
        t(page, 450, y, money(line.price).replace(".", ","), 8)
        r(page, 572, y, money(line.amount).replace(",", " ").replace(".", ","), 8)
    t(page, 40, y + 40, "VAT reverse charged / intra-Community supply exempt.", 8)


def canada_gst(page: Any, doc: UDoc) -> None:
    """A Canadian invoice: GST/HST number, Sold To and Ship To, DD-MON-YYYY dates."""
    s = doc.supplier
    t(page, 40, 54, s.name, 15, "tibo")
    t(page, 40, 68, f"{s.street}, {s.city}", 8, "tiro")
    t(page, 40, 79, f"Phone {s.phone}  |  {s.email}  |  {s.website}", 8, "tiro")
    t(page, 40, 90, "GST/HST Reg. No. 81457 2093 RT0001", 8, "tiro")
    box(page, 400, 40, 572, 96)
    t(page, 408, 54, doc.title, 12, "tibo")
    t(page, 408, 70, f"Number: {doc.number}", 9, "tiro")
    t(page, 408, 84, f"Date: {doc.day.upper()}", 9, "tiro")
    t(page, 40, 125, "Sold To:", 9, "tibo")
    party(page, 100, 125, doc.buyer, 9, font="tiro")
    t(page, 330, 125, "Ship To:", 9, "tibo")
    party(page, 390, 125, doc.buyer, 9, font="tiro")
    y = 200
    for x, head in ((40, "Qty Shipped"), (110, "Part #"), (200, "Description")):
        t(page, x, y, head, 9, "tibo")
    r(page, 490, y, "Unit CAD", 9, "tibo")
    r(page, 572, y, "Total CAD", 9, "tibo")
    hline(page, y + 4)
    for line in doc.lines:
        y += 15
        r(page, 90, y, str(line.quantity), 9, "tiro")
        t(page, 110, y, doc.ids(line)[0], 9, "tiro")
        t(page, 200, y, line.product.supplier_name, 9, "tiro")
        r(page, 490, y, money(line.price), 9, "tiro")
        r(page, 572, y, money(line.amount), 9, "tiro")
    net = sum(line.amount for line in doc.lines)
    for i, (label, value) in enumerate((("Subtotal", net), ("GST 5%", 0.0), ("Total", net))):
        t(page, 420, y + 30 + 13 * i, label, 9, "tiro")
        r(page, 572, y + 30 + 13 * i, money(value), 9, "tiro")
    t(page, 40, y + 80, "Zero-rated export. Paid by wire.", 8, "tiro")


def marketplace(page: Any, doc: UDoc) -> None:
    """A wholesale marketplace's invoice: its name and site at the top, 'Sold by' (the
    supplier) and 'Buyer', an order number beside the invoice number."""
    s = doc.supplier
    t(page, 40, 46, "TradeHarbor Wholesale", 14, "hebo")
    t(page, 40, 58, "www.tradeharbor.example · support@tradeharbor.example", 7)
    r(page, 572, 46, doc.title.title(), 14, "hebo")
    rows = (("Order ID", "TH-20931-7781"), ("Invoice No.", doc.number), ("Invoice date", doc.day))
    for i, (label, value) in enumerate(rows):
        r(page, 480, 62 + 11 * i, label, 8)
        r(page, 572, 62 + 11 * i, value, 8, "hebo")
    t(page, 40, 120, "Sold by", 8, "hebo")
    party(page, 40, 132, s, 8, contacts=True)
    t(page, 320, 120, "Buyer", 8, "hebo")
    party(page, 320, 132, doc.buyer, 8)
    y = 225
    for x, head in ((40, "Product"), (300, "Item #"), (380, "Quantity")):
        t(page, x, y, head, 8, "hebo")
    r(page, 572, y, "Subtotal", 8, "hebo")
    hline(page, y + 4)
    for line in doc.lines:
        y += 15
        t(page, 40, y, line.product.supplier_name, 8, "hebo")
        t(page, 300, y, doc.ids(line)[0], 8)
        t(page, 380, y, f"{line.quantity} units", 8)
        r(page, 572, y, f"${money(line.amount)}", 8)
        y += 10
        t(page, 40, y, f"Sold in packs of 10 · {line.quantity // 10} packs", 7)
        hline(page, y + 4)
    totals(page, y + 30, doc, x=572)


def thermal(page: Any, doc: UDoc) -> None:
    """A thermal printer's invoice on a narrow roll (the page is 226 pt wide)."""
    s = doc.supplier
    rows = [s.name.upper()[:34], s.street.upper()[:34], s.city.upper(), f"TEL {s.phone}",
            s.email, s.website, "-" * 34, "          SALES INVOICE", "-" * 34,
            f"INV#: {doc.number}", f"DATE: {doc.day}", "CUSTOMER:", doc.buyer.name.upper(),
            doc.buyer.street.upper(), doc.buyer.city.upper(), "-" * 34]  # fmt: skip
    for line in doc.lines:
        rows.append(line.product.supplier_name.upper()[:34])
        rows.append(f"  {doc.ids(line)[0]:<10}{line.quantity:>5} @{line.price:>6.2f}")
        rows.append(f"{'':>24}{line.amount:>10.2f}")
    total = sum(line.amount for line in doc.lines)
    rows += ["-" * 34, f"TOTAL{total:>29.2f}", "PAID  CARD", "THANK YOU"]
    for i, row in enumerate(rows):
        t(page, 10, 24 + 10 * i, row, 7.5, "cour")


def handwritten_form(page: Any, doc: UDoc) -> None:
    """A pre-printed invoice book page filled in by hand (an uneven oblique hand)."""
    s = doc.supplier
    hand = random.Random(doc.number)

    def pen(x: float, y: float, text: str, size: float = 11) -> None:
        page.insert_text(
            (x + hand.uniform(-2, 2), y + hand.uniform(-2, 2)),
            text,
            fontsize=size + hand.uniform(-0.8, 0.8),
            fontname="tiit",
            color=(0.05, 0.1, 0.45),
        )

    party(page, 40, 50, s, 9, contacts=True)
    r(page, 572, 56, doc.title, 18, "hebo")
    t(page, 400, 80, "No.", 9)
    pen(430, 80, doc.number)
    t(page, 400, 100, "Date", 9)
    pen(430, 100, doc.day)
    t(page, 40, 140, "Sold to", 9, "hebo")
    for i, row in enumerate((doc.buyer.name, doc.buyer.street, doc.buyer.city)):
        hline(page, 160 + 20 * i, 40, 330)
        pen(44, 157 + 20 * i, row)
    y = 240
    for x, head in ((40, "Qty"), (90, "Item"), (180, "Description")):
        t(page, x, y, head, 9, "hebo")
    r(page, 572, y, "Amount", 9, "hebo")
    hline(page, y + 4)
    for line in doc.lines:
        y += 24
        pen(44, y, str(line.quantity))
        pen(90, y, doc.ids(line)[0])
        pen(180, y, line.product.supplier_name[:30])
        pen(500, y, money(line.amount))
        hline(page, y + 5)
    pen(500, y + 30, money(sum(line.amount for line in doc.lines)))
    t(page, 440, y + 30, "Total", 9, "hebo")


# name: (draw, identifiers printed, date format)
LAYOUTS3: dict[str, tuple[Any, tuple[str, ...], str]] = {
    "factory-ci": (factory_ci, ("model",), "%d-%b-%y"),
    "erp-remit": (erp_remit, ("model", "upc"), "%m/%d/%Y"),
    "unruled-cases": (unruled_cases, ("model", "upc"), "%-d %B %Y"),
    "two-pages": (two_pages, ("model",), "%b %d, %Y"),
    "uk-vat": (uk_vat, ("model",), "%d/%m/%Y"),
    "eu-vat": (eu_vat, ("ean",), "%d-%m-%Y"),
    "canada-gst": (canada_gst, ("model",), "%d-%b-%Y"),
    "marketplace": (marketplace, ("model",), "%B %d, %Y"),
    "thermal": (thermal, ("model",), "%d-%b-%y"),
    "handwritten-form": (handwritten_form, ("model",), "%m/%d/%Y"),
}
# who supplies each layout (the others take the unseen cast's US suppliers in turn)
SUPPLIER3 = {
    "factory-ci": SUPPLIERS3["factory"],
    "uk-vat": SUPPLIERS3["uk"],
    "eu-vat": SUPPLIERS3["nl"],
    "canada-gst": SUPPLIERS3["ca"],
}


def quantity3(layout: str, rng: random.Random) -> int:
    """Units on a line: whole cases of 24 where cases are printed, factory lots in the
    thousands, otherwise 80 to 400."""
    if layout == "unruled-cases":
        return 24 * rng.randint(4, 16)
    if layout == "factory-ci":
        return 50 * rng.randint(20, 60)
    return rng.randrange(80, 400, 10)
