"""The evidence of the demo appeal in examples/demo-case, generated and seeded.

The case is the seller of ``reinstate serve --demo`` (Harbor Lane Goods LLC), deactivated
for a late shipment rate of 6.25% (31 of 496 seller-fulfilled orders late from 12 to 21
October 2026, the notice of src/reinstate/web/demo/notice.txt). Its plan cites five
exhibits, all synthetic:

    Exhibit 1 - late shipment report.pdf        the 31 late orders and their causes (2 pages)
    Exhibit 2 - parcel pickup agreement.pdf     the carrier's signed daily 16:00 pickup
    Exhibit 3 - daily dispatch log.pdf          the manager's signed twice-daily checks
    Exhibit 4 - shipping settings.png           a screenshot of the changed shipping settings
    Exhibit 5 - carrier invoice CPX-1022-0917.pdf   the upgraded two-day shipments, paid

    python -m reinstate.demo.appeal_case examples/demo-case/exhibits   # scripts/demo-case

The figures the plan states (31 of 496, 24 and 7 late orders by cause, 9 orders upgraded,
214 orders shipped since) are the ones these files show; tests/packaging/test_demo_case.py
packages the case and checks every output.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from reinstate.demo import _appeal_pages as pages

SEED = 11
EXHIBITS = (
    "Exhibit 1 - late shipment report.pdf",
    "Exhibit 2 - parcel pickup agreement.pdf",
    "Exhibit 3 - daily dispatch log.pdf",
    "Exhibit 4 - shipping settings.png",
    "Exhibit 5 - carrier invoice CPX-1022-0917.pdf",
)


@dataclass(frozen=True)
class AppealExhibits:
    """The files written and the figures they show (what the plan must state)."""

    folder: Path
    paths: tuple[Path, ...]
    orders: int
    late: int
    late_by_cause: dict[str, int]
    upgraded: int
    shipped_since: int


def write_appeal_exhibits(folder: str | Path, seed: int = SEED) -> AppealExhibits:
    """Write the demo appeal's five exhibits into `folder` (made if needed; files of the
    same names are replaced). The same seed gives the same pages."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    late = pages.late_orders(rng)
    log = pages.dispatch_days(rng)
    documents = (
        pages.late_report(late),
        pages.pickup_agreement(rng),
        pages.dispatch_log(log, rng),
    )
    paths = [out / name for name in EXHIBITS]
    for document, path in zip(documents, paths, strict=False):
        document.subset_fonts()
        document.save(path, garbage=3, deflate=True, no_new_id=True)
    pages.shipping_settings().save(paths[3], optimize=True)
    invoice = pages.carrier_invoice(upgraded=pages.OPEN_ORDERS)
    invoice.save(paths[4], garbage=3, deflate=True, no_new_id=True)
    causes: dict[str, int] = {}
    for order in late:
        causes[order.cause] = causes.get(order.cause, 0) + 1
    return AppealExhibits(
        folder=out,
        paths=tuple(paths),
        orders=pages.WINDOW_ORDERS,
        late=len(late),
        late_by_cause=causes,
        upgraded=sum(pages.OPEN_ORDERS.values()),
        shipped_since=sum(day.shipped for day in log),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m reinstate.demo.appeal_case",
        description="Write the exhibits of the demo appeal (examples/demo-case).",
    )
    parser.add_argument("folder", type=Path, help="the exhibits folder to write")
    parser.add_argument("--seed", type=int, default=SEED)
    options = parser.parse_args(argv)
    written = write_appeal_exhibits(options.folder, options.seed)
    for path in written.paths:
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
