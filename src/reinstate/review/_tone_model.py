"""The sentence-level tone classifier: blame, threat, emotive or neutral.

A multinomial logistic regression over word, stem, word-pair and word-class features
(``data/tone/concepts.toml``), each word's cluster of meaning (``data/tone/clusters.txt``,
all-MiniLM-L6-v2 distilled to static vectors and grouped; ``_tone_distil``) and the runs
of four letters inside it, trained by ``scripts/train-tone`` on the labelled sentences in
``data/tone/`` and shipped as ``data/tone/vocabulary.txt`` and ``data/tone/weights.bin``.
Review time needs no library at all: a sentence's features are looked up in the model's
vocabulary and their weights summed (each word's own features are summed once and cached).
The phrase patterns of the tone rules stay the high-precision layer; this adds recall on
wordings no pattern lists.
"""

from __future__ import annotations

import itertools
import math
import re
import sys
import tomllib
import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import overload

from reinstate.review._tone_stance import (
    possessor_features,
    question_features,
    sentence_features,
    stance_features,
)
from reinstate.review._tone_vectors import PieceScores

LABELS = ("neutral", "blame", "threat", "emotive")
# Letters of the Latin alphabets of German, French, Spanish and Italian count as letters too
# ("käufer", "procédure", "daños" stay whole words).
_TOKEN = re.compile(r"[a-z0-9à-öø-ÿßœ]+(?:'[a-zà-öø-ÿœ]+)?")
_SMART = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
_STEM = 5


@cache
def concepts() -> dict[str, str]:
    """Word → word class, from ``data/tone/concepts.toml`` (first class listed wins)."""
    text = _data_file("concepts.toml").decode("utf-8")
    classes: dict[str, str] = {}
    for name, words in tomllib.loads(text).items():
        for word in words:
            classes.setdefault(word, name.upper())
    return classes


def tokens(text: str) -> list[str]:
    """Lower-case words of `text`, every number as "0"."""
    found = _TOKEN.findall(text.translate(_SMART).lower())
    return ["0" if word[0].isdigit() else word for word in found]


def features(text: str) -> list[str]:
    """The features of one sentence: words, stems, word pairs, word classes, the pairs of
    words or classes, and how the sentence starts."""
    words = tokens(text)
    classes = concepts()
    kinds = [classes.get(word, word) for word in words]
    found = [name for word in words for name in word_features(word, classes)]
    found += [f"b:{a} {b}" for a, b in itertools.pairwise(words)]
    found += [f"k:{a} {b}" for a, b in itertools.pairwise(kinds) if a.isupper() or b.isupper()]
    found += [f"^:{' '.join(kinds[:2])}", f"^w:{' '.join(words[:2])}"]
    found += sentence_features(kinds) + stance_features(words, kinds)
    return found + question_features(text, kinds) + possessor_features(words, kinds)


GRAMS = (4,)
_PREFIX = 4  # a word no cluster lists takes the cluster of its longest listed prefix this long


@cache
def clusters() -> dict[str, str]:
    """Word → its cluster of meaning, from ``data/tone/clusters.txt`` (k-means over the
    distilled MiniLM vectors of the teacher's whole-word tokens; ``_tone_distil``), so that
    a word no sentence used shares weights with its neighbours ("transporter", "courier")."""
    try:
        parts = _data_file("clusters.txt").decode("utf-8").split()
    except FileNotFoundError:
        return {}
    pairs = iter(parts)  # word, cluster, word, cluster...
    return dict(zip(pairs, pairs, strict=True))


def concepts_and_clusters_changed() -> None:
    """Forget the word classes and clusters read so far (training rewrites them)."""
    concepts.cache_clear()
    clusters.cache_clear()


def cluster(word: str) -> str | None:
    """The cluster of `word` (without its accents), or of its longest prefix of at least four
    letters."""
    known = clusters()
    if not word.isascii():  # the teacher's vocabulary has no accents: "käufer" as "kaufer"
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if c.isascii())
    for end in range(len(word), _PREFIX - 1, -1):
        name = known.get(word[:end])
        if name is not None:
            return name
    return None


def word_features(word: str, classes: dict[str, str]) -> list[str]:
    """The features of one word: itself, its stem, its class, and the runs of letters
    inside it (fastText's subwords), which survive misspellings and other languages."""
    kind = classes.get(word, word)
    found = [f"w:{word}"]
    if len(word) > _STEM:
        found.append(f"s:{word[:_STEM]}")
    if kind.isupper():
        found.append(f"c:{kind}")
    group = cluster(word)
    if group is not None:
        found.append(f"v:{group}")
    if GRAMS and len(word) > 3:
        padded = f"<{word}>"
        found += [f"g:{padded[i : i + n]}" for n in GRAMS for i in range(len(padded) - n + 1)]
    return found


_CACHE_LIMIT = 100_000
Scores = tuple[float, float, float, float]
_ZERO: Scores = (0.0, 0.0, 0.0, 0.0)


def _add(a: Scores, b: Scores) -> Scores:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3])


@dataclass(frozen=True)
class ToneModel:
    """Weights of the classifier: one row of four scores per known feature (in the order
    of ``LABELS``), and the bias."""

    vocabulary: dict[str, int]
    rows: Sequence[Scores]
    bias: Scores
    pieces: PieceScores | None = None
    _words: dict[str, tuple[Scores, str, bool, str]] = field(default_factory=dict, repr=False)

    def probabilities(self, sentences: Sequence[str]) -> list[Scores]:
        """P(label) for each sentence, in the order of ``LABELS``."""
        return [_softmax(self.scores(sentence)) for sentence in sentences]

    def scores(self, text: str) -> Scores:
        """The bias plus the weights of every known feature of ``features(text)``."""
        known, cached = self.vocabulary, self._words
        rows = self.rows.table() if isinstance(self.rows, _Rows) else self.rows
        s0, s1, s2, s3 = self.bias
        words, kinds, tagged = [], [], []
        for raw in _TOKEN.findall(text.translate(_SMART).lower()):
            entry = cached.get(raw) or self._word(raw)
            row = entry[0]
            s0, s1, s2, s3 = s0 + row[0], s1 + row[1], s2 + row[2], s3 + row[3]
            words.append(entry[3])
            kinds.append(entry[1])
            tagged.append(entry[2])
        names = [f"b:{a} {b}" for a, b in itertools.pairwise(words)]
        names += [
            f"k:{kinds[i - 1]} {kinds[i]}"
            for i in range(1, len(kinds))
            if tagged[i - 1] or tagged[i]
        ]
        names += [f"^:{' '.join(kinds[:2])}", f"^w:{' '.join(words[:2])}"]
        names += sentence_features(kinds)
        names += stance_features(words, kinds)
        names += question_features(text, kinds)
        names += possessor_features(words, kinds)
        for name in names:
            index = known.get(name)
            if index is not None:
                row = rows[index]
                s0, s1, s2, s3 = s0 + row[0], s1 + row[1], s2 + row[2], s3 + row[3]
        if self.pieces is not None:
            row = self.pieces.sentence(text)
            s0, s1, s2, s3 = s0 + row[0], s1 + row[1], s2 + row[2], s3 + row[3]
        return (s0, s1, s2, s3)

    def _word(self, raw: str) -> tuple[Scores, str, bool, str]:
        if len(self._words) > _CACHE_LIMIT:
            self._words.clear()
        word = "0" if raw[0].isdigit() else raw
        kind = concepts().get(word, word)
        total = _ZERO
        for name in word_features(word, concepts()):
            if name in self.vocabulary:
                total = _add(total, self.rows[self.vocabulary[name]])
        entry = (total, kind, kind.isupper(), word)
        self._words[raw] = entry
        return entry


def _softmax(scores: Scores) -> Scores:
    top = max(scores)
    odds = [math.exp(score - top) for score in scores]
    whole = sum(odds)
    return (odds[0] / whole, odds[1] / whole, odds[2] / whole, odds[3] / whole)


def model_from(vocabulary: list[str], weights: list[list[float]], bias: list[float]) -> ToneModel:
    """A model from plain lists (as trained)."""
    rows: list[Scores] = [(r[0], r[1], r[2], r[3]) for r in weights]
    return ToneModel({name: i for i, name in enumerate(vocabulary)}, rows, _scores(bias))


def _scores(values: Sequence[float]) -> Scores:
    return (values[0], values[1], values[2], values[3])


@cache
def tone_model() -> ToneModel:
    """The classifier shipped in the package: ``vocabulary.txt`` (one feature a line) and
    ``weights.bin`` (little-endian float32: the four biases, then four scores a feature).
    A feature's row is read from the array when asked for: a review asks for a few hundred
    of the 26,000, and building them all took half the model's start-up."""
    names = _data_file("vocabulary.txt").decode("utf-8").split("\n")
    numbers = array("f")
    numbers.frombytes(_data_file("weights.bin"))
    if sys.byteorder == "big":
        numbers.byteswap()
    rows = _Rows(numbers)
    index = dict(zip(names, range(len(names)), strict=False))
    return ToneModel(index, rows, _scores(numbers[:4]))


_LIST_AFTER = 300  # sentences: a one-shot plan has 20 to 60


class _Rows(Sequence[Scores]):
    """The rows of four scores after the four biases in a flat float32 array, made tuples
    of Python floats (as ``array.tolist`` gives them) when indexed. Indexing costs a call:
    a model asked for many sentences (a long-running process) makes them a list."""

    def __init__(self, numbers: array[float]) -> None:
        self._numbers = numbers
        self._count = (len(numbers) - 4) // 4
        self._asked = 0
        self._list: list[Scores] | None = None

    def table(self) -> Sequence[Scores]:
        """These rows, for one sentence: themselves, or once asked for many sentences, a
        list of them (the same values, found faster)."""
        if self._list is not None:
            return self._list
        self._asked += 1
        if self._asked > _LIST_AFTER:
            fours = iter(self._numbers.tolist()[4:])
            self._list = list(zip(fours, fours, fours, fours, strict=False))
            return self._list
        return self

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Scores: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Scores]: ...
    def __getitem__(self, index: int | slice) -> Scores | Sequence[Scores]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._count))]
        if not -self._count <= index < self._count:
            raise IndexError(index)
        start = 4 + 4 * (index % self._count)
        a, b, c, d = self._numbers[start : start + 4]
        return (a, b, c, d)


def _data_file(name: str) -> bytes:
    from reinstate.kb import read_data_bytes

    return read_data_bytes("reinstate.review", f"tone/{name}")
