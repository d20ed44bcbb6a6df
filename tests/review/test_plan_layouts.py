"""Lines of a plan that are layout, not prose: the numbered questions of a question-and-answer
plan and the fields of its letterhead are headings, so the tone rules never read them, while
the same words in a sentence of the body still count (issue 9, round 6's strong plans)."""

from __future__ import annotations

from reinstate.review._document import Document
from reinstate.review._engine import review_text

QUESTIONS = """# Plan of Action

1. Why did this happen?

Our stock sync failed on 3 May 2024 and we did not notice it for four days.

2. What have we done to fix it?

We moved the sync to a supported connector on 8 May 2024.
"""

LETTERHEAD = """# Plan of Action - Late Shipment Rate
Seller: Harbour & Finch Homewares Ltd, amazon.co.uk
Merchant token: A3K9XR2T7PLM4

We shipped 41 orders late in October because our own dispatch rota left Saturdays uncovered.
"""


def _headings(text: str) -> list[str]:
    doc = Document(text)
    return [doc.text[line.start : line.end] for line in doc.lines if line.is_heading]


def test_a_numbered_question_standing_alone_is_a_heading() -> None:
    assert "1. Why did this happen?" in _headings(QUESTIONS)
    assert "2. What have we done to fix it?" in _headings(QUESTIONS)


def test_a_numbered_item_followed_by_more_items_stays_a_list_item() -> None:
    text = "Corrective actions\n\n1. Why not check each unit?\n2. We now check each unit.\n"
    assert "1. Why not check each unit?" not in _headings(text)


def test_the_letterhead_fields_of_a_plan_are_headings() -> None:
    headings = _headings(LETTERHEAD)
    assert "Seller: Harbour & Finch Homewares Ltd, amazon.co.uk" in headings
    assert "Merchant token: A3K9XR2T7PLM4" in headings


def test_a_labelled_sentence_in_the_body_is_still_prose() -> None:
    line = "Root cause: the carrier lost our parcels in its depot twice last winter"
    text = f"{LETTERHEAD}\n{line}\nWe changed our dispatch rota on 2 November.\n"
    assert line not in _headings(text)


def test_numbered_questions_and_letterhead_raise_no_tone_finding() -> None:
    rules = {f.rule for f in review_text(QUESTIONS + "\n" + LETTERHEAD).findings}
    assert not {rule for rule in rules if rule.startswith("tone.")}


def test_filing_records_is_not_a_threat() -> None:
    text = "We will file every supplier invoice by ASIN each month so a year of records is ready."
    rules = {f.rule for f in review_text(text).findings}
    assert "tone.threat" not in rules
