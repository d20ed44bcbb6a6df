"""The item table's heading row and the columns under it, by the position of word boxes.

A heading is often centred over its column while the codes under it are left-aligned
("Item" over "GLH-40217"), or a cell runs several columns together ("360 PCO-TH750-NV
879361479653" under "Qty | Item # | UPC"): a word is in a code column when it starts under
the heading, or when it overlaps the heading and no other heading is nearer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reinstate.evidence import _patterns as pat
from reinstate.evidence._model import Word
from reinstate.evidence._parties import Cell
from reinstate.evidence._vocabulary import vocabulary

VOCABULARY = vocabulary()
TABLE_HEAD = VOCABULARY["table_head"].pattern
QTY_HEAD = VOCABULARY["quantity"].pattern
CODE_HEAD = VOCABULARY["code_column"].pattern
CODE = re.compile(r"[A-Z0-9][A-Z0-9./-]{2,}")
TARIFF = re.compile(r"\d{4}\.\d{2}(?:\.\d{2,4})*")
CODE_WORD = re.compile(r"(?=[A-Z0-9./-]*\d)(?=[A-Z0-9./-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)+")
NAMED = re.compile(r"(description|desc\.?|name|details?|beschreibung|descrizione)\b", re.I)


@dataclass(frozen=True)
class Column:
    """A heading of the item table: its left and right edges and its type's height."""

    x0: float
    x1: float
    height: float
    code: bool  # a column of codes ("Item #", "UPC")

    def distance(self, word: Word) -> float:
        """How far the middle of `word` lies from this heading, across (0 over it)."""
        middle = (word.box[0] + word.box[2]) / 2
        return max(self.x0 - middle, middle - self.x1, 0.0)


def table_head(rows: list[list[Cell]]) -> int | None:
    """The index of the heading row of the item table: it names a quantity column and a
    description, item, price or amount column."""
    for index, row in enumerate(rows):
        words = [word.text for cell in row for word in cell.line.words]
        text = " ".join(c.text for c in row)
        valued = bool(pat.MONEY.search(text) or re.search(r"\b\d+\b", text))
        if TABLE_HEAD.match(text) and any(QTY_HEAD.match(w) for w in words) and not valued:
            return index  # not a line of values ("Qty 96 × $17.90")
        if any(QTY_HEAD.match(c.text) for c in row) and len(row) >= 3:
            return index
        if headings(row) >= 3 and not re.search(r"\d", text):  # the "Qty" heading unread
            return index
    return None


def headings(row: list[Cell]) -> int:
    """How many cells of `row` read as column headings."""
    return sum(bool(CODE_HEAD.match(c.text) or TABLE_HEAD.match(c.text)) for c in row)


def columns_of(row: list[Cell]) -> list[Column]:
    """The headings of the heading row `row`: code columns (whole cells, or one or two
    words inside a cell of several headings: "Pos. Art.-Nr.", "ITEM NUMBER UPC" printed in
    a fixed-width font), then every other cell."""
    found = []
    for cell in row:
        height = cell.line.box[3] - cell.line.box[1]
        words = cell.line.words
        if CODE_HEAD.match(cell.text):
            found.append(Column(cell.x0, cell.line.box[2], height, True))
        for i, word in enumerate(words):
            after = words[i + 1] if i + 1 < len(words) else None
            pair = f"{word.text} {after.text if after else ''}".strip()
            if CODE_HEAD.match(pair) or (
                CODE_HEAD.match(word.text) and not NAMED.match(after.text if after else "")
            ):
                end = after.box[2] if after and CODE_HEAD.match(pair) else word.box[2]
                found.append(Column(word.box[0], end, height, True))
    coded = [c for c in found if c.code]
    others = [
        Column(cell.x0, cell.line.box[2], cell.line.box[3] - cell.line.box[1], False)
        for cell in row
        if not any(c.x0 <= cell.x0 < c.x1 or cell.x0 <= c.x0 < cell.line.box[2] for c in coded)
    ]
    return coded + others


def aligned_codes(rows: list[list[Cell]], columns: list[Column]) -> list[Column]:
    """Columns of codes that no heading read names (OCR lost "Item" on a grey band): the
    first cells of two rows or more, one under the other, each one code of letters and
    digits joined by a hyphen ("GLH-40388") on a row with an amount, where no code heading
    stands."""
    priced = [row for row in rows if row and pat.MONEY.search(" ".join(c.text for c in row))]
    groups: list[list[Cell]] = []
    for cell in (row[0] for row in priced if CODE_WORD.fullmatch(row[0].text)):
        height = cell.line.box[3] - cell.line.box[1]
        group = next((g for g in groups if abs(g[0].x0 - cell.x0) < 1.5 * height), None)
        if group is None:
            groups.append([cell])
        else:
            group.append(cell)
    found = []
    for group in (g for g in groups if len({c.row for c in g}) >= 2):
        height = group[0].line.box[3] - group[0].line.box[1]
        column = Column(min(c.x0 for c in group), max(c.line.box[2] for c in group), height, True)
        if not any(c.code and c.x0 <= column.x1 and column.x0 <= c.x1 for c in columns):
            found.append(column)
    return found


def column_codes(row: list[Cell], columns: list[Column]) -> list[str]:
    """The codes (letters and digits, at least one digit) in a code column, first word of a
    cell or not ("1 GP-UCL12-3": a line number, then the code)."""
    codes = []
    for cell in row:
        if pat.STREET_AFTER.match(cell.text) or pat.PHONE.search(cell.text):
            continue  # a letterhead or footer: "2301 Wharf Boulevard", "Tel. +49 40 5550 …"
        if pat.EMAIL.search(cell.text):  # not "19 CS@4": cases at a pack
            continue
        codes += _codes_under(cell, columns)
    return list(dict.fromkeys(codes))


def _under_code(word: Word, columns: list[Column]) -> bool:
    """Whether `word` starts under a code heading, or its middle is nearest a code heading
    (within two heights of it: a heading centred over left-aligned codes)."""
    coded = [c for c in columns if c.code]
    if any(abs(word.box[0] - c.x0) < 1.5 * c.height for c in coded):
        return True
    if not coded:
        return False
    nearest = min(columns, key=lambda c: c.distance(word))
    return nearest.code and nearest.distance(word) <= 2 * nearest.height


def _codes_under(cell: Cell, columns: list[Column]) -> list[str]:
    codes = []
    for word in cell.line.words:
        coded = re.search(r"\d", word.text) or (word.text.isupper() and "-" in word.text)
        tariff = TARIFF.fullmatch(word.text)  # an HS code classifies goods, names none
        if coded and not tariff and CODE.fullmatch(word.text) and _under_code(word, columns):
            code = word.text.strip(".-/")
            if code not in codes:
                codes.append("B0" + code[2:] if pat.ASIN.fullmatch(code) else code)
    return codes
