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
        # the cause moved onto others, told as a neutral process story
        "The returns that hurt our rate were processed at a returns centre we have never seen.",
        "Those orders were scanned late by the regional depot and the lateness landed on our metrics.",
        "Our packaging was fine until the units were repackaged at the prep facility.",
        "Customers kept selecting the wrong voltage from the dropdown.",
        "Most cancellations trace back to shoppers who changed their minds within an hour.",
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
        # unusual channels: legislators, press, forums, other marketplaces, chargebacks,
        # executives, data regulators
        "I have shared our case file with the office of my congresswoman.",
        "A thread about this case will go up on the largest seller forum tomorrow.",
        "I am contacting the consumer rights programme on national television.",
        "We will advise our 300 wholesale customers to stop buying through Amazon.",
        "Our customers will be told to reverse their card payments if our balance is not released.",
        "We will have no choice but to raise this with Amazon's senior vice president.",
        "We will report Amazon to the data protection authority for how our documents were handled.",
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
        # staff jobs, family and health told as a story
        "Our warehouse manager has four children and I do not know how to tell him there is no work.",
        "Our two packers are students who rely on this job to pay tuition, and they are frightened.",
        "I lost my father last year and this store is all I have left of him.",
        "My anxiety has come back and I can hardly leave the house.",
        "The stress has made me physically ill.",
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
        # hard negatives: owned causes and neutral mentions of regulators, lawyers, other
        # marketplaces, chargebacks, executives, staff, family and tools
        "The delay was within our control.",
        "We reported the counterfeit units to the brand's enforcement team and kept the records.",
        "Our lawyer reviewed the licence agreement before we signed it.",
        "We sell the same range on eBay, where it carries the same safety labels.",
        "Two buyers opened chargebacks, and we accepted both and refunded them.",
        "Our CEO reviews the account health page with the operations lead every Friday.",
        "We have read the guidance from Trading Standards on toy labelling.",
        "The supplier's certificate had expired, and we did not check its date before selling.",
        "My brother and I run the business together and both approve new listings.",
        "I used my own laptop and logged in from my home network.",
        "Parcels sent without tracking.",
    ],
)
def test_admissions_and_neutral_mentions_pass(sentence: str) -> None:
    assert not {"tone.blame", "tone.threat", "tone.emotive"} & rules_found(sentence)


def test_a_related_account_is_answered_by_meaning() -> None:
    notice = {"violations": ["related-account"]}
    assert "coverage.violation-unaddressed" in rules_found("We fixed our listings.", notice=notice)
    text = "The suspension is related to the seller account of my brother, which we closed."
    assert "coverage.violation-unaddressed" not in rules_found(text, notice=notice)


def test_a_violation_named_only_in_the_title_is_not_answered() -> None:
    notice = {"violations": ["search-manipulation"]}
    title = "Plan of Action - Listing policy and search manipulation\n\n"
    body = "We corrected the length and material on three listings."
    assert "coverage.violation-unaddressed" in rules_found(title + body, notice=notice)
    answered = body + " We also moved two hoses out of a browse category that did not fit."
    assert "coverage.violation-unaddressed" not in rules_found(title + answered, notice=notice)


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


def test_listing_alone_does_not_answer_a_listing_policy_violation() -> None:
    notice = {"violations": ["listing-policy"]}
    text = "We had no process for collecting compliance documents before listing a product."
    assert "coverage.violation-unaddressed" in rules_found(text, notice=notice)


@pytest.mark.parametrize(
    "text",
    [
        "We removed the claim 'child-proof' from the detail page.",
        "We rewrote the listing text and took out every medical claim.",
        "The claims in our product titles were not true, and we corrected both listings.",
        "We merged the duplicate listings into one parent ASIN.",
    ],
)
def test_a_listing_policy_violation_is_answered_by_what_was_wrong_on_the_listing(
    text: str,
) -> None:
    notice = {"violations": ["listing-policy"]}
    assert "coverage.violation-unaddressed" not in rules_found(text, notice=notice)


def test_admin_is_an_ordinary_word() -> None:
    assert "spelling.unknown-word" not in rules_found("I am the only person with admin rights.")


OWNED_OPENING = """The link your team found is real, and I should have disclosed it. My failure was
leaving my brother's access in place after I helped him set up his account in March 2025.

What I have already done:

On 14 October 2026 I removed his login from my browser and reset my password.

How I will keep the accounts separate:

Each quarter I review the user permissions page and remove anyone who no longer needs access.
"""


def test_an_opening_paragraph_that_owns_the_failure_is_the_root_cause() -> None:
    found = rules_found(OWNED_OPENING)
    assert not {"structure.missing-root-cause", "structure.missing-corrective"} & found


def test_a_preventive_paragraph_with_a_frequency_has_a_figure() -> None:
    found = review_text(OWNED_OPENING).findings
    assert not [f for f in found if f.rule == "specificity.no-figures"]
