"""Synthetic cases for the draft tests: notices built from `reinstate.notice` types,
answers generated with a seed."""

from __future__ import annotations

import datetime
import random
import re
from typing import Any

from reinstate.draft import Case, compose, example_answers, interview_questions
from reinstate.kb import playbook
from reinstate.notice import Deadline, DocumentRequest, Issue, Notice, Violation

ASIN_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def asin(rng: random.Random) -> str:
    return "B0" + "".join(rng.choice(ASIN_CHARS) for _ in range(7)) + str(rng.randint(0, 9))


def make_notice(kinds: tuple[str, ...], seed: int, *, documents: tuple[str, ...] = ()) -> Notice:
    """A deactivation notice with one issue per kind, each with its own ASINs."""
    rng = random.Random(seed)
    received = datetime.date(2026, 10, 1) + datetime.timedelta(days=rng.randint(0, 40))
    issues = tuple(
        Issue(f"I{n}", kind, tuple(asin(rng) for _ in range(rng.randint(1, 2))), f"{kind} issue")
        for n, kind in enumerate(kinds, 1)
    )
    return Notice(
        message_type="deactivation",
        violations=tuple(Violation(kind, 0.9, kind) for kind in kinds),
        asins=tuple(a for issue in issues for a in issue.asins),
        received=received,
        deadline=Deadline("17 days", 17, None, received + datetime.timedelta(days=17)),
        documents=tuple(DocumentRequest(kind, 365, f"Send {kind}") for kind in documents),
        issues=issues,
        marketplace="US",
    )


def make_case(kind: str, seed: int, metrics: dict[str, Any] | None = None) -> Case:
    notice = make_notice((kind,), seed)
    answers = example_answers(interview_questions(notice), seed)
    uses_metrics = bool(playbook(kind).metrics or playbook(kind).root_cause_data)
    return Case(notice, answers, metrics if uses_metrics else None)


SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z*])")


def prose_blocks(markdown: str) -> list[list[str]]:
    """Each section of a plan (between headings, Exhibits aside) as its list of sentences."""
    sections: list[list[str]] = [[]]
    skipping = False
    for line in markdown.splitlines():
        if line.startswith("#"):
            skipping = line.strip("# ").lower() == "exhibits"
            sections.append([])
            continue
        if skipping or not line.strip():
            continue
        sections[-1] += SENTENCE_END.split(line.removeprefix("- ").strip())
    return [s for s in sections if s]


def shared_runs(first: str, second: str, length: int = 3) -> list[tuple[str, ...]]:
    """Runs of `length` consecutive sentences that appear in a section of both plans."""

    def runs(markdown: str) -> set[tuple[str, ...]]:
        found = set()
        for block in prose_blocks(markdown):
            found |= {tuple(block[i : i + length]) for i in range(len(block) - length + 1)}
        return found

    return sorted(runs(first) & runs(second))


def draft_of(case: Case) -> str:
    return compose(case).markdown
