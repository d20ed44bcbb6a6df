"""Reading a notice: from a file or text to a `Notice`."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from reinstate.dates import check_year
from reinstate.errors import InputError
from reinstate.notice import _dates, _links, _message
from reinstate.notice._model import Notice
from reinstate.notice._reading import read_document
from reinstate.notice._text import CONTENT_TYPES, Document, from_eml, sniff, to_document
from reinstate.textio import decode_text, display_name, parse_json, read_bytes

EMPTY_HINT = "Paste the whole message from Amazon into the file, or save the e-mail as .eml."


def parse_notice(
    text: str,
    *,
    source: str = "<text>",
    received: datetime.date | None = None,
    content_type: str = "text",
) -> Notice:
    """Read a notice from `text` (plain `text`, `html` or `eml`).

    `received` (the day the seller got the message) wins over any date the message
    carries; the due date of the deadline counts from it.
    """
    if content_type not in CONTENT_TYPES:
        raise InputError(
            f"unknown content type {content_type!r}; use one of {', '.join(CONTENT_TYPES)}"
        )
    if not text.strip():
        raise InputError("is empty", path=source, hint=EMPTY_HINT)
    check_year(received, "the day received", field="--received")
    return _analyse(to_document(text, content_type), source, received)


def read_notice(path: str | Path, *, received: datetime.date | None = None) -> Notice:
    """Read the notice in the file at `path` (`-` for standard input).

    The file may be a copy-paste (.txt), an e-mail (.eml), a saved page (.html) or a
    notice already read, in its JSON shape (version 1).
    """
    source = display_name(path)
    check_year(received, "the day received", field="--received")
    data = read_bytes(path, "text")
    if not data.strip():
        raise InputError("is empty", path=source, hint=EMPTY_HINT)
    head = data[:2048].decode("latin-1")
    kind = sniff(head, str(path))
    if kind == "eml":
        return _analyse(from_eml(data, source), source, received)
    text = decode_text(data, path)
    if kind == "text" and (_looks_like_json(text) or _is_json_file(path)):
        return _from_json(text, source)
    return parse_notice(text, source=source, received=received, content_type=kind)


# JSON opens with "{" or "[" then a value; a forum copy opens with "[quote=…]" or "[b]".
_JSON_START = re.compile(r"\s*(?:\{|\[\s*(?:[\[{\]\"\d-]|true|false|null))")


def _looks_like_json(text: str) -> bool:
    return bool(_JSON_START.match(text))


def _is_json_file(path: str | Path) -> bool:
    return str(path).lower().endswith(".json")


def _from_json(text: str, source: str) -> Notice:
    data = parse_json(text, source, "looks like JSON but is not valid")
    return Notice.from_dict(data, source=source)


def _analyse(document: Document, source: str, received: datetime.date | None) -> Notice:
    text = document.text
    if not text.strip():
        raise InputError("has no text in it", path=source, hint=EMPTY_HINT)
    place = _links.marketplace(text, document.links)
    received = received or _dates.received_in_text(text, place) or document.sent
    check_year(received, "the notice's date", path=source)
    return read_document(document, source, received, place, _message.decide(text))
