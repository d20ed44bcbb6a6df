"""The quality bar, for every violation kind: with demo metrics and seeded answers the
draft has no reviewer error, no warning but length, answers every issue of its notice,
and two cases of one kind share no boilerplate run of three sentences."""

from __future__ import annotations

from typing import Any

import pytest

from reinstate.draft import Case, compose, review_draft
from reinstate.kb import violation_kinds
from tests.draft.helpers import make_case, make_notice, shared_runs

KINDS = sorted(violation_kinds())
COVERAGE = ("coverage.violation-unaddressed", "coverage.asin-missing", "coverage.document-missing")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_kind_drafts_with_no_error_and_no_warning_but_length(
    kind: str, seed: int, demo_metrics: dict[str, Any]
) -> None:
    case = make_case(kind, seed, demo_metrics)
    review = review_draft(compose(case).markdown, case)
    problems = [
        f"{f.rule}: {f.message}"
        for f in review.findings
        if f.severity == "error" or (f.severity == "warning" and not f.rule.startswith("length."))
    ]
    assert problems == []
    assert all(f.rule not in COVERAGE for f in review.findings)


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_answers_its_issue_with_all_three_parts_and_its_asins(
    kind: str, demo_metrics: dict[str, Any]
) -> None:
    case = make_case(kind, 7, demo_metrics)
    markdown = compose(case).markdown
    review = review_draft(markdown, case)
    assert all(part["present"] for part in review.sections.values())
    for asin in case.notice.asins:
        assert asin in markdown


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("seed", [21, 31, 41])
def test_two_cases_of_one_kind_share_no_run_of_three_sentences(
    kind: str, seed: int, demo_metrics: dict[str, Any], other_demo_metrics: dict[str, Any]
) -> None:
    first = make_case(kind, seed, demo_metrics)
    # a different seller: other metrics, and a different answer to every question
    second = next(
        case
        for other in range(seed + 1, seed + 80)
        if _all_differ(first, case := make_case(kind, other, other_demo_metrics))
    )
    shared = shared_runs(compose(first).markdown, compose(second).markdown)
    assert shared == []


def _all_differ(first: Case, second: Case) -> bool:
    return all(second.answers.get(key) != value for key, value in first.answers.items())


def test_the_boilerplate_check_finds_a_shared_run() -> None:
    text = "## Root cause\n\nOne fact here. Two facts here. Three facts here. Case A.\n"
    other = "## Root cause\n\nCase B. One fact here. Two facts here. Three facts here.\n"
    assert shared_runs(text, other) == [("One fact here.", "Two facts here.", "Three facts here.")]


def test_a_notice_with_three_issues_is_answered_issue_by_issue_within_500_words() -> None:
    notice = make_notice(("inauthentic", "condition-used-sold-as-new", "ip-trademark"), 5)
    case = make_case("inauthentic", 5)
    from dataclasses import replace

    from reinstate.draft import example_answers, interview_questions

    case = replace(case, notice=notice, answers=example_answers(interview_questions(notice), 5))
    review = review_draft(compose(case).markdown, case)
    assert [f.rule for f in review.findings if f.severity != "suggestion"] == []
    assert 300 <= review.words <= 500
