"""The sentence-level tone classifier: blame, threat, emotive or neutral.

A multinomial logistic regression over word, stem, word-pair and word-class features
(``data/tone/concepts.toml``), trained by ``scripts/train-tone`` on the labelled sentences in
``data/tone/`` and shipped as ``data/tone/model.npz``. Review time needs numpy only: a
sentence's features are looked up in the model's vocabulary and their weights summed.
The phrase patterns of the tone rules stay the high-precision layer; this adds recall on
wordings no pattern lists.
"""

from __future__ import annotations

import io
import itertools
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import numpy as np
import numpy.typing as npt

LABELS = ("neutral", "blame", "threat", "emotive")
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
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
    found = [f"w:{word}" for word in words]
    found += [f"s:{word[:_STEM]}" for word in words if len(word) > _STEM]
    found += [f"c:{kind}" for kind in kinds if kind.isupper()]
    found += [f"b:{a} {b}" for a, b in itertools.pairwise(words)]
    found += [f"k:{a} {b}" for a, b in itertools.pairwise(kinds) if a.isupper() or b.isupper()]
    found += [f"^:{' '.join(kinds[:2])}", f"^w:{' '.join(words[:2])}"]
    return found + _sentence_features(kinds)


_AGENTS = frozenset({"WE", "AMAZON", "CARRIER", "BUYER", "SUPPLIER", "STAFF", "COMPETITOR"})
_WINDOW = 4


def _sentence_features(kinds: list[str]) -> list[str]:
    """Who the sentence is first about, with what else it holds (fault, negation, a
    condition), and pairs of word classes a few words apart."""
    tagged = [(i, kind) for i, kind in enumerate(kinds) if kind.isupper()]
    present = {kind for _, kind in tagged}
    agent = next((kind for _, kind in tagged if kind in _AGENTS), "NONE")
    found = [f"a:{agent}"] + [f"a:{agent} {kind}" for kind in sorted(present - _AGENTS)]
    for index, (i, a) in enumerate(tagged):
        for j, b in tagged[index + 1 :]:
            if j - i > _WINDOW:
                break
            if j - i > 1:
                found.append(f"n:{a} {b}")
    return found


_CACHE_LIMIT = 100_000


@dataclass(frozen=True)
class ToneModel:
    """Weights of the classifier: one row per known feature, one column per label."""

    vocabulary: dict[str, int]
    weights: npt.NDArray[np.float32]
    bias: npt.NDArray[np.float32]
    _words: dict[str, tuple[list[int], str, bool]] = field(default_factory=dict, repr=False)

    def probabilities(self, sentences: Sequence[str]) -> npt.NDArray[np.float32]:
        """P(label) for each sentence, in the order of ``LABELS``."""
        if not sentences:
            return np.zeros((0, len(LABELS)), dtype=np.float32)
        rows: list[int] = []
        starts = []
        for sentence in sentences:
            starts.append(len(rows))
            rows += self.feature_ids(sentence)
        scores = np.tile(self.bias, (len(sentences), 1))
        if rows:
            summed = np.add.reduceat(self.weights[rows], _clip(starts, len(rows)), axis=0)
            has_rows = np.diff([*starts, len(rows)]) > 0
            scores[has_rows] += summed[has_rows]
        scores -= scores.max(axis=1, keepdims=True)
        odds = np.exp(scores)
        result: npt.NDArray[np.float32] = (odds / odds.sum(axis=1, keepdims=True)).astype(
            np.float32
        )
        return result

    def feature_ids(self, text: str) -> list[int]:
        """The rows of the known ``features(text)``, computed word by word with a cache of
        each word's own features (the same set, several times faster)."""
        known = self.vocabulary
        found: list[int] = []
        words, kinds, tagged = [], [], []
        for raw in _TOKEN.findall(text.translate(_SMART).lower()):
            entry = self._words.get(raw) or self._word(raw)
            found += entry[0]
            words.append("0" if raw[0].isdigit() else raw)
            kinds.append(entry[1])
            tagged.append(entry[2])
        for index in range(1, len(words)):
            pair = known.get(f"b:{words[index - 1]} {words[index]}")
            if pair is not None:
                found.append(pair)
            if tagged[index - 1] or tagged[index]:
                pair = known.get(f"k:{kinds[index - 1]} {kinds[index]}")
                if pair is not None:
                    found.append(pair)
        for name in (f"^:{' '.join(kinds[:2])}", f"^w:{' '.join(words[:2])}"):
            if name in known:
                found.append(known[name])
        found += [known[name] for name in _sentence_features(kinds) if name in known]
        return found

    def _word(self, raw: str) -> tuple[list[int], str, bool]:
        if len(self._words) > _CACHE_LIMIT:
            self._words.clear()
        word = "0" if raw[0].isdigit() else raw
        kind = concepts().get(word, word)
        names = [f"w:{word}", f"s:{word[:_STEM]}" if len(word) > _STEM else "", f"c:{kind}"]
        ids = [self.vocabulary[n] for n in names if n in self.vocabulary]
        entry = (ids, kind, kind.isupper())
        self._words[raw] = entry
        return entry


def _clip(starts: list[int], total: int) -> list[int]:
    """reduceat's offsets, kept inside the array (empty rows are masked by the caller)."""
    return [min(start, total - 1) for start in starts]


@cache
def tone_model() -> ToneModel:
    """The classifier shipped in the package (``data/tone/model.npz``)."""
    with np.load(io.BytesIO(_data_file("model.npz"))) as data:
        names = str(data["vocabulary"]).split("\n")
        return ToneModel(
            vocabulary={name: index for index, name in enumerate(names)},
            weights=data["weights"].astype(np.float32),
            bias=data["bias"].astype(np.float32),
        )


def _data_file(name: str) -> bytes:
    return resources.files("reinstate.review").joinpath("data", "tone", name).read_bytes()
