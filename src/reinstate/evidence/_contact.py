"""Whether the invoice shows its supplier's contact details: name, address, and a way to
reach it (phone number, e-mail or website).

A detail is missing (an error) only when the document surely lacks it: no phone number,
e-mail or website anywhere in a text layer (the account's own and those of mail services
and marketplaces aside), or no address at all but the buyer's. A detail the reader could
not place (a footer, a signature, a card it does not know) while the text holds one is
found; one that OCR could not read on a scan or photo is a warning to check by eye. With
one way of contact printed, a missing other one is said as a suggestion: Amazon's appeal
guidance lists phone and website, its category-approval guidance asks for a website *or* a
phone (amazon.md §3.1).
"""

from __future__ import annotations

import re

from reinstate.evidence import _patterns as pat
from reinstate.evidence._context import Account
from reinstate.evidence._model import Finding
from reinstate.evidence._rules import rule
from reinstate.evidence._subject import Subject

CHANNELS = ("phone number", "e-mail", "website")


def supplier_contact(subject: Subject) -> list[Finding]:
    if subject.kind != "invoice":
        return []
    text, ocr = subject.document.text(), _ocr(subject)
    channels = _channels(subject, text)
    core = {"name": _name(subject, text), "address": _address(subject, text)}
    gone = [label for label, value in core.items() if not value]
    none = not any(channels.values())
    if ocr and core["name"] and (any(channels.values()) or core["address"]):
        # OCR read the supplier's name and another of its details: it cannot prove the
        # rest absent (a footer in small type, a line lost to a photo's blur)
        unread = gone + (list(CHANNELS) if none else [])
        return [_unread(" and ".join(unread))] if unread else _partial(channels, ocr)
    if gone or none:
        missing = gone + (["phone number, e-mail or website"] if none else [])
        return [rule("invoice.supplier-contact-missing").finding(value=" and ".join(missing))]
    return _partial(channels)


def _unread(what: str) -> Finding:
    return rule("invoice.supplier-contact-unread").finding(value=what)


def _partial(channels: dict[str, bool], ocr: bool = False) -> list[Finding]:
    """One way of contact printed and another not (or not read by OCR): said, as a
    suggestion."""
    absent = [label for label in ("phone number", "website") if not channels[label]]
    if not absent:
        return []
    check = rule("invoice.supplier-contact-unread" if ocr else "invoice.supplier-contact-missing")
    message = check.message.format(value=" and ".join(absent))
    message += "; another way to reach the supplier is printed, but Amazon may ask for it"
    return [Finding(check.id, "suggestion", message, check.why)]


def _ocr(subject: Subject) -> bool:
    return any(page.ocr_done and not page.text_layer for page in subject.document.pages)


def _channels(subject: Subject, text: str) -> dict[str, bool]:
    """Whether a phone number, e-mail and website of the supplier are printed: read in
    its block, or anywhere in the text that is not the account's or a service's."""
    supplier, account = subject.fields.supplier, subject.context.account
    found = {
        "phone number": [m.group() for m in pat.PHONE.finditer(text)],
        "e-mail": [m.group() for m in pat.EMAIL.finditer(text)],
        "website": [m.group() for m in pat.WEBSITE.finditer(pat.EMAIL.sub(" ", text))],
    }
    read = {"phone number": supplier.phone, "e-mail": supplier.email, "website": supplier.website}
    return {
        label: bool(read[label] and not _not_supplier(read[label] or "", account))
        or any(not _not_supplier(value, account) for value in found[label])
        for label in CHANNELS
    }


def _not_supplier(value: str, account: Account | None) -> bool:
    """Whether a phone, e-mail or website is the account's own or a service's (a mail
    service's print view, a marketplace)."""
    services = rule("invoice.supplier-contact-missing").options.get("service_domains", [])
    lowered = value.lower()
    if any(re.search(rf"(?:^|[@./]){re.escape(d)}\b", lowered) for d in services):
        return True
    if account is None:
        return False
    digits = re.sub(r"\D", "", value)
    own_phone = re.sub(r"\D", "", account.phone)
    if own_phone and len(digits) >= 7 and (digits[-10:] == own_phone[-10:]):
        return True
    domain = account.email.lower().partition("@")[2]
    return bool(domain) and domain in lowered


# a company's legal form closing its name: "Ostrander Kitchenware Ltd", "Kaltenbach GmbH"
_LEGAL_FORM = re.compile(
    r"\b(?:inc|llc|ltd|limited|gmbh|co|corp|corporation|company|s\.?a|s\.?l|s\.?r\.?l|lda|pty|pvt|kk|bv|ag)\b\.?\s*$",
    re.I,
)


def _name(subject: Subject, text: str) -> str | None:
    """The supplier's name as read, else a company's name in the text (a line closing
    with a legal form) that is not the buyer's or the account's."""
    if subject.fields.supplier.name:
        return subject.fields.supplier.name
    account = subject.context.account
    own = " ".join([subject.fields.buyer.name or "", account.business_name if account else ""])
    own_words = {w for w in re.findall(r"[a-z]+", own.lower()) if len(w) >= 4}
    for line in text.splitlines():
        words = set(re.findall(r"[a-z]+", line.lower()))
        if _LEGAL_FORM.search(line.strip()) and not words & own_words:
            return line.strip()
    return None


def _address(subject: Subject, text: str) -> str | None:
    """The supplier's address as read, else any address line in the text that is not the
    account's or the buyer's (the reader did not place it)."""
    read = subject.fields.supplier.address
    if read:
        return read
    account = subject.context.account
    own = [subject.fields.buyer.address or "", account.address if account else ""]
    own_words = {w for a in own for w in re.findall(r"[a-z0-9]+", a.lower()) if len(w) >= 4}
    for line in text.splitlines():
        if not (pat.ZIP_LINE.search(line) or pat.STREET.search(line.strip())):
            continue
        words = set(re.findall(r"[a-z0-9]+", line.lower()))
        if not words & own_words:
            return line
    return None
