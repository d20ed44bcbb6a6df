"""Dates far outside the years reinstate reads are one sentence, never an OverflowError."""

from __future__ import annotations

import datetime

import pytest
from click.testing import CliRunner

from reinstate.cli import cli
from reinstate.dates import FIRST_YEAR, LAST_YEAR, check_year
from reinstate.errors import InputError
from reinstate.notice import parse_notice

NOTICE = "Your Amazon selling account has been deactivated. You have 90 days to appeal.\n"


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "2100-01-01"])
def test_a_received_day_outside_the_years_is_refused_on_the_command_line(tmp_path, day):
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE)
    result = CliRunner().invoke(cli, ["notice", str(path), "--received", day])
    assert result.exit_code == 2
    assert "--received" in result.output
    assert "Traceback" not in result.output


def test_an_email_dated_9999_is_one_sentence_naming_the_file(tmp_path):
    path = tmp_path / "notice.eml"
    path.write_text(
        "From: seller-performance@amazon.com\nDate: Fri, 31 Dec 9999 23:59:59 +0000\n"
        f"Subject: Your account\n\n{NOTICE}"
    )
    result = CliRunner().invoke(cli, ["notice", str(path)])
    assert result.exit_code == 2
    assert f"{path}: the notice's date 9999-12-31" in result.output


def test_the_library_refuses_a_received_day_outside_the_years():
    with pytest.raises(InputError, match="outside"):
        parse_notice(NOTICE, received=datetime.date(9999, 12, 31))


def test_the_years_themselves_are_read():
    for year in (FIRST_YEAR, LAST_YEAR):
        check_year(datetime.date(year, 6, 1), "the day")
    notice = parse_notice(NOTICE, received=datetime.date(LAST_YEAR, 12, 31))
    assert notice.deadline is not None
    assert notice.deadline.due == datetime.date(LAST_YEAR + 1, 3, 31)
