"""The cast of the unseen invoice set: a seller, suppliers and products that the fixtures
of ``reinstate.evidence.fixtures`` never use, so the reader is judged on names, numbers and
addresses it was not tuned on. Everything is drawn from a seeded generator."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reinstate.evidence.fixtures._documents import Party

NOTICE_RECEIVED = dt.date(2026, 11, 12)

SELLER = Party(
    name="Cedar Point Outfitters LLC",
    street="2750 West Marigold Avenue, Suite 210",
    city="Boise, ID 83702",
    phone="(208) 555-0147",
    email="hello@cedarpoint.example",
)
OWNER = "Daniel Okafor"
# the seller as suppliers' systems print it
SELLER_PRINTED = (
    SELLER,
    Party("CEDAR POINT OUTFITTERS LLC", "2750 W MARIGOLD AVE STE 210", "BOISE, ID 83702"),
    Party("Cedar Point Outfitters, LLC", "2750 W. Marigold Ave., Ste 210", "Boise, ID 83702"),
)
STRANGER = Party("Sunrise Valley Trading Inc.", "88 Orchard Lane", "Fresno, CA 93721")

SUPPLIERS = (
    Party(
        "Ridgeline Gear Manufacturing Co.",
        "4410 Industrial Parkway",
        "Ogden, UT 84401",
        "(801) 555-0133",
        "sales@ridgelinegear.example",
        "www.ridgelinegear.example",
    ),
    Party(
        "Tall Pines Wholesale Inc.",
        "19 Tamarack Road, Unit B",
        "Bend, OR 97701",
        "541-555-0108",
        "ar@tallpineswholesale.example",
        "tallpineswholesale.example",
    ),
    Party(
        "Copperfield Distribution LLC",
        "700 North Rail Street",
        "Denver, CO 80204",
        "+1 303 555 0177",
        "billing@copperfield-dist.example",
        "https://www.copperfield-dist.example",
    ),
    Party(
        "Bayside Outdoor Supply Corp.",
        "2301 Wharf Boulevard",
        "Sacramento, CA 95814",
        "916.555.0152",
        "invoices@baysideoutdoor.example",
        "www.baysideoutdoor.example",
    ),
    Party(
        "Granite State Importers Ltd.",
        "55 Mill Pond Drive",
        "Manchester, NH 03101",
        "(603) 555-0119",
        "accounts@granitestateimp.example",
        "granitestateimp.example",
    ),
)


@dataclass(frozen=True)
class Product:
    """A product as the supplier names it, and as the seller lists it on Amazon."""

    supplier_name: str  # the supplier's description
    model: str  # the supplier's model number
    upc: str
    asin: str
    sku: str  # the seller's SKU: sometimes holds the model or the UPC, sometimes neither
    title: str  # the seller's Amazon title


PRODUCTS = (
    Product(
        "Insulated steel water bottle 32 oz, matte black",
        "WB-32BK",
        "736211458803",
        "B0F3QK7M2A",
        "CP-WB-32BK",
        "Cedar Point Insulated Water Bottle 32 oz - Stainless Steel - Matte Black",
    ),
    Product(
        "Trekking poles, aluminum, pair, cork grip",
        "TP-220",
        "736211458810",
        "B0F3QK9X4C",
        "736211458810",
        "Cedar Point Trekking Poles Pair - Aluminum with Cork Grip",
    ),
    Product(
        "Camp lantern LED rechargeable 400 lumen",
        "LN-400R",
        "736211458827",
        "B0F4RT2W8E",
        "CPO-LANTERN-01",
        "Cedar Point Rechargeable LED Camp Lantern 400 Lumen",
    ),
    Product(
        "Microfiber quick-dry towel large 60x30",
        "MT-6030",
        "736211458834",
        "B0F4RT5Z1G",
        "CP-TOWEL-L",
        "Cedar Point Quick Dry Microfiber Towel - Large 60 x 30 in",
    ),
    Product(
        "Folding camp stool with carry strap",
        "FS-17",
        "736211458841",
        "B0F5HN3J6K",
        "CP-FS-17-GRN",
        "Cedar Point Folding Camp Stool with Carry Strap",
    ),
)
# the notice cites the first three; units sold of each in the 365 days before it
NOTICE_ASINS = tuple(p.asin for p in PRODUCTS[:3])
UNITS_SOLD = {PRODUCTS[0].asin: 60, PRODUCTS[1].asin: 40, PRODUCTS[2].asin: 30}


def account_toml() -> str:
    s = SELLER
    return (
        f'name = "{OWNER}"\nbusiness_name = "{s.name}"\naddress = "{s.address}"\n'
        f'phone = "{s.phone}"\nemail = "{s.email}"\nmerchant_token = "A3CEDAR9POINT"\n'
        'marketplaces = ["US"]\n'
    )


def orders_report() -> str:
    """The all-orders report: sales of the notice's ASINs in the year before the notice,
    one cancelled order, and older orders of every product (the seller's catalogue)."""
    head = "amazon-order-id\tpurchase-date\torder-status\tsku\tasin\tproduct-name\tquantity"
    by_asin = {p.asin: p for p in PRODUCTS}
    rows = [head]
    for n, (asin, units) in enumerate(UNITS_SOLD.items()):
        p = by_asin[asin]
        for i in range(units // 5):
            day = NOTICE_RECEIVED - dt.timedelta(days=3 + (17 * i + n) % 330)
            cells = (f"112-{n}{i:06d}-5", f"{day}T14:30:00+00:00", "Shipped")
            rows.append("\t".join((*cells, p.sku, p.asin, p.title, "5")))
        day = NOTICE_RECEIVED - dt.timedelta(days=2)
        cells = (f"112-{n}999999-5", f"{day}T14:30:00+00:00", "Cancelled")
        rows.append("\t".join((*cells, p.sku, p.asin, p.title, "9")))
    old = NOTICE_RECEIVED - dt.timedelta(days=420)
    for n, p in enumerate(PRODUCTS):
        cells = (f"112-7{n}00000-5", f"{old}T09:00:00+00:00", "Shipped")
        rows.append("\t".join((*cells, p.sku, p.asin, p.title, "3")))
    return "\n".join(rows) + "\n"


# batch 3: suppliers abroad (a factory in China, the UK, the Netherlands, Canada)
SUPPLIERS3 = {
    "factory": Party(
        "Ningbo Hengda Outdoor Products Co., Ltd.",
        "No. 168 Jinhai Road, Beilun District",
        "Ningbo, Zhejiang 315800, China",
        "+86 574 8688 2316",
        "export@hengda-outdoor.example",
        "www.hengda-outdoor.example",
    ),
    "uk": Party(
        "Pennine Trade Supplies Ltd",
        "Unit 4, Calder Park Way",
        "Wakefield WF2 7UA, United Kingdom",
        "+44 1924 555 018",
        "accounts@penninetrade.example",
        "www.penninetrade.example",
    ),
    "nl": Party(
        "Van Leeuwen Wholesale B.V.",
        "Havenstraat 27",
        "3024 AB Rotterdam, Netherlands",
        "+31 10 555 4471",
        "invoice@vanleeuwen-wholesale.example",
        "vanleeuwen-wholesale.example",
    ),
    "ca": Party(
        "Maple Ridge Distributors Inc.",
        "6120 Kestrel Road",
        "Mississauga, ON L5T 1Z8, Canada",
        "905-555-0164",
        "orders@mapleridgedist.example",
        "www.mapleridgedist.example",
    ),
}
