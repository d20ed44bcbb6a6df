"""The draft benchmark still runs (its figures are printed, never asserted)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))

import bench_draft


def test_the_draft_benchmark_drafts_a_case_of_every_kind_and_times_it() -> None:
    work = bench_draft.cases(1)
    assert len(work) == 22
    wall, cpu, words = bench_draft.timed(work[:2], review=True)
    assert len(wall) == len(cpu) == len(words) == 2
    assert all(w > 0 for w in words)
