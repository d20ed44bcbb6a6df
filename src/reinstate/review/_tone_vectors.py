"""Sentence vectors from the distilled MiniLM table (model2vec's way), for measuring only.

Every token of MiniLM's vocabulary was embedded alone by the teacher
(``_tone_teacher.token_vectors``) and reduced by PCA (``_tone_distil``); a sentence's vector
is the mean of its tokens' vectors. A linear head over that mean is the mean of each
token's four scores (its vector times the head), which is what ``PieceScores`` adds to the
classifier's scores. ⚠ Measured and not shipped: ``benchmarks/tone_crossval.py --vectors``
trains the head jointly with the word features, and it added nothing measurable (docs/review.md);
the package ships only the clusters of the same table (``data/tone/clusters.txt``).

Tokens are BERT's (uncased WordPiece): words split at spaces and punctuation, accents
dropped, each word cut into the longest known pieces from its start, "##" marking a piece
inside a word. A word no piece fits is "[UNK]".
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass, field

Scores = tuple[float, float, float, float]
_WORD = re.compile(r"\w+|[^\w\s]")
_MAX_WORD = 100
_CACHE_LIMIT = 100_000


def words(text: str) -> list[str]:
    """BERT's basic tokenizer for Latin text: lower case, accents dropped, words and single
    punctuation marks."""
    plain = unicodedata.normalize("NFD", text.lower())
    plain = "".join(c for c in plain if unicodedata.category(c) != "Mn")
    return _WORD.findall(plain)


def pieces(word: str, vocabulary: dict[str, int] | frozenset[str]) -> list[str]:
    """WordPiece: the longest known piece from the start, then "##" pieces, else [UNK]."""
    if len(word) > _MAX_WORD:
        return ["[UNK]"]
    found, start = [], 0
    while start < len(word):
        end = len(word)
        while end > start:
            piece = word[start:end] if start == 0 else f"##{word[start:end]}"
            if piece in vocabulary:
                found.append(piece)
                break
            end -= 1
        else:
            return ["[UNK]"]
        start = end
    return found


@dataclass
class PieceScores:
    """Each token's four scores; a sentence's share of the classifier's scores is their
    mean over its tokens."""

    index: dict[str, int]
    numbers: array[float]
    _words: dict[str, tuple[Scores, int]] = field(default_factory=dict, repr=False)

    def sentence(self, text: str) -> Scores:
        """The mean of the scores of `text`'s tokens (zeros for no token)."""
        s0 = s1 = s2 = s3 = 0.0
        count = 0
        cached = self._words
        for word in words(text):
            entry = cached.get(word) or self._word(word)
            row = entry[0]
            s0, s1, s2, s3 = s0 + row[0], s1 + row[1], s2 + row[2], s3 + row[3]
            count += entry[1]
        if not count:
            return (0.0, 0.0, 0.0, 0.0)
        return (s0 / count, s1 / count, s2 / count, s3 / count)

    def _word(self, word: str) -> tuple[Scores, int]:
        if len(self._words) > _CACHE_LIMIT:
            self._words.clear()
        s0 = s1 = s2 = s3 = 0.0
        found = pieces(word, self.index)
        for piece in found:
            start = 4 * self.index.get(piece, self.index["[UNK]"])
            a, b, c, d = self.numbers[start : start + 4]
            s0, s1, s2, s3 = s0 + a, s1 + b, s2 + c, s3 + d
        entry = ((s0, s1, s2, s3), len(found))
        self._words[word] = entry
        return entry
