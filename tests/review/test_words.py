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


def test_the_word_set_answers_alike_by_bisection_and_once_it_is_a_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    words = _words.WordSet(sorted(["carrier", "invoice", "shipment", "zebra"]))
    asked = ["carrier", "invoce", "shipment", "", "zz", "a"]
    by_bisection = ([word in words for word in asked], words.missing(asked))
    monkeypatch.setattr(_words, "_SET_AFTER", 0)
    assert ([word in words for word in asked], words.missing(asked)) == by_bisection
    assert by_bisection == ([True, False, True, False, False, False], {"invoce", "", "zz", "a"})
    assert 42 not in words


def test_the_cached_list_is_read_with_its_line_offsets_and_answers_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REINSTATE_CACHE_DIR", str(tmp_path))
    _words.english_words.cache_clear()
    listed = _words.english_words()  # written now: a list
    assert len(list(tmp_path.glob("words-en-*.offsets"))) == 1
    _words.english_words.cache_clear()
    indexed = _words.english_words()  # read back: the text and its offsets
    _words.english_words.cache_clear()
    assert indexed._list is None
    asked = ["shipment", "invoce", "a", "zzz", "", "aardvark", "zucchini", "carrier's"]
    assert [w in indexed for w in asked] == [w in listed for w in asked]
    assert indexed.missing(asked) == listed.missing(asked)
    assert len(indexed) == len(listed)
    assert list(indexed)[:100] == list(listed)[:100]


def test_offsets_that_do_not_fit_the_cached_list_are_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REINSTATE_CACHE_DIR", str(tmp_path))
    _words.english_words.cache_clear()
    listed = _words.english_words()
    (offsets,) = tmp_path.glob("words-en-*.offsets")
    data = bytearray(offsets.read_bytes())
    line = (len(data) // 4 - 1) // 64  # one of the lines checked (offsets of another list)
    data[4 * line : 4 * line + 4] = data[4 * line + 4 : 4 * line + 8]
    offsets.write_bytes(bytes(data))
    _words.english_words.cache_clear()
    again = _words.english_words()
    _words.english_words.cache_clear()
    assert again._list is not None  # the text was split instead
    assert again == listed
