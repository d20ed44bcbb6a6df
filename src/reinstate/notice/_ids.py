"""Identifiers in a notice: ASINs, order IDs, SKUs, brands, the rights owner.

ASINs are the ten-character `B0…` codes, standing alone (not inside a longer token such
as a tracking number or a SKU), plus ISBN-10 book ASINs where a label says "ASIN". A
token that is the value of a SKU label is a SKU, not an ASIN.
"""

from __future__ import annotations

import re
from functools import cache

from reinstate.notice._data import load
from reinstate.notice._model import RightsOwner

_ASIN = re.compile(r"(?<![A-Za-z0-9_-])B0[0-9A-Z]{8}(?![A-Za-z0-9_-])")
_BOOK_ASINS = re.compile(
    r"\bASINs?(?:\(s\))?\s*[:#]?\s*((?:\d{9}[\dX])(?:\s*[,;/]\s*\d{9}[\dX]|\s*[,;/]\s*B0[0-9A-Z]{8})*)(?![\w-])"
)
_BOOK_ASIN = re.compile(r"\b\d{9}[\dX]\b")
_ORDER_ID = re.compile(r"(?<![\w-])(?:\d{3}|D\d{2})-\d{7}-\d{7}(?![\w-])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TOKEN = re.compile(r"[^\s,;]+")


def unique(items: list[str]) -> tuple[str, ...]:
    """`items` without repeats, in first-seen order."""
    return tuple(dict.fromkeys(items))


@cache
def _label(key: str) -> re.Pattern[str]:
    labels = load("labels")
    others = [
        phrase
        for value in labels.values()
        if isinstance(value, list)
        for phrase in value
        if isinstance(phrase, str)
    ]
    own = "|".join(labels[key])
    stop = "|".join(sorted(set(others) - {"date", "sent", "received"}, key=len, reverse=True))
    return re.compile(
        rf"(?:^|(?<=[\s,;|(]))(?:{own})\s*(?:\(s\))?\s*[:#]\s*(.+?)\s*(?=$|\s(?:{stop})\s*(?:\(s\))?\s*[:#]|\|)",
        re.I | re.MULTILINE,
    )


def labelled(text: str, key: str) -> list[tuple[str, int, int]]:
    """Values of the `key` labels in `text`, with their spans."""
    return [(m[1], m.start(1), m.end(1)) for m in _label(key).finditer(text) if m[1].strip()]


def _split(value: str, first_word: bool) -> list[str]:
    parts = [part.strip(" \"'") for part in re.split(r"[,;]", value)]
    if first_word:
        parts = [match[0].strip(".:()[]\"'") for part in parts if (match := _TOKEN.search(part))]
    return [part for part in parts if part]


def _table_column(text: str, names: tuple[str, ...]) -> list[str]:
    """Cells under a column called one of `names` in `|`-separated tables."""
    values: list[str] = []
    column: int | None = None
    for line in text.split("\n"):
        if not line.strip():
            continue
        cells = [cell.strip() for cell in line.strip("| ").split("|")]
        if len(cells) < 2:
            column = None
        elif column is None:
            lowered = [cell.lower() for cell in cells]
            column = next((i for i, cell in enumerate(lowered) if cell in names), None)
        elif column < len(cells) and cells[column] and set(cells[column]) != {"-"}:
            values.append(cells[column])
    return values


def skus(text: str) -> tuple[tuple[str, ...], list[tuple[int, int]]]:
    """The SKUs named in the notice, and the spans of their labels' values."""
    found = labelled(text, "sku")
    values = [sku for value, _, _ in found for sku in _split(value, first_word=True)]
    values += _table_column(text, ("sku", "seller sku", "merchant sku"))
    return unique(values), [(start, end) for _, start, end in found]


def brands(text: str) -> tuple[str, ...]:
    """The brands named in the notice (`Brand: X`, or a Brand column)."""
    values = [brand for value, _, _ in labelled(text, "brand") for brand in _split(value, False)]
    values += _table_column(text, ("brand", "brand name"))
    return unique([value for value in values if len(value) <= 60])


def asins(text: str, excluded: list[tuple[int, int]]) -> tuple[str, ...]:
    """The ASINs in first-seen order, leaving out tokens inside `excluded` spans."""
    found: list[tuple[int, str]] = []
    for match in _ASIN.finditer(text):
        if not any(start <= match.start() < end for start, end in excluded):
            found.append((match.start(), match[0]))
    for match in _BOOK_ASINS.finditer(text):
        found += [(match.start(1) + m.start(), m[0]) for m in _BOOK_ASIN.finditer(match[1])]
    return unique([asin for _, asin in sorted(found)])


FEW_ASINS = 64
_ASIN_SHAPED = re.compile(r"(?=(B0[0-9A-Z]{8}|\d{9}[\dX]))")


def asin_positions(text: str, asin_list: tuple[str, ...]) -> dict[str, int]:
    """Where each ASIN first appears (as `text.find` says). A search of the whole text per
    ASIN is quickest for a few; for many, one pass over the text (100,000 ASINs must not
    cost 100,000 searches of a text that long)."""
    if len(asin_list) <= FEW_ASINS:
        return {asin: text.find(asin) for asin in asin_list}
    wanted, first = set(asin_list), {}
    for match in _ASIN_SHAPED.finditer(text):
        if match[1] in wanted and match[1] not in first:
            first[match[1]] = match.start()
    return {asin: first.get(asin, -1) for asin in asin_list}


def order_ids(text: str) -> tuple[str, ...]:
    """Amazon order IDs (`123-1234567-1234567`), in first-seen order."""
    return unique(_ORDER_ID.findall(text))


def _first(text: str, key: str, first_word: bool) -> str | None:
    for value, _, _ in labelled(text, key):
        parts = _split(value, first_word)
        if parts:
            return parts[0]
    return None


def rights_owner(text: str) -> RightsOwner | None:
    """The rights owner of an IP complaint: name, e-mail and complaint ID, if given."""
    name = _first(text, "rights_owner_name", first_word=False)
    email_value = _first(text, "rights_owner_email", first_word=True)
    complaint = _first(text, "complaint_id", first_word=True)
    if email_value and not _EMAIL.fullmatch(email_value):
        email_value = None
    if name and (found := _EMAIL.search(name)):
        email_value = email_value or found[0]
        name = name.replace(found[0], "").strip(" ()<>,") or None
    if not (name or email_value or complaint):
        return None
    return RightsOwner(name, email_value, complaint)
