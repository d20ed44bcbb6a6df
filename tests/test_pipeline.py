"""The pieces fit: a synthetic seller's files → `reinstate metrics` JSON → the reviewer's
fact check, and a raw notice → the reviewer's coverage check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reinstate.demo import write_demo_data
from reinstate.metrics import compute_metrics
from reinstate.review import load_metrics, review_file


@pytest.fixture(scope="module")
def metrics_json(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("seller")
    demo = write_demo_data(folder / "files", orders=1500, seed=11)
    path = folder / "metrics.json"
    path.write_text(json.dumps(compute_metrics(demo.paths.values()).to_dict()))
    return path


def percent(value: float) -> str:
    return f"{value * 100:.1f}%"


def test_the_reviewer_reads_the_metrics_json_of_reinstate_metrics(metrics_json: Path) -> None:
    values = load_metrics(metrics_json)
    report = json.loads(metrics_json.read_text())["metrics"]
    assert values["late_shipment_rate_10d"] == report["late_shipment_rate_10d"]["value"]
    assert "return_rate_by_sku" not in values


def test_a_plan_stating_the_computed_rate_passes_and_a_wrong_rate_fails(
    metrics_json: Path, tmp_path: Path
) -> None:
    rate = load_metrics(metrics_json)["late_shipment_rate_30d"]
    right, wrong = tmp_path / "right.md", tmp_path / "wrong.md"
    right.write_text(f"Our 30-day late shipment rate was {percent(rate)}.")
    wrong.write_text(f"Our 30-day late shipment rate was {percent(rate + 0.02)}.")

    def mismatches(path: Path) -> list[str]:
        review = review_file(path, metrics=metrics_json)
        return [f.rule for f in review.findings if f.rule == "facts.metric-mismatch"]

    assert mismatches(right) == []
    assert mismatches(wrong) == ["facts.metric-mismatch"]
