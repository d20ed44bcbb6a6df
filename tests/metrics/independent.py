"""An independent computation of metrics.md in plain Python, to check the DuckDB one.

It reads the demo files with the csv module (knowing each file's encoding, as the test
wrote them) and follows the definitions literally, one order at a time.
"""

from __future__ import annotations

import csv
import gzip
import io
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

WINDOWS = {
    "order_defect_rate_mfn": 60,
    "order_defect_rate_afn": 60,
    "cancellation_rate": 7,
    "late_shipment_rate_10d": 10,
    "late_shipment_rate_30d": 30,
    "negative_feedback_rate": 60,
    "a_to_z_claim_rate": 60,
}


@dataclass
class Order:
    day: date
    channel: str
    cancelled: bool
    service: str
    state: str
    skus: set[str] = field(default_factory=set)
    asins: set[str] = field(default_factory=set)


@dataclass
class Seller:
    orders: dict[str, Order] = field(default_factory=dict)
    units: list[tuple[str, str, int]] = field(default_factory=list)  # order, sku, qty
    returns: list[tuple[str, str, str, int]] = field(default_factory=list)  # order, sku, asin, qty
    negative: set[str] = field(default_factory=set)
    claims: set[str] = field(default_factory=set)
    chargebacks: set[str] = field(default_factory=set)
    late: set[str] = field(default_factory=set)
    seller_cancelled: set[str] = field(default_factory=set)


def rows(path: Path, encoding: str, delimiter: str = "\t") -> list[list[str]]:
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    text = data.decode(encoding).lstrip("\ufeff")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def dict_rows(path: Path, encoding: str, delimiter: str = "\t") -> list[dict[str, str]]:
    table = rows(path, encoding, delimiter)
    return [dict(zip(table[0], r, strict=False)) for r in table[1:] if r]


def read_seller(folder: Path) -> Seller:
    seller = Seller()
    for row in dict_rows(folder / "all-orders.txt", "utf-8"):
        read_item(seller, row)
    for row in dict_rows(folder / "fba-returns.txt", "cp1252"):
        add_return(seller, row["order-id"], row["sku"], row["asin"], int(row["quantity"]))
    for row in dict_rows(folder / "merchant-returns.txt.gz", "utf-8"):
        add_return(
            seller, row["Order ID"], row["Merchant SKU"], row["ASIN"], int(row["Return quantity"])
        )
        if row["A-to-Z Claim"] == "Y":
            seller.claims.add(row["Order ID"])
    for name, encoding in (
        ("feedback-us.txt", "utf-8"),
        ("feedback-de.txt", "cp1252"),
        ("feedback-jp.txt", "shift_jis"),
    ):
        for row in rows(folder / name, encoding)[1:]:
            if row and int(row[1]) <= 2:
                seller.negative.add(row[4])
    read_lists(seller, folder)
    return seller


def read_item(seller: Seller, row: dict[str, str]) -> None:
    order_id = row["amazon-order-id"]
    day = datetime.fromisoformat(row["purchase-date"]).astimezone(UTC).date()
    order = seller.orders.setdefault(
        order_id,
        Order(
            day,
            "MFN" if row["fulfillment-channel"] == "Merchant" else "AFN",
            row["order-status"] == "Cancelled",
            row["ship-service-level"],
            row["ship-state"],
        ),
    )
    order.skus.add(row["sku"])
    order.asins.add(row["asin"])
    if row["order-status"] != "Cancelled" and row["item-status"] != "Cancelled":
        seller.units.append((order_id, row["sku"], int(row["quantity"])))


def add_return(seller: Seller, order_id: str, sku: str, asin: str, quantity: int) -> None:
    seller.returns.append((order_id, sku, asin, quantity))


def read_lists(seller: Seller, folder: Path) -> None:
    for row in dict_rows(folder / "defects-late-shipment.csv", "utf-8", ","):
        seller.late.add(row["Order ID"])
    for row in dict_rows(folder / "defects-cancellation.csv", "utf-8", ","):
        if row["Impacts Account Health"] == "Yes":
            seller.seller_cancelled.add(row["Order ID"])
    for row in dict_rows(folder / "defects-odr.txt", "utf-8"):
        kind = row["Defect Type"]
        target = {"Negative Feedback": seller.negative, "Chargeback": seller.chargebacks}
        target.get(kind, seller.claims).add(row["Order ID"])


def as_of(seller: Seller) -> date:
    return max(o.day for o in seller.orders.values())


def in_window(order: Order, end: date, days: int) -> bool:
    return end - timedelta(days=days - 1) <= order.day <= end


def population(kind: str, order: Order) -> bool:
    if kind in ("late_shipment", "late_shipment_rate_10d", "late_shipment_rate_30d"):
        return order.channel == "MFN" and not order.cancelled
    if kind in ("cancellation", "cancellation_rate", "order_defect_rate_mfn"):
        return order.channel == "MFN"
    if kind == "order_defect_rate_afn":
        return order.channel == "AFN"
    return True


def returned_orders(seller: Seller) -> set[str]:
    return {r[0] for r in seller.returns if r[3] > 0 and r[0] in seller.orders}


def defective(seller: Seller, kind: str, order_id: str) -> bool:
    odr = seller.negative | seller.claims | seller.chargebacks
    sets = {
        "order_defect_rate_mfn": odr,
        "order_defect_rate_afn": odr,
        "cancellation_rate": seller.seller_cancelled,
        "cancellation": seller.seller_cancelled,
        "late_shipment_rate_10d": seller.late,
        "late_shipment_rate_30d": seller.late,
        "late_shipment": seller.late,
        "negative_feedback_rate": seller.negative,
        "negative_feedback": seller.negative,
        "a_to_z_claim_rate": seller.claims,
        "a_to_z_claim": seller.claims,
    }
    return order_id in sets[kind]


def metrics(seller: Seller) -> dict[str, tuple[int, int]]:
    """Metric name -> (numerator, denominator)."""
    end = as_of(seller)
    found = {}
    for name, days in WINDOWS.items():
        pop = [
            i for i, o in seller.orders.items() if in_window(o, end, days) and population(name, o)
        ]
        found[name] = (sum(defective(seller, name, i) for i in pop), len(pop))
    window = {i for i, o in seller.orders.items() if in_window(o, end, 90)}
    units = sum(q for i, _, q in seller.units if i in window)
    back = sum(q for i, _, _, q in seller.returns if i in window)
    found["return_rate"] = (back, units)
    return found


def return_rate_by_sku(seller: Seller) -> dict[str, tuple[int, int]]:
    end = as_of(seller)
    window = {i for i, o in seller.orders.items() if in_window(o, end, 90)}
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for i, sku, qty in seller.units:
        if i in window:
            found[sku][1] += qty
    for i, sku, _, qty in seller.returns:
        if i in window:
            found[sku][0] += qty
    return {k: (v[0], v[1]) for k, v in found.items()}


def keys(order: Order, dim: str) -> set[str]:
    simple = {
        "ship_service_level": order.service,
        "ship_state": order.state,
        "channel": order.channel,
        "weekday": order.day.strftime("%A"),
        "week": f"{order.day.isocalendar()[0]}-W{order.day.isocalendar()[1]:02d}",
    }
    if dim in simple:
        return {simple[dim]}
    return set(order.skus if dim == "sku" else order.asins)


def groups(seller: Seller, kind: str, dim: str) -> dict[str, tuple[int, int]]:
    """Key -> (defects, orders) over the 90-day window, as metrics.md says."""
    end = as_of(seller)
    returned: dict[str, set[str]] = defaultdict(set)
    for i, sku, asin, qty in seller.returns:
        if qty > 0:
            returned[i].add(sku if dim == "sku" else asin)
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for order_id, order in seller.orders.items():
        if not in_window(order, end, 90) or not population(kind, order):
            continue
        for key in keys(order, dim):
            found[key][1] += 1
            if kind == "return":
                hit = order_id in returned and (
                    dim not in ("sku", "asin") or key in returned[order_id]
                )
            else:
                hit = defective(seller, kind, order_id)
            found[key][0] += int(hit)
    return {k: (v[0], v[1]) for k, v in found.items()}


def totals(seller: Seller, kind: str) -> tuple[int, int]:
    per_channel = groups(seller, kind, "channel")
    return sum(v[0] for v in per_channel.values()), sum(v[1] for v in per_channel.values())


def pareto_keys(entries: list[dict[str, Any]]) -> list[str]:
    """The Pareto set, walked in the report's order by the rule of metrics.md."""
    chosen, covered = [], 0.0
    for g in entries:
        if covered >= 0.8:
            break
        if g["orders"] < 5 or g["defects"] == 0:
            continue
        chosen.append(g["key"])
        covered += g["share"]
    return chosen
