"""The held-out set of round 3 (tests/corpus/heldout-r3), kept as a regression suite: the
figures reached after tuning (docs/heldout/review-r3.md) are floors that must not drop."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent.parent / "benchmarks"))

import measure_heldout

SET = Path(__file__).parent.parent / "corpus" / "heldout-r3"
# Post-tuning figures (docs/heldout/review-r3.md): caught of 60 per class.
FLOORS = {"blame": 52, "threat": 55, "emotive": 59}
MAX_NEUTRAL_ALARMS = 4  # of 145 neutral sentences
MAX_STRONG_TONE_FINDINGS = 0  # on the 8 strong plans (2 before present-tense controls)
DEFECTS_CAUGHT = 24  # of the 25 injected into the 12 weak plans


@cache
def figures() -> dict[str, Any]:
    return measure_heldout.worker(SET)


def test_the_set_is_complete() -> None:
    labels = [label for label, _ in measure_heldout.read_sentences(SET / "tone" / "sentences.tsv")]
    assert len(labels) == 325
    assert sorted(set(labels)) == ["blame", "emotive", "neutral", "threat"]
    assert len(list((SET / "plans").glob("*.md"))) == 20


@pytest.mark.parametrize("label", sorted(FLOORS))
def test_each_tone_class_is_caught_at_least_as_often_as_after_tuning(label: str) -> None:
    assert figures()["tone"][label]["caught"] >= FLOORS[label]


def test_neutral_sentences_raise_few_tone_findings() -> None:
    assert sum(figures()["neutral_alarms"].values()) <= MAX_NEUTRAL_ALARMS


def test_strong_plans_get_no_coverage_spelling_or_tone_findings() -> None:
    rules = figures()["plans"]["strong"]["rules"]
    assert not [rule for rule in rules if rule.startswith(("coverage.", "spelling."))]
    assert sum(n for rule, n in rules.items() if rule.startswith("tone.")) <= (
        MAX_STRONG_TONE_FINDINGS
    )


def test_weak_plans_show_their_injected_defects() -> None:
    weak = figures()["plans"]["weak"]
    assert weak["expected"] == 25
    assert weak["caught"] >= DEFECTS_CAUGHT
