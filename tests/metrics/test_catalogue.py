"""`read_catalogue`: SKUs, ASINs, product names and units sold, through metrics' readers."""

from __future__ import annotations

import csv
import gzip
import io
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from reinstate.demo import DemoData
from reinstate.errors import FormatError, InputError
from reinstate.metrics import CatalogueItem, read_catalogue, units_sold

HEADER = "amazon-order-id\tpurchase-date\torder-status\tproduct-name\tsku\tasin\tquantity"
ROWS = [
    "111-0000001-0000001\t2025-09-24T12:02:50+00:00\tShipped\tOak lamp\tLAMP-1\tB0AAAAAAA1\t2",
    "111-0000002-0000001\t2025-10-02T08:00:00+00:00\tShipped\tOak lamp\tLAMP-1\tB0AAAAAAA1\t3",
    "111-0000003-0000001\t2025-10-03T08:00:00+00:00\tCancelled\tOak lamp\tLAMP-1\tB0AAAAAAA1\t9",
    "111-0000004-0000001\t2025-11-01T08:00:00+00:00\tShipped\tCandle\tCANDLE-3\tb0bbbbbbb2\t1",
]


def plain_units(path: Path, by: str) -> Counter[str]:
    """Units per key counted with the csv module, cancelled orders left out."""
    rows = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")), delimiter="\t")
    units: Counter[str] = Counter()
    for row in rows:
        if row["order-status"] != "Cancelled" and row["item-status"] != "Cancelled":
            units[row[by].upper() if by == "asin" else row[by]] += int(row["quantity"])
    return units


def write(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


def test_units_sold_per_asin_and_sku_match_a_plain_count_of_the_demo_orders(
    demo: DemoData,
) -> None:
    items = read_catalogue([demo.paths["all_orders"]])
    assert units_sold(items) == {
        k: v for k, v in plain_units(demo.paths["all_orders"], "asin").items() if k
    }
    assert units_sold(items, by="sku") == dict(plain_units(demo.paths["all_orders"], "sku"))


def test_each_item_has_its_product_name_and_first_and_last_order(tmp_path: Path) -> None:
    items = read_catalogue([write(tmp_path / "orders.txt", [HEADER, *ROWS])])
    assert items == (
        CatalogueItem("CANDLE-3", "B0BBBBBBB2", "Candle", 1, date(2025, 11, 1), date(2025, 11, 1)),
        CatalogueItem("LAMP-1", "B0AAAAAAA1", "Oak lamp", 5, date(2025, 9, 24), date(2025, 10, 3)),
    )


def test_a_window_counts_only_the_orders_inside_it(tmp_path: Path) -> None:
    path = write(tmp_path / "orders.txt", [HEADER, *ROWS])
    items = read_catalogue([path], since=date(2025, 10, 1), until=date(2025, 10, 31))
    assert units_sold(items) == {"B0AAAAAAA1": 3}
    assert items[0].first_order == date(2025, 10, 2)


def test_gzip_comma_separated_and_windows_1252_files_read_the_same(tmp_path: Path) -> None:
    plain = read_catalogue([write(tmp_path / "orders.txt", [HEADER, *ROWS])])
    comma = [line.replace("\t", ",") for line in (HEADER, *ROWS)]
    (tmp_path / "orders.csv.gz").write_bytes(gzip.compress(("\n".join(comma) + "\n").encode()))
    assert read_catalogue([tmp_path / "orders.csv.gz"]) == plain
    accented = [line.replace("Oak lamp", "Lampe chêne") for line in (HEADER, *ROWS)]
    cp1252 = read_catalogue([write(tmp_path / "cp1252.txt", accented, "cp1252")])
    assert [i.product_name for i in cp1252] == ["Candle", "Lampe chêne"]


def test_two_overlapping_reports_count_each_order_item_once(tmp_path: Path) -> None:
    first = write(tmp_path / "a.txt", [HEADER, *ROWS[:3]])
    second = write(tmp_path / "b.txt", [HEADER, *ROWS[1:]])
    assert units_sold(read_catalogue([first, second])) == {"B0AAAAAAA1": 5, "B0BBBBBBB2": 1}


def test_a_us_style_purchase_date_is_an_error_naming_line_and_field(tmp_path: Path) -> None:
    bad = ROWS[1].replace("2025-10-02T08:00:00+00:00", "09/24/2025")
    path = write(tmp_path / "orders.txt", [HEADER, ROWS[0], bad])
    with pytest.raises(FormatError) as caught:
        read_catalogue([path])
    assert caught.value.line == 3
    assert caught.value.field == "purchase-date"
    assert '"09/24/2025" is not a date and time' in str(caught.value)


def test_a_file_that_is_not_an_all_orders_report_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "returns.txt", ["order-id\tsku\treturn-date", "A\tB\t2025-01-01"])
    with pytest.raises(FormatError, match="is not an all-orders report"):
        read_catalogue([path])


def test_a_window_that_ends_before_it_starts_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "orders.txt", [HEADER, *ROWS])
    with pytest.raises(InputError, match="starts"):
        read_catalogue([path], since=date(2025, 10, 1), until=date(2025, 10, 1) - timedelta(1))


def test_each_metric_is_a_typed_value_whose_json_keeps_the_documented_keys(report) -> None:
    from reinstate.metrics import Metric

    metric = report.metrics["late_shipment_rate_30d"]
    assert isinstance(metric, Metric)
    assert list(metric.to_dict()) == [
        "value", "numerator", "denominator", "window", "target", "target_condition",
        "status", "source", "approximate", "note",
    ]  # fmt: skip
    amazon = Metric(0.01, 1, 100, None, 0.04, "LESS_THAN", "good", source="amazon-report")
    assert list(amazon.to_dict())[-4:] == ["amazon_status", "rate_as_given", "rate_scale", "note"]
