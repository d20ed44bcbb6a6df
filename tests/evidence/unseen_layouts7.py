"""A seventh batch of layouts, written after round 4 was measured and before any change made
for it, to tell whether the item reading carries to layouts it was never tuned on:

- ``case-pack``: a distributor's invoice sold by the case: a "Pack" column ("12/cs") and a
  "Cases" quantity column (the units are cases times the pack), the item number centred
  over its column;
- ``grey-band``: a table with a dark heading band, alternating grey rows, the style code,
  colour and size in columns of their own and the UPC in the last column;
- ``order-cards``: a web shop's order invoice with no table: each product a block of
  lines (name; "Style … · Colour …"; "UPC …"; "Qty 48 × $5.10 = …"), photographed turned
  by two degrees.

Each is ``layout(page, doc)`` as in ``unseen_layouts``; quantities are units.
"""

from __future__ import annotations

import random
from typing import Any

from reinstate.evidence.fixtures._documents import Party
from tests.evidence.unseen_layouts import UDoc, ULine, box, hline, money, party, r, t, totals

GREY = (0.9, 0.9, 0.9)
BAND = (0.25, 0.3, 0.35)
COLOURS = ("Black", "Graphite", "Sand", "Olive", "Navy")
PACKS = (6, 12, 24)


def pack_of(line: ULine) -> int:
    """The case pack of a line's product (every quantity is a multiple of 24)."""
    return PACKS[len(line.product.supplier_name) % len(PACKS)]


def case_pack(page: Any, doc: UDoc) -> None:
    """Sold by the case: the pack in its own column, the quantity in cases."""
    s = doc.supplier
    t(page, 40, 55, s.name, 15, "hebo")
    t(page, 40, 70, f"{s.street} - {s.city}", 8)
    t(page, 40, 81, f"Phone {s.phone}  |  {s.email}  |  {s.website}", 8)
    r(page, 572, 55, doc.title.upper(), 18, "hebo")
    for i, (label, value) in enumerate((("Invoice No.", doc.number), ("Date", doc.day))):
        t(page, 420, 75 + 12 * i, label, 8, "hebo")
        r(page, 572, 75 + 12 * i, value, 8)
    t(page, 40, 115, "Customer", 8, "hebo")
    party(page, 40, 127, doc.buyer, 9)
    t(page, 320, 115, "Deliver to", 8, "hebo")
    party(page, 320, 127, doc.buyer, 9)
    y = 200
    hline(page, y - 11)
    heads = ((62, "Item"), (160, "Description"), (352, "Pack"), (400, "Cases"))
    for x, head in heads:
        t(page, x, y, head, 8, "hebo")
    r(page, 510, y, "Price/Case", 8, "hebo")
    r(page, 572, y, "Amount", 8, "hebo")
    hline(page, y + 4)
    for line in doc.lines:
        y += 16
        pack = pack_of(line)
        cases = line.quantity // pack
        t(page, 40, y, doc.ids(line)[0], 8)
        t(page, 130, y, line.product.supplier_name[:40], 8)
        t(page, 352, y, f"{pack}/cs", 8)
        r(page, 420, y, str(cases), 8)
        r(page, 510, y, money(line.price * pack), 8)
        r(page, 572, y, money(line.amount), 8)
    totals(page, y + 34, doc, x=572)


def grey_band(page: Any, doc: UDoc) -> None:
    """A dark heading band with white headings, grey bands on every other row, the style,
    colour and size in columns of their own, the UPC last."""
    s = doc.supplier
    party(page, 40, 50, s, 9, contacts=True)
    r(page, 572, 55, "Invoice", 24, "hebo")
    r(page, 572, 75, f"No. {doc.number}", 9)
    r(page, 572, 88, f"Issued {doc.day}", 9)
    t(page, 40, 150, "INVOICE TO", 8, "hebo")
    party(page, 40, 162, doc.buyer, 9)
    y = 230
    page.draw_rect((40, y - 12, 572, y + 5), color=BAND, fill=BAND)
    heads = ((46, "Style"), (110, "Description"), (290, "Colour"), (345, "Size"), (390, "Qty"))
    for x, head in heads:
        page.insert_text((x, y), head, fontsize=8, fontname="hebo", color=(1, 1, 1))
    for x, head in ((470, "Price"), (566, "UPC")):
        import pymupdf

        width = pymupdf.get_text_length(head, fontname="hebo", fontsize=8)
        page.insert_text((x - width, y), head, fontsize=8, fontname="hebo", color=(1, 1, 1))
    for n, line in enumerate(doc.lines):
        y += 17
        if n % 2:
            page.draw_rect((40, y - 12, 572, y + 5), color=GREY, fill=GREY)
        t(page, 46, y, doc.ids(line)[0], 8)
        t(page, 110, y, line.product.supplier_name.split(",")[0][:32], 8)
        t(page, 290, y, COLOURS[n % len(COLOURS)], 8)
        t(page, 345, y, "One size", 8)
        r(page, 410, y, str(line.quantity), 8)
        r(page, 470, y, money(line.price), 8)
        r(page, 566, y, doc.ids(line)[1], 8)
    box(page, 40, 218, 572, y + 5)
    totals(page, y + 34, doc, x=572)


def order_cards(page: Any, doc: UDoc) -> None:
    """A web shop's order invoice: no table, each product a block of lines."""
    s = doc.supplier
    t(page, 40, 50, s.name, 14, "hebo")
    t(page, 40, 64, f"{s.address}  ·  {s.phone}", 8)
    t(page, 40, 75, f"{s.email}  ·  {s.website}", 8)
    t(page, 40, 110, f"{doc.title.title()} {doc.number}", 12, "hebo")
    t(page, 40, 124, f"Invoice date: {doc.day}", 9)
    t(page, 330, 110, "Billing address", 8, "hebo")
    party(page, 330, 122, doc.buyer, 9)
    y = 190
    t(page, 40, y, "Your order", 11, "hebo")
    hline(page, y + 6)
    for n, line in enumerate(doc.lines):
        y += 24
        t(page, 40, y, line.product.supplier_name, 10, "hebo")
        t(page, 40, y + 12, f"Style {doc.ids(line)[0]}  ·  Colour {COLOURS[n % 5]}", 8)
        t(page, 40, y + 23, f"UPC {doc.ids(line)[1]}", 8)
        price = f"${money(line.price)}"
        t(page, 40, y + 34, f"Qty {line.quantity} × {price}", 8)
        r(page, 572, y, f"${money(line.amount)}", 10)
        y += 40
        hline(page, y, 40, 572)
    totals(page, y + 30, doc, x=572)


LAYOUTS7: dict[str, tuple[Any, tuple[str, ...], str]] = {
    "case-pack": (case_pack, ("model",), "%m/%d/%Y"),
    "grey-band": (grey_band, ("model", "upc"), "%d %b %Y"),
    "order-cards": (order_cards, ("model", "upc"), "%B %d, %Y"),
}
SUPPLIER7 = {
    "case-pack": Party(
        "Blue Heron Provisions Co.",
        "8800 Riverside Commerce Drive",
        "Memphis, TN 38118",
        "(901) 555-0184",
        "orders@blueheronprov.example",
        "www.blueheronprov.example",
    ),
    "order-cards": Party(
        "Fernhill Outdoor Goods",
        "31 Quarry Lane",
        "Burlington, VT 05401",
        "(802) 555-0126",
        "shop@fernhilloutdoor.example",
        "www.fernhilloutdoor.example",
    ),
}


def quantity7(layout: str, rng: random.Random) -> int:
    """Units on a line: whole cases (a multiple of every pack) or 48 to 360."""
    return 24 * rng.randint(4, 15) if layout == "case-pack" else rng.randrange(48, 360, 12)
