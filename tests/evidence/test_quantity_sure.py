"""A shortfall is an error only when the quantity was read surely: a quantity read beside a
larger count on its own line, of which it is a whole fraction ("8" cases beside "= 48
units"), may be cases, and is a warning to check by eye."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reinstate.evidence import check_file
from reinstate.evidence._invoice_checks import _counts

from .test_notice_items_sure import CONTEXT, invoice_pdf


@pytest.mark.parametrize(
    ("row", "counts"),
    [
        ("Linen tea towel case of 6 8 $54.00 $432.00", [6, 8]),
        ("= 48 units", [48]),
        ('BL-CT4 Cork trivet set of 4, round 7.9" 24/cs 3 72 3.10 223.20', [4, 3, 72]),
    ],
)
def test_counts_on_a_line_are_whole_numbers_not_prices_codes_or_sizes(
    row: str, counts: list[int]
) -> None:
    assert _counts([row]) == counts


def shortfall(rows: list[tuple[str, ...]], sold: int, folder: Path) -> list[str]:
    context = replace(CONTEXT, units_sold={"B0TESTAAA3": sold})
    findings = check_file(invoice_pdf(rows, folder), context).findings
    return [f.severity for f in findings if f.rule == "invoice.quantity-insufficient"]


TOWELS = ("LP-TOWEL-2", "Waffle weave tea towels 2 pack, case of 6")


def test_cases_with_their_units_printed_under_them_cover_the_sales(tmp_path: Path) -> None:
    # The item reader takes "= 48 units" under a line as its quantity (branch invitems3), so
    # the 8 cases are no shortfall, not even a doubt.
    rows = [(*TOWELS, "8", "54.00", "432.00"), ("", "= 48 units")]
    assert shortfall(rows, 40, tmp_path) == []


def test_cases_whose_units_still_fall_short_are_an_error(tmp_path: Path) -> None:
    rows = [(*TOWELS, "2", "54.00", "108.00"), ("", "= 12 units")]
    assert shortfall(rows, 40, tmp_path) == ["error"]


def test_a_quantity_that_could_not_be_read_is_a_warning_to_check(tmp_path: Path) -> None:
    rows = [("LP-TOWEL-2", "Waffle weave tea towels, sage", "", "", "")]
    assert shortfall(rows, 40, tmp_path) == ["warning"]
