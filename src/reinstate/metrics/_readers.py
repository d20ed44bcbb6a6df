"""The report readers: one shape, registered in one list, `READERS`.

A reader has a `kind`, the Amazon report it reads, a `recognise` test on the sniffed
file (content, never the file name) and a `load` that puts the rows into DuckDB (the
all-orders reader checks the header and leaves its rows to `_tables.load_items`). To add a
reader, copy a sibling and add it to `READERS`; order matters, the first that recognises
a file reads it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from reinstate.errors import FormatError
from reinstate.metrics._health import load_account_health
from reinstate.metrics._load import (
    Column,
    FileSummary,
    Store,
    load_table,
    locate,
    normalise,
    row_count,
)
from reinstate.metrics._source import Source

ORDER_ID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
DEFECT_LIST_TYPES = (
    "late_shipment",
    "cancellation",
    "negative_feedback",
    "a_to_z_claim",
    "chargeback",
)


@dataclass(frozen=True)
class Reader:
    """One kind of report file: how to recognise it and how to load it."""

    kind: str
    report: str
    recognise: Callable[[Source], bool]
    load: Callable[[Store, Source], FileSummary]


def has_column(*names: str) -> Callable[[Source], bool]:
    """A `recognise` test: the header has one of these columns (normalised)."""
    wanted = {normalise(n) for n in names}
    return lambda source: not source.is_json and bool(wanted & set(map(normalise, source.header)))


def has_all(*names: str) -> Callable[[Source], bool]:
    wanted = {normalise(n) for n in names}
    return lambda source: not source.is_json and wanted <= set(map(normalise, source.header))


def load_rows(kind: str, columns: tuple[Column, ...], store: Store, source: Source) -> FileSummary:
    """The `load` of a plain table reader: the checked columns, nothing else."""
    table, encoding = load_table(store, source, kind, columns)
    return FileSummary(source.name, kind, row_count(store, table), encoding, table=table)


ALL_ORDERS_COLUMNS = (
    Column("order_id", ("amazon-order-id",)),
    Column("order_date", ("purchase-date",), "utc_date"),
    Column("order_cancelled", ("order-status",), "cancelled"),
    Column("channel", ("fulfillment-channel",), "channel"),
    Column("ship_service_level", ("ship-service-level",), required=False),
    Column("sku", ("sku",)),
    Column("asin", ("asin",), required=False),
    Column("item_cancelled", ("item-status",), "cancelled", required=False),
    Column("quantity", ("quantity",), "integer"),
    Column("ship_state", ("ship-state",), required=False),
)

FBA_RETURNS_COLUMNS = (
    Column("return_date", ("return-date",), "date"),
    Column("order_id", ("order-id", "amazon-order-id")),
    Column("sku", ("sku",)),
    Column("asin", ("asin",), required=False),
    Column("quantity", ("quantity",), "integer"),
    Column("reason", ("reason",), required=False),
    Column("comments", ("customer-comments",), required=False),
)

MERCHANT_RETURNS_COLUMNS = (
    Column("order_id", ("Order ID",)),
    Column("return_date", ("Return request date",), "date"),
    Column("asin", ("ASIN",), required=False),
    Column("sku", ("Merchant SKU",)),
    Column("quantity", ("Return quantity",), "integer"),
    Column("reason", ("Return Reason",), required=False),
    Column("a_to_z", ("A-to-Z Claim",), required=False),
)

# Read by position: the headers are localised, the order is fixed (amazon.md §4.5).
FEEDBACK_COLUMNS = (
    Column("date", kind="date", position=0),
    Column("rating", kind="rating", position=1),
    Column("comments", position=2, required=False),
    Column("order_id", position=4),
)

# Older Seller Central exports had more columns (`Arrived On Time`, `Item as Described`,
# `Customer Service`, `Rater Role`; amazon.md §4.5). ⚠ Their order is not documented, so
# those files are read by their English header names; a localised one is not recognised.
OLDER_FEEDBACK_COLUMNS = (
    Column("date", ("Date",), "date"),
    Column("rating", ("Rating",), "rating"),
    Column("comments", ("Comments",), required=False),
    Column("order_id", ("Order ID",)),
)

DEFECT_LIST_COLUMNS = (
    Column("order_id", ("order-id", "Order ID", "amazon-order-id")),
    Column("defect_type", ("Defect Type", "Defect", "Type", "Defect Category"), required=False),
    Column("impacts", ("Impacts Account Health",), required=False),
)


def defer_orders(store: Store, source: Source) -> FileSummary:
    """The `load` of the all-orders reader: check the header now, load the rows last.

    The rows are loaded once the other files are in (`_tables.load_items`), when `rows`
    and `encoding` are filled in.
    """
    locate(source, ALL_ORDERS_COLUMNS)
    summary = FileSummary(source.name, "all_orders", 0, source.encoding)
    store.orders.append((source, summary))
    return summary


def is_feedback(source: Source) -> bool:
    """Six columns, with `Rating` second, or a first row that reads like feedback; or an
    older export with `Date`, `Rating` and `Order ID` among more columns."""
    if source.is_json:
        return False
    if len(source.header) != 6:
        return has_all("Date", "Rating", "Order ID")(source)
    if normalise(source.header[1]) == "rating":
        return True
    row = source.first_row
    return len(row) >= 5 and row[1].strip() in "12345" and bool(ORDER_ID.match(row[4].strip()))


def load_feedback(store: Store, source: Source) -> FileSummary:
    """Six columns by position (localised headers), else an older export by name."""
    columns = FEEDBACK_COLUMNS if len(source.header) == 6 else OLDER_FEEDBACK_COLUMNS
    return load_rows("feedback", columns, store, source)


def is_json(source: Source) -> bool:
    return source.is_json


# Which defect a list's type column names. ⚠ The exact wording of Amazon's "Download
# report" files is not documented (amazon.md §2.2, §2.3); these match the words seen.
DEFECT_TYPE_SQL = """CASE
    WHEN t LIKE '%late%' THEN 'late_shipment'
    WHEN t LIKE '%chargeback%' THEN 'chargeback'
    WHEN t LIKE '%claim%' OR t LIKE '%a-to-z%' OR t LIKE '%atoz%' THEN 'a_to_z_claim'
    WHEN t LIKE '%feedback%' THEN 'negative_feedback'
    WHEN t LIKE '%cancel%' THEN 'cancellation'
END"""
YES = "('yes', 'y', 'true', '1', 'x', 'ja', 'oui', 'sí', 'si', 'はい')"


def load_defect_list(store: Store, source: Source) -> FileSummary:
    """A defect list: one row per defective order, its type from a column or the user."""
    table, encoding = load_table(store, source, "defect_raw", DEFECT_LIST_COLUMNS)
    named = store.named_defects.get(source.name)
    typed = DEFECT_LIST_COLUMNS[1].find(source.header) is not None
    has_impacts = DEFECT_LIST_COLUMNS[2].find(source.header) is not None
    if named is None and not typed and not has_impacts:
        raise FormatError(
            "is a list of order IDs with no defect type column",
            path=source.name,
            hint="Name it on the command line, e.g. --defects late-shipment=FILE.",
        )
    kind = f"'{named}'" if named else ("'cancellation'" if not typed else "NULL")
    defect = f"coalesce({kind}, {DEFECT_TYPE_SQL.replace('t LIKE', 'lower(defect_type) LIKE')})"
    counts = f"(impacts IS NULL OR lower(trim(impacts)) IN {YES})"
    target = store.new_table("defects")
    store.con.execute(
        f"CREATE TABLE {target} AS SELECT order_id, {defect} AS defect, {counts} AS counts, "
        f"rowid AS row_no FROM {table}"
    )
    check_defect_types(store, source, target)
    store.register("defects", target)
    return FileSummary(source.name, "defect_list", row_count(store, target), encoding, table=target)


def check_defect_types(store: Store, source: Source, table: str) -> None:
    row = store.con.execute(
        f"SELECT row_no FROM {table} WHERE defect IS NULL ORDER BY row_no LIMIT 1"
    ).fetchone()
    if row is None:
        return
    index = DEFECT_LIST_COLUMNS[1].find(source.header)
    raise FormatError(
        "is a defect type reinstate does not know (expected late shipment, cancellation, "
        "negative feedback, A-to-z claim or chargeback)",
        path=source.name,
        line=int(row[0]) + 2,
        column=index + 1 if index is not None else None,
    )


READERS: tuple[Reader, ...] = (
    Reader("account_health", "GET_V2_SELLER_PERFORMANCE_REPORT", is_json, load_account_health),
    Reader(
        "all_orders",
        "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL",
        has_all("amazon-order-id", "purchase-date"),
        defer_orders,
    ),
    Reader(
        "fba_returns",
        "GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA",
        has_column("detailed-disposition"),
        partial(load_rows, "fba_returns", FBA_RETURNS_COLUMNS),
    ),
    Reader(
        "merchant_returns",
        "GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE",
        has_column("Return request date"),
        partial(load_rows, "merchant_returns", MERCHANT_RETURNS_COLUMNS),
    ),
    Reader(
        "feedback",
        "GET_SELLER_FEEDBACK_DATA",
        is_feedback,
        load_feedback,
    ),
    Reader(
        "defect_list",
        "Account Health download (defect list)",
        has_column("order-id", "amazon-order-id"),
        load_defect_list,
    ),
)


def recognise(source: Source) -> Reader:
    """The first reader that recognises `source`; an error naming what was found."""
    for reader in READERS:
        if reader.recognise(source):
            return reader
    found = ", ".join(source.header[:12]) or "no header"
    raise FormatError(
        f"is not a report reinstate recognises (its columns: {found})",
        path=source.name,
        line=1,
        hint="Give Amazon's all-orders, returns, feedback, defect-list or account-health file.",
    )
