"""A readability figure for the summary: Flesch reading ease (higher is easier; 60-70 is
plain English). Syllables are counted with pyphen's hyphenation dictionary, which ships with
the package (textstat, the usual library, downloads its word list at run time)."""

from __future__ import annotations

from functools import cache
from typing import Any

from reinstate.review._document import WORD, Document


@cache
def _hyphenator() -> Any:
    import pyphen  # only needed for this figure

    return pyphen.Pyphen(lang="en_US")


@cache
def syllables(word: str) -> int:
    """An estimate of the syllables in `word`."""
    return len(_hyphenator().positions(word)) + 1


def flesch_reading_ease(doc: Document) -> float | None:
    """Flesch reading ease of the plan's body, rounded to one decimal; None when empty."""
    sentences = [s for s in doc.sentences if not s.is_heading]
    words = [w for s in sentences for w in WORD.findall(s.text) if not any(c.isdigit() for c in w)]
    if not sentences or not words:
        return None
    per_sentence = len(words) / len(sentences)
    per_word = sum(syllables(w.lower()) for w in words) / len(words)
    return round(206.835 - 1.015 * per_sentence - 84.6 * per_word, 1)
