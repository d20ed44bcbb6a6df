"""A phone photo's perspective is not skew, and skew or softness is judged by whether the
words can be read: a page turned a little or a little soft whose words OCR reads clearly
is said as a warning; a page turned far, or whose words OCR cannot read, is an error."""

from __future__ import annotations

import math

import numpy as np
import pytest

from reinstate.evidence._measure import Measures, _off_square
from reinstate.evidence._model import Page, Word
from reinstate.evidence._quality import check_quality


def test_a_keystoned_photo_is_off_square_by_half_its_sides_convergence() -> None:
    # the page narrower at the top: its left and right sides lean 4.1° towards each other
    keystone = np.array([[100, 0], [900, 0], [1000, 1400], [0, 1400]], float)
    assert _off_square(keystone) == pytest.approx(4.09, abs=0.05)


def test_one_curled_edge_of_a_photo_held_square_is_not_skew() -> None:
    curled = np.array([[0, 0], [1000, 0], [1000, 1400], [0, 1320]], float)  # bottom edge 4.6°
    assert _off_square(curled) < 2.5


def test_a_turned_page_is_off_square_by_its_turn() -> None:
    turn = math.radians(3.0)
    rotate = np.array([[math.cos(turn), -math.sin(turn)], [math.sin(turn), math.cos(turn)]])
    square = np.array([[0, 0], [1000, 0], [1000, 1400], [0, 1400]], float)
    assert _off_square(square @ rotate.T) == pytest.approx(3.0, abs=0.05)


def measures(skew: float, blur: float = 0.5) -> Measures:
    return Measures(1200, 1600, 230.0, 180.0, 0.05, 900, 20.0, blur, skew, 0.0, 0.75)


def page(confidence: float, words: int = 60) -> Page:
    read = [Word(f"word{n}", (0, 0, 10, 10), confidence=confidence) for n in range(words)]
    return Page(1, np.zeros((10, 10), np.uint8), words=read, ocr_done=True)


@pytest.mark.parametrize(
    ("skew", "confidence", "severity"),
    [
        (3.2, 95.0, "warning"),  # turned a little, read clearly
        (3.2, 40.0, "error"),  # turned a little, not read
        (9.0, 95.0, "error"),  # turned far, whatever OCR made of it
    ],
)
def test_skew_is_judged_by_whether_the_words_can_be_read(
    skew: float, confidence: float, severity: str
) -> None:
    found = check_quality(page(confidence), measures(skew))
    assert [(f.rule, f.severity) for f in found] == [("quality.skewed", severity)]


@pytest.mark.parametrize(("blur", "severity"), [(0.78, "warning"), (0.9, "error")])
def test_a_soft_page_read_clearly_is_a_warning_and_a_blurred_one_an_error(
    blur: float, severity: str
) -> None:
    found = check_quality(page(95.0), measures(0.5, blur))
    assert [(f.rule, f.severity) for f in found] == [("quality.blurry", severity)]


def test_a_few_words_read_clearly_do_not_make_a_page_legible() -> None:
    found = check_quality(page(95.0, words=12), measures(3.2))
    assert [f.severity for f in found] == ["error"]


def test_a_field_read_from_a_page_that_fails_a_quality_check_is_not_sure() -> None:
    from reinstate.evidence._check import _unsure_on_poor_pages
    from reinstate.evidence._model import Finding

    faded = Finding("quality.faded", "error", "the print is faded", "")
    other = Finding("invoice.buyer-mismatch", "error", "the buyer differs", "")
    kept = Finding("format.repaired", "suggestion", "repaired", "")
    found = _unsure_on_poor_pages([faded, other, kept])
    assert [(f.rule, f.severity) for f in found] == [
        ("quality.faded", "error"),
        ("invoice.buyer-mismatch", "warning"),
        ("format.repaired", "suggestion"),
    ]
    assert _unsure_on_poor_pages([other]) == [other]  # a sound page: the reading stands
