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

from reinstate.evidence import _patterns as pat
from reinstate.evidence._lines import Line, cells, visual_lines
from reinstate.evidence._model import Document, Fields, Item, Party

# a label is a cell of its own ("Bill To") or ends with a colon ("Customer: …")
BUYER_LABELS = re.compile(
    r"^(bill(ed)? to|sold to|invoice to|invoice address|customer|buyer|account holder"
    r"|ship to)\s*(:|$)",
    re.I,
)
SUPPLIER_LABELS = re.compile(r"^(supplier|seller|vendor|sold by|from|remit to)\s*(:|$)", re.I)
META = re.compile(
    r"\b(invoice|date|number|no\.|terms|due|page|order|po|account number|meter)\b", re.I
)
NUMBER = re.compile(
    r"\b(?:invoice\s*(?:no\.?|number|num|#)|inv\.?\s*#|number|no\.)\s*[:#]?\s*"
    r"([A-Z0-9][A-Z0-9/-]{2,})",
    re.I,
)
DATE_LABEL = re.compile(r"\b(invoice date|issue date|date of issue|bill date|dated?)\b", re.I)
TOTALS = re.compile(r"\b(sub-?total|total|tax|vat|shipping|freight|balance|amount due)\b", re.I)
TABLE_HEAD = re.compile(r"\b(description|item|product|article|price|amount|total)\b", re.I)
QTY_HEAD = re.compile(r"^(qty|quantity|units?|pcs)\.?$", re.I)


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
    buyer_block = _block_after(flat, BUYER_LABELS)
    supplier_block = _block_after(flat, SUPPLIER_LABELS) or _letterhead(rows)
    outside_buyer = [c for c in flat if c not in buyer_block and not BUYER_LABELS.match(c.text)]
    return Fields(
        invoice_date=_invoice_date(_with_next(rows), text),
        invoice_number=_invoice_number(_with_next(rows)),
        supplier=_supplier(supplier_block, outside_buyer),
        buyer=_buyer(buyer_block),
        items=_snap(_items(rows), known_asins) if _ocr_read(document) else _items(rows),
    )


def _block_after(flat: list[Cell], label: re.Pattern[str]) -> list[Cell]:
    """The cells under the first cell matching `label`, aligned with it, up to a gap."""
    head = next((c for c in flat if label.match(c.text)), None)
    if head is None:
        return []
    first = _strip_label(head, label)
    block = [first] if first else []
    height = head.line.box[3] - head.line.box[1]
    last = head.row
    for cell in flat:
        if cell.row <= head.row or abs(cell.x0 - head.x0) > 2.5 * height:
            continue
        if cell.row > last + 1 or BUYER_LABELS.match(cell.text) or SUPPLIER_LABELS.match(cell.text):
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


def _letterhead(rows: list[list[Cell]]) -> list[Cell]:
    """The cells above the first labelled block or table that are not invoice meta-data."""
    block = []
    for row in rows:
        if any(BUYER_LABELS.match(c.text) or QTY_HEAD.match(c.text) for c in row):
            break
        block += [c for c in row if not _is_meta(c.text)]
    return block


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
    return _first(pat.WEBSITE, without_emails)


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


def _with_next(rows: list[list[Cell]]) -> list[str]:
    """Each cell's text followed by the next cell of its row, for labels in a table of
    their own ("Invoice date" | "25.03.2026")."""
    texts = []
    for row in rows:
        for i, cell in enumerate(row):
            following = row[i + 1].text if i + 1 < len(row) else ""
            texts.append(f"{cell.text} {following}".strip())
    return texts


def _invoice_date(texts: list[str], text: str) -> dt.date | None:
    """The date after a date label ("Invoice Date:"), not a due date; else the first date."""
    for cell in texts:
        label = DATE_LABEL.search(cell)
        if label and not re.search(r"\b(due|delivery|order|ship)", cell[: label.end()], re.I):
            found = pat.parse_date(cell[label.start() :])
            if found:
                return found
    return pat.parse_date(text)


def _invoice_number(texts: list[str]) -> str | None:
    for cell in texts:
        if re.search(r"account|phone|tel|order|customer", cell, re.I):
            continue
        match = NUMBER.search(cell)
        if match and re.search(r"\d", match.group(1)):
            return match.group(1)
    return None


def _items(rows: list[list[Cell]]) -> list[Item]:
    qty_x = _quantity_column(rows)
    items = []
    for row in rows:
        text = " ".join(c.text for c in row)
        ids = pat.identifiers(text)
        if not ids or (TOTALS.search(text) and not pat.ASIN.search(text)):
            continue
        items.append(Item(_description(row), ids, _quantity(row, qty_x)))
    return items


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
    """The middle of the "Qty" heading of the item table (a row that also names a
    description, item, price or amount column)."""
    for row in rows:
        if not TABLE_HEAD.search(" ".join(c.text for c in row)):
            continue
        for word in (word for cell in row for word in cell.line.words):
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
    if qty_x is not None:
        best = min(candidates, key=lambda w: abs((w.box[0] + w.box[2]) / 2 - qty_x))
    else:
        best = candidates[0]
    return int(best.text.replace(",", ""))


def _description(row: list[Cell]) -> str:
    def letters(cell: Cell) -> int:
        return sum(ch.isalpha() for ch in pat.ASIN.sub("", cell.text))

    best = max(row, key=letters).text
    best = re.sub(r"\(?\bASIN\b[:#]?\s*B[0O][A-Z0-9]{7,9}\b\)?", "", best)
    return re.sub(r"\s+", " ", best).strip(" /")
