"""Kinds of notice the reader misread in held-out round 3 (docs/heldout/notice-r3.md), each
as a synthetic notice written for this test in other words than the set's. They fix the
kind, not one example."""

from __future__ import annotations

from reinstate.notice import parse_notice


def test_a_consequence_stated_as_a_condition_is_a_warning() -> None:
    notice = parse_notice(
        "Hello,\n\nWe found that you asked friends to buy your own products to lift their "
        "ranking. Your account will be deactivated unless you send us a plan of action "
        "within 17 days.\n\nASIN: B0CONDWARN1\n"
    )
    assert notice.message_type == "warning"
    assert notice.deadline is not None
    assert notice.deadline.days == 17


def test_a_reinstatement_told_as_a_condition_does_not_make_a_deactivation_a_reinstatement() -> None:
    notice = parse_notice(
        "We have deactivated your selling account because it is related to another account.\n"
        "Once the other account has been reinstated, send us an appeal for this one.\n"
    )
    assert notice.message_type == "deactivation"


def test_a_reinstatement_told_as_history_inside_a_fresh_deactivation_is_history() -> None:
    notice = parse_notice(
        "Your selling account has been deactivated.\n\nIn March 2025 we reinstated your "
        "account after you promised to stop contacting buyers outside Amazon. You have "
        "done so again, which breaks the Seller Code of Conduct.\n"
    )
    assert notice.message_type == "deactivation"
    assert notice.violation_kinds == ("code-of-conduct",)


def test_a_plain_reinstatement_after_a_comma_is_still_one() -> None:
    notice = parse_notice(
        "After we reviewed your plan of action, we have reinstated your listing for ASIN "
        "B0PLAINREI1. You can sell it again.\n"
    )
    assert notice.message_type == "reinstated"


def test_an_account_health_card_that_says_the_action_taken_is_a_listing_removal() -> None:
    notice = parse_notice(
        "<html><body><div>Action taken</div><div>ASIN deactivated</div>"
        "<div>ASIN</div><div>B0CARDREMV1</div><p>The title of your listing breaks our "
        "listing policy on product titles.</p></body></html>",
        content_type="html",
    )
    assert notice.message_type == "listing-removal"


def test_a_policy_named_only_where_to_read_more_is_not_a_second_violation() -> None:
    notice = parse_notice(
        "We have reinstated your listings. We had removed them after buyers told us the "
        "items were not as described.\n\nFor more information, see the Product Detail "
        "Page Rules help page.\n"
    )
    assert notice.violation_kinds == ("condition-complaint",)


def test_a_policy_named_only_where_to_read_more_still_counts_when_nothing_else_does() -> None:
    notice = parse_notice(
        "We have removed your listing for ASIN B0ONLYPOIN1.\n\nTo learn more, search for "
        "Product Detail Page Rules in Seller Central Help.\n"
    )
    assert notice.violation_kinds == ("listing-policy",)


def test_a_reply_that_asks_for_conformity_evidence_is_about_product_safety() -> None:
    notice = parse_notice(
        "Thank you for your appeal. We do not have enough information to reinstate the "
        "listing.\nPlease send a Declaration of Conformity naming the model, and a test "
        "report from an accredited laboratory to IEC 62133.\n"
    )
    assert notice.message_type == "appeal-more-info"
    assert notice.violation_kinds == ("product-safety",)
