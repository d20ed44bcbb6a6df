"""Opening a file as pages: sniffing its real format, refusing what cannot be sent.

A file whose format Amazon refuses, or that cannot be opened, raises ``Unreadable`` with
the rule id to report; the check turns it into a finding instead of crashing. Highlight and
redact write the pages of an image file back with ``save_frames``.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reinstate.errors import InputError
from reinstate.evidence._model import Document, Page, Word
from reinstate.outputs import check_output as check_output_path
from reinstate.textio import read_bytes

RENDER_DPI = 150
MULTI_PAGE_SUFFIXES = (".tif", ".tiff", ".pdf")  # image formats that hold several pages
ACCEPTED = frozenset({"pdf", "png", "jpeg", "gif"})
READABLE_IMAGES = frozenset({"png", "jpeg", "gif", "tiff", "webp", "heic"})
EDITABLE = {
    "docx": "a Word document",
    "xlsx": "an Excel spreadsheet",
    "pptx": "a PowerPoint file",
    "odf": "an OpenDocument file",
    "ole": "an old Office document (DOC or XLS)",
    "rtf": "an RTF document",
}
_MAGIC = (
    (b"%PDF", "pdf"),
    (b"\x89PNG", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF8", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"\xd0\xcf\x11\xe0", "ole"),
    (b"{\\rtf", "rtf"),
)


# A PDF ends with its cross-reference table, trailer and an "%%EOF" marker (ISO 32000-1
# §7.5.4-7.5.5); readers look for the marker in the last 1024 bytes. A file cut short (an
# interrupted download or copy) has none: a viewer may rebuild some pages, Amazon's may not.
EOF_WINDOW = 1024
TRUNCATED = "is cut short: it ends before its cross-reference table and trailer"


def truncated(data: bytes) -> bool:
    """Whether a PDF's bytes stop before the end-of-file marker of its last revision."""
    return b"%%EOF" not in data[-EOF_WINDOW:]


@dataclass
class Unreadable(Exception):
    """The file cannot be checked: `rule` says why (format.unsupported, .encrypted…)."""

    rule: str
    message: str


def sniff(data: bytes) -> str:
    """The real format of `data` from its first bytes, whatever the file is called."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[4:8] == b"ftyp" and data[8:12] in {b"heic", b"heix", b"mif1", b"msf1", b"heim"}:
        return "heic"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    return "unknown"


def _zip_kind(data: bytes) -> str:
    import io

    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except zipfile.BadZipFile:
        return "unknown"
    for prefix, kind in (("word/", "docx"), ("xl/", "xlsx"), ("ppt/", "pptx")):
        if any(name.startswith(prefix) for name in names):
            return kind
    return "odf" if "content.xml" in names else "zip"


def load(path: Path) -> Document:
    """`path` opened as a document of pages, or ``Unreadable`` with the reason."""
    data = read_bytes(path)
    kind = sniff(data)
    if kind in EDITABLE:
        raise Unreadable("format.unsupported", f"is {EDITABLE[kind]}, an editable format")
    if kind == "pdf":
        return _load_pdf(path, data)
    if kind in READABLE_IMAGES:
        return Document(path, kind, _load_image(data, kind), raw=data)
    raise Unreadable("format.unsupported", f"is not a PDF or an image (found {kind})")


def _load_pdf(path: Path, data: bytes) -> Document:
    import pymupdf

    # MuPDF prints the damage it repairs to standard output, which would break the JSON
    # of `check --format json`; a damaged file is reported as a finding instead.
    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    try:
        pdf = pymupdf.open(stream=data, filetype="pdf")
    except Exception as error:  # PyMuPDF raises several types for broken files
        raise Unreadable("format.corrupt", f"cannot be opened as a PDF ({error})") from None
    if pdf.needs_pass:
        raise Unreadable("format.encrypted", "is protected by a password")
    if pdf.page_count == 0 or (pdf.is_repaired and not _has_content(pdf)):
        raise Unreadable("format.corrupt", "is damaged: no readable page")
    if pdf.is_repaired and truncated(data):
        raise Unreadable("format.corrupt", TRUNCATED)
    metadata = {key: value for key, value in (pdf.metadata or {}).items() if value}
    pages = [_pdf_page(page, number) for number, page in enumerate(pdf, start=1)]
    return Document(path, "pdf", pages, metadata, data)


def _has_content(pdf: Any) -> bool:
    page = pdf[0]
    return bool(page.get_text("words") or page.get_images())


def _pdf_page(page: Any, number: int) -> Page:
    import numpy as np
    import pymupdf

    pix = page.get_pixmap(dpi=RENDER_DPI, colorspace=pymupdf.csGRAY)
    pixels = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width).copy()
    words = _pdf_words(page)
    return Page(number, pixels, 72 / RENDER_DPI, words, text_layer=len(words) >= 3)


def _pdf_words(page: Any) -> list[Word]:
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
        words.append(Word(text, (x0, y0, x1, y1), font))
    return words


def image_frames(data: bytes, kind: str) -> list[Any]:
    """The pages of an image file as RGB Pillow images, turned upright by their EXIF
    orientation: every frame of a TIFF, the first of any other format."""
    import io

    from PIL import Image, ImageOps, ImageSequence

    if kind == "heic":
        import pillow_heif

        pillow_heif.register_heif_opener()
    try:
        image = Image.open(io.BytesIO(data))
        frames = ImageSequence.Iterator(image) if kind == "tiff" else [image]
        return [ImageOps.exif_transpose(frame.convert("RGB")) for frame in frames]
    except Exception as error:  # Pillow raises many types for broken images
        raise Unreadable("format.corrupt", f"cannot be read as an image ({error})") from None


def _load_image(data: bytes, kind: str) -> list[Page]:
    import numpy as np

    frames = image_frames(data, kind)
    return [Page(n, np.asarray(f.convert("L")).copy()) for n, f in enumerate(frames, start=1)]


def load_for_output(path: Path, out: Path) -> Document:
    """The document at `path`, to be written changed to `out`: never over the original,
    never several image pages into a one-page format; unreadable input is an InputError."""
    check_output_path(out, inputs=[path])
    try:
        document = load(path)
    except Unreadable as error:
        raise InputError(error.message, path=str(path)) from None
    check_output(document, out)
    return document


def check_output(document: Document, out: Path) -> None:
    """Refuse, before any work, to write several image pages to a one-page format."""
    pages = len(document.pages)
    if document.format != "pdf" and pages > 1 and out.suffix.lower() not in MULTI_PAGE_SUFFIXES:
        raise InputError(
            f"the image has {pages} pages, which a {out.suffix} file cannot hold",
            path=str(out),
            hint="Write to a .pdf or .tiff file.",
        )


def save_frames(frames: list[Any], out: Path) -> None:
    """Write image pages to `out`: all of them to a TIFF or PDF, one to any image."""
    first, *rest = frames
    if rest:
        first.save(out, save_all=True, append_images=rest)
    else:
        first.save(out)
