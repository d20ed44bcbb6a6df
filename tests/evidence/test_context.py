"""The notice, orders and account files a check compares documents against."""

from __future__ import annotations

import datetime as dt
import gzip
import re

import pytest
from click.testing import CliRunner

from reinstate.cli import cli
from reinstate.errors import FormatError
from reinstate.evidence import make_context, read_account, read_orders


def test_units_sold_count_the_365_days_before_the_notice_without_cancellations(fixtures) -> None:
    units = read_orders([fixtures.orders], dt.date(2026, 10, 1))
    assert units == {"B0C4KX7Z2M": 240, "B0D1PQ8R5T": 90}


def test_the_account_file_gives_the_names_and_address(fixtures) -> None:
    account = read_account(fixtures.account)
    assert account.business_name == "Harbor Lane Goods LLC"
    assert account.marketplaces == ("US",)


def test_an_account_without_a_name_is_refused(out) -> None:
    path = out / "account.toml"
    path.write_text('address = "1 Main St"\n')
    with pytest.raises(FormatError, match="no name"):
        read_account(path)


def test_the_notice_json_gives_the_date_asins_and_invoice_window(out) -> None:
    path = out / "notice.json"
    path.write_text(
        '{"version": 1, "received": "2026-10-01", "asins": ["b0c4kx7z2m"],'
        ' "documents": [{"kind": "invoice", "window_days": 180, "text": "..."}]}'
    )
    context = make_context(path)
    assert context.notice_date == dt.date(2026, 10, 1)
    assert context.asins == ("B0C4KX7Z2M",)
    assert context.invoice_window_days == 180


def test_an_orders_file_without_asins_is_refused(out) -> None:
    path = out / "orders.txt"
    path.write_text("order-id\tsku\nA\tB\n")
    with pytest.raises(FormatError, match="not an all-orders report"):
        read_orders([path], None)


def test_orders_are_read_by_metrics_so_a_us_date_is_a_sentence_and_exit_2(fixtures, out) -> None:
    lines = fixtures.orders.read_text().splitlines()
    day = lines[1].split("\t")[1]
    path = out / "us-dates.txt"
    path.write_text("\n".join([lines[0], lines[1].replace(day, "09/24/2025"), *lines[2:]]) + "\n")
    invoice = str(fixtures["invoice-classic.pdf"].path)
    args = ["evidence", "check", invoice, "--notice", str(fixtures.notice), "--orders", str(path)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert 'line 2, column 2, field "purchase-date": "09/24/2025" is not a date' in result.output


def test_gzipped_comma_separated_orders_give_the_same_units(fixtures, out) -> None:
    text = fixtures.orders.read_text().replace("\t", ",")
    path = out / "orders.csv.gz"
    path.write_bytes(gzip.compress(text.encode()))
    until = dt.date(2026, 10, 1)
    assert read_orders([path], until) == read_orders([fixtures.orders], until)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ('{"version": 1, "asins": "B0C4KX7Z2M"}', "asins"),
        ('{"version": 1, "documents": [{"kind": "invoice", "window_days": -5}]}', "window_days"),
        ('{"received": "2026-10-01"}', "version"),
        ("[]", "not a notice"),
    ],
)
def test_notice_json_is_checked_by_the_one_notice_reader(out, body: str, field: str) -> None:
    path = out / "bad-notice.json"
    path.write_text(body)
    with pytest.raises(FormatError, match=re.escape(field)):
        make_context(path)
