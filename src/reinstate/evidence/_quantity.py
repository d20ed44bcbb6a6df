"""The quantity of an invoice line: the number under the "Qty" heading, cases of a pack
("12 cs x 24"), a number with its unit ("288 EA"), or with decimals ("140.00")."""

from __future__ import annotations

import re

from reinstate.evidence import _patterns as pat
from reinstate.evidence._model import Word
from reinstate.evidence._parties import Cell
from reinstate.evidence._vocabulary import vocabulary

QTY_HEAD = vocabulary()["quantity"].pattern
CASE_HEAD = vocabulary()["case_quantity"].pattern
PACK_SIZE = vocabulary()["pack_size"].pattern
LINE_QUANTITY = vocabulary()["line_quantity"].pattern
PRICE_WORD = re.compile(r"(price|cost|rate|value|amount)\b", re.I)


def quantity_column(head: list[Cell]) -> float | None:
    """The middle of the "Qty" heading of the item table (its heading row `head`)."""
    for cell in head:
        words = cell.line.words
        for word, after in zip(words, [*words[1:], None], strict=True):
            money = after is not None and PRICE_WORD.match(after.text)  # "Unit price" cell
            if QTY_HEAD.match(word.text) and not money:
                return (word.box[0] + word.box[2]) / 2
    return None


def case_column(head: list[Cell]) -> float | None:
    """The middle of a quantity heading counted in cases ("Cases", "Ctns"), for a table
    with no quantity heading in units."""
    for cell in head:
        if CASE_HEAD.fullmatch(cell.text.strip()):
            return (cell.line.box[0] + cell.line.box[2]) / 2
    return None


def pack_size(text: str) -> int | None:
    """The units in one case that `text` prints ("12/cs", "Pack of 6", "24 PCS/CTN")."""
    found = PACK_SIZE.search(text)
    if found is None:
        return None
    size = int(next(group for group in found.groups() if group))
    return size if size > 1 else None


def line_quantity(text: str) -> int | None:
    """The quantity of a line of its own under an item's name and codes: cases of a pack
    ("Quantity: 12 cs x 24" is 288), or a number after a quantity label or before "@"."""
    cases = PACKED.search(text)
    if cases and cases[1].isdigit():
        return int(cases[1]) * int(cases[2])
    found = LINE_QUANTITY.match(text.strip())
    return int(found[1].replace(",", "")) if found else None


# cases times a pack ("12 cs x 24", "5 ctns @ 48", "3 cases of 24 pcs"): the units
PACKED = re.compile(
    r"(?<![\w.])([\dSOIl]{1,5})\s*(?:c[es5]{1,2}|cases?|ctns?|cartons?|bx|box(?:es)?|pk|packs?)"
    r"\.?\s*(?:[x×@]|of)?\s*(\d{1,4})\b",  # OCR: "Scesx 24" is "5 cs x 24"
    re.I,
)
OCR_DIGITS = str.maketrans("SOIl", "5011")
# a unit after a number: the quantity when no "Qty" heading was read ("260 EA", "110 pcs")
UNIT = re.compile(r"(ea|each|pcs?|pieces?|units?|sets?|prs?|pairs?|doz)\.?$", re.I)


def packed(row: list[Cell], qty_x: float | None) -> int | None:
    """The units of a quantity written as cases of a pack, in the Qty column when known."""
    for cell in row:
        found = PACKED.search(cell.text)
        height = cell.line.box[3] - cell.line.box[1]
        near = qty_x is None or cell.x0 - 6 * height <= qty_x <= cell.line.box[2] + 6 * height
        if found and near and (qty_x is not None or found[1].isdigit()):
            return int(found[1].translate(OCR_DIGITS)) * int(found[2])
    return None


def quantity(row: list[Cell], qty_x: float | None, guess: bool = True) -> int | None:
    """The units of `row`: in the Qty column at `qty_x` when known; else a number with its
    unit or in a cell of its own, or (when `guess`) the first number of the row."""
    cases = packed(row, qty_x)
    if cases is not None:
        return cases
    whole = r"\d{1,6}(?:\.0{1,3})?" if qty_x is not None else r"\d{1,6}"  # "140.00" units
    candidates = [
        word
        for cell in row
        for word in cell.line.words
        if re.fullmatch(whole, word.text.replace(",", "")) and not pat.GTIN.fullmatch(word.text)
    ]
    if not candidates:
        return None
    alone = [c.line.words[0] for c in row if len(c.line.words) <= 2]  # "48", "110 pcs"
    if qty_x is not None:
        best = min(candidates, key=lambda w: abs((w.box[0] + w.box[2]) / 2 - qty_x))
        height = best.box[3] - best.box[1]
        if abs((best.box[0] + best.box[2]) / 2 - qty_x) > 6 * height:
            return None  # nothing in the Qty column ("3" of "3 pc" is no quantity)
    else:  # no heading read: a number with its unit, or in a cell of its own (not the
        # line number that starts the row), not one inside a description
        words = [word for cell in row for word in cell.line.words]
        united = [w for w in candidates if _unit_after(w, words)]
        alone = [w for w in alone if w is not words[0] or len(alone) == 1]
        first = united or [w for w in candidates if w in alone] or (candidates if guess else [])
        if not first:
            return None  # only numbers inside a description ("400 lumen", "32 oz")
        best = first[0]
    return int(float(best.text.replace(",", "")))


def _unit_after(word: Word, words: list[Word]) -> bool:
    index = next(i for i, w in enumerate(words) if w is word)
    return index + 1 < len(words) and bool(UNIT.match(words[index + 1].text))
