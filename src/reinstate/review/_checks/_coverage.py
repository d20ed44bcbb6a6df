"""Coverage checks: the plan answers every violation, ASIN and document of the notice.

A kind is answered by its kb phrases (`addressed_by`, `mentioned_by`) or by meaning: the
patterns of ``review/data/coverage.toml`` (stems and synonyms); a requested document is
also answered by an exhibit whose file name names it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from reinstate.kb import document_kinds, load_data, violation_kinds
from reinstate.review._checks._common import first_line_hit, mentions_any
from reinstate.review._context import ReviewContext
from reinstate.review._document import Document
from reinstate.review._model import Hit, Rule, phrase_pattern


@cache
def meanings(section: str) -> dict[str, re.Pattern[str]]:
    """Kind slug → one pattern of its meanings, from ``coverage.toml``'s `section`."""
    data = load_data("reinstate.review", "coverage.toml")[section]
    return {slug: re.compile("|".join(patterns)) for slug, patterns in data.items() if patterns}


def _answered(text: str, phrases: Iterable[str], meaning: re.Pattern[str] | None) -> bool:
    """Whether lower-case `text` uses one of `phrases` or matches `meaning`."""
    if meaning is not None and meaning.search(text):
        return True
    alternatives = [phrase_pattern(p.lower()) for p in phrases]
    return bool(alternatives) and re.search("|".join(alternatives), text) is not None


def violation_coverage(doc: Document, ctx: ReviewContext, rule: Rule) -> Iterator[Hit]:
    if ctx.notice is None:
        return
    kinds = violation_kinds()
    body = _without_title(doc)
    for slug in ctx.notice.violations:
        kind = kinds.get(slug)
        if kind is None or not kind.addressed_by:
            continue  # "other" and unknown kinds carry no words to look for
        if not _answered(body, kind.addressed_by, meanings("violations").get(slug)):
            yield first_line_hit(doc, kind=slug, title=kind.title.lower())


def _without_title(doc: Document) -> str:
    """The lower-case plan without its first line when that line is a title (no full stop
    at its end): a violation named only in "Plan of Action - Listing policy and search
    manipulation" is named, not answered."""
    text = doc.folded
    end = text.find("\n")
    first = text[:end] if end >= 0 else text
    if end < 0 or first.rstrip().endswith((".", "!", "?")):
        return text
    return " " * end + text[end:]


def asin_coverage(doc: Document, ctx: ReviewContext, rule: Rule) -> Iterator[Hit]:
    if ctx.notice is None:
        return
    for asin in ctx.notice.asins:
        if not re.search(rf"(?<![A-Za-z0-9]){re.escape(asin)}(?![A-Za-z0-9])", doc.text, re.I):
            yield first_line_hit(doc, asin=asin)


def document_coverage(doc: Document, ctx: ReviewContext, rule: Rule) -> Iterator[Hit]:
    if ctx.notice is None:
        return
    kinds = document_kinds()
    files = " \n ".join(_readable(name) for name in ctx.exhibits.files) if ctx.exhibits else ""
    for request in ctx.notice.documents:
        known = [slug for slug in request if slug in kinds]
        words = [word for slug in known for word in kinds[slug].mentioned_by]
        if not words or any(_document_answered(doc, files, slug) for slug in known):
            continue
        if not mentions_any(doc, words):
            title = " or ".join(kinds[slug].title.lower() for slug in known)
            yield first_line_hit(doc, kind="/".join(request), title=title)


def _document_answered(doc: Document, files: str, slug: str) -> bool:
    phrases = document_kinds()[slug].mentioned_by
    meaning = meanings("documents").get(slug)
    return _answered(doc.folded, phrases, meaning) or _answered(files, phrases, meaning)


def _readable(name: str) -> str:
    """A file name as words: "Exhibit_2-Letter-of-Authorization.pdf" → "exhibit 2 letter of
    authorization pdf"."""
    return re.sub(r"[_\-.]+", " ", name).lower()
