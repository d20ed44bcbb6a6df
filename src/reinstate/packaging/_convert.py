"""Making each exhibit sendable: copied as it is, converted to PDF, or refused with why.

Amazon takes PDF, JPEG, PNG and GIF (docs/domain/amazon.md §3.1). Other images (TIFF,
WebP, HEIC) become a PDF; an image over the size limit becomes a PDF of JPEG pages at the
first resolution of ``[convert] dpi_steps`` that fits; a PDF over the limit has its
images recompressed the same way. What still does not fit, and what is not a document
at all (Word, spreadsheets), is refused with the reason. ⚠ The size limit is
reinstate's default, not Amazon's (``data/limits.toml``).
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reinstate.evidence import EDITABLE, READABLE_IMAGES, Unreadable, image_frames, sniff
from reinstate.packaging._model import Exhibit
from reinstate.packaging._plain import limits

MB = 1024 * 1024


def max_file_bytes() -> int:
    return int(float(limits()["size"]["max_file_mb"]) * MB)


def _mb(size: int) -> str:
    return f"{size / MB:.1f} MB"


def free_name(folder: Path, name: str) -> Path:
    """`folder / name`, or `name (2)`… when two exhibits would share a name."""
    path, number = folder / name, 1
    while path.exists():
        number += 1
        path = folder / f"{Path(name).stem} ({number}){Path(name).suffix}"
    return path


def stage(exhibit: Exhibit, folder: Path) -> None:
    """Write the sendable copy of `exhibit` into `folder`, or set why it is refused."""
    data = exhibit.source.read_bytes()
    kind = sniff(data)
    exhibit.format = kind
    accepted = set(limits()["types"]["accepted"])
    over = len(data) > max_file_bytes()
    if kind in accepted and not over:
        exhibit.file = free_name(folder, exhibit.source.name)
        shutil.copyfile(exhibit.source, exhibit.file)
    elif kind in READABLE_IMAGES:
        _convert(exhibit, folder, data, lambda dpi: _image_pdf(data, kind, dpi), over)
    elif kind == "pdf":
        _convert(exhibit, folder, data, lambda dpi: _smaller_pdf(data, dpi), over)
    elif kind in EDITABLE:
        exhibit.refused = f"is {EDITABLE[kind]}, an editable format Amazon does not accept"
    else:
        exhibit.refused = "is not a PDF or an image, which Amazon does not accept"


def _convert(
    exhibit: Exhibit, folder: Path, data: bytes, make: Callable[[int], bytes], over: bool
) -> None:
    """The first conversion, highest resolution first, that fits the size limit."""
    steps = [int(dpi) for dpi in limits()["convert"]["dpi_steps"]]
    why = f"{_mb(len(data))}, over the {_mb(max_file_bytes())} limit" if over else ""
    try:
        for dpi in steps:
            pdf = make(dpi)
            if len(pdf) <= max_file_bytes():
                exhibit.file = free_name(folder, exhibit.source.stem + ".pdf")
                exhibit.file.write_bytes(pdf)
                exhibit.conversion = _conversion_note(exhibit.format, dpi, why)
                exhibit.format = "pdf"
                return
    except Unreadable as error:
        exhibit.refused = error.message
        return
    except Exception as error:  # PyMuPDF raises several types for broken files
        exhibit.refused = f"cannot be converted ({error})"
        return
    exhibit.refused = f"is {why or _mb(len(data))} even as a PDF at {steps[-1]} dpi"


def _conversion_note(was: str, dpi: int, why: str) -> str:
    if was == "pdf":
        return f"images recompressed to {dpi} dpi ({why})"
    reason = why or f"{was.upper()} is not accepted by Amazon"
    return f"{was.upper()} converted to PDF at no more than {dpi} dpi ({reason})"


def _source_dpi(frame: Any) -> float:
    """The image's resolution: as stated in the file, but never so low that the page
    would be larger than a letter page (phone photos often say 72 dpi)."""
    short, long = sorted(float(v) for v in limits()["convert"]["page_inches"])
    page = (short, long) if frame.height >= frame.width else (long, short)
    fitting = max(frame.width / page[0], frame.height / page[1])
    stated = frame.info.get("dpi", (0, 0))[0] or 0
    return float(max(float(stated), fitting))


def _image_pdf(data: bytes, kind: str, dpi: int) -> bytes:
    """The image's pages as a PDF of JPEG pages of the same size on paper, resampled to
    at most `dpi`."""
    import pymupdf
    from PIL import Image

    quality = int(limits()["convert"]["jpeg_quality"])
    pdf = pymupdf.open()
    for frame in image_frames(data, kind):
        source = _source_dpi(frame)
        scale = min(1.0, dpi / source)
        size = (max(1, round(frame.width * scale)), max(1, round(frame.height * scale)))
        image = frame.resize(size, Image.Resampling.LANCZOS) if scale < 1 else frame
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=quality, optimize=True)
        page = pdf.new_page(width=frame.width * 72 / source, height=frame.height * 72 / source)
        page.insert_image(page.rect, stream=buffer.getvalue())
    return bytes(pdf.tobytes(garbage=3, deflate=True))


def _smaller_pdf(data: bytes, dpi: int) -> bytes:
    """The PDF with its images resampled to at most `dpi` and recompressed as JPEG."""
    import pymupdf

    pdf: Any = pymupdf.open(stream=data, filetype="pdf")
    if pdf.needs_pass:
        raise Unreadable("format.encrypted", "is protected by a password")
    quality = int(limits()["convert"]["jpeg_quality"])
    pdf.rewrite_images(dpi_threshold=dpi + 1, dpi_target=dpi, quality=quality)
    return bytes(pdf.tobytes(garbage=4, deflate=True))
