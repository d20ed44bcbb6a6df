"""Benchmark of the reviewer: documents per second in-process (all rules), the ratio to
proselint 0.16 on the same documents in the same run, and the cold start of the CLI.

Targets (issues 2 and 14): ≥ 200 documents per CPU second on one core for a 500-word plan;
cold start of `reinstate check FILE` ≤ 0.5 s wall time, aiming at ≤ 0.15 s of CPU. Prints
min / median / max of repeated runs, CPU and wall time, and the load average.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python benchmarks/bench_review.py [--seconds 5] [--cold-runs 10]
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import resource
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


Times = tuple[list[float], list[float]]


def cold_start(runs: int) -> tuple[Times, Times]:
    """CPU and wall time of each of `runs` runs of `reinstate check FILE` (the whole
    process: start-up, imports, rules, review, output) and of a bare `python -c pass`,
    sorted. The first run writes Python's bytecode, as any install has it, and is not
    counted."""
    script = Path(sys.executable).parent / "reinstate"
    case = CORPUS / "19-late-shipment-made-to-order.md"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def timed(command: list[str]) -> Times:
        subprocess.run(command, capture_output=True, env=env, check=False)
        cpu, wall = [], []
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, env=env, check=False)
            wall.append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        return sorted(cpu), sorted(wall)

    return timed([str(script), "check", str(case)]), timed([sys.executable, "-c", "pass"])


def _spread(runs: list[float], digits: int = 1) -> str:
    runs = sorted(runs)
    return " / ".join(f"{x:.{digits}f}" for x in (runs[0], statistics.median(runs), runs[-1]))


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--cold-runs", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5, help="timed runs of --seconds each")
    args = parser.parse_args()
    print(f"machine: {platform.node()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC")
    print(f"load average at start: {_load()}")
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    plans = five_hundred_word_plans()
    words = statistics.mean(len(text.split()) for text, _ in plans)
    ours = [rate(reinstate_review, plans, args.seconds) for _ in range(args.runs)]
    lint = proselint_review()  # registered once: registering again adds every check twice
    theirs = [rate(lint, plans, args.seconds) for _ in range(args.runs)]
    print(f"documents: {len(plans)} plans, {words:.0f} words on average; all rules, with notice,")
    print("           metrics and exhibits; one core; documents per CPU second")
    print(f"{args.runs} runs of {args.seconds:g} CPU seconds each; min / median / max")
    verdict = "OK" if statistics.median(ours) >= 200 else "MISSED"
    print(f"reinstate check (in-process): {_spread(ours)} documents/s  (target >= 200)  {verdict}")
    print(f"proselint 0.16 (in-process):  {_spread(theirs)} documents/s")
    ratios = [a / b for a, b in zip(sorted(ours), sorted(theirs), strict=True)]
    print(
        f"ratio reinstate / proselint:  {statistics.median(ours) / statistics.median(theirs):.2f}x"
        f" (of medians; sorted runs paired: {_spread(ratios, 2)})"
    )
    (cpu, wall), (bare_cpu, bare_wall) = cold_start(args.cold_runs)
    verdict = "OK" if statistics.median(cpu) <= 0.15 else "MISSED"
    print(f"cold start `reinstate check FILE`, {args.cold_runs} runs; min / median / max:")
    print(f"  CPU:  {_spread(cpu, 3)} s  (aim <= 0.15)  {verdict}")
    verdict = "OK" if statistics.median(wall) <= 0.5 else "MISSED"
    print(f"  wall: {_spread(wall, 3)} s  (target <= 0.5)  {verdict}")
    print(
        f"  baseline `python -c pass`: CPU {_spread(bare_cpu, 3)} s, wall {_spread(bare_wall, 3)} s"
    )
    print(f"load average at end: {_load()}")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory():
        main()
