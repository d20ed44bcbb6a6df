"""Measures of an image's quality, each a plain number; the checks compare them to limits.

All take a grayscale uint8 numpy array. They are calibrated on the generated fixtures
degraded in known amounts (see docs/evidence.md and benchmarks/bench_evidence.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

WORK_SIDE = 1700  # longer images are shrunk to this many pixels first, for speed
TEXT_HEIGHT_FOR_BLUR = 14  # documents are scaled so text is this tall before blur is measured
SHADOW_SHARE = 0.6  # a mark this long along an edge is a scanner shadow, not cut-off text
DOCUMENT_MAX_INK = 0.15  # a page whose marks cover more than this is a photo, not a document
MIN_TEXT_MARKS = 20  # a page with this many character-sized marks has text on it, however faint


@dataclass(frozen=True)
class Measures:
    """Every measure of one image; `None` where a measure does not apply."""

    width: int
    height: int
    paper: float  # brightness of the background (95th percentile), 0-255
    contrast: float  # paper minus ink (0.5th percentile), 0-255
    ink: float  # share of pixels that are clearly darker than the paper
    glyphs: int  # count of character-sized marks
    text_height: float | None  # height of the taller character marks (90th pct), in pixels
    blur: float  # Crété-Roffet blur effect: 0 sharp … 1 blurred
    skew: float | None  # degrees the text lines or the page outline lean
    edge_ink: float | None  # share of the border strip covered by marks (cut-off content)
    page_fill: float  # share of the image that is the (bright) page

    @property
    def empty_contrast(self) -> float | None:
        """The contrast of a page on which no character marks were found; `None` when text
        was found, however faint (a faded page is faded, not blank)."""
        return self.contrast if self.glyphs < MIN_TEXT_MARKS else None


def measure(gray: Any) -> Measures:
    """All measures of `gray`."""
    import numpy as np

    height, width = gray.shape
    work, factor = _shrink(gray, WORK_SIDE)
    paper, ink_level = (float(v) for v in np.percentile(work, [95, 0.5]))
    mask = work < paper - max(12.0, (paper - ink_level) / 2)
    quad = _page_quad(work)
    if quad is not None:
        mask &= _inside(quad[2], mask.shape)
    glyphs, text_height, body_height = _glyphs(mask)
    fill = quad[0] if quad else 1.0
    document = glyphs >= 60 and float(mask.mean()) / fill < DOCUMENT_MAX_INK
    return Measures(
        width=width,
        height=height,
        paper=paper,
        contrast=paper - ink_level,
        ink=float(mask.mean()),
        glyphs=glyphs,
        text_height=text_height / factor if text_height else None,
        blur=_blur_for(work, body_height if document else None),
        skew=_skew(mask, quad[1] if quad else 0.0) if document else None,
        edge_ink=_edge_ink(mask, quad) if document else None,
        page_fill=fill,
    )


def _shrink(gray: Any, side: int) -> tuple[Any, float]:
    import cv2

    longest = max(gray.shape)
    if longest <= side:
        return gray, 1.0
    factor = side / longest
    size = (round(gray.shape[1] * factor), round(gray.shape[0] * factor))
    return cv2.resize(gray, size, interpolation=cv2.INTER_AREA), factor


def _glyphs(mask: Any) -> tuple[int, float | None, float | None]:
    """How many marks are the size of characters, the height of the taller ones (90th
    percentile: capitals and ascenders, whatever the font's x-height), and of the body of
    the text (75th: on a printed form filled in by hand, the print, not the large hand
    that would shrink it out of focus before its blur is measured)."""
    import cv2
    import numpy as np

    _count, _, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    heights = stats[1:, cv2.CC_STAT_HEIGHT]
    widths = stats[1:, cv2.CC_STAT_WIDTH]
    areas = stats[1:, cv2.CC_STAT_AREA]
    limit = mask.shape[0] / 20
    keep = (heights >= 2) & (heights <= limit) & (widths <= 4 * heights) & (areas >= 3)
    if keep.sum() < 20:
        return int(keep.sum()), None, None
    tall, body = (float(v) for v in np.percentile(heights[keep], [90, 75]))
    return int(keep.sum()), tall, body


def _blur_for(work: Any, text_height: float | None) -> float:
    """Blur measured at a scale where text has a standard height (documents only)."""
    if text_height and text_height > TEXT_HEIGHT_FOR_BLUR:
        side = max(work.shape) * TEXT_HEIGHT_FOR_BLUR / text_height
        work, _ = _shrink(work, int(side))
    return blur_effect(work)


def blur_effect(gray: Any) -> float:
    """Crété-Roffet et al. (2007) no-reference blur: how little re-blurring changes it."""
    import cv2
    import numpy as np

    image = gray.astype(np.float32)
    scores = []
    for kernel in ((1, 9), (9, 1)):
        blurred = cv2.blur(image, kernel)
        axis = 1 if kernel == (1, 9) else 0
        d_image = np.abs(np.diff(image, axis=axis))
        d_blurred = np.abs(np.diff(blurred, axis=axis))
        total = float(d_image.sum())
        lost = float(np.maximum(0, d_image - d_blurred).sum())
        scores.append((total - lost) / total if total else 1.0)
    return max(scores)


def _page_quad(work: Any) -> tuple[float, float, Any] | None:
    """(share of the image, degrees off square, corners) of a page shot on a background."""
    import cv2
    import numpy as np

    small, factor = _shrink(work, 600)
    blurred = cv2.GaussianBlur(small, (9, 9), 0)
    _, bright = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    contours, _ = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    page = max(contours, key=cv2.contourArea)
    share = cv2.contourArea(page) / (small.shape[0] * small.shape[1])
    dark = small[bright == 0]
    if share > 0.9 or share < 0.2 or not dark.size or float(np.mean(dark)) > 170:
        return None
    corners = cv2.approxPolyDP(page, 0.02 * cv2.arcLength(page, True), True)
    if len(corners) != 4:
        return share, 0.0, page / factor
    return share, _off_square(corners.reshape(4, 2)), corners.reshape(4, 2) / factor


def _inside(corners: Any, shape: tuple[int, int]) -> Any:
    """A mask of the pixels inside the page outline, less a thin rim."""
    import cv2
    import numpy as np

    inside = np.zeros(shape, np.uint8)
    cv2.fillPoly(inside, [np.asarray(corners, np.int32).reshape(-1, 2)], 255)
    rim = max(3, int(0.006 * max(shape)))
    return cv2.erode(inside, np.ones((rim, rim), np.uint8)) > 0


def _off_square(corners: Any) -> float:
    """The degrees by which the page outline is off square: turned (the mean of the signed
    leans of its four sides: a turned page leans every side the same way), or drawn in
    perspective (half the angle between two opposite sides: a phone held off parallel
    makes a trapezoid whose opposite sides converge). One side alone (a curled or folded
    edge) would take a photo held a little off parallel for a skewed page."""
    leans = []
    for i in range(4):
        (x0, y0), (x1, y1) = corners[i], corners[(i + 1) % 4]
        angle = math.degrees(math.atan2(y1 - y0, x1 - x0)) % 90
        leans.append(angle if angle < 45 else angle - 90)
    turned = sum(leans) / 4
    converging = max(abs(leans[0] - leans[2]), abs(leans[1] - leans[3])) / 2
    return max(abs(turned), converging)


def _skew(mask: Any, outline_skew: float) -> float:
    """Degrees the text lines lean (projection-profile search), or the page outline does."""
    import cv2
    import numpy as np

    small, _ = _shrink(mask.astype(np.uint8) * 255, 700)
    centre = (small.shape[1] / 2, small.shape[0] / 2)

    def sharpness(angle: float) -> float:
        matrix = cv2.getRotationMatrix2D(centre, angle, 1.0)
        turned = cv2.warpAffine(small, matrix, (small.shape[1], small.shape[0]))
        return float(np.var(turned.sum(axis=1, dtype=np.float64)))

    coarse = max(np.arange(-15, 15.1, 1.0), key=sharpness)
    fine = max(np.arange(coarse - 1, coarse + 1.01, 0.2), key=sharpness)
    return max(abs(float(fine)), outline_skew)


def _edge_ink(mask: Any, quad: tuple[float, float, Any] | None) -> float:
    """Share of the outer strip covered by marks; for a page on a background, 1 if the
    page outline touches the image border."""
    import numpy as np

    height, width = mask.shape
    if quad is not None:
        corners = np.asarray(quad[2]).reshape(-1, 2)
        near = 0.01 * max(height, width)
        touches = (corners.min(axis=0) < near).any() or (
            corners[:, 0].max() > width - near or corners[:, 1].max() > height - near
        )
        return 1.0 if touches else 0.0
    band = max(2, int(0.006 * max(height, width)))
    marks = _without_borders(mask)
    strips = (marks[:band], marks[-band:], marks[:, :band], marks[:, -band:])
    return max(float(strip.mean()) for strip in strips)


def _without_borders(mask: Any) -> Any:
    """`mask` less the marks that run along most of an edge: a scanner's shadow or a
    frame line, not cut-off text."""
    import cv2
    import numpy as np

    _, labels, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8))
    height, width = mask.shape
    long = (stats[:, cv2.CC_STAT_WIDTH] > SHADOW_SHARE * width) | (
        stats[:, cv2.CC_STAT_HEIGHT] > SHADOW_SHARE * height
    )
    long[0] = True  # the background
    return ~long[labels]
