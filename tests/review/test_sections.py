"""Finding the three parts: by headings, inline labels, numbered lines and plain content."""

from __future__ import annotations

import pytest

from reinstate.review import review_text

PLAIN = (
    "The root cause of the late shipments was a missed carrier pickup on 2 May.\n\n"
    "To resolve this, we have shipped all 9 open orders and refunded 14 buyers.\n\n"
    "To prevent this from happening again, our warehouse lead checks the queue every day."
)


def sections(text: str) -> dict[str, dict[str, object]]:
    return review_text(text).sections


@pytest.mark.parametrize(
    "text",
    [
        "## Root cause\nA.\n## Corrective actions taken\nB.\n## Preventive measures\nC.",
        "**Root Cause:**\nA.\n\n**Corrective Actions Taken:**\nB.\n\n**Preventive Measures:**\nC.",
        "Root cause: A.\nCorrective actions: B.\nPreventive actions: C.",
        "1. Root cause\n\nA.\n\n2. Actions we have taken\n\nB.\n\n3. Steps to prevent this in the future\n\nC.",
        "ROOT CAUSE\nA.\n\nIMMEDIATE ACTIONS\nB.\n\nLONG-TERM MEASURES\nC.",
        "What went wrong\n\nA.\n\nWhat we changed\n\nB.\n\nHow we prevent it\n\nC.",
        "What caused the problem?\n\nA.\n\nWhat have we done?\n\nB.\n\nHow will we stop it happening again?\n\nC.",
        "## Why our tracking rate fell\nA.\n## What we have put right\nB.\n## Safeguards\nC.",
        "Root Cause Analysis\n=================\nA.\n\nCorrective Actions\n------------------\nB.\n\nSteps to prevent recurrence\n---\nC.",
    ],
)
def test_each_heading_style_is_read_as_the_three_parts(text: str) -> None:
    found = sections(text)
    assert all(found[name]["present"] for name in ("root_cause", "corrective", "preventive"))
    assert {found[name]["detected_by"] for name in found} == {"heading"}


def test_a_plan_in_plain_paragraphs_is_read_by_its_content() -> None:
    found = sections(PLAIN)
    assert [found[name]["line"] for name in ("root_cause", "corrective", "preventive")] == [1, 3, 5]
    assert {found[name]["detected_by"] for name in found} == {"content"}


def test_a_combined_corrective_and_preventive_heading_counts_for_both() -> None:
    found = sections("## Root cause\nA.\n## Corrective and preventive actions\nB.")
    assert found["corrective"]["present"]
    assert found["preventive"]["present"]


def test_a_plan_of_action_title_is_not_a_corrective_heading() -> None:
    found = sections("# Plan of Action\n\n## Root cause\nThe cause was a missed pickup on 2 May.")
    assert not found["corrective"]["present"]


def test_future_tense_in_a_combined_section_is_not_a_broken_promise() -> None:
    review = review_text("## Corrective and preventive actions\nWe will audit stock every Monday.")
    assert "tense.corrective-future" not in {f.rule for f in review.findings}


def test_the_sections_report_words_and_line_ranges() -> None:
    found = sections(
        "## Root cause\nOur team missed the pickup.\nIt left at 4 pm.\n## Corrective actions\nB."
    )
    assert found["root_cause"] == {
        "present": True, "detected_by": "heading", "line": 2, "end_line": 3, "words": 10,
    }  # fmt: skip


@pytest.mark.parametrize(
    "opening",
    [
        "Our account was deactivated on 4 November because our late shipment rate was 5.1%.",
        "Our selling privileges were removed on 8 April due to orders confirmed before shipping.",
        "We received a warning on 6 January because our on-time delivery rate was 88%.",
        "We understand why late deliveries are a problem, because buyers plan around the date.",
    ],
)
def test_a_sentence_that_restates_the_notice_or_the_harm_is_not_a_root_cause(
    opening: str,
) -> None:
    actions = "\n\nWhat we have done\n\nOn 5 May we changed the handling time to 2 days."
    assert not sections(opening + actions)["root_cause"]["present"]


def test_a_cause_of_the_sellers_own_next_to_the_notice_is_still_a_root_cause() -> None:
    text = (
        "Our account was deactivated on 4 November because our late shipment rate was 5.1%. "
        "The delays were caused by a missed carrier pickup on 2 November."
    )
    assert sections(text)["root_cause"]["present"]


def test_a_cause_word_under_another_parts_heading_or_an_announcement_is_no_root_cause() -> None:
    text = (
        "This plan sets out the cause, what we corrected and the controls now in place.\n\n"
        "## Corrective actions\nOn 5 May we changed the handling time to 2 days.\n\n"
        "## Preventive actions\nEvery Monday the manager opens each late order and records "
        "the cause in our log."
    )
    assert not sections(text)["root_cause"]["present"]


def test_a_plain_paragraph_that_names_the_root_cause_it_found_is_a_root_cause() -> None:
    text = "We identified the root cause. The packer did not weigh the parcels on 2 May."
    assert sections(text)["root_cause"]["present"]
