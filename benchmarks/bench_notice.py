"""How many notices per second `reinstate.notice` reads, in-process, over the corpus.

Run: .venv/bin/python benchmarks/bench_notice.py [--seconds 3]
The target is 500 notices per second or more. Files are read once; the timing covers
parsing (e-mail and HTML decoding included), classification and extraction.
"""

from __future__ import annotations

import argparse
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


def run(seconds: float) -> tuple[int, float]:
    """Parse the corpus round after round for about `seconds`; (notices, elapsed)."""
    notices = load_corpus()
    for name, text, kind in notices:  # warm the caches (data files, compiled patterns)
        parse_notice(text, source=name, content_type=kind)
    count, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        for name, text, kind in notices:
            parse_notice(text, source=name, content_type=kind)
        count += len(notices)
    return count, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    count, elapsed = run(args.seconds)
    rate = count / elapsed
    verdict = "meets" if rate >= TARGET else "MISSES"
    print(f"{count} notices in {elapsed:.2f} s: {rate:,.0f} notices/second ({verdict} {TARGET}/s)")


if __name__ == "__main__":
    main()
