"""What a check compares documents against: the notice, the orders and the account."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reinstate.errors import FormatError, InputError
from reinstate.metrics import CatalogueItem, read_catalogue, units_sold
from reinstate.textio import decode_text, read_bytes

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


def read_notice(path: str | Path) -> dict[str, Any]:
    """The notice as a dict: JSON as written by notice intake, or any file read_notice reads."""
    data = read_bytes(path)
    try:
        notice = json.loads(decode_text(data, path))
    except (json.JSONDecodeError, InputError):
        return _notice_by_intake(path)
    if not isinstance(notice, dict):
        raise FormatError("is not a notice object", path=str(path))
    return notice


def _notice_by_intake(path: str | Path) -> dict[str, Any]:
    try:
        from reinstate.notice import read_notice as intake
    except ImportError:
        raise FormatError(
            "is not notice JSON", path=str(path), hint='Give {"received": "YYYY-MM-DD", ...}.'
        ) from None
    result: dict[str, Any] = intake(path).to_dict()
    return result


def notice_fields(
    notice: dict[str, Any], path: str = "notice"
) -> tuple[dt.date | None, list[str], list[str]]:
    """(received date, ASINs, product names) of a notice dict."""
    received = notice.get("received") or notice.get("received_date") or notice.get("date")
    try:
        day = dt.date.fromisoformat(str(received)[:10]) if received else None
    except ValueError:
        raise FormatError(f"bad date {received!r}", path=path, field="received") from None
    asins = [str(a).upper() for a in notice.get("asins", [])]
    products = [str(p) for p in notice.get("products", notice.get("product_names", []))]
    for item in notice.get("items", []):
        if isinstance(item, dict):
            asins += [str(item["asin"]).upper()] if item.get("asin") else []
            products += [str(item["title"])] if item.get("title") else []
    return day, list(dict.fromkeys(asins)), products


def read_orders(paths: list[str | Path], until: dt.date | None) -> dict[str, int]:
    """Units sold per ASIN in the 365 days up to `until`, from all-orders reports.

    Read by `reinstate.metrics.read_catalogue`: every encoding, gzip, tab or comma, and
    errors naming file, line and column. Cancelled orders and items are not counted."""
    since = until - dt.timedelta(days=SALES_WINDOW_DAYS) if until else None
    return units_sold(read_catalogue(paths, since=since, until=until))


def make_context(
    notice: str | Path | None = None,
    orders: list[str | Path] | None = None,
    account: str | Path | None = None,
    purpose: str | None = None,
) -> Context:
    """The context from the files given on the command line (each may be missing).

    `purpose` is "appeal" or "ungating"; when not given, a notice asking for invoices of
    the last 180 days is taken to be for category approval (ungating)."""
    data = read_notice(notice) if notice else {}
    day, asins, products = notice_fields(data, str(notice))
    window = _invoice_window(data)
    if purpose is None:
        purpose = "ungating" if window == UNGATING_WINDOW_DAYS else "appeal"
    if purpose not in PURPOSES:
        raise InputError(f"unknown purpose {purpose!r}", hint="Give appeal or ungating.")
    return Context(
        notice_date=day,
        asins=tuple(asins),
        products=tuple(products),
        units_sold=read_orders(list(orders), day) if orders else {},
        catalogue=read_catalogue(list(orders)) if orders else (),
        account=read_account(account) if account else None,
        invoice_window_days=window,
        purpose=purpose,
    )


def _invoice_window(notice: dict[str, Any]) -> int | None:
    """The invoice age limit the notice asks for, if it says one."""
    for document in notice.get("documents") or []:
        if isinstance(document, dict) and "invoice" in str(document.get("kind", "")):
            days = document.get("window_days")
            return int(days) if days else None
    return None
