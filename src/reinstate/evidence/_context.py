"""What a check compares documents against: the notice, the orders and the account."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reinstate.errors import FormatError, InputError
from reinstate.textio import decode_text, read_bytes

if TYPE_CHECKING:
    from reinstate.metrics import CatalogueItem
    from reinstate.notice import Notice

SALES_WINDOW_DAYS = 365
UNGATING_WINDOW_DAYS = 180  # category approval: invoices issued within 180 days
PURPOSES = ("appeal", "ungating")


@dataclass(frozen=True)
class Account:
    """The seller's account details, as registered with Amazon (``--account``)."""

    name: str = ""
    business_name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    merchant_token: str = ""
    marketplaces: tuple[str, ...] = ()


@dataclass(frozen=True)
class Context:
    """Everything outside the documents that a check may use; every part is optional."""

    notice_date: dt.date | None = None
    asins: tuple[str, ...] = ()
    products: tuple[str, ...] = ()
    units_sold: dict[str, int] = field(default_factory=dict)
    catalogue: tuple[CatalogueItem, ...] = ()  # every SKU, ASIN and title ever ordered
    account: Account | None = None
    invoice_window_days: int | None = None  # when the notice names one (e.g. 180 to ungate)
    purpose: str = "appeal"  # "ungating": the invoices are for category approval
    marketplace: str | None = None  # the notice's, e.g. "UK": decides how 05/03/2026 reads

    @property
    def ungating(self) -> bool:
        return self.purpose == "ungating"


def read_account(path: str | Path) -> Account:
    """The account TOML file: name, business_name, address, phone, email, …"""
    try:
        data = tomllib.loads(decode_text(read_bytes(path), path))
    except tomllib.TOMLDecodeError as error:
        raise FormatError(f"is not valid TOML ({error})", path=str(path)) from None
    texts = {key: str(data.get(key, "")) for key in Account.__dataclass_fields__}
    if not (texts["name"] or texts["business_name"]):
        raise FormatError("has no name or business_name", path=str(path), field="name")
    texts.pop("marketplaces")
    return Account(**texts, marketplaces=tuple(map(str, data.get("marketplaces", ()))))


def read_orders(paths: list[str | Path], until: dt.date | None) -> dict[str, int]:
    """Units sold per ASIN in the 365 days up to `until`, from all-orders reports.

    Read by `reinstate.metrics.read_catalogue`: every encoding, gzip, tab or comma, and
    errors naming file, line and column. Cancelled orders and items are not counted."""
    from reinstate.metrics import read_catalogue, units_sold  # DuckDB: only when needed

    return units_sold(read_catalogue(paths, since=_since(until), until=until))


def make_context(
    notice: str | Path | None = None,
    orders: list[str | Path] | None = None,
    account: str | Path | None = None,
    purpose: str | None = None,
) -> Context:
    """The context from the files given on the command line (each may be missing).

    `purpose` is "appeal" or "ungating"; when not given, a notice asking for invoices of
    the last 180 days is taken to be for category approval (ungating). With `orders`, the
    products are the names the all-orders report gives the notice's ASINs."""
    from reinstate.notice import read_notice  # JSON checked by Notice.from_dict, or intake

    facts = read_notice(notice) if notice else None
    day = facts.received if facts else None
    asins = facts.asins if facts else ()
    window = _invoice_window(facts)
    if purpose is None:
        purpose = "ungating" if window == UNGATING_WINDOW_DAYS else "appeal"
    if purpose not in PURPOSES:
        raise InputError(f"unknown purpose {purpose!r}", hint="Give appeal or ungating.")
    catalogue = _catalogue(list(orders), day) if orders else ()
    return Context(
        notice_date=day,
        asins=asins,
        products=_product_names(catalogue, asins),
        units_sold=_units(catalogue),
        catalogue=_catalogue(list(orders), None) if orders else (),
        account=read_account(account) if account else None,
        invoice_window_days=window,
        purpose=purpose,
        marketplace=facts.marketplace if facts else None,
    )


def _catalogue(orders: list[str | Path], day: dt.date | None) -> tuple[CatalogueItem, ...]:
    from reinstate.metrics import read_catalogue  # DuckDB: only when orders are given

    return read_catalogue(orders, since=_since(day), until=day)


def _units(catalogue: tuple[CatalogueItem, ...]) -> dict[str, int]:
    if not catalogue:
        return {}
    from reinstate.metrics import units_sold

    return units_sold(catalogue)


def _since(until: dt.date | None) -> dt.date | None:
    return until - dt.timedelta(days=SALES_WINDOW_DAYS) if until else None


def _product_names(catalogue: tuple[CatalogueItem, ...], asins: tuple[str, ...]) -> tuple[str, ...]:
    """The product names the orders give the notice's ASINs, each once."""
    names = (item.product_name for item in catalogue if item.asin in asins and item.product_name)
    return tuple(dict.fromkeys(names))


def _invoice_window(notice: Notice | None) -> int | None:
    """The invoice age limit the notice asks for, if it says one."""
    for document in notice.documents if notice else ():
        if "invoice" in document.kind:
            return document.window_days
    return None
