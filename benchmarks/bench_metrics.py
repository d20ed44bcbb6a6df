"""Benchmark `reinstate metrics` against DuckDB's bare count and a plain pandas version.

    .venv/bin/python benchmarks/bench_metrics.py              # 5,000,000 item rows
    .venv/bin/python benchmarks/bench_metrics.py --rows 200000

Writes a demo seller (all-orders of N item rows plus proportional returns, feedback and
defect lists), then, in the same run:
1. DuckDB `SELECT count(*)` over every file (the floor: one read of the bytes);
2. the full `reinstate metrics FILES --format json` as a subprocess (wall time, peak RSS);
3. the same metrics and root causes written plainly in pandas, as a subprocess.
4. the floor of any exact computation, with the product's own reader and parse
   expressions: every needed all-orders column parsed (nothing kept), then parsed and
   reduced to one row per order (what every order-level metric counts), nothing else.
Targets (the issue): metrics ≤ 2 × count; pandas ≥ 5 × metrics; peak memory ≤ 2 GiB.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ITEMS_PER_ORDER = 1.25  # the demo's mean (1: 80 %, 2: 15 %, 3: 5 %)
PYTHON = sys.executable
HERE = Path(__file__).resolve()


def generate(folder: Path, rows: int) -> list[Path]:
    from reinstate.demo import write_demo_data

    marker = folder / f".rows-{rows}"
    if not marker.exists():
        started = time.perf_counter()
        write_demo_data(folder, orders=int(rows / ITEMS_PER_ORDER), seed=1)
        marker.touch()
        print(f"generated in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return sorted(p for p in folder.iterdir() if not p.name.startswith("."))


def bare_count(files: list[Path]) -> tuple[float, int]:
    """DuckDB's own floor: count the rows of every delimited file, nothing else.

    Every file is read as text by the same reader `reinstate metrics` uses, once; the
    small cp1252 and Shift_JIS files as bytes (skipping the lines that are not UTF-8),
    where `reinstate metrics` first transcodes them (0.13 s of its time at 5M rows).
    """
    import duckdb

    con = duckdb.connect()
    started = time.perf_counter()
    total = 0
    for path in files:
        if path.suffix == ".json":
            continue
        delim = "," if path.suffix == ".csv" else "\\t"
        sql = (
            f"SELECT count(*) FROM read_csv('{path}', delim=E'{delim}', header=true, "
            "all_varchar=true, quote='', null_padding=true{})"
        )
        try:
            row = con.execute(sql.format("")).fetchone()
        except duckdb.InvalidInputException:  # the small cp1252 / Shift_JIS files
            row = con.execute(sql.format(", ignore_errors=true")).fetchone()
        total += int(row[0]) if row else 0
    return time.perf_counter() - started, total


def floor(files: list[Path]) -> tuple[float, float]:
    """Seconds to parse every needed all-orders column; and to also make one row per order.

    Both leave out the other files, the defects, the item counts and Python's start, so
    they are lower bounds of a full run. Each is a CREATE TABLE, so that DuckDB cannot
    drop an unused column or aggregate.
    """
    from reinstate.metrics._engine import connect
    from reinstate.metrics._load import csv_scan, locate, value_sql
    from reinstate.metrics._readers import ALL_ORDERS_COLUMNS
    from reinstate.metrics._source import sniff

    source = sniff(next(p for p in files if p.name.startswith("all-orders")))
    where = locate(source, ALL_ORDERS_COLUMNS)
    values = ", ".join(
        f"{value_sql(c, f'c{where[c.name]}')} AS {c.name}" for c in ALL_ORDERS_COLUMNS
    )
    parsed = f"(SELECT {values} FROM {csv_scan(source, len(source.header))})"
    counted = ", ".join(f"count({c.name})" for c in ALL_ORDERS_COLUMNS)
    per_order = (
        "order_id, min(order_date), max(order_date), min(channel), max(channel), "
        "bool_or(order_cancelled), bool_and(order_cancelled), any_value(ship_service_level), "
        "any_value(ship_state), count(*)"
    )
    timings = []
    with tempfile.TemporaryDirectory(prefix="reinstate-floor-") as spill:
        con = connect(spill)  # the settings `reinstate metrics` runs with
        con.execute("SET preserve_insertion_order = false")
        for sql in (
            f"CREATE TABLE parsed AS SELECT {counted} FROM {parsed}",
            f"CREATE TABLE orders AS SELECT {per_order} FROM {parsed} GROUP BY order_id",
        ):
            started = time.perf_counter()
            con.execute(sql)
            timings.append(time.perf_counter() - started)
        con.close()
    return timings[0], timings[1]


def timed_child(args: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (GiB) of a child process."""
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 1)
        os.execv(args[0], args)
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(args)} failed")
    return elapsed, usage.ru_maxrss / (1024 * 1024)


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5_000_000, help="item rows in all-orders")
    parser.add_argument("--data", type=Path, help="folder for the generated files (kept)")
    parser.add_argument("--skip-pandas", action="store_true")
    parser.add_argument("--pandas-only", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.pandas_only:
        pandas_metrics(options.pandas_only)
        return
    folder = options.data or Path(tempfile.mkdtemp(prefix="reinstate-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    files = generate(folder, options.rows)
    size = sum(p.stat().st_size for p in files) / 2**20
    print(f"files: {len(files)}, {size:.0f} MiB, all-orders rows: {options.rows:,}")
    count_s, counted = bare_count(files)
    reinstate = str(Path(PYTHON).with_name("reinstate"))
    metrics_s, peak = timed_child([reinstate, "metrics", *map(str, files), "--format", "json"])
    print(f"duckdb count(*):     {count_s:8.2f} s  ({counted:,} rows)")
    print(f"reinstate metrics:   {metrics_s:8.2f} s  peak memory {peak:.2f} GiB")
    ratio = metrics_s / count_s
    print(f"ratio metrics/count: {ratio:8.2f}   (target ≤ 2: {verdict(ratio <= 2)})")
    parse_s, orders_s = floor(files)
    print(f"floor, parse only:   {parse_s:8.2f} s  ({parse_s / count_s:.2f} × the count)")
    print(f"floor, one row/order:{orders_s:8.2f} s  ({orders_s / count_s:.2f} × the count)")
    if not options.skip_pandas:
        pandas_s, pandas_peak = timed_child([PYTHON, str(HERE), "--pandas-only", str(folder)])
        print(f"pandas baseline:     {pandas_s:8.2f} s  peak memory {pandas_peak:.2f} GiB")
        ratio = pandas_s / metrics_s
        print(f"ratio pandas/metrics:{ratio:8.2f}   (target ≥ 5: {verdict(ratio >= 5)})")
    print(f"peak memory:         {peak:8.2f} GiB (target ≤ 2: {verdict(peak <= 2)})")
    if options.data is None:
        shutil.rmtree(folder, ignore_errors=True)


# ---------------------------------------------------------------------------------------
# The baseline: the same metrics and root causes, written plainly with pandas.

WINDOWS = {
    "order_defect_rate_mfn": 60,
    "order_defect_rate_afn": 60,
    "cancellation_rate": 7,
    "late_shipment_rate_10d": 10,
    "late_shipment_rate_30d": 30,
    "negative_feedback_rate": 60,
    "a_to_z_claim_rate": 60,
}
ORDER_DIMS = {
    "ship_service_level": "ssl",
    "ship_state": "state",
    "channel": "channel",
    "weekday": "weekday",
    "week": "week",
}


def read_tsv(path: Path, encoding: str = "utf-8", **kw: object):  # type: ignore[no-untyped-def]
    import pandas as pd

    return pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False, encoding=encoding, **kw)


def pandas_tables(folder: Path):  # type: ignore[no-untyped-def]
    import pandas as pd

    cols = [
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
    items = read_tsv(folder / "all-orders.txt", usecols=cols)
    items["day"] = pd.to_datetime(items["purchase-date"], utc=True, format="ISO8601").dt.normalize()
    items["qty"] = items["quantity"].astype(int)
    items["cancelled"] = items["order-status"] == "Cancelled"
    orders = items.groupby("amazon-order-id").agg(
        day=("day", "min"),
        channel=("fulfillment-channel", "first"),
        cancelled=("cancelled", "max"),
        ssl=("ship-service-level", "first"),
        state=("ship-state", "first"),
    )
    orders["channel"] = orders["channel"].map({"Merchant": "MFN", "Amazon": "AFN"})
    orders["weekday"] = orders["day"].dt.day_name()
    iso = orders["day"].dt.isocalendar()
    orders["week"] = iso["year"].astype(str) + "-W" + iso["week"].astype(str).str.zfill(2)
    fba = read_tsv(folder / "fba-returns.txt", "cp1252")
    merchant = read_tsv(folder / "merchant-returns.txt.gz", "utf-8-sig", compression="gzip")
    returns = pd.concat(
        [
            fba.rename(columns={"order-id": "order"})[["order", "sku", "asin", "quantity"]],
            merchant.rename(
                columns={
                    "Order ID": "order",
                    "Merchant SKU": "sku",
                    "ASIN": "asin",
                    "Return quantity": "quantity",
                }
            )[["order", "sku", "asin", "quantity"]],
        ]
    )
    returns["quantity"] = returns["quantity"].astype(int)
    returns = returns[returns["order"].isin(orders.index)]
    return items, orders, returns, merchant


def pandas_flags(folder: Path, orders, merchant):  # type: ignore[no-untyped-def]
    import pandas as pd

    feedback = pd.concat(
        [
            read_tsv(folder / "feedback-us.txt", "utf-8-sig", header=0, names=list("drcxoe")),
            read_tsv(folder / "feedback-de.txt", "cp1252", header=0, names=list("drcxoe")),
            read_tsv(folder / "feedback-jp.txt", "shift_jis", header=0, names=list("drcxoe")),
        ]
    )
    late = pd.read_csv(folder / "defects-late-shipment.csv", dtype=str)
    cancel = pd.read_csv(folder / "defects-cancellation.csv", dtype=str)
    odr = read_tsv(folder / "defects-odr.txt")
    index = orders.index
    negative = set(feedback.loc[feedback["r"].astype(int) <= 2, "o"])
    negative |= set(odr.loc[odr["Defect Type"] == "Negative Feedback", "Order ID"])
    claims = set(merchant.loc[merchant["A-to-Z Claim"] == "Y", "Order ID"])
    claims |= set(odr.loc[odr["Defect Type"].str.contains("claim", case=False), "Order ID"])
    orders["negative_feedback"] = index.isin(negative)
    orders["a_to_z_claim"] = index.isin(claims)
    orders["chargeback"] = index.isin(odr.loc[odr["Defect Type"] == "Chargeback", "Order ID"])
    orders["late_shipment"] = index.isin(late["Order ID"])
    seller = cancel.loc[cancel["Impacts Account Health"] == "Yes", "Order ID"]
    orders["cancellation"] = index.isin(seller)


def pandas_metrics(folder: Path) -> None:
    import json

    import pandas as pd

    items, orders, returns, merchant = pandas_tables(folder)
    pandas_flags(folder, orders, merchant)
    orders["returned"] = orders.index.isin(returns.loc[returns["quantity"] > 0, "order"])
    as_of = orders["day"].max()
    odr = orders["negative_feedback"] | orders["a_to_z_claim"] | orders["chargeback"]
    mfn, shipped = orders["channel"] == "MFN", (orders["channel"] == "MFN") & ~orders["cancelled"]
    spec = {
        "order_defect_rate_mfn": (mfn, odr),
        "order_defect_rate_afn": (~mfn, odr),
        "cancellation_rate": (mfn, orders["cancellation"]),
        "late_shipment_rate_10d": (shipped, orders["late_shipment"]),
        "late_shipment_rate_30d": (shipped, orders["late_shipment"]),
        "negative_feedback_rate": (True, orders["negative_feedback"]),
        "a_to_z_claim_rate": (True, orders["a_to_z_claim"]),
    }
    found: dict[str, object] = {}
    for name, (population, defect) in spec.items():
        inside = (orders["day"] > as_of - pd.Timedelta(days=WINDOWS[name])) & population
        found[name] = [int((inside & defect).sum()), int(inside.sum())]
    window = orders.index[orders["day"] > as_of - pd.Timedelta(days=90)]
    sold = items[items["amazon-order-id"].isin(window) & ~items["cancelled"]]
    back = returns[returns["order"].isin(window)]
    found["return_rate"] = [int(back["quantity"].sum()), int(sold["qty"].sum())]
    found["return_rate_by_sku"] = (
        pd.concat([back.groupby("sku")["quantity"].sum(), sold.groupby("sku")["qty"].sum()], axis=1)
        .fillna(0)
        .astype(int)
        .to_dict("index")
    )
    found["root_causes"] = pandas_causes(items, orders, returns, as_of)
    print(json.dumps(found, default=str))


def pandas_causes(items, orders, returns, as_of):  # type: ignore[no-untyped-def]
    import pandas as pd

    recent = orders[orders["day"] > as_of - pd.Timedelta(days=90)]
    populations = {
        "late_shipment": (recent["channel"] == "MFN") & ~recent["cancelled"],
        "cancellation": recent["channel"] == "MFN",
    }
    flags = {
        "late_shipment": "late_shipment",
        "cancellation": "cancellation",
        "negative_feedback": "negative_feedback",
        "a_to_z_claim": "a_to_z_claim",
        "return": "returned",
    }
    pairs = {
        dim: items[["amazon-order-id", dim]]
        .drop_duplicates()
        .merge(recent, left_on="amazon-order-id", right_index=True)
        for dim in ("sku", "asin")
    }
    back = {
        dim: returns[returns["quantity"] > 0][["order", dim]].drop_duplicates().assign(hit=True)
        for dim in ("sku", "asin")
    }
    causes: dict[str, dict[str, object]] = {}
    for kind, flag in flags.items():
        population = populations.get(kind, pd.Series(True, index=recent.index))
        pop = recent[population]
        total, count = int(pop[flag].sum()), len(pop)
        by = {}
        for dim, column in ORDER_DIMS.items():
            by[dim] = pandas_groups(pop.groupby(column)[flag].agg(["sum", "count"]), total, count)
        for dim in ("sku", "asin"):
            p = pairs[dim][pairs[dim]["amazon-order-id"].isin(pop.index)]
            if kind == "return":
                p = p.merge(
                    back[dim], left_on=["amazon-order-id", dim], right_on=["order", dim], how="left"
                )
                p[flag] = p["hit"].eq(True)
            by[dim] = pandas_groups(p.groupby(dim)[flag].agg(["sum", "count"]), total, count)
        causes[kind] = by
    return causes


def pandas_groups(table, total: int, count: int) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    table = table.rename(columns={"sum": "defects", "count": "orders"})
    table["rate"] = table["defects"] / table["orders"]
    table["share"] = table["defects"] / total if total else 0.0
    table["lift"] = table["rate"] / (total / count) if total else None
    table = table.reset_index()
    key = table.columns[0]
    table = table.sort_values(  # the same tie-break as reinstate's
        ["share", "defects", "orders", key], ascending=[False, False, False, True]
    )
    covered, marks = 0.0, []
    for orders, defects, share in zip(
        table["orders"], table["defects"], table["share"], strict=True
    ):
        ok = covered < 0.8 and orders >= 5 and defects > 0
        covered += share if ok else 0.0
        marks.append(ok)
    table["pareto"] = marks
    return table.to_dict("records")


if __name__ == "__main__":
    main()
