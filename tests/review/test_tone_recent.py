"""The tone model's probabilities are remembered per sentence, so a plan typed in the web editor
is not classified again sentence by sentence on every live review."""

from __future__ import annotations

import pytest

from reinstate.review._checks import _tone
from reinstate.review._tone_model import tone_model

SENTENCES = [
    "The carrier lost the parcels and it was not our fault.",
    "We now confirm shipment only after the carrier scans each parcel.",
    "Our business will not survive another week without sales.",
]


def test_remembered_probabilities_are_the_models_own() -> None:
    remembered = _tone.sentence_probabilities(SENTENCES)
    assert remembered == tone_model().probabilities(SENTENCES)
    assert _tone.sentence_probabilities(list(reversed(SENTENCES))) == list(reversed(remembered))


def test_a_sentence_seen_before_is_not_classified_again(monkeypatch: pytest.MonkeyPatch) -> None:
    _tone.sentence_probabilities(SENTENCES)
    asked: list[list[str]] = []
    model = tone_model()
    real = model.probabilities

    def counting(texts: list[str]) -> list[tuple[float, ...]]:
        asked.append(list(texts))
        return real(texts)

    monkeypatch.setattr(type(model), "probabilities", lambda self, texts: counting(texts))
    new = "We added a second check of the handling time on 3 November."
    _tone.sentence_probabilities([*SENTENCES, new, new])
    assert asked == [[new]]


def test_the_memory_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_tone, "_RECENT_SENTENCES", 4)
    monkeypatch.setattr(_tone, "_recent", {})
    for n in range(20):
        _tone.sentence_probabilities([f"Sentence number {n} of the plan was typed."])
        assert len(_tone._recent) <= 4
