"""demo-data and --charts: bounded, written whole or not at all, folders refused in a sentence."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from reinstate.cli import cli
from reinstate.demo import write_demo_data
from reinstate.demo._demo import max_orders
from reinstate.errors import InputError
from reinstate.metrics import compute_metrics, render_charts
from tests.metrics.helpers import write_orders


def test_more_orders_than_the_limit_are_refused_before_any_work(tmp_path):
    result = CliRunner().invoke(
        cli, ["demo-data", str(tmp_path / "d"), "--orders", str(max_orders() + 1)]
    )
    assert result.exit_code == 2
    assert "--orders" in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_failure_while_writing_leaves_no_folder_and_no_partial_one(tmp_path, monkeypatch):
    import reinstate.demo._demo as demo

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full halfway")

    monkeypatch.setattr(demo, "write_lists", broken)
    with pytest.raises(RuntimeError):
        write_demo_data(tmp_path / "d", orders=20)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_is_one_sentence(tmp_path, monkeypatch):
    def refused(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkdtemp", refused)
    result = CliRunner().invoke(cli, ["demo-data", str(tmp_path / "d"), "--orders", "20"])
    assert result.exit_code == 2
    assert "permission denied" in result.output
    assert "Traceback" not in result.output


def test_an_existing_folder_gets_the_files_and_keeps_its_others(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    demo = write_demo_data(folder, orders=20)
    assert (folder / "notes.txt").read_text() == "mine"
    assert all(path.parent == folder and path.exists() for path in demo.paths.values())
    assert [p.name for p in tmp_path.iterdir()] == ["d"]


def test_sigterm_during_demo_data_exits_143_and_leaves_nothing(tmp_path):
    code = "from reinstate.cli import main; main()"
    args = [sys.executable, "-c", code, "demo-data", str(tmp_path / "d"), "--orders", "1000000"]
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while not any(tmp_path.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert any(tmp_path.iterdir()), "the staging folder never appeared"
    assert _terminated(process) == 143
    assert list(tmp_path.iterdir()) == []


def _terminated(process: subprocess.Popen[bytes]) -> int:
    """The exit code of `process` after SIGTERM. Python drops an exception raised while a
    finaliser runs ("Exception ignored in …"), so a signal landing there is lost: as a
    person would, send it again every two seconds until the process ends."""
    for _ in range(15):
        process.send_signal(signal.SIGTERM)
        try:
            return process.wait(2)
        except subprocess.TimeoutExpired:
            continue
    process.kill()
    return process.wait(30)


def test_a_charts_folder_that_cannot_be_written_is_refused_before_the_work(tmp_path, monkeypatch):
    orders = write_orders(tmp_path / "orders.txt")
    charts = tmp_path / "c"
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda path, mode: Path(path) != charts and real_access(path, mode)
    )
    result = CliRunner().invoke(cli, ["metrics", str(orders), "--charts", str(charts)])
    assert result.exit_code == 2
    assert "--charts" in result.output
    assert "cannot be written" in result.output


def test_charts_are_written_whole_with_no_temporary_file_left(tmp_path):
    report = compute_metrics([write_orders(tmp_path / "orders.txt")])
    written = render_charts(report, tmp_path / "charts")
    names = sorted(p.name for p in (tmp_path / "charts").iterdir())
    assert names == sorted(p.name for p in written)
    assert not [n for n in names if "partial" in n]


def test_a_chart_that_would_replace_a_symbolic_link_is_refused(tmp_path):
    report = compute_metrics([write_orders(tmp_path / "orders.txt")])
    charts = tmp_path / "charts"
    charts.mkdir()
    keep = tmp_path / "keep.txt"
    keep.write_text("keep me")
    first = render_charts(report, tmp_path / "probe")[0].name
    (charts / first).symlink_to(keep)
    with pytest.raises(InputError, match="symbolic link"):
        render_charts(report, charts)
    assert keep.read_text() == "keep me"
    assert sorted(p.name for p in charts.iterdir()) == [first]
