"""`Notice.from_dict`: the one reader of notice JSON, every value checked."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest

from reinstate.errors import FormatError
from reinstate.notice import Notice, read_notice

EXAMPLE = Path(__file__).parents[2] / "examples" / "late-shipment" / "notice.json"


def example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text())
    return data


def test_the_example_notice_reads_back_to_the_same_json() -> None:
    notice = Notice.from_dict(example(), source="notice.json")
    assert notice.to_dict() == example()
    assert notice.received == datetime.date(2026, 10, 22)


def test_a_short_notice_takes_empty_values_for_the_fields_it_leaves_out() -> None:
    notice = Notice.from_dict({"version": 1, "received": "2026-10-01", "asins": ["b0c4kx7z2m"]})
    assert notice.asins == ("B0C4KX7Z2M",)
    assert notice.violations == ()
    assert notice.message_type == "warning"


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        (None, None, "not null"),
        ([], None, "not a list"),
        (42, None, "not a number"),
        ({}, "version", "is missing"),
        ({"version": 99}, "version", "is 99"),
        ({"version": True}, "version", "is True"),
        ({"version": 1, "asins": "B0C4KX7Z2M"}, "asins", "must be a list"),
        ({"version": 1, "asins": ["B0"]}, "asins[0]", "not an ASIN"),
        ({"version": 1, "asin": []}, "asin", "not a field"),
        ({"version": 1, "received": "09/24/2025"}, "received", "YYYY-MM-DD"),
        ({"version": 1, "received": "9999-12-31"}, "received", "year"),
        ({"version": 1, "message_type": "nope"}, "message_type", "not one of"),
        ({"version": 1, "violations": ["inauthentic"]}, "violations[0]", "must be an object"),
        (
            {"version": 1, "violations": [{"kind": "inauthentic", "confidence": float("nan")}]},
            "violations[0].confidence",
            "from 0 to 1",
        ),
        (
            {"version": 1, "documents": [{"kind": "invoice", "window_days": -5}]},
            "documents[0].window_days",
            "whole number",
        ),
        (
            {"version": 1, "documents": [{"kind": "invoice", "window_days": 1.5}]},
            "documents[0].window_days",
            "whole number",
        ),
        ({"version": 1, "deadline": {"days": "17"}}, "deadline.days", "whole number"),
        ({"version": 1, "rights_owner": {"name": 3}}, "rights_owner.name", "must be a string"),
    ],
)
def test_a_bad_value_is_an_error_naming_its_field(data: Any, field: str | None, words: str) -> None:
    with pytest.raises(FormatError) as caught:
        Notice.from_dict(data, source="notice.json")
    assert caught.value.path == "notice.json"
    assert caught.value.field == field
    assert words in caught.value.message


@pytest.mark.parametrize("text", ["null", "[]", "42", '"text"'])
def test_a_json_file_that_is_not_an_object_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "notice.json"
    path.write_text(text)
    with pytest.raises(FormatError, match="is not a notice"):
        read_notice(path)


def test_deeply_nested_json_is_an_error_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "notice.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(FormatError):
        read_notice(path)
