"""Reading an invoice's fields from its words, whatever the layout.

The words (text layer or OCR) are grouped into cells (``_lines``). The parties are read
by position (``_parties``); the date and number are the values right of or below their
labels; items are table rows carrying an ASIN, a UPC/EAN or a model number.
"""

from __future__ import annotations

import datetime as dt
import re

from reinstate.dates import date_spans
from reinstate.evidence import _parties as parties
from reinstate.evidence import _patterns as pat
from reinstate.evidence._elsewhere import contact_address, footer_supplier, remit_supplier
from reinstate.evidence._items import ocr_read, read_items, snap, table_head
from reinstate.evidence._letterhead import reading_order
from reinstate.evidence._lines import cells, touching_joined, visual_lines
from reinstate.evidence._model import Document, Fields
from reinstate.evidence._names import best_name, letters
from reinstate.evidence._parties import MARKETPLACE, Cell
from reinstate.evidence._postal import address_country
from reinstate.evidence._vocabulary import vocabulary

VOCABULARY = vocabulary()
DATE_LABEL = VOCABULARY["date"].pattern
NOT_DATE = VOCABULARY["not_date"].pattern
NUMBER_LABEL = VOCABULARY["number"].pattern
NOT_NUMBER = VOCABULARY["not_number"].pattern
DOCUMENT_WORD = VOCABULARY["document_number"].pattern
NUMBER_VALUE = re.compile(r"[#:]?\s*([A-Z0-9][A-Z0-9/-]{2,})", re.I)
# a number whose series is set apart by a space ("FT 2026/118", Portuguese and Spanish
# invoices number each series: "FT", "FA", "F1")
SERIES_NUMBER = re.compile(r"[#:]?\s*([A-Z]{1,3}[0-9]?\s\d{2,}[/-]\d+)\b", re.I)
# a document number alone in its cell: "# INV-001237", "No. 4471", "FT 2026/118"
BARE_NUMBER = re.compile(
    r"(?:#|no\.?|n[°º]\.?)?\s*(?:[A-Z]{1,3}[0-9]?\s)?[A-Z0-9/-]*\d[A-Z0-9/-]*", re.I
)
TOTALS = re.compile(rf"\b{VOCABULARY['totals'].pattern.pattern}", re.I)
BELOW_ROWS = 4  # rows searched under a label for its value
VALUE_GAP = 1.6  # a value further below its label than this many of its heights is not its
LEADER = re.compile(r"^\s*[.·…_]{2,}")  # dots leading from a label to its value


def _rows(document: Document) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for page in document.pages:
        for line in visual_lines(page.words):
            rows.append([Cell(touching_joined(cell), len(rows)) for cell in cells(line)])
    return rows


def read_fields(
    document: Document, known_asins: tuple[str, ...] = (), seller: tuple[str, ...] = ()
) -> Fields:
    """Every invoice field that can be read from `document`'s words. ASINs read by OCR
    that differ from a `known_asins` one by a character are taken to be that one; the
    `seller`'s own names (its account's) are never the supplier's."""
    rows = _rows(document)
    flat = [cell for row in rows for cell in row]
    text = "\n".join(" ".join(c.text for c in row) for row in rows)
    head = table_head(rows)
    buyer_block = parties.block_after(rows, parties.BUYER_LABELS, head)
    ship_block = parties.block_after(rows, parties.SHIP_LABELS, head)
    buyer_block = buyer_block or _own_ship_to(ship_block)
    taken = {id(c) for c in (*buyer_block, *ship_block)}
    labelled = parties.block_after(rows, parties.SUPPLIER_LABELS, head)
    remit = parties.block_after(rows, parties.REMIT_LABELS, head)
    taken |= {id(c) for c in remit}
    supplier_block = _supplier_block(rows, labelled, taken, head, text)
    outside = [c for c in flat if id(c) not in taken and not parties.is_block_label(c.text)]
    name = parties.supplier(supplier_block, outside, seller).name
    if _same(parties.buyer(buyer_block).name, name):  # a payment slip's "To:" the supplier
        taken -= {id(c) for c in buyer_block}
        buyer_block = []
    if not parties.buyer(buyer_block).address:  # no buyer label: a letter's address window
        window = parties.address_window(rows, taken | {id(c) for c in labelled}, name)
        buyer_block = _window_buyer(buyer_block, window)
        taken |= {id(c) for c in buyer_block}
        supplier_block = _supplier_block(rows, labelled, taken, head, text)
        outside = [c for c in outside if id(c) not in taken]
    pairs = _label_values(rows)
    buyer = parties.buyer(buyer_block)
    supplier = remit_supplier(
        footer_supplier(
            parties.supplier(supplier_block, outside, seller or (buyer.name or "",)),
            _footer(rows, head, taken),
        ),
        remit,
    )
    supplier = contact_address(supplier, rows)
    return Fields(
        invoice_date=_invoice_date(pairs, text, _date_country(text, supplier.address)),
        invoice_number=_invoice_number(pairs),
        supplier=supplier,
        buyer=buyer,
        items=snap(read_items(rows), known_asins) if ocr_read(document) else read_items(rows),
    )


def _supplier_block(
    rows: list[list[Cell]], labelled: list[Cell], taken: set[int], head: int | None, text: str
) -> list[Cell]:
    """The supplier's labelled block, unless it names no company ("From: Taichung, Taiwan"
    in a shipping box) and the letterhead does (a legal form, or its contacts' name)."""
    letter = reading_order(parties.letterhead(rows, taken, head))
    if not labelled:
        return letter
    if best_name([c.text for c in labelled], text) or not best_name([c.text for c in letter], text):
        return labelled
    return letter


def _same(name: str | None, other: str | None) -> bool:
    return bool(name and other) and letters(name or "") == letters(other or "")


def _window_buyer(labelled: list[Cell], window: list[Cell]) -> list[Cell]:
    """The buyer's block: a labelled one that gives no address ("Customer" on a payment
    slip) yields to the address window that names the same buyer, or names one at all."""
    if not labelled:
        return window
    return window if _same(parties.buyer(labelled).name, parties.buyer(window).name) else labelled


def _footer(rows: list[list[Cell]], head: int | None, taken: set[int]) -> list[Cell]:
    """The cells below the item table's totals (the page's footer), not in a block."""
    if head is None:
        return []
    below = rows[head + 1 :]
    start = next((i for i, row in enumerate(below) if TOTALS.match(row[0].text.strip())), None)
    if start is None:
        return []
    return [c for row in below[start:] for c in row if id(c) not in taken]


def _own_ship_to(block: list[Cell]) -> list[Cell]:
    """With no bill-to block read, the ship-to block names the buyer, unless the goods
    went to the marketplace's warehouse."""
    return [] if any(MARKETPLACE.search(c.text) for c in block) else block


def _label_values(rows: list[list[Cell]]) -> list[str]:
    """Each cell's text followed by its value: the next cell of its row ("Invoice date" |
    "25.03.2026") or, for a label alone in its cell, the cell right below it ("INVOICE
    NUMBER" above "BRC-7731"). Position, not text order, pairs them."""
    texts = []
    for r, row in enumerate(rows):
        for i, cell in enumerate(row):
            following = row[i + 1].text if i + 1 < len(row) else ""
            texts.append(f"{cell.text} {following}".strip())
            below = _below(cell, rows[r + 1 : r + 1 + BELOW_ROWS])
            if below is not None and not _title_over(cell, below):
                texts.append(f"{cell.text} {below.text}")
    return texts


def _title_over(cell: Cell, below: Cell) -> bool:
    """Whether `cell` is a title in larger type over `below` ("Invoice" over "Order ID"
    where both are right-aligned), not a label over its value (labels are no larger). A
    title over a bare document number ("INVOICE" over "# INV-001237" or "FT 2026/118")
    names it."""
    height = cell.line.box[3] - cell.line.box[1]
    whole = [p.match(cell.text) for p in (NUMBER_LABEL, DATE_LABEL)]  # "Invoice Number"
    labelled = any(m and m.end() >= len(cell.text.strip()) for m in whole)
    if DOCUMENT_WORD.search(cell.text) and BARE_NUMBER.fullmatch(below.text.strip()):
        return False
    return not labelled and height > 1.4 * (below.line.box[3] - below.line.box[1])


def _below(cell: Cell, rows: list[list[Cell]]) -> Cell | None:
    """The cell right under `cell`: on the next rows (another column's lines may come
    between), its left or right edge within a word height and a half of the label's, its
    top less than `VALUE_GAP` word heights below the label's bottom."""
    height = cell.line.box[3] - cell.line.box[1]
    left = next((c for c in rows[0] if abs(c.x0 - cell.x0) < 1.5 * height), None) if rows else None
    if left is not None:
        return left
    for row in rows:  # further down, or right-aligned: only a number or a date is its value
        if min(c.line.box[1] for c in row) - cell.line.box[3] > VALUE_GAP * height:
            return None
        for other in row:
            edges = (abs(other.x0 - cell.x0), abs(other.line.box[2] - cell.line.box[2]))
            value = BARE_NUMBER.fullmatch(other.text.strip()) or _starts_with_date(other.text)
            if min(edges) < 1.5 * height and value:
                return other
    return None


def _date_country(text: str, supplier_address: str | None = None) -> str | None:
    """The country whose date order the invoice follows: its own language's ("fattura":
    IT, a word of `data/invoice.toml`'s day_first_words), else the supplier's country as
    its address ends ("…, United Kingdom", "Gloucester GL2 5DX": UK)."""
    for word, country in VOCABULARY.day_first_words.items():
        if re.search(rf"\b{re.escape(word)}\b", text, re.I):
            return country
    return address_country(supplier_address)


def _invoice_date(texts: list[str], text: str, country: str | None = None) -> dt.date | None:
    """The date after a date label ("Invoice Date:"), not a due date; else the first date.
    `country` decides the order of a slashed date."""
    for cell in texts:
        label = DATE_LABEL.search(cell)
        if label and not NOT_DATE.search(cell[: label.end()]):
            value = LEADER.sub("", cell[label.end() :])
            found = pat.parse_date(value, country) or pat.parse_date(_closed(value), country)
            found = found or pat.parse_date(_slashed(value), country)
            if found:
                return found
    return pat.parse_date(text, country)


def _slashed(value: str) -> str:
    """A date after its label written with dashes and a two-digit year ("01-27-26"),
    slashed so that the supplier's country decides its order."""
    return re.sub(r"^\s*[:.]?\s*(\d{1,2})-(\d{1,2})-(\d{2})\b", r"\1/\2/\3", value)


def _closed(value: str) -> str:
    """A date written by hand with OCR's or the pen's spaces taken out: "5 / 11 /2 6"."""
    return re.sub(r"(?<=[\d/.-])\s+(?=[\d/.-])", "", value)


def _starts_with_date(text: str) -> bool:
    return any(start == 0 for start, _end, _day in date_spans(text, None))


def _invoice_number(texts: list[str]) -> str | None:
    """The value after a label naming the document's number ("Invoice #", "Quote No."),
    else after a bare "No." or "Number" that names no other reference."""
    return _numbered(texts, strong=True) or _numbered(texts, strong=False)


def _numbered(texts: list[str], strong: bool) -> str | None:
    for cell in texts:
        for label in NUMBER_LABEL.finditer(cell):
            if NOT_NUMBER.search(cell[: label.end()]):
                break
            if strong and not DOCUMENT_WORD.search(label.group()):
                continue
            rest = LEADER.sub("", cell[label.end() :]).lstrip()
            value = SERIES_NUMBER.match(rest) or NUMBER_VALUE.match(rest)
            if pat.STREET_AFTER.match(rest):
                continue  # "No. 168 Jinhai Road": a street number, not the invoice's
            if value and re.search(r"\d", value.group(1)) and not _starts_with_date(value.group(1)):
                return value.group(1)
    return None
