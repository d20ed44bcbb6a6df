"""Telling a screenshot from a scan or a photo, by its pixels.

A screen is drawn, not captured: large areas are exactly one colour (a scan or a photo
has sensor noise everywhere, even after JPEG smoothing), its text is level, and most
screenshots show a screen's exact size, a full-width band of one colour at the top or
bottom (a browser's tab strip, a site's header, a phone's status bar) or a browser's
address in the top rows. The sizes and words are data, in ``data/kinds.toml``.
"""

from __future__ import annotations

import io
import re
from functools import cache
from typing import Any

from reinstate.evidence._lines import page_lines
from reinstate.evidence._measure import Measures
from reinstate.evidence._model import Document
from reinstate.kb import load_data

FORMATS = ("png", "jpeg")
RUN = 8  # a flat pixel is exactly the colour of the next RUN pixels to its right
MIN_FLAT = 0.6  # share of flat pixels: screenshots 0.94-0.96, scans and photos < 0.11
MAX_SKEW = 0.5  # degrees: a screen's text is level
MIN_SIGNS = 2  # of: a screen's size, a band of UI colour, browser words at the top
TOP_SHARE = 0.2  # the top (or bottom) fifth holds a browser's chrome or a status bar
BAND_ROWS = 12  # rows of one colour that make a band
BAND_SHARE = 0.9  # share of a row in its most common colour
WHITE = 245  # a band of paper white is a margin, not a tab strip or a header


@cache
def screen_data() -> dict[str, Any]:
    data: dict[str, Any] = load_data("reinstate.evidence", "kinds.toml")["screenshot"]
    return data


def is_screenshot(document: Document, measures: dict[int, Measures]) -> bool:
    """Whether `document` is a PNG or JPEG screenshot (not a scan or photo of paper)."""
    if document.format not in FORMATS or len(document.pages) != 1:
        return False
    if any(m.skew is not None and m.skew > MAX_SKEW for m in measures.values()):
        return False  # a sheet of paper, turned or photographed at an angle
    pixels = colour_pixels(document.raw)
    if flat_share(pixels) < MIN_FLAT:
        return False
    signs = (screen_sized(pixels), ui_band(pixels), browser_words(document))
    return sum(signs) >= MIN_SIGNS


def colour_pixels(data: bytes) -> Any:
    import numpy as np
    from PIL import Image, ImageOps

    image = ImageOps.exif_transpose(Image.open(io.BytesIO(data))).convert("RGB")
    return np.asarray(image)


def flat_share(pixels: Any) -> float:
    """Share of pixels exactly the colour of the next `RUN` pixels to their right (every
    4th row). Noise smoothed by blur or JPEG makes a pixel equal to its neighbour now and
    then, but seldom to eight in a row."""
    rows = pixels[::4]
    same = (rows[:, 1:] == rows[:, :-1]).all(axis=2)
    width = same.shape[1] - RUN + 1
    if width <= 0:
        return 0.0
    flat = same[:, :width].copy()
    for step in range(1, RUN):
        flat &= same[:, step : step + width]
    return float(flat.mean())


def screen_sized(pixels: Any) -> bool:
    height, width = pixels.shape[:2]
    return any({width, height} == set(size) for size in screen_data()["sizes"])


def ui_band(pixels: Any) -> bool:
    """A band of rows at the top or bottom, each almost all one colour that is not white."""
    height = pixels.shape[0]
    edge = max(BAND_ROWS, int(TOP_SHARE * height))
    for part in (pixels[:edge], pixels[height - edge :][::-1]):
        run = 0
        for row in part:
            run = run + 1 if _one_colour(row) else 0
            if run >= BAND_ROWS:
                return True
    return False


def _one_colour(row: Any) -> bool:
    import numpy as np

    colours, counts = np.unique(row, axis=0, return_counts=True)
    best = int(counts.argmax())
    return counts[best] >= BAND_SHARE * len(row) and int(colours[best].min()) < WHITE


def browser_words(document: Document) -> bool:
    """Words of a browser's address bar or tab, or of a web app, in the top rows."""
    page = document.pages[0]
    top = TOP_SHARE * page.height * page.scale
    text = " ".join(line.text for line in page_lines(page) if line.box[1] < top).lower()
    return any(re.search(pattern, text) for pattern in screen_data()["chrome"])
