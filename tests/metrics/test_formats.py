"""Every format variant is read to the same numbers: gzip, BOM, CRLF, encodings, columns."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path
from typing import Any

import pytest

from reinstate.demo import DemoData
from reinstate.metrics import compute_metrics, recognise_file

from .helpers import ORDERS_HEADER, older_feedback_export, order_rows, write_orders

ORDER_METRICS = (
    "order_defect_rate_mfn",
    "cancellation_rate",
    "late_shipment_rate_30d",
    "negative_feedback_rate",
    "return_rate",
)


def others(demo: DemoData) -> list[Path]:
    return [p for k, p in sorted(demo.paths.items()) if k != "all_orders"]


def counts(result: dict[str, Any]) -> dict[str, tuple[int, int]]:
    return {
        n: (result["metrics"][n]["numerator"], result["metrics"][n]["denominator"])
        for n in ORDER_METRICS
    }


def with_orders(demo: DemoData, orders: Path) -> dict[str, Any]:
    return compute_metrics([orders, *others(demo)]).to_dict()


EXPECTED_KINDS = {
    "all_orders": "all_orders",
    "fba_returns": "fba_returns",
    "merchant_returns": "merchant_returns",
    "feedback_en": "feedback",
    "feedback_de": "feedback",
    "feedback_ja": "feedback",
    "late_shipment_list": "defect_list",
    "cancellation_list": "defect_list",
    "odr_list": "defect_list",
    "account_health": "account_health",
}


@pytest.mark.parametrize("key", sorted(EXPECTED_KINDS))
def test_each_demo_file_is_recognised_by_its_content(demo, folder, key):
    renamed = folder / "report.dat"
    shutil.copy(demo.paths[key], renamed)
    assert recognise_file(str(renamed)) == EXPECTED_KINDS[key]


def test_encodings_are_reported_per_file(result):
    encodings = {Path(f["path"]).name: f["encoding"] for f in result["files"]}
    assert encodings["fba-returns.txt"] == "cp1252"
    assert encodings["feedback-jp.txt"] == "shift_jis"
    assert encodings["feedback-de.txt"] == "cp1252"
    assert encodings["merchant-returns.txt.gz"] == "utf-8"


def test_a_gzipped_all_orders_file_gives_the_same_numbers(demo, folder, result):
    packed = folder / "orders.bin"
    packed.write_bytes(gzip.compress(demo.paths["all_orders"].read_bytes()))
    assert counts(with_orders(demo, packed)) == counts(result)


def test_bom_and_crlf_give_the_same_numbers(demo, folder, result):
    text = demo.paths["all_orders"].read_text("utf-8")
    crlf = folder / "orders.txt"
    crlf.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    assert counts(with_orders(demo, crlf)) == counts(result)


def test_a_cp1252_byte_far_into_a_utf8_looking_file_switches_to_cp1252(demo, folder, result):
    data = demo.paths["all_orders"].read_bytes()
    assert len(data) > 1 << 16
    cut = data.rindex(b"\tSpringfield\t") + len(b"\tSpringfield\t")
    legacy = folder / "orders.txt"
    # A column that is read (ship-state): DuckDB checks the UTF-8 of the columns it reads.
    legacy.write_bytes(data[:cut] + "Qué".encode("cp1252") + data[cut:])
    found = with_orders(demo, legacy)
    assert counts(found) == counts(result)
    assert found["files"][0]["encoding"] == "cp1252"


def test_extra_and_missing_optional_columns_are_tolerated(folder):
    header = [*ORDERS_HEADER, "is-iba", "url"]
    rows = [[*r, "false", ""] for r in order_rows()]
    full = compute_metrics([write_orders(folder / "a.txt", rows, header)]).to_dict()
    keep = [
        i for i, h in enumerate(ORDERS_HEADER) if h not in ("asin", "ship-state", "item-status")
    ]
    slim_rows = [[r[i] for i in reversed(keep)] for r in order_rows()]
    slim_header = [ORDERS_HEADER[i] for i in reversed(keep)]
    slim = compute_metrics([write_orders(folder / "b.txt", slim_rows, slim_header)]).to_dict()
    assert slim["metrics"]["cancellation_rate"] == full["metrics"]["cancellation_rate"]
    assert slim["root_causes"]["return"]["by"]["ship_state"][0]["key"] == "(blank)"


def test_headers_are_matched_ignoring_case_and_separators(folder):
    header = [h.upper().replace("-", " ") for h in ORDERS_HEADER]
    found = compute_metrics([write_orders(folder / "a.txt", header=header)]).to_dict()
    assert found["metrics"]["cancellation_rate"]["denominator"] == 3


def test_a_defect_list_without_a_type_column_is_named_on_the_command_line(demo, folder, result):
    plain = folder / "late.csv"
    lines = demo.paths["late_shipment_list"].read_text("utf-8").splitlines()
    plain.write_text("\n".join(",".join(line.split(",")[:2]) for line in lines) + "\n")
    files = [p for k, p in demo.paths.items() if k != "late_shipment_list"]
    found = compute_metrics(files, defects={plain: "late-shipment"}).to_dict()
    assert found["metrics"]["late_shipment_rate_30d"] == result["metrics"]["late_shipment_rate_30d"]


def test_purchase_dates_with_offsets_count_on_their_utc_date(folder):
    rows = order_rows(2)
    rows[0][1] = "2025-09-10T20:00:00-07:00"  # 11 September in UTC
    rows[1][1] = "2025-09-11T01:00:00+02:00"  # 10 September in UTC
    found = compute_metrics([write_orders(folder / "a.txt", rows)]).to_dict()
    weeks = found["root_causes"]["return"]["by"]["weekday"]
    assert {g["key"] for g in weeks} == {"Thursday", "Wednesday"}
    assert found["as_of"] == "2025-09-11"


def test_without_a_cancellation_list_the_rate_is_approximate(folder):
    rows = order_rows()
    rows[1][2] = "Cancelled"
    found = compute_metrics([write_orders(folder / "a.txt", rows)]).to_dict()
    metric = found["metrics"]["cancellation_rate"]
    assert metric["approximate"] is True
    assert (metric["numerator"], metric["denominator"]) == (1, 3)
    assert found["metrics"]["late_shipment_rate_30d"]["status"] == "no-data"


def test_an_explicit_as_of_date_moves_every_window(demo, result):
    from datetime import date

    found = compute_metrics(sorted(demo.paths.values()), as_of=date(2025, 8, 31)).to_dict()
    assert found["as_of"] == "2025-08-31"
    assert found["metrics"]["cancellation_rate"]["window"]["to"] == "2025-08-31"
    assert (
        found["metrics"]["cancellation_rate"]["value"]
        < result["metrics"]["cancellation_rate"]["value"]
    )


def test_an_order_listing_a_sku_twice_counts_once_in_its_group(folder):
    rows = order_rows(6)
    rows.append(list(rows[0]))  # the same order and SKU in a second item row
    found = compute_metrics([write_orders(folder / "a.txt", rows)]).to_dict()
    for dim in ("sku", "asin"):
        groups = {g["key"]: g["orders"] for g in found["root_causes"]["return"]["by"][dim]}
        assert sorted(groups.values()) == [2, 2, 2]


def test_an_order_whose_items_disagree_on_status_counts_as_the_order_in_each_sku(folder):
    rows = order_rows(6)
    second = list(rows[1])  # a second item of an MFN order, under another SKU...
    second[ORDERS_HEADER.index("sku")] = "SKU-X"
    second[ORDERS_HEADER.index("asin")] = "B0000000XX"
    second[ORDERS_HEADER.index("order-status")] = "Cancelled"  # ...and another status
    rows.append(second)
    found = compute_metrics([write_orders(folder / "a.txt", rows)]).to_dict()
    groups = {g["key"]: g["defects"] for g in found["root_causes"]["cancellation"]["by"]["sku"]}
    assert groups["SKU-1"] == groups["SKU-X"] == 1  # the order is cancelled, in both SKUs


def test_an_older_ten_column_feedback_export_gives_the_same_numbers(demo, folder, result):
    older = older_feedback_export(demo, folder / "feedback-old.txt")
    assert recognise_file(str(older)) == "feedback"
    files = [p for k, p in demo.paths.items() if k != "feedback_en"] + [older]
    found = compute_metrics(files).to_dict()
    assert counts(found) == counts(result)
    themes = found["root_causes"]["negative_feedback"]["themes"]
    assert themes == result["root_causes"]["negative_feedback"]["themes"]
