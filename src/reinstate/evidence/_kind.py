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


def classify(document: Document, pictures: bool) -> str:
    """The kind of `document`; `pictures` says whether a page is a photo, not text."""
    text = document.text().lower()
    if len(text.split()) < MIN_WORDS:
        return "photo" if pictures else "other"
    scores = {kind: _hits(text, words) for kind, words in kind_words().items()}
    best = max(scores, key=lambda kind: scores[kind])
    return best if scores[best] >= 2 else "other"


def _hits(text: str, words: list[str]) -> int:
    return sum(1 for word in words if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text))
