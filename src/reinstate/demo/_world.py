"""A synthetic seller: orders, items and their defects, seeded, vectorised with numpy.

Planted root causes (the tests check that `reinstate metrics` finds exactly these):
- late shipments: SKU `LAMP-OAK-01` and ship service level `FreeEconomy`;
- a cancellation spike: SKU `MUG-BLUE-12` out of stock for the last days before as-of;
- returns: SKU `HEADPHONES-X2` (FBA) comes back "opened"/"used".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt

AS_OF = date(2025, 9, 30)
DAYS = 100
LATE_SKU = "LAMP-OAK-01"
LATE_SERVICE = "FreeEconomy"
STOCKOUT_SKU = "MUG-BLUE-12"
STOCKOUT_DAYS = (1, 5)  # days before as-of, inclusive
USED_SKU = "HEADPHONES-X2"

MFN_SKUS = (
    LATE_SKU,
    STOCKOUT_SKU,
    "CANDLE-VAN-3",
    "FRAME-A4-BLK",
    "RUG-JUTE-60",
    "VASE-GLS-20",
    "CLOCK-WALL-9",
    "THROW-KNIT-2",
    "MIRROR-RND-5",
    "SHELF-PINE-4",
    "PLANTER-M-7",
    "BASKET-WIL-1",
)
AFN_SKUS = (
    USED_SKU,
    "CABLE-USBC-2M",
    "CHARGER-65W",
    "MOUSE-WL-3",
    "KEYBOARD-MX",
    "STAND-ALU-1",
    "HUB-7PORT",
    "WEBCAM-1080",
    "SPEAKER-BT-5",
    "CASE-LAPTOP-15",
)
MFN_SERVICES = ("Standard", "Expedited", LATE_SERVICE, "SecondDay")
MFN_SERVICE_WEIGHTS = (0.5, 0.2, 0.25, 0.05)
AFN_SERVICES = ("Standard", "Expedited", "NextDay")
STATES = ("CA", "TX", "NY", "FL", "IL", "PA", "OH", "GA", "NC", "MI", "WA", "AZ", "MA", "CO")

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]


@dataclass
class World:
    """Everything the files are written from: one row per order and per item."""

    as_of: date
    order_ids: list[str]
    epoch_seconds: IntArray  # purchase time, UTC
    offset_minutes: IntArray  # the local offset the timestamp is written in
    mfn: BoolArray
    service: list[str]
    state: list[str]
    day: IntArray  # order date, days before as-of (0 = as-of)
    seller_cancel: BoolArray
    buyer_cancel: BoolArray
    late: BoolArray
    item_order: IntArray
    item_sku: list[str]
    item_quantity: IntArray
    rng: np.random.Generator

    @property
    def cancelled(self) -> BoolArray:
        return self.seller_cancel | self.buyer_cancel


def weighted(
    rng: np.random.Generator, n: int, options: tuple[str, ...], p: tuple[float, ...]
) -> list[str]:
    picks = rng.choice(len(options), size=n, p=np.array(p) / sum(p))
    return [options[i] for i in picks]


def popularity(k: int) -> tuple[float, ...]:
    weights = 1.0 / np.arange(1, k + 1) ** 0.6
    return tuple(float(w) for w in weights / weights.sum())


def make_world(orders: int, seed: int) -> World:
    """`orders` orders over DAYS days to AS_OF, with the planted causes."""
    rng = np.random.default_rng(seed)
    n = orders
    day = rng.integers(0, DAYS, size=n)
    base = int(np.datetime64(AS_OF.isoformat(), "s").astype(np.int64))
    seconds = base - day * 86400 + rng.integers(0, 86400, size=n)
    mfn = rng.random(n) < 0.6
    per_order = rng.choice([1, 2, 3], size=n, p=[0.8, 0.15, 0.05])
    item_order = np.repeat(np.arange(n), per_order)
    world = World(
        as_of=AS_OF,
        order_ids=[f"{111 + i % 889:03d}-{(i * 7919 + 13) % 10**7:07d}-{i:07d}" for i in range(n)],
        epoch_seconds=seconds,
        offset_minutes=rng.choice([0, 0, 0, -420, -300, 60], size=n),
        mfn=mfn,
        service=pick_services(rng, mfn),
        state=weighted(rng, n, STATES, popularity(len(STATES))),
        day=day,
        seller_cancel=np.zeros(n, dtype=bool),
        buyer_cancel=rng.random(n) < 0.003,
        late=np.zeros(n, dtype=bool),
        item_order=item_order,
        item_sku=pick_skus(rng, mfn[item_order], item_order),
        item_quantity=rng.choice([1, 1, 1, 1, 2, 3], size=len(item_order)),
        rng=rng,
    )
    plant_cancellations(world)
    plant_late_shipments(world)
    return world


def pick_services(rng: np.random.Generator, mfn: BoolArray) -> list[str]:
    mfn_pick = weighted(rng, len(mfn), MFN_SERVICES, MFN_SERVICE_WEIGHTS)
    afn_pick = weighted(rng, len(mfn), AFN_SERVICES, (0.7, 0.2, 0.1))
    return [m if is_mfn else a for m, a, is_mfn in zip(mfn_pick, afn_pick, mfn, strict=True)]


def pick_skus(rng: np.random.Generator, item_mfn: BoolArray, item_order: IntArray) -> list[str]:
    """One SKU per item; the items of an order have different SKUs, as in Amazon's files
    (one item per SKU, with a quantity): item p of an order is p·step further on."""
    found = []
    n = int(item_order.max()) + 1 if len(item_order) else 0
    position = np.arange(len(item_order)) - np.searchsorted(item_order, item_order)
    for catalogue, chosen in ((MFN_SKUS, item_mfn), (AFN_SKUS, ~item_mfn)):
        k = len(catalogue)
        first = rng.choice(k, size=n, p=np.array(popularity(k)))[item_order]
        step = rng.integers(1, k // 2, size=n)[item_order]
        index = (first + position * step) % k
        found.append((chosen, [catalogue[i] for i in index]))
    (mfn_rows, mfn_pick), (_, afn_pick) = found
    return [m if is_mfn else a for m, a, is_mfn in zip(mfn_pick, afn_pick, mfn_rows, strict=True)]


def orders_with(world: World, sku: str) -> BoolArray:
    has = np.zeros(len(world.order_ids), dtype=bool)
    items = np.array([s == sku for s in world.item_sku], dtype=bool)
    has[world.item_order[items]] = True
    return has


def plant_cancellations(world: World) -> None:
    """A low base rate, and the stock-out: most orders of STOCKOUT_SKU cancelled."""
    rng = world.rng
    n = len(world.order_ids)
    first, last = STOCKOUT_DAYS
    stockout = orders_with(world, STOCKOUT_SKU) & (world.day >= first) & (world.day <= last)
    chance = np.where(stockout, 0.9, 0.002)
    world.seller_cancel = world.mfn & (rng.random(n) < chance) & ~world.buyer_cancel


def plant_late_shipments(world: World) -> None:
    """Late: 1 % base; LATE_SKU 35 %; LATE_SERVICE 50 %; both 70 %."""
    rng = world.rng
    n = len(world.order_ids)
    has_sku = orders_with(world, LATE_SKU)
    slow = np.array([s == LATE_SERVICE for s in world.service], dtype=bool)
    chance = np.select([has_sku & slow, has_sku, slow], [0.7, 0.35, 0.5], default=0.01)
    world.late = world.mfn & ~world.cancelled & (rng.random(n) < chance)
