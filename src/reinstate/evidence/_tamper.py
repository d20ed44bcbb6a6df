"""Hints that a PDF may have been edited: its metadata, its revisions, its fonts.

These are risks worded for the seller, never accusations: a reviewer may see the same
signs and doubt the document, so it is better to send the file as the supplier issued it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from reinstate.evidence._model import Document, Fields, Finding
from reinstate.evidence._rules import rule

_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})(\d{2})")
MIN_WORDS_FOR_FONTS = 30


def pdf_date(value: str | None) -> dt.date | None:
    """The day of a PDF date string (``D:20260314120000+00'00'``)."""
    match = _PDF_DATE.match(value or "")
    if not match:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def editor_metadata(document: Document) -> list[Finding]:
    check = rule("tamper.editor-metadata")
    editors = [str(name) for name in check.options.get("editors", [])]
    for key in ("producer", "creator"):
        value = document.metadata.get(key, "")
        if any(editor in value.lower() for editor in editors):
            return [check.finding(value=value)]
    return []


def modified_after_issue(document: Document, fields: Fields) -> list[Finding]:
    check = rule("tamper.modified-after-issue")
    grace = int(check.options.get("grace_days", 30))
    modified = pdf_date(document.metadata.get("modDate"))
    created = pdf_date(document.metadata.get("creationDate"))
    if modified is None:
        return []
    for label, start in (("created", created), ("issued", fields.invoice_date)):
        if start is not None and (modified - start).days > grace:
            days = (modified - start).days
            return [check.finding(value=modified.isoformat(), limit=days, notice=label)]
    return []


def incremental_update(document: Document) -> list[Finding]:
    ends = document.raw.count(b"%%EOF")
    allowed = 2 if b"/Linearized" in document.raw[:2048] else 1
    if ends > allowed:
        return [rule("tamper.incremental-update").finding(value=ends)]
    return []


def mixed_fonts(document: Document) -> list[Finding]:
    """Numbers set in a font that no more than two words on the page use."""
    check = rule("tamper.mixed-fonts")
    findings = []
    for page in document.pages:
        if not page.text_layer or len(page.words) < MIN_WORDS_FOR_FONTS:
            continue
        fonts = Counter(word.font for word in page.words)
        for word in page.words:
            if fonts[word.font] <= 2 and re.search(r"\d", word.text):
                findings.append(
                    check.finding(page.number, word.box, value=word.text, limit=word.font)
                )
    return findings


def tamper_hints(document: Document, fields: Fields) -> list[Finding]:
    """Every tamper hint for a PDF (none for images: they carry no such history)."""
    if document.format != "pdf":
        return []
    return [
        *editor_metadata(document),
        *modified_after_issue(document, fields),
        *incremental_update(document),
        *mixed_fonts(document),
    ]
