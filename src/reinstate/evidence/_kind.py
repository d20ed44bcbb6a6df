"""What a document is (invoice, utility bill, photo…), from its words and pixels."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reinstate.evidence._model import Document
from reinstate.kb import load_data

KINDS = ("invoice", "utility-bill", "identity-document", "letter", "photo", "screenshot", "other")
MIN_WORDS = 5


@cache
def kind_words() -> dict[str, list[str]]:
    words: dict[str, list[str]] = load_data("reinstate.evidence", "kinds.toml")["kinds"]
    return words


@dataclass(frozen=True)
class Titles:
    """kinds.toml's [titles]: how far the head reaches, what a naming word there counts,
    and each kind's naming words."""

    head_chars: int
    hits: int
    words: dict[str, list[str]]


@cache
def titles() -> Titles:
    data = load_data("reinstate.evidence", "kinds.toml")["titles"]
    return Titles(int(data["head_chars"]), int(data["title_hits"]), data["words"])


def classify(document: Document, pictures: bool) -> str:
    """The kind of `document`; `pictures` says whether a page is a photo, not text."""
    text = document.text().lower()
    if len(text.split()) < MIN_WORDS:
        return "photo" if pictures else "other"
    scores = {kind: _hits(text, words) for kind, words in kind_words().items()}
    for kind, bonus in _title_bonus(text).items():
        scores[kind] = scores.get(kind, 0) + bonus
    best = max(scores, key=lambda kind: scores[kind])
    return best if scores[best] >= 2 else "other"


def _title_bonus(text: str) -> dict[str, int]:
    """Extra hits for a kind whose naming word stands in the document's head."""
    named = titles()
    head = text[: named.head_chars]
    return {kind: named.hits - 1 for kind, words in named.words.items() if _hits(head, words)}


def _hits(text: str, words: list[str]) -> int:
    return sum(1 for word in words if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text))
