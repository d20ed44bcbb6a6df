"""Matching invoice lines to the seller's ASINs through the catalogue.

Supplier invoices rarely print ASINs: they print the supplier's model numbers, UPC/EAN codes
and product names. The seller's catalogue (the all-orders report: SKU, ASIN, product name,
read by ``reinstate.metrics.read_catalogue``) links them: a line's ASIN is found, in this
order, by an ASIN printed on it, by its UPC/EAN as (or inside) a SKU or title, by its model
number inside a SKU or title, by the words of a SKU made of words ("merino-sock-crew-L")
all said in its description, or by a fuzzy match of its description with a title
(rapidfuzz). Each matched item says how (``matched_by``), so the seller can check it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Protocol

from reinstate.evidence._model import Item
from reinstate.evidence._patterns import ASIN, GTIN, fold_asin
from reinstate.evidence._vocabulary import vocabulary
from reinstate.kb import load_data


class Product(Protocol):
    """What matching needs of a catalogue item (``reinstate.metrics.CatalogueItem``)."""

    @property
    def sku(self) -> str: ...
    @property
    def asin(self) -> str: ...
    @property
    def product_name(self) -> str: ...


def _squeeze(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def _by_asin(item: Item, catalogue: Sequence[Product]) -> str | None:
    for code in item.identifiers:
        if ASIN.fullmatch(code):
            known = [p.asin for p in catalogue if fold_asin(p.asin) == fold_asin(code)]
            return known[0] if known else code
    return None


def _tokens(text: str) -> list[str]:
    return re.findall(r"[A-Z0-9]+", text.upper())


def _inside(code: str, product: Product) -> bool:
    """Whether `code` stands as a whole inside the SKU or a title: as a run of its words,
    separators aside ("BB-300" and "BB300" are in "HL-BB-300", neither is in "BB-3000"),
    its last word perhaps followed by up to three letters ("3PK", "US")."""
    wanted = _squeeze(code)
    for field in (product.sku, product.product_name):
        words = _tokens(field)
        for start in range(len(words)):
            joined = ""
            for word in words[start:]:
                joined += word
                rest = joined[len(wanted) :]
                if joined.startswith(wanted) and (not rest or (rest.isalpha() and len(rest) <= 3)):
                    return True  # "GP-UCL12-3" in "GP-UCL12-3PK": a pack suffix, not "3000"
                if len(joined) >= len(wanted):
                    break
        if wanted.isdigit() and any(re.fullmatch(rf"[A-Z]{{1,4}}{wanted}", w) for w in words):
            return True  # an article number behind the seller's letters: "4410" in "KH4410-GP"
    return False


def _by_gtin(item: Item, catalogue: Sequence[Product]) -> str | None:
    for code in item.identifiers:
        if GTIN.fullmatch(code):
            digits = code.lstrip("0")  # an EAN-13 is its UPC-A with a leading zero
            for product in catalogue:
                if any(_squeeze(f).lstrip("0").endswith(digits) for f in (product.sku,)):
                    return product.asin
                if _inside(digits, product):
                    return product.asin
    return None


# OCR reads 0 as O and 1 as I or l beside digits ("HL-MFO6" for "HL-MF06")
_LOOKALIKE = re.compile(r"(?<=\d)[OoIl]|[OoIl](?=\d)")


def _digits_read(code: str) -> str:
    return _LOOKALIKE.sub(lambda m: "0" if m.group() in "Oo" else "1", code)


def _by_model(item: Item, catalogue: Sequence[Product]) -> str | None:
    """The one product whose SKU or title holds a model number of the line; a code with a
    letter OCR may have read for a digit beside a digit is tried with the digit too, and
    corrected on the line when only that reading matches."""
    shortest = int(vocabulary().matching["model_min_length"])
    for n, printed in enumerate(item.identifiers):
        if GTIN.fullmatch(printed) or ASIN.fullmatch(printed) or len(_squeeze(printed)) < shortest:
            continue
        for code in dict.fromkeys((printed, _digits_read(printed))):
            found = {p.asin for p in catalogue if _inside(code, p)}
            if len(found) == 1:
                item.identifiers[n] = code
                return found.pop()
    return None


def _words_said(description: str) -> set[str]:
    """The words of `description`, and each two neighbours run together ("14 pc": 14PC)."""
    words = _tokens(description)
    return set(words) | {a + b for a, b in itertools.pairwise(words)}


def _by_sku_words(item: Item, catalogue: Sequence[Product]) -> str | None:
    """The product whose SKU is made of words ("merino-sock-crew-L", "knife-block-14pc")
    that the description all says, when only one product's SKU is."""
    said = _words_said(item.description)
    found = set()
    for product in catalogue:
        words = _tokens(product.sku)
        worded = [w for w in words if re.search(r"[A-Z]{3,}", w)]
        if len(worded) >= 2 and all(w in said for w in words):
            found.add(product.asin)
    return found.pop() if len(found) == 1 else None


def _by_title(item: Item, catalogue: Sequence[Product]) -> str | None:
    """The product whose title is clearly the closest to the description, if close enough."""
    from rapidfuzz import fuzz, utils

    settings = vocabulary().matching

    def score(product: Product) -> float:
        ratio = fuzz.token_set_ratio(item.description, product.product_name, processor=clean)
        return float(ratio)

    clean = utils.default_process
    best: dict[str, tuple[float, Product]] = {}  # each ASIN once, by its closest title
    for product in (p for p in catalogue if p.product_name):
        mark = score(product)
        if product.asin not in best or mark > best[product.asin][0]:
            best[product.asin] = (mark, product)
    scored = sorted(best.values(), key=lambda x: -x[0])
    if not scored or scored[0][0] < float(settings["title_score"]):
        return None
    close = [p for mark, p in scored if scored[0][0] - mark < float(settings["title_margin"])]
    return close[0].asin if len(close) == 1 else _variant(item.description, close)


def _variant(description: str, close: list[Product]) -> str | None:
    """Among titles equally close, the one whose own words (those no other close title
    has: a colour, a size) the description holds, when exactly one does ("… Gray" among
    "… Gray" and "… Navy")."""
    words = [set(_tokens(p.product_name)) for p in close]
    said = set(_tokens(description))
    hits = [
        p
        for i, p in enumerate(close)
        if (words[i] - set().union(*(w for j, w in enumerate(words) if j != i))) & said
    ]
    return hits[0].asin if len(hits) == 1 else None


STOP_WORDS = frozenset(vocabulary().matching["title_stop_words"])
MEASURES = frozenset(vocabulary().matching["title_measures"])  # "34 oz (1 Liter)"


def _content(text: str) -> list[str]:
    """The words of `text` that name a product: no stop words, no numbers or codes
    ("KC-BW3", "1000"), none of one letter; plurals as their singular."""
    words = []
    for word in re.findall(r"[^\W\d_]+", text.lower()):
        word = (
            word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
        )
        if len(word) >= 2 and word not in STOP_WORDS:
            words.append(word)
    return list(dict.fromkeys(words))


def _head(title: str) -> str:
    """A catalogue title's name: up to its first dash, comma or bar (Amazon titles then
    list features)."""
    return re.split(r"\s[-–—|]\s|,", title, maxsplit=1)[0]


def _nouns(title: str) -> set[str]:
    """What the product is: the last word of the title's name before "for" or "with",
    measures aside ("Cork Trivets for Hot Dishes": trivet; "… Cast Iron Skillet": skillet,
    so a cast iron dutch oven is not it)."""
    name = re.split(r"\b(?:for|with)\b", _head(title), maxsplit=1, flags=re.I)[0]
    return set([w for w in _content(name) if w not in MEASURES][-1:])


def _word_cover(description: list[str], title: str) -> float:
    """How much of each side the other says: the share of the title's name words the
    description holds, and of the description's words the whole title holds, averaged;
    0 when the description does not say what the product is."""
    head, whole, said = _content(_head(title)), set(_content(title)), set(description)
    if not head or not description or not _nouns(title) & said:
        return 0.0
    held = sum(w in said for w in head) / len(head)
    return (held + sum(w in whole for w in description) / len(description)) / 2


@cache
def _glossary() -> dict[str, str]:
    """Product words of other languages and their English (``data/product_words.toml``)."""
    return {
        k.casefold(): v
        for k, v in load_data("reinstate.evidence", "product_words.toml")["words"].items()
    }


COMPOUND_PART = 4  # the shortest part of a compound read on its own ("topf", "glas")


def _in_english(text: str, known: set[str]) -> str:
    """`text` with each word the catalogue's titles never use put in English from the
    glossary: the word itself, or the parts that start and end a compound ("Gewürzmühle":
    spice mill); a word the glossary lacks is kept."""
    glossary, out = _glossary(), []
    for word in re.findall(r"[^\W\d_]+", text.casefold()):
        if word in known or word in STOP_WORDS:
            out.append(word)
        elif word in glossary:
            out.append(glossary[word])
        else:
            parts = [
                english
                for part, english in glossary.items()
                if len(part) >= COMPOUND_PART
                and len(word) >= len(part) + 3
                and (word.startswith(part) or word.endswith(part))
            ]
            out += parts or [word]
    return " ".join(out)


def _by_title_words(item: Item, catalogue: Sequence[Product]) -> str | None:
    """The product whose title's name the description says and whose title says the
    description, word for word (Amazon titles run long, so a ratio over the whole title
    misses "Beeswax wraps - 3 pack" in "Kauri Coast Beeswax Food Wraps 3 Pack - Reusable
    …"), when it is clearly the closest."""
    settings = vocabulary().matching
    known = {w for p in catalogue for w in _content(p.product_name)}
    description = _content(_in_english(item.description, known))
    best: dict[str, float] = {}
    for product in (p for p in catalogue if p.product_name):
        best[product.asin] = max(
            best.get(product.asin, 0.0), _word_cover(description, product.product_name)
        )
    scored = sorted(best.items(), key=lambda pair: -pair[1])
    if not scored or scored[0][1] < float(settings["words_score"]):
        return None
    runner_up = scored[1][1] if len(scored) > 1 else 0.0
    return scored[0][0] if scored[0][1] - runner_up >= float(settings["words_margin"]) else None


METHODS: tuple[tuple[str, Callable[[Item, Sequence[Product]], str | None]], ...] = (
    ("asin", _by_asin),
    ("upc", _by_gtin),
    ("model", _by_model),
    ("sku-words", _by_sku_words),
    ("title", _by_title),
    ("title-words", _by_title_words),
)


def near_product(item: Item, catalogue: Sequence[Product]) -> bool:
    """Whether an unmatched line comes close to a product of the catalogue: a code a
    character or two from a SKU, a UPC or a model inside a title, or a description
    half-way to a title. Said of lines OCR read, to tell a misreading from another
    product."""
    from rapidfuzz import fuzz, utils

    settings = vocabulary().matching
    codes = [_squeeze(code) for code in item.identifiers if len(_squeeze(code)) >= 4]
    for product in catalogue:
        fields = [_squeeze(product.sku), *(_squeeze(w) for w in _tokens(product.product_name))]
        if any(
            fuzz.ratio(code, field) >= float(settings["near_code_score"])
            for code in codes
            for field in fields
            if field
        ):
            return True
        ratio = fuzz.token_set_ratio(
            item.description, product.product_name, processor=utils.default_process
        )
        if item.description and ratio >= float(settings["near_title_score"]):
            return True
    return False


def match_items(items: list[Item], catalogue: Sequence[Product]) -> None:
    """Set each item's `asin` and `matched_by` (the first method that finds it)."""
    for item in items:
        for method, find in METHODS:
            if method != "asin" and not catalogue:
                break
            asin = find(item, catalogue)
            if asin:
                item.asin, item.matched_by = asin, method
                break
