"""The buyer is another company only when the reading is sure: a name read clearly as
someone else's, or the seller's name printed nowhere in a text layer. A buyer block the
reader could not place, on a document that prints the seller's name and address, is no
mismatch."""

from __future__ import annotations

from pathlib import Path

import pytest

from reinstate.evidence import Context, check_file
from reinstate.evidence._buyer import address_shown, name_shown, other_name
from reinstate.evidence._context import Account
from reinstate.evidence._model import Party

from .test_kind_titles import pdf_of

ACCOUNT = Account(
    name="Imogen Castellanos",
    business_name="Larkspur Pantry Supply LLC",
    address="4471 Quillfeather Ave, Suite 12, Bend, OR 97701, United States",
)
NAMES = ["Larkspur Pantry Supply LLC", "Imogen Castellanos"]
SUPPLIER = Party(name="Ostrander Kitchenware Ltd")


@pytest.mark.parametrize(
    "text",
    [
        "LARKSPUR PANTRY SUPPLY, LLC\n4471 QUILLFEATHER AVE STE 12\nBEND OR 97701-0000",
        "Messrs. Larkspur Pantry Supply LLC, 4471 Quillfeather Avenue #12, Bend, OR 97701",
    ],
)
def test_the_account_printed_in_another_form_is_shown(text: str) -> None:
    assert name_shown(text, NAMES[0])
    assert address_shown(text, ACCOUNT.address)


def test_another_address_in_the_same_town_is_not_the_account_s() -> None:
    assert not address_shown("4471 Birch Lane, Suite 12, Bend, OR 97701", ACCOUNT.address)
    assert not address_shown("4471 Quillfeather Ave, Bend, OR 97702", ACCOUNT.address)


def test_a_name_misread_by_one_letter_is_shown_only_on_a_scan() -> None:
    text = "Sold to: Larkspur Pantrv Supply LLC"
    assert name_shown(text, NAMES[0], ocr=True)
    assert not name_shown(text, NAMES[0], ocr=False)


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("Wendover Outdoor Goods Inc.", True),
        ("Savannah, GA, USA", False),  # the consignee's town, not a name
        ("imogen@larkspurpantry.com", False),
        ("15415550149", False),
        ("Buyer information", False),  # the block's label
        ("Ostrander Kitchenware Ltd", False),  # the supplier's letterhead taken for the buyer
        ("Larkspur Pantry Suply", False),  # close to the account's: a misreading
    ],
)
def test_only_a_clear_name_far_from_the_account_s_is_another_buyer(name: str, other: bool) -> None:
    assert other_name(Party(name=name), NAMES, SUPPLIER) is other


HEAD = [
    "Ostrander Kitchenware Ltd",
    "18 Fennimore Road, Leeds LS2 7HY, United Kingdom",
    "Tel +44 113 496 0702   sales@ostrander.example   www.ostrander.example",
    "INVOICE",
    "Invoice No: OK-5512   Date: 12 September 2026",
]
LINES = [
    "Item   Description   Qty   Unit   Amount",
    "OK-220   Enamel pie dish 22 cm   40   6.10   244.00",
]


def buyer_rules(lines: list[str], folder: Path) -> dict[str, str]:
    context = Context(account=ACCOUNT)
    findings = check_file(pdf_of(lines, folder), context).findings
    return {f.rule: f.severity for f in findings if f.rule.startswith("invoice.buyer")}


def test_the_seller_printed_under_a_label_the_reader_does_not_know_is_no_mismatch(
    tmp_path: Path,
) -> None:
    seller = ["Shipping marks / notify party", "Larkspur Pantry Supply LLC"]
    seller += ["4471 Quillfeather Ave, Suite 12", "Bend, OR 97701, USA"]
    assert buyer_rules([*HEAD, *seller, *LINES], tmp_path) == {}


def test_a_text_invoice_that_prints_the_seller_nowhere_is_a_mismatch(tmp_path: Path) -> None:
    stranger = ["Bill To:", "Wendover Outdoor Goods Inc.", "9 Marsh Street, Reno, NV 89501"]
    assert buyer_rules([*HEAD, *stranger, *LINES], tmp_path) == {"invoice.buyer-mismatch": "error"}


def test_the_seller_at_another_address_read_whole_is_a_mismatch(tmp_path: Path) -> None:
    moved = ["Bill To:", "Larkspur Pantry Supply LLC", "77 Juniper Street, Eugene, OR 97401"]
    assert buyer_rules([*HEAD, *moved, *LINES], tmp_path) == {"invoice.buyer-mismatch": "error"}
