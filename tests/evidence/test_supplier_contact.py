"""The supplier's contact details are missing only when the document surely lacks them:
a phone number, e-mail or website printed anywhere but in the supplier's block is found;
the account's own details and a mail service's do not count; with one way of contact
printed, a missing other one is a suggestion, not an error."""

from __future__ import annotations

from pathlib import Path

from reinstate.evidence import Context, check_file
from reinstate.evidence._context import Account

from .test_kind_titles import pdf_of

ACCOUNT = Account(
    business_name="Larkspur Pantry Supply LLC",
    address="4471 Quillfeather Ave, Suite 12, Bend, OR 97701",
    phone="(541) 555-0131",
    email="imogen@larkspurpantry.com",
)
SUPPLIER = ["Ostrander Kitchenware Ltd", "18 Fennimore Road, Leeds LS2 7HY, United Kingdom"]
BODY = [
    "INVOICE",
    "Invoice No: OK-5512   Date: 12 September 2026",
    "Bill To: Larkspur Pantry Supply LLC, 4471 Quillfeather Ave, Suite 12, Bend, OR 97701",
    "Contact: imogen@larkspurpantry.com   (541) 555-0131",
    "Item   Description   Qty   Unit   Amount",
    "OK-220   Enamel pie dish 22 cm   40   6.10   244.00",
    "Total   244.00",
]


def contact(lines: list[str], folder: Path) -> list[tuple[str, str]]:
    findings = check_file(pdf_of(lines, folder), Context(account=ACCOUNT)).findings
    return [(f.severity, f.message) for f in findings if f.rule.startswith("invoice.supplier")]


def test_a_supplier_with_no_way_of_contact_anywhere_is_an_error(tmp_path: Path) -> None:
    assert contact([*SUPPLIER, *BODY], tmp_path) == [
        (
            "error",
            "the supplier's phone number, e-mail or website cannot be found on the invoice",
        )
    ]


def test_a_phone_printed_only_in_a_closing_sentence_is_found(tmp_path: Path) -> None:
    footer = ["Questions about this invoice? Call our accounts team on +44 113 496 0702."]
    footer += ["Orders online at www.ostrander.example"]
    assert contact([*SUPPLIER, *BODY, *footer], tmp_path) == []


def test_a_mail_services_address_is_not_the_supplier_s_website(tmp_path: Path) -> None:
    footer = ["https://mail.google.com/mail/u/0/?ik=3f2a&view=pt   1/1"]
    severities = [s for s, _ in contact([*SUPPLIER, *BODY, *footer], tmp_path)]
    assert severities == ["error"]


def test_one_way_of_contact_printed_makes_a_missing_website_a_suggestion(tmp_path: Path) -> None:
    lines = [*SUPPLIER, "Tel +44 113 496 0702   accounts@ostrander.example", *BODY]
    assert contact(lines, tmp_path) == [
        (
            "suggestion",
            "the supplier's website cannot be found on the invoice; another way to reach the"
            " supplier is printed, but Amazon may ask for it",
        )
    ]


def test_a_company_name_the_reader_did_not_place_is_found(tmp_path: Path) -> None:
    from reinstate.evidence._contact import _name
    from reinstate.evidence._model import Fields, Party

    class Shown:
        fields = Fields(buyer=Party(name="Larkspur Pantry Supply LLC"))
        context = Context(account=ACCOUNT)

    text = "Larkspur Pantry Supply LLC\nRemit to: Ostrander Kitchenware Ltd\nTotal 244.00"
    assert _name(Shown(), text) == "Remit to: Ostrander Kitchenware Ltd"  # type: ignore[arg-type]
    assert _name(Shown(), "Larkspur Pantry Supply LLC\nTotal 244.00") is None  # type: ignore[arg-type]
