#!/usr/bin/env python3
"""Generator for the held-out supplier-invoice test set (round 4).

Run with the venv:  /tmp/inv-venv/bin/python make.py
Seeded: re-running produces the same data (PDF byte streams may differ in timestamps).
All companies, people, products and codes are invented.
"""
import datetime as dt
import json
import math
import os
import random

import numpy as np
import cv2
import fitz
from PIL import Image, ImageFilter, ImageDraw, ImageEnhance
import reportlab
from reportlab.lib.pagesizes import letter, A4
from reportlab.lib.units import inch, mm
from reportlab.lib import colors
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.lib.utils import simpleSplit

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 20261102
rng = random.Random(SEED)
nrng = np.random.default_rng(SEED)
NOTICE_DATE = dt.date(2026, 11, 2)

# handwriting-like font shipped with reportlab (Calligrapher)
_fd = os.path.dirname(reportlab.__file__) + "/fonts/"
_face = pdfmetrics.EmbeddedType1Face(_fd + "callig15.afm", _fd + "callig15.pfb")
pdfmetrics.registerTypeFace(_face)
pdfmetrics.registerFont(pdfmetrics.Font("Hand", _face.name, "WinAnsiEncoding"))


# ----------------------------------------------------------------- identifiers
def upc_check(d11):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(d11))
    return str((10 - s % 10) % 10)


def make_upc(prefix):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(11 - len(prefix)))
    return body + upc_check(body)


def ean_check(d12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


def make_ean(prefix):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(12 - len(prefix)))
    return body + ean_check(body)


_asins = set()


def make_asin():
    while True:
        a = "B0" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(8))
        if a not in _asins:
            _asins.add(a)
            return a


# ----------------------------------------------------------------- the seller
SELLER = dict(
    name="Dana Whitfield",
    business="Brightwater Home Goods LLC",
    street="4410 Commerce Park Dr, Suite 120",
    city="Columbus", st="OH", zip="43219",
    phone="(614) 555-0148",
    email="orders@brightwaterhome.com",
    token="A2K7Q9XJ3M1B8Z",
)
BUYER_LINES = [SELLER["street"], "Columbus, OH 43219"]

OTHER_BUYER = dict(business="Redfern Goods Co.", lines=["88 Alder Lane", "Boise, ID 83702"])

# ----------------------------------------------------------------- suppliers
SUP = {
    "A": dict(name="Ningbo Hanlu Electric Appliance Co., Ltd.",
              addr=["No. 88 Xingye Road, Beilun District", "Ningbo, Zhejiang 315800, China"],
              phone="+86 574 8612 3307", email="sales@hanlu-electric.com", web="www.hanlu-electric.com"),
    "B": dict(name="Great Lakes Housewares Distribution, Inc.",
              addr=["2750 Lakeside Industrial Pkwy", "Toledo, OH 43612"],
              phone="(419) 555-0192", email="ar@glhousewares.com", web="www.glhousewares.com"),
    "C": dict(name="Pacific Crest Outdoor Supply Co.",
              addr=["1180 NW Industrial St", "Portland, OR 97209"],
              phone="503.555.0167", email="wholesale@pacificcrestoutdoor.com", web="www.pacificcrestoutdoor.com"),
    "D": dict(name="Summit Kitchen Wholesale LLC",
              addr=["600 Freight Way, Bldg C", "Reno, NV 89502"],
              phone="(775) 555-0134", email="invoices@summitkitchenwholesale.com", web="summitkitchenwholesale.com"),
    "E": dict(name="Juniper & Fig Candle Co.",
              addr=["212 Mill Street", "Asheville, NC 28801"],
              phone="(828) 555-0119", email="hello@juniperandfig.com", web="www.juniperandfig.com"),
    "F": dict(name="Thornbury Trading Ltd",
              addr=["Unit 7, Severn Vale Business Park", "Gloucester GL2 5DX", "United Kingdom"],
              phone="+44 1452 555 210", email="accounts@thornburytrading.co.uk", web="www.thornburytrading.co.uk"),
    "G": dict(name="Maple Ridge Supply Co.",
              addr=["8820 River Road", "Delta, BC V4G 1B5", "Canada"],
              phone="604-555-0177", email="orders@mapleridgesupply.ca", web="www.mapleridgesupply.ca"),
    "H": dict(name="Corvid Electronics Trading Corp.",
              addr=["55 Harbor Road, Unit 4", "Kearny, NJ 07032"],
              phone="(201) 555-0183", email="sales@corvidtrading.com", web="www.corvidtrading.com"),
    "I": dict(name="Halden Pet Supply",
              addr=["3021 Elm Ridge Ave", "Plano, TX 75074"],
              phone="(972) 555-0126", email="billing@haldenpet.com", web="www.haldenpet.com"),
    "J": dict(name="Rosario Bros. Wholesale",
              addr=["418 Ferry Street", "Newark, NJ 07105"],
              phone="(973) 555-0155", email=None, web="www.rosariobroswholesale.com"),
    "K": dict(name="Del Norte Cash & Carry",
              addr=["2901 S Alameda St", "Los Angeles, CA 90058"],
              phone="(213) 555-0171", email=None, web="www.delnortecc.com"),
    "L": dict(name="Kestrel Goods Trading",
              addr=["940 Bayfront Blvd, Suite 210", "Tampa, FL 33602"],
              phone="(813) 555-0162", email="invoices@kestrelgoods.com", web="www.kestrelgoods.com"),
    "M": dict(name="Northgate Merchandise", addr=[], phone=None, email=None, web=None),
}

# ----------------------------------------------------------------- products
# key: (supplier, model, code kind, supplier description, amazon title, sku, retail price, cost, notice, weight)
P_RAW = [
    ("KT220", "A", "HL-KT220", "upc", "Electric Kettle 2.0L Stainless Steel, Black",
     "Hanlu 2.0L Electric Kettle, 1500W Stainless Steel Hot Water Boiler with Auto Shut-Off & Boil-Dry Protection, BPA-Free, Black",
     "HL-KT220-BLK", 34.99, 9.80, True, 1.6),
    ("KT180", "A", "HL-KT180W", "upc", "Glass Electric Kettle 1.8L with LED, White",
     "Glass Electric Tea Kettle 1.8 Liter with Blue LED Light, Fast Boil Cordless Water Heater, White",
     "kettle-white-1.8l", 29.99, 8.40, True, 1.3),
    ("MF06", "A", "HL-MF06", "upc", "Handheld Milk Frother, USB Rechargeable",
     "Rechargeable Handheld Milk Frother Wand, 3-Speed Electric Whisk for Coffee, Latte, Matcha, USB-C",
     "HL-MF06", 15.99, 2.95, True, 1.5),
    ("KT150", "A", "HL-KT150", "upc", "Mini Travel Kettle 0.8L, Grey",
     "Portable Travel Electric Kettle 0.8L, Small Foldable Hot Water Boiler for Hotel & Dorm, Grey",
     "travel-kettle-08", 24.99, 6.10, False, 0.7),
    ("SPAT", "B", "GLH-40217", "upc", "SPATULA SET SILICONE 3PC RED",
     "Silicone Spatula Set of 3, Heat Resistant 600\u00b0F Non-Stick Rubber Spatulas for Baking & Cooking, Red",
     "spatula-set-3pc-red", 12.99, 3.15, True, 1.4),
    ("BOWL", "B", "GLH-40388", "upc", "MIXING BOWL SET SS 5PC W/LIDS",
     "Stainless Steel Mixing Bowls with Airtight Lids, 5 Piece Nesting Bowl Set for Kitchen, Prep & Storage",
     "GLH-40388", 32.99, 11.20, True, 1.2),
    ("MCUP", "B", "GLH-40501", "upc", "MEASURING CUP SET SS 4PC",
     "Stainless Steel Measuring Cups Set of 4, Stackable Metal Cups for Dry & Liquid Ingredients",
     "GLH-40501-MC", 14.99, 3.90, False, 0.6),
    ("TH750", "C", "PCO-TH750-NV", "upc", "Vacuum Bottle 750ml, Navy",
     "Insulated Stainless Steel Water Bottle 25 oz, Double Wall Vacuum Thermos Keeps Cold 24 Hrs, Leak-Proof Lid, Navy",
     "PCO-TH750-NAVY", 24.99, 6.75, True, 1.7),
    ("LT12", "C", "PCO-LT12", "upc", "LED Camp Lantern, Rechargeable",
     "LED Camping Lantern Rechargeable, 1000 Lumen Portable Tent Light with Power Bank, IPX4 Waterproof",
     "camp-lantern-led", 27.99, 7.30, True, 1.1),
    ("HM2", "C", "PCO-HM2", "upc", "Nylon Hammock, Double, Forest Green",
     "Double Camping Hammock with Tree Straps, Lightweight Parachute Nylon Hammock for Backpacking, Forest Green",
     "hammock-double-grn", 29.99, 8.80, False, 0.6),
    ("SKIL", "D", "SKW-2231", "upc", "Cast Iron Skillet 10 in., Pre-Seasoned",
     "Pre-Seasoned Cast Iron Skillet 10 Inch, Oven Safe Frying Pan with Helper Handle for Stovetop, Grill & Campfire",
     "SKW-2231", 26.99, 7.95, True, 1.3),
    ("KNIF", "D", "SKW-1187", "upc", "Knife Block Set 14 pc, Acacia Block",
     "14-Piece Kitchen Knife Set with Acacia Wood Block, German Stainless Steel Chef Knife Set with Sharpener",
     "knife-block-14pc", 59.99, 18.40, True, 0.9),
    ("DUTCH", "D", "SKW-3004", "upc", "Enameled Dutch Oven 5.5 qt, Red",
     "Enameled Cast Iron Dutch Oven 5.5 Quart with Lid, Round Braiser Pot for Bread Baking & Stews, Red",
     "SKW-3004-RED", 64.99, 21.50, False, 0.5),
    ("CANDL", "E", "JF-SOY-LAV8", "upc", "Lavender + Chamomile Soy Candle, 8 oz Tin",
     "Lavender Chamomile Scented Soy Candle 8 oz Travel Tin, Natural Wax Aromatherapy Candle for Home, 40 Hour Burn",
     "JF-SOY-LAV8", 16.99, 5.25, True, 1.5),
    ("CEDAR", "E", "JF-SOY-CED8", "upc", "Cedar + Sage Soy Candle, 8 oz Tin",
     "Cedar Sage Scented Soy Candle 8 oz Tin, Woodsy Natural Wax Candle Gift for Men & Women",
     "candle-cedar-sage", 16.99, 5.25, False, 0.5),
    ("BOARD", "F", "TT-BCB-L", "ean", "Bamboo Chopping Board Large 45 x 30 cm",
     "Large Bamboo Cutting Board with Juice Groove, 18 x 12 Inch Organic Wood Chopping Board for Meat & Vegetables",
     "bamboo-board-lg", 22.99, 5.60, True, 1.4),
    ("UTEN", "F", "TT-BUS-6", "ean", "Bamboo Utensil Set 6 pc with Holder",
     "Bamboo Cooking Utensils Set of 6 with Holder, Wooden Spoons & Spatulas for Non-Stick Cookware",
     "TT-BUS-6", 18.99, 4.10, False, 0.5),
    ("SOCK", "G", "MRS-MW-L", "upc", "Merino Wool Hiking Sock, Crew, L, 3-Pack",
     "Merino Wool Hiking Socks for Men & Women, Cushioned Crew Trail Socks, Moisture Wicking, 3 Pairs, Large",
     "merino-sock-crew-L", 27.99, 8.90, True, 1.2),
    ("PD65", "H", "CV-PD65", "upc", "65W USB-C GaN Charger, 2-Port, White",
     "65W USB C Charger, GaN Fast Wall Charger 2-Port PD Power Adapter for MacBook, iPhone 15, Galaxy, iPad",
     "CV-PD65-WHT", 35.99, 11.60, True, 1.6),
    ("HUB7", "H", "CV-HUB7", "upc", "USB-C Hub 7-in-1, Aluminium",
     "USB C Hub 7 in 1 Multiport Adapter with 4K HDMI, 100W PD, SD/TF Card Reader, 2 USB 3.0 for Laptop",
     "usb-c-hub-7in1", 29.99, 9.40, False, 0.7),
    ("BRUSH", "I", "HPS-SB-M", "upc", "Self-Cleaning Slicker Brush, Medium",
     "Self Cleaning Slicker Brush for Dogs and Cats, Pet Grooming Brush Removes Loose Undercoat & Tangled Hair",
     "slicker-brush-med", 13.99, 3.40, True, 1.5),
    ("YOGA", "J", "RB-YM6", "upc", "Yoga Mat 6mm Purple",
     "Extra Thick Yoga Mat 6mm Non Slip Exercise Mat with Carrying Strap for Pilates, Home Workout, Purple",
     "yoga-mat-6mm-purple", 24.99, 7.00, True, 1.2),
]
PROD = {}
for key, sup, model, kind, sdesc, title, sku, price, cost, notice, w in P_RAW:
    code = make_ean("50" + str(rng.randint(10000, 99999))) if kind == "ean" else make_upc("8" + str(rng.randint(10000, 99999)))
    PROD[key] = dict(key=key, sup=sup, model=model, kind=kind, code=code, sdesc=sdesc, title=title,
                     sku=sku, price=price, cost=cost, notice=notice, w=w, asin=make_asin())

# products that a supplier sells but the seller never listed (no ASIN)
EXTRA = {
    "COLAND": dict(key="COLAND", model="GLH-40733", code=make_upc("871234"), sdesc="COLANDER SS 5QT FOOTED", cost=4.10, asin=None),
    "CANOP": dict(key="CANOP", model="GLH-40912", code=make_upc("871234"), sdesc="CAN OPENER SOFT GRIP BLK", cost=2.35, asin=None),
    "SKW-GR": dict(key="SKW-GR", model="SKW-2260", code=make_upc("86417"), sdesc="Cast Iron Grill Pan 10.5 in., Square, Pre-Seasoned", cost=9.10, asin=None),
    "SKW-SCR": dict(key="SKW-SCR", model="SKW-0912", code=make_upc("86417"), sdesc="Chainmail Scrubber 7 x 7 in., Stainless", cost=2.20, asin=None),
    "SKW-TRV": dict(key="SKW-TRV", model="SKW-0415", code=make_upc("86417"), sdesc="Trivet, Cast Iron, Round 8 in.", cost=3.05, asin=None),
    "SKW-HND": dict(key="SKW-HND", model="SKW-0877", code=make_upc("86417"), sdesc="Silicone Hot Handle Holder, 2-pack, Black", cost=1.40, asin=None),
    "SKW-SHR": dict(key="SKW-SHR", model="SKW-1402", code=make_upc("86417"), sdesc="Kitchen Shears, Heavy Duty, Take-Apart", cost=3.60, asin=None),
    "SKW-PEEL": dict(key="SKW-PEEL", model="SKW-1455", code=make_upc("86417"), sdesc="Y-Peeler, Stainless Blade, 3-pack Assorted", cost=2.10, asin=None),
    "SKW-OIL": dict(key="SKW-OIL", model="SKW-0950", code=make_upc("86417"), sdesc="Cast Iron Conditioning Oil, 8 fl oz", cost=2.75, asin=None),
    "SKW-LID": dict(key="SKW-LID", model="SKW-2235", code=make_upc("86417"), sdesc="Tempered Glass Lid for 10 in. Skillet", cost=3.90, asin=None),
    "SKW-BRD": dict(key="SKW-BRD", model="SKW-1633", code=make_upc("86417"), sdesc="Acacia Serving Board with Handle, 16 in.", cost=6.40, asin=None),
    "SKW-MIT": dict(key="SKW-MIT", model="SKW-0881", code=make_upc("86417"), sdesc="Quilted Oven Mitt Pair, Charcoal", cost=2.60, asin=None),
    "RB-BAND": dict(key="RB-BAND", model="RB-RB5", code="", sdesc="Resistance band set 5pc", cost=3.10, asin=None),
    "DN-SNK": dict(key="DN-SNK", model="", code=make_upc("04180"), sdesc="KRAFT MAILER BOX 12X9X4 25CT", cost=11.50, asin=None),
}

NOTICE = [p["asin"] for p in PROD.values() if p["notice"]]

# ----------------------------------------------------------------- orders report
CITIES = [("Austin", "TX", "78745"), ("Seattle", "WA", "98103"), ("Naperville", "IL", "60540"), ("Raleigh", "NC", "27606"),
          ("Denver", "CO", "80211"), ("Tampa", "FL", "33611"), ("Fresno", "CA", "93722"), ("Albany", "NY", "12203"),
          ("Madison", "WI", "53703"), ("Mesa", "AZ", "85201"), ("Boise", "ID", "83706"), ("Knoxville", "TN", "37919"),
          ("Omaha", "NE", "68114"), ("Portland", "ME", "04101"), ("Richmond", "VA", "23220"), ("Tulsa", "OK", "74105"),
          ("Lexington", "KY", "40502"), ("Spokane", "WA", "99201"), ("Savannah", "GA", "31405"), ("Provo", "UT", "84604")]
HEADER = ("amazon-order-id\tmerchant-order-id\tpurchase-date\tlast-updated-date\torder-status\tfulfillment-channel\t"
          "sales-channel\torder-channel\turl\tship-service-level\tproduct-name\tsku\tasin\titem-status\tquantity\tcurrency\t"
          "item-price\titem-tax\tshipping-price\tshipping-tax\tgift-wrap-price\tgift-wrap-tax\titem-promotion-discount\t"
          "ship-promotion-discount\tship-city\tship-state\tship-postal-code\tship-country\tpromotion-ids\tis-business-order\t"
          "purchase-order-number\tprice-designation")


def make_orders():
    keys = list(PROD)
    weights = [PROD[k]["w"] for k in keys]
    rows, sold = [], {p["asin"]: 0 for p in PROD.values()}
    start = dt.datetime(2025, 11, 3, tzinfo=dt.timezone.utc)
    span = (dt.datetime(2026, 10, 31, tzinfo=dt.timezone.utc) - start).total_seconds()
    times = sorted(start + dt.timedelta(seconds=rng.random() * span) for _ in range(300))
    seen = set()
    for i, t in enumerate(times):
        # make sure every catalogue product sells at least once early on
        k = keys[i] if i < len(keys) else rng.choices(keys, weights)[0]
        items = [k]
        if rng.random() < 0.08:
            k2 = rng.choices(keys, weights)[0]
            if k2 != k:
                items.append(k2)
        oid = "11%d-%07d-%07d" % (rng.randint(1, 4), rng.randint(0, 9999999), rng.randint(0, 9999999))
        cancelled = rng.random() < 0.05
        fba = rng.random() < 0.7
        city = rng.choice(CITIES)
        biz = rng.random() < 0.06
        upd = t + dt.timedelta(hours=rng.randint(2, 70), minutes=rng.randint(0, 59))
        for k in items:
            p = PROD[k]
            qty = rng.choices([1, 2, 3, 4], [70, 20, 7, 3])[0]
            if cancelled:
                q, price, tax, ship = 0, "", "", ""
            else:
                q = qty
                price = "%.2f" % (p["price"] * qty)
                tax = "%.2f" % round(p["price"] * qty * rng.choice([0.0, 0.0625, 0.07, 0.0825, 0.06]), 2)
                ship = "0.00" if fba else "%.2f" % rng.choice([0.0, 5.99, 7.49])
                sold[p["asin"]] += qty
            promo = rng.random() < 0.1 and not cancelled
            rows.append("\t".join([
                oid, "", t.strftime("%Y-%m-%dT%H:%M:%S+00:00"), upd.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                "Cancelled" if cancelled else "Shipped", "Amazon" if fba else "Merchant", "Amazon.com", "", "",
                rng.choice(["Expedited", "Standard", "SecondDay"]) if fba else rng.choice(["Standard", "Std US D2D Dom"]),
                p["title"], p["sku"], p["asin"], "Cancelled" if cancelled else "Shipped", str(q), "USD",
                price, tax, ship, "0.00" if ship else "", "", "",
                ("-%.2f" % round(p["price"] * 0.1, 2)) if promo else ("0.00" if not cancelled else ""), "0.00" if not cancelled else "",
                city[0].upper() if rng.random() < 0.3 else city[0], city[1], city[2], "US",
                "Core Free Shipping 2025/06/11 7-33-0" if (promo and fba) else "", "true" if biz else "false",
                ("PO-%05d" % rng.randint(1000, 99999)) if biz and rng.random() < 0.5 else "",
                "BusinessPrice" if biz and rng.random() < 0.5 else ""]))
            seen.add(p["asin"])
    assert all(a in seen for a in NOTICE)
    return HEADER + "\n" + "\n".join(rows) + "\n", sold


ORDERS_TXT, SOLD = make_orders()


def cover(key, pack=1, minimum=0, factor=None):
    """invoice quantity that covers a year of sales for this product (rounded to case pack)."""
    p = PROD.get(key)
    s = SOLD.get(p["asin"], 0) if p else 0
    f = factor or rng.uniform(1.4, 2.5)
    q = max(minimum, int(math.ceil(s * f)))
    return int(math.ceil(q / pack) * pack)


# ----------------------------------------------------------------- drawing helpers
def T(c, x, y, s, font="Helvetica", size=9, align="l", color=None):
    c.setFont(font, size)
    if color is not None:
        c.setFillColor(color)
    if align == "l":
        c.drawString(x, y, s)
    elif align == "r":
        c.drawRightString(x, y, s)
    else:
        c.drawCentredString(x, y, s)
    if color is not None:
        c.setFillColor(colors.black)


def lines(c, x, y, arr, font="Helvetica", size=9, lead=None, align="l"):
    lead = lead or size * 1.25
    for s in arr:
        T(c, x, y, s, font, size, align)
        y -= lead
    return y


def wrap(s, font, size, width):
    return simpleSplit(s, font, size, width)


def money(v):
    return "{:,.2f}".format(v)


def bill_lines(inv):
    if inv.get("buyer") == "other":
        return OTHER_BUYER["business"], OTHER_BUYER["lines"]
    return SELLER["business"], list(BUYER_LINES)


def item(p_or_x, qty, price=None):
    return dict(p=p_or_x, qty=qty, price=price if price is not None else round(p_or_x["cost"], 2))


# Each layout draws to `path` and returns (items_truth, printed) where printed holds
# the strings actually printed for the header fields.

# ---------------------------------------------------------------- 1 CN factory commercial invoice
def L_cn(path, inv):
    s = SUP["A"]
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    proforma = inv.get("proforma")
    T(c, W / 2, H - 45, s["name"].upper(), "Helvetica-Bold", 14, "c")
    T(c, W / 2, H - 60, "\u5b81\u6ce2\u6c49\u9646\u7535\u5668\u6709\u9650\u516c\u53f8" if False else "HANLU ELECTRIC", "Helvetica", 8, "c")
    T(c, W / 2, H - 73, s["addr"][0] + ", " + s["addr"][1], "Helvetica", 8.5, "c")
    T(c, W / 2, H - 85, "TEL: %s    E-MAIL: %s    WEB: %s" % (s["phone"], s["email"], s["web"]), "Helvetica", 8.5, "c")
    c.setLineWidth(1.2)
    c.line(40, H - 93, W - 40, H - 93)
    title = "PROFORMA INVOICE" if proforma else "COMMERCIAL INVOICE"
    T(c, W / 2, H - 115, title, "Helvetica-Bold", 16, "c")
    c.setLineWidth(0.6)
    top = H - 128
    c.rect(40, top - 150, W - 80, 150)
    c.line(W / 2 + 20, top, W / 2 + 20, top - 150)
    c.line(40, top - 75, W / 2 + 20, top - 75)
    T(c, 45, top - 12, "Shipper / Exporter:", "Helvetica-Bold", 8)
    lines(c, 45, top - 25, [s["name"], s["addr"][0], s["addr"][1]], size=8.5)
    T(c, 45, top - 87, "Consignee:", "Helvetica-Bold", 8)
    bn, bl = bill_lines(inv)
    lines(c, 45, top - 100, [bn] + bl + ["United States", "Tel: " + SELLER["phone"]], size=8.5)
    rx = W / 2 + 26
    meta = [("Invoice No.:" if not proforma else "P/I No.:", inv["number"]), ("Date:", inv["date_s"]),
            ("S/C No.:", inv["sc"]), ("Terms of Delivery:", "FOB NINGBO"),
            ("Payment Terms:", "T/T 30% DEPOSIT, 70% B/L COPY"), ("Port of Loading:", "NINGBO, CHINA"),
            ("Port of Discharge:", "LOS ANGELES, USA"), ("Vessel / Voy.:", inv.get("vessel", "TBA")),
            ("Country of Origin:", "CHINA")]
    y = top - 14
    for k, v in meta:
        T(c, rx, y, k, "Helvetica-Bold", 8)
        T(c, rx + 88, y, v, "Helvetica", 8.5)
        y -= 15.5
    # table
    cols = [40, 62, 112, 262, 318, 378, 410, 452, 500, W - 40]
    heads = ["No.", "Marks", "Description of Goods", "HS Code", "Model No.", "CTNs", "PCS", "Unit Price\n(USD)", "Amount\n(USD)"]
    y = top - 168
    c.setFillColor(colors.HexColor("#e8e8e8"))
    c.rect(40, y - 22, W - 80, 22, fill=1, stroke=1)
    c.setFillColor(colors.black)
    for i, h in enumerate(heads):
        hs = h.split("\n")
        for j, hh in enumerate(hs):
            T(c, (cols[i] + cols[i + 1]) / 2, y - 9 - j * 9 - (4 if len(hs) == 1 else 0), hh, "Helvetica-Bold", 7.5, "c")
    y -= 22
    tot_ct = tot_pcs = tot_amt = 0
    truth = []
    for n, it in enumerate(inv["items"], 1):
        p, q = it["p"], it["qty"]
        per = it.get("per", 24)
        ctn = int(math.ceil(q / per))
        desc = wrap(p["sdesc"], "Helvetica", 7.5, cols[4] - cols[3] - 6) + ["UPC: " + p["code"], "%d PCS/CTN" % per]
        h = max(3, len(desc)) * 10 + 6
        c.rect(40, y - h, W - 80, h)
        for xx in cols[1:-1]:
            c.line(xx, y, xx, y - h)
        T(c, (cols[0] + cols[1]) / 2, y - 12, str(n), size=8, align="c")
        T(c, cols[1] + 3, y - 12, "N/M", size=7.5)
        lines(c, cols[2] + 3, y - 12, desc, size=7.5, lead=10)
        T(c, cols[3] + 3, y - 12, p.get("hs", "8516.71.0000"), size=7.5)
        T(c, cols[4] + 3, y - 12, p["model"], size=7.5)
        T(c, cols[6] - 3, y - 12, str(ctn), size=8, align="r")
        T(c, cols[7] - 3, y - 12, "{:,}".format(q), size=8, align="r")
        T(c, cols[8] - 3, y - 12, "%.2f" % it["price"], size=8, align="r")
        T(c, cols[9] - 3, y - 12, money(q * it["price"]), size=8, align="r")
        tot_ct += ctn; tot_pcs += q; tot_amt += q * it["price"]
        truth.append(dict(identifiers=[p["model"], p["code"]], quantity=q, asin=p.get("asin"), description=p["sdesc"]))
        y -= h
    c.rect(40, y - 18, W - 80, 18)
    T(c, cols[2] + 3, y - 12, "TOTAL:", "Helvetica-Bold", 8.5)
    T(c, cols[6] - 3, y - 12, str(tot_ct), "Helvetica-Bold", 8.5, "r")
    T(c, cols[7] - 3, y - 12, "{:,}".format(tot_pcs), "Helvetica-Bold", 8.5, "r")
    T(c, cols[9] - 3, y - 12, "US$" + money(tot_amt), "Helvetica-Bold", 8.5, "r")
    y -= 34
    T(c, 40, y, "SAY TOTAL U.S. DOLLARS %s ONLY." % words(tot_amt).upper(), "Helvetica-Bold", 8)
    y -= 14
    T(c, 40, y, "TOTAL PACKAGES: %d CTNS    G.W.: %s KGS    N.W.: %s KGS    MEAS.: %.2f CBM" % (
        tot_ct, "{:,.1f}".format(tot_ct * 11.4), "{:,.1f}".format(tot_ct * 9.8), tot_ct * 0.052), size=8)
    y -= 26
    T(c, 40, y, "BENEFICIARY BANK INFORMATION", "Helvetica-Bold", 8)
    lines(c, 40, y - 12, ["Beneficiary: " + s["name"].upper(), "Bank: BANK OF CHINA, NINGBO BEILUN SUB-BRANCH",
                          "SWIFT: BKCHCNBJ92A    A/C No.: 3601 5821 0937 4421"], size=8, lead=11)
    if proforma:
        T(c, 40, y - 56, "This proforma invoice is valid for 30 days. Goods will be produced after receipt of deposit.", "Helvetica-Oblique", 8)
    # seal
    sx, sy = W - 130, y - 30
    c.setStrokeColor(colors.HexColor("#c0262d")); c.setFillColor(colors.HexColor("#c0262d"))
    c.setLineWidth(2); c.circle(sx, sy, 38)
    c.setLineWidth(1); c.circle(sx, sy, 33)
    T(c, sx, sy + 6, "HANLU", "Helvetica-Bold", 11, "c", colors.HexColor("#c0262d"))
    T(c, sx, sy - 6, "ELECTRIC", "Helvetica-Bold", 8, "c", colors.HexColor("#c0262d"))
    T(c, sx, sy - 17, "\u2605" if False else "*", "Helvetica-Bold", 12, "c", colors.HexColor("#c0262d"))
    c.setStrokeColor(colors.black); c.setFillColor(colors.black)
    T(c, W - 40, sy - 50, "Authorized Signature", "Helvetica", 8, "r")
    c.line(W - 190, sy - 40, W - 40, sy - 40)
    c.save()
    return truth, dict(address=", ".join(s["addr"]))


def words(v):
    ones = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

    def w(n):
        if n < 20:
            return ones[n]
        if n < 100:
            return tens[n // 10] + ("-" + ones[n % 10] if n % 10 else "")
        if n < 1000:
            return ones[n // 100] + " hundred" + (" and " + w(n % 100) if n % 100 else "")
        return w(n // 1000) + " thousand" + (" " + w(n % 1000) if n % 1000 else "")
    d = int(v)
    cents = int(round((v - d) * 100))
    return w(d) + (" and cents %s" % w(cents) if cents else "")


# ---------------------------------------------------------------- 2 US distributor ERP (NetSuite-like)
def L_erp(path, inv):
    s = SUP["B"]
    W, H = letter
    c = canvas.Canvas(path, pagesize=letter)
    slip = inv.get("packing_slip")
    c.setFillColor(colors.HexColor("#1d4f91"))
    c.roundRect(40, H - 88, 46, 46, 6, fill=1, stroke=0)
    T(c, 63, H - 72, "GL", "Helvetica-Bold", 20, "c", colors.white)
    T(c, 94, H - 55, s["name"], "Helvetica-Bold", 11)
    lines(c, 94, H - 68, s["addr"] + ["Phone " + s["phone"]], size=8.5, lead=10.5)
    T(c, W - 40, H - 58, "Packing Slip" if slip else "Invoice", "Helvetica-Bold", 22, "r")
    # date / number table
    bx = W - 230
    c.setLineWidth(0.5)
    c.rect(bx, H - 110, 190, 34)
    c.line(bx + 95, H - 76, bx + 95, H - 110)
    c.line(bx, H - 90, bx + 190, H - 90)
    T(c, bx + 47, H - 86, "Date", "Helvetica-Bold", 8, "c")
    T(c, bx + 142, H - 86, "Packing Slip #" if slip else "Invoice #", "Helvetica-Bold", 8, "c")
    T(c, bx + 47, H - 104, inv["date_s"], size=9, align="c")
    T(c, bx + 142, H - 104, inv["number"], size=9, align="c")
    # bill/ship
    bn, bl = bill_lines(inv)
    for i, lab in enumerate(["Bill To", "Ship To"]):
        x = 40 + i * 275
        c.rect(x, H - 205, 255, 80)
        c.setFillColor(colors.HexColor("#dfe7f3")); c.rect(x, H - 139, 255, 14, fill=1, stroke=1); c.setFillColor(colors.black)
        T(c, x + 5, H - 135, lab, "Helvetica-Bold", 8.5)
        lines(c, x + 8, H - 153, ([bn] if i == 0 else [bn, "Attn: Receiving"]) + bl, size=9)
    # strip
    labels = ["P.O. No.", "Terms", "Rep", "Ship Date", "Ship Via", "FOB", "Customer #"]
    vals = [inv["po"], "Net 30", "KMH", inv["ship_s"], "UPS Freight", "Origin", "C10442"]
    y0 = H - 222
    wcol = (W - 80) / len(labels)
    for i, (l, v) in enumerate(zip(labels, vals)):
        x = 40 + i * wcol
        c.rect(x, y0 - 30, wcol, 30)
        c.line(x, y0 - 14, x + wcol, y0 - 14)
        T(c, x + wcol / 2, y0 - 10, l, "Helvetica-Bold", 7.5, "c")
        T(c, x + wcol / 2, y0 - 25, v, size=8, align="c")
    # items
    if slip:
        cols = [40, 120, 330, 420, 496, W - 40]
        heads = ["Item", "Description", "UPC", "Ordered", "Shipped"]
    else:
        cols = [40, 112, 290, 372, 432, 500, W - 40]
        heads = ["Item", "Description", "UPC", "Qty", "Rate", "Amount"]
    y = y0 - 48
    c.setFillColor(colors.HexColor("#dfe7f3")); c.rect(40, y - 15, W - 80, 15, fill=1, stroke=1); c.setFillColor(colors.black)
    for i, h in enumerate(heads):
        T(c, (cols[i] + cols[i + 1]) / 2, y - 11, h, "Helvetica-Bold", 8, "c")
    y -= 15
    ytab = y
    truth, sub = [], 0
    for it in inv["items"]:
        p, q = it["p"], it["qty"]
        desc = wrap(p["sdesc"] + (" - " + it["extra"] if it.get("extra") else ""), "Helvetica", 8, cols[2] - cols[1] - 6)
        T(c, cols[0] + 3, y - 11, p["model"], size=8)
        lines(c, cols[1] + 3, y - 11, desc, size=8, lead=10)
        T(c, cols[2] + 3, y - 11, p["code"], size=8)
        if slip:
            T(c, cols[4] - 4, y - 11, "%d EA" % q, size=8, align="r")
            T(c, cols[5] - 4, y - 11, "%d EA" % q, size=8, align="r")
        else:
            T(c, cols[4] - 4, y - 11, "%d EA" % q, size=8, align="r")
            T(c, cols[5] - 4, y - 11, "%.2f" % it["price"], size=8, align="r")
            T(c, cols[6] - 4, y - 11, money(q * it["price"]), size=8, align="r")
        sub += q * it["price"]
        truth.append(dict(identifiers=[p["model"], p["code"]], quantity=q, asin=p.get("asin"), description=desc_join(desc)))
        y -= max(1, len(desc)) * 10 + 8
    ybot = 250
    c.rect(40, ybot, W - 80, ytab - ybot)
    for xx in cols[1:-1]:
        c.line(xx, ytab + 15, xx, ybot)
    if not slip:
        rows = [("Subtotal", money(sub)), ("Sales Tax (0.0%) - Resale", "0.00"), ("Shipping", money(inv.get("ship", 185.00))),
                ("Total", "$" + money(sub + inv.get("ship", 185.00))), ("Payments/Credits", "$0.00"),
                ("Balance Due", "$" + money(sub + inv.get("ship", 185.00)))]
        yy = ybot - 14
        for k, v in rows:
            bold = k in ("Total", "Balance Due")
            T(c, 470, yy, k, "Helvetica-Bold" if bold else "Helvetica", 8.5, "r")
            T(c, W - 44, yy, v, "Helvetica-Bold" if bold else "Helvetica", 8.5, "r")
            yy -= 13
        # remit box
        c.rect(40, ybot - 86, 230, 74)
        T(c, 46, ybot - 24, "Please Remit To:", "Helvetica-Bold", 8.5)
        lines(c, 46, ybot - 37, [s["name"], "Lockbox 77210", "PO Box 77210", "Detroit, MI 48277-0210"], size=8.5, lead=10.5)
    else:
        T(c, 40, ybot - 20, "Received by: ______________________   Date: __________   Cartons: %d" % inv.get("ctns", 12), size=9)
        T(c, 40, ybot - 36, "This is not an invoice. An invoice will be sent separately.", "Helvetica-Oblique", 8.5)
    c.line(40, 62, W - 40, 62)
    T(c, 40, 50, "Phone # " + s["phone"], size=8)
    T(c, W / 2 - 40, 50, "E-mail " + s["email"], size=8, align="c")
    T(c, W - 40, 50, "Web Site " + s["web"], size=8, align="r")
    T(c, W / 2, 36, "Page 1 of 1", size=7.5, align="c")
    c.save()
    return truth, dict(address=", ".join(s["addr"]))


def desc_join(d):
    return " ".join(x.strip() for x in d)


# ---------------------------------------------------------------- 3 logo left / meta table right
def L_logo(path, inv):
    s = SUP["C"]
    W, H = letter
    c = canvas.Canvas(path, pagesize=letter)
    # logo: mountains
    g = colors.HexColor("#2f6b4f")
    c.setFillColor(g)
    pth = c.beginPath(); pth.moveTo(40, H - 95); pth.lineTo(68, H - 48); pth.lineTo(84, H - 72); pth.lineTo(96, H - 58); pth.lineTo(120, H - 95); pth.close()
    c.drawPath(pth, fill=1, stroke=0)
    c.setFillColor(colors.white)
    pth = c.beginPath(); pth.moveTo(60, H - 62); pth.lineTo(68, H - 48); pth.lineTo(76, H - 61); pth.close(); c.drawPath(pth, fill=1, stroke=0)
    c.setFillColor(colors.black)
    T(c, 130, H - 62, "PACIFIC CREST", "Helvetica-Bold", 17, color=g)
    T(c, 130, H - 78, "OUTDOOR SUPPLY CO.", "Helvetica", 10, color=g)
    lines(c, 40, H - 115, [s["addr"][0], s["addr"][1], "Tel " + s["phone"], s["email"], s["web"]], size=8.5, lead=10.5)
    T(c, W - 40, H - 55, "INVOICE", "Helvetica-Bold", 20, "r", g)
    meta = [("Invoice Number", inv["number"]), ("Invoice Date", inv["date_s"]), ("Customer ID", "BRI-0193"),
            ("PO Number", inv["po"]), ("Terms", "2% 10, Net 30"), ("Due Date", inv["due_s"])]
    x0, y0 = W - 250, H - 70
    c.setLineWidth(0.5)
    for i, (k, v) in enumerate(meta):
        y = y0 - i * 15
        c.setFillColor(colors.HexColor("#eaf2ed")); c.rect(x0, y - 15, 95, 15, fill=1, stroke=1); c.setFillColor(colors.black)
        c.rect(x0 + 95, y - 15, 115, 15)
        T(c, x0 + 4, y - 11, k, "Helvetica-Bold", 8)
        T(c, x0 + 205, y - 11, v, size=8.5, align="r")
    bn, bl = bill_lines(inv)
    y = H - 200
    T(c, 40, y, "SOLD TO", "Helvetica-Bold", 8.5, color=g)
    lines(c, 40, y - 13, [bn] + bl, size=9)
    T(c, 320, y, "SHIP TO", "Helvetica-Bold", 8.5, color=g)
    lines(c, 320, y - 13, [bn, "c/o Amazon FBA - CMH2", "6050 Gateway Ct", "Groveport, OH 43125"], size=9)
    cols = [40, 82, 160, 250, 430, 490, W - 40]
    heads = ["Qty", "Item #", "UPC", "Description", "Unit Price", "Ext. Price"]
    y = H - 285
    c.setFillColor(g); c.rect(40, y - 16, W - 80, 16, fill=1, stroke=0)
    for i, h in enumerate(heads):
        T(c, (cols[i] + cols[i + 1]) / 2, y - 11.5, h, "Helvetica-Bold", 8.5, "c", colors.white)
    y -= 16
    truth, sub = [], 0
    for k, it in enumerate(inv["items"]):
        p, q = it["p"], it["qty"]
        if k % 2:
            c.setFillColor(colors.HexColor("#f3f7f4")); c.rect(40, y - 18, W - 80, 18, fill=1, stroke=0); c.setFillColor(colors.black)
        T(c, cols[1] - 6, y - 12.5, str(q), size=8.5, align="r")
        T(c, cols[1] + 4, y - 12.5, p["model"], size=8.5)
        T(c, cols[2] + 4, y - 12.5, p["code"], size=8.5)
        T(c, cols[3] + 4, y - 12.5, p["sdesc"], size=8.5)
        T(c, cols[5] - 6, y - 12.5, "$%.2f" % it["price"], size=8.5, align="r")
        T(c, cols[6] - 6, y - 12.5, "$" + money(q * it["price"]), size=8.5, align="r")
        sub += q * it["price"]
        truth.append(dict(identifiers=[p["model"], p["code"]], quantity=q, asin=p.get("asin"), description=p["sdesc"]))
        y -= 18
    c.line(40, y, W - 40, y)
    frt = inv.get("freight", 240.0)
    for k, v in [("Subtotal", sub), ("Freight", frt), ("Total Due", sub + frt)]:
        y -= 15
        T(c, 480, y, k, "Helvetica-Bold" if k == "Total Due" else "Helvetica", 9, "r")
        T(c, W - 46, y, "$" + money(v), "Helvetica-Bold" if k == "Total Due" else "Helvetica", 9, "r")
    T(c, 40, 90, "Thank you for your order! Questions about this invoice? Email " + s["email"], "Helvetica-Oblique", 8.5)
    T(c, 40, 76, "Returns require an RA number. Past-due balances subject to 1.5% monthly finance charge.", size=7.5)
    c.save()
    return truth, dict(address=", ".join(s["addr"]))


# ---------------------------------------------------------------- 4 labels above values, table without rules
def L_labels(path, inv):
    s = SUP["I"]
    W, H = letter
    c = canvas.Canvas(path, pagesize=letter)
    gray = colors.HexColor("#777777")
    acc = colors.HexColor("#b5651d")
    T(c, 48, H - 64, "Halden", "Helvetica-Bold", 26, color=acc)
    T(c, 48, H - 80, "PET SUPPLY", "Helvetica", 9, color=acc)
    T(c, W - 48, H - 64, "Invoice", "Helvetica", 26, "r")

    def lab(x, y, label, vals, size=9.5):
        T(c, x, y, label.upper(), "Helvetica-Bold", 6.8, color=gray)
        return lines(c, x, y - 13, vals, size=size, lead=12)
    y = H - 120
    lab(48, y, "Invoice number", [inv["number"]])
    lab(190, y, "Date issued", [inv["date_s"]])
    lab(310, y, "Date due", [inv["due_s"]])
    lab(430, y, "Amount due (USD)", ["$" + money(sum(i["qty"] * i["price"] for i in inv["items"]))])
    y = H - 170
    bn, bl = bill_lines(inv)
    lab(48, y, "Billed to", [bn] + bl + [SELLER["email"]])
    lab(250, y, "From", [s["name"]] + s["addr"])
    lab(430, y, "Contact", [s["phone"], s["email"], s["web"]], size=8.5)
    y = H - 270
    cols = [48, 130, 330, 420, 470, W - 48]
    heads = [("Item", "l"), ("Description", "l"), ("UPC", "l"), ("Qty", "r"), ("Unit cost", "r")]
    for i, (h, a) in enumerate(heads):
        T(c, cols[i] if a == "l" else {3: 440, 4: 495}[i], y, h.upper(), "Helvetica-Bold", 6.8, a, gray)
    T(c, W - 48, y, "AMOUNT", "Helvetica-Bold", 6.8, "r", gray)
    y -= 20
    truth, sub = [], 0
    for it in inv["items"]:
        p, q = it["p"], it["qty"]
        T(c, cols[0], y, p["model"], size=9)
        T(c, cols[1], y, p["sdesc"], size=9)
        T(c, cols[2], y, p["code"], size=9)
        T(c, 440, y, str(q), size=9, align="r")
        T(c, cols[5] - 8 - 0, y, "", size=9)
        T(c, 495, y, "$%.2f" % it["price"], size=9, align="r")
        T(c, W - 48, y, "$" + money(q * it["price"]), size=9, align="r")
        sub += q * it["price"]
        truth.append(dict(identifiers=[p["model"], p["code"]], quantity=q, asin=p.get("asin"), description=p["sdesc"]))
        y -= 22
    y -= 14
    for k, v in [("Subtotal", money(sub)), ("Tax", "0.00"), ("Total", money(sub)), ("Amount due", "$" + money(sub))]:
        T(c, 470, y, k.upper(), "Helvetica-Bold", 7, "r", gray)
        T(c, W - 48, y, v, "Helvetica-Bold" if k == "Amount due" else "Helvetica", 9.5, "r")
        y -= 17
    T(c, 48, 110, "NOTES", "Helvetica-Bold", 6.8, color=gray)
    lines(c, 48, 97, ["Payment by ACH within 30 days. Bank: First Lone Star Bank, routing 111000025, acct ****4471.",
                      "Thank you for stocking Halden grooming products."], size=8.5, lead=11)
    c.save()
    return truth, dict(address=", ".join(s["addr"]))


# ---------------------------------------------------------------- 5 multi-page with continued table
LONG = {
    "SKIL": "Cast Iron Skillet 10 in., Pre-Seasoned. Pre-seasoned with 100% vegetable oil; dual pour spouts; assist handle; oven, stovetop, grill and campfire safe. Individually boxed with care card. Master carton 4 units.",
    "KNIF": "Knife Block Set 14 pc, Acacia Block. Includes 8 in. chef, 8 in. bread, 8 in. slicing, 5 in. santoku, 5 in. utility, 3.5 in. paring, six 4.5 in. steak knives, shears and honing rod; X50CrMoV15 steel. Gift box. Master carton 2 units.",
    "DUTCH": "Enameled Dutch Oven 5.5 qt, Red. Cast iron with chip-resistant enamel interior; stainless knob oven safe to 500 F; self-basting lid. Master carton 2 units.",
}


def L_multi(path, inv):
    s = SUP["D"]
    W, H = letter
    c = canvas.Canvas(path, pagesize=letter)
    items = inv["items"]
    cols = [40, 66, 130, 390, 440, 470, 515, W - 40]
    heads = ["Ln", "Item No.", "Description", "Qty", "U/M", "Price", "Amount"]
    truth = []
    rows = []
    for n, it in enumerate(items, 1):
        p = it["p"]
        d = LONG.get(p["key"], p["sdesc"])
        dl = wrap(d, "Helvetica", 8, cols[3] - cols[2] - 8) + ["UPC " + p["code"]]
        rows.append((n, it, dl))
        truth.append(dict(identifiers=[p["model"], p["code"]], quantity=it["qty"], asin=p.get("asin"),
                          description=d))
    npages = 2

    def header(pg):
        T(c, 40, H - 55, "SUMMIT KITCHEN", "Helvetica-Bold", 18)
        T(c, 40, H - 68, "W H O L E S A L E", "Helvetica", 8)
        lines(c, 40, H - 84, [s["addr"][0] + " | " + s["addr"][1], "Ph " + s["phone"] + " | " + s["web"] + " | " + s["email"]], size=8, lead=10)
        T(c, W - 40, H - 52, "INVOICE", "Helvetica-Bold", 16, "r")
        lines(c, W - 40, H - 68, ["Invoice No. " + inv["number"], "Invoice Date " + inv["date_s"], "Page %d of %d" % (pg, npages)],
              size=8.5, lead=11, align="r")
        c.setLineWidth(1); c.line(40, H - 110, W - 40, H - 110)

    def table_head(y):
        c.setFillColor(colors.HexColor("#d9d9d9")); c.rect(40, y - 14, W - 80, 14, fill=1, stroke=0); c.setFillColor(colors.black)
        for i, h in enumerate(heads):
            T(c, cols[i] + 3 if i in (0, 1, 2) else cols[i + 1] - 4, y - 10, h, "Helvetica-Bold", 8, "l" if i in (0, 1, 2) else "r")
        return y - 14

    header(1)
    bn, bl = bill_lines(inv)
    T(c, 40, H - 126, "Bill To:", "Helvetica-Bold", 8.5)
    lines(c, 40, H - 139, [bn] + bl, size=9)
    T(c, 300, H - 126, "Ship To:", "Helvetica-Bold", 8.5)
    lines(c, 300, H - 139, [bn] + bl, size=9)
    T(c, 40, H - 190, "Customer PO: %s     Terms: Net 45     Ship Via: Estes LTL     Sales Rep: House" % inv["po"], size=8.5)
    y = table_head(H - 200)
    sub = 0
    pg = 1
    for n, it, dl in rows:
        h = len(dl) * 10 + 8
        if y - h < 90 and pg == 1:
            T(c, W - 40, 70, "Continued on next page ...", "Helvetica-Oblique", 8.5, "r")
            T(c, 40, 70, "Subtotal this page: $" + money(sub), "Helvetica", 8.5)
            c.showPage(); pg = 2
            header(2)
            T(c, 40, H - 126, "Invoice %s (continued) - %s" % (inv["number"], bn), "Helvetica-Oblique", 8.5)
            y = table_head(H - 136)
        p, q = it["p"], it["qty"]
        T(c, cols[0] + 3, y - 11, str(n), size=8)
        T(c, cols[1] + 3, y - 11, p["model"], size=8)
        lines(c, cols[2] + 3, y - 11, dl, size=8, lead=10)
        T(c, cols[4] - 4, y - 11, "{:,}".format(q), size=8, align="r")
        T(c, cols[5] - 4, y - 11, "EA", size=8, align="r")
        T(c, cols[6] - 4, y - 11, "%.2f" % it["price"], size=8, align="r")
        T(c, cols[7] - 4, y - 11, money(q * it["price"]), size=8, align="r")
        sub += q * it["price"]
        y -= h
        c.setStrokeColor(colors.HexColor("#bbbbbb")); c.line(40, y + 2, W - 40, y + 2); c.setStrokeColor(colors.black)
    assert pg == 2, "multi-page layout must spill to page 2"
    y -= 20
    frt = 412.50
    for k, v in [("Merchandise Total", sub), ("Freight", frt), ("Fuel Surcharge", 38.20), ("INVOICE TOTAL (USD)", sub + frt + 38.20)]:
        T(c, 470, y, k, "Helvetica-Bold" if "TOTAL" in k else "Helvetica", 9, "r")
        T(c, W - 44, y, money(v), "Helvetica-Bold" if "TOTAL" in k else "Helvetica", 9, "r")
        y -= 14
    lines(c, 40, y - 20, ["Remit by check or ACH. Wells Fargo Bank, ABA 121000248, Acct 4417 2290 88.",
                          "Claims for shortage or damage must be made within 5 days of receipt."], size=8, lead=10)
    c.save()
    return truth, dict(address=", ".join(s["addr"]))


# ---------------------------------------------------------------- 6 wholesale marketplace (Faire-like)
def L_market(path, inv):
    s = SUP["E"]
    W, H = letter
    c = canvas.Canvas(path, pagesize=letter)
    T(c, 48, H - 58, "tradewell", "Helvetica-Bold", 22)
    T(c, 50, H - 72, "wholesale marketplace", "Helvetica", 8, color=colors.HexColor("#666666"))
    T(c, W - 48, H - 56, "Invoice", "Helvetica", 18, "r")
    lines(c, W - 48, H - 72, ["Invoice " + inv["number"], "Order " + inv["po"], "Invoice date: " + inv["date_s"]], size=8.5, lead=11, align="r")
    c.setStrokeColor(colors.HexColor("#dddddd")); c.line(48, H - 110, W - 48, H - 110); c.setStrokeColor(colors.black)
    T(c, 48, H - 130, "Sold by", "Helvetica-Bold", 9)
    lines(c, 48, H - 144, [s["name"]] + s["addr"] + [s["phone"], s["email"], s["web"]], size=9, lead=11.5)
    bn, bl = bill_lines(inv)
    T(c, 310, H - 130, "Retailer", "Helvetica-Bold", 9)
    lines(c, 310, H - 144, [bn, "Dana Whitfield"] + bl, size=9, lead=11.5)
    y = H - 245
    truth, sub = [], 0
    for it in inv["items"]:
        p, q = it["p"], it["qty"]
        per = it.get("per", 24)
        cs = q // per
        c.setFillColor(colors.HexColor("#efe9e1")); c.roundRect(48, y - 56, 56, 56, 4, fill=1, stroke=0); c.setFillColor(colors.black)
        c.setFillColor(colors.HexColor("#b7a48b")); c.circle(76, y - 28, 14, fill=1, stroke=0); c.setFillColor(colors.black)
        T(c, 116, y - 12, p["sdesc"], "Helvetica-Bold", 9.5)
        T(c, 116, y - 26, "SKU: %s    UPC: %s" % (p["model"], p["code"]), size=8.5, color=colors.HexColor("#555555"))
        T(c, 116, y - 40, "Quantity: %d cs x %d" % (cs, per), size=8.5)
        T(c, 116, y - 52, "Wholesale $%.2f / unit  (MSRP $%.2f)" % (it["price"], p.get("price", 0) or 0), size=8.5, color=colors.HexColor("#555555"))
        T(c, W - 48, y - 12, "$" + money(q * it["price"]), "Helvetica-Bold", 9.5, "r")
        sub += q * it["price"]
        truth.append(dict(identifiers=[p["model"], p["code"]], quantity=q, asin=p.get("asin"), description=p["sdesc"]))
        y -= 72
        c.setStrokeColor(colors.HexColor("#eeeeee")); c.line(48, y + 6, W - 48, y + 6); c.setStrokeColor(colors.black)
    disc = round(sub * 0.15, 2)
    for k, v in [("Subtotal", "$" + money(sub)), ("First order discount (15%)", "-$" + money(disc)), ("Shipping", "Free"),
                 ("Total", "$" + money(sub - disc))]:
        y -= 15
        T(c, 440, y, k, "Helvetica-Bold" if k == "Total" else "Helvetica", 9, "r")
        T(c, W - 48, y, v, "Helvetica-Bold" if k == "Total" else "Helvetica", 9, "r")
    y -= 28
    T(c, 48, y, "Payment: Net 60 terms via tradewell. Paid in full %s." % inv["paid_s"], size=8.5)
    T(c, 48, 60, "tradewell, Inc. facilitates wholesale orders between independent brands and retailers. Questions: support@tradewell.example", size=7, color=colors.HexColor("#888888"))
    c.save()
    return truth, dict(address=", ".join(s["addr"]))


# ---------------------------------------------------------------- 7 UK supplier with VAT / IBAN
def L_uk(path, inv):
    s = SUP["F"]
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    navy = colors.HexColor("#14325c")
    T(c, 45, H - 60, "THORNBURY", "Times-Bold", 22, color=navy)
    T(c, 45, H - 74, "T R A D I N G   L T D", "Times-Roman", 9, color=navy)
    lines(c, W - 45, H - 48, s["addr"] + ["Tel: " + s["phone"], s["email"], s["web"]], size=8.5, lead=10.5, align="r")
    T(c, 45, H - 130, "INVOICE", "Times-Bold", 18)
    bn, bl = bill_lines(inv)
    T(c, 45, H - 152, "Invoice To:", "Helvetica-Bold", 8.5)
    lines(c, 45, H - 165, [bn] + bl + ["United States of America"], size=9)
    T(c, 220, H - 152, "Deliver To:", "Helvetica-Bold", 8.5)
    lines(c, 220, H - 165, [bn, "c/o Borderline Freight Forwarding", "1650 Airport Rd, Unit B", "Columbus, OH 43219"], size=9)
    meta = [("Invoice No:", inv["number"]), ("Invoice Date:", inv["date_s"]), ("Tax Point:", inv["date_s"]),
            ("Account No:", "BRIG001"), ("Your Ref:", inv["po"]), ("Incoterms:", "FCA Avonmouth")]
    y = H - 152
    for k, v in meta:
        T(c, 420, y, k, "Helvetica-Bold", 8.5)
        T(c, W - 45, y, v, size=8.5, align="r")
        y -= 12.5
    cols = [45, 110, 195, 370, 410, 465, 495, W - 45]
    heads = ["Code", "EAN", "Description", "Qty", "Price \u00a3", "VAT %", "Net \u00a3"]
    y = H - 260
    c.setFillColor(navy); c.rect(45, y - 16, W - 90, 16, fill=1, stroke=0)
    for i, h in enumerate(heads):
        T(c, cols[i] + 3 if i < 3 else cols[i + 1] - 4, y - 11.5, h, "Helvetica-Bold", 8, "l" if i < 3 else "r", colors.white)
    y -= 16
    truth, sub = [], 0
    for it in inv["items"]:
        p, q = it["p"], it["qty"]
        dl = wrap(p["sdesc"], "Helvetica", 8, cols[3] - cols[2] - 6)
        T(c, cols[0] + 3, y - 12, p["model"], size=8)
        T(c, cols[1] + 3, y - 12, p["code"], size=8)
        lines(c, cols[2] + 3, y - 12, dl, size=8, lead=10)
        T(c, cols[4] - 4, y - 12, str(q), size=8, align="r")
        T(c, cols[5] - 4, y - 12, "%.2f" % it["price"], size=8, align="r")
        T(c, cols[6] - 4, y - 12, "0", size=8, align="r")
        T(c, cols[7] - 4, y - 12, money(q * it["price"]), size=8, align="r")
        sub += q * it["price"]
        truth.append(dict(identifiers=[p["model"], p["code"]], quantity=q, asin=p.get("asin"), description=desc_join(dl)))
        y -= len(dl) * 10 + 8
        c.setStrokeColor(colors.HexColor("#cccccc")); c.line(45, y + 3, W - 45, y + 3); c.setStrokeColor(colors.black)
    y -= 16
    for k, v in [("Total Net", money(sub)), ("Carriage", "145.00"), ("VAT @ 0% (zero-rated export)", "0.00"), ("Invoice Total GBP", "\u00a3" + money(sub + 145))]:
        T(c, 470, y, k, "Helvetica-Bold" if "Total GBP" in k else "Helvetica", 8.5, "r")
        T(c, W - 49, y, v, "Helvetica-Bold" if "Total GBP" in k else "Helvetica", 8.5, "r")
        y -= 13
    T(c, 45, y - 12, "Payment terms: 30 days from invoice date. Please quote the invoice number with your payment.", size=8)
    c.setStrokeColor(navy); c.line(45, 78, W - 45, 78); c.setStrokeColor(colors.black)
    T(c, W / 2, 64, "Bank: Barclays Bank PLC   Sort Code: 20-31-58   Account: 44321600   IBAN: GB47 BARC 2031 5844 3216 00   BIC: BARCGB22", size=7, align="c")
    T(c, W / 2, 53, "VAT Reg. No. GB 284 5512 07   |   Registered in England & Wales No. 08812345   |   Registered office as above", size=7, align="c")
    c.save()
    return truth, dict(address=", ".join(s["addr"]))


# ---------------------------------------------------------------- 8 Canadian supplier with GST
def L_ca(path, inv):
    s = SUP["G"]
    W, H = letter
    c = canvas.Canvas(path, pagesize=letter)
    red = colors.HexColor("#a3192c")
    c.setFillColor(red); c.rect(0, H - 20, W, 20, fill=1, stroke=0); c.setFillColor(colors.black)
    T(c, W / 2, H - 58, s["name"], "Times-Bold", 22, "c")
    T(c, W / 2, H - 73, "  \u2022  ".join(s["addr"]), "Times-Roman", 9.5, "c")
    T(c, W / 2, H - 86, "Tel. %s   \u2022   %s   \u2022   %s" % (s["phone"], s["email"], s["web"]), "Times-Roman", 9.5, "c")
    T(c, W / 2, H - 99, "GST/HST Registration No. 81234 5678 RT0001", "Times-Italic", 8.5, "c")
    T(c, 40, H - 135, "INVOICE", "Times-Bold", 16, color=red)
    bn, bl = bill_lines(inv)
    T(c, 40, H - 155, "Sold To:", "Times-Bold", 10)
    lines(c, 40, H - 169, [bn] + bl + ["U.S.A."], "Times-Roman", 10)
    y = H - 140
    for k, v in [("Invoice #:", inv["number"]), ("Date:", inv["date_s"]), ("Customer P.O.:", inv["po"]),
                 ("Terms:", "Prepaid - Wire Transfer"), ("Currency:", "CAD")]:
        T(c, 400, y, k, "Times-Bold", 10)
        T(c, 480, y, v, "Times-Roman", 10)
        y -= 14
    cols = [40, 110, 200, 400, 450, 505, W - 40]
    heads = ["Item Code", "UPC", "Description", "Qty", "Price", "Amount"]
    y = H - 245
    c.setLineWidth(0.6)
    truth, sub = [], 0
    rows_h = 18
    c.rect(40, y - rows_h, W - 80, rows_h)
    for i, h in enumerate(heads):
        T(c, (cols[i] + cols[i + 1]) / 2, y - 13, h, "Times-Bold", 10, "c")
    top = y
    y -= rows_h
    for it in inv["items"]:
        p, q = it["p"], it["qty"]
        T(c, cols[0] + 4, y - 13, p["model"], "Times-Roman", 10)
        T(c, cols[1] + 4, y - 13, p["code"], "Times-Roman", 10)
        T(c, cols[2] + 4, y - 13, p["sdesc"], "Times-Roman", 9.5)
        T(c, cols[4] - 4, y - 13, "{:,}".format(q), "Times-Roman", 10, "r")
        T(c, cols[5] - 4, y - 13, "%.2f" % it["price"], "Times-Roman", 10, "r")
        T(c, cols[6] - 4, y - 13, money(q * it["price"]), "Times-Roman", 10, "r")
        sub += q * it["price"]
        truth.append(dict(identifiers=[p["model"], p["code"]], quantity=q, asin=p.get("asin"), description=p["sdesc"]))
        y -= rows_h
        c.line(40, y, W - 40, y)
    for _ in range(3):
        y -= rows_h
        c.line(40, y, W - 40, y)
    c.line(40, top, 40, y); c.line(W - 40, top, W - 40, y)
    for xx in cols[1:-1]:
        c.line(xx, top, xx, y)
    y -= 18
    for k, v in [("Subtotal", money(sub)), ("GST 5% (zero-rated export)", "0.00"), ("Freight", "96.00"), ("TOTAL CAD", "$" + money(sub + 96))]:
        T(c, 490, y, k, "Times-Bold" if "TOTAL" in k else "Times-Roman", 10, "r")
        T(c, W - 44, y, v, "Times-Bold" if "TOTAL" in k else "Times-Roman", 10, "r")
        y -= 14
    lines(c, 40, 100, ["Wire to: Royal Bank of Canada, Transit 01234, Institution 003, Account 1234567, SWIFT ROYCCAT2",
                       "Goods remain the property of Maple Ridge Supply Co. until paid in full. Merci de votre confiance!"], "Times-Italic", 8.5, 11)
    c.save()
    return truth, dict(address=", ".join(s["addr"]))


# ---------------------------------------------------------------- 9 supplier address in footer, dd-Mon-yy
def L_footer(path, inv):
    s = SUP["H"]
    W, H = letter
    c = canvas.Canvas(path, pagesize=letter)
    c.setFillColor(colors.HexColor("#111111")); c.rect(40, H - 92, 120, 50, fill=1, stroke=0)
    T(c, 100, H - 72, "CORVID", "Helvetica-Bold", 20, "c", colors.white)
    T(c, 100, H - 85, "ELECTRONICS", "Helvetica", 7, "c", colors.white)
    T(c, W - 40, H - 62, "INVOICE", "Helvetica-Bold", 24, "r")
    lines(c, W - 40, H - 80, ["Inv No.  " + inv["number"], "Date  " + inv["date_s"], "Cust PO  " + inv["po"], "Terms  Net 15"],
          "Courier", 9, 11, "r")
    bn, bl = bill_lines(inv)
    T(c, 40, H - 130, "BILL TO", "Helvetica-Bold", 8)
    lines(c, 40, H - 143, [bn] + bl, size=9.5)
    T(c, 300, H - 130, "SHIP TO", "Helvetica-Bold", 8)
    lines(c, 300, H - 143, [bn] + bl, size=9.5)
    y = H - 215
    cols = [40, 100, 190, 290, 470, W - 40]
    c.setLineWidth(1.2); c.line(40, y, W - 40, y); c.line(40, y - 16, W - 40, y - 16); c.setLineWidth(0.5)
    for x, h, a in [(44, "QTY", "l"), (104, "PART NO.", "l"), (194, "UPC/EAN", "l"), (294, "DESCRIPTION", "l"), (505, "PRICE", "r"), (W - 44, "TOTAL", "r")]:
        T(c, x, y - 11.5, h, "Helvetica-Bold", 8, a)
    y -= 16
    truth, sub = [], 0
    for it in inv["items"]:
        p, q = it["p"], it["qty"]
        T(c, 44, y - 13, str(q), "Courier", 9)
        T(c, 104, y - 13, p["model"], "Courier", 9)
        T(c, 194, y - 13, p["code"], "Courier", 9)
        T(c, 294, y - 13, p["sdesc"], "Helvetica", 8.5)
        T(c, 505, y - 13, "%.2f" % it["price"], "Courier", 9, "r")
        T(c, W - 44, y - 13, money(q * it["price"]), "Courier", 9, "r")
        sub += q * it["price"]
        truth.append(dict(identifiers=[p["model"], p["code"]], quantity=q, asin=p.get("asin"), description=p["sdesc"]))
        y -= 18
    c.line(40, y - 2, W - 40, y - 2)
    y -= 20
    for k, v in [("SUBTOTAL", money(sub)), ("NJ SALES TAX (resale cert. on file)", "0.00"), ("SHIPPING", "55.00"), ("BALANCE DUE", "$" + money(sub + 55))]:
        T(c, 466, y, k, "Helvetica-Bold", 8, "r")
        T(c, W - 44, y, v, "Courier-Bold" if k == "BALANCE DUE" else "Courier", 9, "r")
        y -= 14
    T(c, 40, 140, "All sales final after 30 days. DOA units replaced with RMA only.", "Helvetica-Oblique", 8)
    c.setLineWidth(0.8); c.line(40, 66, W - 40, 66)
    T(c, W / 2, 52, "%s  |  %s  |  Tel %s  |  %s  |  %s" % (s["name"], ", ".join(s["addr"]), s["phone"], s["email"], s["web"]), size=7.5, align="c")
    c.save()
    return truth, dict(address=", ".join(s["addr"]))


# ---------------------------------------------------------------- 10 handwritten invoice book
def hand(c, x, y, s, size=17, col=(0.08, 0.12, 0.5)):
    c.setFillColorRGB(*col)
    cx = x
    for ch in s:
        c.saveState()
        c.translate(cx, y + rng.uniform(-0.9, 0.9))
        c.rotate(rng.uniform(-4, 4))
        c.setFont("Hand", size * rng.uniform(0.95, 1.06))
        c.drawString(0, 0, ch)
        c.restoreState()
        cx += (size * 0.32 if ch == " " else pdfmetrics.stringWidth(ch, "Hand", size) * rng.uniform(1.0, 1.08))
    c.setFillColorRGB(0, 0, 0)


def L_hand(path, inv):
    s = SUP["J"]
    W, H = 6 * inch, 9 * inch
    c = canvas.Canvas(path, pagesize=(W, H))
    c.setFillColor(colors.HexColor("#fbf8ef")); c.rect(0, 0, W, H, fill=1, stroke=0); c.setFillColor(colors.black)
    T(c, W / 2, H - 40, "ROSARIO BROS. WHOLESALE", "Times-Bold", 15, "c")
    T(c, W / 2, H - 53, "General Merchandise  \u2022  Fitness  \u2022  Housewares", "Times-Italic", 8, "c")
    T(c, W / 2, H - 65, "%s, %s" % (s["addr"][0], s["addr"][1]), "Times-Roman", 8.5, "c")
    T(c, W / 2, H - 76, "Tel %s   %s" % (s["phone"], s["web"]), "Times-Roman", 8.5, "c")
    T(c, 28, H - 100, "INVOICE", "Times-Bold", 12)
    T(c, W - 28, H - 100, "No. " + inv["number"], "Courier-Bold", 12, "r", colors.HexColor("#b22222"))
    c.setLineWidth(0.5)
    T(c, 28, H - 125, "Date", "Times-Roman", 9)
    c.line(55, H - 127, 180, H - 127)
    hand(c, 60, H - 124, inv["date_s"])
    T(c, 28, H - 148, "Sold to", "Times-Roman", 9)
    c.line(65, H - 150, W - 28, H - 150)
    T(c, 28, H - 171, "Address", "Times-Roman", 9)
    c.line(70, H - 173, W - 28, H - 173)
    c.line(28, H - 196, W - 28, H - 196)
    bn, bl = bill_lines(inv)
    hand(c, 70, H - 147, bn)
    hand(c, 74, H - 170, inv["hand_addr"][0])
    hand(c, 74, H - 193, inv["hand_addr"][1])
    top = H - 215
    cols = [28, 70, 270, 330, W - 28]
    c.rect(28, top - 20, W - 56, 20)
    for i, h in enumerate(["QTY", "DESCRIPTION", "PRICE", "AMOUNT"]):
        T(c, (cols[i] + cols[i + 1]) / 2, top - 14, h, "Times-Bold", 9, "c")
    nrows = 12
    for r in range(nrows + 1):
        c.line(28, top - 20 - r * 24, W - 28, top - 20 - r * 24)
    for xx in cols:
        c.line(xx, top, xx, top - 20 - nrows * 24)
    truth, sub = [], 0
    y = top - 38
    for it in inv["items"]:
        p, q = it["p"], it["qty"]
        d = it["hand_desc"]
        hand(c, 36, y, str(q))
        hand(c, 74, y, d, size=15)
        hand(c, 276, y, "%.2f" % it["price"], size=15)
        hand(c, 336, y, money(q * it["price"]), size=15)
        sub += q * it["price"]
        truth.append(dict(identifiers=[p["model"]], quantity=q, asin=p.get("asin"), description=d))
        y -= 24
    T(c, 320, top - 20 - nrows * 24 - 16, "TOTAL", "Times-Bold", 10, "r")
    c.rect(330, top - 20 - nrows * 24 - 24, W - 28 - 330, 22)
    hand(c, 336, top - 20 - nrows * 24 - 17, "$" + money(sub), size=14)
    hand(c, 40, 70, "Paid - check #2207", size=13)
    T(c, 28, 40, "Received by ____________________", "Times-Roman", 8.5)
    T(c, W - 28, 40, "Thank you!", "Times-Italic", 9, "r")
    c.save()
    return truth, dict(address=", ".join(s["addr"]))


# ---------------------------------------------------------------- 11 thermal / narrow printout
def L_thermal(path, inv):
    s = SUP["K"]
    W = 80 * mm
    items = inv["items"]
    H = (150 + 36 * len(items)) * mm / 2.2 + 80 * mm
    c = canvas.Canvas(path, pagesize=(W, H))
    y = H - 22
    F = "Courier"

    def ln(t, a="l", f=F, sz=7.8):
        nonlocal y
        if a == "c":
            T(c, W / 2, y, t, f, sz, "c")
        elif a == "r":
            T(c, W - 10, y, t, f, sz, "r")
        else:
            T(c, 10, y, t, f, sz)
        y -= sz * 1.3
    ln("DEL NORTE", "c", "Courier-Bold", 13)
    ln("CASH & CARRY", "c", "Courier-Bold", 10)
    for a in s["addr"]:
        ln(a, "c")
    ln("TEL " + s["phone"], "c")
    ln(s["web"], "c")
    ln("-" * 38)
    ln("SALES INVOICE", "c", "Courier-Bold", 9)
    ln("INV# " + inv["number"])
    ln("DATE " + inv["date_s"])
    ln("TERM 04  CLERK MARISOL")
    ln("ACCT 30117")
    bn, bl = bill_lines(inv)
    ln("SOLD TO: " + bn.upper())
    for a in bl:
        ln("  " + a.upper())
    ln("-" * 38)
    truth, sub = [], 0
    for it in items:
        p, q = it["p"], it["qty"]
        ln(p["sdesc"].upper()[:36])
        ln("  ITEM %s" % p["model"]) if p.get("model") else None
        ln("  UPC %s" % p["code"])
        amt = money(q * it["price"])
        ln("  %d @ %.2f" % (q, it["price"]) + " " * max(1, 28 - len("  %d @ %.2f" % (q, it["price"])) - len(amt) + 8) + amt)
        sub += q * it["price"]
        ids = ([p["model"]] if p.get("model") else []) + [p["code"]]
        truth.append(dict(identifiers=ids, quantity=q, asin=p.get("asin"), description=p["sdesc"].upper()[:36]))
    ln("-" * 38)
    ln("ITEMS %d   UNITS %d" % (len(items), sum(i["qty"] for i in items)))
    ln("SUBTOTAL".ljust(24) + money(sub).rjust(12))
    ln("TAX RESALE EXEMPT".ljust(24) + "0.00".rjust(12))
    ln("TOTAL".ljust(24) + money(sub).rjust(12), f="Courier-Bold")
    ln("ACCOUNT CHARGE".ljust(24) + money(sub).rjust(12))
    ln("-" * 38)
    ln("RESALE CERT ON FILE", "c")
    ln("THANK YOU - GRACIAS", "c")
    c.save()
    return truth, dict(address=", ".join(s["addr"]))


# ---------------------------------------------------------------- 12 office-template invoice
def L_template(path, inv):
    s = SUP[inv.get("sup", "L")]
    W, H = letter
    c = canvas.Canvas(path, pagesize=letter)
    teal = colors.HexColor("#1b7f86")
    quote = inv.get("quote")
    T(c, W - 50, H - 70, "QUOTATION" if quote else "INVOICE", "Helvetica-Bold", 34, "r", teal)
    T(c, 50, H - 62, s["name"], "Helvetica-Bold", 14)
    info = list(s["addr"])
    if s.get("phone"):
        info.append("Phone: " + s["phone"])
    if s.get("email"):
        info.append(s["email"])
    if s.get("web"):
        info.append(s["web"])
    lines(c, 50, H - 78, info, size=9, lead=11.5)
    y = H - 100
    meta = [("DATE:", inv["date_s"]), ("QUOTE #:" if quote else "INVOICE #:", inv["number"]), ("CUSTOMER ID:", "BWHG")]
    if quote:
        meta.append(("VALID UNTIL:", inv["due_s"]))
    for k, v in meta:
        T(c, W - 150, y, k, "Helvetica-Bold", 9, "r")
        T(c, W - 50, y, v, size=9, align="r")
        y -= 13
    bn, bl = bill_lines(inv)
    T(c, 50, H - 175, "BILL TO:", "Helvetica-Bold", 9, color=teal)
    lines(c, 50, H - 189, [SELLER["name"], bn] + bl + ["Phone: " + SELLER["phone"]], size=9.5)
    y = H - 270
    c.setFillColor(teal); c.rect(50, y - 18, W - 100, 18, fill=1, stroke=0)
    T(c, 56, y - 12.5, "DESCRIPTION", "Helvetica-Bold", 9, color=colors.white)
    T(c, 390, y - 12.5, "QTY", "Helvetica-Bold", 9, "r", colors.white)
    T(c, 470, y - 12.5, "UNIT PRICE", "Helvetica-Bold", 9, "r", colors.white)
    T(c, W - 56, y - 12.5, "AMOUNT", "Helvetica-Bold", 9, "r", colors.white)
    y -= 18
    truth, sub = [], 0
    for k in range(10):
        if k % 2:
            c.setFillColor(colors.HexColor("#e6f2f3")); c.rect(50, y - 18, W - 100, 18, fill=1, stroke=0); c.setFillColor(colors.black)
        if k < len(inv["items"]):
            it = inv["items"][k]
            p, q = it["p"], it["qty"]
            d = "%s (Item #%s)" % (p["sdesc"], p["model"])
            T(c, 56, y - 12.5, d, size=9)
            T(c, 390, y - 12.5, str(q), size=9, align="r")
            T(c, 470, y - 12.5, "%.2f" % it["price"], size=9, align="r")
            T(c, W - 56, y - 12.5, money(q * it["price"]), size=9, align="r")
            sub += q * it["price"]
            truth.append(dict(identifiers=[p["model"]], quantity=q, asin=p.get("asin"), description=d))
        y -= 18
    c.setStrokeColor(teal); c.rect(50, y, W - 100, H - 288 - y); c.setStrokeColor(colors.black)
    for k, v in [("SUBTOTAL", money(sub)), ("TAX RATE", "0.000%"), ("SHIPPING", "120.00"), ("TOTAL", "$ " + money(sub + 120))]:
        y -= 15
        T(c, 470, y, k, "Helvetica-Bold" if k == "TOTAL" else "Helvetica", 9, "r")
        T(c, W - 56, y, v, "Helvetica-Bold" if k == "TOTAL" else "Helvetica", 9, "r")
    if quote:
        T(c, 50, y - 10, "This quotation is not an invoice. Prices valid for 30 days; 50% deposit required to confirm the order.", size=8.5)
    else:
        T(c, 50, y - 10, "Make all checks payable to " + s["name"], size=8.5)
    T(c, W / 2, 95, "Thank you for your business!", "Helvetica-BoldOblique", 12, "c", teal)
    c.save()
    return truth, dict(address=", ".join(s["addr"]) if s["addr"] else None)


LAYOUTS = {
    "cn-factory-commercial": (L_cn, "A"), "us-distributor-erp": (L_erp, "B"), "logo-left-meta-table-right": (L_logo, "C"),
    "labels-above-values-unruled": (L_labels, "I"), "multipage-continued": (L_multi, "D"),
    "wholesale-marketplace": (L_market, "E"), "uk-vat-iban": (L_uk, "F"), "canada-gst": (L_ca, "G"),
    "address-in-footer": (L_footer, "H"), "handwritten-book": (L_hand, "J"), "thermal-narrow": (L_thermal, "K"),
    "office-template": (L_template, "L"),
}

# ----------------------------------------------------------------- image degradations
def render(pdf, dpi):
    doc = fitz.open(pdf)
    out = []
    for pg in doc:
        pix = pg.get_pixmap(dpi=dpi)
        out.append(Image.frombytes("RGB", (pix.width, pix.height), pix.samples))
    return out


def paper(img):
    a = np.asarray(img).astype(np.float32)
    a = a * np.array([0.985, 0.975, 0.95])
    return a


def scan(img, angle, noise=6, blur=0.5):
    a = paper(img)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(238, 236, 230))
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(im).astype(np.float32) + nrng.normal(0, noise, (im.height, im.width, 1))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def background(w, h, kind="wood"):
    if kind == "wood":
        base = np.array([118, 84, 52], np.float32)
        yy = np.arange(h)[:, None]
        stripes = 14 * np.sin(yy / 9.0 + 3 * np.sin(np.arange(w)[None, :] / 140.0))
        a = base[None, None, :] + stripes[..., None] + nrng.normal(0, 6, (h, w, 1))
    elif kind == "desk":
        a = np.ones((h, w, 3), np.float32) * np.array([165, 170, 176]) + nrng.normal(0, 5, (h, w, 1))
    else:
        a = np.ones((h, w, 3), np.float32) * np.array([52, 54, 60]) + nrng.normal(0, 4, (h, w, 1))
    return a


def photo(img, kind="wood", tilt=0.06, light=0.35, dark=1.0, crop=None, out_w=2200, seed_shift=0):
    """phone photo: paper on a surface, perspective, uneven lighting."""
    r = random.Random(SEED + seed_shift)
    pw, ph = img.size
    scale = out_w * 0.78 / pw
    pw2, ph2 = int(pw * scale), int(ph * scale)
    page = np.asarray(img.resize((pw2, ph2), Image.LANCZOS)).astype(np.float32) * np.array([0.99, 0.98, 0.955])
    W = out_w
    Hh = int(ph2 / 0.82)
    bg = background(W, Hh, kind)
    ox, oy = (W - pw2) / 2, (Hh - ph2) / 2
    src = np.float32([[0, 0], [pw2, 0], [pw2, ph2], [0, ph2]])
    j = lambda: r.uniform(-tilt, tilt) * pw2
    dst = np.float32([[ox + j(), oy + j()], [ox + pw2 + j(), oy + j()], [ox + pw2 + j(), oy + ph2 + j()], [ox + j(), oy + ph2 + j()]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, M, (W, Hh), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((ph2, pw2), np.float32), M, (W, Hh), flags=cv2.INTER_LINEAR)
    # soft shadow
    sh = cv2.GaussianBlur(cv2.warpPerspective(np.ones((ph2, pw2), np.float32), M, (W, Hh)), (0, 0), 18)
    sh = np.roll(sh, (14, 10), (0, 1))
    bg = bg * (1 - 0.45 * sh[..., None])
    a = warped * mask[..., None] + bg * (1 - mask[..., None])
    # uneven light: bright spot + falloff
    yy, xx = np.mgrid[0:Hh, 0:W].astype(np.float32)
    cx, cy = r.uniform(0.2, 0.8) * W, r.uniform(0.1, 0.5) * Hh
    d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(W, Hh)
    lightmap = (1.08 - light * d)
    a = a * lightmap[..., None] * dark
    a = a + nrng.normal(0, 4 if dark > 0.5 else 7, a.shape[:2])[..., None]
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    if crop:
        l, t, rr, b = crop  # fractions to remove from each side
        im = im.crop((int(l * W), int(t * Hh), int(W * (1 - rr)), int(Hh * (1 - b))))
    return im


def save_img(im, name, quality=88):
    p = os.path.join(OUT, name)
    if name.endswith(".jpg"):
        im.save(p, quality=quality)
    elif name.endswith(".pdf"):
        ims = im if isinstance(im, list) else [im]
        ims[0].save(p, save_all=True, append_images=ims[1:], resolution=200.0)
    else:
        im.save(p)


# ----------------------------------------------------------------- documents
def d(y, m, dd):
    return dt.date(y, m, dd)


MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
FMT = {
    "cn-factory-commercial": lambda x: "%s. %d, %d" % (MON[x.month - 1].upper(), x.day, x.year),
    "us-distributor-erp": lambda x: "%d/%d/%d" % (x.month, x.day, x.year),
    "logo-left-meta-table-right": lambda x: x.strftime("%m/%d/%Y"),
    "labels-above-values-unruled": lambda x: x.isoformat(),
    "multipage-continued": lambda x: "%s %02d, %d" % (MON[x.month - 1], x.day, x.year),
    "wholesale-marketplace": lambda x: "%s %d, %d" % (MON[x.month - 1], x.day, x.year),
    "uk-vat-iban": lambda x: x.strftime("%d/%m/%Y"),
    "canada-gst": lambda x: "%s %d, %d" % (x.strftime("%B"), x.day, x.year),
    "address-in-footer": lambda x: "%02d-%s-%02d" % (x.day, MON[x.month - 1], x.year % 100),
    "handwritten-book": lambda x: "%d/%d/%02d" % (x.month, x.day, x.year % 100),
    "thermal-narrow": lambda x: x.strftime("%m/%d/%Y") + " 14:32",
    "office-template": lambda x: "%s %d, %d" % (x.strftime("%B"), x.day, x.year),
}

P = PROD
X = EXTRA
RECORDS = []
SRC = {}  # file -> pdf path of the text version used for derived images


def doc(file, layout, date, number, items, expect=(), clean=True, **kw):
    fn, sup = LAYOUTS[layout]
    inv = dict(number=number, date=date, date_s=FMT[layout](date), items=items, **kw)
    inv.setdefault("po", "BW-%04d" % rng.randint(1000, 9999))
    inv.setdefault("sc", "HL-SC-%s" % number[-4:])
    inv.setdefault("ship_s", (date + dt.timedelta(days=1)).strftime("%-m/%-d/%Y"))
    inv.setdefault("due_s", FMT[layout](date + dt.timedelta(days=30)))
    inv.setdefault("paid_s", (date + dt.timedelta(days=60)).strftime("%b %d, %Y"))
    path = os.path.join(OUT, file)
    truth_items, printed = fn(path, inv)
    s = SUP[inv.get("sup", sup)]
    sup_f = {"name": s["name"]}
    if printed.get("address"):
        sup_f["address"] = printed["address"]
    for k, kk in (("phone", "phone"), ("email", "email"), ("web", "website")):
        if s.get(k):
            sup_f[kk] = s[k]
    bn, bl = bill_lines(inv)
    if inv.get("hand_addr"):
        bl = inv["hand_addr"]
    if layout == "cn-factory-commercial":
        bl = bl + ["United States"]
    if layout == "uk-vat-iban":
        bl = bl + ["United States of America"]
    if layout == "canada-gst":
        bl = bl + ["U.S.A."]
    if layout == "thermal-narrow":
        bn, bl = bn.upper(), [x.upper() for x in bl]
    fields = dict(invoice_date=date.isoformat(), invoice_number=number, supplier=sup_f,
                  buyer={"name": bn, "address": ", ".join(bl)}, items=truth_items)
    rec = dict(file=file, layout=layout, clean=clean, expect=list(expect), fields=fields)
    RECORDS.append(rec)
    SRC[file] = path
    return rec


def derived(src_file, file, kind, expect=(), clean=True, note=None, **kw):
    """an image version (scan / photo / defect) of an already generated text PDF."""
    base = next(r for r in RECORDS if r["file"] == src_file)
    pdf = SRC[src_file]
    dpi = kw.get("dpi", 200)
    pages = render(pdf, dpi)
    if kind == "scan":
        ims = [scan(p, kw.get("angle", 0.8), noise=kw.get("noise", 6)) for p in pages]
    elif kind == "photo":
        ims = [photo(p, kw.get("bg", "wood"), kw.get("tilt", 0.05), kw.get("light", 0.35), kw.get("dark", 1.0),
                     kw.get("crop"), seed_shift=len(RECORDS)) for p in pages]
    elif kind == "faded":
        ims = []
        for p in pages:
            a = np.asarray(p).astype(np.float32)
            a = 232 + a / 255.0 * 23  # contrast squeezed to ~10 %
            a = a + nrng.normal(0, 1.2, a.shape[:2])[..., None]
            ims.append(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)))
    elif kind == "blurry":
        ims = [scan(p, 0.5).filter(ImageFilter.GaussianBlur(kw.get("radius", 7))) for p in pages]
    elif kind == "skewed":
        ims = [scan(p, 0, blur=0.4).rotate(kw.get("angle", 11), resample=Image.BICUBIC, expand=True, fillcolor=(70, 72, 78)) for p in pages]
    elif kind == "lowres":
        ims = [scan(p, 0.4, noise=3, blur=0) for p in render(pdf, kw.get("dpi", 60))]
    else:
        raise ValueError(kind)
    out = ims if file.endswith(".pdf") else ims[0]
    save_img(out, file, quality=kw.get("quality", 85))
    rec = json.loads(json.dumps(base))
    rec.update(file=file, clean=clean, expect=list(expect))
    if note:
        rec["note"] = note
    RECORDS.append(rec)
    return rec


def build():
    hw = lambda k, q, desc, price=None: dict(p=P[k], qty=q, price=price if price is not None else P[k]["cost"], hand_desc=desc)
    # 1 CN factory
    doc("cn_hanlu_ci_HL260117.pdf", "cn-factory-commercial", d(2026, 1, 17), "HL260117",
        [dict(item(P["KT220"], cover("KT220", 12, 600)), per=12), dict(item(P["KT180"], cover("KT180", 12, 480)), per=12),
         dict(item(P["MF06"], cover("MF06", 50, 1000)), per=50), dict(item(P["KT150"], 240), per=24)], vessel="COSCO PRIDE V.061E")
    doc("cn_hanlu_ci_HL260604.pdf", "cn-factory-commercial", d(2026, 6, 4), "HL260604",
        [dict(item(P["KT220"], cover("KT220", 12, 480)), per=12), dict(item(P["MF06"], cover("MF06", 50, 800)), per=50)],
        vessel="EVER LUCENT V.0433E")
    derived("cn_hanlu_ci_HL260604.pdf", "cn_hanlu_ci_HL260604_scan.pdf", "scan", angle=-0.9, dpi=250)
    derived("cn_hanlu_ci_HL260117.pdf", "cn_hanlu_ci_HL260117_dark.jpg", "photo", expect=["quality.dark"], clean=False,
            bg="dark", dark=0.2, light=0.25)
    doc("cn_hanlu_proforma_PI260903.pdf", "cn-factory-commercial", d(2026, 9, 3), "PI260903",
        [dict(item(P["KT220"], cover("KT220", 12, 600)), per=12), dict(item(P["KT180"], cover("KT180", 12, 480)), per=12)],
        expect=["invoice.refused-type"], clean=False, proforma=True)
    # 2 US distributor ERP
    doc("greatlakes_invoice_104877.pdf", "us-distributor-erp", d(2026, 2, 9), "104877",
        [item(P["SPAT"], cover("SPAT", 24, 288)), item(P["BOWL"], cover("BOWL", 6, 144)), item(P["MCUP"], 96)], ship=214.60)
    doc("greatlakes_invoice_106120.pdf", "us-distributor-erp", d(2026, 7, 21), "106120",
        [item(P["BOWL"], cover("BOWL", 6, 120)), dict(item(P["SPAT"], cover("SPAT", 24, 240)), extra="asst. colors, red only")], ship=166.00)
    derived("greatlakes_invoice_106120.pdf", "greatlakes_invoice_106120_photo.jpg", "photo", bg="wood", tilt=0.045)
    doc("greatlakes_packingslip_106544.pdf", "us-distributor-erp", d(2026, 8, 18), "106544",
        [item(P["SPAT"], cover("SPAT", 24, 288)), item(P["BOWL"], cover("BOWL", 6, 144))],
        expect=["invoice.refused-type"], clean=False, packing_slip=True)
    doc("greatlakes_invoice_105310_redfern.pdf", "us-distributor-erp", d(2026, 4, 14), "105310",
        [item(P["SPAT"], cover("SPAT", 24, 288)), item(P["BOWL"], cover("BOWL", 6, 144))],
        expect=["invoice.buyer-mismatch"], clean=False, buyer="other")
    doc("greatlakes_invoice_107002.pdf", "us-distributor-erp", d(2026, 9, 15), "107002",
        [item(P["MCUP"], 144), item(X["COLAND"], 48), item(X["CANOP"], 96)],
        expect=["invoice.items-unmatched"], clean=False)
    # corrupt: the 104877 bytes truncated
    raw = open(os.path.join(OUT, "greatlakes_invoice_104877.pdf"), "rb").read()
    open(os.path.join(OUT, "greatlakes_invoice_104877_truncated.pdf"), "wb").write(raw[: int(len(raw) * 0.55)])
    RECORDS.append(dict(file="greatlakes_invoice_104877_truncated.pdf", layout="us-distributor-erp", clean=False,
                        expect=["format.corrupt"], fields=None,
                        note="first 55% of the bytes of greatlakes_invoice_104877.pdf; no xref/trailer"))
    # 3 logo left / meta right
    doc("pacificcrest_INV-2026-0341.pdf", "logo-left-meta-table-right", d(2026, 3, 14), "INV-2026-0341",
        [item(P["TH750"], cover("TH750", 24, 360)), item(P["LT12"], cover("LT12", 12, 240)), item(P["HM2"], 60)])
    doc("pacificcrest_INV-2026-0588.pdf", "logo-left-meta-table-right", d(2026, 6, 30), "INV-2026-0588",
        [item(P["TH750"], cover("TH750", 24, 288)), item(P["LT12"], cover("LT12", 12, 180))], freight=186.0)
    derived("pacificcrest_INV-2026-0588.pdf", "pacificcrest_INV-2026-0588_scan.png", "scan", angle=1.2, dpi=200)
    derived("pacificcrest_INV-2026-0341.pdf", "pacificcrest_INV-2026-0341_60dpi.png", "lowres", expect=["quality.low-resolution"],
            clean=False, dpi=60)
    # 4 labels above values
    doc("halden_HPS-24-00871.pdf", "labels-above-values-unruled", d(2026, 5, 6), "HPS-24-00871",
        [item(P["BRUSH"], cover("BRUSH", 12, 300))])
    derived("halden_HPS-24-00871.pdf", "halden_HPS-24-00871_faded.png", "faded", expect=["quality.faded"], clean=False, dpi=200)
    derived("halden_HPS-24-00871.pdf", "halden_HPS-24-00871_photo.jpg", "photo", bg="desk", tilt=0.035)
    # 5 multi-page
    its = [item(P["SKIL"], cover("SKIL", 4, 320)), item(X["SKW-GR"], 96), item(P["KNIF"], cover("KNIF", 2, 120)),
           item(P["DUTCH"], 48), item(X["SKW-SCR"], 240), item(X["SKW-TRV"], 120), item(X["SKW-HND"], 300),
           item(X["SKW-SHR"], 144), item(X["SKW-PEEL"], 200),
           item(X["SKW-OIL"], 288), item(X["SKW-LID"], 96), item(X["SKW-BRD"], 60), item(X["SKW-MIT"], 144)]
    for it in its:
        if it["p"]["key"] not in LONG:
            LONG[it["p"]["key"]] = it["p"]["sdesc"].rstrip(".") + ". " + rng.choice([
                "Retail-ready hang tag; inner pack 12; master carton 48. Country of origin: China.",
                "Boxed individually with barcode label; inner pack 6; master carton 24. Hand wash recommended.",
                "Shrink-wrapped on printed card; inner pack 12; master carton 72. Prop 65 compliant labelling."])
    doc("summit_SKW-30418.pdf", "multipage-continued", d(2026, 6, 9), "SKW-30418", its)
    derived("summit_SKW-30418.pdf", "summit_SKW-30418_scan.pdf", "scan", angle=0.5, dpi=200)
    # 6 marketplace
    doc("tradewell_juniperfig_TW-INV-558213.pdf", "wholesale-marketplace", d(2026, 3, 3), "TW-INV-558213",
        [dict(item(P["CANDL"], cover("CANDL", 24, 288)), per=24), dict(item(P["CEDAR"], 96), per=24)], po="TW-8841-2937")
    derived("tradewell_juniperfig_TW-INV-558213.pdf", "tradewell_juniperfig_TW-INV-558213_photo.jpg", "photo", bg="wood", tilt=0.05, light=0.45)
    # 7 UK
    doc("thornbury_TT-INV-07731.pdf", "uk-vat-iban", d(2026, 2, 24), "TT-INV-07731",
        [item(P["BOARD"], cover("BOARD", 20, 300), 4.35), item(P["UTEN"], 120, 3.20)], po="PO 2207")
    derived("thornbury_TT-INV-07731.pdf", "thornbury_TT-INV-07731_scan.jpg", "scan", angle=-0.6, dpi=300, quality=80)
    doc("thornbury_TT-INV-09154.pdf", "uk-vat-iban", d(2026, 7, 7), "TT-INV-09154",
        [item(P["BOARD"], cover("BOARD", 20, 240), 4.35)], po="PO 2291")
    derived("thornbury_TT-INV-09154.pdf", "thornbury_TT-INV-09154_blurry.png", "blurry", expect=["quality.blurry"], clean=False, radius=7)
    doc("thornbury_TT-INV-05907_old.pdf", "uk-vat-iban", d(2025, 8, 14), "TT-INV-05907",
        [item(P["BOARD"], cover("BOARD", 20, 300), 4.20)], expect=["invoice.date-outside-window"], clean=False, po="PO 1984")
    # 8 Canada
    doc("mapleridge_MRS-25-1142.pdf", "canada-gst", d(2025, 11, 3), "MRS-25-1142",
        [item(P["SOCK"], cover("SOCK", 12, 240), 11.85)])
    doc("mapleridge_MRS-26-0419.pdf", "canada-gst", d(2026, 4, 19), "MRS-26-0419",
        [item(P["SOCK"], cover("SOCK", 12, 192), 11.85)])
    derived("mapleridge_MRS-26-0419.pdf", "mapleridge_MRS-26-0419_skewed.jpg", "skewed", expect=["quality.skewed"], clean=False, angle=11)
    derived("mapleridge_MRS-25-1142.pdf", "mapleridge_MRS-25-1142_scan.png", "scan", angle=-1.4, dpi=200)
    # 9 footer address
    doc("corvid_CV-250347.pdf", "address-in-footer", d(2026, 4, 17), "CV-250347",
        [item(P["PD65"], cover("PD65", 10, 250)), item(P["HUB7"], 100)])
    derived("corvid_CV-250347.pdf", "corvid_CV-250347_cropped.jpg", "photo", expect=["quality.cropped"], clean=False,
            bg="desk", tilt=0.03, crop=(0.0, 0.07, 0.13, 0.0))
    doc("corvid_CV-251102_short.pdf", "address-in-footer", d(2026, 8, 27), "CV-251102",
        [item(P["PD65"], 4), item(P["HUB7"], 2)], expect=["invoice.quantity-insufficient"], clean=False)
    # 10 handwritten
    doc("rosario_004817.pdf", "handwritten-book", d(2026, 5, 11), "004817",
        [hw("YOGA", cover("YOGA", 10, 160), "Yoga mat 6mm purple RB-YM6", 6.75),
         dict(p=X["RB-BAND"], qty=50, price=3.10, hand_desc="Resist. band set 5pc RB-RB5")],
        hand_addr=["4410 Commerce Park Dr Ste 120", "Columbus OH 43219"])
    derived("rosario_004817.pdf", "rosario_004817_photo.jpg", "photo", bg="wood", tilt=0.04, light=0.3)
    # 11 thermal
    doc("delnorte_0042-118873.pdf", "thermal-narrow", d(2026, 8, 21), "0042-118873",
        [item(P["TH750"], cover("TH750", 12, 144), 7.25), item(P["LT12"], cover("LT12", 6, 96), 7.95), item(X["DN-SNK"], 4)])
    derived("delnorte_0042-118873.pdf", "delnorte_0042-118873_photo.jpg", "photo", bg="desk", tilt=0.03, light=0.3)
    # 12 office template
    doc("kestrel_KG-1093.pdf", "office-template", d(2026, 9, 2), "KG-1093",
        [item(P["BRUSH"], cover("BRUSH", 12, 180), 3.95), item(P["SOCK"], cover("SOCK", 12, 144), 10.40),
         item(P["YOGA"], cover("YOGA", 10, 120), 7.40)], sup="L")
    derived("kestrel_KG-1093.pdf", "kestrel_KG-1093_scan.pdf", "scan", angle=0.7, dpi=200)
    doc("kestrel_quote_Q-2207.pdf", "office-template", d(2026, 10, 6), "Q-2207",
        [item(P["BRUSH"], cover("BRUSH", 12, 240), 3.90), item(P["YOGA"], cover("YOGA", 10, 160), 7.30)], sup="L", quote=True,
        expect=["invoice.refused-type"], clean=False)
    doc("corvid_CV-241988_old.pdf", "address-in-footer", d(2025, 10, 21), "CV-241988",
        [item(P["PD65"], cover("PD65", 10, 300))], expect=["invoice.date-outside-window"], clean=False)
    derived("corvid_CV-241988_old.pdf", "corvid_CV-241988_old_scan.jpg", "scan", expect=["invoice.date-outside-window"],
            clean=False, angle=0.4, dpi=200)
    doc("northgate_0318.pdf", "office-template", d(2026, 8, 4), "0318",
        [item(P["BRUSH"], cover("BRUSH", 12, 180), 3.80), item(P["YOGA"], cover("YOGA", 10, 120), 7.10)], sup="M",
        expect=["invoice.supplier-contact-missing"], clean=False)


def main():
    build()
    # sanity: every notice ASIN covered by at least one clean document, each clean line covers the year's sales
    covered = {a: 0 for a in NOTICE}
    for r in RECORDS:
        if r["clean"] and r["fields"]:
            for it in r["fields"]["items"]:
                a = it.get("asin")
                if a in covered:
                    assert it["quantity"] >= SOLD[a], (r["file"], a, it["quantity"], SOLD[a])
                    covered[a] = max(covered[a], it["quantity"])
    missing = [a for a, v in covered.items() if v == 0]
    assert not missing, missing
    # defect-specific checks
    for r in RECORDS:
        if "invoice.quantity-insufficient" in r["expect"]:
            for it in r["fields"]["items"]:
                if it["asin"] in SOLD and it["asin"] in NOTICE:
                    assert it["quantity"] * 4 < SOLD[it["asin"]], (it, SOLD[it["asin"]])
    # null asin for products not in the catalogue; drop nulls to keep records tidy
    for r in RECORDS:
        if r["fields"]:
            for it in r["fields"]["items"]:
                if it.get("asin") is None:
                    it["asin"] = None
    json.dump({"version": 1, "received": NOTICE_DATE.isoformat(), "asins": NOTICE, "marketplace": "US"},
              open(os.path.join(OUT, "notice.json"), "w"), indent=2)
    open(os.path.join(OUT, "orders.txt"), "w").write(ORDERS_TXT)
    with open(os.path.join(OUT, "account.toml"), "w") as f:
        f.write('name = "%s"\nbusiness_name = "%s"\naddress = "%s, %s, %s %s"\nphone = "%s"\nemail = "%s"\n'
                'merchant_token = "%s"\nmarketplaces = ["US"]\n' % (
                    SELLER["name"], SELLER["business"], SELLER["street"], SELLER["city"], SELLER["st"], SELLER["zip"],
                    SELLER["phone"], SELLER["email"], SELLER["token"]))
    json.dump(RECORDS, open(os.path.join(OUT, "truth.json"), "w"), indent=1, ensure_ascii=False)
    # catalogue for reference (what the seller lists; UPCs are the supplier's)
    with open(os.path.join(OUT, "catalogue.tsv"), "w") as f:
        f.write("asin\tsku\tmodel\tupc_or_ean\tin_notice\tunits_sold_12m\ttitle\n")
        for p in PROD.values():
            f.write("\t".join([p["asin"], p["sku"], p["model"], p["code"], str(p["notice"]).lower(), str(SOLD[p["asin"]]), p["title"]]) + "\n")
    print("documents:", len(RECORDS), "notice ASINs:", len(NOTICE))


if __name__ == "__main__":
    main()
