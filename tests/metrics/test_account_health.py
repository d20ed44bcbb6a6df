"""Amazon's account-health JSON is read as it is, quirks and all."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reinstate.metrics import compute_metrics
from reinstate.metrics._health import settle


def report_with(folder: Path, block: dict[str, Any]) -> dict[str, Any]:
    path = folder / "health.json"
    data = {
        "accountStatuses": [{"marketplaceId": "A1", "status": "NORMAL"}],
        "performanceMetrics": [{"marketplaceId": "A1", **block}],
    }
    path.write_text(json.dumps(data))
    return compute_metrics([path]).to_dict()


LSR = {
    "orderCount": 200,
    "lateShipmentCount": 10,
    "targetValue": 0.04,
    "targetCondition": "LESS_THAN",
    "status": "GOOD",
}


@pytest.mark.parametrize(
    ("rate", "num", "den", "target", "value", "scale"),
    [
        (0.05, 10, 200, 0.04, 0.05, "fraction"),
        (5.0, 10, 200, 0.04, 0.05, "percentage"),
        (0.5, 10, 200, 0.04, 0.05, "counts"),  # disagrees: the counts win
        (2.5, None, None, None, 0.025, "percentage"),
        (0.009, None, None, 0.01, 0.009, "fraction"),
        (None, 3, 300, None, 0.01, "counts"),
    ],
)
def test_the_rate_is_settled_against_the_counts(rate, num, den, target, value, scale):
    found, how, _ = settle(rate, num, den, target)
    assert found == pytest.approx(value)
    assert how == scale


def test_a_percentage_rate_becomes_a_fraction_and_is_judged_against_the_target(folder):
    found = report_with(folder, {"lateShipmentRate": {**LSR, "rate": 5.0}})
    metric = found["metrics"]["late_shipment_rate_30d"]
    assert metric["value"] == pytest.approx(0.05)
    assert metric["status"] == "bad"  # Amazon said GOOD; 5 % misses the 4 % target
    assert metric["amazon_status"] == "GOOD"
    assert metric["source"] == "amazon-report"
    assert (metric["numerator"], metric["denominator"]) == (10, 200)


def test_alternative_field_names_and_live_report_fields_are_read(folder):
    found = report_with(
        folder,
        {
            "accountHealthRating": {"ahrStatus": "GREAT", "ahrScore": 428},
            "prefulfillmentCancelRate": {
                "orderCount": 100,
                "cancellationCount": 1,
                "rate": 0.01,
                "targetValue": 0.025,
                "targetCondition": "LESS_THAN",
            },
            "lateShipmentRateList": [
                {
                    **LSR,
                    "rate": 0.05,
                    "reportingDateRange": {
                        "reportingDateFrom": "2025-09-21T00:00Z",
                        "reportingDateTo": "2025-09-30T00:00Z",
                    },
                },
            ],
            "warningStates": ["spammingSellerMessaging"],
            "documentRequest": {"defectsCount": 1, "status": "BAD", "targetValue": 0},
        },
    )
    market = found["account_health"]["marketplaces"][0]
    assert market["account_health_rating"] == {"status": "GREAT", "score": 428}
    assert market["warnings"] == [{"warning_type": "spammingSellerMessaging", "status": None}]
    assert market["policy_compliance"]["documentRequests"]["defects"] == 1
    assert found["metrics"]["cancellation_rate"]["value"] == pytest.approx(0.01)
    assert found["metrics"]["late_shipment_rate_10d"]["window"]["days"] == 10


def test_the_schema_name_for_the_rating_and_no_score_are_accepted(folder):
    found = report_with(folder, {"accountHealthRating": {"accountHealthRatingStatus": "WARNED"}})
    rating = found["account_health"]["marketplaces"][0]["account_health_rating"]
    assert rating == {"status": "WARNED", "score": None}


def test_with_only_amazons_report_the_rest_is_no_data(folder):
    found = report_with(folder, {"lateShipmentRate": {**LSR, "rate": 0.05}})
    assert found["metrics"]["return_rate"]["status"] == "no-data"
    assert found["metrics"]["return_rate_by_sku"] == []
    assert found["root_causes"] == {}
    assert "late_shipment_rate_30d" in found["what_if"]


def test_the_demo_report_carries_its_quirks(result):
    market = result["account_health"]["marketplaces"][0]
    assert market["metrics"]["late_shipment_rate_30d"]["rate_scale"] == "percentage"
    assert market["account_health_rating"]["score"] == 180
