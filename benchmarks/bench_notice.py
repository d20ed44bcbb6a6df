"""How many notices per CPU second `reinstate.notice` reads, in-process, over the corpus.

Run: .venv/bin/python benchmarks/bench_notice.py [--seconds 2] [--runs 5] [--asins 100000]
The target is 500 notices per CPU second or more. Files are read once; the timing covers
parsing (e-mail and HTML decoding included), classification and extraction. Each run
parses the corpus round after round for about `--seconds` of CPU time; the figures are
printed per CPU second (the target) and per wall second (moves with other load), as
min/median/max over the runs, with the load average.

Then one hostile notice (issue 15): a deactivation listing `--asins` random ASINs (100,000
by default; 0 skips it), parsed `--runs` times, CPU and wall seconds min/median/max. The
reader must stay linear: the landed code before the fix took minutes.
"""

from __future__ import annotations

import argparse
import os
import random
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


def spread(values: list[float], digits: int = 0) -> str:
    low, middle, high = min(values), statistics.median(values), max(values)
    return f"min {low:,.{digits}f}  median {middle:,.{digits}f}  max {high:,.{digits}f}"


def many_asins(count: int) -> str:
    """A deactivation notice listing `count` random (seeded) ASINs."""
    rng = random.Random(15)
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    asins = ("B0" + "".join(rng.choice(alphabet) for _ in range(8)) for _ in range(count))
    return "We have deactivated your selling account.\nASINs: " + ", ".join(asins) + "\n"


def time_once(text: str) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of parsing `text` once."""
    cpu, wall = time.process_time(), time.perf_counter()
    parse_notice(text)
    return time.process_time() - cpu, time.perf_counter() - wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--asins", type=int, default=100_000)
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
    if args.asins:
        text = many_asins(args.asins)
        times = [time_once(text) for _ in range(args.runs)]
        load = " ".join(f"{value:.2f}" for value in os.getloadavg())
        print(f"one notice of {args.asins:,} ASINs ({len(text):,} characters); load {load}")
        print(f"  CPU seconds:  {spread([cpu for cpu, _ in times], 2)}")
        print(f"  wall seconds: {spread([wall for _, wall in times], 2)}")


if __name__ == "__main__":
    main()
