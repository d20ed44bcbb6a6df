"""Status, Pareto and what-if follow metrics.md to the order."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from reinstate.metrics import Metric, what_if
from reinstate.metrics._causes import mark_pareto
from reinstate.metrics._targets import status


@pytest.mark.parametrize(
    ("value", "target", "condition", "expected"),
    [
        (0.005, 0.01, "LESS_THAN", "good"),
        (0.008, 0.01, "LESS_THAN", "at-risk"),
        (0.01, 0.01, "LESS_THAN", "bad"),
        (0.97, 0.95, "GREATER_THAN", "good"),
        (0.95, 0.95, "GREATER_THAN", "bad"),
        (None, 0.01, "LESS_THAN", "no-data"),
        (0.2, None, None, "good"),
    ],
)
def test_status_against_the_target(value, target, condition, expected):
    assert status(value, target, condition) == expected


def groups(*rows: tuple[str, int, int, float]) -> list[dict[str, Any]]:
    return [
        {"key": k, "defects": d, "orders": o, "share": s, "pareto": False} for k, d, o, s in rows
    ]


def test_pareto_marks_groups_until_eighty_percent_skipping_small_and_clean_ones():
    entries = groups(
        ("a", 5, 50, 0.5),
        ("tiny", 2, 3, 0.2),
        ("b", 3, 40, 0.3),
        ("c", 1, 40, 0.1),
        ("clean", 0, 99, 0.0),
    )
    mark_pareto(entries)
    assert [g["key"] for g in entries if g["pareto"]] == ["a", "b"]


def metric(num: int, den: int, target: float, condition: str = "LESS_THAN") -> Metric:
    return Metric(
        numerator=num,
        denominator=den,
        value=num / den,
        target=target,
        target_condition=condition,
        status="bad",
        window={"days": 60},
    )


@pytest.mark.parametrize(("num", "den"), [(20, 1000), (10, 1000), (11, 100), (3, 7)])
def test_what_if_figures_are_the_smallest_that_reach_the_target(num, den):
    figures = what_if({"odr": metric(num, den, 0.01)})["odr"]
    fewer, more = figures["fewer_defects"], figures["more_defect_free_orders"]
    assert (num - fewer) / den < 0.01 <= (num - fewer + 1) / den
    assert num / (den + more) < 0.01 <= num / (den + more - 1)


def test_what_if_turns_around_a_metric_that_must_stay_above_its_target():
    figures = what_if({"vtr": metric(900, 1000, 0.95, "GREATER_THAN")})["vtr"]
    assert figures["defects"] == 100
    assert figures["fewer_defects"] == 51  # 49 invalid of 1000 is 95.1 %
    assert figures["more_defect_free_orders"] == 1001  # 100 / 2001 < 5 %


def test_metrics_on_target_get_no_what_if():
    assert what_if({"odr": replace(metric(1, 1000, 0.01), status="good")}) == {}
