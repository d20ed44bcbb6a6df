"""Dates in notices: when the message was received, and the window to respond."""

from __future__ import annotations

import datetime
import math
import re
from functools import cache

from reinstate.dates import parse_date
from reinstate.notice._data import load, pattern, patterns
from reinstate.notice._model import Deadline


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
                return Deadline(f"{number} hours", None, number, _after(received, number / 24))
            return Deadline(f"{number} days", number, None, _after(received, number))
    return None


def _after(received: datetime.date | None, days: float) -> datetime.date | None:
    """`received` plus `days` (rounded up); None when unknown or past the calendar's end
    (a message dated 9999-12-31 has no due date, and no OverflowError)."""
    if received is None:
        return None
    try:
        return received + datetime.timedelta(days=math.ceil(days))
    except OverflowError:
        return None
