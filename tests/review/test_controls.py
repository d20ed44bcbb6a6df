"""Controls told in the present tense are not blame (issue 9: held-out round 3's strong plans
got `tone.blame` on "A failed check stops the shipment to FBA")."""

from __future__ import annotations

import pytest

from reinstate.review import review_text
from reinstate.review._checks._controls import is_own_action, is_present_control
from reinstate.review._tone_model import LABELS, tone_model


@pytest.mark.parametrize(
    "sentence",
    [
        "A failed check stops the shipment to FBA.",
        "Every Friday the warehouse manager compares the returns log with the stock moves.",
        "A wrong label blocks the carton at the packing bench.",
        "Each damaged return is photographed and quarantined before it is counted.",
        "Any unit that fails the inspection is now held in a separate cage.",
    ],
)
def test_a_control_in_the_present_tense_is_read_as_a_control(sentence: str) -> None:
    assert is_present_control(sentence)
    assert "tone.blame" not in {f.rule for f in review_text(sentence).findings}


@pytest.mark.parametrize(
    "sentence",
    [
        "The carrier loses our parcels every week.",
        "Buyers always order the wrong size and then claim it is used.",
        "The prep centre put the FNSKU labels on the wrong boxes.",
        "Our supplier swapped the parts for cheaper ones without telling us.",
        "The previous owner of this business set up the second account, not me.",
        "Even though we packed each order carefully, the boxes arrived crushed.",
        "The delivery company is losing many packages in that month.",
    ],
)
def test_blame_in_any_tense_is_not_read_as_a_control(sentence: str) -> None:
    assert not is_present_control(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We stopped the follow-up emails sent from our Klaviyo account to anyone who claimed it.",
        "On 9 June I replaced the shared card with a business card in my company's name.",
    ],
)
def test_a_corrective_act_of_the_sellers_is_not_blame(sentence: str) -> None:
    assert is_own_action(sentence)


def test_a_corrective_act_that_goes_on_to_blame_another_party_is_not_read_as_one() -> None:
    sentence = "We sent the documents on the first day; the manufacturer took a month to answer."
    assert not is_own_action(sentence)


def test_a_paragraph_that_owns_the_cause_is_not_blame_by_the_classifier_alone() -> None:
    owned = (
        "Returned items came back to our warehouse in Wroclaw. Our packer put them back on the "
        "shelf with new stock when the box looked clean. Nobody opened the box to check the "
        "scale inside. We did not have a written rule for returns, this is our mistake."
    )
    unowned = owned.rsplit(" We did not", 1)[0] + " The packer should have known better."
    assert "tone.blame" not in {f.rule for f in review_text(owned).findings}
    assert "tone.blame" in {f.rule for f in review_text(unowned).findings}


def test_a_sentence_the_next_one_grants_is_owned() -> None:
    from reinstate.review._checks._controls import grants

    assert grants("Both are true.")
    assert grants("We agree.")
    assert not grants("This is not true.")


def test_what_a_buyer_could_take_from_our_wording_is_a_consequence_not_blame() -> None:
    from reinstate.review._checks._controls import is_consequence

    assert is_consequence("A buyer could think the filter is made by iRobot.")
    assert not is_consequence("The buyer wrongly thinks the filter is broken.")


@pytest.mark.parametrize(
    "blame",
    [
        "The carrier lost a lot of these parcels and never scanned them at pickup.",
        "Our supplier changed the packaging without telling anyone.",
        "The new packer ignored the checklist we gave him.",
    ],
)
def test_blame_in_a_paragraph_that_owns_the_cause_is_still_blame(blame: str) -> None:
    text = f"We sold 40 used units as new. {blame} This was our mistake."
    assert "tone.blame" in {f.rule for f in review_text(text).findings}


def test_a_written_rule_of_what_may_only_happen_is_a_control() -> None:
    rule = (
        'Another brand may appear only after the words "compatible with", never at the start '
        "of the title."
    )
    assert is_present_control(rule)


def test_what_another_party_has_done_is_not_a_control() -> None:
    assert not is_present_control(
        "It is worth noting that Tessaline has filed near-identical complaints against at "
        "least four other sellers since spring."
    )


def test_the_sellers_own_process_named_as_the_cause_is_not_blame() -> None:
    text = (
        "However, our weak access management allowed a former employee's device to stay "
        "connected to our account."
    )
    assert "tone.blame" not in {f.rule for f in review_text(text).findings}


@pytest.mark.parametrize(
    "sentence",
    [
        "No more than two pickers may take leave in the same fortnight.",
        "No relative, neighbour or previous owner may sign in to Seller Central.",
        "No customer address from the old export is stored on any laptop.",
        "None of our staff are allowed to relist a return without an inspection.",
    ],
)
def test_a_written_prohibition_is_a_control_even_when_it_names_a_party(sentence: str) -> None:
    assert is_present_control(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "No one at Amazon is able to explain the decision.",
        "No buyer ever complained until the carrier lost the pallet.",
        "No carrier is ever on time in our area.",
    ],
)
def test_a_sentence_opening_with_no_that_tells_blame_is_not_a_prohibition(sentence: str) -> None:
    assert not is_present_control(sentence)


def test_an_irregular_past_form_after_is_reads_as_a_present_passive() -> None:
    assert is_present_control("Every signed form is kept in the office safe.")


def test_our_own_listing_named_as_the_subject_of_the_fault_is_not_blame() -> None:
    text = "Our bags are genuine Tessin bags, but our listings used the Alpenrot name incorrectly."
    assert tone_model().probabilities([text])[0][LABELS.index("blame")] > 0.5  # the test can fail
    assert "tone.blame" not in {f.rule for f in review_text(text).findings}


def test_what_buyers_noticed_and_reported_told_plainly_is_a_consequence() -> None:
    text = "Shoppers spotted the different seal and returned the jars as not authentic."
    assert tone_model().probabilities([text])[0][LABELS.index("blame")] > 0.5  # the test can fail
    assert "tone.blame" not in {f.rule for f in review_text(text).findings}


@pytest.mark.parametrize(
    "sentence",
    [
        "Buyers noticed nothing wrong but reported the items as fake just to get refunds.",
        "Customers found the parcels damaged and returned them.",
    ],
)
def test_buyers_reporting_with_a_motive_or_a_fault_is_still_blame(sentence: str) -> None:
    assert "tone.blame" in {f.rule for f in review_text(sentence).findings}


def test_our_goods_passed_to_a_party_of_our_own_is_our_act_not_blame() -> None:
    text = "The remaining 12 were shipped to our repair partner."
    assert tone_model().probabilities([text])[0][LABELS.index("blame")] > 0.5  # the test can fail
    assert is_own_action(text)
    assert "tone.blame" not in {f.rule for f in review_text(text).findings}
    assert not is_own_action("The buyer's units were sent to our partner.")
    assert not is_own_action("Our stock was sent to our supplier who swapped it.")
