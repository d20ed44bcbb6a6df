"""Writing the synthetic seller in Amazon's exact formats, with their real-world quirks.

Each file exercises something: cp1252 + CRLF (FBA returns), gzip + BOM + missing optional
columns (merchant returns), extra columns (all orders), localised feedback headers and
dates in UTF-8-with-BOM, cp1252 and Shift_JIS, a comma-separated quoted defect list.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import BinaryIO, cast

import numpy as np

from reinstate.demo._events import Events
from reinstate.demo._world import World

ALL_ORDERS_HEADER = [
    "amazon-order-id",
    "merchant-order-id",
    "purchase-date",
    "last-updated-date",
    "order-status",
    "fulfillment-channel",
    "sales-channel",
    "order-channel",
    "ship-service-level",
    "product-name",
    "sku",
    "asin",
    "item-status",
    "quantity",
    "currency",
    "item-price",
    "item-tax",
    "shipping-price",
    "shipping-tax",
    "gift-wrap-price",
    "gift-wrap-tax",
    "item-promotion-discount",
    "ship-promotion-discount",
    "ship-city",
    "ship-state",
    "ship-postal-code",
    "ship-country",
    "promotion-ids",
    "cpf",
    "is-business-order",
    "purchase-order-number",
    "price-designation",
    "signature-confirmation-recommended",
    "order-item-id",
]
FBA_HEADER = [
    "return-date",
    "order-id",
    "sku",
    "asin",
    "fnsku",
    "product-name",
    "quantity",
    "fulfillment-center-id",
    "detailed-disposition",
    "reason",
    "status",
    "license-plate-number",
    "customer-comments",
]
# Optional columns (SafeT, Order Item ID, ...) left out on purpose.
MERCHANT_HEADER = (
    "Order ID",
    "Order date",
    "Return request date",
    "Return request status",
    "Amazon RMA ID",
    "Merchant RMA ID",
    "Label type",
    "Label cost",
    "Currency code",
    "Return carrier",
    "Tracking ID",
    "Label to be paid by",
    "A-to-Z Claim",
    "Is prime",
    "ASIN",
    "Merchant SKU",
    "Item Name",
    "Return quantity",
    "Return Reason",
    "In policy",
    "Return type",
    "Resolution",
)
FEEDBACK_FILES = {
    # language: (file, encoding, BOM, newline, header, strftime date format)
    "en": (
        "feedback-us.txt",
        "utf-8",
        True,
        "\r\n",
        ("Date", "Rating", "Comments", "Response", "Order ID", "Rater Email"),
        "%-m/%-d/%y",
    ),
    "de": (
        "feedback-de.txt",
        "cp1252",
        False,
        "\n",
        (
            "Datum",
            "Bewertung",
            "Kommentare",
            "Ihre Antwort",
            "Bestellnummer",
            "E-Mail-Adresse des Bewerters",
        ),
        "%-d.%-m.%y",
    ),
    "ja": (
        "feedback-jp.txt",
        "shift_jis",
        False,
        "\r\n",
        ("日付", "評価", "コメント", "返答", "注文番号", "評価者のメールアドレス"),
        "%y/%-m/%-d",
    ),
}
CHUNK = 100_000


def open_out(path: Path, compress: bool) -> BinaryIO:
    """The file to write; gzip with no timestamp, so a seed always gives the same bytes."""
    return cast(BinaryIO, gzip.GzipFile(path, "wb", mtime=0) if compress else path.open("wb"))


def write_lines(
    path: Path,
    lines: Iterable[str],
    *,
    encoding: str = "utf-8",
    newline: str = "\n",
    bom: bool = False,
    compress: bool = False,
) -> Path:
    """Write `lines` in chunks, so that a big file never sits in memory whole."""
    with open_out(path, compress) as out:
        if bom:
            out.write(b"\xef\xbb\xbf")
        batch: list[str] = []
        for line in lines:
            batch.append(line)
            if len(batch) >= CHUNK:
                out.write((newline.join(batch) + newline).encode(encoding))
                batch = []
        if batch:
            out.write((newline.join(batch) + newline).encode(encoding))
    return path


def asin(sku: str) -> str:
    return "B0" + format(sum(ord(c) * 31**i for i, c in enumerate(sku)) % 36**8, "08X")[:8]


def price(sku: str) -> float:
    return 9.99 + (sum(map(ord, sku)) % 60)


def order_date(world: World, order: int) -> date:
    return world.as_of - timedelta(days=int(world.day[order]))


def purchase_dates(world: World) -> list[str]:
    """ISO 8601 with the local offset, e.g. 2025-09-24T05:02:50-07:00 (UTC date differs)."""
    local = (world.epoch_seconds + world.offset_minutes * 60).astype("datetime64[s]")
    stamps = np.datetime_as_string(local, unit="s")
    return [f"{s}{offset_text(int(m))}" for s, m in zip(stamps, world.offset_minutes, strict=True)]


def offset_text(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def all_orders_lines(world: World) -> Iterable[str]:
    yield "\t".join(ALL_ORDERS_HEADER)
    stamps = purchase_dates(world)
    cancelled, channel = world.cancelled.tolist(), world.mfn.tolist()
    quantities = world.item_quantity.tolist()
    asins = {sku: asin(sku) for sku in set(world.item_sku)}
    prices = {sku: price(sku) for sku in asins}
    for item, order in enumerate(world.item_order.tolist()):
        sku, qty = world.item_sku[item], quantities[item]
        mfn = channel[order]
        status = "Cancelled" if cancelled[order] else "Shipped"
        fields = (
            world.order_ids[order],
            "",
            stamps[order],
            stamps[order],
            status,
            "Merchant" if mfn else "Amazon",
            "Amazon.com",
            "",
            world.service[order],
            f"Demo product {sku}",
            sku,
            asins[sku],
            status,
            str(qty),
            "USD",
            f"{qty * prices[sku]:.2f}",
            "0.00",
            "0.00",
            "0.00",
            "",
            "",
            "",
            "",
            "Springfield",
            world.state[order],
            "12345",
            "US",
            "",
            "",
            "false",
            "",
            "",
            "false",
            f"{item:014d}",
        )
        yield "\t".join(fields)


def fba_lines(world: World, events: Events) -> Iterable[str]:
    yield "\t".join(FBA_HEADER)
    for r in events.fba_returns:
        order = int(world.item_order[r.item])
        when = order_date(world, order) + timedelta(days=5 + r.item % 20)
        sku = world.item_sku[r.item]
        yield "\t".join(
            (
                f"{when.isoformat()}T10:15:00+00:00",
                world.order_ids[order],
                sku,
                asin(sku),
                "X00" + asin(sku)[3:],
                f"Demo product {sku}",
                str(r.quantity),
                "PHX7",
                r.disposition,
                r.reason,
                "Unit returned to inventory",
                f"LPN{r.item:010d}",
                r.comment,
            )
        )


def merchant_lines(world: World, events: Events) -> Iterable[str]:
    yield "\t".join(MERCHANT_HEADER)
    for r in events.merchant_returns:
        order = int(world.item_order[r.item])
        placed = order_date(world, order)
        sku = world.item_sku[r.item]
        yield "\t".join(
            (
                world.order_ids[order],
                placed.isoformat(),
                (placed + timedelta(days=6)).isoformat(),
                "Approved",
                f"D{r.item:09d}",
                "",
                "AmazonPrePaidLabel",
                "5.10",
                "USD",
                "USPS",
                f"9400{r.item:012d}",
                "Seller",
                "Y" if r.claim else "N",
                "N",
                asin(sku),
                sku,
                f"Demo product {sku}",
                str(r.quantity),
                r.reason,
                "Y",
                "C-Returns",
                "StandardRefund",
            )
        )


def feedback_lines(world: World, events: Events, language: str) -> Iterable[str]:
    header, fmt = FEEDBACK_FILES[language][4], FEEDBACK_FILES[language][5]
    yield "\t".join(header)
    for f in events.feedback:
        if f.language == language:
            when = min(order_date(world, f.order) + timedelta(days=f.days_after), world.as_of)
            yield "\t".join(
                (
                    when.strftime(fmt),
                    str(f.rating),
                    f.comment,
                    "",
                    world.order_ids[f.order],
                    f"buyer{f.order}@marketplace.amazon.com",
                )
            )
