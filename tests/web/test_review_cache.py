"""The live review keeps the last reviews per process: the same text against the same case is
reviewed once; any change to the text or the case is reviewed anew."""

from __future__ import annotations

from typing import Any

from reinstate.web import work
from tests.web.conftest import Cast

PLAN = "# Plan of action\n\n## Root cause\nOrders shipped late because the cut-off moved.\n"


def test_the_same_text_is_reviewed_once(cast: Cast) -> None:
    first = work.review_plan(cast.case, PLAN)
    hits = work.REVIEWS.hits
    again = work.review_plan(cast.case, PLAN)
    assert again is first
    assert work.REVIEWS.hits == hits + 1


def test_a_changed_text_is_reviewed_anew(cast: Cast) -> None:
    first, _rows = work.review_plan(cast.case, PLAN)
    second, _rows = work.review_plan(cast.case, PLAN + "\nWe will be faster.\n")
    assert second is not first
    assert second.words > first.words


def test_a_new_exhibit_or_a_changed_case_makes_a_new_review(cast: Cast) -> None:
    first = work.review_plan(cast.case, PLAN)
    cast.case.evidence.create(name="Exhibit 7 - carrier contract.pdf", size=1)
    after_exhibit = work.review_plan(cast.case, PLAN)
    assert after_exhibit is not first
    cast.case.save()  # moves `updated`, as a new notice reading or metrics do
    assert work.review_plan(cast.case, PLAN) is not after_exhibit


def test_the_cache_keeps_only_the_most_recent_reviews() -> None:
    cache = work.ReviewCache(2)
    value: Any = ("review", ())
    for key in ("a", "b", "a", "c"):
        cache.put((key,), value)
    assert cache.get(("b",)) is None  # the least recently used went first
    assert cache.get(("a",)) is value
    assert cache.get(("c",)) is value
    assert len(cache.entries) == 2
