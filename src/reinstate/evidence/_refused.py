"""Whether an invoice is a type Amazon refuses (pro-forma, quote, packing slip, order
confirmation…), named by its title: read by position, in the head of the first page.

A refused type counts only where it titles the document. A form's label ("Delivery Note"
in a Tally grid, "Purchase order" over "PO-1182") is not a title: once an invoice title
("Tax Invoice", "INVOICE") has named the document above it, or stands in larger type, a
refused word below is a field of the invoice. An e-mail's subject names the document too,
followed by its sender ("Order Confirmation #BHW-77310 - Brightline Home Wholesale").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reinstate.evidence._lines import page_lines
from reinstate.evidence._model import Finding
from reinstate.evidence._rules import rule
from reinstate.evidence._subject import Subject

TITLE_ROWS = 12  # refused document types are named in the heading, within these cells
SMALLER = 0.8  # a cell this much smaller than the invoice title is a label, not a title


@dataclass(frozen=True)
class HeadCell:
    text: str  # lower case
    height: float


def head_cells(subject: Subject) -> list[HeadCell]:
    """The first cells of the first page that has words, with their height."""
    for page in subject.document.pages:
        lines = page_lines(page)[:TITLE_ROWS]
        if lines:
            return [HeadCell(line.text.lower(), line.box[3] - line.box[1]) for line in lines]
    return []


def refused_type(subject: Subject) -> list[Finding]:
    if subject.kind != "invoice":
        return []
    check = rule("invoice.refused-type")
    cells = head_cells(subject)
    phrases: dict[str, str] = check.options.get("phrases", {})
    invoice = re.compile(check.options["invoice_titles"])
    titled = [n for n, cell in enumerate(cells) if _names_invoice(cell.text, invoice)]
    references = set(check.options.get("references", [])) if titled else set()
    for phrase in sorted(set(phrases) - references, key=len, reverse=True):
        for n, cell in enumerate(cells):
            if is_title(cell.text, phrase) and not _under_invoice_title(n, cells, titled):
                return [check.finding(value=with_article(phrases[phrase]))]
    declared = None if titled else _declared(subject, check.options.get("declarations", {}))
    return [check.finding(value=with_article(declared))] if declared else []


def _declared(subject: Subject, declarations: dict[str, str]) -> str | None:
    """What an untitled document says it is in its text ("we will send your invoice once
    the pallet ships": an order confirmation; "this is not an invoice")."""
    text = " ".join(subject.document.text().lower().split())
    return next((kind for pattern, kind in declarations.items() if re.search(pattern, text)), None)


def with_article(label: str) -> str:
    """ "an order confirmation", "a quote"."""
    return f"{'an' if label[0] in 'aeiou' else 'a'} {label}"


def _names_invoice(text: str, invoice: re.Pattern[str]) -> bool:
    """Whether a cell titles an invoice: "Tax Invoice", or an e-mail's subject "Invoice
    BL-23502 from Brightline Home Wholesale"."""
    text = text.strip()
    if invoice.fullmatch(text):
        return True
    head = re.match(r"(?:tax |commercial )?invoice\b", text)
    rest = _OWN_NUMBER.sub(" ", text[head.end() :], count=1) if head else ""
    return bool(head) and bool(re.search(r"\d", text)) and not _SENDER.sub("", rest).strip()


def _under_invoice_title(n: int, cells: list[HeadCell], titled: list[int]) -> bool:
    """Whether cell `n` is a field of an invoice titled as one: the title stands above it
    in type no smaller, or anywhere in clearly larger type."""
    size = cells[n].height
    return any(
        (t < n and cells[t].height >= SMALLER * size) or size < SMALLER * cells[t].height
        for t in titled
    )


def is_title(cell: str, phrase: str) -> bool:
    """Whether `phrase` titles the cell ("PRO FORMA INVOICE"), rather than label a
    reference in it ("Purchase order: PO-1182")."""
    pattern = rf"(?<!\w){re.escape(phrase)}(?!\w)"
    if not re.search(pattern, cell) or re.search(rf"\b(up)?on\s+{re.escape(phrase)}", cell):
        return False  # payment terms: "Due on receipt"
    rest = re.sub(pattern, " ", cell)
    if cell.lstrip().startswith(phrase):  # "Packing slip for #W1216": its own number
        rest = _SENDER.sub("", _DOCUMENT_NUMBER.sub(" ", rest, count=1))
    return not re.search(r"\d", rest) and len(rest.split()) <= 2


# the document's own number after the type that opens its title ("Packing slip for #W1216",
# "ESTIMATE # EST-31", "Quotation No. Q-118"): part of the title, not another document's
_DOCUMENT_NUMBER = re.compile(
    r"(?:\bfor\s+)?(?:#|\b(?:no|nr|n°|number|nummer|núm|num)\b\.?)\s*:?\s*[\w/-]*\d[\w/-]*"
)
# an invoice's number right after its title word, as in an e-mail's subject: "Invoice
# BL-23502", "Invoice #104877" (not a label and its value: "Invoice No: NKS-21999")
_OWN_NUMBER = re.compile(r"^\s*#?\s*[\w/-]*\d[\w/-]*")
# an e-mail subject's sender after the title and its number: "… #BHW-77310 - Brightline"
_SENDER = re.compile(r"^\s*(?:[-–—|]|\bfrom\b)\s+\D+$")
