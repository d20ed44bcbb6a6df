"""How long `reinstate draft` takes per case, composing alone and with its review, and how
long the drafts are, over every violation kind with seeded answers.

Run: .venv/bin/python benchmarks/bench_draft.py [--rounds 3]
Prints min/median/max milliseconds (wall and CPU) and words per draft; no target is
asserted (a draft is written once per case, so anything under a second is ample).
"""

from __future__ import annotations

import argparse
import statistics
import time

from reinstate.draft import Case, compose, example_answers, interview_questions, review_draft
from reinstate.kb import violation_kinds
from reinstate.notice import Issue, Notice, Violation


def cases(seeds: int = 3) -> list[Case]:
    """One single-issue case per violation kind and seed."""
    found = []
    for kind in sorted(violation_kinds()):
        for seed in range(seeds):
            asin = f"B0BENCH{seed:03d}"
            notice = Notice(
                "deactivation",
                violations=(Violation(kind, 1.0, kind),),
                asins=(asin,),
                issues=(Issue("I1", kind, (asin,), kind),),
            )
            found.append(Case(notice, example_answers(interview_questions(notice), seed)))
    return found


def timed(work: list[Case], review: bool) -> tuple[list[float], list[float], list[int]]:
    wall, cpu, words = [], [], []
    for case in work:
        w, c = time.perf_counter(), time.process_time()
        draft = compose(case)
        if review:
            review_draft(draft.markdown, case)
        wall.append((time.perf_counter() - w) * 1000)
        cpu.append((time.process_time() - c) * 1000)
        words.append(draft.words)
    return wall, cpu, words


def spread(values: list[float] | list[int]) -> str:
    return f"min {min(values):.1f} / median {statistics.median(values):.1f} / max {max(values):.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    work = cases(args.rounds)
    timed(work[:3], review=True)  # warm the caches: data files, word lists, patterns
    for review in (False, True):
        wall, cpu, words = timed(work, review)
        label = "compose + review" if review else "compose"
        print(f"{label:17} {len(work)} drafts: wall ms {spread(wall)}; cpu ms {spread(cpu)}")
    print(f"words per draft   {spread(words)}")


if __name__ == "__main__":
    main()
