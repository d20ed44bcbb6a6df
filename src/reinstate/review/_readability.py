"""A readability figure for the summary: Flesch reading ease (higher is easier; 60-70 is
plain English).

Syllables are estimated by counting vowel groups, with the usual corrections for a silent
final "e" and for "-le" and "-ed" endings. textstat, the usual library, downloads its
pronouncing dictionary at run time, which an offline tool cannot do; pyphen's hyphenation
points undercount syllables and cost a third of the start-up time.
"""

from __future__ import annotations

import re
from functools import cache

from reinstate.review._document import WORD, Document

_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_DIGIT = re.compile(r"\d")


@cache
def syllables(word: str) -> int:
    """An estimate of the syllables in a lower-case `word`."""
    count = len(_VOWEL_GROUPS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1  # silent final e: "make", "line"
    if word.endswith("ed") and not word.endswith(("ted", "ded")) and count > 1:
        count -= 1  # "shipped", "packed"
    return max(count, 1)


def flesch_reading_ease(doc: Document) -> float | None:
    """Flesch reading ease of the plan's body, rounded to one decimal; None when empty."""
    sentences = [s for s in doc.sentences if not s.is_heading]
    found = WORD.findall("\n".join(s.text for s in sentences))
    words = [w for w in found if w.isalpha() or not _DIGIT.search(w)]
    if not sentences or not words:
        return None
    per_sentence = len(words) / len(sentences)
    per_word = sum(syllables(w.lower()) for w in words) / len(words)
    return round(206.835 - 1.015 * per_sentence - 84.6 * per_word, 1)
