"""From loaded files to the tables every metric is computed from.

`items`, `returns`, `feedback` and `defects` join the files of each kind; `orders` has
one row per order with its date (UTC), channel and dimensions; `flags` adds one boolean
per defect. See shared/domain/metrics.md "Order-level definitions".
"""

from __future__ import annotations

from dataclasses import dataclass

from reinstate.metrics._load import Store

BLANK = "(blank)"

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
ODR_DEFECTS = "('negative_feedback', 'a_to_z_claim', 'chargeback')"


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


ORDER_COLUMNS = """order_id, min(order_date) AS order_date, min(channel) AS channel,
    bool_or(order_cancelled) AS cancelled, min(ship_service_level) AS ship_service_level,
    min(ship_state) AS ship_state, count(*) AS items"""
RETURNS_RAW_SQL = """
CREATE TABLE returns_raw AS SELECT order_id, sku, asin, quantity FROM fba_returns
UNION ALL SELECT order_id, sku, asin, quantity FROM merchant_returns
"""
RETURNS_SQL = """
CREATE TABLE returns AS SELECT r.*, f.order_date
FROM returns_raw r JOIN flags f ON f.order_id = r.order_id
"""
# One row per order with any defect, from every small source; joined to `orders` once.
DEFECT_ORDERS_SQL = """
CREATE TABLE defect_orders AS SELECT order_id,
    bool_or(kind = 'negative_feedback') AS negative_feedback,
    bool_or(kind = 'a_to_z_claim') AS a_to_z_claim,
    bool_or(kind = 'chargeback') AS chargeback,
    bool_or(kind = 'late_shipment') AS late_shipment,
    bool_or(kind = 'cancellation') AS cancellation,
    bool_or(kind = 'return') AS returned,
    list(DISTINCT coalesce(sku, '{BLANK}')) FILTER (kind = 'return') AS returned_skus,
    list(DISTINCT coalesce(asin, '{BLANK}')) FILTER (kind = 'return') AS returned_asins
FROM (
    SELECT order_id, 'negative_feedback' AS kind, NULL AS sku, NULL AS asin
        FROM feedback WHERE rating <= 2
    UNION ALL SELECT order_id, defect, NULL, NULL FROM defects WHERE counts
    UNION ALL SELECT order_id, 'a_to_z_claim', NULL, NULL FROM merchant_returns
        WHERE upper(trim(a_to_z)) IN ('Y', 'YES')
    UNION ALL SELECT order_id, 'return', sku, asin FROM returns_raw WHERE quantity > 0
) GROUP BY order_id
"""
FILL_ASIN_SQL = """
UPDATE returns_raw r SET asin = i.asin FROM (
    SELECT order_id, sku, any_value(asin) AS asin FROM items
    WHERE order_id IN (SELECT order_id FROM returns_raw WHERE asin IS NULL) GROUP BY ALL) i
WHERE r.asin IS NULL AND i.order_id = r.order_id AND i.sku = r.sku
"""


def build_tables(store: Store) -> Sources:
    """Create the views and the `flags` (one row per order), `returns` tables."""
    for kind in CANONICAL:
        union_view(store, kind)
    con = store.con
    con.execute("CREATE VIEW items AS SELECT * FROM all_orders")
    con.execute(RETURNS_RAW_SQL)
    if has_rows(store, "SELECT 1 FROM returns_raw WHERE asin IS NULL"):
        con.execute(FILL_ASIN_SQL)  # a returns file without ASINs: the ordered item's
    sources = find_sources(store)
    con.execute(DEFECT_ORDERS_SQL)
    create_flags(store, sources)
    con.execute(RETURNS_SQL)
    return sources


def has_rows(store: Store, sql: str) -> bool:
    return store.con.execute(f"SELECT EXISTS ({sql})").fetchone() == (True,)


def find_sources(store: Store) -> Sources:
    defect_kinds = {
        str(row[0]) for row in store.con.execute("SELECT DISTINCT defect FROM defects").fetchall()
    } | set(store.named_defects.values())  # a named list with no rows: no defects of it
    return Sources(
        orders=has_rows(store, "SELECT 1 FROM items"),
        fba_returns="fba_returns" in store.tables,
        merchant_returns="merchant_returns" in store.tables,
        feedback="feedback" in store.tables,
        late_list="late_shipment" in defect_kinds,
        cancellation_list="cancellation" in defect_kinds,
        odr_list=bool(defect_kinds & {"negative_feedback", "a_to_z_claim", "chargeback"}),
    )


FLAGS = ("negative_feedback", "a_to_z_claim", "chargeback", "late_shipment", "returned")


def create_flags(store: Store, sources: Sources) -> None:
    """`flags`: one row per order with one boolean per defect of metrics.md.

    The orders are aggregated from the items and joined to the (small) defect table in
    one statement; `orders` is a view of it.
    """
    # without a cancellation list, every Cancelled order counts (approximate)
    cancel = "coalesce(d.cancellation, false)" if sources.cancellation_list else "o.cancelled"
    flags = ", ".join(f"coalesce(d.{name}, false) AS {name}" for name in FLAGS)
    store.con.execute(
        f"CREATE TABLE flags AS SELECT o.*, {flags}, {cancel} AS cancellation, "
        f"d.returned_skus, d.returned_asins FROM (SELECT {ORDER_COLUMNS} FROM items "
        "GROUP BY order_id) o LEFT JOIN defect_orders d ON d.order_id = o.order_id"
    )
    store.con.execute("CREATE VIEW orders AS SELECT * FROM flags")


def known_orders(store: Store, tables: list[str]) -> None:
    """`known`: the order IDs of the small files that are in the all-orders file."""
    ids = " UNION ".join(f"SELECT order_id FROM {t}" for t in tables) or "SELECT NULL AS order_id"
    store.con.execute(
        f"CREATE TABLE known AS SELECT s.order_id FROM ({ids}) s "
        "JOIN flags f ON f.order_id = s.order_id"
    )


def unmatched(store: Store, table: str) -> int:
    """Rows of a loaded file whose order is not in the all-orders file."""
    row = store.con.execute(
        f"SELECT count(*) FROM {table} WHERE order_id NOT IN (SELECT order_id FROM known)"
    ).fetchone()
    return int(row[0]) if row else 0
