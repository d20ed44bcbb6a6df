"""Which language a notice is written in."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from reinstate.notice._data import load

_WORD = re.compile(r"(?<![^\W_])[^\W\d_]+(?![^\W_])")  # whole words: not "de" of "B0DE12XY34"


@cache
def _words() -> dict[str, frozenset[str]]:
    return {lang: frozenset(words) for lang, words in load("languages")["words"].items()}


@cache
def _scripts() -> dict[str, re.Pattern[str]]:
    return {
        lang: re.compile(f"[{''.join(ranges)}]")
        for lang, ranges in load("languages")["scripts"].items()
    }


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language of `text` ("en" when there is too little to tell)."""
    words = Counter(_WORD.findall(text.lower()))
    letters = sum(len(word) * count for word, count in words.items()) or 1
    for lang, script in _scripts().items():
        if len(script.findall(text)) / letters > 0.2:
            return lang
    scores = {lang: sum(words.get(word, 0) for word in vocab) for lang, vocab in _words().items()}
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] < 3 or scores[best] <= scores["en"]:
        return "en"
    return best


def language_name(code: str) -> str:
    """The English name of a language code."""
    return str(load("languages")["names"].get(code, code))


def is_classified(code: str) -> bool:
    """Whether reinstate has phrases to classify notices in this language."""
    return code in load("languages")["classified"]
