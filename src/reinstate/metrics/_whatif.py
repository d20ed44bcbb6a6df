"""What-if: how far each metric off target is from its target, in orders.

For a metric that must stay below its target t with d defects among n orders: the
fewest defects that would pass is the largest d' with d'/n < t, and the defect-free
orders to add is the smallest k with d/(n + k) < t. A metric that must stay above its
target (valid tracking, on-time delivery) is turned around: its defects are n − good.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

from reinstate.metrics._metric import Metric
from reinstate.metrics._targets import GREATER_THAN, LESS_THAN


def what_if(metrics: dict[str, Metric]) -> dict[str, dict[str, Any]]:
    """Metric name -> what would bring it back to target, for each metric that misses it."""
    found = {}
    for name, entry in metrics.items():
        if entry.status == "bad":
            figures = figures_for(entry)
            if figures is not None:
                found[name] = figures
    return found


def figures_for(entry: Metric) -> dict[str, Any] | None:
    num, den, target = entry.numerator, entry.denominator, entry.target
    condition = entry.target_condition
    if num is None or not den or target is None or condition not in (LESS_THAN, GREATER_THAN):
        return None
    orders = int(den)
    limit = Fraction(str(target))
    defects = int(num)
    if condition == GREATER_THAN:
        defects, limit = orders - defects, 1 - limit
    allowed = math.ceil(limit * orders) - 1
    more = math.floor(defects / limit) + 1 - orders if limit > 0 else None
    return {
        "value": entry.value,
        "target": target,
        "target_condition": condition,
        "window": entry.window,
        "defects": defects,
        "orders": orders,
        "fewer_defects": max(defects - max(allowed, 0), 0),
        "more_defect_free_orders": max(more, 0) if more is not None else None,
    }
