"""Language checks: spelling (offline, with a domain dictionary) and sentence length."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from reinstate.kb import domain_words, spelling_variants
from reinstate.review._context import ReviewContext
from reinstate.review._document import Document
from reinstate.review._model import Hit, Rule
from reinstate.review._words import Lexicon, english_words

# Spans the spelling rule never reads: URLs, emails and file or domain names. Words
# touching a digit (ASINs, SKUs, order IDs) never make a token at all. Each branch is tried
# only where its run of characters begins (the look-behinds) and never gives back what it
# read (possessive `++`), so one long run costs one pass, not one pass per position: an
# 80,000-character word took 27 s before (tests/review/test_hostile_text.py).
_SKIP = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++"
    r"|\b(?<![\w-])(?<![\w-]\.)[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}\b",
    re.I,
)
# Words longer than this get no suggestion and are never compared with the dictionary by
# edit distance (which grows with the square of the length): no English word comes close.
_LONGEST_WORD = 40
# Every skipped span holds one of these: a dot, @ or slash before a non-space character.
_SKIP_NEEDS = re.compile(r"[.@/]\S")
_SPACE = re.compile(r"\s")
_TOKEN = re.compile(r"(?<![\w-])[A-Za-z][A-Za-z']*(?:-[A-Za-z']+)*(?![\w-])")


@cache
def _speller() -> Any:
    from spellchecker import SpellChecker  # loads a 160k-word list

    return SpellChecker(distance=1)


@cache
def _dictionary() -> Lexicon:
    """English words, domain words and British forms, lower case."""
    return Lexicon(english_words(), domain_words() | spelling_variants().words)


def spelling(doc: Document, ctx: ReviewContext, rule: Rule) -> Iterator[Hit]:
    known = _dictionary().with_words(ctx.config.words)
    text = without_skipped(doc.masked)
    tokens = list(_TOKEN.finditer(text))
    words = [match.group(0).rstrip("'") for match in tokens]
    unknown = {word.lower() for word in words} - known.base - known.extra
    if not unknown:
        return  # the usual case: every word is in the dictionary
    starts = _sentence_first_words(doc, text)
    names = _names(tokens, starts)
    for index, (match, word) in enumerate(zip(tokens, words, strict=True)):
        lower = word.lower()
        if lower not in unknown or _is_name_or_code(word, match.start() in starts):
            continue
        if _known(lower, known):
            continue
        if word[0].isupper() and (word in names or _followed_by_a_name(tokens, index, text)):
            continue  # "Priya Lindqvist", or a name also used mid-sentence
        if word[0].isupper() and not _near_a_known_word(lower):
            continue  # a capitalised word with no near match is a name
        yield Hit(match.start(), match.start() + len(word), suggestion=_suggest(word))


def without_skipped(text: str) -> str:
    """`text` with the spans of `_SKIP` blanked out. The pattern runs only over the
    whitespace-delimited chunks that could hold such a span (which is exactly what it would
    match over the whole text: no span crosses whitespace), not over every word."""
    pieces: list[str] = []
    done = 0
    for need in _SKIP_NEEDS.finditer(text):
        if need.start() < done:
            continue  # inside a chunk already read
        start = max(text.rfind(space, 0, need.start()) for space in " \n\t\r\f\v") + 1
        start = max(start, done)
        space = _SPACE.search(text, need.start())
        end = space.start() if space else len(text)
        pieces += [text[done:start], _SKIP.sub(_blank, text[start:end])]
        done = end
    return "".join(pieces) + text[done:] if pieces else text


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _names(tokens: list[re.Match[str]], starts: set[int]) -> set[str]:
    """Capitalised words used mid-sentence: names, wherever else they appear."""
    return {m.group(0) for m in tokens if m.group(0)[0].isupper() and m.start() not in starts}


def _followed_by_a_name(tokens: list[re.Match[str]], index: int, text: str) -> bool:
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    between = text[tokens[index].end() : following.start()]
    return between.strip() == "" and following.group(0)[0].isupper()


def _sentence_first_words(doc: Document, text: str) -> set[int]:
    """Offsets of the first word of each sentence (where capitals are not names)."""
    firsts = set()
    for sentence in doc.sentences:
        match = _TOKEN.search(text, sentence.start, sentence.end)
        if match:
            firsts.add(match.start())
    return firsts


def _is_name_or_code(word: str, at_start: bool) -> bool:
    if len(word) < 2 or word.isupper():
        return True  # single letters, acronyms
    if not word[1:].islower() and any(c.isupper() for c in word[1:]):
        return True  # FedEx, iPhone, McDonald
    return word[0].isupper() and not at_start  # a proper noun mid-sentence


def _known(lower: str, known: Lexicon) -> bool:
    """Whether every part of a word is known, in American or British spelling."""
    if lower in known:
        return True
    pieces = lower.split("-")
    for index, piece in enumerate(pieces):
        stem = piece.removesuffix("'s").removesuffix("'")
        if index < len(pieces) - 1 and stem in _PREFIXES:
            continue  # "pre-launch", "re-inspected", "non-compliant"
        if stem and stem not in known and not _british(stem, known):
            return False
    return True


# Prefixes written with a hyphen before a known word.
_PREFIXES = frozenset(
    {"pre", "re", "non", "co", "post", "multi", "anti", "sub", "self", "semi", "mid", "ex", "e"}
)


def _british(word: str, known: Lexicon) -> bool:
    forms = [word, *spelling_variants().american_forms(word)]
    return any(form in known or _inflected(form, known) for form in forms)


# Endings of regular inflections, and what to put back: "attaches" -> "attach",
# "relabelled" -> "relabel", "shipping" -> "ship". The English list lacks many forms.
_INFLECTIONS = (
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
)


def _inflected(word: str, known: Lexicon) -> bool:
    for ending, restore in _INFLECTIONS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)] + restore
            if stem in known or (stem[-1:] == stem[-2:-1] and stem[:-1] in known):
                return True
    return False


@cache
def _near_a_known_word(lower: str) -> bool:
    if len(lower) > _LONGEST_WORD:
        return False
    return bool(_speller().known(_speller().edit_distance_1(lower)))


@cache
def _suggest(word: str) -> str | None:
    if len(word) > _LONGEST_WORD:
        return None
    correction = _speller().correction(word.lower())
    if not correction or correction == word.lower():
        return None
    return str(correction.capitalize() if word[0].isupper() else correction)


def long_sentence(doc: Document, ctx: ReviewContext, rule: Rule) -> Iterator[Hit]:
    limit = ctx.config.long_sentence_words
    for sentence in doc.sentences:
        if not sentence.is_heading and sentence.words > limit:
            yield Hit(sentence.start, sentence.end, {"words": sentence.words, "limit": limit})
