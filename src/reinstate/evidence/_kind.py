"""What a document is (invoice, utility bill, photo…), from its words and pixels."""

from __future__ import annotations

import re
from functools import cache

from reinstate.evidence._model import Document
from reinstate.kb import load_data

KINDS = ("invoice", "utility-bill", "identity-document", "letter", "photo", "screenshot", "other")
MIN_WORDS = 5


@cache
def kind_words() -> dict[str, list[str]]:
    words: dict[str, list[str]] = load_data("reinstate.evidence", "kinds.toml")["kinds"]
    return words


@cache
def title_words() -> dict[str, object]:
    """kinds.toml's [titles]: head_chars, title_hits and each kind's naming words."""
    titles: dict[str, object] = load_data("reinstate.evidence", "kinds.toml")["titles"]
    return titles


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
    titles = title_words()
    head = text[: int(str(titles["head_chars"]))]
    extra = int(str(titles["title_hits"])) - 1
    return {
        kind: extra
        for kind, words in titles.items()
        if isinstance(words, list) and _hits(head, words)
    }


def _hits(text: str, words: list[str]) -> int:
    return sum(1 for word in words if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text))
