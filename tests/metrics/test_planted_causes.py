"""The demo seller's planted root causes are found, and the numbers match a plain count."""

from __future__ import annotations

from typing import Any

import pytest

from reinstate.demo import DemoData, write_demo_data
from reinstate.metrics import DEFECT_TYPES, DIMENSIONS, METRIC_NAMES, compute_metrics

from . import independent


@pytest.fixture(scope="module")
def seller(demo: DemoData) -> independent.Seller:
    return independent.read_seller(demo.folder)


def top(result: dict[str, Any], kind: str, dim: str) -> dict[str, Any]:
    group: dict[str, Any] = result["root_causes"][kind]["by"][dim][0]
    return group


def test_one_sku_and_one_service_level_cause_most_late_shipments(result, demo):
    planted = demo.planted["late_shipment"]
    for dim in ("sku", "ship_service_level"):
        group = top(result, "late_shipment", dim)
        assert group["key"] == planted[dim]
        assert group["pareto"]
        assert group["lift"] > 2


def test_the_stock_out_sku_is_behind_the_cancellation_spike(result, demo):
    group = top(result, "cancellation", "sku")
    assert group["key"] == demo.planted["cancellation"]["sku"]
    assert group["share"] >= 0.6
    assert result["metrics"]["cancellation_rate"]["status"] == "bad"
    assert top(result, "cancellation", "week")["key"] in ("2025-W39", "2025-W40")


def test_the_used_sku_leads_returns_with_used_or_opened_comments(result, demo):
    assert top(result, "return", "sku")["key"] == demo.planted["return"]["sku"]
    themes = result["root_causes"]["return"]["themes"]
    assert themes[0]["theme"] == "used-or-opened"
    assert themes[0]["examples"]
    assert len(themes[0]["examples"]) <= 3
    assert result["metrics"]["return_rate_by_sku"][0]["sku"] == demo.planted["return"]["sku"]


def test_negative_feedback_is_mostly_about_late_delivery(result):
    themes = result["root_causes"]["negative_feedback"]["themes"]
    assert themes[0]["theme"] == "late-or-missing"
    assert sum(t["count"] for t in themes) >= result["root_causes"]["negative_feedback"]["defects"]


@pytest.mark.parametrize("name", [n for n in METRIC_NAMES if n in independent.WINDOWS])
def test_order_metrics_equal_a_plain_python_count(result, seller, name):
    numerator, denominator = independent.metrics(seller)[name]
    metric = result["metrics"][name]
    assert (metric["numerator"], metric["denominator"]) == (numerator, denominator)
    assert metric["value"] == pytest.approx(numerator / denominator)
    assert metric["source"] == "recomputed"
    assert metric["approximate"] is False


def test_return_rate_equals_a_plain_python_count(result, seller):
    numerator, denominator = independent.metrics(seller)["return_rate"]
    metric = result["metrics"]["return_rate"]
    assert (metric["numerator"], metric["denominator"]) == (numerator, denominator)
    expected = independent.return_rate_by_sku(seller)
    got = {
        e["sku"]: (e["numerator"], e["denominator"])
        for e in result["metrics"]["return_rate_by_sku"]
    }
    assert got == expected
    numerators = [e["numerator"] for e in result["metrics"]["return_rate_by_sku"]]
    assert numerators == sorted(numerators, reverse=True)


@pytest.mark.parametrize("kind", DEFECT_TYPES)
@pytest.mark.parametrize("dim", DIMENSIONS)
def test_root_cause_groups_equal_a_plain_python_count(result, seller, kind, dim):
    expected = independent.groups(seller, kind, dim)
    entries = result["root_causes"][kind]["by"][dim]
    assert {g["key"]: (g["defects"], g["orders"]) for g in entries} == expected
    defects, orders = independent.totals(seller, kind)
    for g in entries:
        assert g["share"] == pytest.approx(g["defects"] / defects if defects else 0.0)
        assert g["rate"] == pytest.approx(g["defects"] / g["orders"])
        if defects:
            assert g["lift"] == pytest.approx((g["defects"] / g["orders"]) / (defects / orders))
    shares = [g["share"] for g in entries]
    assert shares == sorted(shares, reverse=True)
    assert [g["key"] for g in entries if g["pareto"]] == independent.pareto_keys(entries)


def test_as_of_is_the_latest_order_date(result, seller):
    assert result["as_of"] == independent.as_of(seller).isoformat()


def test_amazons_own_counts_agree_with_the_recomputed_ones(result):
    market = result["account_health"]["marketplaces"][0]
    for name in (
        "order_defect_rate_mfn",
        "order_defect_rate_afn",
        "cancellation_rate",
        "late_shipment_rate_10d",
        "late_shipment_rate_30d",
    ):
        mine, amazons = result["metrics"][name], market["metrics"][name]
        assert (mine["numerator"], mine["denominator"]) == (
            amazons["numerator"],
            amazons["denominator"],
        )
        assert amazons["value"] == pytest.approx(mine["value"], abs=1e-4)


def test_tracking_and_delivery_come_from_amazons_report(result):
    assert result["metrics"]["valid_tracking_rate"]["source"] == "amazon-report"
    assert result["metrics"]["valid_tracking_rate"]["status"] == "good"
    assert result["metrics"]["on_time_delivery_rate"]["status"] == "bad"
    assert "on_time_delivery_rate" in result["what_if"]


@pytest.mark.parametrize(("seed", "orders"), [(11, 300), (23, 800), (42, 1600)])
def test_other_seeds_and_sizes_also_equal_a_plain_python_count(tmp_path, seed, orders):
    other = write_demo_data(tmp_path, orders=orders, seed=seed)
    found = compute_metrics(sorted(other.paths.values())).to_dict()
    plain = independent.read_seller(other.folder)
    expected = independent.metrics(plain)
    for name, (numerator, denominator) in expected.items():
        metric = found["metrics"][name]
        assert (metric["numerator"], metric["denominator"]) == (numerator, denominator), name
    for kind in DEFECT_TYPES:
        for dim in DIMENSIONS:
            entries = found["root_causes"][kind]["by"][dim]
            got = {g["key"]: (g["defects"], g["orders"]) for g in entries}
            assert got == independent.groups(plain, kind, dim), (kind, dim)
