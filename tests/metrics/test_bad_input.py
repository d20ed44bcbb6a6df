"""Bad input is a clear error naming file, line and column, and no partial output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reinstate.cli import cli
from reinstate.errors import FormatError, InputError
from reinstate.metrics import compute_metrics

from .helpers import ORDERS_HEADER, older_feedback_export, order_rows, write_orders


def error_for(*paths: Path, **options: object) -> InputError:
    with pytest.raises(InputError) as caught:
        compute_metrics(list(paths), **options)  # type: ignore[arg-type]
    return caught.value


def test_a_file_that_is_no_amazon_report_is_named(folder):
    wrong = folder / "notes.txt"
    wrong.write_text("shopping list\teggs\nmilk\tbread\n")
    error = error_for(wrong)
    assert isinstance(error, FormatError)
    assert "not a report reinstate recognises" in error.sentence()
    assert (error.path, error.line) == (str(wrong), 1)


def test_a_missing_column_is_named_with_the_columns_found(folder):
    header = [h for h in ORDERS_HEADER if h != "quantity"]
    rows = [
        [v for h, v in zip(ORDERS_HEADER, r, strict=True) if h != "quantity"] for r in order_rows()
    ]
    error = error_for(write_orders(folder / "orders.txt", rows, header))
    assert 'has no column "quantity"' in error.message
    assert "purchase-date" in error.message


@pytest.mark.parametrize(
    ("column", "value", "words"),
    [
        ("purchase-date", "2025-13-45", "is not a date and time"),
        ("quantity", "two", "is not a whole number"),
        ("fulfillment-channel", "Marketplace", 'neither "Amazon" nor "Merchant"'),
        ("amazon-order-id", "", "is empty"),
    ],
)
def test_a_bad_value_is_named_by_line_and_column(folder, column, value, words):
    rows = order_rows()
    index = ORDERS_HEADER.index(column)
    rows[3][index] = value
    error = error_for(write_orders(folder / "orders.txt", rows))
    assert words in error.message
    assert (error.line, error.column, error.field) == (5, index + 1, column)


def test_undecodable_bytes_near_the_start_are_named_by_line_and_column(folder):
    rows = order_rows()
    path = write_orders(folder / "orders.txt", rows)
    data = path.read_bytes().replace(b"SKU-2", b"SKU-\x81", 1)
    path.write_bytes(data)
    error = error_for(path)
    assert "0x81" in error.message
    assert "cannot be decoded" in error.message
    line = data[: data.index(b"\x81")].count(b"\n") + 1
    assert error.line == line
    assert error.column is not None


def test_undecodable_bytes_deep_in_a_file_are_named_by_line_and_column(folder):
    rows = order_rows(4000)
    rows[3999][5] = "SKU-X"
    path = write_orders(folder / "orders.txt", rows)
    data = path.read_bytes().replace(b"SKU-X", b"SKU-\x81")
    path.write_bytes(data)
    error = error_for(path)
    assert "0x81" in error.message
    assert error.line == 4001
    assert error.column == data.split(b"\n")[4000].index(b"\x81") + 1


def test_an_empty_file_is_an_error(folder):
    empty = folder / "orders.txt"
    empty.write_bytes(b"")
    assert "is empty" in error_for(empty).message


def test_an_all_orders_file_with_only_a_header_is_an_error(folder):
    path = folder / "orders.txt"
    path.write_text("\t".join(ORDERS_HEADER) + "\n")
    assert "no order rows" in error_for(path).message


def test_a_return_date_that_parses_under_no_format_is_named(demo, folder):
    lines = demo.paths["fba_returns"].read_bytes().split(b"\r\n")
    lines[2] = b"31/31/2025" + lines[2][lines[2].index(b"\t") :]
    bad = folder / "returns.txt"
    bad.write_bytes(b"\r\n".join(lines))
    error = error_for(demo.paths["all_orders"], bad)
    assert (error.line, error.column, error.field) == (3, 1, "return-date")


def test_a_feedback_rating_outside_one_to_five_is_named(demo, folder):
    lines = demo.paths["feedback_en"].read_bytes().split(b"\r\n")
    fields = lines[1].split(b"\t")
    fields[1] = b"9"
    lines[1] = b"\t".join(fields)
    bad = folder / "feedback.txt"
    bad.write_bytes(b"\r\n".join(lines))
    error = error_for(demo.paths["all_orders"], bad)
    assert "rating from 1 to 5" in error.message
    assert (error.line, error.column) == (2, 2)


def test_broken_json_is_named_by_line_and_column(folder):
    bad = folder / "health.json"
    bad.write_text('{\n  "performanceMetrics": [\n    {,}\n  ]\n}\n')
    error = error_for(bad)
    assert "not valid JSON" in error.message
    assert error.line == 3


def test_json_that_is_not_the_account_health_report_is_an_error(folder):
    other = folder / "other.json"
    other.write_text(json.dumps({"orders": []}))
    assert "performanceMetrics" in error_for(other).message


def test_an_unknown_defect_type_is_named_by_line(folder):
    path = folder / "defects.csv"
    path.write_text(
        "Order ID,Defect Type\n111-0000000-0000001,Late Shipment\n111-0000000-0000002,Lost\n"
    )
    error = error_for(write_orders(folder / "orders.txt"), path)
    assert "defect type" in error.message
    assert error.line == 3
    assert error.column == 2


def test_a_defect_list_without_a_type_asks_to_be_named(folder):
    path = folder / "defects.csv"
    path.write_text("Order ID\n111-0000000-0000001\n")
    error = error_for(write_orders(folder / "orders.txt"), path)
    assert "--defects" in error.sentence()


def test_an_unknown_defects_option_type_is_an_error(folder):
    path = folder / "defects.csv"
    path.write_text("Order ID\n111-0000000-0000001\n")
    error = error_for(write_orders(folder / "orders.txt"), defects={path: "lost-parcel"})
    assert "not a defect type" in error.message


def test_returns_without_orders_are_an_error(demo):
    assert "no all-orders file" in error_for(demo.paths["fba_returns"]).message


def test_the_command_prints_no_partial_output_on_bad_input(demo, folder):
    bad = folder / "orders.txt"
    bad.write_bytes(b"")
    result = CliRunner().invoke(cli, ["metrics", str(demo.paths["fba_returns"]), str(bad)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"Error: {bad}: is empty" in result.stderr


def test_a_missing_file_is_named(folder):
    assert "no such file" in error_for(folder / "nope.txt").message


def test_a_bad_rating_in_an_older_feedback_export_names_its_column(demo, folder):
    older = older_feedback_export(demo, folder / "old.txt")
    lines = older.read_text("utf-8").splitlines()
    fields = lines[3].split("\t")
    fields[1] = "0"
    lines[3] = "\t".join(fields)
    older.write_text("\n".join(lines) + "\n", encoding="utf-8")
    error = error_for(demo.paths["all_orders"], older)
    assert "rating from 1 to 5" in error.message
    assert (error.line, error.column, error.field) == (4, 2, "Rating")
