"""The violations read from the whole message: one logistic regression per violation kind
(multi-label: a message may carry several), over the same features as the whole-message
type model (`_whole.features`: its cues, their pairs, and its words).

The phrase groups of `violations.toml` name a violation by one wording; a notice that says
it in words no phrase knows ("the charger got so hot it burned the table", "we need to
confirm who owns the business") names it as a whole. The reader asks this model only when
no phrase named a violation, and takes its answer only when it is sure (`_classify`).

The model ships in `data/notice-model.npz` beside the others, trained by
`scripts/train-notice-model` from every notice of tests/corpus/notices* with expected
violations and from the training messages of training/notice/messages/ that label theirs
(deterministic: a test trains it again and compares). Only numpy runs at run time.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from typing import Any

from reinstate.notice._whole import WholeModel, feature_matrix, model_arrays, shipped_arrays

NAME = "violation_messages"
STEPS = 300
RATE = 1.0
L2 = 0.003
NOT_KINDS = frozenset({"other"})  # `other` is what no kind names, never learnt


@dataclass(frozen=True)
class ViolationModel(WholeModel):
    """Labels (violation kinds), vocabulary (feature -> row) and weights (one row a feature,
    one column a kind; the last row is the bias), each kind read on its own (a sigmoid, not
    the whole-message model's softmax)."""

    def probabilities(self, text: str) -> dict[str, float]:
        """P(the message carries the kind) for each kind, each on its own."""
        return {
            label: 1 / (1 + math.exp(-max(-30.0, min(30.0, logit))))
            for label, logit in zip(self.labels, self.logits(text), strict=True)
        }

    def sure(self, text: str, at: float) -> list[tuple[str, float]]:
        """The kinds read with probability `at` or more, surest first."""
        found = [(kind, p) for kind, p in self.probabilities(text).items() if p >= at]
        return sorted(found, key=lambda pair: -pair[1])


def train(examples: list[tuple[list[str], str]]) -> ViolationModel:
    """A model from (violation kinds, message text) pairs: full-batch gradient descent from
    zero, so the same examples make the same model."""
    import numpy as np

    labels = tuple(sorted({k for kinds, _ in examples for k in kinds} - NOT_KINDS))
    vocabulary, matrix = feature_matrix([text for _, text in examples])
    target = np.zeros((len(examples), len(labels)))
    for row, (kinds, _) in enumerate(examples):
        target[row, [labels.index(k) for k in kinds if k in labels]] = 1.0
    return ViolationModel(labels, vocabulary, _descend(matrix, target).astype(np.float32))


def _descend(matrix: Any, target: Any) -> Any:
    import numpy as np

    weights = np.zeros((matrix.shape[1], target.shape[1]))
    # a kind's few positive messages weigh as much as its many negative ones
    positives = target.sum(axis=0, keepdims=True).clip(min=1)
    balance = np.where(target == 1, len(target) / (2 * positives), 1.0)
    for _ in range(STEPS):
        predicted = 1 / (1 + np.exp(-np.clip(matrix @ weights, -30, 30)))
        gradient = matrix.T @ ((predicted - target) * balance) / len(target)
        weights -= RATE * (gradient + L2 * weights)
    return weights


def arrays(model: ViolationModel) -> dict[str, Any]:
    """The model as arrays for the .npz file."""
    return model_arrays(NAME, model.labels, model.vocabulary, model.weights)


@cache
def model() -> ViolationModel:
    """The shipped model, loaded once."""
    return ViolationModel(*shipped_arrays(NAME))
