#!/usr/bin/env python3
"""Seeded generator for the round-6 held-out invoice set (authenticity / supply-chain evidence).

Run with the venv that has reportlab, pymupdf, pillow, numpy, opencv-python-headless:
    /tmp/inv6-venv/bin/python make.py
Everything in this folder except make.py / check.py / WRITER-README.md is rebuilt byte for byte.
All people, companies, brands, ASINs, order ids, addresses and phones are invented.
"""
import io, json, os, random, shutil, textwrap, datetime as dt
from decimal import Decimal, ROUND_HALF_UP

import numpy as np
import cv2
from PIL import Image
import pymupdf as fitz
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.pagesizes import letter, A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors

SEED = 60918
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
NOTICE_DATE = dt.date(2026, 9, 18)

FD = "/usr/share/fonts/truetype/dejavu/"
for name, f in [("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"), ("DV-I", "DejaVuSans-Oblique.ttf"),
                ("DVC", "DejaVuSansCondensed.ttf"), ("DVC-B", "DejaVuSansCondensed-Bold.ttf"),
                ("DVM", "DejaVuSansMono.ttf"), ("DVM-B", "DejaVuSansMono-Bold.ttf"),
                ("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FD + f))

# ----------------------------------------------------------------------------------------------
# Seller, notice, catalogue, suppliers
# ----------------------------------------------------------------------------------------------
SELLER = {
    "name": "Dana R. Whitcombe",
    "business_name": "Harborline Goods LLC",
    "street": "4410 W Alder Crest Dr, Suite 120",
    "city": "Boise", "state": "ID", "zip": "83705",
    "phone": "+1 208-555-0147",
    "email": "ops@harborlinegoods.com",
    "merchant_token": "A2K7QX9M4TR1VB",
}
SELLER_ADDR = f"{SELLER['street']}, {SELLER['city']}, {SELLER['state']} {SELLER['zip']}, USA"
SELLER_LINES = [SELLER["business_name"], SELLER["street"], f"{SELLER['city']}, {SELLER['state']} {SELLER['zip']}", "United States"]
FBA_SHIPTO = ["Amazon.com Services LLC – FC XRB3", "FBA shpt FBA19K7Q2M4T / Harborline Goods", "4780 Logistics Pkwy",
              "Nampa, ID 83687"]


def upc_a(base11):
    d = [int(x) for x in base11]
    s = 3 * sum(d[0::2]) + sum(d[1::2])
    return base11 + str((10 - s % 10) % 10)


def ean13(base12):
    d = [int(x) for x in base12]
    s = sum(d[0::2]) + 3 * sum(d[1::2])
    return base12 + str((10 - s % 10) % 10)


SUPPLIERS = {
    "S1": dict(name="Kessler Haushaltswaren GmbH", street="Gewerbestraße 14", city_line="73730 Esslingen am Neckar",
               country="Deutschland", country_en="Germany", phone="+49 711 3958 2240", email="vertrieb@kessler-hw.de",
               website="www.kessler-hw.de", vat="DE 284 551 903"),
    "S2": dict(name="Trailmark Outdoor Supply, Inc.", street="2280 W Evans Ave, Unit C", city_line="Denver, CO 80223",
               country="USA", country_en="USA", phone="(303) 555-0186", email="orders@trailmarksupply.com",
               website="www.trailmarksupply.com"),
    "S3": dict(name="Ningbo Hengda Houseware Co., Ltd.", street="No. 88 Jinhui Road, Yinzhou District",
               city_line="Ningbo, Zhejiang 315100", country="P.R. China", country_en="China", phone="+86 574 8765 3321",
               email="sales@hengda-houseware.cn", website="www.hengda-houseware.cn"),
    "S4": dict(name="Cerámica Valdivia S.A. de C.V.", street="Calle 5 de Mayo 412, Col. Centro",
               city_line="C.P. 72000 Puebla, Pue.", country="México", country_en="Mexico", phone="+52 222 555 0193",
               email="ventas@ceramicavaldivia.mx", website="www.ceramicavaldivia.mx", rfc="CVA120315KP7"),
    "S5": dict(name="Pacific Rim Wholesale LLC", street="1550 S Milliken Ave, Ste. D", city_line="Ontario, CA 91761",
               country="USA", country_en="USA", phone="(909) 555-0132", email="ar@pacrimwholesale.com",
               website="www.pacrimwholesale.com"),
    "S6": dict(name="Laboratori Ferretti S.r.l.", street="Via dell'Artigianato 27", city_line="28887 Omegna (VB)",
               country="Italia", country_en="Italy", phone="+39 0323 555 418", email="export@laboratoriferretti.it",
               website="www.laboratoriferretti.it", vat="IT02184560039"),
    "S7": dict(name="Evergreen Pet Products Ltd.", street="6725 Millcreek Dr, Unit 4", city_line="Mississauga, ON L5N 5V3",
               country="Canada", country_en="Canada", phone="(905) 555-0174", email="sales@evergreenpet.ca",
               website="www.evergreenpet.ca", vat="81234 5678 RT0001"),
    "S8": dict(name="Anatolia Tekstil Ev Ürünleri San. ve Tic. A.Ş.", street="Organize Sanayi Bölgesi 3. Cadde No:17",
               city_line="20330 Merkezefendi / Denizli", country="Türkiye", country_en="Turkey", phone="+90 258 555 47 12",
               email="export@anatoliatekstil.com.tr", website="www.anatoliatekstil.com.tr", vat="0680 412 773"),
    "S9": dict(name="Shenzhen Kailong Electronic Technology Co., Ltd.",
               street="Room 1205, Block B, Huafeng Building, Xixiang Street, Bao'an District",
               city_line="Shenzhen, Guangdong 518101", country="China", country_en="China", phone="+86 755 2345 8871",
               email="kailong_sales@kailong-scale.com", website="kailong.tradebridge.com"),
    "S10": dict(name="Northgate Distribution Co.", street="300 Raritan Center Pkwy", city_line="Edison, NJ 08837",
                country="USA", country_en="USA", phone="(732) 555-0119", email="customerservice@northgatedist.com",
                website="www.northgatedist.com"),
}

# key: (asin, supplier, brand, model, barcode, supplier product name, unit cost, amazon price, amazon title, skus)
CAT = {}


def prod(key, asin, sup, brand, model, code, sname, cost, price, title, skus):
    CAT[key] = dict(key=key, asin=asin, sup=sup, brand=brand, model=model, code=code, sname=sname, cost=Decimal(cost),
                    price=Decimal(price), title=title, skus=skus)


prod("A1", "B0C7K2M9QX", "S1", "Kessler", "KH-3120", ean13("406123800312"),
     "Messerschärfer ProEdge 3-Stufen, Diamant/Keramik/Wolfram, rutschfester Fuß, schwarz", "11.40", "29.99",
     "Kessler ProEdge 3-Stage Kitchen Knife Sharpener – Diamond, Ceramic & Tungsten Slots for Straight Blades, Non-Slip Base, Cut-Resistant Glove Included, Black",
     ["KH-3120-FBA", "HLG-SHARP-01"])
prod("A2", "B0D1R8T4LW", "S1", "Kessler", "KH-0457", ean13("406123800457"),
     "Knoblauchpresse Edelstahl 18/10, mit Reinigungseinsatz, spülmaschinengeeignet", "7.85", "21.95",
     "Kessler Stainless Steel Garlic Press 18/10 with Removable Cleaning Insert – Heavy Duty Mincer & Crusher, Dishwasher Safe, Silver",
     ["HLG-GP-SS", "KH0457"])
prod("A3", "B0CX5N2P8J", "S2", "Ridgeway", "RW-HL450", upc_a("85004411045"),
     "Ridgeway Summit 450 Rechargeable LED Headlamp, 450 lm, IPX6, red night mode, USB-C", "13.20", "34.99",
     "Ridgeway Summit 450 Rechargeable LED Headlamp – 450 Lumen, USB-C, IPX6 Waterproof, Red Night Mode, Motion Sensor for Running, Camping & Hiking (2-Pack Compatible Strap)",
     ["RW-HL450-NEW", "TRL-HEAD-450"])
prod("A4", "B0D9F3H6KA", "S2", "Ridgeway", "RW-LN220", upc_a("85004411022"),
     "Ridgeway Basecamp 220 Collapsible Camping Lantern, 4xAA, warm/cool white", "9.75", "24.99",
     "Ridgeway Basecamp Collapsible LED Camping Lantern – 220 Hours Runtime, Battery Powered, Warm & Cool White Modes, Hanging Hook, Emergency Light for Power Outages",
     ["LANTERN-220-FBA", "RW-LN220"])
prod("A5", "B0CQ7W1Z5R", "S3", "Hengda", "HD-SBM-3P", ean13("697415203310"),
     "Food grade silicone baking mat, 3 pcs set (2 half sheet + 1 quarter sheet), fiberglass core", "2.35", "16.99",
     "Hengda Silicone Baking Mat Set of 3 – 2 Half Sheet + 1 Quarter Sheet, Non-Stick Reusable Food Safe Liners for Cookie Sheets, Macarons, Pastry & Bread Making",
     ["HD-SBM-3P", "BAKEMAT-3PK"])
prod("A6", "B0DB4Y8E2U", "S3", "Hengda", "HD-CC-2S", ean13("697415203327"),
     "Collapsible silicone colander with PP handles, 2 pcs (4 qt + 2 qt), grey", "2.90", "19.49",
     "Hengda Collapsible Colander Set of 2 – 4 Quart & 2 Quart Silicone Over-the-Sink Strainers with Extendable Handles, Space Saving Kitchen Strainer, Grey",
     ["COLANDER-2PC-GRY", "HLG-CC2"])
prod("A7", "B0C2G6V9TN", "S4", "Valdivia", "CV-TP-08", ean13("750104410088"),
     "Maceta de talavera pintada a mano 8\" con plato, diseño azul cobalto", "14.50", "44.00",
     "Valdivia Hand-Painted Talavera Planter 8 Inch with Saucer – Authentic Mexican Ceramic Flower Pot, Cobalt Blue Design, Drainage Hole, Indoor & Outdoor",
     ["TALAVERA-8-BLU", "CV-TP-08"])
prod("A8", "B0D5J7L3XS", "S5", "Coldwell", "CW-TB30", upc_a("81273902230"),
     "Coldwell 30 oz Vacuum Insulated Tumbler w/ Slider Lid & 2 Straws, 18/8 SS, Powder Coat - Sage", "6.10", "27.99",
     "Coldwell 30 oz Insulated Tumbler with Lid and 2 Straws – Double Wall Vacuum Stainless Steel Travel Mug, Keeps Drinks Cold 24 Hours, Dishwasher Safe, Sage Green",
     ["CW-TB30-SAGE", "TUMBLER30-SG"])
prod("A9", "B0CM8Q4D1F", "S5", "BambuCraft", "BC-CB3", upc_a("81273904118"),
     "BambuCraft Organic Bamboo Cutting Board Set, 3 pc (L/M/S), juice groove, side handles", "8.20", "32.95",
     "BambuCraft Bamboo Cutting Boards for Kitchen Set of 3 – Organic Wood Chopping Boards with Deep Juice Groove and Side Handles, Pre-Oiled, Large Medium Small",
     ["BAMBOO-CB-3SET", "BC-CB3"])
prod("A10", "B0DK2T6R9Y", "S6", "Ferretti", "LF-MK06", ean13("805617300063"),
     "Caffettiera moka in alluminio 'Classica' 6 tazze, manico termoresistente", "12.80", "39.90",
     "Ferretti Classica Stovetop Espresso Maker 6 Cup – Italian Moka Pot, Cast Aluminum, Heat Resistant Handle, Made in Italy, Silver (9.2 oz)",
     ["FER-MOKA-6", "LF-MK06-IT"])
prod("A11", "B0C9P1X7HB", "S7", "Evergreen", "EG-GG200", upc_a("06284170200"),
     "Evergreen Deshedding Grooming Glove, pair, 259 soft silicone tips, adjustable wrist strap, blue", "3.40", "15.99",
     "Evergreen Pet Grooming Glove (Pair) – Gentle Deshedding Brush Glove for Dogs & Cats, 259 Silicone Tips, Adjustable Wrist Strap, Hair Remover Mitt for Long & Short Fur, Blue",
     ["EG-GG200-BLU", "PETGLOVE-PAIR"])
prod("A12", "B0DF5M3W8Q", "S8", "Anatolia", "AT-PS-4", ean13("869155702044"),
     "Peştemal plaj havlusu 4'lü set, %100 pamuk, 95x180 cm, karışık renk", "9.60", "46.99",
     "Anatolia Turkish Beach Towels Set of 4 – 100% Cotton Peshtemal 37 x 71 Inch, Quick Dry Sand Free Lightweight Bath & Pool Towels, Prewashed, Assorted Stripes",
     ["TURK-TOWEL-4PK", "AT-PS-4"])
prod("A13", "B0CT9H2K6E", "S9", "Kailong", "KL-KS5000", ean13("694021550004"),
     "Digital kitchen scale 5kg/1g, tempered glass platform, tare, g/oz/ml/lb, 2xAAA included", "3.05", "14.99",
     "Kailong Digital Kitchen Scale 11 lb / 5 kg – Food Scale Grams and Ounces for Baking & Cooking, 1g Precision, Tempered Glass, Tare Function, LCD Display, Batteries Included",
     ["KL-KS5000", "SCALE-GLASS-BLK"])
prod("A14", "B0D3W7N1ZC", "S10", "ClearSpring", "CS-WF3", upc_a("73901288303"),
     "ClearSpring Replacement Pitcher Filter Cartridge, 3-Pack, NSF 42/53 certified", "7.45", "24.49",
     "ClearSpring Water Filter Replacement Cartridges 3 Pack – Compatible with ClearSpring 10-Cup Pitchers, NSF Certified, Reduces Chlorine, Lead & Odor, 2 Month Life Each",
     ["CS-WF3-3PK", "FILTER3PK"])
prod("A15", "B0CZ4E8R5M", "S10", "FreshLock", "FL-VB50", upc_a("73901288550"),
     "FreshLock Vacuum Sealer Bags, Quart 8\"x12\", 50 ct, embossed, BPA free", "4.10", "17.99",
     "FreshLock Vacuum Sealer Bags Quart Size 8 x 12 Inch, 50 Count – Commercial Grade Embossed Food Saver Bags, BPA Free, Boilable, Microwave & Freezer Safe",
     ["FL-VB50-QT", "VACBAG-QT-50"])
NOTICE_KEYS = [f"A{i}" for i in range(1, 16)]

# products the seller sells that are NOT on the notice (appear in orders and on some invoices)
prod("X1", "B0CP3S8V2D", "S5", "Coldwell", "CW-ST8", upc_a("81273902908"),
     "Coldwell Stainless Steel Straws 8 pk w/ brushes & pouch", "1.95", "9.99",
     "Coldwell Reusable Stainless Steel Straws 8 Pack with Cleaning Brushes and Travel Pouch – Extra Long for 30 oz Tumblers",
     ["CW-ST8"])
prod("X2", "B0DH6R2M4W", "S10", "FreshLock", "FL-VR2", upc_a("73901288602"),
     "FreshLock Vacuum Sealer Rolls 11\" x 20', 2-pack", "5.35", "19.99",
     "FreshLock Vacuum Sealer Rolls 2 Pack 11 in x 20 ft – Cut to Size Embossed Food Storage Bags, BPA Free",
     ["FL-VR2-11"])
# never sold by the seller; only on non-notice lines of invoices
EXTRA = {
    "P1": dict(model="CW-LID30", code=upc_a("81273902311"), sname="Coldwell Replacement Slider Lid for 30 oz Tumbler, clear", cost=Decimal("0.95")),
    "P2": dict(model="BC-UT5", code=upc_a("81273904507"), sname="BambuCraft Bamboo Cooking Utensil Set, 5 pc", cost=Decimal("3.60")),
    "P3": dict(model="CW-IM2", code=upc_a("81273902410"), sname="Coldwell Silicone Ice Cube Mold, 2 pk, 1.5\" cubes", cost=Decimal("1.70")),
    "P4": dict(model="NG-DSP12", code="", sname="Counter display carton, 12-slot (POP)", cost=Decimal("0.00")),
    "P5": dict(model="CS-PT10", code=upc_a("73901288101"), sname="ClearSpring 10-Cup Water Filter Pitcher w/ 1 cartridge", cost=Decimal("11.90")),
    "P6": dict(model="FL-VB100G", code=upc_a("73901288567"), sname="FreshLock Vacuum Sealer Bags, Gallon 11\"x16\", 100 ct", cost=Decimal("8.75")),
    "P7": dict(model="BC-SB2", code=upc_a("81273904316"), sname="BambuCraft Bamboo Serving Board w/ handle, 2 pk", cost=Decimal("6.40")),
    "P8": dict(model="CW-TB40", code=upc_a("81273902407"), sname="Coldwell 40 oz Tumbler w/ handle - Black", cost=Decimal("7.30")),
    "P9": dict(model="FL-VB50P", code=upc_a("73901288574"), sname="FreshLock Vacuum Sealer Bags, Pint 6\"x10\", 50 ct", cost=Decimal("3.20")),
    "P10": dict(model="CS-DSP18", code=upc_a("73901288118"), sname="ClearSpring 18-Cup Water Dispenser w/ spigot & 1 cartridge", cost=Decimal("16.40")),
    "P11": dict(model="FL-VR3-8", code=upc_a("73901288619"), sname="FreshLock Vacuum Sealer Rolls 8\" x 20', 3-pack", cost=Decimal("6.10")),
    "P12": dict(model="CS-FF1", code=upc_a("73901288125"), sname="ClearSpring Faucet Mount Filter Replacement, 1 pk", cost=Decimal("9.85")),
    "P13": dict(model="FL-VS100", code=upc_a("73901288703"), sname="FreshLock Compact Vacuum Sealer Machine, 110V, black", cost=Decimal("24.50")),
    "P14": dict(model="CS-WF6", code=upc_a("73901288310"), sname="ClearSpring Replacement Pitcher Filter Cartridge, 6-Pack", cost=Decimal("13.20")),
}
for _k, _m, _c, _n, _p in [
        ("P15", "CW-TB20", "81273902205", "Coldwell 20 oz Vacuum Insulated Tumbler w/ slider lid - Navy", "4.90"),
        ("P16", "CW-BT32", "81273902502", "Coldwell 32 oz Sport Bottle w/ chug lid - White", "6.80"),
        ("P17", "BC-CB1XL", "81273904125", "BambuCraft XL Bamboo Carving Board w/ juice groove, 18 x 12 in", "9.40"),
        ("P18", "BC-OIL8", "81273904804", "BambuCraft Cutting Board Oil, food-grade mineral oil, 8 fl oz", "2.15"),
        ("P19", "CW-CAN12", "81273902601", "Coldwell 12 oz Slim Can Cooler - Black", "3.95"),
        ("P20", "CW-MUG14", "81273902700", "Coldwell 14 oz Camp Mug w/ press-in lid - Sage", "4.25"),
        ("P21", "FL-VB50G", "73901288581", "FreshLock Vacuum Sealer Bags, Gallon 11\"x16\", 50 ct", "5.60"),
        ("P22", "CS-WF1", "73901288297", "ClearSpring Replacement Pitcher Filter Cartridge, 1-Pack", "2.75"),
        ("P23", "CS-BT20", "73901288402", "ClearSpring Filter Bottle 20 oz w/ 1 filter, BPA free", "5.90"),
        ("P24", "FL-VC4", "73901288710", "FreshLock Vacuum Canister Set, 4 pc, stackable", "12.30"),
        ("P25", "FL-ZB20", "73901288727", "FreshLock Reusable Zipper Vacuum Bags, 20 ct w/ hand pump", "6.45"),
        ("P26", "CS-SH1", "73901288136", "ClearSpring Shower Head Filter, 15-stage, chrome", "8.10"),
        ("P27", "FL-GS2", "73901288734", "FreshLock Replacement Gaskets for FL-VS100, 2 pk", "1.40"),
        ("P28", "CS-FF3", "73901288143", "ClearSpring Faucet Mount Filter Replacement, 3 pk", "24.60"),
        ("P29", "FL-VR11-50", "73901288626", "FreshLock Vacuum Sealer Roll 11\" x 50', 1 pk", "7.20"),
        ("P30", "CS-TDS", "73901288150", "ClearSpring TDS Water Quality Tester w/ case", "3.35")]:
    EXTRA[_k] = dict(model=_m, code=upc_a(_c), sname=_n, cost=Decimal(_p))

D2 = Decimal("0.01")


def q2(x):
    return Decimal(x).quantize(D2, rounding=ROUND_HALF_UP)


# ----------------------------------------------------------------------------------------------
# Orders report
# ----------------------------------------------------------------------------------------------
ORDER_HEADER = ("amazon-order-id merchant-order-id purchase-date last-updated-date order-status fulfillment-channel "
                "sales-channel order-channel url ship-service-level product-name sku asin item-status quantity currency "
                "item-price item-tax shipping-price shipping-tax gift-wrap-price gift-wrap-tax item-promotion-discount "
                "ship-promotion-discount ship-city ship-state ship-postal-code ship-country promotion-ids "
                "is-business-order purchase-order-number price-designation").split()
assert len(ORDER_HEADER) == 32

CITIES = [("Austin", "TX", "78745", 0.0825), ("Columbus", "OH", "43215", 0.075), ("Phoenix", "AZ", "85032", 0.086),
          ("Raleigh", "NC", "27606", 0.0725), ("Tacoma", "WA", "98405", 0.103), ("Orlando", "FL", "32819", 0.065),
          ("Denver", "CO", "80211", 0.0881), ("Brooklyn", "NY", "11215", 0.08875), ("Madison", "WI", "53703", 0.055),
          ("Fresno", "CA", "93722", 0.0798), ("Nashville", "TN", "37211", 0.0925), ("Boise", "ID", "83704", 0.06),
          ("Pittsburgh", "PA", "15217", 0.07), ("Atlanta", "GA", "30318", 0.089), ("Portland", "OR", "97217", 0.0),
          ("Omaha", "NE", "68104", 0.07), ("Salt Lake City", "UT", "84106", 0.0775), ("Naperville", "IL", "60540", 0.0775),
          ("Anchorage", "AK", "99508", 0.0), ("Lexington", "KY", "40503", 0.06), ("Tucson", "AZ", "85710", 0.087),
          ("Richmond", "VA", "23225", 0.06), ("Kansas City", "MO", "64111", 0.0891), ("Albuquerque", "NM", "87110", 0.0763),
          ("Worcester", "MA", "01604", 0.0625), ("Plano", "TX", "75024", 0.0825), ("Spokane", "WA", "99205", 0.09),
          ("Charleston", "SC", "29407", 0.09), ("Des Moines", "IA", "50310", 0.07), ("Sacramento", "CA", "95822", 0.0875)]
ROWS_PER = {"A1": 27, "A2": 16, "A3": 31, "A4": 17, "A5": 25, "A6": 13, "A7": 9, "A8": 26, "A9": 18, "A10": 14,
            "A11": 30, "A12": 15, "A13": 23, "A14": 17, "A15": 14, "X1": 7, "X2": 5}


def build_orders(rng):
    rows = []
    start = dt.datetime(2025, 9, 19, 0, 0, 0)
    span = (dt.datetime(2026, 9, 17, 23, 0, 0) - start).total_seconds()
    keys = []
    for k, n in ROWS_PER.items():
        keys += [k] * n
    rng.shuffle(keys)
    cancelled_idx = set(rng.sample(range(len(keys)), 6))
    # a few multi-item orders: next row shares order id
    stamps = sorted(start + dt.timedelta(seconds=rng.random() * span) for _ in keys)
    prev_oid = None
    for i, (k, ts) in enumerate(zip(keys, stamps)):
        p = CAT[k]
        if prev_oid and rng.random() < 0.06 and i - 1 not in cancelled_idx and i not in cancelled_idx:
            oid, ts = prev_oid[0], prev_oid[1]
            city = prev_oid[2]
            fba = prev_oid[3]
        else:
            oid = f"{rng.randint(111, 114)}-{rng.randint(0, 9999999):07d}-{rng.randint(0, 9999999):07d}"
            city = rng.choice(CITIES)
            fba = rng.random() < 0.82
        prev_oid = (oid, ts, city, fba)
        canc = i in cancelled_idx
        qty = 1
        r = rng.random()
        if k in ("A15", "A5", "A13", "X1") and r < 0.25:
            qty = 2
        elif r < 0.07:
            qty = 2
        elif r < 0.085:
            qty = 3
        price = p["price"]
        if rng.random() < 0.15:
            price = q2(price * Decimal("0.9"))
        promo_ids, promo_disc = "", Decimal("0")
        if rng.random() < 0.08:
            promo_ids = "Coupon " + f"{rng.randint(10**9, 10**10 - 1)}"
            promo_disc = q2(price * qty * Decimal("0.1"))
        item_price = q2(price * qty)
        tax = q2((item_price - promo_disc) * Decimal(str(city[3])))
        ship = Decimal("0.00") if fba else Decimal("5.99")
        upd = ts + dt.timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 20), minutes=rng.randint(0, 59))
        upd = min(upd, dt.datetime(2026, 9, 18, 6, 12, 40))  # report pulled the morning the notice arrived
        biz = rng.random() < 0.05
        row = {
            "amazon-order-id": oid,
            "merchant-order-id": "" if fba else f"HLG-{ts:%y%m}-{rng.randint(1000, 9999)}",
            "purchase-date": ts.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
            "last-updated-date": upd.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
            "order-status": "Cancelled" if canc else "Shipped",
            "fulfillment-channel": "Amazon" if fba else "Merchant",
            "sales-channel": "Amazon.com", "order-channel": "", "url": "",
            "ship-service-level": rng.choice(["Expedited", "Standard", "Standard", "SecondDay", "NextDay"]) if fba else rng.choice(["Standard", "Standard", "Expedited"]),
            "product-name": p["title"],
            "sku": rng.choice(p["skus"]),
            "asin": p["asin"],
            "item-status": "Cancelled" if canc else "Shipped",
            "quantity": "0" if canc else str(qty),
            "currency": "" if canc else "USD",
            "item-price": "" if canc else str(item_price),
            "item-tax": "" if canc else str(tax),
            "shipping-price": "" if canc else str(ship),
            "shipping-tax": "" if canc else str(q2(ship * Decimal(str(city[3])))),
            "gift-wrap-price": "", "gift-wrap-tax": "",
            "item-promotion-discount": "" if canc else str(-promo_disc if promo_disc else Decimal("0.00")),
            "ship-promotion-discount": "" if canc else ("0.00" if fba else str(-ship if rng.random() < 0.3 else Decimal("0.00"))),
            "ship-city": city[0].upper() if rng.random() < 0.5 else city[0],
            "ship-state": city[1], "ship-postal-code": city[2] + ("" if rng.random() < 0.6 else f"-{rng.randint(1000, 9999)}"),
            "ship-country": "US",
            "promotion-ids": "" if canc else promo_ids,
            "is-business-order": "true" if biz else "false",
            "purchase-order-number": f"PO-{rng.randint(10000, 99999)}" if biz and rng.random() < 0.6 else "",
            "price-designation": "BusinessPrice" if biz and rng.random() < 0.5 else "",
        }
        rows.append(row)
    rows.sort(key=lambda r: r["purchase-date"], reverse=True)
    return rows


# ----------------------------------------------------------------------------------------------
# Document specifications
# ----------------------------------------------------------------------------------------------
def D(y, m, d):
    return dt.date(y, m, d)


def line(key, qty, price=None, desc=None):
    if key in CAT:
        p = CAT[key]
        return dict(key=key, asin=p["asin"] if key in NOTICE_KEYS else None, model=p["model"], code=p["code"],
                    desc=desc or p["sname"], qty=qty, price=q2(price if price is not None else p["cost"]))
    e = EXTRA[key]
    return dict(key=key, asin=None, model=e["model"], code=e["code"], desc=desc or e["sname"], qty=qty,
                price=q2(price if price is not None else e["cost"]))


OTHER_BUYER = dict(name="Crestview Home Supply LLC", lines=["Crestview Home Supply LLC", "Attn: Receiving",
                                                           "1187 E Francis Ave", "Spokane, WA 99208", "United States"])

# medium: pdf | scan (jpeg) | photo (jpeg) | scanpdf (image inside pdf)
SPECS = [
    # ---------------- clean ----------------
    dict(id="01", layout="de-rechnung", sup="S1", date=D(2025, 11, 4), num="RE-2025-11873", medium="pdf",
         items=[line("A1", 120), line("A2", 80)]),
    dict(id="02", layout="de-rechnung", sup="S1", date=D(2026, 5, 12), num="RE-2026-05214", medium="photo",
         items=[line("A1", 150)]),
    dict(id="03", layout="classic-two-col", sup="S2", date=D(2025, 10, 21), num="TM-104622", medium="pdf",
         items=[line("A3", 100), line("A4", 60)], po="HLG-PO-2510-07"),
    dict(id="04", layout="quickbooks", sup="S2", date=D(2026, 4, 2), num="10488", medium="pdf",
         items=[line("A3", 80)], note="Trailmark's accounting system (QuickBooks Online template)"),
    dict(id="05", layout="cn-commercial", sup="S3", date=D(2025, 12, 3), num="HD25CI-1187", medium="pdf",
         items=[line("A5", 300), line("A6", 200)]),
    dict(id="06", layout="cn-commercial", sup="S3", date=D(2026, 6, 16), num="HD26CI-0642", medium="scan",
         items=[line("A5", 240)]),
    dict(id="07", layout="es-factura", sup="S4", date=D(2025, 10, 8), num="A-3317", medium="pdf",
         items=[line("A7", 60, "14.50")]),
    dict(id="08", layout="es-factura", sup="S4", date=D(2026, 3, 19), num="A-3502", medium="scanpdf",
         items=[line("A7", 48, "14.90")]),
    dict(id="09", layout="long-desc-upc", sup="S5", date=D(2025, 9, 29), num="PRW-INV-0071934", medium="pdf",
         items=[line("A8", 144), line("P1", 48), line("A9", 96), line("P2", 24), line("X1", 60), line("P3", 36),
                line("P8", 24), line("P7", 12), line("P15", 48), line("P16", 24),
                line("P17", 12), line("P18", 48), line("P19", 36), line("P20", 24)], note="multi-page; mixes notice and non-notice products"),
    dict(id="10", layout="landscape-grid", sup="S5", date=D(2026, 2, 10), num="PRW-INV-0074411", medium="pdf",
         items=[line("A8", 120), line("A9", 72)]),
    dict(id="11", layout="it-fattura", sup="S6", date=D(2025, 11, 26), num="2025/0918", medium="pdf",
         items=[line("A10", 90)]),
    dict(id="12", layout="it-fattura", sup="S6", date=D(2026, 7, 7), num="2026/0561", medium="photo",
         items=[line("A10", 60)]),
    dict(id="13", layout="ca-bilingual", sup="S7", date=D(2025, 10, 14), num="EPP-20931", medium="pdf",
         items=[line("A11", 200)]),
    dict(id="14", layout="paylink", sup="S7", date=D(2026, 6, 3), num="0000412", medium="pdf",
         items=[line("A11", 150)]),
    dict(id="15", layout="tr-fatura", sup="S8", date=D(2026, 1, 22), num="ANT2026000000147", medium="pdf",
         items=[line("A12", 120)]),
    dict(id="16", layout="tr-fatura", sup="S8", date=D(2026, 7, 28), num="ANT2026000000596", medium="scan",
         items=[line("A12", 100)]),
    dict(id="17", layout="tradebridge", sup="S9", date=D(2025, 12, 15), num="2041553877190264", medium="pdf",
         items=[line("A13", 200)]),
    dict(id="18", layout="tradebridge", sup="S9", date=D(2026, 5, 27), num="2044107652283391", medium="pdf",
         items=[line("A13", 150, "3.10")]),
    dict(id="19", layout="dot-matrix", sup="S10", date=D(2025, 12, 1), num="0318842", medium="pdf",
         items=[line("A14", 240), line("P5", 24), line("A15", 300), line("X2", 48), line("P6", 60), line("P9", 36),
                line("P10", 24), line("P11", 48), line("P12", 30), line("P13", 12), line("P14", 20), line("P21", 40),
                line("P22", 96), line("P23", 24), line("P24", 12), line("P25", 24), line("P26", 18), line("P27", 30),
                line("P28", 10), line("P29", 20), line("P30", 24), line("P4", 4)],
         note="multi-page ERP printout"),
    dict(id="20", layout="dot-matrix", sup="S10", date=D(2026, 4, 20), num="0331057", medium="scan",
         items=[line("A14", 120), line("A15", 150)]),
    dict(id="21", layout="label-above", sup="S10", date=D(2026, 8, 11), num="NGD-2026-08-0448", medium="pdf",
         items=[line("A15", 200), line("A14", 100)], note="Northgate's newer billing portal"),
    dict(id="22", layout="label-above", sup="S2", date=D(2026, 1, 13), num="TMS-INV-2601-0093", medium="pdf",
         items=[line("A4", 80)]),
    dict(id="23", layout="classic-two-col", sup="S5", date=D(2026, 6, 24), num="PRW-INV-0077260", medium="scan",
         items=[line("A9", 100)]),
    dict(id="24", layout="quickbooks", sup="S7", date=D(2026, 8, 19), num="3371", medium="photo",
         items=[line("A11", 120)]),
    dict(id="25", layout="paylink", sup="S3", date=D(2026, 2, 25), num="0000087", medium="pdf",
         items=[line("A6", 60, "3.20")], note="Hengda small replenishment billed through PayLink"),
    dict(id="26", layout="landscape-grid", sup="S1", date=D(2026, 3, 5), num="EX-2026-0311", medium="pdf",
         items=[line("A1", 100), line("A2", 100)], note="Kessler export department, English"),
    dict(id="27", layout="long-desc-upc", sup="S2", date=D(2026, 7, 15), num="TM-109877", medium="pdf",
         items=[line("A3", 120), line("A4", 90)]),
    dict(id="28", layout="es-factura", sup="S4", date=D(2026, 8, 27), num="A-3689", medium="photo",
         items=[line("A7", 72, "15.20")]),
    # ---------------- one defect each ----------------
    dict(id="29", layout="classic-two-col", sup="S2", date=D(2026, 2, 17), num="TM-106310", medium="photo",
         items=[line("A3", 100)], defect="quality.blurry"),
    dict(id="30", layout="de-rechnung", sup="S1", date=D(2026, 6, 30), num="RE-2026-06690", medium="scan",
         items=[line("A2", 90)], defect="quality.faded"),
    dict(id="31", layout="quickbooks", sup="S7", date=D(2026, 3, 11), num="3208", medium="photo",
         items=[line("A11", 110)], defect="quality.dark"),
    dict(id="32", layout="cn-commercial", sup="S3", date=D(2026, 4, 8), num="HD26CI-0395", medium="scan",
         items=[line("A5", 240)], defect="quality.skewed"),
    dict(id="33", layout="long-desc-upc", sup="S5", date=D(2026, 5, 5), num="PRW-INV-0076102", medium="photo",
         items=[line("A8", 120)], defect="quality.cropped"),
    dict(id="34", layout="tr-fatura", sup="S8", date=D(2026, 4, 14), num="ANT2026000000318", medium="scan",
         items=[line("A12", 110)], defect="quality.low-resolution"),
    dict(id="35", layout="label-above", sup="S10", date=D(2026, 2, 3), num="NGD-2026-02-0117", medium="pdf",
         items=[line("A15", 150)], defect="format.corrupt"),
    dict(id="36", layout="it-fattura", sup="S6", date=D(2025, 7, 14), num="2025/0533", medium="pdf",
         items=[line("A10", 100)], defect="invoice.date-outside-window"),
    dict(id="37", layout="ca-bilingual", sup="S7", date=D(2026, 1, 29), num="EPP-21388", medium="pdf",
         items=[line("A11", 100)], defect="invoice.buyer-mismatch", buyer=OTHER_BUYER),
    dict(id="38", layout="classic-two-col", sup="S5", date=D(2026, 3, 24), num="32741", medium="pdf",
         items=[line("A9", 80)], defect="invoice.supplier-contact-missing", contact=False),
    dict(id="39", layout="tradebridge", sup="S9", date=D(2026, 8, 4), num="2045220918837450", medium="pdf",
         items=[line("A13", 24, "3.40")], defect="invoice.quantity-insufficient"),
    dict(id="40", layout="cn-commercial", sup="S3", date=D(2026, 7, 20), num="HD26PI-0811", medium="pdf",
         items=[line("A6", 150)], defect="invoice.refused-type", title="PROFORMA INVOICE", note="pro-forma"),
    dict(id="41", layout="dot-matrix", sup="S10", date=D(2026, 6, 9), num="0338120", medium="pdf",
         items=[line("A14", 200)], defect="invoice.refused-type", title="PACKING SLIP", note="packing slip, no prices"),
    dict(id="42", layout="tradebridge", sup="S9", date=D(2026, 2, 20), num="2042871450093318", medium="pdf",
         items=[line("A13", 180)], defect="invoice.refused-type", title="ORDER CONFIRMATION",
         note="platform order confirmation, awaiting payment"),
    dict(id="43", layout="es-factura", sup="S4", date=D(2026, 5, 21), num="A-3561", medium="pdf",
         items=[], lump=Decimal("1044.00"), defect="invoice.not-itemised"),
    dict(id="44", layout="landscape-grid", sup="S5", date=D(2026, 4, 28), num="PRW-INV-0075538", medium="pdf",
         items=[line("P3", 144), line("P7", 60), line("P8", 48)], defect="invoice.items-unmatched"),
    dict(id="45", layout="paylink", sup="S2", date=D(2026, 5, 19), num="0000231", medium="pdf",
         items=[line("A4", 70)], defect="tamper.editor-metadata", producer="Adobe Photoshop 26.1 (Windows)"),
]


# ----------------------------------------------------------------------------------------------
# Drawing helpers (top-left origin)
# ----------------------------------------------------------------------------------------------
BLACK, GREY, LGREY = colors.black, colors.HexColor("#666666"), colors.HexColor("#DDDDDD")


def fm(x, style="us", cur=""):
    x = q2(x)
    s = f"{x:,.2f}"
    if style == "eu":
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return (cur + s) if cur else s


def fdate(d, style):
    return {"us": d.strftime("%m/%d/%Y"), "de": d.strftime("%d.%m.%Y"), "dmy": d.strftime("%d/%m/%Y"),
            "iso": d.isoformat(), "long": d.strftime("%b %d, %Y").replace(" 0", " "),
            "en": d.strftime("%d %b %Y"), "cn": d.strftime("%b. %d, %Y")}[style]


class P:
    def __init__(self, c, size):
        self.c, (self.W, self.H) = c, size

    def t(self, x, y, s, font="Helvetica", size=9, color=BLACK, align="l"):
        c = self.c
        c.setFont(font, size)
        c.setFillColor(color)
        if align == "l":
            c.drawString(x, self.H - y, s)
        elif align == "r":
            c.drawRightString(x, self.H - y, s)
        else:
            c.drawCentredString(x, self.H - y, s)

    def lines(self, x, y, arr, font="Helvetica", size=9, lead=11, **kw):
        for i, s in enumerate(arr):
            self.t(x, y + i * lead, s, font, size, **kw)
        return y + len(arr) * lead

    def hl(self, x1, x2, y, w=0.5, color=BLACK, dash=None):
        c = self.c
        c.setLineWidth(w)
        c.setStrokeColor(color)
        c.setDash(*(dash or []))
        c.line(x1, self.H - y, x2, self.H - y)
        c.setDash()

    def vl(self, x, y1, y2, w=0.5, color=BLACK):
        self.c.setLineWidth(w)
        self.c.setStrokeColor(color)
        self.c.line(x, self.H - y1, x, self.H - y2)

    def rect(self, x, y, w, h, stroke=1, fill=0, fillc=None, strokec=BLACK, lw=0.5, r=0):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColor(strokec)
        if fillc is not None:
            c.setFillColor(fillc)
        if r:
            c.roundRect(x, self.H - y - h, w, h, r, stroke=stroke, fill=fill)
        else:
            c.rect(x, self.H - y - h, w, h, stroke=stroke, fill=fill)

    def wrap(self, s, font, size, width):
        return simpleSplit(s, font, size, width) or [""]


def table(p, x, y, cols, rows, font="Helvetica", size=8.5, lead=10.5, hfont="Helvetica-Bold", hsize=8.5,
          ruled="grid", hfill=None, hcolor=BLACK, zebra=None, bottom=70, new_page=None, pad=3, lw=0.5,
          rule_color=BLACK):
    """cols: (title, width, align). rows: list of list[str]. Returns y below the table."""
    tw = sum(c[1] for c in cols)

    def header(y):
        hl = max(len(c[0].split("\n")) for c in cols)
        hh = hl * (hsize + 2) + 2 * pad
        if hfill is not None:
            p.rect(x, y, tw, hh, stroke=0, fill=1, fillc=hfill)
        cx = x
        for title, w, al in cols:
            for i, tl in enumerate(title.split("\n")):
                ty = y + pad + hsize + i * (hsize + 2)
                if al == "r":
                    p.t(cx + w - pad, ty, tl, hfont, hsize, hcolor, "r")
                elif al == "c":
                    p.t(cx + w / 2, ty, tl, hfont, hsize, hcolor, "c")
                else:
                    p.t(cx + pad, ty, tl, hfont, hsize, hcolor)
            cx += w
        if ruled == "grid":
            p.rect(x, y, tw, hh, lw=lw, strokec=rule_color)
            cx = x
            for _, w, _ in cols[:-1]:
                cx += w
                p.vl(cx, y, y + hh, lw, rule_color)
        elif ruled in ("h", "none"):
            p.hl(x, x + tw, y + hh, lw if ruled == "h" else 0.8, rule_color)
        return y + hh

    y = header(y)
    for ri, row in enumerate(rows):
        wrapped = [p.wrap(str(v), font, size, w - 2 * pad) for v, (_, w, _) in zip(row, cols)]
        rh = max(len(wl) for wl in wrapped) * lead + 2 * pad
        if y + rh > p.H - bottom and new_page:
            if ruled == "grid":
                pass
            y = new_page()
            y = header(y)
        if zebra is not None and ri % 2 == 1:
            p.rect(x, y, tw, rh, stroke=0, fill=1, fillc=zebra)
        cx = x
        for wl, (_, w, al) in zip(wrapped, cols):
            for i, tl in enumerate(wl):
                ty = y + pad + size + i * lead - 1
                if al == "r":
                    p.t(cx + w - pad, ty, tl, font, size, BLACK, "r")
                elif al == "c":
                    p.t(cx + w / 2, ty, tl, font, size, BLACK, "c")
                else:
                    p.t(cx + pad, ty, tl, font, size)
            cx += w
        if ruled == "grid":
            p.rect(x, y, tw, rh, lw=lw, strokec=rule_color)
            cx = x
            for _, w, _ in cols[:-1]:
                cx += w
                p.vl(cx, y, y + rh, lw, rule_color)
        elif ruled == "h":
            p.hl(x, x + tw, y + rh, 0.3, rule_color)
        y += rh
    return y


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n):
    n = int(n)
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" and " + words(n % 100) if n % 100 else "")
    return words(n // 1000) + " thousand" + ((" " if n % 1000 >= 100 else " and ") + words(n % 1000) if n % 1000 else "")


def sub(d):
    return sum((it["price"] * it["qty"] for it in d["items"]), Decimal("0"))


def long_desc(it, s):
    base = it["desc"]
    if it["key"] in CAT:
        p = CAT[it["key"]]
        return (f"{base}. Brand: {p['brand']}. Mfr part no. {it['model']}. Retail-ready master carton, "
                f"factory sealed, new condition. Country of origin: {SUPPLIERS[p['sup']]['country_en']}.")
    return base + ". New, retail packaging."


def addr_lines(s):
    return [s["street"], s["city_line"], s["country"]]


# ----------------------------------------------------------------------------------------------
# Layouts
# ----------------------------------------------------------------------------------------------
def L_classic(p, d, tp):
    """Two-column header: supplier block left, big INVOICE + meta grid right; Bill To / Ship To boxes; ruled grid."""
    s, W = d["s"], p.W
    p.t(50, 62, s["name"] if d["contact"] else s["name"].replace(" LLC", "").replace(", Inc.", ""), "Helvetica-Bold", 15)
    if d["contact"]:
        p.lines(50, 78, addr_lines(s)[:2] + [f"Phone {s['phone']}", s["email"], s["website"]], "Helvetica", 9, 11.5)
    p.t(W - 50, 64, "INVOICE", "Helvetica-Bold", 24, colors.HexColor("#1F3A5F"), "r")
    meta = [("Invoice #", d["num"]), ("Invoice Date", fdate(d["date"], "us")), ("Customer PO", d.get("po") or "—"),
            ("Terms", "Net 30" if d["sup"] != "S5" else "Prepaid – Wire"),
            ("Due Date", fdate(d["date"] + dt.timedelta(days=30), "us"))]
    y = 80
    for k, v in meta:
        p.rect(W - 250, y, 90, 15, fill=1, fillc=colors.HexColor("#E8EEF5"), lw=0.4)
        p.rect(W - 160, y, 110, 15, lw=0.4)
        p.t(W - 245, y + 11, k, "Helvetica-Bold", 8.5)
        p.t(W - 155, y + 11, v, "Helvetica", 8.5)
        y += 15
    y = 175
    for i, (hdr, ls) in enumerate([("BILL TO", d["buyer_lines"]), ("SHIP TO", d["shipto"] or d["buyer_lines"])]):
        x0 = 50 + i * 262
        p.rect(x0, y, 250, 16, fill=1, fillc=colors.HexColor("#1F3A5F"), stroke=0)
        p.t(x0 + 6, y + 11.5, hdr, "Helvetica-Bold", 9, colors.white)
        p.rect(x0, y + 16, 250, 66, lw=0.5)
        p.lines(x0 + 6, y + 30, ls, "Helvetica", 9, 11)
    y = 270
    rows = [[it["model"], it["desc"] + (f"\nUPC {it['code']}" if it["code"] else ""), str(it["qty"]), fm(it["price"]),
             fm(it["price"] * it["qty"])] for it in d["items"]]
    rows2 = []
    for r in rows:
        a, b = r[1].split("\n") if "\n" in r[1] else (r[1], "")
        rows2.append([r[0], a + ("  " + b if b else ""), r[2], r[3], r[4]])
    y = table(p, 50, y, [("Item #", 70, "l"), ("Description", 262, "l"), ("Qty", 45, "r"), ("Unit Price", 65, "r"),
                         ("Amount", 70, "r")], rows2, hfill=colors.HexColor("#E8EEF5"))
    st = sub(d)
    frt = Decimal("185.00") if d["sup"] == "S2" else Decimal("0")
    for k, v in [("Subtotal", st), ("Freight", frt), ("Sales Tax (resale cert. on file)", Decimal("0")),
                 ("TOTAL USD", st + frt)]:
        y += 15
        p.t(W - 125, y, k, "Helvetica-Bold" if k.startswith("TOTAL") else "Helvetica", 9, align="r")
        p.t(W - 50, y, fm(v), "Helvetica-Bold" if k.startswith("TOTAL") else "Helvetica", 9, align="r")
    y += 30
    p.t(50, y, "Paid in full – thank you for your business.", "Helvetica-Oblique", 9)
    p.t(50, y + 14, "Resale certificate on file. Goods remain property of seller until paid in full.", "Helvetica", 7.5, GREY)


def L_label_above(p, d, tp):
    """Modern billing-portal style: tiny grey labels above values, no table rules, accent bar."""
    s, W = d["s"], p.W
    acc = colors.HexColor("#0E7C66")
    p.rect(0, 0, W, 8, stroke=0, fill=1, fillc=acc)
    p.t(56, 60, s["name"], "DV-B", 14, acc)
    p.t(W - 56, 60, "Invoice", "DV", 22, BLACK, "r")

    def lab(x, y, k, v, bold=False):
        p.t(x, y, k.upper(), "DV", 6.5, GREY)
        if isinstance(v, str):
            v = [v]
        v = [w for l in v for w in p.wrap(l, "DV-B" if bold else "DV", 9, 150)]
        return p.lines(x, y + 12, v, "DV-B" if bold else "DV", 9, 11.5)

    st = sub(d)
    lab(56, 100, "Invoice number", d["num"], True)
    lab(196, 100, "Date of issue", d["date"].strftime("%B %d, %Y").replace(" 0", " "))
    lab(336, 100, "Date paid", (d["date"] + dt.timedelta(days=6)).strftime("%B %d, %Y").replace(" 0", " "))
    lab(456, 100, "Amount paid (USD)", "$" + fm(st), True)
    lab(56, 150, "From", [s["name"]] + addr_lines(s)[:2] + [s["phone"], s["email"], s["website"]])
    lab(236, 150, "Billed to", d["buyer_lines"] + [SELLER["email"]])
    lab(400, 150, "Ship to", d["shipto"] or d["buyer_lines"][:3])
    y = 262
    rows = []
    for it in d["items"]:
        rows.append([f"{it['desc']}\nItem {it['model']}   ·   UPC {it['code']}", str(it["qty"]), "$" + fm(it["price"]),
                     "$" + fm(it["price"] * it["qty"])])
    p.t(56, y, "DESCRIPTION", "DV", 6.5, GREY)
    p.t(390, y, "QTY", "DV", 6.5, GREY, "r")
    p.t(470, y, "UNIT PRICE", "DV", 6.5, GREY, "r")
    p.t(W - 56, y, "AMOUNT", "DV", 6.5, GREY, "r")
    y += 18
    for r in rows:
        a, b = r[0].split("\n")
        for i, l in enumerate(p.wrap(a, "DV", 9, 300)):
            p.t(56, y + i * 11.5, l, "DV", 9)
        n = len(p.wrap(a, "DV", 9, 300))
        p.t(56, y + n * 11.5, b, "DV", 7.5, GREY)
        p.t(390, y, r[1], "DV", 9, align="r")
        p.t(470, y, r[2], "DV", 9, align="r")
        p.t(W - 56, y, r[3], "DV", 9, align="r")
        y += n * 11.5 + 24
    p.hl(330, W - 56, y, 0.4, LGREY)
    for k, v in [("Subtotal", st), ("Shipping (LTL, prepaid)", Decimal("0")), ("Total", st), ("Amount paid", st),
                 ("Amount due", Decimal("0"))]:
        y += 16
        b = k in ("Total", "Amount due")
        p.t(470, y, k, "DV-B" if b else "DV", 9, align="r")
        p.t(W - 56, y, "$" + fm(v), "DV-B" if b else "DV", 9, align="r")
    y += 40
    p.t(56, y, f"Paid by ACH transfer on {(d['date'] + dt.timedelta(days=6)).strftime('%b %d, %Y')}. "
               f"Questions? Contact {s['email']} or {s['phone']}.", "DV", 8, GREY)
    p.t(56, p.H - 40, f"{d['num']} · ${fm(st)} paid", "DV", 7, GREY)
    p.t(W - 56, p.H - 40, "Page 1 of 1", "DV", 7, GREY, "r")


def L_de(p, d, tp):
    """German DIN-5008-like letter invoice: sender line above address window, info block right, footer columns."""
    s, W, H = d["s"], p.W, p.H
    p.t(W - 57, 50, "KESSLER", "Helvetica-Bold", 22, colors.HexColor("#8B1A1A"), "r")
    p.t(W - 57, 62, "Haushaltswaren seit 1962", "Helvetica-Oblique", 8, GREY, "r")
    p.t(70, 135, f"{s['name']} · {s['street']} · {s['city_line']}", "Helvetica", 6.5, GREY)
    p.hl(70, 300, 138, 0.3, GREY)
    p.lines(70, 152, d["buyer_lines"], "Helvetica", 10, 12.5)
    info = [("Rechnungs-Nr.", d["num"]), ("Rechnungsdatum", fdate(d["date"], "de")),
            ("Lieferdatum", fdate(d["date"] - dt.timedelta(days=2), "de")), ("Kunden-Nr.", "40871"),
            ("Ihre Bestellung", d.get("po") or f"E-Mail vom {fdate(d['date'] - dt.timedelta(days=12), 'de')}"),
            ("Ansprechpartner", "Frau M. Bäuerle"), ("Telefon", s["phone"]), ("E-Mail", s["email"])]
    y = 140
    for k, v in info:
        p.t(370, y, k, "Helvetica", 8)
        p.t(450, y, v, "Helvetica", 8)
        y += 11
    p.t(70, 262, f"Rechnung Nr. {d['num']}", "Helvetica-Bold", 13)
    p.t(70, 282, "Sehr geehrte Damen und Herren,", "Helvetica", 9.5)
    p.t(70, 295, "wir danken für Ihren Auftrag und berechnen Ihnen wie folgt:", "Helvetica", 9.5)
    rows = [[str(i + 1), it["model"], it["code"], it["desc"], f"{it['qty']} Stk.", fm(it["price"], "eu"),
             fm(it["price"] * it["qty"], "eu")] for i, it in enumerate(d["items"])]
    y = table(p, 70, 310, [("Pos.", 26, "l"), ("Art.-Nr.", 52, "l"), ("EAN", 72, "l"), ("Bezeichnung", 165, "l"),
                           ("Menge", 45, "r"), ("Einzelpreis\nEUR", 55, "r"), ("Gesamt\nEUR", 58, "r")], rows,
              ruled="h", hfill=colors.HexColor("#EFEFEF"), rule_color=GREY)
    st = sub(d)
    for k, v, b in [("Warenwert netto", st, False), ("Verpackung / Fracht (frei Haus)", Decimal("0"), False),
                    ("USt. 0 %", Decimal("0"), False), ("Rechnungsbetrag EUR", st, True)]:
        y += 14
        p.t(410, y, k, "Helvetica-Bold" if b else "Helvetica", 9, align="r")
        p.t(W - 57, y, fm(v, "eu"), "Helvetica-Bold" if b else "Helvetica", 9, align="r")
    y += 28
    p.lines(70, y, ["Steuerfreie Ausfuhrlieferung gemäß § 4 Nr. 1a i. V. m. § 6 UStG.",
                    f"Zahlung erhalten per Vorauskasse (SWIFT) am {fdate(d['date'] - dt.timedelta(days=5), 'de')} – vielen Dank.",
                    "Lieferung: DAP Boise, ID (Incoterms 2020). Es gelten unsere AGB.", "",
                    "Mit freundlichen Grüßen", "Kessler Haushaltswaren GmbH – Export"], "Helvetica", 9, 12)
    p.hl(70, W - 57, H - 78, 0.3, GREY)
    cols = [[s["name"], s["street"], s["city_line"], s["country"]],
            [f"Tel. {s['phone']}", f"E-Mail {s['email']}", f"Web {s['website']}", f"USt-IdNr. {s['vat']}"],
            ["Kreissparkasse Esslingen", "IBAN DE12 6115 0020 0101 4477 83", "BIC ESSLDE66XXX", "Amtsgericht Stuttgart HRB 731204"]]
    for i, c in enumerate(cols):
        p.lines(70 + i * 160, H - 66, c, "Helvetica", 6.5, 8, color=GREY)


def L_es(p, d, tp):
    """Mexican CFDI-style factura: emisor/receptor blocks, folio fiscal, clave SAT columns, sello digital."""
    s, W, H = d["s"], p.W, p.H
    r = d["rng"]
    red = colors.HexColor("#9C2A1E")
    p.rect(40, 40, 90, 60, stroke=0, fill=1, fillc=colors.HexColor("#1D3F8C"))
    p.t(85, 66, "CERÁMICA", "Helvetica-Bold", 10, colors.white, "c")
    p.t(85, 80, "VALDIVIA", "Helvetica-Bold", 12, colors.white, "c")
    p.t(85, 92, "Puebla · 1987", "Helvetica", 6.5, colors.white, "c")
    p.lines(145, 50, [s["name"], f"RFC: {s['rfc']}", "Régimen fiscal: 601 General de Ley Personas Morales",
                      f"{s['street']}, {s['city_line']}, {s['country']}", f"Tel. {s['phone']} · {s['email']}",
                      s["website"]], "Helvetica", 7.8, 9.5)
    p.rect(W - 175, 40, 135, 64, lw=0.8, strokec=red)
    p.t(W - 107, 54, "FACTURA", "Helvetica-Bold", 13, red, "c")
    p.lines(W - 170, 68, [f"Serie y Folio: {d['num']}", f"Fecha: {fdate(d['date'], 'dmy')} 11:{r.randint(10, 59)}:{r.randint(10, 59)}",
                          "Tipo: I - Ingreso", "Lugar de expedición: 72000"], "Helvetica", 7.5, 9)
    uuid = "%08X-%04X-%04X-%04X-%012X" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.getrandbits(48))
    p.t(40, 122, f"Folio fiscal (UUID): {uuid}", "Helvetica", 7.5)
    p.t(W - 40, 122, f"Certificado SAT: 0000100000050{r.randint(1000000, 9999999)}", "Helvetica", 7.5, align="r")
    p.rect(40, 130, W - 80, 14, stroke=0, fill=1, fillc=colors.HexColor("#E6E9F2"))
    p.t(46, 140, "RECEPTOR", "Helvetica-Bold", 8)
    p.lines(46, 156, [f"Nombre: {d['buyer_name']}", "RFC: XEXX010101000 (residente en el extranjero)",
                      f"Domicilio: {d['buyer_addr']}", "Residencia fiscal: USA   NumRegIdTrib: 88-4172093",
                      "Uso CFDI: S01 Sin efectos fiscales"], "Helvetica", 8, 10)
    p.lines(330, 156, ["Forma de pago: 03 Transferencia electrónica", "Método de pago: PUE Pago en una sola exhibición",
                       "Moneda: USD   Tipo de cambio: 17.2431", "Exportación: 02 Definitiva", "Incoterm: FCA Puebla"],
            "Helvetica", 8, 10)
    y = 215
    if d["items"]:
        rows = [["12171500" if False else "52151600", it["model"], str(it["qty"]), "H87 Pieza",
                 f"{it['desc']} (EAN {it['code']})", fm(it["price"]), fm(it["price"] * it["qty"])] for it in d["items"]]
    else:
        rows = [["01010101", "—", "1", "ACT Actividad", "Mercancía según pedido del cliente (varios artículos de cerámica)",
                 fm(d["lump"]), fm(d["lump"])]]
    y = table(p, 40, y, [("Clave\nProdServ", 50, "l"), ("No.\nIdentificación", 62, "l"), ("Cantidad", 45, "r"),
                         ("Clave\nUnidad", 45, "l"), ("Descripción", 190, "l"), ("Valor\nunitario", 55, "r"),
                         ("Importe", 85, "r")], rows, size=7.8, lead=9.5, hsize=7.5, ruled="grid",
              hfill=colors.HexColor("#1D3F8C"), hcolor=colors.white, rule_color=colors.HexColor("#8890A8"))
    st = sub(d) if d["items"] else d["lump"]
    for k, v in [("Subtotal", st), ("IVA 0% (Exportación)", Decimal("0")), ("Total USD", st)]:
        y += 14
        p.t(W - 125, y, k, "Helvetica-Bold", 8.5, align="r")
        p.t(W - 40, y, "$" + fm(v), "Helvetica", 8.5, align="r")
    y += 8
    cents = int((st * 100) % 100)
    p.t(40, y, f"Importe con letra: ({words(st).upper()} DÓLARES {cents:02d}/100 USD)".replace("AND ", ""),
        "Helvetica", 7, GREY)
    y += 24
    # QR placeholder + seals
    qr = 70
    for i in range(21):
        for j in range(21):
            if r.random() < 0.5 or (i < 7 and j < 7) or (i < 7 and j > 13) or (i > 13 and j < 7):
                if not ((1 <= i <= 5 and 1 <= j <= 5 and not (2 <= i <= 4 and 2 <= j <= 4))):
                    p.rect(40 + j * qr / 21, y + i * qr / 21, qr / 21, qr / 21, stroke=0, fill=1, fillc=BLACK)
    b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    for k, lab in enumerate(["Sello digital del CFDI:", "Sello digital del SAT:", "Cadena original del complemento de certificación digital del SAT:"]):
        p.t(125, y + 6 + k * 30, lab, "Helvetica-Bold", 6.5)
        txt = "".join(r.choice(b64) for _ in range(240))
        p.lines(125, y + 14 + k * 30, [txt[:120], txt[120:]], "Courier", 5.2, 6.5)
    p.t(W / 2, H - 30, "Este documento es una representación impresa de un CFDI 4.0", "Helvetica", 7, GREY, "c")


def L_it(p, d, tp):
    """Italian fattura, Times, centred letterhead, boxed cessionario, bordered table, riepilogo IVA, T&C page 2."""
    s, W, H = d["s"], p.W, p.H
    p.t(W / 2, 55, "LABORATORI FERRETTI", "Times-Bold", 20, colors.HexColor("#3A2A1A"), "c")
    p.t(W / 2, 70, "caffettiere e articoli per la casa dal 1951", "Times-Italic", 9, GREY, "c")
    p.t(W / 2, 84, f"{s['name']} – {s['street']} – {s['city_line']} – {s['country']}", "Times-Roman", 8.5, align="c")
    p.t(W / 2, 95, f"Tel. {s['phone']} – {s['email']} – {s['website']} – P.IVA/C.F. {s['vat']}", "Times-Roman", 8.5, align="c")
    p.hl(50, W - 50, 102, 1, colors.HexColor("#3A2A1A"))
    p.rect(320, 120, W - 370, 92, lw=0.6)
    p.t(326, 132, "Spett.le / Cessionario-Committente", "Times-Italic", 8, GREY)
    p.lines(326, 146, d["buyer_lines"] + ["Codice destinatario: XXXXXXX"], "Times-Roman", 9.5, 11)
    p.t(50, 135, "FATTURA (TD01)", "Times-Bold", 15)
    p.lines(50, 155, [f"N. {d['num']}   del {fdate(d['date'], 'dmy')}", "Divisa: EUR",
                      "Pagamento: bonifico bancario anticipato – pagato",
                      "Resa: EXW Omegna (Incoterms 2020)"], "Times-Roman", 9.5, 12)
    rows = [[it["model"], f"{it['desc']}\nEAN {it['code']}", "PZ", str(it["qty"]), fm(it["price"], "eu"), "",
             fm(it["price"] * it["qty"], "eu"), "N3.2"] for it in d["items"]]
    rows = [[r[0], r[1].replace("\n", " – "), *r[2:]] for r in rows]
    y = table(p, 50, 228, [("Codice", 60, "l"), ("Descrizione", 185, "l"), ("U.M.", 30, "c"), ("Q.tà", 40, "r"),
                           ("Prezzo unit.", 60, "r"), ("Sc. %", 30, "r"), ("Importo", 62, "r"), ("IVA", 35, "c")],
              rows, font="Times-Roman", size=9, lead=11, hfont="Times-Bold", hsize=9, hfill=colors.HexColor("#EDE6DA"))
    st = sub(d)
    y += 20
    p.t(50, y, "Riepilogo IVA", "Times-Bold", 9.5)
    y = table(p, 50, y + 6, [("Natura / Aliquota", 150, "l"), ("Imponibile", 80, "r"), ("Imposta", 70, "r")],
              [["N3.2 – non imponibile (cessione intracomunitaria/export)", fm(st, "eu"), "0,00"]],
              font="Times-Roman", size=8.5, hfont="Times-Bold", hsize=8.5)
    p.rect(W - 210, y - 40, 160, 40, lw=1)
    p.t(W - 200, y - 24, "TOTALE DOCUMENTO", "Times-Bold", 9)
    p.t(W - 58, y - 10, "€ " + fm(st, "eu"), "Times-Bold", 12, align="r")
    y += 26
    p.lines(50, y, ["Operazione non imponibile ai sensi dell'art. 8, comma 1, lett. a) D.P.R. 633/72 – esportazione.",
                    "Banca: Banca Popolare di Novara – IBAN IT60 X054 2811 1010 0000 0123 456",
                    "Copia di cortesia: l'originale è trasmesso tramite Sistema di Interscambio (SdI)."], "Times-Roman", 8.5, 11)
    p.t(W / 2, H - 35, "Pagina 1 di 2", "Times-Roman", 8, GREY, "c")
    p.c.showPage()
    p.t(W / 2, 60, "CONDIZIONI GENERALI DI VENDITA", "Times-Bold", 12, align="c")
    txt = ("1. Le presenti condizioni si applicano a tutte le vendite di Laboratori Ferretti S.r.l. 2. I prezzi si intendono "
           "franco stabilimento, imballo compreso. 3. Eventuali reclami per vizi apparenti devono essere comunicati per "
           "iscritto entro 8 giorni dal ricevimento della merce. 4. La merce viaggia a rischio e pericolo del compratore. "
           "5. Per ogni controversia è competente in via esclusiva il Foro di Verbania. 6. I prodotti sono coperti dalla "
           "garanzia legale del produttore; la garanzia non copre guarnizioni e parti soggette a usura. 7. Il marchio "
           "Ferretti è registrato; la rivendita è consentita nei canali autorizzati. ")
    p.lines(60, 90, p.wrap(txt * 3, "Times-Roman", 9.5, W - 120), "Times-Roman", 9.5, 13)
    p.t(W / 2, H - 35, "Pagina 2 di 2", "Times-Roman", 8, GREY, "c")


def L_tr(p, d, tp):
    """Turkish e-Arşiv / ihracat faturası: DejaVu, boxed supplier top-left, GİB-style badge, ETTN, info grid right."""
    s, W, H = d["s"], p.W, p.H
    r = d["rng"]
    p.rect(40, 40, 250, 95, lw=0.6)
    p.lines(46, 54, [s["name"], s["street"], s["city_line"] + " / " + s["country"], f"Tel: {s['phone']}",
                     f"E-Posta: {s['email']}", f"Web Sitesi: {s['website']}", f"Vergi Dairesi: Pamukkale  VKN: {s['vat']}"],
            "DV", 7.5, 11)
    p.rect(W / 2 - 10 + 25, 45, 80, 80, lw=1.2, r=40, strokec=colors.HexColor("#B00000"))
    p.t(W / 2 + 55, 82, "e-FATURA", "DV-B", 9, colors.HexColor("#B00000"), "c")
    p.t(W / 2 + 55, 94, "İHRACAT", "DV", 7, colors.HexColor("#B00000"), "c")
    p.rect(40, 145, 250, 70, lw=0.6)
    p.t(46, 157, "SAYIN", "DV-B", 8)
    p.lines(46, 169, d["buyer_lines"], "DV", 8, 10.5)
    info = [("Özelleştirme No", "TR1.2"), ("Senaryo", "IHRACAT"), ("Fatura Tipi", "ISTISNA"), ("Fatura No", d["num"]),
            ("Fatura Tarihi", fdate(d["date"], "de")), ("Gönderim Şekli", "ELEKTRONIK"),
            ("Teslim Şartı", "FOB İzmir"), ("GTİP", "6302.60.00.00")]
    y = 145
    for k, v in info:
        p.rect(W - 250, y, 95, 12.5, lw=0.4)
        p.rect(W - 155, y, 115, 12.5, lw=0.4)
        p.t(W - 246, y + 9, k, "DV-B", 7)
        p.t(W - 151, y + 9, v, "DV", 7)
        y += 12.5
    ettn = "%08x-%04x-%04x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.getrandbits(48))
    p.t(40, 258, f"ETTN: {ettn}", "DV", 7.5)
    rows = [[str(i + 1), it["code"], f"{it['desc']} (Model {it['model']})", f"{it['qty']} Set", f"{fm(it['price'], 'eu')} USD",
             "%0", f"{fm(it['price'] * it['qty'], 'eu')} USD"] for i, it in enumerate(d["items"])]
    y = table(p, 40, 266, [("Sıra\nNo", 28, "c"), ("Barkod", 72, "l"), ("Mal Hizmet", 190, "l"), ("Miktar", 48, "r"),
                           ("Birim Fiyat", 62, "r"), ("KDV\nOranı", 34, "c"), ("Mal Hizmet\nTutarı", 78, "r")], rows,
              font="DV", size=7.5, lead=9.5, hfont="DV-B", hsize=7, hfill=colors.HexColor("#E5E5E5"))
    st = sub(d)
    for k, v in [("Mal Hizmet Toplam Tutarı", st), ("Toplam İskonto", Decimal("0")), ("Hesaplanan KDV(%0)", Decimal("0")),
                 ("Vergiler Dahil Toplam Tutar", st), ("Ödenecek Tutar", st)]:
        p.rect(W - 250, y + 6, 130, 13, lw=0.4)
        p.rect(W - 120, y + 6, 80, 13, lw=0.4)
        p.t(W - 246, y + 15.5, k, "DV-B", 7)
        p.t(W - 44, y + 15.5, f"{fm(v, 'eu')} USD", "DV", 7, align="r")
        y += 13
    y += 30
    p.lines(40, y, ["Not: 3065 sayılı KDV Kanunu 11/1-a maddesi uyarınca ihracat istisnası.",
                    f"Yalnız: {fm(st, 'eu')} ABD Doları (USD).", "Ödeme: Peşin – SWIFT ile tahsil edilmiştir.",
                    f"Banka: Türkiye İş Bankası Denizli Şb. – IBAN TR33 0006 4000 0012 3450 0678 90"], "DV", 7.5, 11)
    p.t(W / 2, H - 30, "Bu fatura e-Arşiv/e-Fatura sistemine uygun olarak elektronik ortamda düzenlenmiştir.", "DV", 6.5, GREY, "c")


def L_cn(p, d, tp):
    """Chinese exporter commercial invoice (English): boxed grid, shipping terms, marks & nos, SAY TOTAL, red seal."""
    s, W, H = d["s"], p.W, p.H
    p.t(W / 2, 50, s["name"].upper(), "Times-Bold", 15, align="c")
    p.t(W / 2, 64, f"{s['street']}, {s['city_line']}, {s['country']}", "Times-Roman", 9, align="c")
    p.t(W / 2, 76, f"TEL: {s['phone']}   E-MAIL: {s['email']}   WEB: {s['website']}", "Times-Roman", 9, align="c")
    title = d["title"] or "COMMERCIAL INVOICE"
    p.t(W / 2, 104, title, "Times-Bold", 16, align="c")
    tw = p.c.stringWidth(title, "Times-Bold", 16)
    p.hl(W / 2 - tw / 2, W / 2 + tw / 2, 107, 1)
    x0, x1 = 45, W - 45
    p.rect(x0, 118, x1 - x0, 96, lw=0.8)
    p.vl(W / 2 + 30, 118, 214, 0.8)
    p.t(x0 + 5, 130, "TO (CONSIGNEE):", "Times-Bold", 9)
    p.lines(x0 + 5, 143, d["buyer_lines"] + [f"Tel: {SELLER['phone']}"], "Times-Roman", 9, 11)
    pi = title.startswith("PROFORMA")
    meta = [("INVOICE NO.:" if not pi else "P/I NO.:", d["num"]), ("DATE:", fdate(d["date"], "cn").upper()),
            ("S/C NO.:", f"HD-SC-{d['date']:%y%m}{d['rng'].randint(10, 99)}"), ("PAYMENT:", "T/T 30% DEP., 70% BAL. B/L" if pi else "T/T (RECEIVED IN FULL)"),
            ("FROM:", "NINGBO, CHINA"), ("TO:", "LOS ANGELES, USA"), ("TERMS:", "FOB NINGBO")]
    for i, (k, v) in enumerate(meta):
        p.t(W / 2 + 36, 130 + i * 12, k, "Times-Bold", 8.5)
        p.t(W / 2 + 100, 130 + i * 12, v, "Times-Roman", 8.5)
    rows = []
    for it in d["items"]:
        pc = 24 if it["key"] == "A5" else 20
        rows.append(["HENGDA\nHLG\nC/NO.1-UP", f"{it['desc'].upper()}\nMODEL NO.: {it['model']}\nEAN: {it['code']}\n"
                     f"HS CODE: 3924.10.00\n{pc} SETS/CTN, {-(-it['qty'] // pc)} CTNS", f"{it['qty']} SETS",
                     f"USD {fm(it['price'])}", f"USD {fm(it['price'] * it['qty'])}"])
    y = 214
    cols = [("MARKS & NOS.", 75, "l"), ("DESCRIPTION OF GOODS", 222, "l"), ("QUANTITY", 70, "r"), ("UNIT PRICE", 70, "r"),
            ("AMOUNT", x1 - x0 - 437, "r")]
    # render multi-line cells manually via table (newlines -> wrap separately)
    rows2 = [[c.replace("\n", " \u2028") for c in r] for r in rows]
    y = table(p, x0, y, cols, [[c.replace(" \u2028", "; ") if i == 1 else c.replace(" \u2028", " ") for i, c in enumerate(r)] for r in rows2],
              font="Times-Roman", size=9, lead=11, hfont="Times-Bold", hsize=8.5, lw=0.8)
    st = sub(d)
    qty = sum(it["qty"] for it in d["items"])
    p.rect(x0, y, x1 - x0, 18, lw=0.8)
    p.t(x0 + 80, y + 12.5, "TOTAL:", "Times-Bold", 9)
    p.t(x0 + 437 - 3, y + 12.5, f"{qty} SETS", "Times-Bold", 9, align="r")
    p.t(x1 - 3, y + 12.5, f"USD {fm(st)}", "Times-Bold", 9, align="r")
    y += 34
    cents = int((st * 100) % 100)
    p.t(x0, y, f"SAY TOTAL: US DOLLARS {words(st).upper()}{' AND CENTS ' + words(cents).upper() if cents else ''} ONLY.",
        "Times-Bold", 9)
    y += 16
    extra = (["VALIDITY: 15 DAYS. DELIVERY: 30-35 DAYS AFTER DEPOSIT.", "BANK: BANK OF CHINA NINGBO BRANCH, SWIFT BKCHCNBJ92A, A/C 3587 2200 1946"]
             if pi else [f"VESSEL: COSCO {['PISCES', 'TAURUS', 'VIRGO', 'LIBRA'][d['rng'].randint(0, 3)]} V.{d['rng'].randint(100, 999)}E   "
                         f"B/L NO.: COSU{d['rng'].randint(6000000000, 6999999999)}",
                         "COUNTRY OF ORIGIN: CHINA. WE HEREBY CERTIFY THE ABOVE GOODS ARE OF CHINESE ORIGIN."])
    p.lines(x0, y, extra, "Times-Roman", 8.5, 11)
    y += 50
    p.t(x1 - 150, y, "FOR AND ON BEHALF OF", "Times-Roman", 8.5)
    p.t(x1 - 150, y + 11, s["name"].upper()[:34], "Times-Roman", 7.5)
    cx, cy = x1 - 95, y + 55
    p.c.setStrokeColor(colors.HexColor("#D22B2B"))
    p.c.setLineWidth(2)
    p.c.circle(cx, H - cy, 36)
    p.c.setLineWidth(0.8)
    p.c.circle(cx, H - cy, 31)
    p.t(cx, cy + 4, "\u2605", "DV", 16, colors.HexColor("#D22B2B"), "c")
    p.t(cx, cy - 12, "HENGDA HOUSEWARE", "Helvetica-Bold", 6, colors.HexColor("#D22B2B"), "c")
    p.t(cx, cy + 18, "INVOICE SEAL", "Helvetica-Bold", 6, colors.HexColor("#D22B2B"), "c")
    p.hl(x1 - 150, x1 - 20, cy + 45, 0.5)
    p.t(x1 - 150, cy + 56, "Authorized Signature: Chen Wei (Sales Manager)", "Times-Roman", 8)


def L_tradebridge(p, d, tp):
    """B2B trade platform order invoice: orange header, supplier/buyer cards, product cards, payment summary."""
    s, W, H = d["s"], p.W, p.H
    org = colors.HexColor("#F26A1B")
    p.rect(0, 0, W, 54, stroke=0, fill=1, fillc=org)
    p.t(36, 33, "TradeBridge", "DV-B", 18, colors.white)
    p.t(160, 33, ".com", "DV", 12, colors.white)
    title = d["title"] or "Commercial Invoice"
    p.t(W - 36, 33, title.title() if d["title"] else title, "DV", 12, colors.white, "r")
    st = sub(d)
    conf = bool(d["title"])
    p.t(36, 82, f"Order No. {d['num']}", "DV-B", 11)
    p.t(36, 97, f"Order date: {d['date'].strftime('%b %d, %Y')}" + ("" if conf else
        f"    Invoice date: {d['date'].strftime('%b %d, %Y')}    Invoice No. TB-INV-{d['num'][-8:]}"), "DV", 8, GREY)
    badge = "Awaiting payment" if conf else "Trade Assurance · Paid"
    p.rect(W - 176, 70, 140, 20, stroke=0, fill=1, fillc=colors.HexColor("#FFF1E8") if not conf else colors.HexColor("#FFF7D6"), r=4)
    p.t(W - 106, 84, badge, "DV-B", 8.5, org, "c")
    for i, (hdr, ls) in enumerate([("Supplier information", [s["name"], s["street"], s["city_line"] + ", " + s["country"],
                                                             "Contact: Ms. Lily Zhou", f"Tel: {s['phone']}", f"Email: {s['email']}",
                                                             f"Store: {s['website']}"]),
                                   ("Buyer information", [d["buyer_name"], SELLER["name"]] + d["buyer_lines"][1:] +
                                    [f"Tel: {SELLER['phone']}", f"Email: {SELLER['email']}"])]):
        x0 = 36 + i * (W - 72) / 2 + (6 if i else 0)
        p.rect(x0, 112, (W - 72) / 2 - 6, 112, lw=0.5, strokec=LGREY, r=4)
        p.t(x0 + 10, 128, hdr, "DV-B", 9)
        wl = [w for l in ls for w in p.wrap(l, "DV", 7.8, (W - 72) / 2 - 26)]
        p.lines(x0 + 10, 144, wl, "DV", 7.8, 10)
    y = 240
    p.t(36, y, "Product details", "DV-B", 10)
    y += 10
    for it in d["items"]:
        p.rect(36, y, W - 72, 74, lw=0.5, strokec=LGREY, r=4)
        p.rect(46, y + 10, 54, 54, stroke=0, fill=1, fillc=colors.HexColor("#EEEEEE"))
        p.t(73, y + 41, "IMG", "DV", 7, GREY, "c")
        p.lines(112, y + 20, p.wrap(f"Hot sale {it['desc']}", "DV-B", 8.5, 215)[:2], "DV-B", 8.5, 11)
        p.t(112, y + 46, f"Model: {it['model']}   Color: Black   Customization: none", "DV", 7.5, GREY)
        p.t(112, y + 58, "Lead time: 7 days · Shipping: Ocean freight (DDP)", "DV", 7.5, GREY)
        p.t(440, y + 24, f"US ${fm(it['price'])} / piece", "DV", 8.5, align="r")
        p.t(440, y + 38, f"x {it['qty']} pieces", "DV", 8.5, align="r")
        p.t(W - 46, y + 24, f"US ${fm(it['price'] * it['qty'])}", "DV-B", 9.5, align="r")
        y += 82
    ship = Decimal("96.40") if st > 200 else Decimal("41.80")
    y += 8
    for k, v in [("Product subtotal", st), ("Shipping fee (DDP)", ship), ("Transaction fee", Decimal("0")),
                 ("Order total", st + ship), ("Amount paid" if not conf else "Amount due", st + ship)]:
        p.t(W - 150, y, k, "DV-B" if k in ("Order total",) else "DV", 8.5, align="r")
        p.t(W - 46, y, f"US ${fm(v)}", "DV-B" if k in ("Order total",) else "DV", 8.5, align="r")
        y += 14
    y += 12
    if conf:
        p.lines(36, y, ["This is an order confirmation. Please complete payment within 7 days; the supplier will ship after",
                        "payment is received. A commercial invoice will be issued once the order is completed."], "DV", 8, 11)
    else:
        p.lines(36, y, [f"Payment: Wire transfer (T/T) received {(d['date'] + dt.timedelta(days=1)).strftime('%b %d, %Y')}. "
                        f"Delivery confirmed {(d['date'] + dt.timedelta(days=19)).strftime('%b %d, %Y')}. Order status: Completed.",
                        "This invoice was issued by the supplier through TradeBridge.com on behalf of the supplier."], "DV", 8, 11)
    p.t(W / 2, H - 28, "TradeBridge.com · Hangzhou · This document was generated electronically.", "DV", 6.5, GREY, "c")


def L_paylink(p, d, tp):
    """Payment-platform invoice: blue wordmark, PAID badge, light rules, transaction id footer."""
    s, W, H = d["s"], p.W, p.H
    blu = colors.HexColor("#1452CC")
    p.t(48, 58, "Pay", "DV-B", 20, blu)
    p.t(48 + p.c.stringWidth("Pay", "DV-B", 20), 58, "Link", "DV-B", 20, colors.HexColor("#22A0E8"))
    p.t(W - 48, 50, "INVOICE", "DV", 18, GREY, "r")
    p.t(W - 48, 68, f"Invoice # {d['num']}", "DV", 9, align="r")
    p.t(W - 48, 80, f"Invoice date: {d['date'].strftime('%b %d, %Y')}", "DV", 9, align="r")
    p.t(W - 48, 92, "Due date: Due on receipt", "DV", 9, align="r")
    p.t(48, 118, s["name"], "DV-B", 10)
    p.lines(48, 131, addr_lines(s) + [s["phone"], s["email"], s["website"]], "DV", 8.5, 11)
    p.t(330, 118, "Bill to", "DV-B", 9, GREY)
    p.lines(330, 131, d["buyer_lines"] + [SELLER["email"]], "DV", 8.5, 11)
    p.rect(W - 140, 190, 92, 30, lw=2, strokec=colors.HexColor("#1E9E4A"), r=4)
    p.t(W - 94, 211, "PAID", "DV-B", 16, colors.HexColor("#1E9E4A"), "c")
    rows = [[f"{it['desc']} – Model {it['model']}", str(it["qty"]), f"${fm(it['price'])}", f"${fm(it['price'] * it['qty'])}"]
            for it in d["items"]]
    y = table(p, 48, 240, [("Description", 300, "l"), ("Quantity", 60, "r"), ("Price", 70, "r"), ("Amount", W - 96 - 430, "r")],
              rows, font="DV", size=8.5, lead=11, hfont="DV-B", hsize=8, ruled="h", rule_color=LGREY, pad=5)
    st = sub(d)
    ship = Decimal("64.00")
    for k, v in [("Subtotal", st), ("Shipping", ship), ("Total", st + ship), ("Amount paid", st + ship), ("Amount due", Decimal("0"))]:
        y += 15
        p.t(W - 130, y, k, "DV-B" if k == "Total" else "DV", 9, align="r")
        p.t(W - 48, y, f"${fm(v)} USD", "DV-B" if k == "Total" else "DV", 9, align="r")
    y += 36
    p.t(48, y, "Note to recipient", "DV-B", 8.5)
    p.t(48, y + 12, "Thanks for the repeat order! Goods shipped via UPS Freight, PRO # " + str(d["rng"].randint(10**8, 10**9 - 1)),
        "DV", 8.5)
    tx = "".join(d["rng"].choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(17))
    p.t(48, y + 40, f"Payment received {(d['date'] + dt.timedelta(days=2)).strftime('%b %d, %Y')} · Transaction ID {tx}",
        "DV", 8, GREY)
    p.hl(48, W - 48, H - 50, 0.3, LGREY)
    p.t(48, H - 38, "Payment processed by PayLink, Inc. PayLink is not the seller of the goods listed.", "DV", 6.5, GREY)


def L_dot(p, d, tp):
    """ERP / dot-matrix style printout on green-bar paper: Courier, fixed-width columns, dashed rules, multi-page."""
    s, W, H = d["s"], p.W, p.H
    slip = bool(d["title"])
    L = 11.2

    def bars():
        for k in range(0, int(H), 44):
            if (k // 44) % 2 == 0:
                p.rect(0, k, W, 22, stroke=0, fill=1, fillc=colors.HexColor("#E6F2E6"))
        for k in range(20, int(H), 36):
            p.c.setFillColor(colors.white)
            p.c.setStrokeColor(LGREY)
            p.c.circle(12, H - k, 4, stroke=1, fill=1)
            p.c.circle(W - 12, H - k, 4, stroke=1, fill=1)

    def head(pg):
        bars()
        y = 42
        hdr = [f"{s['name'].upper():<44}{('PACKING SLIP' if slip else 'I N V O I C E'):>30}",
               f"{s['street'].upper():<44}{'INVOICE NO: ' + d['num'] if not slip else 'SHIPMENT NO: S' + d['num']:>30}",
               f"{s['city_line'].upper():<44}{'DATE: ' + fdate(d['date'], 'us'):>30}",
               f"{'TEL ' + s['phone'] + '  FAX (732) 555-0120':<44}{f'PAGE {pg} OF {tp or 1}':>30}",
               f"{s['website'].upper():<44}{'CUST NO: HAR0412':>30}", ""]
        y = p.lines(28, y, hdr, "Courier-Bold" if True else "Courier", 9, L)
        sold = ["SOLD TO:"] + [l.upper() for l in d["buyer_lines"]]
        ship = ["SHIP TO:"] + [l.upper() for l in (d["shipto"] or d["buyer_lines"])]
        for i in range(max(len(sold), len(ship))):
            a = sold[i] if i < len(sold) else ""
            b = ship[i] if i < len(ship) else ""
            p.t(28, y + i * L, f"{a:<40}{b}", "Courier", 9)
        y += max(len(sold), len(ship)) * L + L
        p.t(28, y, f"{'CUST PO':<14}{'TERMS':<12}{'SHIP VIA':<18}{'SALESREP':<10}{'ORDER NO':<10}", "Courier", 9)
        p.t(28, y + L, f"{(d.get('po') or 'EMAIL ' + d['date'].strftime('%m%d')):<14}{'NET 15':<12}{'XPO LTL PREPAID':<18}"
                       f"{'JMK':<10}{'SO' + d['num'][-5:]:<10}", "Courier", 9)
        y += 2 * L + 4
        p.t(28, y, "-" * 88, "Courier", 9)
        if slip:
            p.t(28, y + L, f"{'LN':<4}{'ITEM NO':<11}{'UPC':<14}{'DESCRIPTION':<38}{'ORDERED':>9}{'SHIPPED':>9}{'B/O':>5}", "Courier-Bold", 8.5)
        else:
            p.t(28, y + L, f"{'LN':<4}{'ITEM NO':<11}{'UPC':<14}{'DESCRIPTION':<32}{'QTY SHP':>8}{'U/M':>4}{'PRICE':>9}{'EXTENSION':>11}", "Courier-Bold", 8.5)
        p.t(28, y + 2 * L, "-" * 88, "Courier", 9)
        return y + 3 * L + 2

    pg = 1
    y = head(pg)
    for i, it in enumerate(d["items"]):
        desc = it["desc"].upper()
        parts = textwrap.wrap(desc, 31) or [""]
        need = len(parts) * L + 2
        if y + need > H - 120:
            p.t(28, y + L, f"{'*** CONTINUED ON NEXT PAGE ***':^88}", "Courier", 9)
            p.c.showPage()
            pg += 1
            y = head(pg)
        if slip:
            p.t(28, y, f"{i + 1:<4}{it['model']:<11}{it['code']:<14}{parts[0][:37]:<38}{it['qty']:>9}{it['qty']:>9}{0:>5}", "Courier", 8.5)
        else:
            p.t(28, y, f"{i + 1:<4}{it['model']:<11}{it['code']:<14}{parts[0]:<32}{it['qty']:>8}{'EA':>4}"
                       f"{fm(it['price']):>9}{fm(it['price'] * it['qty']):>11}", "Courier", 8.5)
        for k, pt in enumerate(parts[1:]):
            p.t(28 + 29 * 5.1, y + (k + 1) * L, pt, "Courier", 8.5)
        y += need
    st = sub(d)
    p.t(28, y + 4, "-" * 88, "Courier", 9)
    y += L + 6
    units = sum(it["qty"] for it in d["items"])
    if slip:
        p.lines(28, y, [f"TOTAL UNITS SHIPPED: {units}      CARTONS: {-(-units // 24)}      WEIGHT: {units * 0.9:.0f} LB",
                        "", "RECEIVED BY: ____________________   DATE: __________",
                        "PLEASE CHECK CONTENTS AGAINST THIS SLIP. REPORT SHORTAGES WITHIN 5 DAYS."], "Courier", 9, L)
    else:
        frt = Decimal("212.50")
        p.lines(28, y, [f"{'':<50}{'MERCHANDISE':<18}{fm(st):>20}", f"{'TOTAL UNITS: ' + str(units):<50}{'FREIGHT':<18}{fm(frt):>20}",
                        f"{'':<50}{'SALES TAX':<18}{'0.00':>20}", f"{'':<50}{'INVOICE TOTAL':<18}{fm(st + frt):>20}",
                        f"{'':<50}{'PAYMENT REC D':<18}{fm(st + frt):>20}", f"{'':<50}{'BALANCE DUE':<18}{'0.00':>20}", "",
                        "REMIT TO: NORTHGATE DISTRIBUTION CO., PO BOX 7741, EDISON NJ 08818",
                        "ALL CLAIMS MUST BE MADE WITHIN 10 DAYS OF RECEIPT. RETURNS REQUIRE RA NUMBER."], "Courier", 9, L)


def L_longdesc(p, d, tp):
    """US distributor sales invoice with UPC column, long wrapped descriptions, zebra rows, page x of y footer."""
    s, W, H = d["s"], p.W, p.H
    navy = colors.HexColor("#23395B")
    state = {"pg": 1}

    def letterhead(first):
        p.t(W / 2, 46, s["name"].upper(), "Helvetica-Bold", 16, navy, "c")
        p.t(W / 2, 60, f"{s['street']}  •  {s['city_line']}  •  {s['phone']}  •  {s['email']}  •  {s['website']}",
            "Helvetica", 7.5, GREY, "c")
        p.hl(36, W - 36, 68, 1.2, navy)
        p.t(W - 36, H - 28, f"Page {state['pg']} of {tp or 1}", "Helvetica", 7.5, GREY, "r")
        p.t(36, H - 28, f"Sales Invoice {d['num']}", "Helvetica", 7.5, GREY)
        if not first:
            p.t(36, 88, f"Sales Invoice {d['num']} (continued)", "Helvetica-Bold", 10)
            return 100
        return 0

    letterhead(True)
    p.t(36, 92, "SALES INVOICE", "Helvetica-Bold", 14)
    strip = [("Invoice No.", d["num"]), ("Invoice Date", fdate(d["date"], "us")), ("Order No.", "SO-" + d["num"][-5:]),
             ("Customer ID", "HARB-0418"), ("Terms", "Prepaid"), ("Ship Via", "FedEx Freight Economy")]
    cw = (W - 72) / len(strip)
    p.rect(36, 102, W - 72, 30, stroke=0, fill=1, fillc=colors.HexColor("#EEF2F7"))
    for i, (k, v) in enumerate(strip):
        p.t(40 + i * cw, 113, k, "Helvetica-Bold", 7)
        p.t(40 + i * cw, 126, v, "Helvetica", 8)
    p.t(36, 150, "Sold To", "Helvetica-Bold", 8.5, navy)
    p.lines(36, 162, d["buyer_lines"], "Helvetica", 8.5, 10.5)
    p.t(300, 150, "Ship To", "Helvetica-Bold", 8.5, navy)
    p.lines(300, 162, d["shipto"] or d["buyer_lines"], "Helvetica", 8.5, 10.5)

    def np():
        p.c.showPage()
        state["pg"] += 1
        return letterhead(False)

    rows = [[str(i + 1), f"{it['model']}\n{it['code']}", long_desc(it, s), str(it["qty"]), "EA", fm(it["price"]),
             fm(it["price"] * it["qty"])] for i, it in enumerate(d["items"])]
    rows = [[r[0], r[1].replace("\n", " "), *r[2:]] for r in rows]
    y = table(p, 36, 230, [("Ln", 20, "c"), ("Item / UPC", 76, "l"), ("Description", 250, "l"), ("Qty", 42, "r"),
                           ("UoM", 30, "c"), ("Unit Price", 52, "r"), ("Extended", W - 72 - 470, "r")], rows,
              size=8, lead=10, hsize=7.5, ruled="none", hfill=navy, hcolor=colors.white, zebra=colors.HexColor("#F3F5F9"),
              new_page=np, bottom=90, pad=4)
    st = sub(d)
    if y > H - 200:
        y = np()
    y += 10
    for k, v in [("Merchandise Total", st), ("Freight", Decimal("0")), ("Sales Tax (Resale #SR-ID-004418)", Decimal("0")),
                 ("Invoice Total (USD)", st), ("Payments Applied", -st), ("Balance Due", Decimal("0"))]:
        y += 13
        b = k.startswith("Invoice Total") or k == "Balance Due"
        p.t(W - 120, y, k, "Helvetica-Bold" if b else "Helvetica", 8.5, align="r")
        p.t(W - 36, y, fm(v), "Helvetica-Bold" if b else "Helvetica", 8.5, align="r")
    y += 30
    p.lines(36, y, ["Authorized distributor. All products are new, genuine and shipped in original manufacturer packaging.",
                    "Returns accepted within 30 days with RMA. Payment received by wire – thank you."], "Helvetica", 7.5, 10, color=GREY)


def L_qb(p, d, tp):
    """QuickBooks-like invoice: logo disc + company block, coloured INVOICE, meta at right, DATE/ACTIVITY table."""
    s, W, H = d["s"], p.W, p.H
    teal = colors.HexColor("#2CA01C") if d["sup"] == "S7" else colors.HexColor("#365EBF")
    initials = "".join(w[0] for w in s["name"].split()[:2])
    p.c.setFillColor(teal)
    p.c.circle(W - 90, H - 75, 32, stroke=0, fill=1)
    p.t(W - 90, 82, initials, "Helvetica-Bold", 20, colors.white, "c")
    p.t(48, 52, s["name"], "Helvetica-Bold", 9.5)
    p.lines(48, 64, [s["street"], s["city_line"], s["country"]], "Helvetica", 9, 11.5)
    p.lines(48, 104, [s["phone"], s["email"], s["website"]], "Helvetica", 9, 11.5)
    p.t(48, 158, "INVOICE", "Helvetica", 20, teal)
    p.t(48, 184, "BILL TO", "Helvetica-Bold", 8, GREY)
    p.lines(48, 196, d["buyer_lines"], "Helvetica", 9, 11)
    p.t(220, 184, "SHIP TO", "Helvetica-Bold", 8, GREY)
    p.lines(220, 196, d["shipto"] or d["buyer_lines"], "Helvetica", 9, 11)
    for i, (k, v) in enumerate([("INVOICE #", d["num"]), ("DATE", fdate(d["date"], "us")), ("DUE DATE", fdate(d["date"] + dt.timedelta(days=15), "us")),
                                ("TERMS", "Net 15")]):
        p.t(W - 140, 196 + i * 12, k, "Helvetica-Bold", 8, GREY, "r")
        p.t(W - 130, 196 + i * 12, v, "Helvetica", 9)
    p.hl(48, W - 48, 262, 2, teal)
    rows = [[fdate(d["date"], "us"), it["model"], it["desc"], str(it["qty"]), fm(it["price"]), fm(it["price"] * it["qty"])]
            for it in d["items"]]
    y = table(p, 48, 268, [("DATE", 62, "l"), ("ACTIVITY", 66, "l"), ("DESCRIPTION", 214, "l"), ("QTY", 40, "r"),
                           ("RATE", 56, "r"), ("AMOUNT", W - 96 - 438, "r")], rows, size=8.5, lead=11, hfont="Helvetica",
              hsize=7.5, ruled="none", hcolor=teal, pad=4, rule_color=colors.HexColor("#BBBBBB"))
    p.hl(48, W - 48, y + 6, 0.5, colors.HexColor("#BBBBBB"), dash=[1, 2])
    st = sub(d)
    y += 24
    for k, v, big in [("SUBTOTAL", fm(st), False), ("SHIPPING", fm(Decimal("48.00")), False), ("TOTAL", fm(st + 48), False),
                      ("PAYMENT", fm(st + 48), False), ("BALANCE DUE", "$0.00", True)]:
        p.t(W - 160, y, k, "Helvetica", 8 if not big else 9, GREY if not big else BLACK, "r")
        p.t(W - 48, y, v, "Helvetica-Bold" if big else "Helvetica", 9 if not big else 14, align="r")
        y += 16 if not big else 0
    p.t(48, y + 40, "Thank you for your business! Paid by e-Transfer/wire.", "Helvetica-Oblique", 9, GREY)
    p.t(48, H - 40, f"GST/HST Reg. {s.get('vat', '—')}" if d["sup"] == "S7" else "", "Helvetica", 7.5, GREY)


def L_ca(p, d, tp):
    """Canadian bilingual invoice (English/French labels), GST/HST number, boxed sections, grid table."""
    s, W, H = d["s"], p.W, p.H
    grn = colors.HexColor("#21613A")
    p.rect(40, 40, W - 80, 62, stroke=0, fill=1, fillc=grn)
    p.t(54, 64, s["name"], "Helvetica-Bold", 15, colors.white)
    p.t(54, 80, f"{s['street']}, {s['city_line']}, {s['country']}", "Helvetica", 8.5, colors.white)
    p.t(54, 92, f"Tel./Tél. {s['phone']}  ·  {s['email']}  ·  {s['website']}", "Helvetica", 8.5, colors.white)
    p.t(W - 54, 70, "INVOICE / FACTURE", "Helvetica-Bold", 13, colors.white, "r")
    p.t(W - 54, 86, f"GST/HST – TPS/TVH : {s['vat']}", "Helvetica", 7.5, colors.white, "r")
    grid = [("Invoice No. / No de facture", d["num"]), ("Date (YYYY-MM-DD / AAAA-MM-JJ)", d["date"].isoformat()),
            ("Customer No. / No de client", "C-1187"), ("Terms / Conditions", "Prepaid / Payé d'avance")]
    for i, (k, v) in enumerate(grid):
        x0 = 40 + i * (W - 80) / 4
        p.rect(x0, 112, (W - 80) / 4, 30, lw=0.5)
        p.t(x0 + 4, 122, k, "Helvetica", 6.2, GREY)
        p.t(x0 + 4, 136, v, "Helvetica-Bold", 9)
    for i, (hdr, ls) in enumerate([("Sold to / Vendu à", d["buyer_lines"]), ("Ship to / Expédié à", d["shipto"] or d["buyer_lines"])]):
        x0 = 40 + i * (W - 80) / 2
        p.rect(x0, 150, (W - 80) / 2, 78, lw=0.5)
        p.t(x0 + 6, 162, hdr, "Helvetica-Bold", 8, grn)
        p.lines(x0 + 6, 175, ls, "Helvetica", 8.5, 10.5)
    rows = [[it["model"], it["code"], it["desc"], str(it["qty"]), fm(it["price"]), fm(it["price"] * it["qty"])] for it in d["items"]]
    y = table(p, 40, 240, [("Item / Article", 68, "l"), ("UPC / CUP", 76, "l"), ("Description", 200, "l"),
                           ("Qty / Qté", 45, "r"), ("Unit price /\nPrix unitaire", 65, "r"), ("Total", W - 80 - 454, "r")],
              rows, hfill=colors.HexColor("#E3EFE7"), rule_color=colors.HexColor("#7FA08A"))
    st = sub(d)
    for k, v in [("Subtotal / Sous-total", st), ("GST/HST – TPS/TVH 0 % (export)", Decimal("0")), ("Total (USD / $ US)", st),
                 ("Paid / Payé", st), ("Balance / Solde", Decimal("0"))]:
        y += 14
        p.t(W - 120, y, k, "Helvetica-Bold" if k.startswith("Total") else "Helvetica", 8.5, align="r")
        p.t(W - 44, y, fm(v), "Helvetica-Bold" if k.startswith("Total") else "Helvetica", 8.5, align="r")
    y += 30
    p.lines(40, y, ["Zero-rated export of goods / Exportation de produits détaxée.",
                    "All amounts in US dollars / Tous les montants sont en dollars américains.",
                    "Thank you! / Merci de votre confiance !"], "Helvetica", 8, 11)


def L_land(p, d, tp):
    """Landscape wholesale grid: many columns (item, UPC, EAN, case pack, cases, units, cost), full grid."""
    s, W, H = d["s"], p.W, p.H
    exp = d["sup"] == "S1"
    p.t(36, 44, s["name"], "Helvetica-Bold", 14)
    p.t(36, 58, f"{s['street']}, {s['city_line']}, {s['country_en'] if exp else s['country']}   |   Phone {s['phone']}   |   "
                f"{s['email']}   |   {s['website']}", "Helvetica", 8)
    p.t(W - 36, 44, "EXPORT INVOICE" if exp else "INVOICE", "Helvetica-Bold", 16, align="r")
    p.t(W - 36, 58, f"No. {d['num']}   Date {fdate(d['date'], 'en')}", "Helvetica", 9, align="r")
    p.hl(36, W - 36, 66, 0.8)
    p.t(36, 82, "Buyer:", "Helvetica-Bold", 8.5)
    p.lines(80, 82, [", ".join(d["buyer_lines"][:2]), ", ".join(d["buyer_lines"][2:])], "Helvetica", 8.5, 10.5)
    p.t(430, 82, "Delivery:", "Helvetica-Bold", 8.5)
    p.lines(480, 82, ["DAP Boise, ID – DHL Global Forwarding" if exp else "Customer pickup / LTL prepaid",
                      "Payment: received in advance (wire)"], "Helvetica", 8.5, 10.5)
    rows = []
    for i, it in enumerate(d["items"]):
        cp = next(c for c in (24, 12, 10, 8, 6, 5, 4, 2, 1) if it["qty"] % c == 0)
        ean = it["code"] if len(it["code"]) == 13 else "0" + it["code"]
        upc = it["code"] if len(it["code"]) == 12 else "—"
        rows.append([str(i + 1), it["model"], upc, ean, it["desc"], "EA", str(cp), str(it["qty"] // cp), str(it["qty"]),
                     fm(it["price"]), fm(it["price"] * it["qty"])])
    cur = "EUR" if exp else "USD"
    y = table(p, 36, 112, [("#", 18, "c"), ("Item No.", 58, "l"), ("UPC", 74, "l"), ("EAN", 80, "l"), ("Description", 228, "l"),
                           ("UoM", 28, "c"), ("Case\nPack", 34, "r"), ("Cases", 34, "r"), ("Units", 40, "r"),
                           (f"Unit Cost\n{cur}", 52, "r"), (f"Ext. Cost\n{cur}", W - 72 - 646, "r")], rows, size=8, lead=10,
              hsize=7.5, hfill=colors.HexColor("#D9D9D9"))
    st = sub(d)
    units = sum(it["qty"] for it in d["items"])
    p.rect(36, y, W - 72, 16, lw=0.5)
    p.t(40, y + 11.5, f"Total units: {units}", "Helvetica-Bold", 8.5)
    p.t(W - 40, y + 11.5, f"Total {cur} {fm(st)}", "Helvetica-Bold", 9, align="r")
    y += 36
    p.lines(36, y, (["Export delivery – VAT exempt (§ 4 No. 1a UStG). EORI DE7732019845. Goods of German origin.",
                     f"VAT ID: {s['vat']}. Bank: Kreissparkasse Esslingen, IBAN DE12 6115 0020 0101 4477 83."] if exp else
                    ["Prices net of any promotional allowances. Paid in full by wire, thank you.",
                     "Claims for shortage or damage must be made within 5 business days."]), "Helvetica", 8, 10.5, color=GREY)
    p.t(W / 2, H - 24, "Page 1 of 1", "Helvetica", 7, GREY, "c")


LAYOUTS = {"classic-two-col": (L_classic, letter), "label-above": (L_label_above, letter), "de-rechnung": (L_de, A4),
           "es-factura": (L_es, letter), "it-fattura": (L_it, A4), "tr-fatura": (L_tr, A4), "cn-commercial": (L_cn, A4),
           "tradebridge": (L_tradebridge, A4), "paylink": (L_paylink, letter), "dot-matrix": (L_dot, (612, 792)),
           "long-desc-upc": (L_longdesc, letter), "quickbooks": (L_qb, letter), "ca-bilingual": (L_ca, letter),
           "landscape-grid": (L_land, landscape(letter))}
# which identifiers each layout prints for an item
IDS_PRINTED = {"tradebridge": ("model",), "paylink": ("model",), "quickbooks": ("model",)}


# ----------------------------------------------------------------------------------------------
# Rendering and image effects
# ----------------------------------------------------------------------------------------------
CREATORS = {"classic-two-col": "Microsoft® Word for Microsoft 365", "label-above": "Chromium (billing portal)",
            "de-rechnung": "Lexware Warenwirtschaft pro", "es-factura": "CONTPAQi Factura electrónica",
            "it-fattura": "TeamSystem Fatturazione", "tr-fatura": "e-Arşiv Portal", "cn-commercial": "WPS Office",
            "tradebridge": "TradeBridge document service", "paylink": "PayLink Invoicing", "dot-matrix": "NGD/400 Print Spool",
            "long-desc-upc": "Sage 100 Crystal Reports", "quickbooks": "QuickBooks Online", "ca-bilingual": "Acomba",
            "landscape-grid": "Microsoft® Excel® for Microsoft 365"}


def render_pdf(d):
    fn, size = LAYOUTS[d["layout"]]
    tp = None
    out = None
    for _ in range(2):
        buf = io.BytesIO()
        c = rl_canvas.Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
        c.setTitle(f"{d['title'] or 'Invoice'} {d['num']}")
        c.setAuthor(d["s"]["name"])
        c.setCreator(d.get("producer") or CREATORS[d["layout"]])
        if d.get("producer"):
            c.setProducer(d["producer"])
        d["rng"] = random.Random(SEED * 1000 + int(d["id"]))
        fn(P(c, size), d, tp)
        tp = c.getPageNumber()
        c.save()
        out = buf.getvalue()
    d["pages"] = tp
    return out


def raster(pdf, dpi, page=0):
    doc = fitz.open("pdf", pdf)
    pix = doc[page].get_pixmap(dpi=dpi)
    a = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.h, pix.w, pix.n)[:, :, :3].copy()
    doc.close()
    return a


def jpeg(a, q):
    b = io.BytesIO()
    Image.fromarray(a).save(b, "JPEG", quality=q, optimize=False, subsampling=2)
    return b.getvalue()


def rotate(a, deg, fill):
    h, w = a.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), deg, 1.0)
    cos, sin = abs(M[0, 0]), abs(M[0, 1])
    nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
    M[0, 2] += nw / 2 - w / 2
    M[1, 2] += nh / 2 - h / 2
    return cv2.warpAffine(a, M, (nw, nh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=fill)


def scan_fx(a, nr, tilt, fade=False):
    a = a.astype(np.float32)
    g = a.mean(axis=2, keepdims=True)
    a = 0.35 * a + 0.65 * g  # scanners in "colour" mode but washed
    if fade:
        a = 255 - (255 - a) * 0.2
        a = a * 0.97 + 6
    a = a * np.array([0.985, 0.98, 0.955], dtype=np.float32) + 2
    a = np.clip(a, 0, 255).astype(np.uint8)
    a = rotate(a, tilt, (246, 244, 236))
    a = cv2.GaussianBlur(a, (0, 0), 0.7)
    h, w = a.shape[:2]
    edge = np.linspace(0.82, 1.0, 40, dtype=np.float32)
    a = a.astype(np.float32)
    a[:, :40] *= edge[None, :, None]
    a += nr.normal(0, 4.0, a.shape).astype(np.float32)
    return np.clip(a, 0, 255).astype(np.uint8)


def photo_fx(a, nr, tilt, jitter=0.006, dark=False, blur=0.0):
    h, w = a.shape[:2]
    m = int(0.09 * max(h, w))
    H2, W2 = h + 2 * m, w + 2 * m
    # table background: warm wood-ish with streaks
    base = np.array([120, 92, 66], dtype=np.float32) if nr.rand() < 0.5 else np.array([150, 150, 146], dtype=np.float32)
    bg = np.ones((H2, W2, 3), np.float32) * base
    streak = cv2.GaussianBlur(nr.normal(0, 18, (H2, 1)).astype(np.float32), (0, 0), 6)
    bg += streak[:, :, None]
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    c, s_ = np.cos(np.radians(tilt)), np.sin(np.radians(tilt))
    cx, cy = W2 / 2, H2 / 2
    dst = []
    for x, y in src:
        x0, y0 = x - w / 2, y - h / 2
        xr, yr = x0 * c - y0 * s_, x0 * s_ + y0 * c
        dst.append([cx + xr + nr.uniform(-jitter, jitter) * w, cy + yr + nr.uniform(-jitter, jitter) * h])
    # keystone: top slightly narrower (phone held above, tilted)
    dst[0][0] += 0.012 * w
    dst[1][0] -= 0.012 * w
    dst = np.float32(dst)
    M = cv2.getPerspectiveTransform(src, dst)
    paper = cv2.warpPerspective(a.astype(np.float32), M, (W2, H2), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W2, H2))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.0)[:, :, None]
    # soft drop shadow under the page
    sh = cv2.GaussianBlur(np.roll(np.roll(mask[:, :, 0], 14, 0), 10, 1), (0, 0), 12)[:, :, None]
    bg *= (1 - 0.45 * sh)
    img = paper * mask + bg * (1 - mask)
    # lighting gradient + hand/phone shadow blob
    yy, xx = np.mgrid[0:H2, 0:W2].astype(np.float32)
    gx, gy = nr.uniform(-1, 1), nr.uniform(-1, 1)
    light = 1.0 - 0.12 * ((xx / W2 - 0.5) * gx + (yy / H2 - 0.5) * gy) * 2
    bx, by = nr.uniform(0.65, 0.95) * W2, nr.uniform(0.7, 1.0) * H2
    blob = np.exp(-(((xx - bx) / (0.28 * W2)) ** 2 + ((yy - by) / (0.2 * H2)) ** 2))
    light *= 1 - 0.22 * blob
    img *= light[:, :, None]
    img = img * np.array([1.0, 0.985, 0.94], np.float32)  # warm indoor light
    if dark:
        img = img * 0.2 + 2
    if blur:
        img = cv2.GaussianBlur(img, (0, 0), blur)
    img += nr.normal(0, 5.0 if not dark else 3.0, img.shape).astype(np.float32)
    return np.clip(img, 0, 255).astype(np.uint8)


def make_file(d):
    """Returns (bytes, ext)."""
    pdf = render_pdf(d)
    nr = np.random.RandomState(SEED + int(d["id"]))
    defect, med = d["defect"], d["medium"]
    if med == "pdf":
        if defect == "format.corrupt":
            return pdf[: int(len(pdf) * 0.55)], "pdf"
        return pdf, "pdf"
    if med in ("scan", "scanpdf"):
        if defect == "quality.low-resolution":
            a = raster(pdf, 40)
            return jpeg(scan_fx(a, nr, 0.6), 70), "jpg"
        tilt = 9.0 if defect == "quality.skewed" else float(nr.uniform(-1.8, 1.8))
        a = raster(pdf, 150)
        img = scan_fx(a, nr, tilt, fade=(defect == "quality.faded"))
        jb = jpeg(img, 82)
        if med == "scan":
            return jb, "jpg"
        from reportlab.lib.utils import ImageReader
        fn, size = LAYOUTS[d["layout"]]
        buf = io.BytesIO()
        c = rl_canvas.Canvas(buf, pagesize=size, invariant=1)
        c.setCreator("HP Scan")
        c.setProducer("HP Smart PDF Engine 3.1")
        h, w = img.shape[:2]
        sc = min(size[0] / w, size[1] / h)
        c.drawImage(ImageReader(io.BytesIO(jb)), (size[0] - w * sc) / 2, (size[1] - h * sc) / 2, w * sc, h * sc)
        c.save()
        return buf.getvalue(), "pdf"
    if med == "photo":
        a = raster(pdf, 130)
        tilt = float(nr.uniform(-1.8, 1.8))
        img = photo_fx(a, nr, tilt, dark=(defect == "quality.dark"), blur=(4.2 if defect == "quality.blurry" else 0))
        if defect == "quality.cropped":
            h, w = img.shape[:2]
            img = img[int(0.06 * h): int(0.57 * h), int(0.02 * w): int(0.66 * w)].copy()
        return jpeg(img, 85), "jpg"
    raise ValueError(med)


# ----------------------------------------------------------------------------------------------
# Build
# ----------------------------------------------------------------------------------------------
ATTN = {"02", "05", "11", "17", "24", "28", "40", "45"}
FBA = {"03", "09", "19", "21", "27", "33"}
NO_EMAIL = {"dot-matrix"}


def resolve(spec):
    d = dict(spec)
    d["s"] = SUPPLIERS[d["sup"]]
    d.setdefault("defect", None)
    d.setdefault("title", None)
    d.setdefault("contact", True)
    b = d.get("buyer")
    if b:
        d["buyer_name"], d["buyer_lines"] = b["name"], b["lines"]
    else:
        d["buyer_name"] = SELLER["business_name"]
        bl = list(SELLER_LINES)
        if d["id"] in ATTN:
            bl.insert(1, f"Attn: {SELLER['name']}")
        d["buyer_lines"] = bl
    d["buyer_addr"] = ", ".join(l for l in d["buyer_lines"][1:] if not l.startswith("Attn"))
    d["shipto"] = FBA_SHIPTO if d["id"] in FBA else None
    return d


def truth_record(d, fname):
    s = d["s"]
    sup = {"name": s["name"]}
    if d["contact"]:
        sup["address"] = f"{s['street']}, {s['city_line']}, {s['country']}"
        sup["phone"] = s["phone"]
        if d["layout"] not in NO_EMAIL:
            sup["email"] = s["email"]
        sup["website"] = s["website"]
    if d["layout"] == "classic-two-col" and not d["contact"]:
        sup["name"] = s["name"].replace(" LLC", "")
    ids_kind = IDS_PRINTED.get(d["layout"], ("model", "code"))
    items = []
    for it in d["items"]:
        ids = [it[k] for k in ids_kind if it[k]]
        items.append({"identifiers": ids, "quantity": it["qty"], "asin": it["asin"], "description": it["desc"]})
    return {"file": fname, "layout": d["layout"], "clean": d["defect"] is None,
            "expect": [d["defect"]] if d["defect"] else [],
            "fields": {"invoice_date": d["date"].isoformat(), "invoice_number": d["num"], "supplier": sup,
                       "buyer": {"name": d["buyer_name"], "address": d["buyer_addr"]}, "items": items}}


def main():
    rng = random.Random(SEED)
    for f in ["notice.json", "orders.txt", "account.toml", "truth.json", "coverage.txt", "README.md"]:
        if os.path.exists(os.path.join(HERE, f)):
            os.remove(os.path.join(HERE, f))
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)

    notice = {"version": 1, "received": NOTICE_DATE.isoformat(), "asins": [CAT[k]["asin"] for k in NOTICE_KEYS],
              "marketplace": "US"}
    with open(os.path.join(HERE, "notice.json"), "w", newline="\n") as f:
        json.dump(notice, f, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "account.toml"), "w", newline="\n") as f:
        f.write(f'name = "{SELLER["name"]}"\nbusiness_name = "{SELLER["business_name"]}"\n'
                f'address = "{SELLER_ADDR}"\nphone = "{SELLER["phone"]}"\nemail = "{SELLER["email"]}"\n'
                f'merchant_token = "{SELLER["merchant_token"]}"\nmarketplaces = ["US"]\n')
    orders = build_orders(rng)
    with open(os.path.join(HERE, "orders.txt"), "w", newline="\n", encoding="utf-8") as f:
        f.write("\t".join(ORDER_HEADER) + "\n")
        for r in orders:
            f.write("\t".join(r[h] for h in ORDER_HEADER) + "\n")
    sold = {k: 0 for k in NOTICE_KEYS}
    by_asin = {CAT[k]["asin"]: k for k in NOTICE_KEYS}
    for r in orders:
        if r["order-status"] != "Cancelled" and r["asin"] in by_asin:
            sold[by_asin[r["asin"]]] += int(r["quantity"])

    truth, docs = [], []
    lo = NOTICE_DATE - dt.timedelta(days=365)
    for spec in SPECS:
        d = resolve(spec)
        data, ext = make_file(d)
        fname = f"documents/{d['id']}_{d['sup'].lower()}_{d['num'].replace('/', '-')}.{ext}"
        d["file"] = fname
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
        truth.append(truth_record(d, fname))
        docs.append(d)
        # --- invariants: exactly one defect ---
        in_window = lo <= d["date"] <= NOTICE_DATE
        assert in_window == (d["defect"] != "invoice.date-outside-window"), d["id"]
        notice_items = [it for it in d["items"] if it["asin"]]
        if d["defect"] == "invoice.items-unmatched":
            assert d["items"] and not notice_items
        elif d["defect"] == "invoice.not-itemised":
            assert not d["items"]
        else:
            assert notice_items, d["id"]
        for it in notice_items:
            if d["defect"] == "invoice.quantity-insufficient":
                assert it["qty"] < sold[it["key"]], (d["id"], it["qty"], sold[it["key"]])
            else:
                assert it["qty"] >= sold[it["key"]], (d["id"], it["key"], it["qty"], sold[it["key"]])
    covered = {k: 0 for k in NOTICE_KEYS}
    for d in docs:
        if d["defect"] is None:
            for it in d["items"]:
                if it["asin"]:
                    covered[it["key"]] = max(covered[it["key"]], it["qty"])
    for k in NOTICE_KEYS:
        assert covered[k] >= sold[k] > 0, (k, covered[k], sold[k])

    with open(os.path.join(HERE, "truth.json"), "w", newline="\n", encoding="utf-8") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "coverage.txt"), "w", newline="\n") as f:
        f.write("asin\tunits_sold\tmax_qty_one_clean_doc\tclean_docs\n")
        for k in NOTICE_KEYS:
            cd = [d["id"] for d in docs if d["defect"] is None and any(it["key"] == k for it in d["items"])]
            f.write(f"{CAT[k]['asin']}\t{sold[k]}\t{covered[k]}\t{','.join(cd)}\n")
    write_readme(docs, sold, orders)


def write_readme(docs, sold, orders):
    L = []
    L.append("# Held-out round 6 – supplier documents (authenticity / supply-chain review)\n")
    L.append("Everything here is generated by `make.py` (SEED = %d) and invented. Rebuild: "
             "`/tmp/inv6-venv/bin/python make.py` (reportlab, pymupdf, pillow, numpy, opencv-python-headless).\n" % SEED)
    L.append("## Seller\n")
    L.append(f"- {SELLER['name']}, **{SELLER['business_name']}**, {SELLER_ADDR}; {SELLER['phone']}; {SELLER['email']}; "
             f"merchant token `{SELLER['merchant_token']}`; marketplace US.")
    L.append(f"- Authenticity notice received {NOTICE_DATE} naming 15 ASINs (`notice.json`). "
             f"Acceptance window for invoices: {NOTICE_DATE - dt.timedelta(days=365)} … {NOTICE_DATE}.")
    nc = sum(1 for r in orders if r["order-status"] == "Cancelled")
    L.append(f"- `orders.txt`: {len(orders)} item rows (All Orders report, 32 columns), {nc} cancelled, "
             f"2 non-notice ASINs ({CAT['X1']['asin']}, {CAT['X2']['asin']}) for realism.\n")
    L.append("## Notice ASINs\n")
    L.append("| ASIN | brand | supplier model | barcode | supplier | units sold |")
    L.append("|---|---|---|---|---|---|")
    for k in NOTICE_KEYS:
        p = CAT[k]
        L.append(f"| {p['asin']} | {p['brand']} | {p['model']} | {p['code']} | {SUPPLIERS[p['sup']]['name']} | {sold[k]} |")
    L.append("\n## Suppliers\n")
    for sid, s in SUPPLIERS.items():
        L.append(f"- **{sid} {s['name']}** — {s['street']}, {s['city_line']}, {s['country']}; {s['phone']}; {s['email']}; {s['website']}")
    L.append("\n## Layouts\n")
    for name, (fn, size) in LAYOUTS.items():
        L.append(f"- `{name}` ({'landscape ' if size[0] > size[1] else ''}{'A4' if abs(size[0] - 595.3) < 1 else 'Letter'}): {fn.__doc__.strip()}")
    L.append("\nMedia: `pdf` = vector PDF; `scan` = 150 dpi JPEG, greyish, tilt ≤1.8°, noise; `scanpdf` = such a scan "
             "wrapped in a PDF; `photo` = phone photo JPEG on a table (perspective, drop shadow, lighting gradient, "
             "shadow blob, rotation ≤1.8° plus corner jitter ≤0.6 %, so every page edge stays within 3°, noise). Clean images stay within ≤3° tilt; `quality.skewed` is a 9° scan.\n")
    L.append("## Files\n")
    L.append("| file | layout | medium | pages | date | clean | expect | ASIN×qty | notes |")
    L.append("|---|---|---|---|---|---|---|---|---|")
    for d in docs:
        aq = ", ".join(f"{it['asin']}×{it['qty']}" for it in d["items"] if it["asin"]) or "—"
        other = sum(1 for it in d["items"] if not it["asin"])
        note = d.get("note", "")
        if other:
            note = (note + "; " if note else "") + f"{other} non-notice line(s)"
        if d["defect"] == "invoice.buyer-mismatch":
            note = (note + "; " if note else "") + "billed to Crestview Home Supply LLC, Spokane"
        if d["defect"] == "invoice.supplier-contact-missing":
            note = (note + "; " if note else "") + "only the supplier name is printed"
        if d["defect"] == "invoice.not-itemised":
            note = (note + "; " if note else "") + "single lump-sum line 'Mercancía según pedido', USD 1,044.00"
        if d["defect"] == "format.corrupt":
            note = (note + "; " if note else "") + "PDF truncated at 55 %"
        if d["defect"] == "tamper.editor-metadata":
            note = (note + "; " if note else "") + f"PDF Producer/Creator = {d['producer']}"
        L.append(f"| {d['file']} | {d['layout']} | {d['medium']} | {d['pages']} | {d['date']} | "
                 f"{'yes' if d['defect'] is None else 'no'} | {d['defect'] or ''} | {aq} | {note} |")
    with open(os.path.join(HERE, "README.md"), "w", newline="\n", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
