"""How many notices per CPU second `reinstate.notice` reads, in-process, over the corpus.

Run: .venv/bin/python benchmarks/bench_notice.py [--seconds 2] [--runs 5]
The target is 500 notices per CPU second or more. Files are read once; the timing covers
parsing (e-mail and HTML decoding included), classification and extraction. Each run
parses the corpus round after round for about `--seconds` of CPU time; the figures are
printed per CPU second (the target) and per wall second (moves with other load), as
min/median/max over the runs, with the load average.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from reinstate.notice import parse_notice
from reinstate.notice._text import sniff

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "notices"
TARGET = 500


def load_corpus() -> list[tuple[str, str, str]]:
    """(name, text, content type) of every notice in the corpus."""
    notices = []
    for path in sorted(CORPUS.iterdir()):
        if path.suffix != ".json":
            text = path.read_text("utf-8")
            notices.append((path.name, text, sniff(text[:2048], path.name)))
    return notices


def parse_all(notices: list[tuple[str, str, str]]) -> int:
    """Parse every notice once; how many."""
    for name, text, kind in notices:
        parse_notice(text, source=name, content_type=kind)
    return len(notices)


def run(notices: list[tuple[str, str, str]], seconds: float) -> tuple[int, float, float]:
    """Parse the corpus round after round for about `seconds` of CPU time;
    (notices, CPU seconds, wall seconds)."""
    count, cpu, wall = 0, time.process_time(), time.perf_counter()
    while True:  # at least one round
        count += parse_all(notices)
        if time.process_time() - cpu >= seconds:
            break
    return count, time.process_time() - cpu, time.perf_counter() - wall


def spread(values: list[float]) -> str:
    return (
        f"min {min(values):,.0f}  median {statistics.median(values):,.0f}  max {max(values):,.0f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    notices = load_corpus()
    parse_all(notices)  # warm the caches (data files, compiled patterns, the model)
    results = [run(notices, args.seconds) for _ in range(args.runs)]
    per_cpu = [count / cpu for count, cpu, _ in results]
    per_wall = [count / wall for count, _, wall in results]
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    verdict = "meets" if min(per_cpu) >= TARGET else "MISSES"
    print(f"{len(notices)} notices, {args.runs} runs of {args.seconds:.1f} CPU s; load {load}")
    print(f"per CPU second:  {spread(per_cpu)}  ({verdict} {TARGET}/s at the minimum)")
    print(f"per wall second: {spread(per_wall)}")


if __name__ == "__main__":
    main()
