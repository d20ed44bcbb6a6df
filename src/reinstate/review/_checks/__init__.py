"""Checks: the rules that phrases and patterns cannot express.

Every check has one shape, ``check(doc, context, rule) -> Iterable[Hit]``, reads its words
from the rule's data where it can, and is registered in ``CHECKS``, one explicit list. A new
check is made by copying a sibling and adding a line here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from reinstate.review._checks import _coverage, _evidence, _facts, _language, _structure, _tone
from reinstate.review._checks._common import body_matches
from reinstate.review._context import ReviewContext
from reinstate.review._document import Document
from reinstate.review._model import Hit, Rule

Check = Callable[[Document, ReviewContext, Rule], Iterable[Hit]]

CHECKS: dict[str, Check] = {
    "missing-part": _structure.missing_part,
    "part-order": _structure.part_order,
    "length-short": _structure.length_short,
    "length-long": _structure.length_long,
    "no-figures": _structure.no_figures,
    "vague": _structure.vague,
    "corrective-future": _structure.corrective_future,
    "emotive": _tone.emotive,
    "tone-sentences": _tone.tone_sentences,
    "customer-data": _tone.customer_data,
    "violation-coverage": _coverage.violation_coverage,
    "asin-coverage": _coverage.asin_coverage,
    "document-coverage": _coverage.document_coverage,
    "missing-exhibit": _evidence.missing_exhibit,
    "unused-exhibit": _evidence.unused_exhibit,
    "unsupported-claim": _evidence.unsupported_claim,
    "support-case": _evidence.support_case,
    "metric-mismatch": _facts.metric_mismatch,
    "spelling": _language.spelling,
    "long-sentence": _language.long_sentence,
}


def pattern_hits(doc: Document, rule: Rule) -> Iterable[Hit]:
    """Hits of a rule's phrases and patterns anywhere in the text but headings."""
    return body_matches(doc, rule)
