"""What each exhibit of the demo appeal shows: the late orders, the carrier's agreement,
the dispatch log, the shipping settings screen and the carrier's invoice (all synthetic)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape
from typing import Any

import numpy as np

from reinstate.demo._appeal_docs import (
    day_text,
    html_pdf,
    pages_pdf,
    screenshot_pixels,
    set_metadata,
    sign_after,
    signature,
    table,
)
from reinstate.evidence.fixtures import SELLER, InvoiceDoc, InvoiceLine, Party, draw_invoice

OWNER = "Dana Whitfield"
MANAGER = "Sam Okafor"
CARRIER = Party(
    name="Cascade Parcel Express Inc.",
    street="900 Terminal Way",
    city="Portland, OR 97217",
    phone="(503) 555-0148",
    email="billing@cascadeparcel.example",
    website="www.cascadeparcel.example",
)
# SKU: (ASIN, product); the first is the ASIN of the notice
PRODUCTS = {
    "GT-2201": ("B0CXK7M2QD", "Garden Trellis 6ft"),
    "GT-1804": ("B0CXK5N8PL", "Garden Trellis 4ft"),
    "PB-3012": ("B0D2RM4KTA", "Cedar Planter Box 30in"),
    "HK-0410": ("B0C9WQ2ZHE", "Hanging Basket Hooks 4-pack"),
    "SL-0650": ("B0D7LF3XNC", "Solar Path Lights 6-pack"),
}
WINDOW = (dt.date(2026, 10, 12), dt.date(2026, 10, 21))
WINDOW_ORDERS = 496
FREIGHT = "Freight Ground"
FREIGHT_MISSED = {  # ship-by dates whose pallet booking was missed: late orders that day
    dt.date(2026, 10, 13): 6,
    dt.date(2026, 10, 14): 7,
    dt.date(2026, 10, 16): 5,
    dt.date(2026, 10, 20): 6,
}
SATURDAY = dt.date(2026, 10, 17)
SATURDAY_LATE = 7
OPEN_ORDERS = {"GT-2201": 7, "PB-3012": 2}  # still open on 22 October, sent by two-day parcel
FIRST_PAGE_ROWS = 24
CAUSES = {  # cause code: what our review found
    "freight": "Freight Ground pallet booking missed (11:00 cut-off)",
    "weekend": "Saturday order, no warehouse shift at weekends",
}


@dataclass(frozen=True)
class LateOrder:
    order_id: str
    placed: dt.date
    ship_by: dt.date
    shipped: dt.date
    sku: str
    service: str
    cause: str


def _order_id(rng: np.random.Generator) -> str:
    return (
        f"{int(rng.integers(111, 115))}-{int(rng.integers(0, 10**7)):07d}-"
        f"{int(rng.integers(0, 10**7)):07d}"
    )


def _next_working_day(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def late_orders(rng: np.random.Generator) -> list[LateOrder]:
    """The 31 late orders: 24 trellises by freight on four missed bookings, 7 Saturday orders."""
    orders = []
    for ship_by, count in FREIGHT_MISSED.items():
        for _ in range(count):
            placed = ship_by - dt.timedelta(days=int(rng.integers(1, 3)))
            shipped = _next_working_day(ship_by)
            orders.append(
                LateOrder(_order_id(rng), placed, ship_by, shipped, "GT-2201", FREIGHT, "freight")
            )
    others = [sku for sku in PRODUCTS if sku != "GT-2201"]
    for _ in range(SATURDAY_LATE):
        sku = others[int(rng.integers(0, len(others)))]
        ship_by, shipped = SATURDAY + dt.timedelta(days=1), _next_working_day(SATURDAY)
        orders.append(
            LateOrder(_order_id(rng), SATURDAY, ship_by, shipped, sku, "Standard", "weekend")
        )
    return sorted(orders, key=lambda order: (order.ship_by, order.order_id))


def late_report(orders: list[LateOrder]) -> Any:
    """Exhibit 1: the late orders of the period, with the cause of each."""
    rate = len(orders) / WINDOW_ORDERS
    counts = {cause: sum(1 for o in orders if o.cause == cause) for cause in CAUSES}
    rows = [
        (
            o.order_id, o.placed.isoformat(), o.ship_by.isoformat(), o.shipped.isoformat(),
            str((o.shipped - o.ship_by).days), o.sku, PRODUCTS[o.sku][0], o.service, o.cause,
        )
        for o in orders
    ]  # fmt: skip
    head = ("Order ID", "Purchased", "Ship by", "Shipped", "Days late", "SKU", "ASIN",
            "Service", "Cause")  # fmt: skip
    summary = [
        ("Seller-fulfilled orders with an expected ship date in the period", str(WINDOW_ORDERS)),
        ("Orders confirmed as shipped after the expected ship date", str(len(orders))),
        ("Late shipment rate", f"{rate:.2%} (target: under 4%)"),
        (f"Cause 'freight': {CAUSES['freight']}, SKU GT-2201", str(counts["freight"])),
        (f"Cause 'weekend': {CAUSES['weekend']}", str(counts["weekend"])),
    ]
    first = (
        f"<h1>Late shipment report</h1><p>{escape(SELLER.name)}: seller-fulfilled orders with an "
        f"expected ship date from {day_text(WINDOW[0])} to {day_text(WINDOW[1])}.</p>"
        f"<p class='small'>Order list downloaded from the Account Health page on "
        f"{day_text(WINDOW[1] + dt.timedelta(days=1))}; the cause of each order was added by "
        f"our operations team.</p><h2>Summary</h2>{table(('Figure', 'Value'), summary)}"
        f"<h2>Late orders</h2>{table(head, rows[:FIRST_PAGE_ROWS])}"
    )
    second = (
        f"<h2>Late orders (continued)</h2>{table(head, rows[FIRST_PAGE_ROWS:])}"
        f"<p>Reviewed by {MANAGER}, warehouse manager, and {OWNER}, owner, on "
        f"{day_text(WINDOW[1] + dt.timedelta(days=1))}.</p>"
    )
    pdf = pages_pdf([first, second])
    set_metadata(pdf, "Late shipment report", WINDOW[1] + dt.timedelta(days=1), "LibreOffice 7.6")
    return pdf


def pickup_agreement(rng: np.random.Generator) -> Any:
    """Exhibit 2: the carrier's scheduled daily pickup, signed by both sides."""
    start = dt.date(2026, 10, 22)
    terms = [
        ("Agreement number", "CPX-PU-48213"),
        ("Shipper", f"{SELLER.name}, {SELLER.address}"),
        ("Shipper account", "7731-0582"),
        ("Pickup", "every working day (Monday to Friday) at 16:00 from the shipper's address"),
        ("Services", "Ground parcel and 2-Day parcel; parcels up to 150 lb and 108 in long"),
        ("Tracking", "every parcel is scanned at pickup; tracking numbers are sent the same day"),
        ("Start date", day_text(start)),
    ]
    rows = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in terms)
    html = (
        f"<h1>{escape(CARRIER.name)}</h1><p class='small'>{escape(CARRIER.address)} | "
        f"{escape(CARRIER.phone)} | {escape(CARRIER.website)}</p>"
        f"<h2>Scheduled Daily Pickup Agreement</h2><table>{rows}</table>"
        "<p>Parcels of SKU GT-2201 (Garden Trellis 6ft, 74 in long, 18 lb) are accepted as "
        "parcels under this agreement; no pallet booking is needed.</p>"
        "<p>The pickup time can be changed by either side with five working days' notice.</p>"
        f"<h2>Signed</h2><p>For {escape(CARRIER.name)}: Jordan Reyes, Account Manager, "
        f"{day_text(start)}</p><p>Signature:</p><p>For {escape(SELLER.name)}: {OWNER}, Owner, "
        f"{day_text(start)}</p><p>Signature:</p>"
    )
    pdf = html_pdf(html)
    for page in pdf:
        for box in page.search_for("Signature:"):
            signature(page, box.x1 + 8, box.y1 - 2, 110, rng)
    set_metadata(pdf, "Scheduled Daily Pickup Agreement CPX-PU-48213", start, "CPX Contracts 2.3")
    return pdf


@dataclass(frozen=True)
class DispatchDay:
    day: dt.date
    open_morning: int
    due_morning: int
    open_afternoon: int
    due_afternoon: int
    shipped: int


def dispatch_days(rng: np.random.Generator) -> list[DispatchDay]:
    """The working days from 23 to 30 October 2026: 214 orders shipped, none late."""
    days = [dt.date(2026, 10, d) for d in (23, 26, 27, 28, 29, 30)]
    shares = rng.dirichlet(np.full(len(days), 20.0))
    shipped = np.floor(shares * 214).astype(int)
    shipped[: 214 - int(shipped.sum())] += 1
    result = []
    for day, count in zip(days, shipped, strict=True):
        morning = int(count) + int(rng.integers(2, 9))
        due = int(rng.integers(count // 3, count // 2))
        result.append(
            DispatchDay(day, morning, due, morning - int(rng.integers(6, 14)), 0, int(count))
        )
    return result


def dispatch_log(days: list[DispatchDay], rng: np.random.Generator) -> Any:
    """Exhibit 3: the warehouse manager's twice-daily queue checks, signed each day."""
    head = ("Date", "09:00 open", "09:00 due today", "14:00 open", "14:00 due today",
            "Shipped", "Shipped late", "Pickup scan", "Checked by")  # fmt: skip
    rows = [
        (
            f"{d.day:%a %d %b}", str(d.open_morning), str(d.due_morning),
            str(d.open_afternoon), str(d.due_afternoon), str(d.shipped), "0", "16:00",
            "S.O.",
        )
        for d in days
    ]  # fmt: skip
    total = sum(d.shipped for d in days)
    html = (
        f"<h1>Daily dispatch log</h1><p>{escape(SELLER.name)} warehouse, "
        f"{escape(SELLER.address)}. Open order queue checked at 09:00 and 14:00 every working "
        f"day; orders within 12 hours of their ship-by date are packed first.</p>"
        f"{table(head, rows)}<p>Orders shipped from {day_text(days[0].day)} to "
        f"{day_text(days[-1].day)}: {total}; shipped after their expected ship date: 0.</p>"
        f"<p>Warehouse manager: {MANAGER}</p><p>Signature:</p>"
    )
    pdf = html_pdf(html)
    sign_after(pdf[0], "Signature:", rng)
    set_metadata(pdf, "Daily dispatch log", days[-1].day, "Microsoft Excel")
    return pdf


SCREEN_CSS = """
* { font-family: sans-serif; }
body { font-size: 13px; color: #0f1111; background-color: #ffffff; }
.bar { background-color: #dee1e6; padding: 6px 12px; font-size: 12px; color: #333; }
.top { background-color: #232f3e; color: #ffffff; padding: 10px 16px; font-size: 16px; }
.crumb { padding: 12px 24px 0 24px; color: #565959; font-size: 12px; }
.main { padding: 4px 24px; }
h1 { font-size: 22px; margin: 8px 0 12px 0; }
h2 { font-size: 16px; margin: 16px 0 6px 0; }
table { border-collapse: collapse; width: 100%; }
th { text-align: left; background-color: #f0f2f2; font-size: 13px; }
td, th { border: 1px solid #d5d9d9; padding: 7px 10px; }
.saved { color: #067d62; font-weight: bold; }
"""


def shipping_settings() -> Any:
    """Exhibit 4: a screenshot (2560 x 1440 pixels) of the shipping settings as changed."""
    settings = [
        ("Operating days", "Monday to Friday (Saturday and Sunday are not business days)"),
        ("Order cut-off time for same-day handling", "14:00 (Pacific Time)"),
        ("Handling time", "2 business days"),
    ]
    templates = [("Harbor Lane standard", "112", "2 business days", "Standard, 2-Day")]
    html = (
        "<div class='bar'>https://sellercentral.amazon.com/sbr/ref=xx_shipset_dnav_xx</div>"
        "<div class='top'>amazon seller central</div>"
        "<div class='crumb'>Settings &gt; Shipping settings &gt; General shipping settings</div>"
        "<div class='main'><h1>Shipping settings</h1>"
        "<p class='saved'>Your changes were saved on 22 October 2026 at 10:41.</p>"
        f"<h2>General shipping settings</h2>{table(('Setting', 'Value'), settings)}"
        "<h2>Shipping templates</h2>"
        f"{table(('Template', 'Products assigned', 'Handling time', 'Services'), templates)}"
        "</div>"
    )
    return screenshot_pixels(html, SCREEN_CSS, (1280, 720))


def carrier_invoice(upgraded: dict[str, int]) -> Any:
    """Exhibit 5: the carrier's invoice for the two-day shipments of the open orders."""
    lines = tuple(
        InvoiceLine(f"2-Day parcel {sku}", PRODUCTS[sku][0], "", count, 18.4)
        for sku, count in upgraded.items()
    )
    day = dt.date(2026, 10, 22)
    doc = InvoiceDoc(
        title="INVOICE",
        number="CPX-1022-0917",
        date=day,
        supplier=CARRIER,
        buyer=SELLER,
        lines=lines,
        note="Paid by card on October 22, 2026. 9 parcels collected at 16:00.",
        prints=("asin",),
    )
    pdf = draw_invoice(doc)
    set_metadata(pdf, "Invoice CPX-1022-0917", day, "CPX Billing 3.1")
    return pdf
