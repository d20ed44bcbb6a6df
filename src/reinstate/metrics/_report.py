"""The result of `compute_metrics`: one value, rendered as JSON (versioned) or text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reinstate.metrics._load import FileSummary
from reinstate.metrics._metric import Metric, metrics_dict
from reinstate.metrics._trends import Trend

VERSION = 1


@dataclass
class MetricsReport:
    """Everything `reinstate metrics` says; `to_dict()` is the documented JSON shape."""

    as_of: date | None
    files: list[FileSummary]
    account_health: dict[str, Any]
    metrics: dict[str, Metric]
    return_rate_by_sku: list[dict[str, Any]]
    root_causes: dict[str, dict[str, Any]]
    what_if: dict[str, dict[str, Any]]
    trends: dict[str, Trend] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of docs/metrics.md, version 1."""
        metrics: dict[str, Any] = metrics_dict(self.metrics)
        metrics["return_rate_by_sku"] = self.return_rate_by_sku
        return {
            "version": VERSION,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "files": [file_dict(f) for f in self.files],
            "account_health": account_health_dict(self.account_health),
            "metrics": metrics,
            "root_causes": self.root_causes,
            "what_if": self.what_if,
        }


def file_dict(summary: FileSummary) -> dict[str, Any]:
    return {
        "path": summary.path,
        "kind": summary.kind,
        "rows": summary.rows,
        "encoding": summary.encoding,
        "unmatched": summary.unmatched,
    }


def account_health_dict(account: dict[str, Any]) -> dict[str, Any]:
    """Amazon's figures with each marketplace's metrics as their JSON objects."""
    marketplaces = [
        dict(market, metrics=metrics_dict(market["metrics"]))
        for market in account.get("marketplaces", [])
    ]
    return dict(account, marketplaces=marketplaces) if "marketplaces" in account else account
