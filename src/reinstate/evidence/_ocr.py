"""Reading the words of a scan or photo with Tesseract, offline.

Tesseract comes from Debian (`tesseract-ocr`, `tesseract-ocr-eng`), installed by
``scripts/system-deps``. Each call runs one single-threaded Tesseract process, the image
sent through a pipe as PGM (no temporary file to leave behind, no PNG to compress); pages
are read in parallel processes by ``_pages``.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from functools import cache
from typing import Any

from reinstate.errors import ReinstateError
from reinstate.evidence._model import Page

MIN_CONFIDENCE = 30.0
OCR_TEXT_HEIGHT = 14.0  # small text is enlarged to about this height (capitals, pixels)
MAX_ZOOM = 2.0
# sparse text: find every word, in no particular order; reinstate groups words into lines
# and columns itself. The default page segmentation dropped whole table columns.
TESSERACT_CONFIG = "--psm 11"


def require_tesseract() -> None:
    """Raise a clear error when the Tesseract program is not installed."""
    if shutil.which("tesseract") is None:
        raise ReinstateError(
            "the OCR engine Tesseract is not installed",
            hint="Run scripts/system-deps (it installs tesseract-ocr with apt-get).",
        )


def _light_bands(pixels: Any) -> Any:
    """`pixels` with each dark band (a table's heading printed white on a dark fill:
    wider than a quarter of the page, lower than a tenth of it, mostly dark; its box may
    lean with the scan) turned to dark text on light, which Tesseract reads; other text
    is left as it is."""
    import cv2
    import numpy as np

    height, width = pixels.shape
    dark = (pixels < 110).astype(np.uint8)
    side = max(3, min(height, width) // 100)
    share = cv2.blur(dark.astype(np.float32), (side * 3, side))
    solid = (share > 0.6).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(solid, connectivity=8)
    out = pixels
    for n, (x, y, w, h, area) in enumerate(stats[1:count], start=1):
        if w > width / 4 and side < h < height / 10 and area > 0.4 * w * h:
            if out is pixels:
                out = pixels.copy()
            band = _column_span(labels[y : y + h, x : x + w] == n)
            out[y : y + h, x : x + w][band] = 255 - out[y : y + h, x : x + w][band]
    return out


def _column_span(mask: Any) -> Any:
    """`mask` filled, in each column, from its first set pixel to its last: the band with
    the letters inside it, on a scan turned a little too."""
    import numpy as np

    rows = np.arange(mask.shape[0])[:, None]
    present = mask.any(axis=0)
    top = np.where(present, mask.argmax(axis=0), mask.shape[0])
    bottom = np.where(present, mask.shape[0] - 1 - mask[::-1].argmax(axis=0), -1)
    return (rows >= top) & (rows <= bottom)


def _prepare(pixels: Any) -> Any:
    """The paper evened out (a page lit from one side is divided by its own background;
    what lies around a photographed page is left blank) and the contrast stretched to the
    full range, so dark, faded or unevenly lit pages read better."""
    import cv2
    import numpy as np

    pixels = _light_bands(pixels)
    side = max(15, (min(pixels.shape[:2]) // 40) | 1)
    background = cv2.morphologyEx(pixels, cv2.MORPH_CLOSE, np.ones((side, side), np.uint8))
    evened = pixels.astype(np.float32) / np.maximum(background.astype(np.float32), 1.0)
    evened[background < 0.6 * np.percentile(background, 95)] = 1.0  # a desk, not paper
    pixels = np.clip(evened * 255.0, 0, 255).astype(np.uint8)

    low, high = np.percentile(pixels, [1, 99])
    if high - low < 1:
        return pixels
    stretched = (pixels.astype(np.float32) - low) * (255.0 / (high - low))
    return np.clip(stretched, 0, 255).astype(np.uint8)


def zoom_for(text_height: float | None) -> float:
    """How much to enlarge an image so its text is about `OCR_TEXT_HEIGHT` pixels tall."""
    if not text_height:
        return 1.0
    return min(MAX_ZOOM, max(1.0, OCR_TEXT_HEIGHT / text_height))


@cache
def engine_version() -> str:
    """Tesseract's version line (part of the page cache's key)."""
    require_tesseract()
    done = subprocess.run(["tesseract", "--version"], capture_output=True, text=True, check=False)
    return (done.stdout or done.stderr).partition("\n")[0]


def _pgm(pixels: Any) -> bytes:
    """`pixels` (gray, uint8) as a binary PGM image, which Tesseract reads from stdin."""
    height, width = pixels.shape
    data: bytes = pixels.tobytes()
    return b"P5\n%d %d\n255\n" % (width, height) + data


def _tesseract_tsv(pixels: Any) -> str:
    """Tesseract's TSV of `pixels`, the image sent through a pipe (no temporary file)."""
    require_tesseract()
    done = subprocess.run(
        ["tesseract", "stdin", "stdout", *TESSERACT_CONFIG.split(), "tsv"],
        input=_pgm(pixels),
        capture_output=True,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        check=False,
    )
    if done.returncode:
        message = done.stderr.decode("utf-8", "replace").strip()
        raise ReinstateError(f"the OCR engine Tesseract failed ({message})")
    return done.stdout.decode("utf-8", "replace")


def ocr_words(
    pixels: Any, zoom: float = 1.0
) -> list[tuple[str, tuple[float, float, float, float], float]]:
    """The words Tesseract reads in `pixels` (enlarged by `zoom` first), with their boxes
    in the pixels of the original and Tesseract's confidence in each (0 to 100)."""
    import cv2

    if zoom > 1.0:
        pixels = cv2.resize(pixels, None, fx=zoom, fy=zoom, interpolation=cv2.INTER_CUBIC)
    rows = csv.DictReader(
        io.StringIO(_tesseract_tsv(_prepare(pixels))), delimiter="\t", quoting=csv.QUOTE_NONE
    )
    words = []
    for row in rows:
        text = (row.get("text") or "").strip()
        if text and float(row.get("conf") or -1) >= MIN_CONFIDENCE:
            x, y, w, h = (int(row[key]) for key in ("left", "top", "width", "height"))
            box = (x / zoom, y / zoom, (x + w) / zoom, (y + h) / zoom)
            words.append((text, box, float(row.get("conf") or 0.0)))
    return words


def ocr_pages(pages: list[Page]) -> None:
    """OCR every page that needs it (no text layer, not read yet), in parallel and cached:
    see ``_pages.read_pages``."""
    from reinstate.evidence._pages import read_pages

    read_pages(pages, ocr_all=True)
