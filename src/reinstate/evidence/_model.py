"""The plain values of the evidence package: pages, words, fields, findings and reports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from reinstate.findings import Box, Finding, Skipped, is_ready

__all__ = ["Box", "Document", "Fields", "FileReport", "Finding", "Item", "Page", "Party"]
__all__ += ["Report", "Unreadable", "Word"]


@dataclass
class Unreadable(Exception):
    """The file cannot be checked: `rule` says why (format.unsupported, .encrypted…)."""

    rule: str
    message: str


@dataclass(frozen=True)
class Word:
    """A word on a page, from the PDF text layer or from OCR, with its font if known and,
    read by OCR, Tesseract's confidence in it (0 to 100)."""

    text: str
    box: Box
    font: str = ""
    confidence: float | None = None


@dataclass
class Page:
    """One page (or image) of a file: its pixels, its words, and how they map to the page.

    `pixels` is a grayscale uint8 numpy array, or `None` for a page drawn only when asked
    (``image()``, by `render`) and released once read, so a long file never holds every
    page drawn at once. `scale` is page units per pixel: 1 for an image (units are pixels),
    72/dpi for a rendered PDF page (units are points). `size` is (height, width) in pixels.
    """

    number: int
    pixels: Any
    scale: float = 1.0
    words: list[Word] = field(default_factory=list)
    text_layer: bool = False
    ocr_done: bool = False
    size: tuple[int, int] = (0, 0)
    render: Callable[[], Any] | None = field(default=None, repr=False, compare=False)

    def image(self) -> Any:
        """The page's pixels: kept ones, or drawn now (and not kept)."""
        if self.pixels is None and self.render is not None:
            return self.render()
        return self.pixels

    @property
    def height(self) -> int:
        """The page's height in pixels."""
        return self.size[0] if self.pixels is None else int(self.pixels.shape[0])

    def to_page_units(self, box: Box) -> Box:
        x0, y0, x1, y1 = box
        return (x0 * self.scale, y0 * self.scale, x1 * self.scale, y1 * self.scale)


@dataclass
class Document:
    """A readable file: its pages, what format it was, and its metadata (PDFs only)."""

    path: Path
    format: str
    pages: list[Page]
    metadata: dict[str, str] = field(default_factory=dict)
    raw: bytes = b""
    notes: list[str] = field(default_factory=list)  # what the PDF library repaired

    def text(self) -> str:
        from reinstate.evidence._lines import page_lines

        return "\n".join(line.text for page in self.pages for line in page_lines(page))


@dataclass
class Party:
    name: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None


@dataclass
class Item:
    """An invoice line; `asin` is the seller's ASIN it was matched to and `matched_by` how
    (asin, upc, model, sku-words or title: see ``_match``), or `None` when none was found."""

    description: str
    identifiers: list[str]
    quantity: int | None
    asin: str | None = None
    matched_by: str | None = None
    # the quantity was read by OCR from a word it was unsure of (not in the JSON)
    unsure: bool = field(default=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if k != "unsure"}


@dataclass
class Fields:
    """What was read from an invoice (or bill): the `fields` object of the JSON."""

    invoice_date: dt.date | None = None
    invoice_number: str | None = None
    supplier: Party = field(default_factory=Party)
    buyer: Party = field(default_factory=Party)
    items: list[Item] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        buyer = {"name": self.buyer.name, "address": self.buyer.address}
        return {
            "invoice_date": self.invoice_date.isoformat() if self.invoice_date else None,
            "invoice_number": self.invoice_number,
            "supplier": asdict(self.supplier),
            "buyer": buyer,
            "items": [item.to_dict() for item in self.items],
        }


@dataclass
class FileReport:
    """The check of one file: its kind, fields and findings, and whether it is ready."""

    path: str
    kind: str = "other"
    pages: int = 0
    fields: Fields = field(default_factory=Fields)
    findings: list[Finding] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        """No error and no warning (reinstate.findings.is_ready)."""
        return is_ready(self.findings)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "kind": self.kind,
            "pages": self.pages,
            "ready": self.ready,
            "fields": self.fields.to_dict(),
            "findings": [finding.to_dict() for finding in self.findings],
        }


@dataclass
class Report:
    """The check of a set of files; `findings` holds those about the set as a whole."""

    files: list[FileReport]
    findings: list[Finding] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)  # checks that could not run, and why

    @property
    def ready(self) -> bool:
        """No error or warning, and no check skipped: a check that could not run cannot
        have passed."""
        files_ready = all(report.ready for report in self.files)
        return is_ready(self.findings, self.skipped) and files_ready

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": 1,
            "ready": self.ready,
            "skipped": [item.to_dict() for item in self.skipped],
            "files": [report.to_dict() for report in self.files],
            "findings": [finding.to_dict() for finding in self.findings],
        }
