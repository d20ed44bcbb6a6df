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


def _kinds(text: str, content_type: str = "text") -> list[str]:
    return sorted({d.kind for d in parse_notice(text, content_type=content_type).documents})


def test_items_marked_with_double_dashes_are_list_items_not_documents() -> None:
    text = (
        "We do not have enough information to reinstate your account.\n"
        "Please send the following:\n\n"
        "-- Greater detail on the root cause of the late shipments\n"
        "-- Carrier invoices for the orders listed above\n"
    )
    assert _kinds(text) == ["invoice"]


def test_a_document_named_on_the_hard_wrapped_line_after_its_verb_is_asked_for() -> None:
    text = (
        "We have deactivated your selling account.\n"
        "To appeal, send receipts for the items listed above\n"
        "and a letter of authorization from the brand owner.\n"
    )
    assert _kinds(text) == ["letter-of-authorization", "receipt"]


def test_items_under_a_question_that_asks_what_to_send_are_asked_for() -> None:
    text = (
        "Thank you for your appeal. We need more information to reinstate the listing.\n\n"
        "Which documents should you provide?\n"
        "- A certificate of conformity signed by the manufacturer\n"
        "- Photos of the rating plate on the product\n\n"
        "How do I appeal?\nGo to Account Health.\n"
    )
    assert _kinds(text) == ["certificate-of-compliance", "product-images"]


def test_supporting_documentation_beside_a_named_document_is_no_other_document() -> None:
    text = (
        "We have deactivated your selling account. If you believe this is an error, submit "
        "supporting documents, such as a utility bill in the name of your business.\n"
    )
    assert _kinds(text) == ["utility-bill"]


def test_supporting_documentation_alone_or_beside_the_plan_is_an_other_document() -> None:
    text = "We have removed your listing. Send a plan of action with supporting documentation.\n"
    assert _kinds(text) == ["other", "plan-of-action"]


def test_a_court_order_is_an_other_document() -> None:
    text = "We removed your listing. You may submit a court order that allows the sale.\n"
    assert _kinds(text) == ["other"]


def test_asking_the_rights_owner_to_withdraw_is_a_retraction() -> None:
    text = (
        "We removed your listing after a copyright complaint. Ask the rights owner to "
        "withdraw the complaint if it was made in error.\n"
    )
    assert _kinds(text) == ["retraction"]


def test_a_single_image_of_the_label_is_a_product_image() -> None:
    text = "We removed your listing. Upload a photo of the label showing the batch number.\n"
    assert _kinds(text) == ["product-images"]


def test_replies_under_a_forum_post_are_not_amazons_words() -> None:
    text = (
        "Posted by u/someseller · 2 yr. ago\nGot this, help?\n\n"
        "We have removed your listing for ASIN B0FORUMREP1 for a trademark complaint.\n\n"
        "  ▲ 4 ▼   3 comments   Share   Save\n"
        "  u/helper99 · 2 yr. ago\n"
        "  Send them your invoices and a screenshot of the brand registry page.\n"
    )
    notice = parse_notice(text)
    assert notice.documents == ()
    assert notice.violation_kinds == ("ip-trademark",)


def test_a_foreign_notice_that_says_no_plan_is_needed_asks_for_none() -> None:
    for text in (
        "Il tuo tasso di ordini difettosi è troppo alto e potremmo disattivare il tuo "
        "account. Se completi il corso, non è necessario inviare un piano d'azione.",
        "Votre taux de commandes défectueuses est trop élevé et nous pourrions suspendre "
        "votre compte. Si vous suivez la formation, vous n'avez pas à envoyer de plan d'action.",
    ):
        notice = parse_notice(text)
        assert notice.message_type == "warning", text
        assert notice.documents == (), text


def test_a_french_bill_for_services_is_a_utility_bill_not_an_invoice() -> None:
    text = (
        "Nous devons vérifier votre adresse. Veuillez fournir une facture de services "
        "(électricité ou téléphone) de moins de 90 jours à votre nom."
    )
    assert _kinds(text) == ["utility-bill"]
