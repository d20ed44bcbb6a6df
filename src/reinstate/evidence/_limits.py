"""The resource limits of one evidence document: pages, pixels per page, total pixels.

The numbers live in ``reinstate/kb/data/limits.toml`` (section ``pages``). Each is checked
from the file's header (a PDF's page count and page boxes, an image's size and frames)
before any page is drawn, and a file over a limit is an ``InputError``: one sentence naming
the file, exit code 2.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reinstate.errors import InputError

SPLIT = "Send only the pages the appeal needs, or split the file."
SCALE = "Scan or photograph it again at an ordinary size, or scale it down."


@dataclass(frozen=True)
class Limits:
    """How many pages, and how many pixels per page and in all, one document may have."""

    max_pages: int
    max_page_pixels: int
    max_total_pixels: int
    max_aspect: float


@cache
def limits() -> Limits:
    """The limits of ``kb/data/limits.toml``."""
    from reinstate.kb import load_data

    pages = load_data("reinstate.kb", "limits.toml")["pages"]
    return Limits(
        int(pages["max_pages"]),
        int(pages["max_page_pixels"]),
        int(pages["max_total_pixels"]),
        float(pages["max_aspect"]),
    )


def check_page_count(path: Path, count: int, what: str = "pages", counted: bool = True) -> None:
    """Refuse a file of more pages (or frames) than `max_pages`; `counted`: `count` is
    the file's own count, not where counting stopped."""
    most = limits().max_pages
    if count > most:
        many = f"{count:,}" if counted else f"more than {most:,}"
        raise InputError(
            f"has {many} {what}; reinstate reads at most {most:,} in one file",
            path=str(path),
            hint=SPLIT,
        )


def check_page_size(path: Path, page: str, width: int, height: int) -> None:
    """Refuse `page` ("page 3", "the image") when it has too many pixels, or is a strip."""
    most, aspect = limits().max_page_pixels, limits().max_aspect
    where = f"{page} is"
    if width * height > most:
        raise InputError(
            f"{where} {width:,} x {height:,} pixels ({width * height:,}); "
            f"reinstate reads pages of at most {most:,} pixels",
            path=str(path),
            hint=SCALE,
        )
    if max(width, height) > aspect * max(1, min(width, height)):
        raise InputError(
            f"{where} {width:,} x {height:,} pixels, a strip more than {aspect:g} times "
            "longer than wide, not a document",
            path=str(path),
        )


def check_total(path: Path, sizes: list[tuple[int, int]]) -> None:
    """Refuse a file whose pages have too many pixels together."""
    total, most = sum(w * h for w, h in sizes), limits().max_total_pixels
    if total > most:
        raise InputError(
            f"has {total:,} pixels in its {len(sizes)} pages; reinstate reads at most "
            f"{most:,} from one file",
            path=str(path),
            hint=SPLIT,
        )


def check_pages(path: Path, sizes: list[tuple[int, int]], image: bool = False) -> None:
    """Every limit on a file whose pages are `sizes` (width, height) in pixels; `image`:
    a one-page image is called "the image"."""
    check_page_count(path, len(sizes), "frames" if image else "pages", counted=not image)
    for number, (width, height) in enumerate(sizes, start=1):
        page = "the image" if image and len(sizes) == 1 else f"page {number}"
        check_page_size(path, page, width, height)
    check_total(path, sizes)
