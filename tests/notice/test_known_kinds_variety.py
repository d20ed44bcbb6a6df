"""Kinds of notice the variety round (issue 9, round 4) showed the reader misreading, each
as a synthetic notice written for this test in other words than the set's. They fix the
kind, not one example."""

from __future__ import annotations

from reinstate.notice import parse_notice


def test_a_verification_request_that_needs_more_information_is_an_account_review() -> None:
    notice = parse_notice(
        "Hello,\n\nWe need more information about you before we can finish checking your "
        "seller details. Please send a scan of your passport and a phone bill from the last "
        "three months.\n\nIf we do not hear from you, selling may be paused.\n"
    )
    assert notice.message_type == "account-review"
    assert notice.violation_kinds == ("verification",)


def test_the_same_words_in_a_reply_to_an_appeal_ask_for_more() -> None:
    notice = parse_notice(
        "Hello,\n\nThank you for your appeal. We need more information to reinstate your "
        "account: explain the root cause of the late shipments.\n"
    )
    assert notice.message_type == "appeal-more-info"


def test_a_threat_to_deactivate_is_not_a_deactivation() -> None:
    notice = parse_notice(
        "Hello,\n\nWe must confirm the address of your business. Upload a utility bill "
        "within 10 days. If we cannot confirm it, your selling account will be deactivated.\n"
    )
    assert notice.message_type == "account-review"


def test_a_review_of_the_account_with_listings_left_active_is_an_account_review() -> None:
    notice = parse_notice(
        "Hello,\n\nWe are carrying out a review of your inventory to confirm where it comes "
        "from. Send invoices for the ASIN below. Your offers stay live during this review.\n\n"
        "ASIN: B0REVIEWAC1\n"
    )
    assert notice.message_type == "account-review"


def test_a_decision_that_stands_is_a_denial_in_any_wording() -> None:
    for wording in (
        "After looking at your appeal again, the suspension of your account will stand.",
        "We have reviewed your plan of action. Your selling privileges will not be restored.",
        "Thank you for your appeal. We are not in a position to reactivate your account.",
        "We reviewed your appeal and the deactivation has been upheld.",
    ):
        assert parse_notice(f"Hello,\n\n{wording}\n").message_type == "appeal-denied", wording


def test_a_denial_with_a_way_out_asks_for_more() -> None:
    notice = parse_notice(
        "Hello,\n\nWe reviewed your appeal. It does not say what went wrong. Your account "
        "remains deactivated until you send a plan of action that does.\n"
    )
    assert notice.message_type == "appeal-more-info"


def test_a_deactivation_recalled_in_a_denial_is_history() -> None:
    notice = parse_notice(
        "Hello,\n\nWe received your latest appeal. As we told you before, your account has "
        "been permanently deactivated. We are not able to reverse this decision.\n"
    )
    assert notice.message_type == "appeal-denied"


def test_a_reply_above_a_quoted_notice_speaks_for_the_message() -> None:
    notice = parse_notice(
        "Hello,\n\nWe looked at the invoices you sent, but they could not be verified with "
        "the supplier. Please send invoices that show the supplier's address.\n\n"
        "-----Original Message-----\nFrom: Amazon <seller-performance@amazon.com>\n"
        "Subject: Account deactivated\n\nWe have deactivated your selling account because "
        "customers reported that the items you sold were counterfeit.\n"
    )
    assert notice.message_type == "appeal-more-info"
    assert notice.violation_kinds == ("inauthentic",)


def test_a_reinstatement_with_please_keep_advice_is_a_reinstatement() -> None:
    notice = parse_notice(
        "Hello,\n\nWe're reactivating your account after reviewing your appeal. Please keep "
        "your order defect rate under 1%, or we may deactivate your account again.\n"
    )
    assert notice.message_type == "reinstated"


def test_a_reply_that_quotes_nothing_takes_its_violation_from_its_own_words() -> None:
    notice = parse_notice(
        "Hello,\n\nWe reviewed your appeal. Please explain why the orders were marked as "
        "shipped before the carrier picked them up, and send their tracking numbers.\n"
    )
    assert notice.message_type == "appeal-more-info"
    assert notice.violation_kinds == ("shipment-confirmation",)


def test_a_forum_copy_opening_with_a_quote_tag_is_a_notice_not_json(tmp_path) -> None:
    from reinstate.notice import read_notice

    path = tmp_path / "post.txt"
    path.write_text(
        "[quote]We have deactivated your selling account because it is related to "
        "another account.[/quote]\nWhat now?\n",
        encoding="utf-8",
    )
    assert read_notice(path).message_type == "deactivation"
