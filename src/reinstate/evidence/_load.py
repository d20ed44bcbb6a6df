"""Opening a file as pages: sniffing its real format, refusing what cannot be sent.

A file whose format Amazon refuses, or that cannot be opened, raises ``Unreadable`` with
the rule id to report; the check turns it into a finding instead of crashing. Highlight and
redact write the pages of an image file back with ``save_frames``.
"""

from __future__ import annotations

import zipfile
from contextlib import suppress
from functools import partial
from pathlib import Path
from typing import Any

from reinstate.errors import InputError
from reinstate.evidence._limits import check_pages, limits
from reinstate.evidence._model import Document, Page
from reinstate.evidence._model import Unreadable as Unreadable
from reinstate.outputs import check_output as check_output_path
from reinstate.textio import read_bytes

MULTI_PAGE_SUFFIXES = (".tif", ".tiff", ".pdf")  # image formats that hold several pages
# What a changed document may be written as: a PDF, or an image Pillow writes.
OUTPUT_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp", ".gif", ".bmp")
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
    """`path` opened as a document of pages, drawn only when asked (``Page.image``), or
    ``Unreadable`` with the reason; over a limit of ``_limits``: ``InputError``."""
    data = read_bytes(path)
    kind = sniff(data)
    if kind in EDITABLE:
        raise Unreadable("format.unsupported", f"is {EDITABLE[kind]}, an editable format")
    if kind == "pdf":
        return _load_pdf(path, data)
    if kind in READABLE_IMAGES:
        return Document(path, kind, _load_image(path, data, kind), raw=data)
    raise Unreadable("format.unsupported", f"is not a PDF or an image (found {kind})")


def inspect(path: Path) -> None:
    """Refuse `path` (``InputError``) when it is over a limit, before any page is drawn;
    a file that cannot be read at all is left to ``load`` to report."""
    with suppress(Unreadable):
        load(path)


def _load_pdf(path: Path, data: bytes) -> Document:
    from reinstate.evidence._pdf import open_pdf, pdf_pages

    pdf, notes = open_pdf(data)
    metadata = {key: value for key, value in (pdf.metadata or {}).items() if value}
    return Document(path, "pdf", pdf_pages(path, pdf), metadata, data, notes)


def _open_image(data: bytes, kind: str) -> Any:
    import io
    import warnings

    from PIL import Image

    if kind == "heic":
        import pillow_heif

        pillow_heif.register_heif_opener()
    with warnings.catch_warnings():  # reinstate's own pixel limit is lower than Pillow's
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        return Image.open(io.BytesIO(data))


def _frame_sizes(image: Any, kind: str) -> list[tuple[int, int]]:
    """(width, height) of every frame of a TIFF (at most one past the page limit), or of
    the one image of any other format."""
    if kind != "tiff":
        return [image.size]
    sizes = []
    for number in range(limits().max_pages + 1):
        try:
            image.seek(number)
        except EOFError:
            break
        sizes.append(image.size)
    return sizes


def _frame(data: bytes, kind: str, number: int) -> Any:
    """Frame `number` (from 0) as an RGB Pillow image turned upright by its EXIF."""
    from PIL import ImageOps

    try:
        image = _open_image(data, kind)
        image.seek(number)
        return ImageOps.exif_transpose(image.convert("RGB"))
    except Exception as error:  # Pillow raises many types for broken images
        raise Unreadable("format.corrupt", f"cannot be read as an image ({error})") from None


def _image_sizes(path: Path, data: bytes, kind: str) -> list[tuple[int, int]]:
    """The frame sizes of an image file, refused over the limits before it is decoded."""
    from PIL import Image

    try:
        sizes = _frame_sizes(_open_image(data, kind), kind)
    except Image.DecompressionBombError as error:
        raise InputError(
            f"is an image of too many pixels to decode safely ({error})", path=str(path)
        ) from None
    except Exception as error:  # Pillow raises many types for broken images
        raise Unreadable("format.corrupt", f"cannot be read as an image ({error})") from None
    check_pages(path, sizes, image=True)
    return sizes


def image_frames(data: bytes, kind: str) -> list[Any]:
    """The pages of an image file as RGB Pillow images, turned upright by their EXIF
    orientation: every frame of a TIFF, the first of any other format. For highlight and
    redact, which write every page back; limits are checked by ``load`` first."""
    count = len(_frame_sizes(_open_image(data, kind), kind))
    return [_frame(data, kind, number) for number in range(count)]


def _gray_frame(data: bytes, kind: str, number: int) -> Any:
    import numpy as np

    return np.asarray(_frame(data, kind, number).convert("L")).copy()


def _load_image(path: Path, data: bytes, kind: str) -> list[Page]:
    sizes = _image_sizes(path, data, kind)
    return [
        Page(n + 1, None, size=(h, w), render=partial(_gray_frame, data, kind, n))
        for n, (w, h) in enumerate(sizes)
    ]


def load_for_output(path: Path, out: Path) -> Document:
    """The document at `path`, to be written changed to `out`: never over the original,
    never several image pages into a one-page format. Unreadable input is an InputError
    (exit 2) whose sentence names the rule ``evidence check`` reports for the same file;
    docs/evidence.md ("Exit codes") says why check makes it a finding (exit 1) instead."""
    check_output_path(out, inputs=[path])
    check_suffix(out, OUTPUT_SUFFIXES)
    try:
        document = load(path)
    except Unreadable as error:
        raise InputError(unreadable_sentence(error), path=str(path)) from None
    check_output(document, out)
    return document


def unreadable_sentence(error: Unreadable) -> str:
    """Why a file cannot be read, with the rule id ``evidence check`` gives it."""
    return f"{error.message} ({error.rule}, as `reinstate evidence check` reports it)"


def check_suffix(out: Path, suffixes: tuple[str, ...], why: str = "") -> None:
    """`out` must end in one of `suffixes` (any case): its name decides what is written."""
    if out.suffix.lower() not in suffixes:
        raise InputError(
            f"must end in {', '.join(suffixes)}{why or ', the formats reinstate writes'}",
            path=str(out),
        )


def check_output(document: Document, out: Path) -> None:
    """Refuse, before any work, to write a PDF as anything but a PDF, or several image
    pages to a one-page format."""
    if document.format == "pdf":
        check_suffix(out, (".pdf",), ": a PDF is written only as a PDF")
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
