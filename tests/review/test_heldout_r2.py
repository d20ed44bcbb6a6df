"""The held-out set of round 2 (tests/corpus/heldout-r2), kept as a regression suite: the
figures reached after tuning (docs/heldout/review-r2.md) are floors that must not drop."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent.parent / "benchmarks"))

import measure_heldout

SET = Path(__file__).parent.parent / "corpus" / "heldout-r2"
# Post-tuning figures (docs/heldout/review-r2.md): caught of 40 per class.
FLOORS = {"blame": 34, "threat": 36, "emotive": 36}
MAX_NEUTRAL_ALARMS = 4  # of 100 neutral sentences
MAX_STRONG_FINDINGS = 4  # errors and warnings on the 8 strong plans (none from tone or coverage)


@cache
def figures() -> dict[str, Any]:
    return measure_heldout.worker(SET)


def test_the_set_is_complete() -> None:
    labels = [label for label, _ in measure_heldout.read_sentences(SET / "tone" / "sentences.tsv")]
    assert len(labels) == 220
    assert len(list((SET / "plans").glob("*.md"))) == 24


@pytest.mark.parametrize("label", sorted(FLOORS))
def test_each_tone_class_is_caught_at_least_as_often_as_after_tuning(label: str) -> None:
    assert figures()["tone"][label]["caught"] >= FLOORS[label]


def test_neutral_sentences_raise_few_tone_findings() -> None:
    assert sum(figures()["neutral_alarms"].values()) <= MAX_NEUTRAL_ALARMS


def test_strong_plans_get_no_tone_or_coverage_findings() -> None:
    strong = figures()["plans"]["strong"]
    assert not [rule for rule in strong["rules"] if rule.startswith(("tone.", "coverage."))]
    assert strong["errors"] + strong["warnings"] <= MAX_STRONG_FINDINGS


def test_weak_plans_show_at_least_21_of_their_22_defects() -> None:
    weak = figures()["plans"]["weak"]
    assert weak["expected"] == 22
    assert weak["caught"] >= 21
