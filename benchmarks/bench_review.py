"""Benchmark of the reviewer: documents per second in-process (all rules), the ratio to
proselint 0.16 on the same documents in the same run, and the cold start of the CLI.

Targets (issue 2): ≥ 200 documents/second on one core for a 500-word plan; cold start of
`reinstate check` ≤ 0.5 s wall time.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python benchmarks/bench_review.py [--seconds 5] [--cold-runs 10]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reinstate.review import review_text  # noqa: E402
from tests.review.helpers import context_from  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "poa"
TARGET_WORDS = 500


def five_hundred_word_plans() -> list[tuple[str, dict[str, object]]]:
    """The corpus's strong plans, each extended or cut to about 500 words at a paragraph or
    sentence boundary, keeping its headings, lists and paragraphs as the seller wrote them."""
    plans = []
    for case in sorted(CORPUS.glob("[0-9]*.md")):
        meta = tomllib.loads(case.with_suffix(".toml").read_text())
        if meta["quality"] != "strong":
            continue
        plans.append((about_500_words(case.read_text()), meta))
    return plans


def about_500_words(original: str) -> str:
    """`original` repeated paragraph by paragraph up to TARGET_WORDS; the paragraph that would
    pass the target is cut after the sentence that reaches it."""
    paragraphs = [p for p in original.strip().split("\n\n") if p.strip()]
    kept: list[str] = []
    words = 0
    for index in range(10_000):
        paragraph = paragraphs[index % len(paragraphs)]
        size = len(paragraph.split())
        if words + size > TARGET_WORDS + 20:
            kept.append(_cut(paragraph, TARGET_WORDS - words))
            break
        kept.append(paragraph)
        words += size
        if words >= TARGET_WORDS:
            break
    return "\n\n".join(kept) + "\n"


def _cut(paragraph: str, wanted: int) -> str:
    """The sentences of `paragraph` (line breaks kept) until `wanted` words are reached."""
    pieces = re.split(r"(?<=[.!?])(\s+)", paragraph)
    text, words = "", 0
    for piece in pieces:
        text += piece
        words += len(piece.split())
        if words >= wanted and piece.strip():
            break
    return text.rstrip()


Plans = list[tuple[str, dict[str, object]]]


def rate(work: Callable[[str, dict[str, object]], object], plans: Plans, seconds: float) -> float:
    """Documents per CPU second of this process (pinned to one core), over at least
    `seconds`, after one warm-up pass. CPU time, not wall time, so that other work on the
    machine does not count against either linter."""
    for text, meta in plans:
        work(text, meta)
    done, start = 0, time.process_time()
    while time.process_time() - start < seconds:
        for text, meta in plans:
            work(text, meta)
        done += len(plans)
    return done / (time.process_time() - start)


def reinstate_review(text: str, meta: dict[str, object]) -> object:
    return review_text(text, context_from(meta))


def proselint_review() -> Callable[[str, dict[str, object]], object]:
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    CheckRegistry().register_many(__register__)
    return lambda text, meta: LintFile("poa.md", text).lint()


def cold_start(runs: int) -> tuple[float, float]:
    """Median wall time of `reinstate check FILE` and of a bare `python -c pass`."""
    script = Path(sys.executable).parent / "reinstate"
    case = CORPUS / "19-late-shipment-made-to-order.md"
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}

    def wall(command: list[str]) -> float:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, env=env, check=False)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    return wall([str(script), "check", str(case)]), wall([sys.executable, "-c", "pass"])


def _spread(runs: list[float]) -> str:
    return " / ".join(f"{x:.1f}" for x in (runs[0], statistics.median(runs), runs[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--cold-runs", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5, help="timed runs of --seconds each")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    plans = five_hundred_word_plans()
    words = statistics.mean(len(text.split()) for text, _ in plans)
    ours_runs = sorted(rate(reinstate_review, plans, args.seconds) for _ in range(args.runs))
    theirs_runs = sorted(rate(proselint_review(), plans, args.seconds) for _ in range(args.runs))
    ours, theirs = statistics.median(ours_runs), statistics.median(theirs_runs)
    command, python = cold_start(args.cold_runs)
    verdict = "OK" if ours >= 200 else "MISSED"
    print(f"documents: {len(plans)} plans, {words:.0f} words on average; all rules, with notice,")
    print("           metrics and exhibits; one core; documents per CPU second")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{args.runs} runs of {args.seconds:g} CPU seconds each; min / median / max")
    print(
        f"reinstate check (in-process): {_spread(ours_runs)} documents/s  (target >= 200)", end=""
    )
    print(f"  {verdict}")
    print(f"proselint 0.16 (in-process):  {_spread(theirs_runs)} documents/s")
    print(f"ratio reinstate / proselint:  {ours / theirs:8.2f}x")
    verdict = "OK" if command <= 0.5 else "MISSED"
    print(
        f"cold start `reinstate check`: {command:8.3f} s wall, median of {args.cold_runs}", end=""
    )
    print(f"  (target <= 0.5)  {verdict}")
    print(f"  baseline `python -c pass`:  {python:8.3f} s")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory():
        main()
