"""Reading a postal address from the lines of a block: street and city lines, contacts
and separators ("Acme - 9 Main St - Reno, NV") taken out, up to the first city line and
the country printed after it; and the country an address is in, which decides the order
of a slashed date ("Gloucester GL2 5DX": UK).
"""

from __future__ import annotations

import re
from functools import cache

from reinstate.dates import date_spans
from reinstate.evidence import _patterns as pat
from reinstate.kb import load_data

# words that introduce a contact on an address line ("Tel:", "WEB"), taken out with it
CONTACT_WORDS = re.compile(
    r"\b(tel(ephone)?|phone|ph|fax|mobile|web(site)?|www|e-?mail|url)\b\.?\s*:?", re.I
)
# separators of an address written on one line: "Acme Inc. - 9 Main St - Reno, NV 89501"
SEPARATORS = re.compile(r"\s+[-–—|·•*]\s+|\s{3,}")


def _is_date(text: str) -> bool:
    """Whether `text` is a date and little else ("May 8, 2026")."""
    spans = date_spans(text, None)
    return any(end - start >= len(text.strip()) - 2 for start, end, _day in spans)


def _address_parts(text: str, name: str | None) -> list[str]:
    """The pieces of one line that may be part of an address: contacts taken out, split
    at separators, the party's name and dates dropped."""
    text = re.sub(r"^(address|addr\.?)(\s*:\s*|\s+(?=\d))", "", text, flags=re.I)
    for pattern in (pat.EMAIL, pat.PHONE, pat.WEBSITE, CONTACT_WORDS):
        text = pattern.sub("   ", text)
    text = re.sub(r"\s*\([^()]{1,20}\)\s*$", "", text)  # "Taiwan (R.O.C.)": a gloss
    parts = [p.strip(" ,;") for p in SEPARATORS.split(text)]
    own = (name or "").casefold()
    parts = [
        p[len(own) :].strip(" ,;") if own and p.casefold().startswith(own) else p for p in parts
    ]
    return [p for p in parts if p and not _is_date(p)]


def address(lines: list[str], name: str | None = None) -> str | None:
    """Street and city lines of a block, joined with commas, up to the first city line
    and the country printed after it."""
    parts: list[str] = []
    places: list[str] = []  # a suburb or district between the street and the city line
    pieces = [part for line in lines for part in _address_parts(line, name)]
    for at, part in enumerate(pieces):
        after = pieces[at + 1] if at + 1 < len(pieces) else ""
        country = [after] if country_of(after) is not None else []
        if pat.STREET.search(part) or pat.ZIP_LINE.search(part) or CITY_LINE.search(part):
            city = pat.ZIP_LINE.search(part) or CITY_LINE.search(part)
            parts = _from_street([*parts, *places, part] if city else [*parts, part])
            places = []
            if _ends_address(part, len(parts)):
                return ", ".join(parts + country)
        elif parts and country and re.search(r"\d", part):  # "Auckland 1010" over its country
            return ", ".join([*parts, *places, part, *country])
        elif parts and PLACE.fullmatch(part) and len(places) < 2:
            places.append(part)  # "Mount Maunganui" between "41 Hewletts Road" and the city
        else:
            places = []
    return ", ".join(parts) or None


def _from_street(parts: list[str]) -> list[str]:
    """`parts` without a first line that only starts with a number ("1 Trade Assurance",
    "1 message") over a numbered line that names a street's kind ("No. 188 Jinyuan Road")."""
    if len(parts) < 2 or pat.STREET_NAMED.search(parts[0]):
        return parts
    street = NUMBERED_STREET.match(parts[1]) and pat.STREET_NAMED.search(parts[1])
    return parts[1:] if street else parts


NUMBERED_STREET = re.compile(rf"(?:no\.\s*)?{pat.NUMBERED.lstrip('^')}", re.I)


# a place's name on a line of its own: a few capitalised words, no digits or colon
PLACE = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'-]+(?:\s[A-ZÀ-Þ][a-zß-ÿ'-]+){0,3}")


@cache
def countries() -> dict[str, str]:
    """Country names as printed -> the marketplace whose date order they use ("" if none)."""
    table = load_data("reinstate.evidence", "address.toml")["countries"]
    return {str(k): str(v) for k, v in table.items()}


def country_of(text: str) -> str | None:
    """The marketplace code of the country `text` names ("United Kingdom": "UK"; "" for a
    country with none), or None when `text` is no country."""
    return countries().get(text.strip(" .,").casefold().rstrip("."), None) if text else None


# postcodes that tell the country of an address with no country line
POSTCODES = (
    (re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}$"), "UK"),  # Gloucester GL2 5DX
    (re.compile(r"\b[A-Z]\d[A-Z]\s?\d[A-Z]\d$"), "CA"),  # Delta, BC V4G 1B5
    (re.compile(r"\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4}$"), "AU"),  # NSW 2018
)


def address_country(text: str | None) -> str | None:
    """The marketplace whose date order an address's country uses: its country line, else
    its postcode's form (None when neither tells)."""
    parts = [p.strip() for p in (text or "").split(",")]
    code = country_of(parts[-1]) if parts[-1] else None
    if code is not None:
        return code or None
    return next((c for pattern, c in POSTCODES if pattern.search(parts[-1])), None)


# a US state and ZIP code, or a Canadian postcode, end an address for sure; a European
# "75001 Paris" looks like a street ("2301 Wharf Boulevard"), so it ends one after a street
CITY_LINE = re.compile(
    r"\b[A-Za-z]{2}\s+\d{5}(?:-\d{4})?\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b"
    r"|,\s*[A-Z][A-Za-z]+(?:\s[A-Z][a-z]+)?\s+\d{5}(?:-\d{4})?$"  # "Madison, Wisconsin 53704"
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b"  # a UK postcode: "Wakefield WF2 7UA"
    r"|\b\d{4}\s?[A-Z]{2}\s+[A-Z][a-z]+(?!.*\b(?i:st|street|rd|road|ave|avenue|dr|drive|blvd)\b)"
    # a Dutch one: "3024 AB Rotterdam", not a street ("1180 NW Industrial St")
    r"|,\s*[A-Z][A-Za-z]+\s+\d{6}\b"  # a Chinese or Indian one: "Ningbo, Zhejiang 315800"
    r"|\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4}\b"  # an Australian one: "NSW 2018"
    r"|\b\d{4}-\d{3}\s+[A-ZÀ-Þ][\wÀ-ÿ]+"  # a Portuguese one: "4835-044 Guimarães"
    r"|\b[A-Z][a-z]+\s+\d{3}-\d{4}\b"  # a Japanese one: "Osaka 590-0012"
)


def _ends_address(part: str, count: int) -> bool:
    return bool(CITY_LINE.search(part)) or (count >= 2 and bool(pat.ZIP_LINE.search(part)))
