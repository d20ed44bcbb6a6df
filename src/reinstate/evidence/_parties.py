"""Reading the supplier and the buyer of an invoice by position.

Labelled blocks ("Bill To", "Supplier", "Customer"…) are the cells below a label and
aligned with it, up to a blank line or another label; the supplier is the labelled block,
or else the letterhead above the item table; with no buyer label, the buyer is the
address block that names someone else (a letter's address window). An address is its
street and city lines, contacts and separators ("Acme - 9 Main St - Reno, NV") taken out,
up to the first city line, so two addresses side by side never run into one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reinstate.evidence import _names as naming
from reinstate.evidence import _patterns as pat
from reinstate.evidence._lines import Line, touching_joined
from reinstate.evidence._model import Party
from reinstate.evidence._names import LEGAL_FORM
from reinstate.evidence._postal import SEPARATORS, _is_date, address
from reinstate.evidence._vocabulary import vocabulary

VOCABULARY = vocabulary()
BUYER_LABELS = VOCABULARY["buyer"].pattern
SHIP_LABELS = VOCABULARY["ship_to"].pattern
SUPPLIER_LABELS = VOCABULARY["supplier"].pattern
REMIT_LABELS = VOCABULARY["remit"].pattern
BLOCK_LABELS = (BUYER_LABELS, SHIP_LABELS, SUPPLIER_LABELS, REMIT_LABELS)
QTY_HEAD = VOCABULARY["quantity"].pattern
CODE_HEAD = VOCABULARY["code_column"].pattern
META = re.compile(
    r"\b(invoice|date|number|no\.|terms|due|page|order|po|account number|meter)\b", re.I
)
# the marketplace the seller sells on is printed on some invoices (ship to Amazon's
# warehouse, "sold on Amazon.com"): it is never the supplier's website
MARKETPLACE = re.compile(r"\bamazon\.", re.I)
# a blank line ends a block: a gap wider than this many word heights between two lines
BLOCK_GAP = 1.2
# a label's first line may stand further below it (a boxed form's label strip)
FIRST_GAP = 2.0


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


def is_block_label(text: str) -> bool:
    return any(label.match(text) for label in BLOCK_LABELS)


def block_after(rows: list[list[Cell]], label: re.Pattern[str], skip: int | None) -> list[Cell]:
    """The cells under the first cell matching `label` (or beside it, when the block starts
    on the label's row), aligned with it, up to a blank line or another label. Row `skip`
    (the item table's heading: a "Brand" column is no block) is not searched."""
    found = next(
        (
            (r, i)
            for r, row in enumerate(rows)
            if r != skip
            for i, c in enumerate(row)
            if label.match(c.text) and not _meta_label(rows, r, i) and not _mail_header(c)
        ),
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
    if first is not None and first is not head:
        first = _with_raised_pieces(rows, row, first)
    block = [first] if first else []
    anchors = (head.x0, first.x0 if first else head.x0)  # the label's, or its value's edge
    last, bottom = head.row, head.line.box[3]
    right = max(c.line.box[2] for c in [head, *block])
    for cell in (c for r in rows[row + 1 :] for c in r):
        inside = min(anchors) - 2.5 * height <= cell.x0 < right  # an indented "Attn:" line
        if min(abs(cell.x0 - x) for x in anchors) > 2.5 * height and not inside:
            continue
        gap = (BLOCK_GAP if block else FIRST_GAP) * height  # a box's label strip stands apart
        blank = cell.line.box[1] - bottom > gap and cell.row != last
        if blank or is_block_label(cell.text):  # another column's lines between are no gap
            break
        block.append(cell)
        last, bottom = cell.row, cell.line.box[3]
        right = max(right, cell.line.box[2])
    return block


def _mail_header(cell: Cell) -> bool:
    """Whether `cell` is a mail or fax header ("To: marisol@tidewater.com", a fax's
    "To: 17045550149"), not a party's label: its value is an address or a number alone, or
    ends with the fax's number."""
    rest = (cell.text.split(":", 1)[1] if ":" in cell.text else "").strip(" <>")
    number = re.fullmatch(r"[\d\s()+.-]{7,}", rest) and len(re.sub(r"\D", "", rest)) >= 7
    fax = re.search(r"\s\d{10,}$", rest)  # a fax machine's line: "FROM: ACME 2015550188"
    return bool(rest) and bool(pat.EMAIL.fullmatch(rest) or number or fax)


def _with_raised_pieces(rows: list[list[Cell]], r: int, value: Cell) -> Cell:
    """A handwritten value with the pieces the hand wrote a little higher or lower, which
    fell on the line above or below ("Brightwater Home Goods L" and "LC")."""
    height = value.line.box[3] - value.line.box[1]
    near = [c for n in (r - 1, r + 1) if 0 <= n < len(rows) for c in rows[n]]
    pieces = [
        c
        for c in near
        if abs(c.x0 - value.line.box[2]) < height
        and min(c.line.box[3], value.line.box[3]) - max(c.line.box[1], value.line.box[1])
        > 0.5 * height
    ]
    if not pieces:
        return value
    words = [*value.line.words, *(w for c in pieces for w in c.line.words)]
    words.sort(key=lambda w: w.box[0])
    return Cell(touching_joined(Line(tuple(words))), value.row)


# what follows "Customer" when it labels a reference, not a block ("Customer PO")
REFERENCE_AFTER = re.compile(r"(po|p\.o\.|no\.?|number|id|#|code|ref\.?|account)\b", re.I)


def _meta_label(rows: list[list[Cell]], r: int, i: int) -> bool:
    """Whether the label cell `rows[r][i]` heads a reference, not a party's block: one of
    a strip of meta-data labels ("Invoice Number | Invoice Date | Customer | Terms"), or
    followed in its cell, beside it or right below it by "PO", "No.", "ID" (OCR may set
    "PO" of "Customer PO" a line lower)."""
    row, cell = rows[r], rows[r][i]
    if sum(is_meta(c.text) for c in row) >= 2 and len(row) >= 3:
        return True
    following = [cell.text.split(None, 1)[1] if len(cell.text.split()) > 1 else ""]
    following += [row[i + 1].text] if i + 1 < len(row) else []
    height = cell.line.box[3] - cell.line.box[1]
    if r + 1 < len(rows):
        following += [c.text for c in rows[r + 1] if abs(c.x0 - cell.x0) < 1.5 * height]
    return any(REFERENCE_AFTER.fullmatch(text.strip(" :")) for text in following if text)


def _strip_label(cell: Cell, label: re.Pattern[str]) -> Cell | None:
    """What follows the label in its own cell ("Supplier: Acme" gives "Acme"), if anything."""
    match = label.match(cell.text)
    count = len(match.group().split()) if match else 0
    words = [w for w in cell.line.words[count:] if w.text != ":"]
    return Cell(Line(tuple(words)), cell.row) if words else None


def letterhead(rows: list[list[Cell]], taken: set[int], head: int | None = None) -> list[Cell]:
    """The cells above the item table (its heading row `head`) that are not invoice
    meta-data, labels, the values beside them or the buyer's blocks (which may stand
    beside the letterhead: "SOLD TO" on its right)."""
    block = []
    for r, row in enumerate(rows):
        if r == head or any(QTY_HEAD.match(c.text) or CODE_HEAD.match(c.text) for c in row):
            break
        block += [
            c
            for i, c in enumerate(row)
            if id(c) not in taken and _letterhead_cell(c.text) and not _meta_value(row, i)
        ]
    return block


def _meta_value(row: list[Cell], i: int) -> bool:
    """Whether `row[i]` is the value of the meta-data label beside it ("Date" | "2026年4月3日",
    "Invoice No." | "SHK-2026-0093"): a date or a code, not a line of the letterhead's
    column beside a column of labels ("Invoice Number" | "Mount Maunganui")."""
    value = row[i].text.strip()
    label = i > 0 and is_meta(row[i - 1].text) and len(row[i - 1].text.split()) <= 4
    code = " " not in value and bool(re.search(r"\d", value))
    return label and (naming.dated(value) or code)


def _letterhead_cell(text: str) -> bool:
    return not (is_meta(text) or is_block_label(text) or MARKETPLACE.search(text))


def is_meta(text: str) -> bool:
    plain = text.strip().upper()
    titles = ("INVOICE", "PRO FORMA", "PACKING SLIP", "QUOTE", "RECEIPT", "SALES ORDER")
    return (bool(META.search(text)) and not pat.EMAIL.search(text)) or plain.endswith(titles)


# OCR splits an e-mail or web address before its last dot: "sales@acme-co .com"
SPLIT_DOMAIN = re.compile(
    r"(?<=[\w-])[ \t]+(?=\.[a-z]{2,}\b)|(?<=\w)[ \t]+(?=@[\w-]+\.)|(?<=\w@)[ \t]+", re.I
)


def supplier(block: list[Cell], elsewhere: list[Cell], buyers: tuple[str, ...] = ()) -> Party:
    """The supplier named by its block: the name its contacts are named after or with a
    legal form (``_names``), else the first line that looks like a name; its own contacts,
    not the buyer's or a platform's; the `buyers` (the buyer read, the seller's own names)
    are never the supplier."""
    lines = [c.text for c in block if not naming.is_buyer(c.text, buyers)]
    text = SPLIT_DOMAIN.sub("", "\n".join(lines))
    fallback = SPLIT_DOMAIN.sub("", "\n".join(c.text for c in elsewhere))
    name = naming.best_name(lines, f"{text}\n{fallback}", buyers)
    name = name or _legal_name(lines) or next((t for t in lines if _looks_like_name(t)), None)
    return Party(
        name=name,
        address=address(lines, name),
        phone=_first(pat.PHONE, text) or _first(pat.PHONE, fallback),
        email=_own(text, fallback, name, buyers, web=False),
        website=_own(text, fallback, name, buyers, web=True),
    )


def _own(
    text: str, fallback: str, name: str | None, buyers: tuple[str, ...], web: bool
) -> str | None:
    """The supplier's own e-mail or website: from its block, else from the rest of the page."""
    for where in (text, fallback):
        found = naming.addresses(where)[web]
        chosen = naming.own([a for a in found if not MARKETPLACE.search(a)], name, buyers, web)
        if chosen:
            return chosen
    return None


def _legal_name(lines: list[str], first: int = 4) -> str | None:
    """The first piece of the `first` lines that names a company with its legal form."""
    return next(iter(_legal_names(lines[:first])), None)


def _legal_names(lines: list[str]) -> list[str]:
    """The pieces of `lines` that name a company with its legal form, in order."""
    names = []
    for line in lines:
        for part in SEPARATORS.split(line):
            part = naming.without_monogram(part.strip(" ,"))
            form = LEGAL_FORM.search(part)
            if form and re.match(r",?\s+\d", part[form.end() :]):
                part = part[: form.end()]  # "Acme LLC 700 North Rail Street" (OCR lost a "·")
            if form and _looks_like_name(part) and len(part.split()) >= 2:
                names.append(part)
    return names


def _looks_like_name(text: str) -> bool:
    plain = re.sub(r"^(name|company)\s*:\s*", "", text, flags=re.I)
    contact = pat.PHONE.search(text) or pat.EMAIL.search(text) or pat.WEBSITE.search(text)
    return bool(re.search(r"[A-Za-z]{3}", plain)) and not (contact or _is_date(plain))


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group().strip() if match else None


def buyer(block: list[Cell]) -> Party:
    """The buyer's name and address; a person's name above the company's ("Dana Whitfield"
    over "Brightwater Home Goods LLC") is the contact, the company is the buyer."""
    lines = [naming.without_honorific(NAME_FIELD.sub("", c.text)) for c in block]
    while len(lines) > 1 and REFERENCE_LINE.match(lines[0]) and not LEGAL_FORM.search(lines[0]):
        lines = lines[1:]  # "Customer #: C-1042" over the name
    if not lines or not lines[0]:
        return Party()
    company = len(lines) >= 3 and LEGAL_FORM.search(lines[1]) and not LEGAL_FORM.search(lines[0])
    if company and not re.search(r"\d", lines[0]) and not _is_address(lines[:1] * 2):
        lines = lines[1:]
    return Party(name=lines[0], address=address(lines[1:]))


# a form's field label before the name ("Name: Harbor Lane Goods LLC", "Firma: …")
NAME_FIELD = re.compile(
    r"^\s*(name|company(\s+name)?|firma|raz[óo]n\s+social|nombre|denominaci[óo]n|nome|nom|ragione\s+sociale)\s*:\s*",
    re.I,
)
# a labelled reference on a line of its own ("Customer #: C-1042", "GSTIN: 27AAB…")
REFERENCE_LINE = re.compile(r"^[\w .#/-]{1,25}:\s*\S*\d")


def address_window(
    rows: list[list[Cell]], taken: set[int], supplier_name: str | None
) -> list[Cell]:
    """With no buyer label: the first block of two to five aligned lines, a name above a
    street and a city line, that does not name the supplier (a letter's address window)."""
    own = (supplier_name or "").casefold()
    for r, row in enumerate(rows):
        for cell in row:
            text = cell.text
            if (
                id(cell) in taken
                or not _looks_like_name(text)
                or is_meta(text)
                or text.endswith(":")
                or naming.letter_line(text)
            ):
                continue
            if _names_supplier(text, own) or _is_address([text, text]) or _one_line(text):
                continue  # the supplier's letterhead, or a sender line above the window
            block = _aligned_below(rows, r, cell)
            lines = [c.text for c in block[1:]]
            if any(_names_supplier(line, own) for line in lines):
                continue  # a signature: a person over the supplier's name and address
            if len(block) >= 3 and _is_address(lines) and not _smaller(cell, block[1:]):
                return block
    return []


def _one_line(text: str) -> bool:
    """Whether `text` is an address written on one line with separators ("Rheinfels GmbH ·
    Industriestraße 27 · 50829 Köln"): a sender line, never the addressee's name."""
    parts = SEPARATORS.split(text)
    return len(parts) >= 2 and any(re.search(r"\d", part) for part in parts[1:])


def _names_supplier(text: str, own: str) -> bool:
    """Whether `text` holds the supplier's name, or a piece of it (OCR splits lines)."""
    plain = text.casefold().strip(" ,-")
    return bool(own) and (own in plain or (len(plain) >= 4 and plain in own))


def _smaller(top: Cell, below: list[Cell]) -> bool:
    """Whether `top` is in smaller type than the lines below it (a sender's line above a
    letter's address window, not the addressee's name)."""
    height = top.line.box[3] - top.line.box[1]
    heights = sorted(c.line.box[3] - c.line.box[1] for c in below)
    return height < 0.75 * heights[len(heights) // 2]


def _aligned_below(rows: list[list[Cell]], r: int, top: Cell) -> list[Cell]:
    """`top` and the cells starting at its left edge on the lines right below it."""
    height = top.line.box[3] - top.line.box[1]
    block, bottom = [top], top.line.box[3]
    for row in rows[r + 1 : r + 9]:
        if row[0].line.box[1] - bottom > BLOCK_GAP * height or len(block) == 5:
            break  # a blank line (another column's lines between its own are no gap)
        below = next((c for c in row if abs(c.x0 - top.x0) < 0.8 * height), None)
        if below is None:
            continue
        if below.line.box[1] - bottom > BLOCK_GAP * height:
            break
        block.append(below)
        bottom = below.line.box[3]
    return block


def _is_address(lines: list[str]) -> bool:
    return any(pat.STREET.search(t) for t in lines) and any(pat.ZIP_LINE.search(t) for t in lines)
