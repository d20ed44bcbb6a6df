"""Patterns for the details printed on invoices: dates, money, phones, identifiers.

Each is a regular expression or a small parser, with examples in the tests.
"""

from __future__ import annotations

import datetime as dt
import re

from reinstate import dates

MONEY = re.compile(
    r"(?:[$€£]\s?-?\d{1,3}(?:[,.\s]\d{3})*(?:[.,]\d{2})?"
    r"|-?\d{1,3}(?:[,.]\d{3})*[.,]\d{2}(?:\s?(?:USD|EUR|GBP|€))?)(?![\d])"
)
PHONE = re.compile(
    r"(?<![\w-])(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?!\d)"  # US, Canada
    # +86 755 1234 5678, and an extension after a dash: +49 212 38 44 19-0
    r"|(?<![\w+-])\+\d{1,3}(?:[\s.-]?\(?\d{2,5}\)?){2,5}(?:-\d{1,3})?(?![\d-])"
    r"|(?<![\w+-])\+\d{2,3}[\s.-]\d[\s.-]\d{3,4}[\s.-]\d{4}(?![\d-])"  # +61 2 5550 1934
    r"|(?<=tel[:.] )\(?0\d{1,4}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?!\d)",  # Tel: 020 7946 0958
    re.I,
)
# no "_" in a domain: OCR's underline after "orders@acme.ca_" is not part of it
EMAIL = re.compile(r"\b[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?=_|(?![\w-]))")
WEBSITE = re.compile(
    r"(?<![@\w.])(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*"
    r"\.(?:com|net|org|biz|info|co|io|us|uk|de|fr|it|es|ca|au|cn|in|jp|shop|store|example"
    r"|pt|nz|tw|nl|be|ch|at|pl|se|dk|fi|ie|mx|br|kr|hk|sg|vn|th|tr|eu|za)"
    r"(?:\.[a-z]{2})?\b/?",
    re.IGNORECASE,
)
ASIN = re.compile(r"\bB[0Oo][A-Z0-9]{8}\b")
# after an "ASIN" label, OCR may add or drop a character: keep the reading to snap it
LABELLED_ASIN = re.compile(r"\bASIN\b[:#]?\s*(B[0Oo][A-Z0-9]{7,9})\b")
GTIN = re.compile(r"(?<![\w-])\d{12,14}(?![\d-])")  # not in "ARN AD0904250118723"
# a code after its label: "Model: HL-KT220", "SKU JF-SOY-LAV8", "(Item #HPS-SB-M)", "Style
# LN-400R"; at least one digit (checked by `identifiers`)
MODEL = re.compile(
    r"\b(?:model|mpn|part|sku|item|style)\b\s*(?:no\.?|#|:|code\b)?\s*:?\s*([A-Z0-9][A-Z0-9-]{2,})",
    re.I,
)
ZIP_LINE = re.compile(
    r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b\d{4,5}\s+[A-ZÀ-Þ][a-zß-ÿ0-9]*[a-zß-ÿ]|\b[A-Z]\d[A-Z]\s?\d"
)
# a line that starts with a number and a word may be a street ("2218 Wexley Park Dr"), or not
# ("1 message", "88 SETS"); `STREET_NAMED` names the street's kind
NUMBERED = r"^\d+[A-Za-z]?\s+\w*[A-Za-z]"
STREET_NAMED = re.compile(
    r"\b(?:street|road|avenue|ave|lane|drive|way|parkway)\b"
    r"|\b(?:st|rd|ave|blvd|pkwy|hwy)\.(?!\w)"  # "Gongye 9th Rd., Dali Dist."
    r"|^(?:no\.\s*)?(?!\d{4}-)\d+(?:-\d+){1,2},?\s+[A-Za-z]"  # "2-7-14 Kitatabata-cho"
    r"|\b(?:rua|avenida|travessa|largo|estrada|carrer|paseo)\s+\w"  # Portuguese, Spanish
    r"|\w(?:stra(?:ss|ß|B)e|str\.|weg|platz|allee|straat|laan|plein|gracht|kade)\s+\d"
    r"|\b(?:via|viale|piazza|rue|calle)\s+\w"
    r"|^(?:unit|suite|level|floor|plot|building|bldg|room|flat)\s+\d+[A-Z]?\b",  # "Unit 7, …"
    re.I,
)
STREET = re.compile(rf"{NUMBERED}|{STREET_NAMED.pattern}", re.I)

# a street number and its street ("No. 168 Jinhai Road"), after a label
STREET_AFTER = re.compile(
    r"\d+[A-Z]?\s+(?:[A-Z][\w'.-]*\s+){0,3}"
    r"(?:road|rd|street|st|avenue|ave|lane|ln|drive|dr|way|blvd|boulevard|highway|hwy)\b",
    re.I,
)


def parse_date(text: str, marketplace: str | None = None) -> dt.date | None:
    """The first date in `text` (ISO, 03/14/2026, 14.03.2026, March 14, 2026, 14 Mar 2026),
    read by `reinstate.dates.parse_date`, the one date reader of every package."""
    return dates.parse_date(text, marketplace)


def fold_asin(text: str) -> str:
    """An ASIN in a form OCR cannot confuse: upper case, O read as 0, I as 1."""
    return text.upper().replace("O", "0").replace("I", "1")


def snap_asin(read: str, known: tuple[str, ...]) -> str:
    """The known ASIN that an OCR reading differs from by at most one character (changed,
    added or dropped), or the reading itself (OCR confuses 5/S, 9/S, 8/B…; two ASINs of
    one seller rarely differ so little)."""
    folded = fold_asin(read)
    for asin in known:
        if _edits(fold_asin(asin), folded) <= 1:
            return asin
    return read


def _edits(a: str, b: str) -> int:
    """Levenshtein distance: characters changed, added or dropped."""
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, start=1):
        current = [i]
        for j, other in enumerate(b, start=1):
            cost = previous[j - 1] + (char != other)
            current.append(min(previous[j] + 1, current[j - 1] + 1, cost))
        previous = current
    return previous[-1]


def identifiers(text: str) -> list[str]:
    """ASINs (normalised), UPC/EAN codes and model numbers in `text`, in order."""
    found = ["B0" + m.group()[2:] for m in ASIN.finditer(text)]
    found += ["B0" + m.group(1)[2:] for m in LABELLED_ASIN.finditer(text)]
    found += [m.group() for m in GTIN.finditer(text)]
    models = (m.group(1) for m in MODEL.finditer(text))  # "Model UPC" is a heading, not a code
    found += [m for m in models if _coded(m) and not ASIN.fullmatch(m)]
    return list(dict.fromkeys(found))


def _coded(text: str) -> bool:
    """Whether a labelled value is a code: a digit in it, or capitals joined by a hyphen
    ("HPS-SB-M"), not a word ("Model UPC" is a heading)."""
    return bool(re.search(r"\d", text)) or (text.isupper() and "-" in text.strip("-"))


def amounts(text: str) -> list[str]:
    return [m.group() for m in MONEY.finditer(text)]
