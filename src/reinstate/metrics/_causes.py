"""Root causes: which groups of orders produce each defect (metrics.md "Root causes").

For each defect type and dimension, over the 90-day window: per group the defects,
orders, rate, share and lift, ranked by share, with the Pareto set marked. Order-level
dimensions are counted in one scan of `order_cube` with GROUPING SETS; SKU and ASIN in one
scan of `item_cube`, or over distinct (order, SKU) and (order, ASIN) pairs (see `_scan`).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from reinstate.metrics._load import Store
from reinstate.metrics._scan import BLANK

DEFECT_TYPES = ("late_shipment", "cancellation", "negative_feedback", "a_to_z_claim", "return")
DIMENSIONS = ("sku", "asin", "ship_service_level", "ship_state", "channel", "weekday", "week")
ROOT_CAUSE_DAYS = 90
PARETO_SHARE = 0.8
PARETO_MIN_ORDERS = 5

POPULATION = {
    "late_shipment": "channel = 'MFN' AND NOT cancelled",
    "cancellation": "channel = 'MFN'",
    "negative_feedback": "true",
    "a_to_z_claim": "true",
    "return": "true",
}
FLAG = {
    "late_shipment": "late_shipment",
    "cancellation": "cancellation",
    "negative_feedback": "negative_feedback",
    "a_to_z_claim": "a_to_z_claim",
    "return": "returned",
}
ORDER_KEYS = {
    "ship_service_level": f"coalesce(ship_service_level, '{BLANK}')",
    "ship_state": f"coalesce(ship_state, '{BLANK}')",
    "channel": "channel",
    "weekday": "dayname(order_date)",
    "week": "strftime(order_date, '%G-W%V')",
}


def count_columns(flag: dict[str, str], weight: str | None = None) -> str:
    """Two counts per defect type: orders of the population, and those with the defect.

    Rows are orders (or pairs), or, with `weight`, groups of that many of them.
    """
    parts = []
    for kind in DEFECT_TYPES:
        for cond in (POPULATION[kind], f"{POPULATION[kind]} AND {flag[kind]}"):
            counted = f"count(*) FILTER ({cond})"
            parts.append(
                counted if weight is None else f"coalesce(sum({weight}) FILTER ({cond}), 0)"
            )
    return ", ".join(parts)


def order_dimension_rows(store: Store, start: date, end: date) -> list[tuple[Any, ...]]:
    """(dimension, key, counts...) for the order-level dimensions, one scan."""
    keys = ", ".join(f"{sql} AS {name}" for name, sql in ORDER_KEYS.items())
    sets = ", ".join(f"({name})" for name in ORDER_KEYS)
    which = " ".join(f"WHEN GROUPING({name}) = 0 THEN '{name}'" for name in ORDER_KEYS)
    value = "coalesce(" + ", ".join(ORDER_KEYS) + ")"
    sql = (
        f"SELECT CASE {which} END, {value}, {count_columns(FLAG, 'n')} "
        f"FROM (SELECT *, {keys} FROM order_cube WHERE order_date BETWEEN ? AND ?) "
        f"GROUP BY GROUPING SETS ({sets})"
    )
    return store.con.execute(sql, [start, end]).fetchall()


def pair_dimension_rows(store: Store, start: date, end: date) -> list[tuple[Any, ...]]:
    """(dimension, key, counts...) for `sku` and `asin`: an order counts once per group.

    An order-level defect counts in each of the order's groups; a return only in the
    groups of the SKUs (ASINs) returned. Counted from `item_cube`, both dimensions at
    once, unless some order may repeat a SKU or ASIN (see `_scan` and `exact_pair_rows`).
    """
    if store.exact_pairs:
        return exact_pair_rows(store, "sku", start, end) + exact_pair_rows(
            store, "asin", start, end
        )
    flag = dict(FLAG, **{"return": "sku_returned"})
    asin_returns = "coalesce(sum(n) FILTER (asin_returned), 0)"
    sql = (
        "SELECT CASE WHEN GROUPING(sku) = 0 THEN 'sku' ELSE 'asin' END, "
        "CASE WHEN GROUPING(sku) = 0 THEN sku ELSE asin_key END, "
        f"{count_columns(flag, 'n')}, {asin_returns} FROM (SELECT *, "
        f"coalesce(asin, '{BLANK}') AS asin_key FROM item_cube WHERE order_date BETWEEN ? AND ?) "
        "GROUP BY GROUPING SETS ((sku), (asin_key))"
    )
    rows = store.con.execute(sql, [start, end]).fetchall()
    # a return counts in the groups of what was returned: the last column, for ASINs
    at = 3 + 2 * DEFECT_TYPES.index("return")
    return [(*r[:at], r[-1], *r[at + 1 : -1]) if r[0] == "asin" else r[:-1] for r in rows]


def exact_pair_rows(store: Store, dim: str, start: date, end: date) -> list[tuple[Any, ...]]:
    """The same over distinct (order, key) pairs: for files that repeat a SKU in an order."""
    flag = dict(FLAG, **{"return": f"coalesce(list_contains(returned_{dim}s, key), false)"})
    sql = (
        f"WITH pairs AS (SELECT DISTINCT order_id, coalesce({dim}, '{BLANK}') AS key "
        "FROM items WHERE order_date BETWEEN ? AND ?) "
        f"SELECT '{dim}', p.key, {count_columns(flag)} FROM pairs p "
        "JOIN order_flags f ON f.order_id = p.order_id GROUP BY p.key"
    )
    return store.con.execute(sql, [start, end]).fetchall()


def group(key: Any, defects: int, orders: int, total: int, overall: float) -> dict[str, Any]:
    rate = defects / orders if orders else 0.0
    return {
        "key": BLANK if key is None else str(key),
        "defects": defects,
        "orders": orders,
        "rate": rate,
        "share": defects / total if total else 0.0,
        "lift": rate / overall if overall else None,
        "pareto": False,
    }


def mark_pareto(groups: list[dict[str, Any]]) -> None:
    """Walk groups by share; skip small or defect-free ones; mark until 80 % is covered."""
    covered = 0.0
    for entry in groups:
        if covered >= PARETO_SHARE:
            return
        if entry["orders"] < PARETO_MIN_ORDERS or entry["defects"] == 0:
            continue
        entry["pareto"] = True
        covered += entry["share"]


def totals(rows: list[tuple[Any, ...]]) -> dict[str, tuple[int, int]]:
    """Per defect type: (orders, defects) of the whole population, from the channel rows."""
    channel_rows = [r for r in rows if r[0] == "channel"]
    found = {}
    for index, kind in enumerate(DEFECT_TYPES):
        orders = sum(int(r[2 + 2 * index]) for r in channel_rows)
        defects = sum(int(r[3 + 2 * index]) for r in channel_rows)
        found[kind] = (orders, defects)
    return found


def root_causes(store: Store, as_of: date) -> dict[str, dict[str, Any]]:
    """Every defect type: its totals and ranked groups for every dimension."""
    start = as_of - timedelta(days=ROOT_CAUSE_DAYS - 1)
    rows = order_dimension_rows(store, start, as_of)
    rows += pair_dimension_rows(store, start, as_of)
    overall = totals(rows)
    causes = {}
    for index, kind in enumerate(DEFECT_TYPES):
        orders, defects = overall[kind]
        causes[kind] = {
            "orders": orders,
            "defects": defects,
            "rate": defects / orders if orders else 0.0,
            "window": {"from": start.isoformat(), "to": as_of.isoformat(), "days": ROOT_CAUSE_DAYS},
            "by": by_dimension(rows, index, defects, defects / orders if orders else 0.0),
        }
    return causes


def by_dimension(
    rows: list[tuple[Any, ...]], index: int, total: int, overall: float
) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for dim in DIMENSIONS:
        groups = [
            group(r[1], int(r[3 + 2 * index]), int(r[2 + 2 * index]), total, overall)
            for r in rows
            if r[0] == dim and int(r[2 + 2 * index]) > 0
        ]
        groups.sort(key=lambda g: (-g["share"], -g["defects"], -g["orders"], g["key"]))
        mark_pareto(groups)
        found[dim] = groups
    return found
