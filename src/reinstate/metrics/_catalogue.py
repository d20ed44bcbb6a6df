"""The seller's catalogue as the all-orders report shows it: what sold, under which SKU and
ASIN, how many units, first and last order.

It is read through the same readers as `compute_metrics` (every encoding, gzip, header
aliases, checked values, errors naming file, line and column), so every package that needs
units sold or product names (evidence, drafting) reads the report one way.

    items = read_catalogue(["all-orders.txt"], since=date(2025, 10, 1), until=date(2026, 10, 1))
    units_sold(items)               # {"B0C4KX7Z2M": 240, ...}
    units_sold(items, by="sku")
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from reinstate.errors import FormatError, InputError
from reinstate.metrics._load import Column, Store, load_table
from reinstate.metrics._readers import ALL_ORDERS_COLUMNS, recognise
from reinstate.metrics._source import sniff

# The all-orders columns a catalogue needs: no fulfilment channel or shipping columns, so
# a trimmed export (order id, date, status, SKU, ASIN, quantity) is enough.
_WANTED = ("order_id", "order_date", "order_cancelled", "sku", "asin", "item_cancelled", "quantity")
CATALOGUE_COLUMNS: tuple[Column, ...] = (
    *(c for c in ALL_ORDERS_COLUMNS if c.name in _WANTED),
    Column("product_name", ("product-name",), required=False),
)

# Columns: amazon.md §4.3. Units of a cancelled order or a cancelled item count as not
# sold (the project's reading; Amazon does not define "units sold" for invoices ⚠).
_CATALOGUE_SQL = """
SELECT sku, coalesce(asin, '') AS asin,
    coalesce(max(product_name), '') AS product_name,
    coalesce(sum(quantity) FILTER (NOT order_cancelled AND NOT coalesce(item_cancelled, false)),
        0) AS units,
    min(order_date) AS first_order, max(order_date) AS last_order
FROM ({union})
WHERE ($since IS NULL OR order_date >= $since) AND ($until IS NULL OR order_date <= $until)
GROUP BY ALL ORDER BY sku, asin
"""


@dataclass(frozen=True)
class CatalogueItem:
    """One SKU and ASIN pair of the all-orders report, with the units sold under it."""

    sku: str
    asin: str
    product_name: str
    units_sold: int
    first_order: date | None
    last_order: date | None


def read_catalogue(
    paths: Sequence[str | Path], *, since: date | None = None, until: date | None = None
) -> tuple[CatalogueItem, ...]:
    """Every SKU and ASIN ordered in the all-orders reports `paths`, sorted by SKU.

    With `since` and/or `until` (both inclusive, UTC calendar dates of purchase), only the
    orders in that window count, and items with no order in it are left out. Raises a
    `FormatError` naming file, line and column for a file that is not an all-orders report
    or has a value that cannot be read.
    """
    if since and until and since > until:
        raise InputError(f"the window starts ({since}) after it ends ({until})")
    with tempfile.TemporaryDirectory(prefix="reinstate-catalogue-") as folder:
        from reinstate.metrics._engine import connect

        con = connect(folder)
        try:
            store = Store(con, Path(folder))
            tables = [_load(store, Path(path)) for path in dict.fromkeys(map(str, paths))]
            return _items(store, tables, since, until)
        finally:
            con.close()


def _load(store: Store, path: Path) -> str:
    source = sniff(path)
    if recognise(source).kind != "all_orders":
        raise FormatError(
            "is not an all-orders report (it needs amazon-order-id and purchase-date columns)",
            path=source.name,
            line=1,
            hint="Give Amazon's all-orders report (Reports > Fulfillment > All Orders).",
        )
    table, _encoding = load_table(store, source, "catalogue", CATALOGUE_COLUMNS)
    return table


def _items(
    store: Store, tables: list[str], since: date | None, until: date | None
) -> tuple[CatalogueItem, ...]:
    if not tables:
        return ()
    names = ", ".join(c.name for c in CATALOGUE_COLUMNS)
    # Overlapping reports (by order date and by last update) hold the same rows: kept once.
    union = " UNION ".join(f"SELECT {names} FROM {t}" for t in tables)
    rows = store.con.execute(
        _CATALOGUE_SQL.format(union=union), {"since": since, "until": until}
    ).fetchall()
    return tuple(
        CatalogueItem(str(sku), str(asin).strip().upper(), str(name), int(units), first, last)
        for sku, asin, name, units, first, last in rows
    )


def units_sold(
    items: Iterable[CatalogueItem], by: Literal["asin", "sku"] = "asin"
) -> dict[str, int]:
    """Units sold per ASIN (or per SKU), summed over `items`; items without the key skipped."""
    totals: Counter[str] = Counter()
    for item in items:
        key = item.asin if by == "asin" else item.sku
        if key:
            totals[key] += item.units_sold
    return dict(totals)
