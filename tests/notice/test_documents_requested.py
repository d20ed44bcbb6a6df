"""Requested documents are read by where and how a notice asks, in many phrasings (issue 9):
a request sentence ("please provide", "send us", "we require"), a list under a lead-in, an
item of a document list that names no known kind, and a refusal that covers only its clause."""

from __future__ import annotations

import pytest

from reinstate.notice import parse_notice


def kinds(text: str) -> list[str]:
    return sorted(request.kind for request in parse_notice(text).documents)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Please provide a copy of your business licence.", "business-license"),
        ("Send us an extract from the commercial register for your company.", "business-license"),
        ("We require a bank statement issued within the last 180 days.", "bank-statement"),
        (
            "To continue, upload clear photographs of all six sides of the packaging.",
            "product-images",
        ),
        ("Please attach pictures taken of each unit showing the lot code.", "product-images"),
        ("Ask the rights owner to withdraw the complaint and send us their message.", "retraction"),
        ("Please send a revised plan that includes the dates of each change.", "plan-of-action"),
        ("Provide screenshots of the corrected listing fields.", "other"),
    ],
)
def test_a_document_asked_for_in_a_sentence_is_read_whatever_the_verb(
    sentence: str, kind: str
) -> None:
    assert kind in kinds(f"Hello,\n\nWe have removed your listing.\n\n{sentence}\n")


DOCUMENT_LIST = """Hello,

We have paused your offers on Amazon.de.

To make the offers available again, upload the following for each product:
  * a test report issued by an accredited laboratory;
  * the user guide and the warnings printed in German and French;
  * supplier contact information, including name and phone number.

Documents must be legible. If you do not send them within 30 days, the offers will be removed.
"""


def test_an_item_of_a_document_list_that_names_no_known_kind_is_other() -> None:
    documents = parse_notice(DOCUMENT_LIST).documents
    assert sorted(d.kind for d in documents) == ["other", "safety-test-report"]
    other = next(d for d in documents if d.kind == "other")
    assert "user guide" in other.text


def test_contact_details_and_lines_after_the_list_are_not_documents() -> None:
    texts = [d.text for d in parse_notice(DOCUMENT_LIST).documents]
    assert not any("contact information" in text or "legible" in text for text in texts)


def test_a_list_of_what_a_plan_must_explain_asks_for_no_other_document() -> None:
    text = """Hello,

We reviewed your appeal. Please send an updated plan of action that includes:
Greater detail on the root cause of the issue
Evidence that shows you have removed the duplicate listings

Use the appeal button on the Account Health page.
"""
    assert kinds(text) == ["plan-of-action"]


def test_a_refusal_covers_only_its_own_clause() -> None:
    text = (
        "Hello,\n\nWe removed the listing below after a copyright complaint.\n\n"
        "The rights owner must send the retraction to us directly; we do not accept "
        "forwarded retractions.\n"
    )
    assert kinds(text) == ["retraction"]


def test_a_document_that_is_not_needed_is_not_requested() -> None:
    text = "Hello,\n\nYour account is active. You do not need to send invoices for these items.\n"
    assert "invoice" not in kinds(text)
