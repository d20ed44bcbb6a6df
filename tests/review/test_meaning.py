"""Tone and coverage by meaning: wordings no phrase list names (issue 9's kinds)."""

from __future__ import annotations

import pytest

from reinstate.review import review_text
from tests.review.helpers import context_from


def rules_found(text: str, **context: object) -> set[str]:
    return {finding.rule for finding in review_text(text, context_from(context)).findings}


@pytest.mark.parametrize(
    "sentence",
    [
        "We believe Amazon's automated system flagged us unfairly.",
        "Many customers went straight to Amazon without ever contacting us.",
        "Part of the problem started in Amazon's own fulfilment centres.",
        "Several buyers plainly ordered the wrong version.",
        "The courier left our parcels out in the rain for days.",
        "Our supplier swapped the parts for cheaper ones without telling us.",
        "A rival brand has been reporting our listing to take our sales.",
    ],
)
def test_blame_written_without_blame_words_is_flagged(sentence: str) -> None:
    assert "tone.blame" in rules_found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "If this is not resolved we will file a complaint with Trading Standards.",
        "We are ready to tell our 20,000 Instagram followers what happened.",
        "Unless our account is restored, we will move all our products to Walmart.",
        "Our solicitor is preparing a claim for the lost sales.",
    ],
)
def test_threats_by_any_route_are_flagged(sentence: str) -> None:
    assert "tone.threat" in rules_found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I have barely slept since the notice arrived.",
        "Without this account we will not survive the winter.",
        "My wife has taken a second job so we can pay the rent.",
    ],
)
def test_hardship_told_as_a_story_is_emotive(sentence: str) -> None:
    assert "tone.emotive" in rules_found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We did not check the supplier's authorization before buying the goods.",
        "The carrier collects our parcels at 4 pm each weekday.",
        "We contacted every affected customer and refunded 14 orders.",
        "Amazon's policy requires valid tracking on 95% of shipments.",
        "Our warehouse lead checks each carton before it is sealed.",
        "From 1 June we inspect and grade every returned unit before relisting it.",
    ],
)
def test_admissions_and_neutral_mentions_pass(sentence: str) -> None:
    assert not {"tone.blame", "tone.threat", "tone.emotive"} & rules_found(sentence)


def test_a_related_account_is_answered_by_meaning() -> None:
    notice = {"violations": ["related-account"]}
    assert "coverage.violation-unaddressed" in rules_found("We fixed our listings.", notice=notice)
    text = "The suspension is related to the seller account of my brother, which we closed."
    assert "coverage.violation-unaddressed" not in rules_found(text, notice=notice)


def test_photographs_answer_a_request_for_product_images() -> None:
    notice = {"documents": ["product-images"]}
    text = "We photographed all six sides of the packaging (Exhibit 2)."
    assert "coverage.document-missing" not in rules_found(text, notice=notice)


def test_an_exhibit_named_after_the_document_answers_the_request() -> None:
    notice = {"documents": ["letter-of-authorization"]}
    text = "The brand's letter is in Exhibit 3."
    found = rules_found(text, notice=notice, exhibits=["Exhibit 3 - Letter_of_Authorization.pdf"])
    assert "coverage.document-missing" not in found
    assert "coverage.document-missing" in rules_found(
        text, notice=notice, exhibits=["Exhibit 3.pdf"]
    )
