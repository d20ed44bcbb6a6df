"""Reading Amazon's account-health JSON (GET_V2_SELLER_PERFORMANCE_REPORT) as it is.

Schema: amzn/selling-partner-api-models, schemas/reports/accountHealthReport-2020-11-18.json
(docs/domain/amazon.md §4.6). The parser tolerates the schema's own inconsistencies and
fields seen in live reports: alternative names (`prefulfillmentCancelRate`, `ahrStatus`,
`documentRequest`, `warningState`), `ahrScore` present or absent, `lateShipmentRateList`,
warning states as strings, and rates given as percentages instead of fractions.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reinstate.metrics._health_shape import POLICY_KEYS, check_report
from reinstate.metrics._load import FileSummary, Store
from reinstate.metrics._metric import Metric
from reinstate.metrics._source import Source, chunks, decode_head
from reinstate.metrics._targets import status
from reinstate.textio import parse_json

# our name -> (JSON keys, alternatives first-found, numerator path, denominator path)
METRICS: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("late_shipment_rate_30d", ("lateShipmentRate",), "lateShipmentCount", "orderCount"),
    (
        "cancellation_rate",
        ("preFulfillmentCancellationRate", "prefulfillmentCancelRate"),
        "cancellationCount",
        "orderCount",
    ),
    ("valid_tracking_rate", ("validTrackingRate",), "validTrackingCount", "shipmentCount"),
    (
        "on_time_delivery_rate",
        ("onTimeDeliveryRate",),
        "onTimeDeliveryCount",
        "shipmentCountWithValidTracking",
    ),
    (
        "unit_on_time_delivery_rate",
        ("unitOnTimeDeliveryRate",),
        "unitOnTimeDeliveryCount",
        "totalUnitCount",
    ),
    ("invoice_defect_rate", ("invoiceDefectRate",), "invoiceDefect.count", "orderCount"),
)
# How far a rate may sit from count ÷ count and still be read as that fraction.
TOLERANCE = 0.0015


def read_json(source: Source) -> Any:
    data = b"".join(chunks(source))
    text, _ = decode_head(data, source.path)
    return parse_json(text, source.name)


def load_account_health(store: Store, source: Source) -> FileSummary:
    """Parse the report and keep it on the store; one row per marketplace."""
    data = read_json(source)
    check_report(data, source.name)
    store.account_health.append(parse_report(data, source.name))
    return FileSummary(source.name, "account_health", len(data["performanceMetrics"]), "utf-8")


def parse_report(data: dict[str, Any], path: str) -> dict[str, Any]:
    statuses = [
        {"marketplace_id": s.get("marketplaceId"), "status": s.get("status")}
        for s in data.get("accountStatuses") or []
        if isinstance(s, dict)
    ]
    marketplaces = [parse_marketplace(m) for m in data["performanceMetrics"] if isinstance(m, dict)]
    return {"path": path, "account_statuses": statuses, "marketplaces": marketplaces}


def parse_marketplace(block: dict[str, Any]) -> dict[str, Any]:
    ahr = block.get("accountHealthRating") or {}
    return {
        "marketplace_id": block.get("marketplaceId"),
        "account_health_rating": {
            "status": ahr.get("ahrStatus") or ahr.get("accountHealthRatingStatus"),
            "score": ahr.get("ahrScore"),  # ⚠ not in the official schema; often absent
        },
        "metrics": parse_metrics(block),
        "policy_compliance": parse_policy(block),
        "warnings": parse_warnings(block.get("warningStates") or block.get("warningState")),
    }


def parse_metrics(block: dict[str, Any]) -> dict[str, Metric]:
    metrics: dict[str, Metric] = {}
    odr = block.get("orderDefectRate") or {}
    for channel in ("mfn", "afn"):
        if isinstance(odr.get(channel), dict):
            metrics[f"order_defect_rate_{channel}"] = metric(
                odr[channel], "orderWithDefects.count", "orderCount"
            )
    for name, keys, numerator, denominator in METRICS:
        found = next((block[k] for k in keys if isinstance(block.get(k), dict)), None)
        if found is not None:
            metrics[name] = metric(found, numerator, denominator)
    for entry in block.get("lateShipmentRateList") or []:
        if isinstance(entry, dict):
            parsed = metric(entry, "lateShipmentCount", "orderCount")
            days = parsed.days or 30
            name = "late_shipment_rate_10d" if days <= 15 else "late_shipment_rate_30d"
            metrics.setdefault(name, parsed)  # the top-level lateShipmentRate wins for 30 days
    return metrics


def dig(obj: dict[str, Any], path: str) -> Any:
    for key in path.split("."):
        obj = obj.get(key) if isinstance(obj, dict) else None  # type: ignore[assignment]
    return obj


def metric(obj: dict[str, Any], numerator: str, denominator: str) -> Metric:
    """One metric as in metrics.md, the fraction settled against the counts."""
    num, den = number(dig(obj, numerator)), number(dig(obj, denominator))
    value, scale, note = settle(number(obj.get("rate")), num, den, number(obj.get("targetValue")))
    target = number(obj.get("targetValue"))
    target = target / 100 if target is not None and scale == "percentage" and target > 1 else target
    condition = obj.get("targetCondition")
    return Metric(
        value=value,
        numerator=whole(num),
        denominator=whole(den),
        window=window(obj.get("reportingDateRange")),
        target=target,
        target_condition=condition,
        status=status(value, target, condition),
        source="amazon-report",
        amazon_status=obj.get("status"),
        rate_as_given=obj.get("rate"),
        rate_scale=scale,
        note=note,
    )


def number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        return float(value)
    except ValueError:
        return None


def whole(value: float | None) -> float | int | None:
    """Counts as integers when they are whole (JSON may say 12 or 12.0)."""
    return int(value) if value is not None and value.is_integer() else value


def settle(
    rate: float | None, num: float | None, den: float | None, target: float | None
) -> tuple[float | None, str, str | None]:
    """The rate as a fraction, how it was given, and a note when something disagrees."""
    derived = num / den if num is not None and den else None
    if rate is None:
        return derived, "counts", None
    if derived is not None:
        if abs(rate - derived) <= TOLERANCE:
            return rate, "fraction", None
        if abs(rate / 100 - derived) <= TOLERANCE:
            return rate / 100, "percentage", None
        return derived, "counts", f"rate {rate} disagrees with the counts; the counts are used"
    # ⚠ No counts: a rate above 1 (or a target above 1) can only be a percentage; a
    # percentage rate below 1 with no counts and no target cannot be told from a fraction.
    if rate > 1 or (target is not None and target > 1):
        return rate / 100, "percentage", None
    return rate, "fraction", None


def window(span: Any) -> dict[str, Any] | None:
    if not isinstance(span, dict):
        return None
    try:
        start = date.fromisoformat(str(span.get("reportingDateFrom"))[:10])
        end = date.fromisoformat(str(span.get("reportingDateTo"))[:10])
    except ValueError:
        return None
    return {"from": start.isoformat(), "to": end.isoformat(), "days": (end - start).days + 1}


def parse_policy(block: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found = {}
    for key in POLICY_KEYS:
        entry = block.get(key)
        if isinstance(entry, dict):
            name = "documentRequests" if key == "documentRequest" else key
            found[name] = {
                "defects": entry.get("defectsCount"),
                "status": entry.get("status"),
                "target": entry.get("targetValue"),
                "target_condition": entry.get("targetCondition"),
            }
    return found


def parse_warnings(states: Any) -> list[dict[str, Any]]:
    """Warning states as objects; live reports sometimes give bare strings."""
    if not isinstance(states, list):
        return []
    return [
        {"warning_type": s, "status": None}
        if isinstance(s, str)
        else {"warning_type": s.get("warningType"), "status": s.get("status")}
        for s in states
        if isinstance(s, str | dict)
    ]
