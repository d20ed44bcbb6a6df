"""Text inputs: regular files only, bounded in size, and no silent change of encoding."""

from __future__ import annotations

import io
import os
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from reinstate import textio
from reinstate.cli import cli
from reinstate.errors import InputError


def test_a_pipe_as_a_plan_is_refused_at_once_instead_of_hanging(tmp_path):
    fifo = tmp_path / "plan.md"
    os.mkfifo(fifo)
    done = threading.Event()
    outcome: list[str] = []

    def run() -> None:
        outcome.append(CliRunner().invoke(cli, ["check", str(fifo)]).output)
        done.set()

    threading.Thread(target=run, daemon=True).start()
    assert done.wait(10), "reading a pipe hung"
    assert "not a regular file" in outcome[0]


def test_a_device_as_a_notice_is_refused():
    result = CliRunner().invoke(cli, ["notice", "/dev/zero"])
    assert result.exit_code == 2
    assert "not a regular file" in result.output


def test_a_file_over_the_text_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(textio, "limit", lambda kind: 1_000)
    plan = tmp_path / "plan.md"
    plan.write_text("word " * 1_000)
    result = CliRunner().invoke(cli, ["check", str(plan)])
    assert result.exit_code == 2
    assert "larger than 1,000 bytes" in result.output


def test_standard_input_over_the_limit_is_refused(monkeypatch):
    monkeypatch.setattr(textio, "limit", lambda kind: 10)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 100)))
    with pytest.raises(InputError, match="larger than 10 bytes"):
        textio.read_bytes("-")


def test_the_limits_are_read_from_the_data_file():
    assert textio.limit("text") >= 1_000_000
    assert textio.limit("document") > textio.limit("text")


def test_a_stray_byte_in_a_utf8_plan_is_named_by_line_and_column(tmp_path):
    plan = tmp_path / "plan.md"
    plan.write_bytes(b"# Root cause\nThe carrier\xe2\x80\x99s scan\nWe\x92re late\n")
    with pytest.raises(InputError) as caught:
        textio.read_text(plan)
    assert caught.value.line == 3
    assert caught.value.column == 3
    assert "0x92" in caught.value.message


def test_a_windows_1252_plan_with_no_utf8_in_it_is_still_read(tmp_path):
    plan = tmp_path / "plan.md"
    plan.write_bytes(b"We\x92re sorry for the delay \x96 and we fixed it.\n")
    assert textio.read_text(plan) == "We’re sorry for the delay – and we fixed it.\n"


@pytest.mark.parametrize("name", ["plan.md", "notice.txt"])
def test_a_regular_small_file_reads_as_before(tmp_path: Path, name: str):
    path = tmp_path / name
    path.write_text("Plain text.\n", encoding="utf-8")
    assert textio.read_text(path) == "Plain text.\n"


def test_a_plan_read_as_windows_1252_says_so_on_standard_error(tmp_path):
    plan = tmp_path / "plan.md"
    plan.write_bytes(b"# Root cause\nWe\x92re late because we shipped late.\n")
    result = CliRunner().invoke(cli, ["check", str(plan), "--format", "json"])
    assert f"Note: {plan}: read as Windows-1252, not UTF-8: byte 0x92 at line 2, column 3" in (
        result.stderr
    )
    assert "Windows-1252" not in result.stdout


def test_a_utf8_plan_reads_with_no_note(tmp_path, caplog):
    plan = tmp_path / "plan.md"
    plan.write_text("We’re late.\n", encoding="utf-8")
    assert textio.read_text(plan) == "We’re late.\n"
    assert not caplog.records
