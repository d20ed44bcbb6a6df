"""The shipped tone classifier (data/tone/vocabulary.txt, weights.bin) is the one that
scripts/train-tone builds from the labelled sentences beside it."""

from __future__ import annotations

import sys
from collections import Counter
from functools import cache

import pytest

from reinstate.review._tone_model import LABELS, features, tone_model
from reinstate.review._tone_train import MIN_COUNT, Example, examples

MIN_SHARE_RIGHT = 0.95  # of the training sentences of each label


@cache
def labelled() -> list[Example]:
    return examples()


def test_the_shipped_vocabulary_is_what_training_on_the_data_builds() -> None:
    counts = Counter(f for e in labelled() for f in set(features(e.text)))
    expected = sorted(f for f, count in counts.items() if count >= MIN_COUNT)
    shipped = sorted(tone_model().vocabulary)
    assert shipped == expected, "data/tone changed: run scripts/train-tone"


def test_the_shipped_weights_have_one_row_per_feature() -> None:
    model = tone_model()
    assert len(model.rows) == len(model.vocabulary)


def test_the_shipped_model_gives_its_own_sentences_their_labels() -> None:
    data = labelled()
    probabilities = tone_model().probabilities([e.text for e in data])
    for index, label in enumerate(LABELS):
        rows = [p for e, p in zip(data, probabilities, strict=True) if e.label == label]
        right = sum(max(range(len(LABELS)), key=p.__getitem__) == index for p in rows)
        assert right >= MIN_SHARE_RIGHT * len(rows), label


def test_the_rows_read_on_demand_are_the_weights_file_four_by_four() -> None:
    from array import array

    from reinstate.kb import read_data_bytes

    numbers = array("f")
    numbers.frombytes(read_data_bytes("reinstate.review", "tone/weights.bin"))
    if sys.byteorder == "big":
        numbers.byteswap()
    flat = numbers.tolist()
    rows = tone_model().rows
    assert tone_model().bias == tuple(flat[:4])
    for index in (0, 1, len(rows) // 2, len(rows) - 1):
        assert rows[index] == tuple(flat[4 + 4 * index : 8 + 4 * index])
    assert rows[-1] == rows[len(rows) - 1]
    assert list(rows[:2]) == [rows[0], rows[1]]
    with pytest.raises(IndexError):
        rows[len(rows)]


def test_a_model_asked_about_many_sentences_scores_them_alike_from_a_list() -> None:
    from reinstate.review._tone_model import _LIST_AFTER, _Rows

    model = tone_model()
    sentences = [e.text for e in labelled()[: _LIST_AFTER + 50]]
    rows = model.rows
    assert isinstance(rows, _Rows)
    listed = [rows[i] for i in range(len(rows))]
    copy = type(model)(model.vocabulary, listed, model.bias, model.pieces)
    assert model.probabilities(sentences) == copy.probabilities(sentences)
    assert isinstance(rows.table(), list)
    assert rows.table()[7] == rows[7]
