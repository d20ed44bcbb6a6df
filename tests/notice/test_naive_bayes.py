"""The sentence classifiers: the shipped model is what the training script makes from the
labelled sentences, and it reads sentences it was not trained on."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from reinstate.notice._naive_bayes import features, model, train, training_examples

TRAINING = Path(__file__).resolve().parents[2] / "training" / "notice"
FILES = {"types": "message-types", "violations": "violations"}


@pytest.mark.parametrize("name", sorted(FILES))
def test_the_shipped_model_is_what_training_makes_from_the_labelled_sentences(name: str) -> None:
    trained = train(training_examples(TRAINING, FILES[name]))
    shipped = model(name)
    assert shipped.labels == trained.labels
    assert shipped.vocabulary == trained.vocabulary
    assert np.array_equal(shipped.weights, trained.weights)


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_label_has_several_examples(name: str) -> None:
    examples = training_examples(TRAINING, FILES[name])
    labels = {label for label, _ in examples}
    assert all(sum(1 for label, _ in examples if label == wanted) >= 3 for wanted in labels)


def test_words_with_digits_are_one_feature_and_pairs_are_kept() -> None:
    assert features("ASIN B0ABC12345 removed") == [
        "asin",
        "#",
        "removed",
        "asin #",
        "# removed",
    ]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The buyer said the space heater melted its own cord.", "product-safety"),
        ("The photo ID you sent has expired and cannot be accepted.", "verification"),
        ("Please find our opening hours below.", "none"),
    ],
)
def test_the_violation_model_reads_unseen_sentences(sentence: str, label: str) -> None:
    assert model("violations").classify([sentence])[0][0] == label


def test_a_sentence_of_unknown_words_is_none() -> None:
    assert model("types").classify(["Zyxw qrst."]) == [("none", 1.0)]
