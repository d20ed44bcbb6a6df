"""The page cache: what was measured and read on a page image, keyed by its content.

A page is drawn, hashed (SHA-256 of its pixels and size) and looked up before any measure
or OCR, so checking the same file again, or the same page in another file, is instant.
Entries are small JSON files in ``$REINSTATE_CACHE_DIR/pages`` (else
``$XDG_CACHE_HOME/reinstate/pages``, else ``~/.cache/reinstate/pages``), never beside the
seller's files. ``REINSTATE_OCR_CACHE=0`` turns the cache off. The key includes the
source of the code that draws, measures and reads a page (`_pdf`, `_pages`, `_measure`,
`_ocr`) and Tesseract's version, so a change to
either never returns stale results. Entries hold the words read on a page of a seller's
document: the folder is created readable by its owner only.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

OFF = {"0", "off", "false", "no"}


def cache_dir() -> Path:
    """The folder of the page cache (see the module's docstring)."""
    explicit = os.environ.get("REINSTATE_CACHE_DIR")
    base = Path(explicit) if explicit else _xdg_cache() / "reinstate"
    return base / "pages"


def _xdg_cache() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")


def enabled() -> bool:
    """Whether the page cache is on (``REINSTATE_OCR_CACHE`` is not 0/off)."""
    return os.environ.get("REINSTATE_OCR_CACHE", "1").strip().lower() not in OFF


@cache
def code_version() -> str:
    """A digest of the code whose results are cached, and of Tesseract's version."""
    from reinstate.evidence import _measure, _ocr, _pages, _pdf

    digest = hashlib.sha256(_ocr.engine_version().encode())
    for module in (_measure, _ocr, _pages, _pdf):
        digest.update(Path(str(module.__file__)).read_bytes())
    return digest.hexdigest()[:16]


def page_key(pixels: Any, mode: str) -> str:
    """The key of a page image read in `mode` (what was asked of it)."""
    digest = hashlib.sha256(f"{code_version()} {mode} {pixels.shape}".encode())
    digest.update(memoryview(pixels).cast("B") if pixels.flags.c_contiguous else pixels.tobytes())
    return digest.hexdigest()


def _path(key: str) -> Path:
    return cache_dir() / key[:2] / f"{key}.json"


def get(key: str) -> dict[str, Any] | None:
    """The entry stored under `key`, or `None` (none, unreadable, or the cache is off)."""
    if not enabled():
        return None
    try:
        entry = json.loads(_path(key).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return entry if isinstance(entry, dict) else None


def put(key: str, entry: dict[str, Any]) -> None:
    """Store `entry` under `key`, whole or not at all; a cache that cannot be written is
    skipped (the check does not depend on it)."""
    if not enabled():
        return
    path = _path(key)
    try:
        cache_dir().mkdir(parents=True, exist_ok=True, mode=0o700)
        path.parent.mkdir(exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(entry, file)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
