"""Comparing postal addresses as a reader would: "3102 HARBOR VIEW DR STE 5" is
"3102 Harbor View Drive, Suite 5".

Addresses are parsed by ``usaddress`` (a conditional-random-field parser of US addresses)
into parts; each part is folded (case, punctuation, USPS abbreviations from
``data/address.toml``), and two addresses are equal when every part both name is equal.
"""

from __future__ import annotations

import re
from functools import cache

from reinstate.kb import load_data

# the parts compared, as usaddress names them; a part only one address names is not compared
PARTS = (
    "AddressNumber",
    "StreetNamePreDirectional",
    "StreetName",
    "StreetNamePostType",
    "OccupancyType",
    "OccupancyIdentifier",
    "PlaceName",
    "StateName",
    "ZipCode",
)


@cache
def _abbreviations() -> dict[str, str]:
    data = load_data("reinstate.evidence", "address.toml")
    table: dict[str, str] = {}
    for section in ("suffixes", "units", "directions"):
        table |= dict(data[section].items())
        table |= {v: v for v in data[section].values()}
    return table


@cache
def _states() -> tuple[tuple[str, str], ...]:
    states = load_data("reinstate.evidence", "address.toml").get("states", {})
    return tuple(sorted(((k, str(v)) for k, v in states.items()), key=lambda kv: -len(kv[0])))


def _fold(text: str) -> str:
    words = re.findall(r"[a-z0-9#]+", text.lower())
    table = _abbreviations()
    return " ".join(table.get(word, word) for word in words)


def address_parts(text: str) -> dict[str, str]:
    """The folded parts of `text` (empty when it cannot be parsed as an address)."""
    import usaddress

    units = "|".join(sorted({k for k in _abbreviations() if k.isalpha()}, key=len, reverse=True))
    text = re.sub(rf"\b({units})(\d+)\b", r"\1 \2", text, flags=re.I)  # OCR's "STE5"
    for name, abbreviation in _states():  # "Wisconsin 53704" is "WI 53704"
        text = re.sub(rf"\b{name}(?=,?\s+\d{{5}})", abbreviation, text, flags=re.I)
    try:
        tagged = usaddress.parse(text)
    except Exception:  # usaddress raises its own errors on odd input; treat as unparsed
        return {}
    parts: dict[str, str] = {}
    for token, label in tagged:
        if label in PARTS:
            parts[label] = f"{parts.get(label, '')} {_fold(token)}".strip()
    if "ZipCode" in parts:
        parts["ZipCode"] = parts["ZipCode"][:5]
    return parts


def same_address(printed: str | None, registered: str) -> bool:
    """Whether `printed` is the address `registered`: the street number and street name
    agree, and so does every other part both give (suite, city, state, ZIP)."""
    mine, theirs = address_parts(printed or ""), address_parts(registered)
    essential = ("AddressNumber", "StreetName")
    if not all(mine.get(k) and mine.get(k) == theirs.get(k) for k in essential):
        return False
    shared = [k for k in PARTS if k in mine and k in theirs]
    return all(mine[k] == theirs[k] for k in shared)


def normal_address(text: str) -> str:
    """`text` as its folded parts in a fixed order, for comparing printed forms."""
    parts = address_parts(text)
    return " ".join(parts[k] for k in PARTS if k in parts) or _fold(text)
