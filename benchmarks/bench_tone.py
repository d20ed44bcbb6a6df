"""Benchmark of the tone layer alone: milliseconds of CPU per 500-word plan spent in the
tone classifier (tone.blame, tone.threat, tone.emotive share one pass over the sentences).

Target (issue 9): about 1 ms per plan, so that the whole reviewer stays at >= 200 plans per
CPU second. Each run takes a fresh document of every plan (the sentence scores are cached on
the document) and a fresh classifier cache of words, so nothing carries over between plans
except what the shipped model keeps for the process.

    .venv/bin/python benchmarks/bench_tone.py [--seconds 2] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_review import five_hundred_word_plans  # noqa: E402

from reinstate.review._checks._tone import _classified  # noqa: E402
from reinstate.review._document import Document  # noqa: E402


def ms_per_plan(texts: list[str], seconds: float) -> float:
    """CPU milliseconds of the tone pass per plan, over at least `seconds` of CPU time."""
    docs = [Document(text) for text in texts]
    for doc in docs:
        _ = doc.sentences  # split once, outside the timing: that is the reviewer's cost
    done, spent = 0, 0.0
    while spent < seconds:
        for doc in docs:
            doc.cache.pop("tone", None)
        start = time.process_time()
        for doc in docs:
            _classified(doc)
        spent += time.process_time() - start
        done += len(docs)
    return 1000 * spent / done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    texts = [text for text, _ in five_hundred_word_plans()]
    wall = time.perf_counter()
    first = Document(texts[0])
    _classified(first)  # loads the model: the cold cost, reported separately
    cold = time.perf_counter() - wall
    runs = sorted(ms_per_plan(texts, args.seconds) for _ in range(args.runs))
    sentences = statistics.mean(len(Document(t).sentences) for t in texts)
    print(f"plans: {len(texts)} of about 500 words, {sentences:.0f} sentences on average")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{args.runs} runs of {args.seconds:g} CPU seconds each; min / median / max")
    spread = " / ".join(f"{x:.3f}" for x in (runs[0], statistics.median(runs), runs[-1]))
    verdict = "OK" if statistics.median(runs) <= 1.0 else "OVER"
    print(f"tone layer: {spread} ms CPU per plan  (target about 1 ms)  {verdict}")
    print(f"first plan with model load: {1000 * cold:.1f} ms wall")


if __name__ == "__main__":
    main()
