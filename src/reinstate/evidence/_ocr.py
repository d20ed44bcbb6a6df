"""Reading the words of a scan or photo with Tesseract, offline.

Tesseract comes from Debian (`tesseract-ocr`, `tesseract-ocr-eng`), installed by
``scripts/system-deps``. Each call runs one single-threaded Tesseract process; pages are
read in parallel, one per core.
"""

from __future__ import annotations

import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from reinstate.errors import ReinstateError
from reinstate.evidence._model import Page, Word

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


def _prepare(pixels: Any) -> Any:
    """The paper evened out (a page lit from one side is divided by its own background;
    what lies around a photographed page is left blank) and the contrast stretched to the
    full range, so dark, faded or unevenly lit pages read better."""
    import cv2
    import numpy as np

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


def ocr_words(
    pixels: Any, zoom: float = 1.0
) -> list[tuple[str, tuple[float, float, float, float]]]:
    """The words Tesseract reads in `pixels` (enlarged by `zoom` first), with their boxes
    in the pixels of the original."""
    import cv2
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    if zoom > 1.0:
        pixels = cv2.resize(pixels, None, fx=zoom, fy=zoom, interpolation=cv2.INTER_CUBIC)
    data = pytesseract.image_to_data(
        _prepare(pixels), config=TESSERACT_CONFIG, output_type=pytesseract.Output.DICT
    )
    words = []
    for i, text in enumerate(data["text"]):
        if text.strip() and float(data["conf"][i]) >= MIN_CONFIDENCE:
            x, y, w, h = (data[key][i] for key in ("left", "top", "width", "height"))
            box = (x / zoom, y / zoom, (x + w) / zoom, (y + h) / zoom)
            words.append((text.strip(), box))
    return words


def ocr_page(page: Page, zoom: float = 1.0) -> None:
    """Fill `page.words` by OCR, unless it has a text layer or was read already."""
    if page.text_layer or page.ocr_done:
        return
    require_tesseract()
    found = ocr_words(page.pixels, zoom)
    page.words = [Word(text, page.to_page_units(box)) for text, box in found]
    page.ocr_done = True


def ocr_pages(pages: list[Page], zooms: dict[int, float] | None = None) -> None:
    """OCR every page that needs it, one page per core at a time, each enlarged by its
    zoom (by page number; measured from its text height when not given)."""
    todo = [page for page in pages if not (page.text_layer or page.ocr_done)]
    if zooms is None:
        from reinstate.evidence._measure import measure

        zooms = {page.number: zoom_for(measure(page.pixels).text_height) for page in todo}
    if len(todo) <= 1:
        for page in todo:
            ocr_page(page, zooms.get(page.number, 1.0))
        return
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(lambda page: ocr_page(page, zooms.get(page.number, 1.0)), todo))
