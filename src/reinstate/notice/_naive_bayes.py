"""A small multinomial naive Bayes classifier of notice sentences, over word n-grams.

Two models ship in `data/notice-model.npz`: one reads what a sentence says about the kind
of message (`types`), one which violation it names (`violations`). Each has a `none` class
for sentences that say nothing of the kind. They are trained by `scripts/train-notice-model`
from the labelled sentences in `training/notice/`, deterministically, so a test can train
them again and compare. Only numpy runs at run time.
"""

from __future__ import annotations

import io
import itertools
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # numpy is imported where it is used: a notice read from JSON needs none
    import numpy as np
    import numpy.typing as npt


MODEL_FILE = "notice-model.npz"
MODELS = ("types", "violations")
ALPHA = 0.3
NONE = "none"
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_DIGIT = re.compile(r"\d")


def features(sentence: str) -> list[str]:
    """The words of `sentence` (any word with a digit is `#`) and its word pairs."""
    words = ["#" if _DIGIT.search(word) else word for word in _WORD.findall(sentence.lower())]
    return words + [f"{first} {second}" for first, second in itertools.pairwise(words)]


@dataclass(frozen=True)
class Model:
    """Labels, vocabulary (feature -> row) and log P(feature | label), one row a feature."""

    labels: tuple[str, ...]
    vocabulary: dict[str, int]
    weights: npt.NDArray[np.float32]

    def scores(self, all_sentences: list[str]) -> npt.NDArray[np.float64]:
        """Posterior probabilities, one row per sentence, one column per label."""
        import numpy as np

        rows, segments = [], []
        for number, sentence in enumerate(all_sentences):
            for feature in features(sentence):
                if (row := self.vocabulary.get(feature)) is not None:
                    rows.append(row)
                    segments.append(number)
        logits = np.zeros((len(all_sentences), len(self.labels)))
        if rows:
            np.add.at(logits, np.asarray(segments), self.weights[np.asarray(rows)])
        logits -= logits.max(axis=1, keepdims=True)
        probabilities = np.exp(logits)
        return probabilities / probabilities.sum(axis=1, keepdims=True)

    def classify(self, all_sentences: list[str]) -> list[tuple[str, float]]:
        """The likeliest label of each sentence and its probability; `none` for a sentence
        with no known feature."""
        if not all_sentences:
            return []
        probabilities = self.scores(all_sentences)
        best = probabilities.argmax(axis=1)
        known = [any(f in self.vocabulary for f in features(s)) for s in all_sentences]
        return [
            (self.labels[index], float(probabilities[row, index])) if known[row] else (NONE, 1.0)
            for row, index in enumerate(best)
        ]


def train(examples: list[tuple[str, str]]) -> Model:
    """A model from (label, sentence) pairs: Laplace-smoothed counts, equal label priors."""
    import numpy as np

    labels = tuple(sorted({label for label, _ in examples}))
    vocabulary_list = sorted({f for _, sentence in examples for f in features(sentence)})
    vocabulary = {feature: row for row, feature in enumerate(vocabulary_list)}
    counts = np.zeros((len(vocabulary_list), len(labels)))
    for label, sentence in examples:
        for feature in features(sentence):
            counts[vocabulary[feature], labels.index(label)] += 1
    smoothed = counts + ALPHA
    weights = np.log(smoothed / smoothed.sum(axis=0, keepdims=True)).astype(np.float32)
    return Model(labels, vocabulary, weights)


def read_examples(text: str) -> list[tuple[str, str]]:
    """(label, sentence) pairs of a training file: `## label` lines open a class."""
    examples, label = [], ""
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("## "):
            label = line[3:].strip()
        elif line and not line.startswith("#"):
            examples.append((label, line))
    return examples


def training_examples(folder: Path, name: str) -> list[tuple[str, str]]:
    """The (label, sentence) pairs of every `name*.txt` file in `folder`, in name order
    (`message-types.txt`, `message-types-more.txt`, …)."""
    files = sorted(folder.glob(f"{name}*.txt"))
    return [pair for file in files for pair in read_examples(file.read_text("utf-8"))]


def save(models: dict[str, Model], more: dict[str, Any] | None = None) -> bytes:
    """The models (and `more` arrays: the whole-message model) as the bytes of an .npz
    file (deterministic for the same models)."""
    import numpy as np

    arrays: dict[str, Any] = dict(more or {})
    for name, model in models.items():
        arrays[f"{name}_labels"] = np.array(model.labels)
        arrays[f"{name}_vocabulary"] = np.array(sorted(model.vocabulary, key=model.vocabulary.get))  # type: ignore[arg-type]
        arrays[f"{name}_weights"] = model.weights
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)
    return buffer.getvalue()


def _from_arrays(arrays: dict[str, npt.NDArray[np.generic]], name: str) -> Model:
    import numpy as np

    vocabulary = [str(feature) for feature in arrays[f"{name}_vocabulary"]]
    return Model(
        tuple(str(label) for label in arrays[f"{name}_labels"]),
        {feature: row for row, feature in enumerate(vocabulary)},
        np.asarray(arrays[f"{name}_weights"], dtype=np.float32),
    )


@cache
def model(name: str) -> Model:
    """The shipped model `name` (`types` or `violations`), loaded once."""
    import numpy as np

    data = resources.files("reinstate.notice").joinpath("data", MODEL_FILE).read_bytes()
    with np.load(io.BytesIO(data), allow_pickle=False) as loaded:
        arrays = {key: loaded[key] for key in loaded.files}
    return _from_arrays(arrays, name)
