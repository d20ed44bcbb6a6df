"""Kinds of notice that the reader once misread on unseen material (issue 9), each as a
synthetic notice written for this test. They fix the kind, not one example."""

from __future__ import annotations

from reinstate.notice import parse_notice

PERMANENT_AFTER_APPEAL = """Hello,

We reviewed the appeal you sent on October 3 and the documents you attached.
We have now permanently deactivated your selling account. This decision is final and we
may not respond to further emails about this issue.

Why did this happen?
Customers continued to report that items they received were counterfeit.
"""

FORUM_PLUS_MARKERS = """Posted by greenkettle_uk

Got this today, any ideas?

+ Hello,
+
+ We have deactivated your Amazon selling account because of customer complaints
+ about the authenticity of items you sold.
+
+ ASIN: B0PLUSMRK1
"""

FORUM_GT_MARKERS = """Anyone seen this before?
&gt; Hello,
&gt; We have removed your listing for ASIN B0GTMARKR1 because we received a report
&gt; of copyright infringement from the rights owner.
"""

OLDER_RESTRICTED = """Dear Seller,

Amazon has removed your Amazon.com selling privileges and cancelled your listings.
The products below contain prohibited substances and violate our Restricted Products policy.

B0OLDREST1 - Energy capsules 90ct
"""

TEMPORARILY_DEACTIVATED = """Hello from Amazon,

We have temporarily deactivated your Amazon.co.uk seller account while we review the
listings below for Product Authenticity Customer Complaints.

ASIN: B0TEMPDEA1
"""

IP_NAMED_ONCE = """Hello,

We removed the listing below because we received a report of copyright infringement from
the rights owner. We take intellectual property rights seriously; listings that may be
infringing the intellectual property of others are not allowed.

ASIN: B0IPONCE01
Complaint ID: 1234567890
"""

IDENTITY_WITHOUT_KEYWORDS = """Hello,

We have deactivated your Amazon selling account.

Why is this happening?
The name on the passport you uploaded does not match the name on your account, and the
address on your utility bill does not match your registered address.

How do I reactivate my account?
Upload a valid passport and a utility bill from the last 90 days.
"""

SAFETY_WITHOUT_KEYWORDS = """Hello,

We have removed the listing below.

Customers reported that the charger overheated and caught fire while in use.

ASIN: B0HOTCHRG1

Send test reports from an accredited laboratory to have the listing reinstated.
"""

REPLY_QUOTING_ORIGINAL = """Hello,

Thank you for your appeal. We reviewed the information you provided and still need more
before we can reactivate your listing: please send invoices from the last 365 days.

On Mon, 2 Nov 2026 at 09:12, Amazon Seller Performance <seller-performance@amazon.com> wrote:
> Hello,
> We have removed your listing for ASIN B0QUOTEOR1 because customers reported that the
> item they received was used although they ordered it as new.
"""

REPLY_WITHOUT_VIOLATION = """Hello,

Thank you for your appeal. We reviewed the information you provided and need more
details about the steps you took to prevent this from happening again.
"""


def kinds(text: str) -> list[str]:
    return sorted(parse_notice(text).violation_kinds)


def test_a_permanent_deactivation_that_recalls_an_earlier_appeal_is_a_deactivation() -> None:
    notice = parse_notice(PERMANENT_AFTER_APPEAL)
    assert notice.message_type == "deactivation"
    assert notice.violation_kinds == ("inauthentic",)


def test_a_forum_copy_with_plus_line_markers_reads_like_the_notice() -> None:
    notice = parse_notice(FORUM_PLUS_MARKERS)
    assert notice.message_type == "deactivation"
    assert notice.violation_kinds == ("inauthentic",)
    assert notice.asins == ("B0PLUSMRK1",)


def test_a_forum_copy_with_escaped_quote_markers_reads_like_the_notice() -> None:
    notice = parse_notice(FORUM_GT_MARKERS)
    assert notice.message_type == "listing-removal"
    assert notice.violation_kinds == ("ip-copyright",)


def test_older_removed_selling_privileges_with_restricted_products_is_a_deactivation() -> None:
    notice = parse_notice(OLDER_RESTRICTED)
    assert notice.message_type == "deactivation"
    assert notice.violation_kinds == ("restricted-products",)


def test_a_temporarily_deactivated_account_is_not_a_listing_removal() -> None:
    assert parse_notice(TEMPORARILY_DEACTIVATED).message_type == "deactivation"


def test_an_ip_complaint_names_its_kind_once_without_suspected_ip_beside_it() -> None:
    assert kinds(IP_NAMED_ONCE) == ["ip-copyright"]


def test_an_identity_notice_without_the_listed_keywords_is_verification() -> None:
    notice = parse_notice(IDENTITY_WITHOUT_KEYWORDS)
    assert notice.message_type == "deactivation"
    assert notice.violation_kinds == ("verification",)


def test_a_safety_notice_without_the_listed_keywords_is_product_safety() -> None:
    notice = parse_notice(SAFETY_WITHOUT_KEYWORDS)
    assert notice.message_type == "listing-removal"
    assert notice.violation_kinds == ("product-safety",)
    assert notice.issues[0].asins == ("B0HOTCHRG1",)


def test_an_appeal_reply_takes_its_violation_from_the_quoted_original() -> None:
    notice = parse_notice(REPLY_QUOTING_ORIGINAL)
    assert notice.message_type == "appeal-more-info"
    assert notice.violation_kinds == ("condition-used-sold-as-new",)


def test_an_appeal_reply_with_no_original_names_no_violation() -> None:
    notice = parse_notice(REPLY_WITHOUT_VIOLATION)
    assert notice.message_type == "appeal-more-info"
    assert notice.violation_kinds == ()


def test_a_reason_beside_an_order_id_is_part_of_the_metric_not_a_violation() -> None:
    text = (
        "Your Order Defect Rate is above our target of 1%.\n"
        "114-1111111-2222222 - A-to-z claim: item not as described\n"
        "114-3333333-4444444 - Negative feedback\n"
        "If your ODR stays above target, your selling privileges may be deactivated.\n"
    )
    notice = parse_notice(text)
    assert notice.message_type == "warning"
    assert notice.violation_kinds == ("order-defect-rate",)


def test_will_remain_deactivated_as_a_consequence_does_not_make_a_denial() -> None:
    text = (
        "Your Amazon selling account has been deactivated.\n"
        "We deactivated your account because you did not follow the Seller Code of Conduct.\n"
        "What happens if I do not send the requested information?\n"
        "Your account will remain deactivated.\n"
    )
    notice = parse_notice(text)
    assert notice.message_type == "deactivation"
    assert notice.violation_kinds == ("code-of-conduct",)


def test_a_reply_to_an_appeal_that_says_will_remain_deactivated_is_a_denial() -> None:
    text = "We have reviewed your appeal. Your account will remain deactivated.\n"
    assert parse_notice(text).message_type == "appeal-denied"


def test_an_instruction_to_reactivate_another_account_first_is_not_a_reinstatement() -> None:
    text = (
        "We have deactivated your Amazon selling account because it is related to another "
        "selling account.\nReactivate the related account first. After it has been "
        "reactivated, appeal this deactivation.\n"
    )
    notice = parse_notice(text)
    assert notice.message_type == "deactivation"
    assert notice.violation_kinds == ("related-account",)


def test_a_rights_owners_trademark_with_potential_infringement_wording_is_trademark() -> None:
    text = (
        "We removed some of your listings because we received a report from a rights owner "
        "that they infringe the rights owner's trademark.\n"
        "We remove content the rights owner has reported as potentially infringing their "
        "intellectual property.\nASIN: B0RIGHTSTM1\n"
    )
    assert kinds(text) == ["ip-trademark"]


def test_a_sellers_note_above_a_forwarded_notice_does_not_speak_for_amazon() -> None:
    text = (
        "Hi Dana, Amazon says one listing has been removed too, see below. What now?\n\n"
        "---------- Forwarded message ---------\n"
        "From: Amazon Seller Performance <seller-performance@amazon.com>\n"
        "Subject: Your Amazon.com selling account\n\n"
        "Hello,\n\nWe have deactivated your Amazon selling account because of customer "
        "complaints about the authenticity of items you sold.\n"
    )
    notice = parse_notice(text)
    assert notice.message_type == "deactivation"
    assert notice.violation_kinds == ("inauthentic",)


def test_a_denial_above_the_quoted_notice_it_answers_is_a_denial() -> None:
    text = (
        "Hello,\n\nWe reviewed the information you provided. Your listing will remain "
        "deactivated and we may not respond to further emails about this issue.\n\n"
        "-----Original Message-----\nFrom: seller-performance@amazon.com\n"
        "Hello,\nWe have deactivated your Amazon selling account because you confirmed "
        "shipment of orders before the items were handed to the carrier.\n"
    )
    notice = parse_notice(text)
    assert notice.message_type == "appeal-denied"
    assert notice.violation_kinds == ("shipment-confirmation",)
