"""Kinds of notice issue 9 names as still missed before round 6, each as a synthetic notice
written for this test (the corpus tests/corpus/notices-known-kinds holds longer ones). They
fix the kind, not one example: other languages, older wordings, account-health rows,
documents the taxonomy names by their closest kind, and the whole-message violation model."""

from __future__ import annotations

import numpy as np

from reinstate.notice import _classify, _whole_violations, parse_notice
from tests.notice.test_whole_message import _training_script


def _kinds(text: str) -> tuple[str, tuple[str, ...], set[str]]:
    notice = parse_notice(text)
    return notice.message_type, notice.violation_kinds, {d.kind for d in notice.documents}


def test_a_portuguese_deactivation_for_banned_substances_reads_type_kind_and_deadline() -> None:
    notice = parse_notice(
        "Olá,\n\nSua conta de vendedor foi desativada porque você anunciou suplementos com "
        "substâncias proibidas.\n\nASIN: B0PTRESTR1\n\nPara reativar a conta, envie um plano "
        "de ação em até 17 dias.\n"
    )
    assert (notice.message_type, notice.violation_kinds) == (
        "deactivation",
        ("restricted-products",),
    )
    assert notice.deadline is not None
    assert notice.deadline.days == 17
    assert {d.kind for d in notice.documents} == {"plan-of-action"}


def test_a_japanese_deactivation_for_a_trademark_reads_type_kind_deadline_and_plan() -> None:
    notice = parse_notice(
        "出品者様\n\nお客様の出品用アカウントを停止しました。商標権侵害の申し立てを受けたためです。"
        "\n\nASIN: B0JATM0001\n\n14日以内に改善計画書を提出してください。\n"
    )
    assert (notice.message_type, notice.violation_kinds) == ("deactivation", ("ip-trademark",))
    assert notice.deadline is not None
    assert notice.deadline.days == 14
    assert {d.kind for d in notice.documents} == {"plan-of-action"}


def test_a_japanese_document_age_is_not_a_deadline() -> None:
    notice = parse_notice(
        "出品者様\n\n商品が偽物であるという苦情がありました。出品を削除しました。\n\n"
        "過去180日以内の請求書を提出してください。\n"
    )
    assert notice.deadline is None
    assert {d.kind for d in notice.documents} == {"invoice"}


def test_a_japanese_list_under_a_lead_in_with_its_verb_last_is_read() -> None:
    _, _, documents = _kinds(
        "出品者様\n\n本人確認のため、以下の書類を7日以内にアップロードしてください。\n\n"
        "・代表者のパスポート\n・クレジットカードの利用明細書\n"
    )
    assert documents == {"identity-document", "credit-card-statement"}


def test_a_mexican_removal_in_the_preterite_is_a_listing_removal() -> None:
    kind, violations, _ = _kinds(
        "Hola:\n\nEliminamos tus publicaciones porque contienen ingredientes prohibidos en "
        "Amazon.com.mx.\n\nB0MXREST01\n\nRevisa la política antes de volver a publicar los "
        "productos y no uses los mismos ingredientes.\n"
    )
    assert (kind, violations) == ("listing-removal", ("restricted-products",))


def test_the_older_wording_removed_your_selling_privileges_with_unsellable_goods() -> None:
    kind, violations, _ = _kinds(
        "Dear seller,\n\nWe have removed your selling privileges because your inventory "
        "included products that may not be sold on Amazon.\n"
    )
    assert (kind, violations) == ("deactivation", ("restricted-products",))


def test_a_decision_to_deactivate_for_good_after_an_appeal_is_a_deactivation() -> None:
    kind, violations, _ = _kinds(
        "Hello,\n\nYou appealed our decision in May and we reviewed it. We have now decided to "
        "permanently deactivate your selling account, because your account is linked to "
        "another account that was closed.\n"
    )
    assert (kind, violations) == ("deactivation", ("related-account",))


def test_an_account_health_page_with_space_aligned_rows_names_only_the_metric_off_target() -> None:
    _, violations, _ = _kinds(
        "Account Health\n\nOrder Defect Rate    2.4%    Target: under 1%\n"
        "Late Shipment Rate    1.1%    Target: under 4%\n"
        "Valid Tracking Rate  99.1%   Target: over 95%\n"
        "Restricted Product Policy Violations    0\n"
    )
    assert violations == ("order-defect-rate",)


def test_an_account_health_page_printing_the_target_before_the_figure_reads_it_too() -> None:
    _, violations, _ = _kinds(
        "Account Health\n\nOrder Defect Rate Target: under 1% 2.4% 0.2%\n"
        "Late Shipment Rate Target: under 4% 0.9%\n"
        "Pre-fulfilment Cancel Rate Target: under 2.5% 0.0%\n"
        "Valid Tracking Rate Target: over 95% 98.7%\n"
    )
    assert violations == ("order-defect-rate",)


def test_photos_used_without_permission_are_a_copyright_complaint_not_a_trademark() -> None:
    _, violations, _ = _kinds(
        "Hello,\n\nA photographer reported that your listing copied their product photos "
        "without permission. We removed the listing.\n\nASIN: B0COPYPH01\n"
    )
    assert violations == ("ip-copyright",)


def test_harm_to_a_buyer_told_plainly_is_a_product_safety_complaint() -> None:
    _, violations, _ = _kinds(
        "Hello,\n\nSeveral buyers wrote that the handle of the kettle below came loose and "
        "poured boiling water over their hands. We took the listing down while we look "
        "into it.\n\nASIN: B0KETTLE01\n"
    )
    assert violations == ("product-safety",)


def test_a_safety_data_sheet_and_lab_results_are_test_reports_and_a_ce_certificate_complies() -> (
    None
):
    _, _, documents = _kinds(
        "Hello,\n\nWe removed your listing for ASIN B0SDSDOC01 for product compliance review. "
        "Please send the safety data sheet, the lab results for the batch and the CE "
        "certificate.\n"
    )
    assert documents == {"safety-test-report", "certificate-of-compliance"}


def test_a_reply_that_names_no_violation_takes_it_from_the_original_it_quotes() -> None:
    kind, violations, _ = _kinds(
        "Hello,\n\nWe reviewed your appeal and will not reinstate your account.\n\n"
        "-----Original Message-----\nFrom: Amazon\n\nYour account was deactivated because "
        "several buyers received used items that you sold as new.\n"
    )
    assert (kind, violations) == ("appeal-denied", ("condition-used-sold-as-new",))


def test_the_violation_model_names_a_kind_no_phrase_names_when_it_is_sure() -> None:
    text = "Hello,\n\nWe removed the listing below.\n\nASIN: B0WHOLEV01\n"
    sure = _whole_violations.ViolationModel(
        ("product-safety",), {"listing": 0}, np.array([[9.0], [0.0]], dtype=np.float32)
    )
    original = _classify.violation_model
    _classify.violation_model = lambda: sure  # type: ignore[assignment]
    try:
        assert parse_notice(text).violation_kinds == ("product-safety",)
    finally:
        _classify.violation_model = original  # type: ignore[assignment]


def test_the_shipped_violation_model_is_what_training_makes_from_the_notices() -> None:
    trained = _whole_violations.train(_training_script().violation_examples())
    shipped = _whole_violations.model()
    assert shipped.labels == trained.labels
    assert shipped.vocabulary == trained.vocabulary
    assert np.allclose(shipped.weights, trained.weights, atol=1e-4)


def test_a_temporary_deactivation_over_item_condition_complaints_names_the_condition() -> None:
    kind, violations, _ = _kinds(
        "Hello,\n\nWe have temporarily deactivated your selling account while we look into "
        "customer complaints about product condition.\n"
    )
    assert (kind, violations) == ("deactivation", ("condition-complaint",))


def test_goods_prohibited_on_the_site_are_restricted_products() -> None:
    _, violations, _ = _kinds(
        "Hello,\n\nYour Amazon.com selling privileges have been removed. Several of your "
        "listings offered goods that are banned on our site.\n"
    )
    assert violations == ("restricted-products",)


def test_a_forum_posters_own_words_about_what_they_sent_ask_for_nothing() -> None:
    _, _, documents = _kinds(
        "Got this after uploading my passport, what now?\n\n"
        "+ Hello,\n+ We could not verify the address of your business.\n"
        "+ Please upload a utility bill from the last 90 days.\n+ Amazon\n\n"
        "I already sent my bank statement too.\n"
    )
    assert documents == {"utility-bill"}
