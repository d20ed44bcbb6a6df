"""Exhibits Amazon would not take as they are: converted to PDF, downscaled to fit the
size limit, or refused with the reason."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest

from reinstate.packaging import Packaged, package
from tests.packaging.helpers import make_case, scan_image

SCAN_SENTENCE = "\nA scan of the first invoice, as our supplier sent it, is Exhibit 5.\n"


def case_with_scan(folder: Path, suffix: str) -> dict[str, Path]:
    case = make_case(folder)
    scan_image(case["exhibits"] / f"Exhibit 5 - invoice scan{suffix}")
    with case["poa"].open("a", encoding="utf-8") as poa:
        poa.write(SCAN_SENTENCE)
    return case


def run(case: dict[str, Path], out: Path) -> Packaged:
    return package(case["poa"], case["notice"], out, case["exhibits"], case["account"])


def scan_of(result: Packaged) -> object:
    return next(e for e in result.appeal.exhibits if e.label == "Exhibit 5")


def test_a_tiff_scan_is_sent_as_a_pdf(tmp_path: Path) -> None:
    result = run(case_with_scan(tmp_path / "case", ".tiff"), tmp_path / "appeal")
    assert result.written, [f.line() for f in result.appeal.findings]
    scan = scan_of(result)
    assert scan.format == "pdf"  # type: ignore[attr-defined]
    assert "TIFF converted to PDF at no more than 300 dpi" in scan.conversion  # type: ignore[attr-defined]
    assert (result.out / "exhibits" / "Exhibit 5 - invoice scan.pdf").is_file()
    manifest = json.loads((result.out / "manifest.json").read_text())
    converted = [e for e in manifest["exhibits"] if e["conversion"]]
    assert converted[0]["source"]["name"] == "Exhibit 5 - invoice scan.tiff"


def test_a_png_scan_is_placed_on_a_page_with_its_highlights(tmp_path: Path) -> None:
    result = run(case_with_scan(tmp_path / "case", ".png"), tmp_path / "appeal")
    assert result.written, [f.line() for f in result.appeal.findings]
    pdf = pymupdf.open(result.out / "packet.pdf")
    last = pdf[pdf.page_count - 1]
    assert last.get_images()
    labels = {annot.info["content"] for annot in last.annots()}
    assert {"supplier", "ASIN"} <= labels
    part = next(p for p in result.appeal.exhibits if p.label == "Exhibit 5")
    assert part.mime_type == "image/png"


def test_an_image_over_the_size_limit_is_downscaled_into_a_pdf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = case_with_scan(tmp_path / "case", ".png")
    size = (case["exhibits"] / "Exhibit 5 - invoice scan.png").stat().st_size
    limit = 400_000
    assert size > limit
    for module in ("_convert", "_package"):
        monkeypatch.setattr(f"reinstate.packaging.{module}.max_file_bytes", lambda: limit)
    result = run(case, tmp_path / "appeal")
    scan = scan_of(result)
    assert "PNG converted to PDF" in scan.conversion  # type: ignore[attr-defined]
    assert "over the" in scan.conversion  # type: ignore[attr-defined]
    assert (result.out / "exhibits" / "Exhibit 5 - invoice scan.pdf").stat().st_size <= limit


def test_a_file_too_large_even_when_converted_is_refused_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = case_with_scan(tmp_path / "case", ".png")
    for module in ("_convert", "_package"):
        monkeypatch.setattr(f"reinstate.packaging.{module}.max_file_bytes", lambda: 20_000)
    result = run(case, tmp_path / "appeal")
    assert not result.written
    refused = [f for f in result.appeal.errors if f.rule == "package.exhibit-refused"]
    assert [f.where for f in refused] == ["Exhibit 5 - invoice scan.png"]
    assert "even as a PDF at 150 dpi" in refused[0].message
