"""Small files for the format and bad-input tests, written by hand."""

from __future__ import annotations

from pathlib import Path

from reinstate.demo import DemoData

ORDERS_HEADER = [
    "amazon-order-id",
    "purchase-date",
    "order-status",
    "fulfillment-channel",
    "ship-service-level",
    "sku",
    "asin",
    "item-status",
    "quantity",
    "ship-state",
]


def order_rows(n: int = 6) -> list[list[str]]:
    return [
        [
            f"111-0000000-{i:07d}",
            f"2025-09-{10 + i:02d}T10:00:00+00:00",
            "Shipped",
            "Merchant" if i % 2 else "Amazon",
            "Standard",
            f"SKU-{i % 3}",
            f"B00000000{i % 3}",
            "Shipped",
            "1",
            "CA",
        ]
        for i in range(n)
    ]


def write_orders(
    path: Path,
    rows: list[list[str]] | None = None,
    header: list[str] | None = None,
    *,
    encoding: str = "utf-8",
    newline: str = "\n",
) -> Path:
    lines = ["\t".join(header or ORDERS_HEADER)] + ["\t".join(r) for r in rows or order_rows()]
    path.write_bytes((newline.join(lines) + newline).encode(encoding))
    return path


OLDER_FEEDBACK_HEADER = (
    "Date",
    "Rating",
    "Comments",
    "Arrived On Time",
    "Item as Described",
    "Customer Service",
    "Your Response",
    "Order ID",
    "Rater Email",
    "Rater Role",
)


def older_feedback_export(demo: DemoData, path: Path) -> Path:
    """The demo's US feedback as an older ten-column export (read by header name)."""
    lines = demo.paths["feedback_en"].read_text("utf-8-sig").splitlines()
    rows = [line.split("\t") for line in lines[1:]]
    older = [
        [date, rating, comment, "Yes", "Yes", "", answer, order, email, "Buyer"]
        for date, rating, comment, answer, order, email in rows
    ]
    text = "\n".join("\t".join(r) for r in [list(OLDER_FEEDBACK_HEADER), *older])
    path.write_text(text + "\n", encoding="utf-8")
    return path
