"""The tone benchmark still runs: one short timing of the tone pass over two plans.
(Its figures are printed by the benchmark, never asserted here.)"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))

import bench_review
import bench_tone


def test_the_tone_benchmark_times_the_tone_pass_over_plans() -> None:
    texts = [text for text, _ in bench_review.five_hundred_word_plans()[:2]]
    assert bench_tone.ms_per_plan(texts, 0.01) > 0
