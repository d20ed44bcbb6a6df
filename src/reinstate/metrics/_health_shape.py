"""The shape of Amazon's account-health JSON, checked before it is read.

The parser in _health.py tolerates the schema's own looseness (alternative names, fields
absent, rates as percentages); this module refuses what no report can be: a list or a
number where the schema has an object, and counts or rates that are negative, not finite
or not numbers. Each error names the field by its path, e.g.
`performanceMetrics[0].lateShipmentRate.lateShipmentCount`.

Schema: amzn/selling-partner-api-models, schemas/reports/accountHealthReport-2020-11-18.json
(docs/domain/amazon.md §4.6): every metric is an object; counts are integers and rates
numbers, none of them negative (the schema gives no minimum ⚠, but a count of orders or
a share of them cannot be below zero).
"""

from __future__ import annotations

import math
import re
from typing import Any

from reinstate.errors import FormatError
from reinstate.textio import json_kind

# The policy-compliance blocks of a marketplace (each an object with a count).
POLICY_KEYS = (
    "listingPolicyViolations",
    "productAuthenticityCustomerComplaints",
    "productConditionCustomerComplaints",
    "productSafetyCustomerComplaints",
    "receivedIntellectualPropertyComplaints",
    "restrictedProductPolicyViolations",
    "suspectedIntellectualPropertyViolations",
    "foodAndProductSafetyIssues",
    "customerProductReviewsPolicyViolations",
    "otherPolicyViolations",
    "documentRequests",
    "documentRequest",
)
# Keys of a marketplace block whose value, when present, is an object.
OBJECT_KEYS = (
    "accountHealthRating",
    "orderDefectRate",
    "lateShipmentRate",
    "preFulfillmentCancellationRate",
    "prefulfillmentCancelRate",
    "validTrackingRate",
    "onTimeDeliveryRate",
    "unitOnTimeDeliveryRate",
    "invoiceDefectRate",
    *POLICY_KEYS,
)
LIST_KEYS = ("lateShipmentRateList", "warningStates")
# Numbers inside a metric: counts (whole) and rates; neither may be negative.
COUNT_KEY = re.compile(r"(?:^count$|Count$)")
RATE_KEYS = frozenset({"rate", "targetValue", "ahrScore"})


def check_report(data: Any, source: str) -> None:
    """Raise a FormatError naming the first field whose shape no report has."""
    if not isinstance(data, dict) or not isinstance(data.get("performanceMetrics"), list):
        raise FormatError(
            "is JSON but not Amazon's account-health report (no performanceMetrics list)",
            path=source,
            hint="Give the GET_V2_SELLER_PERFORMANCE_REPORT file.",
        )
    statuses = data.get("accountStatuses")
    if statuses is not None and not isinstance(statuses, list):
        raise _wrong(source, "accountStatuses", "a list", statuses)
    for index, block in enumerate(data["performanceMetrics"]):
        check_marketplace(block, source, f"performanceMetrics[{index}]")


def check_marketplace(block: Any, source: str, where: str) -> None:
    if not isinstance(block, dict):
        raise _wrong(source, where, "an object", block)
    for key in OBJECT_KEYS:
        value = block.get(key)
        if value is not None:
            check_numbers(value, source, f"{where}.{key}")
    for key in LIST_KEYS:
        value = block.get(key)
        if value is not None and not isinstance(value, list):
            raise _wrong(source, f"{where}.{key}", "a list", value)
    for index, entry in enumerate(block.get("lateShipmentRateList") or []):
        check_numbers(entry, source, f"{where}.lateShipmentRateList[{index}]")


def check_numbers(obj: Any, source: str, where: str) -> None:
    """`obj` is an object whose counts and rates, at any depth, are numbers ≥ 0 or null."""
    if not isinstance(obj, dict):
        raise _wrong(source, where, "an object", obj)
    for key, value in obj.items():
        field = f"{where}.{key}"
        if isinstance(value, dict):
            check_numbers(value, source, field)
        elif value is not None and (COUNT_KEY.search(key) or key in RATE_KEYS):
            check_number(value, source, field, whole=bool(COUNT_KEY.search(key)))


def check_number(value: Any, source: str, field: str, *, whole: bool) -> None:
    number = _as_number(value)
    what = "a whole number" if whole else "a number"
    if number is None:
        raise _wrong(source, field, what, value)
    if number < 0:
        raise FormatError(f"is {value}; it must be {what} of 0 or more", path=source, field=field)
    if whole and not number.is_integer():
        raise FormatError(f"is {value}; a count must be a whole number", path=source, field=field)


def _as_number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = float(value)
    except (ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def _wrong(source: str, field: str, expected: str, value: Any) -> FormatError:
    return FormatError(f"must be {expected}, not {json_kind(value)}", path=source, field=field)
