"""Whether an invoice lists a product of the notice, and how sure a "none" is.

"None of the notice's products" is an error only when the lines were read and are surely
other products: matched to other products of the catalogue, or codes and words far from
every product of the notice. A line that matched nothing but comes close to a product of
the notice (its code inside the product's SKU, two of the title's own words, or on a scan
a code a character or two away) is a doubt about the match: a warning to check it by eye.
No line read at all, or lines OCR misread, is said as unread.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reinstate.evidence._match import Product, near_product
from reinstate.evidence._model import Finding, Item
from reinstate.evidence._patterns import GTIN, fold_asin
from reinstate.evidence._rules import rule
from reinstate.evidence._subject import Subject

MIN_CODE = 4  # letters and digits of a code that counts when found inside a SKU
MIN_WORD = 4  # letters of a title word that counts
SHARED_WORDS = 2  # a line saying this many of a title's own words comes close to it
# where a title's first phrase ends: a dash, a comma, a bracket or a preposition
PHRASE_END = r"\s[-–|]\s|[,(:]|\s(?:for|with|of|in|by|to|from)\s"


def listed(subject: Subject) -> set[str]:
    """The notice ASINs (folded) that the invoice shows, as identifiers or anywhere."""
    text = fold_asin(subject.document.text())
    text += " ".join(fold_asin(i) for item in subject.fields.items for i in item.identifiers)
    text += " ".join(fold_asin(item.asin) for item in subject.fields.items if item.asin)
    return {fold_asin(asin) for asin in subject.context.asins if fold_asin(asin) in text}


def items_match(subject: Subject) -> list[Finding]:
    context = subject.context
    if subject.kind != "invoice" or not (context.asins or context.products):
        return []
    text = subject.document.text().lower()
    if listed(subject) or any(name.lower() in text for name in context.products):
        return []
    cited = ", ".join(context.asins or context.products)
    if _lines_unread(subject):
        return [rule("invoice.items-unread").finding(value=cited)]
    close = _close_to_notice(subject)
    if close:
        return [_doubt(cited, close)]
    return [rule("invoice.items-unmatched").finding(value=cited)]


def lines_in_doubt(subject: Subject) -> bool:
    """Whether the invoice's lines were not read, or one of them may be a notice product
    that did not match: what it shows of the notice is not sure."""
    return _lines_unread(subject) or _close_to_notice(subject) is not None


def _doubt(cited: str, close: str) -> Finding:
    check = rule("invoice.items-unmatched")
    message = check.message.format(value=cited)
    message += f", though the line {close} could be one (it matched no product of the"
    message += " notice, but comes close or says too little to tell): check it by eye"
    return Finding(check.id, "warning", message, check.why)


def _ocr(subject: Subject) -> bool:
    return any(page.ocr_done and not page.text_layer for page in subject.document.pages)


def _lines_unread(subject: Subject) -> bool:
    """Whether no item line was read, or OCR read the lines too poorly to say they do not
    match: a line matched to no product of the catalogue whose codes or words come close
    to one (a misreading: "WB-3ZBK" for "WB-32BK"). Lines that OCR read as other products
    of the catalogue stay a mismatch."""
    items = subject.fields.items
    if not items:
        return True
    if not _ocr(subject) or any(item.asin for item in items):
        return False
    return any(near_product(item, subject.context.catalogue) for item in items)


def notice_products(subject: Subject) -> list[Product]:
    wanted = {fold_asin(asin) for asin in subject.context.asins}
    return [p for p in subject.context.catalogue if fold_asin(p.asin) in wanted]


def _close_to_notice(subject: Subject) -> str | None:
    """A line (or a code in the text) unmatched but close to a product of the notice, or
    saying too little to tell: what it is, to name in the warning; `None` when every line
    is surely another product."""
    products = notice_products(subject)
    if not products:
        return None
    supplier = _words(subject.fields.supplier.name or "")
    for item in subject.fields.items:
        if item.asin is None and not _judged(item, supplier):
            return f'"{item.description or item.identifiers[0]}"'
        if item.asin is None and _item_close(item, products, supplier):
            return f'"{(item.identifiers or [item.description])[0]}"'
    matched = {fold_asin(item.asin) for item in subject.fields.items if item.asin}
    unmatched = [p for p in products if fold_asin(p.asin) not in matched]
    code = _code_inside_sku(subject.document.text(), unmatched)
    return f'"{code}"' if code else None


def _judged(item: Item, supplier: set[str]) -> bool:
    """Whether an unmatched line says enough to tell it is another product: a model code,
    or words of a description. A line with only a UPC/EAN the orders do not know (the
    catalogue has no UPCs unless a SKU or title carries one) could be any product."""
    models = [code for code in item.identifiers if not GTIN.fullmatch(code)]
    return bool(models) or len(_words(item.description) - supplier) >= SHARED_WORDS


def _item_close(item: Item, products: Sequence[Product], supplier: set[str]) -> bool:
    """Whether a line says what a notice product is (its title's head noun: "wraps" of
    "Beeswax Food Wraps 3 Pack") and another of the title's own words, or carries a code
    found inside the product's SKU. A line from the same supplier that shares only the
    material ("cast iron dutch oven" beside "Cast Iron Skillet") is another product."""
    said = {_stem(w) for w in _words(item.description) - supplier}
    for product in products:
        own = {_stem(w) for w in _title_words(product, products) - supplier}
        head = _head_noun(product.product_name)
        if head and head in said and len(said & own) >= SHARED_WORDS:
            return True
    return any(_inside_sku(code, products) for code in item.identifiers)


def _stem(word: str) -> str:
    """A plural made singular, enough to compare "containers" with "container"."""
    return re.sub(r"(?<=[^s])(?:es|s)$", "", word) if len(word) > MIN_WORD else word


def _head_noun(title: str) -> str | None:
    """The last word of a title's first phrase (up to a dash, a comma or a preposition),
    counts and pack words aside: English noun phrases end with their head ("Granite Peak
    10.25 Inch Cast Iron Skillet" is a skillet, "Cork Trivets for Hot Dishes" trivets)."""
    first = re.split(PHRASE_END, title, maxsplit=1, flags=re.I)[0]
    counting = set(rule("invoice.items-unmatched").options.get("pack_words", []))
    words = [w for w in re.findall(r"[a-z]+", first.lower()) if len(w) >= 3]
    while words and words[-1] in counting:
        words.pop()
    return _stem(words[-1]) if words else None


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= MIN_WORD}


def _title_words(product: Product, products: Sequence[Product]) -> set[str]:
    """The words of `product`'s title that no other product of the notice has: what it is
    ("skillet", "beeswax"), not the seller's brand or words every title says."""
    others = [_words(p.product_name) for p in products if p.asin != product.asin]
    common = {w for w in _words(product.product_name) if sum(w in o for o in others) >= 2}
    return _words(product.product_name) - common


def _squeeze(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def _inside_sku(code: str, products: Sequence[Product]) -> bool:
    squeezed = _squeeze(code)
    if len(squeezed) < MIN_CODE or not re.search(r"\d", squeezed):
        return False
    return any(squeezed in _squeeze(p.sku) for p in products)


def _code_inside_sku(text: str, products: Sequence[Product]) -> str | None:
    """A code of the text (letters and digits) found inside a notice product's SKU: the
    product's model printed on a line the reader did not take ("CV-AP01" in "CV-AP01-NVY")."""
    for token in re.findall(r"\b[A-Za-z0-9][A-Za-z0-9-]{3,}\b", text):
        if re.search(r"[A-Za-z]", token) and _inside_sku(token, products):
            return str(token)
    return None
