"""Review time grows in step with the text, whatever its shape (issue 15).

A plan of one 80,000-character word once took 27 s: the spelling rule's skip pattern
scanned to the end of the run from every position in it. Each text here is reviewed at
5,000 and at 40,000 characters, in the same run, and the longer one must cost about eight
times the shorter (linear), not sixty-four (quadratic). The bound is loose (the ratio, not a
time, is tested) so that a busy machine does not fail it.
"""

from __future__ import annotations

import time

import pytest

from reinstate.review import review_text
from tests.review.helpers import context_from

SHORT, LONG = 5_000, 40_000
LINEAR = LONG / SHORT
BOUND = 3 * LINEAR  # quadratic growth would be LINEAR ** 2 = 64
# Runs of characters that once made a pattern backtrack, or that a rule reads in a loop.
UNITS = {
    "one long word": "a",
    "one long capitalised word": "A",
    "a dotted run": "a.",
    "a run of at signs": "a@",
    "a hyphenated run": "a-",
    "digits": "1",
    "plus signs": "a+",
    "a domain-like run": "ab.cd.",
    "an email-like run": "a.b@c-",
    "repeated words": "the ",
    "sentences": "We ship. ",
    "exclamations": "NO! ",
    "phone-like numbers": "555 123 4567 ",
}
CONTEXT = context_from(
    {
        "notice": {"violations": ["late-shipment-rate"], "asins": ["B07XKQ2M4R"]},
        "metrics": {"late_shipment_rate_10d": 0.062},
        "exhibits": ["Exhibit 1 - invoice.pdf"],
    }
)


def cost(text: str) -> float:
    """The least CPU time of three reviews of `text` (the least is the least disturbed)."""
    times = []
    for _ in range(3):
        start = time.process_time()
        review_text(text, CONTEXT)
        times.append(time.process_time() - start)
    return max(min(times), 1e-4)


def of_length(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


@pytest.mark.parametrize("unit", list(UNITS.values()), ids=list(UNITS))
def test_review_time_grows_linearly_with_the_length_of_the_text(unit: str) -> None:
    short = cost(of_length(unit, SHORT))
    long = cost(of_length(unit, LONG))
    assert long / short < BOUND, f"{long:.3f} s for {LONG} characters, {short:.3f} s for {SHORT}"


def test_an_80000_character_word_is_reviewed_in_well_under_a_second_of_work_per_plan() -> None:
    """The same run's review of an ordinary plan is the yardstick: the word may cost at most
    what 200 such plans cost, where it once cost as much as 5,000."""
    plan = (
        "## Root cause\nOur carrier missed pickups in May, so 41 orders shipped late.\n\n"
        "## Corrective actions\nWe refunded every late order and moved to two pickups a day.\n\n"
        "## Preventive measures\nA second carrier now covers any missed pickup.\n"
    )
    ordinary = cost(plan)
    word = cost("a" * 80_000)
    assert word < 200 * ordinary, f"{word:.3f} s for the word, {ordinary:.4f} s for a plan"
