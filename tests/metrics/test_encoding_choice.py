"""A report that two encodings both decode is read in the one its text is written in."""

from __future__ import annotations

from pathlib import Path

import pytest

from reinstate.metrics import read_catalogue
from reinstate.metrics._source import decode_head

from .test_catalogue import HEADER, ROWS, write

# Every byte of these titles in Shift_JIS is also defined in Windows-1252 (hiragana and
# katakana lead bytes 0x82/0x83 and trail bytes 0x40-0xFC but 0x81, 0x8D, 0x8F, 0x90, 0x9D).
JAPANESE_TITLES = ["ありがとう", "マグカップ"]


def test_the_titles_chosen_decode_in_both_encodings() -> None:
    for title in JAPANESE_TITLES:
        title.encode("shift_jis").decode("cp1252")


def test_japanese_text_whose_bytes_are_all_windows_1252_is_read_as_shift_jis() -> None:
    head = "\t".join(["asin", *JAPANESE_TITLES]).encode("shift_jis")
    assert decode_head(head, Path("orders.txt")) == (
        "\t".join(["asin", *JAPANESE_TITLES]),
        "shift_jis",
    )


@pytest.mark.parametrize("text", ["Gläser Größe", "Café crème – Tasse", "Ölkanne, 1 l"])
def test_western_text_stays_windows_1252_even_where_shift_jis_decodes_it(text: str) -> None:
    head = text.encode("cp1252")
    assert decode_head(head, Path("orders.txt")) == (text, "cp1252")


def test_a_utf8_head_is_read_as_utf8_and_its_bom_dropped() -> None:
    assert decode_head("\ufeffasin\tマグ".encode(), Path("orders.txt")) == ("asin\tマグ", "utf-8")


def test_a_whole_report_in_shift_jis_is_transcoded_as_shift_jis(tmp_path: Path) -> None:
    rows = [row.replace("Oak lamp", "マグカップ") for row in ROWS]
    items = read_catalogue([write(tmp_path / "orders-jp.txt", [HEADER, *rows], "shift_jis")])
    assert sorted(i.product_name for i in items) == ["Candle", "マグカップ"]
