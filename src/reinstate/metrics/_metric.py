"""`Metric`: one account metric as a typed value, recomputed or as Amazon reported it.

`to_dict()` is the metric's object in the JSON of docs/metrics.md (version 1), key for key;
the fields only Amazon's report has (`amazon_status`, `rate_as_given`, `rate_scale`) appear
only for `source = "amazon-report"`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Source = Literal["recomputed", "amazon-report"]
AMAZON = "amazon-report"


@dataclass(frozen=True)
class Metric:
    """A rate (`value`, a fraction) with its counts, window, target and status."""

    value: float | None
    numerator: int | float | None
    denominator: int | float | None
    window: dict[str, Any] | None
    target: float | None
    target_condition: str | None
    status: str
    source: Source = "recomputed"
    approximate: bool = False
    note: str | None = None
    amazon_status: Any = None
    rate_as_given: Any = None
    rate_scale: str | None = None

    @property
    def days(self) -> int | None:
        """The window's length in days, when known."""
        days = (self.window or {}).get("days")
        return int(days) if days else None

    def to_dict(self) -> dict[str, Any]:
        """The metric's JSON object (docs/metrics.md), in its documented key order."""
        data: dict[str, Any] = {
            "value": self.value,
            "numerator": self.numerator,
            "denominator": self.denominator,
            "window": self.window,
            "target": self.target,
            "target_condition": self.target_condition,
            "status": self.status,
            "source": self.source,
            "approximate": self.approximate,
        }
        if self.source == AMAZON:
            data["amazon_status"] = self.amazon_status
            data["rate_as_given"] = self.rate_as_given
            data["rate_scale"] = self.rate_scale
        data["note"] = self.note
        return data


def metrics_dict(metrics: dict[str, Metric]) -> dict[str, dict[str, Any]]:
    """Metric name -> its JSON object."""
    return {name: metric.to_dict() for name, metric in metrics.items()}
