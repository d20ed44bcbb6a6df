"""Whether the buyer on an invoice (or the holder of a bill) is the seller's account.

A mismatch is an error only when the reading is sure: the buyer block read clearly names
someone else (a name of two words or more, not a street, a place, an e-mail or a number,
not the supplier's own name, far from every name of the account), or the seller's name
is printed nowhere in a text layer. When the reader took another block for the buyer but
the document shows the account's name and address elsewhere, there is nothing to say;
when a scan or photo was read too poorly to tell, a warning asks to check it by eye.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reinstate.evidence import _patterns as pat
from reinstate.evidence._address import address_parts, same_address
from reinstate.evidence._context import Account
from reinstate.evidence._model import Finding, Party
from reinstate.evidence._rules import rule
from reinstate.evidence._subject import Subject

_LEGAL = re.compile(r"\b(llc|inc|ltd|limited|co|corp|corporation|gmbh|company|the)\b\.?")
# a town line read as a name: "Savannah, GA, USA", "Charlotte NC 28217"
_PLACE = re.compile(r",\s*[A-Z]{2}\b|\b[A-Z]{2}\s+\d{5}|(?i:\b(?:usa|u\.s\.a\.|united states)\b)")
_LABEL = re.compile(r"\b(?:buyer|customer|client|(?:bill(?:ed)?|sold|ship) to|information)\b", re.I)
# how close (rapidfuzz partial ratio, 0-100) a line read by OCR must come to the account's
# name to show it (⚠ the project's calibration: one misread letter in 25 scores 96)
SHOWN_BY_OCR = 90


def buyer_match(subject: Subject) -> list[Finding]:
    if subject.kind != "invoice":
        return []
    return _party_mismatch(subject, "invoice.buyer-mismatch")


def holder_match(subject: Subject) -> list[Finding]:
    if subject.kind != "utility-bill":
        return []
    return _party_mismatch(subject, "utility.holder-mismatch")


@dataclass(frozen=True)
class Reading:
    """How the buyer read compares with the account, and what the whole text shows."""

    name_ok: bool
    address_ok: bool
    name_shown: bool
    address_shown: bool


def _party_mismatch(subject: Subject, rule_id: str) -> list[Finding]:
    """The buyer (or bill holder) differs from the account's name or address."""
    account, buyer = subject.context.account, subject.fields.buyer
    if account is None:
        return []
    names = account_names(account)
    seen = _reading(subject, account, names)
    if (seen.name_ok or seen.name_shown) and (seen.address_ok or seen.address_shown):
        return []  # the document shows the seller's name and address
    printed = ", ".join(part for part in (buyer.name, buyer.address) if part) or "none found"
    registered = ", ".join(part for part in (names[0], account.address) if part)
    if rule_id != "invoice.buyer-mismatch" or _sure(subject, seen, names):
        return [rule(rule_id).finding(value=printed, limit=registered)]
    return [rule("invoice.buyer-unread").finding(value=printed, limit=registered)]


def account_names(account: Account) -> list[str]:
    return [name for name in (account.business_name, account.name) if name]


def _reading(subject: Subject, account: Account, names: list[str]) -> Reading:
    buyer, text, ocr = subject.fields.buyer, subject.document.text(), _ocr(subject)
    address_ok = not account.address or (
        same_address(buyer.address, account.address) or _similar(buyer.address, account.address)
    )
    return Reading(
        name_ok=any(_similar(buyer.name, name) for name in names),
        address_ok=address_ok,
        name_shown=any(name_shown(text, name, ocr) for name in names),
        address_shown=not account.address or address_shown(text, account.address),
    )


def _sure(subject: Subject, seen: Reading, names: list[str]) -> bool:
    """Whether the mismatch was read surely: another buyer named clearly, the seller's
    name printed nowhere in a text layer, or the buyer block naming the seller at an
    address read whole that is not the account's."""
    buyer = subject.fields.buyer
    if other_name(buyer, names, subject.fields.supplier):
        return True
    if not seen.name_shown:
        return not _ocr(subject)
    return seen.name_ok and not seen.address_ok and _whole_address(buyer.address)


def _whole_address(address: str | None) -> bool:
    parts = address_parts(address or "")
    return bool(parts.get("AddressNumber") and parts.get("StreetName"))


def _ocr(subject: Subject) -> bool:
    return any(page.ocr_done and not page.text_layer for page in subject.document.pages)


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", _LEGAL.sub(" ", text.lower())))


def _similar(printed: str | None, registered: str) -> bool:
    """Whether most words of the registered value are printed (case, LLC, commas aside)."""
    want, have = _tokens(registered), _tokens(printed or "")
    return bool(want) and len(want & have) >= 0.7 * len(want)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", _LEGAL.sub(" ", text.lower()))


def name_shown(text: str, name: str, ocr: bool = False) -> bool:
    """Whether the account's `name` is printed in `text`: its words in a row (case, commas
    and "LLC" aside), or, read by OCR, a line that comes close to them."""
    want = " ".join(_words(name))
    if not want:
        return False
    lines = [" ".join(_words(line)) for line in text.splitlines()]
    if any(f" {want} " in f" {line} " for line in lines):
        return True
    if not ocr:
        return False
    from rapidfuzz import fuzz

    return any(fuzz.partial_ratio(want, line) >= SHOWN_BY_OCR for line in lines if line)


def address_shown(text: str, address: str) -> bool:
    """Whether the account's `address` is printed in `text`: every number of it (street
    number, suite, postcode) and a word of its street, the street's beside its number."""
    numbers = [w for w in _words(address) if w.isdigit()]
    street = [w for w in _words(address.split(",")[0]) if w.isalpha() and len(w) >= 4]
    lines = [set(_words(line)) for line in text.splitlines()]
    every = set().union(*lines) if lines else set()
    if not numbers or not all(number in every for number in numbers):
        return False
    return any(numbers[0] in line and line & set(street) for line in lines) or not street


def other_name(buyer: Party, names: list[str], supplier: Party | None = None) -> bool:
    """Whether the buyer's name was read clearly as someone else's: a name of two words or
    more, not a street, a town, a label, an e-mail or a number, not the supplier's own
    name, far from every name of the account (rapidfuzz). A name not read, or read close
    to the account's, is a misreading to check by eye, not another buyer."""
    from rapidfuzz import fuzz, utils

    name = buyer.name or ""
    if len(re.findall(r"[A-Za-z]{2,}", name)) < 2 or not _name_like(name):
        return False
    if supplier is not None and supplier.name and _similar(name, supplier.name):
        return False  # the supplier's letterhead taken for the buyer
    score = max(fuzz.token_set_ratio(name, n, processor=utils.default_process) for n in names)
    return score < int(rule("invoice.buyer-unread").options["other_below"])


def _name_like(name: str) -> bool:
    patterns = (pat.STREET, _PLACE, _LABEL, pat.EMAIL, pat.WEBSITE)
    return not any(p.search(name) for p in patterns) and not re.search(r"\d{3}", name)
