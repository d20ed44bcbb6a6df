"""`reinstate check --notice/--metrics` refuses input of the wrong shape (issue 15): one
sentence naming the file and field, exit code 2, no traceback, and never a review that
silently runs without the coverage or figure checks the seller asked for."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reinstate.cli import cli

PLAN = Path(__file__).parent.parent / "corpus" / "poa" / "19-late-shipment-made-to-order.md"
BAD_INPUT = 2


def check(tmp_path: Path, option: str, content: str) -> tuple[int, str]:
    given = tmp_path / "given.json"
    given.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(PLAN), option, str(given)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stderr


def assert_refused(code: int, err: str) -> None:
    assert code == BAD_INPUT, err
    assert err.startswith("Error: ")
    assert "given.json" in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err


@pytest.mark.parametrize(
    "content",
    ["null", "[]", "42", '"text"', "{}", '{"version": 99}', '{"version": "1"}'],
    ids=["null", "a list", "a number", "a string", "an empty object", "version 99", "version '1'"],
)
def test_notice_json_of_the_wrong_shape_is_refused_not_read_as_no_notice(
    tmp_path: Path, content: str
) -> None:
    code, err = check(tmp_path, "--notice", content)
    assert_refused(code, err)


def metrics(value: str) -> str:
    return '{"version": 1, "metrics": {"late_shipment_rate_10d": {"value": ' + value + "}}}"


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity"])
def test_a_metric_json_cannot_hold_a_number_json_does_not_allow(tmp_path: Path, value: str) -> None:
    code, err = check(tmp_path, "--metrics", metrics(value))
    assert_refused(code, err)
    assert f"holds {value}, which JSON does not allow as a number" in err


@pytest.mark.parametrize("value", ["1e308", "-0.01", "1.5", "42", '"4.1%"', "true"])
def test_a_metric_that_is_not_a_rate_from_0_to_1_is_refused(tmp_path: Path, value: str) -> None:
    code, err = check(tmp_path, "--metrics", metrics(value))
    assert_refused(code, err)
    assert "metrics.late_shipment_rate_10d.value" in err


@pytest.mark.parametrize("value", ["0", "0.0625", "1", "null"])
def test_rates_from_0_to_1_and_null_are_read(tmp_path: Path, value: str) -> None:
    code, err = check(tmp_path, "--metrics", metrics(value))
    assert code in (0, 1), err


@pytest.mark.parametrize("option", ["--notice", "--metrics"])
@pytest.mark.parametrize(
    "content",
    ["[" * 100_000 + "]" * 100_000, '{"a": ' * 50_000 + "1" + "}" * 50_000],
    ids=["nested lists", "nested objects"],
)
def test_deeply_nested_json_is_a_sentence_not_a_traceback(
    tmp_path: Path, option: str, content: str
) -> None:
    code, err = check(tmp_path, option, content)
    assert_refused(code, err)


@pytest.mark.parametrize("option", ["--notice", "--metrics"])
def test_an_integer_of_over_4300_digits_is_a_sentence_not_a_traceback(
    tmp_path: Path, option: str
) -> None:
    code, err = check(tmp_path, option, metrics("9" * 5000))
    assert_refused(code, err)
    assert "holds a number too long to read" in err
