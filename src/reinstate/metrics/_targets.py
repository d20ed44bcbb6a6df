"""Amazon's targets (data/targets.toml) and the status of a value against them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from reinstate.kb import load_data

LESS_THAN = "LESS_THAN"
GREATER_THAN = "GREATER_THAN"


@dataclass(frozen=True)
class Target:
    """One metric's label, target, condition, window and source."""

    name: str
    label: str
    window_days: int
    source: str
    target: float | None = None
    condition: str | None = None


@cache
def targets_data() -> dict[str, Any]:
    return load_data("reinstate.metrics", "targets.toml")


@cache
def targets() -> dict[str, Target]:
    """Metric name -> its Target, in the order of the data file."""
    return {
        name: Target(
            name,
            entry["label"],
            entry["window_days"],
            entry["source"],
            entry.get("target"),
            entry.get("condition"),
        )
        for name, entry in targets_data()["metrics"].items()
    }


def at_risk_margin() -> float:
    return float(targets_data()["at_risk_margin"])


def status(value: float | None, target: float | None, condition: str | None) -> str:
    """`good`, `at-risk`, `bad` or `no-data` for `value` against the target.

    A metric Amazon sets no target for is `good` when it has a value: there is nothing
    to miss. `at-risk` is reinstate's own band (targets.toml, `at_risk_margin`).
    """
    if value is None:
        return "no-data"
    if target is None or condition is None:
        return "good"
    if condition == GREATER_THAN:
        value, target = 1.0 - value, 1.0 - target
    elif condition != LESS_THAN:
        return "good" if value == target else "bad"
    if value >= target:
        return "bad"
    return "at-risk" if value >= target * (1.0 - at_risk_margin()) else "good"
