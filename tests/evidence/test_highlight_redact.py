"""Highlights show in every viewer; redaction leaves no price behind and the original intact."""

from __future__ import annotations

import hashlib
import json
import re

import numpy as np
import pymupdf
import pytest
from PIL import Image, ImageSequence

from reinstate.errors import InputError
from reinstate.evidence import highlight, redact, write_manifest
from reinstate.evidence._ocr import ocr_words

PRICE = re.compile(r"\d[.,]\d\d\b")


def _red_pixels(pixels: np.ndarray) -> int:
    red, green, blue = (pixels[..., i].astype(int) for i in range(3))
    return int(((red > 180) & (green < 90) & (blue < 90)).sum())


def test_auto_highlight_frames_the_key_areas_as_annotations_and_in_the_page(fixtures, out) -> None:
    marks = highlight(fixtures["invoice-classic.pdf"].path, out / "marked.pdf", auto=True)
    labels = {mark.label for mark in marks}
    assert {"supplier", "supplier phone", "supplier website", "buyer"} <= labels
    assert {"invoice date", "identifier", "quantity"} <= labels
    page = pymupdf.open(out / "marked.pdf")[0]
    assert len(list(page.annots())) == len(marks)
    page.delete_annot(next(iter(page.annots())))  # frames stay burned into the content
    pix = page.get_pixmap(dpi=72, annots=False)
    pixels = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width, pix.n)
    assert _red_pixels(pixels) > 200


def test_find_frames_the_given_text_in_a_scan(fixtures, out, tesseract) -> None:
    marks = highlight(
        fixtures["invoice-distributor-scan.jpg"].path, out / "marked.png", ["Harbor Lane Goods"]
    )
    assert len(marks) == 2  # Sold To and Ship To
    assert _red_pixels(np.asarray(Image.open(out / "marked.png").convert("RGB"))) > 200


def test_highlight_refuses_to_overwrite_the_original(fixtures) -> None:
    path = fixtures["invoice-classic.pdf"].path
    with pytest.raises(InputError, match="overwrite"):
        highlight(path, path, auto=True)


def test_redacting_prices_leaves_no_price_text_and_keeps_the_original(fixtures, out) -> None:
    original = fixtures["invoice-classic.pdf"].path
    before = hashlib.sha256(original.read_bytes()).hexdigest()
    manifest = redact(original, out / "redacted.pdf")
    text = pymupdf.open(out / "redacted.pdf")[0].get_text()
    assert PRICE.findall(text) == []
    assert "B0C4KX7Z2M" in text
    assert "300" in text
    assert "Northwind" in text
    assert hashlib.sha256(original.read_bytes()).hexdigest() == before
    assert len(manifest.removed) == 9
    assert manifest.prices_left == []


def test_the_manifest_records_both_hashes_and_every_box(fixtures, out) -> None:
    manifest = redact(
        fixtures["invoice-classic.pdf"].path, out / "r.pdf", regions=[(1, (50, 60, 300, 80))]
    )
    data = json.loads(write_manifest(manifest).read_text())
    assert data["original"]["sha256"] == hashlib.sha256(manifest.original.read_bytes()).hexdigest()
    assert data["result"]["sha256"] == hashlib.sha256(manifest.result.read_bytes()).hexdigest()
    assert [r["kind"] for r in data["removed"]].count("region") == 1
    assert "Northwind" not in pymupdf.open(out / "r.pdf")[0].get_text()


@pytest.mark.parametrize(
    ("name", "suffix"), [("invoice-scanned.pdf", ".pdf"), ("invoice-classic-scan.png", ".png")]
)
def test_redacting_a_scan_leaves_no_price_that_ocr_can_read(
    name, suffix, fixtures, out, tesseract
) -> None:
    result = out / f"redacted{suffix}"
    assert redact(fixtures[name].path, result).removed
    if suffix == ".pdf":
        page = pymupdf.open(result)[0]
        assert page.get_text().strip() == ""
        pix = page.get_pixmap(dpi=150, colorspace=pymupdf.csGRAY)
        pixels = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width)
    else:
        pixels = np.asarray(Image.open(result).convert("L"))
    words = " ".join(text for text, *_ in ocr_words(pixels))
    assert PRICE.findall(words) == []
    assert "Northwind" in words


def test_redacting_a_two_page_tiff_blacks_out_the_prices_of_both_pages(
    fixtures, out, tesseract
) -> None:
    manifest = redact(fixtures["invoice-two-pages.tiff"].path, out / "redacted.tiff")
    assert {removal.page for removal in manifest.removed} == {1, 2}
    with Image.open(out / "redacted.tiff") as image:
        frames = [np.asarray(frame.convert("L")) for frame in ImageSequence.Iterator(image)]
    assert len(frames) == 2
    for removal in manifest.removed:
        x0, y0, x1, y1 = (round(v) for v in removal.box)
        assert frames[removal.page - 1][y0 + 1 : y1 - 1, x0 + 1 : x1 - 1].max() == 0


def test_highlighting_a_two_page_tiff_frames_both_pages(fixtures, out, tesseract) -> None:
    marks = highlight(fixtures["invoice-two-pages.tiff"].path, out / "marked.pdf", ["Harbor Lane"])
    assert {mark.page for mark in marks} == {1, 2}
    pdf = pymupdf.open(out / "marked.pdf")
    assert [len(list(page.annots())) for page in pdf] == [1, 1]
    for page in pdf:
        pix = page.get_pixmap(dpi=72, annots=False)
        pixels = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width, pix.n)
        assert _red_pixels(pixels) > 100


def test_a_two_page_image_cannot_be_written_to_a_one_page_format(fixtures, out) -> None:
    with pytest.raises(InputError, match="2 pages"):
        highlight(fixtures["invoice-two-pages.tiff"].path, out / "marked.png", ["Harbor"])
