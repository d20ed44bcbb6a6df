"""Notices in the shapes sellers paste them (issue 9): replies above an Outlook original, a
Reddit post with Markdown quoting, a forum quote block, an "... wrote:" quote, two violations
in one paragraph. Each is synthetic, written for this test."""

from __future__ import annotations

from reinstate.notice import parse_notice

OUTLOOK_REPLY = "Hello,\n\nThank you for your appeal. We reviewed the information you sent and we are unable to reinstate your account at this time.\n\nSeller Performance Team\n\n-----Original Message-----\nFrom: Amazon.co.uk <seller-performance@amazon.co.uk>\nSent: 02 October 2026 14:02\nTo: orders@brightkettle.example\nSubject: Your Amazon.co.uk selling account\n\nHello,\n\nWe have deactivated your Amazon.co.uk selling account because buyers reported that items they received were used although sold as new.\n"


def test_an_outlook_reply_above_an_original_message_is_a_denial_naming_the_originals_violation() -> (
    None
):
    notice = parse_notice(OUTLOOK_REPLY)
    assert notice.message_type == "appeal-denied"
    assert sorted(v.kind for v in notice.violations) == ["condition-used-sold-as-new"]


REDDIT = 'r/FulfillmentByAmazon · Posted by u/kettle_seller 3h ago\n\nSuspended for "related accounts"?? I only have one account!\n\n> Hello,\n>\n> We have deactivated your Amazon.ca selling account because it is related to another selling account that is not permitted to sell on Amazon.\n>\n> How do I reactivate my account?\n> Submit a plan of action and provide a utility bill and a bank statement issued in the last 90 days.\n\nAny ideas what to do? Thanks\n'


def test_a_reddit_post_quoting_the_notice_in_markdown_reads_like_the_notice() -> None:
    notice = parse_notice(REDDIT)
    assert notice.message_type == "deactivation"
    assert sorted(v.kind for v in notice.violations) == ["related-account"]


QUOTE_BLOCK = "Seller Forums > Account Health > Listing removed for trademark\n\nQuote:\nHello,\nWe removed your listing for ASIN B0QUOTE001 because the rights owner reported that your product title uses their registered trademark without permission.\nRights owner: Lumen Brands Ltd\nComplaint ID: 7712345678\nEnd quote\n\nHow do I get this back up? I bought them from a distributor.\n"


def test_a_forum_quote_block_reads_like_the_notice() -> None:
    notice = parse_notice(QUOTE_BLOCK)
    assert notice.message_type == "listing-removal"
    assert sorted(v.kind for v in notice.violations) == ["ip-trademark"]


TWO_VIOLATIONS = "Hello,\n\nWe have deactivated your selling account on Amazon.com.\n\nWhy is this happening?\nOur review found that you offered buyers refunds in exchange for five-star reviews. We also found that you confirmed shipment on orders before they were handed to the carrier.\n\nHow do I reactivate my account?\nSend a plan of action that explains the root cause of both issues.\n"


def test_two_violations_in_one_paragraph_are_both_named() -> None:
    notice = parse_notice(TWO_VIOLATIONS)
    assert notice.message_type == "deactivation"
    assert sorted(v.kind for v in notice.violations) == [
        "review-manipulation",
        "shipment-confirmation",
    ]


WROTE_QUOTE = "Hi,\n\nWe need more information before we can reinstate your listings. Please send invoices from your supplier dated within the last 365 days and a letter of authorization from the brand.\n\nOn Mon, 5 Oct 2026 at 10:14, Amazon <seller-notification@amazon.com> wrote:\n> Hello,\n> We have removed your listings for the ASINs below because customers reported that they received counterfeit products.\n> ASIN: B0WROTE001\n"


def test_a_reply_asking_for_more_takes_its_violation_from_the_quoted_notice() -> None:
    notice = parse_notice(WROTE_QUOTE)
    assert notice.message_type == "appeal-more-info"
    assert sorted(v.kind for v in notice.violations) == ["inauthentic"]


def test_a_denial_e_mail_that_names_no_violation_names_none() -> None:
    text = (
        "Hello,\n\nWe have reviewed your appeal and the documents you provided. "
        "Your account remains deactivated and we will not reinstate your selling privileges.\n"
    )
    notice = parse_notice(text)
    assert notice.message_type == "appeal-denied"
    assert notice.violations == ()


ACCOUNT_HEALTH_PAGE = "Account Health\nPolicy compliance\n\nSuspected Intellectual Property Violations    1\nReceived Intellectual Property Complaints     2\nProduct Authenticity Customer Complaints      0\n\nListing removed: ASIN B0AHRTAB01\nReason: The rights owner reported that the listing infringes their copyright (images).\nImpact: High. Action: Appeal or submit a retraction from the rights owner.\n"


def test_an_account_health_page_counts_only_policies_with_complaints() -> None:
    notice = parse_notice(ACCOUNT_HEALTH_PAGE)
    assert notice.message_type == "listing-removal"
    assert [v.kind for v in notice.violations] == ["ip-copyright"]
