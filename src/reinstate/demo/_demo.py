"""Writing the demo seller: the world, its events, and every file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reinstate.demo._events import Events, make_events
from reinstate.demo._files import (
    FEEDBACK_FILES,
    all_orders_lines,
    fba_lines,
    feedback_lines,
    merchant_lines,
    write_lines,
)
from reinstate.demo._lists import (
    account_health,
    cancellation_lines,
    late_list_lines,
    odr_lines,
    order_flags,
    write_json,
)
from reinstate.demo._world import (
    LATE_SERVICE,
    LATE_SKU,
    STOCKOUT_DAYS,
    STOCKOUT_SKU,
    USED_SKU,
    World,
    make_world,
)

PLANTED: dict[str, Any] = {
    "late_shipment": {"sku": LATE_SKU, "ship_service_level": LATE_SERVICE},
    "cancellation": {"sku": STOCKOUT_SKU, "days_before_as_of": list(STOCKOUT_DAYS)},
    "return": {"sku": USED_SKU, "theme": "used-or-opened"},
    "negative_feedback": {"theme": "late-or-missing"},
}


@dataclass(frozen=True)
class DemoData:
    """The files written and the causes planted in them."""

    folder: Path
    paths: dict[str, Path]
    planted: dict[str, Any]
    orders: int
    items: int


def write_demo_data(folder: str | Path, *, orders: int = 3000, seed: int = 7) -> DemoData:
    """Write a coherent synthetic seller into `folder` (created if needed)."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    world = make_world(orders, seed)
    events = make_events(world)
    paths = write_reports(out, world, events)
    paths.update(write_lists(out, world, events))
    return DemoData(out, paths, PLANTED, orders, len(world.item_order))


def write_reports(out: Path, world: World, events: Events) -> dict[str, Path]:
    paths = {
        "all_orders": write_lines(out / "all-orders.txt", all_orders_lines(world)),
        "fba_returns": write_lines(
            out / "fba-returns.txt", fba_lines(world, events), encoding="cp1252", newline="\r\n"
        ),
        "merchant_returns": write_lines(
            out / "merchant-returns.txt.gz", merchant_lines(world, events), bom=True, compress=True
        ),
    }
    for language, (name, encoding, bom, newline, _, _) in FEEDBACK_FILES.items():
        paths[f"feedback_{language}"] = write_lines(
            out / name,
            feedback_lines(world, events, language),
            encoding=encoding,
            bom=bom,
            newline=newline,
        )
    return paths


def write_lists(out: Path, world: World, events: Events) -> dict[str, Path]:
    flags = order_flags(world, events)
    return {
        "late_shipment_list": write_lines(
            out / "defects-late-shipment.csv", late_list_lines(world)
        ),
        "cancellation_list": write_lines(
            out / "defects-cancellation.csv", cancellation_lines(world)
        ),
        "odr_list": write_lines(out / "defects-odr.txt", odr_lines(world, flags)),
        "account_health": write_json(out / "account-health.json", account_health(world, flags)),
    }
