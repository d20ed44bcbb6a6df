"""Coverage checks: the plan answers every violation, ASIN and document of the notice."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reinstate.kb import document_kinds, violation_kinds
from reinstate.review._checks._common import first_line_hit, mentions_any
from reinstate.review._context import ReviewContext
from reinstate.review._document import Document
from reinstate.review._model import Hit, Rule


def violation_coverage(doc: Document, ctx: ReviewContext, rule: Rule) -> Iterator[Hit]:
    if ctx.notice is None:
        return
    kinds = violation_kinds()
    for slug in ctx.notice.violations:
        kind = kinds.get(slug)
        if kind is None or not kind.addressed_by:
            continue  # "other" and unknown kinds carry no words to look for
        if not mentions_any(doc, kind.addressed_by):
            yield first_line_hit(doc, kind=slug, title=kind.title.lower())


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
    for request in ctx.notice.documents:
        words = [word for slug in request if slug in kinds for word in kinds[slug].mentioned_by]
        if words and not mentions_any(doc, words):
            title = " or ".join(kinds[slug].title.lower() for slug in request if slug in kinds)
            yield first_line_hit(doc, kind="/".join(request), title=title)
