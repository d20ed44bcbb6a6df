"""Account-health JSON of a shape no report has is named field by field."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from reinstate.errors import FormatError
from reinstate.metrics import compute_metrics

REPORT: dict[str, Any] = {
    "accountStatuses": [{"marketplaceId": "ATVPDKIKX0DER", "status": "NORMAL"}],
    "performanceMetrics": [
        {
            "marketplaceId": "ATVPDKIKX0DER",
            "lateShipmentRate": {
                "rate": 0.05,
                "lateShipmentCount": 5,
                "orderCount": 100,
                "targetValue": 0.04,
                "targetCondition": "LESS_THAN",
            },
            "orderDefectRate": {"mfn": {"rate": 0.0, "orderCount": 100}},
        }
    ],
}


def _error(tmp_path: Path, change) -> FormatError:
    data = copy.deepcopy(REPORT)
    change(data["performanceMetrics"][0])
    path = tmp_path / "account-health.json"
    path.write_text(json.dumps(data))
    with pytest.raises(FormatError) as caught:
        compute_metrics([path])
    return caught.value


def _set(key: str, value: Any):
    def change(block: dict[str, Any]) -> None:
        block[key] = value

    return change


def _set_in(key: str, inner: str, value: Any):
    def change(block: dict[str, Any]) -> None:
        block[key][inner] = value

    return change


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (_set("lateShipmentRate", [None, None]), "lateShipmentRate", "not a list"),
        (_set("orderDefectRate", [1]), "orderDefectRate", "not a list"),
        (_set("validTrackingRate", 42), "validTrackingRate", "not a number"),
        (_set("lateShipmentRateList", {}), "lateShipmentRateList", "must be a list"),
        (
            _set_in("lateShipmentRate", "lateShipmentCount", -3),
            "lateShipmentRate.lateShipmentCount",
            "0 or more",
        ),
        (_set_in("lateShipmentRate", "rate", "fast"), "lateShipmentRate.rate", "a number"),
        (
            _set_in("lateShipmentRate", "orderCount", 2.5),
            "lateShipmentRate.orderCount",
            "whole number",
        ),
    ],
)
def test_a_field_of_the_wrong_shape_is_named_by_its_path(tmp_path, change, field, words):
    error = _error(tmp_path, change)
    assert error.field == f"performanceMetrics[0].{field}"
    assert words in error.message


def test_a_list_of_lists_as_marketplaces_is_refused(tmp_path):
    path = tmp_path / "account-health.json"
    path.write_text('{"performanceMetrics": [[1], [2]]}')
    with pytest.raises(FormatError, match="must be an object, not a list"):
        compute_metrics([path])


def test_a_well_formed_report_is_read(tmp_path):
    path = tmp_path / "account-health.json"
    path.write_text(json.dumps(REPORT))
    report = compute_metrics([path]).to_dict()
    assert json.dumps(report)
