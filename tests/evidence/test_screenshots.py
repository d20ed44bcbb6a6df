"""A screenshot is told from a scan or a photo; a utility bill may not be one."""

from __future__ import annotations

import numpy as np
import pymupdf
import pytest
from PIL import Image

from reinstate.evidence import measure
from reinstate.evidence._load import load
from reinstate.evidence._ocr import ocr_pages
from reinstate.evidence._screen import (
    browser_words,
    colour_pixels,
    is_screenshot,
    screen_sized,
    ui_band,
)
from reinstate.evidence.fixtures import CLEAN_INVOICES, draw_invoice


def _screenshot(path, read: bool = True) -> bool:
    document = load(path)
    if read:
        ocr_pages(document.pages)
    return is_screenshot(document, {p.number: measure(p.image()) for p in document.pages})


def test_a_browser_screenshot_shows_every_sign_of_a_screen(fixtures, tesseract) -> None:
    document = load(fixtures["seller-central-screenshot.png"].path)
    ocr_pages(document.pages)
    pixels = colour_pixels(document.raw)
    assert screen_sized(pixels)
    assert ui_band(pixels)
    assert browser_words(document)
    assert is_screenshot(document, {1: measure(document.pages[0].image())})


def test_a_browser_screenshot_is_of_kind_screenshot_and_has_no_paper_faults(reports) -> None:
    report = reports["seller-central-screenshot.png"]
    assert report.kind == "screenshot"
    assert report.findings == []  # not "cropped" at the screen's edges


@pytest.mark.parametrize(
    "name",
    [
        "invoice-classic-scan.png",
        "invoice-distributor-scan.jpg",
        "invoice-wholesale-phone-scan.jpg",
        "invoice-scan-shadow.png",
        "invoice-blurred.png",  # blur smooths the noise, but not into runs of one colour
        "product-photo.jpg",
    ],
)
def test_scans_and_photos_are_not_screenshots(name, fixtures) -> None:
    assert not _screenshot(fixtures[name].path, read=False)  # their noise tells, not words


def test_an_invoice_exported_as_an_image_is_not_a_screenshot(out, tesseract) -> None:
    """Drawn, so its colours are flat, but with no screen size, UI band or browser."""
    pix = draw_invoice(CLEAN_INVOICES[0])[0].get_pixmap(dpi=150, colorspace=pymupdf.csRGB)
    pixels = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width, 3)
    Image.fromarray(pixels).save(out / "export.png")
    assert not _screenshot(out / "export.png")


def test_a_screenshot_of_a_utility_bill_is_refused_and_still_read(reports) -> None:
    report = reports["utility-bill-screenshot.jpg"]
    assert report.kind == "utility-bill"
    assert [(f.rule, f.severity) for f in report.findings] == [("utility.screenshot", "error")]
    assert not report.ready
    assert report.fields.buyer.name == "Harbor Lane Goods LLC"
    assert report.fields.invoice_date is not None
