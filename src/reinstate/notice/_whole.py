"""The message type read from the whole message: a softmax (multinomial logistic) regression
over what the message says, trained on whole notices of every type.

The phrase groups of `_message` read one wording at a time; some messages say their type
only as a whole: a first verification request that speaks of "the information you
provided" is not a reply to an appeal, a reply that says the account "remains deactivated"
after reviewing the appeal is a denial, a reply that asks for a newer utility bill after
"we could not verify" asks for more. The features carry across wordings and languages:

- the *cues* of `data/message_cues.toml` (which party acted, on what, whether something the
  seller sent was received and reviewed, what is asked for, by when, how final), each also
  paired with the others it appears with ("cue:remains+cue:received-from-seller");
- the cues of the opening sentences on their own (a notice says what was done first);
- the message's words, present or not.

The model ships in `data/notice-model.npz` beside the sentence classifiers, trained by
`scripts/train-notice-model` from the notices of tests/corpus/notices* and
training/notice/messages/ (deterministic: a test trains it again and compares). Only
numpy runs at run time.
"""

from __future__ import annotations

import io
import itertools
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from reinstate.notice._data import gate, load

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

MODEL_FILE = "notice-model.npz"
NAME = "messages"
LEAD_CHARS = 400  # the opening of the message, after any greeting
_WORD = re.compile(r"[^\W\d_]{3,}")
_GREETING = re.compile(
    r"^\s*(?:dear|hello|hi|hallo|bonjour|hola|ciao|gentile|sehr geehrte|guten tag)\b.*$", re.M
)
MIN_DOCUMENTS = 2  # a word must appear in this many training messages to be a feature
STEPS = 400
RATE = 0.5
L2 = 0.002


@dataclass(frozen=True)
class _Cues:
    """Every cue phrase, compiled, with the cue it belongs to, and each phrase's gate words
    (`gate`) flattened into one list, so that a message is tested against all of them in
    one pass."""

    names: tuple[str, ...]
    phrases: tuple[tuple[int, re.Pattern[str]], ...]  # (cue number, phrase)
    gate_words: tuple[str, ...]
    gate_phrases: tuple[int, ...]  # the phrase number of each gate word


@cache
def _cues() -> _Cues:
    data = load("message_cues")["cue"]
    names = tuple(sorted(data))
    phrases = tuple(
        (number, phrase) for number, name in enumerate(names) for phrase in data[name]["phrases"]
    )
    gates = [(word, index) for index, (_, phrase) in enumerate(phrases) for word in gate(phrase)]
    compiled = tuple((number, re.compile(phrase)) for number, phrase in phrases)
    words, numbers = zip(*gates, strict=True)
    return _Cues(names, compiled, words, numbers)


def cues(lower: str) -> dict[str, int]:
    """The cues lower-cased `lower` carries, in name order, each with where it first is."""
    table = _cues()
    found: dict[int, int] = {}
    held = itertools.compress(table.gate_phrases, map(lower.__contains__, table.gate_words))
    for index in sorted(set(held)):
        number, phrase = table.phrases[index]
        if match := phrase.search(lower):
            found[number] = min(found.get(number, match.start()), match.start())
    return {table.names[number]: found[number] for number in sorted(found)}


def _lead(lower: str) -> range:
    """Where the opening of the message is, after any greeting."""
    greeting = _GREETING.search(lower)
    start = greeting.end() if greeting else 0
    start += len(lower[start:]) - len(lower[start:].lstrip())
    return range(start, start + LEAD_CHARS)


def features(text: str) -> set[str]:
    """What the classifier reads of a message (see the module's docstring)."""
    lower = text.lower()
    found = cues(lower)
    lead = _lead(lower)
    result = {f"cue:{name}" for name in found}
    result |= {f"cue:{first}+{second}" for first, second in itertools.combinations(found, 2)}
    result |= {f"lead:{name}" for name, start in found.items() if start in lead}
    result |= set(_WORD.findall(lower))
    return result


@dataclass(frozen=True)
class WholeModel:
    """Labels, vocabulary (feature -> row) and the weights (one row a feature, one column a
    label; the last row is the bias)."""

    labels: tuple[str, ...]
    vocabulary: dict[str, int]
    weights: npt.NDArray[np.float32]

    def logits(self, text: str) -> list[float]:
        """The bias plus the weights of the message's known features, one number a label."""
        rows = [self.vocabulary[f] for f in features(text) if f in self.vocabulary]
        return list((self.weights[-1] + self.weights[rows].sum(axis=0)).tolist())

    def probabilities(self, text: str) -> dict[str, float]:
        """P(label | message) for each label (seven numbers: the softmax in plain Python)."""
        logits = self.logits(text)
        top = max(logits)
        exps = [math.exp(logit - top) for logit in logits]
        total = sum(exps)
        return {label: value / total for label, value in zip(self.labels, exps, strict=True)}

    def best(self, text: str) -> tuple[str, float]:
        """The likeliest message type and its probability."""
        probabilities = self.probabilities(text)
        label = max(probabilities, key=lambda name: probabilities[name])
        return label, probabilities[label]


def train(examples: list[tuple[str, str]]) -> WholeModel:
    """A model from (label, message text) pairs: full-batch gradient descent from zero,
    so the same examples make the same model."""
    import numpy as np

    labels = tuple(sorted({label for label, _ in examples}))
    vocabulary, matrix = feature_matrix([text for _, text in examples])
    target = np.zeros((len(examples), len(labels)))
    target[np.arange(len(examples)), [labels.index(label) for label, _ in examples]] = 1.0
    weights = _descend(matrix, target)
    return WholeModel(labels, vocabulary, weights.astype(np.float32))


def _descend(matrix: Any, target: Any) -> Any:
    import numpy as np

    weights = np.zeros((matrix.shape[1], target.shape[1]))
    # each class weighs the same, however many examples it has
    balance = (target / target.sum(axis=0, keepdims=True)).sum(axis=1, keepdims=True)
    balance *= len(target) / balance.sum()
    for _ in range(STEPS):
        logits = matrix @ weights
        logits -= logits.max(axis=1, keepdims=True)
        predicted = np.exp(logits)
        predicted /= predicted.sum(axis=1, keepdims=True)
        gradient = matrix.T @ ((predicted - target) * balance) / len(target)
        weights -= RATE * (gradient + L2 * weights)
    return weights


def feature_matrix(texts: list[str]) -> tuple[dict[str, int], Any]:
    """The vocabulary (the features of at least MIN_DOCUMENTS texts, feature -> row) and the
    0/1 matrix of `texts` over it, with a last column of ones for the bias."""
    import numpy as np

    featured = [features(text) for text in texts]
    counts: dict[str, int] = {}
    for found in featured:
        for feature in found:
            counts[feature] = counts.get(feature, 0) + 1
    kept = sorted(f for f, n in counts.items() if n >= MIN_DOCUMENTS)
    vocabulary = {feature: row for row, feature in enumerate(kept)}
    matrix = np.zeros((len(texts), len(kept) + 1))
    for row, found in enumerate(featured):
        matrix[row, [vocabulary[f] for f in found if f in vocabulary]] = 1.0
    matrix[:, -1] = 1.0
    return vocabulary, matrix


def model_arrays(
    name: str, labels: tuple[str, ...], vocabulary: dict[str, int], weights: Any
) -> dict[str, Any]:
    """A model's labels, vocabulary (in row order) and weights as arrays for the .npz file,
    under keys that start with `name`."""
    import numpy as np

    return {
        f"{name}_labels": np.array(labels),
        f"{name}_vocabulary": np.array(sorted(vocabulary, key=vocabulary.__getitem__)),
        f"{name}_weights": weights,
    }


def shipped_arrays(name: str) -> tuple[tuple[str, ...], dict[str, int], Any]:
    """The labels, vocabulary (feature -> row) and float32 weights stored under `name` in
    the shipped model file."""
    import numpy as np

    data = resources.files("reinstate.notice").joinpath("data", MODEL_FILE).read_bytes()
    with np.load(io.BytesIO(data), allow_pickle=False) as loaded:
        vocabulary = [str(feature) for feature in loaded[f"{name}_vocabulary"]]
        return (
            tuple(str(label) for label in loaded[f"{name}_labels"]),
            {feature: row for row, feature in enumerate(vocabulary)},
            np.asarray(loaded[f"{name}_weights"], dtype=np.float32),
        )


def arrays(model: WholeModel) -> dict[str, Any]:
    """The model as arrays for the .npz file."""
    return model_arrays(NAME, model.labels, model.vocabulary, model.weights)


@cache
def model() -> WholeModel:
    """The shipped whole-message model, loaded once."""
    return WholeModel(*shipped_arrays(NAME))
