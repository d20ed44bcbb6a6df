"""Reading the notice JSON shape (version 1) back, every value checked.

This is the one reader of notice JSON: `reinstate check --notice`, `reinstate evidence
check --notice` and the web all go through `Notice.from_dict`. A bad value is a
`FormatError` naming the field (`documents[0].window_days`) and what was expected.
Fields left out take their empty value; a field the shape does not have is refused, so a
misspelt one is not silently ignored.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from reinstate.errors import FormatError
from reinstate.kb import document_kinds, violation_kinds
from reinstate.notice._data import load
from reinstate.notice._model import (
    VERSION,
    Deadline,
    DocumentRequest,
    Issue,
    Notice,
    RightsOwner,
    Violation,
)

ASIN = re.compile(r"^[A-Z0-9]{10}$")
FIELDS = (
    "version",
    "message_type",
    "violations",
    "asins",
    "order_ids",
    "skus",
    "brands",
    "received",
    "deadline",
    "documents",
    "issues",
    "marketplace",
    "policy_links",
    "rights_owner",
    "requests",
    "language",
)


class _Reader:
    """Checks values of one notice, naming the source and field of the first bad one."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, message: str) -> FormatError:
        return FormatError(message, path=self.source, field=where)

    def obj(self, value: Any, where: str, keys: tuple[str, ...]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, f"must be an object, not {_kind(value)}")
        unknown = [key for key in value if key not in keys]
        if unknown:
            raise self.fail(
                f"{where}.{unknown[0]}" if where else str(unknown[0]),
                f"is not a field of a notice{' ' + where if where else ''}; "
                f"the fields are {', '.join(keys)}",
            )
        return value

    def text(self, value: Any, where: str, default: str | None = "") -> str:
        if value is None and default is not None:
            return default
        if not isinstance(value, str):
            raise self.fail(where, f"must be a string, not {_kind(value)}")
        return value

    def optional_text(self, value: Any, where: str) -> str | None:
        return None if value is None else self.text(value, where)

    def strings(self, value: Any, where: str) -> tuple[str, ...]:
        return tuple(self.text(v, f"{where}[{i}]") for i, v in enumerate(self.items(value, where)))

    def items(self, value: Any, where: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(where, f"must be a list, not {_kind(value)}")
        return value

    def slug(self, value: Any, where: str, known: Callable[[], set[str]]) -> str:
        slug = self.text(value, where, default=None)
        if slug not in known():
            raise self.fail(where, f"is {slug!r}, not one of {', '.join(sorted(known()))}")
        return slug

    def count(self, value: Any, where: str) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 100_000:
            raise self.fail(where, f"must be a whole number from 1 to 99999 or null, not {value!r}")
        return value

    def fraction(self, value: Any, where: str) -> float:
        number = 1.0 if value is None else value
        if isinstance(number, bool) or not isinstance(number, int | float):
            raise self.fail(where, f"must be a number from 0 to 1, not {_kind(number)}")
        if not (math.isfinite(number) and 0 <= number <= 1):
            raise self.fail(where, f"must be a number from 0 to 1, not {number!r}")
        return float(number)

    def date(self, value: Any, where: str) -> datetime.date | None:
        if value is None:
            return None
        text = self.text(value, where)
        try:
            day = datetime.date.fromisoformat(text)
        except ValueError:
            raise self.fail(where, f"is {text!r}, not a date written YYYY-MM-DD") from None
        if not 1990 <= day.year <= 2200:  # ⚠ a sanity bound, so date arithmetic cannot overflow
            raise self.fail(where, f"is {text!r}, a year reinstate does not accept")
        return day

    def asins(self, value: Any, where: str) -> tuple[str, ...]:
        asins = tuple(a.strip().upper() for a in self.strings(value, where))
        for index, asin in enumerate(asins):
            if not ASIN.match(asin):
                raise self.fail(
                    f"{where}[{index}]", f"is {asin!r}, not an ASIN (10 letters or digits)"
                )
        return asins


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "true or false"}
    if value is None:
        return "null"
    return names.get(type(value), "a number" if isinstance(value, int | float) else "a value")


@cache
def message_types() -> set[str]:
    """The message type slugs (taxonomy.md), from the notice data."""
    return {str(group["kind"]) for group in load("message_types")["group"]} | {"warning"}


def _violation_slugs() -> set[str]:
    return set(violation_kinds())


def _document_slugs() -> set[str]:
    return set(document_kinds())


def notice_from_dict(data: Any, source: str) -> Notice:
    """The notice of a JSON value, or a FormatError naming the first bad field."""
    read = _Reader(source)
    if not isinstance(data, dict):
        raise FormatError(
            f"is not a notice: notice JSON is an object, not {_kind(data)}", path=source
        )
    data = read.obj(data, "", FIELDS)
    version = data.get("version")
    if version != VERSION or isinstance(version, bool):
        found = "missing" if version is None else f"{version!r}"
        raise read.fail("version", f"is {found}; reinstate reads notice JSON of version {VERSION}")
    return Notice(
        message_type=read.slug(data.get("message_type", "warning"), "message_type", message_types),
        violations=_violations(read, data.get("violations")),
        asins=read.asins(data.get("asins"), "asins"),
        order_ids=read.strings(data.get("order_ids"), "order_ids"),
        skus=read.strings(data.get("skus"), "skus"),
        brands=read.strings(data.get("brands"), "brands"),
        received=read.date(data.get("received"), "received"),
        deadline=_deadline(read, data.get("deadline")),
        documents=_documents(read, data.get("documents")),
        issues=_issues(read, data.get("issues")),
        marketplace=read.optional_text(data.get("marketplace"), "marketplace"),
        policy_links=read.strings(data.get("policy_links"), "policy_links"),
        rights_owner=_owner(read, data.get("rights_owner")),
        requests=read.strings(data.get("requests"), "requests"),
        language=read.text(data.get("language"), "language", default="en"),
        source=source,
    )


def _violations(read: _Reader, value: Any) -> tuple[Violation, ...]:
    found = []
    for index, item in enumerate(read.items(value, "violations")):
        where = f"violations[{index}]"
        item = read.obj(item, where, ("kind", "confidence", "evidence"))
        found.append(
            Violation(
                read.slug(item.get("kind"), f"{where}.kind", _violation_slugs),
                read.fraction(item.get("confidence"), f"{where}.confidence"),
                read.text(item.get("evidence"), f"{where}.evidence"),
            )
        )
    return tuple(found)


def _deadline(read: _Reader, value: Any) -> Deadline | None:
    if value is None:
        return None
    item = read.obj(value, "deadline", ("text", "days", "hours", "due"))
    return Deadline(
        read.text(item.get("text"), "deadline.text"),
        read.count(item.get("days"), "deadline.days"),
        read.count(item.get("hours"), "deadline.hours"),
        read.date(item.get("due"), "deadline.due"),
    )


def _documents(read: _Reader, value: Any) -> tuple[DocumentRequest, ...]:
    found = []
    for index, item in enumerate(read.items(value, "documents")):
        where = f"documents[{index}]"
        item = read.obj(item, where, ("kind", "window_days", "text"))
        found.append(
            DocumentRequest(
                read.slug(item.get("kind"), f"{where}.kind", _document_slugs),
                read.count(item.get("window_days"), f"{where}.window_days"),
                read.text(item.get("text"), f"{where}.text"),
            )
        )
    return tuple(found)


def _issues(read: _Reader, value: Any) -> tuple[Issue, ...]:
    found = []
    for index, item in enumerate(read.items(value, "issues")):
        where = f"issues[{index}]"
        item = read.obj(item, where, ("id", "kind", "asins", "text"))
        found.append(
            Issue(
                read.text(item.get("id"), f"{where}.id", default=f"I{index + 1}"),
                read.slug(item.get("kind"), f"{where}.kind", _violation_slugs),
                read.asins(item.get("asins"), f"{where}.asins"),
                read.text(item.get("text"), f"{where}.text"),
            )
        )
    return tuple(found)


def _owner(read: _Reader, value: Any) -> RightsOwner | None:
    if value is None:
        return None
    item = read.obj(value, "rights_owner", ("name", "email", "complaint_id"))
    name, email, complaint = (
        read.optional_text(item.get(key), f"rights_owner.{key}")
        for key in ("name", "email", "complaint_id")
    )
    return RightsOwner(name, email, complaint)
