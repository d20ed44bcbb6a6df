"""Tone checks that need more than a phrase list: sentences the tone classifier flags,
shouting, and customer data in context."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator
from functools import cache

from reinstate.review._checks._common import body_matches
from reinstate.review._checks._controls import (
    grants,
    is_consequence,
    is_own_action,
    is_present_control,
    names_no_party_or_fault,
)
from reinstate.review._context import ReviewContext
from reinstate.review._document import Document, Sentence
from reinstate.review._model import Hit, Rule
from reinstate.review._tone_model import LABELS, Scores, tone_model
from reinstate.review._vocabulary import common_words
from reinstate.review._wordlists import wordlist
from reinstate.review._words import english_words

_CAPITALS = re.compile(r"(?<![\w-])[A-Z]{2,}(?:[ ]+[A-Z]{2,})*(?![\w-])")
_SHOUT_MIN_LETTERS = 4
_EXCLAMATIONS = re.compile("!+")
# A name, phone or address next to these words is the seller's own or a supplier's (an
# address verification plan quotes the account's address).
_OWN_CONTEXT = re.compile(
    r"\b(?:our (?:[a-z]+ )?(?:manager|lead|supervisor|owner|director|officer|team|staff|employee|"
    r"colleague|founder|ceo|warehouse|office|support|contact)|supplier|manufacturer|distributor|"
    r"wholesaler|factory|brand owner|rights owner|"
    r"(?:account|business|company|registered|office|warehouse|our) address|"
    r"address (?:in|on) (?:seller central|the account|our account|the (?:utility )?bill))\b",
    re.I,
)
_BUYER_CONTEXT = re.compile(r"\b(?:buyer|customer|recipient|purchaser|shopper)s?\b", re.I)


_MIN_WORDS = 3
_EXCERPT_WORDS = 8


def tone_sentences(doc: Document, ctx: ReviewContext, rule: Rule) -> Iterator[Hit]:
    """The rule's phrases and patterns, then every other sentence that the tone classifier
    (``_tone_model``) gives to the rule's `label` with at least `threshold` probability."""
    hits = list(body_matches(doc, rule))
    yield from hits
    yield from _classified_hits(doc, rule, hits)


def emotive(doc: Document, ctx: ReviewContext, rule: Rule) -> Iterator[Hit]:
    """Emotive phrases, exclamation marks, shouting, and sentences the classifier calls
    emotive. (Exclamation marks are found here rather than by a pattern, so that the
    rule's patterns all start at a word and can be prefiltered.)"""
    hits = list(body_matches(doc, rule))
    for match in _EXCLAMATIONS.finditer(doc.masked):
        if not doc.in_heading(match.start()):
            hits.append(Hit(match.start(), match.end()))
    title = _title_line(doc.masked)
    quoted = _quote_reader(doc.masked)
    for match in _CAPITALS.finditer(doc.masked):
        if title[0] <= match.start() < title[1]:
            continue  # "PLAN OF ACTION - PRODUCT SAFETY (ASIN ...)": a title, not shouting
        if quoted(match.start()):
            continue  # '"IKEA compatible" was removed from the title': a quote, not shouting
        if _is_shouting(match.group(0), rule) and not doc.in_heading(match.start()):
            hits.append(Hit(match.start(), match.end()))
    yield from hits
    yield from _classified_hits(doc, rule, hits)


def _classified_hits(doc: Document, rule: Rule, hits: list[Hit]) -> Iterator[Hit]:
    column = LABELS.index(rule.params["label"])
    threshold = float(rule.params.get("threshold", 0.5))
    owned = _owned(tuple(rule.params.get("owned", ())))
    taken = [(hit.start, hit.end) for hit in hits]
    sentences, probabilities = _classified(doc)
    owning: set[int] | None = None  # read only when a sentence is scored over the threshold
    granted: set[int] = set()
    for sentence, row in zip(sentences, probabilities, strict=True):
        if row[column] < threshold:
            continue
        if owned is not None:
            if owning is None:
                owning, granted = _owning_blocks(sentences, owned), _granted(sentences)
            if owned.search(sentence.text) or sentence.start in granted:
                continue  # the sentence owns the cause ("because we ...", "our mistake")
            if _owned_in_context(sentence, owning):
                continue  # the paragraph owns the cause ("our mistake"), or a control of ours
        if any(start < sentence.end and sentence.start < end for start, end in taken):
            continue  # the pattern layer already points into this sentence
        yield Hit(sentence.start, sentence.end, {"match": _shortened(sentence.text)})


def _owning_blocks(sentences: list[Sentence], owned: re.Pattern[str] | None) -> set[int]:
    """The paragraphs and lists in which a sentence owns the cause: "Our packer put them back
    on the shelf. [...] We did not have a written rule for returns, this is our mistake." """
    if owned is None:
        return set()
    return {s.block for s in sentences if owned.search(s.text)}


def _granted(sentences: list[Sentence]) -> set[int]:
    """Starts of the sentences that the next one grants: "Your notice says that we opened
    many cases [...]. Both are true." """
    return {
        first.start
        for first, second in itertools.pairwise(sentences)
        if first.block == second.block and grants(second.text)
    }


def _owned_in_context(sentence: Sentence, owning: set[int]) -> bool:
    """A control or corrective act of the seller's, or, in a paragraph that owns the cause,
    a sentence that names no other party and no fault ("Our packer put them back on the
    shelf"); "The carrier lost ..." there is still blame."""
    if _a_control(sentence.text) or is_consequence(sentence.text):
        return True
    return sentence.block in owning and names_no_party_or_fault(sentence.text)


def _a_control(text: str) -> bool:
    """A control in the present tense, or a corrective act of the seller's."""
    return is_present_control(text) or is_own_action(text)


@cache
def _owned(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """The rule's `owned` patterns as one expression: a sentence matching it owns the
    cause, so the classifier's score alone does not flag it (the rule's own patterns do)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I) if patterns else None


def _classified(doc: Document) -> tuple[list[Sentence], list[Scores]]:
    """The body sentences of `doc` and their tone probabilities, computed once."""
    if "tone" not in doc.cache:
        body = [s for s in doc.sentences if not s.is_heading and s.words >= _MIN_WORDS]
        doc.cache["tone"] = (body, sentence_probabilities([s.text for s in body]))
    result: tuple[list[Sentence], list[Scores]] = doc.cache["tone"]
    return result


_RECENT_SENTENCES = 4096
_recent: dict[str, Scores] = {}


def sentence_probabilities(texts: list[str]) -> list[Scores]:
    """The tone model's probabilities of each sentence, remembering the last few thousand
    sentences: a plan reviewed again while it is typed (the web editor's live review) differs
    from the last review by a sentence or two, so the others are not classified again. A
    sentence's probabilities depend on its text alone. Shared by threads: a race can only
    classify a sentence twice, never give it another's scores."""
    missing = [text for text in dict.fromkeys(texts) if text not in _recent]
    if missing:
        if len(_recent) + len(missing) > _RECENT_SENTENCES:
            _recent.clear()
        _recent.update(zip(missing, tone_model().probabilities(missing), strict=True))
    return [_recent.get(text) or tone_model().probabilities([text])[0] for text in texts]


def _title_line(text: str) -> tuple[int, int]:
    """The span of the document's first line when it reads as a title (no "!" and no full
    stop at its end), else an empty span."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end].rstrip()
    return (start, end) if line and "!" not in line and not line.endswith(".") else (0, 0)


def _shortened(text: str) -> str:
    words = text.split()
    return " ".join(words[:_EXCERPT_WORDS]) + ("…" if len(words) > _EXCERPT_WORDS else "")


def _is_shouting(capitals: str, rule: Rule) -> bool:
    """Words in capitals that are common English words ("PLEASE", "NEVER"), not acronyms
    nor names: a word in capitals that is rare in English (MSDS, SIOC, IKEA, BOSCH) is taken
    for an acronym or a brand written as the brand writes it."""
    acronyms = wordlist(rule.params.get("wordlist", "acronyms.txt"))
    english = english_words()
    common = common_words()
    return any(
        len(word) >= _SHOUT_MIN_LETTERS
        and word.lower() in english
        and word.lower() not in acronyms
        and (not common or word.lower() in common)
        for word in capitals.split()
    )


_QUOTES = re.compile('["\u201c\u201d]')


def _quote_reader(text: str) -> Callable[[int], bool]:
    """Whether an offset is inside quotation marks on its line: an odd number of quotation
    marks between the line's start and the offset. The marks and line ends are found once,
    so each question costs a binary search (one long line of capitals stays linear)."""
    quotes = [m.start() for m in _QUOTES.finditer(text)]
    if not quotes:
        return lambda offset: False
    lines = [m.start() for m in re.finditer("\n", text)]

    def inside(offset: int) -> bool:
        line = bisect.bisect_left(lines, offset)
        line_start = lines[line - 1] + 1 if line else 0
        count = bisect.bisect_left(quotes, offset) - bisect.bisect_left(quotes, line_start)
        return count % 2 == 1

    return inside


def customer_data(doc: Document, ctx: ReviewContext, rule: Rule) -> Iterator[Hit]:
    """Names, phones, addresses and emails, unless the sentence is about the seller's own
    people or a supplier and not about a buyer. A name with a title ("Mr. Joshi") counts
    only in a sentence about a buyer: plans name their own staff that way too."""
    if rule.regex is None:
        return
    contexts: dict[int, tuple[bool, bool]] = {}  # sentence start -> (buyer, own)
    for match in rule.regex.finditer(doc.masked):
        if doc.in_heading(match.start()):
            continue
        about_buyer, own = _contexts(doc, match.start(), contexts)
        if match.lastgroup == "title_name" and not about_buyer:
            continue
        if own and not about_buyer:
            continue
        yield Hit(match.start(), match.end())


def _contexts(doc: Document, offset: int, seen: dict[int, tuple[bool, bool]]) -> tuple[bool, bool]:
    """Whether the sentence at `offset` is about a buyer, and about the seller's own people,
    read once per sentence (a long sentence with many matches is not searched again)."""
    sentence = doc.sentence_at(offset)
    key = sentence.start if sentence else -1
    if key not in seen:
        text = sentence.text if sentence else ""
        seen[key] = (_BUYER_CONTEXT.search(text) is not None, _OWN_CONTEXT.search(text) is not None)
    return seen[key]
