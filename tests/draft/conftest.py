"""A seeded demo seller's metrics JSON, and synthetic notices of every violation kind."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reinstate.demo import write_demo_data
from reinstate.metrics import compute_metrics


def _metrics(folder: Path, seed: int) -> dict[str, Any]:
    demo = write_demo_data(folder / "files", orders=1500, seed=seed)
    report: dict[str, Any] = compute_metrics(sorted(demo.paths.values())).to_dict()
    return report


@pytest.fixture(scope="session")
def demo_metrics(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return _metrics(tmp_path_factory.mktemp("draft-demo"), 11)


@pytest.fixture(scope="session")
def other_demo_metrics(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A second seller, for comparing two cases of one kind."""
    return _metrics(tmp_path_factory.mktemp("draft-demo-2"), 12)


@pytest.fixture(scope="session")
def demo_metrics_file(
    demo_metrics: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    path = tmp_path_factory.mktemp("draft-metrics") / "metrics.json"
    path.write_text(json.dumps(demo_metrics))
    return path
