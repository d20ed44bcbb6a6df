"""Blacking out prices, and only what the seller names, truly removing what is underneath.

Amazon lets sellers remove pricing from invoices and nothing else. PDF redactions are
applied with PyMuPDF, which deletes the text under each box and blanks the pixels of
scanned images there; image files get black boxes burned into their pixels. The original
is never written; a manifest records both files' SHA-256 and every box removed.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reinstate.errors import InputError
from reinstate.evidence._load import (
    check_suffix,
    image_frames,
    load,
    load_for_output,
    save_frames,
)
from reinstate.evidence._model import Box, Document
from reinstate.evidence._ocr import ocr_pages
from reinstate.evidence._patterns import MONEY
from reinstate.outputs import OutputSet

_PRICE_WORD = re.compile(rf"\(?(?:{MONEY.pattern})\)?[.,;:]?")
_REGION = re.compile(r"^(\d+):([\d.]+),([\d.]+),([\d.]+),([\d.]+)$")


@dataclass(frozen=True)
class Removal:
    """One box blacked out: why (`price` or `region`), where, and the text it covered."""

    kind: str
    page: int
    box: Box
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        region = [round(v, 1) for v in self.box]
        return {"kind": self.kind, "page": self.page, "region": region, "text": self.text}


@dataclass
class Manifest:
    """What a redaction did, for the seller's records. The hashes are of the bytes read
    and written, taken when they were read and written."""

    original: Path
    result: Path
    removed: list[Removal] = field(default_factory=list)
    prices_left: list[str] = field(default_factory=list)  # in the result's text layer
    original_sha256: str = ""
    result_sha256: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": 1,
            "original": {"path": str(self.original), "sha256": self.original_sha256},
            "result": {"path": str(self.result), "sha256": self.result_sha256},
            "removed": [removal.to_dict() for removal in self.removed],
            "prices_left": self.prices_left,
        }


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def parse_region(text: str) -> tuple[int, Box]:
    """``PAGE:x0,y0,x1,y1`` (page units: points for PDFs, pixels for images)."""
    match = _REGION.match(text.replace(" ", ""))
    if not match:
        raise InputError(
            f"bad region {text!r}", hint="Write PAGE:x0,y0,x1,y1, e.g. 1:50,80,300,120."
        )
    x0, y0, x1, y1 = (float(v) for v in match.groups()[1:])
    return int(match.group(1)), (x0, y0, x1, y1)


def price_removals(document: Document) -> list[Removal]:
    """A box over every price or total on every page (text layer, or OCR for scans)."""
    ocr_pages(document.pages)
    return [
        Removal(
            "price",
            page.number,
            _grown(word.box, 0 if page.text_layer else 2 * page.scale),
            word.text,
        )
        for page in document.pages
        for word in page.words
        if _PRICE_WORD.fullmatch(word.text)
    ]


def _grown(box: Box, by: float) -> Box:
    """OCR boxes hug the ink; a little more covers the anti-aliased edges of the glyphs."""
    return (box[0] - by, box[1] - by, box[2] + by, box[3] + by)


def redact(
    path: str | Path,
    out: str | Path,
    prices: bool = True,
    regions: list[tuple[int, Box]] | None = None,
) -> Manifest:
    """Write `out`: `path` with prices (and any `regions`) removed; return the manifest.
    `out` is checked before any work and written atomically (`reinstate.outputs`)."""
    with OutputSet(inputs=[path]) as outputs:
        return _redact_into(Path(path), Path(out), outputs.add(out), prices, regions or [])


def redact_with_manifest(
    path: str | Path,
    out: str | Path,
    prices: bool = True,
    regions: list[tuple[int, Box]] | None = None,
    manifest_path: str | Path | None = None,
) -> tuple[Manifest, Path]:
    """`redact` and `write_manifest` as one: both files are written, or neither."""
    target = Path(manifest_path) if manifest_path else _beside(Path(out))
    with OutputSet(inputs=[path]) as outputs:
        manifest_temp = outputs.add(target)  # both targets checked before any work
        temp = outputs.add(out)
        check_suffix(target, (".json",), ": the manifest is JSON")
        manifest = _redact_into(Path(path), Path(out), temp, prices, regions or [])
        _write_json(manifest_temp, manifest)
    return manifest, target


def _redact_into(
    path: Path, out: Path, temp: Path, prices: bool, regions: list[tuple[int, Box]]
) -> Manifest:
    """Redact `path` into `temp`, the temporary file of `out` (checked before this)."""
    document = load_for_output(path, out)
    removed = price_removals(document) if prices else []
    removed += [Removal("region", page, box) for page, box in regions]
    _check_pages(document, removed)
    manifest = Manifest(path, out, removed, original_sha256=_digest(document.raw))
    if document.format != "pdf":
        _redact_image(document, removed, temp)
    else:
        _redact_pdf(document, removed, temp)
        words = (w.text for page in load(temp).pages for w in page.words)
        manifest.prices_left = [w for w in words if prices and _PRICE_WORD.fullmatch(w)]
    manifest.result_sha256 = sha256(temp)
    return manifest


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _check_pages(document: Document, removed: list[Removal]) -> None:
    for removal in removed:
        if not 1 <= removal.page <= len(document.pages):
            raise InputError(
                f"region on page {removal.page}, but the file has {len(document.pages)}"
            )


def _redact_pdf(document: Document, removed: list[Removal], out: Path) -> None:
    import pymupdf

    pdf = pymupdf.open(stream=document.raw, filetype="pdf")
    for removal in removed:
        pdf[removal.page - 1].add_redact_annot(pymupdf.Rect(removal.box), fill=(0, 0, 0))
    for page in pdf:
        page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS)
    pdf.save(out, garbage=4, deflate=True, clean=True)


def _redact_image(document: Document, removed: list[Removal], out: Path) -> None:
    """Black boxes burned into the pixels of every page of an image file."""
    from PIL import ImageDraw

    frames = image_frames(document.raw, document.format)
    for number, frame in enumerate(frames, start=1):
        draw = ImageDraw.Draw(frame)
        for removal in removed:
            if removal.page == number:
                draw.rectangle(removal.box, fill=(0, 0, 0))
    save_frames(frames, out)


def _beside(result: Path) -> Path:
    return result.with_name(result.name + ".manifest.json")


def _write_json(temp: Path, manifest: Manifest) -> None:
    temp.write_text(json.dumps(manifest.to_dict(), indent=2) + "\n", encoding="utf-8")


def write_manifest(manifest: Manifest, path: str | Path | None = None) -> Path:
    """Write the manifest as JSON beside the result (``OUT.manifest.json``) or at `path`,
    atomically, never over the original or the result."""
    target = Path(path) if path else _beside(manifest.result)
    check_suffix(target, (".json",), ": the manifest is JSON")
    with OutputSet(inputs=[manifest.original, manifest.result]) as outputs:
        _write_json(outputs.add(target), manifest)
    return target
