"""The item lines of an invoice, from its rows of cells (``_lines``).

An item is a row of the item table carrying an ASIN, a UPC/EAN, a labelled model number or
a code in a code column (``_columns``); or a block of lines with no table at all (a product
card, a till roll): the product's name, its codes on lines of their own, then its quantity
("Qty 96 × $17.90", "144 @ 7.25", "Quantity: 12 cs x 24"). Codes on a line right under an
item's row, with no quantity of their own, are that item's other codes.
"""

from __future__ import annotations

import re

from reinstate.evidence import _patterns as pat
from reinstate.evidence._arithmetic import divided, in_cases, summed
from reinstate.evidence._columns import (
    Column,
    aligned_codes,
    column_codes,
    columns_of,
    headings,
    table_head,
)
from reinstate.evidence._model import Document, Item, Word
from reinstate.evidence._parties import Cell
from reinstate.evidence._postal import CITY_LINE
from reinstate.evidence._quantity import (
    PACKED,
    case_column,
    line_quantity,
    pack_size,
    quantity_column,
)
from reinstate.evidence._quantity import quantity as units
from reinstate.evidence._vocabulary import vocabulary

TOTALS = re.compile(rf"\b{vocabulary()['totals'].pattern.pattern}", re.I)
# a till-roll line under the product's name: code, units "@" the unit price
AT_PRICE = re.compile(r"^\s*([A-Z0-9][A-Z0-9./-]{2,})\s+(\d{1,6})\s*[@x]\s*[$€£]?\d")

# a code written into a description ("Yoga mat 6mm purple RB-YM6"): capitals, a hyphen, a
# digit; read on a row of the item table that has a quantity and an amount
INLINE_CODE = re.compile(r"(?<![\w-])(?=[A-Z0-9-]*\d)[A-Z]{2,5}-[A-Z0-9]+(?:-[A-Z0-9]+)*(?![\w-])")

# the units a line's cases come to, stated under it ("8 cases | = 48 units")
STATED_UNITS = re.compile(r"^\s*=\s*(\d[\d,]{0,6})\s*(?:units?|pcs|pieces|ea|each|sets?)\b", re.I)
# a code after the name of its kind: it adds to the item above, whatever words follow
LABELLED_CODE = re.compile(r"^\W*(ean|upc|gtin|barcode|jan|sku|item\s+code|art\.?-?nr\.?)\b", re.I)

__all__ = ["ocr_read", "read_items", "snap", "table_head"]


class _Table:
    """Where the item table's columns are: the quantity's middle (in cases or units) and
    the code columns."""

    def __init__(self, rows: list[list[Cell]], head: int | None) -> None:
        heading = rows[head] if head is not None else []
        self.qty_x = quantity_column(heading) if heading else None
        cases_x = case_column(heading) if heading and self.qty_x is None else None
        self.in_cases = cases_x is not None
        self.qty_x = self.qty_x if cases_x is None else cases_x
        self.columns: list[Column] = columns_of(heading) if heading else []
        if head is not None:  # with no table, a till roll's "LN-400R  390 @ 17.90" reads alone
            self.columns += aligned_codes(rows[head + 1 :], self.columns)
        self.headed = head is not None

    def stray(self, row: list[Cell]) -> bool:
        """Whether `row` is a mark alone: one or two signs that are no number ("+", "O"),
        or a digit far from the Qty column that OCR lifted out of a description's line."""
        text = row[0].text.strip()
        if len(row) == 1 and len(text) <= 2 and not text.isdigit():
            return True
        if self.qty_x is None or len(row) != 1 or len(text) > 3 or re.search(r"[A-Za-z]", text):
            return False
        height = row[0].line.box[3] - row[0].line.box[1]
        return abs((row[0].x0 + row[0].line.box[2]) / 2 - self.qty_x) > 6 * height

    def units(self, row: list[Cell], guess: bool = True) -> int | None:
        """The units of `row`: its quantity (the number its sum is charged on, else the
        one in the Qty column), times its case pack when counted in cases."""
        words = [word for cell in row for word in cell.line.words]
        by_sum = summed(words, self.qty_x)
        text = " ".join(c.text for c in row)
        if by_sum is not None:
            word, summed_units = by_sum
            cased = in_cases(word, words) or (self.in_cases and self._in_qty_column(word))
            pack = pack_size(text) or _packed_by(text, word) if cased else None
            return summed_units * pack if pack else summed_units
        if all(w.confidence is not None for w in words):  # OCR may have lost its quantity
            by_division = divided(words)
            if by_division is not None:
                return by_division
        found = units(row, self.qty_x, guess)
        pack = pack_size(text) if self.in_cases else None
        return found * pack if found is not None and pack else found

    def _in_qty_column(self, word: Word) -> bool:
        height = word.box[3] - word.box[1]
        return (
            self.qty_x is not None
            and abs((word.box[0] + word.box[2]) / 2 - self.qty_x) < 6 * height
        )


def read_items(rows: list[list[Cell]]) -> list[Item]:
    """Item lines: rows carrying an ASIN, a UPC/EAN, a labelled model number, or a code in
    a code column of the item table ("Item #", "Model", "UPC"); a row of words alone right
    under an item continues its description."""
    head = table_head(rows)
    table = _Table(rows, head)
    items: list[Item] = []
    last, above, above_at, totalled, named_at, item_at = -2, None, -2, False, -2, -2
    body = rows[head + 1 if head is not None else 0 :]
    for number, row in enumerate(body):
        text = " ".join(c.text for c in row)
        if number and _new_page(body[number - 1], row) and _heads_page(body[number:]):
            totalled = True  # the letterhead repeated on the next page, until its table
        if headings(row) >= 2 and not re.search(r"\d", text):
            totalled = False  # another item table (the next invoice or page)
            continue
        if totalled:
            continue  # below the totals: footer and payment notes, until another table
        if (TOTALS.search(text) and not pat.ASIN.search(text)) or _is_address_row(text):
            totalled = bool(TOTALS.match(text.strip()))
            continue  # totals, or a letterhead repeated on the next page
        if table.stray(row) and number - 1 in (last, above_at):
            last, above_at = (number if was == number - 1 else was for was in (last, above_at))
            continue  # a mark OCR read between an item's lines ("+", "4" far from Qty)
        headed_figures = table.headed and _figures_only(row) and number == last + 1
        if headed_figures and items and items[-1].quantity is None:
            items[-1].quantity, last = table.units(row), number
            items[-1].unsure = _unsure([row], items[-1].quantity)
            continue  # the item's quantity, price and amount centred between its lines
        stated = STATED_UNITS.search(text)
        if stated and items and number - last <= 2:
            items[-1].quantity, last = int(stated[1].replace(",", "")), number
            continue  # "= 48 units" under a quantity in cases
        ids = list(dict.fromkeys(pat.identifiers(text) + column_codes(row, table.columns)))
        at = AT_PRICE.match(text) if head is None and not ids else None
        own = None if table.headed or number != last + 1 else line_quantity(text)
        if at and re.search(r"\d", at[1]) and re.search(r"[A-Z]", at[1]):
            described = _description(above) if above and number == above_at + 1 else at[1]
            items.append(Item(described, [at[1]], int(at[2])))
            last = item_at = number
        elif ids and number == last + 1 and _more_codes(items[-1], row, ids, table):
            items[-1].identifiers += [i for i in ids if i not in items[-1].identifiers]
            items[-1].description = _described(items[-1].description, text, ids)
            last = number
        elif ids:
            if named_at == number - 1 and table.units(row) is None:
                items.pop()  # the named line above is this code's own line
            over = above if number == above_at + 1 else None
            items.append(_item(row, ids, table, over))
            items[-1].unsure = _unsure([row, over or []], items[-1].quantity)
            last = item_at = number
        elif own is not None and items:
            items[-1].quantity, last = own, -2  # a card's quantity line closes its block
            items[-1].unsure = _unsure([row], own)
        elif _continues(row, body[item_at] if last >= 0 else None, number - last):
            items[-1].description = f"{items[-1].description} {text}"
            last = number
        else:
            named = _named_line(row, table) if head is not None else None
            if named is not None:  # a product by name only, matched by its title
                named.unsure = _unsure([row], named.quantity)
                items.append(named)
                last, named_at, item_at = number, number, number
            above, above_at = row, number
    return items


def _packed_by(text: str, word: Word) -> int | None:
    """The pack of cases counted by `word`, written after it ("19 CS@4": 4 a case)."""
    found = PACKED.search(text)
    return int(found[2]) if found and found[1] == word.text else None


def _unsure(rows: list[list[Cell]], quantity: int | None) -> bool:
    """Whether OCR read `quantity` in `rows` only from words it was unsure of."""
    if quantity is None:
        return False
    limit = float(vocabulary().matching["unsure_confidence"])
    said = [
        word
        for row in rows
        for cell in row
        for word in cell.line.words
        if re.sub(r"[,]|\.0+$", "", word.text) == str(quantity)
    ]
    return bool(said) and all(w.confidence is not None and w.confidence < limit for w in said)


def _more_codes(item: Item, row: list[Cell], ids: list[str], table: _Table) -> bool:
    """Whether `row`, right under an item's row, only adds codes of a kind the item lacks
    ("UPC 894172571686" under the line of model SKW-2231): no amount, no quantity of its
    own (unless its codes are labelled: "EAN 560… · 2 cx × 25 un."), hardly any words when
    there is no item table, and a UPC/EAN where the item has none or a model where it has
    only a UPC."""
    text = " ".join(c.text for c in row)
    if pat.MONEY.search(text):
        return False
    if table.headed and table.units(row) is not None and not LABELLED_CODE.match(text):
        return False  # a row of its own, with its own quantity
    worded = len([w for w in re.findall(r"[A-Za-z]{4,}", text) if w not in ids]) > 1
    if worded and not table.headed:
        return False
    has_gtin = any(pat.GTIN.fullmatch(i) for i in item.identifiers)
    has_code = any(not pat.GTIN.fullmatch(i) for i in item.identifiers)
    adds_gtin = any(pat.GTIN.fullmatch(i) for i in ids)
    adds_code = any(not pat.GTIN.fullmatch(i) for i in ids)
    return (adds_gtin and not has_gtin and not adds_code) or (
        adds_code and not has_code and not adds_gtin
    )


def _described(description: str, text: str, ids: list[str]) -> str:
    """The description of an item, with the words of a codes line under it that names
    the product again ("4589921060214 Gyuto 210mm, clad" under a line in Japanese)."""
    rest = text
    for code in ids:
        rest = rest.replace(code, " ")
    rest = re.sub(r"\b(?:ean|upc|gtin|barcode|sku|item\s+code)\b\W*", " ", rest, flags=re.I)
    if len(re.findall(r"[A-Za-z]{3,}", rest)) < 2:
        return description
    return f"{description} {' '.join(rest.split())}".strip()


def _figures_only(row: list[Cell]) -> bool:
    """Whether `row` prints numbers only, an amount among them ("108  6,200  669,600")."""
    text = " ".join(c.text for c in row)
    return not re.search(r"[^\W\d_]", text) and bool(re.search(r"\d[.,]\d", text)) and len(row) >= 2


def _continues(row: list[Cell], item_row: list[Cell] | None, gap: int) -> bool:
    """Whether `row`, right under an item's lines, continues its description: one cell, no
    amount, starting in the item row's description column (not a payment note at the
    page's edge; OCR may start a wrapped line a little right of it)."""
    if item_row is None or gap != 1 or len(row) != 1 or pat.MONEY.search(row[0].text):
        return False

    def letters(cell: Cell) -> int:
        return sum(ch.isalpha() for ch in cell.text)

    described = max(item_row, key=letters)
    height = described.line.box[3] - described.line.box[1]
    after = [c.x0 for c in item_row if c.x0 > described.x0]
    return described.x0 - 2 * height < row[0].x0 < min(after, default=described.x0 + 2 * height)


def _named_line(row: list[Cell], table: _Table) -> Item | None:
    """A row of the item table with no code: a description, a quantity (in the Qty column,
    or the one its sum is charged on) and an amount ("Insulated steel water bottle 32 oz
    250   $17.55   $4,387.50")."""
    if not pat.MONEY.search(" ".join(c.text for c in row)):
        return None
    if table.qty_x is None and summed([w for c in row for w in c.line.words]) is None:
        return None  # no Qty heading read: only a row whose sum tells its quantity
    quantity, description = table.units(row), _description(row)
    if quantity is None or len(re.findall(r"[A-Za-z]{3,}", description)) < 2:
        return None
    codes = INLINE_CODE.findall(" ".join(c.text for c in row))  # "72) BL-CT4": OCR ran on
    return Item(description, list(dict.fromkeys(codes)), quantity)


def _new_page(previous: list[Cell], row: list[Cell]) -> bool:
    """Whether `row` starts a new page (rows run down a page; the next page starts at
    the top again)."""
    return row[0].line.box[1] < previous[0].line.box[1]


def _heads_page(rows: list[list[Cell]]) -> bool:
    """Whether the page starting at `rows[0]` repeats the item table's heading row."""
    for number, row in enumerate(rows):
        if number and _new_page(rows[number - 1], row):
            return False
        text = " ".join(c.text for c in row)
        if headings(row) >= 2 and not re.search(r"\d", text):
            return True
    return False


def _is_address_row(text: str) -> bool:
    """A street and a US city line on one row ("1850 E. 15th Street, Los Angeles, CA …")."""
    return bool(pat.STREET.search(text) and CITY_LINE.search(text))


def _item(row: list[Cell], ids: list[str], table: _Table, above: list[Cell] | None) -> Item:
    """The item of a row with identifiers; a row with no quantity of its own under a row
    with a description and a quantity but no code ("SKU FS-17  UPC 736…" printed under
    the product's line) completes that line; a row of codes and figures only takes its
    description from a line of words right above it."""
    quantity = table.units(row)
    if quantity is None and above is not None:
        quantity = table.units(above, guess=table.headed)  # "Soy Candle, 8 oz" has none
        if quantity is not None or not table.headed:
            return Item(_description(above), ids, quantity)
    described = _description(row)
    if above is not None and len(re.findall(r"[A-Za-z]{3,}", described)) < 2:
        described = _description(above)  # codes and figures only: the name is on the line above
    return Item(described, ids, quantity)


def ocr_read(document: Document) -> bool:
    return any(page.ocr_done for page in document.pages)


def snap(items: list[Item], known: tuple[str, ...]) -> list[Item]:
    """ASINs read by OCR that differ from a `known` one by a character are taken to be it."""
    for item in items:
        item.identifiers = [
            pat.snap_asin(i, known) if re.fullmatch(r"B0[A-Z0-9]{7,9}", i) else i
            for i in item.identifiers
        ]
    return items


def _description(row: list[Cell]) -> str:
    def letters(cell: Cell) -> int:
        return sum(ch.isalpha() for ch in pat.ASIN.sub("", cell.text))

    best = max(row, key=letters).text
    best = re.sub(r"\(?\bASIN\b[:#]?\s*B[0O][A-Z0-9]{7,9}\b\)?", "", best)
    return re.sub(r"\s+", " ", best).strip(" /")
