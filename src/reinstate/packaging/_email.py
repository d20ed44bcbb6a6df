"""plan-of-action.eml: the appeal as a standard MIME email any mail client opens.

Subject "Plan of Action" with the account name; the body gives the account's name,
merchant token (or store name), phone and email, then the plan as plain text with its
exhibit list; each exhibit is attached with its MIME type. The message is a draft
(``X-Unsent: 1``) with no recipient: older notices name the address to reply to
(docs/domain/amazon.md §1.2).
"""

from __future__ import annotations

import datetime as dt
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

from reinstate.packaging._model import Appeal
from reinstate.packaging._plain import appeal_text


def subject(appeal: Appeal) -> str:
    return f"Plan of Action - {appeal.account_name}" if appeal.account_name else "Plan of Action"


def account_lines(appeal: Appeal) -> list[str]:
    """The account block: name, merchant token or store name, phone, email."""
    account = appeal.account
    if account is None:
        return []
    rows = [
        ("Account name", account.business_name or account.name),
        ("Contact", account.name if account.business_name else ""),
        ("Merchant token", account.merchant_token),
        ("Store name", "" if account.merchant_token else account.business_name),
        ("Phone", account.phone),
        ("Email", account.email),
        ("Marketplaces", ", ".join(account.marketplaces)),
    ]
    return [f"{label}: {value}" for label, value in rows if value]


def body(appeal: Appeal) -> str:
    head = account_lines(appeal)
    return "\n".join([*head, *([""] if head else []), appeal_text(appeal).rstrip("\n")]) + "\n"


def build_email(appeal: Appeal) -> EmailMessage:
    """The email, with every sent exhibit attached."""
    message = EmailMessage(policy=email.policy.SMTP)
    message["Subject"] = subject(appeal)
    if appeal.account and appeal.account.email:
        sender = appeal.account.business_name or appeal.account.name
        message["From"] = formataddr((sender, appeal.account.email))
    message["Date"] = format_datetime(_now())
    message["Message-ID"] = make_msgid(domain="reinstate.invalid")
    message["X-Unsent"] = "1"
    message.set_content(body(appeal), subtype="plain", charset="utf-8")
    for exhibit in appeal.sent_exhibits:
        assert exhibit.file is not None
        main, sub = exhibit.mime_type.split("/")
        message.add_attachment(
            exhibit.file.read_bytes(), maintype=main, subtype=sub, filename=exhibit.file.name
        )
    return message


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def email_bytes(appeal: Appeal) -> bytes:
    return build_email(appeal).as_bytes()
