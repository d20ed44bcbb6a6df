"""The public library surface of reinstate.notice."""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path

import pytest

import reinstate.notice as notice_package
from reinstate.errors import FormatError, InputError
from reinstate.notice import Notice, parse_notice, read_notice

from ._paths import CORPUS

DEACTIVATION = """Hello,

We have deactivated your Amazon selling account because of Order Defect Rate.
Send a plan of action within 72 hours.
"""


def test_the_package_exports_a_sorted_and_honest_all() -> None:
    names = notice_package.__all__
    # ruff's RUF022 order: CONSTANTS, then Classes, then functions, each alphabetical
    assert names == sorted(names, key=lambda n: (not n.isupper(), not n[0].isupper(), n))
    assert all(hasattr(notice_package, name) for name in names)
    public = {name for name in dir(notice_package) if not name.startswith("_")}
    assert public - set(names) <= {"annotations"}


def test_a_notice_is_frozen() -> None:
    notice = parse_notice(DEACTIVATION)
    with pytest.raises(AttributeError):
        notice.message_type = "warning"  # type: ignore[misc]


def test_the_json_shape_has_exactly_the_documented_fields() -> None:
    keys = set(parse_notice(DEACTIVATION).to_dict())
    assert keys == {
        "version", "message_type", "violations", "asins", "order_ids", "skus", "brands",
        "received", "deadline", "documents", "issues", "marketplace", "policy_links",
        "rights_owner", "requests", "language",
    }  # fmt: skip


def test_a_deadline_in_hours_is_due_whole_days_after_the_received_date() -> None:
    notice = parse_notice(DEACTIVATION, received=datetime.date(2026, 11, 3))
    assert notice.deadline is not None
    assert notice.deadline.to_dict() == {
        "text": "72 hours",
        "days": None,
        "hours": 72,
        "due": "2026-11-06",
    }


def test_a_deadline_given_as_a_date_is_due_that_day() -> None:
    notice = parse_notice(
        "We have deactivated your account. Submit your appeal by 20 November 2026."
    )
    assert notice.deadline is not None
    assert notice.deadline.to_dict() == {
        "text": "by 2026-11-20",
        "days": None,
        "hours": None,
        "due": "2026-11-20",
    }


def test_the_received_option_wins_over_the_date_in_the_message() -> None:
    path = CORPUS / "03-deactivation-code-of-conduct.eml"
    notice = read_notice(path, received=datetime.date(2026, 12, 1))
    assert notice.received == datetime.date(2026, 12, 1)
    assert notice.deadline is not None
    assert notice.deadline.due == datetime.date(2027, 3, 1)


def test_empty_text_is_an_input_error_that_says_what_to_do() -> None:
    with pytest.raises(InputError, match=r"is empty\. Paste the whole message"):
        parse_notice("  \n ", source="notice.txt")


def test_an_unknown_content_type_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown content type"):
        parse_notice(DEACTIVATION, content_type="pdf")


def test_a_missing_file_is_an_input_error_naming_the_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.txt: no such file"):
        read_notice(tmp_path / "nope.txt")


def test_a_binary_file_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_bytes(b"\x00\x01\x02PK")
    with pytest.raises(InputError, match="binary"):
        read_notice(path)


def test_standard_input_is_read_with_a_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(DEACTIVATION.encode()))
    monkeypatch.setattr("sys.stdin", stdin)
    notice = read_notice("-")
    assert notice.message_type == "deactivation"
    assert notice.source == "<stdin>"


def test_an_eml_on_standard_input_is_recognised_by_its_headers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    raw = (CORPUS / "03-deactivation-code-of-conduct.eml").read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(raw)))
    assert read_notice("-").received == datetime.date(2026, 11, 2)


def test_a_notice_already_read_as_json_reads_back_the_same(tmp_path: Path) -> None:
    original = read_notice(CORPUS / "13-listing-removal-ip-trademark.txt")
    path = tmp_path / "notice.json"
    path.write_text(json.dumps(original.to_dict()))
    assert read_notice(path) == original


def test_json_of_another_shape_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "notice.json"
    path.write_text('{"version": 7}')
    with pytest.raises(InputError, match="notice JSON of version 1"):
        read_notice(path)


def test_from_dict_names_a_bad_version() -> None:
    with pytest.raises(FormatError, match='field "version"'):
        Notice.from_dict({"version": 2, "message_type": "warning"})


def test_smart_quotes_odd_spaces_and_quoting_do_not_hide_the_wording() -> None:
    text = (
        "> > We\u2019ve\u00a0deactivated your\n"
        "> > Amazon selling account.\n"
        "> > ASIN:\u00a0B0SMARTQ01"
    )
    notice = parse_notice(text)
    assert notice.message_type == "deactivation"
    assert notice.asins == ("B0SMARTQ01",)


def test_html_is_read_as_visible_text_without_scripts() -> None:
    html = (
        "<html><script>var a='B0SCRIPT01';</script>"
        "<p>We have removed your listing B0VISIBLE1.</p></html>"
    )
    notice = parse_notice(html, content_type="html")
    assert notice.asins == ("B0VISIBLE1",)
    assert notice.message_type == "listing-removal"


def test_a_notice_in_german_is_said_to_be_german() -> None:
    text = (
        "Guten Tag, wir haben Ihr Verkäuferkonto deaktiviert. "
        "Bitte senden Sie uns die Rechnungen, die wir haben wollen."
    )
    assert parse_notice(text).language == "de"


def test_text_without_any_known_wording_is_a_guess_with_no_evidence() -> None:
    notice = parse_notice("lorem ipsum dolor sit amet")
    assert notice.type_evidence == ""
    assert notice.violation_kinds == ("other",)


@pytest.mark.parametrize(
    ("text", "marketplace"),
    [
        ("Sold on Amazon.co.uk today.", "UK"),
        ("See https://sellercentral.amazon.de/help", "DE"),
        ("From: seller-performance@amazon.com", "US"),
        ("Marketplace: Germany", "DE"),
        ("https://sellercentral-europe.amazon.com/help", None),
    ],
)
def test_the_marketplace_is_read_from_domains_and_names(text: str, marketplace: str | None) -> None:
    assert parse_notice(text).marketplace == marketplace


@pytest.mark.parametrize(
    ("text", "received"),
    [
        ("Date: Tue, 3 Nov 2026 10:00:00 +0000", "2026-11-03"),
        ("Sent: Tuesday, November 3, 2026 10:02 AM", "2026-11-03"),
        ("Date: 2026-11-03", "2026-11-03"),
        ("Datum: 3. November 2026", "2026-11-03"),
        ("Date: 03/11/2026\nhttps://sellercentral.amazon.co.uk/x", "2026-11-03"),
        ("Date: 11/03/2026", "2026-11-03"),
    ],
)
def test_the_received_date_is_read_from_header_lines(text: str, received: str) -> None:
    found = parse_notice(text).received
    assert found is not None
    assert found.isoformat() == received


def test_notice_text_is_never_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("DEBUG"):
        parse_notice(DEACTIVATION)
    assert "deactivated" not in caplog.text


def test_the_text_renderer_is_public_in_the_core() -> None:
    from reinstate.notice import render_text

    text = render_text(read_notice(CORPUS / "01-deactivation-inauthentic.txt"))
    assert text.splitlines()[1].startswith("Message type: deactivation")
    assert "Issues your plan of action must answer:" in text
