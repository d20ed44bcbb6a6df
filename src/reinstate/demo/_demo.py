"""Writing the demo seller: the world, its events, and every file."""

from __future__ import annotations

import os
import shutil
import tempfile
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
from reinstate.errors import InputError
from reinstate.outputs import writing_beside

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
    """Write a coherent synthetic seller into `folder` (created if needed).

    The files are written into a temporary folder beside it and moved in only when all
    are complete: a failure or an interruption leaves no partial set."""
    check_orders(orders)
    out = Path(folder)
    staging = make_staging(out)
    try:
        world = make_world(orders, seed)
        events = make_events(world)
        paths = write_reports(staging, world, events)
        paths.update(write_lists(staging, world, events))
        moved = move_in(staging, out, paths)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return DemoData(out, moved, PLANTED, orders, len(world.item_order))


def max_orders() -> int:
    """The most orders reinstate writes (kb/data/limits.toml, [demo])."""
    from reinstate.kb import load_data

    return int(load_data("reinstate.kb", "limits.toml")["demo"]["max_orders"])


def check_orders(orders: int) -> None:
    most = max_orders()
    if orders > most:
        raise InputError(
            f"{orders:,} orders is more than the {most:,} reinstate writes"
            " (the synthetic seller is kept in memory)",
            field="--orders",
        )


def make_staging(out: Path) -> Path:
    """A new temporary folder beside `out` (whose parents are made), refused with a sentence
    when `out` is a file or its folder cannot be written."""
    if out.exists() and not out.is_dir():
        raise InputError("is a file, not a folder", path=str(out))
    with writing_beside(out):
        out.parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f".{out.name}.partial-", dir=out.parent))


def move_in(staging: Path, out: Path, paths: dict[str, Path]) -> dict[str, Path]:
    """Rename the finished files into `out`: the whole folder when it is new, else file by
    file (each rename atomic)."""
    try:
        if not out.exists():
            staging.rename(out)
        else:
            for path in paths.values():
                os.replace(path, out / path.name)
    except OSError as error:
        raise InputError(f"cannot be written ({error.strerror})", path=str(out)) from None
    return {name: out / path.name for name, path in paths.items()}


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
