"""Tone checks that need more than a phrase list: shouting, and customer data in context."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reinstate.review._checks._common import body_matches
from reinstate.review._context import ReviewContext
from reinstate.review._document import Document
from reinstate.review._model import Hit, Rule
from reinstate.review._wordlists import wordlist
from reinstate.review._words import english_words

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
    for match in _CAPITALS.finditer(doc.masked):
        if _is_shouting(match.group(0), rule) and not doc.in_heading(match.start()):
            yield Hit(match.start(), match.end())


def _is_shouting(capitals: str, rule: Rule) -> bool:
    """Words in capitals that are ordinary English words ("PLEASE", "NEVER"), not
    acronyms: an unknown word in capitals (MSDS, SIOC) is taken for an acronym."""
    acronyms = wordlist(rule.params.get("wordlist", "acronyms.txt"))
    english = english_words()
    return any(
        len(word) >= _SHOUT_MIN_LETTERS and word.lower() in english and word.lower() not in acronyms
        for word in capitals.split()
    )


def customer_data(doc: Document, ctx: ReviewContext, rule: Rule) -> Iterator[Hit]:
    """Names, phones, addresses and emails, unless the sentence is about the seller's own
    people or a supplier and not about a buyer. A name with a title ("Mr. Joshi") counts
    only in a sentence about a buyer: plans name their own staff that way too."""
    if rule.regex is None:
        return
    for match in rule.regex.finditer(doc.masked):
        if doc.in_heading(match.start()):
            continue
        sentence = doc.sentence_at(match.start())
        text = sentence.text if sentence else ""
        about_buyer = _BUYER_CONTEXT.search(text) is not None
        if match.lastgroup == "title_name" and not about_buyer:
            continue
        if _OWN_CONTEXT.search(text) and not about_buyer:
            continue
        yield Hit(match.start(), match.end())
