"""The spelling rule's word list: cached as plain text, and fine without a cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from reinstate.review import _words


def test_the_word_list_is_cached_and_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REINSTATE_CACHE_DIR", str(tmp_path))
    _words.english_words.cache_clear()
    first = _words.english_words()
    cached = list(tmp_path.glob("words-en-*.txt"))
    assert len(cached) == 1
    _words.english_words.cache_clear()
    assert _words.english_words() == first
    assert {"shipment", "received", "invoice"} <= first


def test_an_unwritable_cache_folder_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("REINSTATE_CACHE_DIR", str(blocker / "cache"))
    _words.english_words.cache_clear()
    assert "shipment" in _words.english_words()
    _words.english_words.cache_clear()
