"""Reading an invoice's fields from its words, whatever the layout.

The words (text layer or OCR) are grouped into cells (``_lines``). Labelled blocks
("Bill To", "Supplier", "Customer"…) are the cells below a label and aligned with it;
the supplier is the labelled block, or else the letterhead above the first other block;
items are table rows carrying an ASIN, a UPC/EAN or a model number.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from reinstate.dates import date_spans
from reinstate.evidence import _patterns as pat
from reinstate.evidence._lines import Line, cells, visual_lines
from reinstate.evidence._model import Document, Fields, Item, Party
from reinstate.evidence._vocabulary import vocabulary

VOCABULARY = vocabulary()
BUYER_LABELS = VOCABULARY["buyer"].pattern
SHIP_LABELS = VOCABULARY["ship_to"].pattern
SUPPLIER_LABELS = VOCABULARY["supplier"].pattern
BLOCK_LABELS = (BUYER_LABELS, SHIP_LABELS, SUPPLIER_LABELS)
META = re.compile(
    r"\b(invoice|date|number|no\.|terms|due|page|order|po|account number|meter)\b", re.I
)
DATE_LABEL = VOCABULARY["date"].pattern
NOT_DATE = VOCABULARY["not_date"].pattern
NUMBER_LABEL = VOCABULARY["number"].pattern
NOT_NUMBER = VOCABULARY["not_number"].pattern
NUMBER_VALUE = re.compile(r"[#:]?\s*([A-Z0-9][A-Z0-9/-]{2,})", re.I)
TOTALS = re.compile(rf"\b{VOCABULARY['totals'].pattern.pattern}", re.I)
TABLE_HEAD = VOCABULARY["table_head"].pattern
QTY_HEAD = VOCABULARY["quantity"].pattern
CODE_HEAD = VOCABULARY["code_column"].pattern
CODE = re.compile(r"[A-Z0-9][A-Z0-9./-]{2,}")
# the marketplace the seller sells on is printed on some invoices (ship to Amazon's
# warehouse, "sold on Amazon.com"): it is never the supplier's website
MARKETPLACE = re.compile(r"\bamazon\.", re.I)


@dataclass(frozen=True)
class Cell:
    """A cell with the visual row it sits on (rows count across pages)."""

    line: Line
    row: int

    @property
    def text(self) -> str:
        return self.line.text

    @property
    def x0(self) -> float:
        return self.line.box[0]


def _rows(document: Document) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for page in document.pages:
        for line in visual_lines(page.words):
            rows.append([Cell(cell, len(rows)) for cell in cells(line)])
    return rows


def read_fields(document: Document, known_asins: tuple[str, ...] = ()) -> Fields:
    """Every invoice field that can be read from `document`'s words. ASINs read by OCR
    that differ from a `known_asins` one by a character are taken to be that one."""
    rows = _rows(document)
    flat = [cell for row in rows for cell in row]
    text = "\n".join(" ".join(c.text for c in row) for row in rows)
    buyer_block = _block_after(rows, BUYER_LABELS)
    ship_block = _block_after(rows, SHIP_LABELS)
    taken = {id(c) for c in (*buyer_block, *ship_block)}
    labelled = _block_after(rows, SUPPLIER_LABELS)
    supplier_block = labelled or _letterhead(rows, taken)
    outside = [c for c in flat if id(c) not in taken and not _is_block_label(c.text)]
    pairs = _label_values(rows)
    return Fields(
        invoice_date=_invoice_date(pairs, text),
        invoice_number=_invoice_number(pairs),
        supplier=_supplier(supplier_block, outside),
        buyer=_buyer(buyer_block or _own_ship_to(ship_block)),
        items=_snap(_items(rows), known_asins) if _ocr_read(document) else _items(rows),
    )


def _own_ship_to(block: list[Cell]) -> list[Cell]:
    """With no bill-to block read, the ship-to block names the buyer, unless the goods
    went to the marketplace's warehouse."""
    return [] if any(MARKETPLACE.search(c.text) for c in block) else block


def _is_block_label(text: str) -> bool:
    return any(label.match(text) for label in BLOCK_LABELS)


def _block_after(rows: list[list[Cell]], label: re.Pattern[str]) -> list[Cell]:
    """The cells under the first cell matching `label` (or beside it, when the block starts
    on the label's row), aligned with it, up to a gap or another label."""
    found = next(
        ((r, i) for r, row in enumerate(rows) for i, c in enumerate(row) if label.match(c.text)),
        None,
    )
    if found is None:
        return []
    row, index = found
    head = rows[row][index]
    height = head.line.box[3] - head.line.box[1]
    first = _strip_label(head, label)
    after = rows[row][index + 1] if index + 1 < len(rows[row]) else None
    if first is None and after is not None and after.x0 - head.line.box[2] < 8 * height:
        first, head = after, after  # "Bill To:    Harbor Lane Goods LLC"
    block = [first] if first else []
    anchors = (head.x0, first.x0 if first else head.x0)  # the label's, or its value's edge
    last = head.row
    for cell in (c for r in rows[row + 1 :] for c in r):
        if min(abs(cell.x0 - x) for x in anchors) > 2.5 * height:
            continue
        if cell.row > last + 1 or _is_block_label(cell.text):
            break
        block.append(cell)
        last = cell.row
    return block


def _strip_label(cell: Cell, label: re.Pattern[str]) -> Cell | None:
    """What follows the label in its own cell ("Supplier: Acme" gives "Acme"), if anything."""
    match = label.match(cell.text)
    count = len(match.group().split()) if match else 0
    words = cell.line.words[count:]
    return Cell(Line(words), cell.row) if words else None


def _letterhead(rows: list[list[Cell]], taken: set[int]) -> list[Cell]:
    """The cells above the item table that are not invoice meta-data, labels or the
    buyer's blocks (which may stand beside the letterhead: "SOLD TO" on its right)."""
    block = []
    for row in rows:
        if any(QTY_HEAD.match(c.text) or CODE_HEAD.match(c.text) for c in row):
            break
        block += [c for c in row if id(c) not in taken and _letterhead_cell(c.text)]
    return block


def _letterhead_cell(text: str) -> bool:
    return not (_is_meta(text) or _is_block_label(text) or MARKETPLACE.search(text))


def _is_meta(text: str) -> bool:
    plain = text.strip().upper()
    titles = ("INVOICE", "PRO FORMA", "PACKING SLIP", "QUOTE", "RECEIPT", "SALES ORDER")
    return (bool(META.search(text)) and not pat.EMAIL.search(text)) or plain.endswith(titles)


def _supplier(block: list[Cell], elsewhere: list[Cell]) -> Party:
    lines = [c.text for c in block]
    text = "\n".join(lines)
    fallback = "\n".join(c.text for c in elsewhere)
    name = next((t for t in lines if _looks_like_name(t)), None)
    return Party(
        name=name,
        address=_address(lines),
        phone=_first(pat.PHONE, text) or _first(pat.PHONE, fallback),
        email=_first(pat.EMAIL, text) or _first(pat.EMAIL, fallback),
        website=_website(text) or _website(fallback),
    )


def _looks_like_name(text: str) -> bool:
    plain = re.sub(r"^(name|company)\s*:\s*", "", text, flags=re.I)
    return bool(re.search(r"[A-Za-z]{3}", plain)) and not (
        pat.PHONE.search(text) or pat.EMAIL.search(text) or pat.WEBSITE.search(text)
    )


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group().strip() if match else None


def _website(text: str) -> str | None:
    without_emails = pat.EMAIL.sub(" ", text)
    found = (m.group().strip() for m in pat.WEBSITE.finditer(without_emails))
    return next((site for site in found if not MARKETPLACE.search(site)), None)


def _address(lines: list[str]) -> str | None:
    """Street and city lines of a block, joined with commas."""
    parts = []
    for text in lines:
        text = re.sub(r"^(address|addr\.?)\s*:\s*", "", text, flags=re.I)
        if pat.PHONE.search(text) or pat.EMAIL.search(text) or pat.WEBSITE.search(text):
            continue
        if pat.STREET.search(text) or pat.ZIP_LINE.search(text):
            parts.append(text.strip(" ,"))
    return ", ".join(parts) or None


def _buyer(block: list[Cell]) -> Party:
    lines = [c.text for c in block]
    if not lines:
        return Party()
    return Party(name=lines[0], address=_address(lines[1:]))


def _label_values(rows: list[list[Cell]]) -> list[str]:
    """Each cell's text followed by its value: the next cell of its row ("Invoice date" |
    "25.03.2026") or, for a label alone in its cell, the cell right below it ("INVOICE
    NUMBER" above "BRC-7731"). Position, not text order, pairs them."""
    texts = []
    for r, row in enumerate(rows):
        for i, cell in enumerate(row):
            following = row[i + 1].text if i + 1 < len(row) else ""
            texts.append(f"{cell.text} {following}".strip())
            below = _below(cell, rows[r + 1]) if r + 1 < len(rows) else None
            if below is not None:
                texts.append(f"{cell.text} {below.text}")
    return texts


def _below(cell: Cell, row: list[Cell]) -> Cell | None:
    """The cell of `row` that starts under `cell` (left edges within a word height)."""
    height = cell.line.box[3] - cell.line.box[1]
    return next((c for c in row if abs(c.x0 - cell.x0) < 1.5 * height), None)


def _invoice_date(texts: list[str], text: str) -> dt.date | None:
    """The date after a date label ("Invoice Date:"), not a due date; else the first date."""
    for cell in texts:
        label = DATE_LABEL.search(cell)
        if label and not NOT_DATE.search(cell[: label.end()]):
            found = pat.parse_date(cell[label.start() :])
            if found:
                return found
    return pat.parse_date(text)


def _starts_with_date(text: str) -> bool:
    return any(start == 0 for start, _end, _day in date_spans(text, None))


def _invoice_number(texts: list[str]) -> str | None:
    for cell in texts:
        for label in NUMBER_LABEL.finditer(cell):
            if NOT_NUMBER.search(cell[: label.end()]):
                break
            value = NUMBER_VALUE.match(cell[label.end() :].lstrip())
            if value and re.search(r"\d", value.group(1)) and not _starts_with_date(value.group(1)):
                return value.group(1)
    return None


def _items(rows: list[list[Cell]]) -> list[Item]:
    """Item lines: rows carrying an ASIN, a UPC/EAN, a labelled model number, or a code in
    a code column of the item table ("Item #", "Model", "UPC"); a row of words alone right
    under an item continues its description."""
    head = _table_head(rows)
    qty_x = _quantity_column(rows)
    columns = _code_columns(rows[head]) if head is not None else []
    items: list[Item] = []
    last = -2
    for number, row in enumerate(rows[head + 1 if head is not None else 0 :]):
        text = " ".join(c.text for c in row)
        if TOTALS.search(text) and not pat.ASIN.search(text):
            continue
        ids = list(dict.fromkeys(pat.identifiers(text) + _column_codes(row, columns)))
        if ids:
            items.append(Item(_description(row), ids, _quantity(row, qty_x)))
            last = number
        elif items and number == last + 1 and len(row) == 1 and not pat.MONEY.search(text):
            items[-1].description = f"{items[-1].description} {text}"
            last = number
    return items


def _table_head(rows: list[list[Cell]]) -> int | None:
    """The index of the heading row of the item table: it names a quantity column and a
    description, item, price or amount column."""
    for index, row in enumerate(rows):
        words = [word.text for cell in row for word in cell.line.words]
        text = " ".join(c.text for c in row)
        if TABLE_HEAD.match(text) and any(QTY_HEAD.match(w) for w in words):
            return index
        if any(QTY_HEAD.match(c.text) for c in row) and len(row) >= 3:
            return index
        if _headings(row) >= 3 and not re.search(r"\d", text):  # the "Qty" heading unread
            return index
    return None


def _headings(row: list[Cell]) -> int:
    """How many cells of `row` read as column headings."""
    return sum(bool(CODE_HEAD.match(c.text) or TABLE_HEAD.match(c.text)) for c in row)


def _code_columns(row: list[Cell]) -> list[tuple[float, float]]:
    """(left edge, word height) of the cells of the heading row that head code columns."""
    return [(c.x0, c.line.box[3] - c.line.box[1]) for c in row if CODE_HEAD.match(c.text)]


def _column_codes(row: list[Cell], columns: list[tuple[float, float]]) -> list[str]:
    """The codes (letters and digits, at least one digit) that start under a code column."""
    codes = []
    for cell in row:
        word = cell.line.words[0]
        under = any(abs(word.box[0] - x) < 1.5 * height for x, height in columns)
        if under and CODE.fullmatch(word.text) and re.search(r"\d", word.text):
            code = word.text.strip(".-/")
            codes.append("B0" + code[2:] if pat.ASIN.fullmatch(code) else code)
    return codes


def _ocr_read(document: Document) -> bool:
    return any(page.ocr_done for page in document.pages)


def _snap(items: list[Item], known: tuple[str, ...]) -> list[Item]:
    for item in items:
        item.identifiers = [
            pat.snap_asin(i, known) if re.fullmatch(r"B0[A-Z0-9]{7,9}", i) else i
            for i in item.identifiers
        ]
    return items


def _quantity_column(rows: list[list[Cell]]) -> float | None:
    """The middle of the "Qty" heading of the item table."""
    head = _table_head(rows)
    if head is None:
        return None
    for word in (word for cell in rows[head] for word in cell.line.words):
        if QTY_HEAD.match(word.text):
            return (word.box[0] + word.box[2]) / 2
    return None


def _quantity(row: list[Cell], qty_x: float | None) -> int | None:
    candidates = [
        word
        for cell in row
        for word in cell.line.words
        if re.fullmatch(r"\d{1,6}", word.text.replace(",", ""))
        and not pat.GTIN.fullmatch(word.text)
    ]
    if not candidates:
        return None
    alone = [c.line.words[0] for c in row if len(c.line.words) == 1]
    if qty_x is not None:
        best = min(candidates, key=lambda w: abs((w.box[0] + w.box[2]) / 2 - qty_x))
    else:  # no heading read: a number in a cell of its own, not one inside a description
        best = next((w for w in candidates if w in alone), candidates[0])
    return int(best.text.replace(",", ""))


def _description(row: list[Cell]) -> str:
    def letters(cell: Cell) -> int:
        return sum(ch.isalpha() for ch in pat.ASIN.sub("", cell.text))

    best = max(row, key=letters).text
    best = re.sub(r"\(?\bASIN\b[:#]?\s*B[0O][A-Z0-9]{7,9}\b\)?", "", best)
    return re.sub(r"\s+", " ", best).strip(" /")
