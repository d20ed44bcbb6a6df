"""Seller metrics and root causes from Amazon's report files (docs/domain/metrics.md).

    report = compute_metrics(["all-orders.txt", "returns.txt", "account-health.json"])
    report.to_dict()          # the JSON shape of docs/metrics.md
    render_text(report)       # for people
    render_charts(report, "charts/")
    read_catalogue(["all-orders.txt"], since=..., until=...)   # SKU, ASIN, name, units sold

The core is pure: paths in, a value out. DuckDB does the counting.
"""

from reinstate.metrics._catalogue import CatalogueItem, read_catalogue, units_sold
from reinstate.metrics._causes import DEFECT_TYPES, DIMENSIONS
from reinstate.metrics._charts import chart_folder, render_charts
from reinstate.metrics._compute import METRIC_NAMES
from reinstate.metrics._engine import compute_metrics
from reinstate.metrics._metric import Metric
from reinstate.metrics._readers import READERS, Reader
from reinstate.metrics._report import MetricsReport
from reinstate.metrics._source import Source, sniff
from reinstate.metrics._targets import targets
from reinstate.metrics._text import render_text
from reinstate.metrics._whatif import what_if


def recognise_file(path: str) -> str:
    """The kind of report `path` is, judged by its content (e.g. `all_orders`)."""
    from reinstate.metrics._readers import recognise

    return recognise(sniff(path)).kind


__all__ = [
    "DEFECT_TYPES",
    "DIMENSIONS",
    "METRIC_NAMES",
    "READERS",
    "CatalogueItem",
    "Metric",
    "MetricsReport",
    "Reader",
    "Source",
    "chart_folder",
    "compute_metrics",
    "read_catalogue",
    "recognise_file",
    "render_charts",
    "render_text",
    "sniff",
    "targets",
    "units_sold",
    "what_if",
]
