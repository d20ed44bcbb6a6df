"""Tone checks that need more than a phrase list: shouting, and customer data in context."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reinstate.review._checks._common import body_matches
from reinstate.review._context import ReviewContext
from reinstate.review._document import Document
from reinstate.review._model import Hit, Rule
from reinstate.review._wordlists import wordlist

_CAPITALS = re.compile(r"(?<![\w-])[A-Z]{2,}(?:[ ]+[A-Z]{2,})*(?![\w-])")
_SHOUT_MIN_LETTERS = 4
# A name, phone or address next to these words is the seller's own or a supplier's.
_OWN_CONTEXT = re.compile(
    r"\b(?:our (?:[a-z]+ )?(?:manager|lead|supervisor|owner|director|officer|team|staff|employee|"
    r"colleague|founder|ceo|warehouse|office|support|contact)|supplier|manufacturer|distributor|"
    r"wholesaler|factory|brand owner|rights owner)\b",
    re.I,
)
_BUYER_CONTEXT = re.compile(r"\b(?:buyer|customer|recipient|purchaser|shopper)s?\b", re.I)


def emotive(doc: Document, ctx: ReviewContext, rule: Rule) -> Iterator[Hit]:
    yield from body_matches(doc, rule)
    acronyms = wordlist(rule.params.get("wordlist", "acronyms.txt"))
    for match in _CAPITALS.finditer(doc.masked):
        words = [w for w in match.group(0).split() if w.lower() not in acronyms]
        if any(len(word) >= _SHOUT_MIN_LETTERS for word in words) and not doc.in_heading(
            match.start()
        ):
            yield Hit(match.start(), match.end())


def customer_data(doc: Document, ctx: ReviewContext, rule: Rule) -> Iterator[Hit]:
    """Names, phones, addresses and emails, unless the sentence is about the seller's own
    people or a supplier and not about a buyer."""
    for hit in body_matches(doc, rule):
        sentence = doc.sentence_at(hit.start)
        text = sentence.text if sentence else ""
        if _OWN_CONTEXT.search(text) and not _BUYER_CONTEXT.search(text):
            continue
        yield hit
