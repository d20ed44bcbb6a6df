"""Patterns for the details printed on invoices: dates, money, phones, identifiers.

Each is a regular expression or a small parser, with examples in the tests.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE = re.compile(
    rf"\b(?:(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})"
    rf"|(?P<na>\d{{1,2}})[/.](?P<nb>\d{{1,2}})[/.](?P<ny>\d{{4}})"
    rf"|(?P<mn>{_MONTH})\.?\s+(?P<md>\d{{1,2}}),?\s+(?P<my>\d{{4}})"
    rf"|(?P<dd>\d{{1,2}})\s+(?P<dm>{_MONTH})\.?,?\s+(?P<dy>\d{{4}}))\b",
    re.IGNORECASE,
)
MONEY = re.compile(
    r"(?:[$€£]\s?-?\d{1,3}(?:[,.\s]\d{3})*(?:[.,]\d{2})?"
    r"|-?\d{1,3}(?:[,.]\d{3})*[.,]\d{2}(?:\s?(?:USD|EUR|GBP|€))?)(?![\d])"
)
PHONE = re.compile(r"(?<![\w-])(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?!\d)")
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
WEBSITE = re.compile(
    r"(?<![@\w.])(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*"
    r"\.(?:com|net|org|biz|info|co|io|us|uk|de|fr|it|es|ca|au|cn|in|jp|shop|store|example)"
    r"(?:\.[a-z]{2})?\b/?",
    re.IGNORECASE,
)
ASIN = re.compile(r"\bB[0Oo][A-Z0-9]{8}\b")
# after an "ASIN" label, OCR may add or drop a character: keep the reading to snap it
LABELLED_ASIN = re.compile(r"\bASIN\b[:#]?\s*(B[0Oo][A-Z0-9]{7,9})\b")
GTIN = re.compile(r"(?<![\d-])\d{12,14}(?![\d-])")
MODEL = re.compile(
    r"\b(?:model|mpn|part|sku)\s*(?:no\.?|#|:)?\s*:?\s*([A-Z0-9][A-Z0-9-]{2,})", re.I
)
ZIP_LINE = re.compile(
    r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b\d{4,5}\s+[A-Z][a-z]+|\b[A-Z]\d[A-Z]\s?\d"
)
STREET = re.compile(
    r"^\d+[A-Za-z]?\s+\w+|\b(?:street|st\.|road|rd\.|avenue|ave|lane|drive|way)\b", re.I
)


def parse_date(text: str) -> dt.date | None:
    """The first date in `text` (ISO, 03/14/2026, 14.03.2026, March 14, 2026, 14 Mar 2026)."""
    for match in DATE.finditer(text):
        day = _date(match)
        if day is not None:
            return day
    return None


def _date(match: re.Match[str]) -> dt.date | None:
    g = match.groupdict()
    try:
        if g["iy"]:
            return dt.date(int(g["iy"]), int(g["im"]), int(g["id"]))
        if g["ny"]:
            first, second = int(g["na"]), int(g["nb"])
            month, day = (second, first) if first > 12 else (first, second)
            return dt.date(int(g["ny"]), month, day)
        if g["my"]:
            return dt.date(int(g["my"]), MONTHS[g["mn"].lower()], int(g["md"]))
        return dt.date(int(g["dy"]), MONTHS[g["dm"].lower()], int(g["dd"]))
    except ValueError:
        return None


def fold_asin(text: str) -> str:
    """An ASIN in a form OCR cannot confuse: upper case, O read as 0, I as 1."""
    return text.upper().replace("O", "0").replace("I", "1")


def snap_asin(read: str, known: tuple[str, ...]) -> str:
    """The known ASIN that an OCR reading differs from by at most one character (changed,
    added or dropped), or the reading itself (OCR confuses 5/S, 9/S, 8/B…; two ASINs of
    one seller rarely differ so little)."""
    folded = fold_asin(read)
    for asin in known:
        if _edits(fold_asin(asin), folded) <= 1:
            return asin
    return read


def _edits(a: str, b: str) -> int:
    """Levenshtein distance: characters changed, added or dropped."""
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, start=1):
        current = [i]
        for j, other in enumerate(b, start=1):
            cost = previous[j - 1] + (char != other)
            current.append(min(previous[j] + 1, current[j - 1] + 1, cost))
        previous = current
    return previous[-1]


def identifiers(text: str) -> list[str]:
    """ASINs (normalised), UPC/EAN codes and model numbers in `text`, in order."""
    found = ["B0" + m.group()[2:] for m in ASIN.finditer(text)]
    found += ["B0" + m.group(1)[2:] for m in LABELLED_ASIN.finditer(text)]
    found += [m.group() for m in GTIN.finditer(text)]
    models = (m.group(1) for m in MODEL.finditer(text))  # "Model UPC" is a heading, not a code
    found += [m for m in models if re.search(r"\d", m) and not ASIN.fullmatch(m)]
    return list(dict.fromkeys(found))


def amounts(text: str) -> list[str]:
    return [m.group() for m in MONEY.finditer(text)]
