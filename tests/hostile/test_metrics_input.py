"""Broken report files in `reinstate metrics`: one sentence each, never a false verdict."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from reinstate.cli import cli
from reinstate.errors import FormatError, InputError
from reinstate.metrics import compute_metrics, render_text
from tests.metrics.helpers import ORDERS_HEADER, order_rows, write_orders


def _error(*paths: Path, **options: object) -> InputError:
    with pytest.raises(InputError) as caught:
        compute_metrics(list(paths), **options)  # type: ignore[arg-type]
    return caught.value


def test_no_verdict_on_targets_is_given_when_no_metric_has_data(tmp_path):
    report = compute_metrics([write_orders(tmp_path / "orders.txt")], as_of=_date("1996-01-01"))
    text = render_text(report)
    assert "Every metric with a target meets it" not in text
    assert "No metric with a target has data" in text


def test_the_verdict_stays_when_every_metric_with_data_meets_its_target(tmp_path):
    text = render_text(compute_metrics([write_orders(tmp_path / "orders.txt")]))
    assert "No metric with a target has data" not in text


@pytest.mark.parametrize("day", ["0001-01-01", "1994-12-31", "2100-01-01", "9999-12-31"])
def test_an_as_of_date_outside_the_years_of_amazons_reports_is_refused(tmp_path, day):
    error = _error(write_orders(tmp_path / "orders.txt"), as_of=_date(day))
    assert error.field == "--as-of"
    assert "1995-2099" in error.message


def test_an_as_of_date_far_in_the_past_on_the_command_line_exits_2(tmp_path):
    orders = write_orders(tmp_path / "orders.txt")
    result = CliRunner().invoke(cli, ["metrics", str(orders), "--as-of", "0001-01-01"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_an_order_dated_9999_is_named_by_line_and_column(tmp_path):
    rows = order_rows()
    rows[2][1] = "9999-01-01T10:00:00+00:00"
    error = _error(write_orders(tmp_path / "orders.txt", rows))
    assert (error.line, error.field) == (4, "purchase-date")
    assert "from 1995 to 2099" in error.message


def test_a_negative_quantity_is_named_by_line_and_column(tmp_path):
    rows = order_rows()
    rows[3][ORDERS_HEADER.index("quantity")] = "-5"
    error = _error(write_orders(tmp_path / "orders.txt", rows))
    assert (error.line, error.field) == (5, "quantity")
    assert "0 or more" in error.message


def test_a_nul_byte_in_a_report_is_named_by_line_and_column(tmp_path):
    path = write_orders(tmp_path / "orders.txt")
    data = path.read_bytes()
    at = data.index(b"SKU-1")
    path.write_bytes(data[:at] + b"\x00" + data[at:])
    error = _error(path)
    assert "NUL byte" in error.message
    assert error.line == data[:at].count(b"\n") + 1
    assert len(error.sentence()) < 300


def test_a_column_named_twice_is_refused(tmp_path):
    header = list(ORDERS_HEADER)
    header[2] = "purchase-date"
    error = _error(write_orders(tmp_path / "orders.txt", header=header))
    assert 'names the column "purchase-date" twice' in error.message
    assert (error.line, error.column) == (1, 3)


def test_a_truncated_gzip_report_is_one_sentence_with_no_temporary_path(tmp_path):
    rows = order_rows(40_000)
    plain = write_orders(tmp_path / "orders.txt", rows)
    packed = gzip.compress(plain.read_bytes(), compresslevel=1)
    cut = tmp_path / "orders.txt.gz"
    cut.write_bytes(packed[: len(packed) * 2 // 3])
    error = _error(cut)
    assert isinstance(error, FormatError)
    assert "gzip cut short or damaged" in error.message
    assert "reinstate-metrics-" not in error.sentence()


def test_a_flood_of_mixed_blank_lines_is_one_sentence(tmp_path):
    path = tmp_path / "orders.txt"
    path.write_bytes(("\t".join(ORDERS_HEADER) + "\n").encode() + b"\r\n\n" * 100_000)
    error = _error(path)
    assert "Possible fixes" not in error.sentence()
    assert "reinstate-metrics-" not in error.sentence()


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_a_report_that_is_not_a_regular_file_is_refused_at_once(tmp_path, kind):
    path = tmp_path / "orders.txt"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    else:
        path = Path("/dev/zero")
    error = _error(path)
    assert "not a regular file" in error.message or "is a folder" in error.message


def _date(day: str):
    from datetime import date

    return date.fromisoformat(day)
