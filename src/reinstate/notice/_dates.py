"""Dates in notices: when the message was received, and the window to respond."""

from __future__ import annotations

import datetime
import email.utils
import math
import re
from functools import cache

from reinstate.notice._data import load, pattern, patterns
from reinstate.notice._model import Deadline

_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})\b")


@cache
def _month_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = sorted(load("dates")["months"], key=len, reverse=True)
    month = "|".join(re.escape(name) for name in names)
    month_first = re.compile(rf"\b({month})\.? (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})\b", re.I)
    day_first = re.compile(
        rf"\b(\d{{1,2}})(?:st|nd|rd|th|\.)? (?:de )?({month})\.?,? (?:de )?(\d{{4}})\b", re.I
    )
    return month_first, day_first


def _make(year: int, month: int, day: int) -> datetime.date | None:
    year = year + 2000 if year < 100 else year
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _month(name: str) -> int:
    return int(load("dates")["months"][name.lower()])


def _numeric(match: re.Match[str], day_first: bool) -> datetime.date | None:
    first, separator, second, year = match.groups()
    day_first = day_first or separator == "." or int(first) > 12
    day, month = (first, second) if day_first else (second, first)
    return _make(int(year), int(month), int(day))


def parse_date(text: str, marketplace: str | None = None) -> datetime.date | None:
    """The first date written in `text`, in any of the forms notices use."""
    month_first, day_first = _month_patterns()
    if iso := _ISO.search(text):
        return _make(*(int(group) for group in iso.groups()))
    if named := month_first.search(text):
        return _make(int(named[3]), _month(named[1]), int(named[2]))
    if named := day_first.search(text):
        return _make(int(named[3]), _month(named[2]), int(named[1]))
    if numeric := _NUMERIC.search(text):
        return _numeric(numeric, marketplace in load("dates")["day_first_marketplaces"])
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


@cache
def _received_label() -> re.Pattern[str]:
    labels = "|".join(load("labels")["received"])
    return re.compile(rf"^(?:{labels})\s*:\s*(.+)$", re.I | re.MULTILINE)


@cache
def _reply_header() -> re.Pattern[str]:
    endings = "|".join(load("labels")["reply_header"])
    return re.compile(rf"^(.{{6,160}}?)(?:{endings})$", re.I | re.MULTILINE)


def received_in_text(text: str, marketplace: str | None) -> datetime.date | None:
    """The date of a `Date:`/`Sent:` header line, else of a "… wrote:" line, else of a
    line near the top that is only a date."""
    for found_line in (*_received_label().finditer(text), *_reply_header().finditer(text)):
        if found := parse_date(found_line[1], marketplace):
            return found
    for line in text.split("\n")[:8]:
        if 6 <= len(line) <= 40 and (found := parse_date(line, marketplace)):
            return found
    return None


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    value = load("deadlines")["numbers"].get(word.lower())
    return int(value) if value is not None else None


@cache
def _has_number() -> re.Pattern[str]:
    words = "|".join(re.escape(word) for word in load("deadlines")["numbers"])
    return re.compile(rf"\d|\b(?:{words})\b", re.I)


def _deadline_in(sentence: str) -> tuple[int, str] | None:
    if not _has_number().search(sentence):
        return None  # the quick test first: a window always has a number
    if pattern("deadlines", "not_a_deadline").search(sentence):
        return None
    for window in patterns("deadlines", "window"):
        for match in window.finditer(sentence):
            number = _number(match["n"])
            unit = load("deadlines")["units"].get(match["unit"].lower())
            if number and unit:
                return number, unit
    return None


def _due_by(sentence: str, marketplace: str | None) -> Deadline | None:
    if not any(char.isdigit() for char in sentence):
        return None  # a date always has digits
    if pattern("deadlines", "not_a_deadline").search(sentence):
        return None
    for phrase in patterns("deadlines", "due_by"):
        for match in phrase.finditer(sentence):
            if due := parse_date(sentence[match.end() : match.end() + 60], marketplace):
                return Deadline(f"by {due.isoformat()}", None, None, due)
    return None


def find_deadline(
    sentences: list[str], received: datetime.date | None, marketplace: str | None = None
) -> Deadline | None:
    """The first window to respond that the notice gives (a number of days or hours, or
    a date to respond by), and its due date."""
    for sentence in sentences:
        if by_date := _due_by(sentence, marketplace):
            return by_date
        if found := _deadline_in(sentence):
            number, unit = found
            if unit == "hours":
                due = (
                    received + datetime.timedelta(days=math.ceil(number / 24)) if received else None
                )
                return Deadline(f"{number} hours", None, number, due)
            due = received + datetime.timedelta(days=number) if received else None
            return Deadline(f"{number} days", number, None, due)
    return None
