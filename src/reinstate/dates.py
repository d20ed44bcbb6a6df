"""Reading a date as people and Amazon write it: one parser for every package.

Notices, invoices and other evidence, and the date columns of report files are all read by
the rules of ``reinstate/kb/data/dates.toml``: month names in the languages of Amazon's
marketplaces, ISO dates, and numeric dates whose day/month order the marketplace decides
(dotted dates are day-first; a slashed date is month-first where the marketplace is not
known ⚠, see the data file).

    parse_date("Invoice date: 05.03.2026")          # 2026-03-05
    parse_date("05/03/2026", marketplace="UK")       # 2026-03-05
    parse_date("05/03/2026")                         # 2026-05-03 (no marketplace: US order)
    parse_date("2026年6月8日")                        # 2026-06-08
    COLUMN_FORMATS                                   # strptime formats for report columns
"""

from __future__ import annotations

import datetime
import email.utils
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from reinstate.kb import load_data

__all__ = [
    "COLUMN_FORMATS",
    "FIRST_YEAR",
    "LAST_YEAR",
    "check_year",
    "date_spans",
    "day_first",
    "parse_date",
]

# The years a notice, report or --as-of/--received date may fall in (kb/data/limits.toml):
# dates outside them are damage or a typo, and near 9999 they overflow date arithmetic.
FIRST_YEAR: int = load_data("reinstate.kb", "limits.toml")["dates"]["first_year"]
LAST_YEAR: int = load_data("reinstate.kb", "limits.toml")["dates"]["last_year"]

# ISO, and its slashed form (2026/03/14); a time may follow ("2026-03-14T10:00:00").
_ISO = re.compile(r"\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.]\d)")  # and 2026.05.13
# Year, month and day with their Chinese or Japanese (年月日) or Korean (년월일) signs.
_CJK = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
# Day, month and year (in some order) with dots or slashes, or dashes and a 4-digit year;
# not inside a code such as a SKU ("KIT-03-12-25").
_NUMERIC = re.compile(
    r"(?<![\w./-])(\d{1,2})([./]|-(?=\d{1,2}-\d{4}\b))(\d{1,2})\2(\d{4}|\d{2})\b(?![./-]\w)"
)


@cache
def _data() -> dict[str, Any]:
    return load_data("reinstate.kb", "dates.toml")


COLUMN_FORMATS: tuple[str, ...] = tuple(_data()["column_formats"])


@cache
def _named_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = sorted(_data()["months"], key=len, reverse=True)
    month = "|".join(re.escape(name) for name in names)
    month_first = re.compile(
        rf"\b({month})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE
    )
    day_first = re.compile(
        rf"\b(\d{{1,2}})(?:st|nd|rd|th|\.)?[\s-]+(?:de\s+)?({month})\.?,?[\s-]+(?:de\s+)?"
        rf"(\d{{4}}|(?<=\w-)\d{{2}}(?![\d-]))\b",  # "07-Sep-26": a 2-digit year after a dash
        re.IGNORECASE,
    )
    return month_first, day_first


def day_first(marketplace: str | None) -> bool:
    """Whether the marketplace writes numeric dates day first (False when not known)."""
    return marketplace is not None and marketplace.upper() in _data()["day_first_marketplaces"]


def check_year(
    day: datetime.date | None, what: str, *, path: str | None = None, field: str | None = None
) -> None:
    """Raise an InputError when `day` (called `what`) is outside FIRST_YEAR-LAST_YEAR."""
    from reinstate.errors import InputError

    if day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise InputError(
            f"{what} {day.isoformat()} is outside {FIRST_YEAR}-{LAST_YEAR}, the years"
            " reinstate reads",
            path=path,
            field=field,
        )


def _make(year: int, month: int, day: int) -> datetime.date | None:
    year = year + 2000 if year < 100 else year
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _month(name: str) -> int:
    return int(_data()["months"][name.lower()])


def _numeric(match: re.Match[str], marketplace: str | None) -> datetime.date | None:
    first, separator, second, year = match.groups()
    # Dots and dashes are day-first (DE D.M.YY; FBA returns DD-MM-YYYY, amazon.md §4.4).
    order_day_first = separator in ".-" or day_first(marketplace)
    if int(first) > 12 or int(second) > 12:  # only one order gives a date
        order_day_first = int(first) > 12
    day, month = (first, second) if order_day_first else (second, first)
    return _make(int(year), int(month), int(day))


def date_spans(
    text: str, marketplace: str | None = None
) -> Iterator[tuple[int, int, datetime.date]]:
    """Every date written in `text` with its start and end, in order of position."""
    month_first, named_day_first = _named_patterns()
    found: list[tuple[int, int, datetime.date | None]] = []
    for iso in _ISO.finditer(text):
        day = _make(int(iso[1]), int(iso[3]), int(iso[4]))
        found.append((iso.start(), iso.end(), day))
    for cjk in _CJK.finditer(text):
        found.append((cjk.start(), cjk.end(), _make(int(cjk[1]), int(cjk[2]), int(cjk[3]))))
    for named in month_first.finditer(text):
        day = _make(int(named[3]), _month(named[1]), int(named[2]))
        found.append((named.start(), named.end(), day))
    for named in named_day_first.finditer(text):
        day = _make(int(named[3]), _month(named[2]), int(named[1]))
        found.append((named.start(), named.end(), day))
    for numeric in _NUMERIC.finditer(text):
        found.append((numeric.start(), numeric.end(), _numeric(numeric, marketplace)))
    for start, end, day in sorted(found, key=lambda f: (f[0], -f[1])):
        if day is not None:
            yield start, end, day


def parse_date(text: str, marketplace: str | None = None) -> datetime.date | None:
    """The first date written in `text` (the earliest in the text), else an e-mail date.

    `marketplace` (e.g. "UK", "US") decides the order of a slashed numeric date."""
    for _start, _end, day in date_spans(text, marketplace):
        return day
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None
