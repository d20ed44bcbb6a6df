"""The order-level metrics of docs/domain/metrics.md, recomputed in DuckDB.

Every metric is one pair of counts over `order_cube` (orders grouped by date, channel
and defects; `n` orders each) or, for the return rate, over item units in `item_cube`,
in its window; all order-level metrics in one scan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from reinstate.metrics._load import Store
from reinstate.metrics._metric import Metric
from reinstate.metrics._tables import Sources
from reinstate.metrics._targets import status, targets

ODR = "negative_feedback OR a_to_z_claim OR chargeback"
MFN = "channel = 'MFN'"


@dataclass(frozen=True)
class Definition:
    """An order-level metric: defects among a population of orders, in a window."""

    name: str
    population: str
    defect: str


DEFINITIONS = (
    Definition("order_defect_rate_mfn", MFN, ODR),
    Definition("order_defect_rate_afn", "channel = 'AFN'", ODR),
    Definition("cancellation_rate", MFN, "cancellation"),
    Definition("late_shipment_rate_10d", f"{MFN} AND NOT cancelled", "late_shipment"),
    Definition("late_shipment_rate_30d", f"{MFN} AND NOT cancelled", "late_shipment"),
    Definition("negative_feedback_rate", "true", "negative_feedback"),
    Definition("a_to_z_claim_rate", "true", "a_to_z_claim"),
)
METRIC_NAMES = (
    "order_defect_rate_mfn",
    "order_defect_rate_afn",
    "cancellation_rate",
    "late_shipment_rate_10d",
    "late_shipment_rate_30d",
    "negative_feedback_rate",
    "a_to_z_claim_rate",
    "valid_tracking_rate",
    "on_time_delivery_rate",
    "return_rate",
)


def window(as_of: date, days: int) -> dict[str, Any]:
    """Order dates from as-of − (days − 1) to as-of, inclusive."""
    start = as_of - timedelta(days=days - 1)
    return {"from": start.isoformat(), "to": as_of.isoformat(), "days": days}


def availability(name: str, sources: Sources) -> tuple[bool, bool, str | None]:
    """Whether the files allow `name` at all, whether only approximately, and why."""
    if not sources.orders:
        return False, False, "no all-orders file"
    if name.startswith("order_defect_rate") or name == "a_to_z_claim_rate":
        if sources.odr_list:
            return True, False, None
        if name == "a_to_z_claim_rate" and not sources.merchant_returns:
            return False, False, "no order-defect list and no merchant returns"
        if sources.feedback or sources.merchant_returns:
            return True, True, "no order-defect list: claims and chargebacks partly unknown"
        return False, False, "no feedback, returns or order-defect list"
    if name == "negative_feedback_rate":
        ok = sources.feedback or sources.odr_list
        return ok, False, None if ok else "no feedback file"
    if name == "cancellation_rate" and not sources.cancellation_list:
        return True, True, "no cancellation list: every Cancelled order counted as seller-cancelled"
    if name.startswith("late_shipment") and not sources.late_list:
        return False, False, "no late-shipment defect list"
    return True, False, None


def metric(
    name: str,
    numerator: int | None,
    denominator: int | None,
    span: dict[str, Any] | None,
    *,
    approximate: bool = False,
    note: str | None = None,
) -> Metric:
    """One metric with every field metrics.md names."""
    target = targets()[name]
    value = numerator / denominator if numerator is not None and denominator else None
    return Metric(
        value=value,
        numerator=numerator,
        denominator=denominator,
        window=span,
        target=target.target,
        target_condition=target.condition,
        status=status(value, target.target, target.condition),
        approximate=approximate,
        note=note,
    )


def order_metrics(store: Store, sources: Sources, as_of: date) -> dict[str, Metric]:
    """The seven order-level metrics, counted in one scan of `order_cube`."""
    counts, params = [], []
    for definition in DEFINITIONS:
        days = targets()[definition.name].window_days
        in_window = f"order_date BETWEEN ? AND ? AND ({definition.population})"
        counts.append(f"coalesce(sum(n) FILTER ({in_window}), 0)")
        counts.append(f"coalesce(sum(n) FILTER ({in_window} AND ({definition.defect})), 0)")
        start = as_of - timedelta(days=days - 1)
        params += [start, as_of, start, as_of]
    row = store.con.execute(f"SELECT {', '.join(counts)} FROM order_cube", params).fetchone()
    assert row is not None
    found = {}
    for index, definition in enumerate(DEFINITIONS):
        found[definition.name] = order_metric(definition.name, sources, as_of, row, index)
    return found


def order_metric(
    name: str, sources: Sources, as_of: date, row: tuple[Any, ...], index: int
) -> Metric:
    span = window(as_of, targets()[name].window_days)
    ok, approximate, note = availability(name, sources)
    if not ok:
        return metric(name, None, None, span, note=note)
    den, num = int(row[2 * index]), int(row[2 * index + 1])
    return metric(name, num, den, span, approximate=approximate, note=note)


RETURNS_SQL = """
WITH units AS (
    SELECT sku, sum(units) AS units FROM item_cube
    WHERE order_date BETWEEN ? AND ? AND NOT cancelled AND NOT item_cancelled
    GROUP BY sku),
back AS (
    SELECT sku, sum(quantity) AS returned FROM returns
    WHERE order_date BETWEEN ? AND ? GROUP BY sku)
SELECT coalesce(u.sku, b.sku) AS sku, coalesce(b.returned, 0), coalesce(u.units, 0)
FROM units u FULL OUTER JOIN back b ON u.sku = b.sku
"""


def return_metrics(
    store: Store, sources: Sources, as_of: date
) -> tuple[Metric, list[dict[str, Any]]]:
    """`return_rate` and `return_rate_by_sku` over the 90-day window."""
    span = window(as_of, targets()["return_rate"].window_days)
    if not sources.orders or not (sources.fba_returns or sources.merchant_returns):
        return metric("return_rate", None, None, span, note="no returns file"), []
    start = as_of - timedelta(days=span["days"] - 1)
    rows = store.con.execute(RETURNS_SQL, [start, as_of, start, as_of]).fetchall()
    note = missing_returns_note(store, sources)
    overall = metric(
        "return_rate",
        int(sum(r[1] for r in rows)),
        int(sum(r[2] for r in rows)),
        span,
        approximate=note is not None,
        note=note,
    )
    return overall, by_sku(rows)


def by_sku(rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """The per-SKU list, sorted by returned units, largest first (then by SKU)."""
    entries = [
        {
            "sku": sku,
            "value": returned / units if units else None,
            "numerator": int(returned),
            "denominator": int(units),
        }
        for sku, returned, units in rows
    ]
    return sorted(entries, key=lambda e: (-e["numerator"], str(e["sku"])))


def missing_returns_note(store: Store, sources: Sources) -> str | None:
    """Why the return rate is approximate: a channel sold in has no returns file."""
    channels = {
        r[0] for r in store.con.execute("SELECT DISTINCT channel FROM order_cube").fetchall()
    }
    if "AFN" in channels and not sources.fba_returns:
        return "no FBA returns file: FBA returns are not counted"
    if "MFN" in channels and not sources.merchant_returns:
        return "no merchant returns file: seller-fulfilled returns are not counted"
    return None


def amazon_fallback(
    recomputed: dict[str, Metric], account_health: list[dict[str, Any]]
) -> dict[str, Metric]:
    """Every metric name: recomputed where the files allow, else Amazon's, else no data."""
    reported: dict[str, Metric] = {}
    for report in account_health:
        for marketplace in report["marketplaces"]:
            for name, entry in marketplace["metrics"].items():
                reported.setdefault(name, entry)
    final = {}
    for name in METRIC_NAMES:
        mine = recomputed.get(name)
        if mine is not None and mine.status != "no-data":
            final[name] = mine
        elif name in reported:
            final[name] = reported[name]
        else:
            final[name] = mine or metric(name, None, None, None, note="not in Amazon's report")
    return final
