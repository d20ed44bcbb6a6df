"""Structure checks: the three parts, their order, length, figures and tense."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reinstate.review._checks._common import body_matches, first_line_hit, parts_of
from reinstate.review._context import ReviewContext
from reinstate.review._document import Document
from reinstate.review._model import Hit, Rule
from reinstate.review._sections import PARTS, has_cue

PART_TITLES = {
    "root_cause": "root cause",
    "corrective": "corrective actions",
    "preventive": "preventive actions",
}


def missing_part(doc: Document, ctx: ReviewContext, rule: Rule) -> Iterator[Hit]:
    if not parts_of(doc)[rule.params["part"]].present:
        yield first_line_hit(doc)


def part_order(doc: Document, ctx: ReviewContext, rule: Rule) -> Iterator[Hit]:
    present = [part for part in parts_of(doc).values() if part.present]
    if len(present) < 2:
        return
    found = sorted(present, key=lambda part: part.start)
    expected = sorted(present, key=lambda part: PARTS.index(part.name))
    if [p.name for p in found] != [p.name for p in expected]:
        misplaced = next(f for f, e in zip(found, expected, strict=True) if f.name != e.name)
        sentence = misplaced.sentences[0]
        order = ", then ".join(PART_TITLES[p.name] for p in found)
        yield Hit(sentence.start, sentence.end, {"order": order})


def length_short(doc: Document, ctx: ReviewContext, rule: Rule) -> Iterator[Hit]:
    """Fewer words than `min_words`, unless the plan is only a little short (at least
    `_NEARLY` of the mark) and has all three parts: the length is a proxy for the detail
    Amazon asks for, and a complete plan of 280 words has it."""
    limit = ctx.config.min_words
    if doc.words >= limit:
        return
    if doc.words >= _NEARLY * limit and all(part.present for part in parts_of(doc).values()):
        return
    yield first_line_hit(doc, words=doc.words, limit=limit)


_NEARLY = 0.8


def length_long(doc: Document, ctx: ReviewContext, rule: Rule) -> Iterator[Hit]:
    if doc.words > ctx.config.max_words:
        yield first_line_hit(doc, words=doc.words, limit=ctx.config.max_words)


def no_figures(doc: Document, ctx: ReviewContext, rule: Rule) -> Iterator[Hit]:
    figures = re.compile("|".join(rule.params["figures"]), re.IGNORECASE)
    for part in parts_of(doc).values():
        body = [s for s in part.sentences if not s.is_heading]
        if body and not any(figures.search(s.text) for s in body):
            yield Hit(body[0].start, body[0].end, {"part": PART_TITLES[part.name]})


def corrective_future(doc: Document, ctx: ReviewContext, rule: Rule) -> Iterator[Hit]:
    """Promises in the corrective part; sentences about prevention may use the future, and
    so may those under a heading that names prevention too ("What we changed so it does not
    happen again"), though not the part's other sentences."""
    part = parts_of(doc)["corrective"]
    if rule.regex is None:
        return
    promises = []
    for sentence in part.sentences:
        if sentence.is_heading or has_cue(sentence, "preventive"):
            continue
        if sentence.start in part.shared_starts:
            continue
        if _CONDITION.match(sentence.text):
            continue  # "If a buyer writes, we will refund the same day": a standing rule
        match = rule.regex.search(doc.folded, sentence.start, sentence.end)
        if match:
            promises.append((sentence, match))
    done = len([s for s in part.sentences if not s.is_heading]) - len(promises)
    for sentence, match in promises:
        if done >= _DONE_BEFORE_PENDING and _DEADLINE.search(sentence.text):
            continue  # one pending step with its date among steps already done
        yield Hit(match.start(), match.end())


# A rule told as a condition, and the date by which a pending step is done.
_CONDITION = re.compile(r"^\W*(?:if|when|whenever|should|unless|once)\b", re.I)
_DEADLINE = re.compile(
    r"\b(?:by|on|before|no later than) (?:\d{1,2}(?:st|nd|rd|th)? [a-z]+|[a-z]+ \d{1,2}|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|the end of (?:this|the) (?:week|month))\b",
    re.I,
)
_DONE_BEFORE_PENDING = 2


def vague(doc: Document, ctx: ReviewContext, rule: Rule) -> Iterator[Hit]:
    """The rule's vague phrases, except courtesy (the rule's `courtesy` patterns: "we take this
    seriously") in the closing of a plan that has all three parts: there it closes a plan
    whose steps are told, it does not stand in for them."""
    courtesy = re.compile("|".join(rule.params.get("courtesy", [])) or "(?!)", re.IGNORECASE)
    closing = _closing_blocks(doc) if all(p.present for p in parts_of(doc).values()) else set()
    for hit in body_matches(doc, rule):
        sentence = doc.sentence_at(hit.start)
        in_closing = sentence is not None and sentence.block in closing
        if in_closing and courtesy.fullmatch(doc.masked[hit.start : hit.end]):
            continue
        yield hit


def _closing_blocks(doc: Document) -> set[int]:
    """The last two paragraphs of the plan's body (a closing and a signature)."""
    blocks = list(dict.fromkeys(s.block for s in doc.sentences if not s.is_heading))
    return set(blocks[-_CLOSING_BLOCKS:])


_CLOSING_BLOCKS = 2
