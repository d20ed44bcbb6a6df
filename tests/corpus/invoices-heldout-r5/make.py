#!/usr/bin/env python3
"""Seeded generator for held-out round 5 supplier invoices.

Run:  /tmp/inv5-venv/bin/python make.py        (writes into this folder)
Needs: reportlab, pymupdf, pillow, numpy, opencv-python-headless.
Everything is deterministic for a given SEED (PDF dates are written explicitly).
"""
import io, json, math, os, random, datetime as dt
from collections import defaultdict

import numpy as np
import cv2
import pymupdf
from PIL import Image, ImageDraw, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, letter, landscape
from reportlab.lib.colors import Color, black, white, HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

SEED = 20261206
OUT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(OUT, "documents")
NOTICE_DATE = dt.date(2026, 11, 12)

pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
_DJ = "/usr/share/fonts/truetype/dejavu/"
for nm, f in [("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
              ("DVC", "DejaVuSansCondensed.ttf"), ("DVC-B", "DejaVuSansCondensed-Bold.ttf"),
              ("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf")]:
    if os.path.exists(_DJ + f):
        pdfmetrics.registerFont(TTFont(nm, _DJ + f))

# --------------------------------------------------------------------------------------------
# The seller
SELLER = {
    "name": "Marisol Okafor",
    "business_name": "Tidewater Home Goods LLC",
    "address": "2218 Wexley Park Dr, Suite 140, Charlotte, NC 28217, United States",
    "phone": "+1 704-555-0148",
    "email": "marisol@tidewaterhomegoods.com",
    "merchant_token": "A2K7Q9XW3JD5LM",
    "marketplaces": ["US"],
}
# ways suppliers print the seller (all the same party)
BUYER_FORMS = [
    ("Tidewater Home Goods LLC", ["2218 Wexley Park Dr, Suite 140", "Charlotte, NC 28217", "United States"]),
    ("Tidewater Home Goods, LLC", ["Attn: Marisol Okafor", "2218 Wexley Park Drive Ste 140", "Charlotte NC 28217 USA"]),
    ("TIDEWATER HOME GOODS LLC", ["2218 WEXLEY PARK DR STE 140", "CHARLOTTE NC 28217-0000", "U.S.A."]),
    ("Marisol Okafor / Tidewater Home Goods LLC", ["2218 Wexley Park Dr., Suite 140", "Charlotte, North Carolina 28217", "USA"]),
]
OTHER_BUYER = ("Harbor Lane Goods Inc.", ["Attn: Devin Castellano", "77 Cannery Row Blvd, Unit 4", "Monterey, CA 93940", "USA"])

# --------------------------------------------------------------------------------------------
SUPPLIERS = {
    "S1": dict(name="Shreeji Metal Crafts", address="C-14, Industrial Estate Phase II, Delhi Road, Moradabad, Uttar Pradesh 244001, India",
               lines=["C-14, Industrial Estate Phase II", "Delhi Road, Moradabad - 244001", "Uttar Pradesh, India"],
               phone="+91 591 249 7315", email="exports@shreejimetalcrafts.in", website="www.shreejimetalcrafts.in",
               extra={"GSTIN": "09ABHFS4721K1Z6", "IEC": "0615093371"}),
    "S2": dict(name="Kaltenbach Haushaltswaren GmbH", address="Klingenstraße 38, 42651 Solingen, Deutschland",
               lines=["Klingenstraße 38", "42651 Solingen", "Deutschland"],
               phone="+49 212 38 44 19-0", email="rechnung@kaltenbach-haushalt.de", website="www.kaltenbach-haushalt.de",
               extra={"USt-IdNr": "DE284117390", "HRB": "HRB 22871, Amtsgericht Wuppertal"}),
    "S3": dict(name="Ningbo Hengrui Houseware Co., Ltd.", address="No. 188 Jinyuan Road, Yinzhou District, Ningbo, Zhejiang 315100, China",
               lines=["No. 188 Jinyuan Road, Yinzhou District", "Ningbo, Zhejiang 315100, China"],
               phone="+86 574 8821 6603", email="sales03@hengrui-houseware.com", website="hengruihouseware.en.alibaba.com", extra={}),
    "S4": dict(name="Kauri Coast Trading Ltd", address="Unit 3, 41 Hewletts Road, Mount Maunganui, Tauranga 3116, New Zealand",
               lines=["Unit 3, 41 Hewletts Road", "Mount Maunganui", "Tauranga 3116", "NEW ZEALAND"],
               phone="+64 7 575 2291", email="accounts@kauricoast.co.nz", website="www.kauricoast.co.nz",
               extra={"GST": "118-402-776"}),
    "S5": dict(name="Granite Peak Supply Co.", address="4870 Brighton Blvd, Denver, CO 80216, USA",
               lines=["4870 Brighton Blvd", "Denver, CO 80216", "USA"],
               phone="(303) 555-0172", email="ar@granitepeaksupply.com", website="granitepeaksupply.com", extra={}),
    "S6": dict(name="Little Fern Goods", address="1120 SE Division St, Portland, OR 97202, United States",
               lines=["1120 SE Division St", "Portland OR 97202", "United States"],
               phone="(503) 555-0194", email="wholesale@littleferngoods.com", website="littleferngoods.com", extra={}),
    "S7": dict(name="Sakai Hamono Kobo Co., Ltd.", address="2-7-14 Kitatabata-cho, Sakai-ku, Sakai-shi, Osaka 590-0012, Japan",
               lines=["〒590-0012 大阪府堺市堺区北田端町2-7-14", "2-7-14 Kitatabata-cho, Sakai-ku, Sakai", "Osaka 590-0012 JAPAN"],
               phone="+81 72-555-0738", email="export@sakai-hamono-kobo.jp", website="www.sakai-hamono-kobo.jp",
               extra={"登録番号": "T5120101048823"}),
    "S8": dict(name="Tai Chang Glassware Co., Ltd.", address="No. 61, Gongye 9th Rd., Dali Dist., Taichung City 412, Taiwan",
               lines=["No. 61, Gongye 9th Rd., Dali Dist.", "Taichung City 412, Taiwan (R.O.C.)"],
               phone="+886 4 2491 5520", email="trade@taichangglass.com.tw", website="www.taichangglass.com.tw", extra={}),
    "S9": dict(name="Heartland Restaurant Supply, Inc.", address="3310 Needmore Rd, Dayton, OH 45414, USA",
               lines=["3310 NEEDMORE RD", "DAYTON, OH 45414"],
               phone="937-555-0116", email="orders@heartlandrsupply.com", website="www.heartlandrsupply.com", extra={}),
    "S10": dict(name="Tecelagem Costa Verde, Lda.", address="Rua da Indústria 214, 4835-044 Guimarães, Portugal",
                lines=["Rua da Indústria 214", "4835-044 Guimarães", "Portugal"],
                phone="+351 253 555 410", email="faturacao@costaverde-tex.pt", website="www.costaverde-tex.pt",
                extra={"NIF": "PT 509 771 326"}),
    "S11": dict(name="Brightline Home Wholesale", address="600 Meadowlands Pkwy, Suite 12, Secaucus, NJ 07094, USA",
                lines=["600 Meadowlands Pkwy, Suite 12", "Secaucus, NJ 07094"],
                phone="(201) 555-0187", email="billing@brightlinehome.com", website="www.brightlinehome.com", extra={}),
}

# Products. asin None = not listed by the seller / not in the notice.
PRODUCTS = {
    "A1": dict(asin="B0D4K7QX2M", sup="S1", model="SMC-CB1000", code=None, desc="Pure copper water bottle 1000 ml, hammered, with brush",
               price=5.40, weight=22,
               title="Tidewater Kitchen Pure Copper Water Bottle 34 oz (1 Liter) - Hammered Ayurvedic Copper Vessel, Leak Proof Lid, Drinking Bottle for Yoga, Gym & Office - Gift Box with Cleaning Brush",
               sku="TW-SMC-CB1000"),
    "A2": dict(asin="B0C9T3LWN8", sup="S1", model="SMC-MM4", code=None, desc="Copper Moscow mule mug 16 oz, set of 4, brass handle",
               price=11.75, weight=14,
               title="Tidewater Kitchen Moscow Mule Copper Mugs Set of 4 - 100% Solid Copper 16 oz Hammered Mugs with Brass Handles, Food-Safe Lacquer, Bar Gift Set with 4 Straws",
               sku="TWK-0117-MULE4"),
    "A3": dict(asin="B0BZ6R1FJ5", sup="S2", model="4410", code="4260712440107", desc="Knoblauchpresse Edelstahl, spülmaschinenfest",
               price=7.90, weight=18,
               title="Kaltenbach Garlic Press Stainless Steel - Heavy Duty German Garlic Crusher & Mincer with Removable Basket, Dishwasher Safe, Easy Squeeze Ginger Press for Kitchen",
               sku="KH4410-GP"),
    "A4": dict(asin="B0CX8H2PVA", sup="S2", model="2270", code="4260712422707", desc="Gewürzmühle Keramikmahlwerk, Edelstahl/Glas",
               price=9.35, weight=12,
               title="Kaltenbach Salt and Pepper Grinder - Adjustable Ceramic Burr Spice Mill, Brushed Stainless Steel & Glass Refillable Shaker, 6.5 inch, Single Mill",
               sku="TWH-MILL-01"),
    "A5": dict(asin="B0D1M5YTQ3", sup="S3", model="HR-TB20", code=None, desc="20oz vacuum insulated tumbler with slide lid & straw",
               price=2.86, weight=40,
               title="Tidewater 20 oz Insulated Tumbler with Lid and Straw - Double Wall Vacuum Stainless Steel Travel Coffee Cup, Spill Proof Slide Lid, Keeps Drinks Cold 24 Hours, Matte Black",
               sku="TW-TUMB20-BLK"),
    "A6": dict(asin="B0C2WN9KR7", sup="S3", model="HR-SL12", code=None, desc="Silicone stretch lids 12 pcs/set, 6 sizes",
               price=1.48, weight=20,
               title="Silicone Stretch Lids 12 Pack - 6 Sizes Reusable Food Covers for Bowls, Cans, Jars & Containers, BPA Free, Dishwasher & Microwave Safe Stretchable Lids",
               sku="HR-SL12-US"),
    "A7": dict(asin="B0B8JH4ZS6", sup="S4", model="KC-BW3", code="9421905183024", desc="Beeswax wraps - 3 pack (S/M/L), Kowhai print",
               price=6.10, weight=16,
               title="Kauri Coast Beeswax Food Wraps 3 Pack - Reusable Organic Cotton Sandwich & Cheese Wrap, Plastic Free Cling Film Alternative, Small Medium Large, Made in New Zealand",
               sku="TW-WRAP-3PK"),
    "A8": dict(asin="B0CM3VD7XE", sup="S5", model="GP-CI10", code="810047552108", desc="Cast iron skillet 10.25 in, pre-seasoned",
               price=11.20, weight=25,
               title="Granite Peak 10.25 Inch Cast Iron Skillet - Pre-Seasoned Frying Pan with Helper Handle & Pour Spouts, Oven Safe Grill Pan for Stovetop, Campfire, Induction",
               sku="GP-CI10-FBA"),
    "A9": dict(asin="B0D6PL2GU9", sup="S6", model="LF-TT2-NAT", code=None, desc="Stonewashed linen tea towel, 2-pack, Natural",
               price=9.00, weight=12,
               title="Little Fern Goods Linen Tea Towels Set of 2 - 100% Stonewashed European Flax Linen Kitchen Dish Towels, Absorbent Quick Dry Hand Towels 18x28 inch, Natural Oatmeal",
               sku="TWK-LINEN-NAT"),
    "A10": dict(asin="B0C5QE8NY1", sup="S7", model="SHK-G210", code="4589921060214", desc="Gyuto 210mm, AUS-10 clad, wa handle",
                price=6200, weight=9,
                title="Sakai Hamono Kobo Japanese Chef Knife 8.3 inch (210mm) Gyuto - AUS-10 San-Mai Stainless Steel Clad, Octagonal Magnolia Wa Handle, Handcrafted in Sakai Japan with Gift Box",
                sku="SHK-G210"),
    "A11": dict(asin="B0BT7WK3HC", sup="S7", model="SHK-WS16", code="4589921060610", desc="Combination whetstone #1000/#6000 with base",
                price=2150, weight=10,
                title="Sakai Hamono Kobo Whetstone Knife Sharpener 1000/6000 Grit - Japanese Combination Sharpening Stone with Non-Slip Bamboo Base and Angle Guide for Kitchen Knives",
                sku="TWK-STONE-1K6K"),
    "A12": dict(asin="B0CJ9F6RDZ", sup="S8", model="TC-GC5", code="4713552001589", desc="Borosilicate glass meal prep container 5 pcs set w/ locking lids",
                price=8.15, weight=26,
                title="Tidewater Glass Meal Prep Containers 5 Pack - 30 oz Borosilicate Glass Food Storage Containers with Snap Locking Lids, Airtight, Oven Microwave Freezer Dishwasher Safe",
                sku="TW-GLASS-5PK"),
    "A13": dict(asin="B0D2XA5MBT", sup="S9", model="HRS-DR2", code=None, desc="2-TIER DISH RACK S/S W/DRAINBOARD",
                price=21.50, weight=15,
                title="Tidewater 2 Tier Dish Drying Rack with Drainboard - Large Stainless Steel Dish Drainer for Kitchen Counter, Rustproof Dish Rack with Utensil Holder & Cup Holder",
                sku="TW-RACK-2T"),
    "A14": dict(asin="B0C7UG1LQW", sup="S10", model="CV-AP01", code="5601234871205", desc="Avental de cozinha 100% algodão / Cotton kitchen apron, navy stripe",
                price=5.85, weight=13,
                title="Costa Verde Cotton Kitchen Apron for Women and Men - Adjustable Neck Strap, 2 Large Pockets, Long Ties, Navy Stripe Chef Apron for Cooking, Baking, Grilling",
                sku="CV-AP01-NVY"),
    "A15": dict(asin="B0CY4N8SJP", sup="S11", model="BL-CT4", code="850031774415", desc="Cork trivet set of 4, round 7.9\"",
                price=3.10, weight=17,
                title="Cork Trivets for Hot Dishes Set of 4 - Thick Round Natural Cork Hot Pads 7.9 inch, Heat Resistant Pot Holders for Kitchen Countertop, Table & Plants",
                sku="BLH-CORK-SET4"),
    # not in the notice / not listed by the seller
    "X1": dict(asin=None, sup="S5", model="GP-DO55", code="810047552559", desc="Enameled cast iron dutch oven 5.5 qt, Sage", price=27.40),
    "X2": dict(asin=None, sup="S5", model="GP-RG20", code="810047552207", desc="Reversible cast iron grill/griddle 20 x 9.5 in", price=16.90),
    "X3": dict(asin=None, sup="S5", model="GP-CS3", code="810047552030", desc="Chainmail scrubber 3 x 3 in, stainless", price=1.95),
}
NOTICE_KEYS = [k for k in PRODUCTS if PRODUCTS[k]["asin"]]


# --------------------------------------------------------------------------------------------
# Orders report
STATES = [("Charlotte", "NC", "28205"), ("Austin", "TX", "78704"), ("Columbus", "OH", "43215"), ("Brooklyn", "NY", "11215"),
          ("Tacoma", "WA", "98405"), ("Orlando", "FL", "32803"), ("Aurora", "CO", "80012"), ("Mesa", "AZ", "85201"),
          ("Raleigh", "NC", "27609"), ("Naperville", "IL", "60540"), ("Sacramento", "CA", "95818"), ("Lansing", "MI", "48912"),
          ("Marietta", "GA", "30062"), ("Boise", "ID", "83702"), ("Knoxville", "TN", "37919"), ("Omaha", "NE", "68114"),
          ("Richmond", "VA", "23220"), ("Portland", "ME", "04101"), ("Plano", "TX", "75024"), ("San Diego", "CA", "92104"),
          ("Pittsburgh", "PA", "15213"), ("Madison", "WI", "53703"), ("Tulsa", "OK", "74105"), ("Salem", "OR", "97301")]
TAX = {"NC": .07, "TX": .0825, "OH": .0725, "NY": .08875, "WA": .101, "FL": .065, "CO": .029, "AZ": .083, "IL": .0775,
       "CA": .0825, "MI": .06, "GA": .07, "ID": .06, "TN": .0925, "NE": .07, "VA": .053, "ME": .055, "PA": .07,
       "WI": .055, "OK": .085, "OR": 0.0}
SALE_PRICE = {"A1": 24.99, "A2": 39.99, "A3": 21.95, "A4": 24.99, "A5": 17.99, "A6": 11.99, "A7": 18.95, "A8": 32.99,
              "A9": 29.00, "A10": 119.00, "A11": 42.99, "A12": 34.99, "A13": 45.99, "A14": 19.99, "A15": 16.49}


def make_orders(rng):
    header = ("amazon-order-id	merchant-order-id	purchase-date	last-updated-date	order-status	fulfillment-channel	sales-channel	"
              "order-channel	url	ship-service-level	product-name	sku	asin	item-status	quantity	currency	item-price	item-tax	"
              "shipping-price	shipping-tax	gift-wrap-price	gift-wrap-tax	item-promotion-discount	ship-promotion-discount	ship-city	"
              "ship-state	ship-postal-code	ship-country	promotion-ids	is-business-order	purchase-order-number	price-designation")
    keys = NOTICE_KEYS
    weights = [PRODUCTS[k]["weight"] for k in keys]
    start = NOTICE_DATE - dt.timedelta(days=364)
    rows = []
    sold = defaultdict(int)      # units in non-cancelled rows
    n_orders = 0
    while len(rows) < 300:
        n_orders += 1
        t = dt.datetime.combine(start, dt.time()) + dt.timedelta(seconds=rng.randrange(363 * 86400))
        oid = f"{rng.choice(['111', '112', '113', '114'])}-{rng.randrange(10**7):07d}-{rng.randrange(10**7):07d}"
        city, st, zp = rng.choice(STATES)
        afn = rng.random() < 0.8
        nlines = 1 if rng.random() < 0.88 else 2
        chosen = rng.sample(range(len(keys)), nlines) if nlines > 1 else [rng.choices(range(len(keys)), weights)[0]]
        age = (dt.datetime.combine(NOTICE_DATE, dt.time()) - t).days
        r = rng.random()
        status = "Shipped"
        if r < 0.05:
            status = "Cancelled"
        elif age < 3 and r < 0.5:
            status = "Pending"
        biz = rng.random() < 0.06
        for ci in chosen:
            k = keys[ci]
            qty = rng.choices([1, 2, 3, 4], [78, 15, 5, 2])[0]
            if biz:
                qty = rng.choice([4, 6, 10])
            price = SALE_PRICE[k]
            if biz:
                price = round(price * 0.9, 2)
            istatus = {"Shipped": "Shipped", "Cancelled": "Cancelled", "Pending": "Unshipped"}[status]
            q_out = 0 if status == "Cancelled" else qty
            ip = "" if status == "Cancelled" else f"{price * qty:.2f}"
            tax = "" if status == "Cancelled" else f"{price * qty * TAX[st]:.2f}"
            promo = ""
            disc = "0.0"
            if status != "Cancelled" and rng.random() < 0.1:
                d = round(price * qty * 0.15, 2)
                disc = f"-{d:.2f}"
                promo = f"Save 15% on {PRODUCTS[k]['sku']} 2026-{rng.randint(1,11):02d}"
            ship = "0.0" if afn else ("5.99" if status != "Cancelled" else "")
            upd = t + dt.timedelta(hours=rng.randint(2, 96))
            rows.append([oid, oid if afn else f"TW{n_orders:05d}", t.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                         upd.strftime("%Y-%m-%dT%H:%M:%S+00:00"), status, "Amazon" if afn else "Merchant", "Amazon.com", "", "",
                         rng.choice(["Expedited", "Standard", "SecondDay"]) if afn else "Standard",
                         PRODUCTS[k]["title"], PRODUCTS[k]["sku"], PRODUCTS[k]["asin"], istatus, str(q_out), "USD", ip, tax,
                         ship, "0.0" if ship else "", "", "", disc if ip else "", "0.0" if ip else "",
                         city.upper() if rng.random() < 0.3 else city, st, zp, "US", promo,
                         "true" if biz else "false", f"PO-{rng.randint(1000, 99999)}" if biz and rng.random() < 0.6 else "",
                         "BusinessPrice" if biz else ""])
            if status != "Cancelled":
                sold[k] += qty
    rows.sort(key=lambda r: r[2], reverse=True)
    with open(os.path.join(OUT, "orders.txt"), "w", encoding="utf-8", newline="") as f:
        f.write(header + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    return sold


# --------------------------------------------------------------------------------------------
# drawing helpers
def T(c, x, y, s, font="Helvetica", size=9, align="l", color=black):
    c.setFillColor(color)
    c.setFont(font, size)
    if align == "l":
        c.drawString(x, y, s)
    elif align == "r":
        c.drawRightString(x, y, s)
    else:
        c.drawCentredString(x, y, s)


def lines(c, x, y, arr, font="Helvetica", size=9, lead=None, align="l", color=black):
    lead = lead or size * 1.25
    for s in arr:
        T(c, x, y, s, font, size, align, color)
        y -= lead
    return y


def wrap(s, font, size, width):
    words, out, cur = s.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) <= width:
            cur = t
        else:
            if cur:
                out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


def money(v, dec=2, sep=","):
    s = f"{v:,.{dec}f}"
    if sep == ".":
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s


def fmt_date(d, style):
    return {
        "us": d.strftime("%m/%d/%Y"), "us2": d.strftime("%b %d, %Y"), "de": d.strftime("%d.%m.%Y"),
        "uk": d.strftime("%d/%m/%Y"), "xero": f"{d.day} {d.strftime('%b %Y')}", "iso": d.isoformat(),
        "in": d.strftime("%d-%b-%y"), "jp": f"{d.year}年{d.month}月{d.day}日", "long": d.strftime("%B %d, %Y").replace(" 0", " "),
        "pt": d.strftime("%Y-%m-%d"), "dots": d.strftime("%m-%d-%y"),
    }[style]


def stamp(c, x, y, text, sub=None, color=(0.75, 0.1, 0.12), angle=-14, r=44, alpha=0.55):
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    col = Color(*color, alpha=alpha)
    c.setStrokeColor(col)
    c.setFillColor(col)
    c.setLineWidth(2.2)
    c.roundRect(-r * 1.5, -r * 0.5, r * 3, r, 6, stroke=1, fill=0)
    c.setLineWidth(0.8)
    c.roundRect(-r * 1.5 + 4, -r * 0.5 + 4, r * 3 - 8, r - 8, 4, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", r * 0.42)
    c.drawCentredString(0, -r * 0.05 if sub else -r * 0.15, text)
    if sub:
        c.setFont("Helvetica-Bold", r * 0.2)
        c.drawCentredString(0, -r * 0.34, sub)
    c.restoreState()


def highlight(c, x, y, w, h=11):
    c.saveState()
    c.setFillColor(Color(1, 0.93, 0.1, alpha=0.42))
    c.rect(x, y - 2.5, w, h, stroke=0, fill=1)
    c.restoreState()


# --------------------------------------------------------------------------------------------
# Layouts. Each gets canvas c and doc d; d["items"] is a list of line dicts:
#   key, desc, model, code, qty (units), cases, per, price (per unit), pack (display)

def L_india_gst(c, d):
    W, H = A4
    s = d["sup"]
    m = 28
    c.setLineWidth(0.6)
    T(c, W / 2, H - 34, "Tax Invoice", "Helvetica-Bold", 13, "c")
    T(c, W - m, H - 34, "(ORIGINAL FOR RECIPIENT)", "Helvetica-Oblique", 7.5, "r")
    top = H - 42
    c.rect(m, 40, W - 2 * m, top - 40)
    mid = W / 2 + 10
    # seller block
    y = top - 12
    T(c, m + 4, y, s["name"], "Helvetica-Bold", 10)
    y = lines(c, m + 4, y - 11, s["lines"], size=8, lead=9.6)
    y = lines(c, m + 4, y, [f"GSTIN/UIN: {s['extra']['GSTIN']}", "State Name : Uttar Pradesh, Code : 09",
                            f"IEC : {s['extra']['IEC']}"] + ([f"Contact : {s['phone']}", f"E-Mail : {s['email']}", f"Web : {s['website']}"] if d["contact"] else []),
              size=8, lead=9.6)
    b1 = top - 112
    c.line(m, b1, mid, b1)
    # meta grid
    meta = [("Invoice No.", d["number"], "Dated", fmt_date(d["date"], "in")),
            ("Delivery Note", "", "Mode/Terms of Payment", "30% adv, bal. against BL"),
            ("Buyer's Order No.", d.get("po", ""), "Dated", fmt_date(d["date"] - dt.timedelta(days=21), "in")),
            ("Dispatch Doc No.", f"SMC/EXP/{d['date'].year % 100}-{d['seq']:03d}", "Delivery Note Date", ""),
            ("Dispatched through", "Sea - Maersk", "Destination", "Charleston, SC"),
            ("Terms of Delivery", "FOB Nhava Sheva. Export under LUT, IGST not charged", "", "")]
    rh = (top - b1) * 2 / len(meta) if False else 28
    yy = top
    for a, av, b, bv in meta:
        c.line(mid, yy, W - m, yy)
        T(c, mid + 3, yy - 9, a, size=7)
        T(c, mid + 3, yy - 20, av, "Helvetica-Bold", 8)
        if b:
            T(c, mid + (W - m - mid) / 2 + 3, yy - 9, b, size=7)
            T(c, mid + (W - m - mid) / 2 + 3, yy - 20, bv, "Helvetica-Bold", 8)
        if b or a != "Terms of Delivery":
            c.line(mid + (W - m - mid) / 2, yy, mid + (W - m - mid) / 2, yy - rh)
        yy -= rh
    c.line(mid, top, mid, yy)
    bottom_meta = yy
    # buyer block
    bn, bl = d["buyer"]
    y = b1 - 11
    T(c, m + 4, y, "Buyer (Bill to)", size=7)
    T(c, m + 4, y - 11, bn, "Helvetica-Bold", 9)
    y = lines(c, m + 4, y - 21, bl, size=8, lead=9.6)
    T(c, m + 4, y, "Country : United States of America", size=8)
    ty = min(y - 10, bottom_meta)
    c.line(m, ty, W - m, ty)
    # items table
    cols = [("Sl\nNo.", 22), ("Description of Goods", 190), ("HSN/SAC", 48), ("Quantity", 66), ("Rate\n(USD)", 50), ("per", 30), ("Amount\n(USD)", 0)]
    xs = [m]
    for _, w in cols[:-1]:
        xs.append(xs[-1] + w)
    xs.append(W - m)
    hy = ty - 24
    c.line(m, hy, W - m, hy)
    for i, (h, w) in enumerate(cols):
        hs = h.split("\n")
        lines(c, (xs[i] + xs[i + 1]) / 2, ty - 10 if len(hs) > 1 else ty - 14, hs, size=7.5, lead=8, align="c")
    y = hy - 12
    total = 0
    hsn = {"A1": "74181022", "A2": "74181031"}
    for i, it in enumerate(d["items"]):
        amt = it["qty"] * it["price"]
        total += amt
        T(c, xs[0] + 11, y, str(i + 1), size=8, align="c")
        T(c, xs[1] + 3, y, it["desc"].split(",")[0], "Helvetica-Bold", 8)
        sub = [f"Item Code: {it['model']}"] + [p.strip() for p in it["desc"].split(",")[1:]]
        if it.get("cases"):
            sub.append(f"Packed {it['cases']} ctns x {it['per']} pcs")
        lines(c, xs[1] + 3, y - 9, sub, "Helvetica-Oblique", 7, 8.5)
        T(c, xs[2] + 3, y, hsn.get(it["key"], "7418"), size=8)
        T(c, xs[4] - 3, y, f"{it['qty']:,} Pcs" if it["key"] != "A2" else f"{it['qty']:,} Sets", "Helvetica-Bold", 8, "r")
        T(c, xs[5] - 3, y, money(it["price"]), size=8, align="r")
        T(c, xs[5] + 4, y, "Set" if it["key"] == "A2" else "Pcs", size=8)
        T(c, xs[7] - 3, y, money(amt), "Helvetica-Bold", 8, "r")
        y -= 16 + 8.5 * len(sub)
    foot = 250
    for x in xs[1:-1]:
        c.line(x, ty, x, foot)
    c.line(m, foot, W - m, foot)
    T(c, xs[1] + 3, foot + 20, "IGST @ 0% (LUT ARN AD0904250118723)", "Helvetica-Oblique", 7.5)
    T(c, xs[7] - 3, foot + 20, "0.00", size=8, align="r")
    c.line(m, foot - 16, W - m, foot - 16)
    T(c, xs[1] + 3, foot - 11, "Total", "Helvetica-Bold", 8.5)
    T(c, xs[4] - 3, foot - 11, f"{sum(i['qty'] for i in d['items']):,} Nos", "Helvetica-Bold", 8, "r")
    T(c, xs[7] - 3, foot - 11, "USD " + money(total), "Helvetica-Bold", 9, "r")
    T(c, m + 4, foot - 28, "Amount Chargeable (in words)", size=7)
    T(c, W - m - 4, foot - 28, "E. & O.E", "Helvetica-Oblique", 7, "r")
    T(c, m + 4, foot - 40, f"US Dollar {num_words(int(total))} and Cents {int(round((total % 1) * 100))} Only", "Helvetica-Bold", 8)
    # hsn summary
    sy = foot - 56
    c.line(m, sy, W - m, sy)
    T(c, m + 4, sy - 10, "HSN/SAC        Taxable Value        CGST Rate  Amt     SGST/UTGST Rate  Amt     IGST Rate  Amt", size=7)
    T(c, m + 4, sy - 22, f"7418           {money(total):>12}        0%         0.00    0%               0.00    0%         0.00", "Courier", 7)
    c.line(m, sy - 28, W - m, sy - 28)
    T(c, m + 4, sy - 40, "Company's Bank Details: Punjab National Bank, Civil Lines, Moradabad  A/c No. 0615 0087 1042 9931  IFSC PUNB0061500  SWIFT PUNBINBBMBD", size=7)
    T(c, m + 4, 60, "Declaration: We declare that this invoice shows the actual price of the goods described", size=7)
    T(c, m + 4, 51, "and that all particulars are true and correct.", size=7)
    T(c, W - m - 6, 90, f"for {s['name'].upper()}", "Helvetica-Bold", 8, "r")
    T(c, W - m - 6, 50, "Authorised Signatory", size=7.5, align="r")
    T(c, W / 2, 30, "This is a Computer Generated Invoice", size=7, align="c")


def num_words(n):
    ones = "Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen".split()
    tens = "_ _ Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety".split()
    def w(n):
        if n < 20:
            return ones[n]
        if n < 100:
            return tens[n // 10] + ("" if n % 10 == 0 else " " + ones[n % 10])
        if n < 1000:
            return ones[n // 100] + " Hundred" + ("" if n % 100 == 0 else " " + w(n % 100))
        if n < 1000000:
            return w(n // 1000) + " Thousand" + ("" if n % 1000 == 0 else " " + w(n % 1000))
        return w(n // 1000000) + " Million" + ("" if n % 1000000 == 0 else " " + w(n % 1000000))
    return w(n)


def L_de_rechnung(c, d):
    W, H = A4
    s = d["sup"]
    mm = 72 / 25.4
    # letterhead right
    T(c, W - 20 * mm, H - 22 * mm, "KALTENBACH", "Times-Bold", 22, "r", HexColor("#223a5e"))
    T(c, W - 20 * mm, H - 27 * mm, "Haushaltswaren seit 1952 · Solingen", "Times-Italic", 8.5, "r", HexColor("#223a5e"))
    # sender line + window
    T(c, 20 * mm, H - 47 * mm, f"{s['name']} · Klingenstraße 38 · 42651 Solingen", size=6.5)
    c.setLineWidth(0.3)
    c.line(20 * mm, H - 48.2 * mm, 105 * mm, H - 48.2 * mm)
    bn, bl = d["buyer"]
    y = lines(c, 20 * mm, H - 54 * mm, [bn] + bl, size=10, lead=12.5)
    # info block
    info = [("Rechnungsnummer", d["number"]), ("Rechnungsdatum", fmt_date(d["date"], "de")),
            ("Lieferdatum", fmt_date(d["date"] - dt.timedelta(days=3), "de")), ("Kundennummer", "K-30917"),
            ("Ihre Bestellung", d.get("po", "") or "per E-Mail"),
            ("Unsere USt-IdNr.", s["extra"]["USt-IdNr"]), ("Bearbeiter", "J. Brenneisen")]
    y2 = H - 50 * mm
    for k, v in info:
        T(c, 125 * mm, y2, k, size=8.5)
        T(c, W - 20 * mm, y2, v, size=8.5, align="r")
        y2 -= 11.5
    y = H - 100 * mm
    T(c, 20 * mm, y, f"Rechnung Nr. {d['number']}", "Helvetica-Bold", 13)
    y -= 22
    y = lines(c, 20 * mm, y, ["Sehr geehrte Frau Okafor,", "",
                               "vielen Dank für Ihren Auftrag. Wir erlauben uns, Ihnen folgende Lieferung in Rechnung zu stellen:"], size=9.5, lead=12)
    y -= 8
    cols = [("Pos.", 20 * mm, "l"), ("Art.-Nr.", 31 * mm, "l"), ("Bezeichnung", 52 * mm, "l"), ("Menge", 133 * mm, "r"),
            ("Einh.", 135 * mm, "l"), ("Einzelpreis €", 168 * mm, "r"), ("Gesamt €", W - 20 * mm, "r")]
    c.setLineWidth(0.8)
    c.line(20 * mm, y + 10, W - 20 * mm, y + 10)
    for h, x, a in cols:
        T(c, x, y, h, "Helvetica-Bold", 8.5, a)
    c.line(20 * mm, y - 5, W - 20 * mm, y - 5)
    y -= 19
    net = 0
    for i, it in enumerate(d["items"], 1):
        amt = it["qty"] * it["price"]
        net += amt
        T(c, cols[0][1], y, f"{i * 10}", size=9)
        T(c, cols[1][1], y, it["model"], size=9)
        T(c, cols[2][1], y, it["desc"], size=9)
        T(c, cols[2][1], y - 11, f"EAN {it['code']}" + (f" · VE {it['per']} Stk. × {it['cases']} Kartons" if it.get("cases") else ""), size=7.5, color=HexColor("#444444"))
        T(c, cols[3][1], y, f"{it['qty']:,}".replace(",", "."), size=9, align="r")
        T(c, cols[4][1], y, "Stk.", size=9)
        T(c, cols[5][1], y, money(it["price"], sep="."), size=9, align="r")
        T(c, cols[6][1], y, money(amt, sep="."), size=9, align="r")
        y -= 28
    c.setLineWidth(0.4)
    c.line(110 * mm, y + 8, W - 20 * mm, y + 8)
    fr = 185.0 if net > 2000 else 95.0
    for k, v, b in [("Warenwert netto", net, False), ("Fracht / Verpackung", fr, False), ("Nettobetrag", net + fr, False),
                    ("USt. 0 %", 0.0, False), ("Rechnungsbetrag", net + fr, True)]:
        y -= 4
        T(c, 112 * mm, y, k, "Helvetica-Bold" if b else "Helvetica", 9.5)
        T(c, W - 20 * mm, y, money(v, sep=".") + " €", "Helvetica-Bold" if b else "Helvetica", 9.5, "r")
        y -= 10
    y -= 14
    y = lines(c, 20 * mm, y, ["Steuerfreie Ausfuhrlieferung gemäß § 4 Nr. 1a i.V.m. § 6 UStG.",
                               "Zahlbar innerhalb von 14 Tagen ohne Abzug auf das unten genannte Konto.",
                               "Es gelten unsere Allgemeinen Geschäftsbedingungen. Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.",
                               "", "Mit freundlichen Grüßen", "Kaltenbach Haushaltswaren GmbH"], size=8.8, lead=11.5)
    # footer 3 cols
    c.setLineWidth(0.3)
    c.line(20 * mm, 30 * mm, W - 20 * mm, 30 * mm)
    fy = 26 * mm
    contact = [s["name"], "Klingenstraße 38", "42651 Solingen"]
    if d["contact"]:
        col2 = [f"Tel. {s['phone']}", f"E-Mail {s['email']}", s["website"]]
    else:
        col2 = ["Geschäftsführer: Ralf Kaltenbach", "", ""]
    col3 = ["Stadtsparkasse Solingen", "IBAN DE41 3425 0000 0001 8871 44", "BIC SOLSDE33XXX"]
    col4 = [f"USt-IdNr. {s['extra']['USt-IdNr']}", s["extra"]["HRB"].split(", ")[0], "Amtsgericht Wuppertal"]
    for i, col in enumerate([contact, col2, col3, col4]):
        lines(c, 20 * mm + i * 44 * mm, fy, col, size=6.5, lead=8)


def L_alibaba(c, d):
    W, H = A4
    s = d["sup"]
    orange = HexColor("#ff6a00")
    c.setFillColor(orange)
    c.rect(0, H - 48, W, 48, stroke=0, fill=1)
    T(c, 28, H - 30, "Alibaba.com", "Helvetica-Bold", 17, color=white)
    T(c, 132, H - 30, "|  Trade Assurance", "Helvetica", 11, color=white)
    T(c, W - 28, H - 22, "Order No. " + d["order_no"], "Helvetica-Bold", 9, "r", white)
    T(c, W - 28, H - 35, "Printed " + (d["date"] + dt.timedelta(days=1)).strftime("%Y-%m-%d %H:%M") .replace("00:00", "10:42"), "Helvetica", 7.5, "r", white)
    y = H - 82
    T(c, 28, y, d["title"], "Helvetica-Bold", 16)
    T(c, W - 28, y, f"No.: {d['number']}", "Helvetica", 9.5, "r")
    T(c, W - 28, y - 12, f"Date: {fmt_date(d['date'], 'iso')}", "Helvetica", 9.5, "r")
    # two cards
    y -= 30
    cw = (W - 56 - 14) / 2
    for i, (hd, body) in enumerate([
        ("Supplier information", [s["name"], *s["lines"], *([f"Tel: {s['phone']}", f"Email: {s['email']}", f"Store: {s['website']}"] if d["contact"] else ["Contact: Ms. Lily Chen (Sales)"])]),
        ("Buyer information", [d["buyer"][0], *[l for l in d["buyer"][1] if not l.startswith("Attn")],
                               *(["Contact: Marisol Okafor", "Tel: +1 704-555-0148"] if d["buyer"] is not OTHER_BUYER
                                 else ["Contact: Devin Castellano", "Tel: +1 831-555-0163"])])]):
        x = 28 + i * (cw + 14)
        c.setStrokeColor(HexColor("#dddddd"))
        c.setFillColor(HexColor("#f7f7f7"))
        c.roundRect(x, y - 108, cw, 108, 4, stroke=1, fill=1)
        T(c, x + 10, y - 16, hd, "Helvetica-Bold", 9.5, color=HexColor("#333333"))
        lines(c, x + 10, y - 32, body, size=8.3, lead=10.5, color=HexColor("#333333"))
    y -= 132
    T(c, 28, y, "Product details", "Helvetica-Bold", 11)
    y -= 10
    cols = [("Product", 28), ("Model", 196), ("Color", 250), ("Spec", 322), ("Unit price", 432), ("Quantity", 494), ("Subtotal", W - 28)]
    c.setFillColor(HexColor("#f2f3f7"))
    c.rect(28, y - 16, W - 56, 16, stroke=0, fill=1)
    for i, (h, x) in enumerate(cols):
        T(c, x + (4 if i == 0 else 0), y - 11, h, "Helvetica-Bold", 8, "r" if i >= 4 else "l")
    y -= 30
    tot = 0
    for it in d["items"]:
        amt = it["qty"] * it["price"]
        tot += amt
        dl = wrap(it["desc"], "Helvetica", 8.3, 158)
        lines(c, 32, y, dl, size=8.3, lead=10)
        T(c, 196, y, it["model"], size=8.3)
        T(c, 250, y, it.get("color", "-"), size=8.3)
        T(c, 322, y, it.get("spec", "-"), size=8.3)
        T(c, 432, y, "US $" + money(it["price"]), size=8.3, align="r")
        qs = f"{it['qty']:,} {it.get('unit', 'pcs')}"
        T(c, 494, y, qs, size=8.3, align="r")
        if it.get("cases"):
            T(c, 494, y - 10, f"({it['cases']} ctns x {it['per']})", size=6.8, align="r", color=HexColor("#777777"))
        T(c, W - 28, y, "US $" + money(amt), size=8.3, align="r")
        y -= max(14 + 10 * len(dl), 28)
        c.setStrokeColor(HexColor("#e6e6e6"))
        c.line(28, y + 8, W - 28, y + 8)
    fr = round(tot * 0.08, 2)
    y -= 6
    for k, v, b in [("Product total", tot, False), ("Shipping fee (Sea, FOB Ningbo -> Charleston)", fr, False),
                    ("Order total", tot + fr, True)]:
        T(c, 400, y, k, "Helvetica-Bold" if b else "Helvetica", 8.5, "r")
        T(c, W - 28, y, "US $" + money(v), "Helvetica-Bold" if b else "Helvetica", 9 if b else 8.5, "r", orange if b else black)
        y -= 13
    y -= 12
    T(c, 28, y, "Payment & shipping", "Helvetica-Bold", 10)
    info = [("Payment method", "T/T via Alibaba.com Trade Assurance"), ("Payment status", d.get("paystatus", "Paid in full")),
            ("Shipping terms", "FOB Ningbo"), ("Lead time", "25 days after deposit"),
            ("Order status", d.get("status", "Completed"))]
    y -= 16
    for k, v in info:
        T(c, 28, y, k, size=8.3, color=HexColor("#666666"))
        T(c, 150, y, v, size=8.3)
        y -= 12
    if d["title"].upper().startswith("PRO"):
        y -= 10
        lines(c, 28, y, ["This proforma invoice is issued for payment arrangement. Price valid 15 days. Final commercial invoice",
                          "will be provided after shipment together with B/L and packing list."], "Helvetica-Oblique", 8, 10)
    c.setStrokeColor(black)
    c.setFillColor(HexColor("#999999"))
    c.setFont("Helvetica", 7)
    c.drawCentredString(W / 2, 26, "Trade Assurance protects your orders when payment is made through Alibaba.com. This document was generated from the order page.")


def L_xero(c, d):
    W, H = A4
    s = d["sup"]
    T(c, 40, H - 80, "TAX INVOICE", "Helvetica", 24)
    bn, bl = d["buyer"]
    lines(c, 52, H - 110, [bn] + bl, size=9, lead=11.5)
    x1 = 320
    y = H - 64
    for k, v in [("Invoice Date", fmt_date(d["date"], "xero")), ("Invoice Number", d["number"]),
                 ("Reference", d.get("po", "")), ("GST Number", s["extra"]["GST"])]:
        T(c, x1, y, k, "Helvetica-Bold", 8.5)
        T(c, x1, y - 11, v, size=8.5)
        y -= 27
    block = [s["name"], *s["lines"]]
    if d["contact"]:
        block += [s["phone"], s["email"]]
    lines(c, 430, H - 64, block, size=8.5, lead=11)
    # logo-ish
    c.setFillColor(HexColor("#2e5e4e"))
    c.circle(W - 48, H - 42, 14, stroke=0, fill=1)
    T(c, W - 48, H - 46, "KC", "Helvetica-Bold", 10, "c", white)
    y = H - 240
    cols = [("Description", 40, "l"), ("Quantity", 330, "r"), ("Unit Price", 410, "r"), ("GST", 470, "r"), ("Amount NZD", W - 40, "r")]
    for h, x, a in cols:
        T(c, x, y, h, "Helvetica-Bold", 8.5, a)
    c.setLineWidth(1)
    c.line(40, y - 6, W - 40, y - 6)
    y -= 22
    sub = 0
    c.setLineWidth(0.3)
    for it in d["items"]:
        amt = it["qty"] * it["price"]
        sub += amt
        dl = [f"{it['model']} {it['desc']}"] + ([f"({it['cases']} cartons x {it['per']} packs)"] if it.get("cases") else []) + [f"Barcode {it['code']}"]
        lines(c, 40, y, dl, size=8.5, lead=11)
        T(c, 330, y, f"{it['qty']:.2f}", size=8.5, align="r")
        T(c, 410, y, money(it["price"]), size=8.5, align="r")
        T(c, 470, y, "Zero Rated", size=8.5, align="r")
        T(c, W - 40, y, money(amt), size=8.5, align="r")
        y -= 11 * len(dl) + 6
        c.setStrokeColor(HexColor("#bbbbbb"))
        c.line(40, y + 4, W - 40, y + 4)
    c.setStrokeColor(black)
    fr = 240.0
    y -= 8
    T(c, 40, y, "Freight - LCL Tauranga to Savannah", size=8.5)
    T(c, 330, y, "1.00", size=8.5, align="r")
    T(c, 410, y, money(fr), size=8.5, align="r")
    T(c, 470, y, "Zero Rated", size=8.5, align="r")
    T(c, W - 40, y, money(fr), size=8.5, align="r")
    y -= 24
    for k, v, b in [("Subtotal", sub + fr, False), ("TOTAL GST 0%", 0, False), ("TOTAL NZD", sub + fr, True)]:
        T(c, 470, y, k, "Helvetica-Bold" if b else "Helvetica", 9, "r")
        T(c, W - 40, y, money(v), "Helvetica-Bold" if b else "Helvetica", 9, "r")
        if b:
            c.line(400, y + 11, W - 40, y + 11)
        y -= 14
    y -= 20
    T(c, 40, y, f"Due Date: {fmt_date(d['date'] + dt.timedelta(days=20), 'xero')}", "Helvetica-Bold", 9)
    lines(c, 40, y - 14, ["Payment by international transfer to ANZ Bank New Zealand, Tauranga", "Account 06-0409-0761453-00  SWIFT ANZBNZ22",
                          "Please use the invoice number as reference."], size=8.5, lead=11)
    # payment advice
    c.setDash(3, 3)
    c.line(30, 180, W - 30, 180)
    c.setDash()
    T(c, 40, 155, "PAYMENT ADVICE", "Helvetica", 16)
    lines(c, 52, 135, ["To:  " + s["name"], "      " + s["lines"][0], "      " + s["lines"][1], "      " + s["lines"][2] + " " + s["lines"][3]], size=8.5, lead=11)
    yy = 158
    for k, v in [("Customer", d["buyer"][0]), ("Invoice Number", d["number"]), ("Amount Due", money(sub + fr)),
                 ("Due Date", fmt_date(d["date"] + dt.timedelta(days=20), "xero")), ("Amount Enclosed", "")]:
        T(c, 330, yy, k, "Helvetica-Bold", 8.5)
        T(c, 420, yy, v, size=8.5)
        if k == "Amount Enclosed":
            c.line(420, yy - 3, W - 40, yy - 3)
            T(c, 420, yy - 12, "Enter the amount you are paying above", size=6.5)
        yy -= 18
    T(c, 40, 40, f"Company Registration No: 6114872. Registered Office: {s['lines'][0]}, {s['lines'][1]}, {s['lines'][2]}.", size=6.5)


def L_zoho(c, d):
    W, H = letter
    s = d["sup"]
    acc = HexColor("#3b4a5a")
    c.setFillColor(HexColor("#8a5a2b"))
    c.roundRect(40, H - 100, 50, 50, 6, stroke=0, fill=1)
    T(c, 65, H - 82, "GP", "Helvetica-Bold", 20, "c", white)
    T(c, 100, H - 62, s["name"], "Helvetica-Bold", 12)
    blk = list(s["lines"])
    if d["contact"]:
        blk += [s["phone"], s["email"], s["website"]]
    lines(c, 100, H - 76, blk, size=8.5, lead=10.5)
    T(c, W - 40, H - 70, d["title"].upper(), "Helvetica", 26, "r")
    T(c, W - 40, H - 86, f"# {d['number']}", "Helvetica-Bold", 9.5, "r")
    is_quote = d["title"].lower() in ("estimate", "quote")
    tot = sum(it["qty"] * it["price"] for it in d["items"])
    fr = 145.0
    if not is_quote:
        T(c, W - 40, H - 110, "Balance Due", "Helvetica", 8.5, "r")
        T(c, W - 40, H - 124, "$" + money(tot + fr), "Helvetica-Bold", 12, "r")
    y = H - 170
    T(c, 40, y, "Bill To", size=8.5, color=HexColor("#666666"))
    lines(c, 40, y - 13, [d["buyer"][0]] + d["buyer"][1], size=9, lead=11.5)
    ship = d.get("shipto") or ([d["buyer"][0]] + d["buyer"][1])
    T(c, 220, y, "Ship To", size=8.5, color=HexColor("#666666"))
    lines(c, 220, y - 13, ship, size=9, lead=11.5)
    meta = [("Invoice Date :" if not is_quote else "Estimate Date :", fmt_date(d["date"], "us2")),
            ("Terms :", "Net 30" if not is_quote else ""), ("Due Date :" if not is_quote else "Expiry Date :", fmt_date(d["date"] + dt.timedelta(days=30), "us2")),
            ("P.O.# :", d.get("po", ""))]
    yy = y
    for k, v in meta:
        T(c, W - 130, yy, k, size=8.5, align="r", color=HexColor("#666666"))
        T(c, W - 40, yy, v, size=8.5, align="r")
        yy -= 15
    y -= 90
    c.setFillColor(acc)
    c.rect(40, y - 6, W - 80, 20, stroke=0, fill=1)
    cols = [("#", 48, "l"), ("Item & Description", 70, "l"), ("Qty", 390, "r"), ("Rate", 470, "r"), ("Amount", W - 48, "r")]
    for h, x, a in cols:
        T(c, x, y, h, "Helvetica-Bold", 8.5, a, white)
    y -= 24
    for i, it in enumerate(d["items"], 1):
        amt = it["qty"] * it["price"]
        T(c, 48, y, str(i), size=9)
        T(c, 70, y, it["desc"].split(",")[0], size=9)
        sub = [f"SKU: {it['model']}   UPC: {it['code']}"] + ([f"{it['cases']} cs @ {it['per']}/cs"] if it.get("cases") else [])
        lines(c, 70, y - 11, sub, size=7.5, lead=9.5, color=HexColor("#666666"))
        T(c, 390, y, f"{it['qty']:,}.00", size=9, align="r")
        T(c, 390, y - 11, "ea", size=7.5, align="r", color=HexColor("#666666"))
        T(c, 470, y, money(it["price"]), size=9, align="r")
        T(c, W - 48, y, money(amt), size=9, align="r")
        y -= 18 + 9.5 * len(sub)
        c.setStrokeColor(HexColor("#dddddd"))
        c.line(40, y + 8, W - 40, y + 8)
    y -= 10
    for k, v, b in [("Sub Total", tot, False), ("Freight (LTL)", fr, False), ("Total", tot + fr, True)] + \
            ([] if is_quote else [("Balance Due", tot + fr, True)]):
        T(c, 470, y, k, "Helvetica-Bold" if b else "Helvetica", 9, "r")
        T(c, W - 48, y, ("$" if b else "") + money(v), "Helvetica-Bold" if b else "Helvetica", 9, "r")
        y -= 16
    y -= 20
    T(c, 40, y, "Notes", size=8.5, color=HexColor("#666666"))
    note = ("Thanks for your business. Quote valid for 30 days; prices subject to change after expiry. Not a request for payment."
            if is_quote else "Thanks for your business. Remit by ACH to Vectra Bank Colorado, routing 102003206, acct ending 4471.")
    lines(c, 40, y - 13, wrap(note, "Helvetica", 8.5, W - 80), size=8.5, lead=10.5)
    T(c, 40, y - 50, "Terms & Conditions", size=8.5, color=HexColor("#666666"))
    lines(c, 40, y - 63, wrap("Returns accepted within 30 days in original packaging with RMA. 15% restocking fee on non-defective returns. Past-due balances accrue 1.5% per month.", "Helvetica", 8, W - 80), size=8, lead=10)


def L_shopify(c, d):
    W, H = letter
    s = d["sup"]
    slip = d["title"].lower().startswith("packing")
    T(c, 48, H - 60, s["name"], "DVS-B", 15)
    blk = list(s["lines"])
    if d["contact"]:
        blk += [s["email"], s["website"]]
    lines(c, 48, H - 76, blk, "DV", 8, 10)
    T(c, W - 48, H - 60, ("Packing slip" if slip else "Invoice") + f" for {d['order_no']}", "DV-B", 11, "r")
    T(c, W - 48, H - 74, f"Order date  {fmt_date(d['date'], 'long')}", "DV", 8.5, "r")
    if not slip:
        T(c, W - 48, H - 86, f"Invoice number  {d['number']}", "DV", 8.5, "r")
    c.setStrokeColor(HexColor("#e1e3e5"))
    c.line(48, H - 140, W - 48, H - 140)
    y = H - 160
    T(c, 48, y, "BILL TO" if not slip else "SHIP TO", "DV-B", 8)
    lines(c, 48, y - 13, [d["buyer"][0]] + d["buyer"][1], "DV", 9, 11.5)
    T(c, 300, y, "SHIP TO" if not slip else "SHIPPING METHOD", "DV-B", 8)
    lines(c, 300, y - 13, d.get("shipto") or ["Same as billing"] if not slip else ["Freight - UPS Ground (3 cartons)"], "DV", 9, 11.5)
    y -= 90
    c.line(48, y + 12, W - 48, y + 12)
    heads = [("ITEMS", 48, "l"), ("STYLE", 250, "l"), ("COLOR", 320, "l"), ("PACK", 380, "l"), ("QTY", 450, "r")] + \
            ([] if slip else [("PRICE", 500, "r"), ("TOTAL", W - 48, "r")])
    for h, x, a in heads:
        T(c, x, y, h, "DV-B", 7.5, a, HexColor("#6d7175"))
    y -= 26
    sub = 0
    for it in d["items"]:
        c.setFillColor(HexColor("#ede7dc"))
        c.roundRect(48, y - 14, 28, 28, 3, stroke=0, fill=1)
        T(c, 84, y + 4, "Linen Tea Towel 2-Pack", "DV-B", 8.5)
        T(c, 84, y - 7, f"SKU {it['model']}", "DV", 7.5, color=HexColor("#6d7175"))
        T(c, 250, y, "Stonewashed", "DV", 8.5)
        T(c, 320, y, it.get("color", "Natural"), "DV", 8.5)
        T(c, 380, y, f"case of {it['per']}", "DV", 8.5)
        T(c, 450, y, f"{it['cases']}", "DV", 8.5, "r")
        T(c, 450, y - 11, f"= {it['qty']} units", "DV", 7, "r", HexColor("#6d7175"))
        if not slip:
            case_price = it["price"] * it["per"]
            T(c, 500, y, "$" + money(case_price), "DV", 8.5, "r")
            T(c, W - 48, y, "$" + money(case_price * it["cases"]), "DV", 8.5, "r")
            sub += case_price * it["cases"]
        y -= 40
    c.line(48, y + 14, W - 48, y + 14)
    if not slip:
        sh = 38.0
        for k, v, b in [("Subtotal", sub, False), ("Wholesale discount (tier 2)", -round(sub * 0.05, 2), False), ("Shipping", sh, False),
                        ("Tax", 0.0, False), ("Total", sub - round(sub * 0.05, 2) + sh, True), ("Paid", sub - round(sub * 0.05, 2) + sh, False)]:
            T(c, 450, y, k, "DV-B" if b else "DV", 9, "r")
            T(c, W - 48, y, ("-$" + money(-v)) if v < 0 else "$" + money(v), "DV-B" if b else "DV", 9, "r")
            y -= 15
        y -= 10
        T(c, 48, y, "Payment: Net 30 via Shopify invoice. Resale certificate on file (NC).", "DV", 8)
    else:
        y -= 10
        lines(c, 48, y, ["Thank you for stocking Little Fern Goods!", "Questions about your order? Email us at " + s["email"]], "DV", 8.5, 12)
    T(c, W / 2, 36, s["website"] if d["contact"] else s["name"], "DV", 7.5, "c", HexColor("#6d7175"))


def L_jp(c, d):
    W, H = A4
    s = d["sup"]
    G = "HeiseiKakuGo-W5"
    M = "HeiseiMin-W3"
    T(c, W / 2, H - 60, "請 求 書", M, 22, "c")
    T(c, W / 2, H - 76, "INVOICE", "Times-Roman", 11, "c")
    c.setLineWidth(0.8)
    c.line(W / 2 - 70, H - 82, W / 2 + 70, H - 82)
    yy = H - 104
    for k, v in [("請求日 Date", fmt_date(d["date"], "jp") + f" ({d['date'].strftime('%b %d, %Y')})"), ("請求書番号 Invoice No.", d["number"]),
                 ("登録番号 Reg. No.", s["extra"]["登録番号"])]:
        T(c, W - 250, yy, k, G, 7.5)
        T(c, W - 40, yy, v, G, 8, "r")
        yy -= 12
    bn, bl = d["buyer"]
    T(c, 40, H - 120, bn + "  御中", G, 12)
    c.line(40, H - 124, 290, H - 124)
    lines(c, 40, H - 138, bl, G, 8, 10)
    T(c, 40, H - 186, "下記の通りご請求申し上げます。 We hereby invoice you as follows.", G, 8)
    tot = sum(it["qty"] * it["price"] for it in d["items"])
    fr = 38000
    c.rect(40, H - 222, 230, 26)
    T(c, 46, H - 213, "ご請求金額 Total", G, 9)
    T(c, 264, H - 213, f"¥{tot + fr:,} -", G, 13, "r")
    # supplier block right
    y = H - 150
    T(c, 330, y, "堺刃物工房株式会社", G, 11)
    T(c, 330, y - 13, s["name"], "Helvetica-Bold", 9)
    y = lines(c, 330, y - 25, s["lines"], G, 6.8, 9)
    if d["contact"]:
        lines(c, 330, y, [f"TEL {s['phone']}", s["email"], s["website"]], G, 7, 9)
    # hanko
    c.saveState()
    c.setStrokeColor(Color(0.8, 0.1, 0.1, alpha=0.8))
    c.setFillColor(Color(0.8, 0.1, 0.1, alpha=0.8))
    c.setLineWidth(1.6)
    c.rect(W - 78, H - 196, 38, 38)
    for i, ch in enumerate(["堺刃", "物工", "房印"]):
        T(c, W - 59, H - 170 - i * 11, ch, M, 9, "c", Color(0.8, 0.1, 0.1, alpha=0.8))
    c.restoreState()
    y = H - 250
    cols = [("品番\nItem No.", 40, 95), ("品名\nDescription", 95, 300), ("数量\nQty", 300, 350), ("単価\nUnit Price", 350, 430), ("金額\nAmount (JPY)", 430, W - 40)]
    c.setFillColor(HexColor("#e8e8e8"))
    c.rect(40, y - 24, W - 80, 24, stroke=1, fill=1)
    for h, x0, x1 in cols:
        jp, en = h.split("\n")
        T(c, (x0 + x1) / 2, y - 10, jp, G, 7.5, "c")
        T(c, (x0 + x1) / 2, y - 20, en, "Helvetica", 6.5, "c")
    y -= 24
    rows = d["items"] + [None] * max(0, 8 - len(d["items"]))
    for it in rows:
        c.rect(40, y - 26, W - 80, 26)
        for _, x0, _ in cols[1:]:
            c.line(x0, y, x0, y - 26)
        if it:
            T(c, 44, y - 11, it["model"], "Helvetica", 7.5)
            T(c, 44, y - 21, it["code"], "Helvetica", 6.5)
            jpn = {"A10": "牛刀 210mm 三層鋼 八角柄", "A11": "両面砥石 #1000/#6000 台付"}[it["key"]]
            T(c, 99, y - 11, jpn, G, 7.5)
            T(c, 99, y - 21, it["desc"], "Helvetica", 6.8)
            T(c, 346, y - 15, f"{it['qty']:,}", G, 8, "r")
            T(c, 426, y - 15, f"{it['price']:,}", G, 8, "r")
            T(c, W - 44, y - 15, f"{it['qty'] * it['price']:,}", G, 8, "r")
        y -= 26
    for k, v in [("小計 Subtotal", tot), ("輸出梱包・運賃 Export packing & freight", fr), ("消費税 Consumption tax (輸出免税 0%)", 0), ("合計 Total", tot + fr)]:
        c.rect(300, y - 18, W - 340, 18)
        T(c, 304, y - 12, k, G, 7.5)
        T(c, W - 44, y - 12, f"¥{v:,}", G, 8.5, "r")
        y -= 18
    y -= 22
    T(c, 40, y, "振込先 Bank details", G, 8.5)
    lines(c, 40, y - 13, ["りそな銀行 堺支店 普通 1248830 サカイハモノコウボウ(カ", "Resona Bank, Sakai Branch, SWIFT RSNBJPJT, A/C 1248830",
                          "お支払期限 Payment due: 30 days from invoice date / 備考 Remarks: Incoterms FCA Kansai Airport"], G, 7.5, 10)


def L_landscape(c, d):
    W, H = landscape(A4)
    s = d["sup"]
    T(c, 36, H - 44, s["name"].upper(), "Helvetica-Bold", 15, color=HexColor("#0d3b66"))
    T(c, 36, H - 58, "台昌玻璃股份有限公司", "HeiseiKakuGo-W5", 8)
    info = ", ".join(s["lines"])
    T(c, 36, H - 72, info, size=8)
    if d["contact"]:
        T(c, 36, H - 84, f"TEL {s['phone']}   FAX +886 4 2491 5521   {s['email']}   {s['website']}", size=8)
    T(c, W - 36, H - 46, "INVOICE", "Helvetica-Bold", 20, "r")
    yy = H - 62
    for k, v in [("Invoice No.", d["number"]), ("Date", fmt_date(d["date"], "us2")), ("P/O No.", d.get("po", "")),
                 ("Payment", "T/T 30 days after B/L"), ("Price Term", "FOB Taichung")]:
        T(c, W - 200, yy, k + ":", size=8)
        T(c, W - 36, yy, v, "Helvetica-Bold", 8, "r")
        yy -= 10
    c.setLineWidth(0.5)
    c.rect(36, H - 170, 330, 70)
    T(c, 42, H - 112, "SOLD TO / MESSRS.", "Helvetica-Bold", 7.5)
    lines(c, 42, H - 124, [d["buyer"][0]] + d["buyer"][1], size=8.5, lead=10.5)
    c.rect(380, H - 170, 250, 70)
    T(c, 386, H - 112, "SHIPPED PER / FROM - TO", "Helvetica-Bold", 7.5)
    lines(c, 386, H - 124, ["Vessel: EVER LUNAR V.0412-E", "From: Taichung, Taiwan", "To: Savannah, GA, USA", "Container: 1 x 20' GP"], size=8.5, lead=10.5)
    # table with rotated headers
    heads = ["Line", "Item code", "EAN-13", "Description", "Cartons", "Sets / carton", "Total sets", "N.W. (kg)", "G.W. (kg)", "CBM", "Unit price USD", "Amount USD"]
    widths = [26, 60, 78, 220, 40, 40, 50, 46, 46, 40, 52, 0]
    xs = [36]
    for w in widths[:-1]:
        xs.append(xs[-1] + w)
    xs.append(W - 36)
    ty = H - 184
    hh = 62
    c.setFillColor(HexColor("#dbe7f3"))
    c.rect(36, ty - hh, W - 72, hh, stroke=1, fill=1)
    for i, h in enumerate(heads):
        x0, x1 = xs[i], xs[i + 1]
        if i == 3:
            T(c, x0 + 4, ty - hh + 6, h, "Helvetica-Bold", 8)
        else:
            c.saveState()
            c.translate((x0 + x1) / 2 + 3, ty - hh + 4)
            c.rotate(90)
            T(c, 0, 0, h, "Helvetica-Bold", 7.5)
            c.restoreState()
        c.line(x0, ty, x0, ty - hh)
    y = ty - hh
    tot = 0
    rows = d["items"]
    for i, it in enumerate(rows, 1):
        amt = it["qty"] * it["price"]
        tot += amt
        c.rect(36, y - 24, W - 72, 24)
        for x in xs[1:-1]:
            c.line(x, y, x, y - 24)
        vals = [str(i), it["model"], it["code"], None, str(it["cases"]), str(it["per"]), f"{it['qty']:,}",
                f"{it['cases'] * 9.6:.1f}", f"{it['cases'] * 10.8:.1f}", f"{it['cases'] * 0.052:.2f}", money(it["price"]), money(amt)]
        for j, v in enumerate(vals):
            if v is None:
                T(c, xs[3] + 4, y - 10, it["desc"][:52], size=7.5)
                T(c, xs[3] + 4, y - 19, it["desc"][52:], size=7.5)
            else:
                T(c, xs[j + 1] - 4, y - 14, v, size=7.8, align="r") if j >= 4 else T(c, xs[j] + 3, y - 14, v, size=7.8)
        y -= 24
    c.setFillColor(HexColor("#f3f3f3"))
    c.rect(36, y - 18, W - 72, 18, stroke=1, fill=1)
    T(c, xs[3] + 4, y - 12, "TOTAL", "Helvetica-Bold", 8)
    T(c, xs[7] - 4, y - 12, f"{sum(i['qty'] for i in rows):,} SETS", "Helvetica-Bold", 8, "r")
    T(c, W - 40, y - 12, "USD " + money(tot), "Helvetica-Bold", 8.5, "r")
    y -= 36
    T(c, 36, y, f"SAY TOTAL: U.S. DOLLARS {num_words(int(tot)).upper()} AND CENTS {int(round((tot % 1) * 100)):02d} ONLY.", "Helvetica-Bold", 8)
    lines(c, 36, y - 16, ["Shipping marks: TIDEWATER / CHARLOTTE NC / C/NO. 1-UP / MADE IN TAIWAN",
                          "Beneficiary bank: Mega International Commercial Bank, Taichung Branch  SWIFT ICBCTWTP012  A/C 012-09-08812-6"], size=7.5, lead=10)
    T(c, W - 60, 70, "TAI CHANG GLASSWARE CO., LTD.", "Helvetica-Bold", 8.5, "r")
    c.line(W - 230, 50, W - 60, 50)
    T(c, W - 145, 40, "Authorized signature", size=7.5, align="c")


def L_dotleader(c, d):
    W, H = letter
    s = d["sup"]
    F = "Courier"
    FB = "Courier-Bold"
    T(c, W / 2, H - 50, s["name"].upper(), FB, 13, "c")
    sl = list(s["lines"])
    if d["contact"]:
        sl += [f"PH {s['phone']}  FAX 937-555-0117", s["website"].upper()]
    lines(c, W / 2, H - 64, sl, F, 9, 10.5, "c")
    T(c, W / 2, H - 130, "I N V O I C E", FB, 14, "c")
    y = H - 160
    left = ["SOLD TO:", "  " + d["buyer"][0].upper()] + ["  " + l.upper() for l in d["buyer"][1]]
    lines(c, 54, y, left, F, 9, 11)
    kv = [("INVOICE NO", d["number"]), ("INVOICE DATE", fmt_date(d["date"], "dots")), ("CUST NO", "T0441"),
          ("CUST PO", d.get("po", "") or "PHONE"), ("SHIP VIA", "R+L CARRIERS"), ("TERMS", "NET 30")]
    yy = y
    for k, v in kv:
        dots = "." * (30 - len(k) - len(v))
        T(c, 330, yy, f"{k} {dots} {v}", F, 9)
        yy -= 11
    y -= 96
    hdr = f"{'ITEM NO':<9} {'DESCRIPTION':<33} {'PACK':<13} {'SHIP':>5} U/M {'PRICE':>8} {'EXTENSION':>12}"
    T(c, 54, y, hdr, FB, 8.2)
    T(c, 54, y - 8, "-" * 90, F, 8.2)
    y -= 22
    tot = 0
    for it in d["items"]:
        amt = it["qty"] * it["price"]
        tot += amt
        shp = f"{it['cases']} CS@{it['per']} " if it.get("cases") else ""
        line = f"{it['model']:<9} {it['desc'][:33]:<33} {shp:.<13} {it['qty']:>5} EA  {it['price']:>8.2f} {amt:>12,.2f}"
        T(c, 54, y, line, F, 8.2)
        y -= 12
    y -= 6
    T(c, 54, y, "-" * 90, F, 8.2)
    y -= 14
    fr = 86.40
    for k, v in [("MERCHANDISE", tot), ("FREIGHT", fr), ("SALES TAX (RESALE - EXEMPT)", 0.0), ("TOTAL DUE", tot + fr)]:
        T(c, 300, y, f"{k} {'.' * (30 - len(k))} {v:>12,.2f}", FB if k == "TOTAL DUE" else F, 8.8)
        y -= 12
    y -= 24
    lines(c, 54, y, ["NC RESALE CERT #600-118427 ON FILE.", "ALL CLAIMS FOR SHORTAGE MUST BE MADE WITHIN 5 DAYS OF RECEIPT.",
                     "PLEASE REMIT TO ADDRESS ABOVE. THANK YOU FOR YOUR BUSINESS!"], F, 8.2, 10.5)
    if d.get("received_stamp"):
        stamp(c, 420, y - 40, "RECEIVED", (d["date"] + dt.timedelta(days=6)).strftime("%b %d %Y").upper(), (0.1, 0.2, 0.6), 9, 36, 0.6)
    T(c, 54, 40, "PAGE 1 OF 1", F, 8)
    T(c, W - 54, 40, f"PRINTED {fmt_date(d['date'], 'dots')} 08:12", F, 8, "r")


def L_greyband(c, d):
    W, H = A4
    s = d["sup"]
    T(c, 40, H - 60, "COSTA VERDE", "DVS-B", 18, color=HexColor("#1f4e5a"))
    T(c, 40, H - 72, "Tecelagem · Têxteis-lar desde 1978", "DV", 7.5, color=HexColor("#1f4e5a"))
    blk = [s["name"], *s["lines"], f"NIF/VAT {s['extra']['NIF']}"]
    if d["contact"]:
        blk += [f"Tel. {s['phone']}", s["email"], s["website"]]
    lines(c, 40, H - 92, blk, "DV", 7.8, 9.8)
    T(c, W - 40, H - 60, "FATURA / INVOICE", "DV-B", 15, "r")
    T(c, W - 40, H - 76, d["number"], "DV-B", 10, "r")
    T(c, W - 40, H - 88, f"Data / Date: {fmt_date(d['date'], 'pt')}", "DV", 8.5, "r")
    T(c, W - 40, H - 99, f"ATCUD: JFR7{d['seq']:02d}KQ-{d['seq'] + 117}", "DV", 7.5, "r")
    T(c, W - 40, H - 110, "Original", "DV", 7.5, "r")
    c.setFillColor(HexColor("#efefef"))
    c.rect(300, H - 215, W - 340, 90, stroke=0, fill=1)
    T(c, 310, H - 140, "Cliente / Customer", "DV-B", 8)
    lines(c, 310, H - 154, [d["buyer"][0]] + d["buyer"][1] + ["NIF: 99-8827413 (US EIN)"], "DV", 8.5, 11)
    y = H - 250
    heads = [("Ref.", 44, "l"), ("Designação / Description", 110, "l"), ("Qtd.", 330, "r"), ("Un.", 340, "l"),
             ("Preço EUR", 410, "r"), ("Total EUR", 470, "r"), ("Total USD*", W - 44, "r")]
    c.setFillColor(HexColor("#4a4a4a"))
    c.rect(40, y - 6, W - 80, 18, stroke=0, fill=1)
    for h, x, a in heads:
        T(c, x, y, h, "DV-B", 7.5, a, white)
    y -= 22
    rate = d.get("fx", 1.0842)
    tot = 0
    rows = d["items"]
    for i, it in enumerate(rows):
        amt = it["qty"] * it["price"]
        tot += amt
        dl = wrap(it["desc"], "DV", 7.8, 215)
        hgt = 11 * len(dl) + 14
        if i % 2 == 0:
            c.setFillColor(HexColor("#e4e4e4"))
            c.rect(40, y - hgt + 10, W - 80, hgt, stroke=0, fill=1)
        T(c, 44, y, it["model"], "DV", 7.8)
        yy = lines(c, 110, y, dl, "DV", 7.8, 11)
        T(c, 110, yy, f"EAN {it['code']} · {it['cases']} cx × {it['per']} un." + (f" · {it['lot']}" if it.get("lot") else ""), "DV", 6.8, color=HexColor("#555555"))
        T(c, 330, y, f"{it['qty']:,}".replace(",", "."), "DV", 7.8, "r")
        T(c, 340, y, "UN", "DV", 7.8)
        T(c, 410, y, money(it["price"], sep="."), "DV", 7.8, "r")
        T(c, 470, y, money(amt, sep="."), "DV", 7.8, "r")
        T(c, W - 44, y, money(amt * rate), "DV", 7.8, "r")
        y -= hgt
    fr = 310.0
    y -= 12
    for k, e, b in [("Total ilíquido / Net", tot, False), ("Transporte / Freight (DAP Savannah)", fr, False),
                    ("IVA 0% - Isento art.º 14.º n.º 1 a) CIVA (exportação)", 0.0, False), ("Total a pagar / Total due", tot + fr, True)]:
        if b:
            c.setFillColor(HexColor("#d0d0d0"))
            c.rect(250, y - 5, W - 290, 16, stroke=0, fill=1)
        T(c, 410, y, k, "DV-B" if b else "DV", 7.8, "r")
        T(c, 470, y, money(e, sep=".") + " €", "DV-B" if b else "DV", 7.8, "r")
        T(c, W - 44, y, "$" + money(e * rate), "DV-B" if b else "DV", 7.8, "r")
        y -= 16
    y -= 14
    lines(c, 40, y, [f"* USD equivalent for information only, ECB reference rate {fmt_date(d['date'] - dt.timedelta(days=1), 'pt')}: 1 EUR = {rate:.4f} USD. Payment in EUR.",
                     "Pagamento / Payment: transferência bancária / bank transfer, 30 dias. IBAN PT50 0035 0214 0001 7763 3004 7  BIC CGDIPTPL",
                     "Os bens foram colocados à disposição do adquirente na data do documento.",
                     "Processado por programa certificado n.º 2211/AT"], "DV", 7, 9.5)


def L_email(c, d):
    W, H = letter
    s = d["sup"]
    conf = d["title"].lower().startswith("order")
    stamp_dt = d["date"] + dt.timedelta(days=d.get("print_lag", 2))
    T(c, 24, H - 18, f"{stamp_dt.month}/{stamp_dt.day}/{str(stamp_dt.year)[2:]}, {d.get('print_time', '9:41 AM')}", "Helvetica", 7.5)
    subj = (f"Order Confirmation #{d['order_no']} - Brightline Home Wholesale" if conf else f"Invoice {d['number']} from Brightline Home Wholesale")
    T(c, W / 2, H - 18, f"Gmail - {subj}", "Helvetica", 7.5, "c")
    # gmail head
    c.setFillColor(HexColor("#d93025"))
    c.rect(40, H - 52, 14, 10, stroke=0, fill=1)
    T(c, 60, H - 51, "Gmail", "Helvetica", 12, color=HexColor("#5f6368"))
    T(c, W - 40, H - 51, f"{SELLER['name']} <{SELLER['email']}>", "Helvetica-Bold", 8.5, "r")
    c.setStrokeColor(HexColor("#999999"))
    c.line(40, H - 60, W - 40, H - 60)
    T(c, 40, H - 80, subj, "Helvetica-Bold", 12)
    T(c, 40, H - 94, "1 message", "Helvetica", 8, color=HexColor("#5f6368"))
    c.line(40, H - 100, W - 40, H - 100)
    sender = "Brightline Home Wholesale <orders@brightlinehome.com>" if conf else f"Brightline Home Wholesale <{s['email']}>"
    T(c, 40, H - 116, sender, "Helvetica-Bold", 9)
    sent = dt.datetime.combine(d["date"], dt.time(14, 7))
    T(c, W - 40, H - 116, sent.strftime("%a, %b %d, %Y at %-I:%M %p"), "Helvetica", 8.5, "r")
    T(c, 40, H - 128, f"To: {SELLER['email']}", "Helvetica", 8.5)
    y = H - 156
    if conf:
        body = ["Hi Marisol,", "", f"Thanks for your order! We've received order #{d['order_no']} and it's now being processed. You'll get a separate",
                "email with tracking and your invoice once the pallet ships from our Secaucus warehouse (usually 3-5 business days).", "",
                "ORDER SUMMARY"]
    else:
        body = ["Hi Marisol,", "", f"Please find your invoice {d['number']} below. Payment is due {fmt_date(d['date'] + dt.timedelta(days=30), 'us2')} (Net 30).",
                "Let me know if anything looks off - happy to help.", ""]
    y = lines(c, 40, y, body, "Helvetica", 9, 12)
    # html-invoice box
    c.setStrokeColor(HexColor("#cccccc"))
    top = y - 4
    if not conf:
        T(c, 56, y - 20, "INVOICE", "Helvetica-Bold", 14, color=HexColor("#1a73e8"))
        T(c, W - 56, y - 16, f"Invoice #: {d['number']}", "Helvetica", 8.5, "r")
        T(c, W - 56, y - 28, f"Date: {fmt_date(d['date'], 'us')}", "Helvetica", 8.5, "r")
        y -= 44
        T(c, 56, y, "Bill to:", "Helvetica-Bold", 8.5)
        y = lines(c, 56, y - 12, [d["buyer"][0]] + d["buyer"][1], "Helvetica", 8.5, 10.5)
        ship = d.get("shipto")
        if ship:
            T(c, 300, y + 10.5 * (len(d["buyer"][1]) + 1) + 12, "Ship to:", "Helvetica-Bold", 8.5)
            lines(c, 300, y + 10.5 * (len(d["buyer"][1]) + 1), ship, "Helvetica", 8.5, 10.5)
    else:
        y -= 10
        T(c, 56, y, f"Order #: {d['order_no']}    Placed: {fmt_date(d['date'], 'us')}    Account: {d['buyer'][0]}", "Helvetica", 8.5)
        y -= 12
    y -= 10
    c.setFillColor(HexColor("#f1f3f4"))
    c.rect(52, y - 4, W - 104, 15, stroke=0, fill=1)
    for h, x, a in [("Item", 56, "l"), ("Description", 130, "l"), ("Case pack", 350, "r"), ("Qty (cs)", 400, "r"), ("Units", 445, "r"), ("Unit $", 495, "r"), ("Line total", W - 56, "r")]:
        T(c, x, y, h, "Helvetica-Bold", 8, a)
    y -= 16
    tot = 0
    for it in d["items"]:
        amt = it["qty"] * it["price"]
        tot += amt
        T(c, 56, y, it["model"], "Helvetica", 8.5)
        T(c, 130, y, it["desc"], "Helvetica", 8.5)
        T(c, 130, y - 10, f"UPC {it['code']}", "Helvetica", 7, color=HexColor("#5f6368"))
        T(c, 350, y, f"{it['per']}/cs", "Helvetica", 8.5, "r")
        T(c, 400, y, str(it["cases"]), "Helvetica", 8.5, "r")
        T(c, 445, y, str(it["qty"]), "Helvetica", 8.5, "r")
        T(c, 495, y, money(it["price"]), "Helvetica", 8.5, "r")
        T(c, W - 56, y, money(amt), "Helvetica", 8.5, "r")
        y -= 24
    fr = 120.0
    for k, v in [("Subtotal", tot), ("Freight", fr), ("Total" if not conf else "Estimated total", tot + fr)]:
        T(c, 495, y, k, "Helvetica-Bold" if k != "Freight" and k != "Subtotal" else "Helvetica", 8.5, "r")
        T(c, W - 56, y, "$" + money(v), "Helvetica-Bold" if k not in ("Freight", "Subtotal") else "Helvetica", 8.5, "r")
        y -= 12
    c.rect(48, y - 6, W - 96, top - y + 6, stroke=1, fill=0)
    y -= 26
    sig = ["Thanks,", "Renee Albanese", "Accounts Receivable | Brightline Home Wholesale"]
    if d["contact"]:
        sig += [s["lines"][0] + ", " + s["lines"][1], f"{s['phone']} | {s['website']}"]
    else:
        sig += [s["lines"][0] + ", " + s["lines"][1]]
    lines(c, 40, y, sig, "Helvetica", 8.5, 11)
    url = f"https://mail.google.com/mail/u/0/?ik=7c1e0a94b2&view=pt&search=all&permmsgid=msg-f:18{d['seq']:02d}4427710938{d['seq'] * 7 % 97:02d}&simpl=msg-f:18{d['seq']:02d}4427710938"
    T(c, 24, 16, url, "Helvetica", 7)
    T(c, W - 24, 16, "1/1", "Helvetica", 7, "r")


def L_attached(c, d):
    """Granite Peak cover invoice with items on an attached schedule (page 2)."""
    W, H = letter
    s = d["sup"]
    T(c, 48, H - 60, "GRANITE PEAK", "Helvetica-Bold", 20, color=HexColor("#8a5a2b"))
    T(c, 48, H - 74, "SUPPLY CO.  ·  cookware & camp kitchen, wholesale", "Helvetica", 8, color=HexColor("#8a5a2b"))
    lines(c, W - 48, H - 52, [*s["lines"], s["phone"], s["email"], s["website"]], size=8.5, lead=10.5, align="r")
    c.setLineWidth(2)
    c.setStrokeColor(HexColor("#8a5a2b"))
    c.line(48, H - 120, W - 48, H - 120)
    T(c, 48, H - 150, f"Invoice {d['number']}", "Helvetica-Bold", 14)
    y = H - 180
    kv = [("Invoice date", fmt_date(d["date"], "long")), ("Customer", d["buyer"][0]), ("Customer ID", "CUST-00391"),
          ("PO number", d.get("po", "")), ("Terms", "Net 30"), ("Ship date", fmt_date(d["date"], "long")), ("Carrier / PRO", "Estes Express / 4471 0092 318")]
    for k, v in kv:
        T(c, 48, y, k, "Helvetica", 9, color=HexColor("#555555"))
        T(c, 160, y, v, "Helvetica", 9)
        y -= 14
    T(c, 360, H - 180, "Bill to", "Helvetica-Bold", 9)
    lines(c, 360, H - 193, [d["buyer"][0]] + d["buyer"][1], size=9, lead=11.5)
    T(c, 360, H - 250, "Ship to", "Helvetica-Bold", 9)
    lines(c, 360, H - 263, d.get("shipto") or ["same"], size=9, lead=11.5)
    tot = sum(it["qty"] * it["price"] for it in d["items"])
    fr = 212.0
    y = min(y, H - 330) - 10
    c.setLineWidth(0.6)
    c.setStrokeColor(black)
    c.line(48, y + 10, W - 48, y + 10)
    for k, v in [(f"Merchandise - {len(d['items'])} line(s), see attached Schedule A", tot), ("Freight", fr), ("Sales tax (resale exempt, NC cert. on file)", 0.0)]:
        T(c, 48, y - 4, k, size=9.5)
        T(c, W - 48, y - 4, "$" + money(v), size=9.5, align="r")
        y -= 18
    c.line(300, y + 6, W - 48, y + 6)
    T(c, 48, y - 8, "Amount due", "Helvetica-Bold", 11)
    T(c, W - 48, y - 8, "$" + money(tot + fr), "Helvetica-Bold", 11, "r")
    y -= 50
    lines(c, 48, y, ["This invoice consists of 2 pages. Page 2 (Schedule A) lists the items shipped and forms part of this invoice.",
                     "ACH: Vectra Bank Colorado, ABA 102003206, acct ending 4471. Please quote the invoice number."], size=8.5, lead=11)
    T(c, W / 2, 30, "Page 1 of 2", size=7.5, align="c")
    c.showPage()
    T(c, 48, H - 60, f"Schedule A to Invoice {d['number']}  ({fmt_date(d['date'], 'us')})", "Helvetica-Bold", 12)
    T(c, 48, H - 74, f"{s['name']}  ·  Customer: {d['buyer'][0]}", size=8.5)
    y = H - 110
    heads = [("Line", 48, "l"), ("Item #", 80, "l"), ("UPC", 150, "l"), ("Description", 240, "l"), ("Ordered", 430, "r"), ("Shipped", 480, "r"), ("Unit", 520, "r"), ("Ext.", W - 48, "r")]
    for h, x, a in heads:
        T(c, x, y, h, "Helvetica-Bold", 8, a)
    c.line(48, y - 5, W - 48, y - 5)
    y -= 20
    for i, it in enumerate(d["items"], 1):
        for j, (v, (h, x, a)) in enumerate(zip([str(i), it["model"], it["code"], it["desc"][:36], f"{it['qty']}", f"{it['qty']}",
                                                  money(it["price"]), money(it["qty"] * it["price"])], heads)):
            T(c, x, y, v, size=8.3, align=a)
        if it.get("cases"):
            T(c, 240, y - 10, f"{it['cases']} master cartons x {it['per']}", size=7, color=HexColor("#555555"))
        y -= 24
    c.line(48, y + 10, W - 48, y + 10)
    T(c, 480, y - 4, f"{sum(i['qty'] for i in d['items'])}", "Helvetica-Bold", 8.3, "r")
    T(c, W - 48, y - 4, "$" + money(tot), "Helvetica-Bold", 8.3, "r")
    T(c, W / 2, 30, "Page 2 of 2", size=7.5, align="c")


def L_qbform(c, d):
    """QuickBooks-style boxed invoice form (sent by fax)."""
    W, H = letter
    s = d["sup"]
    T(c, 40, H - 60, s["name"], "Times-Bold", 14)
    blk = list(s["lines"])
    if d["contact"]:
        blk += [f"Phone {s['phone']}   Fax (201) 555-0188", s["email"]]
    lines(c, 40, H - 74, blk, "Times-Roman", 9.5, 11.5)
    T(c, W - 40, H - 60, "Invoice", "Times-Bold", 22, "r")
    c.setLineWidth(0.8)
    bx = W - 200
    c.rect(bx, H - 120, 160, 36)
    c.line(bx + 80, H - 84, bx + 80, H - 120)
    c.line(bx, H - 100, bx + 160, H - 100)
    T(c, bx + 40, H - 96, "Date", "Times-Roman", 9, "c")
    T(c, bx + 120, H - 96, "Invoice #", "Times-Roman", 9, "c")
    T(c, bx + 40, H - 114, fmt_date(d["date"], "us"), "Times-Roman", 10, "c")
    T(c, bx + 120, H - 114, d["number"], "Times-Roman", 10, "c")
    c.rect(40, H - 230, 250, 90)
    c.line(40, H - 154, 290, H - 154)
    T(c, 44, H - 150, "Bill To", "Times-Roman", 9)
    lines(c, 46, H - 168, [d["buyer"][0]] + d["buyer"][1], "Times-Roman", 10, 12)
    c.rect(320, H - 230, W - 360, 90)
    c.line(320, H - 154, W - 40, H - 154)
    T(c, 324, H - 150, "Ship To", "Times-Roman", 9)
    lines(c, 326, H - 168, d.get("shipto") or [d["buyer"][0]] + d["buyer"][1], "Times-Roman", 10, 12)
    # po row
    y = H - 250
    c.rect(40, y - 30, W - 80, 30)
    c.line(40, y - 14, W - 40, y - 14)
    pcols = ["P.O. No.", "Terms", "Rep", "Ship", "Via", "F.O.B."]
    pv = [d.get("po", ""), "Net 30", "RA", fmt_date(d["date"], "us"), "Pallet/LTL", "Secaucus"]
    pw = (W - 80) / 6
    for i, (h, v) in enumerate(zip(pcols, pv)):
        if i:
            c.line(40 + i * pw, y, 40 + i * pw, y - 30)
        T(c, 40 + i * pw + pw / 2, y - 10, h, "Times-Roman", 8.5, "c")
        T(c, 40 + i * pw + pw / 2, y - 26, v, "Times-Roman", 9, "c")
    y -= 44
    cols = [("Quantity", 40, 100), ("Item Code", 100, 175), ("Description", 175, 420), ("Price Each", 420, 490), ("Amount", 490, W - 40)]
    tb = 170
    c.rect(40, tb, W - 80, y - tb)
    c.line(40, y - 16, W - 40, y - 16)
    for h, x0, x1 in cols:
        T(c, (x0 + x1) / 2, y - 11, h, "Times-Roman", 9, "c")
        if x0 > 40:
            c.line(x0, y, x0, tb)
    yy = y - 32
    tot = 0
    for it in d["items"]:
        amt = it["qty"] * it["price"]
        tot += amt
        T(c, 96, yy, f"{it['qty']}", "Times-Roman", 10, "r")
        T(c, 104, yy, it["model"], "Times-Roman", 10)
        T(c, 179, yy, it["desc"], "Times-Roman", 10)
        T(c, 179, yy - 12, f"UPC {it['code']}  ({it['cases']} cs x {it['per']})", "Times-Roman", 8.5)
        T(c, 486, yy, money(it["price"]), "Times-Roman", 10, "r")
        T(c, W - 44, yy, money(amt), "Times-Roman", 10, "r")
        yy -= 30
    fr = 95.0
    T(c, 179, yy, "Freight", "Times-Roman", 10)
    T(c, W - 44, yy, money(fr), "Times-Roman", 10, "r")
    c.rect(420, tb - 22, W - 460, 22)
    T(c, 424, tb - 15, "Total", "Times-Bold", 11)
    T(c, W - 44, tb - 15, "$" + money(tot + fr), "Times-Bold", 11, "r")
    T(c, 40, tb - 15, "Thank you for your business.", "Times-Italic", 10)


LAYOUTS = {
    "india-gst": (L_india_gst, A4), "de-rechnung": (L_de_rechnung, A4), "alibaba-ta": (L_alibaba, A4),
    "xero": (L_xero, A4), "zoho": (L_zoho, letter), "shopify-b2b": (L_shopify, letter), "jp-bilingual": (L_jp, A4),
    "landscape-rotated": (L_landscape, landscape(A4)), "dot-leader": (L_dotleader, letter), "greyband-eur-usd": (L_greyband, A4),
    "email-printed": (L_email, letter), "attached-schedule": (L_attached, letter), "qb-form-fax": (L_qbform, letter),
}

# software strings per layout: (creator, producer)
SOFTWARE = {
    "india-gst": ("TallyPrime", "TallyPrime Release 4.1"), "de-rechnung": ("Lexware warenwirtschaft pro", "PDFlib+PDI 9.2.0 (Win32)"),
    "alibaba-ta": ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36", "Skia/PDF m139"),
    "xero": ("Xero", "iText 2.1.7 by 1T3XT"), "zoho": ("Zoho Books", "Zoho PDF Generator"), "shopify-b2b": ("Shopify Order Printer", "wkhtmltopdf 0.12.6"),
    "jp-bilingual": ("Microsoft® Excel® 2019", "Microsoft® Excel® 2019"), "landscape-rotated": ("Microsoft® Excel® for Microsoft 365", "Microsoft® Excel® for Microsoft 365"),
    "dot-leader": ("Crystal Reports", "Crystal PDF Library 12.0"), "greyband-eur-usd": ("PHC CS Gestão", "PDF-XChange 4.0.201.0 (Windows XP)"),
    "email-printed": ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36", "Skia/PDF m140"),
    "attached-schedule": ("QuickBooks Online", "QuickBooks PDF Library"), "qb-form-fax": ("RightFax 16.2", "RightFax PDF Module"),
}


def pdfdate(t, tz="+00'00'"):
    return "D:" + t.strftime("%Y%m%d%H%M%S") + tz


def render_pdf(d, path, rng):
    fn, size = LAYOUTS[d["layout"]]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(d.get("pdf_title", d["number"]))
    fn(c, d)
    if d.get("paid_stamp"):
        stamp(c, size[0] - 170, 230, "PAID", (d["date"] + dt.timedelta(days=18)).strftime("%d %b %Y").upper())
    if d.get("highlight"):
        for (x, y, w) in d["highlight"]:
            highlight(c, x, y, w)
    c.showPage()
    c.save()
    doc = pymupdf.open(stream=buf.getvalue(), filetype="pdf")
    cr, pr = SOFTWARE[d["layout"]]
    t = dt.datetime.combine(d["date"], dt.time(rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59)))
    if d["layout"] == "email-printed":
        t = t + dt.timedelta(days=d.get("print_lag", 2))
    tz = d.get("tz", "+00'00'")
    doc.set_metadata({"creator": cr, "producer": pr, "creationDate": pdfdate(t, tz), "modDate": pdfdate(t, tz),
                      "title": d.get("pdf_title", d["number"]), "author": d.get("pdf_author", ""), "subject": "", "keywords": ""})
    set_id(doc, d["file"])
    if path:
        doc.save(path, garbage=3, deflate=True, no_new_id=True)
    return doc


def set_id(doc, key):
    """A per-file /ID (real software writes one), derived from the file name so make.py is reproducible."""
    import hashlib
    h = hashlib.md5(("inv5:" + key).encode()).hexdigest().upper()
    doc.xref_set_key(-1, "ID", f"[<{h}><{h}>]")


# --------------------------------------------------------------------------------------------
# Degradations (modest: 150-200 dpi)
def page_image(doc, dpi=150, page=0):
    pix = doc[page].get_pixmap(dpi=dpi)
    a = np.frombuffer(pix.samples, np.uint8).reshape(pix.h, pix.w, pix.n)[:, :, :3].copy()
    return a


def paper_noise(a, rng, amt=6):
    n = np.random.default_rng(rng.randrange(1 << 30)).normal(0, amt, a.shape[:2])[..., None]
    return np.clip(a.astype(np.float32) + n, 0, 255).astype(np.uint8)


def rotate(a, deg, fill=255, replicate=False):
    h, w = a.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), deg, 1.0)
    cos, sin = abs(M[0, 0]), abs(M[0, 1])
    nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
    M[0, 2] += nw / 2 - w / 2
    M[1, 2] += nh / 2 - h / 2
    if replicate:
        return cv2.warpAffine(a, M, (nw, nh), borderMode=cv2.BORDER_REFLECT)
    return cv2.warpAffine(a, M, (nw, nh), borderValue=(fill, fill, fill))


def photo(a, rng, rot=1.5, shadow=True, crop=None, bg=(120, 104, 88), dark=1.0, fold=False):
    """Phone photo of a sheet on a table: perspective, rotation, light falloff, shadow."""
    npr = np.random.default_rng(rng.randrange(1 << 30))
    h, w = a.shape[:2]
    if fold:
        a = add_fold(a, rng)
    pad = int(0.08 * w)
    H2, W2 = h + 2 * pad, w + 2 * pad
    canvas_ = np.empty((H2, W2, 3), np.float32)
    canvas_[:] = bg
    canvas_ += npr.normal(0, 7, (H2, W2, 1))
    j = lambda s: npr.uniform(-s, s)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[pad + j(w * .02), pad + j(h * .01)], [pad + w + j(w * .02), pad + j(h * .01)],
                      [pad + w + j(w * .015), pad + h + j(h * .01)], [pad + j(w * .015), pad + h + j(h * .01)]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, M, (W2, H2), borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), M, (W2, H2))
    m = (mask[..., None] / 255.0)
    img = canvas_ * (1 - m) + warped.astype(np.float32) * m
    # light falloff
    yy, xx = np.mgrid[0:H2, 0:W2].astype(np.float32)
    cx, cy = W2 * npr.uniform(.35, .65), H2 * npr.uniform(.3, .6)
    r = np.sqrt(((xx - cx) / W2) ** 2 + ((yy - cy) / H2) ** 2)
    light = 1.0 - 0.35 * r ** 1.6
    if shadow:
        # soft shadow of phone/hand from one corner
        sx = npr.uniform(.5, .9)
        sh = np.clip((xx / W2 - sx) * 4 + (yy / H2 - .7) * 3, 0, 1)
        sh = cv2.GaussianBlur(sh, (0, 0), 25)
        light *= 1 - 0.28 * sh
    img = img * (light[..., None] * dark) * np.float32([1.0, 0.98, 0.93])
    img = np.clip(img, 0, 255).astype(np.uint8)
    img = rotate(img, rot, replicate=True)
    hh, ww = img.shape[:2]
    m_ = int(abs(math.sin(math.radians(rot))) * max(hh, ww) * 0.5) + 2
    img = img[m_:hh - m_, m_:ww - m_]
    if crop:
        hh, ww = img.shape[:2]
        x0, y0, x1, y1 = crop
        img = img[int(y0 * hh):int(y1 * hh), int(x0 * ww):int(x1 * ww)]
    img = cv2.GaussianBlur(img, (0, 0), 0.6)
    return img


def add_fold(a, rng):
    a = a.astype(np.float32)
    h, w = a.shape[:2]
    y0 = int(h * rng.uniform(0.30, 0.31))
    yy = np.arange(h, dtype=np.float32)[:, None]
    for y in (y0, int(h * 0.66)):
        band = np.exp(-((yy - y) / 6.0) ** 2)
        side = np.where(yy > y, 0.95, 1.0)
        a = a * (1 - 0.28 * band[..., None]) * side[..., None] ** 0.3
    return np.clip(a, 0, 255).astype(np.uint8)


def scan(a, rng, rot=0.6, gray=True, noise=4, contrast=1.0, bright=0):
    if gray:
        g = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)
        a = np.repeat(g[..., None], 3, 2)
    a = np.clip((a.astype(np.float32) - 128) * contrast + 128 + bright, 0, 255).astype(np.uint8)
    a = paper_noise(a, rng, noise)
    a = rotate(a, rot)
    # scanner edge shadow on the left
    a[:, :6] = (a[:, :6] * 0.5).astype(np.uint8)
    return a


def fax(a, rng, header):
    g = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)
    h, w = g.shape
    g = cv2.resize(g, (w, h // 2), interpolation=cv2.INTER_AREA)   # fine/standard fax: half vertical res
    g = cv2.resize(g, (w, h), interpolation=cv2.INTER_NEAREST)
    npr = np.random.default_rng(rng.randrange(1 << 30))
    g = g.astype(np.float32) + npr.normal(0, 30, g.shape)
    b = np.where(g < 150, 0, 255).astype(np.uint8)
    # sprinkle speckles
    sp = npr.random(b.shape) < 0.0015
    b[sp] = 0
    im = Image.fromarray(b)
    dr = ImageDraw.Draw(im)
    from PIL import ImageFont
    f = ImageFont.truetype(_DJ + "DejaVuSansMono.ttf", 18)
    dr.text((20, 6), header, font=f, fill=0)
    b = np.array(im)
    b = rotate(np.repeat(b[..., None], 3, 2), rng.uniform(-0.8, 0.8))
    return b


def save_jpeg(a, path, q=82, when=None, model=("Apple", "iPhone 13")):
    im = Image.fromarray(a)
    ex = Image.Exif()
    if when:
        ex[0x010F] = model[0]
        ex[0x0110] = model[1]
        ex[0x0132] = when.strftime("%Y:%m:%d %H:%M:%S")
        ex[0x0131] = "17.5.1"
    if when:
        im.save(path, "JPEG", quality=q, exif=ex.tobytes())
    else:
        im.save(path, "JPEG", quality=q)


def save_image_pdf(arrs, path, dpi, when, creator="Canon iR-ADV C5535", producer="Adobe PSL 1.3e for Canon", gray=True):
    doc = pymupdf.open()
    for a in arrs:
        im = Image.fromarray(a if not gray else a[..., 0])
        b = io.BytesIO()
        im.save(b, "JPEG", quality=80)
        h, w = a.shape[:2]
        pw, ph = w * 72 / dpi, h * 72 / dpi
        p = doc.new_page(width=pw, height=ph)
        p.insert_image(p.rect, stream=b.getvalue())
    doc.set_metadata({"creator": creator, "producer": producer, "creationDate": pdfdate(when, "-05'00'"),
                      "modDate": pdfdate(when, "-05'00'"), "title": "", "author": "", "subject": "", "keywords": ""})
    set_id(doc, os.path.basename(path))
    doc.save(path, garbage=3, deflate=True, no_new_id=True)


# --------------------------------------------------------------------------------------------
def build_items(spec):
    out = []
    for e in spec:
        k = e[0]
        p = PRODUCTS[k]
        it = dict(key=k, desc=p["desc"], model=p["model"], code=p["code"], price=p["price"])
        if len(e) >= 3 and isinstance(e[2], int):
            it["cases"], it["per"] = e[1], e[2]
            it["qty"] = e[1] * e[2]
        else:
            it["qty"] = e[1]
        if isinstance(e[-1], dict):
            it.update(e[-1])
        out.append(it)
    return out


def main():
    rng = random.Random(SEED)
    os.makedirs(DOCS, exist_ok=True)
    for f in os.listdir(DOCS):
        os.remove(os.path.join(DOCS, f))
    sold = make_orders(rng)

    # quantities: clean docs carry at least sold + margin; helpers
    def need(k, mult=1.0, per=1, extra=0):
        base = max(sold[k], 1)
        n = math.ceil(base * mult) + extra
        return math.ceil(n / per)  # number of cases (or units if per=1)

    BF = BUYER_FORMS
    FBA_SHIP = ["Amazon.com Services LLC - CLT2", "FBA: Tidewater Home Goods LLC", "10240 Old Dowd Rd", "Charlotte, NC 28214-8082", "Ref FBA18X4K2QW7"]
    D = dt.date
    docs = []

    def add(file, layout, sup, date, number, spec, clean=True, expect=(), buyer=0, mode="pdf", **kw):
        docs.append(dict(file=file, layout=layout, supkey=sup, date=date, number=number, spec=spec, clean=clean,
                         expect=list(expect), buyer=buyer, mode=mode, **kw))

    # ---------------- clean documents (28) ----------------
    add("inv_shreeji_SMC-EXP-25-26-118.pdf", "india-gst", "S1", D(2026, 1, 19), "SMC/EXP/25-26/118",
        [("A1", need("A1", 3, 48), 48), ("A2", need("A2", 3, 12), 12)], buyer=0, po="TW-PO-2611", seq=118, tz="+05'30'")
    add("shreeji_invoice_june.jpg", "india-gst", "S1", D(2026, 6, 8), "SMC/EXP/26-27/031",
        [("A1", need("A1", 2.5, 48), 48), ("A2", need("A2", 2.5, 12), 12)], buyer=1, po="TW-PO-2638", seq=31, mode="photo", rot=-1.4, tz="+05'30'")
    add("SMC-EXP-26-27-077.pdf", "india-gst", "S1", D(2026, 9, 2), "SMC/EXP/26-27/077",
        [("A1", need("A1", 2, 48), 48), ("A2", need("A2", 2, 12), 12)], buyer=0, po="TW-PO-2671", seq=77, tz="+05'30'")
    add("Rechnung_RE-2026-0418.pdf", "de-rechnung", "S2", D(2026, 2, 24), "RE-2026-0418",
        [("A3", need("A3", 2.5, 24), 24), ("A4", need("A4", 3, 12), 12)], buyer=1, po="TW-PO-2617", tz="+01'00'")
    add("Kaltenbach_RE-2026-1132_scan.pdf", "de-rechnung", "S2", D(2026, 7, 15), "RE-2026-1132",
        [("A3", need("A3", 2, 24), 24), ("A4", need("A4", 2, 12), 12)], buyer=1, po="TW-PO-2649", mode="scan", dpi=200, rot=0.8)
    add("RE-2025-2291.pdf", "de-rechnung", "S2", D(2025, 12, 3), "RE-2025-2291",
        [("A3", need("A3", 1.5, 24), 24)], buyer=1, po="TW-PO-2598", tz="+01'00'")
    add("TA_invoice_HR20260311.pdf", "alibaba-ta", "S3", D(2026, 3, 11), "HR20260311-07",
        [("A5", need("A5", 3, 50), 50, {"color": "Matte Black", "spec": "20oz / 600ml"}),
         ("A6", need("A6", 3, 40), 40, {"color": "Mixed 6 colors", "spec": "12 pcs/set", "unit": "sets"})],
        title="COMMERCIAL INVOICE", order_no="239817745501022817", buyer=0)
    add("hengrui_invoice_aug.jpg", "alibaba-ta", "S3", D(2026, 8, 20), "HR20260820-02",
        [("A5", need("A5", 2, 50), 50, {"color": "Matte Black", "spec": "20oz / 600ml"})],
        title="COMMERCIAL INVOICE", order_no="240662019837022817", buyer=0, mode="photo", rot=2.2)
    add("HR20251208-11.pdf", "alibaba-ta", "S3", D(2025, 12, 8), "HR20251208-11",
        [("A6", need("A6", 2, 40), 40, {"color": "Mixed 6 colors", "spec": "12 pcs/set", "unit": "sets"})],
        title="COMMERCIAL INVOICE", order_no="238911205570022817", buyer=2)
    add("INV-0412.pdf", "xero", "S4", D(2026, 3, 30), "INV-0412",
        [("A7", need("A7", 3, 60), 60)], buyer=0, po="TW-2622", tz="+13'00'")
    add("Invoice INV-0587.pdf", "xero", "S4", D(2026, 9, 28), "INV-0587",
        [("A7", need("A7", 2, 60), 60)], buyer=1, po="TW-2680", tz="+13'00'")
    add("INV-001237.pdf", "zoho", "S5", D(2026, 4, 17), "INV-001237",
        [("A8", need("A8", 3, 4), 4)], title="Invoice", buyer=0, po="TW-PO-2629", shipto=FBA_SHIP, tz="-06'00'")
    add("granite_peak_inv_photo.jpg", "zoho", "S5", D(2026, 10, 6), "INV-001402",
        [("A8", need("A8", 2, 4), 4)], title="Invoice", buyer=0, po="TW-PO-2688", mode="photo", rot=0.9,
        highlight=[(68, 792 - 284, 190)])
    add("GP-Invoice-118842.pdf", "attached-schedule", "S5", D(2026, 7, 7), "118842",
        [("A8", need("A8", 2.5, 4), 4)], buyer=0, po="TW-PO-2655", shipto=FBA_SHIP[:4], tz="-06'00'")
    add("littlefern_invoice_1047.pdf", "shopify-b2b", "S6", D(2026, 2, 2), "LF-W1047",
        [("A9", need("A9", 3, 6), 6, {"color": "Natural"})], order_no="#W1047", buyer=1, tz="-08'00'")
    add("littlefern_invoice_1198.pdf", "shopify-b2b", "S6", D(2026, 8, 12), "LF-W1198",
        [("A9", need("A9", 2, 6), 6, {"color": "Natural"})], order_no="#W1198", buyer=1, shipto=FBA_SHIP[:4], tz="-07'00'")
    add("SHK-2026-0093.pdf", "jp-bilingual", "S7", D(2026, 4, 3), "SHK-2026-0093",
        [("A10", need("A10", 3)), ("A11", need("A11", 3))], buyer=0, tz="+09'00'")
    add("sakai_invoice_scan_Sept.pdf", "jp-bilingual", "S7", D(2026, 9, 18), "SHK-2026-0241",
        [("A10", need("A10", 2)), ("A11", need("A11", 2))], buyer=0, mode="scan", dpi=200, rot=-0.5, paid_stamp=True)
    add("sakai_invoice_photo.jpg", "jp-bilingual", "S7", D(2025, 12, 19), "SHK-2025-0377",
        [("A10", need("A10", 1.5)), ("A11", need("A11", 1.5))], buyer=0, mode="photo", rot=-2.6)
    add("TC-INV-260517.pdf", "landscape-rotated", "S8", D(2026, 5, 17), "TC-INV-260517",
        [("A12", need("A12", 3, 8), 8)], buyer=2, po="TW-PO-2633", tz="+08'00'")
    add("TaiChang_TC-INV-251128_scan.pdf", "landscape-rotated", "S8", D(2025, 11, 28), "TC-INV-251128",
        [("A12", need("A12", 2, 8), 8)], buyer=2, po="TW-PO-2594", mode="scan", dpi=150, rot=0.4)
    add("heartland_0087431.pdf", "dot-leader", "S9", D(2026, 1, 27), "0087431",
        [("A13", need("A13", 3, 4), 4)], buyer=2, po="2614", tz="-05'00'")
    add("heartland_0091172_folded.jpg", "dot-leader", "S9", D(2026, 6, 30), "0091172",
        [("A13", need("A13", 2, 4), 4)], buyer=2, po="2647", mode="photo", rot=1.1, fold=True, received_stamp=True)
    add("FT_2026_118.pdf", "greyband-eur-usd", "S10", D(2026, 3, 5), "FT 2026/118",
        [("A14", 2, 25, {"lot": "lote de tinturaria 2602-17"}), ("A14", need("A14", 3, 25) - 2, 25, {"lot": "lote de tinturaria 2602-23"})], buyer=0, seq=18, fx=1.0842, tz="+00'00'")
    add("FT_2026_355.pdf", "greyband-eur-usd", "S10", D(2026, 10, 14), "FT 2026/355",
        [("A14", need("A14", 2, 25), 25)], buyer=0, seq=55, fx=1.1617, tz="+01'00'")
    add("Gmail - Invoice BL-24087 from Brightline Home Wholesale.pdf", "email-printed", "S11", D(2026, 5, 4), "BL-24087",
        [("A15", need("A15", 3, 24), 24)], buyer=1, seq=14, print_lag=1, print_time="8:03 AM", shipto=FBA_SHIP[:4], tz="-04'00'")
    add("brightline_BL-24811_fax.pdf", "qb-form-fax", "S11", D(2026, 8, 27), "BL-24811",
        [("A15", need("A15", 2, 24), 24)], buyer=2, po="TW-PO-2666", mode="fax", dpi=200)
    add("Gmail - Invoice BL-23502 from Brightline Home Wholesale.pdf", "email-printed", "S11", D(2025, 12, 15), "BL-23502",
        [("A15", need("A15", 2, 24), 24)], buyer=1, seq=33, print_lag=5, print_time="4:17 PM", tz="-05'00'")

    # ---------------- defect documents (17) ----------------
    add("INV-001198_blurry.jpg", "zoho", "S5", D(2026, 2, 11), "INV-001198",
        [("A8", need("A8", 2, 4), 4)], title="Invoice", buyer=0, po="TW-PO-2619", clean=False, expect=["quality.blurry"],
        mode="photo", rot=1.2, blur=5.5, unreadable=True)
    add("IMG_4471.jpg", "xero", "S4", D(2026, 6, 22), "INV-0501",
        [("A7", need("A7", 2, 60), 60)], buyer=0, po="TW-2649", clean=False, expect=["quality.dark"], mode="photo", rot=-0.8, dark=0.22)
    add("RE-2026-0822_faded.pdf", "de-rechnung", "S2", D(2026, 5, 12), "RE-2026-0822",
        [("A3", need("A3", 2, 24), 24), ("A4", need("A4", 2, 12), 12)], buyer=1, clean=False, expect=["quality.faded"],
        mode="scan", dpi=150, rot=0.3, contrast=0.14, bright=95)
    add("FT_2026_201_small.jpg", "greyband-eur-usd", "S10", D(2026, 6, 9), "FT 2026/201",
        [("A14", need("A14", 2, 25), 25)], buyer=0, seq=1, clean=False, expect=["quality.low-resolution"], mode="lowres", px=430, unreadable=True)
    add("heartland_0089910_scan.pdf", "dot-leader", "S9", D(2026, 4, 8), "0089910",
        [("A13", need("A13", 2, 4), 4)], buyer=2, po="2628", clean=False, expect=["quality.skewed"], mode="scan", dpi=200, rot=9.5)
    add("tai_chang_photo_cut.jpg", "landscape-rotated", "S8", D(2026, 8, 3), "TC-INV-260803",
        [("A12", need("A12", 2, 8), 8)], buyer=2, po="TW-PO-2660", clean=False, expect=["quality.cropped"],
        mode="photo", rot=0.7, crop=(0.0, 0.0, 0.58, 0.72))
    add("SHK-2026-0150.pdf", "jp-bilingual", "S7", D(2026, 6, 1), "SHK-2026-0150",
        [("A10", need("A10", 2)), ("A11", need("A11", 2))], buyer=0, clean=False, expect=["format.corrupt"], mode="corrupt")
    add("SMC-EXP-25-26-054.pdf", "india-gst", "S1", D(2025, 8, 21), "SMC/EXP/25-26/054",
        [("A1", need("A1", 3, 48), 48), ("A2", need("A2", 3, 12), 12)], buyer=0, po="TW-PO-2571", seq=54, clean=False,
        expect=["invoice.date-outside-window"], tz="+05'30'")
    add("TA_invoice_HR20260502_HarborLane.pdf", "alibaba-ta", "S3", D(2026, 5, 2), "HR20260502-04",
        [("A5", need("A5", 2, 50), 50, {"color": "Matte Black", "spec": "20oz / 600ml"})],
        title="COMMERCIAL INVOICE", order_no="239954410283022817", buyer="other", clean=False, expect=["invoice.buyer-mismatch"])
    add("PI_HR20260914.pdf", "alibaba-ta", "S3", D(2026, 9, 14), "PI-HR20260914",
        [("A5", need("A5", 3, 50), 50, {"color": "Matte Black", "spec": "20oz / 600ml"}),
         ("A6", need("A6", 3, 40), 40, {"color": "Mixed 6 colors", "spec": "12 pcs/set", "unit": "sets"})],
        title="PROFORMA INVOICE", order_no="240911873302022817", buyer=0, paystatus="Awaiting deposit (30%)", status="Waiting for payment",
        clean=False, expect=["invoice.refused-type"])
    add("Estimate EST-000318.pdf", "zoho", "S5", D(2026, 9, 9), "EST-000318",
        [("A8", need("A8", 3, 4), 4)], title="Estimate", buyer=0, clean=False, expect=["invoice.refused-type"], tz="-06'00'")
    add("littlefern_packing_slip_1216.pdf", "shopify-b2b", "S6", D(2026, 9, 3), "W1216",
        [("A9", need("A9", 3, 6), 6, {"color": "Natural"})], title="Packing slip", order_no="#W1216", buyer=1,
        clean=False, expect=["invoice.refused-type"], tz="-07'00'")
    add("Gmail - Order Confirmation #BHW-77310.pdf", "email-printed", "S11", D(2026, 10, 19), "BHW-77310",
        [("A15", need("A15", 3, 24), 24)], title="Order Confirmation", order_no="BHW-77310", buyer=1, seq=41,
        clean=False, expect=["invoice.refused-type"], tz="-04'00'")
    add("KauriCoast_INV-0533.pdf", "xero", "S4", D(2026, 7, 29), "INV-0533",
        [("A7", need("A7", 2, 60), 60)], buyer=0, po="TW-2659", contact=False, clean=False,
        expect=["invoice.supplier-contact-missing"], tz="+12'00'")
    add("INV-001311.pdf", "zoho", "S5", D(2026, 6, 16), "INV-001311",
        [("X1", 4, 6), ("X2", 8, 6), ("X3", 10, 24)], title="Invoice", buyer=0, po="TW-PO-2643", clean=False,
        expect=["invoice.items-unmatched"], tz="-06'00'")
    add("TC-INV-260214.pdf", "landscape-rotated", "S8", D(2026, 2, 14), "TC-INV-260214",
        [("A12", 2, 8)], buyer=2, po="TW-PO-2616", clean=False, expect=["invoice.quantity-insufficient"], tz="+08'00'")
    add("heartland_0092306.pdf", "dot-leader", "S9", D(2026, 10, 21), "0092306",
        [("A13", 2, 4)], buyer=2, po="2691", clean=False, expect=["invoice.quantity-insufficient"], tz="-04'00'")

    truth = []
    for d in docs:
        s = dict(SUPPLIERS[d["supkey"]])
        d["contact"] = d.get("contact", True)
        d["sup"] = s
        d.setdefault("seq", rng.randint(1, 90))
        d.setdefault("title", "INVOICE")
        d["buyer"] = OTHER_BUYER if d["buyer"] == "other" else BUYER_FORMS[d["buyer"]]
        d["items"] = build_items(d["spec"])
        path = os.path.join(DOCS, d["file"])
        mode = d["mode"]
        shot = dt.datetime.combine(d["date"] + dt.timedelta(days=rng.randint(3, 40)), dt.time(rng.randint(9, 21), rng.randint(0, 59)))
        if shot.date() >= NOTICE_DATE:
            shot = dt.datetime.combine(NOTICE_DATE + dt.timedelta(days=2), dt.time(19, 12))
        if mode == "pdf":
            render_pdf(d, path, rng)
        elif mode == "corrupt":
            doc = render_pdf(d, None, rng)
            raw = doc.tobytes(garbage=3, deflate=True)
            cut = raw[: int(len(raw) * 0.43)]
            # an interrupted download: truncated mid-stream, trailing bytes zeroed
            with open(path, "wb") as f:
                f.write(cut + b"\x00" * 512)
        else:
            doc = render_pdf(d, None, rng)
            if mode == "photo":
                a = page_image(doc, 150)
                img = photo(a, rng, rot=d.get("rot", 1.0), crop=d.get("crop"), dark=d.get("dark", 1.0), fold=d.get("fold", False))
                if d.get("blur"):
                    img = cv2.GaussianBlur(img, (0, 0), d["blur"])
                save_jpeg(img, path, q=80, when=shot)
            elif mode == "scan":
                dpi = d.get("dpi", 200)
                pages = [scan(page_image(doc, dpi, i), rng, rot=d.get("rot", 0.5), contrast=d.get("contrast", 1.0),
                              bright=d.get("bright", 0)) for i in range(len(doc))]
                save_image_pdf(pages, path, dpi, shot)
            elif mode == "fax":
                a = page_image(doc, 200)
                fshot = dt.datetime.combine(d["date"], dt.time(16, 48))
                hdr = f"{fshot.strftime('%b %d %Y %H:%M').upper()}  FROM: BRIGHTLINE HOME 2015550188   TO: 17045550149   P.001/001"
                b = fax(a, rng, hdr)
                shot = fshot
                save_image_pdf([b], path, 200, shot, creator="RingCentral Fax", producer="RingCentral Fax Renderer 9.4")
            elif mode == "lowres":
                a = page_image(doc, 72)
                h, w = a.shape[:2]
                px = d["px"]
                small = cv2.resize(a, (px, int(h * px / w)), interpolation=cv2.INTER_AREA)
                save_jpeg(small, path, q=70, when=shot, model=("samsung", "SM-A256E"))
        truth.append(truth_record(d))
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
    notice = {"version": 1, "received": NOTICE_DATE.isoformat(), "asins": [PRODUCTS[k]["asin"] for k in NOTICE_KEYS], "marketplace": "US"}
    with open(os.path.join(OUT, "notice.json"), "w") as f:
        json.dump(notice, f, indent=1)
    with open(os.path.join(OUT, "account.toml"), "w") as f:
        for k in ("name", "business_name", "address", "phone", "email", "merchant_token"):
            f.write(f'{k} = "{SELLER[k]}"\n')
        f.write("marketplaces = [" + ", ".join(f'"{m}"' for m in SELLER["marketplaces"]) + "]\n")
    # coverage report
    cov = defaultdict(int)
    for d in docs:
        per_doc = defaultdict(int)
        if d["clean"]:
            for it in d["items"]:
                per_doc[it["key"]] += it["qty"]
            for k_, v_ in per_doc.items():
                cov[k_] = max(cov[k_], v_)
    with open(os.path.join(OUT, "coverage.txt"), "w") as f:
        f.write("key\tasin\tunits_sold_12m\tmax_qty_on_one_clean_doc\n")
        for k in NOTICE_KEYS:
            f.write(f"{k}\t{PRODUCTS[k]['asin']}\t{sold[k]}\t{cov[k]}\n")
            assert cov[k] >= sold[k], k
    print("docs", len(docs), "clean", sum(d["clean"] for d in docs))


def truth_record(d):
    s = d["sup"]
    if d["mode"] == "corrupt" or d.get("unreadable"):
        return dict(file="documents/" + d["file"], layout=d["layout"], clean=d["clean"], expect=d["expect"], fields=None)
    c = d["contact"]
    lay = d["layout"]
    sup = dict(name=s["name"], address=s["address"], phone=s["phone"] if c else None, email=s["email"] if c else None,
               website=s["website"] if c else None)
    # what each layout actually prints
    if lay == "shopify-b2b":
        sup["phone"] = None
    if lay == "alibaba-ta" and not c:
        sup.update(phone=None, email=None, website=None)
    if lay == "landscape-rotated" and c:
        pass
    if lay == "dot-leader":
        sup["email"] = None
    if lay == "qb-form-fax":
        sup["website"] = None
    if lay == "email-printed":
        sup["email"] = s["email"] if d["title"].upper() == "INVOICE" else "orders@brightlinehome.com"
    if lay == "zoho" and not c:
        sup.update(phone=None, email=None, website=None)
    if lay == "xero":
        sup["website"] = None
    if lay == "attached-schedule":
        pass
    bn, bl = d["buyer"]
    buyer = dict(name=bn, address=", ".join(l for l in bl if not l.lower().startswith("attn")))
    items = []
    for it in d["items"]:
        ids = [it["model"]] + ([it["code"]] if it.get("code") and lay not in ("india-gst", "alibaba-ta", "shopify-b2b") else [])
        items.append(dict(identifiers=ids, quantity=it["qty"], asin=PRODUCTS[it["key"]]["asin"], description=it["desc"]))
    num = d["number"]
    if lay == "shopify-b2b" and d["title"].lower().startswith("packing"):
        num = None
    if lay == "email-printed" and d["title"].lower().startswith("order"):
        num = d["order_no"]
    date = d["date"].isoformat()
    if d.get("crop"):
        # the photo cuts off the right-hand meta block (number, date) and the quantity columns
        date, num = None, None
        for it in items:
            it["quantity"] = None
    return dict(file="documents/" + d["file"], layout=lay, clean=d["clean"], expect=d["expect"],
                fields=dict(invoice_date=date, invoice_number=num, supplier=sup, buyer=buyer, items=items))


if __name__ == "__main__":
    main()
