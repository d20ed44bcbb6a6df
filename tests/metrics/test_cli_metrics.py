"""`reinstate metrics` and `reinstate demo-data` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reinstate.cli import cli
from reinstate.metrics import METRIC_NAMES


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_json_output_has_the_documented_shape(demo):
    code, out, _ = run("metrics", *map(str, demo.paths.values()), "--format", "json")
    assert code == 0
    found = json.loads(out)
    assert list(found) == [
        "version",
        "as_of",
        "files",
        "account_health",
        "metrics",
        "root_causes",
        "what_if",
    ]
    assert found["version"] == 1
    assert set(METRIC_NAMES) | {"return_rate_by_sku"} == set(found["metrics"])
    for name in METRIC_NAMES:
        assert {
            "value",
            "numerator",
            "denominator",
            "window",
            "target",
            "target_condition",
            "status",
            "source",
            "approximate",
        } <= set(found["metrics"][name])
    group = found["root_causes"]["late_shipment"]["by"]["sku"][0]
    assert set(group) == {"key", "defects", "orders", "rate", "share", "lift", "pareto"}


def test_text_output_names_the_planted_causes(demo):
    code, out, _ = run("metrics", *map(str, demo.paths.values()))
    assert code == 0
    assert "LAMP-OAK-01" in out
    assert "FreeEconomy" in out
    assert "used-or-opened" in out
    assert "What if" in out


def test_charts_are_written_as_png_and_svg(demo, folder):
    charts = folder / "charts"
    code, _, err = run("metrics", *map(str, demo.paths.values()), "--charts", str(charts))
    assert code == 0
    pngs = sorted(charts.glob("*.png"))
    assert {p.stem for p in pngs} >= {
        "trend-late_shipment_rate_30d",
        "pareto-late_shipment",
        "pareto-return",
        "trend-cancellation_rate",
    }
    for png in pngs:
        assert png.read_bytes().startswith(b"\x89PNG")
        assert png.with_suffix(".svg").read_text().lstrip().startswith("<?xml")
    assert "chart:" in err


def test_the_defects_option_names_a_list(demo, folder):
    plain = folder / "late.csv"
    plain.write_text("Order ID\n")
    code, out, err = run(
        "metrics",
        str(demo.paths["all_orders"]),
        "--defects",
        f"late-shipment={plain}",
        "--format",
        "json",
    )
    assert code == 0, err
    assert json.loads(out)["metrics"]["late_shipment_rate_30d"]["numerator"] == 0


def test_the_as_of_option_is_a_date(demo):
    code, out, _ = run(
        "metrics", str(demo.paths["all_orders"]), "--as-of", "2025-09-01", "--format", "json"
    )
    assert code == 0
    assert json.loads(out)["as_of"] == "2025-09-01"


def test_demo_data_writes_every_file(folder):
    code, out, _ = run("demo-data", str(folder / "demo"), "--orders", "200", "--seed", "3")
    assert code == 0
    written = [Path(line) for line in out.splitlines()]
    assert len(written) == 10
    assert all(p.exists() for p in written)


@pytest.mark.parametrize("command", ["metrics", "demo-data"])
def test_help_gives_an_example(command):
    code, out, _ = run(command, "--help")
    assert code == 0
    assert "Example" in out
    assert f"reinstate {command}" in out


def test_the_same_seed_writes_the_same_files(folder):
    run("demo-data", str(folder / "a"), "--orders", "100")
    run("demo-data", str(folder / "b"), "--orders", "100")
    for path in (folder / "a").iterdir():
        assert path.read_bytes() == (folder / "b" / path.name).read_bytes()
