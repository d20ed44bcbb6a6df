"""`compute_metrics`: read the files, build the tables, compute everything, in that order.

All the work happens in one temporary DuckDB database with a memory limit and a spill
folder, so that memory does not grow with the size of the files. Nothing is returned
until every file has been read and checked: a bad file means an error, never a partial
report.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from reinstate.dates import check_year
from reinstate.errors import FormatError, InputError
from reinstate.metrics._causes import root_causes
from reinstate.metrics._compute import amazon_fallback, order_metrics, return_metrics
from reinstate.metrics._load import FileSummary, Store
from reinstate.metrics._readers import DEFECT_LIST_TYPES, READERS, recognise
from reinstate.metrics._report import MetricsReport
from reinstate.metrics._source import sniff
from reinstate.metrics._tables import Sources, build_tables, unmatched
from reinstate.metrics._themes import comment_themes
from reinstate.metrics._trends import weekly_trends
from reinstate.metrics._whatif import what_if

Progress = Callable[[str], None]
MEMORY_LIMIT = "1500MB"  # with Python and the spill buffers, peak RSS stays under 2 GiB


def connect(folder: str) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB that spills to `folder` past MEMORY_LIMIT, dates in UTC."""
    con = duckdb.connect(
        ":memory:",
        config={
            "memory_limit": MEMORY_LIMIT,
            "temp_directory": folder,
            "threads": max(os.cpu_count() or 1, 1),
        },
    )
    con.execute("SET TimeZone = 'UTC'")
    con.execute("CREATE TYPE channel AS ENUM ('MFN', 'AFN')")
    return con


def defect_kind(name: str) -> str:
    """`late-shipment` -> `late_shipment`; an unknown type is an error."""
    kind = name.strip().lower().replace("-", "_").replace(" ", "_")
    if kind not in DEFECT_LIST_TYPES:
        raise InputError(
            f'"{name}" is not a defect type; use one of: '
            + ", ".join(k.replace("_", "-") for k in DEFECT_LIST_TYPES),
            field="--defects",
        )
    return kind


def compute_metrics(
    paths: Iterable[str | Path],
    *,
    as_of: date | None = None,
    defects: Mapping[str | Path, str] | None = None,
    progress: Progress | None = None,
) -> MetricsReport:
    """Read Amazon report files and compute metrics, root causes, themes and what-if.

    `defects` maps a defect-list file with no type column to its defect type
    (`late-shipment`, `cancellation`, ...). `as_of` defaults to the latest order date.
    """
    named = {str(Path(p)): defect_kind(k) for p, k in (defects or {}).items()}
    files = list(dict.fromkeys([str(Path(p)) for p in paths] + list(named)))
    if not files:
        raise InputError("give at least one report file")
    check_as_of(as_of)
    say = progress or (lambda _message: None)
    with tempfile.TemporaryDirectory(prefix="reinstate-metrics-") as folder:
        con = connect(folder)
        try:
            store = Store(con, Path(folder), named_defects=named)
            for path in files:
                say(f"reading {path}")
                store.files.append(load_file(store, path))
            say("computing metrics")
            try:
                return compute(store, as_of, say)
            except duckdb.Error as error:
                raise database_error(", ".join(files), error, store.folder) from None
        finally:
            con.close()


def check_as_of(as_of: date | None) -> None:
    """`--as-of` within the years reinstate reads (reinstate.dates.FIRST_YEAR-LAST_YEAR)."""
    check_year(as_of, "the day", field="--as-of")


def load_file(store: Store, path: str) -> FileSummary:
    source = sniff(path)
    if path in store.named_defects:
        reader = next(r for r in READERS if r.kind == "defect_list")
    else:
        reader = recognise(source)
    try:
        return reader.load(store, source)
    except duckdb.Error as error:
        raise database_error(source.name, error, store.folder) from None


def database_error(name: str, error: duckdb.Error, folder: Path) -> FormatError:
    """DuckDB's error as a sentence about the user's file: a cut gzip stream said plainly,
    anything else by its first line, the temporary folder's path never shown."""
    text = str(error)
    if "gzip" in text.lower():
        return FormatError(
            "is gzip cut short or damaged", path=name, hint="Download the report again."
        )
    first = text.split("\n")[0].replace(str(folder), "(temporary copy)").strip()
    return FormatError(f"cannot be read as a report ({first})", path=name)


def compute(store: Store, as_of: date | None, say: Progress) -> MetricsReport:
    kinds = {f.kind for f in store.files}
    if not kinds & {"all_orders", "account_health"}:
        raise InputError(
            "no all-orders file or account-health report among the files",
            hint="Give the all-orders report or the account-health JSON.",
        )
    sources = build_tables(store)
    small = [f for f in store.files if f.table and f.kind != "all_orders"]
    counts = unmatched(store, [str(f.table) for f in small])
    for summary in small:
        summary.unmatched = counts[str(summary.table)]
    as_of = as_of or latest_order_date(store)
    account = account_health(store)
    if as_of is None or not sources.orders:
        final = amazon_fallback({}, store.account_health)
        return MetricsReport(as_of, store.files, account, final, [], {}, what_if(final))
    return full_report(store, sources, as_of, account, say)


def full_report(
    store: Store, sources: Sources, as_of: date, account: dict[str, Any], say: Progress
) -> MetricsReport:
    recomputed = order_metrics(store, sources, as_of)
    recomputed["return_rate"], per_sku = return_metrics(store, sources, as_of)
    final = amazon_fallback(recomputed, store.account_health)
    say("finding root causes")
    causes = root_causes(store, as_of)
    for kind, themes in comment_themes(store, as_of).items():
        causes[kind]["themes"] = themes
    charted = {n for n, m in final.items() if m.source == "recomputed" and m.value is not None}
    trends = weekly_trends(store, charted)
    return MetricsReport(
        as_of, store.files, account, final, per_sku, causes, what_if(final), trends
    )


def latest_order_date(store: Store) -> date | None:
    row = store.con.execute("SELECT max(order_date) FROM order_cube").fetchone()
    return row[0] if row and isinstance(row[0], date) else None


def account_health(store: Store) -> dict[str, Any]:
    """Amazon's own figures, every marketplace of every report given."""
    statuses, marketplaces = [], []
    for report in store.account_health:
        statuses += report["account_statuses"]
        marketplaces += [dict(m, path=report["path"]) for m in report["marketplaces"]]
    return {"account_statuses": statuses, "marketplaces": marketplaces}
