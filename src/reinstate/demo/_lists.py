"""The defect lists and the account-health JSON of the synthetic seller.

The JSON's counts are computed here, independently of `reinstate.metrics`, from the same
world; it carries the known quirks of live reports (amazon.md §4.6): `ahrStatus` and
`ahrScore`, `prefulfillmentCancelRate`, a rate given as a percentage, a
`lateShipmentRateList`, warning states as strings, `dateOffset`, `documentRequest`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import timedelta
from pathlib import Path
from typing import Any

import numpy as np

from reinstate.demo._events import Events
from reinstate.demo._world import World

Flags = dict[str, np.ndarray]


def order_flags(world: World, events: Events) -> Flags:
    """Per order: negative feedback, A-to-z claim, chargeback (numpy booleans)."""
    n = len(world.order_ids)
    flags = {k: np.zeros(n, dtype=bool) for k in ("negative", "claim", "chargeback")}
    flags["negative"][[f.order for f in events.feedback if f.rating <= 2]] = True
    claims = [int(world.item_order[r.item]) for r in events.merchant_returns if r.claim]
    flags["claim"][claims + events.extra_claims] = True
    flags["chargeback"][events.chargebacks] = True
    return flags


def late_list_lines(world: World) -> Iterable[str]:
    yield '"Order ID","Order Date","Defect Type"'
    for order in np.flatnonzero(world.late):
        placed = world.as_of - timedelta(days=int(world.day[order]))
        yield f'"{world.order_ids[order]}","{placed.isoformat()}","Late Shipment"'


def cancellation_lines(world: World) -> Iterable[str]:
    yield "Order Date,Order ID,Impacts Account Health"
    for order in np.flatnonzero(world.cancelled):
        placed = world.as_of - timedelta(days=int(world.day[order]))
        impacts = "Yes" if world.seller_cancel[order] else "No"
        yield f"{placed.strftime('%m/%d/%Y')},{world.order_ids[order]},{impacts}"


def odr_lines(world: World, flags: Flags) -> Iterable[str]:
    yield "Order ID\tDefect Type\tFulfilled By"
    names = {
        "negative": "Negative Feedback",
        "claim": "A-to-z Guarantee Claim",
        "chargeback": "Chargeback",
    }
    for key, label in names.items():
        for order in np.flatnonzero(flags[key]):
            channel = "Seller" if world.mfn[order] else "Amazon"
            yield f"{world.order_ids[order]}\t{label}\t{channel}"


def span(world: World, days: int) -> dict[str, Any]:
    start = world.as_of - timedelta(days=days - 1)
    return {
        "reportingDateFrom": f"{start.isoformat()}T00:00:00Z",
        "reportingDateTo": f"{world.as_of.isoformat()}T23:59:59Z",
        "dateOffset": {"duration": days, "offset": 0},
    }


def counts(world: World, days: int, population: np.ndarray, defect: np.ndarray) -> tuple[int, int]:
    inside = population & (world.day < days)
    return int((inside & defect).sum()), int(inside.sum())


def rate_entry(
    world: World, days: int, num: int, den: int, target: float, keys: tuple[str, str]
) -> dict[str, Any]:
    rate = num / den if den else 0.0
    return {
        "reportingDateRange": span(world, days),
        keys[1]: den,
        keys[0]: num,
        "status": "GOOD" if rate < target else "BAD",
        "rate": round(rate, 4),
        "targetValue": target,
        "targetCondition": "LESS_THAN",
    }


def odr_entry(world: World, flags: Flags, mfn: bool) -> dict[str, Any]:
    channel = world.mfn if mfn else ~world.mfn
    defect = flags["negative"] | flags["claim"] | flags["chargeback"]
    num, den = counts(world, 60, channel, defect)
    entry = rate_entry(world, 60, num, den, 0.01, ("_", "orderCount"))
    del entry["_"]
    entry["orderWithDefects"] = {"count": num, "status": entry["status"]}
    for key, flag in (
        ("claims", "claim"),
        ("chargebacks", "chargeback"),
        ("negativeFeedback", "negative"),
    ):
        entry[key] = {"count": counts(world, 60, channel, flags[flag])[0], "status": "GOOD"}
    entry["fulfillmentType"] = "mfn" if mfn else "afn"
    return entry


def account_health(world: World, flags: Flags) -> dict[str, Any]:
    shipped = world.mfn & ~world.cancelled
    lsr = [
        rate_entry(
            world,
            d,
            *counts(world, d, shipped, world.late),
            0.04,
            ("lateShipmentCount", "orderCount"),
        )
        for d in (10, 30)
    ]
    lsr30_quirk = dict(lsr[1], rate=round(lsr[1]["rate"] * 100, 2))  # a percentage: a quirk
    cancel = rate_entry(
        world,
        7,
        *counts(world, 7, world.mfn, world.seller_cancel),
        0.025,
        ("cancellationCount", "orderCount"),
    )
    metrics = {
        "marketplaceId": "ATVPDKIKX0DER",
        "accountHealthRating": {
            "ahrStatus": "WARNED",
            "ahrScore": 180,
            "reportingDateRange": span(world, 181),
        },
        "orderDefectRate": {
            "mfn": odr_entry(world, flags, True),
            "afn": odr_entry(world, flags, False),
        },
        "lateShipmentRate": lsr30_quirk,
        "lateShipmentRateList": lsr,
        "prefulfillmentCancelRate": cancel,
        "validTrackingRate": {
            "reportingDateRange": span(world, 30),
            "shipmentCount": 1000,
            "validTrackingCount": 968,
            "status": "GOOD",
            "rate": 0.968,
            "targetValue": 0.95,
            "targetCondition": "GREATER_THAN",
        },
        "onTimeDeliveryRate": {
            "reportingDateRange": span(world, 14),
            "shipmentCountWithValidTracking": 400,
            "onTimeDeliveryCount": 352,
            "status": "GOOD",
            "rate": 0.88,
            "targetValue": 0.9,
            "targetCondition": "GREATER_THAN",
        },
        "warningStates": ["spammingSellerMessaging"],
        "productAuthenticityCustomerComplaints": {
            "reportingDateRange": span(world, 180),
            "defectsCount": 0,
            "status": "GOOD",
            "targetValue": 0,
            "targetCondition": "EQUALS",
        },
        "productConditionCustomerComplaints": {
            "reportingDateRange": span(world, 180),
            "defectsCount": 3,
            "status": "BAD",
            "targetValue": 0,
            "targetCondition": "EQUALS",
        },
        "documentRequest": {
            "reportingDateRange": span(world, 180),
            "defectsCount": 0,
            "status": "NONE",
            "targetValue": 0,
            "targetCondition": "EQUALS",
        },
    }
    statuses = [{"marketplaceId": "ATVPDKIKX0DER", "status": "AT_RISK"}]
    return {"accountStatuses": statuses, "performanceMetrics": [metrics]}


def write_json(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return path
