"""Framing a PDF: every mark burned into the page and added as an annotation, quickly,
with PyMuPDF left as it was found."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from reinstate.evidence import highlight
from reinstate.evidence.fixtures import CLEAN_INVOICES, draw_invoice


def test_each_mark_is_a_red_annotation_and_a_red_frame_in_the_page(tmp_path: Path) -> None:
    hook = pymupdf.Annot.__dict__.get("update_timing_test")
    source = tmp_path / "invoice.pdf"
    draw_invoice(CLEAN_INVOICES[0]).save(source)
    marks = highlight(source, tmp_path / "marked.pdf", auto=True)
    assert pymupdf.Annot.__dict__.get("update_timing_test") is hook  # restored
    page = pymupdf.open(tmp_path / "marked.pdf")[0]
    annots = list(page.annots())
    assert [annot.info["content"] for annot in annots] == [mark.label for mark in marks]
    for annot in annots:
        assert annot.colors["stroke"] == pytest.approx([0.85, 0.1, 0.1])
        assert annot.border["width"] == 1.5
        assert annot.info["title"] == "reinstate"
    annotated = sorted(_centre(annot.rect) for annot in annots)
    for annot in annots:
        page.delete_annot(annot)  # what is left is drawn into the page itself
    frames = [
        item
        for drawing in page.get_drawings()
        if drawing["color"] == pytest.approx((0.85, 0.1, 0.1))
        for item in drawing["items"]
        if item[0] == "re"
    ]
    assert len(frames) == len(marks)
    assert sorted(_centre(frame[1]) for frame in frames) == annotated  # the same places


def _centre(rect: pymupdf.Rect) -> tuple[int, int]:
    return round((rect.x0 + rect.x1) / 2), round((rect.y0 + rect.y1) / 2)
