"""The command line's own errors: one sentence on one line, exit code 2, no usage block."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reinstate.cli import cli


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), prog_name="reinstate")
    return result.exit_code, result.output


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["check", "--nope"], "reinstate check: no such option '--nope'"),
        (["check"], "reinstate check: missing argument 'POA_FILE'"),
        (
            ["demo-data", "d", "--orders", "abc"],
            "reinstate demo-data: invalid value for '--orders'",
        ),
        (["metrics", "x.txt", "--format", "xml"], "reinstate metrics: invalid value for"),
        (["metrics"], "reinstate metrics: give at least one report file"),
        (["no-such-command"], "reinstate: no such command 'no-such-command'"),
        (["evidence", "check", "--bogus"], "reinstate evidence check: no such option"),
    ],
)
def test_a_usage_error_is_one_sentence_with_exit_2(args, words):
    code, output = _run(*args)
    assert code == 2
    assert words in output
    assert output.startswith("Error: ")
    assert output.count("\n") == 1
    assert "Usage:" not in output
    assert f"Run `{words.split(':')[0]} --help`" in output


def test_a_folder_given_as_a_notice_is_one_sentence(tmp_path: Path):
    code, output = _run("notice", str(tmp_path))
    assert code == 2
    assert output.count("\n") == 1


def test_help_still_prints_the_usage():
    code, output = _run("check", "--help")
    assert code == 0
    assert output.startswith("Usage: reinstate check")


@pytest.mark.parametrize("text", ["", "   \n\n\t\n"])
def test_an_empty_plan_exits_2_with_a_sentence(tmp_path: Path, text: str):
    plan = tmp_path / "plan.md"
    plan.write_text(text)
    code, output = _run("check", str(plan))
    assert code == 2
    assert f"{plan}: is empty: there is no plan to review" in output
