"""The page cache: a page read once is not read again, the cache lives in its own folder
(never beside the seller's files), can be turned off, and several pages are read in
worker processes with the same result as one by one."""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import pytest

from reinstate.evidence import _cache, _ocr, check_file
from reinstate.evidence._load import load
from reinstate.evidence._pages import read_pages


@pytest.fixture
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("REINSTATE_CACHE_DIR", str(folder))
    monkeypatch.delenv("REINSTATE_OCR_CACHE", raising=False)
    return folder


@pytest.fixture
def scan(fixtures, tmp_path: Path) -> Path:
    """A copy of a one-page scan in a folder of its own (the seller's folder)."""
    seller = tmp_path / "seller"
    seller.mkdir()
    return Path(shutil.copy(fixtures["invoice-classic-scan.png"].path, seller))


def count_ocr(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = _ocr._tesseract_tsv

    def counted(pixels):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(pixels)

    monkeypatch.setattr(_ocr, "_tesseract_tsv", counted)
    return calls


def test_a_page_checked_again_is_read_from_the_cache(
    scan, cache_folder, monkeypatch, tesseract
) -> None:
    calls = count_ocr(monkeypatch)
    first = check_file(scan)
    second = check_file(scan)
    assert len(calls) == 1
    assert second.to_dict() == first.to_dict()
    assert first.fields.invoice_number


def test_the_cache_is_kept_in_its_folder_never_beside_the_files(
    scan, cache_folder, tesseract
) -> None:
    check_file(scan)
    assert list(cache_folder.glob("pages/*/*.json"))
    assert sorted(p.name for p in scan.parent.iterdir()) == [scan.name]


def test_the_cache_can_be_turned_off(scan, cache_folder, monkeypatch, tesseract) -> None:
    monkeypatch.setenv("REINSTATE_OCR_CACHE", "0")
    calls = count_ocr(monkeypatch)
    check_file(scan)
    check_file(scan)
    assert len(calls) == 2
    assert not cache_folder.exists()


def test_a_damaged_cache_entry_is_read_again(scan, cache_folder, monkeypatch, tesseract) -> None:
    check_file(scan)
    for entry in cache_folder.glob("pages/*/*.json"):
        entry.write_text("{not json")
    calls = count_ocr(monkeypatch)
    assert check_file(scan).fields.invoice_number
    assert len(calls) == 1


def test_pages_read_in_worker_processes_match_pages_read_one_by_one(
    tmp_path, monkeypatch, tesseract
) -> None:
    import numpy as np

    from reinstate.evidence.fixtures import CLEAN_INVOICES, draw_invoice
    from reinstate.evidence.fixtures._files import render_scan, save_scanned_pdf

    monkeypatch.setenv("REINSTATE_OCR_CACHE", "0")
    rng = np.random.default_rng(5)
    path = tmp_path / "three-pages.pdf"
    save_scanned_pdf([render_scan(draw_invoice(doc), rng) for doc in CLEAN_INVOICES[:3]], path)
    together = load(path)
    measures = read_pages(together.pages)
    alone = load(path)
    for page in alone.pages:
        read_pages([page])
    assert [p.words for p in together.pages] == [p.words for p in alone.pages]
    assert len(measures) == len(together.pages) == 3
    assert all(len(page.words) > 20 for page in together.pages)


def test_the_key_changes_with_the_page_image() -> None:
    import numpy as np

    white = np.full((20, 30), 255, np.uint8)
    dot = white.copy()
    dot[5, 5] = 0
    assert _cache.page_key(white, "m") != _cache.page_key(dot, "m")
    assert _cache.page_key(white, "m") != _cache.page_key(white.T.copy(), "m")
    assert _cache.page_key(white, "m") == _cache.page_key(white.copy(), "m")


@pytest.mark.parametrize("name", ["_pdf", "_pages", "_measure", "_ocr"])
def test_a_change_to_the_code_that_draws_or_reads_a_page_gives_new_keys(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = importlib.import_module(f"reinstate.evidence.{name}")
    _cache.code_version.cache_clear()
    before = _cache.code_version()
    changed = tmp_path / f"{name}.py"
    changed.write_bytes(Path(str(module.__file__)).read_bytes() + b"\n# changed\n")
    monkeypatch.setattr(module, "__file__", str(changed))
    _cache.code_version.cache_clear()
    try:
        assert _cache.code_version() != before
    finally:
        monkeypatch.undo()
        _cache.code_version.cache_clear()
