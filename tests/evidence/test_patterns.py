"""The patterns for dates, money, phones and identifiers, on the forms invoices use."""

from __future__ import annotations

import datetime as dt

import pytest

from reinstate.evidence._load import sniff
from reinstate.evidence._patterns import amounts, identifiers, parse_date, snap_asin
from reinstate.evidence._redact import _PRICE_WORD


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Invoice Date: March 14, 2026", dt.date(2026, 3, 14)),
        ("Date: 05/02/2026", dt.date(2026, 5, 2)),
        ("Issue date: 2026-06-20", dt.date(2026, 6, 20)),
        ("Dated 14 Mar 2026", dt.date(2026, 3, 14)),
        ("Datum 25.03.2026", dt.date(2026, 3, 25)),
        ("Due in 30 days", None),
    ],
)
def test_dates_are_read_in_the_usual_invoice_forms(text, day) -> None:
    assert parse_date(text) == day


def test_asins_upcs_and_models_are_identifiers_and_ocr_s_o_for_zero_is_undone() -> None:
    found = identifiers("Board (ASIN BOC4KX7Z2M) 810046590127 Model: BX-200")
    assert found == ["B0C4KX7Z2M", "810046590127", "BX-200"]


@pytest.mark.parametrize("word", ["$8.50", "$2,550.00", "1,020.00", "€12,50", "(45.00)"])
def test_a_price_word_is_redacted(word) -> None:
    assert _PRICE_WORD.fullmatch(word)


@pytest.mark.parametrize("word", ["300", "512.555.0166", "14.03.2026", "B0C4KX7Z2M", "43215"])
def test_quantities_phones_dates_and_codes_are_not_prices(word) -> None:
    assert not _PRICE_WORD.fullmatch(word)


def test_amounts_are_found_in_a_line() -> None:
    assert amounts("Total Due $3,701.00 incl. 45.00 shipping") == ["$3,701.00", "45.00"]


@pytest.mark.parametrize(
    ("start", "kind"),
    [
        (b"%PDF-1.7", "pdf"),
        (b"\x89PNG\r\n", "png"),
        (b"\xff\xd8\xff\xe0", "jpeg"),
        (b"GIF89a", "gif"),
        (b"II*\x00", "tiff"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "webp"),
        (b"\x00\x00\x00\x18ftypheic", "heic"),
        (b"\xd0\xcf\x11\xe0", "ole"),
        (b"hello", "unknown"),
    ],
)
def test_the_real_format_is_told_by_the_first_bytes(start, kind) -> None:
    assert sniff(start + b"\x00" * 16) == kind


@pytest.mark.parametrize(
    ("read", "snapped"),
    [
        ("B0D1PQ8RST", "B0D1PQ8R5T"),  # one character misread: the notice's ASIN
        ("B0DIPQ8RS5T", "B0D1PQ8R5T"),  # I for 1, and an S added
        ("B0D1PQ8R5T", "B0D1PQ8R5T"),
        ("B0D1PQXXST", "B0D1PQXXST"),  # three apart: a different product
    ],
)
def test_an_ocr_reading_one_character_off_a_notice_asin_is_taken_for_it(read, snapped) -> None:
    assert snap_asin(read, ("B0C4KX7Z2M", "B0D1PQ8R5T")) == snapped


def test_a_missing_ocr_engine_is_a_clear_error_naming_the_set_up_script(monkeypatch) -> None:
    from reinstate.errors import ReinstateError
    from reinstate.evidence import _ocr

    monkeypatch.setattr(_ocr.shutil, "which", lambda name: None)
    with pytest.raises(ReinstateError, match="Tesseract is not installed") as error:
        _ocr.require_tesseract()
    assert "scripts/system-deps" in error.value.sentence()


@pytest.mark.parametrize(
    ("cell", "phrase", "title"),
    [
        ("pro forma invoice", "pro forma", True),
        ("packing slip", "packing slip", True),
        ("purchase order: po-1182", "purchase order", False),
        ("your purchase order number 5521", "purchase order", False),
        ("payment receipt", "receipt", True),
    ],
)
def test_a_refused_type_counts_only_as_the_document_s_title(cell, phrase, title) -> None:
    from reinstate.evidence._refused import is_title

    assert is_title(cell, phrase) is title


@pytest.mark.parametrize(
    "text",
    [
        "+86 755 1234 5678",
        "+44 20 7946 0958",
        "Tel: 020 7946 0958",
        "+49 30 12345678",
        "+852 3 5550 1720",
    ],
)
def test_international_and_labelled_phone_numbers_are_phones(text) -> None:
    from reinstate.evidence._patterns import PHONE

    assert PHONE.search(text)


@pytest.mark.parametrize("text", ["Invoice 2026-03-14", "EAN 4006381333931", "Portland, OR 97205"])
def test_dates_codes_and_zip_codes_are_not_phones(text) -> None:
    from reinstate.evidence._patterns import PHONE

    assert not PHONE.search(text)
