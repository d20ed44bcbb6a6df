"""Helpers the checks share."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from reinstate.review._document import Document
from reinstate.review._model import Hit, Rule, phrase_pattern
from reinstate.review._prefilter import (
    Keys,
    WordStarts,
    matches,
    remember_start_keys,
    start_keys,
    word_starts,
)
from reinstate.review._rules import load_rules
from reinstate.review._sections import Part, find_parts


def parts_of(doc: Document) -> dict[str, Part]:
    """The three parts of `doc`, found once per document."""
    if "parts" not in doc.cache:
        doc.cache["parts"] = find_parts(doc)
    parts: dict[str, Part] = doc.cache["parts"]
    return parts


def first_line_hit(doc: Document, **values: object) -> Hit:
    """A hit on the document's first line, for findings about the whole plan."""
    first = doc.text.split("\n", 1)[0]
    return Hit(0, len(first.rstrip()), dict(values))


def mentions_any(doc: Document, phrases: Iterable[str]) -> bool:
    """Whether the plan uses any of `phrases` (whole words, case-insensitive)."""
    alternatives = [phrase_pattern(p) for p in phrases]
    if not alternatives:
        return True
    return re.search("|".join(alternatives), doc.masked, re.IGNORECASE) is not None


def words_of(count: int) -> str:
    return f"{count} word" + ("" if count == 1 else "s")


def body_matches(doc: Document, rule: Rule) -> Iterator[Hit]:
    """The rule's phrases and patterns, matched outside headings (tried only at the words
    their matches can start with, when the patterns say which: see ``_prefilter``)."""
    if rule.regex is None:
        return
    text = doc.masked if rule.case == "mixed" else doc.folded
    keys = start_keys(rule.patterns, rule.phrases, rule.case == "mixed")
    if keys is None:
        found: Iterable[re.Match[str]] = rule.regex.finditer(text)
    else:
        found = matches(rule.regex, text, keys, _word_index(doc, keys))
    for match in found:
        if match.end() > match.start() and not doc.in_heading(match.start()):
            yield Hit(match.start(), match.end())


def _word_index(doc: Document, keys: Keys) -> WordStarts:
    """The document's words by their first letters: only those that some built-in rule's
    keys can start, when `keys` are among them (the usual case), else every word."""
    union = _built_in_keys()
    name = "word starts" if not keys[0] | keys[1] | keys[2] <= union else "rule word starts"
    if name not in doc.cache:
        doc.cache[name] = word_starts(doc.folded, union if name == "rule word starts" else None)
    index: WordStarts = doc.cache[name]
    return index


@cache
def _built_in_keys() -> frozenset[str]:
    """Every key that the built-in rules' matches may start with."""
    inputs = [(r.patterns, r.phrases, r.case == "mixed") for r in load_rules()]
    remember_start_keys(inputs)
    keys: set[str] = set()
    for patterns, phrases, mixed in inputs:
        found = start_keys(patterns, phrases, mixed)
        if (patterns or phrases) and found is not None:
            keys |= found[0] | found[1] | found[2]
    return frozenset(keys)
