"""Sentences stating the seller's figures exactly as `reinstate metrics` computed them.

Rates are written with two decimals at most, so the reviewer's fact check
(facts.metric-mismatch) finds the stated figure equal to the computed one.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import Any

from reinstate.kb import Playbook, load_data

MAX_METRICS = 2


@cache
def _facts() -> dict[str, Any]:
    return load_data("reinstate.draft", "facts.toml")


def percent(value: float) -> str:
    """0.2222 -> '22.22%', 0.04 -> '4%'."""
    return f"{value * 100:.2f}".rstrip("0").rstrip(".") + "%"


def long_date(value: datetime.date | str) -> str:
    """2026-10-03 -> '3 October 2026'."""
    day = value if isinstance(value, datetime.date) else datetime.date.fromisoformat(value)
    return f"{day.day} {day:%B %Y}"


def _target(metric: Mapping[str, Any]) -> str:
    target = metric.get("target")
    if not isinstance(target, int | float):
        return ""
    side = "above" if metric.get("target_condition") == "GREATER_THAN" else "under"
    return f", against Amazon's target of {side} {percent(float(target))}"


def _chosen_metrics(book: Playbook, metrics: Mapping[str, Any]) -> list[str]:
    present = [
        n
        for n in book.metrics
        if isinstance(metrics.get(n), dict) and metrics[n].get("value") is not None
    ]
    bad = [n for n in present if metrics[n].get("status") == "bad"]
    return (bad or present)[:MAX_METRICS]


def metric_sentences(book: Playbook, report: Mapping[str, Any] | None) -> list[str]:
    """The playbook's metrics from the metrics JSON, each as rate, window and counts."""
    if not report:
        return []
    metrics = report.get("metrics", {})
    sentences = []
    for name in _chosen_metrics(book, metrics):
        metric, label = metrics[name], _facts()["metrics"][name]
        window = metric.get("window") or {}
        span = ""
        if window.get("from") and window.get("to"):
            span = f" from {long_date(window['from'])} to {long_date(window['to'])}"
        sentences.append(
            f"Our {label['label']} was {percent(metric['value'])}{span}{_target(metric)}."
        )
        if metric.get("numerator") is not None and metric.get("denominator"):
            sentences.append(
                f"In that window {metric['numerator']} of {metric['denominator']} "
                f"{label['unit']} {label['defects']}."
            )
    return sentences


def _top(rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    return rows[0] if rows and rows[0].get("defects") else None


def _asin_for(cause: Mapping[str, Any], sku_row: Mapping[str, Any]) -> str | None:
    for row in cause.get("by", {}).get("asin", []):
        if row.get("defects") == sku_row.get("defects") and row.get("orders") == sku_row.get(
            "orders"
        ):
            return str(row["key"])
    return None


def _share(row: Mapping[str, Any], total: int) -> str:
    return f"{row['defects']} of the {total} ({percent(row['defects'] / total)})"


def cause_sentences(book: Playbook, report: Mapping[str, Any] | None) -> list[str]:
    """Where the defects concentrate: by SKU (and its ASIN), by shipping service, and
    what buyers wrote, from the metrics JSON's root causes."""
    if not report:
        return []
    sentences: list[str] = []
    for kind in book.root_cause_data:
        cause = report.get("root_causes", {}).get(kind)
        if not cause or not cause.get("defects"):
            continue
        sentences += _cause(cause, _facts()["causes"][kind]["defects"], first=not sentences)
    return sentences


def _cause(cause: Mapping[str, Any], what: str, *, first: bool) -> list[str]:
    total, window = int(cause["defects"]), cause.get("window") or {}
    days = f" in the {window['days']} days to {long_date(window['to'])}" if window.get("to") else ""
    opening = f"Our order data{days} shows" if first else "The same data shows"
    found = [f"{opening} {total} {what} out of {cause['orders']} orders."]
    sku = _top(cause.get("by", {}).get("sku", []))
    if sku is not None and sku["defects"] / total >= 0.3:
        asin = _asin_for(cause, sku)
        product = f"SKU {sku['key']}" + (f" (ASIN {asin})" if asin else "")
        found.append(f"{product} accounts for {_share(sku, total)}.")
    service = _top(cause.get("by", {}).get("ship_service_level", []))
    if service is not None and service["defects"] / total >= 0.4:
        found.append(
            f"The {service['key']} shipping service accounts for {_share(service, total)}."
        )
    themes = [t for t in cause.get("themes", []) if t.get("theme") != "other" and t.get("count")]
    if themes:
        theme = themes[0]
        words = _facts()["themes"].get(theme["theme"], theme["theme"].replace("-", " "))
        found.append(f"In {theme['count']} buyer comments the complaint was {words}.")
    return found
