"""What happens after an order: feedback, returns, claims and chargebacks."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from reinstate.demo._world import USED_SKU, World

# Comments by language and theme. `late` comments go with late shipments.
COMMENTS = {
    "en": {
        "late": (
            "Arrived late, a week after the promised date.",
            "Package never arrived on time",
            "Very slow shipping, delayed twice.",
            "Took forever to arrive.",
        ),
        "damaged": ("Box was crushed and the item damaged.", "Arrived broken."),
        "defective": ("Stopped working after two days.", "Defective, does not work."),
        "used": (
            "Item arrived opened and used.",
            "Clearly used, not new, seal was broken and resealed.",
            "Box already open, looks pre-owned.",
            "The headphones were used – earpads worn.",
        ),
        "other": ("Not happy.", "Meh.", "Seller did not answer my message."),
    },
    "de": {
        "late": ("Lieferung kam viel zu spät.", "Paket ist verspätet angekommen."),
        "damaged": ("Artikel kam beschädigt an.",),
        "defective": ("Funktioniert nicht.",),
        "used": ("Ware war gebraucht und geöffnet.",),
        "other": ("Nicht zufrieden.",),
    },
    "ja": {
        "late": ("配送が遅れました。", "商品がなかなか届かない。"),
        "damaged": ("商品が破損していました。",),
        "defective": ("初期不良で動かない。",),
        "used": ("中古品が届きました。開封済みでした。",),
        "other": ("対応が悪いです。",),
    },
}
LANGUAGES = ("en", "en", "en", "en", "en", "en", "de", "de", "ja", "ja")
FBA_REASONS = (
    "UNWANTED_ITEM",
    "DEFECTIVE",
    "NOT_AS_DESCRIBED",
    "DAMAGED_BY_CARRIER",
    "FOUND_BETTER_PRICE",
    "SWITCHEROO",
    "MISSING_PARTS",
)
MERCHANT_REASONS = (
    "No longer needed",
    "Defective/Does not work properly",
    "Item arrived damaged",
    "Inaccurate website description",
    "Missed estimated delivery date",
)


@dataclass
class Feedback:
    order: int
    rating: int
    comment: str
    days_after: int
    language: str


@dataclass
class FbaReturn:
    item: int
    quantity: int
    reason: str
    comment: str
    disposition: str


@dataclass
class MerchantReturn:
    item: int
    quantity: int
    reason: str
    claim: bool


@dataclass
class Events:
    feedback: list[Feedback]
    fba_returns: list[FbaReturn]
    merchant_returns: list[MerchantReturn]
    extra_claims: list[int]  # A-to-z claims with no return (item not received)
    chargebacks: list[int]


def pick(rng: np.random.Generator, options: tuple[str, ...]) -> str:
    return options[int(rng.integers(len(options)))]


def make_events(world: World) -> Events:
    rng = world.rng
    return Events(
        feedback=make_feedback(world, rng),
        fba_returns=make_fba_returns(world, rng),
        merchant_returns=make_merchant_returns(world, rng),
        extra_claims=[
            int(i) for i in np.flatnonzero(world.late & (rng.random(len(world.late)) < 0.03))
        ],
        chargebacks=[
            int(i)
            for i in np.flatnonzero(~world.cancelled & (rng.random(len(world.late)) < 0.0008))
        ],
    )


def make_feedback(world: World, rng: np.random.Generator) -> list[Feedback]:
    """Late orders: 35 % leave 1–2 stars about it; others: a few 1–3 star comments."""
    n = len(world.order_ids)
    draw = rng.random(n)
    late_negative = world.late & (draw < 0.35)
    other = ~world.late & ~world.cancelled & (draw < 0.008)
    found = []
    for index in np.flatnonzero(late_negative | other):
        language = LANGUAGES[index % len(LANGUAGES)]
        theme = (
            "late" if world.late[index] else pick(rng, ("damaged", "defective", "other", "other"))
        )
        rating = int(rng.integers(1, 3)) if world.late[index] or rng.random() < 0.6 else 3
        comment = pick(rng, COMMENTS[language][theme])
        found.append(Feedback(int(index), rating, comment, int(rng.integers(2, 15)), language))
    return found


def returnable(world: World) -> np.ndarray:
    return ~world.cancelled[world.item_order]


def make_fba_returns(world: World, rng: np.random.Generator) -> list[FbaReturn]:
    """FBA items: 3 % come back; USED_SKU 30 %, mostly "opened/used"."""
    used = np.array([s == USED_SKU for s in world.item_sku], dtype=bool)
    afn = ~world.mfn[world.item_order]
    chance = np.where(used, 0.3, 0.03)
    found = []
    for item in np.flatnonzero(afn & returnable(world) & (rng.random(len(used)) < chance)):
        if used[item] and rng.random() < 0.8:
            comment, reason = pick(rng, COMMENTS["en"]["used"]), "UNWANTED_ITEM"
        else:
            reason = pick(rng, FBA_REASONS)
            comment = "" if rng.random() < 0.5 else pick(rng, COMMENTS["en"]["other"])
        disposition = (
            "CUSTOMER_DAMAGED" if used[item] else pick(rng, ("SELLABLE", "DAMAGED", "DEFECTIVE"))
        )
        found.append(
            FbaReturn(int(item), int(world.item_quantity[item]), reason, comment, disposition)
        )
    return found


def make_merchant_returns(world: World, rng: np.random.Generator) -> list[MerchantReturn]:
    """Seller-fulfilled items: 2 % come back, a tenth of them with an A-to-z claim."""
    mfn = world.mfn[world.item_order]
    found = []
    for item in np.flatnonzero(mfn & returnable(world) & (rng.random(len(mfn)) < 0.02)):
        reason = pick(rng, MERCHANT_REASONS)
        found.append(MerchantReturn(int(item), 1, reason, bool(rng.random() < 0.1)))
    return found
