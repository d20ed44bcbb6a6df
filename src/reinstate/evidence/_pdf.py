"""Opening a PDF with MuPDF (PyMuPDF): guarded, bounded, and quiet on standard output.

MuPDF prints the damage it repairs to standard output, which would break the JSON of
``check --format json``; its messages are kept instead (``Document.notes``) and reported as
a finding. Any error MuPDF raises on a broken file (a page tree that loops, an absurd page
count, messages that are not UTF-8) becomes ``Unreadable`` (``format.corrupt``). The page
count and every page's size are checked against the limits before a page is drawn, and a
page is drawn only when asked, at ``RENDER_DPI``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from reinstate.errors import ReinstateError
from reinstate.evidence._limits import check_page_count, check_pages
from reinstate.evidence._lines import joined
from reinstate.evidence._model import Document, Page, Unreadable, Word

RENDER_DPI = 150
TRUNCATED = "is cut short: it ends before its cross-reference table and trailer"
# A PDF ends with its cross-reference table, trailer and an "%%EOF" marker (ISO 32000-1
# §7.5.4-7.5.5); readers look for the marker in the last 1024 bytes. A file cut short (an
# interrupted download or copy) has none: a viewer may rebuild some pages, Amazon's may not.
EOF_WINDOW = 1024
MAX_NOTES = 5  # MuPDF messages kept for the finding, the first ones

T = TypeVar("T")


def truncated(data: bytes) -> bool:
    """Whether a PDF's bytes stop before the end-of-file marker of its last revision."""
    return b"%%EOF" not in data[-EOF_WINDOW:]


def clean_text(text: str) -> str:
    """`text` from MuPDF with bytes that were not UTF-8 shown as U+FFFD, printable."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


@contextmanager
def guarded(what: str) -> Iterator[None]:
    """Turn any error MuPDF raises while doing `what` into ``Unreadable``."""
    try:
        yield
    except (ReinstateError, Unreadable):
        raise
    except Exception as error:  # MuPDF raises many types (and SystemError) on broken files
        message = clean_text(str(error)).removeprefix("code=7: ").strip()
        raise Unreadable("format.corrupt", f"{what} ({message})") from None


def _quiet() -> Any:
    import pymupdf

    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    pymupdf.TOOLS.mupdf_warnings(reset=True)
    return pymupdf


def notes() -> list[str]:
    """MuPDF's messages since the last call, cleaned, the first `MAX_NOTES`."""
    import pymupdf

    with guarded("cannot be read as a PDF"):
        text = pymupdf.TOOLS.mupdf_warnings(reset=True)
    lines = [clean_text(line).strip() for line in text.splitlines()]
    return list(dict.fromkeys(line for line in lines if line))[:MAX_NOTES]


def pdf_notes(document: Document) -> list[str]:
    """The document's notes, with what MuPDF said while its pages were drawn."""
    if document.format != "pdf":
        return document.notes
    return list(dict.fromkeys([*document.notes, *notes()]))[:MAX_NOTES]


def open_pdf(data: bytes) -> tuple[Any, list[str]]:
    """The PDF in `data` opened, and MuPDF's messages about it, or ``Unreadable``."""
    pymupdf = _quiet()
    with guarded("cannot be opened as a PDF"):
        pdf = pymupdf.open(stream=data, filetype="pdf")
        if pdf.needs_pass:
            raise Unreadable("format.encrypted", "is protected by a password")
        count = pdf.page_count
        repaired = pdf.is_repaired
    if count == 0:
        raise Unreadable("format.corrupt", "is damaged: no readable page")
    if repaired and truncated(data):
        raise Unreadable("format.corrupt", TRUNCATED)
    return pdf, notes()


def pdf_pages(path: Path, pdf: Any) -> list[Page]:
    """The pages of `pdf`, within the limits, with their words; drawn when asked."""
    check_page_count(path, pdf.page_count)
    with guarded("is damaged: a page cannot be read"):
        boxes = [pdf[number].rect for number in range(pdf.page_count)]
        sizes = [_pixels(box.width, box.height) for box in boxes]
        check_pages(path, sizes)
        pages = [_page(pdf, number, sizes[number]) for number in range(pdf.page_count)]
    if pdf.is_repaired and not (pages[0].words or _has_images(pdf)):
        raise Unreadable("format.corrupt", "is damaged: no readable page")
    return pages


def _pixels(width: float, height: float) -> tuple[int, int]:
    """(width, height) in pixels of a page `width` x `height` points drawn at RENDER_DPI."""
    zoom = RENDER_DPI / 72
    return max(1, round(width * zoom)), max(1, round(height * zoom))


def _has_images(pdf: Any) -> bool:
    with guarded("is damaged: a page cannot be read"):
        return bool(pdf[0].get_images())


def _page(pdf: Any, number: int, size: tuple[int, int]) -> Page:
    words = _words(pdf[number])
    draw: Callable[[], Any] = partial(_draw, pdf, number)
    width, height = size
    text_layer = len(words) >= 3
    return Page(
        number + 1, None, 72 / RENDER_DPI, words, text_layer, size=(height, width), render=draw
    )


def _draw(pdf: Any, number: int) -> Any:
    """Page `number` (from 0) drawn in gray at RENDER_DPI, as a numpy array."""
    import numpy as np
    import pymupdf

    with guarded(f"is damaged: page {number + 1} cannot be drawn"):
        pix = pdf[number].get_pixmap(dpi=RENDER_DPI, colorspace=pymupdf.csGRAY)
        pixels = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width)
    return pixels.copy()


def _words(page: Any) -> list[Word]:
    spans = [
        (span["bbox"], span["font"])
        for block in page.get_text("dict")["blocks"]
        for line in block.get("lines", ())
        for span in line["spans"]
    ]
    words = []
    for x0, y0, x1, y1, text, *_ in page.get_text("words"):
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        font = next((f for b, f in spans if b[0] <= cx <= b[2] and b[1] <= cy <= b[3]), "")
        words.append(Word(clean_text(text), (x0, y0, x1, y1), clean_text(font)))
    return joined(words)
