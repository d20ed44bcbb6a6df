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
from reinstate.evidence._letterhead import reading_order
from reinstate.evidence._lines import Line, cells, union, visual_lines
from reinstate.evidence._model import Document, Fields, Item, Word
from reinstate.evidence._parties import MARKETPLACE, Cell
from reinstate.evidence._quantity import quantity as units
from reinstate.evidence._quantity import quantity_column
from reinstate.evidence._vocabulary import vocabulary

VOCABULARY = vocabulary()
DATE_LABEL = VOCABULARY["date"].pattern
NOT_DATE = VOCABULARY["not_date"].pattern
NUMBER_LABEL = VOCABULARY["number"].pattern
NOT_NUMBER = VOCABULARY["not_number"].pattern
DOCUMENT_WORD = VOCABULARY["document_number"].pattern
NUMBER_VALUE = re.compile(r"[#:]?\s*([A-Z0-9][A-Z0-9/-]{2,})", re.I)
TOTALS = re.compile(rf"\b{VOCABULARY['totals'].pattern.pattern}", re.I)
TABLE_HEAD = VOCABULARY["table_head"].pattern
QTY_HEAD = VOCABULARY["quantity"].pattern
CODE_HEAD = VOCABULARY["code_column"].pattern
CODE = re.compile(r"[A-Z0-9][A-Z0-9./-]{2,}")
NAMED = re.compile(r"(description|desc\.?|name|details?|beschreibung|descrizione)\b", re.I)
STREET_AFTER = re.compile(
    r"\d+[A-Z]?\s+(?:[A-Z][\w'.-]*\s+){0,3}"
    r"(?:road|rd|street|st|avenue|ave|lane|ln|drive|dr|way|blvd|boulevard|highway|hwy)\b",
    re.I,
)
LEADER = re.compile(r"^\s*[.·…_]{2,}")  # dots leading from a label to its value


# words closer than this many word heights are pieces of one word (a hand's pen lifts:
# "Bri g h t wat e r"); a PDF's or OCR's words are parted by a space, wider than this
TOUCHING = 0.12


def _rows(document: Document) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for page in document.pages:
        for line in visual_lines(page.words):
            rows.append([Cell(_touching_joined(cell), len(rows)) for cell in cells(line)])
    return rows


def _touching_joined(line: Line) -> Line:
    """`line` with words that touch joined into one."""
    words: list[Word] = []
    for word in line.words:
        last = words[-1] if words else None
        height = min(word.box[3] - word.box[1], last.box[3] - last.box[1]) if last else 0.0
        if last is not None and word.box[0] - last.box[2] < TOUCHING * height:
            words[-1] = Word(last.text + word.text, union((last.box, word.box)), last.font)
        else:
            words.append(word)
    return line if len(words) == len(line.words) else Line(tuple(words))


def read_fields(document: Document, known_asins: tuple[str, ...] = ()) -> Fields:
    """Every invoice field that can be read from `document`'s words. ASINs read by OCR
    that differ from a `known_asins` one by a character are taken to be that one."""
    rows = _rows(document)
    flat = [cell for row in rows for cell in row]
    text = "\n".join(" ".join(c.text for c in row) for row in rows)
    head = _table_head(rows)
    buyer_block = parties.block_after(rows, parties.BUYER_LABELS, head)
    ship_block = parties.block_after(rows, parties.SHIP_LABELS, head)
    buyer_block = buyer_block or _own_ship_to(ship_block)
    taken = {id(c) for c in (*buyer_block, *ship_block)}
    labelled = parties.block_after(rows, parties.SUPPLIER_LABELS, head)
    remit = parties.block_after(rows, parties.REMIT_LABELS, head)
    taken |= {id(c) for c in remit}
    supplier_block = labelled or reading_order(parties.letterhead(rows, taken))
    outside = [c for c in flat if id(c) not in taken and not parties.is_block_label(c.text)]
    if not buyer_block:  # no buyer label: a letter's address window
        name = parties.supplier(supplier_block, outside).name
        buyer_block = parties.address_window(rows, taken | {id(c) for c in labelled}, name)
        taken |= {id(c) for c in buyer_block}
        supplier_block = labelled or reading_order(parties.letterhead(rows, taken))
        outside = [c for c in outside if id(c) not in taken]
    pairs = _label_values(rows)
    supplier = parties.remit_supplier(
        parties.footer_supplier(
            parties.supplier(supplier_block, outside), _footer(rows, head, taken)
        ),
        remit,
    )
    return Fields(
        invoice_date=_invoice_date(pairs, text, _date_country(text, supplier.address)),
        invoice_number=_invoice_number(pairs),
        supplier=supplier,
        buyer=parties.buyer(buyer_block),
        items=_snap(_items(rows), known_asins) if _ocr_read(document) else _items(rows),
    )


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
            below = _below(cell, rows[r + 1]) if r + 1 < len(rows) else None
            if below is not None and not _title_over(cell, below):
                texts.append(f"{cell.text} {below.text}")
    return texts


def _title_over(cell: Cell, below: Cell) -> bool:
    """Whether `cell` is a title in larger type over `below` ("Invoice" over "Order ID"
    where both are right-aligned), not a label over its value (labels are no larger)."""
    height = cell.line.box[3] - cell.line.box[1]
    return height > 1.4 * (below.line.box[3] - below.line.box[1])


def _below(cell: Cell, row: list[Cell]) -> Cell | None:
    """The cell of `row` that starts under `cell` (left edges within a word height)."""
    height = cell.line.box[3] - cell.line.box[1]
    return next((c for c in row if abs(c.x0 - cell.x0) < 1.5 * height), None)


def _date_country(text: str, supplier_address: str | None = None) -> str | None:
    """The country whose date order the invoice follows: its own language's ("fattura":
    IT, a word of `data/invoice.toml`'s day_first_words), else the supplier's country as
    its address ends ("…, United Kingdom": UK; `data/address.toml`'s countries)."""
    for word, country in VOCABULARY.day_first_words.items():
        if re.search(rf"\b{re.escape(word)}\b", text, re.I):
            return country
    last = (supplier_address or "").rsplit(",", 1)[-1]
    return parties.country_of(last) or None


def _invoice_date(texts: list[str], text: str, country: str | None = None) -> dt.date | None:
    """The date after a date label ("Invoice Date:"), not a due date; else the first date.
    `country` decides the order of a slashed date."""
    for cell in texts:
        label = DATE_LABEL.search(cell)
        if label and not NOT_DATE.search(cell[: label.end()]):
            value = cell[label.start() :]
            found = pat.parse_date(value, country) or pat.parse_date(_closed(value), country)
            if found:
                return found
    return pat.parse_date(text, country)


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
            value = NUMBER_VALUE.match(rest)
            if STREET_AFTER.match(rest):
                continue  # "No. 168 Jinhai Road": a street number, not the invoice's
            if value and re.search(r"\d", value.group(1)) and not _starts_with_date(value.group(1)):
                return value.group(1)
    return None


def _items(rows: list[list[Cell]]) -> list[Item]:
    """Item lines: rows carrying an ASIN, a UPC/EAN, a labelled model number, or a code in
    a code column of the item table ("Item #", "Model", "UPC"); a row of words alone right
    under an item continues its description."""
    head = _table_head(rows)
    qty_x = quantity_column(rows[head]) if head is not None else None
    columns = _code_columns(rows[head]) if head is not None else []
    items: list[Item] = []
    last, above, above_at, totalled, named_at = -2, None, -2, False, -2
    body = rows[head + 1 if head is not None else 0 :]
    for number, row in enumerate(body):
        text = " ".join(c.text for c in row)
        if number and _new_page(body[number - 1], row) and _heads_page(body[number:]):
            totalled = True  # the letterhead repeated on the next page, until its table
        if _headings(row) >= 2 and not re.search(r"\d", text):
            totalled = False  # another item table (the next invoice or page)
            continue
        if totalled:
            continue  # below the totals: footer and payment notes, until another table
        if (TOTALS.search(text) and not pat.ASIN.search(text)) or _is_address_row(text):
            totalled = bool(TOTALS.match(text.strip()))
            continue  # totals, or a letterhead repeated on the next page
        ids = list(dict.fromkeys(pat.identifiers(text) + _column_codes(row, columns)))
        at = AT_PRICE.match(text) if head is None and not ids else None
        if at and re.search(r"\d", at[1]) and re.search(r"[A-Z]", at[1]):
            described = _description(above) if above and number == above_at + 1 else at[1]
            items.append(Item(described, [at[1]], int(at[2])))
            last = number
        elif ids:
            if named_at == number - 1 and units(row, qty_x) is None:
                items.pop()  # the named line above is this code's own line
            items.append(_item(row, ids, qty_x, above if number == above_at + 1 else None))
            last = number
        elif _continues(row, body[last] if last >= 0 else None, number - last):
            items[-1].description = f"{items[-1].description} {text}"
            last = number
        else:
            named = _named_line(row, qty_x) if head is not None else None
            if named is not None:  # a product by name only, matched by its title
                items.append(named)
                last, named_at = number, number
            above, above_at = row, number
    return items


def _continues(row: list[Cell], item_row: list[Cell] | None, gap: int) -> bool:
    """Whether `row`, right under an item's row, continues its description: one cell, no
    amount, starting under the description (not a payment note at the page's edge)."""
    if item_row is None or gap != 1 or len(row) != 1 or pat.MONEY.search(row[0].text):
        return False

    def letters(cell: Cell) -> int:
        return sum(ch.isalpha() for ch in cell.text)

    described = max(item_row, key=letters)
    height = described.line.box[3] - described.line.box[1]
    return abs(row[0].x0 - described.x0) < 2 * height


def _named_line(row: list[Cell], qty_x: float | None) -> Item | None:
    """A row of the item table with no code: a description, a quantity in the Qty column
    and an amount ("Insulated steel water bottle 32 oz   250   $17.55   $4,387.50")."""
    if qty_x is None or not pat.MONEY.search(" ".join(c.text for c in row)):
        return None
    quantity, description = units(row, qty_x), _description(row)
    if quantity is None or len(re.findall(r"[A-Za-z]{3,}", description)) < 2:
        return None
    return Item(description, [], quantity)


# a till-roll line under the product's name: code, units "@" the unit price
AT_PRICE = re.compile(r"^\s*([A-Z0-9][A-Z0-9./-]{2,})\s+(\d{1,6})\s*[@x]\s*[$€£]?\d")


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
        if _headings(row) >= 2 and not re.search(r"\d", text):
            return True
    return False


def _is_address_row(text: str) -> bool:
    """A street and a US city line on one row ("1850 E. 15th Street, Los Angeles, CA …")."""
    return bool(pat.STREET.search(text) and parties.CITY_LINE.search(text))


def _item(row: list[Cell], ids: list[str], qty_x: float | None, above: list[Cell] | None) -> Item:
    """The item of a row with identifiers; a row with no quantity of its own under a row
    with a description and a quantity but no code ("SKU FS-17  UPC 736…" printed under
    the product's line) completes that line."""
    quantity = units(row, qty_x)
    if quantity is None and above is not None:
        quantity = units(above, qty_x)
        if quantity is not None:
            return Item(_description(above), ids, quantity)
    return Item(_description(row), ids, quantity)


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
    """(left edge, word height) of the headings of code columns in the heading row: whole
    cells, or one or two words inside a cell of several headings ("Pos. Art.-Nr.",
    "ITEM NUMBER UPC" printed in a fixed-width font)."""
    columns = []
    for cell in row:
        height = cell.line.box[3] - cell.line.box[1]
        words = cell.line.words
        if CODE_HEAD.match(cell.text):
            columns.append((cell.x0, height))
        for i, word in enumerate(words):
            after = words[i + 1].text if i + 1 < len(words) else ""
            pair = f"{word.text} {after}".strip()
            if CODE_HEAD.match(pair) or (CODE_HEAD.match(word.text) and not NAMED.match(after)):
                columns.append((word.box[0], height))
    return columns


def _column_codes(row: list[Cell], columns: list[tuple[float, float]]) -> list[str]:
    """The codes (letters and digits, at least one digit) that start under a code column,
    first word of a cell or not ("1 GP-UCL12-3": a line number, then the code)."""
    codes = []
    for cell in row:
        if STREET_AFTER.match(cell.text) or pat.PHONE.search(cell.text) or "@" in cell.text:
            continue  # a letterhead or footer: "2301 Wharf Boulevard", "Tel. +49 40 5550 …"
        codes += _codes_under(cell, columns)
    return list(dict.fromkeys(codes))


def _codes_under(cell: Cell, columns: list[tuple[float, float]]) -> list[str]:
    codes = []
    for word in cell.line.words:
        under = any(abs(word.box[0] - x) < 1.5 * height for x, height in columns)
        coded = re.search(r"\d", word.text) or (word.text.isupper() and "-" in word.text)
        if under and CODE.fullmatch(word.text) and coded:
            code = word.text.strip(".-/")
            if code not in codes:
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


def _description(row: list[Cell]) -> str:
    def letters(cell: Cell) -> int:
        return sum(ch.isalpha() for ch in pat.ASIN.sub("", cell.text))

    best = max(row, key=letters).text
    best = re.sub(r"\(?\bASIN\b[:#]?\s*B[0O][A-Z0-9]{7,9}\b\)?", "", best)
    return re.sub(r"\s+", " ", best).strip(" /")
