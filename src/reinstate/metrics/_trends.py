"""Weekly trends of the recomputed metrics, for the charts (weeks start on Monday)."""

from __future__ import annotations

from datetime import date
from typing import Any

from reinstate.metrics._compute import DEFINITIONS
from reinstate.metrics._load import Store

Trend = list[tuple[date, float | None, int, int]]  # week, value, numerator, denominator


def weekly_trends(store: Store, names: set[str]) -> dict[str, Trend]:
    """Per metric in `names`: (week, value, defects, orders) for every week of orders."""
    chosen = [d for d in DEFINITIONS if d.name in names]
    counts = ", ".join(
        f"coalesce(sum(n) FILTER ({d.population}), 0), "
        f"coalesce(sum(n) FILTER ({d.population} AND ({d.defect})), 0)"
        for d in chosen
    )
    trends: dict[str, Trend] = {d.name: [] for d in chosen}
    if chosen:
        sql = (
            f"SELECT date_trunc('week', order_date)::DATE AS wk, {counts} FROM order_cube "
            "GROUP BY wk ORDER BY wk"
        )
        for row in store.con.execute(sql).fetchall():
            for index, definition in enumerate(chosen):
                trends[definition.name].append(
                    point(row[0], row[2 + 2 * index], row[1 + 2 * index])
                )
    if "return_rate" in names:
        trends["return_rate"] = return_trend(store)
    return trends


def point(week: date, num: Any, den: Any) -> tuple[date, float | None, int, int]:
    return week, (int(num) / int(den) if den else None), int(num), int(den)


RETURN_TREND_SQL = """
WITH u AS (SELECT date_trunc('week', order_date)::DATE AS wk, sum(units) AS units
           FROM item_cube WHERE NOT cancelled AND NOT item_cancelled GROUP BY wk),
r AS (SELECT date_trunc('week', order_date)::DATE AS wk, sum(quantity) AS back
      FROM returns GROUP BY wk)
SELECT u.wk, coalesce(r.back, 0), u.units FROM u LEFT JOIN r ON r.wk = u.wk ORDER BY u.wk
"""


def return_trend(store: Store) -> Trend:
    return [point(w, b, u) for w, b, u in store.con.execute(RETURN_TREND_SQL).fetchall()]
