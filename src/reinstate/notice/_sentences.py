"""Splitting notice text into lines and sentences, with their positions."""

from __future__ import annotations

import re
from dataclasses import dataclass

_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"(ÄÖÜÉÈÀ¿¡-])")
_LEADING_MARK = re.compile(r"^(?:-\s*|\d{1,2}[.)]\s+|[a-z][.)]\s+)")
MAX_TEXT = 300


@dataclass(frozen=True)
class Sentence:
    """A sentence of the text, the line it is on, and where it starts."""

    text: str
    line: int
    start: int


def sentences(text: str) -> list[Sentence]:
    """Every sentence in `text`, in order; a line break always ends a sentence."""
    found: list[Sentence] = []
    offset = 0
    for number, line in enumerate(text.split("\n")):
        position = 0
        for part in _BOUNDARY.split(line):
            position = line.find(part, position)
            if part.strip():
                found.append(Sentence(part, number, offset + position))
            position += len(part)
        offset += len(line) + 1
    return found


def sentence_at(all_sentences: list[Sentence], position: int) -> Sentence | None:
    """The sentence that holds `position`."""
    current = None
    for sentence in all_sentences:
        if sentence.start > position:
            break
        current = sentence
    return current


def tidy(text: str) -> str:
    """A sentence as shown in output: no bullet, one space per gap, at most 300 chars."""
    text = _LEADING_MARK.sub("", " ".join(text.split()))
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 3].rstrip() + "..."
