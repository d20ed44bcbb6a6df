"""The order- and item-level tables every count is taken from, built from `items`.

- `flags`: one row per order (date, channel, status, ship service level and state, item
  count) with `bits`, its defects from the small files, and `mixed`, true when its item
  rows disagree on date, channel or status. One GROUP BY of the items.
- `order_cube`: the orders counted (`n`) by everything the metrics, trends and order-level
  root causes look at: date, channel, status, service level, state and the six defects.
- `item_cube`: item rows (`n`) and units by SKU, ASIN, date, channel, statuses, defects
  and whether that SKU or ASIN was returned: the SKU and ASIN root causes and the return
  rate.
- `known`: the orders named in the small files that are in the all-orders file.

Counting orders per SKU from item rows is exact when no order lists a SKU (or ASIN)
twice and an order's item rows agree on its date, channel and status (as in Amazon's
files); `flags.mixed` and `REPEATS_SQL` say when not. Then SKU and ASIN groups are
counted over distinct (order, SKU) pairs instead (`Store.exact_pairs`, `order_flags`).
"""

from __future__ import annotations

BLANK = "(blank)"
# One bit per defect of an order, from the small files (`small_orders.bits`).
FLAG_BITS = {
    "negative_feedback": 1,
    "a_to_z_claim": 2,
    "chargeback": 4,
    "late_shipment": 8,
    "cancellation": 16,
    "returned": 32,
}


# The orders first, then their defects: joining 4M orders is cheaper than 5M items, and
# grouping by the order ID alone cheaper than by (order ID, bits).
FLAGS_SQL = """
CREATE TABLE flags AS SELECT o.*, s.bits FROM (
    SELECT order_id, min(order_date) AS order_date, min(channel) AS channel,
        bool_or(order_cancelled) AS cancelled, min(ship_service_level) AS ship_service_level,
        min(ship_state) AS ship_state, count(*) AS items,
        min(order_date) <> max(order_date) OR min(channel) <> max(channel)
            OR bool_or(order_cancelled) <> bool_and(order_cancelled) AS mixed
    FROM items GROUP BY order_id) o
LEFT JOIN small_orders s ON s.order_id = o.order_id
"""
# Does an order list the same SKU (or ASIN) twice? (Tried against hashes aggregated with
# `flags`: no faster, and more memory.)
REPEATS_SQL = """
SELECT 1 FROM items WHERE order_id IN (SELECT order_id FROM flags WHERE items > 1)
GROUP BY GROUPING SETS ((order_id, sku), (order_id, asin)) HAVING count(*) > 1
"""


def flag_sql(cancelled: str, cancellation_list: bool) -> str:
    """The six defect booleans of an order from `bits` (NULL: in no small file)."""
    parts = []
    for name, bit in FLAG_BITS.items():
        value = f"coalesce((bits & {bit}) <> 0, false)"
        if name == "cancellation" and not cancellation_list:
            value = cancelled  # without a cancellation list, every Cancelled order counts
        parts.append(f"{value} AS {name}")
    return ", ".join(parts)


def cube_sql(cancellation_list: bool) -> list[str]:
    """CREATE `order_cube`, `item_cube` and `known`."""
    order_flags = flag_sql("cancelled", cancellation_list)
    order = "order_date, channel, cancelled"
    item_flags = flag_sql("order_cancelled", cancellation_list)
    returned = (
        "coalesce(list_contains(s.returned_skus, i.sku), false) AS sku_returned, "
        f"coalesce(list_contains(s.returned_asins, coalesce(i.asin, '{BLANK}')), false) "
        "AS asin_returned"
    )
    return [
        f"CREATE TABLE order_cube AS SELECT {order}, ship_service_level, ship_state, "
        f"{order_flags}, count(*) AS n FROM flags GROUP BY ALL",
        "CREATE TABLE item_cube AS SELECT sku, asin, order_date, channel, "
        f"order_cancelled AS cancelled, item_cancelled, {item_flags}, sku_returned, "
        "asin_returned, count(*) AS n, sum(quantity) AS units FROM ("
        f"SELECT i.sku, i.asin, i.order_date, i.channel, i.order_cancelled, i.item_cancelled, "
        f"i.quantity, s.bits, {returned} FROM items i "
        "LEFT JOIN small_orders s ON s.order_id = i.order_id) GROUP BY ALL",
        f"CREATE TABLE known AS SELECT order_id, {order}, {order_flags} "
        "FROM flags WHERE bits IS NOT NULL",
    ]


def order_flags_sql(cancellation_list: bool) -> str:
    """`order_flags`: `flags` with the defect booleans and returned SKUs, for exact pairs."""
    return (
        "CREATE TABLE order_flags AS SELECT f.order_id, f.order_date, f.channel, "
        f"f.cancelled, {flag_sql('f.cancelled', cancellation_list).replace('bits', 'f.bits')}, "
        "s.returned_skus, s.returned_asins FROM flags f "
        "LEFT JOIN small_orders s ON s.order_id = f.order_id"
    )
