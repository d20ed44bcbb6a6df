"""Reading the pages of a document: each drawn, measured and (for scans) OCR'd, then let go.

Pages are drawn one at a time and given to workers, one per core, a few at a time
(``IN_FLIGHT`` per worker), so a long file never holds every page drawn at once; each result
is looked up first in, and stored after in, the page cache (``_cache``), keyed by the
page image's content, so a file checked again is read at once.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import asdict
from typing import Any

from reinstate.evidence import _cache
from reinstate.evidence._measure import Measures, measure
from reinstate.evidence._model import Page, Word
from reinstate.evidence._ocr import ocr_words, zoom_for

IN_FLIGHT = 2  # pages sent ahead to each worker: keeps both cores busy, memory bounded
Found = list[tuple[str, tuple[float, float, float, float]]]


def cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def read_page(pixels: Any, text_layer: bool, ocr_all: bool) -> dict[str, Any]:
    """One page's measures, and its words when it is to be OCR'd: a document-like page (or
    any page with `ocr_all`) with no text layer. A plain dict, the cache's entry."""
    measures = measure(pixels)
    wanted = not text_layer and (ocr_all or measures.skew is not None)
    words = ocr_words(pixels, zoom_for(measures.text_height)) if wanted else None
    return {"measures": asdict(measures), "words": words}


def _mode(page: Page, ocr_all: bool) -> str:
    return f"text-layer={page.text_layer} ocr-all={ocr_all}"


def _jobs(pages: list[Page], ocr_all: bool) -> Iterator[tuple[Page, str, Any]]:
    """Each page drawn in turn, with its cache key (the drawing is dropped after use)."""
    for page in pages:
        pixels = page.image()
        page.size = (int(pixels.shape[0]), int(pixels.shape[1]))
        yield page, _cache.page_key(pixels, _mode(page, ocr_all)), pixels


def _apply(page: Page, entry: dict[str, Any]) -> Measures:
    """Set the page's words from `entry` (when it was OCR'd); its measures."""
    if entry["words"] is not None:
        page.words = [
            Word(text, page.to_page_units(tuple(box)), confidence=conf)
            for text, box, conf in entry["words"]
        ]
        page.ocr_done = True
    return Measures(**entry["measures"])


def _pool(pages: int) -> Executor | None:
    """A pool of one worker per core, or `None` when one page or one core makes it not pay.

    Threads, not processes: each worker's OCR runs in a Tesseract process of its own, and
    the measures are OpenCV and numpy calls that release the GIL, so both cores are busy;
    a process pool measured no faster on the 20-page bench (it pickles each page, starts
    interpreters, re-imports the caller's main module and forks a threaded web server)."""
    workers = min(cores(), pages)
    return ThreadPoolExecutor(max_workers=workers) if workers >= 2 else None


def read_pages(pages: list[Page], ocr_all: bool = False) -> dict[int, Measures]:
    """Measure every page and OCR those that need it (see ``read_page``); fills the
    pages' words and returns their measures by page number."""
    if ocr_all and all(page.text_layer or page.ocr_done for page in pages):
        return {}
    pool = _pool(len(pages))
    try:
        return _read_all(pages, ocr_all, pool)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _read_all(pages: list[Page], ocr_all: bool, pool: Executor | None) -> dict[int, Measures]:
    measures: dict[int, Measures] = {}
    waiting: list[tuple[Page, str, Future[dict[str, Any]]]] = []
    limit = IN_FLIGHT * min(cores(), len(pages))
    for page, key, pixels in _jobs(pages, ocr_all):
        entry = _cache.get(key)
        if entry is None and pool is None:
            entry = read_page(pixels, page.text_layer, ocr_all)
            _cache.put(key, entry)
        if entry is not None:
            measures[page.number] = _apply(page, entry)
            continue
        assert pool is not None  # without a pool the entry was read above
        waiting.append((page, key, pool.submit(read_page, pixels, page.text_layer, ocr_all)))
        del pixels
        while len(waiting) >= limit:
            _collect(waiting.pop(0), measures)
    for job in waiting:
        _collect(job, measures)
    return measures


def _collect(job: tuple[Page, str, Future[dict[str, Any]]], into: dict[int, Measures]) -> None:
    page, key, future = job
    entry = future.result()
    _cache.put(key, entry)
    into[page.number] = _apply(page, entry)
