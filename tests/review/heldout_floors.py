"""The checks every held-out round of the reviewer keeps as floors. A round's test module
sets `FLOORS`, `MAX_NEUTRAL_ALARMS`, `MAX_STRONG_ERRORS_AND_WARNINGS`, `MAX_STRONG_WARNINGS`
and `DEFECTS_CAUGHT` (and `DEFECTS_INJECTED` when it is not 24), and calls
`floors_tests(globals(), SET)` to get these tests."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent.parent / "benchmarks"))

import measure_heldout


@cache
def figures_of(folder: Path) -> dict[str, Any]:
    """The reviewer's raw figures on a held-out folder, measured once per run."""
    return measure_heldout.worker(folder)


def labels_of(folder: Path) -> list[str]:
    """The label of each tone sentence of a held-out folder."""
    return [label for label, _ in measure_heldout.read_sentences(folder / "tone" / "sentences.tsv")]


def floors_tests(space: dict[str, Any], folder: Path) -> None:
    """Put the floors' tests for `folder` into a test module's namespace `space`."""
    floors = space["FLOORS"]

    @pytest.mark.parametrize("label", sorted(floors))
    def test_each_tone_class_is_caught_at_least_as_often_as_its_floor(label: str) -> None:
        assert figures_of(folder)["tone"][label]["caught"] >= floors[label]

    def test_neutral_sentences_raise_no_more_tone_findings_than_the_floor() -> None:
        assert sum(figures_of(folder)["neutral_alarms"].values()) <= space["MAX_NEUTRAL_ALARMS"]

    def test_strong_plans_get_no_more_false_findings_than_the_floor() -> None:
        strong = figures_of(folder)["plans"]["strong"]
        assert strong["errors"] + strong["warnings"] <= space["MAX_STRONG_ERRORS_AND_WARNINGS"]
        assert strong["warnings"] <= space["MAX_STRONG_WARNINGS"]
        assert not [rule for rule in strong["rules"] if rule.startswith("coverage.")]

    def test_weak_plans_show_their_injected_defects() -> None:
        weak = figures_of(folder)["plans"]["weak"]
        assert weak["expected"] == space.get("DEFECTS_INJECTED", 24)
        assert weak["caught"] >= space["DEFECTS_CAUGHT"]

    for test in (
        test_each_tone_class_is_caught_at_least_as_often_as_its_floor,
        test_neutral_sentences_raise_no_more_tone_findings_than_the_floor,
        test_strong_plans_get_no_more_false_findings_than_the_floor,
        test_weak_plans_show_their_injected_defects,
    ):
        space[test.__name__] = test
