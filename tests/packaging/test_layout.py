"""How the packet lays out its own pages and the exhibits that are images."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from reinstate.packaging import parse
from reinstate.packaging._pdf import LETTER, layout, plan_layout
from reinstate.packaging._pdf_html import blocks_html
from tests.packaging.helpers import plan


def test_a_plan_that_would_spill_a_few_lines_is_set_a_little_tighter() -> None:
    html = blocks_html(parse(plan()))
    loose = layout(html, LETTER)
    assert loose.pdf.page_count == 2  # the case this is for: a spill of a few lines
    assert loose.last_fill < 0.2
    assert plan_layout(html, LETTER).pdf.page_count == 1


def test_a_plan_that_fills_its_last_page_keeps_its_size() -> None:
    html = blocks_html(parse(plan() + "\n\n" + plan()))
    loose = layout(html, LETTER)
    assert loose.last_fill >= 0.2
    tight = plan_layout(html, LETTER)
    assert tight.pdf.page_count == loose.pdf.page_count
    assert tight.pdf[0].get_text() == loose.pdf[0].get_text()


def test_a_wide_image_exhibit_gets_a_landscape_page(tmp_path: Path) -> None:
    from PIL import Image

    from reinstate.packaging import Exhibit
    from reinstate.packaging._pdf import _exhibit_pdf

    wide = tmp_path / "screen.png"
    Image.new("RGB", (1600, 900), "white").save(wide)
    exhibit = Exhibit("Exhibit 1", "screen", wide, True, format="png", file=wide)
    page = _exhibit_pdf(exhibit, LETTER)[0]
    assert page.rect.width > page.rect.height
    [image] = page.get_image_info()
    left, right = image["bbox"][0], page.rect.width - image["bbox"][2]
    assert abs(left - right) < 1  # centred
    tall = tmp_path / "photo.png"
    Image.new("RGB", (900, 1600), "white").save(tall)
    exhibit = Exhibit("Exhibit 2", "photo", tall, True, format="png", file=tall)
    assert _exhibit_pdf(exhibit, LETTER)[0].rect == pymupdf.Rect(0, 0, *LETTER)
