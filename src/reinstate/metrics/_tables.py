"""From loaded files to the tables every metric is computed from.

`returns`, `feedback` and `defects` join the small files of each kind; `small_orders` has
one row per order they name, with its defects as bits. The all-orders files are loaded
last, as checked item rows (`items`); `_scan` makes from them one row per order (`flags`)
and the small tables every count is taken from (`order_cube`, `item_cube`, `known`). See
docs/domain/metrics.md "Order-level definitions".
"""

from __future__ import annotations

from dataclasses import dataclass

from reinstate.errors import InputError
from reinstate.metrics._load import Store, load_table, row_count
from reinstate.metrics._readers import ALL_ORDERS_COLUMNS
from reinstate.metrics._scan import BLANK, FLAGS_SQL, REPEATS_SQL, cube_sql, order_flags_sql

CANONICAL: dict[str, tuple[tuple[str, str], ...]] = {
    "all_orders": (
        ("order_id", "VARCHAR"),
        ("order_date", "DATE"),
        ("order_cancelled", "BOOLEAN"),
        ("channel", "channel"),
        ("ship_service_level", "VARCHAR"),
        ("sku", "VARCHAR"),
        ("asin", "VARCHAR"),
        ("item_cancelled", "BOOLEAN"),
        ("quantity", "INTEGER"),
        ("ship_state", "VARCHAR"),
    ),
    "fba_returns": (
        ("order_id", "VARCHAR"),
        ("sku", "VARCHAR"),
        ("asin", "VARCHAR"),
        ("quantity", "INTEGER"),
        ("reason", "VARCHAR"),
        ("comments", "VARCHAR"),
    ),
    "merchant_returns": (
        ("order_id", "VARCHAR"),
        ("sku", "VARCHAR"),
        ("asin", "VARCHAR"),
        ("quantity", "INTEGER"),
        ("reason", "VARCHAR"),
        ("a_to_z", "VARCHAR"),
    ),
    "feedback": (("order_id", "VARCHAR"), ("rating", "INTEGER"), ("comments", "VARCHAR")),
    "defects": (("order_id", "VARCHAR"), ("defect", "VARCHAR"), ("counts", "BOOLEAN")),
}


@dataclass(frozen=True)
class Sources:
    """Which kinds of evidence were given: it decides exact, approximate or no data."""

    orders: bool
    fba_returns: bool
    merchant_returns: bool
    feedback: bool
    late_list: bool
    cancellation_list: bool
    odr_list: bool


def union_view(store: Store, kind: str) -> None:
    """One view `kind` over every loaded table of that kind (an empty one if none)."""
    columns = CANONICAL[kind]
    names = ", ".join(name for name, _ in columns)
    tables = store.tables.get(kind, [])
    if not tables:
        typed = ", ".join(f"NULL::{sql_type} AS {name}" for name, sql_type in columns)
        store.con.execute(f"CREATE VIEW {kind} AS SELECT {typed} WHERE false")
        return
    distinct = "DISTINCT " if kind == "all_orders" and len(tables) > 1 else ""
    union = " UNION ALL ".join(f"SELECT {names} FROM {t}" for t in tables)
    # ⚠ Two all-orders files may overlap (by order date and by last update): identical
    # item rows are kept once.
    store.con.execute(f"CREATE VIEW {kind} AS SELECT {distinct}* FROM ({union})")


RETURNS_RAW_SQL = """
CREATE TABLE returns_raw AS SELECT order_id, sku, asin, quantity FROM fba_returns
UNION ALL SELECT order_id, sku, asin, quantity FROM merchant_returns
"""
RETURNS_SQL = """
CREATE TABLE returns AS SELECT r.*, k.order_date
FROM returns_raw r JOIN known k ON k.order_id = r.order_id
"""
# One row per order named in any small file, its defects as bits (see `_scan.FLAG_BITS`)
# and the SKUs and ASINs returned (lists made per order, then joined: much faster than
# `list(DISTINCT ...) FILTER` over every row).
SMALL_ORDERS_SQL = f"""
CREATE TABLE small_orders AS SELECT o.order_id, o.bits, r.returned_skus, r.returned_asins
FROM (SELECT order_id,
    bit_or(CASE kind WHEN 'negative_feedback' THEN 1 WHEN 'a_to_z_claim' THEN 2
        WHEN 'chargeback' THEN 4 WHEN 'late_shipment' THEN 8 WHEN 'cancellation' THEN 16
        WHEN 'return' THEN 32 ELSE 0 END) AS bits
    FROM (
        SELECT order_id, 'negative_feedback' AS kind FROM feedback WHERE rating <= 2
        UNION ALL SELECT order_id, defect FROM defects WHERE counts
        UNION ALL SELECT order_id, 'a_to_z_claim' FROM merchant_returns
            WHERE upper(trim(a_to_z)) IN ('Y', 'YES')
        UNION ALL SELECT order_id, 'return' FROM returns_raw WHERE quantity > 0
        UNION ALL SELECT order_id, NULL FROM feedback
        UNION ALL SELECT order_id, NULL FROM defects
        UNION ALL SELECT order_id, NULL FROM returns_raw
    ) GROUP BY order_id) o
LEFT JOIN (SELECT order_id,
        list_distinct(list(coalesce(sku, '{BLANK}'))) AS returned_skus,
        list_distinct(list(coalesce(asin, '{BLANK}'))) AS returned_asins
    FROM returns_raw WHERE quantity > 0 GROUP BY order_id) r ON r.order_id = o.order_id
"""
FILL_ASIN_SQL = """
UPDATE returns_raw r SET asin = i.asin FROM (
    SELECT order_id, sku, any_value(asin) AS asin FROM items
    WHERE order_id IN (SELECT order_id FROM returns_raw WHERE asin IS NULL) GROUP BY ALL) i
WHERE r.asin IS NULL AND i.order_id = r.order_id AND i.sku = r.sku
"""


def build_tables(store: Store) -> Sources:
    """Load the items; create `small_orders`, `flags`, the cubes, `known` and `returns`."""
    for kind in CANONICAL:
        if kind != "all_orders":
            union_view(store, kind)
    con = store.con
    con.execute(RETURNS_RAW_SQL)
    load_items(store)
    # Every file is in: from here on no row's position matters (it names no line).
    con.execute("SET preserve_insertion_order = false")
    if has_rows(store, "SELECT 1 FROM returns_raw WHERE asin IS NULL"):
        con.execute(FILL_ASIN_SQL)  # a returns file without ASINs: the ordered item's
    con.execute(SMALL_ORDERS_SQL)
    con.execute(FLAGS_SQL)
    sources = find_sources(store)
    for sql in cube_sql(sources.cancellation_list):
        con.execute(sql)
    store.exact_pairs = has_rows(store, "SELECT 1 FROM flags WHERE mixed") or has_rows(
        store, REPEATS_SQL
    )
    if store.exact_pairs:
        con.execute(order_flags_sql(sources.cancellation_list))
    con.execute(RETURNS_SQL)
    return sources


def load_items(store: Store) -> None:
    """Load every all-orders file as checked item rows; `items` is their union."""
    for source, summary in store.orders:
        table, summary.encoding = load_table(
            store, source, "all_orders", ALL_ORDERS_COLUMNS, ordered=False
        )
        summary.rows = row_count(store, table)
        no_rows(summary.path, summary.rows)
    union_view(store, "all_orders")
    store.con.execute("CREATE VIEW items AS SELECT * FROM all_orders")


def no_rows(path: str, rows: int) -> None:
    if rows == 0:
        raise InputError("has a header but no order rows", path=path, line=2)


def has_rows(store: Store, sql: str) -> bool:
    return store.con.execute(f"SELECT EXISTS ({sql})").fetchone() == (True,)


def find_sources(store: Store) -> Sources:
    defect_kinds = {
        str(row[0]) for row in store.con.execute("SELECT DISTINCT defect FROM defects").fetchall()
    } | set(store.named_defects.values())  # a named list with no rows: no defects of it
    return Sources(
        orders=any(summary.rows for _, summary in store.orders),
        fba_returns="fba_returns" in store.tables,
        merchant_returns="merchant_returns" in store.tables,
        feedback="feedback" in store.tables,
        late_list="late_shipment" in defect_kinds,
        cancellation_list="cancellation" in defect_kinds,
        odr_list=bool(defect_kinds & {"negative_feedback", "a_to_z_claim", "chargeback"}),
    )


def unmatched(store: Store, tables: list[str]) -> dict[str, int]:
    """Per loaded table: its rows whose order is not in the all-orders file (one join)."""
    if not tables:
        return {}
    rows = " UNION ALL ".join(f"SELECT '{t}' AS t, order_id FROM {t}" for t in tables)
    found = store.con.execute(
        f"SELECT t, count(*) FILTER (k.order_id IS NULL) FROM ({rows}) s "
        "LEFT JOIN known k ON k.order_id = s.order_id GROUP BY t"
    ).fetchall()
    return {str(t): int(n) for t, n in found} | {t: 0 for t in tables if t not in dict(found)}
