"""The demo appeal's exhibits drawn as documents: HTML laid out by PyMuPDF's Story.

Each function returns an open ``pymupdf.Document``; the caller saves it, or renders it
to pixels (the screenshot). Text uses MuPDF's built-in fonts, so the files need no font
files and have a real text layer. Signatures are seeded pen strokes.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from html import escape
from typing import Any

import numpy as np

LETTER = (612.0, 792.0)
MARGIN = 54.0
BASE_CSS = """
* { font-family: sans-serif; }
body { font-size: 9.5pt; line-height: 1.3; color: #111; }
h1 { font-size: 16pt; margin: 0 0 4pt 0; }
h2 { font-size: 11pt; margin: 10pt 0 4pt 0; }
p { margin: 0 0 5pt 0; }
table { border-collapse: collapse; width: 100%; margin: 0 0 8pt 0; }
th { text-align: left; background-color: #e6e6e6; font-size: 8pt; }
td { font-size: 8pt; }
th, td { border: 0.5pt solid #999; padding: 2pt 3pt; }
.small { font-size: 8pt; color: #444; }
"""


def day_text(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def html_pdf(html: str, css: str = BASE_CSS, size: tuple[float, float] = LETTER) -> Any:
    """`html` laid out on as many pages of `size` as it needs."""
    import pymupdf

    story = pymupdf.Story(html=html, user_css=css)
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    where = pymupdf.Rect(MARGIN, MARGIN, size[0] - MARGIN, size[1] - MARGIN * 1.5)
    more = True
    while more:
        device = writer.begin_page(pymupdf.Rect(0, 0, *size))
        more, _ = story.place(where)
        story.draw(device)
        writer.end_page()
    writer.close()
    return pymupdf.open("pdf", buffer.getvalue())


def pages_pdf(parts: Sequence[str]) -> Any:
    """Each HTML part laid out from a new page, the parts joined into one document (MuPDF
    draws stray table backgrounds when a table runs on to a second page)."""
    import pymupdf

    joined = pymupdf.open()
    for part in parts:
        joined.insert_pdf(html_pdf(part))
    return joined


def table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    cells = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>" for row in rows
    )
    return f"<table><tr>{cells}</tr>{body}</table>"


def signature(page: Any, x: float, y: float, width: float, rng: np.random.Generator) -> None:
    """A pen signature: a seeded wavy stroke from (x, y), `width` points long."""
    steps = 90
    t = np.linspace(0, 1, steps)
    turns, loops = rng.uniform(4, 7), rng.uniform(9, 14)
    xs = x + width * t + 4 * np.sin(2 * np.pi * loops * t)
    ys = y - 7 * np.sin(2 * np.pi * turns * t + rng.uniform(0, np.pi)) * (1.1 - 0.6 * t)
    ys -= 4 * np.cos(2 * np.pi * loops * t)
    points = [(float(a), float(b)) for a, b in zip(xs, ys, strict=True)]
    page.draw_polyline(points, color=(0.1, 0.15, 0.45), width=1.1)


def find_text(page: Any, text: str) -> Any:
    """Where `text` is on the page (its first occurrence)."""
    found = page.search_for(text)
    if not found:
        raise ValueError(f"{text!r} is not on the page")
    return found[0]


def sign_after(page: Any, label: str, rng: np.random.Generator, width: float = 110) -> None:
    """A signature drawn just right of `label` on `page`."""
    box = find_text(page, label)
    signature(page, box.x1 + 8, box.y1 - 2, width, rng)


def set_metadata(pdf: Any, title: str, day: dt.date, producer: str) -> None:
    stamp = f"D:{day:%Y%m%d}120000+00'00'"
    pdf.set_metadata(
        {
            "title": title,
            "producer": producer,
            "creator": producer,
            "creationDate": stamp,
            "modDate": stamp,
        }
    )


def screenshot_pixels(html: str, css: str, size: tuple[int, int], scale: int = 2) -> Any:
    """`html` rendered as a screen of `size` CSS pixels at `scale` device pixels each:
    a PIL image."""
    import pymupdf
    from PIL import Image

    story = pymupdf.Story(html=html, user_css=css)
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    device = writer.begin_page(pymupdf.Rect(0, 0, *size))
    story.place(pymupdf.Rect(0, 0, *size))
    story.draw(device)
    writer.end_page()
    writer.close()
    page = pymupdf.open("pdf", buffer.getvalue())[0]
    pixmap = page.get_pixmap(matrix=pymupdf.Matrix(scale, scale), alpha=False)
    return Image.frombytes("RGB", (pixmap.width, pixmap.height), pixmap.samples)
