"""Every JSON input is read strictly by textio.parse_json: one sentence, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reinstate.cli import cli
from reinstate.errors import FormatError
from reinstate.textio import JSON_MAX_DEPTH, expect_object, parse_json


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"rate": NaN}', "holds NaN"),
        ('{"rate": Infinity}', "holds Infinity"),
        ('{"rate": -Infinity}', "holds -Infinity"),
        ('{"rate": 1e400}', "too large"),
        ('{"count": ' + "9" * 5_000 + "}", "number too long"),
        ("[" * (JSON_MAX_DEPTH + 1) + "]" * (JSON_MAX_DEPTH + 1), "nested more than"),
        ("[" * 200_000 + "]" * 200_000, "nested more than"),
        ('{"a": [1, 2}', "is not valid JSON"),
    ],
)
def test_json_that_is_not_plain_data_is_one_sentence(text, words):
    with pytest.raises(FormatError) as caught:
        parse_json(text, "in.json")
    assert words in caught.value.sentence()
    assert caught.value.path == "in.json"


def test_brackets_inside_strings_do_not_count_as_nesting():
    assert parse_json('{"a": "' + "[" * 500 + '"}', "in.json") == {"a": "[" * 500}


def test_nesting_up_to_the_limit_is_read():
    text = "[" * JSON_MAX_DEPTH + "]" * JSON_MAX_DEPTH
    assert parse_json(text, "in.json") is not None


def test_a_list_where_an_object_is_expected_is_named():
    with pytest.raises(FormatError, match="must be a JSON object, not a list"):
        expect_object([1, 2], "in.json", field="metrics")


@pytest.mark.parametrize(
    ("command", "name"),
    [(["notice"], "notice.json"), (["check", "PLAN", "--metrics"], "metrics.json")],
)
@pytest.mark.parametrize(
    "text",
    ['{"version": 1, "x": NaN}', "[" * 100_000 + "]" * 100_000, '{"n": ' + "7" * 4_400 + "}"],
)
def test_each_json_option_refuses_hostile_json_with_exit_2(tmp_path: Path, command, name, text):
    plan = tmp_path / "plan.md"
    plan.write_text("# Root cause\nWe shipped late.\n")
    path = tmp_path / name
    path.write_text(text)
    args = [str(plan) if part == "PLAN" else part for part in command] + [str(path)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert str(path) in result.output


def test_valid_json_reads_as_before():
    assert parse_json(json.dumps({"a": [1, 2.5, None, "x"]}), "in.json") == {
        "a": [1, 2.5, None, "x"]
    }
