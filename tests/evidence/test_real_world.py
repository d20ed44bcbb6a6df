"""Real-world damage is caught, and mild wear is not: a 10 % contrast scan is faded, a PDF
cut short is corrupt (and its JSON report stays clean JSON), a lightly worn scan passes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from reinstate.evidence._pdf import truncated
from reinstate.evidence.fixtures._real import MILD


def test_a_ten_percent_contrast_scan_is_faded_not_blank(reports) -> None:
    assert "quality.faded" in reports.rules("faded-10-percent.png")
    assert "quality.blank" not in reports.rules("faded-10-percent.png")


def test_a_pdf_cut_short_is_corrupt(reports) -> None:
    assert reports.rules("invoice-truncated.pdf") == {"format.corrupt"}


def test_a_whole_pdf_is_not_truncated_and_a_cut_one_is(fixtures) -> None:
    whole = fixtures["layout-two-column.pdf"].path.read_bytes()
    assert not truncated(whole)
    assert truncated(whole[: len(whole) // 2])


def test_the_json_report_of_a_damaged_pdf_is_clean_json(fixtures) -> None:
    path = str(fixtures["invoice-truncated.pdf"].path)
    code = "from reinstate.cli import main; main()"
    args = [sys.executable, "-c", code, "evidence", "check", path, "--format", "json"]
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    assert json.loads(done.stdout)["files"][0]["findings"][0]["rule"] == "format.corrupt"


@pytest.mark.parametrize("how", [how for how, _ in MILD])
def test_a_mildly_worn_scan_has_no_quality_finding(how, reports) -> None:
    assert not {r for r in reports.rules(f"mild-{how}.jpg") if r.startswith("quality.")}
